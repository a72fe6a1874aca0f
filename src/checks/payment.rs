//! What both payment checks (`payment-quality`, `payment-approval`) share: reading the
//! configured production payment once and making sure it belongs to this account, and
//! what counts as a filled field.

use crate::api::models::Payment;
use crate::api::{Answer, ApiError};
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

/// One kind of resource [`owned`] reads: who owns it, and its catalogue messages.
pub(crate) struct Resource<T: 'static> {
    /// The owner's user id, as the resource names it.
    pub owner: fn(&T) -> Option<&str>,
    /// 404: `id`, `answer`.
    pub not_found: &'static str,
    /// What could not be read: `id`.
    pub read: &'static str,
    /// Another seller's: `id`, `owner`, `user`.
    pub other_account: &'static str,
    /// What could not be confirmed: `id`.
    pub confirm_owner: &'static str,
    /// Why not: the resource does not name its owner.
    pub no_owner: &'static str,
}

/// Reads a resource (`fetch`, a payment or an order) beside `/users/me` and checks that it
/// belongs to this account (its `owner` equals the user's id). Emits `codes`' not-found
/// and other-account of `meta`; returns the resource when the check can go on.
pub(crate) async fn owned<T>(
    ctx: &Context,
    meta: &'static CheckMeta,
    codes: PaymentCodes,
    id: &str,
    fetch: impl std::future::Future<Output = Result<Answer<T>, ApiError>>,
    msgs: &Resource<T>,
    out: &mut Outcome,
) -> Option<T> {
    let lang = ctx.settings.lang;
    let (resource, me) = tokio::join!(fetch, ctx.api.users_me());
    let resource = match resource {
        Ok(Answer::Ok(r)) => r,
        Ok(Answer::Refused(r)) if r.status == 404 => {
            out.push(meta.finding(
                codes.not_found,
                tr!(lang, msgs.not_found, id = id, answer = r.describe_in(lang)),
            ));
            return None;
        }
        Ok(Answer::Refused(r)) => {
            api_unavailable(lang, meta, out, &tr!(lang, msgs.read, id = id), &r);
            return None;
        }
        Err(e) => {
            api_unavailable(lang, meta, out, &tr!(lang, msgs.read, id = id), &e);
            return None;
        }
    };
    let account = tr!(lang, "payment-quality-read-account");
    match (me, (msgs.owner)(&resource)) {
        (Ok(Answer::Ok(user)), Some(other)) if other != user.id => {
            out.push(meta.finding(
                codes.other_account,
                tr!(
                    lang,
                    msgs.other_account,
                    id = id,
                    owner = other,
                    user = user.id.as_str()
                ),
            ));
            return None;
        }
        (Ok(Answer::Ok(_)), Some(_)) => {}
        (Ok(Answer::Ok(_)), None) => api_unavailable(
            lang,
            meta,
            out,
            &tr!(lang, msgs.confirm_owner, id = id),
            &tr!(lang, msgs.no_owner),
        ),
        (Ok(Answer::Refused(r)), _) => api_unavailable(lang, meta, out, &account, &r),
        (Err(e), _) => api_unavailable(lang, meta, out, &account, &e),
    }
    Some(resource)
}

/// Reads payment `id` and checks that its `collector_id` is this account.
pub(crate) async fn owned_payment(
    ctx: &Context,
    meta: &'static CheckMeta,
    codes: PaymentCodes,
    id: &str,
    out: &mut Outcome,
) -> Option<Payment> {
    const PAYMENT: Resource<Payment> = Resource {
        owner: |p| p.collector_id.as_deref(),
        not_found: "payment-quality-payment-not-found",
        read: "payment-quality-read-payment",
        other_account: "payment-quality-payment-other-account",
        confirm_owner: "payment-quality-confirm-payment-owner",
        no_owner: "payment-quality-payment-no-collector",
    };
    owned(ctx, meta, codes, id, ctx.api.payment(id), &PAYMENT, out).await
}
