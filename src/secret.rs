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

/// Replaces the given secrets in `text`, in every form a server may echo them: see
/// [`Redactor`].
pub fn scrub(text: &str, secrets: &[&Secret]) -> String {
    Redactor::new(secrets).scrub(text)
}

/// The shortest run of a secret's random part that is scrubbed on its own: shorter runs
/// occur by chance in ordinary text, longer ones do not.
pub const RUN: usize = 8;

/// Scrubs the run's secrets from text that came from elsewhere (API answers, 2xx bodies
/// included, a receiver's reply, error chains) before it reaches any output.
///
/// A server may echo a secret in other forms than the one sent, so the search is
/// case-insensitive, sees percent-encoded text decoded (`APP_USR%2D…`), also looks for the
/// secret's UTF-8 bytes re-read as Latin-1, and scrubs any run of [`RUN`] or more characters
/// of a secret's random part (the token's hex segment, the whole webhook secret), so a
/// secret split across two fields or quoted in part is scrubbed too.
#[derive(Debug, Clone, Default)]
pub struct Redactor {
    needles: Vec<Needle>,
}

#[derive(Debug, Clone)]
struct Needle {
    /// Lowercased forms searched whole: the secret, and its bytes read as Latin-1.
    whole: Vec<Vec<char>>,
    /// What a whole occurrence becomes.
    shown: String,
    /// Every lowercased window of [`RUN`] characters of the random parts.
    runs: std::collections::HashSet<Vec<char>>,
}

impl Redactor {
    /// A redactor of these secrets. Secrets shorter than four characters are left out:
    /// replacing them would mangle every word that contains them.
    pub fn new(secrets: &[&Secret]) -> Self {
        let needles = secrets
            .iter()
            .filter(|s| s.expose().chars().count() >= 4)
            .map(|s| Needle::of(s))
            .collect();
        Redactor { needles }
    }

    /// True when there is nothing to scrub.
    pub fn is_empty(&self) -> bool {
        self.needles.is_empty()
    }

    /// `text` with every occurrence found replaced: a whole secret by its redacted form,
    /// a run of its random part by `[redacted]`.
    pub fn scrub(&self, text: &str) -> String {
        if self.needles.is_empty() {
            return text.to_owned();
        }
        let view = decoded_view(text);
        let lower: Vec<char> = view.iter().map(|v| v.c).collect();
        // (start, end, replacement) over `view` indices.
        let mut marks: Vec<(usize, usize, Option<&str>)> = Vec::new();
        for needle in &self.needles {
            for form in &needle.whole {
                // Never empty: secrets under four characters have no needle.
                let n = form.len();
                let mut i = 0;
                while i + n <= lower.len() {
                    if lower[i..i + n] == form[..] {
                        marks.push((i, i + n, Some(needle.shown.as_str())));
                        i += n;
                    } else {
                        i += 1;
                    }
                }
            }
            if !needle.runs.is_empty() {
                for (i, window) in lower.windows(RUN).enumerate() {
                    if needle.runs.contains(window) {
                        marks.push((i, i + RUN, None));
                    }
                }
            }
        }
        if marks.is_empty() {
            return text.to_owned();
        }
        // Overlapping marks become one span; a whole secret in it names the replacement.
        marks.sort_by_key(|m| (m.0, std::cmp::Reverse(m.1)));
        let mut spans: Vec<(usize, usize, Option<&str>)> = Vec::new();
        for (start, end, shown) in marks {
            match spans.last_mut() {
                Some(last) if start < last.1 => {
                    last.1 = last.1.max(end);
                    last.2 = last.2.or(shown);
                }
                _ => spans.push((start, end, shown)),
            }
        }
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for (start, end, shown) in spans {
            let (from, to) = (view[start].from, view[end - 1].to);
            out.push_str(&text[at..from]);
            out.push_str(shown.unwrap_or("[redacted]"));
            at = to;
        }
        out.push_str(&text[at..]);
        out
    }
}

