//! What can go wrong when asking the MCP server, read from rmcp's typed error chain and told
//! in plain words, never as the library's message alone.

use std::time::Duration;

use rmcp::ServiceError;
use rmcp::service::ClientInitializeError;
use rmcp::transport::streamable_http_client::StreamableHttpError;
use url::Url;

use crate::i18n::{Lang, Localized};
use crate::net;
use crate::secret::{Secret, scrub};
use crate::tr;

/// The MCP server could not be asked, or its answer could not be read. Each is an `error`
/// finding of the official part of a check, never a pass.
#[derive(Debug, Clone, thiserror::Error)]
pub enum McpError {
    /// No sendable access token: nothing was sent.
    #[error("not sent: no usable access token")]
    NotSent,
    /// Connecting or sending failed; the reason is the network layer's plain words.
    #[error("{reason}")]
    Unreachable {
        /// "connection refused by 127.0.0.1:9", a TLS cause.
        reason: String,
    },
    /// No answer within `--timeout` (or before the deadline).
    #[error("no answer within {after}")]
    Timeout {
        /// `10 s`.
        after: String,
    },
    /// An HTTP status other than success.
    #[error("HTTP {status}")]
    Http {
        /// The status.
        status: u16,
    },
    /// A JSON-RPC error object in the answer.
    #[error("JSON-RPC error {code}: {message}")]
    JsonRpc {
        /// Its code.
        code: i64,
        /// Its message, cleaned.
        message: String,
    },
    /// The answer is larger than [`super::MAX_ANSWER_BYTES`].
    #[error("the answer is larger than {limit} bytes")]
    TooLarge {
        /// The cap.
        limit: usize,
    },
    /// Not an MCP answer: not JSON-RPC, the wrong content type, no text.
    #[error("{detail}")]
    Unparsable {
        /// What was wrong.
        detail: String,
    },
    /// `tools/list` does not name the tool.
    #[error("tools/list does not name {tool}")]
    ToolMissing {
        /// The tool looked for.
        tool: String,
        /// The names it gave.
        listed: Vec<String>,
    },
    /// The tool answered with `isError: true`.
    #[error("{tool} answered an error: {text}")]
    ToolError {
        /// The tool.
        tool: String,
        /// Its text, cleaned and cut.
        text: String,
    },
}

