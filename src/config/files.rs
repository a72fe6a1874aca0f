//! Reading the files a run is given: the config file, the secret files, the CA bundle.
//! Each is refused unless it is a regular file under its size cap, so a FIFO cannot hang
//! the run and `/dev/zero` cannot fill the memory; a secret is normalised only where the
//! intent is unambiguous, and what was normalised is said at `-v`.

use std::io::Read;
use std::path::Path;

use super::{ConfigError, err, lang};
use crate::secret::{Secret, looks_like_secret};
use crate::tr;

/// The largest config file read: a real one is a few kilobytes.
pub const MAX_CONFIG_BYTES: u64 = 1024 * 1024;
/// The largest secret file read: a token is about a hundred bytes.
pub const MAX_SECRET_BYTES: u64 = 64 * 1024;
/// The largest CA bundle read: Mozilla's whole root set is about 250 KB.
pub const MAX_CA_BYTES: u64 = 8 * 1024 * 1024;

/// A file's bytes, read only when it is a regular file of at most `limit` bytes. `what`
/// names the flag or key in the message; `shown` is how the path may be shown.
pub fn read_bounded(
    path: &Path,
    limit: u64,
    what: &str,
    shown: &str,
) -> Result<Vec<u8>, ConfigError> {
    let cannot = |reason: String| {
        err(tr!(
            lang(),
            "config-cannot-read",
            what = what,
            path = shown,
            reason = reason
        ))
    };
    // Judged before opening: opening a FIFO blocks until a writer comes.
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return cannot(io_reason(&e)),
    };
    if let Some(kind) = not_regular(&meta) {
        return cannot(tr!(lang(), "config-not-regular", kind = tr!(lang(), kind)));
    }
    if meta.len() > limit {
        return cannot(too_large(meta.len(), limit));
    }
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => return cannot(io_reason(&e)),
    };
    let mut bytes = Vec::new();
    // The cap holds even for a file that grows while it is read.
    if let Err(e) = file.take(limit + 1).read_to_end(&mut bytes) {
        return cannot(io_reason(&e));
    }
    if bytes.len() as u64 > limit {
        return cannot(too_large(bytes.len() as u64, limit));
    }
    Ok(bytes)
}

fn too_large(len: u64, limit: u64) -> String {
    tr!(
        lang(),
        "config-too-large",
        size = len.div_ceil(1024),
        limit = limit / 1024
    )
}

/// The message id of what a path that is not a regular file is; `None` for a regular file.
fn not_regular(meta: &std::fs::Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some("config-kind-dir");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some("config-kind-fifo");
        }
        if t.is_socket() {
            return Some("config-kind-socket");
        }
        if t.is_char_device() || t.is_block_device() {
            return Some("config-kind-device");
        }
    }
    Some("config-kind-other")
}

/// UTF-8 text of a file read with [`read_bounded`].
pub fn read_text(path: &Path, limit: u64, what: &str, shown: &str) -> Result<String, ConfigError> {
    let bytes = read_bounded(path, limit, what, shown)?;
    String::from_utf8(bytes).or_else(|_| {
        err(tr!(
            lang(),
            "config-cannot-read",
            what = what,
            path = shown,
            reason = tr!(lang(), "config-not-utf8")
        ))
    })
}

/// How a secret file's path may appear in a message: as given, unless it looks like the
/// secret itself was pasted where the path goes.
pub fn shown_secret_path(given: &Path, full: &Path) -> String {
    let name = given.to_string_lossy();
    if looks_like_secret(&name)
        || given
            .file_name()
            .is_some_and(|n| looks_like_secret(&n.to_string_lossy()))
    {
        tr!(lang(), "config-secret-path-hidden")
    } else {
        full.display().to_string()
    }
}

/// A secret from a variable, normalised like a file's (see [`normalise`]).
pub fn secret_value(v: &str, var: &str, notes: &mut Vec<String>) -> Result<Secret, ConfigError> {
    let s = Secret::new(&normalise(v, var, notes));
    if s.expose().contains(char::is_whitespace) {
        return err(tr!(lang(), "config-secret-spaced", what = var));
    }
    Ok(s)
}

