//! The `reports` check: settlement and release report lists and configurations, read-only,
//! through the real binary and the fake API.

use crate::common::{check_json, mp_golive, with_config};
use crate::support::fake_api::*;

fn reports_only(api: &FakeApi) -> crate::common::Run {
    check_json(&api.url()).args(["--only", "reports"])
}

#[tokio::test]
async fn listed_configured_and_scheduled_reports_pass_read_only() {
    let api = FakeApi::ready().await;
    let out = reports_only(&api).run_async().await;
    out.expect_code(0);
    let c = out.check("reports");
    assert_eq!(c["status"], "pass", "{c}");
    assert_eq!(c["required"], false);
    assert!(out.codes("reports").is_empty(), "{c}");
    assert!(c["summary"].as_str().unwrap().contains("scheduled"), "{c}");
    let requests = api.requests().await;
    for report in REPORTS {
        for part in ["list", "config"] {
            let p = format!("/v1/account/{report}/{part}");
            assert_eq!(api.count(&p).await, 1, "{p} once");
        }
    }
    assert!(
        requests.iter().all(|r| r.method.as_str() == "GET"),
        "the check never creates anything"
    );
}

#[tokio::test]
async fn refused_list_is_no_access_and_does_not_gate() {
    for (report, status) in [("settlement_report", 401), ("release_report", 403)] {
        let api = FakeApi::ready().await;
        api.report_list_refused(report, status).await;
        let out = check_json(&api.url()).run_async().await;
        out.expect_code(0);
        assert_eq!(out.json()["verdict"], "ready", "reports is advisory");
        let c = out.check("reports");
        assert_eq!(c["status"], "fail", "{c}");
        assert_eq!(out.codes("reports"), ["reports/no-access"]);
        let f = out.finding("reports", "reports/no-access");
        assert_eq!(f["severity"], "error");
        assert!(
            f["message"]
                .as_str()
                .unwrap()
                .contains(&format!("HTTP {status}")),
            "{f}"
        );
        // The config went out beside the list; with the list refused, its answer (the
        // fake's default) does not change the finding above.
        assert!(api.count(&format!("/v1/account/{report}/config")).await <= 1);
    }
}

#[tokio::test]
async fn unconfigured_report_warns() {
    let api = FakeApi::ready().await;
    api.report_unconfigured("release_report").await;
    let out = reports_only(&api).run_async().await;
    out.expect_code(0);
    assert_eq!(out.check("reports")["status"], "warn");
    assert_eq!(out.codes("reports"), ["reports/not-configured"]);
    let f = out.finding("reports", "reports/not-configured");
    assert_eq!(f["severity"], "warning");
    assert!(
        f["message"].as_str().unwrap().contains("release report"),
        "{f}"
    );
}

#[tokio::test]
async fn unscheduled_report_is_info() {
    let api = FakeApi::ready().await;
    api.report_unscheduled("settlement_report").await;
    let out = reports_only(&api).run_async().await;
    out.expect_code(0);
    assert_eq!(out.check("reports")["status"], "pass");
    assert_eq!(out.codes("reports"), ["reports/not-scheduled"]);
    assert_eq!(
        out.finding("reports", "reports/not-scheduled")["severity"],
        "info"
    );
}

#[tokio::test]
async fn unexpected_list_answer_is_an_error() {
    let api = FakeApi::ready().await;
    api.answer(
        "GET",
        "/v1/account/settlement_report/list",
        404,
        serde_json::json!({"message": "not found"}),
    )
    .await;
    let out = reports_only(&api).run_async().await;
    assert_eq!(out.check("reports")["status"], "error");
    assert_eq!(out.codes("reports"), ["reports/api-error"]);
}

#[tokio::test]
async fn required_reports_without_a_token_fail_input_missing() {
    let dir = with_config("[checks.reports]\nrequired = true\n");
    let out = mp_golive([
        "check",
        "--format",
        "json",
        "--only",
        "reports",
        "--api-url",
        "http://127.0.0.1:9",
    ])
    .cwd(dir.path())
    .run_async()
    .await;
    out.expect_code(1);
    // Its own `reports/not-configured` (a report without a configuration) is a warning;
    // a missing input is `input-missing`, an error, so each code keeps one severity.
    assert_eq!(out.codes("reports"), ["reports/input-missing"]);
    assert_eq!(
        out.finding("reports", "reports/input-missing")["severity"],
        "error"
    );
    let skipped = mp_golive(["check", "--format", "json", "--only", "reports"])
        .run_async()
        .await;
    skipped.expect_code(0);
    assert_eq!(skipped.check("reports")["status"], "skip");
}

#[tokio::test]
async fn explain_lists_each_code_once() {
    let out = mp_golive(["explain", "reports"]).run_async().await;
    out.expect_code(0);
    assert_eq!(
        out.stdout.matches("reports/not-configured (").count(),
        1,
        "{}",
        out.stdout
    );
    for code in ["no-access", "not-scheduled", "api-error", "deadline"] {
        assert!(out.stdout.contains(&format!("reports/{code}")), "{code}");
    }
}

/// The API accepts and never answers, the per-request timeout is longer than the run's
/// deadline: the check cannot finish, whatever the machine's speed. Advisory, it does not
/// change the verdict; required, it makes it incomplete.
#[tokio::test]
async fn an_api_that_never_answers_meets_the_deadline() {
    use crate::support::raw_tcp::{self, Behaviour};
    let api = raw_tcp::start(Behaviour::Hang).await;
    let run =
        || check_json(&api.url).args(["--only", "reports", "--timeout", "60", "--deadline", "1"]);
    let out = run().run_async().await;
    out.expect_code(0);
    assert_eq!(out.json()["verdict"], "ready");
    assert_eq!(out.check("reports")["required"], false);
    crate::codes::assert_cut_short(&out, "reports/deadline");

    let dir = with_config("[checks.reports]\nrequired = true\n");
    let out = run().cwd(dir.path()).run_async().await;
    out.expect_code(3);
    assert_eq!(out.json()["verdict"], "incomplete");
    crate::codes::assert_cut_short(&out, "reports/deadline");
}

/// `/users/me`, both reports' lists and both configs are asked together: a gate in front of
/// the API holds every connection until five are open at once.
#[tokio::test]
async fn the_account_and_both_lists_and_configs_are_asked_together() {
    use crate::support::tcp_proxy;
    let api = FakeApi::ready().await;
    let (port, peak) =
        tcp_proxy::gate(*api.server.address(), 5, std::time::Duration::from_secs(2)).await;
    let out = check_json(&format!("http://127.0.0.1:{port}"))
        .args(["--only", "reports"])
        .run_async()
        .await;
    out.expect_code(0);
    assert_eq!(out.check("reports")["status"], "pass");
    assert_eq!(
        peak.load(std::sync::atomic::Ordering::SeqCst),
        5,
        "/users/me, the two lists and the two configs were not in flight together"
    );
}
