//! The bad-input campaign: the real binary against loopback servers that misbehave on
//! purpose, files that are not what they claim, and secrets in the wrong places. Every case
//! is held to the same four rules: no panic, finished within `--deadline` plus one second,
//! the exit code it should have, and no secret (no run of eight characters of a canary)
//! in stdout, stderr, any `--report` format or `$GITHUB_STEP_SUMMARY`. No terminal escape
//! from a server reaches any of them either.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, ResponseTemplate};

use crate::common::{Run, mp_golive, with_config};
use crate::support::fake_api::*;
use crate::support::raw_tcp::{self, Behaviour};
use crate::support::receiver::{self, Mode};
use crate::support::tls_server::{self, Leaf, Pki, Reply, ServerOptions};

/// The random part of the canary token ([`TOKEN`]'s hex segment).
const TOKEN_HEX: &str = "3f9c2a7be14d8f06a5c3e9b27d41f08c";
/// The formats written to files by every case.
const FILE_FORMATS: [&str; 5] = ["json", "junit", "sarif", "markdown", "github"];
/// The deadline of cases that reach servers.
const DEADLINE: u64 = 4;

/// Every window of eight characters of the canaries' random parts, lowercased: the
/// token's hex segment and the webhook secret. (The token's prefix and numeric ids are
/// shown on purpose; its hex segment is in every whole echo of it.)
fn canary_runs() -> Vec<String> {
    [TOKEN_HEX, WEBHOOK_SECRET]
        .iter()
        .flat_map(|c| {
            let chars: Vec<char> = c.to_lowercase().chars().collect();
            chars
                .windows(8)
                .map(|w| w.iter().collect::<String>())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// One output, named for messages.
struct Seen {
    name: String,
    text: String,
}

/// What a case did.
struct Outcome {
    code: i32,
    stdout: String,
    stderr: String,
    files: Vec<Seen>,
}

impl Outcome {
    fn json(&self) -> Option<Value> {
        self.files
            .iter()
            .find(|f| f.name == "json")
            .and_then(|f| serde_json::from_str(&f.text).ok())
    }

    fn all(&self) -> String {
        let mut all = format!("{}\n{}", self.stdout, self.stderr);
        for f in &self.files {
            all.push_str(&f.text);
        }
        all
    }
}

/// Runs `run` with the human format on stdout, every other format as a `--report` file and
/// the step summary, then holds it to the four rules. `deadline` is the `--deadline` the
/// case passes (or the default it relies on).
async fn hostile(run: Run, deadline: u64, expected: &[i32]) -> Outcome {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("step-summary.md");
    let mut run = run
        .args(["--format", "human", "--color", "never"])
        .env("GITHUB_STEP_SUMMARY", summary.to_str().unwrap());
    let paths: Vec<(String, PathBuf)> = FILE_FORMATS
        .iter()
        .map(|f| (f.to_string(), dir.path().join(format!("report.{f}"))))
        .collect();
    for (f, p) in &paths {
        run = run.args(["--report", &format!("{f}={}", p.display())]);
    }
    let started = Instant::now();
    let out = run.run_async().await;
    let elapsed = started.elapsed();
    let mut files = Vec::new();
    for (name, p) in paths.iter().chain([&("summary".to_owned(), summary)]) {
        if let Ok(text) = std::fs::read_to_string(p) {
            files.push(Seen {
                name: name.clone(),
                text,
            });
        }
    }
    let outcome = Outcome {
        code: out.code,
        stdout: out.stdout,
        stderr: out.stderr,
        files,
    };
    let all = outcome.all();
    assert!(
        !all.contains("panicked") && !all.contains("RUST_BACKTRACE"),
        "a panic:\n{all}"
    );
    assert!(
        elapsed <= Duration::from_secs(deadline + 1),
        "took {elapsed:?}, past the {deadline} s deadline plus one second:\n{all}"
    );
    assert!(
        expected.contains(&outcome.code),
        "exit code {} not in {expected:?}\nstdout:\n{}\nstderr:\n{}",
        outcome.code,
        outcome.stdout,
        outcome.stderr
    );
    let runs = canary_runs();
    for seen in [
        Seen {
            name: "stdout".into(),
            text: outcome.stdout.clone(),
        },
        Seen {
            name: "stderr".into(),
            text: outcome.stderr.clone(),
        },
    ]
    .iter()
    .chain(&outcome.files)
    {
        let lower = seen.text.to_lowercase();
        if let Some(run) = runs.iter().find(|r| lower.contains(r.as_str())) {
            panic!("`{run}` of a secret is in {}:\n{}", seen.name, seen.text);
        }
        assert!(
            !seen
                .text
                .chars()
                .any(|c| c == '\u{1b}' || ('\u{80}'..='\u{9f}').contains(&c)),
            "a terminal escape reached {}:\n{:?}",
            seen.name,
            seen.text
        );
    }
    outcome
}

/// The account-side checks against `api`, with the canary token and webhook secret.
fn account(api: &FakeApi) -> Run {
    mp_golive([
        "check",
        "--api-url",
        &api.url(),
        "--skip",
        "checkout-tls,checkout-page,notifications",
        "--deadline",
        &DEADLINE.to_string(),
        "--timeout",
        "1",
    ])
    .env("MP_ACCESS_TOKEN", TOKEN)
    .env("MP_PUBLIC_KEY", PUBLIC_KEY)
    .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
}

/// A `check` run that never gets past its configuration. The webhook secret is not in
/// the environment, so nothing knows it is one: only its looks keep it out of messages.
fn config_only(args: &[&str]) -> Run {
    mp_golive(["check"])
        .args(args)
        .env("MP_ACCESS_TOKEN", TOKEN)
}

/// Mounts `answer` for `GET p`, above anything mounted before.
async fn answer(api: &FakeApi, p: &str, answer: ResponseTemplate) {
    Mock::given(method("GET"))
        .and(path(p))
        .respond_with(answer)
        .with_priority(1)
        .mount(&api.server)
        .await;
}

fn refusal(status: u16, message: &str, error: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_json(json!({
        "message": message, "error": error, "status": status, "cause": []
    }))
}

/// A ready account whose `/users/me` answers `template`.
async fn users_me(template: ResponseTemplate) -> FakeApi {
    let api = FakeApi::ready().await;
    answer(&api, "/users/me", template).await;
    api
}

// ---------------------------------------------------------------------------------------
// The API echoes the token in other forms (item 2).

#[tokio::test]
async fn echo_whole_in_a_401() {
    let api = users_me(refusal(
        401,
        &format!("invalid access token {TOKEN}"),
        "unauthorized",
    ))
    .await;
    let out = hostile(account(&api), DEADLINE, &[1]).await;
    let doc = out.json().expect("the JSON report");
    assert!(
        doc.to_string()
            .contains("invalid access token APP_USR-…4321"),
        "{doc}"
    );
}

#[tokio::test]
async fn echo_upper_cased() {
    let api = users_me(refusal(401, &TOKEN.to_uppercase(), "unauthorized")).await;
    hostile(account(&api), DEADLINE, &[1]).await;
}

#[tokio::test]
async fn echo_url_encoded() {
    let encoded = TOKEN.replace('-', "%2D").replace('_', "%5F");
    let api = users_me(refusal(401, &format!("token={encoded}"), "unauthorized")).await;
    hostile(account(&api), DEADLINE, &[1]).await;
}

#[tokio::test]
async fn echo_url_encoded_lower_hex_every_byte() {
    let encoded: String = TOKEN.bytes().map(|b| format!("%{b:02x}")).collect();
    let api = users_me(refusal(401, &encoded, "unauthorized")).await;
    hostile(account(&api), DEADLINE, &[1]).await;
}

#[tokio::test]
async fn echo_hex_part_only() {
    let api = users_me(refusal(
        401,
        &format!("key {TOKEN_HEX} revoked"),
        "unauthorized",
    ))
    .await;
    hostile(account(&api), DEADLINE, &[1]).await;
}

#[tokio::test]
async fn echo_split_across_message_and_error() {
    let (a, b) = TOKEN.split_at(48);
    let api = users_me(refusal(401, a, b)).await;
    hostile(account(&api), DEADLINE, &[1]).await;
}

#[tokio::test]
async fn echo_in_a_cause_description() {
    let api = users_me(ResponseTemplate::new(400).set_body_json(json!({
        "message": "bad request", "error": "bad_request", "status": 400,
        "cause": [{"code": "x", "description": format!("token {TOKEN} is bad")}]
    })))
    .await;
    hostile(account(&api), DEADLINE, &[1, 3]).await;
}

#[tokio::test]
async fn echo_in_a_200_nickname() {
    let mut body = user_body(&Account::default());
    body["nickname"] = Value::from(format!("shop {TOKEN}"));
    let api = users_me(ResponseTemplate::new(200).set_body_json(body)).await;
    hostile(account(&api).args(["-v"]), DEADLINE, &[0, 1]).await;
}

#[tokio::test]
async fn echo_as_latin1_declared_body() {
    let body = format!(
        "{{\"message\":\"bad token {TOKEN} (caf\u{e9})\",\"error\":\"unauthorized\",\"status\":401,\"cause\":[]}}"
    );
    let api = users_me(
        ResponseTemplate::new(401)
            .insert_header("content-type", "application/json; charset=iso-8859-1")
            .set_body_bytes(body.chars().map(|c| c as u8).collect::<Vec<u8>>()),
    )
    .await;
    hostile(account(&api), DEADLINE, &[1]).await;
}

#[tokio::test]
async fn echo_in_a_shape_error() {
    let mut body = user_body(&Account::default());
    body["id"] = Value::from(TOKEN);
    let api = users_me(ResponseTemplate::new(200).set_body_json(body)).await;
    hostile(account(&api), DEADLINE, &[1, 3]).await;
}

#[tokio::test]
async fn echo_in_every_5xx_attempt() {
    let api = users_me(refusal(
        503,
        &format!("overloaded for {TOKEN}"),
        "unavailable",
    ))
    .await;
    hostile(account(&api), DEADLINE, &[1, 3]).await;
}

#[tokio::test]
async fn echo_in_an_html_error_page() {
    let api = users_me(
        ResponseTemplate::new(502)
            .insert_header("content-type", "text/html")
            .set_body_string(format!("<html><body>bad gateway {TOKEN}</body></html>")),
    )
    .await;
    hostile(account(&api), DEADLINE, &[1, 3]).await;
}

#[tokio::test]
async fn echo_eight_characters_of_the_hex_part() {
    let api = users_me(refusal(
        401,
        &format!("ref {}", &TOKEN_HEX[9..17]),
        "unauthorized",
    ))
    .await;
    hostile(account(&api), DEADLINE, &[1]).await;
}

#[tokio::test]
async fn echo_in_the_reports_answer() {
    let api = FakeApi::ready().await;
    answer(
        &api,
        "/v1/account/settlement_report/list",
        refusal(500, &format!("no reports for {TOKEN}"), "internal"),
    )
    .await;
    hostile(account(&api), DEADLINE, &[0, 1, 3]).await;
}

#[tokio::test]
async fn echo_in_a_payment_answer() {
    let api = FakeApi::ready().await;
    let mut p = bare_payment(1_234_567_890);
    p["description"] = Value::from(TOKEN);
    p["payer"] = json!({"email": format!("{TOKEN_HEX}@shop.example")});
    api.payment(1_234_567_890, p).await;
    hostile(
        account(&api).args(["--payment-id", "1234567890"]),
        DEADLINE,
        &[0, 1, 3],
    )
    .await;
}

#[tokio::test]
async fn echo_of_the_webhook_secret_by_the_api() {
    let api = users_me(refusal(
        401,
        &format!("secret {WEBHOOK_SECRET}"),
        "unauthorized",
    ))
    .await;
    hostile(account(&api), DEADLINE, &[1]).await;
}

// ---------------------------------------------------------------------------------------
// Terminal escapes from servers (item 4).

#[tokio::test]
async fn clear_screen_in_an_error_message() {
    let api = users_me(refusal(401, "bad \u{1b}[2J\u{1b}[H token", "unauthorized")).await;
    hostile(account(&api), DEADLINE, &[1]).await;
}

#[tokio::test]
async fn title_escape_in_a_200_nickname() {
    let mut body = user_body(&Account::default());
    body["nickname"] = Value::from("shop\u{1b}]0;pwned\u{7}");
    let api = users_me(ResponseTemplate::new(200).set_body_json(body)).await;
    hostile(account(&api), DEADLINE, &[0, 1]).await;
}

#[tokio::test]
async fn clipboard_write_in_a_could_not_decide_reason() {
    let api = FakeApi::ready().await;
    answer(
        &api,
        "/v1/account/settlement_report/list",
        refusal(
            503,
            "down \u{1b}]52;c;Y3VybCBldmlsLnNoIHwgc2g=\u{7}",
            "unavailable",
        ),
    )
    .await;
    hostile(account(&api), DEADLINE, &[0, 1, 3]).await;
}

#[tokio::test]
async fn c1_controls_and_bidi_overrides() {
    let api = users_me(refusal(
        401,
        "bad \u{9b}2J \u{9d}0;x\u{9c} \u{202e}nekot",
        "x\u{85}y",
    ))
    .await;
    hostile(account(&api), DEADLINE, &[1]).await;
}

#[tokio::test]
async fn escapes_in_a_shape_error() {
    let mut body = user_body(&Account::default());
    body["site_id"] = json!({"\u{1b}[31m": "\u{1b}]52;c;eA==\u{7}"});
    let api = users_me(ResponseTemplate::new(200).set_body_json(body)).await;
    hostile(account(&api), DEADLINE, &[0, 1, 3]).await;
}

#[tokio::test]
async fn escapes_in_the_logs() {
    let api = users_me(refusal(401, "\u{1b}[2J\u{1b}]0;t\u{7}", "unauthorized")).await;
    hostile(account(&api).args(["-vv"]), DEADLINE, &[1]).await;
}

// ---------------------------------------------------------------------------------------
// Secrets in the wrong place of the configuration (item 3): exit 2, and never quoted.

#[tokio::test]
async fn unterminated_secret_line_in_toml() {
    let dir = with_config(&format!(
        "site = \"MLB\"\nwebhook_secret = \"{WEBHOOK_SECRET}\n"
    ));
    let out = hostile(config_only(&[]).cwd(dir.path()), 1, &[2]).await;
    assert!(out.stderr.contains("line 2"), "{}", out.stderr);
}

#[tokio::test]
async fn secret_under_an_unknown_key() {
    let dir = with_config(&format!("webhook-secret = \"{WEBHOOK_SECRET}\"\n"));
    let out = hostile(config_only(&[]).cwd(dir.path()), 1, &[2]).await;
    assert!(out.stderr.contains("webhook-secret"), "{}", out.stderr);
}

#[tokio::test]
async fn secret_pasted_as_the_secret_file_key() {
    let dir = with_config(&format!("webhook_secret_file = \"{WEBHOOK_SECRET}\"\n"));
    let out = hostile(config_only(&[]).cwd(dir.path()), 1, &[2]).await;
    assert!(out.stderr.contains("webhook_secret_file"), "{}", out.stderr);
}

#[tokio::test]
async fn secret_pasted_as_the_secret_file_flag() {
    let out = hostile(
        config_only(&["--no-config", "--webhook-secret-file", WEBHOOK_SECRET]),
        1,
        &[2],
    )
    .await;
    assert!(
        out.stderr.contains("--webhook-secret-file"),
        "{}",
        out.stderr
    );
}

#[tokio::test]
async fn token_pasted_as_the_token_file_flag() {
    let out = hostile(
        config_only(&["--no-config", "--access-token-file", TOKEN]).unset("MP_ACCESS_TOKEN"),
        1,
        &[2],
    )
    .await;
    assert!(out.stderr.contains("--access-token-file"), "{}", out.stderr);
}

#[tokio::test]
async fn secret_as_the_value_of_an_integer_option() {
    let dir = with_config(&format!(
        "[checks.checkout-tls]\nexpiry_warning_days = \"{WEBHOOK_SECRET}\"\n"
    ));
    let out = hostile(config_only(&[]).cwd(dir.path()), 1, &[2]).await;
    assert!(out.stderr.contains("expiry_warning_days"), "{}", out.stderr);
}

#[tokio::test]
async fn secret_as_the_value_of_a_bool_key() {
    let dir = with_config(&format!("probe_pix = \"{WEBHOOK_SECRET}\"\n"));
    hostile(config_only(&[]).cwd(dir.path()), 1, &[2]).await;
}

#[tokio::test]
async fn secret_as_the_site() {
    let dir = with_config(&format!("site = \"{WEBHOOK_SECRET}\"\n"));
    hostile(config_only(&[]).cwd(dir.path()), 1, &[2]).await;
}

#[tokio::test]
async fn secret_as_the_payment_id() {
    hostile(
        config_only(&["--no-config", "--payment-id", WEBHOOK_SECRET]),
        1,
        &[2],
    )
    .await;
}

#[tokio::test]
async fn secret_as_a_toml_key() {
    let dir = with_config(&format!("{WEBHOOK_SECRET} = true\n"));
    hostile(config_only(&[]).cwd(dir.path()), 1, &[2]).await;
}

#[tokio::test]
async fn secret_as_a_check_table() {
    let dir = with_config(&format!("[checks.{WEBHOOK_SECRET}]\nenabled = true\n"));
    hostile(config_only(&[]).cwd(dir.path()), 1, &[2]).await;
}

#[tokio::test]
async fn token_as_the_checkout_url() {
    hostile(
        config_only(&["--no-config", "--checkout-url", TOKEN]),
        1,
        &[2],
    )
    .await;
}

#[tokio::test]
async fn secret_in_the_site_variable() {
    hostile(
        config_only(&["--no-config"]).env("MP_GOLIVE_SITE", WEBHOOK_SECRET),
        1,
        &[2],
    )
    .await;
}

#[tokio::test]
async fn secret_as_a_resolve_pin() {
    hostile(
        config_only(&["--no-config", "--resolve", WEBHOOK_SECRET]),
        1,
        &[2],
    )
    .await;
}

#[tokio::test]
async fn secret_as_an_only_check_id() {
    hostile(
        config_only(&["--no-config", "--only", WEBHOOK_SECRET]),
        1,
        &[2],
    )
    .await;
}

#[tokio::test]
async fn token_as_the_public_key() {
    hostile(
        config_only(&[
            "--no-config",
            "--only",
            "credentials",
            "--api-url",
            "http://127.0.0.1:9/",
        ])
        .env("MP_PUBLIC_KEY", TOKEN),
        DEADLINE,
        &[1],
    )
    .await;
}

#[tokio::test]
async fn secret_in_a_report_path() {
    hostile(
        config_only(&[
            "--no-config",
            "--report",
            &format!("nonsense={WEBHOOK_SECRET}"),
        ]),
        1,
        &[2],
    )
    .await;
}

// ---------------------------------------------------------------------------------------
// Files that are not what they claim (item 6): refused with exit 2 at once.

/// A FIFO in a fresh directory.
fn fifo(dir: &Path) -> String {
    let p = dir.join("fifo");
    let status = std::process::Command::new("mkfifo")
        .arg(&p)
        .status()
        .expect("mkfifo");
    assert!(status.success());
    p.display().to_string()
}

#[tokio::test]
async fn a_fifo_as_the_config() {
    let dir = tempfile::tempdir().unwrap();
    let f = fifo(dir.path());
    let out = hostile(config_only(&["--config", &f]), 1, &[2]).await;
    assert!(out.stderr.contains("FIFO"), "{}", out.stderr);
}

#[tokio::test]
async fn a_fifo_as_the_token_file() {
    let dir = tempfile::tempdir().unwrap();
    let f = fifo(dir.path());
    let out = hostile(
        config_only(&["--no-config", "--access-token-file", &f]).unset("MP_ACCESS_TOKEN"),
        1,
        &[2],
    )
    .await;
    assert!(out.stderr.contains("FIFO"), "{}", out.stderr);
}

#[tokio::test]
async fn a_fifo_as_the_secret_file() {
    let dir = tempfile::tempdir().unwrap();
    let f = fifo(dir.path());
    hostile(
        config_only(&["--no-config", "--webhook-secret-file", &f]),
        1,
        &[2],
    )
    .await;
}

#[tokio::test]
async fn a_fifo_as_the_ca_file() {
    let dir = tempfile::tempdir().unwrap();
    let f = fifo(dir.path());
    hostile(config_only(&["--no-config", "--ca-file", &f]), 1, &[2]).await;
}

#[tokio::test]
async fn a_fifo_named_in_the_config_file() {
    let dir = tempfile::tempdir().unwrap();
    fifo(dir.path());
    std::fs::write(
        dir.path().join("mp-golive.toml"),
        "access_token_file = \"fifo\"\n",
    )
    .unwrap();
    hostile(
        config_only(&[]).cwd(dir.path()).unset("MP_ACCESS_TOKEN"),
        1,
        &[2],
    )
    .await;
}

#[tokio::test]
async fn dev_zero_as_the_config() {
    let out = hostile(config_only(&["--config", "/dev/zero"]), 1, &[2]).await;
    assert!(out.stderr.contains("device"), "{}", out.stderr);
}

#[tokio::test]
async fn dev_zero_as_the_ca_file() {
    hostile(
        config_only(&["--no-config", "--ca-file", "/dev/zero"]),
        1,
        &[2],
    )
    .await;
}

#[tokio::test]
async fn dev_zero_as_the_token_file() {
    hostile(
        config_only(&["--no-config", "--access-token-file", "/dev/zero"]).unset("MP_ACCESS_TOKEN"),
        1,
        &[2],
    )
    .await;
}

#[tokio::test]
async fn dev_urandom_as_the_secret_file() {
    hostile(
        config_only(&["--no-config", "--webhook-secret-file", "/dev/urandom"]),
        1,
        &[2],
    )
    .await;
}

#[tokio::test]
async fn a_directory_as_the_config() {
    let dir = tempfile::tempdir().unwrap();
    let out = hostile(
        config_only(&["--config", dir.path().to_str().unwrap()]),
        1,
        &[2],
    )
    .await;
    assert!(out.stderr.contains("directory"), "{}", out.stderr);
}

#[tokio::test]
async fn a_socket_as_the_config() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("sock");
    let _listener = std::os::unix::net::UnixListener::bind(&p).unwrap();
    let out = hostile(config_only(&["--config", p.to_str().unwrap()]), 1, &[2]).await;
    assert!(out.stderr.contains("socket"), "{}", out.stderr);
}

#[tokio::test]
async fn a_config_file_over_its_cap() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("big.toml");
    std::fs::write(&p, format!("# {}\n", "x".repeat(2 * 1024 * 1024))).unwrap();
    let out = hostile(config_only(&["--config", p.to_str().unwrap()]), 1, &[2]).await;
    assert!(out.stderr.contains("KiB"), "{}", out.stderr);
}

#[tokio::test]
async fn a_ca_file_over_its_cap() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("big.pem");
    std::fs::write(&p, vec![b'A'; 9 * 1024 * 1024]).unwrap();
    hostile(
        config_only(&["--no-config", "--ca-file", p.to_str().unwrap()]),
        1,
        &[2],
    )
    .await;
}

