//! The Mercado Pago API client: bearer auth sent only to `api_url`, GET retries on 429, 5xx
//! and connection errors with bounded backoff that honours `Retry-After`, a response size
//! cap, and a per-run cache so each resource is fetched once and shared between checks.
//!
//! Retries are budgeted per resource (see [`RetryPolicy`]): a timed-out GET is retried at
//! most once, and no retry starts unless it could finish, even hanging for a whole
//! timeout, within the resource's budget and before the deadline. A `/users/me` that never
//! answers so costs two timeouts plus one backoff, and since the cache holds one fetch per
//! resource, every check that needs it waits on that same fetch.

mod error;
pub mod models;
pub mod shape;

use crate::report::shorten;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use reqwest::Method;
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderValue, RETRY_AFTER};
use serde::de::DeserializeOwned;
use tokio::sync::OnceCell;
use url::Url;

pub use error::{ApiError, Refusal, parse_envelope};
use models::{
    AppCredentials, MerchantOrder, Order, Payment, PaymentMethod, Preference, ReportConfig, User,
};

use crate::net;
use crate::secret::{Secret, scrub};

/// No Mercado Pago resource mp-golive reads comes near this; a larger answer is garbage.
pub const MAX_BODY_BYTES: usize = 4 * 1024 * 1024;

/// How often and how long to retry a GET.
///
/// An attempt is worth retrying when it got 429 or 500, 502, 503, 504 (after `Retry-After`
/// or the backoff), or failed in transport in a way that may pass (refused, reset, timed
/// out). Whether it is retried (`retry_refusal`):
///
/// - at most `attempts` attempts in all;
/// - an attempt that timed out (failed after its whole `--timeout`) is retried at most
///   `timeout_retries` times per resource: the server may be hanging, and each retry of a
///   hanging server costs a full timeout;
/// - the retries of one resource share a budget of one worst-case retry, `max_wait` plus
///   one `--timeout`, counted from the end of the first attempt and spent by the waits and
///   the retried attempts alike. A retry starts only if its wait plus a whole timeout fits
///   in what is left (so no wait is longer than `max_wait`): quick failures (a 503
///   answered at once) are retried up to `attempts` times, while a retry that hangs spends
///   the budget on its own;
/// - a retry starts only if, hanging for a whole timeout, it would still end before the
///   run's deadline: otherwise the last answer is reported rather than cut by the deadline.
///
/// So one resource costs at most its first attempt plus the budget (two timeouts plus
/// `max_wait`), and one that never answers costs two timeouts plus one backoff, not
/// `attempts` timeouts.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// Attempts in all, the first included.
    pub attempts: u32,
    /// The first backoff; it doubles on each retry.
    pub base: Duration,
    /// The longest wait between attempts, `Retry-After` included: a longer one is not waited.
    pub max_wait: Duration,
    /// How many timed-out attempts of one resource are retried.
    pub timeout_retries: u32,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            attempts: 3,
            base: Duration::from_millis(400),
            max_wait: Duration::from_secs(10),
            timeout_retries: 1,
        }
    }
}

impl RetryPolicy {
    /// The time the retries of one resource may spend, waits included, with `timeout` per
    /// attempt: one retry at its worst (the longest wait, then a whole timeout).
    fn budget(&self, timeout: Duration) -> Duration {
        self.max_wait.saturating_add(timeout)
    }
}

/// Why an attempt failed, as far as retrying goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Failure {
    /// 429 or 500, 502, 503, 504: the server answered and may answer better later.
    Status,
    /// A transport failure that may pass, before the timeout ran out (refused, reset).
    Quick,
    /// A transport failure that may pass, after a whole timeout: the server may be hanging.
    TimedOut,
}

/// What an attempt's outcome means for retrying: `status` is the HTTP status, or the
/// transport error's "worth retrying" flag from `send_once`; `took` is how long the
/// attempt ran. A transport failure that took the whole `timeout` timed out (reqwest's
/// timeout covers connecting, the request and the body, so nothing else lasts that long);
/// the elapsed time tells, so `send_once` need not say.
fn failure(status: Result<u16, bool>, took: Duration, timeout: Duration) -> Option<Failure> {
    match status {
        Ok(429 | 500 | 502 | 503 | 504) => Some(Failure::Status),
        Ok(_) | Err(false) => None,
        Err(true) if took >= timeout => Some(Failure::TimedOut),
        Err(true) => Some(Failure::Quick),
    }
}

