//! `checkout-tls` against real TLS servers on loopback, with rcgen certificates: every
//! finding code appears when it should and stays quiet when it should not.

use crate::common::{Output, mp_golive, with_config};
use crate::support::raw_tcp::{self, Behaviour};
use crate::support::tls_server::{self, HOST, Leaf, Pki, Reply, ServerOptions};

/// What a test's http:// port does.
pub enum Http {
    /// 301 to the https:// page on the same host.
    Redirect,
    /// Answers these bytes.
    Bytes(Vec<u8>),
}

/// Runs `check --only <checks>` against the server on `port`, trusting `ca`.
pub async fn run_against(port: u16, ca: &str, checks: &str, http: Http, extra: &[&str]) -> Output {
    let url = format!("https://{HOST}:{port}/checkout");
    let http_bytes = match http {
        Http::Redirect => format!("HTTP/1.1 301 Moved\r\nlocation: {url}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n").into_bytes(),
        Http::Bytes(b) => b,
    };
    let http_server = raw_tcp::start(Behaviour::Bytes(http_bytes)).await;
    let http_port = http_server.url.rsplit(':').next().unwrap().to_owned();
    let dir = with_config(&format!("[checks.checkout-tls]\nhttp_port = {http_port}\n"));
    let resolve = format!("{HOST}:{port}:127.0.0.1");
    let resolve_http = format!("{HOST}:{http_port}:127.0.0.1");
    mp_golive([
        "check",
        "--only",
        checks,
        "--format",
        "json",
        "--checkout-url",
        &url,
        "--ca-file",
        ca,
        "--timeout",
        "5",
    ])
    .args(["--resolve", &resolve, "--resolve", &resolve_http])
    .args(extra)
    .cwd(dir.path())
    .run_async()
    .await
}

async fn tls(pki: &Pki, leaf: &Leaf, with_intermediate: bool, opts: ServerOptions) -> Output {
    let port = tls_server::start(pki.leaf(leaf, with_intermediate), opts).await;
    run_against(port, &pki.ca_path(), "checkout-tls", Http::Redirect, &[]).await
}

fn codes(out: &Output) -> Vec<String> {
    out.codes("checkout-tls")
}

#[tokio::test]
async fn valid_certificate_passes_with_the_negotiated_details() {
    let pki = Pki::new();
    let out = tls(&pki, &Leaf::default(), true, ServerOptions::default()).await;
    out.expect_code(0);
    let c = out.check("checkout-tls");
    assert_eq!(c["status"], "pass", "{c}");
    assert!(codes(&out).is_empty(), "{c}");
    let summary = c["summary"].as_str().unwrap();
    assert!(
        summary.starts_with("TLS 1.3")
            && summary.contains("mp-golive Intermediate R1")
            && (summary.contains("expires in 59 days") || summary.contains("expires in 60 days")),
        "{summary}"
    );
}

#[tokio::test]
async fn expired_certificate() {
    let pki = Pki::new();
    let out = tls(&pki, &Leaf::days(-100, -3), true, ServerOptions::default()).await;
    out.expect_code(1);
    assert_eq!(codes(&out), ["checkout-tls/expired"]);
    assert!(out.stdout.contains("expired 3 days ago"), "{}", out.stdout);
}

#[tokio::test]
async fn not_yet_valid_certificate() {
    let pki = Pki::new();
    let out = tls(&pki, &Leaf::days(5, 90), true, ServerOptions::default()).await;
    out.expect_code(1);
    assert_eq!(codes(&out), ["checkout-tls/not-yet-valid"]);
}

#[tokio::test]
async fn expiring_soon_honours_the_window_and_halves_it_for_short_certificates() {
    let pki = Pki::new();
    let short = tls(&pki, &Leaf::days(-80, 10), true, ServerOptions::default()).await;
    short.expect_code(0);
    assert_eq!(codes(&short), ["checkout-tls/expiring-soon"]);
    assert_eq!(short.check("checkout-tls")["status"], "warn");
    // A 90-day certificate with 20 days left is inside 30 but outside the halved 15.
    let halved = tls(&pki, &Leaf::days(-70, 20), true, ServerOptions::default()).await;
    assert!(codes(&halved).is_empty(), "{:?}", codes(&halved));
    // A one-year certificate with 20 days left warns.
    let yearly = tls(&pki, &Leaf::days(-345, 20), true, ServerOptions::default()).await;
    assert_eq!(codes(&yearly), ["checkout-tls/expiring-soon"]);
    // --strict turns the warning of a required check into not ready.
    let port = tls_server::start(
        pki.leaf(&Leaf::days(-80, 10), true),
        ServerOptions::default(),
    )
    .await;
    let strict = crate::checkout_tls::run_against(
        port,
        &pki.ca_path(),
        "checkout-tls",
        Http::Redirect,
        &["--strict"],
    )
    .await;
    strict.expect_code(1);
}