impl Needle {
    fn of(secret: &Secret) -> Self {
        let raw = secret.expose();
        let lower = |s: &str| -> Vec<char> { s.chars().map(lower_char).collect() };
        // The UTF-8 bytes read as Latin-1: how a server that mis-decodes echoes them.
        let latin1: String = raw.bytes().map(char::from).collect();
        let mut whole = vec![lower(raw)];
        if latin1 != raw {
            whole.push(lower(&latin1));
        }
        let mut runs = std::collections::HashSet::new();
        for part in random_parts(raw).into_iter().chain(
            (latin1 != raw)
                .then(|| random_parts(&latin1))
                .into_iter()
                .flatten(),
        ) {
            let chars = lower(part);
            for w in chars.windows(RUN) {
                runs.insert(w.to_vec());
            }
        }
        Needle {
            whole,
            shown: secret.redacted(),
            runs,
        }
    }
}

/// The parts of a secret that are random, so that any long run of them is the secret
/// leaking: for a Mercado Pago token, its segments after the prefix that are not only
/// digits (the hex segment; the numeric ones are the application and user ids, shown
/// elsewhere on purpose); for anything else, the whole value.
fn random_parts(raw: &str) -> Vec<&str> {
    let rest = raw
        .strip_prefix("APP_USR-")
        .or_else(|| raw.strip_prefix("TEST-"));
    let Some(rest) = rest else {
        return vec![raw];
    };
    let parts: Vec<&str> = rest
        .split('-')
        .filter(|p| p.chars().count() >= RUN && !p.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    if parts.is_empty() { vec![rest] } else { parts }
}

fn lower_char(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// One character of the text as searched: lowercased, with a `%XX` escape decoded, and
/// the byte range it came from.
#[derive(Debug, Clone, Copy)]
struct ViewChar {
    c: char,
    from: usize,
    to: usize,
}

fn decoded_view(text: &str) -> Vec<ViewChar> {
    let bytes = text.as_bytes();
    let mut view = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        if let Some((c, len)) = percent_char(&bytes[i..]) {
            view.push(ViewChar {
                c: lower_char(c),
                from: i,
                to: i + len,
            });
            i += len;
            continue;
        }
        // `i` is on a char boundary: every branch advances by whole characters.
        let c = text[i..].chars().next().unwrap_or('\u{fffd}');
        view.push(ViewChar {
            c: lower_char(c),
            from: i,
            to: i + c.len_utf8(),
        });
        i += c.len_utf8();
    }
    view
}

/// A percent-encoded character at the start of `b` (`%2D`, or the two to four escapes of
/// one UTF-8 character) and the bytes it spans.
fn percent_char(b: &[u8]) -> Option<(char, usize)> {
    let byte_at = |k: usize| -> Option<u8> {
        let s = b.get(3 * k..3 * k + 3)?;
        if s[0] != b'%' {
            return None;
        }
        let hex = std::str::from_utf8(&s[1..]).ok()?;
        u8::from_str_radix(hex, 16).ok()
    };
    let first = byte_at(0)?;
    let len = match first {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return None,
    };
    let mut buf = [0u8; 4];
    for (k, slot) in buf.iter_mut().enumerate().take(len) {
        *slot = byte_at(k)?;
    }
    let c = std::str::from_utf8(&buf[..len]).ok()?.chars().next()?;
    Some((c, 3 * len))
}

/// Whether a value a user gave looks like a secret, so an error message must not quote
/// it: a credential, or a long single word (no sign of a path, URL or address) that mixes
/// letters with digits, or upper with lower case, as random keys do and key names do not.
pub fn looks_like_secret(value: &str) -> bool {
    let v = value.trim();
    if credential_words(v.as_bytes())
        .iter()
        .any(|w| w.word.len() >= 20)
    {
        return true;
    }
    if v.chars()
        .any(|c| c.is_whitespace() || matches!(c, '.' | '/' | '\\' | ':' | '@'))
    {
        return false;
    }
    let n = v.chars().count();
    let digit = v.chars().any(|c| c.is_ascii_digit());
    let alpha = v.chars().any(char::is_alphabetic);
    let upper = v.chars().any(char::is_uppercase);
    let lower = v.chars().any(char::is_lowercase);
    (n >= 12 && digit && alpha) || (n >= 20 && upper && lower)
}

/// A user's value for an error message: quoted, or described when it looks like a secret.
pub fn quoted(value: &str) -> String {
    if looks_like_secret(value) {
        "a value that is not shown (it looks like a secret)".to_owned()
    } else {
        format!("`{value}`")
    }
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

    const HEX: &str = "0123456789abcdef0123456789abcdef";

    #[test]
    fn echoes_in_other_forms_are_scrubbed() {
        let s = Secret::new(TOKEN);
        let r = Redactor::new(&[&s]);
        let upper = TOKEN.to_uppercase();
        let encoded = TOKEN.replace('-', "%2D").replace('_', "%5f");
        for echo in [TOKEN, &upper, &encoded] {
            let out = r.scrub(&format!("invalid token {echo}."));
            assert_eq!(out, "invalid token APP_USR-…4321.", "{echo}");
        }
        // Its hex segment alone, or split across two fields, or a run of eight of it.
        assert_eq!(r.scrub(&format!("id {HEX}")), "id [redacted]");
        assert_eq!(
            r.scrub("a: 0123456789abcdef, b: 0123456789ABCDEF"),
            "a: [redacted], b: [redacted]"
        );
        assert_eq!(r.scrub("x 456789ab y"), "x [redacted] y");
        // Seven characters of it are ordinary text; the numeric ids are shown on purpose.
        assert_eq!(r.scrub("x 456789a y"), "x 456789a y");
        assert_eq!(r.scrub("user 987654321"), "user 987654321");
    }

    #[test]
    fn a_whole_secret_beats_the_runs_inside_it() {
        let s = Secret::new(TOKEN);
        let r = Redactor::new(&[&s]);
        assert_eq!(
            r.scrub(&format!("{TOKEN}{TOKEN} and {TOKEN}")),
            "APP_USR-…4321APP_USR-…4321 and APP_USR-…4321"
        );
        // Runs that overlap are one span; one that follows a whole occurrence is its own.
        assert_eq!(r.scrub(&format!("x{HEX}{HEX}y")), "x[redacted]y");
        assert_eq!(
            r.scrub(&format!("{TOKEN}{}", &HEX[..10])),
            "APP_USR-…4321[redacted]"
        );
    }

    #[test]
    fn a_webhook_secret_is_random_throughout() {
        let s = Secret::new("whsec-ñandú-Zx81Kq0pLmN3");
        let r = Redactor::new(&[&s]);
        assert_eq!(
            r.scrub("got whsec-ñandú-Zx81Kq0pLmN3!"),
            "got …mN3!".replace("…mN3", &s.redacted())
        );
        assert_eq!(r.scrub("part: ndú-Zx81Kq ok"), "part: [redacted] ok");
        // Percent-encoded UTF-8, and the UTF-8 bytes re-read as Latin-1.
        assert_eq!(
            r.scrub("q=whsec-%C3%B1and%C3%BA-zx81kq0plmn3"),
            format!("q={}", s.redacted())
        );
        let latin1: String = s.expose().bytes().map(char::from).collect();
        assert_eq!(
            r.scrub(&format!("<{latin1}>")),
            format!("<{}>", s.redacted())
        );
        assert_eq!(r.scrub(&latin1[3..15]), "[redacted]");
    }

    #[test]
    fn the_decoded_view_keeps_byte_ranges() {
        let v = decoded_view("a%2Db%C3%B1ñ%zz%");
        let got: Vec<(char, usize, usize)> = v.iter().map(|c| (c.c, c.from, c.to)).collect();
        assert_eq!(
            got,
            [
                ('a', 0, 1),
                ('-', 1, 4),
                ('b', 4, 5),
                ('ñ', 5, 11),
                ('ñ', 11, 13),
                ('%', 13, 14),
                ('z', 14, 15),
                ('z', 15, 16),
                ('%', 16, 17)
            ]
        );
        assert_eq!(percent_char(b"%41"), Some(('A', 3)));
        assert_eq!(percent_char(b"%C3"), None, "a lone lead byte");
        assert_eq!(percent_char(b"%C3%28"), None, "an invalid continuation");
        assert_eq!(percent_char(b"%E2%82%AC"), Some(('€', 9)));
        assert_eq!(percent_char(b"%F0%9F%98%80"), Some(('😀', 12)));
        assert_eq!(percent_char(b"%80"), None);
        assert_eq!(percent_char(b"%C0%80"), None, "overlong");
        assert_eq!(percent_char(b"%F5%80%80%80"), None);
        assert_eq!(percent_char(b"%4"), None);
    }

    #[test]
    fn random_parts_of_tokens_and_other_secrets() {
        assert_eq!(random_parts(TOKEN), [HEX]);
        assert_eq!(random_parts("TEST-123-abcdefgh-9"), ["abcdefgh"]);
        // No long non-numeric segment: everything after the prefix counts.
        assert_eq!(random_parts("TEST-123-abc-9"), ["123-abc-9"]);
        assert_eq!(
            random_parts("APP_USR-1234567890123456"),
            ["1234567890123456"]
        );
        assert_eq!(random_parts("plain-secret"), ["plain-secret"]);
    }

    #[test]
    fn an_empty_redactor_changes_nothing() {
        let r = Redactor::new(&[&Secret::new("abc")]);
        assert!(r.is_empty());
        assert_eq!(r.scrub("abc abcabc"), "abc abcabc");
        let r = Redactor::new(&[&Secret::new("abcd")]);
        assert!(!r.is_empty());
        assert_eq!(r.scrub(""), "");
        assert_eq!(r.scrub("xABCDx"), "x…x");
    }

    #[test]
    fn values_that_look_like_secrets_are_not_quoted() {
        assert!(looks_like_secret(TOKEN));
        assert!(looks_like_secret("  0123456789abcdef0123  "));
        assert!(looks_like_secret("whsec_Zx81Kq0pLmN3"));
        for shown in [
            "https://shop.example/checkout",
            "./secrets/token.txt",
            "C:\\token",
            "12345678901234567890",
            "7 days please",
            "MLBX",
            "short_value",
            "a@b",
        ] {
            assert!(!looks_like_secret(shown), "{shown}");
            assert_eq!(quoted(shown), format!("`{shown}`"));
        }
        assert_eq!(
            quoted("whsec_Zx81Kq0pLmN3"),
            "a value that is not shown (it looks like a secret)"
        );
        // Twelve characters with a digit is where a single word starts to count; key
        // names (lowercase words) never do, mixed case does from twenty.
        assert!(looks_like_secret("abcdefghijk1"));
        assert!(!looks_like_secret("abcdefghij1"));
        assert!(!looks_like_secret("allow_private_addresses"));
        assert!(!looks_like_secret("webhook_secret_file"));
        assert!(looks_like_secret("ZxKqpLmNwQeRtYuIoPaS"));
        assert!(!looks_like_secret("ZxKqpLmNwQeRtYuIoPa"));
        assert!(!looks_like_secret("ZXKQPLMNWQERTYUIOPAS"));
        // A credential prefix alone does not make a short word a secret.
        assert!(!looks_like_secret("TEST-1234"));
        assert!(looks_like_secret("APP_USR-abcdefghijklmnop"));
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