/// What one resource's fetch has spent so far, when an attempt failed.
#[derive(Debug, Clone, Copy)]
struct Spent {
    /// Attempts made, the failed one included.
    attempts: u32,
    /// Attempts that timed out, the failed one included.
    timeouts: u32,
    /// Time since the first attempt ended: the waits and retried attempts so far.
    retrying: Duration,
}

/// Whether a failed attempt may be retried after `wait` (see [`RetryPolicy`]): `Ok` to
/// retry, else why not, for the log. `deadline_left` is the time left before the run's
/// deadline (its safety margin taken off), `None` without a deadline.
fn retry_refusal(
    policy: &RetryPolicy,
    timeout: Duration,
    failure: Option<Failure>,
    spent: Spent,
    wait: Duration,
    deadline_left: Option<Duration>,
) -> Result<(), &'static str> {
    let Some(failure) = failure else {
        return Err("not worth retrying");
    };
    // A retry at its worst: the wait, then no answer for a whole timeout.
    let worst = wait.saturating_add(timeout);
    // No wait longer than `max_wait` needs a rule of its own: the budget already refuses it.
    if spent.attempts >= policy.attempts {
        Err("no attempts left")
    } else if failure == Failure::TimedOut && spent.timeouts > policy.timeout_retries {
        Err("it timed out again")
    } else if spent.retrying.saturating_add(worst) > policy.budget(timeout) {
        Err("the retry budget is spent")
    } else if deadline_left.is_some_and(|left| worst >= left) {
        Err("it could not finish before the deadline")
    } else {
        Ok(())
    }
}

/// Kept free before the run's deadline, so a retry never ends right on it.
const DEADLINE_MARGIN: Duration = Duration::from_millis(50);

/// Whether a request carries the access token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Auth {
    /// `Authorization: Bearer <token>`.
    Token,
    /// No credentials (public-key endpoints).
    None,
}

/// An API answer: the decoded body on 2xx, or the refusal.
#[derive(Debug, Clone)]
pub enum Answer<T> {
    /// 2xx, decoded.
    Ok(T),
    /// Any other status, with the error envelope read.
    Refused(Refusal),
}

/// A raw answer, as cached.
#[derive(Debug)]
struct Raw {
    status: u16,
    body: Vec<u8>,
    content_type: Option<String>,
    attempts: u32,
}

type Cell = Arc<OnceCell<Result<Arc<Raw>, ApiError>>>;

/// The access token as the client may use it.
#[derive(Debug, Clone)]
pub enum Token {
    /// None was given: requests that need one are refused.
    Absent,
    /// Shaped like a Mercado Pago token: sent in `Authorization` to the API only.
    Sendable(Secret),
    /// Given but malformed: never sent (the API would echo it back), requests that need it
    /// are refused.
    Malformed,
}

/// What the API client is built from: the API's base URL, the token, the retry policy and
/// the run's deadline. The connection options (timeout, roots, pins) come separately, as
/// the probe client shares them.
#[derive(Debug, Clone)]
pub struct ApiOptions {
    /// The API base URL, ending in `/`.
    pub base: Url,
    /// The access token.
    pub token: Token,
    /// How often and how long to retry a GET.
    pub retry: RetryPolicy,
    /// No retry starts that could not end before this.
    pub deadline: Option<Instant>,
}

/// The one authenticated Mercado Pago client of a run. Clones share the connection pool
/// and the cache.
#[derive(Clone)]
pub struct ApiClient {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    clients: net::HttpClients,
    base: Url,
    token: Option<Secret>,
    token_malformed: bool,
    timeout: Duration,
    retry: RetryPolicy,
    deadline: Option<Instant>,
    cache: Mutex<HashMap<(Auth, String), Cell>>,
    requests: Mutex<Vec<String>>,
}

impl ApiClient {
    /// Builds the client. It never follows redirects, so the token cannot be carried to
    /// another host.
    pub fn new(options: ApiOptions, net: &net::NetOptions) -> anyhow::Result<Self> {
        // The API is one host and port: one client, resolved through the run's pins.
        let clients = net::HttpClients::new(net)?;
        let http = clients.for_url(&options.base).map_err(anyhow::Error::msg)?;
        let (token, token_malformed) = match options.token {
            Token::Absent => (None, false),
            Token::Sendable(t) => (Some(t), false),
            Token::Malformed => (None, true),
        };
        Ok(ApiClient {
            inner: Arc::new(Inner {
                http,
                clients,
                base: options.base,
                token,
                token_malformed,
                timeout: net.timeout,
                retry: options.retry,
                deadline: options.deadline,
                cache: Mutex::new(HashMap::new()),
                requests: Mutex::new(Vec::new()),
            }),
        })
    }

