//! Every output format over one report model: snapshots of a mixed report (pass, warn, fail,
//! skip and error in one run), SARIF validated against the 2.1.0 schema, JUnit parsed back,
//! the exit code independent of the format, and no secret in any format.

use std::time::Duration;

use mp_golive::cli::Format;
use mp_golive::render::{Anchors, RenderOptions, render};
use mp_golive::report::{CheckResult, Finding, Report, Severity, Status};

use crate::common::{Output, credentials_json, mp_golive, with_config};
use crate::support::fake_api::*;
use crate::support::tls_server::{self, Leaf, Pki, ServerOptions};

fn finding(code: &str, severity: Severity, message: &str) -> Finding {
    Finding {
        code: code.to_owned(),
        severity,
        message: message.to_owned(),
        remedy: format!("Fix for {code}."),
        docs_url: "https://www.mercadopago.com/developers/en/docs".to_owned(),
        location: None,
    }
}

fn result(
    id: &'static str,
    title: &'static str,
    required: bool,
    status: Status,
    summary: &str,
    findings: Vec<Finding>,
) -> CheckResult {
    // The runner copies these from the check's metadata.
    let meta = mp_golive::checks::find(id).map(|c| c.meta());
    CheckResult {
        id,
        title,
        requirement: meta.map_or(title, |m| m.requirement),
        docs_url: meta.map_or("", |m| m.docs_url),
        required,
        status,
        duration: Duration::from_millis(12),
        summary: summary.to_owned(),
        findings,
    }
}

/// One report with every status, built as the runner builds it.
pub fn mixed_report() -> Report {
    let checks = vec![
        result(
            "credentials",
            "Production credentials",
            true,
            Status::Fail,
            "The access token belongs to a test account",
            vec![finding(
                "credentials/test-user",
                Severity::Error,
                "The access token belongs to a test account (TESTUSER1, user 1, tags: test_user).",
            )],
        ),
        result(
            "checkout-tls",
            "Checkout page HTTPS",
            true,
            Status::Warn,
            "The certificate expires in 10 days",
            vec![
                finding(
                    "checkout-tls/expiring-soon",
                    Severity::Warning,
                    "The certificate of shop.example expires in 10 days (2026-12-06).",
                ),
                finding(
                    "checkout-tls/no-tls13",
                    Severity::Info,
                    "shop.example:443 negotiated TLS 1.2; TLS 1.3 is not offered.",
                ),
            ],
        ),
        result(
            "checkout-page",
            "Checkout page content",
            true,
            Status::Pass,
            "HTTP 200, MercadoPago.js from sdk.mercadopago.com",
            vec![],
        ),
        result(
            "pix-key",
            "Pix key",
            false,
            Status::Skip,
            "Pix exists only in Brazil (site MLA)",
            vec![],
        ),
        result(
            "reports",
            "Reconciliation reports",
            false,
            Status::Error,
            "could not read the reports: HTTP 503 after 3 attempts",
            vec![finding(
                "reports/api-error",
                Severity::Info,
                "Could not read the reports: HTTP 503 after 3 attempts.",
            )],
        ),
    ];
    Report::new(
        Some("MLA".to_owned()),
        Duration::from_millis(412),
        checks,
        false,
    )
}

