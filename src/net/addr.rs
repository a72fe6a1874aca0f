//! Where a host:port connects: a `--resolve` pin for that exact host and port (as curl
//! means it), an IP literal, or the system resolver. Every connection of a run, the reqwest
//! clients' included, is resolved here, so one rule holds everywhere.

use crate::tr;
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use super::NetOptions;

/// A `--resolve HOST:PORT:ADDR` pin: connections to exactly that host and port go to ADDR.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolve {
    /// The host name, lowercase, in punycode when it is a Unicode name.
    pub host: String,
    /// The port.
    pub port: u16,
    /// The address to connect to instead.
    pub addr: IpAddr,
}

impl Resolve {
    /// Parses `HOST:PORT:ADDR`; ADDR may be an IPv6 address, bracketed or not.
    pub fn parse(s: &str) -> Result<Resolve, String> {
        let expected = "expected HOST:PORT:ADDR, such as shop.example:443:127.0.0.1";
        let mut parts = s.splitn(3, ':');
        let (Some(host), Some(port), Some(addr)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(expected.to_owned());
        };
        // Compared in the form a parsed URL carries: lowercase, punycode for Unicode names.
        let host = match url::Host::parse(host) {
            _ if host.is_empty() || host.contains(['/', ' ', '[']) => None,
            Ok(url::Host::Domain(d)) => Some(d),
            Ok(url::Host::Ipv4(ip)) => Some(ip.to_string()),
            Ok(url::Host::Ipv6(_)) | Err(_) => None,
        }
        .ok_or_else(|| format!("`{host}` is not a host name; {expected}"))?;
        let port: u16 = port
            .parse()
            .map_err(|_| format!("`{port}` is not a port number; {expected}"))?;
        if addr.starts_with('[') != addr.ends_with(']') {
            return Err(format!("`{addr}` has an unbalanced bracket; {expected}"));
        }
        let bare = addr.trim_start_matches('[').trim_end_matches(']');
        let addr: IpAddr = bare
            .parse()
            .map_err(|_| format!("`{addr}` is not an IP address; {expected}"))?;
        Ok(Resolve { host, port, addr })
    }
}

/// Why a host could not be connected to, as the checks name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreachable {
    /// The name does not resolve.
    Dns(String),
    /// Nothing listens on the port.
    Refused(SocketAddr),
    /// No answer within the timeout.
    Timeout(SocketAddr),
    /// Reset, unreachable network, or another I/O failure.
    Other(String),
}

impl std::fmt::Display for Unreachable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let lang = crate::i18n::transport_lang();
        match self {
            Unreachable::Dns(e) => f.write_str(&tr!(lang, "net-dns-failed", detail = e.as_str())),
            Unreachable::Refused(a) => f.write_str(&tr!(lang, "net-refused", at = a.to_string())),
            Unreachable::Timeout(a) => {
                f.write_str(&tr!(lang, "net-no-answer-timeout", at = a.to_string()))
            }
            Unreachable::Other(e) => f.write_str(e),
        }
    }
}

impl std::error::Error for Unreachable {}

/// How a host name is compared with a pin: lowercase, without brackets or a final dot, and
/// in its ASCII (punycode) form, which is the form a parsed URL carries.
pub fn normalize_host(host: &str) -> String {
    let bare = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .trim_end_matches('.');
    match url::Host::parse(bare) {
        Ok(url::Host::Domain(d)) => d,
        Ok(url::Host::Ipv4(ip)) => ip.to_string(),
        Ok(url::Host::Ipv6(_)) | Err(_) => bare.to_ascii_lowercase(),
    }
}

/// The addresses the pins give for exactly `host:port`, in the order given; empty when no
/// pin names that host and port (a pin for another port of the host does not apply).
pub fn pinned(pins: &[Resolve], host: &str, port: u16) -> Vec<SocketAddr> {
    let host = normalize_host(host);
    pins.iter()
        .filter(|r| r.port == port && r.host == host)
        .map(|r| SocketAddr::new(r.addr, port))
        .collect()
}

/// Where a connection's addresses came from, as `-v` says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A `--resolve` pin (or the addresses a check judged and pinned).
    Pin,
    /// The host is an IP address.
    Literal,
    /// The system resolver.
    Dns,
}