#[tokio::test]
async fn a_token_file_over_its_cap() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("token");
    std::fs::write(&p, format!("{TOKEN}\n{}", "#".repeat(70 * 1024))).unwrap();
    hostile(
        config_only(&["--no-config", "--access-token-file", p.to_str().unwrap()])
            .unset("MP_ACCESS_TOKEN"),
        1,
        &[2],
    )
    .await;
}

#[tokio::test]
async fn a_config_file_that_is_not_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("latin1.toml");
    std::fs::write(&p, b"site = \"ML\xc9\"\n").unwrap();
    let out = hostile(config_only(&["--config", p.to_str().unwrap()]), 1, &[2]).await;
    assert!(out.stderr.contains("UTF-8"), "{}", out.stderr);
}

#[tokio::test]
async fn a_token_file_with_two_tokens() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("token");
    std::fs::write(&p, format!("{TOKEN}\n{TEST_TOKEN}\n")).unwrap();
    hostile(
        config_only(&["--no-config", "--access-token-file", p.to_str().unwrap()])
            .unset("MP_ACCESS_TOKEN"),
        1,
        &[2],
    )
    .await;
}

// ---------------------------------------------------------------------------------------
// API servers that misbehave: the run ends `error` (exit 3) or `not ready`, in time.

/// The account checks against a raw server behaving as `b`.
async fn raw_api(b: Behaviour) -> (raw_tcp::RawServer, Run) {
    let server = raw_tcp::start(b).await;
    let run = mp_golive([
        "check",
        "--api-url",
        &server.url,
        "--skip",
        "checkout-tls,checkout-page,notifications",
        "--deadline",
        &DEADLINE.to_string(),
        "--timeout",
        "1",
    ])
    .env("MP_ACCESS_TOKEN", TOKEN)
    .env("MP_PUBLIC_KEY", PUBLIC_KEY)
    .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET);
    (server, run)
}