    /// Every request sent so far (`GET /users/me`), retries included, in order.
    pub fn requests_sent(&self) -> Vec<String> {
        self.inner
            .requests
            .lock()
            .map(|r| r.clone())
            .unwrap_or_default()
    }

    /// `GET /users/me`: the account behind the token.
    pub async fn users_me(&self) -> Result<Answer<User>, ApiError> {
        self.get_json("users/me", &[], Auth::Token).await
    }

    /// The account already fetched by a check in this run, without asking again.
    pub fn cached_user(&self) -> Option<User> {
        let key = (Auth::Token, self.url("users/me", &[]).ok()?.to_string());
        let cell = self.inner.cache.lock().ok()?.get(&key)?.clone();
        match cell.get()? {
            Ok(raw) if (200..300).contains(&raw.status) => serde_json::from_slice(&raw.body).ok(),
            _ => None,
        }
    }

    /// `GET /plugins-credentials-wrapper/credentials` with the token: the application and
    /// activation state of the access token.
    pub async fn token_credentials(&self) -> Result<Answer<AppCredentials>, ApiError> {
        self.get_json("plugins-credentials-wrapper/credentials", &[], Auth::Token)
            .await
    }

    /// The same endpoint with `?public_key=` and no token: the public key's application.
    pub async fn public_key_credentials(
        &self,
        public_key: &str,
    ) -> Result<Answer<AppCredentials>, ApiError> {
        self.get_json(
            "plugins-credentials-wrapper/credentials",
            &[("public_key", public_key)],
            Auth::None,
        )
        .await
    }

    /// `GET /v1/payment_methods?public_key=`: the documented way to validate a public key.
    pub async fn payment_methods_for_key(
        &self,
        public_key: &str,
    ) -> Result<Answer<serde_json::Value>, ApiError> {
        self.get_json(
            "v1/payment_methods",
            &[("public_key", public_key)],
            Auth::None,
        )
        .await
    }

    /// `GET /v1/payment_methods` with the token: the methods the seller can take (`pix`
    /// appears only when the account has a Pix key).
    pub async fn payment_methods(&self) -> Result<Answer<Vec<PaymentMethod>>, ApiError> {
        self.get_json("v1/payment_methods", &[], Auth::Token).await
    }

    /// `GET /v1/payments/{id}`. The id is digits (validated with the settings).
    pub async fn payment(&self, id: &str) -> Result<Answer<Payment>, ApiError> {
        self.get_resource("v1/payments/", id, "").await
    }

    /// `GET /v1/orders/{id}` (Orders API). The id is `ORD` and upper-case letters and
    /// digits (validated with the settings).
    pub async fn order(&self, id: &str) -> Result<Answer<Order>, ApiError> {
        self.get_resource("v1/orders/", id, "").await
    }

    /// `GET /merchant_orders/{id}`: leads a Checkout Pro payment to its preference.
    pub async fn merchant_order(&self, id: &str) -> Result<Answer<MerchantOrder>, ApiError> {
        self.get_resource("merchant_orders/", id, "").await
    }

    /// `GET /checkout/preferences/{id}`.
    pub async fn preference(&self, id: &str) -> Result<Answer<Preference>, ApiError> {
        self.get_resource("checkout/preferences/", id, "").await
    }

    /// `GET /v1/account/{report}/list`, `report` being `settlement_report` or
    /// `release_report`. Only whether it answers matters, so the body stays untyped.
    pub async fn report_list(&self, report: &str) -> Result<Answer<serde_json::Value>, ApiError> {
        self.get_resource("v1/account/", report, "/list").await
    }

    /// `GET /v1/account/{report}/config`.
    pub async fn report_config(&self, report: &str) -> Result<Answer<ReportConfig>, ApiError> {
        self.get_resource("v1/account/", report, "/config").await
    }

    /// `GET <prefix><id><suffix>` with the token, the id as one encoded path segment.
    async fn get_resource<T: DeserializeOwned>(
        &self,
        prefix: &str,
        id: &str,
        suffix: &str,
    ) -> Result<Answer<T>, ApiError> {
        let path = format!("{prefix}{}{suffix}", path_segment(id)?);
        self.get_json(&path, &[], Auth::Token).await
    }

