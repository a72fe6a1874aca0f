//! `mp-golive explain <check-or-code>`: what a check verifies, or what a finding code means
//! and how to fix it, as `rustc --explain` does.

use super::{CommandError, print};
use crate::cli::DocFormat;
use crate::describe;

/// Prints the explanation of `target` in `format`, in the language of `--lang`,
/// `MP_GOLIVE_LANG` or the locale (no config file is read); an unknown target is a usage
/// error.
pub fn run(target: &str, format: DocFormat, lang: Option<&str>) -> Result<u8, CommandError> {
    let lang = crate::config::choose_lang(lang, &crate::config::process_env, None)
        .map_err(|e| CommandError::Usage(e.to_string()))?;
    let t =
        describe::resolve(target).map_err(|msg| CommandError::Usage(format!("explain: {msg}")))?;
    Ok(print(&match format {
        DocFormat::Human => describe::explain_text(t, lang),
        DocFormat::Json => describe::explain_json(t),
    }))
}
