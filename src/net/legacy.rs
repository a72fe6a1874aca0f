//! Does the server still accept TLS 1.0 or 1.1? rustls does not speak them, so a ClientHello
//! is built by hand and only the first answer is read: a ServerHello means accepted, an
//! alert or a closed connection means refused. The handshake is never finished.

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::NetOptions;
use super::addr::{Unreachable, connect};

/// TLS 1.0 on the wire.
pub const TLS1_0: u16 = 0x0301;
/// TLS 1.1 on the wire.
pub const TLS1_1: u16 = 0x0302;

/// The answer to a legacy ClientHello.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Legacy {
    /// The server answered with a ServerHello for this version.
    Accepted(u16),
    /// An alert, a closed or reset connection, or a ServerHello for a newer version.
    Refused,
}

/// Offers only `version` (with the CBC, 3DES and RSA-key-exchange suites of its time) and
/// reads the first record of the answer. `Err` says why the probe could not tell: the
/// connection failed, no answer came in time, or the answer was not TLS.
pub async fn probe(
    host: &str,
    port: u16,
    version: u16,
    net: &NetOptions,
) -> Result<Legacy, Unreachable> {
    let mut tcp = connect(host, port, net).await?;
    let at = tcp
        .peer_addr()
        .map_or_else(|_| format!("{host}:{port}"), |a| a.to_string());
    let hello = client_hello(host, version);
    let exchange = async {
        tcp.write_all(&hello).await?;
        let mut head = [0u8; 5];
        tcp.read_exact(&mut head).await?;
        let mut first = [0u8; 6];
        if head[0] == 22 {
            tcp.read_exact(&mut first).await?;
        }
        Ok::<_, std::io::Error>((head, first))
    };
    let answer = match tokio::time::timeout(net.timeout, exchange).await {
        Err(_) => {
            return Err(Unreachable::Other(format!(
                "{at} did not answer a ClientHello within {}",
                super::human_secs(net.timeout)
            )));
        }
        Ok(answer) => answer,
    };
    judge(answer, version).map_err(|why| Unreachable::Other(format!("{at} {why}")))
}

/// Reads what came back: a refusal is an alert, a closed or reset connection (how servers
/// without the old protocols hang up), or a ServerHello of a newer version; an answer that
/// is not TLS decides nothing.
fn judge(
    answer: std::io::Result<([u8; 5], [u8; 6])>,
    version: u16,
) -> Result<Legacy, &'static str> {
    use std::io::ErrorKind::*;
    let (head, body) = match answer {
        Ok(answer) => answer,
        Err(e)
            if matches!(
                e.kind(),
                UnexpectedEof | ConnectionReset | ConnectionAborted
            ) =>
        {
            return Ok(Legacy::Refused);
        }
        Err(_) => return Err("failed while answering a ClientHello"),
    };
    // A record: content type, then a version whose major byte is 3 (SSL 3 to TLS 1.3).
    if head[1] != 3 {
        return Err("answered something that is not TLS");
    }
    match head[0] {
        21 => Ok(Legacy::Refused),
        // handshake type 2 = ServerHello; then 3 bytes of length, then server_version.
        22 if body[0] == 2 => {
            let server_version = u16::from_be_bytes([body[4], body[5]]);
            if (TLS1_0..=version).contains(&server_version) {
                Ok(Legacy::Accepted(server_version))
            } else {
                Ok(Legacy::Refused)
            }
        }
        22 => Err("answered a ClientHello with an unexpected handshake message"),
        _ => Err("answered something that is not TLS"),
    }
}