    /// A request that changes something (`POST`, `PUT`), with the token and a JSON body.
    ///
    /// Never cached and never retried: a repeated POST could create a second payment, so a
    /// failure is returned as it is and the caller decides. A POST carries a fresh
    /// `X-Idempotency-Key` (Mercado Pago requires one on `POST /v1/payments`).
    pub async fn send_json<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: &serde_json::Value,
    ) -> Result<Answer<T>, ApiError> {
        let endpoint = format!("{method} /{path}");
        let url = self.url(path, &[]).map_err(|e| match e {
            ApiError::Transport { reason, .. } => ApiError::Transport {
                endpoint: endpoint.clone(),
                reason,
            },
            other => other,
        })?;
        let key = (method == Method::POST).then(idempotency_key);
        let request = Request {
            method,
            url: &url,
            auth: Auth::Token,
            endpoint: &endpoint,
            body: Some(body),
            idempotency_key: key.as_deref(),
        };
        let (mut raw, _) = match self.send_once(request).await {
            Ok(answer) => answer,
            Err((e, _)) => {
                tracing::info!("{endpoint} failed: {e} (not retried)");
                return Err(e);
            }
        };
        tracing::info!("{endpoint} -> {}", raw.status);
        raw.attempts = 1;
        if (200..300).contains(&raw.status) {
            decode(&raw, &endpoint).map(Answer::Ok)
        } else {
            Ok(Answer::Refused(self.refusal(&raw, endpoint)))
        }
    }

    /// A GET decoded as `T`, fetched at most once per run for the same path, query and auth.
    pub async fn get_json<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &[(&str, &str)],
        auth: Auth,
    ) -> Result<Answer<T>, ApiError> {
        let url = self.url(path, query)?;
        // The endpoint names requests in messages and logs: query keys, never values.
        let keys: Vec<String> = query.iter().map(|(k, _)| format!("{k}=…")).collect();
        let endpoint = if keys.is_empty() {
            format!("GET /{path}")
        } else {
            format!("GET /{path}?{}", keys.join("&"))
        };
        let raw = self.cached(url, auth, &endpoint).await?;
        if (200..300).contains(&raw.status) {
            decode(&raw, &endpoint).map(Answer::Ok)
        } else {
            Ok(Answer::Refused(self.refusal(&raw, endpoint)))
        }
    }

    fn url(&self, path: &str, query: &[(&str, &str)]) -> Result<Url, ApiError> {
        let mut url = self
            .inner
            .base
            .join(path)
            .map_err(|e| ApiError::Transport {
                endpoint: format!("GET /{path}"),
                reason: format!("cannot build the URL: {e}"),
            })?;
        if !query.is_empty() {
            url.query_pairs_mut().extend_pairs(query);
        }
        Ok(url)
    }

    async fn cached(&self, url: Url, auth: Auth, endpoint: &str) -> Result<Arc<Raw>, ApiError> {
        let cell = {
            let mut cache = self.inner.cache.lock().unwrap_or_else(|p| p.into_inner());
            cache.entry((auth, url.to_string())).or_default().clone()
        };
        cell.get_or_init(|| self.fetch(url, auth, endpoint))
            .await
            .clone()
    }

    /// Fetches one resource, retrying under [`RetryPolicy`]'s rule and budget. It runs once
    /// per resource and run (the cache's cell), so every check asking for the resource
    /// waits on this one fetch and its retries are never multiplied by the checks.
    async fn fetch(&self, url: Url, auth: Auth, endpoint: &str) -> Result<Arc<Raw>, ApiError> {
        let policy = self.inner.retry;
        let timeout = self.inner.timeout;
        let mut attempt = 0;
        let mut timeouts = 0;
        // When the first attempt ended: the budget is counted from there.
        let mut first_end: Option<Instant> = None;
        loop {
            attempt += 1;
            let started = Instant::now();
            let result = self
                .send_once(Request {
                    method: Method::GET,
                    url: &url,
                    auth,
                    endpoint,
                    body: None,
                    idempotency_key: None,
                })
                .await;
            let took = started.elapsed();
            let retrying_since = *first_end.get_or_insert_with(Instant::now);
            let (kind, wait) = match &result {
                Ok((raw, retry_after)) => {
                    tracing::info!(
                        "{endpoint} -> {} in {} ms (attempt {attempt})",
                        raw.status,
                        took.as_millis()
                    );
                    let wait = retry_after.unwrap_or_else(|| backoff(policy.base, attempt));
                    (failure(Ok(raw.status), took, timeout), wait)
                }
                Err((e, transient)) => {
                    tracing::info!("{endpoint} failed: {e} (attempt {attempt})");
                    let wait = backoff(policy.base, attempt);
                    (failure(Err(*transient), took, timeout), wait)
                }
            };
            if kind == Some(Failure::TimedOut) {
                timeouts += 1;
            }
            let spent = Spent {
                attempts: attempt,
                timeouts,
                retrying: retrying_since.elapsed(),
            };
            let deadline_left = self.inner.deadline.map(|d| {
                d.saturating_duration_since(Instant::now())
                    .saturating_sub(DEADLINE_MARGIN)
            });
            match retry_refusal(&policy, timeout, kind, spent, wait, deadline_left) {
                Ok(()) => {
                    tracing::debug!("{endpoint}: retrying in {} ms", wait.as_millis());
                    tokio::time::sleep(wait).await;
                }
                Err(why) => {
                    if kind.is_some() {
                        tracing::debug!("{endpoint}: not retried: {why}");
                    }
                    return match result {
                        Ok((mut raw, _)) => {
                            raw.attempts = attempt;
                            Ok(Arc::new(raw))
                        }
                        Err((ApiError::Transport { endpoint, reason }, _)) if attempt > 1 => {
                            Err(ApiError::Transport {
                                endpoint,
                                reason: format!("{reason} (after {attempt} attempts)"),
                            })
                        }
                        Err((e, _)) => Err(e),
                    };
                }
            }
        }
    }

    /// One request. The error side says whether it is worth retrying.
    async fn send_once(
        &self,
        request: Request<'_>,
    ) -> Result<(Raw, Option<Duration>), (ApiError, bool)> {
        let Request {
            method,
            url,
            auth,
            endpoint,
            body,
            idempotency_key,
        } = request;
        if auth == Auth::Token && self.inner.token.is_none() {
            let reason = if self.inner.token_malformed {
                "not sent: the access token is malformed (see the credentials check), and a malformed token is never sent"
            } else {
                "not sent: no access token was given"
            };
            let e = ApiError::Transport {
                endpoint: endpoint.to_owned(),
                reason: reason.to_owned(),
            };
            return Err((e, false));
        }
        if let Ok(mut log) = self.inner.requests.lock() {
            log.push(endpoint.to_owned());
        }
        let mut req = self
            .inner
            .http
            .request(method, url.clone())
            .header(ACCEPT, "application/json");
        if let Some(body) = body {
            req = req
                .header(CONTENT_TYPE, "application/json")
                .body(body.to_string());
        }
        if let Some(key) = idempotency_key {
            req = req.header("X-Idempotency-Key", key);
        }
        if auth == Auth::Token
            && let Some(token) = &self.inner.token
        {
            let mut value =
                HeaderValue::from_str(&format!("Bearer {}", token.expose())).map_err(|_| {
                    let e = ApiError::Transport {
                        endpoint: endpoint.to_owned(),
                        reason: "the access token holds characters that cannot be sent in a header"
                            .to_owned(),
                    };
                    (e, false)
                })?;
            value.set_sensitive(true);
            req = req.header(AUTHORIZATION, value);
        }
        let transport = |e: reqwest::Error| {
            let transient = e.is_timeout() || e.is_connect() || e.is_request() || e.is_body();
            let reason = scrub(
                &self
                    .inner
                    .clients
                    .describe(&e, &self.inner.base, self.inner.timeout),
                &self.secrets(),
            );
            (
                ApiError::Transport {
                    endpoint: endpoint.to_owned(),
                    reason,
                },
                transient,
            )
        };
        let mut resp = req.send().await.map_err(transport)?;
        let status = resp.status().as_u16();
        let retry_after = resp.headers().get(RETRY_AFTER).and_then(parse_retry_after);
        let content_type = resp
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let too_large = || {
            let e = ApiError::TooLarge {
                endpoint: endpoint.to_owned(),
                limit: MAX_BODY_BYTES,
            };
            (e, false)
        };
        if resp
            .content_length()
            .is_some_and(|n| n > MAX_BODY_BYTES as u64)
        {
            return Err(too_large());
        }
        let mut body = Vec::new();
        while let Some(chunk) = resp.chunk().await.map_err(transport)? {
            if body.len() + chunk.len() > MAX_BODY_BYTES {
                return Err(too_large());
            }
            body.extend_from_slice(&chunk);
        }
        Ok((
            Raw {
                status,
                body,
                content_type,
                attempts: 1,
            },
            retry_after,
        ))
    }

    fn secrets(&self) -> Vec<&Secret> {
        self.inner.token.iter().collect()
    }

    /// True when requests that need the token are refused because it is malformed.
    pub fn token_malformed(&self) -> bool {
        self.inner.token_malformed
    }

    fn refusal(&self, raw: &Raw, endpoint: String) -> Refusal {
        let (message, error, causes) = parse_envelope(&raw.body);
        let secrets = self.secrets();
        let clean = |s: Option<String>| s.map(|s| shorten(&scrub(&s, &secrets), 200));
        Refusal {
            endpoint,
            status: raw.status,
            message: clean(message),
            error: clean(error),
            causes: causes
                .into_iter()
                .map(|(c, d)| {
                    (
                        shorten(&scrub(&c, &secrets), 40),
                        shorten(&scrub(&d, &secrets), 200),
                    )
                })
                .collect(),
            html: looks_like_html(raw),
            attempts: raw.attempts,
        }
    }
}