#[tokio::test]
async fn wrong_host_lists_the_names_the_certificate_has() {
    let pki = Pki::new();
    let out = tls(
        &pki,
        &Leaf {
            sans: vec!["other.test".into(), "www.other.test".into()],
            ..Leaf::default()
        },
        true,
        ServerOptions::default(),
    )
    .await;
    out.expect_code(1);
    assert_eq!(codes(&out), ["checkout-tls/hostname-mismatch"]);
    assert!(
        out.stdout.contains("other.test, www.other.test"),
        "{}",
        out.stdout
    );
}

#[tokio::test]
async fn expired_and_wrong_host_are_both_reported() {
    let pki = Pki::new();
    let leaf = Leaf {
        sans: vec!["other.test".into()],
        from_days: -100,
        until_days: -1,
        aia: None,
    };
    let out = tls(&pki, &leaf, true, ServerOptions::default()).await;
    assert_eq!(
        codes(&out),
        ["checkout-tls/expired", "checkout-tls/hostname-mismatch"]
    );
}

#[tokio::test]
async fn self_signed_certificate() {
    let pki = Pki::new();
    let port = tls_server::start(
        tls_server::self_signed(&Leaf::default()),
        ServerOptions::default(),
    )
    .await;
    let out = run_against(port, &pki.ca_path(), "checkout-tls", Http::Redirect, &[]).await;
    out.expect_code(1);
    assert_eq!(codes(&out), ["checkout-tls/self-signed"]);
}

#[tokio::test]
async fn certificate_of_an_unknown_ca() {
    let pki = Pki::new();
    let other = Pki::named("Other");
    let port =
        tls_server::start(other.leaf(&Leaf::default(), true), ServerOptions::default()).await;
    let out = run_against(port, &pki.ca_path(), "checkout-tls", Http::Redirect, &[]).await;
    out.expect_code(1);
    assert_eq!(codes(&out), ["checkout-tls/unknown-issuer"]);
}

#[tokio::test]
async fn leaf_only_chain_is_incomplete_when_aia_supplies_the_intermediate() {
    let pki = Pki::new();
    let der = pki.intermediate_der().to_vec();
    let mut reply = format!("HTTP/1.1 200 OK\r\ncontent-type: application/pkix-cert\r\ncontent-length: {}\r\nconnection: close\r\n\r\n", der.len()).into_bytes();
    reply.extend_from_slice(&der);
    let aia = raw_tcp::start(Behaviour::Bytes(reply)).await;
    let aia_port = aia.url.rsplit(':').next().unwrap().to_owned();
    let leaf = Leaf {
        aia: Some(format!("http://aia.test:{aia_port}/r1.der")),
        ..Leaf::default()
    };
    let port = tls_server::start(pki.leaf(&leaf, false), ServerOptions::default()).await;
    let out = run_against(
        port,
        &pki.ca_path(),
        "checkout-tls",
        Http::Redirect,
        &["--resolve", &format!("aia.test:{aia_port}:127.0.0.1")],
    )
    .await;
    out.expect_code(1);
    assert_eq!(codes(&out), ["checkout-tls/incomplete-chain"]);
    assert!(
        out.stdout.contains("mp-golive Intermediate R1"),
        "{}",
        out.stdout
    );

    // Without an AIA URL the missing intermediate cannot be told apart: unknown issuer.
    let bare = tls(&pki, &Leaf::default(), false, ServerOptions::default()).await;
    assert_eq!(codes(&bare), ["checkout-tls/unknown-issuer"]);
    assert!(
        bare.stdout.contains("does not send the issuer"),
        "{}",
        bare.stdout
    );
}

/// An AIA server answering `body` with `status`; returns its port.
async fn aia_server(status: u16, body: &[u8]) -> String {
    let mut reply = format!("HTTP/1.1 {status} X\r\ncontent-type: application/pkix-cert\r\ncontent-length: {}\r\nconnection: close\r\n\r\n", body.len()).into_bytes();
    reply.extend_from_slice(body);
    let aia = raw_tcp::start(Behaviour::Bytes(reply)).await;
    aia.url.rsplit(':').next().unwrap().to_owned()
}

