//! The Mercado Pago API client through the real binary: retries, error bodies, size cap,
//! hanging servers, the deadline, Ctrl-C, the per-run cache and concurrency.

use std::collections::HashMap;
use std::time::Duration;

use wiremock::ResponseTemplate;

use crate::common::credentials_json;
use crate::support::fake_api::*;
use crate::support::raw_tcp::{self, Behaviour};

fn error_message(out: &crate::common::Output) -> String {
    out.check("credentials").to_string()
}

#[tokio::test]
async fn rate_limit_is_retried_after_retry_after() {
    let api = FakeApi::ready().await;
    api.rate_limit_once("/users/me").await;
    let out = credentials_json(&api.url()).run_async().await;
    out.expect_code(0);
    assert_eq!(api.count("/users/me").await, 2);
}

#[tokio::test]
async fn server_errors_are_retried_a_bounded_number_of_times() {
    let api = FakeApi::ready().await;
    api.always(ResponseTemplate::new(500).set_body_json(serde_json::json!({"message": "internal_error", "error": "internal_server_error", "status": 500, "cause": []}))).await;
    let out = credentials_json(&api.url()).run_async().await;
    out.expect_code(3);
    let doc = out.json();
    assert_eq!(doc["verdict"], "incomplete");
    let c = out.check("credentials");
    assert_eq!(c["status"], "error");
    assert!(
        out.codes("credentials")
            .contains(&"credentials/api-error".to_owned())
    );
    assert!(c["summary"].as_str().unwrap().contains("HTTP 500"), "{c}");
    assert!(c.to_string().contains("after 3 attempts"), "{c}");
    assert_eq!(api.count("/users/me").await, 3, "three attempts, no more");
}

#[tokio::test]
async fn html_error_page_is_named_as_such() {
    let api = FakeApi::ready().await;
    api.always(html_502()).await;
    let out = credentials_json(&api.url()).run_async().await;
    out.expect_code(3);
    assert!(
        error_message(&out).contains("HTML page instead of JSON"),
        "{}",
        out.stdout
    );
}

#[tokio::test]
async fn html_page_with_status_200_is_a_decode_error() {
    let api = FakeApi::ready().await;
    api.always(
        ResponseTemplate::new(200)
            .insert_header("content-type", "text/html")
            .set_body_string("<html>login</html>"),
    )
    .await;
    let out = credentials_json(&api.url()).run_async().await;
    out.expect_code(3);
    assert!(
        error_message(&out).contains("HTML page instead of JSON"),
        "{}",
        out.stdout
    );
}

#[tokio::test]
async fn truncated_json_is_reported() {
    let server = raw_tcp::start(Behaviour::Bytes(raw_tcp::json_response(
        200,
        "{\"id\": 987654321, \"nickname\": \"MY",
    )))
    .await;
    let out = credentials_json(&server.url).run_async().await;
    out.expect_code(3);
    assert!(error_message(&out).contains("truncated"), "{}", out.stdout);
}

#[tokio::test]
async fn garbage_instead_of_http_is_an_error_not_a_panic() {
    let server = raw_tcp::start(Behaviour::Bytes(
        b"\x16\x03\x01 definitely not http\r\n\r\n".to_vec(),
    ))
    .await;
    let out = credentials_json(&server.url).run_async().await;
    out.expect_code(3);
    assert_eq!(out.check("credentials")["status"], "error");
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
}

