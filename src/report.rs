//! The one report model every output format renders: statuses, findings, check results,
//! and the verdict with its exit code, computed once.

use std::time::Duration;

use serde::Serialize;

/// The outcome of one check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The requirement is met.
    Pass,
    /// Met, with something worth fixing.
    Warn,
    /// Not applicable here (such as Pix outside Brazil) or turned off in the config.
    Skip,
    /// Could not be evaluated: network, timeout, unexpected API answer.
    Error,
    /// The requirement is not met.
    Fail,
}

impl Status {
    /// The lowercase word used in every format.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Warn => "warn",
            Status::Skip => "skip",
            Status::Error => "error",
            Status::Fail => "fail",
        }
    }
}

/// How much a finding matters. A check's status follows its most severe finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Context only; never changes the status.
    Info,
    /// Turns the check into `warn`.
    Warning,
    /// Turns the check into `fail`.
    Error,
}

impl Severity {
    /// The lowercase word used in every format.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A place in the user's files that a finding is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    /// Relative to the directory scanned, or the config file's path as given.
    pub path: String,
    /// Counted from 1.
    pub line: usize,
}

/// One thing a check found, with what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Stable `<check-id>/<reason>` code.
    pub code: String,
    /// How much it matters.
    pub severity: Severity,
    /// What was found, in one or two sentences. Never contains a secret.
    pub message: String,
    /// How to fix it.
    pub remedy: String,
    /// Where to read more.
    pub docs_url: String,
    /// The file and line, when the finding is about the user's files.
    pub location: Option<Location>,
}

/// What one check returned, before the runner adds timing and required-ness.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// Everything found, in the order found.
    pub findings: Vec<Finding>,
    /// A one-line summary for the checklist; derived from the findings when absent.
    pub summary: Option<String>,
    /// Set when the check could not decide; the reason is shown as the summary.
    pub undetermined: Option<String>,
    /// Set when the check does not apply; the reason is shown as the summary.
    pub skipped: Option<String>,
}

impl Outcome {
    /// An outcome that does not apply here, with the reason.
    pub fn skip(reason: impl Into<String>) -> Self {
        Outcome {
            skipped: Some(reason.into()),
            ..Outcome::default()
        }
    }

    /// Adds a finding unless one with the same code and message is already there. Control
    /// characters are replaced: messages quote text from servers and certificates, which
    /// must not reach a terminal as escape sequences.
    pub fn push(&mut self, mut finding: Finding) {
        finding.message = printable(&finding.message);
        if !self
            .findings
            .iter()
            .any(|f| f.code == finding.code && f.message == finding.message)
        {
            self.findings.push(finding);
        }
    }

    /// True when a finding with this code is present.
    pub fn has(&self, code: &str) -> bool {
        self.findings.iter().any(|f| f.code == code)
    }

    /// Marks the check as unable to decide, keeping the first reason given.
    pub fn undetermined(&mut self, reason: impl Into<String>) {
        if self.undetermined.is_none() {
            self.undetermined = Some(reason.into());
        }
    }

    /// The status this outcome implies: a failing finding beats "could not decide",
    /// which beats a warning; info never changes it.
    pub fn status(&self) -> Status {
        let worst = self.findings.iter().map(|f| f.severity).max();
        if worst == Some(Severity::Error) {
            Status::Fail
        } else if self.undetermined.is_some() {
            Status::Error
        } else if self.skipped.is_some() {
            Status::Skip
        } else if worst == Some(Severity::Warning) {
            Status::Warn
        } else {
            Status::Pass
        }
    }

    /// The one-line summary shown next to the check.
    pub fn summary_line(&self) -> String {
        self.summary_line_in(crate::i18n::Lang::En)
    }