fn rendered(format: Format) -> String {
    let mut anchors = Anchors::default();
    anchors.lines.insert("checkout-tls".to_owned(), 7);
    let opts = RenderOptions {
        color: false,
        quiet: false,
        width: None,
        anchors,
    };
    let mut out = Vec::new();
    render(&mixed_report(), format, &opts, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn mixed_report_in_every_format() {
    let version = env!("CARGO_PKG_VERSION");
    for (name, format) in [
        ("human", Format::Human),
        ("json", Format::Json),
        ("sarif", Format::Sarif),
        ("junit", Format::Junit),
        ("github", Format::Github),
        ("markdown", Format::Markdown),
    ] {
        let text = rendered(format).replace(version, "[version]");
        insta::assert_snapshot!(format!("mixed_{name}"), text);
    }
}

fn sarif_validator() -> jsonschema::Validator {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/integration/fixtures/sarif-schema-2.1.0.json"
    );
    // The rtm.5 schema's `language` patterns have a typo (`]` for `)`) that makes them
    // invalid regexes; use the pattern they mean. mp-golive never writes `language`.
    let text = std::fs::read_to_string(path).unwrap();
    let typo = r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#;
    assert_eq!(text.matches(typo).count(), 2, "the shipped schema changed");
    let schema: serde_json::Value =
        serde_json::from_str(&text.replace(typo, r#""^[a-zA-Z]{2}(-[a-zA-Z]{2})?$""#)).unwrap();
    jsonschema::draft4::new(&schema).expect("the SARIF schema compiles")
}

/// Validates a SARIF document and checks what GitHub needs beyond the schema.
pub fn assert_valid_sarif(doc: &serde_json::Value) {
    let validator = sarif_validator();
    let errors: Vec<String> = validator
        .iter_errors(doc)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "SARIF does not validate:\n{}",
        errors.join("\n")
    );
    for result in doc["runs"][0]["results"].as_array().unwrap() {
        let uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        assert!(
            !uri.is_empty() && !uri.starts_with('/') && !uri.contains("://"),
            "relative uri: {uri}"
        );
        assert!(
            result["locations"][0]["physicalLocation"]["region"]["startLine"]
                .as_u64()
                .unwrap()
                >= 1
        );
    }
}

#[test]
fn sarif_validates_and_anchors_every_result() {
    let doc: serde_json::Value = serde_json::from_str(&rendered(Format::Sarif)).unwrap();
    assert_valid_sarif(&doc);
    let run = &doc["runs"][0];
    assert_eq!(run["tool"]["driver"]["rules"].as_array().unwrap().len(), 5);
    let results = run["results"].as_array().unwrap();
    let levels: Vec<&str> = results
        .iter()
        .map(|r| r["level"].as_str().unwrap())
        .collect();
    // The failing required check is the only error; the advisory check in error a warning.
    assert_eq!(levels, ["error", "warning", "note", "warning"]);
    assert_eq!(
        results[1]["locations"][0]["physicalLocation"]["region"]["startLine"],
        7
    );
    let notes = run["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0]["descriptor"]["id"], "reports");
    assert_eq!(run["invocations"][0]["executionSuccessful"], false);
}

#[test]
fn junit_parses_back() {
    use quick_xml::Reader;
    use quick_xml::events::Event;
    let xml = rendered(Format::Junit);
    let mut reader = Reader::from_str(&xml);
    let (mut cases, mut failures, mut errors, mut skipped) = (0, 0, 0, 0);
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                b"testcase" => cases += 1,
                b"failure" => failures += 1,
                b"error" => errors += 1,
                b"skipped" => skipped += 1,
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    // The advisory check in error is no failed test: the run fails for credentials only.
    assert_eq!((cases, failures, errors, skipped), (5, 1, 0, 1));
}

#[test]
fn github_annotations_are_capped_at_ten_most_severe_first() {
    let mut report = mixed_report();
    report.checks[1].findings = (0..12)
        .map(|i| {
            finding(
                "checkout-tls/expiring-soon",
                Severity::Warning,
                &format!("warning {i}"),
            )
        })
        .collect();
    let mut out = Vec::new();
    render(&report, Format::Github, &RenderOptions::default(), &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let annotations: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("::error") || l.starts_with("::warning"))
        .collect();
    assert_eq!(annotations.len(), 10);
    assert!(
        annotations[0].starts_with(
            "::error title=mp-golive%3A Production credentials::credentials/test-user"
        ),
        "{}",
        annotations[0]
    );
    assert!(
        text.contains("::notice title=mp-golive::4 more findings are not annotated"),
        "{text}"
    );
}

#[tokio::test]
async fn every_format_from_the_real_binary_with_the_same_exit_code() {
    let mut codes = Vec::new();
    for format in ["human", "json", "sarif", "junit", "github", "markdown"] {
        let out = mixed_run_with_secrets(format).await;
        assert!(
            !out.all().contains(TOKEN) && !out.all().contains(WEBHOOK_SECRET),
            "{format} leaked a secret"
        );
        codes.push(out.code);
        match format {
            "json" => assert_eq!(out.json()["verdict"], "not_ready"),
            "sarif" => {
                let doc: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
                assert_valid_sarif(&doc);
                let uris: Vec<&str> = doc["runs"][0]["results"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|r| {
                        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                            .as_str()
                            .unwrap()
                    })
                    .collect();
                assert!(
                    !uris.is_empty() && uris.iter().all(|u| *u == "mp-golive.toml"),
                    "{uris:?}"
                );
            }
            "junit" => assert!(
                out.stdout.contains("<testsuites") && out.stdout.contains("<failure"),
                "{}",
                out.stdout
            ),
            "github" => assert!(out.stdout.contains(
                "::error title=mp-golive%3A Production credentials::credentials/test-user"
            )),
            "markdown" => assert!(
                out.stdout
                    .contains("| ✗ fail | Production credentials (`credentials`) | yes |")
            ),
            _ => assert!(out.stdout.contains("not ready")),
        }
    }
    assert!(codes.iter().all(|c| *c == 1), "{codes:?}");
}

async fn mixed_run_with_secrets(format: &str) -> Output {
    let api = FakeApi::test_user().await;
    let pki = Pki::new();
    let port = tls_server::start(
        pki.leaf(&Leaf::days(-80, 10), true),
        ServerOptions::default(),
    )
    .await;
    let url = format!("https://{}:{port}/checkout", tls_server::HOST);
    let resolve = format!("{}:{port}:127.0.0.1", tls_server::HOST);
    let dir = with_config(
        "[checks.checkout-tls]\nhttp_port = 1\n\n[checks.checkout-page]\nenabled = false\n",
    );
    mp_golive([
        "check",
        "--format",
        format,
        "--api-url",
        &api.url(),
        "--checkout-url",
        &url,
        "--resolve",
        &resolve,
        "--ca-file",
        &pki.ca_path(),
        "-vv",
    ])
    .env("MP_ACCESS_TOKEN", TOKEN)
    .env("MP_PUBLIC_KEY", PUBLIC_KEY)
    .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
    .cwd(dir.path())
    .run_async()
    .await
}

#[tokio::test]
async fn sarif_points_at_the_check_table_of_the_config_file() {
    let out = mixed_run_with_secrets("sarif").await;
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let results = doc["runs"][0]["results"].as_array().unwrap();
    let tls = results
        .iter()
        .find(|r| r["ruleId"] == "checkout-tls")
        .expect("a checkout-tls result");
    assert_eq!(
        tls["locations"][0]["physicalLocation"]["region"]["startLine"],
        1
    );
    let creds = results
        .iter()
        .find(|r| r["ruleId"] == "credentials")
        .expect("a credentials result");
    assert_eq!(
        creds["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "mp-golive.toml"
    );
    // An explicit anchor wins; an absolute one is refused.
    let api = FakeApi::test_user().await;
    let out = credentials_json(&api.url())
        .args([
            "--format",
            "sarif",
            "--sarif-anchor",
            ".github/workflows/ci.yml",
        ])
        .run_async()
        .await;
    out.expect_code(1);
    assert!(
        out.stdout.contains("\"uri\": \".github/workflows/ci.yml\""),
        "{}",
        out.stdout
    );
    credentials_json(&api.url())
        .args(["--sarif-anchor", "/etc/passwd"])
        .run_async()
        .await
        .expect_code(2);
    // Without a config file, GitHub's workflow file is the anchor.
    let out = credentials_json(&api.url())
        .args(["--format", "sarif"])
        .env(
            "GITHUB_WORKFLOW_REF",
            "acme/shop/.github/workflows/golive.yml@refs/heads/main",
        )
        .run_async()
        .await;
    assert!(
        out.stdout
            .contains("\"uri\": \".github/workflows/golive.yml\""),
        "{}",
        out.stdout
    );
}

#[tokio::test]
async fn github_format_appends_the_checklist_to_the_step_summary() {
    let api = FakeApi::test_user().await;
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.md");
    std::fs::write(&summary, "# earlier step\n").unwrap();
    let out = credentials_json(&api.url())
        .args(["--format", "github"])
        .env("GITHUB_STEP_SUMMARY", summary.to_str().unwrap())
        .run_async()
        .await;
    out.expect_code(1);
    let text = std::fs::read_to_string(&summary).unwrap();
    assert!(
        text.starts_with("# earlier step\n"),
        "appended, not truncated"
    );
    assert!(
        text.contains("## mp-golive: not ready") && text.contains("`credentials/test-user`"),
        "{text}"
    );
    assert!(!text.contains(TOKEN));
}

#[tokio::test]
async fn one_run_writes_every_report() {
    let api = FakeApi::ready().await;
    let dir = tempfile::tempdir().unwrap();
    let mut args = vec!["--format".to_owned(), "human".to_owned()];
    for f in ["json", "sarif", "junit", "github", "markdown", "human"] {
        args.push("--report".to_owned());
        args.push(format!(
            "{f}={}",
            dir.path().join(format!("out.{f}")).display()
        ));
    }
    credentials_json(&api.url())
        .args(&args)
        .run_async()
        .await
        .expect_code(0);
    for f in ["json", "sarif", "junit", "github", "markdown", "human"] {
        let text = std::fs::read_to_string(dir.path().join(format!("out.{f}"))).unwrap();
        assert!(!text.is_empty(), "{f}");
    }
    assert_eq!(api.count("/users/me").await, 1);
}

/// Counts of `<failure>` and `<error>` elements in a JUnit document.
fn junit_failures_and_errors(xml: &str) -> (usize, usize) {
    use quick_xml::Reader;
    use quick_xml::events::Event;
    let mut reader = Reader::from_str(xml);
    let (mut failures, mut errors) = (0, 0);
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                b"failure" => failures += 1,
                b"error" => errors += 1,
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    (failures, errors)
}

fn sarif_levels(text: &str) -> Vec<String> {
    let doc: serde_json::Value = serde_json::from_str(text).unwrap();
    assert_valid_sarif(&doc);
    doc["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["level"].as_str().unwrap().to_owned())
        .collect()
}

/// A directory with `prod/` holding a production token and `test/` a TEST- one, for
/// `source-secrets` (advisory unless the config makes it required): a failure and a
/// warning that need no server.
fn secrets_tree(config: &str) -> tempfile::TempDir {
    let dir = with_config(config);
    for (sub, token) in [("prod", TOKEN), ("test", TEST_TOKEN)] {
        std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        std::fs::write(
            dir.path().join(sub).join("pay.py"),
            format!("TOKEN = \"{token}\"\n"),
        )
        .unwrap();
    }
    dir
}

/// `source-secrets` and `reports` (unless `args` has an `--only` of its own) with `args`, in
/// `format`, the API on a closed port.
async fn secrets_run(dir: &std::path::Path, format: &str, args: &[&str]) -> Output {
    let only = if args.contains(&"--only") {
        vec![]
    } else {
        vec!["--only", "source-secrets,reports"]
    };
    mp_golive([
        "check",
        "--api-url",
        "http://127.0.0.1:1",
        "--format",
        format,
    ])
    .args(only)
    .args(args)
    .env("MP_ACCESS_TOKEN", TOKEN)
    .cwd(dir)
    .run_async()
    .await
}

#[tokio::test]
async fn an_advisory_failure_fails_nothing_in_any_format() {
    // source-secrets fails and reports cannot be evaluated, both advisory: ready, exit 0.
    let dir = secrets_tree("");
    for format in ["json", "junit", "sarif", "github", "human", "markdown"] {
        let out = secrets_run(dir.path(), format, &["--source-dir", "prod"]).await;
        out.expect_code(0);
        assert!(!out.all().contains(TOKEN), "{format} leaked the token");
        match format {
            "json" => {
                assert_eq!(out.json()["verdict"], "ready");
                assert_eq!(out.check("source-secrets")["status"], "fail");
                assert_eq!(out.check("reports")["status"], "error");
            }
            "junit" => assert_eq!(
                junit_failures_and_errors(&out.stdout),
                (0, 0),
                "{}",
                out.stdout
            ),
            "sarif" => {
                let levels = sarif_levels(&out.stdout);
                assert!(
                    !levels.is_empty() && levels.iter().all(|l| l != "error"),
                    "{levels:?}"
                );
            }
            "github" => {
                assert!(!out.stdout.contains("::error"), "{}", out.stdout);
                assert!(
                    out.stdout.contains(
                        "::warning title=mp-golive%3A Credentials hygiene in the source tree (advisory)::source-secrets/production-token"
                    ) && out.stdout.contains(
                        "::warning title=mp-golive%3A Reconciliation reports (advisory) could not be checked::reports/api-error"
                    ),
                    "{}",
                    out.stdout
                );
            }
            _ => assert!(
                out.stdout.contains(
                    "ready: no required check failed; advisory checks (they do not gate): 1 failed, 1 could not be checked"
                ),
                "{format}: {}",
                out.stdout
            ),
        }
    }
}

#[tokio::test]
async fn a_required_check_in_error_is_what_fails_the_build() {
    // reports made required cannot be evaluated (closed port); source-secrets still fails,
    // advisory: incomplete, exit 3, and the error is annotated first.
    let dir = secrets_tree("[checks.reports]\nrequired = true\n");
    let github = secrets_run(dir.path(), "github", &["--source-dir", "prod"]).await;
    github.expect_code(3);
    let first = github.stdout.lines().next().unwrap();
    assert!(
        first.starts_with(
            "::error title=mp-golive%3A Reconciliation reports could not be checked::reports/api-error: "
        ),
        "{}",
        github.stdout
    );
    assert_eq!(
        github.stdout.matches("::error").count(),
        1,
        "{}",
        github.stdout
    );
    assert!(
        github.stdout.contains(
            "::warning title=mp-golive%3A Credentials hygiene in the source tree (advisory)::source-secrets/production-token"
        ),
        "{}",
        github.stdout
    );
    let junit = secrets_run(dir.path(), "junit", &["--source-dir", "prod"]).await;
    junit.expect_code(3);
    assert_eq!(
        junit_failures_and_errors(&junit.stdout),
        (0, 1),
        "{}",
        junit.stdout
    );
    assert!(
        junit.stdout.contains(r#"<error message="could not read"#),
        "{}",
        junit.stdout
    );
    let sarif = secrets_run(dir.path(), "sarif", &["--source-dir", "prod"]).await;
    sarif.expect_code(3);
    sarif_levels(&sarif.stdout);
    let doc: serde_json::Value = serde_json::from_str(&sarif.stdout).unwrap();
    let by_rule: Vec<(&str, &str)> = doc["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["ruleId"].as_str().unwrap(), r["level"].as_str().unwrap()))
        .collect();
    // Why reports could not be read (both reports) is the error; the advisory failure is not.
    assert!(
        by_rule.contains(&("reports", "error"))
            && by_rule
                .iter()
                .all(|(rule, level)| (*rule == "reports") == (*level == "error")),
        "{by_rule:?}"
    );
    let human = secrets_run(dir.path(), "human", &["--source-dir", "prod"]).await;
    assert!(
        human.stdout.contains(
            "incomplete: 1 required check could not be evaluated; advisory checks (they do not gate): 1 failed"
        ),
        "{}",
        human.stdout
    );
}

#[tokio::test]
async fn strict_makes_a_required_warning_fail_the_build_in_every_format() {
    let dir = secrets_tree("[checks.source-secrets]\nrequired = true\n");
    let args = ["--source-dir", "test", "--only", "source-secrets"];
    let strict = [
        "--source-dir",
        "test",
        "--only",
        "source-secrets",
        "--strict",
    ];
    let github = secrets_run(dir.path(), "github", &strict).await;
    github.expect_code(1);
    assert!(
        github.stdout.starts_with(
            "::error title=mp-golive%3A Credentials hygiene in the source tree::source-secrets/test-credentials: "
        ),
        "{}",
        github.stdout
    );
    assert!(
        github
            .stdout
            .contains("mp-golive: not ready: 1 required check warned (--strict)"),
        "{}",
        github.stdout
    );
    let junit = secrets_run(dir.path(), "junit", &strict).await;
    junit.expect_code(1);
    assert_eq!(
        junit_failures_and_errors(&junit.stdout),
        (1, 0),
        "{}",
        junit.stdout
    );
    assert!(
        junit.stdout.contains(r#"type="required, --strict""#),
        "{}",
        junit.stdout
    );
    let sarif = secrets_run(dir.path(), "sarif", &strict).await;
    assert_eq!(sarif_levels(&sarif.stdout), ["error"]);
    // The same warning without --strict fails nothing.
    let github = secrets_run(dir.path(), "github", &args).await;
    github.expect_code(0);
    assert!(
        github.stdout.starts_with(
            "::warning title=mp-golive%3A Credentials hygiene in the source tree::source-secrets/test-credentials: "
        ),
        "{}",
        github.stdout
    );
    let junit = secrets_run(dir.path(), "junit", &args).await;
    junit.expect_code(0);
    assert_eq!(
        junit_failures_and_errors(&junit.stdout),
        (0, 0),
        "{}",
        junit.stdout
    );
    let sarif = secrets_run(dir.path(), "sarif", &args).await;
    assert_eq!(sarif_levels(&sarif.stdout), ["warning"]);
}

/// A bare payment lacks seven approval fields with one fix: the checklist prints that fix
/// once under the seven, not seven times.
#[tokio::test]
async fn findings_sharing_a_fix_print_it_once() {
    let api = FakeApi::ready().await;
    api.payment(5553322110, bare_payment(5553322110)).await;
    let out = mp_golive([
        "check",
        "--only",
        "payment-approval",
        "--payment-id",
        "5553322110",
        "--api-url",
        &api.url(),
    ])
    .env("MP_ACCESS_TOKEN", TOKEN)
    .run_async()
    .await;
    out.expect_code(0);
    let gaps = out.stdout.matches("Payment 5553322110 lacks").count();
    assert!(gaps >= 5, "{}", out.stdout);
    assert_eq!(
        out.stdout.matches("payment-approval/missing-field").count(),
        1,
        "{}",
        out.stdout
    );
    assert_eq!(out.stdout.matches("fix: ").count(), 1, "{}", out.stdout);
    assert_eq!(out.stdout.matches("docs: ").count(), 1, "{}", out.stdout);
    // Not a terminal: no line is wrapped.
    assert!(
        out.stdout
            .lines()
            .filter(|l| l.starts_with("            "))
            .all(|l| !l.starts_with("             ")),
        "{}",
        out.stdout
    );
}
