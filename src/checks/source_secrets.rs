//! `source-secrets`: the source tree holds no committed production access token, no test
//! credentials, no copy of the webhook secret, and no `.env` file with a token that git
//! would track. Beyond the go-live page: Mercado Pago's own review guidance asks for the
//! token in the environment, `.env` ignored, and no test credentials in production.
//!
//! The tree is walked with ripgrep's walker (the `ignore` crate): `.gitignore`, `.ignore` and
//! `.git/info/exclude` are honoured even outside a git checkout, `.git` itself is skipped,
//! other hidden files are read (a `.env` is exactly what must be found), binary files (a NUL
//! in the first 8 KiB) and files over 4 MiB are skipped. Public keys (`APP_USR-<uuid>`) are
//! public by design and never a finding.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use globset::{Glob, GlobSet, GlobSetBuilder};
use memchr::memmem;

use crate::api::shape::{parse_access_token, parse_public_key};
use crate::checks::{CheckMeta, Context, DefaultRequired, OptionDoc, OptionKind};
use crate::i18n::Lang;
use crate::report::{Location, Outcome};
use crate::secret::redact;
use crate::tr;

/// The `source-secrets` check.
pub struct SourceSecrets;

/// Files larger than this are not read (generated bundles, data, archives).
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;
/// Findings listed per code; the rest are counted in one more finding.
pub const MAX_LISTED: usize = 20;
/// The comment that suppresses a finding on its line.
pub const IGNORE_MARK: &str = "mp-golive: ignore";

finding_codes! {
    /// The finding codes of this check, each with the one severity `explain` documents.
    enum Code in CODES {
        ProductionToken = ("production-token", Error, "An APP_USR- access token is written in a file git would track.", "Remove it from the file and read it from the environment (MP_ACCESS_TOKEN) instead; then renew the credentials in Your integrations > Production credentials, since the token is in the repository's history."),
        TestCredentials = ("test-credentials", Warning, "A TEST- access token or public key is written in a file: test credentials left for production.", "Read credentials from the environment and use the production ones in production; keep test values out of the code, or mark a deliberate fixture with `mp-golive: ignore`."),
        WebhookSecret = ("webhook-secret", Error, "The configured webhook secret (MP_WEBHOOK_SECRET) is written literally in a file.", "Read it from the environment; then generate a new secret in Your integrations > Webhooks, since the old one is in the repository's history."),
        EnvNotIgnored = ("env-not-ignored", Warning, "A .env-style file assigns an access token and is not ignored by .gitignore, so it will be committed.", "Add the file to .gitignore (`.env*` with `!.env.example`), remove it from the index with `git rm --cached`, and keep only placeholders in a committed .env.example."),
        Suppressed = ("suppressed", Info, "Findings were suppressed by `mp-golive: ignore` comments or `allow` globs; they are counted, not shown.", "Review the suppressions from time to time: a suppressed production token is still a leak."),
        Unreadable = ("unreadable", Info, "Some files could not be read (permissions, vanished during the scan) or the directory could not be walked.", "Run with -v to see which; give read access or leave them out with .ignore."),
    }
}

