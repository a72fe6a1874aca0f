//! `reports`: the reconciliation reports (settlement and release) answer through the API,
//! are configured, and are generated on a schedule.
//!
//! Facts behind it (`reference/mercadopago-api.md` §4): the list and config endpoints are
//! documented (high confidence); what an account without access gets (401/403) and whether
//! `GET …/config` answers 404 before the first configuration are inferences (low). The
//! check only reads: it never creates a configuration, a schedule or a report.

use crate::api::models::ReportConfig;
use crate::api::{Answer, ApiError};
use crate::checks::{CheckMeta, Context, DefaultRequired, Need, api_unavailable};
use crate::i18n::{Lang, Localized};
use crate::report::Outcome;
use crate::tr;

/// The `reports` check.
pub struct Reports;

finding_codes! {
    /// The finding codes of this check, each with the one severity `explain` documents.
    enum Code in CODES {
        TestCredentials = ("test-credentials", Info, "The access token is a test credential (TEST-, or the APP_USR- token of a test user), so what this check would read is a test account's, which says nothing about the production account. The check is `error`, not `pass`.", "Run with the production access token of the seller's real account (credentials shows why this one is not)."),
        NoAccess = ("no-access", Error, "A report endpoint refused the access token (HTTP 401 or 403): this token cannot read the reconciliation reports.", "Use the production access token of the seller's own account (not a test user's, not an OAuth token without the reports scope); open Mercado Pago > Reports > Settlement/Releases once with that account to enable them."),
        NotConfigured = ("not-configured", Warning, "The report has no configuration yet (GET …/config answered 404), so no report is generated.", "Configure it once: POST /v1/account/settlement_report/config (or release_report) with the columns, file_name_prefix and frequency you want, or from the panel: Reports > (report) > Configure."),
        NotScheduled = ("not-scheduled", Info, "The report is configured but not scheduled (`scheduled: false`): it is generated only when asked for.", "To receive it daily, weekly or monthly, POST /v1/account/<report>/schedule (or enable automatic generation in the panel)."),
    }
}

static META: CheckMeta = CheckMeta {
    id: "reports",
    title: "Reconciliation reports",
    seed_section: "Reportes",
    requirement: "The settlement and release reports answer through the API with the access token, and are configured to be generated on a schedule.",
    needs: &[Need::AccessToken],
    default_required: DefaultRequired::No,
    docs_url: "https://www.mercadopago.com.br/developers/en/docs/checkout-api-v2/additional-content/reports/introduction",
    explain: "\
What it checks
  For each of the two reconciliation reports, the settlement report (\"account balance\",
  /v1/account/settlement_report) and the release report (/v1/account/release_report):
  - GET …/list answers 200 with the access token (401/403: no access);
  - GET …/config answers: 404 means the report was never configured; `scheduled: false`
    means reports are generated only when asked for.
  Read-only: it never creates a configuration, a schedule or a report.

Why it matters
  Mercado Pago's go-live page asks for financial reconciliation through the reports API:
  the reports tie each payment, fee, refund and release to the money that reaches the
  account. The quality measurement counts them too (`settlement`, `release`).

Confidence
  The endpoints are documented (high confidence). What an account without access gets is
  not documented; 401/403 is expected (low confidence). That GET …/config answers 404
  before the first configuration is an inference (low): a 404 on the list itself is not
  read as \"no access\" but as an unexpected answer (error). When the check is made
  required and no access token is given, the error is `reports/input-missing` (its own
  `reports/not-configured` means a report without a configuration).",
    codes: CODES,
    options: &[],
};

impl_check!(Reports, META, run);

/// The two reports: API path segment and the message naming it as people know it.
const REPORTS: [(&str, &str); 2] = [
    ("settlement_report", "reports-settlement-name"),
    ("release_report", "reports-release-name"),
];

/// What was learnt about one report.
#[derive(Debug)]
enum State {
    /// List 200 and a config with `scheduled: true`.
    Scheduled,
    /// List 200 and a config that does not say whether it is scheduled.
    ScheduleUnknown,
    /// List 200, config says `scheduled: false`.
    Unscheduled,
    /// List 200, config 404.
    Unconfigured,
    /// The list or config refused the token.
    NoAccess(String),
    /// The API could not be asked.
    Unknown(String),
}

/// The list, then the config. The config waits for the list's answer on purpose, although
/// asking both together would save a round trip: a token the list refuses is not asked for
/// the config (`refused_list_is_no_access_and_does_not_gate` pins it), and the check's
/// floor, `/users/me` beside list -> config, stays under the run's payment -> merchant
/// order -> preference chain.
async fn report_state(ctx: &Context, report: &str) -> State {
    let lang = ctx.settings.lang;
    // The list and the config go out together (DESIGN §5: one round trip, not two); the
    // list is judged first, so a refused list decides whatever the config answered.
    let (list, config) = tokio::join!(ctx.api.report_list(report), ctx.api.report_config(report));
    match list {
        Ok(Answer::Ok(_)) => {}
        Ok(Answer::Refused(r)) if matches!(r.status, 401 | 403) => {
            return State::NoAccess(r.text_in(lang));
        }
        Ok(Answer::Refused(r)) => return State::Unknown(r.text_in(lang)),
        Err(e) => return State::Unknown(e.text_in(lang)),
    }
    config_state(lang, config)
}

