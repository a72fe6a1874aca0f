//! Where a host:port connects: a `--resolve` override, an IP literal, or the system resolver.

use std::net::{IpAddr, SocketAddr};

use crate::config::Settings;

/// Why a host could not be connected to, as the checks name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreachable {
    /// The name does not resolve.
    Dns(String),
    /// Nothing listens on the port.
    Refused,
    /// No answer within the timeout.
    Timeout,
    /// Reset, unreachable network, or another I/O failure.
    Other(String),
}

impl std::fmt::Display for Unreachable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unreachable::Dns(e) => write!(f, "DNS lookup failed ({e})"),
            Unreachable::Refused => f.write_str("connection refused"),
            Unreachable::Timeout => f.write_str("timed out"),
            Unreachable::Other(e) => f.write_str(e),
        }
    }
}

/// The addresses to try for `host:port`, honouring `--resolve` as curl does (an entry for
/// the exact port wins over one for another port of the same host).
pub async fn resolve(
    host: &str,
    port: u16,
    settings: &Settings,
) -> Result<Vec<SocketAddr>, Unreachable> {
    let host_l = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_ascii_lowercase();
    let rule = settings
        .resolve
        .iter()
        .find(|r| r.host == host_l && r.port == port)
        .or_else(|| settings.resolve.iter().find(|r| r.host == host_l));
    if let Some(r) = rule {
        return Ok(vec![SocketAddr::new(r.addr, port)]);
    }
    if let Ok(ip) = host_l.parse::<IpAddr>() {
        return Ok(vec![SocketAddr::new(ip, port)]);
    }
    let lookup = tokio::time::timeout(
        settings.timeout,
        tokio::net::lookup_host((host_l.as_str(), port)),
    )
    .await;
    match lookup {
        Err(_) => Err(Unreachable::Dns("no answer from the resolver".to_owned())),
        Ok(Err(e)) => Err(Unreachable::Dns(e.to_string())),
        Ok(Ok(addrs)) => {
            let addrs: Vec<SocketAddr> = addrs.collect();
            if addrs.is_empty() {
                Err(Unreachable::Dns("no address".to_owned()))
            } else {
                Ok(addrs)
            }
        }
    }
}

/// Opens a TCP connection to the first address that answers, within the timeout.
pub async fn connect(
    host: &str,
    port: u16,
    settings: &Settings,
) -> Result<tokio::net::TcpStream, Unreachable> {
    let addrs = resolve(host, port, settings).await?;
    let mut last = Unreachable::Refused;
    for addr in addrs {
        match tokio::time::timeout(settings.timeout, tokio::net::TcpStream::connect(addr)).await {
            Ok(Ok(stream)) => return Ok(stream),
            Ok(Err(e)) if e.kind() == std::io::ErrorKind::ConnectionRefused => {
                last = Unreachable::Refused
            }
            Ok(Err(e)) => last = Unreachable::Other(e.to_string()),
            Err(_) => last = Unreachable::Timeout,
        }
    }
    Err(last)
}
