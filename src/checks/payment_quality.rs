//! `payment-quality`: a production payment of this account carries what Mercado Pago's
//! quality measurement (the homologator) asks for, scored as an estimate out of 100.
//!
//! Facts behind it (`reference/mercadopago-api.md` §5): the score runs from 0 to 100 with a
//! pass mark of 75 and only required items add points (high confidence); the items per
//! product come from captures of Mercado Pago's `quality_checklist` tool (medium for
//! Checkout Pro, low-medium for Checkout API/Bricks) and live, as data, in
//! [`super::quality_items`]; points per item are not published, so each required item
//! weighs the same. No public API returns the official score.

use crate::api::Answer;
use crate::api::models::{Item, Payer, Payment, Preference};
pub use crate::checks::evidence::filled_by_mercado_pago;
use crate::checks::evidence::{address_ok, item_presence_in};
use crate::checks::order::{OrderProduct, detect as order_product, not_production, owned_order};
use crate::checks::order_quality::OrderEvidence;
use crate::checks::payment::{PaymentCodes, filled, owned_payment};
#[cfg(test)]
use crate::checks::quality_items::score;
use crate::checks::quality_items::{Kind, Presence, Probe, Product, Scored, Shows, score_in};
use crate::checks::{
    CheckMeta, Context, DefaultRequired, Need, OptionDoc, OptionKind, api_unavailable,
};
use crate::i18n::{Lang, Localized};
use crate::mcp::{Evaluation, McpClient, McpError, ToolText, read_evaluation};
use crate::report::{Outcome, Severity};
use crate::tr;

/// The `payment-quality` check.
pub struct PaymentQuality;

finding_codes! {
    /// The finding codes of this check, each with the one severity `explain` documents.
    enum Code in CODES {
        NotFound = ("not-found", Error, "GET /v1/payments/{id} (or GET /v1/orders/{id} for --order-id) answered 404: no payment or order with this id is visible to this access token.", "Give the id of a payment or order made with this account's production credentials (Mercado Pago panel > Activity, or the `id` your backend got when creating it)."),
        NotProduction = ("not-production", Error, "The payment was made in test mode (`live_mode: false`), or the order is a test one (`live_mode: false`, or read with a TEST- token); the quality measurement needs one made with production credentials.", "Make a real payment (a small one you refund afterwards) with the production credentials and pass its id."),
        OtherAccount = ("other-account", Error, "The payment or order belongs to another seller (the payment's `collector_id`, or the order's `user_id`, differs from the id of GET /users/me).", "Give a payment or order received by the account whose access token you use, or use that account's token."),
        MissingItem = ("missing-item", Warning, "A required item of the quality checklist is missing from the payment (or its preference); the message names the item and field path.", "Send the field named in the message when creating the preference (Checkout Pro) or the payment (Checkout API); the finding's fix says how."),
        LowScore = ("low-score", Error, "The estimated score is below the pass mark (`pass_mark`, 75 by default, the documented value). It is an estimate: the official score is in the Mercado Pago panel.", "Add the missing required items listed with this check, then compare with Your integrations > (application) > Evaluate quality."),
        Score = ("score", Info, "The estimated score, at or above the pass mark (`pass_mark`, 75 by default), with the product detected and how many required items were present. It is an estimate: the official score is in the Mercado Pago panel.", "Nothing required; add any missing items listed with this check, and compare with Your integrations > (application) > Evaluate quality."),
        GoodPractice = ("good-practice", Info, "A good practice of the quality checklist is not followed; good practices never change the score.", "Consider the practice named in the message; its fix says how."),
        NotVerifiable = ("not-verifiable", Info, "Required items of this product's checklist that no payment shows (device id, MercadoPago.js, SSL/TLS, secure card form), or that an order's GET does not echo (the buyer, when it shows only customer_id; the notification URL, set up in the panel); they are not scored here, never counted as missing.", "Verify them on the checkout page (the checkout-tls and checkout-page checks cover SSL, TLS and MercadoPago.js), in the panel, and in the official evaluation."),
        OfficialScore = ("official-score", Info, "With --official: Mercado Pago's own evaluation (the quality_evaluation tool of its MCP server) states this score, at or above the pass mark, or below it with `official_gates = false`. It is Mercado Pago's answer, not necessarily the score the panel publishes.", "Nothing required; compare with Your integrations > (application) > Evaluate quality."),
        OfficialLowScore = ("official-low-score", Error, "With --official: Mercado Pago's own evaluation (quality_evaluation) states a score below the pass mark (`pass_mark`), and `official_gates` is true (the default when a score was read).", "Do what the evaluation lists (see `official-improvements`) and the missing items of this check, make a new payment or order and run again; to report the score without failing, set `official_gates = false`."),
        OfficialImprovements = ("official-improvements", Info, "With --official: the items Mercado Pago's evaluation lists, quoted as it wrote them (read from its list; the text's format is not documented).", "Follow the items named; each is Mercado Pago's advice, not mp-golive's."),
        OfficialUnscored = ("official-unscored", Info, "With --official: Mercado Pago's evaluation answered, but states no score that could be read unambiguously; its text is quoted (cleaned and cut). The local estimate decides the check.", "Read the quoted text, or the full evaluation in Your integrations > (application) > Evaluate quality."),
        OfficialNotApplicable = ("official-not-applicable", Info, "With --official: Mercado Pago's evaluation says the product is not homologable (the measurement does not cover it, as for plugins and platforms); this changes nothing in the status.", "Nothing to fix: the measurement does not apply to this product."),
        OfficialError = ("official-error", Info, "With --official: Mercado Pago's MCP server could not be asked or its answer not read (unreachable, timeout, HTTP or JSON-RPC error, a tool not listed, an unreadable or oversized answer); the check is `error`, not `pass`, and the local estimate still stands.", "Run again later; check --mcp-url, that the access token is a production one the MCP server accepts, and -v for the requests. Or leave out --official."),
        OrderNotCovered = ("order-not-covered", Info, "The order is of a type the estimate does not cover (such as `qr`, in-store QR over Orders, which has its own measurement); it is not scored.", "Measure it in Your integrations > (application) > Evaluate quality; to have it estimated here, give an online order (Checkout API or Checkout Pro over Orders) or a payment."),
    }
}

/// What [`owned_payment`] raises for this check.
const PAYMENT_CODES: PaymentCodes = PaymentCodes {
    not_found: &CODES[Code::NotFound as usize],
    other_account: &CODES[Code::OtherAccount as usize],
};

