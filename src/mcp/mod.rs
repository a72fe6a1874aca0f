//! The client of Mercado Pago's MCP server (`mcp_url`), used only with `--official`:
//! streamable HTTP through the official Rust SDK (`rmcp`) over the run's own reqwest client,
//! so the TLS configuration, the trust roots, `--resolve` and `--timeout` apply as they do
//! to the API. The access token is its bearer; nothing is sent without `--official`, since
//! the client is not even built then.
//!
//! One session per run, opened on first use and shared by the checks: `initialize` (the
//! `Mcp-Session-Id` it answers is sent back on every later request, by rmcp),
//! `notifications/initialized`, `tools/list`. A tool is called only when `tools/list`
//! names it: its names have changed between versions of the server (`reference/` §3).
//!
//! Every failure is an [`McpError`] in plain words, never a pass: the checks turn it into
//! an `error` finding of their official part. Answers are capped ([`MAX_ANSWER_BYTES`],
//! one JSON body or one SSE event); every request is bounded by `--timeout` and by the
//! run's deadline.

mod answer;
mod error;

use std::sync::Arc;
use std::time::{Duration, Instant};

use rmcp::RoleClient;
use rmcp::ServiceExt;
use rmcp::model::CallToolRequestParams;
use rmcp::service::RunningService;
use rmcp::transport::StreamableHttpClientTransport;
use rmcp::transport::common::client_side_sse::NeverRetry;
use rmcp::transport::streamable_http_client::StreamableHttpClientTransportConfig;
use tokio::sync::OnceCell;
use url::Url;

pub use answer::{Evaluation, History, ToolText, read_evaluation, read_history};
pub use error::McpError;

use crate::net::{self, human_secs};
use crate::secret::Secret;

/// The largest answer read: one JSON body, or one event of an SSE stream. A tool's text is
/// written for a language model and is a few kilobytes; more is not an evaluation.
pub const MAX_ANSWER_BYTES: usize = 1024 * 1024;

/// Kept free before the run's deadline, so the MCP part ends as an `error` finding of its
/// own rather than being cut with the whole check.
const DEADLINE_MARGIN: Duration = Duration::from_millis(300);

/// What the MCP client is built from.
#[derive(Debug, Clone)]
pub struct McpOptions {
    /// The MCP endpoint (`mcp_url`), validated with the settings.
    pub url: Url,
    /// The access token, when it may be sent (given and shaped like a Mercado Pago token).
    pub token: Option<Secret>,
    /// No request runs past this (less a margin).
    pub deadline: Option<Instant>,
}

/// The run's one MCP client. Clones share the session.
#[derive(Clone)]
pub struct McpClient {
    inner: Arc<Inner>,
}

struct Inner {
    url: Url,
    http: reqwest::Client,
    clients: net::HttpClients,
    token: Option<Secret>,
    timeout: Duration,
    deadline: Option<Instant>,
    session: OnceCell<Result<Arc<Session>, McpError>>,
}

struct Session {
    service: RunningService<RoleClient, ()>,
    /// The tools `tools/list` gave.
    tools: Vec<Tool>,
}

/// A tool as `tools/list` describes it.
struct Tool {
    name: String,
    /// The keys of its input schema's `properties`, when it declares any.
    inputs: Option<Vec<String>>,
}

impl Session {
    fn tool(&self, name: &str) -> Result<&Tool, McpError> {
        self.tools
            .iter()
            .find(|t| t.name == name)
            .ok_or_else(|| McpError::ToolMissing {
                tool: name.to_owned(),
                listed: self.tools.iter().map(|t| t.name.clone()).collect(),
            })
    }
}

impl McpClient {
    /// Builds the client; nothing is sent until a tool is called.
    pub fn new(options: McpOptions, net: &net::NetOptions) -> anyhow::Result<Self> {
        let clients = net::HttpClients::new(net)?;
        let http = clients.for_url(&options.url).map_err(anyhow::Error::msg)?;
        Ok(McpClient {
            inner: Arc::new(Inner {
                url: options.url,
                http,
                clients,
                token: options.token,
                timeout: net.timeout,
                deadline: options.deadline,
                session: OnceCell::new(),
            }),
        })
    }

    /// The MCP endpoint, as messages name it.
    pub fn url(&self) -> &Url {
        &self.inner.url
    }

    /// The secrets its answers are scrubbed of.
    pub fn secrets(&self) -> Vec<&Secret> {
        self.inner.token.iter().collect()
    }