    /// [`Outcome::summary_line`] in `lang` (the count of more findings, `ok`).
    pub fn summary_line_in(&self, lang: crate::i18n::Lang) -> String {
        let status = self.status();
        if status == Status::Error
            && let Some(reason) = &self.undetermined
        {
            return reason.clone();
        }
        if status == Status::Skip
            && let Some(reason) = &self.skipped
        {
            return reason.clone();
        }
        if matches!(status, Status::Fail | Status::Warn) {
            let wanted = if status == Status::Fail {
                Severity::Error
            } else {
                Severity::Warning
            };
            let n = self
                .findings
                .iter()
                .filter(|f| f.severity == wanted)
                .count();
            if let Some(first) = self.findings.iter().find(|f| f.severity == wanted) {
                let head = first_sentence(&first.message);
                return if n > 1 {
                    crate::tr!(lang, "summary-more", head = head, more = n - 1)
                } else {
                    head
                };
            }
        }
        self.summary
            .clone()
            .unwrap_or_else(|| crate::tr!(lang, "summary-ok"))
    }
}

/// `text` made safe for a terminal: each escape sequence (CSI such as `ESC[2J`, OSC such
/// as a title or clipboard write `ESC]52;…BEL`, C1 controls), each other control character
/// and each bidirectional override becomes one U+FFFD, so a server's answer can neither
/// drive the terminal nor reorder what is shown.
pub fn printable(text: &str) -> String {
    const MARK: char = '\u{fffd}';
    let hazard =
        |c: char| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if !text.chars().any(hazard) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if !hazard(c) {
            out.push(c);
            continue;
        }
        out.push(MARK);
        let kind = match c {
            '\u{1b}' => match chars.peek() {
                Some('[') => {
                    chars.next();
                    '['
                }
                Some(']' | 'P' | '_' | '^' | 'X') => {
                    chars.next();
                    ']'
                }
                // A two-character escape (`ESC c` resets the terminal).
                Some(_) => {
                    chars.next();
                    continue;
                }
                None => continue,
            },
            '\u{9b}' => '[',
            '\u{9d}' | '\u{90}' | '\u{9e}' | '\u{9f}' | '\u{98}' => ']',
            _ => continue,
        };
        if kind == '[' {
            // Parameters and intermediates, then one final byte.
            for c in chars.by_ref() {
                if !('\u{20}'..='\u{3f}').contains(&c) {
                    break;
                }
            }
        } else {
            // A string, ended by BEL, ST (`ESC \` or U+009C) or the end of the text.
            while let Some(c) = chars.next() {
                if c == '\u{7}' || c == '\u{9c}' {
                    break;
                }
                if c == '\u{1b}' {
                    if chars.peek() == Some(&'\\') {
                        chars.next();
                    }
                    break;
                }
            }
        }
    }
    out
}

/// `s` cut at `max` characters, with an ellipsis when cut: a quoted answer of a server
/// (the API's message, an MCP tool's text) kept to what a line of the report can show.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let cut: String = s.chars().take(max).collect();
        format!("{cut}…")
    }
}

fn first_sentence(message: &str) -> String {
    let cut = message
        .find(". ")
        .map(|i| &message[..i])
        .unwrap_or(message)
        .trim_end_matches('.');
    cut.to_owned()
}

/// The result of one check, as every format shows it.
#[derive(Debug, Clone)]
pub struct CheckResult {
    /// The stable check id.
    pub id: &'static str,
    /// The check's title.
    pub title: &'static str,
    /// The one sentence that defines "ready" for it, from its metadata.
    pub requirement: &'static str,
    /// Where Mercado Pago documents the requirement, from its metadata; empty when unknown.
    pub docs_url: &'static str,
    /// Whether this check gates the verdict.
    pub required: bool,
    /// pass, warn, fail, skip or error.
    pub status: Status,
    /// How long the check ran.
    pub duration: Duration,
    /// The one-line summary.
    pub summary: String,
    /// Everything found.
    pub findings: Vec<Finding>,
}

/// The overall answer, computed once from the required checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// No required check failed (warnings allowed unless strict).
    Ready,
    /// A required check failed (or warned, under `--strict`).
    NotReady,
    /// No required check failed, but a required one could not be evaluated.
    Incomplete,
}

