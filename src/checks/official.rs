//! What the checks that ask Mercado Pago's MCP server (`--official`) share: the application
//! id a tool may want, and the official part merged beside the local one (an MCP failure
//! is [`could_not`](super::could_not) with the check's `official-error` code).

use crate::api::Answer;
use crate::checks::Context;
use crate::mcp::McpClient;
use crate::report::Outcome;

/// The application id to pass to `tool`, when its input schema takes one: the application
/// of the access token, from the same cached request the credentials check makes. None
/// when the tool takes none or the API does not say (the tool then picks, or refuses, and
/// its answer says so).
pub async fn application_id(ctx: &Context, mcp: &McpClient, tool: &str) -> Option<String> {
    if !mcp.accepts(tool, "application_id").await.ok()? {
        return None;
    }
    match ctx.api.token_credentials().await {
        Ok(Answer::Ok(c)) => c.client_id.filter(|id| !id.is_empty()),
        _ => None,
    }
}

/// `official` beside `local`: its findings after the local ones, its summary after the
/// local summary, and its "could not decide" kept when the local part had none.
pub fn merge(local: &mut Outcome, official: Outcome) {
    for f in official.findings {
        local.push(f);
    }
    if let Some(reason) = official.undetermined {
        local.undetermined(reason);
    }
    if let Some(s) = official.summary {
        local.summary = Some(match local.summary.take() {
            Some(l) => format!("{l}; {s}"),
            None => s,
        });
    }
}
