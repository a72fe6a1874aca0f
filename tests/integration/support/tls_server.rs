//! Real TLS servers on loopback with certificates made by rcgen: a test CA (root and
//! intermediate) the binary trusts through `--ca-file`, leaves for every failure case, and a
//! server that can also answer a TLS 1.0 ClientHello with a canned ServerHello.

use std::io::Write;
use std::sync::Arc;

use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, CustomExtension, DistinguishedName,
    DnType, IsCa, KeyPair, KeyUsagePurpose,
};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use time::{Duration, OffsetDateTime};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// The host name every test serves (reached through `--resolve`).
pub const HOST: &str = "checkout.test";

fn dn(cn: &str) -> DistinguishedName {
    let mut dn = DistinguishedName::new();
    dn.push(DnType::OrganizationName, "mp-golive tests");
    dn.push(DnType::CommonName, cn);
    dn
}

fn ca_params(cn: &str) -> CertificateParams {
    let mut p = CertificateParams::new(Vec::<String>::new()).expect("params");
    p.distinguished_name = dn(cn);
    p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    p.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    p.not_before = OffsetDateTime::now_utc() - Duration::days(365);
    p.not_after = OffsetDateTime::now_utc() + Duration::days(3650);
    p
}

/// A test CA: a root the binary trusts and an intermediate under it.
pub struct Pki {
    /// The intermediate that signs leaves.
    pub intermediate: CertifiedIssuer<'static, KeyPair>,
    /// The root as a PEM file, for `--ca-file`.
    pub ca_file: tempfile::NamedTempFile,
}

impl Pki {
    /// A fresh root and intermediate.
    pub fn new() -> Pki {
        Pki::named("mp-golive")
    }

    /// A fresh CA whose names start with `prefix`, so two CAs of one test differ.
    pub fn named(prefix: &str) -> Pki {
        let root = CertifiedIssuer::self_signed(
            ca_params(&format!("{prefix} Test Root")),
            KeyPair::generate().unwrap(),
        )
        .unwrap();
        let intermediate = CertifiedIssuer::signed_by(
            ca_params(&format!("{prefix} Intermediate R1")),
            KeyPair::generate().unwrap(),
            &root,
        )
        .unwrap();
        let mut ca_file = tempfile::NamedTempFile::new().unwrap();
        ca_file.write_all(root.pem().as_bytes()).unwrap();
        Pki {
            intermediate,
            ca_file,
        }
    }

    /// The `--ca-file` path.
    pub fn ca_path(&self) -> String {
        self.ca_file.path().display().to_string()
    }

    /// The intermediate's certificate, DER.
    pub fn intermediate_der(&self) -> CertificateDer<'static> {
        self.intermediate.der().clone()
    }
}

/// What a leaf looks like.
#[derive(Clone)]
pub struct Leaf {
    /// subjectAltName DNS names.
    pub sans: Vec<String>,
    /// Days from now the validity starts (negative: in the past).
    pub from_days: i64,
    /// Days from now the validity ends.
    pub until_days: i64,
    /// An AIA caIssuers URL.
    pub aia: Option<String>,
}

impl Leaf {
    /// A leaf for [`HOST`] valid from `from` days to `until` days from now.
    pub fn days(from: i64, until: i64) -> Leaf {
        Leaf {
            from_days: from,
            until_days: until,
            ..Leaf::default()
        }
    }
}

impl Default for Leaf {
    fn default() -> Self {
        // A 90-day certificate with 60 days left, as Let's Encrypt issues them.
        Leaf {
            sans: vec![HOST.to_owned()],
            from_days: -30,
            until_days: 60,
            aia: None,
        }
    }
}

