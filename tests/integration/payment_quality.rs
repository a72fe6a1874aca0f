//! The `payment-quality` check: product detection, the preference behind a Checkout Pro
//! payment, each checklist item and the estimated score, through the real binary and the
//! fake API. Also the whole run's request discipline with every check active.

use std::collections::HashMap;

use serde_json::{Value, json};

use crate::common::{Output, check_json};
use crate::support::fake_api::*;

const PAYMENT: u64 = 111383868117;

fn quality(api: &FakeApi) -> crate::common::Run {
    check_json(&api.url()).args([
        "--only",
        "payment-quality",
        "--payment-id",
        &PAYMENT.to_string(),
    ])
}

fn findings(out: &Output) -> Vec<Value> {
    out.check("payment-quality")["findings"]
        .as_array()
        .unwrap()
        .clone()
}

fn messages(out: &Output, code: &str) -> Vec<String> {
    findings(out)
        .into_iter()
        .filter(|f| f["code"] == code)
        .map(|f| f["message"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn complete_checkout_pro_payment_scores_100_and_passes() {
    let api = FakeApi::ready().await;
    api.checkout_pro(
        PAYMENT,
        complete_checkout_pro_payment(PAYMENT),
        complete_preference(PREFERENCE_ID),
    )
    .await;
    let out = quality(&api).run_async().await;
    out.expect_code(0);
    let c = out.check("payment-quality");
    assert_eq!(c["status"], "pass", "{c}");
    assert_eq!(c["required"], false);
    assert_eq!(
        out.codes("payment-quality"),
        ["payment-quality/score"],
        "{c}"
    );
    let score = messages(&out, "payment-quality/score");
    assert!(
        score[0].contains("14 of 14") && score[0].contains("estimate"),
        "{score:?}"
    );
    let summary = c["summary"].as_str().unwrap();
    assert!(
        summary.contains("estimated score 100/100")
            && summary.contains("Checkout Pro")
            && summary.contains("official score"),
        "{summary}"
    );
    assert_eq!(api.count(&format!("/merchant_orders/{ORDER_ID}")).await, 1);
    assert_eq!(
        api.count(&format!("/checkout/preferences/{PREFERENCE_ID}"))
            .await,
        1
    );
}

#[tokio::test]
async fn bare_payment_fails_with_each_missing_item() {
    let api = FakeApi::ready().await;
    api.payment(PAYMENT, bare_payment(PAYMENT)).await;
    let out = quality(&api).run_async().await;
    out.expect_code(0);
    let c = out.check("payment-quality");
    assert_eq!(c["status"], "fail", "{c}");
    let low = messages(&out, "payment-quality/low-score");
    assert_eq!(low.len(), 1);
    assert!(messages(&out, "payment-quality/score").is_empty());
    assert!(
        low[0].contains("0/100") && low[0].contains("estimate") && low[0].contains("75"),
        "{}",
        low[0]
    );
    let missing = messages(&out, "payment-quality/missing-item");
    for (item, path) in [
        ("item_id", "items[].id"),
        ("item_title", "items[].title"),
        ("item_description", "items[].description"),
        ("item_category_id", "items[].category_id"),
        ("item_quantity", "items[].quantity"),
        ("item_unit_price", "items[].unit_price"),
        ("email", "payer.email"),
        ("payer_first_name", "payer.first_name"),
        ("payer_last_name", "payer.last_name"),
        (
            "statement_descriptor_/_soft_descriptor",
            "statement_descriptor",
        ),
        ("external_reference", "external_reference"),
        ("webhooks_ipn", "notification_url"),
        ("back_end_sdk", "tracking_id"),
        ("issuer_id", "issuer_id"),
    ] {
        assert!(
            missing
                .iter()
                .any(|m| m.contains(&format!("`{item}`")) && m.contains(path)),
            "{item} not listed: {missing:#?}"
        );
    }
    assert_eq!(missing.len(), 14, "{missing:#?}");
    assert!(
        !missing.iter().any(|m| m.contains("back_urls")),
        "Checkout API is scored with its own list"
    );
    let f = findings(&out)
        .into_iter()
        .find(|f| f["message"].as_str().unwrap().contains("`issuer_id`"))
        .unwrap();
    assert!(
        f["remedy"].as_str().unwrap().contains("issuer_id"),
        "each item has its own fix: {f}"
    );
    assert_eq!(f["severity"], "warning");
    let hidden = messages(&out, "payment-quality/not-verifiable");
    assert!(
        hidden.len() == 1 && hidden[0].contains("device_id") && hidden[0].contains("secure_form"),
        "{hidden:?}"
    );
    assert_eq!(
        api.count(&format!("/merchant_orders/{ORDER_ID}")).await,
        0,
        "no preference to follow for Checkout API"
    );
}

#[tokio::test]
async fn complete_checkout_api_payment_scores_100_with_its_own_list() {
    let api = FakeApi::ready().await;
    api.payment(PAYMENT, complete_checkout_api_payment(PAYMENT))
        .await;
    let out = quality(&api).run_async().await;
    out.expect_code(0);
    let c = out.check("payment-quality");
    assert_eq!(c["status"], "pass", "{c}");
    assert_eq!(
        out.codes("payment-quality"),
        ["payment-quality/score", "payment-quality/not-verifiable"]
    );
    let summary = c["summary"].as_str().unwrap();
    assert!(
        summary.contains("100/100") && summary.contains("Checkout API"),
        "{summary}"
    );
}

#[tokio::test]
async fn numeric_strings_count_and_the_capture_is_scored() {
    let api = FakeApi::ready().await;
    let mut p = captured_checkout_pro_payment();
    p["collector_id"] = json!(USER_ID);
    api.checkout_pro(PAYMENT, p, complete_preference(PREFERENCE_ID))
        .await;
    let out = quality(&api).run_async().await;
    let missing = messages(&out, "payment-quality/missing-item");
    assert!(
        !missing
            .iter()
            .any(|m| m.contains("item_quantity") || m.contains("item_unit_price")),
        "\"1\" is a quantity and a price: {missing:?}"
    );
    assert_eq!(missing.len(), 1, "{missing:?}");
    assert!(missing[0].contains("back_end_sdk") && missing[0].contains("type:N/A"));
    assert_eq!(out.check("payment-quality")["status"], "warn");
    let score = messages(&out, "payment-quality/score");
    assert!(
        score.len() == 1 && score[0].contains("93/100") && score[0].contains("13 of 14"),
        "{score:?}"
    );
    assert!(messages(&out, "payment-quality/low-score").is_empty());
}

#[tokio::test]
async fn statement_descriptor_filled_by_mercado_pago_does_not_count() {
    let api = FakeApi::ready().await;
    let mut p = complete_checkout_api_payment(PAYMENT);
    p["statement_descriptor"] = json!("MP*MYSHOP");
    api.payment(PAYMENT, p).await;
    let out = quality(&api).run_async().await;
    let missing = messages(&out, "payment-quality/missing-item");
    assert_eq!(missing.len(), 1, "{missing:?}");
    assert!(
        missing[0].contains("filled in by Mercado Pago"),
        "{}",
        missing[0]
    );
}

#[tokio::test]
async fn good_practices_are_info() {
    let api = FakeApi::ready().await;
    let mut pref = complete_preference(PREFERENCE_ID);
    pref["expires"] = json!(false);
    pref["payment_methods"] = json!({"excluded_payment_methods": []});
    api.checkout_pro(PAYMENT, complete_checkout_pro_payment(PAYMENT), pref)
        .await;
    let out = quality(&api).run_async().await;
    out.expect_code(0);
    assert_eq!(out.check("payment-quality")["status"], "pass");
    let gp = messages(&out, "payment-quality/good-practice");
    assert_eq!(gp.len(), 2, "{gp:?}");
    assert!(gp.iter().any(|m| m.contains("`expiration`")));
    assert!(gp.iter().any(|m| m.contains("`max_installments`")));
    assert!(findings(&out).iter().all(|f| f["severity"] == "info"));
}

#[tokio::test]
async fn missing_back_urls_come_from_the_preference() {
    let api = FakeApi::ready().await;
    let mut pref = complete_preference(PREFERENCE_ID);
    pref["back_urls"] = json!({"success": "", "pending": "", "failure": ""});
    api.checkout_pro(PAYMENT, complete_checkout_pro_payment(PAYMENT), pref)
        .await;
    let out = quality(&api).run_async().await;
    let missing = messages(&out, "payment-quality/missing-item");
    assert!(
        missing.len() == 1 && missing[0].contains("back_urls"),
        "{missing:?}"
    );
}

#[tokio::test]
async fn unreachable_preference_is_an_error_not_a_pass() {
    let api = FakeApi::ready().await;
    api.payment(PAYMENT, complete_checkout_pro_payment(PAYMENT))
        .await;
    let out = quality(&api).run_async().await;
    let c = out.check("payment-quality");
    assert_eq!(c["status"], "error", "{c}");
    assert_eq!(
        out.codes("payment-quality"),
        ["payment-quality/api-error", "payment-quality/score"],
        "back_urls and binary_mode are not scored without the preference"
    );
    assert!(messages(&out, "payment-quality/score")[0].contains("13 of 13"));
}

#[tokio::test]
async fn test_mode_payment_is_not_production() {
    let api = FakeApi::ready().await;
    let mut p = complete_checkout_api_payment(PAYMENT);
    p["live_mode"] = json!(false);
    api.payment(PAYMENT, p).await;
    let out = quality(&api).run_async().await;
    assert_eq!(out.check("payment-quality")["status"], "fail");
    assert_eq!(
        out.codes("payment-quality"),
        [
            "payment-quality/not-production",
            "payment-quality/score",
            "payment-quality/not-verifiable"
        ]
    );
}

#[tokio::test]
async fn payment_of_another_seller_is_other_account() {
    let api = FakeApi::ready().await;
    api.checkout_pro(
        PAYMENT,
        captured_checkout_pro_payment(),
        complete_preference(PREFERENCE_ID),
    )
    .await;
    let out = quality(&api).run_async().await;
    assert_eq!(out.check("payment-quality")["status"], "fail");
    assert_eq!(
        out.codes("payment-quality"),
        ["payment-quality/other-account"]
    );
    assert!(out.stdout.contains("2437907601") && out.stdout.contains(&USER_ID.to_string()));
    assert_eq!(
        api.count(&format!("/merchant_orders/{ORDER_ID}")).await,
        0,
        "another seller's order is not followed"
    );
}

#[tokio::test]
async fn unknown_payment_is_not_found() {
    let api = FakeApi::ready().await;
    api.answer(
        "GET",
        &format!("/v1/payments/{PAYMENT}"),
        404,
        json!({"message": "Payment not found", "error": "not_found", "status": 404,
               "cause": [{"code": 2000, "description": "Payment not found"}]}),
    )
    .await;
    let out = quality(&api).run_async().await;
    assert_eq!(out.check("payment-quality")["status"], "fail");
    assert_eq!(out.codes("payment-quality"), ["payment-quality/not-found"]);
}

#[tokio::test]
async fn without_a_payment_id_it_is_skipped() {
    let api = FakeApi::ready().await;
    let out = check_json(&api.url())
        .args(["--only", "payment-quality,payment-approval"])
        .run_async()
        .await;
    out.expect_code(0);
    for id in ["payment-quality", "payment-approval"] {
        let c = out.check(id);
        assert_eq!(c["status"], "skip", "{c}");
        assert!(c["summary"].as_str().unwrap().contains("payment id"), "{c}");
    }
}

/// Every check at once: each resource is requested once, and without --probe-pix nothing
/// but GETs is sent.
#[tokio::test]
async fn a_full_run_requests_nothing_twice_and_only_reads() {
    let api = FakeApi::ready().await;
    api.checkout_pro(
        PAYMENT,
        complete_checkout_pro_payment(PAYMENT),
        complete_preference(PREFERENCE_ID),
    )
    .await;
    let out = check_json(&api.url())
        .args(["--payment-id", &PAYMENT.to_string()])
        .run_async()
        .await;
    out.expect_code(0);
    for id in [
        "credentials",
        "pix-key",
        "reports",
        "payment-quality",
        "payment-approval",
    ] {
        assert_eq!(out.check(id)["status"], "pass", "{}", out.check(id));
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    for r in api.requests().await {
        assert_eq!(r.method.as_str(), "GET", "{} {}", r.method, r.url);
        let auth = r.headers.contains_key("authorization");
        *seen.entry(format!("{} auth={auth}", r.url)).or_default() += 1;
    }
    assert!(seen.values().all(|n| *n == 1), "{seen:#?}");
    for p in [
        "/users/me".to_owned(),
        format!("/v1/payments/{PAYMENT}"),
        "/v1/payment_methods".to_owned(),
    ] {
        let n = seen
            .keys()
            .filter(|k| k.ends_with(&format!("{p} auth=true")))
            .count();
        assert_eq!(n, 1, "{p} once with the token: {seen:#?}");
    }
}

/// On Checkout Pro the payment's top-level payer is the buyer's Mercado Pago account, filled
/// in by Mercado Pago: only what the preference (and additional_info) sent counts.
#[tokio::test]
async fn checkout_pro_payer_comes_from_the_preference_not_the_buyer_account() {
    let api = FakeApi::ready().await;
    let mut pref = complete_preference(PREFERENCE_ID);
    pref["payer"] = json!({});
    let mut payment = complete_checkout_pro_payment(PAYMENT);
    payment["additional_info"]["payer"] = json!({});
    api.checkout_pro(PAYMENT, payment, pref).await;
    let out = quality(&api).run_async().await;
    let missing = messages(&out, "payment-quality/missing-item");
    assert!(
        missing.iter().any(|m| m.contains("payer.email")),
        "{missing:?}"
    );
}

/// Advisory, the check is skipped without a payment; required, it fails `not-configured`.
#[tokio::test]
async fn required_without_a_payment_id_fails_not_configured() {
    let api = FakeApi::ready().await;
    let out = check_json(&api.url())
        .args(["--only", "payment-quality"])
        .run_async()
        .await;
    out.expect_code(0);
    assert_eq!(out.check("payment-quality")["status"], "skip");

    let dir = crate::common::with_config("[checks.payment-quality]\nrequired = true\n");
    let out = check_json(&api.url())
        .args(["--only", "payment-quality"])
        .cwd(dir.path())
        .run_async()
        .await;
    out.expect_code(1);
    assert_eq!(out.json()["verdict"], "not_ready");
    assert_eq!(out.check("payment-quality")["status"], "fail");
    assert_eq!(
        out.codes("payment-quality"),
        ["payment-quality/not-configured"]
    );
    let f = out.finding("payment-quality", "payment-quality/not-configured");
    assert_eq!(f["severity"], "error");
    assert!(
        f["remedy"].as_str().unwrap().contains("--payment-id"),
        "{f}"
    );
    assert!(
        api.requests().await.is_empty(),
        "nothing to ask without a payment"
    );
}

/// The API accepts and never answers, the per-request timeout is longer than the run's
/// deadline: the check cannot finish, whatever the machine's speed. Required, the verdict
/// is incomplete.
#[tokio::test]
async fn an_api_that_never_answers_meets_the_deadline() {
    use crate::support::raw_tcp::{self, Behaviour};
    let api = raw_tcp::start(Behaviour::Hang).await;
    let dir = crate::common::with_config("[checks.payment-quality]\nrequired = true\n");
    let out = check_json(&api.url)
        .args([
            "--only",
            "payment-quality",
            "--payment-id",
            &PAYMENT.to_string(),
        ])
        .args(["--timeout", "60", "--deadline", "1"])
        .cwd(dir.path())
        .run_async()
        .await;
    out.expect_code(3);
    assert_eq!(out.json()["verdict"], "incomplete");
    crate::codes::assert_cut_short(&out, "payment-quality/deadline");
}

/// The loopback API of [`the_preference_chain_does_not_wait_for_users_me`].
fn chain_api(line: &str) -> Vec<u8> {
    use crate::support::raw_tcp::json_response;
    let body = if line.contains("/users/me") {
        user_body(&Account::default())
    } else if line.contains(&format!("/v1/payments/{PAYMENT}")) {
        complete_checkout_pro_payment(PAYMENT)
    } else if line.contains(&format!("/merchant_orders/{ORDER_ID}")) {
        merchant_order_body(ORDER_ID, PREFERENCE_ID, PAYMENT)
    } else if line.contains(&format!("/checkout/preferences/{PREFERENCE_ID}")) {
        complete_preference(PREFERENCE_ID)
    } else {
        return json_response(404, r#"{"message":"not found","status":404}"#);
    };
    json_response(200, &body.to_string())
}

/// payment -> merchant order -> preference is the run's critical path: the merchant order
/// is asked while `/users/me` is still unanswered (the API holds that answer until the
/// merchant order request arrives), and the account is still compared at the end.
#[tokio::test]
async fn the_preference_chain_does_not_wait_for_users_me() {
    use crate::support::raw_tcp;
    let (api, overlapped) = raw_tcp::held_until(
        "/users/me",
        "/merchant_orders/",
        std::time::Duration::from_secs(2),
        chain_api,
    )
    .await;
    let out = check_json(&api.url)
        .args([
            "--only",
            "payment-quality",
            "--payment-id",
            &PAYMENT.to_string(),
        ])
        .run_async()
        .await;
    out.expect_code(0);
    assert_eq!(out.codes("payment-quality"), ["payment-quality/score"]);
    assert!(
        overlapped.load(std::sync::atomic::Ordering::SeqCst),
        "the merchant order was asked only after /users/me answered"
    );
}
