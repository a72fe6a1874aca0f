//! `order` notifications (Orders API) against loopback receivers that validate them with the
//! original-case rule of the SDKs (June 2026), with the lower-case rule of the older Orders
//! docs, or not at all; through `check` and `webhook send`.

use serde_json::Value;

use crate::common::{Output, Run, mp_golive, with_config};
use crate::support::fake_api::{CLIENT_ID, ORDERS_ID, TOKEN, USER_ID, WEBHOOK_SECRET};
use crate::support::receiver::{self, Mode, Received, Receiver};

const ID: &str = "notifications";

fn webhooks(rx: &Receiver) -> Run {
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
        &rx.url("/mp/webhooks"),
    ])
    .args(rx.args())
    .env("MP_ACCESS_TOKEN", TOKEN)
}

fn signed(rx: &Receiver) -> Run {
    webhooks(rx)
        .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
        .args(["--order-id", ORDERS_ID])
}

fn query<'a>(r: &'a Received, name: &str) -> Option<&'a str> {
    r.query
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn of_topic<'a>(rx: &'a [Received], topic: &str) -> Vec<&'a Received> {
    rx.iter()
        .filter(|r| query(r, "type") == Some(topic))
        .collect()
}

fn problems(out: &Output) -> Vec<String> {
    out.codes(ID)
        .into_iter()
        .filter(|c| c != "notifications/private-address-allowed")
        .collect()
}

/// The older Orders docs' rule: the manifest over `data.id` lower-cased.
fn lower_case(tolerance_secs: Option<u64>) -> Mode {
    Mode::ValidatingLowerCase {
        secret: WEBHOOK_SECRET.to_owned(),
        tolerance_secs,
    }
}

fn validating() -> Mode {
    Mode::Validating {
        secret: WEBHOOK_SECRET.to_owned(),
        tolerance_secs: None,
    }
}

#[tokio::test]
async fn an_order_notification_signed_in_its_original_case_is_accepted() {
    let rx = receiver::start(validating()).await;
    let out = signed(&rx).run_async().await;
    out.expect_code(0);
    assert_eq!(problems(&out), Vec::<String>::new(), "{}", out.stdout);
    let summary = out.check(ID)["summary"].as_str().unwrap().to_owned();
    assert!(
        summary.ends_with("order notification 200 in the original case"),
        "{summary}"
    );
    assert!(!summary.contains("synthetic"), "{summary}");
    let reqs = rx.requests();
    let orders = of_topic(&reqs, "order");
    assert_eq!(orders.len(), 1, "{reqs:?}");
    let o = orders[0];
    assert_eq!(query(o, "data.id"), Some(ORDERS_ID));
    let body: Value = serde_json::from_str(&o.body).unwrap();
    assert_eq!(body["type"], "order");
    assert_eq!(body["action"], "order.processed");
    assert_eq!(body["data"]["id"], ORDERS_ID);
    assert_eq!(body["data"]["status"], "processed");
    assert_eq!(body["data"]["version"], 1);
    assert!(
        body["data"]["transactions"]["payments"][0]["id"].is_string(),
        "{body}"
    );
    assert_eq!(body["user_id"], USER_ID);
    // The application the token belongs to, as Mercado Pago's own order bodies carry it.
    assert_eq!(body["application_id"], CLIENT_ID);
    assert_eq!(body["api_version"], "v1");
    assert_eq!(body["live_mode"], true);
    // Signed once, over the id as sent: no lower-cased retry for a handler that took it.
    assert!(!out.all().contains(WEBHOOK_SECRET));
    // The payment notification and its forgery went out too, as before.
    assert_eq!(of_topic(&reqs, "payment").len(), 2, "{reqs:?}");
}

