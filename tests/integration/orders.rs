//! `--order-id` (Orders API): payment-quality and payment-approval read `GET /v1/orders/{id}`
//! of the fake API, in the shapes of the official Node SDK's types, through the real binary.

use serde_json::{Value, json};

use crate::common::{Output, check_json, mp_golive, with_config};
use crate::support::fake_api::*;

const PAYMENT: u64 = 5553322110;

fn on_order(api: &FakeApi, check: &str) -> crate::common::Run {
    check_json(&api.url()).args(["--only", check, "--order-id", ORDERS_ID])
}

fn messages(out: &Output, check: &str, code: &str) -> Vec<String> {
    out.check(check)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == code)
        .map(|f| f["message"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn a_complete_online_order_scores_every_item_it_shows_and_passes() {
    let api = FakeApi::ready().await;
    api.order(ORDERS_ID, complete_order(ORDERS_ID)).await;
    let out = on_order(&api, "payment-quality").run_async().await;
    out.expect_code(0);
    let c = out.check("payment-quality");
    assert_eq!(c["status"], "pass", "{c}");
    assert_eq!(
        out.codes("payment-quality"),
        ["payment-quality/score", "payment-quality/not-verifiable"],
        "{c}"
    );
    let score = &messages(&out, "payment-quality", "payment-quality/score")[0];
    assert!(
        score.starts_with(&format!(
            "Order {ORDERS_ID}: Estimated quality score 100/100 for Checkout API / Bricks"
        )) && score.contains("(Checkout API over Orders)"),
        "{score}"
    );
    let summary = c["summary"].as_str().unwrap();
    assert!(
        summary.starts_with(&format!("order {ORDERS_ID}: estimated score 100/100")),
        "the order id keeps its case: {summary}"
    );
    let unseen = &messages(&out, "payment-quality", "payment-quality/not-verifiable")[0];
    for item in [
        "`webhooks_ipn`",
        "`back_end_sdk`",
        "`issuer_id`",
        "`device_id`",
    ] {
        assert!(unseen.contains(item), "{unseen}");
    }
    assert!(unseen.contains("the order does not show them"), "{unseen}");
    // One GET of the order and nothing of the Payments API.
    assert_eq!(api.count(&format!("/v1/orders/{ORDERS_ID}")).await, 1);
    assert!(
        api.requests()
            .await
            .iter()
            .all(|r| !r.url.path().starts_with("/v1/payments")),
    );
}

#[tokio::test]
async fn a_payer_the_get_does_not_echo_is_not_verifiable_never_missing() {
    let api = FakeApi::ready().await;
    api.order(ORDERS_ID, order_without_payer_echo(ORDERS_ID))
        .await;
    let out = on_order(&api, "payment-quality").run_async().await;
    let c = out.check("payment-quality");
    assert_eq!(c["status"], "pass", "{c}");
    assert!(
        messages(&out, "payment-quality", "payment-quality/missing-item").is_empty(),
        "{c}"
    );
    let unseen = &messages(&out, "payment-quality", "payment-quality/not-verifiable")[0];
    for item in ["`email`", "`payer_first_name`", "`payer_last_name`"] {
        assert!(unseen.contains(item), "{unseen}");
    }
    assert!(unseen.contains("customer_id"), "{unseen}");
    // Good practices about the buyer are not reported as unfollowed either.
    assert!(
        messages(&out, "payment-quality", "payment-quality/good-practice")
            .iter()
            .all(|m| !m.contains("payer_")),
        "{c}"
    );
}

#[tokio::test]
async fn a_bare_order_lacks_items_and_scores_below_the_pass_mark() {
    let api = FakeApi::ready().await;
    api.order(ORDERS_ID, bare_order(ORDERS_ID)).await;
    let out = on_order(&api, "payment-quality").run_async().await;
    // Advisory by default: the check fails, the run does not.
    out.expect_code(0);
    let c = out.check("payment-quality");
    assert_eq!(c["status"], "fail", "{c}");
    let low = &messages(&out, "payment-quality", "payment-quality/low-score")[0];
    assert!(low.contains("below the pass mark of 75"), "{low}");
    let missing = messages(&out, "payment-quality", "payment-quality/missing-item");
    for path in [
        "items[].id",
        "items[].description",
        "items[].category_id",
        "external_reference",
        "statement_descriptor",
    ] {
        assert!(
            missing.iter().any(|m| m.contains(path)),
            "no missing item about {path}: {missing:?}"
        );
    }
    assert!(
        missing
            .iter()
            .all(|m| m.starts_with(&format!("Order {ORDERS_ID}: "))),
        "{missing:?}"
    );
}

#[tokio::test]
async fn the_pass_mark_is_a_setting() {
    let api = FakeApi::ready().await;
    let mut order = complete_order(ORDERS_ID);
    // Two of eleven scored items gone: 82/100.
    order.as_object_mut().unwrap().remove("external_reference");
    order["items"][0]["category_id"] = Value::Null;
    api.order(ORDERS_ID, order).await;
    let out = on_order(&api, "payment-quality").run_async().await;
    assert_eq!(out.check("payment-quality")["status"], "warn");
    let dir = with_config("[checks.payment-quality]\npass_mark = 90\n");
    let strict = on_order(&api, "payment-quality")
        .cwd(dir.path())
        .run_async()
        .await;
    let c = strict.check("payment-quality");
    assert_eq!(c["status"], "fail", "{c}");
    let low = &messages(&strict, "payment-quality", "payment-quality/low-score")[0];
    assert!(low.contains("below the pass mark of 90"), "{low}");
    for bad in ["0", "101", "\"75\""] {
        let dir = with_config(&format!("[checks.payment-quality]\npass_mark = {bad}\n"));
        let out = on_order(&api, "payment-quality")
            .cwd(dir.path())
            .run_async()
            .await;
        out.expect_code(2);
        assert!(
            out.stderr.contains("[checks.payment-quality] pass_mark"),
            "{}",
            out.stderr
        );
    }
    let explain = mp_golive(["explain", "payment-quality"]).run();
    assert!(explain.stdout.contains("pass_mark"), "{}", explain.stdout);
    assert!(explain.stdout.contains("73"), "{}", explain.stdout);
}

#[tokio::test]
async fn a_checkout_pro_order_is_scored_against_the_checkout_pro_checklist() {
    let api = FakeApi::ready().await;
    let mut order = complete_order(ORDERS_ID);
    order["checkout_url"] = json!("https://www.mercadopago.com.br/checkout/v1/redirect?pref_id=1");
    order["processing_mode"] = json!("manual");
    order["config"] = json!({"online": {"success_url": "https://shop.example/ok"}});
    api.order(ORDERS_ID, order).await;
    let out = on_order(&api, "payment-quality").run_async().await;
    let c = out.check("payment-quality");
    let score = &messages(&out, "payment-quality", "payment-quality/score")[0];
    assert!(
        score.contains("for Checkout Pro") && score.contains("Checkout Pro over Orders"),
        "{score}"
    );
    // Its good practices are read at their Orders paths.
    let practices = messages(&out, "payment-quality", "payment-quality/good-practice");
    assert!(
        practices.iter().any(|m| m.contains("expiration_time"))
            && practices.iter().any(|m| m.contains("max_installments")),
        "{c}"
    );
}

#[tokio::test]
async fn a_qr_order_is_not_covered_and_not_scored() {
    let api = FakeApi::ready().await;
    let mut order = complete_order(ORDERS_ID);
    order["type"] = json!("qr");
    api.order(ORDERS_ID, order).await;
    let out = on_order(&api, "payment-quality").run_async().await;
    out.expect_code(0);
    let c = out.check("payment-quality");
    assert_eq!(c["status"], "skip", "{c}");
    assert_eq!(
        out.codes("payment-quality"),
        ["payment-quality/order-not-covered"]
    );
    assert!(c["summary"].as_str().unwrap().contains("type qr"), "{c}");
}

#[tokio::test]
async fn an_order_of_another_account_or_a_test_one_is_refused() {
    let api = FakeApi::ready().await;
    let mut other = complete_order(ORDERS_ID);
    other["user_id"] = json!("111222333");
    api.order(ORDERS_ID, other).await;
    for check in ["payment-quality", "payment-approval"] {
        let out = on_order(&api, check).run_async().await;
        let code = format!("{check}/other-account");
        let m = &messages(&out, check, &code);
        assert!(
            m.len() == 1 && m[0].contains("111222333") && m[0].contains(&USER_ID.to_string()),
            "{check}: {}",
            out.stdout
        );
        assert_eq!(out.check(check)["status"], "fail");
    }
    let api = FakeApi::ready().await;
    let mut test = complete_order(ORDERS_ID);
    test["live_mode"] = json!(false);
    api.order(ORDERS_ID, test).await;
    let out = on_order(&api, "payment-quality").run_async().await;
    let m = messages(&out, "payment-quality", "payment-quality/not-production");
    assert!(m[0].contains("live_mode: false"), "{m:?}");
}

#[tokio::test]
async fn a_missing_or_refused_order_is_not_found_or_an_api_error() {
    let api = FakeApi::ready().await;
    api.answer(
        "GET",
        &format!("/v1/orders/{ORDERS_ID}"),
        404,
        json!({"errors": [{"code": "order_not_found", "message": "Order not found"}]}),
    )
    .await;
    let out = on_order(&api, "payment-approval").run_async().await;
    let m = messages(&out, "payment-approval", "payment-approval/not-found");
    assert!(m[0].contains(ORDERS_ID), "{m:?}");
    let api = FakeApi::ready().await;
    api.answer(
        "GET",
        &format!("/v1/orders/{ORDERS_ID}"),
        401,
        json!({"message": "invalid access token", "status": 401}),
    )
    .await;
    let out = on_order(&api, "payment-quality").run_async().await;
    let c = out.check("payment-quality");
    assert_eq!(c["status"], "error", "{c}");
    assert_eq!(out.codes("payment-quality"), ["payment-quality/api-error"]);
}

#[tokio::test]
async fn approval_reads_the_orders_paths_and_lists_what_it_cannot_see() {
    let api = FakeApi::ready().await;
    api.order(ORDERS_ID, complete_order(ORDERS_ID)).await;
    let out = on_order(&api, "payment-approval").run_async().await;
    let c = out.check("payment-approval");
    assert_eq!(c["status"], "pass", "{c}");
    // The fixture sends no shipment: a GET need not echo one, so it is not verifiable.
    let unseen = messages(&out, "payment-approval", "payment-approval/not-verifiable");
    assert!(unseen[0].contains("shipment.address"), "{unseen:?}");

    let api = FakeApi::ready().await;
    let mut order = order_without_payer_echo(ORDERS_ID);
    order["items"][0]["category_id"] = json!("tickets");
    order["items"][0]
        .as_object_mut()
        .unwrap()
        .remove("description");
    api.order(ORDERS_ID, order).await;
    let out = on_order(&api, "payment-approval").run_async().await;
    let c = out.check("payment-approval");
    assert_eq!(c["status"], "warn", "{c}");
    let missing = messages(&out, "payment-approval", "payment-approval/missing-field");
    assert_eq!(
        missing,
        [
            format!("Order {ORDERS_ID} lacks items[].description: absent on 1 of 1 items."),
            format!(
                "Order {ORDERS_ID} lacks items[].event_date: absent on 1 ticket or entertainment item(s)."
            ),
        ],
        "{c}"
    );
    let unseen = &messages(&out, "payment-approval", "payment-approval/not-verifiable")[0];
    assert!(unseen.contains("the buyer"), "{unseen}");
    assert!(
        !unseen.contains("shipment"),
        "tickets are not shipped: {unseen}"
    );

    let api = FakeApi::ready().await;
    let mut order = complete_order(ORDERS_ID);
    order["shipment"] =
        json!({"address": {"zip_code": "01310-100", "street_name": "Av. Paulista"}});
    order["items"][0]["category_id"] = json!("fashion");
    api.order(ORDERS_ID, order).await;
    let out = on_order(&api, "payment-approval").run_async().await;
    assert_eq!(
        messages(&out, "payment-approval", "payment-approval/missing-field"),
        [format!(
            "Order {ORDERS_ID} lacks shipment.address: no street_number."
        )]
    );
}

#[tokio::test]
async fn with_both_ids_both_are_evaluated_and_each_finding_names_its_subject() {
    let api = FakeApi::ready().await;
    api.order(ORDERS_ID, bare_order(ORDERS_ID)).await;
    api.payment(PAYMENT, complete_checkout_api_payment(PAYMENT))
        .await;
    let out = check_json(&api.url())
        .args(["--only", "payment-quality,payment-approval"])
        .args([
            "--order-id",
            ORDERS_ID,
            "--payment-id",
            &PAYMENT.to_string(),
        ])
        .run_async()
        .await;
    let scores = messages(&out, "payment-quality", "payment-quality/score");
    assert!(
        scores
            .iter()
            .any(|m| m.starts_with(&format!("Payment {PAYMENT}: "))),
        "{scores:?}"
    );
    let low = messages(&out, "payment-quality", "payment-quality/low-score");
    assert!(
        low[0].starts_with(&format!("Order {ORDERS_ID}: ")),
        "{low:?}"
    );
    let every = out.check("payment-quality")["findings"]
        .as_array()
        .unwrap()
        .clone();
    assert!(
        every.iter().all(|f| {
            let m = f["message"].as_str().unwrap();
            m.starts_with(&format!("Payment {PAYMENT}"))
                || m.starts_with(&format!("Order {ORDERS_ID}"))
        }),
        "{every:?}"
    );
    let approval = messages(&out, "payment-approval", "payment-approval/missing-field");
    assert!(
        approval
            .iter()
            .all(|m| m.starts_with(&format!("Order {ORDERS_ID} lacks"))),
        "{approval:?}"
    );
    // The order and the payment are each read once, shared by both checks.
    assert_eq!(api.count(&format!("/v1/orders/{ORDERS_ID}")).await, 1);
    assert_eq!(api.count(&format!("/v1/payments/{PAYMENT}")).await, 1);
}

#[tokio::test]
async fn an_order_id_is_validated_before_any_request() {
    let api = FakeApi::ready().await;
    // Flags, environment, and what stderr must say.
    type Case<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)], &'a str);
    let cases: &[Case] = &[
        (
            &["--order-id", "ord01jq4s4ky8hwq6na5pxb65b3d3"],
            &[],
            "upper case",
        ),
        (
            &["--order-id", "ORD01/../../v1/payments"],
            &[],
            "not an Orders API order id",
        ),
        (
            &["--order-id", "ORD01%2F.."],
            &[],
            "not an Orders API order id",
        ),
        (&["--order-id", "1234567890"], &[], "--payment-id"),
        (&["--order-id", "ORD"], &[], "not an Orders API order id"),
        (
            &[],
            &[("MP_GOLIVE_ORDER_ID", "PAY01")],
            "MP_GOLIVE_ORDER_ID",
        ),
    ];
    for (args, env, expected) in cases {
        let mut run = check_json(&api.url())
            .args(["--only", "payment-quality"])
            .args(*args);
        for (k, v) in *env {
            run = run.env(k, v);
        }
        let out = run.run_async().await;
        out.expect_code(2);
        assert!(out.stderr.contains(expected), "{args:?}: {}", out.stderr);
    }
    let dir = with_config("order_id = \"ORD 1\"\n");
    let out = check_json(&api.url())
        .cwd(dir.path())
        .args(["--only", "payment-quality"])
        .run_async()
        .await;
    out.expect_code(2);
    assert!(
        out.stderr.contains("`order_id` in the config file"),
        "{}",
        out.stderr
    );
    assert_eq!(api.requests().await.len(), 0);
}

