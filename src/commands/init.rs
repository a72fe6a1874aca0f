//! `mp-golive init`: writes the commented `mp-golive.toml` template.

use std::path::Path;

use super::{CommandError, print};
use crate::describe;
use crate::tr;

/// `mp-golive init`: the commented config template, to a file or `-` (stdout), its comments
/// in the language of `--lang`, `MP_GOLIVE_LANG` or the locale (no config file is read: it
/// may be the one being written).
pub fn run(output: &Path, force: bool, lang: Option<&str>) -> Result<u8, CommandError> {
    let lang = crate::config::choose_lang(lang, &crate::config::process_env, None)
        .map_err(|e| CommandError::Usage(e.to_string()))?;
    let text = describe::init_template(lang);
    if output.as_os_str() == "-" {
        return Ok(print(&text));
    }
    let path = output.display().to_string();
    if output.exists() && !force {
        return Err(CommandError::Usage(tr!(lang, "init-exists", path = path)));
    }
    match std::fs::write(output, text) {
        Ok(()) => {
            #[allow(clippy::print_stderr)]
            {
                eprintln!("{}", tr!(lang, "init-wrote", path = path));
            }
            Ok(0)
        }
        Err(e) => Err(CommandError::Usage(tr!(
            lang,
            "init-cannot-write",
            path = path,
            error = e.to_string()
        ))),
    }
}
