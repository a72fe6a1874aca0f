//! The unauthenticated probe client for the merchant's own URLs (checkout page, notification
//! endpoints). It carries no credentials, never follows a redirect by itself, caps bodies,
//! and fetches each page once per run for every check that reads it.

use std::collections::HashMap;
use std::error::Error as _;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use reqwest::header::{HeaderMap, LOCATION};
use tokio::sync::OnceCell;
use url::Url;

use super::HttpClients;
use super::NetOptions;

/// Pages larger than this are read up to it and marked truncated.
pub const MAX_PAGE_BYTES: usize = 2 * 1024 * 1024;
/// Redirects followed before giving up.
pub const MAX_REDIRECTS: usize = 10;

/// One HTTP answer, without following redirects.
#[derive(Debug, Clone)]
pub struct Answer {
    /// The URL asked.
    pub url: Url,
    /// The status code.
    pub status: u16,
    /// The response headers.
    pub headers: HeaderMap,
    /// The body, up to [`MAX_PAGE_BYTES`].
    pub body: Vec<u8>,
    /// True when the body was longer than the cap.
    pub truncated: bool,
}

impl Answer {
    /// The `Location` of a 3xx, resolved against the URL asked.
    pub fn location(&self) -> Option<Url> {
        if !(300..400).contains(&self.status) {
            return None;
        }
        let loc = self.headers.get(LOCATION)?.to_str().ok()?;
        self.url.join(loc).ok()
    }
}

/// A page fetched with redirects followed within HTTPS.
#[derive(Debug, Clone)]
pub struct Page {
    /// The last answer (the page itself, or the hop where following stopped).
    pub answer: Answer,
    /// Every URL visited, the first included.
    pub hops: Vec<Url>,
    /// Set when a redirect pointed to `http://` (not followed).
    pub insecure_redirect: Option<Url>,
}

type Cell = Arc<OnceCell<Result<Arc<Page>, String>>>;

/// The probe client of a run. Clones share the pool and the page cache.
#[derive(Clone)]
pub struct ProbeClient {
    clients: HttpClients,
    timeout: std::time::Duration,
    pages: Arc<Mutex<HashMap<String, Cell>>>,
}

impl ProbeClient {
    /// Builds the client: same trust, timeouts and `--resolve` pins as the API client, no
    /// credentials, no automatic redirects.
    pub fn new(net: &NetOptions) -> anyhow::Result<Self> {
        Ok(ProbeClient {
            clients: HttpClients::new(net)?,
            timeout: net.timeout,
            pages: Arc::new(Mutex::new(HashMap::new())),
        })
    }

    /// A client that connects to `host` only at `addrs` (the addresses a check has just
    /// judged, with their ports), whatever DNS answers next; everything else as this one.
    pub fn pinned(&self, host: &str, addrs: &[std::net::SocketAddr]) -> Self {
        ProbeClient {
            clients: self.clients.pinned(host, addrs),
            timeout: self.timeout,
            pages: Arc::new(Mutex::new(HashMap::new())),
        }
    }

    /// One GET, no redirect followed. The error is a short reason in plain words.
    pub async fn get(&self, url: &Url) -> Result<Answer, String> {
        let http = self.clients.for_url(url)?;
        let mut resp = http
            .get(url.clone())
            .send()
            .await
            .map_err(|e| self.clients.describe(&e, url, self.timeout))?;
        let status = resp.status().as_u16();
        if let Some(peer) = resp.remote_addr() {
            tracing::info!("GET {url} -> HTTP {status} from {peer}");
        }
        let headers = resp.headers().clone();
        let mut body = Vec::new();
        let mut truncated = false;
        while let Some(chunk) = resp
            .chunk()
            .await
            .map_err(|e| self.clients.describe(&e, url, self.timeout))?
        {
            let room = MAX_PAGE_BYTES - body.len();
            if chunk.len() > room {
                body.extend_from_slice(&chunk[..room]);
                truncated = true;
                break;
            }
            body.extend_from_slice(&chunk);
        }
        Ok(Answer {
            url: url.clone(),
            status,
            headers,
            body,
            truncated,
        })
    }

