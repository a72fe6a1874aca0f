//! The `pix-key` check: the listing, the skip outside Brazil, and the opt-in probe that
//! creates one Pix payment and cancels it, through the real binary and the fake API.

use serde_json::{Value, json};
use wiremock::Request;

use crate::common::{check_json, mp_golive};
use crate::support::fake_api::*;

const PROBE_ID: u64 = 5466310457;

fn of(requests: &[Request], verb: &str, p: &str) -> Vec<Request> {
    requests
        .iter()
        .filter(|r| r.method.as_str() == verb && r.url.path() == p)
        .cloned()
        .collect()
}

#[tokio::test]
async fn mlb_account_with_pix_passes_with_gets_only() {
    let api = FakeApi::ready().await;
    let out = check_json(&api.url()).run_async().await;
    out.expect_code(0);
    let c = out.check("pix-key");
    assert_eq!(c["status"], "pass", "{c}");
    assert_eq!(c["required"], true, "required by default on MLB");
    assert!(out.codes("pix-key").is_empty(), "{c}");
    let requests = api.requests().await;
    assert!(
        requests.iter().all(|r| r.method.as_str() == "GET"),
        "without --probe-pix only GETs are sent"
    );
    let listing: Vec<_> = of(&requests, "GET", "/v1/payment_methods")
        .into_iter()
        .filter(|r| r.headers.contains_key("authorization"))
        .collect();
    assert_eq!(listing.len(), 1, "the seller's payment methods, once");
}

#[tokio::test]
async fn mlb_account_without_pix_fails_missing() {
    let api = FakeApi::with_account(Account {
        pix: false,
        ..Account::default()
    })
    .await;
    let out = check_json(&api.url()).run_async().await;
    out.expect_code(1);
    assert_eq!(out.codes("pix-key"), ["pix-key/missing"]);
    let f = out.finding("pix-key", "pix-key/missing");
    assert_eq!(f["severity"], "error");
    assert!(f["remedy"].as_str().unwrap().contains("Pix key"), "{f}");
    assert_eq!(out.check("credentials")["status"], "pass");
}

#[tokio::test]
async fn inactive_pix_entry_is_missing() {
    let api = FakeApi::ready().await;
    let mut pix = pix_method(0.01);
    pix["status"] = json!("deactive");
    api.answer("GET", "/v1/payment_methods", 200, json!([pix]))
        .await;
    let out = check_json(&api.url())
        .args(["--only", "pix-key"])
        .run_async()
        .await;
    out.expect_code(1);
    assert_eq!(out.codes("pix-key"), ["pix-key/missing"]);
    assert!(out.stdout.contains("deactive"), "{}", out.stdout);
}

#[tokio::test]
async fn other_sites_are_skipped_with_the_reason() {
    let api = FakeApi::with_account(Account {
        site_id: "MLA",
        ..Account::default()
    })
    .await;
    let out = check_json(&api.url())
        .args(["--probe-pix"])
        .run_async()
        .await;
    out.expect_code(0);
    let c = out.check("pix-key");
    assert_eq!(c["status"], "skip", "{c}");
    assert_eq!(c["required"], false);
    assert!(c["summary"].as_str().unwrap().contains("MLA"), "{c}");
    let requests = api.requests().await;
    // Nothing is created outside Brazil. (The seller's payment methods may be listed beside
    // /users/me, a read that changes nothing; its answer is not read.)
    assert!(
        !requests
            .iter()
            .any(|r| matches!(r.method.as_str(), "POST" | "PUT")),
        "nothing is created outside Brazil"
    );
    assert_eq!(
        api.count("/users/me").await,
        1,
        "the site comes from the shared answer"
    );
}

#[tokio::test]
async fn the_site_setting_wins_over_the_account() {
    let api = FakeApi::ready().await;
    let out = check_json(&api.url())
        .args(["--site", "MLM", "--only", "pix-key"])
        .run_async()
        .await;
    out.expect_code(0);
    assert_eq!(out.check("pix-key")["status"], "skip");
}

