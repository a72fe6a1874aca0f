//! Runs the real binary as a new user would: a scrubbed environment (no MP_*, CI,
//! GITHUB_*, NO_COLOR, proxies), a fresh working directory, and the output captured.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::support::fake_api::{PUBLIC_KEY, TOKEN};

/// A fresh directory holding `mp-golive.toml` with `text`, to run in with [`Run::cwd`].
pub fn with_config(text: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("mp-golive.toml"), text).expect("write mp-golive.toml");
    dir
}

/// A command line to run.
pub struct Run {
    args: Vec<String>,
    env: Vec<(String, String)>,
    stdin: Option<String>,
    cwd: Option<PathBuf>,
}

/// What the binary did.
#[derive(Debug)]
pub struct Output {
    /// The exit code (-1 if killed by a signal).
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

/// `mp-golive <args>` with a clean environment.
pub fn mp_golive<I: IntoIterator<Item = S>, S: AsRef<str>>(args: I) -> Run {
    Run {
        args: args.into_iter().map(|a| a.as_ref().to_owned()).collect(),
        env: Vec::new(),
        stdin: None,
        cwd: None,
    }
}

/// `mp-golive check --api-url <api> --format json` with the production credentials, for
/// every account-side check: the checks of the merchant's URLs (checkout-tls,
/// checkout-page, notifications) are left out, since they are required and would fail
/// `not-configured` without a URL (their tests start servers of their own).
pub fn check_json(api: &str) -> Run {
    mp_golive([
        "check",
        "--api-url",
        api,
        "--format",
        "json",
        "--skip",
        "checkout-tls,checkout-page,notifications",
    ])
    .env("MP_ACCESS_TOKEN", TOKEN)
    .env("MP_PUBLIC_KEY", PUBLIC_KEY)
}

/// [`check_json`] with `--only credentials`: the credential scenarios, without the checks
/// that need URLs or a payment.
pub fn credentials_json(api: &str) -> Run {
    check_json(api).args(["--only", "credentials"])
}

impl Run {
    /// Adds arguments.
    pub fn args<I: IntoIterator<Item = S>, S: AsRef<str>>(mut self, args: I) -> Self {
        self.args
            .extend(args.into_iter().map(|a| a.as_ref().to_owned()));
        self
    }

    /// Sets an environment variable.
    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.env.retain(|(k, _)| k != key);
        self.env.push((key.to_owned(), value.to_owned()));
        self
    }

    /// Removes an environment variable set earlier.
    pub fn unset(mut self, key: &str) -> Self {
        self.env.retain(|(k, _)| k != key);
        self
    }

    /// Feeds standard input.
    pub fn stdin(mut self, text: &str) -> Self {
        self.stdin = Some(text.to_owned());
        self
    }

    /// Runs in this directory instead of a fresh empty one.
    pub fn cwd(mut self, dir: &Path) -> Self {
        self.cwd = Some(dir.to_path_buf());
        self
    }

