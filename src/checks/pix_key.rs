//! `pix-key`: in Brazil (MLB) the seller has a Pix key registered, so Pix shows at checkout.
//!
//! Facts behind it (`reference/mercadopago-api.md` §2): the Pix option appears only when the
//! seller has a key (high confidence); `GET /v1/payment_methods` with the seller's token lists
//! an entry `id == "pix"` only then (the heuristic of Mercado Pago's WooCommerce plugin,
//! medium-high); creating a Pix payment fails with cause 13253 when there is no key (medium:
//! several independent captures). The probe is opt-in because it creates a real (pending)
//! payment; it is cancelled at once and expires by itself 35 minutes later anyway.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::Method;
use serde_json::json;

use crate::api::models::{Payment, PaymentMethod};
use crate::api::{Answer, ApiError, Refusal};
use crate::checks::{CheckMeta, Context, DefaultRequired, Need, api_unavailable};
use crate::i18n::Localized;
use crate::report::Outcome;
use crate::tr;

/// The body that cancels a payment, as the messages show it.
const CANCEL_BODY: &str = "{\"status\":\"cancelled\"}";

/// The `pix-key` check.
pub struct PixKey;

/// The cause Mercado Pago answers when the collector has no Pix key.
const NO_KEY_CAUSE: &str = "13253";
/// How long the probe payment lives if the cancel does not happen (the documented minimum).
/// Mercado Pago accepts a `date_of_expiration` 30 minutes to 30 days after creation; five
/// minutes of margin absorb latency and a slightly slow local clock.
const PROBE_EXPIRY: Duration = Duration::from_secs(35 * 60);
/// When `min_allowed_amount` is absent or a placeholder.
const FALLBACK_AMOUNT: f64 = 1.00;

finding_codes! {
    /// The finding codes of this check, each with the one severity `explain` documents.
    enum Code in CODES {
        TestCredentials = ("test-credentials", Info, "The access token is a test credential (TEST-, or the APP_USR- token of a test user), so what this check would read is a test account's, which says nothing about the production account. The check is `error`, not `pass`.", "Run with the production access token of the seller's real account (credentials shows why this one is not)."),
        Missing = ("missing", Error, "The account has no active Pix key: GET /v1/payment_methods does not list `pix` as active, or the probe payment was refused with cause 13253 (\"Collector user without key enabled for QR render\").", "Register a Pix key in the Mercado Pago app (Seu negócio > Pix > Chaves Pix, or Pix > Minhas chaves) with the seller's account. The Central Bank confirms new keys on business days, 9h-18h; run mp-golive again afterwards."),
        ProbeNotCancelled = ("probe-not-cancelled", Error, "The probe created a pending Pix payment but could not cancel it; the message names the payment id and how to cancel it.", "Cancel it: PUT /v1/payments/<id> with the body {\"status\":\"cancelled\"} and the access token (or open it in the Mercado Pago panel > Activity and cancel it). Unpaid, it also expires by itself 35 minutes after creation."),
        ProbeInconclusive = ("probe-inconclusive", Warning, "With --probe-pix, Mercado Pago refused the probe payment for a reason other than a missing Pix key, so the key could not be proven (nothing was created); the payment-methods listing decides.", "Read the refusal in the message (such as cause 7, credentials not enabled for live payments). Fix it, or run without --probe-pix."),
        ProbeUnanswered = ("probe-unanswered", Warning, "With --probe-pix, the request that creates the probe payment got no answer, so a pending payment may exist that mp-golive could not cancel (the message names its `external_reference`; an unpaid Pix payment expires). It was not sent again.", "Search the Mercado Pago panel (Activity) or GET /v1/payments/search?external_reference=<reference in the message> and cancel any payment found; unpaid, it expires by itself 35 minutes after creation."),
    }
}