static META: CheckMeta = CheckMeta {
    id: "payment-quality",
    title: "Integration quality (estimate)",
    seed_section: "Medición de calidad",
    requirement: "A production payment or order of this account carries the required items of Mercado Pago's quality checklist for its product, for an estimated score at or above the pass mark (75) out of 100.",
    needs: &[Need::AccessToken, Need::PaymentOrOrder],
    default_required: DefaultRequired::No,
    docs_url: "https://www.mercadopago.com.br/developers/en/docs/checkout-pro/additional-content/integration-quality",
    explain: "\
What it checks
  - GET /v1/payments/{payment_id}: the payment exists (404: not found), was made with
    production credentials (`live_mode: true`) and belongs to this account (`collector_id`
    equals the id of GET /users/me).
  - The product: Checkout Pro when point_of_interaction says so (business_info.sub_unit
    `checkout_pro`, application_data.name `checkout-off`) or the payment has a merchant
    order (`order.type: mercadopago`); otherwise Checkout API / Bricks. For Checkout Pro it
    follows order.id -> GET /merchant_orders/{id} -> GET /checkout/preferences/{id} to read
    back_urls, binary_mode, expiration and installments.
  - Each item of Mercado Pago's quality checklist for that product: items (id, title,
    description, category_id, quantity, unit_price), payer e-mail and names,
    statement_descriptor, external_reference, notification_url, back_urls (Checkout Pro),
    issuer_id (card payments, Checkout API), and an official backend SDK
    (additional_info.tracking_id containing `type:SDK`). Each missing required item is a
    warning with its field path and fix; missing good practices are info.
  - An estimated score: the share of the required items visible on the payment that are
    present, out of 100. Below the pass mark the check fails: `pass_mark` in
    [checks.payment-quality], 75 by default, the value Mercado Pago documents (merchants'
    panels have been seen showing 73; set 73 if yours does).
  - With --order-id (Orders API, which Mercado Pago now recommends for Checkout API and
    Checkout Pro): GET /v1/orders/{order_id} belongs to this account (`user_id`) and is not a
    test order where its shape tells (`live_mode: false`, or read with a TEST- token). An
    online order with a checkout_url is Checkout Pro over Orders, without one Checkout API;
    another type (`qr`) is said so and not scored. The items are read at their Orders paths:
    items[].external_code (the item id), title, description, category_id, quantity,
    unit_price; payer e-mail, names, document, phone, address; external_reference;
    transactions.payments[].payment_method.statement_descriptor; config.online.success_url
    (Checkout Pro); expiration_time and config.payment_method.max_installments (good
    practices). What an order's GET does not echo (the buyer, when it shows only
    customer_id; the notification URL, set up in the panel; the SDK; the card issuer) is
    listed as not verifiable, never counted as missing. With both ids, both are evaluated
    and each finding names the payment or the order it is about.

Why it matters
  Mercado Pago evaluates every Checkout Pro, Checkout API and Bricks integration each month
  (and on demand in Your integrations > (application) > Quality) and expects 75 or more.
  The same fields raise approval and ease reconciliation.

Confidence
  THE SCORE IS AN ESTIMATE. The official score, with Mercado Pago's own weights, is in the
  Mercado Pago panel: Your integrations > (application) > Evaluate quality. Points per item
  are not published, so every required item weighs the same here. The checklist comes from
  captures of Mercado Pago's quality_checklist tool (medium confidence for Checkout Pro,
  low-medium for Checkout API/Bricks); the product signals are medium confidence. Items
  that no payment shows (device id, MercadoPago.js, SSL/TLS, secure card form) are listed,
  not scored: the checkout checks verify some of them. statement_descriptor may be filled by
  Mercado Pago itself (`MP*…`), which is not counted as sent (low confidence). Webhooks
  configured in the panel do not show on a payment, so a missing notification_url may be a
  false alarm when they are. Orders: what a GET echoes comes from the official Node SDK's
  types (medium confidence), the product of an order is read from its type and checkout_url
  (medium-low), and the estimate assumes Orders are measured with the same checklist as
  payments (medium); an order does not say live_mode in the documented shape, so only a
  TEST- token or an answer that carries live_mode: false tells a test order.

Mercado Pago's own evaluation (--official, opt-in)
  With --official (or `official = true`), the same ids are also sent to Mercado Pago's MCP
  server (mcp_url, https://mcp.mercadopago.com/mcp by default), with the access token as
  bearer: initialize, tools/list, then quality_evaluation with payment_id (a number) and/or
  order_id, the token's application id (from the credentials endpoint) and the run's
  language, each only when the tool's input schema declares it. What it answers is
  reported as Mercado Pago's, beside the estimate, never instead of it: official-score
  (the score, read only when the text states one unambiguously next to \"score\", \"puntaje\"
  or \"pontuação\"), official-low-score below pass_mark (fails the check unless
  official_gates = false), official-improvements (the list items of its text, quoted),
  official-unscored (no readable score: its text, cleaned and cut), and
  official-not-applicable (\"Product not homologable\": info). An unreachable server, a
  timeout, an HTTP or JSON-RPC error, a tool tools/list does not name, or an answer that is
  unreadable or larger than 1 MiB is official-error: the check is `error`, not `pass`.
  Confidence: the tool names are high, its inputs medium, and the format of its text is
  not documented (no capture of quality_evaluation exists), so the score and the list
  are read conservatively. It is Mercado Pago's answer, not necessarily the panel's score.",
    codes: CODES,
    options: &[
        OptionDoc {
            key: "pass_mark",
            kind: OptionKind::Integer,
            default: "75",
            help: "The estimated score (1 to 100) below which the check fails. 75 is the value Mercado Pago documents; merchants' panels have been seen showing 73.",
        },
        OptionDoc {
            key: "official_gates",
            kind: OptionKind::Bool,
            default: "true",
            help: "With --official, whether Mercado Pago's own score below pass_mark fails the check (when a score could be read from its answer).",
        },
    ],
};

impl_check!(PaymentQuality, META, run, options = Options);

/// The payment and, for Checkout Pro, its preference.
#[derive(Debug, Clone, Copy)]
pub struct Evidence<'a> {
    /// The detected product: for Checkout Pro, what only the preference shows is unknown
    /// without it.
    pub product: Product,
    /// The payment.
    pub payment: &'a Payment,
    /// The preference, when it was read.
    pub preference: Option<&'a Preference>,
}

impl<'a> Evidence<'a> {
    fn payers(&self) -> Vec<&'a Payer> {
        let p = self.payment;
        // On a Checkout Pro payment the top-level payer comes from the buyer's Mercado Pago
        // account, not from the integration: once the preference is read, it tells.
        let own_payer = if self.preference.is_some() {
            None
        } else {
            p.payer.as_ref()
        };
        [
            own_payer,
            p.additional_info.as_ref().and_then(|a| a.payer.as_ref()),
            self.preference.and_then(|pr| pr.payer.as_ref()),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    fn items(&self) -> &'a [Item] {
        let on_payment = self
            .payment
            .additional_info
            .as_ref()
            .map(|a| a.items.as_slice())
            .unwrap_or_default();
        if on_payment.is_empty() {
            self.preference
                .map(|p| p.items.as_slice())
                .unwrap_or_default()
        } else {
            on_payment
        }
    }

