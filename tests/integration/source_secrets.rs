//! `source-secrets` over a temporary tree with each case: committed tokens, test credentials,
//! the webhook secret, a tracked `.env`, and what must stay quiet (ignored files, binaries,
//! public keys, a token split by a line break, suppressions).

use std::path::Path;

use crate::common::{Output, mp_golive};
use crate::support::fake_api::{PUBLIC_KEY, TEST_PUBLIC_KEY, TEST_TOKEN, TOKEN, WEBHOOK_SECRET};

fn write(root: &Path, rel: &str, content: &[u8]) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, content).unwrap();
}

/// The tree every test scans, under `repo/`.
fn tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let r = dir.path().join("repo");
    write(&r, ".gitignore", b"secrets.txt\nbuild/\n");
    write(
        &r,
        "src/pay.py",
        format!("import os\n\nACCESS_TOKEN = \"{TOKEN}\"\n").as_bytes(),
    );
    write(
        &r,
        "src/front.js",
        format!("const mp = new MercadoPago('{PUBLIC_KEY}');\n").as_bytes(),
    );
    write(&r, "config/test.js", format!("module.exports = {{\n  publicKey: '{TEST_PUBLIC_KEY}',\n  token: '{TEST_TOKEN}',\n}};\n").as_bytes());
    write(&r, "secrets.txt", TOKEN.as_bytes());
    write(&r, "build/out.js", TOKEN.as_bytes());
    write(
        &r,
        "assets/logo.bin",
        &[b"\x89PNG\x00\x00".as_slice(), TOKEN.as_bytes()].concat(),
    );
    write(
        &r,
        "dist/app.min.js",
        format!("{}var t=\"{TOKEN}\";", "x".repeat(5000)).as_bytes(),
    );
    let (a, b) = TOKEN.split_at(40);
    write(&r, "notes/split.txt", format!("{a}\n{b}\n").as_bytes());
    write(
        &r,
        ".env",
        format!("APP_NAME=shop\nMP_ACCESS_TOKEN={TOKEN}\n").as_bytes(),
    );
    write(
        &r,
        ".env.example",
        b"MP_ACCESS_TOKEN=<your production access token>\n",
    );
    write(
        &r,
        "docs/TESTING.md",
        b"Run the TEST-plan-2-v3 suite first.\n",
    );
    dir
}

async fn scan(dir: &Path, extra: &[&str]) -> Output {
    mp_golive([
        "check",
        "--only",
        "source-secrets",
        "--format",
        "json",
        "--source-dir",
        "repo",
    ])
    .args(extra)
    .cwd(dir)
    .run_async()
    .await
}