static META: CheckMeta = CheckMeta {
    id: "pix-key",
    title: "Pix key (Brazil)",
    seed_section: "Clave Pix",
    requirement: "On a Brazilian (MLB) account, a Pix key is registered so Pix is offered at checkout.",
    needs: &[Need::AccessToken],
    default_required: DefaultRequired::OnSite("MLB"),
    docs_url: "https://www.mercadopago.com.br/developers/en/docs/checkout-api-v2/payment-integration/pix",
    explain: "\
What it checks
  - Only on Brazilian accounts (site MLB: `site`, or the account's `site_id` from
    GET /users/me); elsewhere the check is skipped, since Pix exists only in Brazil.
  - GET /v1/payment_methods with the access token lists `pix` with status `active`.
  - With --probe-pix (probe_pix = true) only: a Pix payment of the smallest allowed amount
    (the `pix` entry's `min_allowed_amount`, else R$ 1.00) is created with an
    X-Idempotency-Key, an expiry 35 minutes ahead and an external_reference starting
    `mp-golive-probe-`; cause 13253 means there is no Pix key. A pending payment created in
    live mode proves the key and is cancelled at once with PUT /v1/payments/{id}
    {\"status\":\"cancelled\"}; one created in test mode or already final proves nothing. A
    5xx answer may come after the payment was created, so it is reported like no answer.
    At most one payment per run; the POST is never retried.

Why it matters
  Mercado Pago's go-live page asks Brazilian sellers for a Pix key: without one, Pix, the
  most used payment method in Brazil, does not appear at checkout.

Confidence
  The payment-methods listing is the heuristic Mercado Pago's WooCommerce plugin uses
  (medium-high confidence). Cause 13253 comes from several independent captures, not from
  the reference docs (medium). The probe is the definitive test, and it creates a real
  pending payment: it is cancelled at once, and if that fails the report names it (it also
  expires by itself after 35 minutes). The probe's payer e-mail is synthetic; if Mercado
  Pago refuses the probe for another reason, the listing's answer stands and a warning says
  the probe proved nothing. On a test account the probe proves nothing about production.",
    codes: CODES,
    options: &[],
};

impl_check!(PixKey, META, run);

/// What the listing says about Pix.
#[derive(Debug, Clone, PartialEq)]
pub enum Listing {
    /// `pix` is listed with status `active`.
    Active {
        /// Its `min_allowed_amount`, when given.
        min_amount: Option<f64>,
    },
    /// `pix` is listed with another status.
    Inactive(String),
    /// No `pix` entry.
    Absent,
}

/// Reads the `pix` entry of the seller's payment methods.
pub fn pix_listing(methods: &[PaymentMethod]) -> Listing {
    match methods.iter().find(|m| m.id.eq_ignore_ascii_case("pix")) {
        None => Listing::Absent,
        Some(m) if m.status.as_deref() == Some("active") => Listing::Active {
            min_amount: m.min_allowed_amount,
        },
        Some(m) => Listing::Inactive(m.status.clone().unwrap_or_else(|| "no status".into())),
    }
}

/// The probe's amount: `min_allowed_amount` rounded up to cents, or R$ 1.00 when it is
/// absent or not positive (the documented sample shows placeholder values).
pub fn probe_amount(min_allowed: Option<f64>) -> f64 {
    match min_allowed {
        // The smallest whole number of cents not below the minimum; a value within rounding
        // noise of a cent is that cent (0.07 * 100 is 7.000000000000001 in floating point).
        Some(m) if m.is_finite() && m > 0.0 => {
            let cents = m * 100.0;
            let whole = if (cents - cents.round()).abs() < 1e-6 {
                cents.round()
            } else {
                cents.ceil()
            };
            (whole / 100.0).max(0.01)
        }
        _ => FALLBACK_AMOUNT,
    }
}

/// `yyyy-MM-ddTHH:mm:ss.000-03:00`, the format Mercado Pago documents for
/// `date_of_expiration`, in Brasília time (UTC-3 all year since 2019).
pub fn brasilia_timestamp(unix_secs: u64) -> String {
    crate::date::iso_at_offset(
        i64::try_from(unix_secs).unwrap_or(i64::MAX / 2_000) * 1000,
        -3,
    )
}

async fn run(ctx: &Context) -> Outcome {
    let mut out = Outcome::default();
    let lang = ctx.settings.lang;
    if let Some(site) = ctx.settings.site
        && site.as_str() != "MLB"
    {
        return Outcome::skip(tr!(lang, "pix-key-skip-run-site", site = site.as_str()));
    }
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
    // The account says its site and whether it is a test user; the listing goes out beside
    // it (DESIGN §5: one round trip, not two). Outside Brazil the listing's answer is not
    // read: a GET of the seller's own methods, to the API only, changes nothing, and the
    // probe payment (the one request that does) is never sent there.
    let (me, listing) = tokio::join!(ctx.api.users_me(), ctx.api.payment_methods());
    if ctx.settings.site.is_none()
        && let Ok(Answer::Ok(user)) = &me
        && let Some(site) = &user.site_id
        && !site.eq_ignore_ascii_case("MLB")
    {
        return Outcome::skip(tr!(lang, "pix-key-skip-account-site", site = site.as_str()));
    }
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
            if ctx.settings.site.is_none() && user.site_id.is_none() {
                api_unavailable(
                    ctx.settings.lang,
                    &META,
                    &mut out,
                    &tr!(lang, "pix-key-what-site"),
                    &tr!(lang, "pix-key-no-site-id"),
                );
                return out;
            }
        }
        Ok(Answer::Refused(r)) => {
            api_unavailable(
                ctx.settings.lang,
                &META,
                &mut out,
                &tr!(lang, "pix-key-what-account"),
                r,
            );
            return out;
        }
        Err(e) => {
            api_unavailable(
                ctx.settings.lang,
                &META,
                &mut out,
                &tr!(lang, "pix-key-what-account"),
                e,
            );
            return out;
        }
    }

    let listing = match listing {
        Ok(Answer::Ok(methods)) => pix_listing(&methods),
        Ok(Answer::Refused(r)) => {
            api_unavailable(
                ctx.settings.lang,
                &META,
                &mut out,
                &tr!(lang, "pix-key-what-methods"),
                &r,
            );
            return out;
        }
        Err(e) => {
            api_unavailable(
                ctx.settings.lang,
                &META,
                &mut out,
                &tr!(lang, "pix-key-what-methods"),
                &e,
            );
            return out;
        }
    };

    let listing_problem = match &listing {
        Listing::Active { .. } => None,
        Listing::Absent => Some(tr!(lang, "pix-key-absent")),
        Listing::Inactive(status) => Some(tr!(lang, "pix-key-inactive", status = status.as_str())),
    };

    if !ctx.settings.probe_pix {
        match listing_problem {
            Some(msg) => out.push(META.finding(Code::Missing, format!("{msg}."))),
            None => {
                out.summary = Some(tr!(lang, "pix-key-active-summary"));
            }
        }
        return out;
    }

    let min_amount = match listing {
        Listing::Active { min_amount } => min_amount,
        _ => None,
    };
    match probe(ctx, probe_amount(min_amount)).await {
        Probe::Proven { id } => {
            out.summary = Some(tr!(lang, "pix-key-proven-summary", id = id));
        }
        Probe::NotCancelled { id, why } => {
            out.push(META.finding(
                Code::ProbeNotCancelled,
                tr!(
                    lang,
                    "pix-key-not-cancelled",
                    id = id,
                    why = why,
                    api = ctx.settings.api_url.to_string(),
                    body = CANCEL_BODY
                ),
            ));
        }
        Probe::NoKey(r) => {
            out.push(META.finding(
                Code::Missing,
                tr!(
                    lang,
                    if listing_problem.is_none() {
                        "pix-key-no-key-listed"
                    } else {
                        "pix-key-no-key"
                    },
                    refusal = r.describe_in(lang)
                ),
            ));
        }
        Probe::Inconclusive(r) => {
            out.push(META.finding(
                Code::ProbeInconclusive,
                tr!(lang, "pix-key-inconclusive", refusal = r.text_in(lang)),
            ));
            match listing_problem {
                Some(msg) => out.push(META.finding(Code::Missing, format!("{msg}."))),
                None => {
                    out.summary = Some(tr!(lang, "pix-key-listed-unconfirmed-summary"));
                }
            }
        }
        Probe::Unproven { id, why } => {
            out.push(META.finding(
                Code::ProbeInconclusive,
                tr!(lang, "pix-key-unproven", id = id, why = why),
            ));
            match listing_problem {
                Some(msg) => out.push(META.finding(Code::Missing, format!("{msg}."))),
                None => out.summary = Some(tr!(lang, "pix-key-listed-unconfirmed-summary")),
            }
        }
        Probe::Unanswered { reference, error } => {
            out.push(META.finding(
                Code::ProbeUnanswered,
                tr!(
                    lang,
                    "pix-key-unanswered",
                    error = error.text_in(lang),
                    reference = reference
                ),
            ));
            if let Some(msg) = listing_problem {
                out.push(META.finding(Code::Missing, format!("{msg}.")));
            }
        }
    }
    out
}

