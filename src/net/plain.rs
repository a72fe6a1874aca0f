//! One plain-HTTP GET over a connection of our own, for the `http://` → `https://` probe.
//! A port that is closed, one that speaks TLS, one that resets and one that answers garbage
//! mean different things (only the first is "nothing served"), and an HTTP library reports
//! them all as one error; reading the bytes tells them apart.

use crate::tr;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::NetOptions;
use super::addr::{Unreachable, connect};

/// The head of an answer is read up to this size; a longer head is not HTTP we can judge.
pub const MAX_HEAD_BYTES: usize = 16 * 1024;

/// What an `http://` URL answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plain {
    /// An HTTP answer: its status and `Location` header.
    Answered {
        /// The status code.
        status: u16,
        /// The `Location` header, as sent.
        location: Option<String>,
    },
    /// Nothing listens on the port: the connection was refused, so no page is served there.
    Closed(String),
    /// The probe could not tell what the port serves; the reason, in plain words.
    Unverified(String),
}

/// Sends `GET path` to `host:port` (pins honoured) and reads the answer's head.
pub async fn get(host: &str, port: u16, path: &str, net: &NetOptions) -> Plain {
    let mut tcp = match connect(host, port, net).await {
        Ok(tcp) => tcp,
        Err(Unreachable::Refused(at)) => {
            return Plain::Closed(tr!(
                crate::i18n::transport_lang(),
                "net-refused",
                at = at.to_string()
            ));
        }
        Err(e) => return Plain::Unverified(e.to_string()),
    };
    let at = tcp
        .peer_addr()
        .map_or_else(|_| format!("{host}:{port}"), |a| a.to_string());
    let authority = if port == 80 {
        host.to_owned()
    } else {
        format!("{host}:{port}")
    };
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: {authority}\r\nUser-Agent: {}\r\nAccept: */*\r\nConnection: close\r\n\r\n",
        super::USER_AGENT
    );
    let exchange = async {
        tcp.write_all(request.as_bytes()).await?;
        let mut buf = Vec::with_capacity(4096);
        let mut chunk = [0u8; 4096];
        loop {
            let n = tcp.read(&mut chunk).await?;
            if n == 0 {
                return Ok(buf);
            }
            buf.extend_from_slice(&chunk[..n]);
            if buf.len() >= MAX_HEAD_BYTES || buf.windows(4).any(|w| w == b"\r\n\r\n") {
                return Ok(buf);
            }
        }
    };
    match tokio::time::timeout(net.timeout, exchange).await {
        Err(_) => Plain::Unverified(format!(
            "no answer from {at} within {}",
            super::human_secs(net.timeout)
        )),
        Ok(Err(e)) => Plain::Unverified(format!("{at}: {}", super::addr::io_words(&e))),
        Ok(Ok(bytes)) => judge(&bytes, &at),
    }
}

/// Reads the head of what came back.
fn judge(bytes: &[u8], at: &str) -> Plain {
    if bytes.is_empty() {
        return Plain::Unverified(tr!(
            crate::i18n::transport_lang(),
            "net-closed-without-answer",
            at = at
        ));
    }
    // A TLS record (handshake or alert) starts with its type and a 3.x version.
    if bytes.len() >= 2 && matches!(bytes[0], 21 | 22) && bytes[1] == 3 {
        return Plain::Unverified(format!(
            "{at} answered TLS, not plain HTTP (is http_port the HTTPS port?)"
        ));
    }
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut response = httparse::Response::new(&mut headers);
    match response.parse(bytes) {
        Ok(httparse::Status::Complete(_)) => {
            let status = response.code.unwrap_or(0);
            let location = response
                .headers
                .iter()
                .find(|h| h.name.eq_ignore_ascii_case("location"))
                .map(|h| String::from_utf8_lossy(h.value).trim().to_owned());
            Plain::Answered { status, location }
        }
        Ok(httparse::Status::Partial) => Plain::Unverified(format!(
            "{at} sent an incomplete HTTP answer before closing"
        )),
        Err(_) => Plain::Unverified(tr!(
            crate::i18n::transport_lang(),
            "net-not-http-bare",
            at = at
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn j(bytes: &[u8]) -> Plain {
        judge(bytes, "127.0.0.1:80")
    }

    #[test]
    fn answers_are_told_apart() {
        assert_eq!(
            j(b"HTTP/1.1 301 Moved\r\nLocation: https://shop.test/\r\n\r\n"),
            Plain::Answered {
                status: 301,
                location: Some("https://shop.test/".into())
            }
        );
        assert_eq!(
            j(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nhi"),
            Plain::Answered {
                status: 200,
                location: None
            }
        );
        assert!(matches!(j(b""), Plain::Unverified(m) if m.contains("without answering")));
        assert!(matches!(j(&[22, 3, 3, 0, 5]), Plain::Unverified(m) if m.contains("answered TLS")));
        assert!(
            matches!(j(&[21, 3, 1, 0, 2, 2, 70]), Plain::Unverified(m) if m.contains("answered TLS"))
        );
        assert!(
            matches!(j(b"SSH-2.0-OpenSSH\r\n"), Plain::Unverified(m) if m.contains("not HTTP"))
        );
        assert!(
            matches!(j(b"HTTP/1.1 200 OK\r\nx: y"), Plain::Unverified(m) if m.contains("incomplete"))
        );
    }
}
