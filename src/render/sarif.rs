//! `--format sarif`: SARIF 2.1.0 that GitHub code scanning accepts. One rule per check, with
//! its docs as `helpUri`; results for error and warning findings only; every result has a
//! repo-relative physical location (a finding's own file and line, or the config file's line
//! of that check's table, or `--sarif-anchor`), because GitHub rejects the whole file when one
//! result lacks one; fingerprints stable across runs; checks that could not run go to
//! `invocations[0].toolExecutionNotifications`.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::Anchors;
use crate::report::{Report, Severity, Status};

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

/// Writes the SARIF log.
pub fn render(report: &Report, anchors: &Anchors, out: &mut dyn Write) -> io::Result<()> {
    let rules: Vec<Value> = report
        .checks
        .iter()
        .map(|c| {
            let meta = crate::checks::find(c.id).map(|m| m.meta());
            let docs = meta.map(|m| m.docs_url.to_owned()).or_else(|| c.findings.first().map(|f| f.docs_url.clone()));
            let requirement = meta.map(|m| m.requirement).unwrap_or(c.title);
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
        if !matches!(c.status, Status::Fail | Status::Warn) {
            continue;
        }
        for f in c.findings.iter().filter(|f| f.severity != Severity::Info) {
            let (path, line) = match &f.location {
                Some(loc) => (anchors.file(&loc.path), loc.line.max(1)),
                None => (anchors.path.clone(), anchors.line(c.id)),
            };
            results.push(json!({
                "ruleId": c.id,
                "ruleIndex": index,
                "level": if f.severity == Severity::Error { "error" } else { "warning" },
                "message": {"text": format!("{}: {} Fix: {}", f.code, f.message, f.remedy)},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": path},
                    "region": {"startLine": line}
                }}],
                "partialFingerprints": {"mpGoliveFinding/v1": fingerprint(c.id, &f.code, &f.message, &format!("{path}:{line}"), f.location.is_some())},
                "properties": {"code": f.code, "docsUrl": f.docs_url, "requiredCheck": c.required}
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