#[tokio::test]
async fn missing_token_fails_on_mlb_and_skips_elsewhere() {
    let run = |site: &'static str| {
        mp_golive([
            "check",
            "--format",
            "json",
            "--api-url",
            "http://127.0.0.1:9",
            "--only",
            "pix-key",
            "--site",
            site,
        ])
        .run_async()
    };
    let mlb = run("MLB").await;
    mlb.expect_code(1);
    assert_eq!(mlb.codes("pix-key"), ["pix-key/not-configured"]);
    let mla = run("MLA").await;
    mla.expect_code(0);
    assert_eq!(mla.check("pix-key")["status"], "skip");
}

#[tokio::test]
async fn unreadable_listing_is_an_error_not_a_pass() {
    let api = FakeApi::ready().await;
    api.answer(
        "GET",
        "/v1/payment_methods",
        404,
        json!({"message": "not_found", "error": "not_found", "status": 404, "cause": []}),
    )
    .await;
    let out = check_json(&api.url())
        .args(["--only", "pix-key"])
        .run_async()
        .await;
    out.expect_code(3);
    assert_eq!(out.check("pix-key")["status"], "error");
    assert_eq!(out.codes("pix-key"), ["pix-key/api-error"]);
}

#[tokio::test]
async fn probe_creates_one_payment_and_cancels_it() {
    let api = FakeApi::ready().await;
    api.pix_probe_creates(PROBE_ID, 200).await;
    let out = check_json(&api.url())
        .args(["--probe-pix"])
        .run_async()
        .await;
    out.expect_code(0);
    let c = out.check("pix-key");
    assert_eq!(c["status"], "pass", "{c}");
    assert!(out.codes("pix-key").is_empty());
    assert!(
        c["summary"]
            .as_str()
            .unwrap()
            .contains(&PROBE_ID.to_string()),
        "{c}"
    );

    let requests = api.requests().await;
    let posts = of(&requests, "POST", "/v1/payments");
    assert_eq!(posts.len(), 1, "exactly one payment per run");
    let post = &posts[0];
    let key = post
        .headers
        .get("x-idempotency-key")
        .expect("the POST carries an idempotency key")
        .to_str()
        .unwrap();
    assert_eq!(key.len(), 36, "a UUID: {key}");
    assert_eq!(
        post.headers.get("authorization").unwrap().to_str().unwrap(),
        format!("Bearer {TOKEN}")
    );
    let body: Value = serde_json::from_slice(&post.body).unwrap();
    assert_eq!(body["payment_method_id"], "pix");
    assert_eq!(body["transaction_amount"], 0.01, "the pix entry's minimum");
    assert!(
        body["external_reference"]
            .as_str()
            .unwrap()
            .starts_with("mp-golive-probe-"),
        "{body}"
    );
    let expiry = body["date_of_expiration"].as_str().unwrap();
    assert!(
        expiry.len() == 29 && expiry.ends_with(".000-03:00") && expiry.as_bytes()[10] == b'T',
        "{expiry}"
    );

    let puts = of(&requests, "PUT", &format!("/v1/payments/{PROBE_ID}"));
    assert_eq!(puts.len(), 1, "cancelled once");
    let cancel: Value = serde_json::from_slice(&puts[0].body).unwrap();
    assert_eq!(cancel, json!({"status": "cancelled"}));
    assert!(
        !puts[0].headers.contains_key("x-idempotency-key"),
        "only the POST needs one"
    );
    let post_at = requests.iter().position(|r| r.method.as_str() == "POST");
    let put_at = requests.iter().position(|r| r.method.as_str() == "PUT");
    assert!(post_at < put_at, "cancelled after it was created");
    assert_eq!(
        requests.len()
            - requests
                .iter()
                .filter(|r| r.method.as_str() == "GET")
                .count(),
        2
    );
}

