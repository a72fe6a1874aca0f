//! `mp-golive webhook send` against loopback receivers: the request is what Mercado Pago
//! sends and what the SDK-style validator accepts, it is printed with the answer, the exit
//! code follows the answer, bad input exits 2, and the secret never shows.

use serde_json::Value;

use crate::common::{Run, mp_golive};
use crate::support::fake_api::WEBHOOK_SECRET;
use crate::support::receiver::{self, Mode, Receiver};

fn send(rx: &Receiver, path: &str) -> Run {
    mp_golive(["webhook", "send", "--url", &rx.url(path)]).args(rx.args())
}

fn validating() -> Mode {
    Mode::Validating {
        secret: WEBHOOK_SECRET.to_owned(),
        tolerance_secs: None,
    }
}

#[tokio::test]
async fn a_signed_notification_is_accepted_by_the_validator_and_printed() {
    let rx = receiver::start(validating()).await;
    let out = send(&rx, "/hook?shop=1")
        .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
        .args(["-vv"])
        .env("RUST_LOG", "trace")
        .run_async()
        .await;
    out.expect_code(0);
    let reqs = rx.requests();
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    assert!(
        out.stdout
            .contains(&format!("> POST {}", rx.url(&r.target))),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains(&format!("> x-signature: {}", r.headers["x-signature"]))
    );
    assert!(
        out.stdout
            .contains(&format!("> x-request-id: {}", r.headers["x-request-id"]))
    );
    assert!(out.stdout.contains(&format!("> {}", r.body)));
    assert!(
        out.stdout
            .contains("keyed with the webhook secret (not shown)")
            && !out.stdout.contains("cf99"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("< HTTP 200 in "), "{}", out.stdout);
    assert!(out.stdout.contains("< {\"ok\":true}"), "{}", out.stdout);
    assert!(out.stdout.contains("delivered"));
    assert!(
        !out.all().contains(WEBHOOK_SECRET),
        "the secret leaked:\n{}",
        out.all()
    );
}

#[tokio::test]
async fn the_secret_can_come_from_a_file_and_a_wrong_one_exits_1() {
    let rx = receiver::start(validating()).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("secret");
    std::fs::write(&file, format!("{WEBHOOK_SECRET}\n")).unwrap();
    let out = send(&rx, "/hook")
        .args(["--webhook-secret-file", file.to_str().unwrap()])
        .run_async()
        .await;
    out.expect_code(0);

    let out = send(&rx, "/hook")
        .env("MP_WEBHOOK_SECRET", "whsec_someone_elses_secret_000000")
        .run_async()
        .await;
    out.expect_code(1);
    assert!(out.stdout.contains("< HTTP 401"), "{}", out.stdout);
    assert!(
        out.stdout.contains("not delivered: HTTP 401"),
        "{}",
        out.stdout
    );

    // Without a secret the notification is unsigned, and says so.
    let out = send(&rx, "/hook").run_async().await;
    out.expect_code(1);
    assert!(
        out.stdout.contains("unsigned: no webhook secret"),
        "{}",
        out.stdout
    );
    assert!(
        !rx.requests()
            .last()
            .unwrap()
            .headers
            .contains_key("x-signature")
    );
}

#[tokio::test]
async fn every_field_is_chosen_by_flags() {
    let rx = receiver::start(Mode::status(201)).await;
    let out = send(&rx, "/hook")
        .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
        .args([
            "--type",
            "merchant_order",
            "--action",
            "merchant_order.updated",
        ])
        .args([
            "--data-id",
            "ORD01JQ4S4KY8HWQ6NA5PXB65B3D3",
            "--live-mode",
            "false",
        ])
        .args(["--user-id", "987654321", "--ts-unit", "s"])
        .run_async()
        .await;
    out.expect_code(0);
    let r = &rx.requests()[0];
    assert!(
        r.target
            .ends_with("?data.id=ORD01JQ4S4KY8HWQ6NA5PXB65B3D3&type=merchant_order"),
        "{}",
        r.target
    );
    let body: Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(body["type"], "merchant_order");
    assert_eq!(body["action"], "merchant_order.updated");
    assert_eq!(body["live_mode"], false);
    assert_eq!(body["user_id"], 987_654_321);
    assert_eq!(body["data"]["id"], "ORD01JQ4S4KY8HWQ6NA5PXB65B3D3");
    let ts = r.headers["x-signature"]
        .strip_prefix("ts=")
        .unwrap()
        .split(',')
        .next()
        .unwrap()
        .to_owned();
    assert_eq!(ts.len(), 10, "--ts-unit s sends seconds");
}

#[tokio::test]
async fn ipn_format() {
    let rx = receiver::start(Mode::AcceptAll).await;
    let out = send(&rx, "/ipn")
        .args(["--format", "ipn", "--data-id", "123456789"])
        .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
        .run_async()
        .await;
    out.expect_code(0);
    let r = &rx.requests()[0];
    assert_eq!(r.target, "/ipn?topic=payment&id=123456789");
    assert_eq!(r.body, r#"{"resource":"123456789","topic":"payment"}"#);
    assert!(!r.headers.contains_key("x-signature"));
}

#[tokio::test]
async fn redirects_other_statuses_and_silence_exit_1() {
    let redirect = receiver::start(Mode::Fixed {
        status: 301,
        headers: vec![("location".into(), "https://www.shop.example/hook".into())],
        body: String::new(),
    })
    .await;
    let out = send(&redirect, "/hook").run_async().await;
    out.expect_code(1);
    assert!(
        out.stdout
            .contains("< location: https://www.shop.example/hook"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("not delivered: a redirect"),
        "{}",
        out.stdout
    );
    assert_eq!(redirect.requests().len(), 1, "never followed");

    let crash = receiver::start(Mode::status(500)).await;
    send(&crash, "/hook").run_async().await.expect_code(1);

    let stall = receiver::start(Mode::Stall).await;
    let out = send(&stall, "/hook")
        .args(["--timeout", "0.5"])
        .run_async()
        .await;
    out.expect_code(1);
    assert!(
        out.stdout.contains("no answer after 0.5 s"),
        "{}",
        out.stdout
    );
}

#[test]
fn bad_input_exits_2() {
    for args in [
        vec!["--url", "not a url"],
        vec!["--url", "ftp://shop.example/hook"],
        vec!["--url", "https://shop.example/hook", "--data-id", "a b"],
        vec!["--url", "https://shop.example/hook", "--timeout", "0"],
        vec!["--url", "https://shop.example/hook", "--resolve", "shop"],
        vec![
            "--url",
            "https://shop.example/hook",
            "--webhook-secret-file",
            "/nonexistent/secret",
        ],
        vec!["--url", "https://shop.example/hook", "--format", "xml"],
        // Secrets are never accepted as flag values.
        vec![
            "--url",
            "https://shop.example/hook",
            "--webhook-secret",
            WEBHOOK_SECRET,
        ],
    ] {
        let out = mp_golive(["webhook", "send"]).args(&args).run();
        out.expect_code(2);
        assert!(
            out.stdout.is_empty(),
            "{args:?}: nothing is sent or printed:\n{}",
            out.stdout
        );
        assert!(!out.stderr.contains(WEBHOOK_SECRET), "{}", out.stderr);
    }
    mp_golive(["webhook", "send"]).run().expect_code(2);
}

/// `webhook send` judges an answer as the notifications check does: a WAF's challenge page
/// is named, with how to let Mercado Pago through, even when it answers 200.
#[tokio::test]
async fn a_waf_challenge_is_named_as_the_check_names_it() {
    let cf = receiver::start(Mode::cloudflare()).await;
    let out = send(&cf, "/hook").run_async().await;
    out.expect_code(1);
    assert!(
        out.stdout
            .contains("not delivered: Cloudflare answered instead of the handler (HTTP 403)"),
        "{}",
        out.stdout
    );
    let Mode::Fixed { headers, body, .. } = Mode::cloudflare() else {
        unreachable!()
    };
    let challenge_200 = receiver::start(Mode::Fixed {
        status: 200,
        headers,
        body,
    })
    .await;
    let out = send(&challenge_200, "/hook").run_async().await;
    out.expect_code(1);
    assert!(
        out.stdout
            .contains("Cloudflare answered instead of the handler (HTTP 200)"),
        "{}",
        out.stdout
    );
}
