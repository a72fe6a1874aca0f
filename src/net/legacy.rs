//! Does the server still accept TLS 1.0 or 1.1? rustls does not speak them, so a ClientHello
//! is built by hand and only the first answer is read: a ServerHello means accepted, an
//! alert or a closed connection means refused. The handshake is never finished.

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::addr::{Unreachable, connect};
use crate::config::Settings;

/// TLS 1.0 on the wire.
pub const TLS1_0: u16 = 0x0301;
/// TLS 1.1 on the wire.
pub const TLS1_1: u16 = 0x0302;

/// The answer to a legacy ClientHello.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Legacy {
    /// The server answered with a ServerHello for this version.
    Accepted(u16),
    /// An alert, a closed connection, or a ServerHello for a newer version.
    Refused,
}

/// Offers only `version` (with the CBC, 3DES and RSA-key-exchange suites of its time) and
/// reads the first record of the answer.
pub async fn probe(
    host: &str,
    port: u16,
    version: u16,
    settings: &Settings,
) -> Result<Legacy, Unreachable> {
    let mut tcp = connect(host, port, settings).await?;
    let hello = client_hello(host, version);
    let exchange = async {
        tcp.write_all(&hello).await?;
        let mut head = [0u8; 5];
        if tcp.read_exact(&mut head).await.is_err() {
            return Ok::<_, std::io::Error>(Legacy::Refused);
        }
        let len = usize::from(u16::from_be_bytes([head[3], head[4]]));
        if head[0] != 22 || len < 6 {
            return Ok(Legacy::Refused); // 21 = alert
        }
        let mut body = vec![0u8; len.min(16 * 1024)];
        if tcp.read_exact(&mut body[..6]).await.is_err() {
            return Ok(Legacy::Refused);
        }
        // handshake type 2 = ServerHello; then 3 bytes length, then server_version.
        let server_version = u16::from_be_bytes([body[4], body[5]]);
        Ok(
            if body[0] == 2 && server_version <= version && server_version >= TLS1_0 {
                Legacy::Accepted(server_version)
            } else {
                Legacy::Refused
            },
        )
    };
    match tokio::time::timeout(settings.timeout, exchange).await {
        Ok(Ok(answer)) => Ok(answer),
        Ok(Err(_)) => Ok(Legacy::Refused),
        Err(_) => Err(Unreachable::Timeout),
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
}
