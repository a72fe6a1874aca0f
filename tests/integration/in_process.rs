//! Checks called in process against the fake API: the logic without the command line.
//! The settings come from the same validation a run uses; the clients from their own
//! options. The binary-driven tests keep the command line, exit codes and formats.

use std::sync::Arc;

use mp_golive::api::{ApiClient, RetryPolicy};
use mp_golive::checks::{Check, Context, PixKey, Reports};
use mp_golive::cli::{CheckArgs, ConfigArgs};
use mp_golive::net::probe::ProbeClient;
use mp_golive::report::{Outcome, Status};

use crate::support::fake_api::*;

/// A context for the account behind [`TOKEN`] on `api`, as `check --no-config` builds it.
fn context(api: &FakeApi, extra: impl FnOnce(&mut CheckArgs)) -> Context {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let mut args = CheckArgs {
        api_url: Some(api.url()),
        config: ConfigArgs {
            no_config: true,
            ..ConfigArgs::default()
        },
        ..CheckArgs::default()
    };
    extra(&mut args);
    let env = |name: &str| (name == "MP_ACCESS_TOKEN").then(|| TOKEN.to_owned());
    let (settings, selected) =
        mp_golive::config::load(&args, &env, mp_golive::checks::select).expect("valid settings");
    let settings = Arc::new(settings);
    let net = settings.net_options();
    let api = ApiClient::new(settings.api_options(RetryPolicy::default(), None), &net).unwrap();
    let probe = ProbeClient::new(&net).unwrap();
    Context::new(settings, selected, net, api, probe)
}

fn codes(o: &Outcome) -> Vec<&str> {
    o.findings.iter().map(|f| f.code.as_str()).collect()
}

#[tokio::test]
async fn reports_of_a_ready_account_pass_with_nothing_found() {
    let api = FakeApi::ready().await;
    let out = Reports.run(&context(&api, |_| ())).await;
    assert_eq!(out.status(), Status::Pass, "{out:?}");
    assert!(out.findings.is_empty(), "{out:?}");
}

#[tokio::test]
async fn an_unconfigured_report_warns_in_process() {
    let api = FakeApi::ready().await;
    api.report_unconfigured("release_report").await;
    let out = Reports.run(&context(&api, |_| ())).await;
    assert_eq!(out.status(), Status::Warn);
    assert_eq!(codes(&out), ["reports/not-configured"]);
}

#[tokio::test]
async fn pix_is_skipped_outside_brazil_in_process() {
    let api = FakeApi::ready().await;
    let out = PixKey
        .run(&context(&api, |a| a.site = Some("MLA".into())))
        .await;
    assert_eq!(out.status(), Status::Skip);
    assert!(
        out.skipped.as_deref().is_some_and(|s| s.contains("MLA")),
        "{out:?}"
    );
}