static META: CheckMeta = CheckMeta {
    id: "source-secrets",
    title: "Credentials hygiene in the source tree",
    seed_section: "credentials hygiene (beyond the go-live page)",
    requirement: "The source tree holds no committed production access token, no TEST- credentials, no copy of the webhook secret, and no tracked .env file with a token.",
    needs: &[],
    default_required: DefaultRequired::No,
    docs_url: "https://www.mercadopago.com/developers/en/docs/your-integrations/credentials",
    explain: "\
What it checks
  Every file of `source_dir` (default: the working directory) that git would track:
  - an APP_USR- access token in a file: a production secret in the repository;
  - TEST- access tokens or public keys: test credentials left for production;
  - the configured webhook secret (MP_WEBHOOK_SECRET) written literally in a file;
  - a .env-style file (.env, .env.local, .env.production...) with an *ACCESS_TOKEN=value
    assignment that is not ignored by .gitignore.
  Public keys (APP_USR-<uuid>) are public by design and never reported. Findings show the
  file and line, with the value redacted to its prefix and last four characters.

How the tree is read
  ripgrep's walker (the `ignore` crate): .gitignore, .ignore and .git/info/exclude are
  honoured even outside a git checkout; .git is skipped; other hidden files are read, since a
  .env is exactly what must be found; binary files and files over 4 MiB are skipped. A value
  split across lines is not recognised.

Suppressing
  A `mp-golive: ignore` comment on the line, or `allow = [\"path/glob\", ...]` in
  [checks.source-secrets], suppresses a finding; the report says how many were suppressed.

Why it matters
  A committed production token gives anyone who can read the repository (or its history, or
  a leaked copy) control of the seller's account; test credentials left in production code
  take no real money; Mercado Pago's own review guidance asks for the token in the
  environment and .env ignored.",
    codes: CODES,
    options: &[OptionDoc {
        key: "allow",
        kind: OptionKind::StringList,
        default: "[]",
        help: "globs (relative to source_dir) whose findings are suppressed, such as \"tests/fixtures/**\"",
    }],
};

impl_check!(SourceSecrets, META, run, options = Options);

/// The `[checks.source-secrets]` keys; the default is the `OptionDoc`'s above.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Options {
    allow: Vec<String>,
    /// `allow` compiled, once, when the options are prepared.
    #[serde(skip)]
    globs: GlobSet,
}

impl super::CheckOptions for Options {
    fn prepare(&mut self, lang: Lang) -> Result<(), String> {
        self.globs = allow_globs(lang, &self.allow)?;
        Ok(())
    }
}

/// What a hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// An APP_USR- access token.
    ProductionToken,
    /// The configured webhook secret.
    WebhookSecret,
    /// A TEST- token or public key.
    TestCredentials,
    /// A .env-style file with a token assignment, not ignored.
    EnvNotIgnored,
}

impl Kind {
    fn code(self) -> Code {
        match self {
            Kind::ProductionToken => Code::ProductionToken,
            Kind::WebhookSecret => Code::WebhookSecret,
            Kind::TestCredentials => Code::TestCredentials,
            Kind::EnvNotIgnored => Code::EnvNotIgnored,
        }
    }
}

/// One thing found in one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// What it is.
    pub kind: Kind,
    /// Relative to the scanned directory, `/`-separated.
    pub path: String,
    /// Counted from 1.
    pub line: usize,
    /// The value, redacted.
    pub shown: String,
    /// Suppressed by a comment or an allow glob.
    pub suppressed: bool,
}

/// What a scan covered.
#[derive(Debug, Default)]
pub struct Stats {
    /// Files read.
    pub files: AtomicUsize,
    /// Bytes read.
    pub bytes: AtomicU64,
    /// Files skipped as binary.
    pub binary: AtomicUsize,
    /// Files skipped as too large.
    pub large: AtomicUsize,
    /// Files or directories that could not be read.
    pub unreadable: AtomicUsize,
}

/// Walks `root` and returns every hit, sorted by path and line.
pub fn scan(root: &Path, secret: Option<&str>, allow: &GlobSet, stats: &Stats) -> Vec<Hit> {
    let hits = Mutex::new(Vec::new());
    let walker = ignore::WalkBuilder::new(root)
        .hidden(false)
        .git_ignore(true)
        .git_exclude(true)
        .git_global(false)
        .require_git(false)
        .filter_entry(|e| e.file_name() != ".git")
        .threads(std::thread::available_parallelism().map_or(2, |n| n.get()))
        .build_parallel();
    walker.run(|| {
        let hits = &hits;
        Box::new(move |entry| {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    tracing::info!("source-secrets: {e}");
                    stats.unreadable.fetch_add(1, Ordering::Relaxed);
                    return ignore::WalkState::Continue;
                }
            };
            if entry.file_type().is_some_and(|t| t.is_file()) {
                let found = scan_file(root, entry.path(), secret, allow, stats);
                if !found.is_empty()
                    && let Ok(mut all) = hits.lock()
                {
                    all.extend(found);
                }
            }
            ignore::WalkState::Continue
        })
    });
    let mut hits = hits.into_inner().unwrap_or_default();
    hits.sort_by(|a, b| (&a.path, a.line, a.kind).cmp(&(&b.path, b.line, b.kind)));
    hits
}