/// A secret from a file (`-` is standard input). `given` is the path as the user wrote it.
pub fn read_secret(
    given: &Path,
    full: &Path,
    what: &str,
    notes: &mut Vec<String>,
) -> Result<Secret, ConfigError> {
    let shown = shown_secret_path(given, full);
    let text = if given == Path::new("-") {
        let mut bytes = Vec::new();
        if let Err(e) = std::io::stdin()
            .take(MAX_SECRET_BYTES + 1)
            .read_to_end(&mut bytes)
        {
            return err(tr!(
                lang(),
                "config-stdin-cannot-read",
                what = what,
                error = e.to_string()
            ));
        }
        if bytes.len() as u64 > MAX_SECRET_BYTES {
            return err(tr!(
                lang(),
                "config-stdin-too-large",
                what = what,
                limit = MAX_SECRET_BYTES / 1024
            ));
        }
        String::from_utf8(bytes)
            .or_else(|_| err(tr!(lang(), "config-stdin-not-utf8", what = what)))?
    } else {
        read_text(full, MAX_SECRET_BYTES, what, &shown)?
    };
    let s = Secret::new(&normalise(&text, what, notes));
    if s.expose().is_empty() {
        return err(tr!(
            lang(),
            "config-secret-empty",
            what = what,
            path = shown.as_str()
        ));
    }
    if s.expose().contains(char::is_whitespace) {
        return err(tr!(
            lang(),
            "config-secret-words",
            what = what,
            path = shown.as_str()
        ));
    }
    Ok(s)
}

/// Drops what a secret's source adds without meaning to: a UTF-8 byte order mark (editors
/// on Windows write one) and surrounding whitespace, a final newline or CRLF included.
/// Anything else stays, so the shape check can refuse it.
pub fn normalise(text: &str, what: &str, notes: &mut Vec<String>) -> String {
    let mut removed = Vec::new();
    let trimmed = text.trim();
    let (value, bom) = match trimmed.strip_prefix('\u{feff}') {
        Some(rest) => (rest.trim(), true),
        None => (trimmed, false),
    };
    if bom {
        removed.push("a UTF-8 byte order mark");
    }
    let rest = if let Some(r) = text.strip_suffix("\r\n") {
        removed.push("a CRLF line ending");
        r
    } else if let Some(r) = text.strip_suffix('\n') {
        removed.push("a final newline");
        r
    } else {
        text
    };
    let rest = if bom {
        rest.replacen('\u{feff}', "", 1)
    } else {
        rest.to_owned()
    };
    if rest != value {
        removed.push("surrounding whitespace");
    }
    if !removed.is_empty() {
        notes.push(format!(
            "{what}: removed {} around the value",
            removed.join(", ")
        ));
    }
    value.to_owned()
}