#[tokio::test]
async fn probe_amount_falls_back_to_one_real() {
    let api = FakeApi::ready().await;
    api.answer("GET", "/v1/payment_methods", 200, json!([pix_method(0.0)]))
        .await;
    api.pix_probe_creates(PROBE_ID, 200).await;
    check_json(&api.url())
        .args(["--probe-pix", "--only", "pix-key"])
        .run_async()
        .await
        .expect_code(0);
    let requests = api.requests().await;
    let body: Value =
        serde_json::from_slice(&of(&requests, "POST", "/v1/payments")[0].body).unwrap();
    assert_eq!(body["transaction_amount"], 1.0);
}

#[tokio::test]
async fn probe_refused_with_13253_is_missing() {
    let api = FakeApi::ready().await;
    api.answer("POST", "/v1/payments", 400, no_pix_key_body())
        .await;
    let out = check_json(&api.url())
        .args(["--probe-pix"])
        .run_async()
        .await;
    out.expect_code(1);
    assert_eq!(out.codes("pix-key"), ["pix-key/missing"]);
    let msg = out.finding("pix-key", "pix-key/missing")["message"].to_string();
    assert!(msg.contains("13253"), "{msg}");
    let requests = api.requests().await;
    assert_eq!(of(&requests, "POST", "/v1/payments").len(), 1);
    assert!(
        !requests.iter().any(|r| r.method.as_str() == "PUT"),
        "nothing was created, nothing to cancel"
    );
}

#[tokio::test]
async fn failed_cancel_names_the_payment() {
    let api = FakeApi::ready().await;
    api.pix_probe_creates(PROBE_ID, 404).await;
    let out = check_json(&api.url())
        .args(["--probe-pix"])
        .run_async()
        .await;
    out.expect_code(1);
    assert_eq!(out.codes("pix-key"), ["pix-key/probe-not-cancelled"]);
    let f = out.finding("pix-key", "pix-key/probe-not-cancelled");
    let msg = f["message"].as_str().unwrap();
    assert!(
        msg.contains(&format!("v1/payments/{PROBE_ID}")) && msg.contains("cancelled"),
        "names the payment and how to cancel it: {msg}"
    );
    assert_eq!(f["severity"], "error");
    let requests = api.requests().await;
    assert_eq!(of(&requests, "POST", "/v1/payments").len(), 1);
    assert_eq!(
        of(&requests, "PUT", &format!("/v1/payments/{PROBE_ID}")).len(),
        1,
        "a failed cancel is reported, not hammered"
    );
    assert!(!out.all().contains(TOKEN));
}

#[tokio::test]
async fn probe_refused_for_another_reason_is_inconclusive_and_not_retried() {
    let api = FakeApi::ready().await;
    api.answer(
        "POST",
        "/v1/payments",
        401,
        json!({"message": "Unauthorized use of live credentials", "error": "unauthorized", "status": 401,
               "cause": [{"code": 7, "description": "Unauthorized use of live credentials"}]}),
    )
    .await;
    let out = check_json(&api.url())
        .args(["--probe-pix", "--only", "pix-key"])
        .run_async()
        .await;
    out.expect_code(0);
    assert_eq!(out.check("pix-key")["status"], "warn");
    assert_eq!(out.codes("pix-key"), ["pix-key/probe-inconclusive"]);

    let api = FakeApi::ready().await;
    api.answer(
        "POST",
        "/v1/payments",
        503,
        json!({"message": "unavailable"}),
    )
    .await;
    let out = check_json(&api.url())
        .args(["--probe-pix", "--only", "pix-key"])
        .run_async()
        .await;
    // A gateway error may come after the payment was created: it is named, not forgotten.
    assert_eq!(out.codes("pix-key"), ["pix-key/probe-unanswered"]);
    assert!(out.stdout.contains("mp-golive-probe-"), "{}", out.stdout);
    assert_eq!(
        of(&api.requests().await, "POST", "/v1/payments").len(),
        1,
        "a POST is never retried, even on 503"
    );
}