/// A DER AuthorityInfoAccess extension with one caIssuers URI.
fn aia_extension(url: &str) -> CustomExtension {
    fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
        let mut out = vec![tag];
        let n = content.len();
        if n < 128 {
            out.push(n as u8);
        } else if n < 256 {
            out.extend_from_slice(&[0x81, n as u8]);
        } else {
            out.extend_from_slice(&[0x82, (n >> 8) as u8, n as u8]);
        }
        out.extend_from_slice(content);
        out
    }
    // id-ad-caIssuers 1.3.6.1.5.5.7.48.2
    let oid = tlv(0x06, &[0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x30, 0x02]);
    let location = tlv(0x86, url.as_bytes());
    let description = tlv(0x30, &[oid, location].concat());
    let aia = tlv(0x30, &description);
    CustomExtension::from_oid_content(&[1, 3, 6, 1, 5, 5, 7, 1, 1], aia)
}

fn leaf_params(leaf: &Leaf) -> CertificateParams {
    let mut p = CertificateParams::new(leaf.sans.clone()).unwrap();
    p.distinguished_name = dn(leaf.sans.first().map(String::as_str).unwrap_or("leaf"));
    p.not_before = OffsetDateTime::now_utc() + Duration::days(leaf.from_days);
    p.not_after = OffsetDateTime::now_utc() + Duration::days(leaf.until_days);
    if let Some(url) = &leaf.aia {
        p.custom_extensions.push(aia_extension(url));
    }
    p
}

/// A certificate chain and its key, ready to serve.
pub struct Served {
    /// Leaf first.
    pub chain: Vec<CertificateDer<'static>>,
    /// The leaf's key.
    pub key: PrivateKeyDer<'static>,
}

impl Pki {
    /// A leaf signed by the intermediate; `with_intermediate` false sends the leaf alone.
    pub fn leaf(&self, leaf: &Leaf, with_intermediate: bool) -> Served {
        let key = KeyPair::generate().unwrap();
        let cert = leaf_params(leaf)
            .signed_by(&key, &self.intermediate)
            .unwrap();
        let mut chain = vec![cert.der().clone()];
        if with_intermediate {
            chain.push(self.intermediate.der().clone());
        }
        Served {
            chain,
            key: PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der())),
        }
    }
}

/// A leaf that signed itself.
pub fn self_signed(leaf: &Leaf) -> Served {
    let key = KeyPair::generate().unwrap();
    let cert = leaf_params(leaf).self_signed(&key).unwrap();
    Served {
        chain: vec![cert.der().clone()],
        key: PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der())),
    }
}

/// A self-signed certificate that says it is a CA, as `openssl req -x509` makes them
/// (webpki reports those as a CA used as an end entity, not as an unknown issuer).
pub fn self_signed_ca(leaf: &Leaf) -> Served {
    let key = KeyPair::generate().unwrap();
    let mut params = leaf_params(leaf);
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let cert = params.self_signed(&key).unwrap();
    Served {
        chain: vec![cert.der().clone()],
        key: PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der())),
    }
}

/// The HTTP answer a test server gives to every request.
#[derive(Clone)]
pub struct Reply {
    /// Status code.
    pub status: u16,
    /// Extra headers.
    pub headers: Vec<(String, String)>,
    /// Body.
    pub body: String,
}

impl Reply {
    /// 200 with an HTML body and a one-year HSTS.
    pub fn page(body: &str) -> Reply {
        Reply {
            status: 200,
            headers: vec![
                ("content-type".into(), "text/html; charset=utf-8".into()),
                (
                    "strict-transport-security".into(),
                    "max-age=31536000; includeSubDomains".into(),
                ),
            ],
            body: body.to_owned(),
        }
    }

    /// Replaces or adds a header (an empty value removes it).
    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
        if !value.is_empty() {
            self.headers.push((name.to_owned(), value.to_owned()));
        }
        self
    }

    /// The bytes on the wire.
    pub fn bytes(&self) -> Vec<u8> {
        let mut head = format!(
            "HTTP/1.1 {} X\r\ncontent-length: {}\r\nconnection: close\r\n",
            self.status,
            self.body.len()
        );
        for (n, v) in &self.headers {
            head.push_str(&format!("{n}: {v}\r\n"));
        }
        head.push_str("\r\n");
        [head.into_bytes(), self.body.clone().into_bytes()].concat()
    }
}