fn findings(out: &Output) -> Vec<(String, String, u64)> {
    out.check("source-secrets")["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"]
                    .as_str()
                    .unwrap()
                    .trim_start_matches("source-secrets/")
                    .to_owned(),
                f["location"]["path"].as_str().unwrap_or("").to_owned(),
                f["location"]["line"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

#[tokio::test]
async fn each_case_is_found_at_its_file_and_line() {
    let dir = tree();
    let out = scan(dir.path(), &[]).await;
    out.expect_code(0); // advisory by default
    let c = out.check("source-secrets");
    assert_eq!(c["status"], "fail");
    let found = findings(&out);
    let expected: Vec<(String, String, u64)> = [
        ("production-token", ".env", 2),
        ("production-token", "dist/app.min.js", 1),
        ("production-token", "src/pay.py", 3),
        ("test-credentials", "config/test.js", 2),
        ("test-credentials", "config/test.js", 3),
        ("env-not-ignored", ".env", 2),
    ]
    .iter()
    .map(|(c, p, l)| ((*c).to_owned(), (*p).to_owned(), *l))
    .collect();
    assert_eq!(found, expected, "{}", out.stdout);
    assert!(
        !out.all().contains(TOKEN) && !out.all().contains(TEST_TOKEN),
        "values are redacted"
    );
    assert!(out.stdout.contains("APP_USR-…4321"), "{}", out.stdout);
    assert!(c["summary"].as_str().unwrap().contains("(+2 more)"), "{c}");
}

#[tokio::test]
async fn the_webhook_secret_is_found_when_configured() {
    let dir = tree();
    write(
        &dir.path().join("repo"),
        "app/settings.php",
        format!("<?php\n$secret = '{WEBHOOK_SECRET}';\n").as_bytes(),
    );
    let out = scan(dir.path(), &[])
        .await
        .check("source-secrets")
        .to_string();
    assert!(
        !out.contains("webhook-secret"),
        "without a configured secret there is nothing to compare"
    );
    let out = mp_golive([
        "check",
        "--only",
        "source-secrets",
        "--format",
        "json",
        "--source-dir",
        "repo",
    ])
    .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
    .cwd(dir.path())
    .run_async()
    .await;
    assert!(
        findings(&out).contains(&(
            "webhook-secret".to_owned(),
            "app/settings.php".to_owned(),
            2
        )),
        "{}",
        out.stdout
    );
    assert!(!out.all().contains(WEBHOOK_SECRET));
}

#[tokio::test]
async fn suppressions_are_counted_not_shown() {
    let dir = tree();
    let r = dir.path().join("repo");
    write(
        &r,
        "src/pay.py",
        format!("import os\n\nACCESS_TOKEN = \"{TOKEN}\"  # mp-golive: ignore\n").as_bytes(),
    );
    std::fs::write(
        dir.path().join("mp-golive.toml"),
        "[checks.source-secrets]\nallow = [\"config/**\", \"dist/*.js\"]\n",
    )
    .unwrap();
    let out = scan(dir.path(), &[]).await;
    let found = findings(&out);
    assert_eq!(
        found
            .iter()
            .map(|(c, p, _)| format!("{c} {p}"))
            .collect::<Vec<_>>(),
        [
            "production-token .env",
            "env-not-ignored .env",
            "suppressed "
        ]
    );
    assert!(
        out.stdout.contains("4 finding(s) suppressed"),
        "{}",
        out.stdout
    );
}

#[tokio::test]
async fn required_source_secrets_gate_the_verdict() {
    let dir = tree();
    std::fs::write(
        dir.path().join("mp-golive.toml"),
        "[checks.source-secrets]\nrequired = true\n",
    )
    .unwrap();
    scan(dir.path(), &[]).await.expect_code(1);
    let clean = tempfile::tempdir().unwrap();
    write(&clean.path().join("repo"), "src/main.rs", b"fn main() {}\n");
    std::fs::write(
        clean.path().join("mp-golive.toml"),
        "[checks.source-secrets]\nrequired = true\n",
    )
    .unwrap();
    let out = scan(clean.path(), &[]).await;
    out.expect_code(0);
    assert!(findings(&out).is_empty());
    let summary = out.check("source-secrets")["summary"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        summary.starts_with("1 file (0.0 MB) scanned in repo"),
        "{summary}"
    );
}

#[tokio::test]
async fn sarif_points_at_the_real_file_and_line() {
    let dir = tree();
    let out = scan(dir.path(), &["--format", "sarif"]).await;
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    crate::formats::assert_valid_sarif(&doc);
    let locations: Vec<String> = doc["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let loc = &r["locations"][0]["physicalLocation"];
            format!(
                "{}:{}",
                loc["artifactLocation"]["uri"].as_str().unwrap(),
                loc["region"]["startLine"]
            )
        })
        .collect();
    assert!(
        locations.contains(&"repo/src/pay.py:3".to_owned()),
        "{locations:?}"
    );
    assert!(
        locations.contains(&"repo/config/test.js:2".to_owned()),
        "{locations:?}"
    );
}

#[tokio::test]
async fn bad_allow_glob_is_a_config_error() {
    let dir = tree();
    std::fs::write(
        dir.path().join("mp-golive.toml"),
        "[checks.source-secrets]\nallow = [\"src/[\"]\n",
    )
    .unwrap();
    let out = scan(dir.path(), &[]).await;
    out.expect_code(2);
    assert!(
        out.stderr
            .contains("[checks.source-secrets] allow: `src/[` is not a valid glob"),
        "{}",
        out.stderr
    );
}

/// `check --only source-secrets` of `dir/repo`, gating the verdict, with the webhook secret.
async fn gated_scan(dir: &Path, extra: &[&str]) -> Output {
    std::fs::write(
        dir.join("mp-golive.toml"),
        "[checks.source-secrets]\nrequired = true\n",
    )
    .unwrap();
    mp_golive([
        "check",
        "--only",
        "source-secrets",
        "--format",
        "json",
        "--source-dir",
        "repo",
    ])
    .args(extra)
    .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
    .cwd(dir)
    .run_async()
    .await
}

/// Every code by its full name with its severity, and the verdict each kind gives once the
/// check gates: a leaked secret fails; test credentials and a tracked `.env` only warn
/// (failing under `--strict`); a suppression is counted at info.
#[tokio::test]
async fn each_code_has_its_severity_and_gates_when_required() {
    let dir = tree();
    let r = dir.path().join("repo");
    write(
        &r,
        "app/settings.php",
        format!("<?php\n$secret = '{WEBHOOK_SECRET}';\n").as_bytes(),
    );
    write(
        &r,
        "src/legacy.py",
        format!("OLD = \"{TOKEN}\"  # mp-golive: ignore\n").as_bytes(),
    );
    let out = gated_scan(dir.path(), &[]).await;
    out.expect_code(1);
    assert_eq!(out.json()["verdict"], "not_ready");
    assert_eq!(out.check("source-secrets")["status"], "fail");
    for (code, severity) in [
        ("source-secrets/production-token", "error"),
        ("source-secrets/webhook-secret", "error"),
        ("source-secrets/test-credentials", "warning"),
        ("source-secrets/env-not-ignored", "warning"),
        ("source-secrets/suppressed", "info"),
    ] {
        assert_eq!(
            out.finding("source-secrets", code)["severity"],
            severity,
            "{code}"
        );
    }

    let warnings = tempfile::tempdir().unwrap();
    let r = warnings.path().join("repo");
    write(
        &r,
        ".env",
        format!("MP_ACCESS_TOKEN={TEST_TOKEN}\n").as_bytes(),
    );
    let out = gated_scan(warnings.path(), &[]).await;
    out.expect_code(0);
    assert_eq!(out.check("source-secrets")["status"], "warn");
    assert_eq!(
        out.codes("source-secrets"),
        [
            "source-secrets/test-credentials",
            "source-secrets/env-not-ignored"
        ]
    );
    gated_scan(warnings.path(), &["--strict"])
        .await
        .expect_code(1);
}

/// A directory nested deeper than the system's longest path (PATH_MAX) cannot be listed,
/// even by root, so the test holds wherever it runs. Built by moving one chain of
/// directories into another, since no single call may name such a path.
fn too_deep_dir(root: &Path) {
    let name = "d".repeat(250);
    let outer = (0..12).fold(root.to_path_buf(), |p, _| p.join(&name));
    std::fs::create_dir_all(&outer).unwrap();
    let staging = root.parent().unwrap().join("inner");
    let inner = (0..6).fold(staging.clone(), |p, _| p.join(&name));
    std::fs::create_dir_all(&inner).unwrap();
    std::fs::write(inner.join("hidden.txt"), TOKEN).unwrap();
    std::fs::rename(&staging, outer.join("inner")).unwrap();
}

/// What could not be read is said: with nothing readable the check cannot judge (`error`,
/// incomplete once it gates); beside readable files it is noted at info.
#[tokio::test]
async fn what_cannot_be_read_is_unreadable() {
    let dir = tempfile::tempdir().unwrap();
    let r = dir.path().join("repo");
    too_deep_dir(&r);
    let out = scan(dir.path(), &[]).await;
    out.expect_code(0);
    let c = out.check("source-secrets");
    assert_eq!(c["status"], "error", "{c}");
    assert_eq!(out.codes("source-secrets"), ["source-secrets/unreadable"]);
    assert_eq!(
        out.finding("source-secrets", "source-secrets/unreadable")["severity"],
        "info"
    );
    assert!(
        c["summary"]
            .as_str()
            .unwrap()
            .contains("nothing could be read"),
        "{c}"
    );
    gated_scan(dir.path(), &[]).await.expect_code(3);

    write(&r, "src/main.rs", b"fn main() {}\n");
    let out = gated_scan(dir.path(), &[]).await;
    out.expect_code(0);
    assert_eq!(out.check("source-secrets")["status"], "pass");
    assert_eq!(out.codes("source-secrets"), ["source-secrets/unreadable"]);
}

/// A `.gitignore` that is a named pipe with no writer: opening it to read the rules blocks
/// for good, so the scan cannot finish before the deadline, whatever the machine's speed.
#[cfg(unix)]
#[tokio::test]
async fn a_scan_that_cannot_finish_meets_the_deadline() {
    let dir = tempfile::tempdir().unwrap();
    let r = dir.path().join("repo");
    write(&r, "src/main.rs", b"fn main() {}\n");
    let made = std::process::Command::new("mkfifo")
        .arg(r.join(".gitignore"))
        .status()
        .expect("run mkfifo");
    assert!(made.success(), "mkfifo failed");
    let out = scan(dir.path(), &["--deadline", "1"]).await;
    out.expect_code(0);
    assert_eq!(out.json()["verdict"], "ready");
    crate::codes::assert_cut_short(&out, "source-secrets/deadline");
    let out = gated_scan(dir.path(), &["--deadline", "1"]).await;
    out.expect_code(3);
    assert_eq!(out.json()["verdict"], "incomplete");
    crate::codes::assert_cut_short(&out, "source-secrets/deadline");
}

/// Twenty findings of a kind are listed one by one; past twenty, one more finding counts
/// the rest and points at the next.
#[tokio::test]
async fn past_twenty_findings_of_a_kind_the_rest_are_counted() {
    for n in [20, 21, 23] {
        let dir = tempfile::tempdir().unwrap();
        let r = dir.path().join("repo");
        for i in 0..n {
            write(
                &r,
                &format!("src/f{i:02}.py"),
                format!("T = '{TOKEN}'\n").as_bytes(),
            );
        }
        let out = scan(dir.path(), &[]).await;
        let found = findings(&out);
        let listed = n.min(20);
        assert_eq!(found.len(), listed + usize::from(n > 20), "{n}: {found:?}");
        assert!(
            found.iter().all(|(c, _, _)| c == "production-token"),
            "{found:?}"
        );
        assert_eq!(found[listed - 1].1, format!("src/f{:02}.py", listed - 1));
        let messages = out.stdout.clone();
        if n > 20 {
            assert_eq!(
                found[20],
                ("production-token".to_owned(), "src/f20.py".to_owned(), 1)
            );
            assert!(
                messages.contains(&format!(
                    "…and {} more like it, the next at src/f20.py:1",
                    n - 20
                )),
                "{messages}"
            );
        } else {
            assert!(!messages.contains("more like it"), "{messages}");
        }
    }
}

/// One file of about 3 MiB, its lines of every length (some ending in CRLF, one of ~150 KiB
/// holding 2,000 tokens), with 7,500 credentials of three kinds; all but 21 of each kind are
/// marked `mp-golive: ignore`, so the ones reported lie far apart, deep in the file.
/// Returns the file and, per kind, the lines of the unmarked ones, counted while writing.
pub fn large_file_with_many_tokens() -> (Vec<u8>, [Vec<u64>; 3]) {
    const ROUNDS: u64 = 2520;
    let mut text = String::with_capacity(3 << 20);
    let mut line = 1u64;
    let mut expected: [Vec<u64>; 3] = Default::default();
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut random = move |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    let push_line = |text: &mut String, content: &str, line: &mut u64| {
        text.push_str(content);
        text.push_str(if line.is_multiple_of(5) { "\r\n" } else { "\n" });
        *line += 1;
    };
    for round in 0..ROUNDS {
        let unmarked = round % 120 == 119;
        let values = [
            TOKEN,
            WEBHOOK_SECRET,
            if round.is_multiple_of(2) {
                TEST_TOKEN
            } else {
                TEST_PUBLIC_KEY
            },
        ];
        for (kind, value) in values.into_iter().enumerate() {
            for _ in 0..1 + random(5) {
                let width = random(200) as usize;
                push_line(&mut text, &"let x = 1; ".repeat(width / 11), &mut line);
            }
            if unmarked {
                // The mark on the line before does not suppress this one.
                push_line(&mut text, "// mp-golive: ignore", &mut line);
                expected[kind].push(line);
                push_line(&mut text, &format!("const v = \"{value}\";"), &mut line);
            } else {
                push_line(
                    &mut text,
                    &format!("const v = \"{value}\"; // mp-golive: ignore"),
                    &mut line,
                );
            }
        }
        if round == ROUNDS / 2 {
            let many = format!("'{TOKEN}', ").repeat(2000);
            push_line(
                &mut text,
                &format!("[{many}] // mp-golive: ignore"),
                &mut line,
            );
        }
    }
    (text.into_bytes(), expected)
}

#[tokio::test]
async fn line_numbers_are_right_deep_in_a_large_file() {
    let (data, expected) = large_file_with_many_tokens();
    assert!(
        data.len() > 2 << 20 && data.len() <= 4 << 20,
        "{}",
        data.len()
    );
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("repo"), "src/big.js", &data);
    let out = mp_golive([
        "check",
        "--only",
        "source-secrets",
        "--format",
        "json",
        "--source-dir",
        "repo",
    ])
    .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
    .cwd(dir.path())
    .run_async()
    .await;
    let mut want: Vec<(String, String, u64)> = Vec::new();
    // The report's order of kinds; 20 listed each, then one pointing at the 21st.
    for (code, lines) in ["production-token", "webhook-secret", "test-credentials"]
        .iter()
        .zip([&expected[0], &expected[1], &expected[2]])
    {
        assert_eq!(lines.len(), 21);
        want.extend(
            lines
                .iter()
                .map(|l| ((*code).to_owned(), "src/big.js".to_owned(), *l)),
        );
    }
    want.push(("suppressed".to_owned(), String::new(), 0));
    assert_eq!(findings(&out), want, "{}", out.stdout);
    // 2,520 of each kind and 2,000 more tokens on one line, less the 63 reported.
    let suppressed = 3 * 2520 + 2000 - 63;
    assert!(
        out.stdout
            .contains(&format!("{suppressed} finding(s) suppressed")),
        "{}",
        out.stdout
    );
}