#[tokio::test]
async fn unreadable_probe_answer_warns_with_the_reference() {
    let api = FakeApi::ready().await;
    api.server
        .register(
            wiremock::Mock::given(wiremock::matchers::method("POST"))
                .and(wiremock::matchers::path("/v1/payments"))
                .respond_with(
                    wiremock::ResponseTemplate::new(201)
                        .insert_header("content-type", "text/html")
                        .set_body_string("<html>created</html>"),
                )
                .with_priority(1),
        )
        .await;
    let out = check_json(&api.url())
        .args(["--probe-pix", "--only", "pix-key"])
        .run_async()
        .await;
    assert_eq!(out.codes("pix-key"), ["pix-key/probe-unanswered"]);
    let requests = api.requests().await;
    let body: Value =
        serde_json::from_slice(&of(&requests, "POST", "/v1/payments")[0].body).unwrap();
    let reference = body["external_reference"].as_str().unwrap();
    assert!(
        out.stdout.contains(reference),
        "names {reference}: {}",
        out.stdout
    );
    assert_eq!(of(&requests, "POST", "/v1/payments").len(), 1);
    assert!(!requests.iter().any(|r| r.method.as_str() == "PUT"));
}

#[tokio::test]
async fn explain_documents_every_code() {
    let out = mp_golive(["explain", "pix-key"]).run_async().await;
    out.expect_code(0);
    for code in [
        "missing",
        "probe-not-cancelled",
        "probe-inconclusive",
        "probe-unanswered",
        "not-configured",
        "api-error",
    ] {
        assert!(out.stdout.contains(&format!("pix-key/{code}")), "{code}");
    }
    assert!(out.stdout.contains("13253") && out.stdout.contains("on MLB"));
}

/// The run's deadline passes while the cancel is in flight: the report still names the
/// created payment and how to cancel it.
#[tokio::test]
async fn a_deadline_during_the_cancel_still_names_the_payment() {
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, ResponseTemplate};
    let api = FakeApi::ready().await;
    Mock::given(method("PUT"))
        .and(path(format!("/v1/payments/{PROBE_ID}")))
        .respond_with(ResponseTemplate::new(200).set_delay(std::time::Duration::from_secs(30)))
        .with_priority(1)
        .mount(&api.server)
        .await;
    api.pix_probe_creates(PROBE_ID, 200).await;
    let out = check_json(&api.url())
        .args([
            "--probe-pix",
            "--only",
            "pix-key",
            "--deadline",
            "3",
            "--timeout",
            "30",
        ])
        .run_async()
        .await;
    out.expect_code(1);
    let c = out.check("pix-key");
    assert_eq!(c["status"], "fail", "{c}");
    let text = c.to_string();
    assert!(
        out.codes("pix-key")
            .contains(&"pix-key/probe-not-cancelled".to_owned()),
        "{text}"
    );
    assert!(
        text.contains(&format!("PUT /v1/payments/{PROBE_ID}")),
        "{text}"
    );
}

/// When the account's site cannot be learnt, Pix might be required: unknown is not ready.
#[tokio::test]
async fn an_unknown_site_keeps_pix_required() {
    let api = FakeApi::ready().await;
    api.always(wiremock::ResponseTemplate::new(503)).await;
    let out = check_json(&api.url())
        .args(["--only", "pix-key"])
        .run_async()
        .await;
    out.expect_code(3);
    let c = out.check("pix-key");
    assert_eq!(
        (c["status"].as_str(), c["required"].as_bool()),
        (Some("error"), Some(true)),
        "{c}"
    );
}

