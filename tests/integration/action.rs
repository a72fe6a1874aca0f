//! The GitHub composite action's script (`.github/actions/mp-golive/run.sh`) driving the real
//! binary: arguments built from inputs, reports written, the exit code passed through and
//! recorded as a step output. Every input is pinned by a scenario, and the script's own
//! mutants (each input's line dropped or bent) must each fail one: cargo-mutants only
//! mutates Rust, so this test does it for the script.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::with_config;
use crate::support::fake_api::*;

const SCRIPT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/.github/actions/mp-golive/run.sh"
);

/// What one run of the script did.
struct Ran {
    code: i32,
    stdout: String,
    /// What the script appended to `$GITHUB_OUTPUT`.
    recorded: String,
}

impl Ran {
    fn text(&self) -> String {
        format!(
            "exit {}\n{}\n--output--\n{}",
            self.code, self.stdout, self.recorded
        )
    }
}

fn run_with(script: &Path, dir: &Path, api: &str, inputs: &[(&str, &str)]) -> Ran {
    let output_file = dir.join("github_output");
    let _ = std::fs::remove_file(&output_file);
    let mut cmd = Command::new("bash");
    cmd.arg(script)
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("MP_GOLIVE_BIN", env!("CARGO_BIN_EXE_mp-golive"))
        .env("GITHUB_OUTPUT", &output_file)
        .env("MP_ACCESS_TOKEN", TOKEN)
        .env("MP_PUBLIC_KEY", PUBLIC_KEY)
        .env("MP_GOLIVE_API_URL", api);
    for (k, v) in inputs {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("bash runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(!stdout.contains(TOKEN));
    Ran {
        code: out.status.code().unwrap_or(-1),
        stdout,
        recorded: std::fs::read_to_string(&output_file).unwrap_or_default(),
    }
}

fn run_script(dir: &Path, api: &str, inputs: &[(&str, &str)]) -> (i32, String) {
    let ran = run_with(Path::new(SCRIPT), dir, api, inputs);
    (ran.code, ran.text())
}

#[tokio::test]
async fn action_script_writes_sarif_and_passes_the_exit_code_through() {
    let api = FakeApi::test_user().await;
    let dir = with_config("[checks.credentials]\nrequired = true\n");
    let url = api.url();
    let (code, text) = tokio::task::spawn_blocking({
        let dir = dir.path().to_path_buf();
        move || {
            run_script(
                &dir,
                &url,
                &[
                    ("INPUT_ARGS", "--only credentials"),
                    ("INPUT_JUNIT", "junit.xml"),
                ],
            )
        }
    })
    .await
    .unwrap();
    assert_eq!(code, 1, "{text}");
    assert!(
        text.contains("::error title=mp-golive%3A Production credentials::credentials/test-user"),
        "{text}"
    );
    assert!(text.contains("exit-code=1"), "{text}");
    let sarif: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("mp-golive.sarif")).unwrap())
            .unwrap();
    crate::formats::assert_valid_sarif(&sarif);
    assert_eq!(
        sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "mp-golive.toml"
    );
    assert!(
        std::fs::read_to_string(dir.path().join("junit.xml"))
            .unwrap()
            .contains("<failure")
    );
}

#[tokio::test]
async fn action_script_strict_and_missing_config() {
    let api = FakeApi::ready().await;
    let dir = tempfile::tempdir().unwrap();
    let url = api.url();
    let d = dir.path().to_path_buf();
    let (code, text) = tokio::task::spawn_blocking(move || {
        run_script(
            &d,
            &url,
            &[
                ("INPUT_ARGS", "--only credentials"),
                ("INPUT_STRICT", "true"),
                ("INPUT_FORMAT", "human"),
            ],
        )
    })
    .await
    .unwrap();
    assert_eq!(
        code, 0,
        "no config file is fine when the default was not changed: {text}"
    );
    assert!(text.contains("exit-code=0"));
    let d = dir.path().to_path_buf();
    let url = api.url();
    let (code, text) = tokio::task::spawn_blocking(move || {
        run_script(&d, &url, &[("INPUT_CONFIG", "ci/golive.toml")])
    })
    .await
    .unwrap();
    assert_eq!(code, 2, "{text}");
    assert!(
        text.contains("config file ci/golive.toml not found"),
        "{text}"
    );
}