#[tokio::test]
async fn a_handler_that_lowercases_order_ids_is_told_so() {
    let rx = receiver::start(lower_case(None)).await;
    let out = signed(&rx).run_async().await;
    // A warning of a required check: ready, unless --strict.
    out.expect_code(0);
    assert_eq!(out.check(ID)["status"], "warn");
    assert_eq!(problems(&out), ["notifications/order-lowercase-id"]);
    let f = out.finding(ID, "notifications/order-lowercase-id");
    let m = f["message"].as_str().unwrap();
    assert!(
        m.contains(ORDERS_ID) && m.contains(&ORDERS_ID.to_lowercase()) && m.contains("HTTP 401"),
        "{m}"
    );
    let reqs = rx.requests();
    let orders = of_topic(&reqs, "order");
    assert_eq!(orders.len(), 2, "{reqs:?}");
    // Both carry the id as Mercado Pago sends it; only the signature differs.
    assert!(
        orders
            .iter()
            .all(|r| query(r, "data.id") == Some(ORDERS_ID))
    );
    assert_ne!(
        orders[0].headers["x-request-id"],
        orders[1].headers["x-request-id"]
    );
    let strict = signed(&rx).args(["--strict"]).run_async().await;
    strict.expect_code(1);
}

#[tokio::test]
async fn a_handler_that_knows_only_payments_misses_order_events() {
    let rx = receiver::start(Mode::PaymentsOnly {
        secret: WEBHOOK_SECRET.to_owned(),
    })
    .await;
    let out = signed(&rx).run_async().await;
    out.expect_code(1);
    assert_eq!(problems(&out), ["notifications/order-refused"]);
    let m = out.finding(ID, "notifications/order-refused")["message"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        m.contains("HTTP 400") && m.contains("lower-cased: HTTP 400") && m.contains(ORDERS_ID),
        "{m}"
    );
    assert!(!out.all().contains(WEBHOOK_SECRET));
}

#[tokio::test]
async fn order_events_go_out_only_when_asked_and_never_to_ipn() {
    let rx = receiver::start(validating()).await;
    // No order id, default topics: payment notifications only.
    let plain = webhooks(&rx)
        .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
        .run_async()
        .await;
    plain.expect_code(0);
    assert!(of_topic(&rx.requests(), "order").is_empty());
    // `topics = ["order"]` without an id: a synthetic upper-case ORD id.
    let rx = receiver::start(validating()).await;
    let dir = with_config("[checks.notifications]\ntopics = [\"payment\", \"order\"]\n");
    let listed = webhooks(&rx)
        .cwd(dir.path())
        .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
        .run_async()
        .await;
    listed.expect_code(0);
    let reqs = rx.requests();
    let orders = of_topic(&reqs, "order");
    assert_eq!(orders.len(), 1);
    let id = query(orders[0], "data.id").unwrap();
    // The check says the id is its own, not an order of the merchant's.
    let summary = listed.check(ID)["summary"].as_str().unwrap().to_owned();
    assert!(summary.contains(&format!("synthetic id {id}")), "{summary}");
    assert!(
        id.starts_with("ORDMPGOLIVE")
            && id
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()),
        "{id}"
    );
    // IPN has no order topic.
    let ipn = receiver::start(Mode::AcceptAll).await;
    let out = mp_golive([
        "check",
        "--only",
        ID,
        "--format",
        "json",
        "--allow-private-addresses",
        "--ipn-url",
        &ipn.url("/ipn"),
        "--order-id",
        ORDERS_ID,
    ])
    .args(ipn.args())
    .run_async()
    .await;
    out.expect_code(0);
    assert!(
        ipn.requests()
            .iter()
            .all(|r| query(r, "topic") != Some("order")),
        "{:?}",
        ipn.requests()
    );
    // The pass is the IPN URL's; the summary says the order event was not tested.
    let summary = out.check(ID)["summary"].as_str().unwrap().to_owned();
    assert!(
        summary.contains("no order notification sent (IPN has no order topic"),
        "{summary}"
    );
}