/// What the probe found.
enum Probe {
    /// Created and cancelled.
    Proven { id: String },
    /// Created; the cancel failed.
    NotCancelled { id: String, why: String },
    /// Refused with cause 13253.
    NoKey(Refusal),
    /// Refused for another reason.
    Inconclusive(Refusal),
    /// Created (and cancelled when needed) but proving nothing: test mode or a final status.
    Unproven { id: String, why: String },
    /// No answer: a payment may exist.
    Unanswered { reference: String, error: ApiError },
}

/// Creates and cancels the probe payment. While a payment may exist and is not cancelled,
/// it is recorded in the context, so a run cut short by the deadline or Ctrl-C still names it.
async fn probe(ctx: &Context, amount: f64) -> Probe {
    let lang = ctx.settings.lang;
    let key = crate::api::idempotency_key();
    let reference = format!("mp-golive-probe-{}", key.get(..8).unwrap_or(&key));
    ctx.pending_set(
        &reference,
        pending(tr!(
            lang,
            "pix-key-pending-unknown",
            reference = reference.as_str(),
            body = CANCEL_BODY
        )),
    );
    let result = create_and_cancel(ctx, amount, reference.clone()).await;
    ctx.pending_clear(&reference);
    result
}

fn pending(message: String) -> crate::checks::Pending {
    crate::checks::Pending {
        check: META.id,
        reason: Code::ProbeNotCancelled.doc(),
        message,
    }
}