    /// The process, ready to spawn.
    pub fn command(&self) -> (Command, Option<tempfile::TempDir>) {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_mp-golive"));
        cmd.args(&self.args).env_clear();
        if let Some(path) = std::env::var_os("PATH") {
            cmd.env("PATH", path);
        }
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        let tmp = match &self.cwd {
            Some(dir) => {
                cmd.current_dir(dir);
                None
            }
            None => {
                let tmp = tempfile::tempdir().expect("temp dir");
                cmd.current_dir(tmp.path());
                Some(tmp)
            }
        };
        cmd.stdin(if self.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
        (cmd, tmp)
    }

    /// Runs to completion (blocking).
    pub fn run(self) -> Output {
        use std::io::Write;
        let (mut cmd, _tmp) = self.command();
        let mut child = cmd.spawn().expect("spawn mp-golive");
        if let Some(input) = &self.stdin {
            let mut stdin = child.stdin.take().expect("stdin");
            stdin.write_all(input.as_bytes()).expect("write stdin");
        }
        let out = child.wait_with_output().expect("wait for mp-golive");
        Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Runs without blocking the test's runtime, so in-process servers keep answering.
    pub async fn run_async(self) -> Output {
        tokio::task::spawn_blocking(move || self.run())
            .await
            .expect("join")
    }
}

impl Output {
    /// Stdout parsed as the JSON report. Every report a test reads is also held to the
    /// rule that a check in `error` says why: at least one finding, each with a code, a
    /// fix and a docs link.
    pub fn json(&self) -> Value {
        let doc: Value = serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        });
        for c in doc["checks"].as_array().into_iter().flatten() {
            if c["status"] == "error" {
                let findings = c["findings"].as_array().cloned().unwrap_or_default();
                assert!(
                    !findings.is_empty(),
                    "a check in error without a finding: {c}"
                );
                for f in findings {
                    for key in ["code", "remedy", "docs_url"] {
                        assert!(
                            f[key].as_str().is_some_and(|v| !v.is_empty()),
                            "a finding of a check in error without {key}: {c}"
                        );
                    }
                }
            }
        }
        doc
    }

    /// The report entry of a check.
    pub fn check(&self, id: &str) -> Value {
        let doc = self.json();
        doc["checks"]
            .as_array()
            .and_then(|a| a.iter().find(|c| c["id"] == id).cloned())
            .unwrap_or_else(|| panic!("no check {id} in {}", self.stdout))
    }

    /// What a person reads of a check: its summary, then each finding's message and fix.
    pub fn texts(&self, id: &str) -> Vec<String> {
        let c = self.check(id);
        let mut texts: Vec<String> = c["summary"]
            .as_str()
            .map(str::to_owned)
            .into_iter()
            .collect();
        for f in c["findings"].as_array().into_iter().flatten() {
            for key in ["message", "remedy"] {
                texts.extend(f[key].as_str().map(str::to_owned));
            }
        }
        texts
    }

    /// Finding codes of a check, in order.
    pub fn codes(&self, id: &str) -> Vec<String> {
        self.check(id)["findings"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|f| f["code"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The first finding of `code` in a check; panics with the output when there is none.
    pub fn finding(&self, id: &str, code: &str) -> Value {
        self.check(id)["findings"]
            .as_array()
            .and_then(|a| a.iter().find(|f| f["code"] == code).cloned())
            .unwrap_or_else(|| panic!("no {code} in {}", self.stdout))
    }

    /// The JSON report as stable text for a snapshot: durations and the tool's version
    /// replaced by placeholders, loopback ports by `PORT`.
    pub fn snapshot_json(&self) -> String {
        fn redact(v: &mut Value) {
            match v {
                Value::Object(map) => {
                    for (k, v) in map.iter_mut() {
                        match k.as_str() {
                            "duration_ms" => *v = Value::from("[ms]"),
                            "version" if v.is_string() => *v = Value::from("[version]"),
                            _ => redact(v),
                        }
                    }
                }
                Value::Array(items) => items.iter_mut().for_each(redact),
                Value::String(s) => {
                    while let Some(i) = s.find("127.0.0.1:") {
                        let start = i + "127.0.0.1:".len();
                        let end = s[start..]
                            .find(|c: char| !c.is_ascii_digit())
                            .map_or(s.len(), |e| start + e);
                        s.replace_range(i..end, "127.0.0.1!PORT");
                    }
                    *s = s.replace("127.0.0.1!PORT", "127.0.0.1:PORT");
                }
                _ => {}
            }
        }
        let mut doc = self.json();
        redact(&mut doc);
        serde_json::to_string_pretty(&doc).unwrap()
    }

    /// Asserts the exit code, showing the output when it differs.
    #[track_caller]
    pub fn expect_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code, code,
            "unexpected exit code\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    /// Both streams, for "never appears anywhere" assertions.
    pub fn all(&self) -> String {
        format!("{}\n{}", self.stdout, self.stderr)
    }
}
