//! Inputs: layering (flag > environment > file > default) and every bad input rejected
//! with exit code 2 before any network call, naming the flag, variable or key.

use crate::common::{credentials_json, mp_golive};
use crate::support::fake_api::*;

fn write_config(dir: &std::path::Path, text: &str) {
    std::fs::write(dir.join("mp-golive.toml"), text).unwrap();
}

#[tokio::test]
async fn flag_beats_environment_beats_file() {
    let api = FakeApi::ready().await;
    let dir = tempfile::tempdir().unwrap();
    write_config(dir.path(), "site = \"MLA\"\n");
    let site = |out: crate::common::Output| out.json()["site"].as_str().unwrap().to_owned();
    assert_eq!(
        site(
            credentials_json(&api.url())
                .cwd(dir.path())
                .run_async()
                .await
        ),
        "MLA"
    );
    let env = credentials_json(&api.url())
        .cwd(dir.path())
        .env("MP_GOLIVE_SITE", "MLM");
    assert_eq!(site(env.run_async().await), "MLM");
    let flag = credentials_json(&api.url())
        .cwd(dir.path())
        .env("MP_GOLIVE_SITE", "MLM")
        .args(["--site", "MLB"]);
    let out = flag.run_async().await;
    out.expect_code(0);
    assert_eq!(site(out), "MLB");
    // Without any, the account's site is reported.
    assert_eq!(site(credentials_json(&api.url()).run_async().await), "MLB");
}

#[tokio::test]
async fn api_url_and_public_key_layer_too() {
    let api = FakeApi::ready().await;
    let dir = tempfile::tempdir().unwrap();
    write_config(
        dir.path(),
        &format!(
            "api_url = \"{}\"\npublic_key = \"{OTHER_APP_PUBLIC_KEY}\"\n",
            api.url()
        ),
    );
    let file_only = mp_golive(["check", "--only", "credentials", "--format", "json"])
        .cwd(dir.path())
        .env("MP_ACCESS_TOKEN", TOKEN);
    let out = file_only.run_async().await;
    out.expect_code(1);
    assert_eq!(
        out.codes("credentials"),
        ["credentials/application-mismatch"]
    );
    let env = mp_golive(["check", "--only", "credentials", "--format", "json"])
        .cwd(dir.path())
        .env("MP_ACCESS_TOKEN", TOKEN)
        .env("MP_PUBLIC_KEY", PUBLIC_KEY);
    env.run_async().await.expect_code(0);
}

#[tokio::test]
async fn token_from_a_file_from_stdin_and_relative_to_the_config() {
    let api = FakeApi::ready().await;
    let dir = tempfile::tempdir().unwrap();
    let secrets = dir.path().join("secrets");
    std::fs::create_dir(&secrets).unwrap();
    std::fs::write(secrets.join("token"), format!("{TOKEN}\n")).unwrap();
    let from_flag = credentials_json(&api.url()).unset("MP_ACCESS_TOKEN").args([
        "--access-token-file",
        secrets.join("token").to_str().unwrap(),
    ]);
    from_flag.run_async().await.expect_code(0);
    let from_stdin = credentials_json(&api.url())
        .unset("MP_ACCESS_TOKEN")
        .args(["--access-token-file", "-"])
        .stdin(TOKEN);
    from_stdin.run_async().await.expect_code(0);
    let conf = dir.path().join("conf");
    std::fs::create_dir(&conf).unwrap();
    std::fs::write(
        conf.join("mp-golive.toml"),
        "access_token_file = \"../secrets/token\"\n",
    )
    .unwrap();
    let from_file = credentials_json(&api.url())
        .unset("MP_ACCESS_TOKEN")
        .args(["--config", conf.join("mp-golive.toml").to_str().unwrap()]);
    from_file.run_async().await.expect_code(0);
}

/// A bad input: the arguments, an optional config file, environment, and what the message
/// must name.
type Case = (
    &'static [&'static str],
    Option<&'static str>,
    &'static [(&'static str, &'static str)],
    &'static str,
);

