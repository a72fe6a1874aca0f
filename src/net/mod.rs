//! What the API client and the probe client share: the per-port clients (user agent,
//! timeouts, trust roots, `--resolve` pins), and turning transport errors into plain words.

pub mod addr;
pub mod cert;
pub mod legacy;
pub mod plain;
pub mod probe;
pub mod tls;

use crate::tr;
use std::collections::HashMap;
use std::error::Error as _;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use url::Url;

use rustls::RootCertStore;
use rustls_pki_types::CertificateDer;

pub use addr::Resolve;

/// `User-Agent` of every request.
pub const USER_AGENT: &str = concat!("mp-golive/", env!("CARGO_PKG_VERSION"));

/// What every connection of a run shares, built once by the command: the per-request
/// timeout, the trust roots and the `--resolve` pins. The API client, the probe client, the
/// TLS inspection and the raw probes all take this, never the whole configuration.
#[derive(Debug, Clone)]
pub struct NetOptions {
    /// Per-request (and per-connection) timeout.
    pub timeout: Duration,
    /// The Mozilla roots (identical on every machine, so verdicts are reproducible) plus
    /// the extra ones of `--ca-file`.
    pub roots: Arc<RootCertStore>,
    /// `--resolve` pins, as curl means them.
    pub pins: Arc<Vec<Resolve>>,
}

impl NetOptions {
    /// Options with the Mozilla roots plus `extra_roots`.
    pub fn new(
        timeout: Duration,
        extra_roots: &[CertificateDer<'static>],
        pins: Vec<Resolve>,
    ) -> Self {
        let mut roots = RootCertStore::empty();
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        for cert in extra_roots {
            let _ = roots.add(cert.clone());
        }
        NetOptions {
            timeout,
            roots: Arc::new(roots),
            pins: Arc::new(pins),
        }
    }
}

/// The rustls configuration every client uses: the run's roots, HTTP/2 or HTTP/1.1.
pub fn tls_config(net: &NetOptions) -> Result<rustls::ClientConfig, rustls::Error> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_root_certificates(net.roots.clone())
        .with_no_client_auth();
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(config)
}

/// The addresses each `(host, port)` resolved to in this run, for messages.
type Seen = Arc<Mutex<HashMap<(String, u16), Vec<SocketAddr>>>>;

/// The reqwest clients of a run, one per port connected to. reqwest's own override maps a
/// host to addresses whatever the port (and, for a URL without a port, connects to the
/// override's port), which cannot express curl's `--resolve HOST:PORT:ADDR`; so every
/// client resolves through [`addr::lookup`] for the one port it serves, and a request picks
/// the client of its URL's port. Clones share the clients and their connection pools.
#[derive(Clone)]
pub struct HttpClients {
    timeout: Duration,
    tls: rustls::ClientConfig,
    pins: Arc<Vec<Resolve>>,
    by_port: Arc<Mutex<HashMap<u16, reqwest::Client>>>,
    seen: Seen,
}

impl HttpClients {
    /// The clients of a run: the user agent, the timeout, the trust roots and the pins of
    /// `net`; no redirect is ever followed by reqwest (callers follow them, or not).
    pub fn new(net: &NetOptions) -> Result<Self, rustls::Error> {
        Ok(HttpClients {
            timeout: net.timeout,
            tls: tls_config(net)?,
            pins: net.pins.clone(),
            by_port: Default::default(),
            seen: Default::default(),
        })
    }

    /// Clients that connect `host:port` only to `addrs` (addresses a check has judged), with
    /// every other pin kept. New clients: connections already open are not reused.
    pub fn pinned(&self, host: &str, addrs: &[SocketAddr]) -> Self {
        let host = addr::normalize_host(host);
        let mut pins: Vec<Resolve> = addrs
            .iter()
            .map(|a| Resolve {
                host: host.clone(),
                port: a.port(),
                addr: a.ip(),
            })
            .collect();
        // The judged addresses come first; any pin of the user's for the same host and port
        // is where they came from, so keeping it changes nothing.
        pins.extend(self.pins.iter().cloned());
        HttpClients {
            timeout: self.timeout,
            tls: self.tls.clone(),
            pins: Arc::new(pins),
            by_port: Default::default(),
            seen: self.seen.clone(),
        }
    }

