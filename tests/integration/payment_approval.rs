//! The `payment-approval` check: each recommended field of the payment, through the real
//! binary and the fake API.

use serde_json::json;

use crate::common::{Output, check_json};
use crate::support::fake_api::*;

const PAYMENT: u64 = 5553322110;

fn approval(api: &FakeApi) -> crate::common::Run {
    check_json(&api.url()).args([
        "--only",
        "payment-approval",
        "--payment-id",
        &PAYMENT.to_string(),
    ])
}

fn missing(out: &Output) -> Vec<String> {
    out.check("payment-approval")["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "payment-approval/missing-field")
        .map(|f| f["message"].as_str().unwrap().to_owned())
        .collect()
}

/// The whole JSON report of a payment that lacks some recommended fields: every message,
/// fix and link as the user reads them, in one place a review can see.
#[tokio::test]
async fn a_payment_missing_fields_as_json_snapshot() {
    let api = FakeApi::ready().await;
    let mut p = complete_checkout_api_payment(PAYMENT);
    p["additional_info"]["items"][0]
        .as_object_mut()
        .unwrap()
        .remove("category_id");
    p["payer"].as_object_mut().unwrap().remove("identification");
    api.payment(PAYMENT, p).await;
    let out = approval(&api).run_async().await;
    out.expect_code(0);
    insta::assert_snapshot!(out.snapshot_json());
}

#[tokio::test]
async fn payment_with_every_recommended_field_passes() {
    let api = FakeApi::ready().await;
    api.payment(PAYMENT, complete_checkout_api_payment(PAYMENT))
        .await;
    let out = approval(&api).run_async().await;
    out.expect_code(0);
    let c = out.check("payment-approval");
    assert_eq!(c["status"], "pass", "{c}");
    assert!(out.codes("payment-approval").is_empty(), "{c}");
    assert_eq!(c["required"], false);
}

#[tokio::test]
async fn bare_payment_warns_once_per_missing_field_with_its_path() {
    let api = FakeApi::ready().await;
    api.payment(PAYMENT, bare_payment(PAYMENT)).await;
    let out = approval(&api).run_async().await;
    out.expect_code(0);
    let c = out.check("payment-approval");
    assert_eq!(c["status"], "warn", "{c}");
    let m = missing(&out);
    for path in [
        "additional_info.items",
        "payer.first_name",
        "payer.last_name",
        "payer.email",
        "payer.identification",
        "payer.phone",
        "payer.address",
        "additional_info.shipments.receiver_address",
    ] {
        assert!(
            m.iter().any(|x| x.contains(&format!("lacks {path}:"))),
            "{path} not listed: {m:#?}"
        );
    }
    assert_eq!(m.len(), 8, "{m:#?}");
    assert!(
        c["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["severity"] == "warning")
    );
}

#[tokio::test]
async fn item_fields_and_partial_addresses_are_named() {
    let api = FakeApi::ready().await;
    let mut p = complete_checkout_api_payment(PAYMENT);
    p["additional_info"]["items"] = json!([
        {"id": "1", "title": "Necklace", "description": "Silver", "category_id": "fashion", "quantity": "1", "unit_price": "10"},
        {"id": "2", "title": "Ring", "quantity": "2", "unit_price": "5.5"}
    ]);
    p["additional_info"]["shipments"]["receiver_address"]["street_number"] = json!(null);
    api.payment(PAYMENT, p).await;
    let out = approval(&api).run_async().await;
    let m = missing(&out);
    assert_eq!(m.len(), 3, "{m:#?}");
    assert!(
        m.iter()
            .any(|x| x.contains("additional_info.items[].description") && x.contains("1 of 2"))
    );
    assert!(
        m.iter()
            .any(|x| x.contains("additional_info.items[].category_id"))
    );
    assert!(
        m.iter()
            .any(|x| x.contains("receiver_address") && x.contains("street_number"))
    );
}

#[tokio::test]
async fn ticket_items_need_an_event_date_and_no_shipment() {
    let api = FakeApi::ready().await;
    let mut p = complete_checkout_api_payment(PAYMENT);
    p["additional_info"]["items"][0]["category_id"] = json!("tickets");
    p["additional_info"]["shipments"] = json!(null);
    api.payment(PAYMENT, p.clone()).await;
    let out = approval(&api).run_async().await;
    let m = missing(&out);
    assert!(
        m.len() == 1 && m[0].contains("additional_info.items[].event_date"),
        "{m:#?}"
    );

    let api = FakeApi::ready().await;
    p["additional_info"]["items"][0]["event_date"] = json!("2026-03-01T20:00:00.000-03:00");
    api.payment(PAYMENT, p).await;
    let out = approval(&api).run_async().await;
    assert!(out.codes("payment-approval").is_empty(), "{}", out.stdout);
}

#[tokio::test]
async fn other_account_and_unknown_payments_fail() {
    let api = FakeApi::ready().await;
    let mut p = captured_checkout_pro_payment();
    p["id"] = json!(PAYMENT);
    api.payment(PAYMENT, p).await;
    let out = approval(&api).run_async().await;
    assert_eq!(
        out.codes("payment-approval"),
        ["payment-approval/other-account"]
    );
    assert_eq!(out.check("payment-approval")["status"], "fail");

    let api = FakeApi::ready().await;
    let out = approval(&api).run_async().await;
    assert_eq!(
        out.codes("payment-approval"),
        ["payment-approval/not-found"]
    );
}

#[tokio::test]
async fn both_payment_checks_share_one_request() {
    let api = FakeApi::ready().await;
    api.payment(PAYMENT, complete_checkout_api_payment(PAYMENT))
        .await;
    let out = check_json(&api.url())
        .args([
            "--only",
            "payment-quality,payment-approval,credentials",
            "--payment-id",
            &PAYMENT.to_string(),
        ])
        .run_async()
        .await;
    out.expect_code(0);
    assert_eq!(api.count(&format!("/v1/payments/{PAYMENT}")).await, 1);
    assert_eq!(api.count("/users/me").await, 1);
}

/// `payment-approval` made to gate the verdict, in a fresh directory.
fn gating() -> tempfile::TempDir {
    crate::common::with_config("[checks.payment-approval]\nrequired = true\n")
}

/// Advisory, the check is skipped without a payment; required, it fails `not-configured`.
#[tokio::test]
async fn required_without_a_payment_id_fails_not_configured() {
    let api = FakeApi::ready().await;
    let out = check_json(&api.url())
        .args(["--only", "payment-approval"])
        .run_async()
        .await;
    out.expect_code(0);
    assert_eq!(out.check("payment-approval")["status"], "skip");

    let dir = gating();
    let out = check_json(&api.url())
        .args(["--only", "payment-approval"])
        .cwd(dir.path())
        .run_async()
        .await;
    out.expect_code(1);
    assert_eq!(out.json()["verdict"], "not_ready");
    assert_eq!(out.check("payment-approval")["status"], "fail");
    assert_eq!(
        out.codes("payment-approval"),
        ["payment-approval/not-configured"]
    );
    let f = out.finding("payment-approval", "payment-approval/not-configured");
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

/// The payment cannot be read (HTTP 500 on every attempt): the check is `error`, never a
/// pass, and a required one makes the verdict incomplete.
#[tokio::test]
async fn an_unreadable_payment_is_api_error() {
    let api = FakeApi::ready().await;
    api.answer(
        "GET",
        &format!("/v1/payments/{PAYMENT}"),
        500,
        json!({"message": "internal_error", "error": "internal_server_error", "status": 500, "cause": []}),
    )
    .await;
    let dir = gating();
    let out = approval(&api).cwd(dir.path()).run_async().await;
    out.expect_code(3);
    assert_eq!(out.json()["verdict"], "incomplete");
    let c = out.check("payment-approval");
    assert_eq!(c["status"], "error", "{c}");
    assert_eq!(
        out.codes("payment-approval"),
        ["payment-approval/api-error"]
    );
    assert!(c["summary"].as_str().unwrap().contains("HTTP 500"), "{c}");
}

/// One missing field is one warning: ready, but not with `--strict` once the check gates.
#[tokio::test]
async fn a_missing_field_warns_and_fails_a_strict_gate() {
    let api = FakeApi::ready().await;
    let mut p = complete_checkout_api_payment(PAYMENT);
    p["payer"]["email"] = json!(null);
    api.payment(PAYMENT, p).await;
    let out = approval(&api).run_async().await;
    out.expect_code(0);
    assert_eq!(out.check("payment-approval")["status"], "warn");
    assert_eq!(
        out.codes("payment-approval"),
        ["payment-approval/missing-field"]
    );
    let f = out.finding("payment-approval", "payment-approval/missing-field");
    assert_eq!(f["severity"], "warning");
    assert!(
        f["message"].as_str().unwrap().contains("payer.email"),
        "{f}"
    );
    let dir = gating();
    approval(&api)
        .args(["--strict"])
        .cwd(dir.path())
        .run_async()
        .await
        .expect_code(1);
}

/// The API accepts and never answers, the per-request timeout is longer than the run's
/// deadline: the check cannot finish, whatever the machine's speed. Advisory, it does not
/// change the verdict.
#[tokio::test]
async fn an_api_that_never_answers_meets_the_deadline() {
    use crate::support::raw_tcp::{self, Behaviour};
    let api = raw_tcp::start(Behaviour::Hang).await;
    let out = check_json(&api.url)
        .args([
            "--only",
            "payment-approval",
            "--payment-id",
            &PAYMENT.to_string(),
        ])
        .args(["--timeout", "60", "--deadline", "1"])
        .run_async()
        .await;
    out.expect_code(0);
    assert_eq!(out.json()["verdict"], "ready");
    crate::codes::assert_cut_short(&out, "payment-approval/deadline");
}