#[tokio::test]
async fn bad_inputs_exit_2_before_any_request() {
    let api = FakeApi::ready().await;
    let cases: &[Case] = &[
        (
            &["--site", "MSV"],
            None,
            &[],
            "--site: `MSV` is not a Mercado Pago site",
        ),
        (&[], Some("site = \"XX\""), &[], "`site` in the config file"),
        (&[], None, &[("MP_GOLIVE_SITE", "BR")], "MP_GOLIVE_SITE"),
        (
            &["--checkout-url", "shop.example/checkout"],
            None,
            &[],
            "--checkout-url",
        ),
        (
            &["--webhook-url", "ftp://shop.example/hook"],
            None,
            &[],
            "scheme `ftp`",
        ),
        (
            &[],
            Some("ipn_url = \"not a url\""),
            &[],
            "`ipn_url` in the config file",
        ),
        (
            &["--api-url", "http://api.example.com"],
            None,
            &[],
            "unencrypted",
        ),
        (
            &["--access-token-file", "/nonexistent/token"],
            None,
            &[],
            "--access-token-file: cannot read /nonexistent/token: no such file",
        ),
        (
            &["--webhook-secret-file", "/nonexistent/secret"],
            None,
            &[],
            "--webhook-secret-file",
        ),
        (
            &["--resolve", "shop.example:443"],
            None,
            &[],
            "--resolve: `shop.example:443`: expected HOST:PORT:ADDR",
        ),
        (
            &["--resolve", "shop.example:443:not-an-ip"],
            None,
            &[],
            "not an IP address",
        ),
        (&["--timeout", "0"], None, &[], "--timeout"),
        (&["--deadline=-1"], None, &[], "--deadline"),
        (
            &["--payment-id", "abc"],
            None,
            &[],
            "--payment-id: `abc` is not a payment id",
        ),
        (
            &["--only", "credentials,pix"],
            None,
            &[],
            "--only: unknown check `pix`",
        ),
        (
            &["--only", "credentials", "--skip", "credentials"],
            None,
            &[],
            "no check is left to run",
        ),
        (&["--ca-file", "/nonexistent.pem"], None, &[], "--ca-file"),
        (
            &["--source-dir", "/nonexistent-dir"],
            None,
            &[],
            "--source-dir",
        ),
        (&["--report", "json"], None, &[], "expected FORMAT=PATH"),
        (
            &["--report", "xml=out.xml"],
            None,
            &[],
            "unknown format `xml`",
        ),
        (&[], Some("sitee = \"MLB\""), &[], "sitee"),
        (
            &[],
            Some("[checks.credential]\nenabled = false"),
            &[],
            "unknown check `credential`",
        ),
        (
            &[],
            Some("[checks.credentials]\nrequired = \"yes\""),
            &[],
            "[checks.credentials] required: expected true or false",
        ),
        (
            &[],
            Some("[checks.credentials]\nexpiry_warning_days = 3"),
            &[],
            "[checks.credentials] expiry_warning_days: unknown key",
        ),
        (
            &[],
            Some("timeout = \"10\""),
            &[],
            "`timeout` in the config file",
        ),
        (
            &[],
            Some("[checks.checkout-tls]\nhttp_port = 70000"),
            &[],
            "[checks.checkout-tls] http_port: expected a port number",
        ),
        (
            &[],
            Some("[checks.checkout-tls]\nexpiry_warning_days = -1"),
            &[],
            "expiry_warning_days: expected a non-negative integer",
        ),
        (
            &[],
            Some("[checks.notifications]\nslow_warning_ms = 30000"),
            &[],
            "[checks.notifications] slow_warning_ms (30000) must be below slow_failure_ms (22000)",
        ),
        (&[], Some("this is not toml"), &[], "mp-golive.toml"),
        (
            &["--config", "/nonexistent/mp-golive.toml"],
            None,
            &[],
            "--config: cannot read config file",
        ),
        (
            &[],
            None,
            &[("MP_GOLIVE_CONFIG", "/nonexistent/x.toml")],
            "MP_GOLIVE_CONFIG",
        ),
    ];
    for (args, file, env, expected) in cases {
        let dir = tempfile::tempdir().unwrap();
        if let Some(text) = file {
            write_config(dir.path(), text);
        }
        let mut run = credentials_json(&api.url()).cwd(dir.path()).args(*args);
        for (k, v) in *env {
            run = run.env(k, v);
        }
        let out = run.run_async().await;
        assert_eq!(
            out.code,
            2,
            "{args:?} {file:?}: expected exit 2\n{}",
            out.all()
        );
        assert!(
            out.stderr.contains(expected),
            "{args:?} {file:?}: stderr lacks `{expected}`:\n{}",
            out.stderr
        );
        assert!(
            out.stdout.is_empty(),
            "nothing is printed on stdout: {}",
            out.stdout
        );
    }
    assert_eq!(
        api.requests().await.len(),
        0,
        "validation happens before any network call"
    );
}

