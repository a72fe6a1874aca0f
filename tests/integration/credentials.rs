//! The `credentials` check: one scenario per finding code, through the real binary and the
//! fake API.

use crate::common::{credentials_json, mp_golive, with_config};
use crate::support::fake_api::*;

fn has(codes: &[String], code: &str) -> bool {
    codes.iter().any(|c| c == code)
}

#[tokio::test]
async fn ready_account_passes_and_exits_0() {
    let api = FakeApi::ready().await;
    let out = credentials_json(&api.url()).run_async().await;
    out.expect_code(0);
    let doc = out.json();
    assert_eq!(doc["verdict"], "ready");
    assert_eq!(doc["site"], "MLB", "{}", out.stdout);
    let c = out.check("credentials");
    assert_eq!(c["status"], "pass");
    assert_eq!(c["required"], true);
    assert!(c["findings"].as_array().unwrap().is_empty(), "{c}");
    let summary = c["summary"].as_str().unwrap();
    assert!(
        summary.contains("MYSHOP") && summary.contains(&USER_ID.to_string()),
        "{summary}"
    );
}

#[tokio::test]
async fn missing_inputs_fail_as_not_configured() {
    let out = mp_golive([
        "check",
        "--format",
        "json",
        "--api-url",
        "http://127.0.0.1:9",
    ])
    .run_async()
    .await;
    out.expect_code(1);
    assert_eq!(
        out.codes("credentials"),
        ["credentials/not-configured", "credentials/not-configured"]
    );
    let c = out.check("credentials");
    let text = c.to_string();
    assert!(
        text.contains("MP_ACCESS_TOKEN") && text.contains("MP_PUBLIC_KEY"),
        "{text}"
    );
}

#[tokio::test]
async fn malformed_token_is_never_sent() {
    let api = FakeApi::ready().await;
    let out = credentials_json(&api.url())
        .env("MP_ACCESS_TOKEN", "0123456789abcdef0123456789abcdef")
        .args(["--only", "credentials"])
        .run_async()
        .await;
    out.expect_code(1);
    assert!(has(&out.codes("credentials"), "credentials/malformed"));
    assert_eq!(
        api.requests().await.len(),
        0,
        "a malformed token must not be sent"
    );
}

#[tokio::test]
async fn swapped_key_and_token_are_named() {
    let api = FakeApi::ready().await;
    let out = credentials_json(&api.url())
        .env("MP_ACCESS_TOKEN", PUBLIC_KEY)
        .env("MP_PUBLIC_KEY", TOKEN)
        .run_async()
        .await;
    out.expect_code(1);
    assert!(has(&out.codes("credentials"), "credentials/malformed"));
    assert!(out.stdout.contains("swapped"), "{}", out.stdout);
    assert!(!out.all().contains(TOKEN));
}

#[tokio::test]
async fn test_prefix_credentials_fail() {
    let api = FakeApi::empty().await;
    let account = Account {
        is_test: true,
        ..Account::default()
    };
    api.mount_account(&account, TEST_TOKEN, TEST_PUBLIC_KEY)
        .await;
    let out = credentials_json(&api.url())
        .env("MP_ACCESS_TOKEN", TEST_TOKEN)
        .env("MP_PUBLIC_KEY", TEST_PUBLIC_KEY)
        .run_async()
        .await;
    out.expect_code(1);
    let codes = out.codes("credentials");
    assert!(has(&codes, "credentials/test-prefix"), "{codes:?}");
    assert!(has(&codes, "credentials/test-credentials"), "{codes:?}");
    assert!(!has(&codes, "credentials/test-user"), "{codes:?}");
}

#[tokio::test]
async fn expired_token_is_invalid_token() {
    let api = FakeApi::ready().await;
    let expired = "APP_USR-1234567890123456-010203-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-987654321";
    let out = credentials_json(&api.url())
        .env("MP_ACCESS_TOKEN", expired)
        .run_async()
        .await;
    out.expect_code(1);
    let codes = out.codes("credentials");
    assert_eq!(
        codes
            .iter()
            .filter(|c| *c == "credentials/invalid-token")
            .count(),
        1,
        "{codes:?}"
    );
    assert!(out.stdout.contains("HTTP 401"), "{}", out.stdout);
}

