//! Every finding code the product documents is expected by at least one test: a code no test
//! asserts is a behaviour nobody would notice breaking. A test "expects" a code when the full
//! code string (`checkout-tls/untrusted`) is a string literal inside the body of a `#[test]`
//! or `#[tokio::test]` function that asserts something, in a source file under
//! `tests/integration/` other than this one. Comments, helpers and constants do not count,
//! nor a code put together with `format!`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::common::mp_golive;

/// The finding codes the product documents, as `<check>/<reason>`: the check ids from
/// `mp-golive list --format json`, each check's codes from `mp-golive explain <check>
/// --format json`, as a user's script would read them. [`explain_text_lists_every_declared_code`]
/// holds that list to the library's own.
fn documented_codes() -> BTreeSet<String> {
    let json = |args: &[&str]| -> serde_json::Value {
        let out = mp_golive(args).run();
        out.expect_code(0);
        serde_json::from_str(&out.stdout).expect("JSON")
    };
    let list = json(&["list", "--format", "json"]);
    let mut codes = BTreeSet::new();
    for check in list["checks"].as_array().expect("checks") {
        let id = check["id"].as_str().expect("id");
        let explained = json(&["explain", id, "--format", "json"]);
        for code in explained["codes"].as_array().expect("codes") {
            codes.insert(code["code"].as_str().expect("code").to_owned());
        }
    }
    codes
}

/// Every string literal of an asserting test function in the integration test sources.
fn expected_literals() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/integration");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files.retain(|f| f.file_name().is_none_or(|n| n != "codes.rs"));
    assert!(
        files.len() > 10,
        "too few test sources under {}",
        root.display()
    );
    files
        .iter()
        .flat_map(|f| {
            let src = std::fs::read_to_string(f)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", f.display()));
            asserting_test_literals(&src)
        })
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_documented_code_is_expected_by_a_test() {
    let documented = documented_codes();
    let expected = expected_literals();
    // `<id>/internal-error` is what a bug produces (a check that panicked, or stopped
    // undecided without a finding), so no test of the binary can make it appear; the
    // runner's unit tests hold that path. Every other code must be expected by a test.
    let untested: Vec<&String> = documented
        .difference(&expected)
        .filter(|c| !c.ends_with("/internal-error"))
        .collect();
    assert!(
        documented.iter().any(|c| c.ends_with("/internal-error")),
        "internal-error is documented for every check"
    );
    assert!(
        untested.is_empty(),
        "{} of {} documented finding codes have no test that expects them (as a string \
         literal in an asserting test under tests/integration/):\n  {}\n\
         Write a test that makes the binary report each one and asserts it by its full code.",
        untested.len(),
        documented.len(),
        untested
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()
            .join("\n  ")
    );
}

#[test]
fn explain_text_lists_every_declared_code() {
    let declared: BTreeSet<String> = mp_golive::checks::ALL
        .iter()
        .flat_map(|c| {
            let m = c.meta();
            m.all_codes()
                .map(move |code| format!("{}/{}", m.id, code.reason))
        })
        .collect();
    assert!(declared.len() > 50, "{declared:?}");
    assert_eq!(documented_codes(), declared);
}

/// A token of Rust source, as far as this test needs: comments are dropped, literals kept.
#[derive(Debug, PartialEq)]
enum Tok {
    Ident(String),
    Str(String),
    Punct(char),
}

/// Splits Rust source into identifiers, string literals (contents, escapes as written) and
/// punctuation, dropping comments and char literals, so a `"` inside `'"'` or a comment
/// cannot start a string.
fn tokens(src: &str) -> Vec<Tok> {
    let c: Vec<char> = src.chars().collect();
    let at = |i: usize| c.get(i).copied();
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        if ch.is_whitespace() {
            i += 1;
        } else if ch == '/' && at(i + 1) == Some('/') {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if ch == '/' && at(i + 1) == Some('*') {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && at(i + 1) == Some('*') {
                    depth += 1;
                    i += 2;
                } else if c[i] == '*' && at(i + 1) == Some('/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if ch == '"' {
            let (s, end) = quoted(&c, i + 1);
            out.push(Tok::Str(s));
            i = end;
        } else if ch == '\'' {
            i = after_quote(&c, i);
        } else if ch.is_alphanumeric() || ch == '_' {
            let start = i;
            while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                i += 1;
            }
            let word: String = c[start..i].iter().collect();
            match (word.as_str(), at(i)) {
                ("r" | "br" | "cr", Some('"' | '#')) => match raw(&c, i) {
                    Some((s, end)) => {
                        out.push(Tok::Str(s));
                        i = end;
                    }
                    // `r#ident`, a raw identifier.
                    None => out.push(Tok::Ident(word)),
                },
                ("b" | "c", Some('"')) => {
                    let (s, end) = quoted(&c, i + 1);
                    out.push(Tok::Str(s));
                    i = end;
                }
                ("b", Some('\'')) => i = after_quote(&c, i),
                _ => out.push(Tok::Ident(word)),
            }
        } else {
            out.push(Tok::Punct(ch));
            i += 1;
        }
    }
    out
}

