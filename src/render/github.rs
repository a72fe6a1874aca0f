//! `--format github`: GitHub Actions workflow commands. GitHub shows at most 10 error and 10
//! warning annotations per step, so at most 10 are printed: first what fails the build, as
//! `::error`, then advisory findings as `::warning` (errors before warnings), each with the
//! check's title and the fix; the full checklist goes to `$GITHUB_STEP_SUMMARY` (written by
//! the caller with the Markdown renderer).

use std::io::{self, Write};

use super::verdict_sentence;
use crate::report::{Finding, Report, Severity, Status};

/// GitHub's limit per step and per level.
pub const MAX_ANNOTATIONS: usize = 10;

/// Escapes a workflow command's message.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Where an annotation goes in the list, lowest first: what fails the build, then what an
/// advisory check could not verify or found failing, then warnings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    /// Fails the build: printed as `::error`.
    Gate,
    /// An error finding, or a check that could not be evaluated, that does not gate.
    Advisory,
    /// A warning that does not gate.
    Warning,
}

/// One workflow command before it is printed.
#[derive(Debug)]
struct Annotation {
    rank: Rank,
    /// Findings of required checks come before those of advisory ones within a rank.
    required: bool,
    title: String,
    message: String,
}

impl Annotation {
    fn level(&self) -> &'static str {
        if self.rank == Rank::Gate {
            "error"
        } else {
            "warning"
        }
    }
}

fn finding_text(f: &Finding) -> String {
    format!(
        "{}: {} Fix: {} (docs: {})",
        f.code, f.message, f.remedy, f.docs_url
    )
}

/// Every annotation the report calls for, in the order they are printed. Only what fails the
/// build is an `::error`; an advisory check's failure is a `::warning`, so a run that exits 0
/// never shows an error annotation.
fn annotations(report: &Report) -> Vec<Annotation> {
    let mut notes = Vec::new();
    for c in &report.checks {
        let gates = report.fails_build(c);
        let title = if c.required {
            format!("mp-golive: {}", c.title)
        } else {
            format!("mp-golive: {} (advisory)", c.title)
        };
        for f in &c.findings {
            let rank = match f.severity {
                // The findings that make a failing (or, with --strict, warning) required
                // check what it is.
                Severity::Error if gates => Rank::Gate,
                Severity::Warning if gates && c.status == Status::Warn => Rank::Gate,
                Severity::Error => Rank::Advisory,
                Severity::Warning => Rank::Warning,
                Severity::Info => continue,
            };
            notes.push(Annotation {
                rank,
                required: c.required,
                title: title.clone(),
                message: finding_text(f),
            });
        }
        if c.status == Status::Error {
            // The info findings of a check in error say why; the first one carries the fix.
            let why = c.findings.iter().find(|f| f.severity == Severity::Info);
            notes.push(Annotation {
                rank: if gates { Rank::Gate } else { Rank::Advisory },
                required: c.required,
                title: format!("{title} could not be checked"),
                message: why.map_or_else(|| c.summary.clone(), finding_text),
            });
        }
    }
    notes.sort_by_key(|n| (n.rank, !n.required));
    notes
}