/// A working directory whose `repo/` holds a TEST- token (a `source-secrets` warning) and
/// `prod/` a production token (a failure); `source-secrets` is advisory unless a config
/// file makes it required.
fn workspace(config: Option<(&str, &str)>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let write = |rel: &str, text: &str| {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write("repo/config.js", &format!("token = '{TEST_TOKEN}';\n"));
    write("prod/pay.py", &format!("TOKEN = \"{TOKEN}\"\n"));
    if let Some((path, text)) = config {
        write(path, text);
    }
    dir
}

const REQUIRED: &str = "[checks.source-secrets]\nrequired = true\n";

/// One behaviour of the script, checked through the real binary.
type Scenario = fn(&Path, &str) -> Result<(), String>;

fn expect(ok: bool, what: &str, ran: &Ran) -> Result<(), String> {
    if ok {
        Ok(())
    } else {
        Err(format!("{what}:\n{}", ran.text()))
    }
}

/// `strict: "true"` turns a required warning into exit 1; `"false"` and no input do not.
fn strict(script: &Path, api: &str) -> Result<(), String> {
    let dir = workspace(Some(("mp-golive.toml", REQUIRED)));
    let only = ("INPUT_ARGS", "--only source-secrets --source-dir repo");
    let cfg = ("INPUT_CONFIG", "mp-golive.toml");
    let ran = run_with(
        script,
        dir.path(),
        api,
        &[only, cfg, ("INPUT_STRICT", "true")],
    );
    expect(ran.code == 1, "strict: a required warning fails", &ran)?;
    expect(
        ran.stdout
            .contains("::error title=mp-golive%3A Credentials hygiene in the source tree::source-secrets/test-credentials"),
        "strict: the warning is an ::error",
        &ran,
    )?;
    for value in ["false", "TRUE-ish", ""] {
        let ran = run_with(
            script,
            dir.path(),
            api,
            &[only, cfg, ("INPUT_STRICT", value)],
        );
        expect(
            ran.code == 0,
            &format!("strict {value:?}: a warning passes"),
            &ran,
        )?;
    }
    let ran = run_with(script, dir.path(), api, &[only, cfg]);
    expect(ran.code == 0, "no strict input: a warning passes", &ran)
}

/// `config` at another path is read; an empty one reads no file even when
/// `mp-golive.toml` is there; a missing non-default one is a usage error.
fn config(script: &Path, api: &str) -> Result<(), String> {
    let only = ("INPUT_ARGS", "--only source-secrets --source-dir prod");
    let dir = workspace(Some(("ci/golive.toml", REQUIRED)));
    let ran = run_with(
        script,
        dir.path(),
        api,
        &[only, ("INPUT_CONFIG", "ci/golive.toml")],
    );
    expect(
        ran.code == 1,
        "config: ci/golive.toml makes it required",
        &ran,
    )?;
    let dir = workspace(Some(("mp-golive.toml", REQUIRED)));
    let ran = run_with(script, dir.path(), api, &[only, ("INPUT_CONFIG", "")]);
    expect(
        ran.code == 0,
        "config \"\": mp-golive.toml is not read",
        &ran,
    )?;
    let ran = run_with(
        script,
        dir.path(),
        api,
        &[only, ("INPUT_CONFIG", "mp-golive.toml")],
    );
    expect(ran.code == 1, "config mp-golive.toml: read", &ran)?;
    let ran = run_with(
        script,
        dir.path(),
        api,
        &[only, ("INPUT_CONFIG", "ci/other.toml")],
    );
    expect(
        ran.code == 2 && ran.stdout.contains("config file ci/other.toml not found"),
        "config: a missing file is exit 2",
        &ran,
    )?;
    expect(
        ran.recorded.is_empty(),
        "config: nothing ran, nothing recorded",
        &ran,
    )
}

/// `format` picks the step log's format; github by default.
fn format(script: &Path, api: &str) -> Result<(), String> {
    let dir = workspace(None);
    let only = ("INPUT_ARGS", "--only source-secrets --source-dir prod");
    let ran = run_with(script, dir.path(), api, &[only, ("INPUT_FORMAT", "json")]);
    let json: Option<serde_json::Value> = serde_json::from_str(&ran.stdout).ok();
    expect(
        json.is_some_and(|j| j["checks"][0]["id"] == "source-secrets"),
        "format json",
        &ran,
    )?;
    let ran = run_with(script, dir.path(), api, &[only]);
    expect(
        ran.stdout.starts_with(
            "::warning title=mp-golive%3A Credentials hygiene in the source tree (advisory)::",
        ) && ran.stdout.contains("\nmp-golive: ready: "),
        "format: github by default",
        &ran,
    )
}

/// `sarif` is written where asked (mp-golive.sarif by default); empty writes none.
fn sarif(script: &Path, api: &str) -> Result<(), String> {
    let only = ("INPUT_ARGS", "--only source-secrets --source-dir prod");
    let dir = workspace(None);
    let ran = run_with(script, dir.path(), api, &[only]);
    expect(
        dir.path().join("mp-golive.sarif").is_file(),
        "sarif: mp-golive.sarif by default",
        &ran,
    )?;
    let dir = workspace(None);
    let ran = run_with(
        script,
        dir.path(),
        api,
        &[only, ("INPUT_SARIF", "out.sarif")],
    );
    let text = std::fs::read_to_string(dir.path().join("out.sarif")).unwrap_or_default();
    expect(
        text.contains("source-secrets/production-token")
            && !dir.path().join("mp-golive.sarif").exists(),
        "sarif: out.sarif",
        &ran,
    )?;
    let dir = workspace(None);
    let ran = run_with(script, dir.path(), api, &[only, ("INPUT_SARIF", "")]);
    let files: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "sarif"))
        .collect();
    expect(files.is_empty(), "sarif \"\": no file", &ran)
}

