//! Nothing unverified passes: every part of a check that could not be carried out is a
//! finding that says what was not verified and why, and a check judged with test
//! credentials says nothing about production, so it is `error`, never `pass`.

use crate::checkout_tls::{Http, run_against};
use crate::common::{check_json, mp_golive};
use crate::support::fake_api::{FakeApi, PUBLIC_KEY, TEST_TOKEN};
use crate::support::tls_server::{self, Leaf, Pki, Reply, ServerOptions};

#[tokio::test]
async fn hsts_is_not_verified_when_the_page_cannot_be_fetched() {
    let pki = Pki::new();
    let port = tls_server::start(
        pki.leaf(&Leaf::default(), true),
        ServerOptions {
            close_after_handshake: true,
            ..ServerOptions::default()
        },
    )
    .await;
    let out = run_against(
        port,
        &pki.ca_path(),
        "checkout-tls,checkout-page",
        Http::Redirect,
        &[],
    )
    .await;
    // A required check could not be evaluated and none failed: incomplete, not ready.
    out.expect_code(3);
    assert_eq!(out.codes("checkout-tls"), ["checkout-tls/hsts-unverified"]);
    assert_eq!(out.check("checkout-tls")["status"], "warn");
    let msg = out.finding("checkout-tls", "checkout-tls/hsts-unverified")["message"].to_string();
    assert!(
        msg.contains("is not verified") && msg.contains("closed the connection"),
        "{msg}"
    );
    assert_eq!(out.check("checkout-page")["status"], "error");
    assert_eq!(out.codes("checkout-page"), ["checkout-page/fetch-failed"]);
}

#[tokio::test]
async fn an_early_tls_probe_without_a_tls_answer_is_not_verified() {
    let pki = Pki::new();
    let port = tls_server::start(
        pki.leaf(&Leaf::default(), true),
        ServerOptions {
            legacy_reply: Some(b"HTTP/1.1 400 Bad Request\r\n\r\n".to_vec()),
            ..ServerOptions::default()
        },
    )
    .await;
    let out = run_against(port, &pki.ca_path(), "checkout-tls", Http::Redirect, &[]).await;
    out.expect_code(0);
    assert_eq!(
        out.codes("checkout-tls"),
        ["checkout-tls/legacy-tls-unverified"]
    );
    // Info: an extra, not a go-live requirement; the check still says what it verified.
    assert_eq!(out.check("checkout-tls")["status"], "pass");
    let msg =
        out.finding("checkout-tls", "checkout-tls/legacy-tls-unverified")["message"].to_string();
    assert!(
        msg.contains("TLS 1.0: 127.0.0.1:")
            && msg.contains("TLS 1.1: 127.0.0.1:")
            && msg.contains("answered something that is not TLS"),
        "{msg}"
    );
}

#[tokio::test]
async fn a_page_over_the_size_cap_says_it_was_read_in_part() {
    let pki = Pki::new();
    let big = format!(
        "{}<!-- {} -->",
        tls_server::CLEAN_PAGE,
        "x".repeat(2 * 1024 * 1024)
    );
    let port = tls_server::start(
        pki.leaf(&Leaf::default(), true),
        ServerOptions {
            reply: Reply::page(&big),
            ..ServerOptions::default()
        },
    )
    .await;
    let out = run_against(port, &pki.ca_path(), "checkout-page", Http::Redirect, &[]).await;
    out.expect_code(0);
    assert_eq!(out.codes("checkout-page"), ["checkout-page/truncated"]);
}

#[tokio::test]
async fn pix_key_and_reports_do_not_pass_for_a_test_user() {
    let api = FakeApi::test_user().await;
    let out = check_json(&api.url())
        .args(["--only", "pix-key,reports", "--site", "MLB"])
        .run_async()
        .await;
    // pix-key is required on MLB and could not be verified: incomplete.
    out.expect_code(3);
    for (id, code) in [
        ("pix-key", "pix-key/test-credentials"),
        ("reports", "reports/test-credentials"),
    ] {
        let c = out.check(id);
        assert_eq!(c["status"], "error", "{c}");
        let f = out.finding(id, code);
        assert!(f["message"].to_string().contains("test user"), "{id}: {f}");
    }
}

#[tokio::test]
async fn a_test_token_is_not_judged_and_not_sent_by_pix_key_and_reports() {
    let api = FakeApi::empty().await;
    let out = mp_golive([
        "check",
        "--api-url",
        &api.url(),
        "--format",
        "json",
        "--only",
        "pix-key,reports",
        "--site",
        "MLB",
    ])
    .env("MP_ACCESS_TOKEN", TEST_TOKEN)
    .env("MP_PUBLIC_KEY", PUBLIC_KEY)
    .run_async()
    .await;
    out.expect_code(3);
    for (id, code) in [
        ("pix-key", "pix-key/test-credentials"),
        ("reports", "reports/test-credentials"),
    ] {
        assert_eq!(out.check(id)["status"], "error");
        let f = out.finding(id, code);
        assert!(f["message"].to_string().contains("TEST-"), "{f}");
    }
    assert!(
        api.requests().await.is_empty(),
        "a TEST- token needs no request to know it is not production"
    );
}