    /// One POST of `body` with `headers`, never following a redirect (Mercado Pago does not
    /// follow them either). `wait` bounds the whole exchange, overriding `--timeout`, so a
    /// caller can give a server the time Mercado Pago gives it; connecting is still bounded
    /// by `--timeout`. The body is read up to `max_body` bytes.
    pub async fn post(
        &self,
        url: &Url,
        headers: &[(&'static str, String)],
        body: String,
        wait: Duration,
        max_body: usize,
    ) -> Result<Posted, PostFailure> {
        let started = Instant::now();
        let http = self.clients.for_url(url).map_err(|reason| PostFailure {
            kind: PostFailureKind::Transport,
            reason,
            elapsed: started.elapsed(),
        })?;
        let mut req = http.post(url.clone()).timeout(wait).body(body);
        for (name, value) in headers {
            req = req.header(*name, value);
        }
        let connect_timeout = self.timeout;
        let fail = |e: reqwest::Error, started: Instant| PostFailure {
            // A connect timeout is bounded by --timeout, not by `wait`.
            reason: if e.is_timeout() && e.is_connect() {
                self.clients.describe(&e, url, connect_timeout)
            } else {
                self.clients.describe(&e, url, wait)
            },
            kind: if e.is_timeout() && !e.is_connect() {
                PostFailureKind::NoAnswer
            } else if e.is_timeout() {
                PostFailureKind::ConnectTimeout
            } else if is_tls(&e) {
                PostFailureKind::Tls
            } else {
                PostFailureKind::Transport
            },
            elapsed: started.elapsed(),
        };
        let mut resp = req.send().await.map_err(|e| fail(e, started))?;
        let elapsed = started.elapsed();
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let mut body = Vec::new();
        let mut truncated = false;
        loop {
            match resp.chunk().await {
                Ok(Some(chunk)) => {
                    let room = max_body - body.len();
                    if chunk.len() > room {
                        body.extend_from_slice(&chunk[..room]);
                        truncated = true;
                        break;
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                // The status line arrived, which is what Mercado Pago judges; a body cut
                // short is kept as far as it came.
                Err(e) => {
                    tracing::debug!(
                        "POST {url}: body cut short: {}",
                        self.clients.describe(&e, url, wait)
                    );
                    truncated = true;
                    break;
                }
            }
        }
        Ok(Posted {
            answer: Answer {
                url: url.clone(),
                status,
                headers,
                body,
                truncated,
            },
            elapsed,
        })
    }

    /// The page at `url`, following redirects while they stay on HTTPS; fetched once per run.
    pub async fn page(&self, url: &Url) -> Result<Arc<Page>, String> {
        let cell = {
            let mut pages = self.pages.lock().unwrap_or_else(|p| p.into_inner());
            pages.entry(url.to_string()).or_default().clone()
        };
        cell.get_or_init(|| self.follow(url.clone())).await.clone()
    }

    async fn follow(&self, start: Url) -> Result<Arc<Page>, String> {
        let mut hops = vec![start.clone()];
        let mut answer = self.get(&start).await?;
        while let Some(next) = answer.location() {
            if next.scheme() != "https" && start.scheme() == "https" {
                return Ok(Arc::new(Page {
                    answer,
                    hops,
                    insecure_redirect: Some(next),
                }));
            }
            if hops.len() > MAX_REDIRECTS || hops.contains(&next) {
                return Err(format!(
                    "more than {MAX_REDIRECTS} redirects, or a redirect loop, from {start}"
                ));
            }
            hops.push(next.clone());
            answer = self.get(&next).await?;
        }
        Ok(Arc::new(Page {
            answer,
            hops,
            insecure_redirect: None,
        }))
    }
}

/// What a POST got back.
#[derive(Debug, Clone)]
pub struct Posted {
    /// The answer (a 3xx is not followed).
    pub answer: Answer,
    /// From sending the request to the response head.
    pub elapsed: Duration,
}

/// Why a POST got no answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostFailure {
    /// Which phase failed.
    pub kind: PostFailureKind,
    /// A short reason: "connection refused", "no answer within 22 s", "TLS: …".
    pub reason: String,
    /// Time spent before giving up.
    pub elapsed: Duration,
}

/// The phase where a POST failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostFailureKind {
    /// Connected, but no answer came within the wait.
    NoAnswer,
    /// The connection could not be opened in time.
    ConnectTimeout,
    /// The TLS handshake failed (certificate or protocol).
    Tls,
    /// DNS, refused, reset, closed.
    Transport,
}

fn is_tls(e: &reqwest::Error) -> bool {
    let mut source = e.source();
    while let Some(s) = source {
        if s.downcast_ref::<rustls::Error>().is_some() {
            return true;
        }
        if let Some(io) = s.downcast_ref::<std::io::Error>()
            && io
                .get_ref()
                .is_some_and(|inner| inner.downcast_ref::<rustls::Error>().is_some())
        {
            return true;
        }
        source = s.source();
    }
    false
}