impl Verdict {
    /// The process exit code for this verdict; it never depends on the output format.
    pub fn exit_code(self) -> u8 {
        match self {
            Verdict::Ready => 0,
            Verdict::NotReady => 1,
            Verdict::Incomplete => 3,
        }
    }

    /// The snake_case word used in machine formats.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Ready => "ready",
            Verdict::NotReady => "not_ready",
            Verdict::Incomplete => "incomplete",
        }
    }
}

/// Counts of check statuses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Checks that passed.
    pub pass: usize,
    /// Checks that warned.
    pub warn: usize,
    /// Checks that failed.
    pub fail: usize,
    /// Checks that were skipped.
    pub skip: usize,
    /// Checks that could not be evaluated.
    pub error: usize,
}

/// A whole run: every check's result in seed order, and the verdict.
#[derive(Debug, Clone)]
pub struct Report {
    /// The site the run was about, when known.
    pub site: Option<String>,
    /// Wall time of the whole run.
    pub duration: Duration,
    /// Results in registry (seed) order.
    pub checks: Vec<CheckResult>,
    /// Computed once by [`Report::new`].
    pub verdict: Verdict,
    /// True when the run was cut short by a signal (Ctrl-C, SIGTERM, SIGHUP).
    pub interrupted: bool,
    /// The signal that cut the run short, for the exit code.
    pub signal: Option<Signal>,
    /// Whether warnings of required checks fail the run (`--strict`).
    pub strict: bool,
    /// The language of the report's text.
    pub lang: crate::i18n::Lang,
}

/// A signal that stops a run the way Ctrl-C does: what finished is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// SIGINT (Ctrl-C).
    Interrupt,
    /// SIGTERM, as CI runners cancel a job.
    Terminate,
    /// SIGHUP, when the terminal goes away.
    Hangup,
}

impl Signal {
    /// 128 + the signal number, as shells report a process killed by it.
    pub fn exit_code(self) -> u8 {
        match self {
            Signal::Interrupt => 130,
            Signal::Terminate => 143,
            Signal::Hangup => 129,
        }
    }

    /// How a message names it.
    pub fn name(self) -> &'static str {
        match self {
            Signal::Interrupt => "Ctrl-C (SIGINT)",
            Signal::Terminate => "SIGTERM",
            Signal::Hangup => "SIGHUP",
        }
    }
}

impl Report {
    /// Builds the report and computes its verdict. `strict` makes warnings of required
    /// checks fail the run too.
    pub fn new(
        site: Option<String>,
        duration: Duration,
        checks: Vec<CheckResult>,
        strict: bool,
    ) -> Self {
        let verdict = verdict(&checks, strict);
        Report {
            site,
            duration,
            checks,
            verdict,
            interrupted: false,
            signal: None,
            strict,
            lang: crate::i18n::Lang::default(),
        }
    }

    /// True when this check's result keeps the run from `ready`: a required check that
    /// failed, could not be evaluated, or warned under `--strict`. Every format marks
    /// exactly these as what fails the build; everything else is advisory.
    pub fn fails_build(&self, check: &CheckResult) -> bool {
        check.required
            && match check.status {
                Status::Fail | Status::Error => true,
                Status::Warn => self.strict,
                Status::Pass | Status::Skip => false,
            }
    }

    /// The report with `clean` applied to every text that may hold what a server said:
    /// the site, each summary, and each finding's message, remedy and location. The run
    /// passes its secret redactor here, so no output format can show a secret.
    pub fn cleaned(mut self, clean: impl Fn(&str) -> String) -> Self {
        let both = |s: &str| printable(&clean(s));
        self.site = self.site.as_deref().map(both);
        for check in &mut self.checks {
            check.summary = both(&check.summary);
            for f in &mut check.findings {
                f.message = both(&f.message);
                f.remedy = both(&f.remedy);
                if let Some(loc) = &mut f.location {
                    loc.path = both(&loc.path);
                }
            }
        }
        self
    }

