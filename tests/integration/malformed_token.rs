//! A token as users paste it: what is unambiguous (a byte order mark, a final CRLF,
//! surrounding spaces) is normalised and said at `-v`; anything else is
//! `credentials/malformed`, and then no check sends it anywhere.

use crate::common::{check_json, mp_golive};
use crate::support::fake_api::*;

/// The API saw no request carrying an Authorization header.
async fn nothing_sent_with_a_token(api: &FakeApi) {
    let with_auth: Vec<String> = api
        .requests()
        .await
        .iter()
        .filter(|r| r.headers.contains_key("authorization"))
        .map(|r| format!("{} {}", r.method, r.url.path()))
        .collect();
    assert!(
        with_auth.is_empty(),
        "a malformed token was sent: {with_auth:?}"
    );
}

#[tokio::test]
async fn a_bom_and_crlf_around_the_token_are_dropped_and_said_at_v() {
    let api = FakeApi::ready().await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("token");
    std::fs::write(&file, format!("\u{feff}{TOKEN}\r\n")).unwrap();
    let out = check_json(&api.url())
        .unset("MP_ACCESS_TOKEN")
        .args(["--only", "credentials", "-v"])
        .args(["--access-token-file", file.to_str().unwrap()])
        .run_async()
        .await;
    out.expect_code(0);
    assert_eq!(out.check("credentials")["status"], "pass");
    assert!(
        out.stderr.contains(
            "--access-token-file: removed a UTF-8 byte order mark, a CRLF line ending around the value"
        ),
        "{}",
        out.stderr
    );
    // The token went out as it is, without the BOM.
    let sent = api.requests().await;
    let auth = sent
        .iter()
        .find_map(|r| r.headers.get("authorization"))
        .expect("the token was sent");
    assert_eq!(auth.to_str().unwrap(), format!("Bearer {TOKEN}"));
}

#[tokio::test]
async fn spaces_around_a_variable_are_dropped_and_said_at_v() {
    let api = FakeApi::ready().await;
    let out = check_json(&api.url())
        .env("MP_ACCESS_TOKEN", &format!("  {TOKEN}\t"))
        .args(["--only", "credentials", "-v"])
        .run_async()
        .await;
    out.expect_code(0);
    assert!(
        out.stderr
            .contains("MP_ACCESS_TOKEN: removed surrounding whitespace around the value"),
        "{}",
        out.stderr
    );
}

/// Every check that sends the token, with the payment checks given a payment id.
fn every_token_check(api: &FakeApi) -> crate::common::Run {
    check_json(&api.url()).args(["--payment-id", "1234567890"])
}

#[tokio::test]
async fn a_trailing_zero_width_space_is_malformed_and_never_sent() {
    let api = FakeApi::ready().await;
    let out = every_token_check(&api)
        .env("MP_ACCESS_TOKEN", &format!("{TOKEN}\u{200b}"))
        .run_async()
        .await;
    out.expect_code(1);
    let f = out.finding("credentials", "credentials/malformed");
    let msg = f["message"].as_str().unwrap();
    assert!(
        msg.contains("character 75 is U+200B (a zero-width space)") && msg.contains("not sent"),
        "{msg}"
    );
    for (id, code) in [
        ("pix-key", "pix-key/token-malformed"),
        ("reports", "reports/token-malformed"),
        ("payment-quality", "payment-quality/token-malformed"),
        ("payment-approval", "payment-approval/token-malformed"),
    ] {
        let c = out.check(id);
        assert_eq!(c["status"], "fail", "{c}");
        assert_eq!(out.codes(id), [code], "{c}");
        let f = out.finding(id, code);
        assert_eq!(f["severity"], "error");
        assert!(
            f["message"].as_str().unwrap().contains("credentials check"),
            "{f}"
        );
        assert!(c["summary"].as_str().unwrap().contains("malformed"), "{c}");
    }
    nothing_sent_with_a_token(&api).await;
    assert!(!out.all().contains(TOKEN), "{}", out.all());
}

#[tokio::test]
async fn an_enye_inside_a_token_file_is_malformed_and_never_sent() {
    let api = FakeApi::ready().await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("token.txt");
    let token = TOKEN.replacen("-112609-", "-112ñ09-", 1);
    std::fs::write(&file, format!("\u{feff}{token}\r\n")).unwrap();
    let out = every_token_check(&api)
        .unset("MP_ACCESS_TOKEN")
        .args(["--access-token-file", file.to_str().unwrap()])
        .run_async()
        .await;
    out.expect_code(1);
    let msg = out.finding("credentials", "credentials/malformed")["message"].to_string();
    assert!(msg.contains("U+00F1"), "{msg}");
    assert!(
        out.codes("pix-key")
            .contains(&"pix-key/token-malformed".to_owned())
    );
    nothing_sent_with_a_token(&api).await;
    assert!(!out.all().contains(&token));
}

#[tokio::test]
async fn a_token_of_the_wrong_shape_is_not_sent_by_any_check() {
    let api = FakeApi::ready().await;
    let out = every_token_check(&api)
        .env("MP_ACCESS_TOKEN", "APP_USR-123-abc")
        .run_async()
        .await;
    out.expect_code(1);
    assert!(
        out.codes("reports")
            .contains(&"reports/token-malformed".to_owned())
    );
    nothing_sent_with_a_token(&api).await;
}

#[tokio::test]
async fn the_notifications_check_does_not_send_a_malformed_token_either() {
    let api = FakeApi::ready().await;
    let out = mp_golive([
        "check",
        "--format",
        "json",
        "--only",
        "notifications",
        "--api-url",
        &api.url(),
        "--payment-id",
        "1234567890",
    ])
    .env("MP_ACCESS_TOKEN", &format!("{TOKEN}\u{200b}"))
    .run_async()
    .await;
    // The payment's notification_url could not be read: not ready, never a pass.
    assert_ne!(out.code, 0, "{}", out.stdout);
    assert_ne!(out.check("notifications")["status"], "pass");
    nothing_sent_with_a_token(&api).await;
}

#[tokio::test]
async fn list_and_explain_document_the_code_for_token_checks_only() {
    let out = mp_golive(["explain", "pix-key/token-malformed"]).run();
    out.expect_code(0);
    assert!(out.stdout.contains("never sent"), "{}", out.stdout);
    let out = mp_golive(["explain", "credentials/token-malformed"]).run();
    out.expect_code(2);
    let out = mp_golive(["explain", "checkout-tls/token-malformed"]).run();
    out.expect_code(2);
}