impl McpError {
    /// The error `e` (rmcp's, wrapping the transport's and reqwest's) in plain words: the
    /// most telling cause in its chain.
    pub(super) fn from_chain(
        e: &(dyn std::error::Error + 'static),
        clients: &net::HttpClients,
        url: &Url,
        timeout: Duration,
    ) -> McpError {
        let mut current: Option<&(dyn std::error::Error + 'static)> = Some(e);
        let mut last = e;
        while let Some(err) = current {
            if let Some(found) = Self::one(err, clients, url, timeout) {
                return found;
            }
            last = err;
            current = Self::inner(err).or_else(|| err.source());
        }
        // The innermost message is the most specific; the outer ones name rmcp's types.
        McpError::Unparsable {
            detail: crate::secret::scrub_credential_like(&last.to_string()),
        }
    }

    /// The error rmcp wraps where `source()` does not lead (`ClientInitializeError`'s
    /// transport error is a plain field).
    fn inner<'e>(
        err: &'e (dyn std::error::Error + 'static),
    ) -> Option<&'e (dyn std::error::Error + 'static)> {
        if let Some(ClientInitializeError::TransportError { error, .. }) =
            err.downcast_ref::<ClientInitializeError>()
        {
            return Some(error.error.as_ref());
        }
        if let Some(ServiceError::TransportSend(error)) = err.downcast_ref::<ServiceError>() {
            return Some(error.error.as_ref());
        }
        if let Some(error) = err.downcast_ref::<rmcp::transport::DynamicTransportError>() {
            return Some(error.error.as_ref());
        }
        None
    }

    fn one(
        err: &(dyn std::error::Error + 'static),
        clients: &net::HttpClients,
        url: &Url,
        timeout: Duration,
    ) -> Option<McpError> {
        if let Some(r) = err.downcast_ref::<reqwest::Error>() {
            return Some(Self::reqwest(r, clients, url, timeout));
        }
        if let Some(s) = err.downcast_ref::<ServiceError>() {
            return match s {
                ServiceError::McpError(data) => Some(Self::json_rpc(data)),
                ServiceError::Timeout { .. } => Some(McpError::Timeout {
                    after: net::human_secs(timeout),
                }),
                _ => None,
            };
        }
        if let Some(ClientInitializeError::JsonRpcError(data)) =
            err.downcast_ref::<ClientInitializeError>()
        {
            return Some(Self::json_rpc(data));
        }
        let h = err.downcast_ref::<StreamableHttpError<reqwest::Error>>()?;
        let detail = |d: &str| McpError::Unparsable {
            detail: d.to_owned(),
        };
        match h {
            StreamableHttpError::HttpStatus(s) => Some(McpError::Http { status: s.status }),
            StreamableHttpError::AuthRequired(_) => Some(McpError::Http { status: 401 }),
            StreamableHttpError::InsufficientScope(_) => Some(McpError::Http { status: 403 }),
            StreamableHttpError::SessionExpired => Some(McpError::Http { status: 404 }),
            StreamableHttpError::ResponseBodyTooLarge { .. } => Some(McpError::TooLarge {
                limit: super::MAX_ANSWER_BYTES,
            }),
            StreamableHttpError::Deserialize(_) => {
                Some(detail("the answer is not a JSON-RPC message"))
            }
            StreamableHttpError::UnexpectedContentType(ct) => Some(McpError::Unparsable {
                detail: format!(
                    "the answer's content type is {}, not JSON or an event stream",
                    ct.as_deref().unwrap_or("missing")
                ),
            }),
            StreamableHttpError::UnexpectedEndOfStream => {
                Some(detail("the event stream ended before the answer"))
            }
            StreamableHttpError::MissingSessionIdInResponse => {
                Some(detail("initialize was answered without an Mcp-Session-Id"))
            }
            StreamableHttpError::Sse(e) if format!("{e}").contains("too large") => {
                Some(McpError::TooLarge {
                    limit: super::MAX_ANSWER_BYTES,
                })
            }
            StreamableHttpError::Client(r) => Some(Self::reqwest(r, clients, url, timeout)),
            StreamableHttpError::Io(_) => None,
            // The remaining variants carry a message of rmcp's; it is kept, scrubbed.
            _ => Some(McpError::Unparsable {
                detail: crate::secret::scrub_credential_like(&h.to_string()),
            }),
        }
    }

    fn reqwest(
        r: &reqwest::Error,
        clients: &net::HttpClients,
        url: &Url,
        timeout: Duration,
    ) -> McpError {
        if r.is_timeout() {
            McpError::Timeout {
                after: net::human_secs(timeout),
            }
        } else if let Some(status) = r.status() {
            McpError::Http {
                status: status.as_u16(),
            }
        } else {
            McpError::Unreachable {
                reason: clients.describe(r, url, timeout),
            }
        }
    }

    fn json_rpc(data: &rmcp::model::ErrorData) -> McpError {
        McpError::JsonRpc {
            code: i64::from(data.code.0),
            message: crate::report::shorten(&crate::report::printable(&data.message), 200),
        }
    }

    /// The same error with `secrets` scrubbed from every text it carries.
    pub(super) fn scrubbed(self, secrets: &[&Secret]) -> McpError {
        let s = |t: String| scrub(&t, secrets);
        match self {
            McpError::Unreachable { reason } => McpError::Unreachable { reason: s(reason) },
            McpError::JsonRpc { code, message } => McpError::JsonRpc {
                code,
                message: s(message),
            },
            McpError::Unparsable { detail } => McpError::Unparsable { detail: s(detail) },
            McpError::ToolError { tool, text } => McpError::ToolError {
                tool,
                text: s(text),
            },
            other => other,
        }
    }
}

impl Localized for McpError {
    /// The error in `lang`. A network reason and a server's text stay as they came.
    fn text_in(&self, lang: Lang) -> String {
        match self {
            McpError::NotSent => tr!(lang, "mcp-not-sent"),
            McpError::Unreachable { reason } => {
                tr!(lang, "mcp-unreachable", reason = reason.as_str())
            }
            McpError::Timeout { after } => tr!(lang, "mcp-timeout", after = after.as_str()),
            McpError::Http { status } => tr!(lang, "mcp-http", status = *status),
            McpError::JsonRpc { code, message } => tr!(
                lang,
                "mcp-json-rpc",
                code = *code,
                message = message.as_str()
            ),
            McpError::TooLarge { limit } => tr!(lang, "mcp-too-large", limit = *limit),
            McpError::Unparsable { detail } => {
                tr!(lang, "mcp-unparsable", detail = detail.as_str())
            }
            McpError::ToolMissing { tool, listed } => {
                let listed = if listed.is_empty() {
                    "-".to_owned()
                } else {
                    listed.join(", ")
                };
                tr!(
                    lang,
                    "mcp-tool-missing",
                    tool = tool.as_str(),
                    listed = crate::report::shorten(&listed, 300)
                )
            }
            McpError::ToolError { tool, text } => tr!(
                lang,
                "mcp-tool-error",
                tool = tool.as_str(),
                text = text.as_str()
            ),
        }
    }
}
