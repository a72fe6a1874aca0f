//! Secrets never appear in output, logs, reports or error chains.

use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, ResponseTemplate};

use crate::common::{credentials_json, mp_golive, with_config};
use crate::support::fake_api::*;

fn assert_clean(text: &str) {
    assert!(!text.contains(TOKEN), "the access token leaked:\n{text}");
    assert!(!text.contains(TEST_TOKEN), "the test token leaked:\n{text}");
    assert!(
        !text.contains(WEBHOOK_SECRET),
        "the webhook secret leaked:\n{text}"
    );
    // The token's secret middle must not appear even in part.
    assert!(
        !text.contains("3f9c2a7be14d8f06a5c3e9b27d41f08c"),
        "part of the token leaked:\n{text}"
    );
}

#[tokio::test]
async fn secrets_never_appear_in_any_format_or_verbosity() {
    for scenario in ["ready", "test-user", "500"] {
        let api = match scenario {
            "test-user" => FakeApi::test_user().await,
            _ => FakeApi::ready().await,
        };
        if scenario == "500" {
            api.always(ResponseTemplate::new(500)).await;
        }
        let dir = tempfile::tempdir().unwrap();
        let report = dir.path().join("r.json");
        for extra in [
            vec!["--format", "json"],
            vec!["--format", "human", "-vv"],
            vec!["--format", "human", "--color", "always", "-v"],
        ] {
            let out = credentials_json(&api.url())
                .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
                .env("RUST_LOG", "trace")
                .args(extra)
                .args(["--report", &format!("json={}", report.display())])
                .run_async()
                .await;
            assert_clean(&out.all());
            assert_clean(&std::fs::read_to_string(&report).unwrap());
        }
    }
}

#[tokio::test]
async fn api_messages_that_echo_the_token_are_scrubbed() {
    let api = FakeApi::empty().await;
    for p in ["/users/me", "/plugins-credentials-wrapper/credentials"] {
        Mock::given(method("GET"))
            .and(path(p))
            .respond_with(ResponseTemplate::new(400).set_body_json(json!({
                "message": format!("Malformed access_token: {TOKEN}"), "error": "bad_request", "status": 400,
                "cause": [{"code": 1, "description": format!("bad {TOKEN}")}]
            })))
            .mount(&api.server)
            .await;
    }
    let out = credentials_json(&api.url()).args(["-vv"]).run_async().await;
    out.expect_code(1);
    assert!(
        out.codes("credentials")
            .contains(&"credentials/invalid-token".to_owned())
    );
    assert!(
        out.stdout.contains("Malformed access_token: APP_USR-…4321"),
        "{}",
        out.stdout
    );
    assert_clean(&out.all());
}

#[tokio::test]
async fn token_in_a_config_file_is_refused_without_echoing_it() {
    let dir = with_config(&format!("access_token = \"{TOKEN}\"\n"));
    let out = mp_golive(["check"]).cwd(dir.path()).run_async().await;
    out.expect_code(2);
    assert!(
        out.stderr.contains("secrets are not accepted"),
        "{}",
        out.stderr
    );
    assert_clean(&out.all());

    std::fs::write(
        dir.path().join("mp-golive.toml"),
        format!("acces_token = \"{TOKEN}\"\n"),
    )
    .unwrap();
    let out = mp_golive(["check"]).cwd(dir.path()).run_async().await;
    out.expect_code(2);
    assert!(out.stderr.contains("acces_token"), "{}", out.stderr);
    assert_clean(&out.all());
}

#[test]
fn the_token_is_not_accepted_as_a_flag() {
    let out = mp_golive(["check", "--access-token", TOKEN]).run();
    out.expect_code(2);
    assert!(out.stderr.contains("--access-token"), "{}", out.stderr);
    assert_clean(&out.all());
}

#[test]
fn a_token_pasted_into_another_flag_is_not_echoed() {
    let out = mp_golive(["check", "--site", TOKEN]).run();
    out.expect_code(2);
    assert!(out.stderr.contains("--site"), "{}", out.stderr);
    assert_clean(&out.all());
    let out = mp_golive(["check"])
        .env("MP_GOLIVE_CHECKOUT_URL", TOKEN)
        .run();
    out.expect_code(2);
    assert_clean(&out.all());
}