/// One request to send.
struct Request<'a> {
    method: Method,
    url: &'a Url,
    auth: Auth,
    endpoint: &'a str,
    body: Option<&'a serde_json::Value>,
    idempotency_key: Option<&'a str>,
}

/// A path segment from a value the API gave or the user typed, so it cannot add segments or
/// a query to the URL.
/// An id as one path segment, percent-encoded. Ids that are empty or only dots are refused:
/// `Url::join` would resolve them as path steps (even percent-encoded, per the URL standard).
fn path_segment(s: &str) -> Result<String, ApiError> {
    if s.bytes().all(|b| b == b'.') {
        return Err(ApiError::Decode {
            endpoint: "an API request".to_owned(),
            detail: format!("`{s}` is not a usable id"),
        });
    }
    Ok(url::form_urlencoded::byte_serialize(s.as_bytes()).collect())
}

/// A random UUID v4 for `X-Idempotency-Key`. Uniqueness is all that matters, so std's
/// randomly keyed SipHash (seeded from the OS once per process) is enough and no RNG crate
/// is needed; the time and a counter separate keys made in one process.
pub fn idempotency_key() -> String {
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let half = |salt: u64| {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u64(salt);
        h.write_u64(n);
        h.write_u128(nanos);
        h.write_u32(std::process::id());
        h.finish()
    };
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&half(1).to_be_bytes());
    bytes[8..].copy_from_slice(&half(2).to_be_bytes());
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