#[tokio::test]
async fn an_aia_intermediate_that_does_not_complete_the_chain_is_an_unknown_issuer() {
    let pki = Pki::new();
    // The AIA URL serves another CA's intermediate: the chain is re-verified with it and
    // still leads nowhere, so this is not an incomplete chain.
    let other = Pki::named("other");
    let aia_port = aia_server(200, &other.intermediate_der()).await;
    let leaf = Leaf {
        aia: Some(format!("http://aia.test:{aia_port}/r1.der")),
        ..Leaf::default()
    };
    let port = tls_server::start(pki.leaf(&leaf, false), ServerOptions::default()).await;
    let pin = format!("aia.test:{aia_port}:127.0.0.1");
    let out = run_against(
        port,
        &pki.ca_path(),
        "checkout-tls",
        Http::Redirect,
        &["--resolve", &pin],
    )
    .await;
    out.expect_code(1);
    assert_eq!(codes(&out), ["checkout-tls/unknown-issuer"]);

    // The AIA URL answers 404: whether the chain is merely incomplete is not verified.
    let aia_port = aia_server(404, b"").await;
    let leaf = Leaf {
        aia: Some(format!("http://aia.test:{aia_port}/r1.der")),
        ..Leaf::default()
    };
    let port = tls_server::start(pki.leaf(&leaf, false), ServerOptions::default()).await;
    let pin = format!("aia.test:{aia_port}:127.0.0.1");
    let out = run_against(
        port,
        &pki.ca_path(),
        "checkout-tls",
        Http::Redirect,
        &["--resolve", &pin],
    )
    .await;
    out.expect_code(1);
    assert_eq!(
        codes(&out),
        [
            "checkout-tls/aia-unavailable",
            "checkout-tls/unknown-issuer"
        ]
    );
    let msg = out.finding("checkout-tls", "checkout-tls/aia-unavailable")["message"].to_string();
    assert!(msg.contains("HTTP 404") && msg.contains("/r1.der"), "{msg}");
}

#[tokio::test]
async fn long_lifetime_is_info() {
    let pki = Pki::new();
    let out = tls(&pki, &Leaf::days(-10, 800), true, ServerOptions::default()).await;
    out.expect_code(0);
    assert_eq!(codes(&out), ["checkout-tls/long-lifetime"]);
    assert_eq!(out.check("checkout-tls")["status"], "pass");
}

#[tokio::test]
async fn legacy_tls_is_detected_by_the_hand_built_client_hello() {
    let pki = Pki::new();
    let out = tls(
        &pki,
        &Leaf::default(),
        true,
        ServerOptions {
            accept_legacy: true,
            ..ServerOptions::default()
        },
    )
    .await;
    out.expect_code(0);
    assert_eq!(codes(&out), ["checkout-tls/legacy-tls"]);
    assert!(out.stdout.contains("TLS 1.0 and TLS 1.1"), "{}", out.stdout);
}

#[tokio::test]
async fn tls12_only_server_is_noted() {
    let pki = Pki::new();
    let out = tls(
        &pki,
        &Leaf::default(),
        true,
        ServerOptions {
            tls12_only: true,
            ..ServerOptions::default()
        },
    )
    .await;
    out.expect_code(0);
    assert_eq!(codes(&out), ["checkout-tls/no-tls13"]);
    assert!(
        out.check("checkout-tls")["summary"]
            .as_str()
            .unwrap()
            .starts_with("TLS 1.2")
    );
}

#[tokio::test]
async fn http_must_redirect_to_https_on_the_same_host() {
    let pki = Pki::new();
    let port = tls_server::start(pki.leaf(&Leaf::default(), true), ServerOptions::default()).await;
    let ok200 = b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nhi".to_vec();
    let out = run_against(
        port,
        &pki.ca_path(),
        "checkout-tls",
        Http::Bytes(ok200),
        &[],
    )
    .await;
    out.expect_code(1);
    assert_eq!(codes(&out), ["checkout-tls/no-https-redirect"]);
    let elsewhere = b"HTTP/1.1 301 Moved\r\nlocation: https://evil.test/\r\ncontent-length: 0\r\nconnection: close\r\n\r\n".to_vec();
    let out = run_against(
        port,
        &pki.ca_path(),
        "checkout-tls",
        Http::Bytes(elsewhere),
        &[],
    )
    .await;
    assert_eq!(codes(&out), ["checkout-tls/no-https-redirect"]);
    let www = format!("HTTP/1.1 308 Moved\r\nlocation: https://www.{HOST}/checkout\r\ncontent-length: 0\r\nconnection: close\r\n\r\n").into_bytes();
    let out = run_against(port, &pki.ca_path(), "checkout-tls", Http::Bytes(www), &[]).await;
    assert!(codes(&out).is_empty(), "{:?}", codes(&out));
}

