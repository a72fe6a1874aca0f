//! What both payment checks (`payment-quality`, `payment-approval`) share: reading the
//! configured production payment once and making sure it belongs to this account, and
//! what counts as a filled field.

use crate::api::Answer;
use crate::api::models::Payment;
use crate::checks::{CheckMeta, CodeDoc, Context, api_unavailable};
use crate::report::Outcome;
use crate::tr;

/// A text field that is present and not blank.
pub(crate) fn filled(s: &Option<String>) -> bool {
    s.as_deref().is_some_and(|s| !s.trim().is_empty())
}

/// The codes of both payment checks that [`owned_payment`] raises.
#[derive(Clone, Copy)]
pub(crate) struct PaymentCodes {
    /// `<id>/not-found`.
    pub not_found: &'static CodeDoc,
    /// `<id>/other-account`.
    pub other_account: &'static CodeDoc,
}

/// Reads payment `id` and checks that it belongs to this account. Emits
/// `codes`' not-found and other-account of `meta`; returns the payment when the check
/// can go on.
pub(crate) async fn owned_payment(
    ctx: &Context,
    meta: &'static CheckMeta,
    codes: PaymentCodes,
    id: &str,
    out: &mut Outcome,
) -> Option<Payment> {
    let lang = ctx.settings.lang;
    let (payment, me) = tokio::join!(ctx.api.payment(id), ctx.api.users_me());
    let payment = match payment {
        Ok(Answer::Ok(p)) => p,
        Ok(Answer::Refused(r)) if r.status == 404 => {
            out.push(meta.finding(
                codes.not_found,
                tr!(
                    lang,
                    "payment-quality-payment-not-found",
                    id = id,
                    answer = r.describe()
                ),
            ));
            return None;
        }
        Ok(Answer::Refused(r)) => {
            api_unavailable(
                lang,
                meta,
                out,
                &tr!(lang, "payment-quality-read-payment", id = id),
                &r,
            );
            return None;
        }
        Err(e) => {
            api_unavailable(
                lang,
                meta,
                out,
                &tr!(lang, "payment-quality-read-payment", id = id),
                &e,
            );
            return None;
        }
    };
    match (me, payment.collector_id.as_deref()) {
        (Ok(Answer::Ok(user)), Some(collector)) if collector != user.id => {
            out.push(meta.finding(
                codes.other_account,
                tr!(
                    lang,
                    "payment-quality-payment-other-account",
                    id = id,
                    collector = collector,
                    user = user.id.as_str()
                ),
            ));
            return None;
        }
        (Ok(Answer::Ok(_)), Some(_)) => {}
        (Ok(Answer::Ok(_)), None) => {
            api_unavailable(
                lang,
                meta,
                out,
                &tr!(lang, "payment-quality-confirm-payment-owner", id = id),
                &tr!(lang, "payment-quality-payment-no-collector"),
            );
        }
        (Ok(Answer::Refused(r)), _) => {
            api_unavailable(
                lang,
                meta,
                out,
                &tr!(lang, "payment-quality-read-account"),
                &r,
            );
        }
        (Err(e), _) => api_unavailable(
            lang,
            meta,
            out,
            &tr!(lang, "payment-quality-read-account"),
            &e,
        ),
    }
    Some(payment)
}
