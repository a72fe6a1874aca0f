//! `notifications` against real receivers on loopback: one that validates signatures as
//! Mercado Pago's SDK validator does, and ones that accept anything, answer 201, 302, 404,
//! 500, a Cloudflare challenge, late, never, or reset; TLS receivers with trusted and
//! untrusted certificates; private addresses with and without `--allow-private-addresses`.
//! Every finding code appears when it should and stays quiet when it should not.

use serde_json::Value;

use crate::common::{Output, Run, mp_golive, with_config};
use crate::support::fake_api::{FakeApi, TOKEN, USER_ID, WEBHOOK_SECRET, bare_payment};
use crate::support::receiver::{self, Mode, Received, Receiver};
use crate::support::tls_server::{self, HOST, Leaf, Pki, Reply, ServerOptions};

const ID: &str = "notifications";

/// `check --only notifications` for the Webhooks URL `path` of `rx`, allowed as staging
/// (the receivers run on loopback).
fn webhooks(rx: &Receiver, path: &str) -> Run {
    mp_golive([
        "check",
        "--only",
        ID,
        "--format",
        "json",
        "--timeout",
        "5",
        "--allow-private-addresses",
        "--webhook-url",
        &rx.url(path),
    ])
    .args(rx.args())
}

/// `check --only notifications --format json` with a short timeout.
fn only() -> Run {
    mp_golive(["check", "--only", ID, "--format", "json", "--timeout", "5"])
}

fn codes(out: &Output) -> Vec<String> {
    out.codes(ID)
}

/// The codes other than the info `private-address-allowed` every loopback run carries.
fn problems(out: &Output) -> Vec<String> {
    codes(out)
        .into_iter()
        .filter(|c| c != "notifications/private-address-allowed")
        .collect()
}

fn header<'a>(r: &'a Received, name: &str) -> &'a str {
    r.headers
        .get(name)
        .map(String::as_str)
        .unwrap_or_else(|| panic!("no {name} header in {r:?}"))
}

fn query<'a>(r: &'a Received, name: &str) -> &'a str {
    r.query
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("no {name} query parameter in {}", r.target))
}

fn validating() -> Mode {
    Mode::Validating {
        secret: WEBHOOK_SECRET.to_owned(),
        tolerance_secs: None,
    }
}

#[tokio::test]
async fn correct_secret_passes_and_forged_signature_is_refused() {
    let rx = receiver::start(validating()).await;
    let out = webhooks(&rx, "/mp/webhooks?source=shop")
        .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
        .env("MP_ACCESS_TOKEN", TOKEN)
        .run_async()
        .await;
    out.expect_code(0);
    let c = out.check(ID);
    assert_eq!(c["status"], "pass", "{c}");
    assert_eq!(codes(&out), ["notifications/private-address-allowed"]);
    assert_eq!(
        out.finding(ID, "notifications/private-address-allowed")["severity"],
        "info"
    );
    let summary = c["summary"].as_str().unwrap();
    assert!(
        summary.starts_with("Webhooks 200 in ")
            && summary.ends_with("forged signature refused (401)"),
        "{summary}"
    );

    let reqs = rx.requests();
    assert_eq!(reqs.len(), 2, "{reqs:?}");
    let valid = &reqs[0];
    assert_eq!(valid.method, "POST");
    assert!(
        valid
            .target
            .starts_with("/mp/webhooks?source=shop&data.id="),
        "{}",
        valid.target
    );
    let data_id = query(valid, "data.id");
    assert_eq!(query(valid, "type"), "payment");
    assert!(
        data_id.len() == 18 && data_id.starts_with("9990"),
        "{data_id}"
    );
    let body: Value = serde_json::from_str(&valid.body).unwrap();
    assert_eq!(body["data"]["id"], data_id);
    assert_eq!(body["type"], "payment");
    assert_eq!(body["action"], "payment.created");
    assert_eq!(body["api_version"], "v1");
    assert_eq!(body["live_mode"], true);
    assert_eq!(body["user_id"], USER_ID);
    assert!(
        body["id"].is_u64() && body["date_created"].is_string(),
        "{body}"
    );
    assert_eq!(header(valid, "content-type"), "application/json");
    assert!(header(valid, "user-agent").starts_with("mp-golive/"));
    assert_eq!(header(valid, "x-retry"), "0");
    assert_eq!(header(valid, "x-socket-timeout"), "22000");
    let sig = header(valid, "x-signature");
    let ts = sig.strip_prefix("ts=").unwrap().split(',').next().unwrap();
    assert_eq!(ts.len(), 13, "ts is sent in milliseconds first: {sig}");
    assert_eq!(header(valid, "x-request-id").len(), 36);

    let forged = &reqs[1];
    assert_eq!(query(forged, "data.id"), data_id);
    assert_ne!(
        header(forged, "x-request-id"),
        header(valid, "x-request-id")
    );
    assert_ne!(header(forged, "x-signature"), sig);
}

