//! SIGTERM (how CI runners cancel a job) and SIGHUP stop a run the way Ctrl-C does: what
//! finished is printed, every unfinished check is `error` with `<id>/interrupted`, the exit
//! code is 128 + the signal, and a `--report` file is whole or absent, never empty or half.
#![cfg(unix)]

use std::time::Duration;

use serde_json::Value;

use crate::common::{Run, credentials_json, mp_golive};
use crate::support::fake_api::{PUBLIC_KEY, TOKEN};
use crate::support::raw_tcp::{self, Behaviour, RawServer};
use crate::support::tls_server::HOST;

/// Spawns `run`, waits until it has connected to `server`, sends `signal`, and returns the
/// exit code and stdout.
async fn stopped(run: Run, server: &RawServer, signal: &str) -> (Option<i32>, String) {
    let (mut cmd, tmp) = run.command();
    let accepted = server.on_accept.notified();
    tokio::pin!(accepted);
    accepted.as_mut().enable();
    let child = cmd.spawn().expect("spawn");
    tokio::time::timeout(Duration::from_secs(30), accepted)
        .await
        .expect("the binary connected");
    let status = std::process::Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let out = tokio::task::spawn_blocking(move || child.wait_with_output())
        .await
        .unwrap()
        .unwrap();
    drop(tmp);
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[tokio::test]
async fn sigterm_and_sighup_print_what_finished_and_write_whole_reports() {
    for (signal, code, name) in [
        ("-TERM", 143, "SIGTERM"),
        ("-HUP", 129, "SIGHUP"),
        ("-INT", 130, "Ctrl-C"),
    ] {
        let server = raw_tcp::start(Behaviour::Hang).await;
        let dir = tempfile::tempdir().unwrap();
        let report = dir.path().join("report.json");
        let junit = dir.path().join("report.xml");
        let run = credentials_json(&server.url).args([
            "--timeout",
            "60",
            "--report",
            &format!("json={}", report.display()),
            "--report",
            &format!("junit={}", junit.display()),
        ]);
        let (exit, stdout) = stopped(run, &server, signal).await;
        assert_eq!(exit, Some(code), "{signal}: {stdout}");
        let doc: Value = serde_json::from_str(&stdout).expect("the report still prints");
        let c = &doc["checks"][0];
        assert_eq!(c["status"], "error", "{c}");
        assert_eq!(c["findings"][0]["code"], "credentials/interrupted", "{c}");
        let summary = c["summary"].as_str().unwrap();
        assert!(
            summary.contains(&format!("interrupted by {name}")),
            "{summary}"
        );
        // The fix is not "raise --deadline": nothing timed out.
        let remedy = c["findings"][0]["remedy"].as_str().unwrap();
        assert!(!remedy.contains("--deadline"), "{remedy}");
        // The report files are whole, and nothing else is left in the directory.
        let written: Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
        assert_eq!(written["checks"][0]["status"], "error");
        let xml = std::fs::read_to_string(&junit).unwrap();
        assert!(xml.trim_end().ends_with("</testsuites>"), "{xml}");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
    }
}

/// A report path that already holds a report keeps it until the new one is whole.
#[tokio::test]
async fn an_existing_report_is_replaced_only_when_the_new_one_is_whole() {
    let server = raw_tcp::start(Behaviour::Hang).await;
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.json");
    std::fs::write(&report, "{\"previous\": true}").unwrap();
    let (cmd, _tmp) = credentials_json(&server.url)
        .args([
            "--timeout",
            "60",
            "--report",
            &format!("json={}", report.display()),
        ])
        .command();
    let mut cmd = cmd;
    let accepted = server.on_accept.notified();
    tokio::pin!(accepted);
    accepted.as_mut().enable();
    let mut child = cmd.spawn().expect("spawn");
    tokio::time::timeout(Duration::from_secs(30), accepted)
        .await
        .expect("the binary connected");
    // While the run is in flight, the old report is still there, whole.
    assert_eq!(
        std::fs::read_to_string(&report).unwrap(),
        "{\"previous\": true}"
    );
    child.kill().unwrap();
    let _ = child.wait();
    // Killed outright (SIGKILL cannot be caught): the old report is untouched.
    assert_eq!(
        std::fs::read_to_string(&report).unwrap(),
        "{\"previous\": true}"
    );
}

/// Every check, each stopped in the middle by SIGTERM, says so by its own code.
#[tokio::test]
async fn every_unfinished_check_is_interrupted_by_its_own_code() {
    let api = raw_tcp::start(Behaviour::Hang).await;
    let site = raw_tcp::start(Behaviour::Hang).await;
    let site_port = site.url.rsplit(':').next().unwrap().to_owned();
    let hook = raw_tcp::start(Behaviour::Hang).await;
    let hook_port = hook.url.rsplit(':').next().unwrap().to_owned();
    let src = tempfile::tempdir().unwrap();
    std::fs::write(src.path().join("main.rs"), "fn main() {}\n").unwrap();
    // A `.gitignore` that is a pipe with no writer: the scan cannot finish.
    let made = std::process::Command::new("mkfifo")
        .arg(src.path().join(".gitignore"))
        .status()
        .expect("run mkfifo");
    assert!(made.success());
    let run = mp_golive([
        "check",
        "--format",
        "json",
        "--api-url",
        &api.url,
        "--timeout",
        "60",
        "--deadline",
        "120",
        "--site",
        "MLB",
        "--checkout-url",
        &format!("https://{HOST}:{site_port}/checkout"),
        "--webhook-url",
        &format!("https://{HOST}:{hook_port}/hook"),
        "--allow-private-addresses",
        "--payment-id",
        "111383868117",
        "--source-dir",
        src.path().to_str().unwrap(),
        "--resolve",
        &format!("{HOST}:{site_port}:127.0.0.1"),
        "--resolve",
        &format!("{HOST}:{hook_port}:127.0.0.1"),
        "--resolve",
        &format!("{HOST}:80:127.0.0.1"),
    ])
    .env("MP_ACCESS_TOKEN", TOKEN)
    .env("MP_PUBLIC_KEY", PUBLIC_KEY);
    let (exit, stdout) = stopped(run, &api, "-TERM").await;
    assert_eq!(exit, Some(143), "{stdout}");
    let doc: Value = serde_json::from_str(&stdout).unwrap();
    let codes: Vec<String> = doc["checks"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["findings"].as_array().unwrap().clone())
        .filter_map(|f| f["code"].as_str().map(str::to_owned))
        .filter(|c| c.ends_with("/interrupted"))
        .collect();
    for code in [
        "credentials/interrupted",
        "checkout-tls/interrupted",
        "checkout-page/interrupted",
        "pix-key/interrupted",
        "notifications/interrupted",
        "reports/interrupted",
        "payment-quality/interrupted",
        "payment-approval/interrupted",
        "source-secrets/interrupted",
        "checkout-security/interrupted",
    ] {
        assert!(codes.iter().any(|c| c == code), "no {code} in {stdout}");
    }
}
