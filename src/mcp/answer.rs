//! Reading what the MCP tools answer. Their text is written for a language model and its
//! format is not documented (`reference/` §3: no capture of `quality_evaluation` exists), so
//! only what the text states unambiguously is read: a score next to "score", "puntaje" or
//! "pontuação"; list items; a percentage next to "rate". Everything else is shown as
//! Mercado Pago's text, cleaned and cut.

use crate::report::printable;
use crate::report::shorten;
use crate::secret::{Secret, scrub};

/// Characters of Mercado Pago's text quoted in a finding.
pub const EXCERPT_CHARS: usize = 500;
/// List items quoted at most, and the characters of each.
const MAX_ITEMS: usize = 10;
const ITEM_CHARS: usize = 200;

/// A tool's text: the `content[]` text items, each line cleaned of control characters and
/// escape sequences and scrubbed of the token.
#[derive(Debug, Clone)]
pub struct ToolText {
    lines: Vec<String>,
}

impl ToolText {
    /// Cleans `raw`.
    pub fn new(raw: &str, secrets: &[&Secret]) -> Self {
        // Cut first: a scrub over megabytes is wasted on text that is never shown whole.
        let raw: String = raw.chars().take(64 * 1024).collect();
        let lines = raw
            .lines()
            .map(|l| scrub(&printable(l), secrets).trim().to_owned())
            .filter(|l| !l.is_empty())
            .collect();
        ToolText { lines }
    }

    /// The cleaned lines.
    pub fn lines(&self) -> &[String] {
        &self.lines
    }

    /// The text on one line, cut at `EXCERPT_CHARS` characters.
    pub fn excerpt(&self) -> String {
        shorten(&self.lines.join(" / "), EXCERPT_CHARS)
    }

    fn lower(&self) -> String {
        self.lines.join("\n").to_lowercase()
    }
}

/// What `quality_evaluation` said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Evaluation {
    /// "Product not homologable": the evaluation does not apply to this product.
    NotApplicable {
        /// The text, as an excerpt.
        text: String,
    },
    /// An evaluation.
    Read {
        /// The score out of 100, when the text states one unambiguously.
        score: Option<u32>,
        /// The list items of the text (what to improve, as far as a list tells).
        improvements: Vec<String>,
        /// The text, as an excerpt.
        text: String,
    },
}

/// Reads a `quality_evaluation` answer.
pub fn read_evaluation(text: &ToolText) -> Evaluation {
    let lower = text.lower();
    let excerpt = text.excerpt();
    if [
        "not homologable",
        "no homologable",
        "não homologável",
        "nao homologavel",
    ]
    .iter()
    .any(|k| lower.contains(k))
    {
        return Evaluation::NotApplicable { text: excerpt };
    }
    Evaluation::Read {
        score: score(&lower),
        improvements: list_items(text.lines()),
        text: excerpt,
    }
}

/// The words a score is stated next to.
const SCORE_WORDS: &[&str] = &["score", "puntaje", "puntuación", "pontuação", "pontuacao"];
/// Words before a score word that make the number a threshold, not the score.
const THRESHOLD_WORDS: &[&str] = &["min", "mín", "pass", "aprob", "aprov", "requer", "requir"];

/// The score when every mention of a score word is followed closely by one same whole
/// number from 0 to 100 (`Score: 82/100`, `Puntaje obtenido: 82`); None when no mention has
/// a number, when two mentions disagree, or when a number is out of range or decimal.
/// Mentions of a threshold ("minimum score 75") are left out.
fn score(lower: &str) -> Option<u32> {
    let mut found: Option<u32> = None;
    for word in SCORE_WORDS {
        for (at, _) in lower.match_indices(word) {
            let before: String = lower[..at].chars().rev().take(20).collect::<String>();
            let before: String = before.chars().rev().collect();
            if THRESHOLD_WORDS.iter().any(|t| before.contains(t)) {
                continue;
            }
            let after = &lower[at + word.len()..];
            let Some(n) = number_after(after) else {
                continue;
            };
            let n = n?;
            if found.is_some_and(|f| f != n) {
                return None;
            }
            found = Some(n);
        }
    }
    found
}

