//! A fake of Mercado Pago's MCP server, following the MCP streamable HTTP transport:
//! `initialize` answers an `Mcp-Session-Id` that every later request must carry (else 400),
//! `notifications/initialized` gets 202, `tools/list` names the tools, `tools/call` answers
//! `content[]` text, as JSON or as an SSE stream. A GET (the server-to-client stream) gets
//! 405, as the specification lets a server answer. Without the bearer token: 401.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate, matchers::any};

use crate::support::fake_api::TOKEN;

/// The session id the fake hands out.
pub const SESSION: &str = "mcp-session-7f3a";

/// What a tool answers.
#[derive(Clone)]
pub enum Tool {
    /// `content[]` with this text.
    Text(String),
    /// `isError: true` with this text.
    IsError(String),
    /// A JSON-RPC error object.
    RpcError(i64, String),
    /// This HTTP status, no body.
    Status(u16),
    /// No answer for a minute.
    Hang,
    /// A text of this many bytes.
    Huge(usize),
}

/// The fake server. Dropping it stops the server.
pub struct FakeMcp {
    server: MockServer,
    seen: Arc<Mutex<Vec<Value>>>,
}

struct Responder {
    tools: HashMap<String, Tool>,
    sse: bool,
    seen: Arc<Mutex<Vec<Value>>>,
}

impl FakeMcp {
    /// A server with these tools, answering JSON (`sse` false) or SSE.
    pub async fn start(tools: &[(&str, Tool)], sse: bool) -> Self {
        let server = MockServer::start().await;
        let seen = Arc::new(Mutex::new(Vec::new()));
        let responder = Responder {
            tools: tools
                .iter()
                .map(|(n, t)| ((*n).to_owned(), t.clone()))
                .collect(),
            sse,
            seen: seen.clone(),
        };
        Mock::given(any())
            .respond_with(responder)
            .mount(&server)
            .await;
        FakeMcp { server, seen }
    }

    /// The endpoint to pass as `--mcp-url`.
    pub fn url(&self) -> String {
        format!("{}/mcp", self.server.uri())
    }

    /// Every request received: the HTTP method, the session header, the authorization as
    /// received, and the JSON-RPC body.
    pub fn seen(&self) -> Vec<Value> {
        self.seen.lock().unwrap().clone()
    }

    /// The `tools/call` requests' params.
    pub fn calls(&self) -> Vec<Value> {
        self.seen()
            .into_iter()
            .filter(|r| r["body"]["method"] == "tools/call")
            .map(|r| r["body"]["params"].clone())
            .collect()
    }
}

impl Respond for Responder {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let header = |name: &str| {
            req.headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let body: Value = serde_json::from_slice(&req.body).unwrap_or(Value::Null);
        self.seen.lock().unwrap().push(json!({
            "http": req.method.to_string(),
            "session": header("mcp-session-id"),
            "authorization": header("authorization"),
            "accept": header("accept"),
            "body": body,
        }));
        if header("authorization").as_deref() != Some(&format!("Bearer {TOKEN}")) {
            return ResponseTemplate::new(401).set_body_json(json!({"error": "unauthorized"}));
        }
        if req.method.as_str() != "POST" {
            return ResponseTemplate::new(405);
        }
        let method = body["method"].as_str().unwrap_or("");
        let id = body["id"].clone();
        if method != "initialize" && header("mcp-session-id").as_deref() != Some(SESSION) {
            return ResponseTemplate::new(400).set_body_string("missing or unknown Mcp-Session-Id");
        }
        let result = match method {
            "initialize" => json!({
                "protocolVersion": body["params"]["protocolVersion"],
                "capabilities": {"tools": {}},
                "serverInfo": {"name": "mercadopago-mcp-server", "version": "4.3.2"},
            }),
            "notifications/initialized" => return ResponseTemplate::new(202),
            "tools/list" => {
                let mut names: Vec<&String> = self.tools.keys().collect();
                names.sort();
                json!({"tools": names.iter().map(|n| json!({
                    "name": n,
                    "description": "a tool",
                    "inputSchema": {"type": "object", "properties": {
                        "payment_id": {"type": "number"},
                        "order_id": {"type": "string"},
                        "application_id": {"type": "number"},
                        "lang": {"type": "string"},
                    }},
                })).collect::<Vec<_>>()})
            }
            "tools/call" => {
                let name = body["params"]["name"].as_str().unwrap_or("");
                match self.tools.get(name) {
                    Some(Tool::Text(t)) => json!({"content": [{"type": "text", "text": t}]}),
                    Some(Tool::IsError(t)) => {
                        json!({"content": [{"type": "text", "text": t}], "isError": true})
                    }
                    Some(Tool::Huge(n)) => {
                        json!({"content": [{"type": "text", "text": "x".repeat(*n)}]})
                    }
                    Some(Tool::RpcError(code, message)) => {
                        return self.answer(json!({
                            "jsonrpc": "2.0", "id": id,
                            "error": {"code": code, "message": message},
                        }));
                    }
                    Some(Tool::Status(s)) => return ResponseTemplate::new(*s),
                    Some(Tool::Hang) => {
                        return ResponseTemplate::new(200).set_delay(Duration::from_secs(60));
                    }
                    None => {
                        return self.answer(json!({
                            "jsonrpc": "2.0", "id": id,
                            "error": {"code": -32602, "message": "unknown tool"},
                        }));
                    }
                }
            }
            _ => {
                return self.answer(json!({
                    "jsonrpc": "2.0", "id": id,
                    "error": {"code": -32601, "message": "method not found"},
                }));
            }
        };
        let mut answer = self.answer(json!({"jsonrpc": "2.0", "id": id, "result": result}));
        if method == "initialize" {
            answer = answer.insert_header("Mcp-Session-Id", SESSION);
        }
        answer
    }
}

impl Responder {
    fn answer(&self, message: Value) -> ResponseTemplate {
        if self.sse {
            ResponseTemplate::new(200).set_body_raw(
                format!("event: message\ndata: {message}\n\n"),
                "text/event-stream",
            )
        } else {
            ResponseTemplate::new(200).set_body_raw(message.to_string(), "application/json")
        }
    }
}
