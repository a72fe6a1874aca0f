//! `mp-golive list`: every check, its requirement and whether it gates the verdict.

use super::{CommandError, print};
use crate::cli::DocFormat;
use crate::describe;

/// Prints the list in `format`.
pub fn run(format: DocFormat) -> Result<u8, CommandError> {
    Ok(print(&match format {
        DocFormat::Human => describe::list(),
        DocFormat::Json => describe::list_json(),
    }))
}