    /// `what` names the payer's field: `payment-quality-payer-<what>`.
    fn any_payer(&self, lang: Lang, what: &str, has: impl Fn(&Payer) -> bool) -> Presence {
        if self.payers().into_iter().any(has) {
            Presence::Present
        } else {
            Presence::Missing(tr!(
                lang,
                "payment-quality-seen-no-payer-field",
                what = tr!(lang, &format!("payment-quality-payer-{what}"))
            ))
        }
    }
}

impl Shows for Evidence<'_> {
    fn presence_in(&self, lang: Lang, probe: Probe) -> Presence {
        let p = self.payment;
        let pref = self.preference;
        match probe {
            Probe::Item(field) => item_presence_in(lang, self.items(), field),
            Probe::PayerEmail => self.any_payer(lang, "email", |x| filled(&x.email)),
            Probe::PayerFirstName => self.any_payer(lang, "first-name", |x| filled(&x.first_name)),
            Probe::PayerLastName => self.any_payer(lang, "last-name", |x| filled(&x.last_name)),
            Probe::PayerIdentification => self.any_payer(lang, "document", |x| {
                x.identification
                    .as_ref()
                    .is_some_and(|i| filled(&i.kind) && filled(&i.number))
            }),
            Probe::PayerPhone => self.any_payer(lang, "phone", |x| {
                x.phone
                    .as_ref()
                    .is_some_and(|ph| filled(&ph.area_code) && filled(&ph.number))
            }),
            Probe::PayerAddress => self.any_payer(lang, "address", |x| {
                x.address.as_ref().is_some_and(address_ok)
            }),
            Probe::StatementDescriptor => {
                let sent = pref
                    .and_then(|pr| pr.statement_descriptor.clone())
                    .filter(|s| !s.trim().is_empty())
                    .or_else(|| {
                        p.statement_descriptor
                            .clone()
                            .filter(|s| !s.trim().is_empty())
                    });
                match sent {
                    Some(s) if filled_by_mercado_pago(&s) => Presence::Missing(tr!(
                        lang,
                        "payment-quality-seen-descriptor-by-mercado-pago",
                        descriptor = s
                    )),
                    Some(_) => Presence::Present,
                    None => Presence::Missing(tr!(lang, "payment-quality-seen-no-descriptor")),
                }
            }
            Probe::ExternalReference => {
                if filled(&p.external_reference)
                    || pref.is_some_and(|pr| filled(&pr.external_reference))
                {
                    Presence::Present
                } else {
                    Presence::Missing(tr!(lang, "payment-quality-seen-no-external-reference"))
                }
            }
            Probe::NotificationUrl => {
                if filled(&p.notification_url)
                    || pref.is_some_and(|pr| filled(&pr.notification_url))
                {
                    Presence::Present
                } else {
                    Presence::Missing(tr!(lang, "payment-quality-seen-no-notification-url"))
                }
            }
            Probe::BackUrls => match pref {
                None => Presence::Unknown,
                Some(pr) if pr.back_urls.as_ref().is_some_and(|b| filled(&b.success)) => {
                    Presence::Present
                }
                Some(_) => Presence::Missing(tr!(lang, "payment-quality-seen-no-back-urls")),
            },
            Probe::BackendSdk => {
                let tracking = p
                    .additional_info
                    .as_ref()
                    .and_then(|a| a.tracking_id.as_deref());
                match tracking {
                    Some(t) if is_sdk_tracking(t) => Presence::Present,
                    Some(t) => Presence::Missing(tr!(
                        lang,
                        "payment-quality-seen-tracking-id-without-sdk",
                        tracking_id = t
                    )),
                    None => Presence::Missing(tr!(lang, "payment-quality-seen-no-tracking-id")),
                }
            }
            Probe::IssuerId => {
                let card = p
                    .payment_type_id
                    .as_deref()
                    .is_some_and(|t| t.ends_with("_card"));
                if !card {
                    Presence::NotApplicable
                } else if filled(&p.issuer_id) {
                    Presence::Present
                } else {
                    Presence::Missing(tr!(lang, "payment-quality-seen-no-issuer-id"))
                }
            }
            Probe::BinaryMode => {
                if p.binary_mode == Some(true)
                    || pref.is_some_and(|pr| pr.binary_mode == Some(true))
                {
                    Presence::Present
                } else if pref.is_none() && self.product == Product::CheckoutPro {
                    Presence::Unknown
                } else {
                    Presence::Missing(tr!(lang, "payment-quality-seen-binary-mode-off"))
                }
            }
            Probe::PreferenceExpiration => match pref {
                None => Presence::Unknown,
                Some(pr) if pr.expires == Some(true) && filled(&pr.expiration_date_to) => {
                    Presence::Present
                }
                Some(_) => Presence::Missing(tr!(lang, "payment-quality-seen-no-expiration")),
            },
            Probe::MaxInstallments => match pref {
                None => Presence::Unknown,
                Some(pr)
                    if pr
                        .payment_methods
                        .as_ref()
                        .is_some_and(|m| m.installments.is_some()) =>
                {
                    Presence::Present
                }
                Some(_) => Presence::Missing(tr!(lang, "payment-quality-seen-no-installments")),
            },
            Probe::NotVisible(_) => Presence::Unknown,
        }
    }
}

/// What `items` show of `field`, in English.
#[cfg(test)]
pub(crate) fn item_presence(
    items: &[Item],
    field: crate::checks::quality_items::ItemField,
) -> Presence {
    item_presence_in(Lang::En, items, field)
}

/// `type:SDK…` in the tracking id means an official backend SDK created the payment
/// (medium-low confidence: read from captures).
pub fn is_sdk_tracking(tracking_id: &str) -> bool {
    tracking_id
        .split(',')
        .any(|part| part.trim().to_ascii_lowercase().starts_with("type:sdk"))
}