/// An I/O error in a few words.
pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        std::io::ErrorKind::InvalidData => "not UTF-8 text".to_owned(),
        std::io::ErrorKind::IsADirectory => "it is a directory".to_owned(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(text: &str) -> (String, Vec<String>) {
        let mut notes = Vec::new();
        let v = normalise(text, "X", &mut notes);
        (v, notes)
    }

    #[test]
    fn only_what_a_source_adds_by_accident_is_dropped_and_said() {
        assert_eq!(norm("tok"), ("tok".to_owned(), vec![]));
        assert_eq!(
            norm("tok\n"),
            (
                "tok".to_owned(),
                vec!["X: removed a final newline around the value".to_owned()]
            )
        );
        assert_eq!(
            norm("\u{feff}tok\r\n"),
            (
                "tok".to_owned(),
                vec![
                    "X: removed a UTF-8 byte order mark, a CRLF line ending around the value"
                        .to_owned()
                ]
            )
        );
        assert_eq!(
            norm("  tok\t"),
            (
                "tok".to_owned(),
                vec!["X: removed surrounding whitespace around the value".to_owned()]
            )
        );
        assert_eq!(
            norm(" \u{feff} tok \n"),
            (
                "tok".to_owned(),
                vec!["X: removed a UTF-8 byte order mark, a final newline, surrounding whitespace around the value".to_owned()]
            )
        );
        // What is inside stays, for the shape check to refuse.
        assert_eq!(norm("to\u{200b}k").0, "to\u{200b}k");
        assert_eq!(norm("tok\u{200b}\n").0, "tok\u{200b}");
    }

    #[test]
    fn sizes_are_said_in_kib() {
        assert_eq!(
            too_large(1025, 1024),
            "it is 2 KiB, more than the 1 KiB such a file can be"
        );
        assert_eq!(
            too_large(MAX_CONFIG_BYTES + 1, MAX_CONFIG_BYTES),
            "it is 1025 KiB, more than the 1024 KiB such a file can be"
        );
    }

    #[test]
    fn files_at_and_over_the_cap() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f");
        std::fs::write(&p, vec![b'a'; 1024]).unwrap();
        assert_eq!(read_bounded(&p, 1024, "W", "f").unwrap().len(), 1024);
        let e = read_bounded(&p, 1023, "W", "f").unwrap_err().0;
        assert_eq!(
            e,
            "W: cannot read f: it is 1 KiB, more than the 0 KiB such a file can be"
        );
        let e = read_bounded(dir.path(), 1024, "W", "d").unwrap_err().0;
        assert_eq!(e, "W: cannot read d: it is a directory, not a regular file");
        let e = read_bounded(&dir.path().join("none"), 1024, "W", "n")
            .unwrap_err()
            .0;
        assert_eq!(e, "W: cannot read n: no such file");
        #[cfg(unix)]
        {
            let e = read_bounded(Path::new("/dev/null"), 1024, "W", "z")
                .unwrap_err()
                .0;
            assert_eq!(e, "W: cannot read z: it is a device, not a regular file");
        }
        std::fs::write(&p, b"\xff").unwrap();
        assert_eq!(
            read_text(&p, 10, "W", "f").unwrap_err().0,
            "W: cannot read f: not UTF-8 text"
        );
    }

    #[test]
    fn a_secret_pasted_as_a_path_is_not_shown() {
        let hidden = shown_secret_path(Path::new("whsec_5f4dcc3b5aa765d6"), Path::new("x"));
        assert!(
            hidden.starts_with("the file it names (not shown"),
            "{hidden}"
        );
        let hidden = shown_secret_path(
            Path::new("conf/whsec_5f4dcc3b5aa765d6"),
            Path::new("conf/whsec_5f4dcc3b5aa765d6"),
        );
        assert!(hidden.starts_with("the file it names"), "{hidden}");
        assert_eq!(
            shown_secret_path(
                Path::new("secrets/token.txt"),
                Path::new("/base/secrets/token.txt")
            ),
            "/base/secrets/token.txt"
        );
    }

    #[test]
    fn the_caps_are_what_the_docs_say() {
        // A token file padded to 60 KiB still reads; 65 KiB does not (README: 64 KiB).
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("s");
        std::fs::write(&p, format!("tok{}", " ".repeat(60 * 1024))).unwrap();
        assert_eq!(
            read_secret(&p, &p, "W", &mut Vec::new()).unwrap().expose(),
            "tok"
        );
        std::fs::write(&p, format!("tok{}", " ".repeat(65 * 1024))).unwrap();
        assert!(read_secret(&p, &p, "W", &mut Vec::new()).is_err());
        assert_eq!(
            (MAX_CONFIG_BYTES, MAX_CA_BYTES),
            (1024 * 1024, 8 * 1024 * 1024)
        );
    }

    #[test]
    fn secrets_with_inner_whitespace_are_refused() {
        let mut notes = Vec::new();
        assert!(secret_value("a b", "V", &mut notes).is_err());
        assert_eq!(
            secret_value(" ab\n", "V", &mut notes).unwrap().expose(),
            "ab"
        );
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("s");
        std::fs::write(&p, "\n\n").unwrap();
        let e = read_secret(&p, &p, "W", &mut notes).unwrap_err().0;
        assert!(e.contains("is empty"), "{e}");
        std::fs::write(&p, "a\nb\n").unwrap();
        let e = read_secret(&p, &p, "W", &mut notes).unwrap_err().0;
        assert!(e.contains("more than one line or word"), "{e}");
    }
}