/// The contents of a `"…"` literal whose first character is at `i`, and the index after it.
fn quoted(c: &[char], mut i: usize) -> (String, usize) {
    let mut s = String::new();
    while i < c.len() {
        match c[i] {
            '\\' => {
                s.extend(c[i..(i + 2).min(c.len())].iter());
                i += 2;
            }
            '"' => return (s, i + 1),
            ch => {
                s.push(ch);
                i += 1;
            }
        }
    }
    (s, i)
}

/// A raw string `r#"…"#` whose hashes (or quote) start at `i`; None for a raw identifier.
fn raw(c: &[char], mut i: usize) -> Option<(String, usize)> {
    let mut hashes = 0;
    while c.get(i) == Some(&'#') {
        hashes += 1;
        i += 1;
    }
    if c.get(i) != Some(&'"') {
        return None;
    }
    let start = i + 1;
    let mut j = start;
    while j < c.len() {
        if c[j] == '"' && (1..=hashes).all(|k| c.get(j + k) == Some(&'#')) {
            return Some((c[start..j].iter().collect(), j + 1 + hashes));
        }
        j += 1;
    }
    Some((c[start..].iter().collect(), c.len()))
}

/// Past a char literal (`'x'`, `'\n'`, `'"'`) that starts at `i`, or past the quote of a
/// lifetime or label (`'a`), whose name is then read as an identifier.
fn after_quote(c: &[char], i: usize) -> usize {
    if c.get(i + 1) == Some(&'\\') {
        let mut j = i + 3;
        while j < c.len() && c[j] != '\'' {
            j += 1;
        }
        j + 1
    } else if c.get(i + 2) == Some(&'\'') {
        i + 3
    } else {
        i + 1
    }
}

/// Whether the attribute whose `[` is at `open` is a test attribute (`#[test]`,
/// `#[tokio::test]`, `#[tokio::test(flavor = …)]`), and the index after its `]`.
fn attribute(t: &[Tok], open: usize) -> (bool, usize) {
    let mut path = Vec::new();
    let mut i = open + 1;
    while let Some(tok) = t.get(i) {
        match tok {
            Tok::Ident(name) => path.push(name.as_str()),
            Tok::Punct(':') => {}
            _ => break,
        }
        i += 1;
    }
    let mut depth = 0;
    let mut j = open;
    while j < t.len() {
        match t[j] {
            Tok::Punct('[') => depth += 1,
            Tok::Punct(']') => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            _ => {}
        }
        j += 1;
    }
    (path.last() == Some(&"test"), j + 1)
}

/// Whether a function body asserts: an `assert…!` or `panic!`, or the asserting helpers of
/// `common::Output` (`expect_code`, `finding`, which panics when the code is absent).
fn asserts(body: &[Tok]) -> bool {
    body.windows(2).any(|w| match (&w[0], &w[1]) {
        (Tok::Ident(name), Tok::Punct('!')) => name.starts_with("assert") || name == "panic",
        (Tok::Punct('.'), Tok::Ident(name)) => name == "expect_code" || name == "finding",
        _ => false,
    })
}