/// A payment created in test mode, or already final, proves nothing about the key.
#[tokio::test]
async fn a_test_mode_or_final_probe_payment_proves_nothing() {
    let api = FakeApi::ready().await;
    let mut created = serde_json::json!({"id": PROBE_ID, "status": "pending", "live_mode": false, "payment_method_id": "pix"});
    api.answer("POST", "/v1/payments", 201, created.clone())
        .await;
    api.answer(
        "PUT",
        &format!("/v1/payments/{PROBE_ID}"),
        200,
        serde_json::json!({"id": PROBE_ID, "status": "cancelled"}),
    )
    .await;
    let out = check_json(&api.url())
        .args(["--probe-pix", "--only", "pix-key"])
        .run_async()
        .await;
    assert_eq!(out.codes("pix-key"), ["pix-key/probe-inconclusive"]);
    assert!(out.stdout.contains("live mode"), "{}", out.stdout);
    assert_eq!(
        of(
            &api.requests().await,
            "PUT",
            &format!("/v1/payments/{PROBE_ID}")
        )
        .len(),
        1,
        "still cancelled"
    );

    let api = FakeApi::ready().await;
    created["status"] = serde_json::json!("rejected");
    created["live_mode"] = serde_json::json!(true);
    api.answer("POST", "/v1/payments", 201, created).await;
    let out = check_json(&api.url())
        .args(["--probe-pix", "--only", "pix-key"])
        .run_async()
        .await;
    assert_eq!(out.codes("pix-key"), ["pix-key/probe-inconclusive"]);
    assert_eq!(
        of(
            &api.requests().await,
            "PUT",
            &format!("/v1/payments/{PROBE_ID}")
        )
        .len(),
        0,
        "nothing to cancel"
    );
}

/// Unix seconds of `yyyy-MM-ddTHH:mm:ss.000-03:00` (Brasília), by the civil-from-days
/// inverse, so the test does not trust the code it checks.
fn brasilia_unix(text: &str) -> i64 {
    let n = |r: std::ops::Range<usize>| text[r].parse::<i64>().unwrap();
    assert!(text.ends_with(".000-03:00"), "{text}");
    let (y, m, d) = (n(0..4), n(5..7), n(8..10));
    let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * m + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    days * 86_400 + n(11..13) * 3600 + n(14..16) * 60 + n(17..19) + 3 * 3600
}

#[test]
fn brasilia_times_read_back() {
    assert_eq!(brasilia_unix("1969-12-31T21:00:00.000-03:00"), 0);
    assert_eq!(
        brasilia_unix("2024-02-29T09:34:56.000-03:00"),
        1_709_210_096
    );
}

/// The probe payment expires by itself 35 minutes after it is created, should the cancel
/// never happen (Mercado Pago accepts 30 minutes at the least).
#[tokio::test]
async fn the_probe_payment_expires_35_minutes_after_the_run() {
    let api = FakeApi::ready().await;
    api.pix_probe_creates(PROBE_ID, 200).await;
    let now = || {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64
    };
    let before = now();
    check_json(&api.url())
        .args(["--probe-pix", "--only", "pix-key"])
        .run_async()
        .await
        .expect_code(0);
    let after = now();
    let requests = api.requests().await;
    let body: Value =
        serde_json::from_slice(&of(&requests, "POST", "/v1/payments")[0].body).unwrap();
    let expiry = brasilia_unix(body["date_of_expiration"].as_str().unwrap());
    assert!(
        before + 35 * 60 <= expiry && expiry <= after + 35 * 60,
        "expiry {expiry} not 35 minutes after the run ({before}..{after})"
    );
}

/// A created payment whose answer has no usable id cannot be cancelled: it is named by its
/// reference, and no PUT goes to a made-up path.
#[tokio::test]
async fn a_probe_payment_without_a_usable_id_is_named_by_its_reference() {
    for id in [json!("abc"), json!(""), Value::Null] {
        let api = FakeApi::ready().await;
        api.answer(
            "POST",
            "/v1/payments",
            201,
            json!({"id": id, "status": "pending", "live_mode": true, "payment_method_id": "pix"}),
        )
        .await;
        let out = check_json(&api.url())
            .args(["--probe-pix", "--only", "pix-key"])
            .run_async()
            .await;
        out.expect_code(1);
        assert_eq!(
            out.codes("pix-key"),
            ["pix-key/probe-not-cancelled"],
            "{id}"
        );
        let msg = out.finding("pix-key", "pix-key/probe-not-cancelled")["message"]
            .as_str()
            .unwrap()
            .to_owned();
        assert!(
            msg.contains("external_reference mp-golive-probe-")
                && msg.contains("no usable payment id"),
            "{msg}"
        );
        let requests = api.requests().await;
        assert!(
            !requests.iter().any(|r| r.method.as_str() == "PUT"),
            "{id}: nothing to cancel by id"
        );
    }
}