#[tokio::test]
async fn an_order_id_from_the_environment_or_the_file_is_read() {
    let api = FakeApi::ready().await;
    api.order(ORDERS_ID, complete_order(ORDERS_ID)).await;
    let from_env = check_json(&api.url())
        .args(["--only", "payment-approval"])
        .env("MP_GOLIVE_ORDER_ID", ORDERS_ID)
        .run_async()
        .await;
    assert_eq!(from_env.check("payment-approval")["status"], "pass");
    let dir = with_config(&format!("order_id = \"{ORDERS_ID}\"\n"));
    let from_file = check_json(&api.url())
        .cwd(dir.path())
        .args(["--only", "payment-approval"])
        .run_async()
        .await;
    assert_eq!(from_file.check("payment-approval")["status"], "pass");
    // Without either id, the advisory check is skipped saying what it needs; required, it
    // fails saying how to give one.
    let none = check_json(&api.url())
        .args(["--only", "payment-approval"])
        .run_async()
        .await;
    let c = none.check("payment-approval");
    assert_eq!(c["status"], "skip");
    assert_eq!(c["summary"], "needs payment id or order id");
    let dir = with_config("[checks.payment-approval]\nrequired = true\n");
    let required = check_json(&api.url())
        .cwd(dir.path())
        .args(["--only", "payment-approval"])
        .run_async()
        .await;
    required.expect_code(1);
    let f = required.finding("payment-approval", "payment-approval/not-configured");
    assert!(
        f["remedy"].as_str().unwrap().contains("--order-id ORD…"),
        "{f}"
    );
}