/// Writes the annotations and the verdict line.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let notes = annotations(report);
    for n in notes.iter().take(MAX_ANNOTATIONS) {
        writeln!(
            out,
            "::{} title={}::{}",
            n.level(),
            property(&n.title),
            data(&n.message)
        )?;
    }
    if notes.len() > MAX_ANNOTATIONS {
        writeln!(
            out,
            "::notice title=mp-golive::{} more findings are not annotated (GitHub shows at most {MAX_ANNOTATIONS}); the step summary lists them all",
            notes.len() - MAX_ANNOTATIONS
        )?;
    }
    writeln!(out, "mp-golive: {}", verdict_sentence(report))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::testing::{check, finding, report, text};
    use crate::report::Severity::{Error, Info, Warning};

    fn lines(r: &Report) -> Vec<String> {
        text(render, r).lines().map(str::to_owned).collect()
    }

    #[test]
    fn an_advisory_failure_is_never_an_error_annotation() {
        let r = report(
            vec![
                check("ok", true, Status::Pass, vec![finding("ok/context", Info)]),
                check(
                    "adv-warn",
                    false,
                    Status::Warn,
                    vec![finding("adv-warn/w", Warning)],
                ),
                check(
                    "adv-fail",
                    false,
                    Status::Fail,
                    vec![finding("adv-fail/e", Error), finding("adv-fail/w", Warning)],
                ),
                check(
                    "adv-error",
                    false,
                    Status::Error,
                    vec![finding("adv-error/api-error", Info)],
                ),
            ],
            false,
        );
        assert_eq!(r.verdict.exit_code(), 0);
        assert_eq!(
            lines(&r),
            [
                "::warning title=mp-golive%3A adv-fail (advisory)::adv-fail/e: message of adv-fail/e. Fix: fix of adv-fail/e. (docs: https://docs.test/adv-fail/e)",
                "::warning title=mp-golive%3A adv-error (advisory) could not be checked::adv-error/api-error: message of adv-error/api-error. Fix: fix of adv-error/api-error. (docs: https://docs.test/adv-error/api-error)",
                "::warning title=mp-golive%3A adv-warn (advisory)::adv-warn/w: message of adv-warn/w. Fix: fix of adv-warn/w. (docs: https://docs.test/adv-warn/w)",
                "::warning title=mp-golive%3A adv-fail (advisory)::adv-fail/w: message of adv-fail/w. Fix: fix of adv-fail/w. (docs: https://docs.test/adv-fail/w)",
                "mp-golive: ready: no required check failed; advisory checks (they do not gate): 1 failed, 1 could not be checked",
            ]
        );
    }

    #[test]
    fn a_required_check_in_error_is_an_error_annotation_first() {
        let r = report(
            vec![
                check(
                    "adv-fail",
                    false,
                    Status::Fail,
                    vec![finding("adv-fail/e", Error)],
                ),
                check(
                    "req-warn",
                    true,
                    Status::Warn,
                    vec![finding("req-warn/w", Warning)],
                ),
                check(
                    "req-error",
                    true,
                    Status::Error,
                    vec![
                        finding("req-error/partial", Warning),
                        finding("req-error/api-error", Info),
                        finding("req-error/other", Info),
                    ],
                ),
                check("bare-error", true, Status::Error, vec![]),
            ],
            false,
        );
        assert_eq!(r.verdict.exit_code(), 3);
        assert_eq!(
            lines(&r),
            [
                "::error title=mp-golive%3A req-error could not be checked::req-error/api-error: message of req-error/api-error. Fix: fix of req-error/api-error. (docs: https://docs.test/req-error/api-error)",
                "::error title=mp-golive%3A bare-error could not be checked::summary of bare-error",
                "::warning title=mp-golive%3A adv-fail (advisory)::adv-fail/e: message of adv-fail/e. Fix: fix of adv-fail/e. (docs: https://docs.test/adv-fail/e)",
                "::warning title=mp-golive%3A req-warn::req-warn/w: message of req-warn/w. Fix: fix of req-warn/w. (docs: https://docs.test/req-warn/w)",
                "::warning title=mp-golive%3A req-error::req-error/partial: message of req-error/partial. Fix: fix of req-error/partial. (docs: https://docs.test/req-error/partial)",
                "mp-golive: incomplete: 2 required checks could not be evaluated; advisory checks (they do not gate): 1 failed",
            ]
        );
    }

    #[test]
    fn what_fails_the_build_comes_first_and_strict_makes_required_warnings_errors() {
        let checks = || {
            vec![
                check(
                    "adv-warn",
                    false,
                    Status::Warn,
                    vec![finding("adv-warn/w", Warning)],
                ),
                check(
                    "req-warn",
                    true,
                    Status::Warn,
                    vec![finding("req-warn/w", Warning), finding("req-warn/i", Info)],
                ),
                check(
                    "req-fail",
                    true,
                    Status::Fail,
                    vec![finding("req-fail/w", Warning), finding("req-fail/e", Error)],
                ),
            ]
        };
        let heads = |strict| -> Vec<String> {
            lines(&report(checks(), strict))
                .iter()
                .map(|l| l.split("::").take(2).collect::<Vec<_>>().join("::"))
                .collect()
        };
        assert_eq!(
            heads(false),
            [
                "::error title=mp-golive%3A req-fail",
                "::warning title=mp-golive%3A req-warn",
                "::warning title=mp-golive%3A req-fail",
                "::warning title=mp-golive%3A adv-warn (advisory)",
                "mp-golive: not ready: 1 required check failed",
            ]
        );
        assert_eq!(
            heads(true),
            [
                "::error title=mp-golive%3A req-warn",
                "::error title=mp-golive%3A req-fail",
                "::warning title=mp-golive%3A req-fail",
                "::warning title=mp-golive%3A adv-warn (advisory)",
                "mp-golive: not ready: 1 required check failed, 1 warned (--strict)",
            ]
        );
        let only_warned = report(vec![checks().remove(1)], true);
        assert_eq!(
            lines(&only_warned),
            [
                "::error title=mp-golive%3A req-warn::req-warn/w: message of req-warn/w. Fix: fix of req-warn/w. (docs: https://docs.test/req-warn/w)",
                "mp-golive: not ready: 1 required check warned (--strict)",
            ]
        );
    }

    #[test]
    fn at_most_ten_annotations_and_a_notice_for_the_rest() {
        let with = |n: usize| {
            let findings = (0..n)
                .map(|i| Finding {
                    message: format!("w{i}"),
                    ..finding("c/w", Warning)
                })
                .collect();
            text(
                render,
                &report(vec![check("c", true, Status::Warn, findings)], false),
            )
        };
        let ten = with(10);
        assert_eq!(
            ten.lines().filter(|l| l.starts_with("::warning")).count(),
            10
        );
        assert!(!ten.contains("::notice"), "{ten}");
        let eleven = with(11);
        assert_eq!(
            eleven
                .lines()
                .filter(|l| l.starts_with("::warning"))
                .count(),
            10
        );
        assert!(
            eleven.contains("::notice title=mp-golive::1 more findings are not annotated"),
            "{eleven}"
        );
        assert!(
            !eleven.contains("w10"),
            "the eleventh is left out: {eleven}"
        );
    }

    #[test]
    fn workflow_command_escaping() {
        assert_eq!(data("50%\nnext"), "50%25%0Anext");
        assert_eq!(property("a: b, c"), "a%3A b%2C c");
    }
}
