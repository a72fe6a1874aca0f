//! `--format json`: schema version 1, exactly the fields of the design's contract. The wire
//! types are separate from the report model so refactors cannot change the format.

use std::io::{self, Write};

use serde::Serialize;

use crate::report::{Location, Report, Severity, Status, Summary, Verdict};

/// Bumped only on breaking changes to the document.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a> {
    schema_version: u32,
    tool: Tool,
    verdict: Verdict,
    site: Option<&'a str>,
    lang: &'static str,
    duration_ms: u128,
    summary: Summary,
    checks: Vec<Check<'a>>,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct Check<'a> {
    id: &'a str,
    title: &'a str,
    required: bool,
    status: Status,
    duration_ms: u128,
    summary: &'a str,
    findings: Vec<Finding<'a>>,
}

#[derive(Serialize)]
struct Finding<'a> {
    code: &'a str,
    severity: Severity,
    message: &'a str,
    remedy: &'a str,
    docs_url: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Option<&'a Location>,
}

/// Writes the report as one JSON document and a newline.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let doc = Document {
        schema_version: SCHEMA_VERSION,
        tool: Tool {
            name: "mp-golive",
            version: env!("CARGO_PKG_VERSION"),
        },
        verdict: report.verdict,
        site: report.site.as_deref(),
        lang: report.lang.as_str(),
        duration_ms: report.duration.as_millis(),
        summary: report.summary(),
        checks: report
            .checks
            .iter()
            .map(|c| Check {
                id: c.id,
                title: c.title,
                required: c.required,
                status: c.status,
                duration_ms: c.duration.as_millis(),
                summary: &c.summary,
                findings: c
                    .findings
                    .iter()
                    .map(|f| Finding {
                        code: &f.code,
                        severity: f.severity,
                        message: &f.message,
                        remedy: &f.remedy,
                        docs_url: &f.docs_url,
                        location: f.location.as_ref(),
                    })
                    .collect(),
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}
