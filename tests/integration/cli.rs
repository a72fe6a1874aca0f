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
        "--no-strict",
        "--no-probe-pix",
        "--no-allow-private-addresses",
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

/// README.md's reference agrees with what the binary prints: a section per check, and a
/// table row per code with the severity `explain --format json` gives, and per option with
/// its type and default.
#[test]
fn readme_documents_every_check_and_code() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let ids = ids();
    assert!(!ids.is_empty());
    for id in ids {
        assert!(
            readme.contains(&format!("### `{id}`")),
            "README lacks a section for {id}"
        );
        let out = mp_golive(["explain", &id, "--format", "json"]).run();
        out.expect_code(0);
        let doc = out.json();
        for code in doc["codes"].as_array().expect("codes") {
            let row = format!(
                "| `{}` | {} | ",
                code["code"].as_str().unwrap(),
                code["severity"].as_str().unwrap()
            );
            assert!(
                readme.lines().any(|l| l.starts_with(&row)),
                "README lacks the row {row}"
            );
        }
        for option in doc["options"].as_array().expect("options") {
            let row = format!(
                "| `[checks.{id}]` | `{}` | {} | `{}` | ",
                option["key"].as_str().unwrap(),
                option["type"].as_str().unwrap(),
                option["default"]
            );
            assert!(
                readme.lines().any(|l| l.starts_with(&row)),
                "README lacks the row {row}"
            );
        }
    }
}

/// README.md's generated regions (the code tables of each check and the options table) are
/// exactly what `describe::readme_regions` renders from the checks' metadata. With
/// `UPDATE_README=1` the test rewrites them instead of failing (as lychee's usage test does):
/// `UPDATE_README=1 cargo test --locked --test integration readme`.
#[test]
fn readme_generated_tables_match_the_metadata() {
    use mp_golive::describe::{README_UPDATE_COMMAND, splice_readme};
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let want = splice_readme(&readme).unwrap_or_else(|e| panic!("README.md: {e}"));
    if want == readme {
        return;
    }
    if std::env::var_os("UPDATE_README").is_some_and(|v| v == "1") {
        std::fs::write(path, &want).unwrap();
        return;
    }
    let have: Vec<&str> = readme.lines().collect();
    let should: Vec<&str> = want.lines().collect();
    let number = (0..have.len().max(should.len()))
        .find(|&i| have.get(i) != should.get(i))
        .unwrap_or(0);
    let (have, should) = (
        have.get(number).copied().unwrap_or("(end of file)"),
        should.get(number).copied().unwrap_or("(end of file)"),
    );
    panic!(
        "README.md's generated tables differ from the checks' metadata, first at line {}:\n  README:   {have}\n  metadata: {should}\nThe tables are generated from src/checks/: edit the metadata there, not README, then run `{README_UPDATE_COMMAND}`.",
        number + 1
    );
}

