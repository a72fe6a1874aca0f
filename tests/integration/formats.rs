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
    CheckResult {
        id,
        title,
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
    assert_eq!(results.len(), 2, "fail and warn findings only");
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
    assert_eq!((cases, failures, errors, skipped), (5, 1, 1, 1));
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