/// The number that follows within a few characters on the same line: `None` when there is
/// none, `Some(None)` when there is one that is no score (decimal, above 100, a percentage
/// of something else is still read: 82% is 82 out of 100).
fn number_after(after: &str) -> Option<Option<u32>> {
    let mut chars = after.char_indices().peekable();
    let mut skipped = 0;
    let start = loop {
        let (i, c) = *chars.peek()?;
        if c.is_ascii_digit() {
            break i;
        }
        if c == '\n' || skipped >= 16 || c.is_ascii_punctuation() && !":=*-_\"'(".contains(c) {
            return None;
        }
        skipped += 1;
        chars.next();
    };
    let digits: String = after[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let rest = &after[start + digits.len()..];
    if rest.starts_with(['.', ',']) && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return Some(None);
    }
    Some(digits.parse::<u32>().ok().filter(|n| *n <= 100))
}

/// The lines written as list items (`- x`, `* x`, `• x`, `1. x`, `2) x`), markers and
/// Markdown emphasis taken off; under a heading that names improvements, only those.
fn list_items(lines: &[String]) -> Vec<String> {
    const HEADINGS: &[&str] = &[
        "improv",
        "mejor",
        "melhor",
        "recomend",
        "recommend",
        "falta",
        "missing",
        "pendiente",
        "pendente",
    ];
    let mut all = Vec::new();
    let mut under_heading = Vec::new();
    let mut in_heading = false;
    for line in lines {
        match item(line) {
            Some(text) => {
                let text = shorten(&text, ITEM_CHARS);
                if in_heading {
                    under_heading.push(text.clone());
                }
                all.push(text);
            }
            None => {
                let l = line.to_lowercase();
                in_heading = HEADINGS.iter().any(|h| l.contains(h));
            }
        }
    }
    let mut items = if under_heading.is_empty() {
        all
    } else {
        under_heading
    };
    items.truncate(MAX_ITEMS);
    items
}

fn item(line: &str) -> Option<String> {
    let l = line.trim_start();
    let rest = if let Some(r) = l.strip_prefix(['-', '*', '•']) {
        r
    } else {
        let digits = l.chars().take_while(char::is_ascii_digit).count();
        let r = &l[digits..];
        if digits == 0 || digits > 2 {
            return None;
        }
        r.strip_prefix(['.', ')'])?
    };
    if !rest.starts_with(' ') {
        return None;
    }
    let text = rest.trim().replace("**", "").replace('`', "");
    (!text.is_empty()).then_some(text)
}

/// What `notifications_history` said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum History {
    /// "No Notifications Found".
    NoneFound,
    /// "no webhook notifications configured".
    NotConfigured,
    /// A history.
    Read {
        /// The delivery rate as the text states it (`97.5%`), when it does.
        rate: Option<String>,
        /// The lines that name failures (`3 failures: HTTP 502`).
        failures: Vec<String>,
        /// The text, as an excerpt.
        text: String,
    },
}

/// Reads a `notifications_history` answer.
pub fn read_history(text: &ToolText) -> History {
    let lower = text.lower();
    if lower.contains("no notifications found") {
        return History::NoneFound;
    }
    if lower.contains("no webhook notifications configured") {
        return History::NotConfigured;
    }
    const RATE: &[&str] = &["rate", "tasa", "taxa", "success", "éxito", "sucesso"];
    const FAILED: &[&str] = &["fail", "fall", "falh", "error", "erro"];
    let mut rate = None;
    let mut failures = Vec::new();
    for line in text.lines() {
        let l = line.to_lowercase();
        if rate.is_none()
            && RATE.iter().any(|w| l.contains(w))
            && let Some(p) = percentage(line)
        {
            rate = Some(p);
            continue;
        }
        if FAILED.iter().any(|w| l.contains(w)) && failures.len() < MAX_ITEMS {
            let clean = item(line).unwrap_or_else(|| line.replace("**", ""));
            failures.push(shorten(clean.trim(), ITEM_CHARS));
        }
    }
    History::Read {
        rate,
        failures,
        text: text.excerpt(),
    }
}