fn decode<T: DeserializeOwned>(raw: &Raw, endpoint: &str) -> Result<T, ApiError> {
    let detail = if looks_like_html(raw) {
        format!(
            "answered HTTP {} with an HTML page instead of JSON (a gateway, proxy or wrong --api-url?)",
            raw.status
        )
    } else if raw.body.is_empty() {
        format!(
            "answered HTTP {} with an empty body instead of JSON",
            raw.status
        )
    } else {
        match serde_json::from_slice::<T>(&raw.body) {
            Ok(v) => return Ok(v),
            Err(e) if e.is_eof() => format!("the JSON answer is truncated ({e})"),
            Err(e) if e.is_syntax() => format!("the answer is not valid JSON ({e})"),
            Err(e) => format!("the answer does not have the expected shape ({e})"),
        }
    };
    // serde quotes the values it could not read; those may be credentials the API echoed.
    Err(ApiError::Decode {
        endpoint: endpoint.to_owned(),
        detail: crate::secret::scrub_credential_like(&detail),
    })
}

fn looks_like_html(raw: &Raw) -> bool {
    let ct = raw
        .content_type
        .as_deref()
        .unwrap_or("")
        .to_ascii_lowercase();
    if ct.contains("html") {
        return true;
    }
    let start = raw
        .body
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(0);
    raw.body[start..].starts_with(b"<")
}

/// `Retry-After` in seconds; HTTP dates are rare from APIs and are treated as absent.
fn parse_retry_after(v: &HeaderValue) -> Option<Duration> {
    let secs: f64 = v.to_str().ok()?.trim().parse().ok()?;
    // A huge value would overflow a Duration; the retry policy caps waits anyway.
    Duration::try_from_secs_f64(secs).ok()
}