#[tokio::test]
async fn a_data_id_with_letters_is_signed_in_its_original_case() {
    let rx = receiver::start(validating()).await;
    let out = webhooks(&rx, "/hook")
        .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
        .args(["--webhook-data-id", "ORD01JQ4S4KY8HWQ6NA5PXB65B3D3"])
        .run_async()
        .await;
    out.expect_code(0);
    assert_eq!(problems(&out), Vec::<String>::new());
    assert_eq!(
        query(&rx.requests()[0], "data.id"),
        "ORD01JQ4S4KY8HWQ6NA5PXB65B3D3"
    );
}

#[tokio::test]
async fn wrong_secret_fails_with_rejects_valid_signature() {
    let rx = receiver::start(validating()).await;
    let out = webhooks(&rx, "/hook")
        .env("MP_WEBHOOK_SECRET", "whsec_not_the_one_in_the_panel_0000")
        .run_async()
        .await;
    out.expect_code(1);
    assert_eq!(problems(&out), ["notifications/rejects-valid-signature"]);
    let f = out.finding(ID, "notifications/rejects-valid-signature");
    assert_eq!(f["severity"], "error");
    let msg = f["message"].as_str().unwrap();
    assert!(
        msg.contains("HTTP 401") && msg.contains("invalid signature"),
        "{msg}"
    );
    assert!(msg.contains("with ts in seconds: HTTP 401"), "{msg}");
    assert!(f["remedy"].as_str().unwrap().contains("data_id"), "{f}");
    let reqs = rx.requests();
    assert_eq!(
        reqs.len(),
        2,
        "ms, then one retry in seconds, no forged request"
    );
    let ts_of = |r: &Received| {
        header(r, "x-signature")
            .strip_prefix("ts=")
            .unwrap()
            .split(',')
            .next()
            .unwrap()
            .len()
    };
    assert_eq!((ts_of(&reqs[0]), ts_of(&reqs[1])), (13, 10));
}

#[tokio::test]
async fn a_handler_that_reads_ts_as_seconds_warns_ts_unit_mismatch() {
    let rx = receiver::start(Mode::Validating {
        secret: WEBHOOK_SECRET.to_owned(),
        tolerance_secs: Some(300),
    })
    .await;
    let out = webhooks(&rx, "/hook")
        .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
        .run_async()
        .await;
    out.expect_code(0);
    assert_eq!(out.check(ID)["status"], "warn");
    assert_eq!(problems(&out), ["notifications/ts-unit-mismatch"]);
    let msg = out.finding(ID, "notifications/ts-unit-mismatch")["message"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        msg.contains("refused the notification signed with ts in milliseconds")
            && msg.contains("HTTP 401")
            && msg.contains("accepted it with ts in seconds"),
        "{msg}"
    );
    // The forged request uses the accepted unit, and is still refused (no warning for it).
    let reqs = rx.requests();
    assert_eq!(reqs.len(), 3);
    let ts_len = |r: &Received| {
        header(r, "x-signature")
            .strip_prefix("ts=")
            .unwrap()
            .split(',')
            .next()
            .unwrap()
            .len()
    };
    assert_eq!(reqs.iter().map(ts_len).collect::<Vec<_>>(), [13, 10, 10]);
    // --strict makes the warning fail the run.
    let strict = webhooks(&rx, "/hook")
        .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
        .args(["--strict"])
        .run_async()
        .await;
    strict.expect_code(1);
}