/// The addresses to try for `host:port`: the pins for exactly that host and port, an IP
/// literal, or the system resolver within `timeout`. Names under `.invalid` never resolve
/// (RFC 6761), so they are refused without asking the resolver.
pub async fn lookup(
    host: &str,
    port: u16,
    pins: &[Resolve],
    timeout: Duration,
) -> Result<(Vec<SocketAddr>, Source), Unreachable> {
    let host_l = normalize_host(host);
    let pins = pinned(pins, &host_l, port);
    if !pins.is_empty() {
        return Ok((pins, Source::Pin));
    }
    if let Ok(ip) = host_l.parse::<IpAddr>() {
        return Ok((vec![SocketAddr::new(ip, port)], Source::Literal));
    }
    if host_l == "invalid" || host_l.ends_with(".invalid") {
        let lang = crate::i18n::transport_lang();
        return Err(Unreachable::Dns(tr!(
            lang,
            "net-dns-invalid",
            host = host_l.as_str()
        )));
    }
    let lookup = tokio::time::timeout(timeout, tokio::net::lookup_host((host_l.as_str(), port)));
    match lookup.await {
        Err(_) => Err(Unreachable::Dns(tr!(
            crate::i18n::transport_lang(),
            "net-dns-no-answer",
            host = host_l.as_str()
        ))),
        Ok(Err(e)) => Err(Unreachable::Dns(format!("{host_l}: {e}"))),
        Ok(Ok(addrs)) => {
            let addrs: Vec<SocketAddr> = addrs.collect();
            if addrs.is_empty() {
                Err(Unreachable::Dns(tr!(
                    crate::i18n::transport_lang(),
                    "net-dns-no-address",
                    host = host_l.as_str()
                )))
            } else {
                Ok((addrs, Source::Dns))
            }
        }
    }
}

/// [`lookup`] with the run's pins and timeout, logged at `-v`.
pub async fn resolve(
    host: &str,
    port: u16,
    net: &NetOptions,
) -> Result<Vec<SocketAddr>, Unreachable> {
    let (addrs, source) = lookup(host, port, &net.pins, net.timeout).await?;
    log_resolved(host, port, &addrs, source);
    Ok(addrs)
}

/// One `-v` line per connection: the host, the port and where it goes.
pub fn log_resolved(host: &str, port: u16, addrs: &[SocketAddr], source: Source) {
    let list: Vec<String> = addrs.iter().map(ToString::to_string).collect();
    let how = match source {
        Source::Pin => "pinned by --resolve",
        Source::Literal => "IP address",
        Source::Dns => "DNS",
    };
    tracing::info!(
        "connect {}:{port} -> {} ({how})",
        normalize_host(host),
        list.join(", ")
    );
}

/// Opens a TCP connection to `host:port` through [`resolve`].
pub async fn connect(
    host: &str,
    port: u16,
    net: &NetOptions,
) -> Result<tokio::net::TcpStream, Unreachable> {
    let addrs = resolve(host, port, net).await?;
    connect_to(&addrs, net.timeout).await
}

/// Opens a TCP connection to the first of `addrs` that answers, each within `timeout`.
pub async fn connect_to(
    addrs: &[SocketAddr],
    timeout: Duration,
) -> Result<tokio::net::TcpStream, Unreachable> {
    let mut last = Unreachable::Other(tr!(crate::i18n::transport_lang(), "net-no-address"));
    for &addr in addrs {
        match tokio::time::timeout(timeout, tokio::net::TcpStream::connect(addr)).await {
            Ok(Ok(stream)) => return Ok(stream),
            Ok(Err(e)) if e.kind() == std::io::ErrorKind::ConnectionRefused => {
                last = Unreachable::Refused(addr)
            }
            Ok(Err(e)) => last = Unreachable::Other(format!("{addr}: {}", io_words(&e))),
            Err(_) => last = Unreachable::Timeout(addr),
        }
    }
    Err(last)
}

