//! `--format sarif`: SARIF 2.1.0 that GitHub code scanning accepts. One rule per check, with
//! its docs as `helpUri`; a result for every finding of a check that ran (level `error` only
//! for what fails the build, else `warning`, or `note` for info); every result has a
//! repo-relative physical location (a finding's own file and line, or the config file's line
//! of that check's table, or `--sarif-anchor`), because GitHub rejects the whole file when one
//! result lacks one; fingerprints stable across runs; checks that could not run go to
//! `invocations[0].toolExecutionNotifications`.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::Anchors;
use crate::report::{Location, Report, Severity, Status};

/// The schema URI GitHub documents for uploads.
pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// A stable fingerprint: FNV-1a over the check, the code, the place and the message. A
/// finding about a file is identified by its file and line; for the others, numbers are
/// removed from the message (days left and timings change between runs; the problem does not).
fn fingerprint(check: &str, code: &str, message: &str, place: &str, located: bool) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let stable: String = if located {
        String::new()
    } else {
        message.chars().filter(|c| !c.is_ascii_digit()).collect()
    };
    for byte in [check, code, &stable, place].join("\u{1f}").bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// One SARIF result before it is placed.
struct Entry<'a> {
    code: Option<&'a str>,
    /// What the fingerprint is taken over (the finding's message).
    message: &'a str,
    /// The result's text.
    text: String,
    docs_url: Option<&'a str>,
    location: Option<&'a Location>,
    level: &'static str,
}

/// A result's level. `error` only for what fails the build: the error findings of a failing
/// required check, the warnings of a required one under `--strict`, and why a required check
/// could not be evaluated (its info findings say why). Everything else is advisory: failing
/// and warning findings are `warning`, info is `note`, except why an advisory check could not
/// be evaluated, which is a `warning` as in the other formats.
fn level(gates: bool, status: Status, severity: Severity) -> &'static str {
    let cause = match status {
        Status::Fail => severity == Severity::Error,
        Status::Warn => severity == Severity::Warning,
        Status::Error => severity == Severity::Info,
        Status::Pass | Status::Skip => false,
    };
    match severity {
        _ if cause && gates => "error",
        Severity::Info if !cause => "note",
        _ => "warning",
    }
}