/// The probe payment created at `now` (Unix seconds): it expires [`PROBE_EXPIRY`] later.
fn probe_body(amount: f64, reference: &str, now: u64) -> serde_json::Value {
    json!({
        "transaction_amount": amount,
        "description": "mp-golive Pix key probe (cancelled at once)",
        "payment_method_id": "pix",
        "date_of_expiration": brasilia_timestamp(now + PROBE_EXPIRY.as_secs()),
        "external_reference": reference,
        "payer": {"email": "mp-golive-probe@example.com"},
    })
}

async fn create_and_cancel(ctx: &Context, amount: f64, reference: String) -> Probe {
    let lang = ctx.settings.lang;
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let body = probe_body(amount, &reference, now);
    let created: Payment = match ctx
        .api
        .send_json::<Payment>(Method::POST, "v1/payments", &body)
        .await
    {
        Ok(Answer::Ok(p)) => p,
        Ok(Answer::Refused(r)) if r.has_cause(NO_KEY_CAUSE) => return Probe::NoKey(r),
        // A gateway error can come after the payment was created: it may exist.
        Ok(Answer::Refused(r)) if r.status >= 500 || r.status == 408 => {
            let error = ApiError::Transport {
                endpoint: r.endpoint.clone(),
                reason: r.describe_in(lang),
            };
            return Probe::Unanswered { reference, error };
        }
        Ok(Answer::Refused(r)) => return Probe::Inconclusive(r),
        Err(ApiError::Decode { endpoint, detail }) => {
            // 2xx with an unreadable body: something was created, its id is unknown.
            return Probe::Unanswered {
                reference,
                error: ApiError::Decode { endpoint, detail },
            };
        }
        Err(error) => return Probe::Unanswered { reference, error },
    };
    let Some(id) = created
        .id
        .filter(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
    else {
        return Probe::NotCancelled {
            id: tr!(
                lang,
                "pix-key-with-reference",
                reference = reference.as_str()
            ),
            why: tr!(lang, "pix-key-no-usable-id"),
        };
    };
    ctx.pending_set(
        &reference,
        pending(tr!(
            lang,
            "pix-key-pending-created",
            id = id.as_str(),
            reference = reference.as_str(),
            body = CANCEL_BODY
        )),
    );
    let status = created.status.clone().unwrap_or_default();
    if matches!(
        status.as_str(),
        "rejected" | "cancelled" | "refunded" | "charged_back"
    ) {
        // Final already: nothing to cancel, and no proof of a usable key.
        ctx.pending_clear(&reference);
        return Probe::Unproven {
            id,
            why: tr!(lang, "pix-key-created-final", status = status),
        };
    }
    let cancel = json!({"status": "cancelled"});
    match ctx
        .api
        .send_json::<Payment>(Method::PUT, &format!("v1/payments/{id}"), &cancel)
        .await
    {
        Ok(Answer::Ok(p)) if p.status.as_deref() == Some("cancelled") => {
            if created.live_mode == Some(true) {
                Probe::Proven { id }
            } else {
                // A test account's Pix payment proves nothing about production.
                Probe::Unproven {
                    id,
                    why: tr!(lang, "pix-key-not-live"),
                }
            }
        }
        Ok(Answer::Ok(p)) => Probe::NotCancelled {
            id,
            why: match p.status {
                Some(status) => tr!(lang, "pix-key-now-status", status = status),
                None => tr!(lang, "pix-key-not-confirmed"),
            },
        },
        Ok(Answer::Refused(r)) => Probe::NotCancelled {
            id,
            why: r.text_in(lang),
        },
        Err(e) => Probe::NotCancelled {
            id,
            why: e.text_in(lang),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn method(id: &str, status: Option<&str>, min: Option<f64>) -> PaymentMethod {
        PaymentMethod {
            id: id.into(),
            status: status.map(Into::into),
            payment_type_id: None,
            min_allowed_amount: min,
        }
    }

    #[test]
    fn the_pix_entry_decides() {
        assert_eq!(
            pix_listing(&[method("visa", Some("active"), None)]),
            Listing::Absent
        );
        assert_eq!(
            pix_listing(&[method("pix", Some("active"), Some(0.01))]),
            Listing::Active {
                min_amount: Some(0.01)
            }
        );
        assert_eq!(
            pix_listing(&[method("pix", Some("deactive"), None)]),
            Listing::Inactive("deactive".into())
        );
    }

    #[test]
    fn probe_amount_is_the_minimum_in_cents_or_one_real() {
        assert_eq!(probe_amount(Some(0.07)), 0.07);
        assert_eq!(probe_amount(Some(1.1)), 1.1);
        assert_eq!(probe_amount(Some(0.071)), 0.08);
        assert_eq!(probe_amount(Some(0.01)), 0.01);
        assert_eq!(probe_amount(Some(0.005)), 0.01);
        assert_eq!(probe_amount(Some(2.5)), 2.5);
        assert_eq!(probe_amount(Some(0.0)), 1.0);
        assert_eq!(probe_amount(None), 1.0);
        assert_eq!(probe_amount(Some(f64::NAN)), 1.0);
    }

    #[test]
    fn expiry_is_written_in_brasilia_time() {
        assert_eq!(brasilia_timestamp(10_800), "1970-01-01T00:00:00.000-03:00");
        // 2026-01-01T15:00:00Z
        assert_eq!(
            brasilia_timestamp(1_767_279_600),
            "2026-01-01T12:00:00.000-03:00"
        );
        // 2024-02-29T12:34:56Z, a leap day
        assert_eq!(
            brasilia_timestamp(1_709_210_096),
            "2024-02-29T09:34:56.000-03:00"
        );
    }

    #[test]
    fn the_probe_expires_35_minutes_after_creation() {
        // 2026-01-01T15:00:00Z is 12:00 in Brasília.
        let body = probe_body(0.07, "mp-golive-probe-0a1b2c3d", 1_767_279_600);
        assert_eq!(body["date_of_expiration"], "2026-01-01T12:35:00.000-03:00");
        assert_eq!(body["transaction_amount"], 0.07);
        assert_eq!(body["payment_method_id"], "pix");
        assert_eq!(body["external_reference"], "mp-golive-probe-0a1b2c3d");
    }

    #[test]
    fn probe_amount_ignores_negative_and_infinite_minimums() {
        assert_eq!(probe_amount(Some(-1.0)), 1.0);
        assert_eq!(probe_amount(Some(f64::INFINITY)), 1.0);
        assert_eq!(probe_amount(Some(0.051)), 0.06);
    }

    #[test]
    fn an_unrepresentable_time_is_clamped_not_wrapped() {
        assert_eq!(
            brasilia_timestamp(u64::MAX),
            crate::date::iso_at_offset(i64::MAX / 2_000 * 1000, -3)
        );
        assert!(!brasilia_timestamp(u64::MAX).starts_with("19"));
    }

    #[test]
    fn pix_is_found_whatever_its_case_and_a_missing_status_is_inactive() {
        assert_eq!(
            pix_listing(&[
                method("visa", Some("active"), None),
                method("PIX", Some("active"), None)
            ]),
            Listing::Active { min_amount: None }
        );
        assert_eq!(
            pix_listing(&[method("pix", None, None)]),
            Listing::Inactive("no status".into())
        );
    }
}