#[tokio::test]
async fn accepting_a_forged_signature_warns() {
    let rx = receiver::start(Mode::AcceptAll).await;
    let out = webhooks(&rx, "/hook")
        .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
        .run_async()
        .await;
    out.expect_code(0);
    assert_eq!(out.check(ID)["status"], "warn");
    assert_eq!(problems(&out), ["notifications/accepts-forged-signature"]);
    assert_eq!(rx.requests().len(), 2);
}

#[tokio::test]
async fn without_a_secret_the_signature_is_not_tested_and_says_so() {
    let rx = receiver::start(Mode::AcceptAll).await;
    let out = webhooks(&rx, "/hook").run_async().await;
    out.expect_code(0);
    assert_eq!(out.check(ID)["status"], "pass");
    assert_eq!(problems(&out), ["notifications/signature-not-tested"]);
    let reqs = rx.requests();
    assert_eq!(reqs.len(), 1);
    assert!(!reqs[0].headers.contains_key("x-signature"));

    // A validating handler refuses the unsigned notification: undecidable, not a failure.
    let strict = receiver::start(validating()).await;
    let out = webhooks(&strict, "/hook").run_async().await;
    out.expect_code(3);
    assert_eq!(out.check(ID)["status"], "error");
    assert_eq!(problems(&out), ["notifications/signature-not-tested"]);
}

#[tokio::test]
async fn status_201_is_delivered() {
    let rx = receiver::start(Mode::status(201)).await;
    let out = webhooks(&rx, "/hook").run_async().await;
    out.expect_code(0);
    assert!(
        out.check(ID)["summary"]
            .as_str()
            .unwrap()
            .starts_with("Webhooks 201 in "),
        "{}",
        out.stdout
    );
    assert!(!problems(&out).contains(&"notifications/bad-status".to_owned()));
}

#[tokio::test]
async fn other_statuses_are_bad_status_with_an_excerpt() {
    let rx = receiver::start(Mode::Fixed {
        status: 404,
        headers: vec![("content-type".into(), "text/html".into())],
        body: "<html>\n<h1>Not Found</h1>\n  no route POST /hook</html>".into(),
    })
    .await;
    let out = webhooks(&rx, "/hook").run_async().await;
    out.expect_code(1);
    assert_eq!(problems(&out), ["notifications/bad-status"]);
    let msg = out.finding(ID, "notifications/bad-status")["message"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        msg.contains("HTTP 404: \"<html> <h1>Not Found</h1> no route POST /hook</html>\""),
        "{msg}"
    );

    // A signed notification answered 500 is retried once in seconds, then reported as is.
    let crash = receiver::start(Mode::Fixed {
        status: 500,
        headers: Vec::new(),
        body: "Traceback (most recent call last)".into(),
    })
    .await;
    let out = webhooks(&crash, "/hook")
        .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
        .run_async()
        .await;
    out.expect_code(1);
    assert_eq!(problems(&out), ["notifications/bad-status"]);
    assert_eq!(crash.requests().len(), 2);
    assert!(
        out.stdout.contains("HTTP 500: \\\"Traceback"),
        "{}",
        out.stdout
    );
}

#[tokio::test]
async fn a_redirect_is_not_a_delivery() {
    let rx = receiver::start(Mode::Fixed {
        status: 302,
        headers: vec![("location".into(), "https://www.shop.example/hook/".into())],
        body: String::new(),
    })
    .await;
    let out = webhooks(&rx, "/hook").run_async().await;
    out.expect_code(1);
    assert_eq!(problems(&out), ["notifications/redirect"]);
    assert!(
        out.stdout
            .contains("HTTP 302 redirecting to https://www.shop.example/hook/")
    );
    assert_eq!(rx.requests().len(), 1, "a redirect is never followed");
}

#[tokio::test]
async fn a_cloudflare_challenge_is_named() {
    let rx = receiver::start(Mode::cloudflare()).await;
    let out = webhooks(&rx, "/hook")
        .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
        .run_async()
        .await;
    out.expect_code(1);
    assert_eq!(problems(&out), ["notifications/waf-challenge"]);
    let msg = out.finding(ID, "notifications/waf-challenge")["message"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        msg.contains("behind Cloudflare") && msg.contains("HTTP 403"),
        "{msg}"
    );
    assert!(msg.contains("custom rule"), "{msg}");
    // A handler's own 403 is not a WAF.
    let plain = receiver::start(Mode::status(403)).await;
    let out = webhooks(&plain, "/hook").run_async().await;
    assert!(!codes(&out).contains(&"notifications/waf-challenge".to_owned()));
}

