//! `--format github`: GitHub Actions workflow commands. GitHub shows at most 10 error and 10
//! warning annotations per step, so at most 10 are printed, most severe first, each with the
//! check's title and the fix; the full checklist goes to `$GITHUB_STEP_SUMMARY` (written by
//! the caller with the Markdown renderer).

use std::io::{self, Write};

use super::verdict_sentence;
use crate::report::{Report, Severity, Status};

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

/// Writes the annotations and the verdict line.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    // (rank, level, title, message): lower rank first; required checks before advisory ones.
    let mut notes: Vec<(u8, &str, String, String)> = Vec::new();
    for c in &report.checks {
        let bump = if c.required { 0 } else { 3 };
        for f in &c.findings {
            let (rank, level) = match f.severity {
                Severity::Error => (0, "error"),
                Severity::Warning => (2, "warning"),
                Severity::Info => continue,
            };
            notes.push((
                rank + bump,
                level,
                format!("mp-golive: {}", c.title),
                format!(
                    "{}: {} Fix: {} (docs: {})",
                    f.code, f.message, f.remedy, f.docs_url
                ),
            ));
        }
        if c.status == Status::Error {
            notes.push((
                1 + bump,
                "warning",
                format!("mp-golive: {} could not be checked", c.title),
                c.summary.clone(),
            ));
        }
    }
    notes.sort_by_key(|n| n.0);
    let total = notes.len();
    for (_, level, title, message) in notes.iter().take(MAX_ANNOTATIONS) {
        writeln!(
            out,
            "::{level} title={}::{}",
            property(title),
            data(message)
        )?;
    }
    if total > MAX_ANNOTATIONS {
        writeln!(
            out,
            "::notice title=mp-golive::{} more findings are not annotated (GitHub shows at most {MAX_ANNOTATIONS}); the step summary lists them all",
            total - MAX_ANNOTATIONS
        )?;
    }
    writeln!(out, "mp-golive: {}", verdict_sentence(report))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_command_escaping() {
        assert_eq!(data("50%\nnext"), "50%25%0Anext");
        assert_eq!(property("a: b, c"), "a%3A b%2C c");
    }
}
