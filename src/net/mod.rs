//! What the API client and the probe client share: one builder (user agent, timeouts,
//! trust roots, `--resolve` overrides), and turning transport errors into short reasons.

pub mod addr;
pub mod cert;
pub mod legacy;
pub mod probe;
pub mod tls;

use std::error::Error as _;
use std::net::SocketAddr;
use std::sync::Arc;

use crate::config::Settings;

/// `User-Agent` of every request.
pub const USER_AGENT: &str = concat!("mp-golive/", env!("CARGO_PKG_VERSION"));

/// The rustls configuration every client uses: the Mozilla roots (identical on every
/// machine, so verdicts are reproducible) plus `--ca-file`.
pub fn tls_config(settings: &Settings) -> Result<rustls::ClientConfig, rustls::Error> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_root_certificates(tls::roots(settings))
        .with_no_client_auth();
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(config)
}

/// A client builder with everything both clients share. Callers add what differs
/// (redirect policy, credentials).
pub fn client_builder(settings: &Settings) -> Result<reqwest::ClientBuilder, rustls::Error> {
    let mut builder = reqwest::Client::builder()
        .user_agent(USER_AGENT)
        .timeout(settings.timeout)
        .connect_timeout(settings.timeout)
        .tls_backend_preconfigured(tls_config(settings)?);
    for r in &settings.resolve {
        // reqwest uses the URL's own port; the override picks the address.
        builder = builder.resolve(&r.host, SocketAddr::new(r.addr, r.port));
    }
    Ok(builder)
}

/// A short, human reason for a transport failure, read from the typed error chain:
/// "connection refused", "no answer within 10 s", "TLS: invalid peer certificate: …".
pub fn describe_error(err: &reqwest::Error, timeout: std::time::Duration) -> String {
    if err.is_timeout() {
        return format!("no answer within {}", human_secs(timeout));
    }
    let mut source = err.source();
    while let Some(e) = source {
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind::*;
            let what = match io.kind() {
                ConnectionRefused => Some("connection refused"),
                ConnectionReset => Some("connection reset by the server"),
                ConnectionAborted => Some("connection aborted"),
                TimedOut => Some("connection timed out"),
                UnexpectedEof => Some("the server closed the connection"),
                _ => None,
            };
            if let Some(what) = what {
                return what.to_owned();
            }
            if let Some(inner) = io.get_ref()
                && let Some(tls) = inner.downcast_ref::<rustls::Error>()
            {
                return format!("TLS: {tls}");
            }
        }
        if let Some(tls) = e.downcast_ref::<rustls::Error>() {
            return format!("TLS: {tls}");
        }
        let text = e.to_string();
        if text.contains("dns error") || text.contains("failed to lookup address") {
            return "DNS lookup failed: the host name does not resolve".to_owned();
        }
        if e.source().is_none() {
            return text;
        }
        source = e.source();
    }
    err.to_string()
}

/// `10 s`, `0.5 s`.
pub fn human_secs(d: std::time::Duration) -> String {
    let s = d.as_secs_f64();
    if s.fract() == 0.0 {
        format!("{s:.0} s")
    } else {
        format!("{s:.1} s")
    }
}