#[tokio::test]
async fn slow_answers_warn_above_the_threshold() {
    let rx = receiver::start(Mode::Late(std::time::Duration::from_millis(400))).await;
    let dir = with_config("[checks.notifications]\nslow_warning_ms = 150\n");
    let out = webhooks(&rx, "/hook").cwd(dir.path()).run_async().await;
    out.expect_code(0);
    assert_eq!(out.check(ID)["status"], "warn");
    let f = out.finding(ID, "notifications/slow");
    assert_eq!(f["severity"], "warning");
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("retries wait only 5 s"),
        "{f}"
    );

    // With the default thresholds the same answer is fine.
    let out = webhooks(&rx, "/hook").run_async().await;
    assert!(!codes(&out).contains(&"notifications/slow".to_owned()));
}

#[tokio::test]
async fn no_answer_within_the_failure_threshold_fails_slow() {
    let rx = receiver::start(Mode::Stall).await;
    let dir = with_config("[checks.notifications]\nslow_warning_ms = 100\nslow_failure_ms = 600\n");
    let out = webhooks(&rx, "/hook")
        .args(["--timeout", "1"])
        .cwd(dir.path())
        .run_async()
        .await;
    out.expect_code(1);
    assert_eq!(problems(&out), ["notifications/too-slow"]);
    let f = out.finding(ID, "notifications/too-slow");
    assert_eq!(f["severity"], "error");
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("did not answer the notification within 600 ms"),
        "{f}"
    );
}