/// A cancel answered 200 but with another status did not cancel anything.
#[tokio::test]
async fn a_cancel_that_leaves_the_payment_pending_is_not_a_cancel() {
    let api = FakeApi::ready().await;
    api.answer(
        "POST",
        "/v1/payments",
        201,
        pix_payment_body(PROBE_ID, "pending"),
    )
    .await;
    api.answer(
        "PUT",
        &format!("/v1/payments/{PROBE_ID}"),
        200,
        pix_payment_body(PROBE_ID, "pending"),
    )
    .await;
    let out = check_json(&api.url())
        .args(["--probe-pix", "--only", "pix-key"])
        .run_async()
        .await;
    out.expect_code(1);
    assert_eq!(out.codes("pix-key"), ["pix-key/probe-not-cancelled"]);
    let f = out.finding("pix-key", "pix-key/probe-not-cancelled");
    assert!(
        f["message"].as_str().unwrap().contains("now `pending`"),
        "{f}"
    );
}

/// The API accepts and never answers, the per-request timeout is longer than the run's
/// deadline: the check cannot finish, whatever the machine's speed. The site stays unknown,
/// so Pix stays required and the verdict is incomplete.
#[tokio::test]
async fn an_api_that_never_answers_meets_the_deadline() {
    use crate::support::raw_tcp::{self, Behaviour};
    let api = raw_tcp::start(Behaviour::Hang).await;
    let out = check_json(&api.url)
        .args(["--only", "pix-key", "--timeout", "60", "--deadline", "1"])
        .run_async()
        .await;
    out.expect_code(3);
    assert_eq!(out.json()["verdict"], "incomplete");
    assert_eq!(out.check("pix-key")["required"], true);
    crate::codes::assert_cut_short(&out, "pix-key/deadline");
}

/// With the site given, the account and the listing are asked together: a gate in front of
/// the API holds every connection until two are open at once.
#[tokio::test]
async fn with_the_site_given_the_account_and_the_listing_are_asked_together() {
    use crate::support::tcp_proxy;
    let api = FakeApi::ready().await;
    let (port, peak) =
        tcp_proxy::gate(*api.server.address(), 2, std::time::Duration::from_secs(2)).await;
    let out = check_json(&format!("http://127.0.0.1:{port}"))
        .args(["--only", "pix-key", "--site", "MLB"])
        .run_async()
        .await;
    out.expect_code(0);
    assert_eq!(out.check("pix-key")["status"], "pass");
    assert_eq!(
        peak.load(std::sync::atomic::Ordering::SeqCst),
        2,
        "/users/me and /v1/payment_methods were not in flight together"
    );
}

/// Without `--site` too: the site comes from `/users/me`, but the listing does not wait
/// for it.
#[tokio::test]
async fn without_the_site_the_account_and_the_listing_are_asked_together() {
    use crate::support::tcp_proxy;
    let api = FakeApi::ready().await;
    let (port, peak) =
        tcp_proxy::gate(*api.server.address(), 2, std::time::Duration::from_secs(2)).await;
    let out = check_json(&format!("http://127.0.0.1:{port}"))
        .args(["--only", "pix-key"])
        .run_async()
        .await;
    out.expect_code(0);
    assert_eq!(out.check("pix-key")["status"], "pass");
    assert_eq!(
        peak.load(std::sync::atomic::Ordering::SeqCst),
        2,
        "/users/me and /v1/payment_methods were not in flight together"
    );
}
