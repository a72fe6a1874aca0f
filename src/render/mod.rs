//! Output formats, one file each, all over the one [`Report`]. Every renderer writes to a
//! `&mut dyn Write`, so the same run can go to stdout and to `--report` files; none of them
//! decides the verdict or the exit code.

mod github;
mod human;
mod json;
mod junit;
mod markdown;
mod sarif;
pub mod sinks;

use crate::tr;
use std::collections::BTreeMap;
use std::io::{self, Write};

use crate::cli::Format;
use crate::report::{Report, Status};

pub use markdown::render as markdown;

/// Where SARIF results point in the repository: GitHub rejects a whole SARIF file when one
/// result lacks a file location, and our findings are about accounts and URLs.
#[derive(Debug, Clone)]
pub struct Anchors {
    /// The repo-relative file results point at (the config file, or `--sarif-anchor`).
    pub path: String,
    /// The line of each check's `[checks.<id>]` table in that file, when it is the config file.
    pub lines: BTreeMap<String, usize>,
    /// The scanned source directory, relative to the repository root, prefixed to the paths
    /// of findings about files (which are relative to the directory scanned).
    pub source_dir: Option<String>,
}

impl Default for Anchors {
    fn default() -> Self {
        Anchors {
            path: crate::config::CONFIG_FILE_NAME.to_owned(),
            lines: BTreeMap::new(),
            source_dir: None,
        }
    }
}

impl Anchors {
    /// A finding's own file as a repository path.
    pub fn file(&self, path: &str) -> String {
        match &self.source_dir {
            Some(dir) => format!("{}/{path}", dir.trim_end_matches('/')),
            None => path.to_owned(),
        }
    }

    /// The line for a check: its table, else the file's first line.
    pub fn line(&self, check_id: &str) -> usize {
        self.lines.get(check_id).copied().unwrap_or(1)
    }
}

/// Options some renderers use.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// ANSI colours (human only).
    pub color: bool,
    /// Show only what needs attention (human only).
    pub quiet: bool,
    /// The terminal's width, to wrap long lines (human only); `None` writes each finding on
    /// one line, as files, pipes and CI logs want.
    pub width: Option<usize>,
    /// Result locations (SARIF only).
    pub anchors: Anchors,
}

/// Writes `report` in `format`.
pub fn render(
    report: &Report,
    format: Format,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Human => human::render(report, opts, out),
        Format::Json => json::render(report, out),
        Format::Sarif => sarif::render(report, &opts.anchors, out),
        Format::Junit => junit::render(report, out),
        Format::Github => github::render(report, out),
        Format::Markdown => markdown::render(report, out),
    }
}

/// The name users type for a format, as in `--report json=out.json`.
pub fn format_name(format: Format) -> &'static str {
    match format {
        Format::Human => "human",
        Format::Json => "json",
        Format::Sarif => "sarif",
        Format::Junit => "junit",
        Format::Github => "github",
        Format::Markdown => "markdown",
    }
}

/// The checklist symbol of a status, shared by the text formats.
pub fn symbol(status: Status) -> &'static str {
    match status {
        Status::Pass => "✓",
        Status::Warn => "!",
        Status::Fail => "✗",
        Status::Skip => "–",
        Status::Error => "?",
    }
}

/// The one-line verdict, shared by the text formats: `not ready: 1 required check failed`.
/// It names what gates the verdict, and says so when advisory checks failed or could not be
/// evaluated, since they show as failing in the checklist but do not gate.
pub fn verdict_sentence(report: &Report) -> String {
    use crate::report::Verdict;
    let lang = report.lang;
    let count = |required: bool, s: Status| {
        report
            .checks
            .iter()
            .filter(|c| c.required == required && c.status == s)
            .count()
    };
    let failed = count(true, Status::Fail);
    let warned = count(true, Status::Warn);
    let mut sentence = match report.verdict {
        Verdict::Ready => tr!(lang, "verdict-ready"),
        Verdict::NotReady if failed == 0 => tr!(lang, "verdict-not-ready-warned", warned = warned),
        Verdict::NotReady if report.strict && warned > 0 => tr!(
            lang,
            "verdict-not-ready-strict",
            failed = failed,
            warned = warned
        ),
        Verdict::NotReady => tr!(lang, "verdict-not-ready", failed = failed),
        Verdict::Incomplete => tr!(
            lang,
            "verdict-incomplete",
            errors = count(true, Status::Error)
        ),
    };
    let advisory: Vec<String> = [
        (Status::Fail, "advisory-failed"),
        (Status::Error, "advisory-error"),
    ]
    .into_iter()
    .map(|(s, id)| (count(false, s), id))
    .filter(|(n, _)| *n > 0)
    .map(|(n, id)| tr!(lang, id, count = n))
    .collect();
    if !advisory.is_empty() {
        sentence.push_str(&tr!(lang, "verdict-advisory", list = advisory.join(", ")));
    }
    if report.interrupted {
        sentence.push(' ');
        sentence.push_str(&tr!(lang, "verdict-interrupted"));
    }
    sentence
}

/// The counts of each status, in the report's language.
pub fn counts(report: &Report) -> String {
    let s = report.summary();
    tr!(
        report.lang,
        "counts",
        pass = s.pass,
        warn = s.warn,
        fail = s.fail,
        skip = s.skip,
        error = s.error
    )
}

/// `site MLA, Argentina` in the report's language, when the site is known.
pub fn site_phrase(report: &Report) -> Option<String> {
    let site = report.site.as_deref()?;
    Some(match crate::i18n::country(report.lang, site) {
        Some(country) => tr!(report.lang, "header-site", site = site, country = country),
        None => tr!(report.lang, "header-site-unknown", site = site),
    })
}

/// Reports for the renderers' unit tests.
#[cfg(test)]
pub(crate) mod testing {
    use std::time::Duration;

    use crate::report::{CheckResult, Finding, Report, Severity, Status};

    /// A finding whose message, fix and docs name its code.
    pub fn finding(code: &str, severity: Severity) -> Finding {
        Finding {
            code: code.to_owned(),
            severity,
            message: format!("message of {code}."),
            remedy: format!("fix of {code}."),
            docs_url: format!("https://docs.test/{code}"),
            location: None,
        }
    }

    /// A check result; its summary names its id.
    pub fn check(
        id: &'static str,
        required: bool,
        status: Status,
        findings: Vec<Finding>,
    ) -> CheckResult {
        CheckResult {
            id,
            title: id,
            requirement: "",
            docs_url: "",
            required,
            status,
            duration: Duration::from_millis(5),
            summary: format!("summary of {id}"),
            findings,
        }
    }

    /// A report over these checks.
    pub fn report(checks: Vec<CheckResult>, strict: bool) -> Report {
        Report::new(None, Duration::from_millis(20), checks, strict)
    }

    /// What a renderer writes for this report.
    pub fn text(
        render: impl Fn(&Report, &mut dyn std::io::Write) -> std::io::Result<()>,
        report: &Report,
    ) -> String {
        let mut out = Vec::new();
        render(report, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }
}