#[tokio::test]
async fn test_user_account_fails() {
    let api = FakeApi::test_user().await;
    let out = credentials_json(&api.url()).run_async().await;
    out.expect_code(1);
    assert_eq!(out.codes("credentials"), ["credentials/test-user"]);
    assert!(out.stdout.contains(&format!("TESTUSER{USER_ID}")));
}

#[tokio::test]
async fn token_of_another_user_is_user_mismatch() {
    let api = FakeApi::empty().await;
    let edited = "APP_USR-1234567890123456-112609-3f9c2a7be14d8f06a5c3e9b27d41f08c-111111111";
    api.mount_account(&Account::default(), edited, PUBLIC_KEY)
        .await;
    let out = credentials_json(&api.url())
        .env("MP_ACCESS_TOKEN", edited)
        .run_async()
        .await;
    out.expect_code(1);
    assert_eq!(out.codes("credentials"), ["credentials/user-mismatch"]);
}

#[tokio::test]
async fn unknown_public_key_is_invalid_public_key() {
    let api = FakeApi::ready().await;
    let unknown = "APP_USR-00000000-0000-0000-0000-000000000000";
    let out = credentials_json(&api.url())
        .env("MP_PUBLIC_KEY", unknown)
        .run_async()
        .await;
    out.expect_code(1);
    assert_eq!(out.codes("credentials"), ["credentials/invalid-public-key"]);
}

#[tokio::test]
async fn key_of_another_application_is_application_mismatch() {
    let api = FakeApi::ready().await;
    let out = credentials_json(&api.url())
        .env("MP_PUBLIC_KEY", OTHER_APP_PUBLIC_KEY)
        .run_async()
        .await;
    out.expect_code(1);
    assert_eq!(
        out.codes("credentials"),
        ["credentials/application-mismatch"]
    );
    assert!(out.stdout.contains(&OTHER_CLIENT_ID.to_string()));
}

#[tokio::test]
async fn not_homologated_is_not_activated_error() {
    let api = FakeApi::with_account(Account {
        homologated: false,
        ..Account::default()
    })
    .await;
    let out = credentials_json(&api.url()).run_async().await;
    out.expect_code(1);
    assert_eq!(out.codes("credentials"), ["credentials/not-activated"]);
    assert_eq!(out.check("credentials")["findings"][0]["severity"], "error");
}

#[tokio::test]
async fn account_of_another_site_is_site_mismatch() {
    let api = FakeApi::ready().await;
    let out = credentials_json(&api.url())
        .args(["--site", "mla"])
        .run_async()
        .await;
    out.expect_code(1);
    assert_eq!(out.codes("credentials"), ["credentials/site-mismatch"]);
    assert_eq!(out.json()["site"], "MLA");
    let ok = credentials_json(&api.url())
        .args(["--site", "MLB"])
        .run_async()
        .await;
    ok.expect_code(0);
}

#[tokio::test]
async fn without_the_wrapper_the_key_is_validated_by_payment_methods() {
    let api = FakeApi::ready().await;
    api.without_wrapper().await;
    let out = credentials_json(&api.url())
        .args(["--only", "credentials"])
        .run_async()
        .await;
    out.expect_code(0);
    assert_eq!(out.check("credentials")["status"], "pass");
    assert_eq!(
        out.codes("credentials"),
        ["credentials/wrapper-unavailable"]
    );
    let f = &out.check("credentials")["findings"][0];
    assert_eq!(f["severity"], "info");
    let msg = f["message"].as_str().unwrap();
    assert!(
        msg.contains("activated") && msg.contains("same application"),
        "{msg}"
    );
    assert_eq!(api.count("/v1/payment_methods").await, 1);

    let bad = credentials_json(&api.url())
        .env(
            "MP_PUBLIC_KEY",
            "APP_USR-00000000-0000-0000-0000-000000000000",
        )
        .run_async()
        .await;
    bad.expect_code(1);
    assert!(has(
        &bad.codes("credentials"),
        "credentials/invalid-public-key"
    ));
}

