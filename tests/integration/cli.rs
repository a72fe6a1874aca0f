//! The subcommands besides `check`: --version, list, explain, init, completions.

use crate::common::mp_golive;

#[test]
fn version_and_help() {
    let out = mp_golive(["--version"]).run();
    out.expect_code(0);
    assert_eq!(
        out.stdout.trim(),
        concat!("mp-golive ", env!("CARGO_PKG_VERSION"))
    );
    let help = mp_golive(["check", "--help"]).run();
    help.expect_code(0);
    for flag in [
        "--access-token-file",
        "--public-key",
        "--webhook-secret-file",
        "--site",
        "--checkout-url",
        "--webhook-url",
        "--ipn-url",
        "--payment-id",
        "--webhook-data-id",
        "--source-dir",
        "--api-url",
        "--ca-file",
        "--resolve",
        "--allow-private-addresses",
        "--timeout",
        "--deadline",
        "--probe-pix",
        "--only",
        "--skip",
        "--strict",
        "--format",
        "--report",
        "--color",
        "--quiet",
        "--verbose",
        "--config",
        "--no-config",
    ] {
        assert!(help.stdout.contains(flag), "--help lacks {flag}");
    }
}

#[test]
fn list_shows_every_check() {
    let out = mp_golive(["list"]).run();
    out.expect_code(0);
    assert!(out.stdout.contains("credentials") && out.stdout.contains("Production credentials"));
    assert!(out.stdout.contains("access token, public key"));
}

#[test]
fn explain_documents_every_code() {
    let out = mp_golive(["explain", "credentials"]).run();
    out.expect_code(0);
    for code in [
        "not-configured",
        "malformed",
        "test-prefix",
        "test-credentials",
        "invalid-token",
        "test-user",
        "user-mismatch",
        "invalid-public-key",
        "application-mismatch",
        "not-activated",
        "site-mismatch",
        "wrapper-unavailable",
        "api-error",
        "deadline",
    ] {
        assert!(
            out.stdout.contains(&format!("credentials/{code} (")),
            "explain lacks {code}"
        );
    }
    assert!(out.stdout.contains("Production credentials") && out.stdout.contains("https://"));
    let unknown = mp_golive(["explain", "nope"]).run();
    unknown.expect_code(2);
    assert!(
        unknown.stderr.contains("unknown check `nope`") && unknown.stderr.contains("credentials")
    );
}

#[test]
fn init_writes_a_template_that_validates() {
    let dir = tempfile::tempdir().unwrap();
    let out = mp_golive(["init"]).cwd(dir.path()).run();
    out.expect_code(0);
    let text = std::fs::read_to_string(dir.path().join("mp-golive.toml")).unwrap();
    assert!(text.contains("[checks.credentials]"));
    assert!(
        !text.contains("APP_USR-1") && !text.contains("access_token ="),
        "no secrets: {text}"
    );
    // The template is a valid config as written: check runs past validation (exit 1, not 2).
    let run = mp_golive([
        "check",
        "--format",
        "json",
        "--api-url",
        "http://127.0.0.1:9",
    ])
    .cwd(dir.path())
    .run();
    run.expect_code(1);
    let again = mp_golive(["init"]).cwd(dir.path()).run();
    again.expect_code(2);
    assert!(again.stderr.contains("--force"));
    mp_golive(["init", "--force"])
        .cwd(dir.path())
        .run()
        .expect_code(0);
    let stdout = mp_golive(["init", "--output", "-"]).run();
    assert_eq!(stdout.stdout, text);
}

#[test]
fn completions_for_each_shell() {
    for shell in ["bash", "zsh", "fish"] {
        let out = mp_golive(["completions", shell]).run();
        out.expect_code(0);
        assert!(out.stdout.contains("mp-golive"), "{shell}");
    }
    mp_golive(["completions", "cmd.exe"]).run().expect_code(2);
}

#[test]
fn readme_documents_every_check_and_code() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let list = mp_golive(["list"]).run().stdout;
    let ids: Vec<&str> = list
        .lines()
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(!ids.is_empty());
    for id in ids {
        assert!(
            readme.contains(&format!("### `{id}`")),
            "README lacks a section for {id}"
        );
        let explain = mp_golive(["explain", id]).run().stdout;
        for line in explain
            .lines()
            .filter(|l| l.starts_with(&format!("  {id}/")))
        {
            let code = line.split_whitespace().next().unwrap();
            assert!(readme.contains(&format!("`{code}`")), "README lacks {code}");
        }
    }
}
