//! `--official`: payment-quality and notifications ask the fake MCP server
//! (`support::fake_mcp`) through the real binary. What Mercado Pago answers is reported
//! beside the local findings, and every failure of the MCP side is an `error` of that part.

use serde_json::Value;

use crate::common::{Output, check_json, mp_golive, with_config};
use crate::support::fake_api::*;
use crate::support::fake_mcp::{FakeMcp, SESSION, Tool};

const PAYMENT: u64 = 111383868117;
const EVALUATION: &str = "# Quality evaluation\n**Score:** 82/100\n\nImprovements:\n- Send payer.first_name\n- Send items.category_id\n";

async fn api_with_payment() -> FakeApi {
    let api = FakeApi::ready().await;
    api.payment(PAYMENT, complete_checkout_api_payment(PAYMENT))
        .await;
    api
}

fn quality(api: &FakeApi, mcp: &FakeMcp) -> crate::common::Run {
    check_json(&api.url()).args([
        "--only",
        "payment-quality",
        "--payment-id",
        &PAYMENT.to_string(),
        "--official",
        "--mcp-url",
        &mcp.url(),
    ])
}

fn message(out: &Output, check: &str, code: &str) -> String {
    out.finding(check, code)["message"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// `check --official` against an MCP server whose `quality_evaluation` answers `tool`.
/// Only a hanging server gets a short timeout: a 10 MiB answer on a loaded machine may
/// take longer than 1 s, and must not fail the test by timing.
async fn evaluation(tool: Tool, sse: bool) -> (FakeApi, FakeMcp, Output) {
    let timeout = if matches!(tool, Tool::Hang) {
        "1"
    } else {
        "10"
    };
    let api = api_with_payment().await;
    let mcp = FakeMcp::start(&[("quality_evaluation", tool)], sse).await;
    let out = quality(&api, &mcp)
        .args(["--timeout", timeout])
        .run_async()
        .await;
    (api, mcp, out)
}

#[tokio::test]
async fn the_score_and_improvements_are_mercado_pago_s_beside_the_estimate() {
    for sse in [false, true] {
        let (_api, mcp, out) = evaluation(Tool::Text(EVALUATION.to_owned()), sse).await;
        out.expect_code(0);
        let c = out.check("payment-quality");
        assert_eq!(c["status"], "pass", "sse {sse}: {c}");
        let codes = out.codes("payment-quality");
        assert!(
            codes.contains(&"payment-quality/score".to_owned()),
            "{codes:?}"
        );
        let score = message(&out, "payment-quality", "payment-quality/official-score");
        assert!(
            score.contains("82/100") && score.contains("Mercado Pago"),
            "{score}"
        );
        let items = message(
            &out,
            "payment-quality",
            "payment-quality/official-improvements",
        );
        assert!(
            items.contains("Send payer.first_name; Send items.category_id"),
            "{items}"
        );
        // The protocol as the specification has it: the session, then one call.
        let seen = mcp.seen();
        let methods: Vec<&str> = seen
            .iter()
            .filter(|r| r["http"] == "POST")
            .filter_map(|r| r["body"]["method"].as_str())
            .collect();
        assert_eq!(
            methods,
            [
                "initialize",
                "notifications/initialized",
                "tools/list",
                "tools/call"
            ],
            "{seen:?}"
        );
        for r in seen.iter().skip(1).filter(|r| r["http"] == "POST") {
            assert_eq!(r["session"], SESSION, "{r}");
        }
        let calls = mcp.calls();
        assert_eq!(calls[0]["name"], "quality_evaluation");
        assert_eq!(calls[0]["arguments"]["payment_id"], PAYMENT, "a number");
        assert_eq!(calls[0]["arguments"]["application_id"], CLIENT_ID);
        assert_eq!(calls[0]["arguments"]["lang"], "en");
    }
}

#[tokio::test]
async fn a_low_official_score_fails_unless_official_gates_is_off() {
    let low = "Score: 60/100\n- Send payer.first_name";
    let (_api, _mcp, out) = evaluation(Tool::Text(low.to_owned()), false).await;
    assert_eq!(out.check("payment-quality")["status"], "fail");
    let f = out.finding("payment-quality", "payment-quality/official-low-score");
    assert_eq!(f["severity"], "error", "{f}");

    let api = api_with_payment().await;
    let mcp = FakeMcp::start(&[("quality_evaluation", Tool::Text(low.to_owned()))], false).await;
    let dir = with_config("[checks.payment-quality]\nofficial_gates = false\n");
    let out = quality(&api, &mcp).cwd(dir.path()).run_async().await;
    assert_eq!(out.check("payment-quality")["status"], "pass");
    let score = message(&out, "payment-quality", "payment-quality/official-score");
    assert!(score.contains("official_gates = false"), "{score}");
}

#[tokio::test]
async fn not_homologable_is_info_and_an_unreadable_score_is_quoted() {
    let (_api, _mcp, out) = evaluation(Tool::Text("Product not homologable".into()), true).await;
    assert_eq!(out.check("payment-quality")["status"], "pass");
    let f = out.finding("payment-quality", "payment-quality/official-not-applicable");
    assert_eq!(f["severity"], "info", "{f}");

    let text = "Minimum score 75. The evaluation is pending review.";
    let (_api, _mcp, out) = evaluation(Tool::Text(text.into()), false).await;
    assert_eq!(out.check("payment-quality")["status"], "pass");
    let m = message(&out, "payment-quality", "payment-quality/official-unscored");
    assert!(m.contains("pending review"), "{m}");
}

/// The official part failed: `error` with its finding, the local estimate still there.
fn assert_official_error(out: &Output, words: &str) {
    let c = out.check("payment-quality");
    assert_eq!(c["status"], "error", "{c}");
    let m = message(out, "payment-quality", "payment-quality/official-error");
    assert!(m.contains(words), "{m}");
    assert!(
        out.codes("payment-quality")
            .contains(&"payment-quality/score".to_owned()),
        "the local estimate stands: {c}"
    );
}

#[tokio::test]
async fn every_failure_of_the_mcp_side_is_an_error_never_a_pass() {
    let cases = [
        (Tool::Status(500), "HTTP 500"),
        (
            Tool::RpcError(-32000, "internal failure".into()),
            "JSON-RPC error -32000",
        ),
        (
            Tool::IsError("payment not found".into()),
            "payment not found",
        ),
        (Tool::Huge(10 * 1024 * 1024), "larger than"),
    ];
    for (tool, words) in cases {
        let (_api, _mcp, out) = evaluation(tool, false).await;
        assert_official_error(&out, words);
    }
    // A server that lists other tools is not asked for one it does not name.
    let api = api_with_payment().await;
    let mcp = FakeMcp::start(&[("search_documentation", Tool::Text("x".into()))], false).await;
    let out = quality(&api, &mcp).run_async().await;
    assert_official_error(&out, "does not name `quality_evaluation`");
    assert!(mcp.calls().is_empty());
    // Nothing listens.
    let out = check_json(&api.url())
        .args([
            "--only",
            "payment-quality",
            "--payment-id",
            &PAYMENT.to_string(),
        ])
        .args(["--official", "--mcp-url", "http://127.0.0.1:9/mcp"])
        .run_async()
        .await;
    assert_official_error(&out, "127.0.0.1:9");
}

#[tokio::test]
async fn a_hanging_mcp_server_costs_one_timeout() {
    let started = std::time::Instant::now();
    let (_api, _mcp, out) = evaluation(Tool::Hang, false).await;
    assert_official_error(&out, "did not answer within 1 s");
    let f = out.finding("payment-quality", "payment-quality/official-error");
    assert_eq!(f["severity"], "info", "the status says `error`: {f}");
    assert!(started.elapsed().as_secs() < 8, "{:?}", started.elapsed());
}

#[tokio::test]
async fn escape_sequences_and_the_echoed_token_never_reach_the_output() {
    let hostile = format!(
        "\u{1b}]52;c;cHduZWQ=\u{7}\u{1b}[2J Score: 90/100\n- your token is {TOKEN}\n- {}",
        TOKEN.to_lowercase()
    );
    for format in ["json", "human", "markdown", "sarif", "github", "junit"] {
        let api = api_with_payment().await;
        let mcp = FakeMcp::start(
            &[("quality_evaluation", Tool::Text(hostile.clone()))],
            false,
        )
        .await;
        let out = quality(&api, &mcp)
            .args(["--format", format, "-vv"])
            .run_async()
            .await;
        let all = out.all();
        assert!(!all.contains('\u{1b}'), "{format}: {all}");
        let secret_part = &TOKEN[TOKEN.len() - 20..];
        assert!(
            !all.to_lowercase().contains(&secret_part.to_lowercase()),
            "{format}: {all}"
        );
        if format != "sarif" && format != "github" {
            assert!(all.contains("90/100"), "{format}: {all}");
        }
    }
}

#[tokio::test]
async fn without_official_nothing_reaches_the_mcp_server() {
    let api = api_with_payment().await;
    let mcp = FakeMcp::start(
        &[("quality_evaluation", Tool::Text(EVALUATION.into()))],
        false,
    )
    .await;
    let out = check_json(&api.url())
        .args(["--only", "payment-quality,notifications"])
        .args([
            "--payment-id",
            &PAYMENT.to_string(),
            "--mcp-url",
            &mcp.url(),
        ])
        .run_async()
        .await;
    assert!(
        !out.codes("payment-quality")
            .iter()
            .any(|c| c.contains("official"))
    );
    // `official = true` in the file, overridden by --no-official.
    let dir = with_config("official = true\n");
    let out2 = check_json(&api.url())
        .args([
            "--only",
            "payment-quality",
            "--payment-id",
            &PAYMENT.to_string(),
        ])
        .args(["--mcp-url", &mcp.url(), "--no-official"])
        .cwd(dir.path())
        .run_async()
        .await;
    assert!(
        !out2
            .codes("payment-quality")
            .iter()
            .any(|c| c.contains("official"))
    );
    assert_eq!(mcp.seen(), Vec::<Value>::new(), "{out:?}");
    // And the file alone turns it on.
    let out3 = check_json(&api.url())
        .args([
            "--only",
            "payment-quality",
            "--payment-id",
            &PAYMENT.to_string(),
        ])
        .args(["--mcp-url", &mcp.url()])
        .cwd(dir.path())
        .run_async()
        .await;
    assert!(
        out3.codes("payment-quality")
            .contains(&"payment-quality/official-score".to_owned())
    );
}

#[tokio::test]
async fn an_mcp_url_that_would_carry_the_token_in_clear_is_a_config_error() {
    for url in [
        "http://mcp.example/mcp",
        "ftp://127.0.0.1/mcp",
        "https://mcp.example/mcp?x=1",
    ] {
        let out = mp_golive([
            "check",
            "--official",
            "--mcp-url",
            url,
            "--only",
            "credentials",
        ])
        .env("MP_ACCESS_TOKEN", TOKEN)
        .run_async()
        .await;
        out.expect_code(2);
        assert!(out.stderr.contains("--mcp-url"), "{}", out.stderr);
    }
    let out = mp_golive(["check", "--only", "credentials"])
        .env("MP_ACCESS_TOKEN", TOKEN)
        .env("MP_GOLIVE_MCP_URL", "http://mcp.example/mcp")
        .run_async()
        .await;
    out.expect_code(2);
    assert!(out.stderr.contains("MP_GOLIVE_MCP_URL"), "{}", out.stderr);
}

async fn history(text: &str) -> Output {
    let api = api_with_payment().await;
    let mcp = FakeMcp::start(&[("notifications_history", Tool::Text(text.into()))], true).await;
    // A loopback URL: the probe fails `private-address` without sending anything; the
    // history is reported beside it.
    mp_golive(["check", "--api-url", &api.url(), "--format", "json"])
        .args([
            "--only",
            "notifications",
            "--official",
            "--mcp-url",
            &mcp.url(),
        ])
        .args(["--webhook-url", "https://127.0.0.1:9/hook"])
        .env("MP_ACCESS_TOKEN", TOKEN)
        .run_async()
        .await
}

#[tokio::test]
async fn notifications_report_mercado_pago_s_delivery_history() {
    let out = history("Delivery success rate: 96.5%\n- 3 failures: HTTP 502\nTotal sent: 86").await;
    let codes = out.codes("notifications");
    assert!(
        codes.contains(&"notifications/private-address".to_owned()),
        "{codes:?}"
    );
    let rate = message(&out, "notifications", "notifications/official-history");
    assert!(rate.contains("96.5%"), "{rate}");
    let f = out.finding("notifications", "notifications/official-failures");
    assert_eq!(f["severity"], "warning");
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("3 failures: HTTP 502"),
        "{f}"
    );

    let api = FakeApi::ready().await;
    let mcp = FakeMcp::start(&[("notifications_history", Tool::Status(502))], false).await;
    let out = mp_golive(["check", "--api-url", &api.url(), "--format", "json"])
        .args([
            "--only",
            "notifications",
            "--official",
            "--mcp-url",
            &mcp.url(),
        ])
        .args(["--webhook-url", "https://127.0.0.1:9/hook"])
        .env("MP_ACCESS_TOKEN", TOKEN)
        .run_async()
        .await;
    let m = message(&out, "notifications", "notifications/official-error");
    assert!(m.contains("HTTP 502"), "{m}");

    let out = history("No Notifications Found").await;
    let m = message(&out, "notifications", "notifications/official-none");
    assert!(m.contains("No Notifications Found"), "{m}");
    let out = history("There are no webhook notifications configured.").await;
    let m = message(&out, "notifications", "notifications/official-none");
    assert!(m.contains("no webhook notifications configured"), "{m}");
}

#[tokio::test]
async fn the_official_findings_speak_the_run_s_language() {
    let api = api_with_payment().await;
    let mcp = FakeMcp::start(
        &[("quality_evaluation", Tool::Text(EVALUATION.into()))],
        false,
    )
    .await;
    let out = quality(&api, &mcp).args(["--lang", "es"]).run_async().await;
    let score = message(&out, "payment-quality", "payment-quality/official-score");
    assert!(
        score.contains("Evaluación propia de Mercado Pago"),
        "{score}"
    );
    assert_eq!(mcp.calls()[0]["arguments"]["lang"], "es");
}