fn scan_file(
    root: &Path,
    path: &Path,
    secret: Option<&str>,
    allow: &GlobSet,
    stats: &Stats,
) -> Vec<Hit> {
    let rel = relative(root, path);
    match std::fs::metadata(path) {
        Ok(m) if m.len() > MAX_FILE_BYTES => {
            stats.large.fetch_add(1, Ordering::Relaxed);
            return Vec::new();
        }
        Ok(_) => {}
        Err(_) => {
            stats.unreadable.fetch_add(1, Ordering::Relaxed);
            return Vec::new();
        }
    }
    let Ok(data) = std::fs::read(path) else {
        stats.unreadable.fetch_add(1, Ordering::Relaxed);
        return Vec::new();
    };
    if memchr::memchr(0, &data[..data.len().min(8192)]).is_some() {
        stats.binary.fetch_add(1, Ordering::Relaxed);
        return Vec::new();
    }
    stats.files.fetch_add(1, Ordering::Relaxed);
    stats.bytes.fetch_add(data.len() as u64, Ordering::Relaxed);

    let allowed = allow.is_match(&rel);
    let mut hits = Vec::new();
    let mut lines = Lines::new(&data);
    let mut push = |kind: Kind, offset: usize, shown: String| {
        let (line, marked) = lines.at(offset);
        let suppressed = allowed || marked;
        hits.push(Hit {
            kind,
            path: rel.clone(),
            line,
            shown,
            suppressed,
        });
    };

    for w in crate::secret::credential_words(&data)
        .into_iter()
        .filter(|w| !w.glued)
    {
        if is_token(w.word) {
            let kind = if w.word.starts_with("APP_USR-") {
                Kind::ProductionToken
            } else {
                Kind::TestCredentials
            };
            push(kind, w.offset, redact(w.word));
        } else if w.word.starts_with("TEST-") && parse_public_key(w.word).is_ok() {
            push(Kind::TestCredentials, w.offset, redact(w.word));
        }
    }
    if let Some(secret) = secret.filter(|s| s.len() >= 8) {
        for start in memmem::find_iter(&data, secret.as_bytes()) {
            // Not even its last characters: the finding code says what it is.
            push(Kind::WebhookSecret, start, "value not shown".to_owned());
        }
    }
    if is_env_file(path)
        && let Some(offset) = token_assignment(&data)
    {
        push(Kind::EnvNotIgnored, offset, String::new());
    }
    hits
}

/// An access token as a leak scanner should read it: the lenient parse, plus the shape that
/// tells a real token from prose such as `TEST-plan-2-v3` (an application number of 6+
/// digits and a run of 32 hex digits).
fn is_token(word: &str) -> bool {
    let Ok(parts) = parse_access_token(word) else {
        return false;
    };
    let hex_run = word
        .split(['-', '_'])
        .any(|seg| seg.len() >= 32 && seg.chars().take(32).all(|c| c.is_ascii_hexdigit()));
    parts.client_id.is_some() && hex_run
}