    /// The client for `url`'s port.
    pub fn for_url(&self, url: &Url) -> Result<reqwest::Client, String> {
        let port = url
            .port_or_known_default()
            .ok_or_else(|| format!("{url} has no port"))?;
        let mut clients = self.by_port.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(c) = clients.get(&port) {
            return Ok(c.clone());
        }
        let client = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .timeout(self.timeout)
            .connect_timeout(self.timeout)
            .tls_backend_preconfigured(self.tls.clone())
            .redirect(reqwest::redirect::Policy::none())
            .dns_resolver(Arc::new(PortResolver {
                port,
                pins: self.pins.clone(),
                timeout: self.timeout,
                seen: self.seen.clone(),
            }))
            .build()
            .map_err(|e| format!("cannot build the HTTP client: {e}"))?;
        clients.insert(port, client.clone());
        Ok(client)
    }

    /// Where `url` connects, as a message says it: `127.0.0.1:8443` when one address was
    /// used, else `host:port`.
    pub fn peer(&self, url: &Url) -> String {
        let host = url.host_str().unwrap_or("?");
        let port = url.port_or_known_default().unwrap_or(0);
        let bare = addr::normalize_host(host);
        if let Ok(ip) = bare.parse::<std::net::IpAddr>() {
            return SocketAddr::new(ip, port).to_string();
        }
        let seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        match seen.get(&(bare.clone(), port)).map(Vec::as_slice) {
            Some([one]) => one.to_string(),
            _ => format!("{bare}:{port}"),
        }
    }

    /// A transport failure of a request to `url` in plain words (see [`describe_error`]).
    pub fn describe(&self, err: &reqwest::Error, url: &Url, timeout: Duration) -> String {
        let host = url.host_str().map(addr::normalize_host).unwrap_or_default();
        describe_error(
            err,
            &Peer {
                addr: self.peer(url),
                host,
                tls: url.scheme() == "https",
            },
            timeout,
        )
    }
}

/// Resolves every name for one port, through the run's pins.
struct PortResolver {
    port: u16,
    pins: Arc<Vec<Resolve>>,
    timeout: Duration,
    seen: Seen,
}