/// Writes the SARIF log.
pub fn render(report: &Report, anchors: &Anchors, out: &mut dyn Write) -> io::Result<()> {
    let rules: Vec<Value> = report
        .checks
        .iter()
        .map(|c| {
            let docs = Some(c.docs_url)
                .filter(|u| !u.is_empty())
                .map(|u| crate::i18n::localized_docs_url(u, report.site.as_deref(), report.lang))
                .or_else(|| c.findings.first().map(|f| f.docs_url.clone()));
            let requirement = Some(c.requirement).filter(|r| !r.is_empty()).unwrap_or(c.title);
            let mut rule = json!({
                "id": c.id,
                "name": c.title,
                "shortDescription": {"text": c.title},
                "fullDescription": {"text": requirement},
                "help": {"text": format!("{requirement} Run `mp-golive explain {}` for every finding code and its fix.", c.id)},
                "defaultConfiguration": {"level": if c.required { "error" } else { "warning" }},
                "properties": {"tags": ["mercadopago", "go-live"], "required": c.required}
            });
            if let Some(url) = docs {
                rule["helpUri"] = json!(url);
            }
            rule
        })
        .collect();

    let mut results = Vec::new();
    for (index, c) in report.checks.iter().enumerate() {
        if c.status == Status::Skip {
            continue;
        }
        let gates = report.fails_build(c);
        let mut entries: Vec<Entry> = c
            .findings
            .iter()
            .map(|f| Entry {
                code: Some(&f.code),
                message: &f.message,
                text: format!("{}: {} Fix: {}", f.code, f.message, f.remedy),
                docs_url: Some(&f.docs_url),
                location: f.location.as_ref(),
                level: level(gates, c.status, f.severity),
            })
            .collect();
        // A check in error with no finding saying why still gets its one result.
        if c.status == Status::Error && !c.findings.iter().any(|f| f.severity == Severity::Info) {
            entries.push(Entry {
                code: None,
                message: &c.summary,
                text: format!("{} could not be checked: {}", c.id, c.summary),
                docs_url: None,
                location: None,
                level: level(gates, c.status, Severity::Info),
            });
        }
        for e in entries {
            let (path, line) = match e.location {
                Some(loc) => (anchors.file(&loc.path), loc.line.max(1)),
                None => (anchors.path.clone(), anchors.line(c.id)),
            };
            let fp = fingerprint(
                c.id,
                e.code.unwrap_or(""),
                e.message,
                &format!("{path}:{line}"),
                e.location.is_some(),
            );
            let mut properties =
                json!({"requiredCheck": c.required, "failsBuild": e.level == "error"});
            if let Some(code) = e.code {
                properties["code"] = json!(code);
            }
            if let Some(url) = e.docs_url {
                properties["docsUrl"] = json!(url);
            }
            results.push(json!({
                "ruleId": c.id,
                "ruleIndex": index,
                "level": e.level,
                "message": {"text": e.text},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": path},
                    "region": {"startLine": line}
                }}],
                "partialFingerprints": {"mpGoliveFinding/v1": fp},
                "properties": properties
            }));
        }
    }

    let notifications: Vec<Value> = report
        .checks
        .iter()
        .filter(|c| c.status == Status::Error)
        .map(|c| {
            json!({
                "level": if c.required { "error" } else { "warning" },
                "message": {"text": format!("{} could not be checked: {}", c.id, c.summary)},
                "descriptor": {"id": c.id}
            })
        })
        .collect();

    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "mp-golive",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "rules": rules
            }},
            "invocations": [{
                "executionSuccessful": notifications.is_empty() && !report.interrupted,
                "toolExecutionNotifications": notifications
            }],
            "results": results,
            "properties": {"verdict": report.verdict.as_str()}
        }]
    });
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::testing::{check, finding, report};
    use crate::report::Severity::{Error, Info, Warning};

    fn levels(r: &Report) -> Vec<(String, String)> {
        let mut out = Vec::new();
        render(r, &Anchors::default(), &mut out).unwrap();
        let doc: Value = serde_json::from_slice(&out).unwrap();
        doc["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                assert_eq!(r["properties"]["failsBuild"], r["level"] == "error");
                let code = r["properties"]["code"].as_str().unwrap_or("-");
                (code.to_owned(), r["level"].as_str().unwrap().to_owned())
            })
            .collect()
    }

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
            .collect()
    }

    #[test]
    fn error_level_only_for_what_fails_the_build() {
        let checks = || {
            vec![
                check(
                    "req-fail",
                    true,
                    Status::Fail,
                    vec![
                        finding("req-fail/e", Error),
                        finding("req-fail/w", Warning),
                        finding("req-fail/i", Info),
                    ],
                ),
                check(
                    "req-warn",
                    true,
                    Status::Warn,
                    vec![finding("req-warn/w", Warning), finding("req-warn/i", Info)],
                ),
                check(
                    "req-error",
                    true,
                    Status::Error,
                    vec![
                        finding("req-error/w", Warning),
                        finding("req-error/api", Info),
                    ],
                ),
                check("bare-error", true, Status::Error, vec![]),
                check(
                    "adv-fail",
                    false,
                    Status::Fail,
                    vec![finding("adv-fail/e", Error)],
                ),
                check(
                    "adv-error",
                    false,
                    Status::Error,
                    vec![finding("adv-error/api", Info)],
                ),
                check("ok", true, Status::Pass, vec![finding("ok/i", Info)]),
                check("skip", true, Status::Skip, vec![finding("skip/i", Info)]),
            ]
        };
        assert_eq!(
            levels(&report(checks(), false)),
            pairs(&[
                ("req-fail/e", "error"),
                ("req-fail/w", "warning"),
                ("req-fail/i", "note"),
                ("req-warn/w", "warning"),
                ("req-warn/i", "note"),
                ("req-error/w", "warning"),
                ("req-error/api", "error"),
                ("-", "error"),
                ("adv-fail/e", "warning"),
                ("adv-error/api", "warning"),
                ("ok/i", "note"),
            ])
        );
        let strict = levels(&report(checks(), true));
        assert_eq!(strict[3], ("req-warn/w".to_owned(), "error".to_owned()));
        assert_eq!(strict[4], ("req-warn/i".to_owned(), "note".to_owned()));
    }

    #[test]
    fn a_run_that_exits_0_has_no_error_result() {
        let r = report(
            vec![
                check(
                    "adv-fail",
                    false,
                    Status::Fail,
                    vec![finding("adv-fail/e", Error)],
                ),
                check("adv-error", false, Status::Error, vec![]),
                check(
                    "req-warn",
                    true,
                    Status::Warn,
                    vec![finding("req-warn/w", Warning)],
                ),
            ],
            false,
        );
        assert_eq!(r.verdict.exit_code(), 0);
        assert_eq!(
            levels(&r),
            pairs(&[
                ("adv-fail/e", "warning"),
                ("-", "warning"),
                ("req-warn/w", "warning")
            ])
        );
    }

    #[test]
    fn fingerprints_ignore_changing_numbers() {
        let tls = |code: &str, days: &str| {
            fingerprint("checkout-tls", code, days, "mp-golive.toml:1", false)
        };
        assert_eq!(
            tls("checkout-tls/expiring-soon", "expires in 10 days"),
            tls("checkout-tls/expiring-soon", "expires in 9 days")
        );
        assert_ne!(
            tls("checkout-tls/expiring-soon", "expires in 9 days"),
            tls("checkout-tls/expired", "expires in 9 days")
        );
    }

    #[test]
    fn findings_in_one_file_keep_their_lines_apart() {
        let at = |place: &str| {
            fingerprint(
                "source-secrets",
                "source-secrets/production-token",
                "x",
                place,
                true,
            )
        };
        assert_ne!(at("src/pay.py:1"), at("src/pay.py:4"));
    }
}