/// An I/O error in plain words, without the OS error number.
pub fn io_words(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    let id = match e.kind() {
        ConnectionRefused => "net-io-refused",
        ConnectionReset => "net-io-reset",
        ConnectionAborted => "net-io-aborted",
        TimedOut => "net-io-timed-out",
        UnexpectedEof => "net-io-closed",
        NetworkUnreachable => "net-io-network-unreachable",
        HostUnreachable => "net-io-host-unreachable",
        AddrNotAvailable => "net-io-address-not-available",
        _ => "",
    };
    match id {
        "" => {
            let text = e.to_string();
            // "Connection reset by peer (os error 104)" -> "Connection reset by peer"
            match text.find(" (os error") {
                Some(i) => text[..i].to_owned(),
                None => text,
            }
        }
        id => tr!(crate::i18n::transport_lang(), id),
    }
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

    fn pin(s: &str) -> Resolve {
        Resolve::parse(s).unwrap()
    }

    #[test]
    fn hosts_are_compared_as_urls_carry_them() {
        assert_eq!(normalize_host("Shop.Example."), "shop.example");
        assert_eq!(normalize_host("[::1]"), "::1");
        assert_eq!(normalize_host("127.0.0.1"), "127.0.0.1");
        assert_eq!(normalize_host("tiendá.test"), "xn--tiend-1qa.test");
    }

    #[test]
    fn a_pin_applies_to_its_own_host_and_port_only() {
        let pins = [
            pin("shop.test:443:127.0.0.1"),
            pin("shop.test:80:127.0.0.2"),
            pin("shop.test:443:127.0.0.3"),
            pin("other.test:8443:127.0.0.4"),
        ];
        let addrs = |host, port| {
            pinned(&pins, host, port)
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
        };
        assert_eq!(addrs("shop.test", 443), ["127.0.0.1:443", "127.0.0.3:443"]);
        assert_eq!(addrs("SHOP.test", 80), ["127.0.0.2:80"]);
        assert!(addrs("shop.test", 8443).is_empty());
        assert!(addrs("www.shop.test", 443).is_empty());
        assert_eq!(addrs("other.test", 8443), ["127.0.0.4:8443"]);
    }

    #[tokio::test]
    async fn lookups_take_pins_then_literals_and_never_ask_for_invalid() {
        let pins = [pin("shop.invalid:443:127.0.0.9")];
        let t = Duration::from_secs(1);
        let (a, src) = lookup("shop.invalid", 443, &pins, t).await.unwrap();
        assert_eq!(
            (a[0].to_string().as_str(), src),
            ("127.0.0.9:443", Source::Pin)
        );
        // The same name on another port is not pinned, and .invalid never resolves.
        let e = lookup("shop.invalid", 80, &pins, t).await.unwrap_err();
        assert!(
            matches!(&e, Unreachable::Dns(m) if m.contains("never resolves")),
            "{e}"
        );
        assert!(lookup("invalid", 80, &[], t).await.is_err());
        let (a, src) = lookup("[::1]", 8080, &[], t).await.unwrap();
        assert_eq!(
            (a[0].to_string().as_str(), src),
            ("[::1]:8080", Source::Literal)
        );
        let (a, src) = lookup("10.1.2.3", 80, &[], t).await.unwrap();
        assert_eq!(
            (a, src),
            (vec!["10.1.2.3:80".parse().unwrap()], Source::Literal)
        );
    }

    #[test]
    fn unreachable_names_the_address() {
        let a: SocketAddr = "127.0.0.2:8443".parse().unwrap();
        assert_eq!(
            Unreachable::Refused(a).to_string(),
            "connection refused by 127.0.0.2:8443"
        );
        assert!(
            Unreachable::Timeout(a)
                .to_string()
                .contains("127.0.0.2:8443")
        );
        assert_eq!(
            Unreachable::Dns("x".into()).to_string(),
            "DNS lookup failed (x)"
        );
    }

    #[tokio::test]
    async fn connecting_to_a_closed_port_is_refused_by_that_address() {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let a = l.local_addr().unwrap();
        drop(l);
        let e = connect_to(&[a], Duration::from_secs(5)).await.unwrap_err();
        assert_eq!(e, Unreachable::Refused(a));
        let e = connect_to(&[], Duration::from_secs(5)).await.unwrap_err();
        assert!(matches!(e, Unreachable::Other(_)));
    }

    #[test]
    fn io_errors_in_words() {
        use std::io::{Error, ErrorKind};
        assert_eq!(
            io_words(&ErrorKind::ConnectionReset.into()),
            "connection reset"
        );
        assert_eq!(
            io_words(&ErrorKind::UnexpectedEof.into()),
            "the connection was closed"
        );
        assert_eq!(io_words(&Error::other("Broken (os error 32)")), "Broken");
    }

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