/// Detects the product, with the id of the catalogue message naming the signal that
/// decided.
pub fn detect_product(p: &Payment) -> (Product, &'static str) {
    let poi = p.point_of_interaction.as_ref();
    let sub_unit = poi
        .and_then(|x| x.business_info.as_ref())
        .and_then(|b| b.sub_unit.as_deref());
    let app = poi
        .and_then(|x| x.application_data.as_ref())
        .and_then(|a| a.name.as_deref());
    if sub_unit == Some("checkout_pro") {
        (Product::CheckoutPro, "payment-quality-detected-sub-unit")
    } else if app == Some("checkout-off") {
        (
            Product::CheckoutPro,
            "payment-quality-detected-checkout-off",
        )
    } else if p
        .order
        .as_ref()
        .is_some_and(|o| o.kind.as_deref() == Some("mercadopago") && filled(&o.id))
    {
        (
            Product::CheckoutPro,
            "payment-quality-detected-merchant-order",
        )
    } else {
        (
            Product::CheckoutApi,
            "payment-quality-detected-no-pro-signal",
        )
    }
}

/// Follows a Checkout Pro payment to its preference: order.id -> merchant order ->
/// preference. The error says which step failed.
async fn preference_of(ctx: &Context, p: &Payment) -> Result<Preference, String> {
    let lang = ctx.settings.lang;
    let order = p
        .order
        .as_ref()
        .and_then(|o| o.id.clone())
        .ok_or_else(|| tr!(lang, "payment-quality-no-order-to-follow"))?;
    let mo = match ctx.api.merchant_order(&order).await {
        Ok(Answer::Ok(mo)) => mo,
        Ok(Answer::Refused(r)) => return Err(r.text_in(lang)),
        Err(e) => return Err(e.text_in(lang)),
    };
    let pref_id = mo.preference_id.filter(|s| !s.is_empty()).ok_or_else(|| {
        tr!(
            lang,
            "payment-quality-merchant-order-no-preference",
            order = order.as_str()
        )
    })?;
    match ctx.api.preference(&pref_id).await {
        Ok(Answer::Ok(p)) => Ok(p),
        Ok(Answer::Refused(r)) => Err(r.text_in(lang)),
        Err(e) => Err(e.text_in(lang)),
    }
}

/// Follows the payment to its preference as soon as the payment answers, beside
/// [`owned_payment`]'s wait for `/users/me`: payment -> merchant order -> preference is the
/// run's critical path, and the account is only compared with the payment's collector at
/// the end. None when the chain is left to [`run`], after the comparison.
///
/// The chain is not followed for another seller's payment (a decision kept from the
/// sequential version). Without waiting for `/users/me`, the access token says whose it
/// is: its last segment is the account's user id. So the chain starts early when the
/// collector is that id, or when the payment names no collector (then it is followed
/// whatever `/users/me` says); any other collector waits for `/users/me`, as before.
async fn early_preference(ctx: &Context) -> Option<Result<Preference, String>> {
    let id = ctx.settings.payment_id.as_deref()?;
    // The same cached request as owned_payment's: asked once, answered to both.
    let Ok(Answer::Ok(payment)) = ctx.api.payment(id).await else {
        return None;
    };
    if detect_product(&payment).0 != Product::CheckoutPro {
        return None;
    }
    if let Some(collector) = payment.collector_id.as_deref() {
        let token_user = ctx
            .settings
            .access_token
            .as_ref()
            .and_then(|t| crate::api::shape::parse_access_token(t.expose()).ok())
            .map(|t| t.user_id);
        if token_user.as_deref() != Some(collector) {
            return None;
        }
    }
    Some(preference_of(ctx, &payment).await)
}

/// The `[checks.payment-quality]` keys; their defaults are the `OptionDoc`s' above.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Options {
    pass_mark: u32,
    official_gates: bool,
}

impl super::CheckOptions for Options {
    fn prepare(&mut self, lang: Lang) -> Result<(), String> {
        if (1..=100).contains(&self.pass_mark) {
            Ok(())
        } else {
            Err(tr!(lang, "config-pass-mark-range", value = self.pass_mark))
        }
    }
}

/// True when an estimated score fails: below the pass mark.
pub fn below_pass_mark(score: u32, pass_mark: u32) -> bool {
    score < pass_mark
}

async fn run(ctx: &Context) -> Outcome {
    let Some(mcp) = &ctx.mcp else {
        return local(ctx).await;
    };
    let (mut out, official) = tokio::join!(local(ctx), official_part(ctx, mcp));
    super::official::merge(&mut out, official);
    out
}

/// Mercado Pago's own evaluation of the payment and/or the order (`--official`), beside the
/// local estimate.
async fn official_part<'a>(ctx: &'a Context, mcp: &'a McpClient) -> Outcome {
    let settings = &ctx.settings;
    let options = super::options_of::<Options>(ctx, &META);
    let both = settings.payment_id.is_some() && settings.order_id.is_some();
    let payment = settings.payment_id.as_deref().map(Subject::Payment);
    let order = settings.order_id.as_deref().map(Subject::Order);
    if payment.is_none() && order.is_none() {
        return Outcome::default();
    }
    let app = super::official::application_id(ctx, mcp, TOOL).await;
    let evaluate = |subject: Option<Subject<'a>>| {
        let app = app.clone();
        let options = options.clone();
        async move {
            let subject = subject?;
            let mut out = Outcome::default();
            let answer = mcp
                .call(TOOL, evaluation_arguments(ctx, subject, app))
                .await;
            official_judge(settings.lang, &mut out, subject, both, &options, answer);
            Some(out)
        }
    };
    let (p, o) = tokio::join!(evaluate(payment), evaluate(order));
    let mut out = Outcome::default();
    for part in [p, o].into_iter().flatten() {
        super::official::merge(&mut out, part);
    }
    out
}

/// Mercado Pago's tool that evaluates a payment or an order.
const TOOL: &str = "quality_evaluation";

/// `quality_evaluation`'s inputs (`reference/` §3, medium confidence): `payment_id` as a
/// number, `order_id` as a string, the application and the run's language. The client
/// keeps only those the tool's schema declares.
fn evaluation_arguments(
    ctx: &Context,
    subject: Subject<'_>,
    app: Option<String>,
) -> serde_json::Map<String, serde_json::Value> {
    use serde_json::Value;
    let mut args = serde_json::Map::new();
    match subject {
        Subject::Payment(id) => {
            let v = id
                .parse::<u64>()
                .map_or_else(|_| Value::from(id), Value::from);
            args.insert("payment_id".into(), v);
        }
        Subject::Order(id) => {
            args.insert("order_id".into(), Value::from(id));
        }
    }
    if let Some(app) = app {
        let v = app
            .parse::<u64>()
            .map_or_else(|_| Value::from(app.as_str()), Value::from);
        args.insert("application_id".into(), v);
    }
    args.insert("lang".into(), Value::from(ctx.settings.lang.as_str()));
    args
}