#[tokio::test]
async fn without_a_secret_the_order_event_goes_unsigned() {
    let rx = receiver::start(Mode::AcceptAll).await;
    let out = webhooks(&rx)
        .args(["--order-id", ORDERS_ID])
        .run_async()
        .await;
    out.expect_code(0);
    let reqs = rx.requests();
    let orders = of_topic(&reqs, "order");
    assert_eq!(orders.len(), 1);
    assert!(!orders[0].headers.contains_key("x-signature"));
    let rx = receiver::start(Mode::status(401)).await;
    let out = webhooks(&rx)
        .args(["--order-id", ORDERS_ID])
        .run_async()
        .await;
    // The payment notification's 401 decides (signature-not-tested); the order one adds nothing.
    assert!(
        !out.codes(ID)
            .iter()
            .any(|c| c.starts_with("notifications/order-")),
        "{}",
        out.stdout
    );
}

#[tokio::test]
async fn unknown_topics_are_refused_before_anything_is_sent() {
    let rx = receiver::start(validating()).await;
    let dir = with_config("[checks.notifications]\ntopics = [\"refund\"]\n");
    let out = webhooks(&rx).cwd(dir.path()).run_async().await;
    out.expect_code(2);
    assert!(
        out.stderr
            .contains("[checks.notifications] topics: `refund` is not a topic"),
        "{}",
        out.stderr
    );
    assert!(rx.requests().is_empty());
}

#[tokio::test]
async fn webhook_send_tells_which_casing_an_order_handler_expects() {
    let original = receiver::start(validating()).await;
    let out = mp_golive([
        "webhook",
        "send",
        "--url",
        &original.url("/hook"),
        "--topic",
        "order",
        "--data-id",
        ORDERS_ID,
    ])
    .args(original.args())
    .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
    .run_async()
    .await;
    out.expect_code(0);
    assert_eq!(original.requests().len(), 1);
    assert!(
        out.stdout.contains("\"action\":\"order.processed\""),
        "{}",
        out.stdout
    );

    let lower = receiver::start(lower_case(None)).await;
    let out = mp_golive([
        "webhook",
        "send",
        "--url",
        &lower.url("/hook"),
        "--topic",
        "order",
        "--data-id",
        ORDERS_ID,
    ])
    .args(lower.args())
    .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
    .run_async()
    .await;
    out.expect_code(1);
    assert_eq!(lower.requests().len(), 2);
    assert!(
        out.stdout
            .contains("the handler validates order ids lower-cased"),
        "{}",
        out.stdout
    );
    assert!(!out.all().contains(WEBHOOK_SECRET));

    let bad = mp_golive([
        "webhook",
        "send",
        "--url",
        "http://127.0.0.1:9/hook",
        "--topic",
        "order",
        "--data-id",
        "12345",
    ])
    .run_async()
    .await;
    bad.expect_code(2);
    assert!(bad.stderr.contains("Orders API order id"), "{}", bad.stderr);
}