/// Line numbers of offsets visited in increasing order, each newline counted once: a file
/// with many hits costs one pass, not one pass per hit (a rescan from the top made 54k
/// hits in a 4 MiB file take seconds). Whether a line holds the ignore mark is looked up
/// once per line, so many hits on one long line do not search it again each time.
struct Lines<'a> {
    data: &'a [u8],
    /// Every newline before `pos` is counted.
    pos: usize,
    /// The number (from 1) of the line holding `pos`, and where that line starts.
    line: usize,
    line_start: usize,
    /// The line number last looked up, and whether that line holds [`IGNORE_MARK`].
    marked: Option<(usize, bool)>,
}

impl<'a> Lines<'a> {
    fn new(data: &'a [u8]) -> Lines<'a> {
        Lines {
            data,
            pos: 0,
            line: 1,
            line_start: 0,
            marked: None,
        }
    }

    /// The line number (from 1) of `offset`, and whether that line holds the ignore mark.
    /// An offset before the previous one starts over from the top: each kind of hit is
    /// visited in order, one kind after another.
    fn at(&mut self, offset: usize) -> (usize, bool) {
        if offset < self.pos {
            *self = Lines::new(self.data);
        }
        for nl in memchr::memchr_iter(b'\n', &self.data[self.pos..offset]) {
            self.line += 1;
            self.line_start = self.pos + nl + 1;
        }
        self.pos = offset;
        match self.marked {
            Some((line, marked)) if line == self.line => (line, marked),
            _ => {
                let end = memchr::memchr(b'\n', &self.data[offset..])
                    .map_or(self.data.len(), |i| offset + i);
                let text = &self.data[self.line_start..end];
                let marked = memmem::find(text, IGNORE_MARK.as_bytes()).is_some();
                self.marked = Some((self.line, marked));
                (self.line, marked)
            }
        }
    }
}

fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// `.env`, `.env.local`, `.env.production`...; not the templates meant to be committed.
fn is_env_file(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let lower = name.to_ascii_lowercase();
    (lower == ".env" || lower.starts_with(".env."))
        && !["example", "sample", "template", "dist", "defaults"]
            .iter()
            .any(|t| lower.ends_with(t))
}

/// The offset of the first `…ACCESS_TOKEN=<value>` with a real-looking value.
fn token_assignment(data: &[u8]) -> Option<usize> {
    let text = std::str::from_utf8(data).ok()?;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let here = offset;
        offset += line.len();
        let l = line.trim().trim_start_matches("export ").trim();
        let Some((key, value)) = l.split_once('=') else {
            continue;
        };
        let value = value.trim().trim_matches(['"', '\'']);
        let placeholder = value.is_empty()
            || value.starts_with('<')
            || value.starts_with("${")
            || ["your", "xxx", "changeme", "replace", "..."]
                .iter()
                .any(|p| value.to_ascii_lowercase().contains(p));
        if key.trim().to_ascii_uppercase().contains("ACCESS_TOKEN") && !placeholder {
            return Some(here + line.len() - line.trim_start().len());
        }
    }
    None
}

/// The `allow` globs of `[checks.source-secrets]`, compiled.
/// The `allow` globs compiled; the error, in `lang`, names the glob. (The reason is the
/// glob crate's, in English.)
fn allow_globs(lang: Lang, globs: &[String]) -> Result<GlobSet, String> {
    let mut builder = GlobSetBuilder::new();
    for g in globs {
        builder.add(Glob::new(g).map_err(|e| {
            tr!(
                lang,
                "config-allow-glob",
                glob = g.as_str(),
                error = e.kind().to_string()
            )
        })?);
    }
    builder
        .build()
        .map_err(|e| tr!(lang, "config-allow-globs", error = e.to_string()))
}

/// What the scan could not read: an info finding, and no verdict at all when it read
/// nothing (an unreadable tree is not a clean one).
fn judge_coverage(lang: Lang, out: &mut Outcome, files: usize, unreadable: usize, dir: &Path) {
    if files == 0 && unreadable > 0 {
        out.undetermined(tr!(
            lang,
            "source-secrets-nothing-read",
            dir = dir.display().to_string()
        ));
    }
    if unreadable > 0 {
        out.push(META.finding(
            Code::Unreadable,
            tr!(lang, "source-secrets-unreadable", count = unreadable),
        ));
    }
}

