//! The checklist people read: one line per check in seed order (✓ ✗ ! – ?), each finding
//! with its fix under it, and the verdict.

use crate::tr;
use std::io::{self, Write};

use colored::{ColoredString, Colorize};

use super::{RenderOptions, symbol, verdict_sentence};
use crate::report::{Report, Severity, Status, Verdict};

struct Paint(bool);

impl Paint {
    fn status(&self, s: Status) -> String {
        let text = format!("{} {:<5}", symbol(s), s.as_str());
        self.by_status(s, &text)
    }

    fn by_status(&self, s: Status, text: &str) -> String {
        if !self.0 {
            return text.to_owned();
        }
        let c: ColoredString = match s {
            Status::Pass => text.green(),
            Status::Warn => text.yellow(),
            Status::Fail => text.red().bold(),
            Status::Skip => text.dimmed(),
            Status::Error => text.magenta(),
        };
        c.to_string()
    }

    fn severity(&self, s: Severity) -> String {
        let text = format!("{:<7}", s.as_str());
        if !self.0 {
            return text;
        }
        match s {
            Severity::Error => text.red().to_string(),
            Severity::Warning => text.yellow().to_string(),
            Severity::Info => text.blue().to_string(),
        }
    }

    fn dim(&self, text: &str) -> String {
        if self.0 {
            text.dimmed().to_string()
        } else {
            text.to_owned()
        }
    }

    fn bold(&self, text: &str) -> String {
        if self.0 {
            text.bold().to_string()
        } else {
            text.to_owned()
        }
    }
}

/// Writes the checklist.
pub fn render(report: &Report, opts: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    // The choice is made by the caller per destination; the global switch only lets it through.
    colored::control::set_override(opts.color);
    let p = Paint(opts.color);
    let lang = report.lang;
    let site = super::site_phrase(report)
        .map(|s| format!(" · {s}"))
        .unwrap_or_default();
    if !opts.quiet {
        writeln!(
            out,
            "{}{}",
            p.bold(&format!("mp-golive {}", env!("CARGO_PKG_VERSION"))),
            p.dim(&format!(" · {}{site}", tr!(lang, "header-title")))
        )?;
        writeln!(out)?;
    }
    let width = report.checks.iter().map(|c| c.id.len()).max().unwrap_or(0);
    let mut listed = 0;
    for c in &report.checks {
        let attention = !matches!(c.status, Status::Pass | Status::Skip);
        if opts.quiet && !attention {
            continue;
        }
        listed += 1;
        let advisory = if c.required {
            String::new()
        } else {
            p.dim(&format!(" {}", tr!(lang, "advisory-mark")))
        };
        writeln!(
            out,
            "{} {:<width$}  {}{}",
            p.status(c.status),
            c.id,
            c.summary,
            advisory
        )?;
        for f in &c.findings {
            if opts.quiet && f.severity == Severity::Info {
                continue;
            }
            writeln!(out, "    {} {}", p.severity(f.severity), p.bold(&f.code))?;
            writeln!(out, "            {}", f.message)?;
            if let Some(loc) = &f.location {
                writeln!(
                    out,
                    "            {} {}:{}",
                    tr!(lang, "label-at"),
                    loc.path,
                    loc.line
                )?;
            }
            // Info is context; its fix only matters when it explains an undecided check.
            if f.severity != Severity::Info || c.status == Status::Error {
                writeln!(
                    out,
                    "            {} {}",
                    p.dim(&tr!(lang, "label-fix")),
                    f.remedy
                )?;
                writeln!(
                    out,
                    "            {} {}",
                    p.dim(&tr!(lang, "label-docs")),
                    p.dim(&f.docs_url)
                )?;
            }
        }
    }
    if listed > 0 {
        writeln!(out)?;
    }
    writeln!(out, "{}", verdict_line(report, &p))
}

fn verdict_line(report: &Report, p: &Paint) -> String {
    let counts = format!(
        "{} · {}",
        super::counts(report),
        human_duration(report.duration)
    );
    let status = match report.verdict {
        Verdict::Ready => Status::Pass,
        Verdict::NotReady => Status::Fail,
        Verdict::Incomplete => Status::Error,
    };
    let sentence = verdict_sentence(report);
    let (word, rest) = sentence.split_once(':').unwrap_or((&sentence, ""));
    format!(
        "{}:{rest}\n{}",
        p.by_status(status, &p.bold(word)),
        p.dim(&counts)
    )
}

/// `412 ms` under a second, `1.3 s` above.
fn human_duration(d: std::time::Duration) -> String {
    if d.as_millis() < 1000 {
        format!("{} ms", d.as_millis())
    } else {
        format!("{:.1} s", d.as_secs_f64())
    }
}
