//! The checklist people read: one line per check in seed order (✓ ✗ ! – ?), each finding
//! with its fix under it, and the verdict.

use crate::tr;
use std::io::{self, Write};

use colored::{ColoredString, Colorize};

use super::{RenderOptions, symbol, verdict_sentence};
use crate::report::{Finding, Report, Severity, Status, Verdict};

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

    /// `line` with its label (after the indent, up to `upto` characters in) dimmed.
    fn dim_prefix(&self, line: &str, upto: usize) -> String {
        let split = line.char_indices().nth(upto).map_or(line.len(), |(i, _)| i);
        let (head, tail) = line.split_at(split);
        let label_start = head.len() - head.trim_start().len();
        format!(
            "{}{}{tail}",
            &head[..label_start],
            self.dim(&head[label_start..])
        )
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
        let shown = c
            .findings
            .iter()
            .filter(|f| !(opts.quiet && f.severity == Severity::Info));
        for group in groups(shown) {
            let first = group[0];
            writeln!(
                out,
                "    {} {}",
                p.severity(first.severity),
                p.bold(&first.code)
            )?;
            for f in &group {
                writeln!(out, "{}", wrap(&f.message, INDENT, 0, opts.width))?;
                if let Some(loc) = &f.location {
                    let at = format!("{} {}:{}", tr!(lang, "label-at"), loc.path, loc.line);
                    writeln!(out, "{}", wrap(&at, INDENT, 0, opts.width))?;
                }
            }
            // Info is context; its fix only matters when it explains an undecided check.
            if first.severity != Severity::Info || c.status == Status::Error {
                let fix = tr!(lang, "label-fix");
                let hang = fix.chars().count() + 1;
                let line = wrap(&format!("{fix} {}", first.remedy), INDENT, hang, opts.width);
                writeln!(out, "{}", p.dim_prefix(&line, INDENT + hang - 1))?;
                writeln!(
                    out,
                    "{}{} {}",
                    " ".repeat(INDENT),
                    p.dim(&tr!(lang, "label-docs")),
                    p.dim(&first.docs_url)
                )?;
            }
        }
    }
    if listed > 0 {
        writeln!(out)?;
    }
    writeln!(out, "{}", verdict_line(report, &p))
}

/// Where a finding's message, location and fix start.
const INDENT: usize = 12;

/// Findings that share a code and a fix, together in the order their first one came: the
/// fix is printed once under them (seven missing fields of one payment, one fix).
fn groups<'a>(findings: impl Iterator<Item = &'a Finding>) -> Vec<Vec<&'a Finding>> {
    let mut groups: Vec<Vec<&Finding>> = Vec::new();
    for f in findings {
        match groups
            .iter_mut()
            .find(|g| g[0].code == f.code && g[0].remedy == f.remedy && g[0].docs_url == f.docs_url)
        {
            Some(g) => g.push(f),
            None => groups.push(vec![f]),
        }
    }
    groups
}

/// `text` indented by `indent`, wrapped at `width` when there is one (a terminal), later
/// lines hanging `hang` further in (under the text after `fix: `). A word longer than the
/// line (a URL) is not broken.
fn wrap(text: &str, indent: usize, hang: usize, width: Option<usize>) -> String {
    let pad = " ".repeat(indent);
    let Some(width) = width.filter(|w| *w > indent + hang + 20) else {
        return format!("{pad}{text}");
    };
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut len = 0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let w = unicode_width::UnicodeWidthStr::width(word);
        let lead = if lines.is_empty() {
            indent
        } else {
            indent + hang
        };
        if len > 0 && lead + len + 1 + w > width {
            lines.push(std::mem::take(&mut line));
            len = 0;
        }
        if len > 0 {
            line.push(' ');
            len += 1;
        }
        line.push_str(word);
        len += w;
    }
    lines.push(line);
    let hanging = " ".repeat(indent + hang);
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            if i == 0 {
                format!("{pad}{l}")
            } else {
                format!("{hanging}{l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::testing::{check, finding, report};

    #[test]
    fn without_a_width_a_line_is_not_wrapped() {
        let long = "word ".repeat(40);
        assert_eq!(
            wrap(long.trim(), 4, 0, None),
            format!("    {}", long.trim())
        );
        // A width too narrow to wrap sensibly is ignored too.
        assert_eq!(wrap("a b c", 12, 5, Some(30)), "            a b c");
    }

    #[test]
    fn wrapped_lines_hang_under_the_text_and_keep_long_words_whole() {
        let text = "fix: Send the field named in the message https://www.mercadopago.com.br/developers/es/docs/a-very-long-page when creating it";
        let out = wrap(text, 4, 5, Some(40));
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines.len() > 2, "{out}");
        assert!(lines[0].starts_with("    fix: Send"), "{out}");
        for l in &lines[1..] {
            assert!(
                l.starts_with("         ") && !l.starts_with("          "),
                "{l:?}"
            );
        }
        assert!(
            lines.iter().any(|l| l.trim()
                == "https://www.mercadopago.com.br/developers/es/docs/a-very-long-page"),
            "{out}"
        );
        for l in lines.iter().filter(|l| !l.contains("https://")) {
            assert!(unicode_width::UnicodeWidthStr::width(*l) <= 40, "{l:?}");
        }
        assert_eq!(
            out.split_whitespace().collect::<Vec<_>>(),
            text.split_whitespace().collect::<Vec<_>>()
        );
    }

    #[test]
    fn findings_sharing_a_code_and_fix_are_grouped_under_one_fix() {
        let a = finding("x/missing", Severity::Warning);
        let mut a2 = finding("x/missing", Severity::Warning);
        a2.message = "another field".into();
        let b = finding("x/other", Severity::Warning);
        let mut a3 = finding("x/missing", Severity::Warning);
        a3.remedy = "a fix of its own".into();
        let all = [a.clone(), b.clone(), a2.clone(), a3.clone()];
        let g = groups(all.iter());
        let shape: Vec<(String, usize)> = g.iter().map(|g| (g[0].code.clone(), g.len())).collect();
        assert_eq!(
            shape,
            [
                ("x/missing".to_owned(), 2),
                ("x/other".to_owned(), 1),
                ("x/missing".to_owned(), 1)
            ]
        );
        let r = report(vec![check("x", true, Status::Warn, all.to_vec())], false);
        let mut out = Vec::new();
        render(&r, &RenderOptions::default(), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text.matches(&format!("fix: {}", a.remedy)).count(),
            1,
            "{text}"
        );
        assert_eq!(text.matches("fix: a fix of its own").count(), 1, "{text}");
        assert!(text.contains("another field"), "{text}");
    }
}