/// The clean checkout page: MercadoPago.js from its host, Card Payment Brick, nothing else.
pub const CLEAN_PAGE: &str = r#"<!doctype html><html><head><title>Checkout</title>
<link rel="stylesheet" href="/static/shop.css">
<script src="https://sdk.mercadopago.com/js/v2"></script></head>
<body><img src="/static/logo.png"><div id="cardPaymentBrick_container"></div>
<script>const mp = new MercadoPago('APP_USR-0a1b2c3d-1111-2222-3333-444455556666');</script>
</body></html>"#;

/// How a test TLS server behaves.
#[derive(Clone)]
pub struct ServerOptions {
    /// TLS versions offered; default 1.2 and 1.3.
    pub tls12_only: bool,
    /// Answer a TLS 1.0/1.1 ClientHello with a canned ServerHello.
    pub accept_legacy: bool,
    /// What every HTTP request gets.
    pub reply: Reply,
    /// Answer a TLS 1.0/1.1 ClientHello with these bytes instead (something not TLS).
    pub legacy_reply: Option<Vec<u8>>,
    /// Close every TLS connection after the handshake without answering the request.
    pub close_after_handshake: bool,
    /// When set, what every HTTP request gets instead of `reply`, read at each request: a
    /// test changes the page between two runs on the same URL.
    pub live: Option<Arc<std::sync::Mutex<Reply>>>,
    /// HTTP requests answered so far.
    pub requests: Arc<std::sync::atomic::AtomicUsize>,
}

impl Default for ServerOptions {
    fn default() -> Self {
        ServerOptions {
            tls12_only: false,
            accept_legacy: false,
            reply: Reply::page(CLEAN_PAGE),
            legacy_reply: None,
            close_after_handshake: false,
            live: None,
            requests: Arc::default(),
        }
    }
}

/// Starts a TLS server on 127.0.0.1 with `served`, answering every request with the reply.
/// Returns the port.
pub async fn start(served: Served, opts: ServerOptions) -> u16 {
    start_on("127.0.0.1", served, opts).await
}

/// [`start`] on another loopback address (127.0.0.2...), so that one host's ports can live
/// on different addresses, as `--resolve` pins them.
pub async fn start_on(ip: &str, served: Served, opts: ServerOptions) -> u16 {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let versions: &[&rustls::SupportedProtocolVersion] = if opts.tls12_only {
        &[&rustls::version::TLS12]
    } else {
        &[&rustls::version::TLS13, &rustls::version::TLS12]
    };
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_protocol_versions(versions)
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(served.chain, served.key)
        .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind((ip, 0)).await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((mut tcp, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            let opts = opts.clone();
            tokio::spawn(async move {
                // Read the first record to tell a legacy probe from a modern client.
                let mut head = [0u8; 5];
                if tcp.read_exact(&mut head).await.is_err() {
                    return;
                }
                let len = usize::from(u16::from_be_bytes([head[3], head[4]]));
                let mut body = vec![0u8; len];
                if tcp.read_exact(&mut body).await.is_err() {
                    return;
                }
                let client_version = if body.len() >= 6 {
                    u16::from_be_bytes([body[4], body[5]])
                } else {
                    0
                };
                if head[0] == 22 && client_version <= 0x0302 {
                    if let Some(bytes) = &opts.legacy_reply {
                        let _ = tcp.write_all(bytes).await;
                        let _ = tcp.shutdown().await;
                        return;
                    }
                    if opts.accept_legacy {
                        let _ = tcp.write_all(&canned_server_hello(client_version)).await;
                        return;
                    }
                }
                let prefix = [head.to_vec(), body].concat();
                let (r, w) = tcp.into_split();
                let io = tokio::io::join(std::io::Cursor::new(prefix).chain(r), w);
                let Ok(mut tls) = acceptor.accept(io).await else {
                    return;
                };
                if opts.close_after_handshake {
                    let _ = tls.shutdown().await;
                    return;
                }
                let mut buf = vec![0u8; 16 * 1024];
                let mut seen = Vec::new();
                while !seen.windows(4).any(|w| w == b"\r\n\r\n") {
                    match tls.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => seen.extend_from_slice(&buf[..n]),
                    }
                }
                opts.requests
                    .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let bytes = match &opts.live {
                    Some(live) => live.lock().unwrap().bytes(),
                    None => opts.reply.bytes(),
                };
                let _ = tls.write_all(&bytes).await;
                let _ = tls.shutdown().await;
            });
        }
    });
    port
}

