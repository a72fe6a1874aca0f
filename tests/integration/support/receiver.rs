//! Notification receivers on loopback, written independently of the binary's signing code:
//! a handler that validates `x-signature` the way Mercado Pago's official SDK
//! `WebhookSignatureValidator` does, handlers that accept anything or answer a fixed status,
//! a fake Cloudflare challenge, one that answers late, one that never answers and one that
//! resets the connection. Every request is recorded so tests can check its exact shape.
//! Receivers speak HTTPS with a certificate of a test CA (reached as [`HOST`] through
//! `--resolve`, trusted through `--ca-file`), or plain HTTP on 127.0.0.1.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpListener;

use super::tls_server::{HOST, Leaf, Pki};

/// One request as the receiver saw it.
#[derive(Debug, Clone)]
pub struct Received {
    /// `POST`.
    pub method: String,
    /// The path and query, as sent.
    pub target: String,
    /// Query parameters, decoded.
    pub query: Vec<(String, String)>,
    /// Header names lowercased.
    pub headers: HashMap<String, String>,
    /// The body.
    pub body: String,
}

/// What the receiver does with each request.
#[derive(Clone)]
pub enum Mode {
    /// Validates the signature as Mercado Pago's SDK validator does: 200 when it matches,
    /// 401 otherwise. With `tolerance_secs`, also refuses a `ts` older or newer than that
    /// many seconds, reading `ts` as seconds (the optional check of sdk-python 3.6.0 and
    /// sdk-nodejs 3.6.1).
    Validating {
        /// The secret signature.
        secret: String,
        /// The freshness window, in seconds.
        tolerance_secs: Option<u64>,
    },
    /// Validates as `Validating` does, but over `data.id` lower-cased, as the Orders docs
    /// told handlers to before the SDKs moved to the original case (June 2026).
    ValidatingLowerCase {
        /// The secret signature.
        secret: String,
        /// The freshness window, in seconds, read as `Validating` reads it.
        tolerance_secs: Option<u64>,
    },
    /// Validates as `Validating` does, and answers 400 to any topic but `payment` (a handler
    /// written before the Orders API).
    PaymentsOnly {
        /// The secret signature.
        secret: String,
    },
    /// 200 to everything.
    AcceptAll,
    /// This status, these headers and body to everything.
    Fixed {
        /// Status code.
        status: u16,
        /// Extra headers.
        headers: Vec<(String, String)>,
        /// Body.
        body: String,
    },
    /// 200, after this delay.
    Late(Duration),
    /// Reads the request and never answers.
    Stall,
    /// Reads the request and resets the connection.
    Reset,
}

impl Mode {
    /// A fixed answer with an empty body.
    pub fn status(status: u16) -> Mode {
        Mode::Fixed {
            status,
            headers: Vec::new(),
            body: String::new(),
        }
    }

    /// Cloudflare's managed challenge, as it answers a client without JavaScript.
    pub fn cloudflare() -> Mode {
        Mode::Fixed {
            status: 403,
            headers: vec![
                ("cf-ray".into(), "8f3a2b1c0d9e8f7a-GRU".into()),
                ("server".into(), "cloudflare".into()),
                ("content-type".into(), "text/html; charset=UTF-8".into()),
                ("cf-mitigated".into(), "challenge".into()),
            ],
            body: "<!DOCTYPE html><html lang=\"en-US\"><head><title>Just a moment...</title></head><body><noscript>Enable JavaScript and cookies to continue</noscript><script src=\"/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1\"></script></body></html>".into(),
        }
    }
}

/// A running receiver; it stops with the test's runtime.
pub struct Receiver {
    /// The port.
    pub port: u16,
    /// The loopback address it listens on.
    pub ip: &'static str,
    /// The test CA of an HTTPS receiver.
    pki: Option<Arc<Pki>>,
    received: Arc<Mutex<Vec<Received>>>,
}