async fn run(ctx: &Context) -> Outcome {
    let mut out = Outcome::default();
    let lang = ctx.settings.lang;
    let options: std::sync::Arc<Options> = super::options_of(ctx, &META);
    let allow = options.globs.clone();
    let root: PathBuf = ctx.settings.source_dir.clone();
    let secret = ctx
        .settings
        .webhook_secret
        .as_ref()
        .map(|s| s.expose().to_owned());
    let scanned = tokio::task::spawn_blocking(move || {
        let stats = Stats::default();
        let hits = scan(&root, secret.as_deref(), &allow, &stats);
        (hits, stats)
    })
    .await;
    let Ok((hits, stats)) = scanned else {
        out.undetermined(tr!(lang, "source-secrets-stopped"));
        return out;
    };

    let suppressed = hits.iter().filter(|h| h.suppressed).count();
    for kind in [
        Kind::ProductionToken,
        Kind::WebhookSecret,
        Kind::TestCredentials,
        Kind::EnvNotIgnored,
    ] {
        let of_kind: Vec<&Hit> = hits
            .iter()
            .filter(|h| h.kind == kind && !h.suppressed)
            .collect();
        for h in of_kind.iter().take(MAX_LISTED) {
            let id = match kind {
                Kind::ProductionToken => "source-secrets-production-token",
                // The secret is never shown, not even its last characters.
                Kind::WebhookSecret => "source-secrets-webhook-secret",
                Kind::TestCredentials => "source-secrets-test-credentials",
                Kind::EnvNotIgnored => "source-secrets-env-not-ignored",
            };
            let message = tr!(
                lang,
                id,
                path = h.path.as_str(),
                line = h.line,
                shown = h.shown.as_str()
            );
            let mut f = META.finding(kind.code(), message);
            f.location = Some(Location {
                path: h.path.clone(),
                line: h.line,
            });
            out.push(f);
        }
        if of_kind.len() > MAX_LISTED {
            let first = of_kind[MAX_LISTED];
            let mut f = META.finding(
                kind.code(),
                tr!(
                    lang,
                    "source-secrets-more",
                    count = of_kind.len() - MAX_LISTED,
                    path = first.path.as_str(),
                    line = first.line
                ),
            );
            f.location = Some(Location {
                path: first.path.clone(),
                line: first.line,
            });
            out.push(f);
        }
    }
    if suppressed > 0 {
        out.push(META.finding(
            Code::Suppressed,
            tr!(
                lang,
                "source-secrets-suppressed",
                count = suppressed,
                mark = IGNORE_MARK
            ),
        ));
    }
    judge_coverage(
        lang,
        &mut out,
        stats.files.load(Ordering::Relaxed),
        stats.unreadable.load(Ordering::Relaxed),
        &ctx.settings.source_dir,
    );
    let files = stats.files.load(Ordering::Relaxed);
    out.summary = Some(tr!(
        lang,
        "source-secrets-summary",
        files = files,
        mb = format!("{:.1}", stats.bytes.load(Ordering::Relaxed) as f64 / 1e6),
        dir = ctx.settings.source_dir.display().to_string(),
        skipped = match (
            stats.binary.load(Ordering::Relaxed),
            stats.large.load(Ordering::Relaxed)
        ) {
            (0, 0) => String::new(),
            (b, l) => tr!(lang, "source-secrets-skipped", binary = b, large = l),
        }
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::Check;

    const TOKEN: &str =
        "APP_USR-1234567890123456-112609-0123456789abcdef0123456789abcdef-987654321";

    #[test]
    fn tokens_are_told_from_prose() {
        assert!(is_token(TOKEN));
        assert!(!is_token("TEST-plan-2-v3"));
        assert!(!is_token("APP_USR-0a1b2c3d-1111-2222-3333-444455556666"));
    }

    #[test]
    fn env_files_and_assignments() {
        assert!(is_env_file(Path::new("/x/.env")));
        assert!(is_env_file(Path::new(".env.production")));
        assert!(!is_env_file(Path::new(".env.example")));
        assert!(!is_env_file(Path::new("env.rs")));
        assert_eq!(
            token_assignment(b"# x\nexport MP_ACCESS_TOKEN=\"APP_USR-1\"\n"),
            Some(4)
        );
        assert_eq!(
            token_assignment(b"MP_ACCESS_TOKEN=\nMERCADOPAGO_ACCESS_TOKEN=<your token>\n"),
            None
        );
        assert_eq!(token_assignment(b"DB_URL=postgres://x\n"), None);
    }

    #[test]
    fn lines_are_counted_from_one() {
        let data = b"a\nbb\nccc";
        let mut lines = Lines::new(data);
        assert_eq!(lines.at(0), (1, false));
        assert_eq!(lines.at(3), (2, false));
        assert_eq!(lines.at(7), (3, false));
        // A later kind of hit starts over from the top.
        assert_eq!(lines.at(2), (2, false));
        assert_eq!(lines.at(0), (1, false));
    }

    #[test]
    fn the_ignore_mark_is_read_on_the_hit_line_only() {
        let data = format!("a {IGNORE_MARK}\nb x y\nc {IGNORE_MARK} z\n");
        let data = data.as_bytes();
        let at = |needle: &str| memmem::find(data, needle.as_bytes()).unwrap();
        let mut lines = Lines::new(data);
        assert_eq!(lines.at(0), (1, true));
        assert_eq!(lines.at(at("b")), (2, false));
        assert_eq!(lines.at(at("y")), (2, false));
        // The mark is after the hit on its line: the whole line counts.
        assert_eq!(lines.at(at("c")), (3, true));
        assert_eq!(lines.at(at("z")), (3, true));
        assert_eq!(lines.at(data.len()), (4, false));
    }

    const TEST_TOKEN: &str =
        "TEST-1234567890123456-112609-fedcba9876543210fedcba9876543210-987654321";
    const PUBLIC_KEY: &str = "APP_USR-0a1b2c3d-1111-2222-3333-444455556666";
    const TEST_PUBLIC_KEY: &str = "TEST-0a1b2c3d-1111-2222-3333-777788889999";

    fn write(root: &Path, rel: &str, content: &[u8]) {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
    }

    fn globs(patterns: &[&str]) -> GlobSet {
        let patterns: Vec<String> = patterns.iter().map(|p| (*p).to_owned()).collect();
        allow_globs(Lang::En, &patterns).unwrap()
    }

    /// Every hit of one file, as (kind, line, shown, suppressed).
    fn hits_in(content: &[u8], secret: Option<&str>) -> Vec<(Kind, usize, String, bool)> {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "src/app.txt", content);
        scan(dir.path(), secret, &GlobSet::empty(), &Stats::default())
            .into_iter()
            .map(|h| (h.kind, h.line, h.shown, h.suppressed))
            .collect()
    }

    #[test]
    fn each_kind_of_credential_is_told_apart() {
        let text = format!(
            "a = \"{TOKEN}\"\nb = \"{TEST_TOKEN}\"\nc = '{TEST_PUBLIC_KEY}'\nd = '{PUBLIC_KEY}'\n"
        );
        assert_eq!(
            hits_in(text.as_bytes(), None),
            [
                (Kind::ProductionToken, 1, "APP_USR-…4321".to_owned(), false),
                (Kind::TestCredentials, 2, "TEST-…4321".to_owned(), false),
                (Kind::TestCredentials, 3, "TEST-…9999".to_owned(), false),
            ]
        );
    }

    #[test]
    fn glued_words_and_prose_are_not_credentials() {
        let text = format!("X{TOKEN}\nplan TEST-plan-2-v3\nAPP_USR-plan-2-v3\n");
        let hits = hits_in(text.as_bytes(), None);
        assert!(hits.is_empty(), "{hits:?}");
    }

    #[test]
    fn the_webhook_secret_is_found_but_never_shown() {
        let secret = "whsec_5f4dcc3b5aa765d61d8327deb882cf99";
        assert_eq!(
            hits_in(format!("x\nsecret={secret}\n").as_bytes(), Some(secret)),
            [(Kind::WebhookSecret, 2, "value not shown".to_owned(), false)]
        );
        // Too short to search for without flooding the report.
        assert!(hits_in(b"abcdefg abcdefg", Some("abcdefg")).is_empty());
        assert_eq!(
            hits_in(b"abcdefgh", Some("abcdefgh")),
            [(Kind::WebhookSecret, 1, "value not shown".to_owned(), false)]
        );
    }

    #[test]
    fn suppression_by_comment_or_glob() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "src/a.py",
            format!("t = '{TOKEN}'  # mp-golive: ignore\nu = '{TOKEN}'\n").as_bytes(),
        );
        write(dir.path(), "tests/fixtures/b.py", TOKEN.as_bytes());
        let hits = scan(
            dir.path(),
            None,
            &globs(&["tests/fixtures/**"]),
            &Stats::default(),
        );
        let seen: Vec<(&str, usize, bool)> = hits
            .iter()
            .map(|h| (h.path.as_str(), h.line, h.suppressed))
            .collect();
        assert_eq!(
            seen,
            [
                ("src/a.py", 1, true),
                ("src/a.py", 2, false),
                ("tests/fixtures/b.py", 1, true)
            ]
        );
    }

    #[test]
    fn the_git_directory_is_skipped_and_stats_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), ".git/config", TOKEN.as_bytes());
        write(dir.path(), "deep/er/app.rs", TOKEN.as_bytes());
        write(
            dir.path(),
            "bin/x.bin",
            &[b"\0\0".as_slice(), TOKEN.as_bytes()].concat(),
        );
        let stats = Stats::default();
        let hits = scan(dir.path(), None, &GlobSet::empty(), &stats);
        assert_eq!(
            hits.iter().map(|h| h.path.as_str()).collect::<Vec<_>>(),
            ["deep/er/app.rs"]
        );
        assert_eq!(stats.files.load(Ordering::Relaxed), 1);
        assert_eq!(stats.binary.load(Ordering::Relaxed), 1);
        assert_eq!(stats.bytes.load(Ordering::Relaxed), TOKEN.len() as u64);
    }

    #[test]
    fn files_over_four_mebibytes_are_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let sized = |n: usize| {
            let mut data = TOKEN.as_bytes().to_vec();
            data.resize(n, b' ');
            data
        };
        write(dir.path(), "at-limit.js", &sized(4_194_304));
        write(dir.path(), "over-limit.js", &sized(4_194_305));
        write(dir.path(), "small.js", &sized(5_121));
        let stats = Stats::default();
        let hits = scan(dir.path(), None, &GlobSet::empty(), &stats);
        assert_eq!(
            hits.iter().map(|h| h.path.as_str()).collect::<Vec<_>>(),
            ["at-limit.js", "small.js"]
        );
        assert_eq!(stats.large.load(Ordering::Relaxed), 1);
    }

    #[test]
    fn a_tracked_env_file_with_a_token_is_found() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), ".env", b"APP=shop\n  MP_ACCESS_TOKEN=abc123\n");
        write(dir.path(), "env.sh", b"MP_ACCESS_TOKEN=abc123\n");
        let hits = scan(dir.path(), None, &GlobSet::empty(), &Stats::default());
        assert_eq!(
            hits.iter()
                .map(|h| (h.kind, h.path.as_str(), h.line))
                .collect::<Vec<_>>(),
            [(Kind::EnvNotIgnored, ".env", 2)]
        );
    }

    #[test]
    fn a_token_needs_an_application_and_a_hex_run() {
        assert!(!is_token("APP_USR-1234567890123456-112609-abc-987654321"));
        assert!(!is_token(
            "TEST-abc-112609-0123456789abcdef0123456789abcdef-987654321"
        ));
        assert!(!is_token(
            "APP_USR-1234567890123456-112609-0123456789abcdef0123456789abcdeg-987654321"
        ));
        assert!(is_token(
            "APP_USR-1234567890123456-112609-0123456789abcdef0123456789abcdef__G_C__-987"
        ));
    }

    #[test]
    fn placeholders_are_not_assignments() {
        for text in [
            &b"MP_ACCESS_TOKEN=<token>\n"[..],
            b"MP_ACCESS_TOKEN=${MP_TOKEN}\n",
            b"MP_ACCESS_TOKEN=xxx-your-token\n",
            b"MP_ACCESS_TOKEN=CHANGEME\n",
            b"MP_ACCESS_TOKEN='...'\n",
            b"MP_ACCESS_TOKEN\n",
        ] {
            assert_eq!(
                token_assignment(text),
                None,
                "{}",
                String::from_utf8_lossy(text)
            );
        }
        assert_eq!(
            token_assignment(b"A=1\n  mp_access_token = 'abc'\n"),
            Some(6)
        );
    }

    #[test]
    fn paths_are_relative_and_slash_separated() {
        assert_eq!(
            relative(Path::new("/r"), Path::new("/r/a/b.txt")),
            "a/b.txt"
        );
    }

    #[test]
    fn codes_of_each_kind() {
        assert_eq!(
            Kind::ProductionToken.code().doc().reason,
            "production-token"
        );
        assert_eq!(Kind::WebhookSecret.code().doc().reason, "webhook-secret");
        assert_eq!(
            Kind::TestCredentials.code().doc().reason,
            "test-credentials"
        );
        assert_eq!(Kind::EnvNotIgnored.code().doc().reason, "env-not-ignored");
    }

    #[test]
    fn allow_globs_are_validated() {
        assert!(globs(&["a/**"]).is_match("a/b/c"));
        assert!(!globs(&["a/**"]).is_match("b/c"));
        let mut t = toml::Table::new();
        t.insert("allow".into(), toml::Value::Array(vec!["a[".into()]));
        assert!(
            allow_globs(Lang::En, &["a[".to_owned()])
                .unwrap_err()
                .starts_with("allow: `a[`")
        );
        // Validation is parsing: the bad glob is refused, no table means the defaults.
        assert!(SourceSecrets.options(&t, Lang::En).is_err());
        let parsed = SourceSecrets
            .options(&toml::Table::new(), Lang::En)
            .unwrap();
        let options = parsed.downcast::<Options>().unwrap();
        assert!(options.allow.is_empty() && options.globs.is_empty());
    }

    #[test]
    fn an_unreadable_tree_is_no_verdict_and_unread_files_are_said() {
        let judged = |files, unreadable| {
            let mut out = Outcome::default();
            judge_coverage(Lang::En, &mut out, files, unreadable, Path::new("/src"));
            let codes: Vec<String> = out.findings.iter().map(|f| f.code.clone()).collect();
            (out.undetermined, codes)
        };
        let unreadable = || vec!["source-secrets/unreadable".to_owned()];
        assert_eq!(
            judged(0, 1),
            (
                Some("nothing could be read in /src".to_owned()),
                unreadable()
            )
        );
        assert_eq!(judged(3, 2), (None, unreadable()));
        assert_eq!(judged(3, 0), (None, vec![]));
        assert_eq!(judged(0, 0), (None, vec![]));
    }
}