#[tokio::test]
async fn hsts_missing_or_short_warns() {
    let pki = Pki::new();
    let none = ServerOptions {
        reply: Reply::page(tls_server::CLEAN_PAGE).header("strict-transport-security", ""),
        ..ServerOptions::default()
    };
    let out = tls(&pki, &Leaf::default(), true, none).await;
    out.expect_code(0);
    assert_eq!(codes(&out), ["checkout-tls/no-hsts"]);
    let short = ServerOptions {
        reply: Reply::page(tls_server::CLEAN_PAGE)
            .header("strict-transport-security", "max-age=86400"),
        ..ServerOptions::default()
    };
    let out = tls(&pki, &Leaf::default(), true, short).await;
    assert_eq!(codes(&out), ["checkout-tls/short-hsts"]);
    assert_eq!(out.check("checkout-tls")["status"], "warn");
}

#[tokio::test]
async fn http_checkout_url_is_not_https() {
    let out = mp_golive([
        "check",
        "--only",
        "checkout-tls",
        "--format",
        "json",
        "--checkout-url",
        "http://checkout.test/pay",
    ])
    .run_async()
    .await;
    out.expect_code(1);
    assert_eq!(out.codes("checkout-tls"), ["checkout-tls/not-https"]);
}

#[tokio::test]
async fn unreachable_and_non_tls_servers() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let pki = Pki::new();
    let out = run_against(port, &pki.ca_path(), "checkout-tls", Http::Redirect, &[]).await;
    out.expect_code(1);
    assert_eq!(codes(&out), ["checkout-tls/unreachable"]);
    assert!(out.stdout.contains("connection refused"), "{}", out.stdout);

    let plain = raw_tcp::start(Behaviour::Immediate(
        b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n".to_vec(),
    ))
    .await;
    let plain_port: u16 = plain.url.rsplit(':').next().unwrap().parse().unwrap();
    let out = run_against(
        plain_port,
        &pki.ca_path(),
        "checkout-tls",
        Http::Redirect,
        &[],
    )
    .await;
    out.expect_code(1);
    assert_eq!(codes(&out), ["checkout-tls/handshake-failed"]);

    let hang = raw_tcp::start(Behaviour::Hang).await;
    let hang_port: u16 = hang.url.rsplit(':').next().unwrap().parse().unwrap();
    let out = run_against(
        hang_port,
        &pki.ca_path(),
        "checkout-tls",
        Http::Redirect,
        &["--timeout", "0.5"],
    )
    .await;
    out.expect_code(1);
    assert_eq!(codes(&out), ["checkout-tls/unreachable"]);
    assert!(
        out.stdout
            .contains("did not complete the TLS handshake within 0.5 s"),
        "{}",
        out.stdout
    );
}

/// Fixtures made once with the openssl CLI, since rcgen cannot sign with SHA-1 or make RSA
/// keys: `fixtures/sha1-root.pem` (EC P-256 root), `fixtures/sha1-leaf.pem` (EC P-256 leaf for
/// checkout.test signed with ecdsa-with-SHA1, valid until 2126) and its PKCS#8 key, and
/// `fixtures/rsa1024.pem` (a self-signed RSA-1024 certificate).
fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/integration/fixtures")
        .join(name)
}

#[tokio::test]
async fn sha1_signed_certificate_is_weak_signature() {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let leaf = CertificateDer::from_pem_file(fixture("sha1-leaf.pem")).unwrap();
    let key = PrivateKeyDer::from_pem_file(fixture("sha1-leaf.key")).unwrap();
    let port = tls_server::start(
        tls_server::Served {
            chain: vec![leaf],
            key,
        },
        ServerOptions::default(),
    )
    .await;
    let ca = fixture("sha1-root.pem").display().to_string();
    let out = run_against(port, &ca, "checkout-tls", Http::Redirect, &[]).await;
    out.expect_code(1);
    assert_eq!(
        codes(&out),
        ["checkout-tls/weak-signature", "checkout-tls/long-lifetime"]
    );
    assert!(
        out.stdout.contains("SHA-1 (ecdsa-with-SHA1)"),
        "{}",
        out.stdout
    );
}

#[test]
fn rsa_1024_key_is_weak() {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;
    // rustls (and ring) refuse to serve or verify RSA-1024, so this is read as the check reads
    // a recorded chain.
    let der = CertificateDer::from_pem_file(fixture("rsa1024.pem")).unwrap();
    let info = mp_golive::net::cert::CertInfo::parse(&der).unwrap();
    assert_eq!((info.key_type, info.key_bits), ("RSA", 1024));
    assert!(info.weak_key());
    assert!(info.self_issued);
}

