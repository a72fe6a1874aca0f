//! Secrets (the access token, the webhook secret) wrapped so they cannot be printed by
//! accident, and a redactor that scrubs them from any text that came from elsewhere.

use std::fmt;

/// A secret value. `Debug` shows only a redacted form; there is no `Display`, so it cannot
/// end up in a message without an explicit call to [`Secret::expose`].
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a value; surrounding whitespace (a file's trailing newline) is dropped.
    pub fn new(value: &str) -> Self {
        Secret(value.trim().to_owned())
    }

    /// The raw value, for the one place that must send it (the Authorization header, an HMAC).
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// A form safe to show: the prefix before the first `-` and the last four characters,
    /// such as `APP_USR-…6789`. Short or unprefixed values show nothing of themselves.
    pub fn redacted(&self) -> String {
        redact(&self.0)
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret({})", self.redacted())
    }
}

/// Redacts any credential-like value the same way [`Secret::redacted`] does.
pub fn redact(value: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    if chars.len() < 16 {
        return "…".to_owned();
    }
    let tail: String = chars[chars.len() - 4..].iter().collect();
    match value.split_once('-') {
        Some((prefix, _))
            if prefix.len() <= 8 && prefix.chars().all(|c| c.is_ascii_uppercase() || c == '_') =>
        {
            format!("{prefix}-…{tail}")
        }
        _ => format!("…{tail}"),
    }
}

/// Replaces every occurrence of the given secrets in `text` with their redacted form.
/// Used on text that came from outside (API error messages echo the token they refused).
pub fn scrub(text: &str, secrets: &[&Secret]) -> String {
    let mut out = text.to_owned();
    for s in secrets {
        let raw = s.expose();
        if raw.len() >= 4 && out.contains(raw) {
            out = out.replace(raw, &s.redacted());
        }
    }
    out
}

/// A word of some text that starts with a credential prefix (`APP_USR-` or `TEST-`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CredentialWord<'a> {
    /// Byte offset of the word in the text.
    pub offset: usize,
    /// The word: the prefix and every following ASCII letter, digit, `-` or `_`.
    pub word: &'a str,
    /// The prefix continues a preceding word (`XTEST-…`): not a credential on its own.
    pub glued: bool,
}

/// Every word of `text` that starts with `APP_USR-` or `TEST-`, in order. The one
/// tokenizer behind redaction, the checkout-page scan and the source scan.
pub fn credential_words(text: &[u8]) -> Vec<CredentialWord<'_>> {
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'_';
    let mut starts: Vec<usize> = memchr::memmem::find_iter(text, b"APP_USR-")
        .chain(memchr::memmem::find_iter(text, b"TEST-"))
        .collect();
    starts.sort_unstable();
    let mut words = Vec::new();
    let mut covered = 0;
    for start in starts {
        if start < covered {
            continue;
        }
        let end = text[start..]
            .iter()
            .position(|b| !is_word(*b))
            .map_or(text.len(), |n| start + n);
        covered = end;
        let glued =
            start > 0 && (text[start - 1].is_ascii_alphanumeric() || text[start - 1] == b'_');
        // The word is ASCII by construction.
        if let Ok(word) = std::str::from_utf8(&text[start..end]) {
            words.push(CredentialWord {
                offset: start,
                word,
                glued,
            });
        }
    }
    words
}

