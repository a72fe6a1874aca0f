//! `mp-golive list`: every check, its requirement and whether it gates the verdict.

use super::{CommandError, print};
use crate::cli::DocFormat;
use crate::describe;

/// Prints the list in `format`, in the language of `--lang`, `MP_GOLIVE_LANG` or the locale.
pub fn run(format: DocFormat, lang: Option<&str>) -> Result<u8, CommandError> {
    let lang = crate::config::choose_lang(lang, &crate::config::process_env, None)
        .map_err(|e| CommandError::Usage(e.to_string()))?;
    Ok(print(&match format {
        DocFormat::Human => describe::list_in(lang),
        DocFormat::Json => describe::list_json(),
    }))
}
