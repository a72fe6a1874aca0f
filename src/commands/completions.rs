//! `mp-golive completions <shell>`: a completion script that also completes check ids.

use super::{CommandError, print};
use crate::describe;

/// Prints the completion script of `shell`.
pub fn run(shell: clap_complete::Shell) -> Result<u8, CommandError> {
    Ok(print(&describe::completions(shell)))
}