/// The check ids, as `list --format json` gives them.
fn ids() -> Vec<String> {
    let out = mp_golive(["list", "--format", "json"]).run();
    out.expect_code(0);
    let doc = out.json();
    doc["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .map(|c| c["id"].as_str().expect("id").to_owned())
        .collect()
}

#[test]
fn list_json_has_the_documented_shape() {
    let out = mp_golive(["list", "--format", "json"]).run();
    out.expect_code(0);
    let doc = out.json();
    assert_eq!(doc["schema_version"], 1);
    let checks = doc["checks"].as_array().unwrap();
    // The same checks, in the same order, as the human table.
    let human = mp_golive(["list"]).run().stdout;
    let human_ids: Vec<&str> = human
        .lines()
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(ids(), human_ids);
    for c in checks {
        let keys: Vec<&str> = c.as_object().unwrap().keys().map(String::as_str).collect();
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        assert_eq!(
            sorted,
            [
                "docs_url",
                "id",
                "needs",
                "required_by_default",
                "requirement",
                "seed_section",
                "title"
            ],
            "{c}"
        );
        assert!(
            c["docs_url"].as_str().unwrap().starts_with("https://"),
            "{c}"
        );
        assert!(c["needs"].as_array().unwrap().iter().all(|n| {
            [
                "access_token",
                "public_key",
                "checkout_url",
                "notification_url",
                "payment_or_order_id",
            ]
            .contains(&n.as_str().unwrap())
        }));
    }
    let by_id = |id: &str| checks.iter().find(|c| c["id"] == id).unwrap().clone();
    assert_eq!(by_id("credentials")["required_by_default"], true);
    assert_eq!(
        by_id("credentials")["needs"],
        serde_json::json!(["access_token", "public_key"])
    );
    assert_eq!(by_id("reports")["required_by_default"], false);
    assert_eq!(by_id("pix-key")["required_by_default"], "MLB");
    assert_eq!(by_id("source-secrets")["needs"], serde_json::json!([]));
}

#[test]
fn explain_json_of_every_check_lists_its_codes_and_each_code_explains_itself() {
    for id in ids() {
        let out = mp_golive(["explain", &id, "--format", "json"]).run();
        out.expect_code(0);
        let doc = out.json();
        assert_eq!(doc["schema_version"], 1);
        assert_eq!(doc["id"], id.as_str());
        assert!(!doc["explain"].as_str().unwrap().is_empty());
        let codes = doc["codes"].as_array().unwrap();
        // Exactly the codes the human text lists, in its order.
        let human = mp_golive(["explain", &id]).run().stdout;
        let human_codes: Vec<&str> = human
            .lines()
            .filter(|l| l.starts_with(&format!("  {id}/")))
            .filter_map(|l| l.split_whitespace().next())
            .collect();
        let json_codes: Vec<&str> = codes.iter().map(|c| c["code"].as_str().unwrap()).collect();
        assert_eq!(json_codes, human_codes, "{id}");
        // The common codes are there, per check.
        assert!(
            json_codes.contains(&format!("{id}/deadline").as_str()),
            "{id}"
        );
        for code in codes {
            let name = code["code"].as_str().unwrap();
            let severity = code["severity"].as_str().unwrap();
            assert!(["info", "warning", "error"].contains(&severity), "{code}");
            let one = mp_golive(["explain", name, "--format", "json"]).run();
            one.expect_code(0);
            let one = one.json();
            assert_eq!(one["schema_version"], 1);
            assert_eq!(one["code"], name);
            assert_eq!(one["check"], id.as_str());
            assert_eq!(one["severity"], code["severity"]);
            assert_eq!(one["meaning"], code["meaning"]);
            assert_eq!(one["fix"], code["fix"]);
            assert_eq!(one["docs_url"], doc["docs_url"]);
        }
        for opt in doc["options"].as_array().unwrap() {
            assert!(opt["key"].is_string() && opt["help"].is_string(), "{opt}");
            let ok = match opt["type"].as_str().unwrap() {
                "integer" | "port" => opt["default"].is_i64(),
                "boolean" => opt["default"].is_boolean(),
                "string" => opt["default"].is_string(),
                "string-list" => opt["default"].is_array(),
                other => panic!("unknown option type {other}"),
            };
            assert!(ok, "{opt}");
        }
    }
    let tls = mp_golive(["explain", "checkout-tls", "--format", "json"])
        .run()
        .json();
    let opt = tls["options"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["key"] == "expiry_warning_days")
        .cloned()
        .unwrap();
    assert_eq!(opt["type"], "integer");
    assert_eq!(opt["default"], 30);
}

#[test]
fn explain_a_code_as_rustc_does() {
    let out = mp_golive(["explain", "checkout-tls/no-hsts"]).run();
    out.expect_code(0);
    let text = &out.stdout;
    assert!(
        text.starts_with("checkout-tls/no-hsts (warning)\n"),
        "{text}"
    );
    assert!(text.contains("Check: checkout-tls"), "{text}");
    assert!(text.contains("Strict-Transport-Security"), "{text}");
    assert!(text.contains("Fix: "), "{text}");
    assert!(text.contains("Docs: https://"), "{text}");
    // The common codes work per check.
    for code in [
        "checkout-tls/not-configured",
        "credentials/api-error",
        "source-secrets/deadline",
    ] {
        let out = mp_golive(["explain", code]).run();
        out.expect_code(0);
        assert!(
            out.stdout.starts_with(&format!("{code} (")),
            "{}",
            out.stdout
        );
    }
    // A common code a check cannot produce is not one of its codes.
    let out = mp_golive(["explain", "checkout-tls/api-error"]).run();
    out.expect_code(2);
    assert!(
        out.stderr
            .contains("`checkout-tls` has no code `api-error`"),
        "{}",
        out.stderr
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn mistyped_ids_and_codes_say_did_you_mean_and_exit_2() {
    let cases: [(&[&str], &str); 8] = [
        (
            &["explain", "checkout-tsl"],
            "explain: unknown check `checkout-tsl`. Did you mean `checkout-tls`?",
        ),
        (
            &["explain", "checkout-tls/no-hst"],
            "Did you mean `checkout-tls/no-hsts`?",
        ),
        (
            &["explain", "checkout-tsl/no-hsts", "--format", "json"],
            "Did you mean `checkout-tls/no-hsts`?",
        ),
        (
            &["explain", "no-hsts"],
            "Did you mean `checkout-tls/no-hsts`?",
        ),
        (&["explain", "pix"], "Did you mean `pix-key`?"),
        (
            &["check", "--only", "credential"],
            "--only: unknown check `credential`. Did you mean `credentials`?",
        ),
        (
            &["check", "--skip", "reports,payment-qualty"],
            "--skip: unknown check `payment-qualty`. Did you mean `payment-quality`?",
        ),
        (
            &["check", "--only", "Source-Secrets"],
            "Did you mean `source-secrets`?",
        ),
    ];
    for (args, expected) in cases {
        let out = mp_golive(args).run();
        out.expect_code(2);
        assert!(
            out.stderr.contains(expected),
            "{args:?}: expected {expected:?} in\n{}",
            out.stderr
        );
        assert!(out.stdout.is_empty(), "{args:?}: {}", out.stdout);
    }
    // Nothing close: no suggestion, but the known checks.
    let out = mp_golive(["check", "--only", "zzz"]).run();
    out.expect_code(2);
    assert!(!out.stderr.contains("Did you mean"), "{}", out.stderr);
    assert!(
        out.stderr.contains("Known checks: credentials, "),
        "{}",
        out.stderr
    );
    // A table of the config file is named the same way.
    let dir = crate::common::with_config("[checks.credential]\nenabled = false\n");
    let out = mp_golive(["check"]).cwd(dir.path()).run();
    out.expect_code(2);
    assert!(
        out.stderr.contains(
            "[checks.credential]: unknown check `credential`. Did you mean `credentials`?"
        ),
        "{}",
        out.stderr
    );
}

/// Runs the bash completion of `line` (the cursor at its end) with the script `mp-golive
/// completions bash` prints, the way bash's programmable completion calls it, and returns
/// COMPREPLY. None when bash is absent.
fn bash_complete(script: &std::path::Path, line: &str) -> Option<Vec<String>> {
    let driver = r#"
source "$1" || exit 90
# The function bash itself would call: the one `complete -F` registered.
spec=$(complete -p mp-golive) || exit 91
fn=${spec#*-F }; fn=${fn%% *}
line=$2
COMP_LINE=$line
COMP_POINT=${#line}
read -ra COMP_WORDS <<< "$line"
[[ $line == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
COMPREPLY=()
"$fn" mp-golive "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}"
"#;
    let out = match std::process::Command::new("bash")
        .args(["--noprofile", "--norc", "-c", driver, "driver"])
        .arg(script)
        .arg(line)
        .env_clear()
        .output()
    {
        Ok(out) => out,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => panic!("cannot run bash: {e}"),
    };
    assert!(
        out.status.success(),
        "bash failed for {line:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
    )
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

#[test]
// The skip is said on stderr, where cargo test shows it, rather than passing silently.
#[allow(clippy::print_stderr)]
fn bash_completion_works_in_a_real_bash() {
    let out = mp_golive(["completions", "bash"]).run();
    out.expect_code(0);
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("mp-golive.bash");
    std::fs::write(&script, &out.stdout).unwrap();
    let complete = |line: &str| bash_complete(&script, line);
    let Some(top) = complete("mp-golive ch") else {
        eprintln!("SKIPPED bash_completion_works_in_a_real_bash: bash is not installed");
        return;
    };
    assert_eq!(top, ["check"]);
    assert_eq!(complete("mp-golive check --st").unwrap(), ["--strict"]);
    assert_eq!(
        complete("mp-golive check --no-st").unwrap(),
        ["--no-strict"]
    );
    assert_eq!(
        sorted(complete("mp-golive check --no-").unwrap()),
        [
            "--no-allow-private-addresses",
            "--no-config",
            "--no-official",
            "--no-probe-pix",
            "--no-strict"
        ]
    );
    let ids = sorted(ids());
    // The checks of DESIGN.md §2, by name: one missing or one more names itself.
    assert_eq!(
        ids,
        [
            "checkout-page",
            "checkout-security",
            "checkout-tls",
            "credentials",
            "notifications",
            "payment-approval",
            "payment-quality",
            "pix-key",
            "reports",
            "source-secrets"
        ]
    );
    let explain = complete("mp-golive explain ").unwrap();
    for id in &ids {
        assert!(
            explain.contains(id),
            "explain <TAB> lacks {id}: {explain:?}"
        );
    }
    assert_eq!(
        sorted(complete("mp-golive explain checkout-").unwrap()),
        ["checkout-page", "checkout-security", "checkout-tls"]
    );
    assert_eq!(sorted(complete("mp-golive check --only ").unwrap()), ids);
    assert_eq!(sorted(complete("mp-golive check --skip ").unwrap()), ids);
    assert_eq!(
        sorted(complete("mp-golive check --strict --skip payment-").unwrap()),
        ["payment-approval", "payment-quality"]
    );
    assert_eq!(
        sorted(complete("mp-golive check --format ").unwrap()),
        ["github", "human", "json", "junit", "markdown", "sarif"]
    );
    assert_eq!(
        sorted(complete("mp-golive list --format ").unwrap()),
        ["human", "json"]
    );
    // Two levels down.
    assert_eq!(
        complete("mp-golive webhook send --ts-").unwrap(),
        ["--ts-unit"]
    );
    assert_eq!(complete("mp-golive completions z").unwrap(), ["zsh"]);
}

#[test]
fn other_shells_complete_the_check_ids() {
    let ids = ids();
    let script = |shell: &str| {
        let out = mp_golive(["completions", shell]).run();
        out.expect_code(0);
        out.stdout
    };
    // zsh: the values of --only, --skip and explain's argument.
    let zsh = script("zsh");
    for spec in ["'*--only=[", "'*--skip=[", "':target -- "] {
        let at = zsh
            .find(spec)
            .unwrap_or_else(|| panic!("zsh script lacks {spec}"));
        let end = zsh[at..].find("))'").expect("end of the spec") + at;
        for id in &ids {
            assert!(
                zsh[at..end].contains(&format!("{id}\\:")),
                "zsh {spec} lacks {id}"
            );
        }
    }
    // fish: --only, --skip, and explain's argument (added to what the generator writes).
    let fish = script("fish");
    for cond in ["-l only ", "-l skip ", "using_subcommand explain\" -f -a "] {
        let at = fish
            .find(cond)
            .unwrap_or_else(|| panic!("fish script lacks {cond}"));
        let tail = &fish[at..];
        for id in &ids {
            assert!(
                tail.contains(&format!("{id}\\t'")),
                "fish {cond} lacks {id}"
            );
        }
    }
    // elvish and PowerShell: explain's argument.
    let elvish = script("elvish");
    let block = &elvish[elvish.find("&'mp-golive;explain'= {").unwrap()..];
    let block = &block[..block.find('}').unwrap()];
    let ps = script("powershell");
    let ps_block = &ps[ps.find("'mp-golive;explain' {").unwrap()..];
    let ps_block = &ps_block[..ps_block.find("break").unwrap()];
    for id in &ids {
        assert!(block.contains(&format!("cand {id} '")), "elvish lacks {id}");
        assert!(
            ps_block.contains(&format!("[CompletionResult]::new('{id}', '{id}',")),
            "PowerShell lacks {id}"
        );
    }
}

#[test]
// The skip is said on stderr, where cargo test shows it, rather than passing silently.
#[allow(clippy::print_stderr)]
fn fish_completion_works_in_a_real_fish() {
    if std::process::Command::new("fish")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("SKIPPED fish_completion_works_in_a_real_fish: fish is not installed");
        return;
    }
    let out = mp_golive(["completions", "fish"]).run();
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("mp-golive.fish");
    std::fs::write(&script, &out.stdout).unwrap();
    let complete = |line: &str| -> Vec<String> {
        let out = std::process::Command::new("fish")
            .args(["--no-config", "-c"])
            .arg(format!("source {}; complete -C {line:?}", script.display()))
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        sorted(
            String::from_utf8_lossy(&out.stdout)
                .lines()
                .map(|l| l.split('\t').next().unwrap_or("").to_owned())
                .collect(),
        )
    };
    let ids = sorted(ids());
    assert_eq!(complete("mp-golive explain "), ids);
    assert_eq!(complete("mp-golive check --only "), ids);
    assert_eq!(complete("mp-golive check --no-st"), ["--no-strict"]);
    assert_eq!(complete("mp-golive explain --format "), ["human", "json"]);
}

/// A usage error says what is wrong, then what to do, and exits 2.
#[test]
fn usage_errors_carry_their_help_line() {
    let out = mp_golive(["check", "--no-config", "--site", "XYZ"]).run();
    out.expect_code(2);
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert!(
        lines[0].starts_with("mp-golive: error: --site: `XYZ`"),
        "{}",
        out.stderr
    );
    assert!(
        lines[1].starts_with("  = help: nothing was checked; fix the input named above"),
        "{}",
        out.stderr
    );
}

/// The help texts, as a user reads them: a snapshot, so a flag that appears, disappears or
/// changes its words shows in review.
#[test]
fn help_texts_snapshot() {
    for (name, args) in [
        ("help_top", vec!["--help"]),
        ("help_check", vec!["check", "--help"]),
        ("help_webhook_send", vec!["webhook", "send", "--help"]),
    ] {
        let out = mp_golive(args).env("COLUMNS", "100").run();
        out.expect_code(0);
        insta::assert_snapshot!(name, out.stdout);
    }
}
