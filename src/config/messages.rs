//! Configuration errors made safe to print: a message never quotes a value that is, or
//! looks like, a secret, even when the user put the secret in the wrong place (another
//! key, a path flag, an unknown key, a line the TOML parser cannot read).

use crate::secret::{Redactor, looks_like_secret, scrub_credential_like};

/// What replaces a quoted value that looks like a secret.
const HIDDEN: &str = "(a value that is not shown: it looks like a secret)";

/// `msg` without the known secrets (in any form [`Redactor`] finds), credentials, or any
/// word that looks like a secret ([`looks_like_secret`]), quoted or not: a secret pasted as
/// a check id, a path or a `--report` spec is echoed by the message that refuses it.
pub fn safe_message(msg: &str, known: &Redactor) -> String {
    hide_words(&scrub_credential_like(&known.scrub(msg)))
}

/// Each word (a run between spaces, quotes, brackets and punctuation; `-` and `_` join)
/// that looks like a secret becomes [`HIDDEN`].
fn hide_words(msg: &str) -> String {
    let separator = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '`' | '"'
                    | '\''
                    | '['
                    | ']'
                    | '('
                    | ')'
                    | '{'
                    | '}'
                    | '<'
                    | '>'
                    | '='
                    | ','
                    | ';'
                    | ':'
                    | '/'
                    | '\\'
                    | '.'
                    | '@'
                    | '|'
                    | '…'
            )
    };
    let mut out = String::with_capacity(msg.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if looks_like_secret(word) {
            out.push_str(HIDDEN);
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in msg.chars() {
        if separator(c) {
            flush(&mut word, &mut out);
            out.push(c);
        } else {
            word.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// A TOML parse error as `line L, column C: message`, naming the key of that line when
/// it has one, without quoting the line: it may hold a secret whose closing quote is
/// missing, which no later scrub could find the end of.
pub fn toml_message(e: &toml::de::Error, text: &str) -> String {
    let message = e.message().trim_end_matches('\n');
    let Some(span) = e.span() else {
        return message.to_owned();
    };
    let at = span.start.min(text.len());
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = text[line_start..at].chars().count() + 1;
    let line_text = text[line_start..].lines().next().unwrap_or("");
    let key = line_text
        .split_once('=')
        .map(|(k, _)| k.trim())
        .filter(|k| {
            !k.is_empty()
                && k.len() <= 64
                && k.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        })
        .filter(|k| !looks_like_secret(k));
    match key {
        Some(k) => format!("line {line}, column {column} (key `{k}`): {message}"),
        None => format!("line {line}, column {column}: {message}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::Secret;

    const SECRET: &str = "Zx81Kq0pLmN3wQ7e";

    #[test]
    fn words_that_look_like_secrets_are_hidden_and_others_kept() {
        let none = Redactor::default();
        assert_eq!(
            safe_message(&format!("got \"{SECRET}\" and `{SECRET}`"), &none),
            format!("got \"{HIDDEN}\" and `{HIDDEN}`")
        );
        assert_eq!(
            safe_message(
                &format!("[checks.{SECRET}]: unknown; --report x={SECRET}"),
                &none
            ),
            format!("[checks.{HIDDEN}]: unknown; --report x={HIDDEN}")
        );
        assert_eq!(
            safe_message(&format!("cannot read /tmp/{SECRET}/file"), &none),
            format!("cannot read /tmp/{HIDDEN}/file")
        );
        let kept = "`checkout_url`: `https://shop.example/x` is not valid; got \"7d\" (a `[checks.checkout-tls]` key)";
        assert_eq!(safe_message(kept, &none), kept);
        assert_eq!(safe_message(SECRET, &none), HIDDEN);
        assert_eq!(safe_message("", &none), "");
    }

    #[test]
    fn known_secrets_go_even_unquoted() {
        let s = Secret::new("plainsecretvalue");
        let known = Redactor::new(&[&s]);
        let out = safe_message("cannot read ./plainsecretvalue: no such file", &known);
        assert!(!out.contains("plainsecretvalue"), "{out}");
    }

    #[test]
    fn toml_errors_never_quote_the_line() {
        let text = format!("site = \"MLB\"\nwebhook_secret = \"{SECRET}\n");
        let e = toml::from_str::<toml::Table>(&text).unwrap_err();
        let msg = toml_message(&e, &text);
        assert!(!msg.contains(SECRET), "{msg}");
        assert!(msg.starts_with("line 2, column "), "{msg}");
        // The column counts characters from 1.
        let e = toml::from_str::<toml::Table>("ñ = = 1\n").unwrap_err();
        assert!(
            toml_message(&e, "ñ = = 1\n").starts_with("line 1, column 5"),
            "{}",
            toml_message(&e, "ñ = = 1\n")
        );
        // A key that is quoted, spaced or too long is not named.
        for text in [
            "\"my key\" = \"open\n".to_owned(),
            format!("{} = \"open\n", "k".repeat(65)),
            " = \"open\n".to_owned(),
        ] {
            let e = toml::from_str::<toml::Table>(&text).unwrap_err();
            assert!(!toml_message(&e, &text).contains("(key"), "{text}");
        }
        assert!(msg.contains("(key `webhook_secret`)"), "{msg}");
        // A line without a usable key is named by position only.
        let text = format!("[checks]\n\"{SECRET}\n");
        let e = toml::from_str::<toml::Table>(&text).unwrap_err();
        let msg = toml_message(&e, &text);
        assert!(!msg.contains(SECRET) && !msg.contains("(key"), "{msg}");
        let text = format!("{SECRET} = = 1\n");
        let e = toml::from_str::<toml::Table>(&text).unwrap_err();
        assert!(!toml_message(&e, &text).contains(SECRET));
    }
}