#[tokio::test]
async fn optional_check_does_not_gate_the_verdict() {
    let api = FakeApi::test_user().await;
    let dir = with_config("[checks.credentials]\nrequired = false\n");
    let out = credentials_json(&api.url())
        .cwd(dir.path())
        .run_async()
        .await;
    out.expect_code(0);
    assert_eq!(out.check("credentials")["status"], "fail");
    assert_eq!(out.check("credentials")["required"], false);
}

#[tokio::test]
async fn disabled_check_is_skipped() {
    let dir = with_config("[checks.credentials]\nenabled = false\n");
    let out = mp_golive(["check", "--only", "credentials", "--format", "json"])
        .cwd(dir.path())
        .run_async()
        .await;
    out.expect_code(0);
    assert_eq!(out.check("credentials")["status"], "skip");
    assert_eq!(out.json()["summary"]["skip"], 1);
}

#[tokio::test]
async fn human_checklist_shows_findings_with_their_fix() {
    let api = FakeApi::test_user().await;
    let out = credentials_json(&api.url())
        .args(["--format", "human"])
        .run_async()
        .await;
    out.expect_code(1);
    let s = &out.stdout;
    assert!(s.contains("✗ fail  credentials"), "{s}");
    assert!(
        s.contains("credentials/test-user") && s.contains("fix: ") && s.contains("docs: https://"),
        "{s}"
    );
    assert!(s.contains("not ready: 1 required check failed"), "{s}");
    assert!(!s.contains('\x1b'), "no colour when not a terminal: {s}");

    let coloured = credentials_json(&api.url())
        .args(["--format", "human", "--color", "always"])
        .run_async()
        .await;
    assert!(coloured.stdout.contains('\x1b'));
    let quiet = credentials_json(&api.url())
        .args(["--format", "human", "-q"])
        .run_async()
        .await;
    assert!(!quiet.stdout.contains("mp-golive 0."), "{}", quiet.stdout);
    assert!(quiet.stdout.contains("credentials/test-user"));
}

#[tokio::test]
async fn colour_follows_no_color_and_clicolor_force() {
    let api = FakeApi::ready().await;
    let human = || credentials_json(&api.url()).args(["--format", "human"]);
    assert!(
        human()
            .env("CLICOLOR_FORCE", "1")
            .run_async()
            .await
            .stdout
            .contains('\x1b')
    );
    let no_color = human()
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1")
        .run_async()
        .await;
    assert!(!no_color.stdout.contains('\x1b'), "NO_COLOR wins");
    let never = human()
        .env("CLICOLOR_FORCE", "1")
        .args(["--color", "never"])
        .run_async()
        .await;
    assert!(!never.stdout.contains('\x1b'));
}

/// A rate-limited or failing credentials endpoint leaves activation unknown: `error`, not pass.
#[tokio::test]
async fn transient_wrapper_failure_is_not_a_pass() {
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, ResponseTemplate};
    let api = FakeApi::ready().await;
    Mock::given(method("GET"))
        .and(path("/plugins-credentials-wrapper/credentials"))
        .respond_with(ResponseTemplate::new(503))
        .with_priority(1)
        .mount(&api.server)
        .await;
    let out = credentials_json(&api.url()).run_async().await;
    out.expect_code(3);
    assert_eq!(out.check("credentials")["status"], "error");
    assert!(
        out.codes("credentials")
            .contains(&"credentials/api-error".to_owned())
    );
}

/// `/users/me` for the seller's user id with this nickname and these tags.
fn me(nickname: &str, tags: serde_json::Value) -> serde_json::Value {
    let mut body = user_body(&Account::default());
    body["nickname"] = nickname.into();
    body["tags"] = tags;
    body
}

/// A test account is told by its `tags`, Mercado Pago's own rule, never by its nickname: a
/// test user renamed to look real still fails, a real seller called TESTUSER… still passes.
#[tokio::test]
async fn a_test_user_is_known_by_its_tags_not_its_nickname() {
    let api = FakeApi::ready().await;
    api.answer(
        "GET",
        "/users/me",
        200,
        me("MYSHOP", serde_json::json!(["normal", "test_user"])),
    )
    .await;
    let out = credentials_json(&api.url()).run_async().await;
    out.expect_code(1);
    assert_eq!(out.codes("credentials"), ["credentials/test-user"]);

    let api = FakeApi::ready().await;
    api.answer(
        "GET",
        "/users/me",
        200,
        me(&format!("TESTUSER{USER_ID}"), serde_json::json!(["normal"])),
    )
    .await;
    let out = credentials_json(&api.url()).run_async().await;
    out.expect_code(0);
    assert_eq!(out.check("credentials")["status"], "pass");
    assert!(out.codes("credentials").is_empty());
}

