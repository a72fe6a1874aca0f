//! What both payment checks (`payment-quality`, `payment-approval`) share: reading the
//! configured production payment once and making sure it belongs to this account, and
//! what counts as a filled field.

use crate::api::Answer;
use crate::api::models::Payment;
use crate::checks::{CheckMeta, CodeDoc, Context, api_unavailable};
use crate::report::Outcome;

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
    let (payment, me) = tokio::join!(ctx.api.payment(id), ctx.api.users_me());
    let payment = match payment {
        Ok(Answer::Ok(p)) => p,
        Ok(Answer::Refused(r)) if r.status == 404 => {
            out.push(meta.finding(
                codes.not_found,
                format!(
                    "Payment {id} was not found with this access token ({}).",
                    r.describe()
                ),
            ));
            return None;
        }
        Ok(Answer::Refused(r)) => {
            api_unavailable(
                ctx.settings.lang,
                meta,
                out,
                &format!("read payment {id}"),
                &r,
            );
            return None;
        }
        Err(e) => {
            api_unavailable(
                ctx.settings.lang,
                meta,
                out,
                &format!("read payment {id}"),
                &e,
            );
            return None;
        }
    };
    match (me, payment.collector_id.as_deref()) {
        (Ok(Answer::Ok(user)), Some(collector)) if collector != user.id => {
            out.push(meta.finding(
                codes.other_account,
                format!(
                    "Payment {id} was received by seller {collector}, not by this account (user {}).",
                    user.id
                ),
            ));
            return None;
        }
        (Ok(Answer::Ok(_)), Some(_)) => {}
        (Ok(Answer::Ok(_)), None) => {
            api_unavailable(
                ctx.settings.lang,
                meta,
                out,
                &format!("confirm that payment {id} belongs to this account"),
                &"the payment does not say its collector_id",
            );
        }
        (Ok(Answer::Refused(r)), _) => {
            api_unavailable(
                ctx.settings.lang,
                meta,
                out,
                "read the account (GET /users/me)",
                &r,
            );
        }
        (Err(e), _) => api_unavailable(
            ctx.settings.lang,
            meta,
            out,
            "read the account (GET /users/me)",
            &e,
        ),
    }
    Some(payment)
}