#[tokio::test]
async fn reset_and_refused_connections_are_unreachable_with_the_reason() {
    let rx = receiver::start(Mode::Reset).await;
    let out = webhooks(&rx, "/hook").run_async().await;
    out.expect_code(1);
    assert_eq!(problems(&out), ["notifications/unreachable"]);
    let msg = out.finding(ID, "notifications/unreachable")["message"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(msg.contains("reset") || msg.contains("closed"), "{msg}");

    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let out = only()
        .args(["--allow-private-addresses", "--webhook-url"])
        .args([format!("http://127.0.0.1:{port}/hook")])
        .run_async()
        .await;
    out.expect_code(1);
    assert_eq!(
        problems(&out),
        ["notifications/not-https", "notifications/unreachable"]
    );
    assert!(out.stdout.contains("connection refused"), "{}", out.stdout);
}

#[tokio::test]
async fn a_name_that_does_not_resolve_is_unreachable() {
    let out = only()
        .args([
            "--timeout",
            "2",
            "--webhook-url",
            "https://no-such-host.invalid/hook",
        ])
        .run_async()
        .await;
    out.expect_code(1);
    assert_eq!(codes(&out), ["notifications/unreachable"]);
    assert!(out.stdout.contains("DNS lookup failed"), "{}", out.stdout);
}

#[tokio::test]
async fn an_untrusted_certificate_is_tls_invalid_and_a_trusted_one_passes() {
    let pki = Pki::new();
    let bad = tls_server::start(
        tls_server::self_signed(&Leaf::default()),
        ServerOptions {
            reply: Reply {
                status: 200,
                headers: Vec::new(),
                body: String::new(),
            },
            ..ServerOptions::default()
        },
    )
    .await;
    let out = only()
        .args(["--allow-private-addresses", "--ca-file", &pki.ca_path()])
        .args(["--webhook-url", &format!("https://{HOST}:{bad}/hook")])
        .args(["--resolve", &format!("{HOST}:{bad}:127.0.0.1")])
        .run_async()
        .await;
    out.expect_code(1);
    assert_eq!(problems(&out), ["notifications/tls-invalid"]);
    assert!(
        out.stdout.contains("certificate does not verify"),
        "{}",
        out.stdout
    );

    // The same over a certificate of the trusted test CA: quiet.
    let rx = receiver::start(Mode::AcceptAll).await;
    let out = webhooks(&rx, "/hook").run_async().await;
    out.expect_code(0);
    assert!(rx.url("/hook").starts_with("https://"));
    assert_eq!(problems(&out), ["notifications/signature-not-tested"]);
}

#[tokio::test]
async fn http_is_not_https() {
    let rx = receiver::start_http(Mode::AcceptAll).await;
    let out = webhooks(&rx, "/hook")
        .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
        .run_async()
        .await;
    out.expect_code(1);
    assert_eq!(
        problems(&out),
        [
            "notifications/not-https",
            "notifications/accepts-forged-signature"
        ]
    );
    let f = out.finding(ID, "notifications/not-https");
    assert_eq!(f["severity"], "error");
    // Not HTTPS is reported, and the URL is still tested.
    assert_eq!(rx.requests().len(), 2);
}

#[tokio::test]
async fn private_addresses_are_refused_unless_allowed() {
    // The receiver's host name resolves (through --resolve) to 127.0.0.1.
    let rx = receiver::start(Mode::AcceptAll).await;
    let out = only()
        .args(["--webhook-url", &rx.url("/hook")])
        .args(rx.args())
        .run_async()
        .await;
    out.expect_code(1);
    assert_eq!(codes(&out), ["notifications/private-address"]);
    let f = out.finding(ID, "notifications/private-address");
    assert_eq!(f["severity"], "error");
    let msg = f["message"].as_str().unwrap();
    assert!(
        msg.contains("it resolves to 127.0.0.1 (loopback)") && msg.contains("Nothing was sent"),
        "{msg}"
    );
    assert!(
        rx.requests().is_empty(),
        "nothing is sent to a private address"
    );

    let out = webhooks(&rx, "/hook").run_async().await;
    out.expect_code(0);
    assert_eq!(
        out.finding(ID, "notifications/private-address-allowed")["severity"],
        "info"
    );
    assert_eq!(rx.requests().len(), 1);

    // `localhost` is private by name; a public-looking name is quiet until it resolves.
    let out = only()
        .args(["--webhook-url", "http://localhost:9/hook"])
        .run_async()
        .await;
    out.expect_code(1);
    assert!(
        out.finding(ID, "notifications/private-address")["message"]
            .as_str()
            .unwrap()
            .contains("localhost (this machine)")
    );
    let out = only()
        .args(["--webhook-url", "https://no-such-host.invalid/hook"])
        .run_async()
        .await;
    assert!(!codes(&out).contains(&"notifications/private-address".to_owned()));
}

#[tokio::test]
async fn ipn_is_sent_as_mercado_pago_sends_it() {
    let rx = receiver::start(Mode::AcceptAll).await;
    let out = only()
        .args(["--allow-private-addresses", "--ipn-url", &rx.url("/ipn")])
        .args(rx.args())
        .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
        .run_async()
        .await;
    out.expect_code(0);
    assert_eq!(problems(&out), Vec::<String>::new());
    let reqs = rx.requests();
    assert_eq!(reqs.len(), 1, "IPN is not signed, so no forged request");
    let r = &reqs[0];
    assert_eq!(query(r, "topic"), "payment");
    let id = query(r, "id");
    assert!(id.starts_with("9990"));
    let body: Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"resource": id, "topic": "payment"})
    );
    assert!(!r.headers.contains_key("x-signature"));
    assert!(
        out.check(ID)["summary"]
            .as_str()
            .unwrap()
            .starts_with("IPN 200 in ")
    );
}

#[tokio::test]
async fn both_urls_are_tested_and_each_finding_names_its_url() {
    let good = receiver::start(Mode::AcceptAll).await;
    let broken = receiver::start_with_ca(Mode::status(500), good.pki()).await;
    let out = webhooks(&good, "/webhooks")
        .args(["--ipn-url", &broken.url("/ipn")])
        .args(["--resolve", &format!("{HOST}:{}:127.0.0.1", broken.port)])
        .run_async()
        .await;
    out.expect_code(1);
    assert_eq!(
        problems(&out),
        [
            "notifications/signature-not-tested",
            "notifications/bad-status"
        ]
    );
    let msg = out.finding(ID, "notifications/bad-status")["message"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        msg.starts_with(&format!("The IPN URL {}", broken.url("/ipn"))),
        "{msg}"
    );
}

