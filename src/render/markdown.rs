//! `--format markdown`: the checklist as a Markdown table plus the findings, for pull-request
//! comments and GitHub's step summary.

use crate::tr;
use std::io::{self, Write};

use super::{symbol, verdict_sentence};
use crate::report::{Report, Severity, Status};

/// Text from servers and certificates must not become markup in a PR comment or the step
/// summary (GitHub renders HTML there).
fn text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Table cells cannot hold `|` or line breaks.
fn cell(s: &str) -> String {
    text(s).replace('|', "\\|").replace(['\r', '\n'], " ")
}

/// A check's title in the report's language (its metadata's, translated in the catalogue).
fn title(report: &Report, c: &crate::report::CheckResult) -> String {
    match report.lang {
        crate::i18n::Lang::En => c.title.to_owned(),
        lang => crate::i18n::get(lang, &format!("meta-{}-title", c.id))
            .unwrap_or_else(|| c.title.to_owned()),
    }
}

/// Writes the Markdown checklist.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let lang = report.lang;
    let site = super::site_phrase(report)
        .map(|s| format!(" ({s})"))
        .unwrap_or_default();
    writeln!(out, "## mp-golive: {}{site}\n", verdict_sentence(report))?;
    writeln!(
        out,
        "| | {} | {} | {} |",
        tr!(lang, "markdown-col-check"),
        tr!(lang, "markdown-col-required"),
        tr!(lang, "markdown-col-result")
    )?;
    writeln!(out, "|---|---|---|---|")?;
    for c in &report.checks {
        writeln!(
            out,
            "| {} {} | {} (`{}`) | {} | {} |",
            symbol(c.status),
            c.status.as_str(),
            cell(&title(report, c)),
            c.id,
            if c.required {
                tr!(lang, "markdown-yes")
            } else {
                tr!(lang, "markdown-no")
            },
            cell(&c.summary)
        )?;
    }
    for c in report
        .checks
        .iter()
        .filter(|c| !c.findings.is_empty() && c.status != Status::Skip)
    {
        writeln!(out, "\n### {} {}\n", symbol(c.status), title(report, c))?;
        for f in &c.findings {
            let sev = match f.severity {
                Severity::Error => "**error**",
                Severity::Warning => "**warning**",
                Severity::Info => "info",
            };
            writeln!(out, "- {sev} `{}`: {}", f.code, text(&f.message))?;
            if let Some(loc) = &f.location {
                writeln!(
                    out,
                    "  {} `{}:{}`",
                    tr!(lang, "label-at"),
                    loc.path,
                    loc.line
                )?;
            }
            writeln!(
                out,
                "  {} {} ([docs]({}))",
                tr!(lang, "markdown-fix"),
                text(&f.remedy),
                f.docs_url
            )?;
        }
    }
    writeln!(out, "\n{}.", super::counts(report))
}
