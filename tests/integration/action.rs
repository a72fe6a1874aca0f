//! The GitHub composite action's script (`.github/actions/mp-golive/run.sh`) driving the real
//! binary: arguments built from inputs, reports written, the exit code passed through and
//! recorded as a step output.

use std::process::Command;

use crate::common::with_config;
use crate::support::fake_api::*;

fn run_script(dir: &std::path::Path, api: &str, inputs: &[(&str, &str)]) -> (i32, String) {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/.github/actions/mp-golive/run.sh"
    );
    let output_file = dir.join("github_output");
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
    let recorded = std::fs::read_to_string(&output_file).unwrap_or_default();
    (
        out.status.code().unwrap_or(-1),
        format!("{stdout}\n--output--\n{recorded}"),
    )
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