/// One run names every error of the configuration, each on its own line, and the help
/// once (cargo-deny's `ValidConfig`): fixing one to meet the next is slow in CI.
#[tokio::test]
async fn every_configuration_error_is_reported_at_once() {
    let api = FakeApi::ready().await;
    let dir = tempfile::tempdir().unwrap();
    write_config(
        dir.path(),
        "site = \"XX\"\ntimeout = 0\n[checks.credential]\nenabled = false\n\
         [checks.checkout-tls]\nhttp_port = 70000\nexpiry_warning_dayz = 3\nrequired = 1\n",
    );
    let out = credentials_json(&api.url())
        .cwd(dir.path())
        .args(["--skip", "pix", "--webhook-url", "ftp://x"])
        .run_async()
        .await;
    out.expect_code(2);
    let errors: Vec<&str> = out
        .stderr
        .lines()
        .filter_map(|l| l.strip_prefix("mp-golive: error: "))
        .collect();
    let expected = [
        "`site` in the config file: `XX` is not a Mercado Pago site",
        "--webhook-url: `ftp://x` has scheme `ftp`",
        "`timeout` in the config file: `0` is out of range",
        "--skip: unknown check `pix`. Did you mean `pix-key`?",
        "[checks.checkout-tls] required: expected true or false, got 1",
        "[checks.checkout-tls] expiry_warning_dayz: unknown key; expected one of enabled, required, expiry_warning_days, http_port. Did you mean `expiry_warning_days`?",
        "[checks.checkout-tls] http_port: expected a port number from 1 to 65535, got 70000",
        "[checks.credential]: unknown check `credential`. Did you mean `credentials`?",
    ];
    assert_eq!(errors.len(), expected.len(), "{}", out.stderr);
    for (line, want) in errors.iter().zip(expected) {
        assert!(
            line.starts_with(want),
            "`{line}` does not start with `{want}`"
        );
    }
    assert_eq!(out.stderr.matches("= help:").count(), 1, "{}", out.stderr);
    assert!(out.stdout.is_empty());
    assert_eq!(api.requests().await.len(), 0);
}

#[tokio::test]
async fn no_config_ignores_the_file() {
    let api = FakeApi::ready().await;
    let dir = tempfile::tempdir().unwrap();
    write_config(dir.path(), "this is not toml");
    credentials_json(&api.url())
        .cwd(dir.path())
        .args(["--no-config"])
        .run_async()
        .await
        .expect_code(0);
}

#[tokio::test]
async fn reports_are_written_in_the_same_run() {
    let api = FakeApi::ready().await;
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("report.json");
    let human = dir.path().join("report.txt");
    let out = credentials_json(&api.url())
        .args([
            "--format",
            "human",
            "--color",
            "always",
            "--report",
            &format!("json={}", json.display()),
            "--report",
            &format!("human={}", human.display()),
        ])
        .run_async()
        .await;
    out.expect_code(0);
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(doc["schema_version"], 1);
    assert_eq!(doc["verdict"], "ready");
    let text = std::fs::read_to_string(&human).unwrap();
    assert!(
        text.contains("ready") && !text.contains('\x1b'),
        "files never get colour: {text}"
    );
    assert_eq!(api.count("/users/me").await, 1, "one run, several reports");
}