/// `junit` is written when given, and not otherwise.
fn junit(script: &Path, api: &str) -> Result<(), String> {
    let only = ("INPUT_ARGS", "--only source-secrets --source-dir prod");
    let dir = workspace(None);
    let ran = run_with(script, dir.path(), api, &[only, ("INPUT_JUNIT", "j.xml")]);
    let text = std::fs::read_to_string(dir.path().join("j.xml")).unwrap_or_default();
    expect(
        text.contains("<testcase name=\"source-secrets") && !text.contains("<failure"),
        "junit: j.xml, an advisory failure is no failed test",
        &ran,
    )
}

/// `args` are split into words and passed on.
fn args(script: &Path, api: &str) -> Result<(), String> {
    let dir = workspace(None);
    let ran = run_with(
        script,
        dir.path(),
        api,
        &[
            ("INPUT_ARGS", "--only source-secrets --source-dir prod"),
            ("INPUT_FORMAT", "json"),
        ],
    );
    let json: Option<serde_json::Value> = serde_json::from_str(&ran.stdout).ok();
    let ids: Option<Vec<String>> = json.and_then(|j| {
        j["checks"]
            .as_array()
            .map(|a| a.iter().map(|c| c["id"].to_string()).collect())
    });
    expect(
        ids == Some(vec!["\"source-secrets\"".to_owned()]),
        "args: --only source-secrets",
        &ran,
    )
}