/// The string literals in the bodies of the test functions of `src` that assert.
fn asserting_test_literals(src: &str) -> Vec<String> {
    let t = tokens(src);
    let mut literals = Vec::new();
    let mut test_attr = false;
    let mut i = 0;
    while i < t.len() {
        match &t[i] {
            Tok::Punct('#') if t.get(i + 1) == Some(&Tok::Punct('[')) => {
                let (is_test, end) = attribute(&t, i + 1);
                test_attr |= is_test;
                i = end;
                continue;
            }
            Tok::Ident(kw) if kw == "fn" && test_attr => {
                test_attr = false;
                let Some(open) = (i..t.len()).find(|&j| t[j] == Tok::Punct('{')) else {
                    break;
                };
                let mut depth = 0;
                let mut close = open;
                while close < t.len() {
                    match t[close] {
                        Tok::Punct('{') => depth += 1,
                        Tok::Punct('}') => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    close += 1;
                }
                let body = &t[open..close.min(t.len())];
                if asserts(body) {
                    literals.extend(body.iter().filter_map(|tok| match tok {
                        Tok::Str(s) => Some(s.clone()),
                        _ => None,
                    }));
                }
                i = close + 1;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    literals
}

#[test]
fn only_literals_of_asserting_tests_count() {
    let src = r####"
//! "demo/doc"
use x::y; // "demo/line-comment"
/* "demo/block" /* nested "demo/nested" */ still "demo/block-tail" */
const CODES: &[&str] = &["demo/const"];
fn helper(out: &Output) { assert_eq!(out.codes("x"), ["demo/helper"]); }
#[cfg(test)]
fn cfg_test_is_not_a_test() { assert!(x.contains("demo/cfg")); }
#[test]
fn no_assertion() { let _ = "demo/unasserted"; }
#[tokio::test(flavor = "multi_thread")]
#[cfg(unix)]
async fn asserting<'a>() -> Result<(), &'a str> {
    let quote = '"';
    let brace = "{ not a block";
    let label = 'outer: loop { break 'outer; };
    assert_eq!(codes(&out), ["demo/plain", r#"demo/raw"#, r"demo/raw0"]);
    // "demo/in-test-comment"
    Ok(())
}
#[test]
fn via_helpers() { out.expect_code(1); let _ = b"demo/bytes"; }
#[test]
fn after_a_test() { let _ = "demo/unasserted-too"; }
"####;
    let got: BTreeSet<String> = asserting_test_literals(src)
        .into_iter()
        .filter(|s| s.starts_with("demo/"))
        .collect();
    let want: BTreeSet<String> = ["demo/plain", "demo/raw", "demo/raw0", "demo/bytes"]
        .into_iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(got, want);
}

/// Asserts that the check of `code` (its `<check>/deadline`) was cut short by the run's
/// deadline: `error`, that one finding, at info, and a summary that names the deadline.
#[track_caller]
pub fn assert_cut_short(out: &crate::common::Output, code: &str) {
    let id = code.split('/').next().unwrap_or_default();
    let c = out.check(id);
    assert_eq!(c["status"], "error", "{c}");
    assert_eq!(out.codes(id), [code], "{c}");
    assert_eq!(out.finding(id, code)["severity"], "info", "{c}");
    assert!(
        c["summary"]
            .as_str()
            .is_some_and(|s| s.contains("deadline")),
        "{c}"
    );
}

/// Every code with its one severity, as `explain` documents it: a snapshot, so a code that
/// appears, disappears or changes severity shows in review.
#[test]
fn every_code_has_one_severity_snapshot() {
    let out = mp_golive(["list", "--format", "json"]).run();
    out.expect_code(0);
    let list: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    let mut lines = Vec::new();
    for check in list["checks"].as_array().expect("checks") {
        let id = check["id"].as_str().expect("id");
        let out = mp_golive(["explain", id, "--format", "json"]).run();
        let explained: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
        for code in explained["codes"].as_array().expect("codes") {
            lines.push(format!(
                "{} {}",
                code["code"].as_str().expect("code"),
                code["severity"].as_str().expect("severity")
            ));
        }
    }
    insta::assert_snapshot!(lines.join("\n"));
}

/// Every documented code has its meaning and fix in Spanish and Portuguese (English lives in
/// the checks' metadata): `code-<check>-<reason>-…` for a check's own code,
/// `code-common-<reason>-…` for one of the common codes.
#[test]
fn every_code_is_translated() {
    use mp_golive::i18n::{Lang, get};
    let mut missing = Vec::new();
    for check in mp_golive::checks::ALL {
        let m = check.meta();
        for doc in m.all_codes() {
            let owner = if m.codes.iter().any(|c| std::ptr::eq(c, doc)) {
                m.id
            } else {
                "common"
            };
            for lang in [Lang::Es, Lang::Pt] {
                for part in ["meaning", "fix"] {
                    let id = format!("code-{owner}-{}-{part}", doc.reason);
                    if get(lang, &id).is_none_or(|t| t.trim().is_empty()) {
                        missing.push(format!("{} {id}", lang.as_str()));
                    }
                }
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(
        missing.is_empty(),
        "{} untranslated:\n  {}",
        missing.len(),
        missing.join("\n  ")
    );
}

/// Every check's title, requirement, go-live page section and long description, and every
/// option's help, have their Spanish and Portuguese text (English lives in the checks'
/// metadata): `meta-<check>-<part>` and `option-<check>-<key>-help`. A long text that is the
/// English one copied is not a translation.
#[test]
fn every_check_and_option_is_translated() {
    use mp_golive::i18n::{Lang, get};
    let mut missing = Vec::new();
    for check in mp_golive::checks::ALL {
        let m = check.meta();
        let mut texts: Vec<(String, Option<&str>)> = vec![
            (format!("meta-{}-title", m.id), None),
            (format!("meta-{}-requirement", m.id), Some(m.requirement)),
            // The section names the Spanish go-live page's: it may read as the English does.
            (format!("meta-{}-section", m.id), None),
            (format!("meta-{}-explain", m.id), Some(m.explain)),
        ];
        texts.extend(
            m.options
                .iter()
                .map(|o| (format!("option-{}-{}-help", m.id, o.key), Some(o.help))),
        );
        for lang in [Lang::Es, Lang::Pt] {
            for (id, english) in &texts {
                match get(lang, id) {
                    Some(t) if t.trim().is_empty() => {
                        missing.push(format!("{} {id} (empty)", lang.as_str()))
                    }
                    Some(t) if english.is_some_and(|e| e.trim() == t.trim()) => {
                        missing.push(format!("{} {id} (the English text)", lang.as_str()));
                    }
                    Some(_) => {}
                    None => missing.push(format!("{} {id}", lang.as_str())),
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} untranslated:\n  {}",
        missing.len(),
        missing.join("\n  ")
    );
}