#[tokio::test]
async fn json_has_exactly_the_contract_fields() {
    let api = FakeApi::test_user().await;
    let out = credentials_json(&api.url()).run_async().await;
    let doc = out.json();
    let keys = |v: &serde_json::Value| {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(
        keys(&doc),
        [
            "checks",
            "duration_ms",
            "lang",
            "schema_version",
            "site",
            "summary",
            "tool",
            "verdict"
        ]
    );
    assert_eq!(doc["tool"]["name"], "mp-golive");
    assert_eq!(
        keys(&doc["summary"]),
        ["error", "fail", "pass", "skip", "warn"]
    );
    assert_eq!(
        keys(&doc["checks"][0]),
        [
            "duration_ms",
            "findings",
            "id",
            "required",
            "status",
            "summary",
            "title"
        ]
    );
    assert_eq!(
        keys(&doc["checks"][0]["findings"][0]),
        ["code", "docs_url", "message", "remedy", "severity"]
    );
}

/// `check --only notifications` of a receiver on loopback that accepts forged signatures
/// (a warning of a required check), in a directory whose config file says `file`.
async fn forged_accepting_run(
    file: &str,
    flags: &[&str],
) -> (crate::common::Output, crate::support::receiver::Receiver) {
    use crate::support::receiver::{self, Mode};
    let rx = receiver::start(Mode::AcceptAll).await;
    let dir = crate::common::with_config(file);
    let out = mp_golive([
        "check",
        "--only",
        "notifications",
        "--format",
        "json",
        "--timeout",
        "5",
        "--webhook-url",
        &rx.url("/hook"),
    ])
    .args(rx.args())
    .args(flags)
    .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
    .cwd(dir.path())
    .run_async()
    .await;
    (out, rx)
}

#[tokio::test]
async fn no_strict_turns_off_strict_from_the_file_and_the_last_flag_wins() {
    let file = "strict = true\nallow_private_addresses = true\n";
    // The file alone: the warning fails the run.
    let (out, _rx) = forged_accepting_run(file, &[]).await;
    out.expect_code(1);
    assert_eq!(out.check("notifications")["status"], "warn");
    assert_eq!(out.json()["verdict"], "not_ready");
    // --no-strict beats the file: a warning-only run is ready.
    let (out, _rx) = forged_accepting_run(file, &["--no-strict"]).await;
    out.expect_code(0);
    assert_eq!(out.check("notifications")["status"], "warn");
    // The last of the pair wins, either way round.
    let (out, _rx) = forged_accepting_run(file, &["--no-strict", "--strict"]).await;
    out.expect_code(1);
    let (out, _rx) = forged_accepting_run(
        "allow_private_addresses = true\n",
        &["--strict", "--no-strict"],
    )
    .await;
    out.expect_code(0);
}

#[tokio::test]
async fn no_allow_private_addresses_turns_off_the_file() {
    let file = "allow_private_addresses = true\n";
    let (out, rx) = forged_accepting_run(file, &[]).await;
    out.expect_code(0);
    assert_eq!(
        out.finding("notifications", "notifications/private-address-allowed")["severity"],
        "info"
    );
    assert!(!rx.requests().is_empty());

    let (out, rx) = forged_accepting_run(file, &["--no-allow-private-addresses"]).await;
    out.expect_code(1);
    assert_eq!(
        out.finding("notifications", "notifications/private-address")["severity"],
        "error"
    );
    assert!(
        rx.requests().is_empty(),
        "nothing is sent to a private address"
    );

    let (out, _rx) = forged_accepting_run(
        file,
        &["--no-allow-private-addresses", "--allow-private-addresses"],
    )
    .await;
    out.expect_code(0);
}

#[tokio::test]
async fn no_probe_pix_turns_off_the_file() {
    const PROBE_ID: u64 = 5466310457;
    let posts = |requests: &[wiremock::Request]| {
        requests
            .iter()
            .filter(|r| r.method.as_str() == "POST" && r.url.path() == "/v1/payments")
            .count()
    };
    let dir = tempfile::tempdir().unwrap();
    write_config(dir.path(), "probe_pix = true\n");
    let run = |api: &FakeApi, flags: &[&str]| {
        crate::common::check_json(&api.url())
            .args(["--only", "pix-key"])
            .args(flags)
            .cwd(dir.path())
    };

    let api = FakeApi::ready().await;
    api.pix_probe_creates(PROBE_ID, 200).await;
    run(&api, &[]).run_async().await.expect_code(0);
    assert_eq!(
        posts(&api.requests().await),
        1,
        "the file turns the probe on"
    );

    let api = FakeApi::ready().await;
    api.pix_probe_creates(PROBE_ID, 200).await;
    let out = run(&api, &["--no-probe-pix"]).run_async().await;
    out.expect_code(0);
    assert_eq!(out.check("pix-key")["status"], "pass");
    let requests = api.requests().await;
    assert_eq!(posts(&requests), 0, "--no-probe-pix beats the file");
    assert!(requests.iter().all(|r| r.method.as_str() == "GET"));

    let api = FakeApi::ready().await;
    api.pix_probe_creates(PROBE_ID, 200).await;
    run(&api, &["--no-probe-pix", "--probe-pix"])
        .run_async()
        .await
        .expect_code(0);
    assert_eq!(posts(&api.requests().await), 1, "the last flag wins");
}