/// The exit code passes through and is recorded as the `exit-code` output.
fn exit_code(script: &Path, api: &str) -> Result<(), String> {
    let dir = workspace(Some(("mp-golive.toml", REQUIRED)));
    for (source, code) in [("repo", 0), ("prod", 1)] {
        let ran = run_with(
            script,
            dir.path(),
            api,
            &[
                (
                    "INPUT_ARGS",
                    &format!("--only source-secrets --source-dir {source}"),
                ),
                ("INPUT_CONFIG", "mp-golive.toml"),
            ],
        );
        expect(
            ran.code == code && ran.recorded == format!("exit-code={code}\n"),
            &format!("exit code {code}"),
            &ran,
        )?;
    }
    Ok(())
}

const SCENARIOS: [(&str, Scenario); 7] = [
    ("strict", strict),
    ("config", config),
    ("format", format),
    ("sarif", sarif),
    ("junit", junit),
    ("args", args),
    ("exit_code", exit_code),
];

/// The script's mutants: each input's handling dropped or bent.
const MUTANTS: [(&str, &str); 13] = [
    ("args+=(--strict)", ":"),
    (
        r#"[ "${INPUT_STRICT:-false}" = "true" ]"#,
        r#"[ -n "${INPUT_STRICT:-}" ]"#,
    ),
    ("args+=(--no-config)", ":"),
    (r#"args+=(--config "$INPUT_CONFIG")"#, ":"),
    ("    exit 2\n", "    exit 0\n"),
    (
        r#"args=(check --format "${INPUT_FORMAT:-github}")"#,
        "args=(check)",
    ),
    (r#"args+=(--report "sarif=$sarif")"#, ":"),
    (
        r#"sarif="${INPUT_SARIF-mp-golive.sarif}""#,
        r#"sarif="${INPUT_SARIF:-mp-golive.sarif}""#,
    ),
    (r#"args+=(--report "junit=$INPUT_JUNIT")"#, ":"),
    (r#"args+=("${extra[@]}")"#, ":"),
    (r#"echo "exit-code=$code" >> "$GITHUB_OUTPUT""#, ":"),
    (r#"exit "$code""#, "exit 0"),
    (r#"code=$?"#, "code=0"),
];

#[tokio::test]
async fn every_input_is_pinned_and_every_mutant_of_the_script_fails_a_scenario() {
    let script = std::fs::read_to_string(SCRIPT).unwrap();
    // Every line that builds the arguments has a mutant, so a new input cannot go untested.
    for line in script
        .lines()
        .filter(|l| l.contains("args+=") || l.contains("args=("))
    {
        assert!(
            MUTANTS.iter().any(|(from, _)| line.contains(from.trim())),
            "no mutant for line {line:?} of run.sh"
        );
    }
    let api = FakeApi::ready().await;
    let url = api.url();
    let survivors = tokio::task::spawn_blocking(move || {
        // The script as shipped passes every scenario, so a failure below is the mutant's.
        let failures: Vec<String> = SCENARIOS
            .iter()
            .filter_map(|(name, scenario)| {
                scenario(Path::new(SCRIPT), &url)
                    .err()
                    .map(|e| format!("{name}: {e}"))
            })
            .collect();
        assert!(failures.is_empty(), "{}", failures.join("\n\n"));
        let dir = tempfile::tempdir().unwrap();
        let mut survivors = Vec::new();
        for (i, (from, to)) in MUTANTS.iter().enumerate() {
            assert_eq!(
                script.matches(from).count(),
                1,
                "mutant {from:?} applies once"
            );
            let path = dir.path().join(format!("run-{i}.sh"));
            std::fs::write(&path, script.replacen(from, to, 1)).unwrap();
            let caught = SCENARIOS
                .iter()
                .any(|(_, scenario)| scenario(&path, &url).is_err());
            if !caught {
                survivors.push(format!("{from:?} -> {to:?}"));
            }
        }
        survivors
    })
    .await
    .unwrap();
    assert!(
        survivors.is_empty(),
        "run.sh mutants no scenario catches:\n{}",
        survivors.join("\n")
    );
}