#[tokio::test]
async fn huge_answers_are_capped() {
    let declared = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 104857600\r\n\r\n{\"id\":".to_vec();
    let server = raw_tcp::start(Behaviour::Bytes(declared)).await;
    let out = credentials_json(&server.url).run_async().await;
    out.expect_code(3);
    assert!(
        error_message(&out).contains("larger than"),
        "{}",
        out.stdout
    );

    let api = FakeApi::ready().await;
    let body = format!("[\"{}\"]", "x".repeat(5 * 1024 * 1024));
    api.always(ResponseTemplate::new(200).set_body_raw(body, "application/json"))
        .await;
    let out = credentials_json(&api.url()).run_async().await;
    out.expect_code(3);
    assert!(
        error_message(&out).contains("larger than"),
        "{}",
        out.stdout
    );
}

#[tokio::test]
async fn hanging_server_times_out_per_request() {
    let server = raw_tcp::start(Behaviour::Hang).await;
    let out = credentials_json(&server.url)
        .args(["--timeout", "0.3"])
        .run_async()
        .await;
    out.expect_code(3);
    assert!(
        error_message(&out).contains(&format!(
            "no answer from {} within 0.3 s",
            server.url.trim_start_matches("http://")
        )),
        "{}",
        out.stdout
    );
}

/// The whole API accepts and never answers: each resource costs its first attempt and one
/// retry, not three timeouts, and the checks that need `/users/me` all wait on that one
/// fetch (the run asks for it twice in all, not twice per check).
#[tokio::test]
async fn a_hanging_api_gets_one_retry_per_resource() {
    let (server, log) = raw_tcp::scripted(|_, _| None).await;
    let out = crate::common::check_json(&server.url)
        .args(["--timeout", "1", "--deadline", "30", "--payment-id", "123"])
        .run_async()
        .await;
    out.expect_code(3);
    let log = log.lock().unwrap().clone();
    let mut per_line: HashMap<&str, usize> = HashMap::new();
    for line in &log {
        *per_line.entry(line.as_str()).or_default() += 1;
    }
    assert_eq!(per_line.get("GET /users/me HTTP/1.1"), Some(&2), "{log:?}");
    assert_eq!(
        per_line.get("GET /v1/payments/123 HTTP/1.1"),
        Some(&2),
        "{log:?}"
    );
    assert!(per_line.values().all(|n| *n == 2), "{per_line:?}");
    for id in ["credentials", "pix-key", "reports"] {
        let c = out.check(id);
        assert_eq!(c["status"], "error", "{c}");
        let summary = c["summary"].as_str().unwrap();
        assert!(summary.contains("GET /users/me"), "{c}");
        assert!(summary.contains("within 1 s (after 2 attempts)"), "{c}");
    }
    // Every fetch gave up on its own, long before the run's deadline cut anything.
    assert!(!out.stdout.contains("/deadline"), "{}", out.stdout);
}

/// The first `/users/me` never answers, the retry does: the one retry after a timeout is
/// there, and it is enough.
#[tokio::test]
async fn a_request_that_timed_out_is_retried_once() {
    fn respond(line: &str, earlier: usize) -> Option<Vec<u8>> {
        let a = Account::default();
        let body = if line.contains("/users/me") {
            if earlier == 0 {
                return None;
            }
            user_body(&a)
        } else {
            wrapper_body(&a, a.client_id)
        };
        Some(raw_tcp::json_response(200, &body.to_string()))
    }
    let (server, log) = raw_tcp::scripted(respond).await;
    let out = credentials_json(&server.url)
        .args(["--timeout", "1"])
        .run_async()
        .await;
    out.expect_code(0);
    assert_eq!(out.check("credentials")["status"], "pass");
    let log = log.lock().unwrap().clone();
    let users_me = log
        .iter()
        .filter(|l| l.starts_with("GET /users/me "))
        .count();
    assert_eq!(users_me, 2, "{log:?}");
}

/// The first attempt times out with less than a retry at its worst (backoff plus a whole
/// timeout) left before the deadline: no retry is started, and the timeout is reported
/// rather than a cut at the deadline.
#[tokio::test]
async fn no_retry_starts_that_could_not_end_before_the_deadline() {
    let (server, log) = raw_tcp::scripted(|_, _| None).await;
    let out = credentials_json(&server.url)
        .args(["--timeout", "2", "--deadline", "4"])
        .run_async()
        .await;
    out.expect_code(3);
    let c = out.check("credentials");
    let summary = c["summary"].as_str().unwrap();
    assert!(summary.contains("GET /users/me"), "{c}");
    assert!(summary.contains("within 2 s"), "{c}");
    assert!(!summary.contains("(after"), "one attempt: {c}");
    assert_ne!(out.codes("credentials"), ["credentials/deadline"], "{c}");
    let log = log.lock().unwrap().clone();
    let users_me = log
        .iter()
        .filter(|l| l.starts_with("GET /users/me "))
        .count();
    assert_eq!(users_me, 1, "{log:?}");
}

#[tokio::test]
async fn deadline_reports_unfinished_checks_as_error() {
    let server = raw_tcp::start(Behaviour::Hang).await;
    let out = credentials_json(&server.url)
        .args(["--timeout", "60", "--deadline", "0.5"])
        .run_async()
        .await;
    out.expect_code(3);
    let c = out.check("credentials");
    assert_eq!(c["status"], "error");
    assert!(c["summary"].as_str().unwrap().contains("deadline"), "{c}");
    assert_eq!(out.codes("credentials"), ["credentials/deadline"]);
}

#[tokio::test]
async fn unreachable_api_is_an_error() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let out = credentials_json(&url).run_async().await;
    out.expect_code(3);
    assert!(
        error_message(&out).contains("connection refused"),
        "{}",
        out.stdout
    );
}