/// Redacts anything shaped like a Mercado Pago credential (`APP_USR-…`, `TEST-…`) in text
/// that may quote a user's file, such as a config parse error pointing at a line.
pub fn scrub_credential_like(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for w in credential_words(text.as_bytes())
        .into_iter()
        .filter(|w| w.word.len() >= 20)
    {
        out.push_str(&text[last..w.offset]);
        out.push_str(&redact(w.word));
        last = w.offset + w.word.len();
    }
    out.push_str(&text[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOKEN: &str =
        "APP_USR-1234567890123456-112609-0123456789abcdef0123456789abcdef-987654321";

    #[test]
    fn debug_never_shows_the_value() {
        let s = Secret::new(&format!("{TOKEN}\n"));
        let shown = format!("{s:?}");
        assert!(!shown.contains(TOKEN));
        assert_eq!(shown, "Secret(APP_USR-…4321)");
        assert_eq!(s.expose(), TOKEN);
    }

    #[test]
    fn short_or_unprefixed_values_show_little() {
        assert_eq!(redact("abc"), "…");
        assert_eq!(redact("0123456789abcdef0123"), "…0123");
    }

    #[test]
    fn scrub_replaces_echoed_secrets() {
        let s = Secret::new(TOKEN);
        let text = format!("Malformed access_token: {TOKEN}");
        assert_eq!(scrub(&text, &[&s]), "Malformed access_token: APP_USR-…4321");
    }

    #[test]
    fn scrub_credential_like_redacts_unknown_tokens() {
        let text = format!("3 | acces_token = \"{TOKEN}\"\n  | ^ unknown field; TEST- is fine");
        let out = scrub_credential_like(&text);
        assert!(!out.contains(TOKEN), "{out}");
        assert!(out.contains("APP_USR-…4321"));
        assert!(out.contains("TEST- is fine"));
    }

    #[test]
    fn redaction_starts_at_sixteen_characters() {
        assert_eq!(redact("0123456789abcde"), "…");
        assert_eq!(redact("0123456789abcdef"), "…cdef");
    }

    #[test]
    fn only_a_short_uppercase_prefix_is_shown() {
        // A lowercase or long prefix could be part of the secret itself.
        assert_eq!(redact("sk_live-0123456789abcdef"), "…cdef");
        assert_eq!(redact("abc-0123456789abcdef"), "…cdef");
        assert_eq!(redact("ABCDEFGHIJ-0123456789"), "…6789");
        assert_eq!(redact("ABCDEFGH-0123456789"), "ABCDEFGH-…6789");
        assert_eq!(redact("TEST-0123456789abcdef"), "TEST-…cdef");
    }

    #[test]
    fn scrub_leaves_very_short_secrets_alone() {
        // Replacing a two-letter secret would mangle every word that contains it.
        assert_eq!(scrub("cabbage", &[&Secret::new("ab")]), "cabbage");
        assert_eq!(scrub("text", &[&Secret::new("")]), "text");
        assert_eq!(
            scrub("key 0123456789abcdef!", &[&Secret::new("0123456789abcdef")]),
            "key …cdef!"
        );
    }

    #[test]
    fn credential_words_are_whole_words_in_order() {
        let text = b"APP_USR-1-TEST-2 x TEST-3_y,APP_USR-4";
        let words: Vec<(usize, &str, bool)> = credential_words(text)
            .into_iter()
            .map(|w| (w.offset, w.word, w.glued))
            .collect();
        // The TEST- inside the first word is part of it, not a word of its own.
        assert_eq!(
            words,
            [
                (0, "APP_USR-1-TEST-2", false),
                (19, "TEST-3_y", false),
                (28, "APP_USR-4", false)
            ]
        );
    }

    #[test]
    fn glued_prefixes_are_marked() {
        let glued = |text: &str| -> Vec<bool> {
            credential_words(text.as_bytes())
                .into_iter()
                .map(|w| w.glued)
                .collect()
        };
        assert_eq!(glued("XTEST-1"), [true]);
        assert_eq!(glued("_TEST-1"), [true]);
        assert_eq!(glued("9APP_USR-1"), [true]);
        assert_eq!(glued(" TEST-1"), [false]);
        assert_eq!(glued("-TEST-1"), [false]);
        assert_eq!(glued("\"TEST-1\""), [false]);
        assert_eq!(glued("TEST-"), [false]);
    }

    #[test]
    fn scrub_credential_like_keeps_the_text_around_each_token() {
        let text = format!("a {TOKEN} b {TOKEN}");
        assert_eq!(
            scrub_credential_like(&text),
            "a APP_USR-…4321 b APP_USR-…4321"
        );
        // Under 20 characters it is not a credential.
        assert_eq!(
            scrub_credential_like("TEST-0123456789abcd"),
            "TEST-0123456789abcd"
        );
        assert_eq!(scrub_credential_like("TEST-0123456789abcde"), "TEST-…bcde");
    }
}