/// Findings of one official evaluation: the score (gating when `official_gates`), the
/// improvements listed, or the text; an MCP failure is the part's `error`.
fn official_judge(
    lang: Lang,
    out: &mut Outcome,
    subject: Subject<'_>,
    named: bool,
    options: &Options,
    answer: Result<ToolText, McpError>,
) {
    let named = |text: String| {
        if named {
            format!("{}: {text}", subject.name(lang))
        } else {
            text
        }
    };
    let text = match answer {
        Ok(text) => text,
        Err(e) => {
            let what = named(tr!(lang, "payment-quality-official-what"));
            super::could_not(lang, &META, Code::OfficialError, out, &what, &e);
            return;
        }
    };
    let pass_mark = options.pass_mark;
    match read_evaluation(&text) {
        Evaluation::NotApplicable { text } => out.push(META.finding(
            Code::OfficialNotApplicable,
            named(tr!(
                lang,
                "payment-quality-official-not-applicable",
                text = text
            )),
        )),
        Evaluation::Read {
            score,
            improvements,
            text,
        } => {
            match score {
                Some(score) if below_pass_mark(score, pass_mark) && options.official_gates => out
                    .push(META.finding(
                        Code::OfficialLowScore,
                        named(tr!(
                            lang,
                            "payment-quality-official-low-score",
                            score = score,
                            pass_mark = pass_mark
                        )),
                    )),
                Some(score) => {
                    let id = if below_pass_mark(score, pass_mark) {
                        "payment-quality-official-low-not-gating"
                    } else {
                        "payment-quality-official-score"
                    };
                    out.push(META.finding(
                        Code::OfficialScore,
                        named(tr!(lang, id, score = score, pass_mark = pass_mark)),
                    ));
                }
                None => out.push(META.finding(
                    Code::OfficialUnscored,
                    named(tr!(lang, "payment-quality-official-unscored", text = text)),
                )),
            }
            if !improvements.is_empty() {
                out.push(META.finding(
                    Code::OfficialImprovements,
                    named(tr!(
                        lang,
                        "payment-quality-official-improvements",
                        items = improvements.join("; ")
                    )),
                ));
            }
            if let Some(score) = score {
                out.summary = Some(named(tr!(
                    lang,
                    "payment-quality-official-summary",
                    score = score
                )));
            }
        }
    }
}

/// The local estimate: the payment and/or the order read from the API and scored.
async fn local(ctx: &Context) -> Outcome {
    let settings = &ctx.settings;
    let pass_mark = super::options_of::<Options>(ctx, &META).pass_mark;
    // With both ids, each finding says which one it is about.
    let both = settings.payment_id.is_some() && settings.order_id.is_some();
    let (payment, order) = tokio::join!(
        async {
            match settings.payment_id.as_deref() {
                Some(id) => Some(payment_part(ctx, id, pass_mark, both).await),
                None => None,
            }
        },
        async {
            match settings.order_id.as_deref() {
                Some(id) => Some(order_part(ctx, id, pass_mark).await),
                None => None,
            }
        },
    );
    let mut parts: Vec<Outcome> = payment.into_iter().chain(order).collect();
    if parts.len() == 1 {
        return parts.remove(0);
    }
    let mut out = Outcome::default();
    if parts.is_empty() {
        super::ran_without_input(ctx.settings.lang, &META, &mut out);
        return out;
    }
    let mut summaries = Vec::new();
    for part in parts {
        summaries.extend(part.summary.clone());
        if let Some(reason) = part.undetermined.clone() {
            out.undetermined(reason);
        }
        if let Some(reason) = &part.skipped {
            summaries.push(reason.clone());
        }
        for f in part.findings {
            out.push(f);
        }
    }
    out.summary = (!summaries.is_empty()).then(|| summaries.join("; "));
    out
}

/// The payment's side: `GET /v1/payments/{id}`, its preference for Checkout Pro, the score.
async fn payment_part(ctx: &Context, id: &str, pass_mark: u32, named: bool) -> Outcome {
    let lang = ctx.settings.lang;
    let mut out = Outcome::default();
    let (owned, early) = tokio::join!(
        owned_payment(ctx, &META, PAYMENT_CODES, id, &mut out),
        early_preference(ctx)
    );
    let Some(payment) = owned else {
        return out;
    };
    match payment.live_mode {
        Some(true) => {}
        Some(false) => out.push(META.finding(
            Code::NotProduction,
            tr!(lang, "payment-quality-payment-test-mode", id = id),
        )),
        None => api_unavailable(
            lang,
            &META,
            &mut out,
            &tr!(lang, "payment-quality-tell-production", id = id),
            &tr!(lang, "payment-quality-payment-no-live-mode"),
        ),
    }

    let (product, why) = detect_product(&payment);
    let preference = if product == Product::CheckoutPro {
        let followed = match early {
            Some(followed) => followed,
            None => preference_of(ctx, &payment).await,
        };
        match followed {
            Ok(p) => Some(p),
            Err(e) => {
                api_unavailable(
                    lang,
                    &META,
                    &mut out,
                    &tr!(lang, "payment-quality-read-preference"),
                    &e,
                );
                None
            }
        }
    } else {
        None
    };
    let evidence = Evidence {
        product,
        payment: &payment,
        preference: preference.as_ref(),
    };
    let subject = named.then_some(Subject::Payment(id));
    judge(
        lang,
        &mut out,
        &score_in(lang, product, &evidence),
        product,
        why,
        pass_mark,
        subject,
    );
    out
}

/// The order's side: `GET /v1/orders/{id}`, the product it is, the score.
async fn order_part(ctx: &Context, id: &str, pass_mark: u32) -> Outcome {
    let lang = ctx.settings.lang;
    let mut out = Outcome::default();
    let Some(order) = owned_order(ctx, &META, PAYMENT_CODES, id, &mut out).await else {
        return out;
    };
    let token = ctx.settings.access_token.as_ref().map(|t| t.expose());
    if let Some(why) = not_production(&order, token) {
        out.push(META.finding(
            Code::NotProduction,
            tr!(
                lang,
                "payment-quality-order-not-production",
                id = id,
                why = tr!(lang, why)
            ),
        ));
    }
    let subject = Subject::Order(id);
    match order_product(&order) {
        OrderProduct::NotCovered => {
            let kind = order.kind.as_deref().unwrap_or("?");
            out.push(META.finding(
                Code::OrderNotCovered,
                tr!(
                    lang,
                    "payment-quality-order-not-covered",
                    id = id,
                    kind = kind
                ),
            ));
            out.summary = Some(tr!(
                lang,
                "payment-quality-order-not-covered-summary",
                id = id,
                kind = kind
            ));
            if out.findings.iter().all(|f| f.severity == Severity::Info) {
                out.skipped = out.summary.clone();
            }
        }
        OrderProduct::Covered(product, why) => {
            let evidence = OrderEvidence { order: &order };
            judge(
                lang,
                &mut out,
                &score_in(lang, product, &evidence),
                product,
                why,
                pass_mark,
                Some(subject),
            );
        }
    }
    out
}