/// Exponential backoff from `base`, with up to 25% jitter so parallel runs spread out.
fn backoff(base: Duration, attempt: u32) -> Duration {
    let exp = base.saturating_mul(1 << (attempt - 1).min(6));
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    exp + exp.mul_f64(f64::from(nanos % 1000) / 4000.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_reads_seconds() {
        assert_eq!(
            parse_retry_after(&HeaderValue::from_static("2")),
            Some(Duration::from_secs(2))
        );
        assert_eq!(
            parse_retry_after(&HeaderValue::from_static("Wed, 21 Oct 2015 07:28:00 GMT")),
            None
        );
        assert_eq!(parse_retry_after(&HeaderValue::from_static("1e20")), None);
        assert_eq!(parse_retry_after(&HeaderValue::from_static("-1")), None);
    }

    const S: Duration = Duration::from_secs(1);
    const NS: Duration = Duration::from_nanos(1);

    fn spent(attempts: u32, timeouts: u32, retrying: Duration) -> Spent {
        Spent {
            attempts,
            timeouts,
            retrying,
        }
    }

    /// [`retry_refusal`] with the default policy and no deadline.
    fn refusal(
        timeout: Duration,
        failure: Option<Failure>,
        spent: Spent,
        wait: Duration,
    ) -> Result<(), &'static str> {
        retry_refusal(&RetryPolicy::default(), timeout, failure, spent, wait, None)
    }

    #[test]
    fn failures_are_classified_by_status_and_time() {
        let t = 10 * S;
        for status in [429, 500, 502, 503, 504] {
            assert_eq!(failure(Ok(status), t, t), Some(Failure::Status), "{status}");
        }
        for status in [200, 204, 400, 404, 428, 501, 505] {
            assert_eq!(failure(Ok(status), t, t), None, "{status}");
        }
        assert_eq!(failure(Err(false), t, t), None, "not worth retrying");
        assert_eq!(failure(Err(true), t, t), Some(Failure::TimedOut));
        assert_eq!(failure(Err(true), t + S, t), Some(Failure::TimedOut));
        assert_eq!(failure(Err(true), t - NS, t), Some(Failure::Quick));
        assert_eq!(failure(Err(true), Duration::ZERO, t), Some(Failure::Quick));
    }

    #[test]
    fn the_budget_is_one_retry_at_its_worst() {
        let policy = RetryPolicy::default();
        assert_eq!(policy.budget(10 * S), 20 * S);
        assert_eq!(policy.budget(S / 2), 10 * S + S / 2);
        assert_eq!(policy.budget(Duration::MAX), Duration::MAX, "saturates");
    }

    #[test]
    fn only_failures_worth_it_are_retried() {
        let first = spent(1, 0, Duration::ZERO);
        assert_eq!(
            refusal(S, None, first, S),
            Err("not worth retrying"),
            "a 200, a 404, a TLS error"
        );
        for f in [Failure::Status, Failure::Quick] {
            assert_eq!(refusal(S, Some(f), first, S), Ok(()), "{f:?}");
        }
        let timed_out = spent(1, 1, Duration::ZERO);
        assert_eq!(refusal(S, Some(Failure::TimedOut), timed_out, S), Ok(()));
    }

    #[test]
    fn attempts_are_bounded() {
        let quick = Some(Failure::Status);
        assert_eq!(refusal(S, quick, spent(2, 0, S), S), Ok(()));
        assert_eq!(
            refusal(S, quick, spent(3, 0, S), S),
            Err("no attempts left")
        );
        assert_eq!(
            refusal(S, quick, spent(4, 0, S), S),
            Err("no attempts left")
        );
    }

    #[test]
    fn a_timeout_is_retried_once() {
        // A short timeout, so the budget has room and only the timeout rule decides.
        let (t, wait) = (S, S);
        let timed_out = Some(Failure::TimedOut);
        assert_eq!(
            refusal(t, timed_out, spent(1, 1, Duration::ZERO), wait),
            Ok(())
        );
        assert_eq!(
            refusal(t, timed_out, spent(2, 1, 2 * S), wait),
            Ok(()),
            "the first timeout, after a quick failure"
        );
        assert_eq!(
            refusal(t, timed_out, spent(2, 2, 2 * S), wait),
            Err("it timed out again")
        );
        // Other failures after a timeout are still retried, within the budget.
        for f in [Failure::Status, Failure::Quick] {
            assert_eq!(
                refusal(t, Some(f), spent(2, 2, 2 * S), wait),
                Ok(()),
                "{f:?}"
            );
        }
        let twice = RetryPolicy {
            timeout_retries: 2,
            ..RetryPolicy::default()
        };
        assert_eq!(
            retry_refusal(&twice, t, timed_out, spent(2, 2, 2 * S), wait, None),
            Ok(())
        );
    }

    #[test]
    fn retries_share_one_budget() {
        let t = 10 * S;
        let quick = Some(Failure::Status);
        // A retry may wait the longest wait and then hang for a whole timeout: it fits.
        assert_eq!(
            refusal(t, quick, spent(1, 0, Duration::ZERO), 10 * S),
            Ok(())
        );
        assert_eq!(
            refusal(t, quick, spent(1, 0, Duration::ZERO), 10 * S + NS),
            Err("the retry budget is spent"),
            "a wait longer than max_wait"
        );
        // What the retries spent so far counts.
        assert_eq!(refusal(t, quick, spent(2, 0, 9 * S), S), Ok(()));
        assert_eq!(
            refusal(t, quick, spent(2, 0, 9 * S + NS), S),
            Err("the retry budget is spent")
        );
        // A retry that hung spent the budget: the 503 after it is not retried at 10 s.
        assert_eq!(
            refusal(t, quick, spent(2, 1, 10 * S + S / 2), S),
            Err("the retry budget is spent")
        );
        // Without the timeout rule, a server that never answers still costs two timeouts.
        let many = RetryPolicy {
            attempts: 10,
            timeout_retries: 10,
            ..RetryPolicy::default()
        };
        let timed_out = Some(Failure::TimedOut);
        let hung_twice = spent(2, 2, S / 2 + t);
        assert_eq!(
            retry_refusal(&many, t, timed_out, hung_twice, S, None),
            Err("the retry budget is spent")
        );
        for (retrying, wait) in [(Duration::MAX, S), (S, Duration::MAX)] {
            assert_eq!(
                refusal(t, quick, spent(2, 0, retrying), wait),
                Err("the retry budget is spent"),
                "no overflow"
            );
        }
    }

    #[test]
    fn no_retry_starts_that_could_not_end_before_the_deadline() {
        let policy = RetryPolicy::default();
        let (t, wait) = (S, S / 2);
        let quick = Some(Failure::Quick);
        let first = spent(1, 0, Duration::ZERO);
        let at = |left| retry_refusal(&policy, t, quick, first, wait, left);
        assert_eq!(at(None), Ok(()));
        assert_eq!(at(Some(t + wait + NS)), Ok(()));
        assert_eq!(
            at(Some(t + wait)),
            Err("it could not finish before the deadline")
        );
        assert_eq!(
            at(Some(Duration::ZERO)),
            Err("it could not finish before the deadline")
        );
    }

    #[test]
    fn backoff_doubles_with_bounded_jitter() {
        let base = Duration::from_millis(100);
        for attempt in 1..4 {
            let b = backoff(base, attempt);
            let exp = base * (1 << (attempt - 1));
            assert!(b >= exp && b <= exp.mul_f64(1.25), "{b:?}");
        }
    }

    #[test]
    fn idempotency_keys_are_distinct_uuid_v4() {
        let a = idempotency_key();
        let b = idempotency_key();
        assert_ne!(a, b);
        let groups: Vec<&str> = a.split('-').collect();
        assert_eq!(
            groups.iter().map(|g| g.len()).collect::<Vec<_>>(),
            [8, 4, 4, 4, 12]
        );
        assert!(groups[2].starts_with('4'), "{a}");
        assert!(
            matches!(groups[3].as_bytes()[0], b'8' | b'9' | b'a' | b'b'),
            "{a}"
        );
    }

    #[test]
    fn path_segments_cannot_escape() {
        assert_eq!(path_segment("123").unwrap(), "123");
        assert_eq!(path_segment("1/../x?y").unwrap(), "1%2F..%2Fx%3Fy");
        assert!(path_segment("..").is_err());
        assert!(path_segment("").is_err());
    }

    #[test]
    fn html_is_recognised_by_type_or_body() {
        let raw = |ct: Option<&str>, body: &str| Raw {
            status: 502,
            body: body.as_bytes().to_vec(),
            content_type: ct.map(str::to_owned),
            attempts: 1,
        };
        assert!(looks_like_html(&raw(Some("text/html; charset=utf-8"), "x")));
        assert!(looks_like_html(&raw(None, "\n <html>")));
        assert!(!looks_like_html(&raw(Some("application/json"), "{}")));
    }
}