/// A TLS record holding a ClientHello for `version`, with SNI when `host` is a name.
pub fn client_hello(host: &str, version: u16) -> Vec<u8> {
    // ECDHE-ECDSA/RSA-AES-CBC-SHA, RSA-AES-CBC-SHA, 3DES, and the renegotiation SCSV.
    const SUITES: [u16; 9] = [
        0xc00a, 0xc009, 0xc014, 0xc013, 0x0035, 0x002f, 0x000a, 0x0005, 0x00ff,
    ];
    let mut ext = Vec::new();
    let name = host.trim_start_matches('[').trim_end_matches(']');
    if name.parse::<std::net::IpAddr>().is_err() && !name.is_empty() {
        let n = name.as_bytes();
        let mut sni = Vec::new();
        push_u16(&mut sni, (n.len() + 3) as u16);
        sni.push(0);
        push_u16(&mut sni, n.len() as u16);
        sni.extend_from_slice(n);
        push_ext(&mut ext, 0x0000, &sni);
    }
    // supported_groups: x25519, secp256r1, secp384r1; ec_point_formats: uncompressed.
    push_ext(
        &mut ext,
        0x000a,
        &[0x00, 0x06, 0x00, 0x1d, 0x00, 0x17, 0x00, 0x18],
    );
    push_ext(&mut ext, 0x000b, &[0x01, 0x00]);

    let mut hello = Vec::new();
    push_u16(&mut hello, version);
    // The random needs no quality: the handshake is never completed.
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    hello.extend((0..32).map(|i| (seed >> ((i % 16) * 8)) as u8 ^ (i as u8).wrapping_mul(37)));
    hello.push(0); // empty session id
    push_u16(&mut hello, (SUITES.len() * 2) as u16);
    for s in SUITES {
        push_u16(&mut hello, s);
    }
    hello.extend_from_slice(&[1, 0]); // null compression
    push_u16(&mut hello, ext.len() as u16);
    hello.extend_from_slice(&ext);

    let mut handshake = vec![1u8]; // ClientHello
    handshake.extend_from_slice(&(hello.len() as u32).to_be_bytes()[1..]);
    handshake.extend_from_slice(&hello);
    let mut record = vec![22u8];
    push_u16(&mut record, TLS1_0); // record layer version, as clients send it
    push_u16(&mut record, handshake.len() as u16);
    record.extend_from_slice(&handshake);
    record
}

fn push_u16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_be_bytes());
}

fn push_ext(out: &mut Vec<u8>, kind: u16, data: &[u8]) {
    push_u16(out, kind);
    push_u16(out, data.len() as u16);
    out.extend_from_slice(data);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_hello_is_well_formed() {
        let r = client_hello("shop.example", TLS1_1);
        assert_eq!(r[0], 22);
        assert_eq!(usize::from(u16::from_be_bytes([r[3], r[4]])), r.len() - 5);
        assert_eq!(r[5], 1);
        let hs_len = u32::from_be_bytes([0, r[6], r[7], r[8]]) as usize;
        assert_eq!(hs_len, r.len() - 9);
        assert_eq!(u16::from_be_bytes([r[9], r[10]]), TLS1_1);
        assert!(r.windows(12).any(|w| w == b"shop.example"));
        assert!(
            !client_hello("127.0.0.1", TLS1_0)
                .windows(9)
                .any(|w| w == b"127.0.0.1")
        );
    }

    #[test]
    fn answers_are_judged_by_record_type_and_version() {
        let hello = |v: u16| Ok(([22, 3, 1, 0, 80], [2, 0, 0, 70, (v >> 8) as u8, v as u8]));
        assert_eq!(judge(hello(TLS1_0), TLS1_0), Ok(Legacy::Accepted(TLS1_0)));
        assert_eq!(judge(hello(TLS1_0), TLS1_1), Ok(Legacy::Accepted(TLS1_0)));
        assert_eq!(judge(hello(TLS1_1), TLS1_1), Ok(Legacy::Accepted(TLS1_1)));
        // A server that answers 1.1 to an offer of 1.0 only is not accepting 1.0.
        assert_eq!(judge(hello(TLS1_1), TLS1_0), Ok(Legacy::Refused));
        assert_eq!(judge(hello(0x0303), TLS1_1), Ok(Legacy::Refused));
        assert_eq!(judge(hello(0x0300), TLS1_1), Ok(Legacy::Refused));
        assert_eq!(
            judge(Ok(([21, 3, 1, 0, 2], [0; 6])), TLS1_0),
            Ok(Legacy::Refused)
        );
        for kind in [
            std::io::ErrorKind::UnexpectedEof,
            std::io::ErrorKind::ConnectionReset,
        ] {
            assert_eq!(
                judge(Err(kind.into()), TLS1_0),
                Ok(Legacy::Refused),
                "{kind:?}"
            );
        }
        assert!(judge(Err(std::io::ErrorKind::Other.into()), TLS1_0).is_err());
        // Plain HTTP on a TLS port: "HTTP/" is no TLS record.
        assert_eq!(
            judge(Ok((*b"HTTP/", [0; 6])), TLS1_0),
            Err("answered something that is not TLS")
        );
        assert!(judge(Ok(([23, 3, 1, 0, 2], [0; 6])), TLS1_0).is_err());
        assert!(judge(Ok(([22, 3, 1, 0, 80], [11, 0, 0, 0, 3, 1])), TLS1_0).is_err());
    }
}