impl Receiver {
    /// The requests received so far.
    pub fn requests(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    /// The URL of `path`: `https://checkout.test:PORT/path`, or `http://127.0.0.1:PORT/path`.
    pub fn url(&self, path: &str) -> String {
        match self.pki {
            Some(_) => format!("https://{HOST}:{}{path}", self.port),
            None => format!("http://{}:{}{path}", self.ip, self.port),
        }
    }

    /// The test CA of an HTTPS receiver, to start another one trusted the same way.
    pub fn pki(&self) -> Arc<Pki> {
        self.pki.clone().expect("an HTTPS receiver")
    }

    /// What the binary needs to reach and trust it: `--ca-file` and `--resolve`.
    pub fn args(&self) -> Vec<String> {
        match &self.pki {
            Some(pki) => vec![
                "--ca-file".into(),
                pki.ca_path(),
                "--resolve".into(),
                format!("{HOST}:{}:{}", self.port, self.ip),
            ],
            None => Vec::new(),
        }
    }
}

/// Starts an HTTPS receiver with a certificate for [`HOST`] from a fresh test CA.
pub async fn start(mode: Mode) -> Receiver {
    start_with_ca(mode, Arc::new(Pki::new())).await
}

/// Starts an HTTPS receiver with a certificate for [`HOST`] from `pki`.
pub async fn start_with_ca(mode: Mode, pki: Arc<Pki>) -> Receiver {
    start_tls_on("127.0.0.1", mode, pki).await
}

/// An HTTPS receiver on another loopback address (127.0.0.2...).
pub async fn start_tls_on(ip: &'static str, mode: Mode, pki: Arc<Pki>) -> Receiver {
    let served = pki.leaf(&Leaf::default(), true);
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(served.chain, served.key)
    .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    listen(ip, mode, Some((pki, acceptor))).await
}

/// Starts a plain HTTP receiver on 127.0.0.1.
pub async fn start_http(mode: Mode) -> Receiver {
    listen("127.0.0.1", mode, None).await
}

async fn listen(
    ip: &'static str,
    mode: Mode,
    tls: Option<(Arc<Pki>, tokio_rustls::TlsAcceptor)>,
) -> Receiver {
    let listener = TcpListener::bind((ip, 0)).await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let received = Arc::new(Mutex::new(Vec::new()));
    let log = received.clone();
    let (pki, acceptor) = match tls {
        Some((pki, acceptor)) => (Some(pki), Some(acceptor)),
        None => (None, None),
    };
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let (mode, log, acceptor) = (mode.clone(), log.clone(), acceptor.clone());
            tokio::spawn(async move {
                if matches!(mode, Mode::Reset) {
                    // Closing with SO_LINGER 0 sends RST instead of FIN.
                    let _ = tcp.set_zero_linger();
                }
                let _ = match acceptor {
                    Some(acceptor) => match acceptor.accept(tcp).await {
                        Ok(tls) => serve(tls, mode, log).await,
                        Err(_) => Ok(()),
                    },
                    None => serve(tcp, mode, log).await,
                };
            });
        }
    });
    Receiver {
        port,
        ip,
        pki,
        received,
    }
}