/// The first `N%` or `N.N%` of `line`, from 0 to 100.
fn percentage(line: &str) -> Option<String> {
    let pct = line.find('%')?;
    let head = line[..pct].trim_end();
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit() || *c == '.' || *c == ',')
        .last()
        .map(|(i, _)| i)?;
    let number = &head[start..];
    let value: f64 = number.replace(',', ".").parse().ok()?;
    (0.0..=100.0).contains(&value).then(|| format!("{number}%"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> ToolText {
        ToolText::new(s, &[])
    }

    #[test]
    fn a_score_s_number_follows_it_closely_on_the_same_line() {
        // Within 16 characters, only the separators a label uses in between.
        assert_eq!(number_after(": 82"), Some(Some(82)));
        assert_eq!(number_after("**: \"82"), Some(Some(82)));
        assert_eq!(
            number_after(&format!("{}82", " ".repeat(16))),
            Some(Some(82))
        );
        assert_eq!(number_after(&format!("{}82", " ".repeat(17))), None);
        // Another line, or a sentence that goes on, is another statement.
        assert_eq!(number_after(":\n82"), None);
        assert_eq!(number_after("; 82"), None);
        assert_eq!(number_after(". 82"), None);
        assert_eq!(score("score\n82 items were reviewed"), None);
    }

    #[test]
    fn a_history_names_at_most_max_items_failures() {
        let lines: Vec<String> = (0..MAX_ITEMS + 3)
            .map(|i| format!("- delivery {i} failed: HTTP 502"))
            .collect();
        let History::Read { failures, .. } = read_history(&text(&lines.join("\n"))) else {
            panic!("not read");
        };
        assert_eq!(failures.len(), MAX_ITEMS);
        assert_eq!(failures[0], "delivery 0 failed: HTTP 502");
    }

    #[test]
    fn list_items_are_numbered_with_one_or_two_digits() {
        assert_eq!(
            item("1. Send payer.email").as_deref(),
            Some("Send payer.email")
        );
        assert_eq!(item("12) Send items.id").as_deref(), Some("Send items.id"));
        // A year or an amount opening a line is no item number.
        assert_eq!(item("2026. The year of the review"), None);
        assert_eq!(item("Send payer.email"), None);
        assert_eq!(item("-no space"), None);
    }

    #[test]
    fn a_score_is_read_only_when_stated_unambiguously() {
        assert_eq!(score("score: 82/100"), Some(82));
        assert_eq!(score("**puntaje obtenido:** 82 de 100"), Some(82));
        assert_eq!(score("pontuação final = 100"), Some(100));
        assert_eq!(score("your score is 82. score: 82"), Some(82));
        assert_eq!(score("minimum score: 75\nyour score: 60"), Some(60));
        assert_eq!(score("score: 82\nscore: 60"), None, "two scores disagree");
        assert_eq!(score("score: 82.5"), None, "decimal");
        assert_eq!(score("score: 820"), None, "out of range");
        assert_eq!(score("the score could not be computed"), None);
        assert_eq!(score("scored items: see below, 12 checks"), None);
        assert_eq!(score("82 points"), None, "no score word");
    }

    #[test]
    fn not_homologable_means_not_applicable() {
        let t = text("Product not homologable");
        assert!(matches!(
            read_evaluation(&t),
            Evaluation::NotApplicable { .. }
        ));
    }

    #[test]
    fn improvements_are_the_list_under_their_heading() {
        let t = text(
            "Quality evaluation\nScore: 68/100\nPassed:\n- items.title\nImprovements:\n- Send payer.first_name\n2) **Send** items.category_id\nEnd",
        );
        assert_eq!(
            read_evaluation(&t),
            Evaluation::Read {
                score: Some(68),
                improvements: vec![
                    "Send payer.first_name".to_owned(),
                    "Send items.category_id".to_owned()
                ],
                text: "Quality evaluation / Score: 68/100 / Passed: / - items.title / Improvements: / - Send payer.first_name / 2) **Send** items.category_id / End".to_owned(),
            }
        );
    }

    #[test]
    fn text_is_cleaned_and_scrubbed() {
        let token = Secret::new(
            "APP_USR-1234567890123456-010101-abcdefabcdefabcdefabcdefabcdef01-987654321",
        );
        let t = ToolText::new(
            &format!(
                "\u{1b}]52;c;aGk=\u{7}Score: \u{1b}[31m90\nyour token {}",
                token.expose()
            ),
            &[&token],
        );
        let all = t.lines().join("\n");
        assert!(!all.contains('\u{1b}'), "{all}");
        assert!(!all.contains("abcdefabcdef"), "{all}");
        assert!(all.contains("Score: "), "{all}");
    }

    #[test]
    fn history_says_rate_failures_and_emptiness() {
        assert_eq!(
            read_history(&text("No Notifications Found")),
            History::NoneFound
        );
        assert_eq!(
            read_history(&text(
                "There are no webhook notifications configured for this app"
            )),
            History::NotConfigured
        );
        let h = read_history(&text(
            "Delivery success rate: 97.5%\n- 3 failures: HTTP 502\n- 1 failure: timeout\nTotal: 160",
        ));
        assert_eq!(
            h,
            History::Read {
                rate: Some("97.5%".to_owned()),
                failures: vec!["3 failures: HTTP 502".to_owned(), "1 failure: timeout".to_owned()],
                text: "Delivery success rate: 97.5% / - 3 failures: HTTP 502 / - 1 failure: timeout / Total: 160".to_owned(),
            }
        );
    }
}