/// The credentials wrapper answers `status` with `body` for the configured public key only
/// (the token's own lookup, without `public_key`, is left as the account has it).
async fn key_wrapper_answers(api: &FakeApi, status: u16, body: serde_json::Value) {
    use wiremock::matchers::{method, path, query_param};
    use wiremock::{Mock, ResponseTemplate};
    Mock::given(method("GET"))
        .and(path("/plugins-credentials-wrapper/credentials"))
        .and(query_param("public_key", PUBLIC_KEY))
        .respond_with(ResponseTemplate::new(status).set_body_json(body))
        .with_priority(1)
        .mount(&api.server)
        .await;
}

/// The wrapper refusing the token (403) while /users/me accepts it: the token is refused
/// for what it must do, and the application match stays unconfirmed.
#[tokio::test]
async fn a_token_the_wrapper_refuses_is_invalid_even_when_users_me_accepts_it() {
    use wiremock::matchers::{method, path, query_param_is_missing};
    use wiremock::{Mock, ResponseTemplate};
    let api = FakeApi::ready().await;
    Mock::given(method("GET"))
        .and(path("/plugins-credentials-wrapper/credentials"))
        .and(query_param_is_missing("public_key"))
        .respond_with(ResponseTemplate::new(403).set_body_json(serde_json::json!(
            {"message": "forbidden", "error": "forbidden", "status": 403, "cause": []}
        )))
        .with_priority(1)
        .mount(&api.server)
        .await;
    let out = credentials_json(&api.url()).run_async().await;
    out.expect_code(1);
    assert_eq!(
        out.codes("credentials"),
        [
            "credentials/invalid-token",
            "credentials/wrapper-unavailable"
        ]
    );
    assert!(out.stdout.contains("HTTP 403"), "{}", out.stdout);
}

/// The wrapper's 400 with cause 1001 for the key is Mercado Pago saying it does not know it.
#[tokio::test]
async fn a_key_the_wrapper_answers_1001_for_is_invalid() {
    let api = FakeApi::ready().await;
    key_wrapper_answers(&api, 400, unknown_key_body()).await;
    let out = credentials_json(&api.url()).run_async().await;
    out.expect_code(1);
    assert_eq!(out.codes("credentials"), ["credentials/invalid-public-key"]);
    assert_eq!(
        api.count("/v1/payment_methods").await,
        0,
        "no fallback needed"
    );
}

/// Any other 400 for the key says nothing about it: the documented fallback decides, and
/// the info finding quotes what the wrapper answered.
#[tokio::test]
async fn another_refusal_of_the_key_falls_back_to_payment_methods() {
    let api = FakeApi::ready().await;
    key_wrapper_answers(
        &api,
        400,
        serde_json::json!({"message": "bad request", "error": "bad_request", "status": 400, "cause": []}),
    )
    .await;
    let out = credentials_json(&api.url()).run_async().await;
    out.expect_code(0);
    assert_eq!(out.check("credentials")["status"], "pass");
    assert_eq!(
        out.codes("credentials"),
        ["credentials/wrapper-unavailable"]
    );
    let msg = out.check("credentials")["findings"][0]["message"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        msg.contains("did not answer as expected") && msg.contains("HTTP 400"),
        "{msg}"
    );
    assert_eq!(api.count("/v1/payment_methods").await, 1);
}

/// A 503 on the key's lookup leaves the application match unknown: `error`, not a pass.
#[tokio::test]
async fn a_transient_failure_of_the_key_lookup_is_not_a_pass() {
    let api = FakeApi::ready().await;
    key_wrapper_answers(&api, 503, serde_json::json!({"message": "unavailable"})).await;
    let out = credentials_json(&api.url()).run_async().await;
    out.expect_code(3);
    assert_eq!(out.check("credentials")["status"], "error");
    assert_eq!(out.codes("credentials"), ["credentials/api-error"]);
}