#[tokio::test]
async fn self_signed_ca_certificate_is_self_signed_too() {
    let pki = Pki::new();
    let port = tls_server::start(
        tls_server::self_signed_ca(&Leaf::default()),
        ServerOptions::default(),
    )
    .await;
    let out = run_against(port, &pki.ca_path(), "checkout-tls", Http::Redirect, &[]).await;
    out.expect_code(1);
    assert_eq!(codes(&out), ["checkout-tls/self-signed"]);
}

/// A leaf of the trusted CA, for the right host and within its validity, but only for TLS
/// clients (extended key usage clientAuth): no browser accepts it from a server, and it is
/// none of the causes with a name of their own.
#[tokio::test]
async fn a_leaf_that_is_not_for_servers_is_untrusted() {
    let pki = Pki::new();
    let served = pki.leaf_with(&Leaf::default(), |p| {
        p.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::ClientAuth];
    });
    let port = tls_server::start(served, ServerOptions::default()).await;
    let out = run_against(port, &pki.ca_path(), "checkout-tls", Http::Redirect, &[]).await;
    out.expect_code(1);
    assert_eq!(out.json()["verdict"], "not_ready");
    assert_eq!(out.check("checkout-tls")["status"], "fail");
    assert_eq!(codes(&out), ["checkout-tls/untrusted"]);
    let f = out.finding("checkout-tls", "checkout-tls/untrusted");
    assert_eq!(f["severity"], "error");
    // In words, not rustls's debug text.
    assert!(
        f["message"]
            .to_string()
            .contains("not issued for server authentication"),
        "{f}"
    );
}

/// The RSA-1024 certificate as a server presents it: ring cannot sign with such a key, so
/// the server signs the handshake with zeros; the chain is judged all the same.
#[tokio::test]
async fn a_served_rsa_1024_certificate_is_weak_key() {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;
    let pki = Pki::new();
    let der = CertificateDer::from_pem_file(fixture("rsa1024.pem")).unwrap();
    let port = tls_server::start_presenting(vec![der]).await;
    let out = run_against(port, &pki.ca_path(), "checkout-tls", Http::Redirect, &[]).await;
    out.expect_code(1);
    assert_eq!(out.check("checkout-tls")["status"], "fail");
    assert!(
        codes(&out).contains(&"checkout-tls/weak-key".to_owned()),
        "{}",
        out.stdout
    );
    let f = out.finding("checkout-tls", "checkout-tls/weak-key");
    assert_eq!(f["severity"], "error");
    assert!(
        f["message"].as_str().unwrap().contains("1024-bit RSA key"),
        "{f}"
    );
    // Everything else wrong with that self-made certificate is told too: it names
    // weak.test, not checkout.test, it is its own CA, and it is valid for a century.
    assert_eq!(
        codes(&out),
        [
            "checkout-tls/hostname-mismatch",
            "checkout-tls/weak-key",
            "checkout-tls/self-signed",
            "checkout-tls/long-lifetime"
        ]
    );
}

/// A required check without its input fails: unknown is not ready.
#[test]
fn no_checkout_url_fails_not_configured() {
    let out = mp_golive(["check", "--only", "checkout-tls", "--format", "json"]).run();
    out.expect_code(1);
    assert_eq!(out.json()["verdict"], "not_ready");
    let c = out.check("checkout-tls");
    assert_eq!(c["status"], "fail", "{c}");
    assert_eq!(codes(&out), ["checkout-tls/not-configured"]);
    let f = out.finding("checkout-tls", "checkout-tls/not-configured");
    assert_eq!(f["severity"], "error");
    assert!(
        f["remedy"].as_str().unwrap().contains("--checkout-url"),
        "{f}"
    );
}

/// A server that accepts and never answers, a per-request timeout longer than the run's
/// deadline: the check cannot finish, whatever the machine's speed.
#[tokio::test]
async fn a_server_that_never_answers_meets_the_deadline() {
    let pki = Pki::new();
    let hang = raw_tcp::start(Behaviour::Hang).await;
    let port: u16 = hang.url.rsplit(':').next().unwrap().parse().unwrap();
    let out = run_against(
        port,
        &pki.ca_path(),
        "checkout-tls",
        Http::Redirect,
        &["--timeout", "60", "--deadline", "1"],
    )
    .await;
    out.expect_code(3);
    assert_eq!(out.json()["verdict"], "incomplete");
    crate::codes::assert_cut_short(&out, "checkout-tls/deadline");
}