#[tokio::test]
async fn api_that_never_answers() {
    let (_s, run) = raw_api(Behaviour::Hang).await;
    let out = hostile(run, DEADLINE, &[3]).await;
    assert_eq!(
        out.json().expect("the JSON report")["verdict"],
        "incomplete"
    );
}

#[tokio::test]
async fn api_that_resets() {
    let (_s, run) = raw_api(Behaviour::Reset).await;
    hostile(run, DEADLINE, &[3]).await;
}

#[tokio::test]
async fn api_that_closes_at_once() {
    let (_s, run) = raw_api(Behaviour::Bytes(Vec::new())).await;
    hostile(run, DEADLINE, &[3]).await;
}

#[tokio::test]
async fn api_that_speaks_garbage() {
    let (_s, run) = raw_api(Behaviour::Immediate(
        b"\x00\xff\x1b[2J garbage\r\n\r\n".to_vec(),
    ))
    .await;
    hostile(run, DEADLINE, &[3]).await;
}

#[tokio::test]
async fn api_that_sends_a_head_and_no_body() {
    let (_s, run) = raw_api(Behaviour::Bytes(
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 5000\r\n\r\n{"
            .to_vec(),
    ))
    .await;
    hostile(run, DEADLINE, &[3]).await;
}

#[tokio::test]
async fn api_that_answers_a_huge_body() {
    let api =
        users_me(ResponseTemplate::new(200).set_body_string("x".repeat(5 * 1024 * 1024))).await;
    hostile(account(&api), DEADLINE, &[1, 3]).await;
}

#[tokio::test]
async fn api_that_rate_limits_for_an_hour() {
    let api = users_me(ResponseTemplate::new(429).insert_header("retry-after", "3600")).await;
    hostile(account(&api), DEADLINE, &[1, 3]).await;
}

#[tokio::test]
async fn api_that_is_always_503() {
    let api = FakeApi::empty().await;
    api.always(ResponseTemplate::new(503)).await;
    hostile(account(&api), DEADLINE, &[1, 3]).await;
}

#[tokio::test]
async fn api_that_answers_html_with_200() {
    let api = users_me(
        ResponseTemplate::new(200)
            .insert_header("content-type", "text/html")
            .set_body_string("<html>\u{1b}[2J login</html>"),
    )
    .await;
    hostile(account(&api), DEADLINE, &[1, 3]).await;
}

#[tokio::test]
async fn api_that_truncates_its_json() {
    let api =
        users_me(ResponseTemplate::new(200).set_body_string("{\"id\": 987654321, \"nick")).await;
    hostile(account(&api), DEADLINE, &[1, 3]).await;
}

#[tokio::test]
async fn api_that_answers_invalid_utf8() {
    let api = users_me(
        ResponseTemplate::new(401).set_body_bytes(b"{\"message\":\"\xff\xfe\xc0\"}".to_vec()),
    )
    .await;
    hostile(account(&api), DEADLINE, &[1, 3]).await;
}

#[tokio::test]
async fn api_that_nests_json_ten_thousand_deep() {
    let body = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let api = users_me(ResponseTemplate::new(200).set_body_string(body)).await;
    hostile(account(&api), DEADLINE, &[1, 3]).await;
}

#[tokio::test]
async fn api_that_sends_huge_numbers() {
    let mut body = user_body(&Account::default());
    body["id"] = json!(1e308);
    let api = users_me(ResponseTemplate::new(200).set_body_json(body)).await;
    hostile(account(&api), DEADLINE, &[1, 3]).await;
}

#[tokio::test]
async fn api_that_redirects_to_another_host() {
    let api = users_me(
        ResponseTemplate::new(302)
            .insert_header("location", format!("http://127.0.0.1:9/steal?t={TOKEN}")),
    )
    .await;
    hostile(account(&api), DEADLINE, &[1, 3]).await;
}

#[tokio::test]
async fn api_that_is_slow_past_the_deadline() {
    let api = users_me(ResponseTemplate::new(200).set_delay(Duration::from_secs(30))).await;
    hostile(account(&api).args(["--timeout", "30"]), DEADLINE, &[3]).await;
}

// ---------------------------------------------------------------------------------------
// The merchant's servers misbehave.

/// `check --only checkout-tls,checkout-page` against a TLS server on loopback.
fn checkout(port: u16, pki: &Pki) -> Run {
    mp_golive([
        "check",
        "--only",
        "checkout-tls,checkout-page",
        "--checkout-url",
        &format!("https://{}:{port}/checkout", tls_server::HOST),
        "--ca-file",
        &pki.ca_path(),
        "--resolve",
        &format!("{}:{port}:127.0.0.1", tls_server::HOST),
        "--deadline",
        &DEADLINE.to_string(),
        "--timeout",
        "1",
    ])
    .env("MP_PUBLIC_KEY", PUBLIC_KEY)
    .env("MP_ACCESS_TOKEN", TOKEN)
}

#[tokio::test]
async fn checkout_page_that_echoes_the_token_and_escapes() {
    let pki = Pki::new();
    let body =
        format!("<html><title>\u{1b}]0;x\u{7}</title><script>var t='{TOKEN}';</script></html>");
    let port = tls_server::start(
        pki.leaf(&Leaf::default(), true),
        ServerOptions {
            reply: Reply::page(&body),
            ..ServerOptions::default()
        },
    )
    .await;
    hostile(checkout(port, &pki), DEADLINE, &[1, 3]).await;
}

#[tokio::test]
async fn checkout_server_that_never_answers() {
    let server = raw_tcp::start(Behaviour::Hang).await;
    let port: u16 = server.url.rsplit(':').next().unwrap().parse().unwrap();
    hostile(checkout(port, &Pki::new()), DEADLINE, &[1, 3]).await;
}

#[tokio::test]
async fn checkout_server_that_speaks_garbage() {
    let server = raw_tcp::start(Behaviour::Immediate(
        b"\x1b[2J\x1b]52;c;eA==\x07 no tls".to_vec(),
    ))
    .await;
    let port: u16 = server.url.rsplit(':').next().unwrap().parse().unwrap();
    hostile(checkout(port, &Pki::new()), DEADLINE, &[1, 3]).await;
}

#[tokio::test]
async fn checkout_page_of_ten_mib() {
    let pki = Pki::new();
    let body = format!(
        "<html><body>{}</body></html>",
        "<p>x</p>".repeat(10 * 1024 * 1024 / 8)
    );
    let port = tls_server::start(
        pki.leaf(&Leaf::default(), true),
        ServerOptions {
            reply: Reply::page(&body),
            ..ServerOptions::default()
        },
    )
    .await;
    hostile(checkout(port, &pki), DEADLINE, &[0, 1, 3]).await;
}

#[tokio::test]
async fn checkout_headers_with_escapes() {
    let pki = Pki::new();
    let port = tls_server::start(
        pki.leaf(&Leaf::default(), true),
        ServerOptions {
            reply: Reply::page("<html></html>")
                .header("strict-transport-security", "max-age=\u{1b}[2J")
                .header("location", &format!("/x?{WEBHOOK_SECRET}")),
            ..ServerOptions::default()
        },
    )
    .await;
    hostile(checkout(port, &pki), DEADLINE, &[0, 1, 3]).await;
}

/// `check --only notifications` against a receiver, with the canary secret.
fn notifications(rx: &receiver::Receiver) -> Run {
    mp_golive([
        "check",
        "--only",
        "notifications",
        "--webhook-url",
        &rx.url("/webhooks"),
        "--allow-private-addresses",
        "--deadline",
        &DEADLINE.to_string(),
        "--timeout",
        "1",
    ])
    .args(rx.args())
    .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
    .env("MP_ACCESS_TOKEN", TOKEN)
}

#[tokio::test]
async fn receiver_that_quotes_part_of_the_secret() {
    let rx = receiver::start(Mode::Fixed {
        status: 401,
        headers: vec![],
        body: format!("expected signature made with {}…", &WEBHOOK_SECRET[3..20]),
    })
    .await;
    hostile(notifications(&rx), DEADLINE, &[1, 3]).await;
}

#[tokio::test]
async fn receiver_that_echoes_the_secret_upper_cased() {
    let rx = receiver::start(Mode::Fixed {
        status: 500,
        headers: vec![],
        body: WEBHOOK_SECRET.to_uppercase(),
    })
    .await;
    hostile(notifications(&rx), DEADLINE, &[1, 3]).await;
}

#[tokio::test]
async fn receiver_that_answers_escapes() {
    let rx = receiver::start(Mode::Fixed {
        status: 500,
        headers: vec![],
        body: "\u{1b}[2J\u{1b}]52;c;ZXZpbA==\u{7}\u{9b}31m".to_owned(),
    })
    .await;
    hostile(notifications(&rx), DEADLINE, &[1, 3]).await;
}

#[tokio::test]
async fn receiver_that_never_answers() {
    let rx = receiver::start(Mode::Stall).await;
    hostile(notifications(&rx), DEADLINE, &[1, 3]).await;
}

#[tokio::test]
async fn receiver_that_resets() {
    let rx = receiver::start(Mode::Reset).await;
    hostile(notifications(&rx), DEADLINE, &[1, 3]).await;
}

#[tokio::test]
async fn webhook_send_to_a_receiver_that_echoes_the_secret() {
    let rx = receiver::start(Mode::Fixed {
        status: 200,
        headers: vec![],
        body: format!("ok {WEBHOOK_SECRET} \u{1b}]0;t\u{7}"),
    })
    .await;
    let out = mp_golive(["webhook", "send", "--url", &rx.url("/webhooks")])
        .args(rx.args())
        .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
        .run_async()
        .await;
    out.expect_code(0);
    let lower = out.all().to_lowercase();
    assert!(
        !canary_runs().iter().any(|r| lower.contains(r.as_str())) && !lower.contains('\u{1b}'),
        "{}",
        out.all()
    );
}
