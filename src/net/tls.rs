//! TLS inspection with tokio-rustls and a verifier that records instead of refusing: the
//! chain the server sent, the stapled OCSP answer and rustls's verdict are kept even when
//! the certificate is bad, so every problem can be explained. Nothing is ever sent on an
//! inspection connection.

use crate::tr;
use std::sync::{Arc, Mutex};

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};

use std::net::SocketAddr;

use super::NetOptions;
use super::addr::{Unreachable, connect_to, resolve};
use super::{Peer, tls_words};

/// What one handshake showed.
#[derive(Debug, Clone)]
pub struct Handshake {
    /// The certificates the server sent, leaf first.
    pub chain: Vec<CertificateDer<'static>>,
    /// A stapled OCSP answer came with the certificate.
    pub ocsp_stapled: bool,
    /// rustls's verdict on the chain for this host, against the trusted roots.
    pub verdict: Option<Result<(), rustls::Error>>,
    /// `TLS 1.3`, `TLS 1.2`, when the handshake completed.
    pub protocol: Option<&'static str>,
    /// The negotiated cipher suite, such as `TLS13_AES_128_GCM_SHA256`.
    pub cipher: Option<String>,
    /// Why the handshake failed, when it did (after the certificate was recorded, or before).
    pub failure: Option<String>,
}

/// What the verifier saw: the chain (leaf first), whether OCSP was stapled, the verdict.
type Seen = (
    Vec<CertificateDer<'static>>,
    bool,
    Result<(), rustls::Error>,
);

#[derive(Debug)]
struct Recorder {
    inner: Arc<WebPkiServerVerifier>,
    seen: Mutex<Option<Seen>>,
}

impl ServerCertVerifier for Recorder {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let verdict = self
            .inner
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
            .map(|_| ());
        let mut chain = vec![end_entity.clone().into_owned()];
        chain.extend(intermediates.iter().map(|c| c.clone().into_owned()));
        if let Ok(mut seen) = self.seen.lock() {
            *seen = Some((chain, !ocsp_response.is_empty(), verdict));
        }
        // Accepted here only to see the rest of the handshake; the verdict is reported.
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// A verifier of the same trust as the inspection, for re-checking a chain completed
/// with a fetched intermediate.
pub fn verifier(net: &NetOptions) -> Result<Arc<WebPkiServerVerifier>, String> {
    WebPkiServerVerifier::builder_with_provider(
        net.roots.clone(),
        Arc::new(rustls::crypto::ring::default_provider()),
    )
    .build()
    .map_err(|e| e.to_string())
}

/// Connects to `host:port` and performs a TLS handshake offering `versions`, recording what
/// the server presents.
pub async fn inspect(
    host: &str,
    port: u16,
    net: &NetOptions,
    versions: &[&'static rustls::SupportedProtocolVersion],
) -> Result<Handshake, Unreachable> {
    let addrs = resolve(host, port, net).await?;
    inspect_at(host, &addrs, net, versions).await
}

/// [`inspect`] on addresses already resolved (and judged) by the caller, so the handshake
/// goes where the caller looked, not to a second DNS answer.
pub async fn inspect_at(
    host: &str,
    addrs: &[SocketAddr],
    net: &NetOptions,
    versions: &[&'static rustls::SupportedProtocolVersion],
) -> Result<Handshake, Unreachable> {
    let recorder = Arc::new(Recorder {
        inner: verifier(net).map_err(Unreachable::Other)?,
        seen: Mutex::new(None),
    });
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_protocol_versions(versions)
    .map_err(|e| Unreachable::Other(e.to_string()))?
    .dangerous()
    .with_custom_certificate_verifier(recorder.clone())
    .with_no_client_auth();
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    let name = ServerName::try_from(bare.to_owned())
        .map_err(|e| Unreachable::Other(format!("`{host}` is not a valid TLS server name: {e}")))?;
    let tcp = connect_to(addrs, net.timeout).await?;
    let peer = Peer {
        addr: tcp
            .peer_addr()
            .map_or_else(|_| host.to_owned(), |a| a.to_string()),
        host: bare.to_owned(),
        tls: true,
    };
    let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
    let result = tokio::time::timeout(net.timeout, connector.connect(name, tcp)).await;
    let mut timed_out = false;
    let (protocol, cipher, failure) = match result {
        Err(_) => {
            timed_out = true;
            (
                None,
                None,
                Some(format!(
                    "{} did not complete the TLS handshake within {}",
                    peer.addr,
                    super::human_secs(net.timeout)
                )),
            )
        }
        Ok(Err(e)) => (None, None, Some(handshake_error(&e, &peer))),
        Ok(Ok(stream)) => {
            let conn = stream.get_ref().1;
            let protocol = conn.protocol_version().map(|v| match v {
                rustls::ProtocolVersion::TLSv1_3 => "TLS 1.3",
                rustls::ProtocolVersion::TLSv1_2 => "TLS 1.2",
                _ => "TLS (other)",
            });
            let cipher = conn
                .negotiated_cipher_suite()
                .map(|s| format!("{:?}", s.suite()));
            (protocol, cipher, None)
        }
    };
    let seen = recorder.seen.lock().ok().and_then(|mut s| s.take());
    let (chain, ocsp_stapled, verdict) = match seen {
        Some((chain, ocsp, verdict)) => (chain, ocsp, Some(verdict)),
        None => (Vec::new(), false, None),
    };
    if chain.is_empty() && timed_out {
        return Err(Unreachable::Other(failure.unwrap_or_default()));
    }
    Ok(Handshake {
        chain,
        ocsp_stapled,
        verdict,
        protocol,
        cipher,
        failure,
    })
}

/// The error of a tokio-rustls handshake in plain words.
fn handshake_error(e: &std::io::Error, peer: &Peer) -> String {
    if let Some(tls) = e
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<rustls::Error>())
    {
        return tls_words(tls, peer);
    }
    match e.kind() {
        std::io::ErrorKind::UnexpectedEof => {
            format!(
                "{} closed the connection during the TLS handshake",
                peer.addr
            )
        }
        std::io::ErrorKind::ConnectionReset => {
            tr!(
                crate::i18n::transport_lang(),
                "net-reset",
                at = peer.addr.as_str(),
                phase = "tls"
            )
        }
        _ => format!("{}: {}", peer.addr, super::addr::io_words(e)),
    }
}