#[tokio::test]
async fn a_handler_reading_ts_as_seconds_is_asked_the_casing_question_in_seconds() {
    // Original-case rule, ts read as seconds: the order event in milliseconds is refused
    // for its ts, and is not an order problem once sent in seconds.
    let rx = receiver::start(Mode::Validating {
        secret: WEBHOOK_SECRET.to_owned(),
        tolerance_secs: Some(300),
    })
    .await;
    let out = signed(&rx).run_async().await;
    out.expect_code(0);
    // The warning is the payment one's; the order event passed in its original case.
    assert_eq!(problems(&out), ["notifications/ts-unit-mismatch"]);
    let reqs = rx.requests();
    let orders = of_topic(&reqs, "order");
    // Milliseconds (refused), lower-cased in milliseconds (refused), seconds (accepted).
    assert_eq!(orders.len(), 3, "{orders:?}");
    let ts = |r: &Received| {
        r.headers["x-signature"]
            .split(',')
            .find_map(|p| p.strip_prefix("ts="))
            .unwrap()
            .len()
    };
    assert_eq!(ts(orders.last().unwrap()), 10);

    // Lower-case rule, ts read as seconds: both findings, each about its own cause.
    let rx = receiver::start(lower_case(Some(300))).await;
    let out = signed(&rx).run_async().await;
    out.expect_code(0);
    assert_eq!(
        problems(&out),
        [
            "notifications/ts-unit-mismatch",
            "notifications/order-lowercase-id"
        ]
    );
    let m = out.finding(ID, "notifications/order-lowercase-id")["message"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(m.contains("ts in seconds"), "{m}");
    assert_eq!(of_topic(&rx.requests(), "order").len(), 4);
    assert!(!out.all().contains(WEBHOOK_SECRET));
}

#[tokio::test]
async fn a_failed_payment_notification_is_reported_once_not_again_for_the_order() {
    let rx = receiver::start(Mode::status(500)).await;
    let out = signed(&rx).run_async().await;
    out.expect_code(1);
    let codes = problems(&out);
    assert!(
        codes.contains(&"notifications/bad-status".to_owned())
            && !codes.iter().any(|c| c.starts_with("notifications/order-")),
        "{codes:?}"
    );
}

#[tokio::test]
async fn webhook_send_says_which_casing_was_accepted_or_that_neither_was() {
    let send = |rx: &Receiver, extra: &[&str]| {
        mp_golive([
            "webhook",
            "send",
            "--url",
            &rx.url("/hook"),
            "--topic",
            "order",
        ])
        .args(extra.iter().copied())
        .args(rx.args())
        .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
    };
    let original = receiver::start(validating()).await;
    let out = send(&original, &["--data-id", ORDERS_ID]).run_async().await;
    out.expect_code(0);
    assert!(
        out.stdout
            .contains("accepted signed over data.id in its original case"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains(&format!("id:{ORDERS_ID};")),
        "{}",
        out.stdout
    );

    // Neither casing: the handler does not take the order topic.
    let payments = receiver::start(Mode::PaymentsOnly {
        secret: WEBHOOK_SECRET.to_owned(),
    })
    .await;
    let out = send(&payments, &["--data-id", ORDERS_ID]).run_async().await;
    out.expect_code(1);
    assert_eq!(payments.requests().len(), 2);
    assert!(
        out.stdout.contains("refused in both casings of data.id"),
        "{}",
        out.stdout
    );
    assert!(!out.all().contains(WEBHOOK_SECRET));

    // No --data-id: a synthetic order id, said to be one.
    let rx = receiver::start(validating()).await;
    let out = send(&rx, &[]).run_async().await;
    out.expect_code(0);
    let reqs = rx.requests();
    let id = query(&reqs[0], "data.id").unwrap();
    assert!(id.starts_with("ORDMPGOLIVE"), "{id}");
    assert!(
        out.stdout
            .contains(&format!("data.id {id} is a synthetic order id")),
        "{}",
        out.stdout
    );

    // IPN has no order topic: refused before anything is sent.
    let ipn = receiver::start(Mode::AcceptAll).await;
    let out = send(&ipn, &["--format", "ipn"]).run_async().await;
    out.expect_code(2);
    assert!(
        out.stderr.contains("IPN has no order topic"),
        "{}",
        out.stderr
    );
    assert!(ipn.requests().is_empty());
}

#[tokio::test]
async fn explain_describes_the_order_notification_and_the_casing_question() {
    let out = mp_golive(["explain", ID]).run_async().await;
    out.expect_code(0);
    for needle in [
        "Orders API",
        "order.processed",
        "original case",
        "lower-cased",
        "order-lowercase-id",
        "order-refused",
        "Confidence: high for the SDKs' casing",
        "sdk-java #420",
        "IPN has no order topic",
    ] {
        assert!(out.stdout.contains(needle), "{needle}: {}", out.stdout);
    }
}