/// A ServerHello for `version` (TLS 1.0/1.1), as an old server would send it.
fn canned_server_hello(version: u16) -> Vec<u8> {
    let mut hello = version.to_be_bytes().to_vec();
    hello.extend_from_slice(&[0x42; 32]);
    hello.push(0); // no session id
    hello.extend_from_slice(&[0xc0, 0x13]); // ECDHE-RSA-AES128-CBC-SHA
    hello.push(0); // null compression
    let mut hs = vec![2u8];
    hs.extend_from_slice(&(hello.len() as u32).to_be_bytes()[1..]);
    hs.extend_from_slice(&hello);
    let mut record = vec![22u8];
    record.extend_from_slice(&version.to_be_bytes());
    record.extend_from_slice(&(hs.len() as u16).to_be_bytes());
    record.extend_from_slice(&hs);
    record
}

impl Pki {
    /// A leaf signed by the intermediate (sent with it), with `edit` applied to its
    /// parameters first: an extended key usage, a constraint the named leaves lack.
    pub fn leaf_with(&self, leaf: &Leaf, edit: impl FnOnce(&mut CertificateParams)) -> Served {
        let key = KeyPair::generate().unwrap();
        let mut params = leaf_params(leaf);
        edit(&mut params);
        let cert = params.signed_by(&key, &self.intermediate).unwrap();
        Served {
            chain: vec![cert.der().clone(), self.intermediate.der().clone()],
            key: PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der())),
        }
    }
}

/// A key that cannot sign: its signatures are zeros. It lets a server present a
/// certificate whose real key ring refuses to use (RSA-1024): the client sees the chain,
/// then the handshake fails on the signature.
#[derive(Debug)]
struct NoKey;

#[derive(Debug)]
struct ZeroSigner(rustls::SignatureScheme);

impl rustls::sign::SigningKey for NoKey {
    fn choose_scheme(
        &self,
        offered: &[rustls::SignatureScheme],
    ) -> Option<Box<dyn rustls::sign::Signer>> {
        use rustls::SignatureScheme::{RSA_PKCS1_SHA256, RSA_PSS_SHA256};
        [RSA_PSS_SHA256, RSA_PKCS1_SHA256]
            .into_iter()
            .find(|s| offered.contains(s))
            .map(|s| Box::new(ZeroSigner(s)) as Box<dyn rustls::sign::Signer>)
    }

    fn algorithm(&self) -> rustls::SignatureAlgorithm {
        rustls::SignatureAlgorithm::RSA
    }
}

impl rustls::sign::Signer for ZeroSigner {
    fn sign(&self, _message: &[u8]) -> Result<Vec<u8>, rustls::Error> {
        Ok(vec![0; 128])
    }

    fn scheme(&self) -> rustls::SignatureScheme {
        self.0
    }
}

/// Starts a TLS server on 127.0.0.1 that presents `chain` (leaf first, an RSA key) and signs
/// the handshake with [`NoKey`], so no handshake completes. Returns the port.
pub async fn start_presenting(chain: Vec<CertificateDer<'static>>) -> u16 {
    let certified = rustls::sign::CertifiedKey::new(chain, Arc::new(NoKey));
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_cert_resolver(Arc::new(rustls::sign::SingleCertAndKey::from(certified)));
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let _ = acceptor.accept(tcp).await;
            });
        }
    });
    port
}