fn config_state(lang: Lang, answer: Result<Answer<ReportConfig>, ApiError>) -> State {
    match answer {
        Ok(Answer::Ok(c)) => match c.scheduled {
            Some(true) => State::Scheduled,
            Some(false) => State::Unscheduled,
            None => State::ScheduleUnknown,
        },
        Ok(Answer::Refused(r)) if r.status == 404 => State::Unconfigured,
        Ok(Answer::Refused(r)) if matches!(r.status, 401 | 403) => State::NoAccess(r.text_in(lang)),
        Ok(Answer::Refused(r)) => State::Unknown(r.text_in(lang)),
        Err(e) => State::Unknown(e.text_in(lang)),
    }
}

async fn run(ctx: &Context) -> Outcome {
    let mut out = Outcome::default();
    let lang = ctx.settings.lang;
    let token = ctx.settings.access_token.as_ref().map(|t| t.expose());
    if let Some(why) = token.and_then(|t| super::test_credentials(ctx.settings.lang, t, None)) {
        super::judged_with_test_credentials(
            ctx.settings.lang,
            &META,
            Code::TestCredentials,
            &mut out,
            &why,
        );
        return out;
    }
    // Whether the account is a test user comes with /users/me (shared with credentials);
    // the reports do not wait for it.
    let (me, settlement, release) = tokio::join!(
        ctx.api.users_me(),
        report_state(ctx, REPORTS[0].0),
        report_state(ctx, REPORTS[1].0)
    );
    match &me {
        Ok(Answer::Ok(user)) => {
            if let Some(why) =
                token.and_then(|t| super::test_credentials(ctx.settings.lang, t, Some(user)))
            {
                super::judged_with_test_credentials(
                    ctx.settings.lang,
                    &META,
                    Code::TestCredentials,
                    &mut out,
                    &why,
                );
                return out;
            }
        }
        Ok(Answer::Refused(r)) => {
            api_unavailable(
                ctx.settings.lang,
                &META,
                &mut out,
                &tr!(lang, "reports-what-account"),
                r,
            );
            return out;
        }
        Err(e) => {
            api_unavailable(
                ctx.settings.lang,
                &META,
                &mut out,
                &tr!(lang, "reports-what-account"),
                e,
            );
            return out;
        }
    }
    let mut scheduled = 0;
    for ((_, name_id), state) in REPORTS.iter().zip([settlement, release]) {
        let name = tr!(lang, name_id);
        match state {
            State::Scheduled => scheduled += 1,
            State::ScheduleUnknown => out.push(META.finding(
                Code::NotScheduled,
                tr!(lang, "reports-schedule-unknown", name = name),
            )),
            State::Unscheduled => out.push(META.finding(
                Code::NotScheduled,
                tr!(lang, "reports-unscheduled", name = name),
            )),
            State::Unconfigured => out.push(META.finding(
                Code::NotConfigured,
                tr!(lang, "reports-unconfigured", name = name),
            )),
            State::NoAccess(why) => out.push(META.finding(
                Code::NoAccess,
                tr!(lang, "reports-no-access", name = name, why = why),
            )),
            State::Unknown(why) => {
                let what = tr!(lang, "reports-what-report", name = name);
                api_unavailable(lang, &META, &mut out, &what, &why);
            }
        }
    }
    out.summary = Some(match scheduled {
        2 => tr!(lang, "reports-summary-scheduled"),
        _ => tr!(lang, "reports-summary"),
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Refusal;

    fn refused(status: u16) -> Result<Answer<ReportConfig>, ApiError> {
        Ok(Answer::Refused(Refusal {
            endpoint: "GET /v1/account/release_report/config".into(),
            status,
            message: None,
            error: None,
            causes: vec![],
            html: false,
            attempts: 1,
        }))
    }

    #[test]
    fn config_answers_map_to_states() {
        let cfg = |scheduled| {
            Ok(Answer::Ok(ReportConfig {
                scheduled,
                file_name_prefix: None,
            }))
        };
        assert!(matches!(
            config_state(Lang::En, cfg(Some(true))),
            State::Scheduled
        ));
        assert!(matches!(
            config_state(Lang::En, cfg(None)),
            State::ScheduleUnknown
        ));
        assert!(matches!(
            config_state(Lang::En, cfg(Some(false))),
            State::Unscheduled
        ));
        assert!(matches!(
            config_state(Lang::En, refused(404)),
            State::Unconfigured
        ));
        assert!(matches!(
            config_state(Lang::En, refused(403)),
            State::NoAccess(_)
        ));
        assert!(matches!(
            config_state(Lang::En, refused(500)),
            State::Unknown(_)
        ));
    }
}
