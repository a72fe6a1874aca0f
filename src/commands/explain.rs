//! `mp-golive explain <check-or-code>`: what a check verifies, or what a finding code means
//! and how to fix it, as `rustc --explain` does.

use super::{CommandError, print};
use crate::cli::DocFormat;
use crate::describe;

/// Prints the explanation of `target` in `format`; an unknown target is a usage error.
pub fn run(target: &str, format: DocFormat) -> Result<u8, CommandError> {
    let t =
        describe::resolve(target).map_err(|msg| CommandError::Usage(format!("explain: {msg}")))?;
    Ok(print(&match format {
        DocFormat::Human => describe::explain_text(t),
        DocFormat::Json => describe::explain_json(t),
    }))
}