    /// Every Mercado Pago developers link moved to the account's country site and the
    /// report's language (an Argentine account in Spanish reads
    /// `www.mercadopago.com.ar/developers/es/…`); `www.mercadopago.com` when the site is
    /// unknown. Other links are left as they are.
    pub fn localized_links(mut self) -> Self {
        let site = self.site.clone();
        for check in &mut self.checks {
            for f in &mut check.findings {
                f.docs_url =
                    crate::i18n::localized_docs_url(&f.docs_url, site.as_deref(), self.lang);
            }
        }
        self
    }

    /// Counts of each status.
    pub fn summary(&self) -> Summary {
        let mut s = Summary::default();
        for c in &self.checks {
            match c.status {
                Status::Pass => s.pass += 1,
                Status::Warn => s.warn += 1,
                Status::Fail => s.fail += 1,
                Status::Skip => s.skip += 1,
                Status::Error => s.error += 1,
            }
        }
        s
    }
}

fn verdict(checks: &[CheckResult], strict: bool) -> Verdict {
    let required = || checks.iter().filter(|c| c.required);
    if required().any(|c| c.status == Status::Fail || (strict && c.status == Status::Warn)) {
        Verdict::NotReady
    } else if required().any(|c| c.status == Status::Error) {
        Verdict::Incomplete
    } else {
        Verdict::Ready
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(severity: Severity) -> Finding {
        Finding {
            code: "x/y".into(),
            severity,
            message: "m".into(),
            remedy: "r".into(),
            docs_url: "d".into(),
            location: None,
        }
    }

    fn result(required: bool, status: Status) -> CheckResult {
        CheckResult {
            id: "x",
            title: "X",
            requirement: "",
            docs_url: "",
            required,
            status,
            duration: Duration::ZERO,
            summary: String::new(),
            findings: vec![],
        }
    }

    #[test]
    fn escape_sequences_become_one_mark_each() {
        let m = '\u{fffd}';
        assert_eq!(printable("plain ñ text"), "plain ñ text");
        assert_eq!(printable("a\u{1b}[2Jb"), format!("a{m}b"));
        assert_eq!(printable("a\u{1b}[1;31;4mred"), format!("a{m}red"));
        assert_eq!(printable("t\u{1b}]0;pwned\u{7}x"), format!("t{m}x"));
        assert_eq!(
            printable("c\u{1b}]52;c;ZXZpbA==\u{1b}\\d"),
            format!("c{m}d")
        );
        assert_eq!(printable("o\u{1b}]8;;http://x\u{9c}y"), format!("o{m}y"));
        assert_eq!(printable("unended \u{1b}]0;title"), format!("unended {m}"));
        assert_eq!(printable("reset\u{1b}c!"), format!("reset{m}!"));
        assert_eq!(printable("end\u{1b}"), format!("end{m}"));
        assert_eq!(printable("c1\u{9b}2Jz"), format!("c1{m}z"));
        assert_eq!(printable("c1\u{9d}0;t\u{7}z"), format!("c1{m}z"));
        assert_eq!(printable("dcs\u{1b}Pq#0\u{1b}\\z"), format!("dcs{m}z"));
        // A CSI cut short by a character it cannot hold ends there.
        assert_eq!(printable("\u{1b}[12\nz"), format!("{m}z"));
        assert_eq!(
            printable("line\nbreak\ttab\u{7}"),
            format!("line{m}break{m}tab{m}")
        );
        assert_eq!(printable("abc\u{202e}fed\u{2066}"), format!("abc{m}fed{m}"));
    }

    #[test]
    fn cleaned_reaches_every_server_text() {
        let mut f = finding(Severity::Error);
        f.message = "m SECRET".into();
        f.remedy = "r SECRET".into();
        f.location = Some(Location {
            path: "p SECRET".into(),
            line: 1,
        });
        let mut c = result(true, Status::Fail);
        c.summary = "s SECRET \u{1b}[2J".into();
        c.findings = vec![f];
        let r = Report::new(Some("SECRET".into()), Duration::ZERO, vec![c], false)
            .cleaned(|s| s.replace("SECRET", "x"));
        assert_eq!(r.site.as_deref(), Some("x"));
        let c = &r.checks[0];
        assert_eq!(c.summary, "s x \u{fffd}");
        let f = &c.findings[0];
        assert_eq!((f.message.as_str(), f.remedy.as_str()), ("m x", "r x"));
        assert_eq!(f.location.as_ref().unwrap().path, "p x");
    }

    #[test]
    fn status_follows_most_severe_finding() {
        let mut o = Outcome::default();
        assert_eq!(o.status(), Status::Pass);
        o.push(finding(Severity::Info));
        assert_eq!(o.status(), Status::Pass);
        o.push(Finding {
            message: "w".into(),
            ..finding(Severity::Warning)
        });
        assert_eq!(o.status(), Status::Warn);
        o.undetermined("api down");
        assert_eq!(o.status(), Status::Error);
        o.push(Finding {
            message: "e".into(),
            ..finding(Severity::Error)
        });
        assert_eq!(o.status(), Status::Fail);
    }

    #[test]
    fn verdict_only_counts_required_checks() {
        let v = |checks: Vec<CheckResult>, strict| {
            Report::new(None, Duration::ZERO, checks, strict).verdict
        };
        assert_eq!(v(vec![result(false, Status::Fail)], false), Verdict::Ready);
        assert_eq!(v(vec![result(true, Status::Warn)], false), Verdict::Ready);
        assert_eq!(v(vec![result(true, Status::Warn)], true), Verdict::NotReady);
        assert_eq!(
            v(
                vec![result(true, Status::Error), result(true, Status::Pass)],
                false
            ),
            Verdict::Incomplete
        );
        assert_eq!(
            v(
                vec![result(true, Status::Error), result(true, Status::Fail)],
                false
            ),
            Verdict::NotReady
        );
        assert_eq!(v(vec![result(true, Status::Skip)], true), Verdict::Ready);
    }

    #[test]
    fn exit_codes_match_the_contract() {
        assert_eq!(Signal::Interrupt.exit_code(), 130);
        assert_eq!(Signal::Terminate.exit_code(), 143);
        assert_eq!(Signal::Hangup.exit_code(), 129);
        assert_eq!(Verdict::Ready.exit_code(), 0);
        assert_eq!(Verdict::NotReady.exit_code(), 1);
        assert_eq!(Verdict::Incomplete.exit_code(), 3);
    }

    const STATUSES: [Status; 5] = [
        Status::Pass,
        Status::Warn,
        Status::Skip,
        Status::Error,
        Status::Fail,
    ];

    #[test]
    fn signals_are_named_as_users_know_them() {
        assert_eq!(
            [Signal::Interrupt, Signal::Terminate, Signal::Hangup].map(Signal::name),
            ["Ctrl-C (SIGINT)", "SIGTERM", "SIGHUP"]
        );
    }

    #[test]
    fn advisory_checks_never_change_the_verdict() {
        for status in STATUSES {
            for strict in [false, true] {
                let r = Report::new(None, Duration::ZERO, vec![result(false, status)], strict);
                assert_eq!(
                    r.verdict,
                    Verdict::Ready,
                    "advisory {status:?}, strict {strict}"
                );
                assert!(!r.fails_build(&r.checks[0]));
            }
        }
        // An advisory check in error next to a passing required one: still ready.
        let r = Report::new(
            None,
            Duration::ZERO,
            vec![result(true, Status::Pass), result(false, Status::Error)],
            false,
        );
        assert_eq!(r.verdict, Verdict::Ready);
        let r = Report::new(
            None,
            Duration::ZERO,
            vec![result(false, Status::Fail), result(true, Status::Error)],
            false,
        );
        assert_eq!(r.verdict, Verdict::Incomplete);
    }

    #[test]
    fn fails_build_marks_exactly_what_keeps_the_run_from_ready() {
        for status in STATUSES {
            for strict in [false, true] {
                let r = Report::new(None, Duration::ZERO, vec![result(true, status)], strict);
                let expected = match status {
                    Status::Fail | Status::Error => true,
                    Status::Warn => strict,
                    Status::Pass | Status::Skip => false,
                };
                assert_eq!(r.fails_build(&r.checks[0]), expected, "{status:?} {strict}");
                assert_eq!(r.verdict != Verdict::Ready, expected, "{status:?} {strict}");
                assert_eq!(r.strict, strict);
            }
        }
    }

    #[test]
    fn summary_counts_each_status() {
        let mut checks = Vec::new();
        for (i, status) in STATUSES.into_iter().enumerate() {
            for _ in 0..=i {
                checks.push(result(false, status));
            }
        }
        let r = Report::new(None, Duration::ZERO, checks, false);
        assert_eq!(
            r.summary(),
            Summary {
                pass: 1,
                warn: 2,
                skip: 3,
                error: 4,
                fail: 5
            }
        );
    }

    #[test]
    fn words_used_in_every_format() {
        let words: Vec<&str> = STATUSES.iter().map(|s| s.as_str()).collect();
        assert_eq!(words, ["pass", "warn", "skip", "error", "fail"]);
        assert_eq!(
            [Severity::Info, Severity::Warning, Severity::Error].map(Severity::as_str),
            ["info", "warning", "error"]
        );
        assert_eq!(
            [Verdict::Ready, Verdict::NotReady, Verdict::Incomplete].map(Verdict::as_str),
            ["ready", "not_ready", "incomplete"]
        );
    }

    #[test]
    fn push_drops_duplicates_and_control_characters() {
        let mut o = Outcome::default();
        o.push(Finding {
            message: "a\u{1b}[31mb\n".into(),
            ..finding(Severity::Warning)
        });
        assert_eq!(o.findings[0].message, "a\u{fffd}b\u{fffd}");
        o.push(Finding {
            message: "a\u{1b}[31mb\n".into(),
            ..finding(Severity::Warning)
        });
        assert_eq!(o.findings.len(), 1, "same code and message");
        o.push(Finding {
            message: "other".into(),
            ..finding(Severity::Warning)
        });
        o.push(Finding {
            code: "x/z".into(),
            message: "other".into(),
            ..finding(Severity::Warning)
        });
        assert_eq!(o.findings.len(), 3);
        assert!(o.has("x/z") && o.has("x/y") && !o.has("x/w"));
    }

    #[test]
    fn summary_line_follows_the_status() {
        let mut o = Outcome {
            summary: Some("all good".into()),
            ..Outcome::default()
        };
        assert_eq!(o.summary_line(), "all good");
        assert_eq!(Outcome::default().summary_line(), "ok");
        o.push(finding(Severity::Info));
        assert_eq!(o.summary_line(), "all good");
        o.push(Finding {
            message: "First warning. More text.".into(),
            ..finding(Severity::Warning)
        });
        assert_eq!(o.summary_line(), "First warning");
        o.push(Finding {
            message: "Second warning.".into(),
            ..finding(Severity::Warning)
        });
        assert_eq!(o.summary_line(), "First warning (+1 more)");
        o.undetermined("api down");
        o.undetermined("second reason");
        assert_eq!(o.undetermined.as_deref(), Some("api down"));
        assert_eq!(o.summary_line(), "api down");
        o.push(Finding {
            message: "Broken.".into(),
            ..finding(Severity::Error)
        });
        assert_eq!(o.summary_line(), "Broken");
        let skipped = Outcome::skip("not in this country");
        assert_eq!(skipped.status(), Status::Skip);
        assert_eq!(skipped.summary_line(), "not in this country");
        let mut warned_skip = Outcome::skip("off");
        warned_skip.push(finding(Severity::Warning));
        assert_eq!(warned_skip.status(), Status::Skip, "skip beats a warning");
        assert_eq!(warned_skip.summary_line(), "off");
        let mut failed_skip = Outcome::skip("off");
        failed_skip.push(Finding {
            message: "Broken. Really.".into(),
            ..finding(Severity::Error)
        });
        assert_eq!(failed_skip.status(), Status::Fail, "a failure beats skip");
        assert_eq!(failed_skip.summary_line(), "Broken");
    }
}
