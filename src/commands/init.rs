//! `mp-golive init`: writes the commented `mp-golive.toml` template.

use std::path::Path;

use super::{CommandError, print};
use crate::describe;

/// `mp-golive init`: the commented config template, to a file or `-` (stdout).
pub fn run(output: &Path, force: bool) -> Result<u8, CommandError> {
    let text = describe::init_template();
    if output.as_os_str() == "-" {
        return Ok(print(&text));
    }
    if output.exists() && !force {
        return Err(CommandError::Usage(format!(
            "{} already exists; pass --force to overwrite it",
            output.display()
        )));
    }
    match std::fs::write(output, text) {
        Ok(()) => {
            #[allow(clippy::print_stderr)]
            {
                eprintln!(
                    "wrote {}; fill in the URLs, then run `mp-golive check`",
                    output.display()
                );
            }
            Ok(0)
        }
        Err(e) => Err(CommandError::Usage(format!(
            "cannot write {}: {e}",
            output.display()
        ))),
    }
}