impl reqwest::dns::Resolve for PortResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().to_owned();
        let (port, pins, timeout, seen) = (
            self.port,
            self.pins.clone(),
            self.timeout,
            self.seen.clone(),
        );
        Box::pin(async move {
            let (addrs, source) = addr::lookup(&host, port, &pins, timeout).await?;
            addr::log_resolved(&host, port, &addrs, source);
            seen.lock()
                .unwrap_or_else(|p| p.into_inner())
                .insert((addr::normalize_host(&host), port), addrs.clone());
            Ok(Box::new(addrs.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

/// Who a failed request talked to, for its message.
#[derive(Debug, Clone)]
pub struct Peer {
    /// `127.0.0.1:8443`, or `host:port` when the address is not known.
    pub addr: String,
    /// The host name the certificate must name.
    pub host: String,
    /// The request was https.
    pub tls: bool,
}

/// A transport failure in plain words, read from the typed error chain, never a library's
/// message alone: "connection refused by 127.0.0.1:8443", "127.0.0.1:80 answered plain
/// HTTP (or another protocol), not TLS", "the certificate is issued by a CA this machine
/// does not trust (...)".
pub fn describe_error(err: &reqwest::Error, peer: &Peer, timeout: Duration) -> String {
    let lang = crate::i18n::transport_lang();
    let at = peer.addr.as_str();
    if err.is_timeout() {
        let secs = human_secs(timeout);
        return if err.is_connect() {
            tr!(lang, "net-connect-timeout", at = at, secs = secs)
        } else {
            tr!(lang, "net-answer-timeout", at = at, secs = secs)
        };
    }
    let phase = if !err.is_connect() {
        "sent"
    } else if peer.tls {
        "tls"
    } else {
        "none"
    };
    let mut source = err.source();
    let mut last_text = None;
    while let Some(e) = source {
        if let Some(u) = e.downcast_ref::<addr::Unreachable>() {
            return u.to_string();
        }
        if let Some(tls) = find_rustls(e) {
            return tls_words(tls, peer);
        }
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind::*;
            match io.kind() {
                ConnectionRefused => return tr!(lang, "net-refused", at = at),
                ConnectionReset => return tr!(lang, "net-reset", at = at, phase = phase),
                ConnectionAborted => return tr!(lang, "net-aborted", at = at, phase = phase),
                UnexpectedEof => return tr!(lang, "net-closed", at = at, phase = phase),
                _ => {}
            }
        }
        let text = e.to_string();
        if text.contains("dns error") || text.contains("failed to lookup address") {
            return tr!(lang, "net-no-dns", at = at);
        }
        // hyper's words for a server that does not speak HTTP/1.1 or HTTP/2.
        if text.contains("invalid HTTP")
            || text.contains("http2 error")
            || text.contains("frame with invalid size")
        {
            return tr!(lang, "net-not-http", at = at, text = text);
        }
        // hyper-util's words when the server closed the connection before the request
        // could go out ("connection was not ready"), or while it waited for the answer.
        if text.contains("connection closed before message completed")
            || text.contains("connection was not ready")
        {
            return tr!(lang, "net-closed-without-answer", at = at);
        }
        last_text = Some(text);
        source = e.source();
    }
    match last_text {
        Some(t) => format!("{at}: {t}"),
        None => format!("{at}: {err}"),
    }
}

/// The rustls error in `e`, itself or wrapped in I/O errors (an I/O error's `source()` skips
/// the error it wraps, so it is unwrapped by hand).
pub fn find_rustls<'a>(e: &'a (dyn std::error::Error + 'static)) -> Option<&'a rustls::Error> {
    if let Some(tls) = e.downcast_ref::<rustls::Error>() {
        return Some(tls);
    }
    let io = e.downcast_ref::<std::io::Error>()?;
    find_rustls(io.get_ref()?)
}

/// A rustls error in words a merchant can act on.
pub fn tls_words(e: &rustls::Error, peer: &Peer) -> String {
    use rustls::{CertificateError as C, Error as E, InvalidMessage};
    let lang = crate::i18n::transport_lang();
    let (at, host) = (peer.addr.as_str(), peer.host.as_str());
    match e {
        E::InvalidMessage(InvalidMessage::InvalidContentType)
        | E::InvalidMessage(InvalidMessage::UnknownProtocolVersion) => {
            tr!(lang, "net-tls-plain", at = at)
        }
        E::InvalidCertificate(c) => match c {
            C::UnknownIssuer => tr!(lang, "net-tls-unknown-issuer", host = host),
            C::Expired | C::ExpiredContext { .. } => tr!(lang, "net-tls-expired", host = host),
            C::NotValidYet | C::NotValidYetContext { .. } => {
                tr!(lang, "net-tls-not-yet-valid", host = host)
            }
            C::NotValidForName | C::NotValidForNameContext { .. } => {
                tr!(lang, "net-tls-wrong-name", at = at, host = host)
            }
            C::Revoked => tr!(lang, "net-tls-revoked", host = host),
            other => tr!(
                lang,
                "net-tls-not-verified",
                host = host,
                detail = format!("{other:?}")
            ),
        },
        E::AlertReceived(alert) => {
            tr!(lang, "net-tls-alert", at = at, alert = format!("{alert:?}"))
        }
        E::PeerIncompatible(why) => {
            tr!(
                lang,
                "net-tls-incompatible",
                at = at,
                detail = format!("{why:?}")
            )
        }
        E::NoCertificatesPresented => tr!(lang, "net-tls-no-certificate", at = at),
        other => tr!(lang, "net-tls-failed", at = at, detail = other.to_string()),
    }
}

/// `10 s`, `0.5 s`.
pub fn human_secs(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s.fract() == 0.0 {
        format!("{s:.0} s")
    } else {
        format!("{s:.1} s")
    }
}