#[tokio::test]
async fn without_urls_the_payment_notification_url_is_used_and_named() {
    let rx = receiver::start(Mode::AcceptAll).await;
    let api = FakeApi::empty().await;
    let mut payment = bare_payment(1_234_567_890);
    payment["notification_url"] = Value::from(rx.url("/mp?source_news=webhooks"));
    api.payment(1_234_567_890, payment).await;
    let out = only()
        .args(["--allow-private-addresses", "--api-url", &api.url()])
        .args(["--payment-id", "1234567890"])
        .args(rx.args())
        .env("MP_ACCESS_TOKEN", TOKEN)
        .run_async()
        .await;
    out.expect_code(0);
    let f = out.finding(ID, "notifications/url-from-payment");
    assert_eq!(f["severity"], "info");
    let msg = f["message"].as_str().unwrap();
    assert!(
        msg.contains("notification_url of payment 1234567890") && msg.contains("Webhooks format"),
        "{msg}"
    );
    let reqs = rx.requests();
    assert_eq!(reqs.len(), 1);
    assert_eq!(query(&reqs[0], "source_news"), "webhooks");
    assert_eq!(query(&reqs[0], "type"), "payment");

    // A payment without notification_url: not configured.
    let api = FakeApi::empty().await;
    api.payment(1_234_567_890, bare_payment(1_234_567_890))
        .await;
    let out = only()
        .args(["--api-url", &api.url(), "--payment-id", "1234567890"])
        .env("MP_ACCESS_TOKEN", TOKEN)
        .run_async()
        .await;
    out.expect_code(1);
    assert_eq!(codes(&out), ["notifications/not-configured"]);
    assert!(
        out.stdout.contains("has no notification_url"),
        "{}",
        out.stdout
    );
}

#[tokio::test]
async fn an_api_that_cannot_answer_for_the_payment_is_undetermined() {
    let api = FakeApi::empty().await;
    api.always(wiremock::ResponseTemplate::new(500)).await;
    let out = only()
        .args(["--api-url", &api.url(), "--payment-id", "1234567890"])
        .env("MP_ACCESS_TOKEN", TOKEN)
        .run_async()
        .await;
    out.expect_code(3);
    assert_eq!(out.check(ID)["status"], "error");
    assert_eq!(codes(&out), ["notifications/api-error"]);
}

#[tokio::test]
async fn nothing_to_test_is_not_configured() {
    let out = mp_golive(["check", "--only", ID, "--format", "json"])
        .run_async()
        .await;
    out.expect_code(1);
    assert_eq!(codes(&out), ["notifications/not-configured"]);
    let f = out.finding(ID, "notifications/not-configured");
    assert!(
        f["remedy"].as_str().unwrap().contains("--webhook-url"),
        "{f}"
    );
}

#[tokio::test]
async fn secrets_never_appear_even_with_vv() {
    let rx = receiver::start(Mode::Fixed {
        status: 500,
        headers: Vec::new(),
        // A handler that echoes what it was given must not leak the secret through us.
        body: format!("bad secret {WEBHOOK_SECRET}"),
    })
    .await;
    for extra in [vec!["--format", "json"], vec!["--format", "human", "-vv"]] {
        let out = mp_golive(["check", "--only", ID, "--allow-private-addresses"])
            .args(["--webhook-url", &rx.url("/hook")])
            .args(rx.args())
            .args(extra)
            .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
            .env("MP_ACCESS_TOKEN", TOKEN)
            .env("RUST_LOG", "trace")
            .run_async()
            .await;
        let all = out.all();
        assert!(
            !all.contains(WEBHOOK_SECRET),
            "the webhook secret leaked:\n{all}"
        );
        assert!(!all.contains(TOKEN), "the token leaked:\n{all}");
        assert!(all.contains("notifications/bad-status"), "{all}");
    }
}