    /// Whether `tools/list` names `tool` with `input` among its schema's properties (opens
    /// the session if needed). `Ok(true)` too when the schema declares no properties.
    pub async fn accepts(&self, tool: &str, input: &str) -> Result<bool, McpError> {
        let session = self.session().await?;
        let t = session.tool(tool)?;
        Ok(t.inputs
            .as_ref()
            .is_none_or(|keys| keys.iter().any(|k| k == input)))
    }

    /// Calls `tool` with `arguments`, once `tools/list` has named it; an argument its input
    /// schema does not declare is left out (the inputs are not documented, so the schema
    /// decides). The text items of the answer's `content[]`, cleaned of control characters
    /// and of the token.
    pub async fn call(
        &self,
        tool: &str,
        mut arguments: serde_json::Map<String, serde_json::Value>,
    ) -> Result<ToolText, McpError> {
        let session = self.session().await?;
        let listed = session.tool(tool)?;
        if let Some(keys) = &listed.inputs {
            arguments.retain(|k, _| keys.contains(k));
        }
        let mut params = CallToolRequestParams::new(tool.to_owned());
        params.arguments = Some(arguments);
        tracing::info!("MCP tools/call {tool} -> {}", self.inner.url);
        let result = self
            .bounded(session.service.peer().call_tool(params))
            .await?
            .map_err(|e| self.error(&e))?;
        let texts: Vec<String> = result
            .content
            .iter()
            .filter_map(|c| c.as_text().map(|t| t.text.clone()))
            .collect();
        let text = ToolText::new(&texts.join("\n"), &self.secrets());
        if result.is_error == Some(true) {
            return Err(McpError::ToolError {
                tool: tool.to_owned(),
                text: text.excerpt(),
            });
        }
        if texts.is_empty() {
            return Err(McpError::Unparsable {
                detail: "the tool's answer has no text in content[]".to_owned(),
            });
        }
        Ok(text)
    }

    /// The session, opened once per run whoever asks first.
    async fn session(&self) -> Result<Arc<Session>, McpError> {
        self.inner
            .session
            .get_or_init(|| async { self.open().await.map(Arc::new) })
            .await
            .clone()
    }

    async fn open(&self) -> Result<Session, McpError> {
        let Some(token) = &self.inner.token else {
            return Err(McpError::NotSent);
        };
        let mut config = StreamableHttpClientTransportConfig::with_uri(self.inner.url.as_str())
            .auth_header(token.expose())
            .max_json_response_size(MAX_ANSWER_BYTES)
            .max_sse_event_size(MAX_ANSWER_BYTES)
            .max_error_response_size(4 * 1024)
            // One attempt per request, as the run's budget allows: no reconnecting stream,
            // no silent second session.
            .reinit_on_expired_session(false);
        config.retry_config = Arc::new(NeverRetry::default());
        let transport = StreamableHttpClientTransport::with_client(self.inner.http.clone(), config);
        tracing::info!("MCP initialize -> {}", self.inner.url);
        let service = self
            .bounded(().serve(transport))
            .await?
            .map_err(|e| self.error(&e))?;
        tracing::info!("MCP tools/list -> {}", self.inner.url);
        let tools = self
            .bounded(service.peer().list_all_tools())
            .await?
            .map_err(|e| self.error(&e))?;
        let tools: Vec<Tool> = tools
            .into_iter()
            .map(|t| Tool {
                inputs: t
                    .input_schema
                    .get("properties")
                    .and_then(|p| p.as_object())
                    .map(|p| p.keys().cloned().collect()),
                name: t.name.into_owned(),
            })
            .collect();
        let names: Vec<&str> = tools.iter().map(|t| t.name.as_str()).collect();
        tracing::debug!("MCP tools: {}", names.join(", "));
        Ok(Session { service, tools })
    }

    /// `work` under `--timeout` and before the deadline. reqwest's own timeout already
    /// bounds each request; this also bounds what rmcp does between them.
    async fn bounded<T>(&self, work: impl Future<Output = T>) -> Result<T, McpError> {
        let mut limit = self.inner.timeout;
        if let Some(deadline) = self.inner.deadline {
            let left = deadline
                .saturating_duration_since(Instant::now())
                .saturating_sub(DEADLINE_MARGIN);
            limit = limit.min(left);
        }
        tokio::time::timeout(limit, work)
            .await
            .map_err(|_| McpError::Timeout {
                after: human_secs(limit),
            })
    }

    fn error(&self, e: &(dyn std::error::Error + 'static)) -> McpError {
        McpError::from_chain(e, &self.inner.clients, &self.inner.url, self.inner.timeout)
            .scrubbed(&self.secrets())
    }
}
