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

/// Why an address cannot be reached from the internet, or None for a public one. Mercado
/// Pago delivers notifications from its own network, so none of these can receive them.
pub fn non_public(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, c, _] = v4.octets();
            if v4.is_loopback() {
                Some("loopback")
            } else if v4.is_private() {
                Some("private (RFC 1918)")
            } else if v4.is_link_local() {
                Some("link-local")
            } else if a == 100 && (64..128).contains(&b) {
                Some("carrier-grade NAT (RFC 6598)")
            } else if a == 0 || v4.is_unspecified() {
                Some("unspecified")
            } else if v4.is_broadcast() || a >= 240 {
                Some("reserved")
            } else if v4.is_multicast() {
                Some("multicast")
            } else if (a, b, c) == (192, 0, 2)
                || (a, b, c) == (198, 51, 100)
                || (a, b, c) == (203, 0, 113)
            {
                Some("documentation (RFC 5737)")
            } else if a == 198 && (b == 18 || b == 19) {
                Some("benchmarking (RFC 2544)")
            } else if (a, b, c) == (192, 0, 0) {
                Some("IETF protocol assignments (RFC 6890)")
            } else {
                None
            }
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return non_public(IpAddr::V4(v4));
            }
            let seg = v6.segments();
            let first = seg[0];
            let embedded = |hi: u16, lo: u16| {
                std::net::Ipv4Addr::new((hi >> 8) as u8, hi as u8, (lo >> 8) as u8, lo as u8)
            };
            // Addresses that carry an IPv4 address reach that address: judge it.
            if seg[..6] == [0; 6] && !v6.is_loopback() && !v6.is_unspecified() {
                return non_public(IpAddr::V4(embedded(seg[6], seg[7])))
                    .or(Some("IPv4-compatible (deprecated)"));
            }
            if (seg[0], seg[1]) == (0x64, 0xff9b) && seg[2..6] == [0; 4] {
                return non_public(IpAddr::V4(embedded(seg[6], seg[7])));
            }
            if first == 0x2002 {
                return non_public(IpAddr::V4(embedded(seg[1], seg[2])));
            }
            if v6.is_loopback() {
                Some("loopback")
            } else if v6.is_unspecified() {
                Some("unspecified")
            } else if first & 0xfe00 == 0xfc00 {
                Some("unique local (private)")
            } else if first & 0xffc0 == 0xfe80 {
                Some("link-local")
            } else if v6.is_multicast() {
                Some("multicast")
            } else if (first == 0x2001 && seg[1] == 0x0db8) || first & 0xfff0 == 0x3ff0 {
                Some("documentation")
            } else if first & 0xffc0 == 0xfec0 {
                Some("site-local (deprecated)")
            } else if (seg[0], seg[1]) == (0x64, 0xff9b) && seg[2] == 1 {
                Some("local-use NAT64 (RFC 8215)")
            } else if seg[..4] == [0x100, 0, 0, 0] {
                Some("discard-only (RFC 6666)")
            } else if (first, seg[1]) == (0x2001, 0) {
                Some("Teredo tunnel")
            } else {
                None
            }
        }
    }
}

/// `localhost` and its subdomains always mean this machine (RFC 6761).
pub fn is_localhost_name(host: &str) -> bool {
    let h = host.trim_end_matches('.').to_ascii_lowercase();
    h == "localhost" || h.ends_with(".localhost")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_ranges_are_named() {
        let kind = |s: &str| non_public(s.parse().unwrap());
        assert_eq!(kind("127.0.0.1"), Some("loopback"));
        assert_eq!(kind("10.1.2.3"), Some("private (RFC 1918)"));
        assert_eq!(kind("172.16.0.1"), Some("private (RFC 1918)"));
        assert_eq!(kind("192.168.1.1"), Some("private (RFC 1918)"));
        assert_eq!(kind("169.254.169.254"), Some("link-local"));
        assert_eq!(kind("100.64.0.1"), Some("carrier-grade NAT (RFC 6598)"));
        assert_eq!(kind("100.128.0.1"), None);
        assert_eq!(kind("0.0.0.0"), Some("unspecified"));
        assert_eq!(kind("::1"), Some("loopback"));
        assert_eq!(kind("fd00::1"), Some("unique local (private)"));
        assert_eq!(kind("fe80::1"), Some("link-local"));
        assert_eq!(kind("::ffff:192.168.0.1"), Some("private (RFC 1918)"));
        assert_eq!(kind("8.8.8.8"), None);
        assert_eq!(kind("2800:3f0:4001:80f::200e"), None);
        assert_eq!(kind("224.0.0.1"), Some("multicast"));
        assert_eq!(kind("255.255.255.255"), Some("reserved"));
        assert_eq!(kind("203.0.113.9"), Some("documentation (RFC 5737)"));
        assert_eq!(
            kind("192.0.0.8"),
            Some("IETF protocol assignments (RFC 6890)")
        );
        assert_eq!(kind("ff02::1"), Some("multicast"));
        assert_eq!(kind("2001:db8::1"), Some("documentation"));
        assert_eq!(kind("::ffff:127.0.0.1"), Some("loopback"));
        assert_eq!(kind("::10.0.0.1"), Some("private (RFC 1918)"));
        assert_eq!(kind("64:ff9b::10.0.0.1"), Some("private (RFC 1918)"));
        assert_eq!(kind("64:ff9b::8.8.8.8"), None);
        assert_eq!(kind("2002:c0a8:0101::1"), Some("private (RFC 1918)"));
        assert_eq!(kind("fec0::1"), Some("site-local (deprecated)"));
        assert_eq!(kind("2001:0:4136:e378::1"), Some("Teredo tunnel"));
        assert_eq!(kind("100::1"), Some("discard-only (RFC 6666)"));
        assert!(is_localhost_name("LocalHost."));
        assert!(is_localhost_name("app.localhost"));
        assert!(!is_localhost_name("localhost.shop.example"));
    }
}