#[test]
fn explain_documents_every_code_and_option() {
    let out = mp_golive(["explain", ID]).run();
    out.expect_code(0);
    for code in [
        "not-configured",
        "url-from-payment",
        "not-https",
        "private-address",
        "unreachable",
        "tls-invalid",
        "redirect",
        "waf-challenge",
        "bad-status",
        "slow",
        "rejects-valid-signature",
        "ts-unit-mismatch",
        "accepts-forged-signature",
        "signature-not-tested",
        "api-error",
        "deadline",
    ] {
        assert!(
            out.stdout.contains(&format!("  notifications/{code} (")),
            "explain lacks {code}:\n{}",
            out.stdout
        );
    }
    assert!(out.stdout.contains("slow_warning_ms = 5000"));
    assert!(out.stdout.contains("slow_failure_ms = 22000"));
    assert!(out.stdout.contains("9990"), "how to recognise test events");
    let list = mp_golive(["list"]).run().stdout;
    let ids: Vec<&str> = list
        .lines()
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    let pos = |id: &str| ids.iter().position(|i| *i == id).unwrap();
    assert_eq!(pos(ID), pos("pix-key") + 1, "{list}");
}

#[test]
fn thresholds_must_be_integers() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("mp-golive.toml"),
        "[checks.notifications]\nslow_warning_ms = \"5s\"\n",
    )
    .unwrap();
    let out = mp_golive(["check", "--only", ID]).cwd(dir.path()).run();
    out.expect_code(2);
    assert!(
        out.stderr
            .contains("[checks.notifications] slow_warning_ms"),
        "{}",
        out.stderr
    );
}

/// The receiver reads the notification and never answers, the per-request timeout and
/// Mercado Pago's 22 s are both longer than the run's deadline: the check cannot finish,
/// whatever the machine's speed.
#[tokio::test]
async fn a_receiver_that_never_answers_meets_the_deadline() {
    let rx = receiver::start(Mode::Stall).await;
    let out = webhooks(&rx, "/hook")
        .args(["--timeout", "60", "--deadline", "1"])
        .run_async()
        .await;
    out.expect_code(3);
    assert_eq!(out.json()["verdict"], "incomplete");
    crate::codes::assert_cut_short(&out, "notifications/deadline");
}

/// The signed notification does not wait for the TLS inspection of its host: a gate in
/// front of the receiver holds every connection until two are open at once, which only
/// happens when the inspection's handshake and the notification's connection overlap.
#[tokio::test]
async fn the_notification_goes_out_beside_the_tls_inspection() {
    use crate::support::tcp_proxy;
    let rx = receiver::start(Mode::AcceptAll).await;
    let upstream = format!("127.0.0.1:{}", rx.port).parse().unwrap();
    let (port, peak) = tcp_proxy::gate(upstream, 2, std::time::Duration::from_secs(2)).await;
    let out = only()
        .args([
            "--allow-private-addresses",
            "--ca-file",
            &rx.pki().ca_path(),
        ])
        .args(["--webhook-url", &format!("https://{HOST}:{port}/hook")])
        .args(["--resolve", &format!("{HOST}:{port}:127.0.0.1")])
        .run_async()
        .await;
    out.expect_code(0);
    assert_eq!(problems(&out), ["notifications/signature-not-tested"]);
    assert_eq!(
        peak.load(std::sync::atomic::Ordering::SeqCst),
        2,
        "the inspection and the notification were not in flight together"
    );
    assert_eq!(rx.requests().len(), 1);
}

/// Sent beside the inspection, the notification still never reaches a host whose
/// certificate does not verify: its own handshake fails first, and the finding is the
/// inspection's.
#[tokio::test]
async fn a_host_that_fails_tls_receives_no_notification() {
    let rx = receiver::start(Mode::AcceptAll).await;
    // No --ca-file: the receiver's test CA is unknown, as a self-signed certificate would be.
    let out = only()
        .args([
            "--allow-private-addresses",
            "--webhook-url",
            &rx.url("/hook"),
        ])
        .args(["--resolve", &format!("{HOST}:{}:127.0.0.1", rx.port)])
        .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
        .run_async()
        .await;
    out.expect_code(1);
    assert_eq!(problems(&out), ["notifications/tls-invalid"]);
    assert!(
        out.stdout.contains("certificate does not verify"),
        "{}",
        out.stdout
    );
    assert!(rx.requests().is_empty(), "{:?}", rx.requests());
}