async fn serve<S: AsyncRead + AsyncWrite + Unpin>(
    mut stream: S,
    mode: Mode,
    log: Arc<Mutex<Vec<Received>>>,
) -> std::io::Result<()> {
    let Some(req) = read_request(&mut stream).await? else {
        return Ok(());
    };
    log.lock().unwrap().push(req.clone());
    let refused = || {
        (
            401,
            Vec::new(),
            "{\"error\":\"invalid signature\"}".to_owned(),
        )
    };
    let (status, headers, body) = match mode {
        Mode::ValidatingLowerCase {
            secret,
            tolerance_secs,
        } => {
            let mut lowered = req.clone();
            for (k, v) in &mut lowered.query {
                if k == "data.id" {
                    *v = v.to_lowercase();
                }
            }
            if validate(&lowered, &secret, tolerance_secs) {
                (200, Vec::new(), "{\"ok\":true}".to_owned())
            } else {
                refused()
            }
        }
        Mode::PaymentsOnly { secret } => {
            let topic = req
                .query
                .iter()
                .find(|(k, _)| k == "type")
                .map(|(_, v)| v.as_str());
            if topic != Some("payment") {
                (400, Vec::new(), "{\"error\":\"unknown topic\"}".to_owned())
            } else if validate(&req, &secret, None) {
                (200, Vec::new(), "{\"ok\":true}".to_owned())
            } else {
                refused()
            }
        }
        Mode::Validating {
            secret,
            tolerance_secs,
        } => {
            if validate(&req, &secret, tolerance_secs) {
                (200, Vec::new(), "{\"ok\":true}".to_owned())
            } else {
                (
                    401,
                    Vec::new(),
                    "{\"error\":\"invalid signature\"}".to_owned(),
                )
            }
        }
        Mode::AcceptAll => (200, Vec::new(), String::new()),
        Mode::Fixed {
            status,
            headers,
            body,
        } => (status, headers, body),
        Mode::Late(delay) => {
            tokio::time::sleep(delay).await;
            (200, Vec::new(), String::new())
        }
        Mode::Stall => {
            tokio::time::sleep(Duration::from_secs(3600)).await;
            return Ok(());
        }
        Mode::Reset => {
            drop(stream);
            return Ok(());
        }
    };
    let mut head = format!(
        "HTTP/1.1 {status} X\r\ncontent-length: {}\r\nconnection: close\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(body.as_bytes()).await?;
    stream.shutdown().await
}

async fn read_request<S: AsyncRead + Unpin>(stream: &mut S) -> std::io::Result<Option<Received>> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(None);
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut first = lines.next().unwrap_or("").split(' ');
    let method = first.next().unwrap_or("").to_owned();
    let target = first.next().unwrap_or("").to_owned();
    let headers: HashMap<String, String> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let len: usize = headers
        .get("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut body = buf[head_end..].to_vec();
    while body.len() < len {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    let query = url::Url::parse(&format!("http://receiver{target}"))
        .map(|u| {
            u.query_pairs()
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect()
        })
        .unwrap_or_default();
    Ok(Some(Received {
        method,
        target,
        query,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    }))
}

/// The validation of Mercado Pago's SDK `WebhookSignatureValidator`, following the docs:
/// split `x-signature` on `,`, each part on the first `=`, keep `ts` and `v1` (ignoring other
/// keys); the manifest `id:<data.id of the query>;request-id:<x-request-id>;ts:<ts>;` leaves
/// out absent values; HMAC-SHA256 with the secret, lowercase hex, compared with `v1`. The id
/// is used in its original case (SDK-go's fix of June 2026).
fn validate(req: &Received, secret: &str, tolerance_secs: Option<u64>) -> bool {
    let Some(signature) = req.headers.get("x-signature") else {
        return false;
    };
    let mut ts = None;
    let mut v1 = None;
    for part in signature.split(',') {
        if let Some((k, v)) = part.split_once('=') {
            match k.trim() {
                "ts" => ts = Some(v.trim().to_owned()),
                "v1" => v1 = Some(v.trim().to_owned()),
                _ => {}
            }
        }
    }
    let (Some(ts), Some(v1)) = (ts, v1) else {
        return false;
    };
    let data_id = req
        .query
        .iter()
        .find(|(k, _)| k == "data.id")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let request_id = req.headers.get("x-request-id").cloned().unwrap_or_default();
    let mut manifest = String::new();
    if !data_id.is_empty() {
        manifest += &format!("id:{data_id};");
    }
    if !request_id.is_empty() {
        manifest += &format!("request-id:{request_id};");
    }
    manifest += &format!("ts:{ts};");
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(manifest.as_bytes());
    let expected = hex::encode(mac.finalize().into_bytes());
    // Constant-time in the SDKs; equality is enough for a test receiver.
    if expected != v1.to_ascii_lowercase() {
        return false;
    }
    if let Some(tolerance) = tolerance_secs {
        let Ok(ts) = ts.parse::<i64>() else {
            return false;
        };
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64;
        if (now - ts).unsigned_abs() > tolerance {
            return false;
        }
    }
    true
}