/// What a run that evaluates both a payment and an order names in each message.
#[derive(Debug, Clone, Copy)]
enum Subject<'a> {
    /// `--payment-id`.
    Payment(&'a str),
    /// `--order-id`.
    Order(&'a str),
}

impl Subject<'_> {
    /// "Payment 123", "Order ORD…" in `lang`, as a message begins.
    fn name(self, lang: Lang) -> String {
        match self {
            Subject::Payment(id) => tr!(lang, "payment-quality-subject-payment", id = id),
            Subject::Order(id) => tr!(lang, "payment-quality-subject-order", id = id),
        }
    }
}

/// The score and every missing item of one payment or order, as findings; `subject` names
/// it in each message when the run evaluates both.
fn judge(
    lang: Lang,
    out: &mut Outcome,
    scored: &Scored,
    product: Product,
    why: &str,
    pass_mark: u32,
    subject: Option<Subject<'_>>,
) {
    let named = |text: String| match subject {
        Some(s) => format!("{}: {text}", s.name(lang)),
        None => text,
    };
    let why = tr!(lang, why);
    let Some(score) = scored.score() else {
        api_unavailable(
            lang,
            &META,
            out,
            &named(tr!(lang, "payment-quality-score-it")),
            &tr!(lang, "payment-quality-nothing-readable"),
        );
        return;
    };
    let estimate = tr!(
        lang,
        "payment-quality-estimate",
        score = score,
        product = product.name(),
        present = scored.present,
        scored = scored.scored,
        why = why.as_str()
    );
    let official = tr!(lang, "payment-quality-official");
    if below_pass_mark(score, pass_mark) {
        out.push(META.finding(
            Code::LowScore,
            named(tr!(
                lang,
                "payment-quality-low-score",
                estimate = estimate,
                pass_mark = pass_mark,
                official = official
            )),
        ));
    } else {
        out.push(META.finding(
            Code::Score,
            named(tr!(
                lang,
                "payment-quality-score",
                estimate = estimate,
                official = official
            )),
        ));
    }
    let mut hidden = Vec::new();
    for (item, presence) in &scored.items {
        match (item.kind, presence) {
            (Kind::Required, Presence::Missing(what)) => {
                let mut f = META.finding(
                    Code::MissingItem,
                    named(tr!(
                        lang,
                        "payment-quality-missing-item",
                        item = item.name,
                        field = item.field_in(lang),
                        what = what.as_str()
                    )),
                );
                f.remedy = item.fix_in(lang);
                out.push(f);
            }
            (Kind::GoodPractice, Presence::Missing(what)) => {
                let mut f = META.finding(
                    Code::GoodPractice,
                    named(tr!(
                        lang,
                        "payment-quality-good-practice",
                        item = item.name,
                        field = item.field_in(lang),
                        what = what.as_str()
                    )),
                );
                f.remedy = item.fix_in(lang);
                out.push(f);
            }
            (Kind::Required, Presence::Unknown) => {
                if let Some(where_) = item.where_in(lang) {
                    hidden.push(format!("`{}` ({where_})", item.name));
                }
            }
            (Kind::Required, Presence::NotShown(why)) => {
                hidden.push(format!("`{}` ({})", item.name, tr!(lang, why)));
            }
            _ => {}
        }
    }
    if !hidden.is_empty() {
        let id = if matches!(subject, Some(Subject::Order(_))) {
            "payment-quality-not-scored-order"
        } else {
            "payment-quality-not-scored-payment"
        };
        out.push(META.finding(
            Code::NotVerifiable,
            named(tr!(lang, id, items = hidden.join("; "))),
        ));
    }
    let line = tr!(
        lang,
        "payment-quality-summary",
        score = score,
        product = product.name(),
        why = why.as_str()
    );
    out.summary = Some(match subject {
        // Lower-cased whole, id included, as the English summary always was.
        // "order ORD01…": the first letter only, an order id keeps its case.
        Some(s) => {
            let name = s.name(lang);
            let mut chars = name.chars();
            let first: String = chars
                .next()
                .map(|c| c.to_lowercase().collect())
                .unwrap_or_default();
            format!("{first}{}: {line}", chars.as_str())
        }
        None => line,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::quality_items::ItemField;

    fn payment(json: &str) -> Payment {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn products_are_told_apart() {
        let pro = payment(
            r#"{"point_of_interaction": {"type": "CHECKOUT", "business_info": {"sub_unit": "checkout_pro"}}}"#,
        );
        assert_eq!(detect_product(&pro).0, Product::CheckoutPro);
        let off =
            payment(r#"{"point_of_interaction": {"application_data": {"name": "checkout-off"}}}"#);
        assert_eq!(detect_product(&off).0, Product::CheckoutPro);
        let mo = payment(r#"{"order": {"id": "31080403168", "type": "mercadopago"}}"#);
        assert_eq!(detect_product(&mo).0, Product::CheckoutPro);
        let api = payment(r#"{"order": null, "point_of_interaction": {"type": "PIX"}}"#);
        assert_eq!(detect_product(&api).0, Product::CheckoutApi);
    }

    #[test]
    fn sdk_and_descriptor_traps() {
        assert!(is_sdk_tracking(
            "platform:v22|v22.14.0,so:so;,type:SDK2.5.0,security:none"
        ));
        assert!(!is_sdk_tracking(
            "platform:v1-whitelabel,so:ALL,type:N/A,security:none"
        ));
        assert!(filled_by_mercado_pago("MP*MYSHOP"));
        assert!(!filled_by_mercado_pago("MYSHOP"));
    }

    #[test]
    fn items_count_only_when_on_every_item() {
        let items: Vec<Item> = serde_json::from_str(
            r#"[{"id": "1", "quantity": "1", "unit_price": "9.90"}, {"quantity": 0, "unit_price": "x"}]"#,
        )
        .unwrap();
        assert_eq!(
            item_presence(&items, ItemField::Id),
            Presence::Missing("absent on 1 of 2 items".into())
        );
        assert!(matches!(
            item_presence(&items, ItemField::Quantity),
            Presence::Missing(_)
        ));
        assert_eq!(
            item_presence(&items[..1], ItemField::UnitPrice),
            Presence::Present
        );
        assert!(matches!(
            item_presence(&[], ItemField::Title),
            Presence::Missing(_)
        ));
    }

    #[test]
    fn score_rounds_and_ignores_unscorable_items() {
        let bare = payment(r#"{"payment_type_id": "bank_transfer", "payer": {"email": "a@b.c"}}"#);
        let s = score(
            Product::CheckoutApi,
            &Evidence {
                product: Product::CheckoutApi,
                payment: &bare,
                preference: None,
            },
        );
        // issuer_id does not apply to Pix, and five items are not visible: 13 scored.
        assert_eq!((s.present, s.scored), (1, 13));
        assert_eq!(s.score(), Some(8));
    }

    fn preference(json: &str) -> Preference {
        serde_json::from_str(json).unwrap()
    }

    /// What `probe` sees on `payment` (and `pref`), as Checkout API or Checkout Pro.
    fn seen(
        product: Product,
        payment: &Payment,
        pref: Option<&Preference>,
        probe: Probe,
    ) -> Presence {
        Evidence {
            product,
            payment,
            preference: pref,
        }
        .presence(probe)
    }

    fn api(json: &str, probe: Probe) -> Presence {
        seen(Product::CheckoutApi, &payment(json), None, probe)
    }

    fn missing(p: Presence) -> bool {
        matches!(p, Presence::Missing(_))
    }

    #[test]
    fn payer_fields_are_read_from_any_payer() {
        let full = r#"{"payer": {"email": "a@b.c", "first_name": "Ana", "last_name": "Silva",
            "identification": {"type": "CPF", "number": "1"},
            "phone": {"area_code": "11", "number": "9"},
            "address": {"zip_code": "01000", "street_name": "Rua A"}}}"#;
        for probe in [
            Probe::PayerEmail,
            Probe::PayerFirstName,
            Probe::PayerLastName,
            Probe::PayerIdentification,
            Probe::PayerPhone,
            Probe::PayerAddress,
        ] {
            assert_eq!(api(full, probe), Presence::Present, "{probe:?}");
            assert!(missing(api("{}", probe)), "{probe:?}");
        }
        let in_info = r#"{"additional_info": {"payer": {"first_name": "Ana"}}}"#;
        assert_eq!(api(in_info, Probe::PayerFirstName), Presence::Present);
        let halves = [
            (
                r#"{"payer": {"identification": {"type": "CPF"}}}"#,
                Probe::PayerIdentification,
            ),
            (
                r#"{"payer": {"identification": {"number": "1"}}}"#,
                Probe::PayerIdentification,
            ),
            (
                r#"{"payer": {"phone": {"area_code": "11"}}}"#,
                Probe::PayerPhone,
            ),
            (
                r#"{"payer": {"phone": {"number": "9"}}}"#,
                Probe::PayerPhone,
            ),
            (
                r#"{"payer": {"address": {"zip_code": "01000"}}}"#,
                Probe::PayerAddress,
            ),
            (
                r#"{"payer": {"address": {"street_name": "Rua A"}}}"#,
                Probe::PayerAddress,
            ),
        ];
        for (json, probe) in halves {
            assert!(missing(api(json, probe)), "{json}");
        }
    }

    #[test]
    fn a_checkout_pro_payer_comes_from_the_preference_once_it_is_read() {
        // The top-level payer of a Checkout Pro payment is the buyer's own account.
        let p = payment(r#"{"payer": {"email": "buyer@account.example"}}"#);
        let pref = preference(r#"{"payer": {"name": "Ana"}}"#);
        assert!(missing(seen(
            Product::CheckoutPro,
            &p,
            Some(&pref),
            Probe::PayerEmail
        )));
        assert_eq!(
            seen(Product::CheckoutPro, &p, Some(&pref), Probe::PayerFirstName),
            Presence::Present
        );
        assert_eq!(
            seen(Product::CheckoutPro, &p, None, Probe::PayerEmail),
            Presence::Present
        );
    }

    #[test]
    fn items_come_from_the_payment_else_the_preference() {
        let pref = preference(r#"{"items": [{"id": "SKU1", "title": "Shirt"}]}"#);
        let bare = payment("{}");
        assert_eq!(
            seen(
                Product::CheckoutPro,
                &bare,
                Some(&pref),
                Probe::Item(ItemField::Id)
            ),
            Presence::Present
        );
        let own = payment(r#"{"additional_info": {"items": [{"title": "Shirt"}]}}"#);
        assert_eq!(
            seen(
                Product::CheckoutPro,
                &own,
                Some(&pref),
                Probe::Item(ItemField::Id)
            ),
            Presence::Missing("absent on every item".into())
        );
        assert_eq!(
            seen(
                Product::CheckoutPro,
                &own,
                Some(&pref),
                Probe::Item(ItemField::Title)
            ),
            Presence::Present
        );
    }

    #[test]
    fn statement_descriptors_sent_by_the_integration_count() {
        let d = |pay: &str, pref: Option<&str>| {
            let pref = pref.map(preference);
            seen(
                Product::CheckoutPro,
                &payment(pay),
                pref.as_ref(),
                Probe::StatementDescriptor,
            )
        };
        assert_eq!(
            d(r#"{"statement_descriptor": "MYSHOP"}"#, None),
            Presence::Present
        );
        assert_eq!(
            d("{}", Some(r#"{"statement_descriptor": "MYSHOP"}"#)),
            Presence::Present
        );
        assert_eq!(
            d(
                r#"{"statement_descriptor": "MYSHOP"}"#,
                Some(r#"{"statement_descriptor": " "}"#)
            ),
            Presence::Present
        );
        assert!(missing(d(r#"{"statement_descriptor": "MP*MYSHOP"}"#, None)));
        assert!(missing(d(r#"{"statement_descriptor": "  "}"#, None)));
        assert_eq!(
            d("{}", None),
            Presence::Missing("no statement_descriptor".into())
        );
    }

    #[test]
    fn references_and_urls_on_either_the_payment_or_the_preference() {
        for (field, probe) in [
            ("external_reference", Probe::ExternalReference),
            ("notification_url", Probe::NotificationUrl),
        ] {
            let on_payment = payment(&format!(r#"{{"{field}": "x"}}"#));
            let pref = preference(&format!(r#"{{"{field}": "x"}}"#));
            let bare = payment("{}");
            assert_eq!(
                seen(Product::CheckoutPro, &on_payment, None, probe),
                Presence::Present
            );
            assert_eq!(
                seen(Product::CheckoutPro, &bare, Some(&pref), probe),
                Presence::Present
            );
            assert!(missing(seen(Product::CheckoutPro, &bare, None, probe)));
        }
    }

    #[test]
    fn preference_only_items_are_unknown_without_the_preference() {
        let p = payment("{}");
        let pro =
            |pref: &str, probe| seen(Product::CheckoutPro, &p, Some(&preference(pref)), probe);
        for probe in [
            Probe::BackUrls,
            Probe::PreferenceExpiration,
            Probe::MaxInstallments,
            Probe::BinaryMode,
        ] {
            assert_eq!(
                seen(Product::CheckoutPro, &p, None, probe),
                Presence::Unknown
            );
        }
        assert_eq!(
            pro(
                r#"{"back_urls": {"success": "https://shop.test/ok"}}"#,
                Probe::BackUrls
            ),
            Presence::Present
        );
        assert!(missing(pro(
            r#"{"back_urls": {"failure": "https://shop.test/ko"}}"#,
            Probe::BackUrls
        )));
        assert_eq!(
            pro(
                r#"{"expires": true, "expiration_date_to": "2026-01-01T00:00:00.000-03:00"}"#,
                Probe::PreferenceExpiration
            ),
            Presence::Present
        );
        assert!(missing(pro(
            r#"{"expires": true}"#,
            Probe::PreferenceExpiration
        )));
        assert!(missing(pro(
            r#"{"expires": false, "expiration_date_to": "2026-01-01T00:00:00.000-03:00"}"#,
            Probe::PreferenceExpiration
        )));
        assert_eq!(
            pro(
                r#"{"payment_methods": {"installments": 6}}"#,
                Probe::MaxInstallments
            ),
            Presence::Present
        );
        assert!(missing(pro(
            r#"{"payment_methods": {}}"#,
            Probe::MaxInstallments
        )));
    }

    #[test]
    fn binary_mode_on_the_payment_or_the_preference() {
        let on = payment(r#"{"binary_mode": true}"#);
        let off = payment(r#"{"binary_mode": false}"#);
        let bare = payment("{}");
        let pref_on = preference(r#"{"binary_mode": true}"#);
        let pref_off = preference(r#"{"binary_mode": false}"#);
        let b = |product, p, pref| seen(product, p, pref, Probe::BinaryMode);
        assert_eq!(b(Product::CheckoutApi, &on, None), Presence::Present);
        assert!(missing(b(Product::CheckoutApi, &off, None)));
        assert!(missing(b(Product::CheckoutApi, &bare, None)));
        assert_eq!(
            b(Product::CheckoutPro, &bare, Some(&pref_on)),
            Presence::Present
        );
        assert!(missing(b(Product::CheckoutPro, &bare, Some(&pref_off))));
        assert_eq!(b(Product::CheckoutPro, &on, None), Presence::Present);
    }

    #[test]
    fn issuer_id_applies_to_card_payments_only() {
        assert_eq!(
            api(
                r#"{"payment_type_id": "credit_card", "issuer_id": "24"}"#,
                Probe::IssuerId
            ),
            Presence::Present
        );
        assert!(missing(api(
            r#"{"payment_type_id": "debit_card"}"#,
            Probe::IssuerId
        )));
        assert_eq!(
            api(r#"{"payment_type_id": "bank_transfer"}"#, Probe::IssuerId),
            Presence::NotApplicable
        );
    }

    #[test]
    fn the_backend_sdk_is_read_from_the_tracking_id() {
        let t = |id: &str| {
            api(
                &format!(r#"{{"additional_info": {{"tracking_id": "{id}"}}}}"#),
                Probe::BackendSdk,
            )
        };
        assert_eq!(
            t("platform:v1,type:SDK2.5.0,security:none"),
            Presence::Present
        );
        assert!(missing(t("platform:v1,type:N/A")));
        assert!(missing(api("{}", Probe::BackendSdk)));
        assert_eq!(api("{}", Probe::NotVisible("x")), Presence::Unknown);
    }

    #[test]
    fn quantities_and_prices_must_be_positive() {
        let items: Vec<Item> = serde_json::from_str(
            r#"[{"quantity": "0", "unit_price": "0"}, {"quantity": "-1", "unit_price": "-1"}]"#,
        )
        .unwrap();
        for field in [ItemField::Quantity, ItemField::UnitPrice] {
            assert_eq!(
                item_presence(&items, field),
                Presence::Missing("absent on every item".into())
            );
            assert_eq!(
                item_presence(&items[..1], field),
                Presence::Missing("absent on every item".into())
            );
        }
        let one: Vec<Item> =
            serde_json::from_str(r#"[{"quantity": "1", "unit_price": "0.01"}]"#).unwrap();
        assert_eq!(item_presence(&one, ItemField::Quantity), Presence::Present);
        assert_eq!(item_presence(&one, ItemField::UnitPrice), Presence::Present);
    }

    #[test]
    fn mercado_pagos_own_descriptors() {
        assert!(filled_by_mercado_pago("MERCADOPAGO*MYSHOP"));
        assert!(filled_by_mercado_pago(" mercadopago "));
        assert!(filled_by_mercado_pago("mp*shop"));
        assert!(!filled_by_mercado_pago("MERCADOPAGOSHOP"));
    }

    #[test]
    fn an_order_of_another_type_or_without_id_is_not_checkout_pro() {
        let p = |j: &str| detect_product(&payment(j)).0;
        assert_eq!(
            p(r#"{"order": {"id": "1", "type": "other"}}"#),
            Product::CheckoutApi
        );
        assert_eq!(
            p(r#"{"order": {"type": "mercadopago"}}"#),
            Product::CheckoutApi
        );
        assert_eq!(
            p(
                r#"{"point_of_interaction": {"business_info": {"sub_unit": "default"},
                  "application_data": {"name": "sdk"}}}"#
            ),
            Product::CheckoutApi
        );
    }

    #[test]
    fn the_score_is_the_rounded_share_of_present_items() {
        let s = |present, scored| {
            Scored {
                items: vec![],
                present,
                scored,
            }
            .score()
        };
        assert_eq!(s(0, 0), None);
        assert_eq!(s(10, 13), Some(77));
        assert_eq!(s(13, 13), Some(100));
        assert_eq!(s(1, 2), Some(50));
        assert_eq!(s(2, 3), Some(67));
        assert_eq!(s(0, 5), Some(0));
    }

    #[test]
    fn score_counts_present_and_missing_required_items() {
        let p = payment(
            r#"{"payment_type_id": "credit_card", "issuer_id": "24", "external_reference": "o1",
                "payer": {"email": "a@b.c"}}"#,
        );
        let s = score(
            Product::CheckoutApi,
            &Evidence {
                product: Product::CheckoutApi,
                payment: &p,
                preference: None,
            },
        );
        assert_eq!((s.present, s.scored), (3, 14));
        // Every item of the product's checklist is listed, scored or not.
        assert_eq!(
            s.items.len(),
            crate::checks::quality_items::checklist(Product::CheckoutApi).count()
        );
    }

    #[test]
    fn the_pass_mark_itself_passes() {
        assert!(below_pass_mark(0, 75));
        assert!(below_pass_mark(74, 75));
        assert!(!below_pass_mark(75, 75));
        assert!(!below_pass_mark(100, 75));
        assert!(below_pass_mark(72, 73));
        assert!(!below_pass_mark(73, 73));
    }
}