#[cfg(unix)]
#[tokio::test]
async fn ctrl_c_prints_what_finished_and_exits_130() {
    let server = raw_tcp::start(Behaviour::Hang).await;
    let (mut cmd, _tmp) = credentials_json(&server.url)
        .args(["--timeout", "60"])
        .command();
    let accepted = server.on_accept.notified();
    tokio::pin!(accepted);
    accepted.as_mut().enable();
    let child = cmd.spawn().expect("spawn");
    tokio::time::timeout(Duration::from_secs(30), accepted)
        .await
        .expect("the binary connected");
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let out = tokio::task::spawn_blocking(move || child.wait_with_output())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(out.status.code(), Some(130));
    let doc: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("the report still prints");
    assert_eq!(doc["checks"][0]["status"], "error");
    assert!(
        doc["checks"][0]["summary"]
            .as_str()
            .unwrap()
            .contains("interrupted")
    );
}

#[tokio::test]
async fn no_endpoint_is_requested_twice_and_the_token_goes_only_where_needed() {
    let api = FakeApi::ready().await;
    credentials_json(&api.url())
        .args(["--only", "credentials"])
        .run_async()
        .await
        .expect_code(0);
    let mut seen: HashMap<String, usize> = HashMap::new();
    for r in api.requests().await {
        let has_auth = r.headers.contains_key("authorization");
        let has_key = r.url.query().is_some_and(|q| q.contains("public_key"));
        assert!(
            !(has_auth && has_key),
            "the token was sent with a public-key call: {}",
            r.url
        );
        assert_eq!(
            r.headers.get("user-agent").unwrap().to_str().unwrap(),
            concat!("mp-golive/", env!("CARGO_PKG_VERSION"))
        );
        *seen
            .entry(format!("{} {} auth={has_auth}", r.method, r.url))
            .or_default() += 1;
    }
    assert_eq!(
        seen.len(),
        3,
        "users/me, wrapper with token, wrapper with key: {seen:?}"
    );
    assert!(seen.values().all(|n| *n == 1), "{seen:?}");
}

#[tokio::test]
async fn credential_requests_are_concurrent() {
    fn respond(line: &str) -> Vec<u8> {
        let a = Account::default();
        let body = if line.contains("/users/me") {
            user_body(&a)
        } else {
            wrapper_body(&a, a.client_id)
        };
        raw_tcp::json_response(200, &body.to_string())
    }
    let (server, peak) = raw_tcp::gate(3, Duration::from_secs(10), respond).await;
    let out = credentials_json(&server.url)
        .args(["--only", "credentials"])
        .run_async()
        .await;
    out.expect_code(0);
    assert_eq!(
        peak.load(std::sync::atomic::Ordering::SeqCst),
        3,
        "the three requests were in flight at once"
    );
}

/// Through the library: concurrent callers of one resource share a single request.
#[tokio::test]
async fn concurrent_callers_share_one_request() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let api = FakeApi::ready().await;
    // The client takes its own options: no configuration layer in between.
    use mp_golive::api::{ApiClient, ApiOptions, RetryPolicy, Token};
    let options = ApiOptions {
        base: format!("{}/", api.url()).parse().unwrap(),
        token: Token::Sendable(mp_golive::secret::Secret::new(TOKEN)),
        retry: RetryPolicy::default(),
        deadline: None,
    };
    let net = mp_golive::net::NetOptions::new(std::time::Duration::from_secs(5), &[], Vec::new());
    let client = ApiClient::new(options, &net).unwrap();
    let (a, b, c) = tokio::join!(client.users_me(), client.users_me(), client.users_me());
    for answer in [a, b, c] {
        assert!(
            matches!(answer, Ok(mp_golive::api::Answer::Ok(ref u)) if u.id == USER_ID.to_string())
        );
    }
    assert_eq!(api.count("/users/me").await, 1);
    assert_eq!(client.requests_sent(), ["GET /users/me"]);
}
