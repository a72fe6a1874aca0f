//! `payment-approval`: a payment of this account carries the data Mercado Pago's fraud
//! prevention uses to approve more payments: items, buyer, shipment and industry fields.
//!
//! Facts behind it (`reference/mercadopago-api.md` §6.2, high confidence for the fields):
//! in the Payments API they go under `additional_info` (and top-level `payer`); a Checkout
//! Pro preference's items and payer show on its payments' `additional_info` and `payer`.
//! The category ids that call for industry fields are an inference (medium-low).

use crate::api::models::{Address, Item, Order, Payer, Payment};
use crate::checks::order::{echoed_payer, owned_order};
use crate::checks::payment::{PaymentCodes, filled, owned_payment};
use crate::checks::{CheckMeta, Context, DefaultRequired, Need};
use crate::i18n::Lang;
use crate::report::{Outcome, Severity};
use crate::tr;

/// The `payment-approval` check.
pub struct PaymentApproval;

finding_codes! {
    /// The finding codes of this check, each with the one severity `explain` documents.
    enum Code in CODES {
        NotFound = ("not-found", Error, "GET /v1/payments/{id} (or GET /v1/orders/{id} for --order-id) answered 404: no payment or order with this id is visible to this access token.", "Give the id of a payment or order received by this account (Mercado Pago panel > Activity, or the `id` your backend got when creating it)."),
        OtherAccount = ("other-account", Error, "The payment or order belongs to another seller (the payment's `collector_id`, or the order's `user_id`, differs from the id of GET /users/me).", "Give a payment or order received by the account whose access token you use."),
        MissingField = ("missing-field", Warning, "A field that raises approval is missing from the payment or order; the message names its path.", "Send the field named in the message when creating the payment (under additional_info for Checkout API), the preference (items, payer, shipments for Checkout Pro) or the order (items, payer, shipment, additional_info for Orders)."),
        NotVerifiable = ("not-verifiable", Info, "Recommended fields an order's GET does not echo (the buyer when the payer shows only customer_id, the shipment, additional_info); they are not verified here and never counted as missing.", "Check in your backend that the order is created with them (items, payer, shipment.address, additional_info for travel); Mercado Pago's answer does not show them."),
    }
}

/// What [`owned_payment`] raises for this check.
const PAYMENT_CODES: PaymentCodes = PaymentCodes {
    not_found: &CODES[Code::NotFound as usize],
    other_account: &CODES[Code::OtherAccount as usize],
};

static META: CheckMeta = CheckMeta {
    id: "payment-approval",
    title: "Data that raises approval",
    seed_section: "Aprobación de pagos",
    requirement: "A payment or order of this account carries the recommended item, buyer, shipment and industry data that raises approval.",
    needs: &[Need::AccessToken, Need::PaymentOrOrder],
    default_required: DefaultRequired::No,
    docs_url: "https://www.mercadopago.com.br/developers/en/docs/checkout-api-v2/how-tos/improve-payment-approval",
    explain: "\
What it checks
  GET /v1/payments/{payment_id} (the same answer payment-quality reads) belongs to this
  account and carries:
  - for every item (additional_info.items[]): id, title, description, category_id,
    quantity, unit_price;
  - the buyer: payer.first_name, payer.last_name, payer.email, payer.identification (type
    and number), payer.phone (area_code and number), payer.address (zip_code, street_name,
    street_number); additional_info.payer counts too;
  - the shipment: additional_info.shipments.receiver_address (zip_code, street_name,
    street_number), unless every item is of a category that is not shipped
    (virtual_goods, services, tickets, donations, learnings, coupons, entertainment,
    travels);
  - industry fields where the category calls for them: items[].event_date for tickets and
    entertainment, items[].category_descriptor (passenger, route) for travels.
  With --order-id (Orders API), GET /v1/orders/{order_id} (the answer payment-quality
  reads) belongs to this account (`user_id`) and carries the same fields at their Orders
  paths: items[] (external_code, title, description, category_id, quantity, unit_price,
  event_date for tickets), payer (when the GET echoes it), shipment.address (when echoed),
  and additional_info.travel.passengers / travel.routes for travel items. What the GET does
  not echo is one info finding, not verifiable, never counted as missing. With both ids,
  both are read and each finding names the payment or the order.
  Each gap is a warning with its field path; the check passes when every recommended
  field it can see is present.

Why it matters
  Mercado Pago's fraud prevention approves more payments when it knows who buys what and
  where it goes; its \"improve approval\" guide lists these fields.

Confidence
  The field list is documented (high confidence). Which categories call for industry fields
  and which are never shipped is an inference from Mercado Pago's category ids (medium-low).
  For orders, what a GET echoes comes from the official Node SDK's types (medium): its
  response type has the payer's customer_id and no shipment or additional_info.
  The device id (MercadoPago.js or security.js, sent as X-meli-session-id) also raises
  approval but is not shown on a payment; the checkout-page check looks for MercadoPago.js
  on the checkout page.",
    codes: CODES,
    options: &[],
};

impl_check!(PaymentApproval, META, run);

/// Categories whose items are not shipped (inference from Mercado Pago's category ids).
const NOT_SHIPPED: &[&str] = &[
    "virtual_goods",
    "services",
    "tickets",
    "donations",
    "learnings",
    "coupons",
    "entertainment",
    "travels",
];

/// One missing field: its path and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    /// The field path, such as `additional_info.items[].category_id`.
    pub path: String,
    /// What was seen.
    pub detail: String,
}

fn gap(path: &str, detail: impl Into<String>) -> Gap {
    Gap {
        path: path.to_owned(),
        detail: detail.into(),
    }
}

/// Every recommended field the payment lacks, in a stable order, told in English.
#[cfg(test)]
pub fn gaps(p: &Payment) -> Vec<Gap> {
    gaps_in(Lang::En, p)
}

/// Every recommended field the payment lacks, in a stable order, what was seen told in
/// `lang`.
pub fn gaps_in(lang: Lang, p: &Payment) -> Vec<Gap> {
    let mut out = Vec::new();
    let info = p.additional_info.as_ref();
    let items: &[Item] = info.map(|a| a.items.as_slice()).unwrap_or_default();
    item_gaps(lang, items, "additional_info.items", &mut out);
    if !items.is_empty() {
        event_gaps(lang, items, "additional_info.items[].event_date", &mut out);
        let trips = of_categories(items, &["travels"]);
        let bare = trips
            .iter()
            .filter(|i| {
                !i.category_descriptor
                    .as_ref()
                    .is_some_and(|d| d.get("passenger").is_some() && d.get("route").is_some())
            })
            .count();
        if bare > 0 {
            out.push(gap(
                "additional_info.items[].category_descriptor",
                tr!(
                    lang,
                    "payment-approval-seen-no-passenger-route",
                    count = bare
                ),
            ));
        }
    }
    let payers: Vec<&Payer> = [p.payer.as_ref(), info.and_then(|a| a.payer.as_ref())]
        .into_iter()
        .flatten()
        .collect();
    payer_gaps(lang, &payers, &mut out);
    if shipped(items) {
        let receiver = info
            .and_then(|a| a.shipments.as_ref())
            .and_then(|s| s.receiver_address.as_ref());
        address_gap(
            lang,
            receiver,
            "additional_info.shipments.receiver_address",
            "payment-approval-seen-no-shipment-address",
            &mut out,
        );
    }
    out
}

/// What an order lacks, at its Orders paths, and what its GET does not echo (not
/// verifiable: never counted as missing), both in a stable order and told in `lang`.
pub fn order_gaps(lang: Lang, o: &Order) -> (Vec<Gap>, Vec<String>) {
    let mut out = Vec::new();
    let mut unseen = Vec::new();
    item_gaps(lang, &o.items, "items", &mut out);
    event_gaps(lang, &o.items, "items[].event_date", &mut out);
    if !of_categories(&o.items, &["travels"]).is_empty() {
        match &o.additional_info {
            None => unseen.push(tr!(lang, "payment-approval-unseen-travel")),
            Some(info) => {
                let given = |k: &str| {
                    info.get(k)
                        .is_some_and(|v| !v.is_null() && v.as_array().is_none_or(|a| !a.is_empty()))
                };
                for key in ["travel.passengers", "travel.routes"] {
                    if !given(key) {
                        out.push(gap(
                            &format!("additional_info.{key}"),
                            tr!(lang, "payment-approval-seen-absent-on-travel-order"),
                        ));
                    }
                }
            }
        }
    }
    match echoed_payer(o) {
        Some(payer) => payer_gaps(lang, &[payer], &mut out),
        None => unseen.push(tr!(lang, "payment-approval-unseen-payer")),
    }
    if shipped(&o.items) {
        match o.shipment.as_ref() {
            Some(s) => address_gap(
                lang,
                s.receiver_address.as_ref(),
                "shipment.address",
                "payment-approval-seen-no-shipment-address",
                &mut out,
            ),
            None => unseen.push(tr!(lang, "payment-approval-unseen-shipment")),
        }
    }
    (out, unseen)
}

fn item_gaps(lang: Lang, items: &[Item], path: &str, out: &mut Vec<Gap>) {
    if items.is_empty() {
        out.push(gap(path, tr!(lang, "payment-approval-seen-no-items")));
        return;
    }
    type Has = fn(&Item) -> bool;
    // An order's item id is its `external_code`.
    let id = if path == "items" {
        "external_code"
    } else {
        "id"
    };
    let fields: [(&str, Has); 6] = [
        (id, |i| filled(&i.id)),
        ("title", |i| filled(&i.title)),
        ("description", |i| filled(&i.description)),
        ("category_id", |i| filled(&i.category_id)),
        ("quantity", |i| i.quantity.is_some_and(|q| q > 0.0)),
        ("unit_price", |i| i.unit_price.is_some_and(|u| u > 0.0)),
    ];
    for (name, has) in fields {
        let missing = items.iter().filter(|i| !has(i)).count();
        if missing > 0 {
            out.push(gap(
                &format!("{path}[].{name}"),
                tr!(
                    lang,
                    "payment-approval-seen-absent-on-some-items",
                    missing = missing,
                    total = items.len()
                ),
            ));
        }
    }
}

fn payer_gaps(lang: Lang, payers: &[&Payer], out: &mut Vec<Gap>) {
    let any = |f: &dyn Fn(&Payer) -> bool| payers.iter().any(|x| f(x));
    if !any(&|x| filled(&x.first_name)) {
        out.push(gap(
            "payer.first_name",
            tr!(lang, "payment-approval-seen-no-first-name"),
        ));
    }
    if !any(&|x| filled(&x.last_name)) {
        out.push(gap(
            "payer.last_name",
            tr!(lang, "payment-approval-seen-no-last-name"),
        ));
    }
    if !any(&|x| filled(&x.email)) {
        out.push(gap(
            "payer.email",
            tr!(lang, "payment-approval-seen-no-email"),
        ));
    }
    if !any(&|x| {
        x.identification
            .as_ref()
            .is_some_and(|i| filled(&i.kind) && filled(&i.number))
    }) {
        out.push(gap(
            "payer.identification",
            tr!(lang, "payment-approval-seen-no-document"),
        ));
    }
    if !any(&|x| {
        x.phone
            .as_ref()
            .is_some_and(|ph| filled(&ph.area_code) && filled(&ph.number))
    }) {
        out.push(gap(
            "payer.phone",
            tr!(lang, "payment-approval-seen-no-phone"),
        ));
    }
    let payer_address = payers
        .iter()
        .filter_map(|x| x.address.as_ref())
        .min_by_key(|a| address_gaps(a).len());
    address_gap(
        lang,
        payer_address,
        "payer.address",
        "payment-approval-seen-no-address",
        out,
    );
}

/// Whether any item is of a category that is shipped (no items: assume so).
fn shipped(items: &[Item]) -> bool {
    items.is_empty()
        || items.iter().any(|i| {
            !i.category_id
                .as_deref()
                .is_some_and(|c| NOT_SHIPPED.contains(&c))
        })
}

/// `absent` is the id of the message saying there is no address at all.
fn address_gap(lang: Lang, a: Option<&Address>, path: &str, absent: &str, out: &mut Vec<Gap>) {
    match a.map(address_gaps) {
        None => out.push(gap(path, tr!(lang, absent))),
        Some(missing) if !missing.is_empty() => out.push(gap(
            path,
            tr!(
                lang,
                "payment-approval-seen-no-address-parts",
                parts = missing.join(", ")
            ),
        )),
        Some(_) => {}
    }
}

fn address_gaps(a: &Address) -> Vec<&'static str> {
    [
        ("zip_code", &a.zip_code),
        ("street_name", &a.street_name),
        ("street_number", &a.street_number),
    ]
    .into_iter()
    .filter(|(_, v)| !filled(v))
    .map(|(k, _)| k)
    .collect()
}

fn of_categories<'a>(items: &'a [Item], cats: &[&str]) -> Vec<&'a Item> {
    items
        .iter()
        .filter(|i| i.category_id.as_deref().is_some_and(|c| cats.contains(&c)))
        .collect()
}

fn event_gaps(lang: Lang, items: &[Item], path: &str, out: &mut Vec<Gap>) {
    let events = of_categories(items, &["tickets", "entertainment"]);
    let undated = events.iter().filter(|i| !filled(&i.event_date)).count();
    if undated > 0 {
        out.push(gap(
            path,
            tr!(
                lang,
                "payment-approval-seen-undated-events",
                count = undated
            ),
        ));
    }
}

async fn run(ctx: &Context) -> Outcome {
    let settings = &ctx.settings;
    let mut out = Outcome::default();
    let (payment, order) = tokio::join!(
        async {
            let mut part = Outcome::default();
            if let Some(id) = settings.payment_id.as_deref() {
                payment_part(ctx, id, &mut part).await;
            }
            part
        },
        async {
            let mut part = Outcome::default();
            if let Some(id) = settings.order_id.as_deref() {
                order_part(ctx, id, &mut part).await;
            }
            part
        },
    );
    if settings.payment_id.is_none() && settings.order_id.is_none() {
        super::ran_without_input(ctx.settings.lang, &META, &mut out);
        return out;
    }
    let mut summaries = Vec::new();
    for part in [payment, order] {
        summaries.extend(part.summary);
        if let Some(reason) = part.undetermined {
            out.undetermined(reason);
        }
        for f in part.findings {
            out.push(f);
        }
    }
    // A summary only when nothing is missing: otherwise the first gap is the summary.
    if !out.findings.iter().any(|f| f.severity != Severity::Info) && out.undetermined.is_none() {
        out.summary = (!summaries.is_empty()).then(|| summaries.join("; "));
    }
    out
}

async fn payment_part(ctx: &Context, id: &str, out: &mut Outcome) {
    let lang = ctx.settings.lang;
    let Some(payment) = owned_payment(ctx, &META, PAYMENT_CODES, id, out).await else {
        return;
    };
    let gaps = gaps_in(lang, &payment);
    for g in &gaps {
        out.push(META.finding(
            Code::MissingField,
            tr!(
                lang,
                "payment-approval-payment-lacks",
                id = id,
                path = g.path.as_str(),
                detail = g.detail.as_str()
            ),
        ));
    }
    if gaps.is_empty() {
        out.summary = Some(tr!(lang, "payment-approval-payment-complete", id = id));
    }
}

async fn order_part(ctx: &Context, id: &str, out: &mut Outcome) {
    let lang = ctx.settings.lang;
    let Some(order) = owned_order(ctx, &META, PAYMENT_CODES, id, out).await else {
        return;
    };
    let (gaps, unseen) = order_gaps(lang, &order);
    for g in &gaps {
        out.push(META.finding(
            Code::MissingField,
            tr!(
                lang,
                "payment-approval-order-lacks",
                id = id,
                path = g.path.as_str(),
                detail = g.detail.as_str()
            ),
        ));
    }
    if !unseen.is_empty() {
        out.push(META.finding(
            Code::NotVerifiable,
            tr!(
                lang,
                "payment-approval-order-not-verifiable",
                id = id,
                fields = unseen.join("; ")
            ),
        ));
    }
    if gaps.is_empty() {
        out.summary = Some(if unseen.is_empty() {
            tr!(lang, "payment-approval-order-complete", id = id)
        } else {
            tr!(
                lang,
                "payment-approval-order-complete-shown",
                id = id,
                count = unseen.len()
            )
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(json: &str) -> Vec<String> {
        let p: Payment = serde_json::from_str(json).unwrap();
        gaps(&p).into_iter().map(|g| g.path).collect()
    }

    #[test]
    fn a_bare_payment_lacks_everything() {
        assert_eq!(
            paths("{}"),
            [
                "additional_info.items",
                "payer.first_name",
                "payer.last_name",
                "payer.email",
                "payer.identification",
                "payer.phone",
                "payer.address",
                "additional_info.shipments.receiver_address"
            ]
        );
    }

    #[test]
    fn digital_goods_need_no_shipment_and_tickets_need_a_date() {
        let p = paths(
            r#"{"additional_info": {"items": [{"id": "1", "title": "t", "description": "d",
                "category_id": "tickets", "quantity": "1", "unit_price": "10"}]}}"#,
        );
        assert!(p.contains(&"additional_info.items[].event_date".to_owned()));
        assert!(!p.iter().any(|x| x.contains("shipments")), "{p:?}");
        let trip = paths(
            r#"{"additional_info": {"items": [{"category_id": "travels",
                "category_descriptor": {"passenger": {}, "route": {}}}]}}"#,
        );
        assert!(
            !trip.iter().any(|x| x.contains("category_descriptor")),
            "{trip:?}"
        );
        assert!(!trip.iter().any(|x| x.contains("shipments")), "{trip:?}");
    }

    /// A payment with every recommended field, physical goods shipped to a full address.
    const COMPLETE: &str = r#"{
        "payer": {"email": "a@b.c", "first_name": "Ana", "last_name": "Silva",
                  "identification": {"type": "CPF", "number": "12345678909"},
                  "phone": {"area_code": "11", "number": "999999999"},
                  "address": {"zip_code": "01000-000", "street_name": "Rua A", "street_number": "1"}},
        "additional_info": {
            "items": [{"id": "SKU1", "title": "Shirt", "description": "Blue shirt",
                       "category_id": "fashion", "quantity": "1", "unit_price": "10"}],
            "shipments": {"receiver_address": {"zip_code": "01000-000", "street_name": "Rua A",
                                               "street_number": "1"}}}}"#;

    /// `COMPLETE` with one JSON pointer replaced.
    fn complete_with(pointer: &str, value: serde_json::Value) -> Vec<Gap> {
        let mut v: serde_json::Value = serde_json::from_str(COMPLETE).unwrap();
        *v.pointer_mut(pointer).unwrap() = value;
        gaps(&serde_json::from_value(v).unwrap())
    }

    #[test]
    fn a_complete_payment_lacks_nothing() {
        assert_eq!(paths(COMPLETE), Vec::<String>::new());
    }

    #[test]
    fn items_need_a_positive_quantity_and_price_on_every_item() {
        use serde_json::json;
        let item = |q: &str, p: &str| {
            json!({"id": "1", "title": "t", "description": "d", "category_id": "fashion",
                   "quantity": q, "unit_price": p})
        };
        let two = complete_with(
            "/additional_info/items",
            json!([item("1", "10"), item("0", "0"), item("-1", "-1")]),
        );
        assert_eq!(
            two,
            [
                gap("additional_info.items[].quantity", "absent on 2 of 3 items"),
                gap(
                    "additional_info.items[].unit_price",
                    "absent on 2 of 3 items"
                ),
            ]
        );
        let bare = complete_with(
            "/additional_info/items",
            json!([{"category_id": "fashion"}]),
        );
        assert_eq!(
            bare.iter().map(|g| g.path.as_str()).collect::<Vec<_>>(),
            [
                "additional_info.items[].id",
                "additional_info.items[].title",
                "additional_info.items[].description",
                "additional_info.items[].quantity",
                "additional_info.items[].unit_price",
            ]
        );
    }

    #[test]
    fn a_document_and_a_phone_need_both_their_parts() {
        use serde_json::json;
        assert_eq!(
            complete_with("/payer/identification", json!({"type": "CPF"})),
            [gap("payer.identification", "no document type and number")]
        );
        assert_eq!(
            complete_with("/payer/identification", json!({"number": "1"})),
            [gap("payer.identification", "no document type and number")]
        );
        assert_eq!(
            complete_with("/payer/phone", json!({"area_code": "11"})),
            [gap("payer.phone", "no area_code and number")]
        );
        assert_eq!(
            complete_with("/payer/phone", json!({"number": "9"})),
            [gap("payer.phone", "no area_code and number")]
        );
    }

    #[test]
    fn partial_addresses_name_what_they_lack() {
        use serde_json::json;
        assert_eq!(
            complete_with("/payer/address", json!({"zip_code": "01000-000"})),
            [gap("payer.address", "no street_name, street_number")]
        );
        assert_eq!(
            complete_with(
                "/additional_info/shipments/receiver_address",
                json!({"street_name": "Rua A", "street_number": " "})
            ),
            [gap(
                "additional_info.shipments.receiver_address",
                "no zip_code, street_number"
            )]
        );
        assert_eq!(
            complete_with("/additional_info/shipments", json!({})),
            [gap(
                "additional_info.shipments.receiver_address",
                "no shipment address"
            )]
        );
    }

    #[test]
    fn the_buyer_may_be_told_in_additional_info() {
        let mut v: serde_json::Value = serde_json::from_str(COMPLETE).unwrap();
        let payer = v["payer"].take();
        v["additional_info"]["payer"] = payer;
        assert_eq!(gaps(&serde_json::from_value(v).unwrap()), Vec::<Gap>::new());
    }

    #[test]
    fn one_shipped_item_among_digital_ones_needs_a_shipment() {
        use serde_json::json;
        let item = |cat: &str| {
            json!({"id": "1", "title": "t", "description": "d", "category_id": cat,
                   "quantity": "1", "unit_price": "10", "event_date": "2026-01-01"})
        };
        let mixed = complete_with(
            "/additional_info/items",
            json!([item("tickets"), item("fashion")]),
        );
        assert_eq!(mixed, Vec::<Gap>::new());
        let digital = complete_with(
            "/additional_info",
            json!({"items": [item("tickets"), item("services")]}),
        );
        assert_eq!(digital, Vec::<Gap>::new());
        let physical = complete_with("/additional_info", json!({"items": [item("fashion")]}));
        assert_eq!(
            physical,
            [gap(
                "additional_info.shipments.receiver_address",
                "no shipment address"
            )]
        );
    }

    #[test]
    fn industry_fields_are_asked_only_of_their_categories() {
        use serde_json::json;
        let item = |cat: &str, extra: serde_json::Value| {
            let mut i = json!({"id": "1", "title": "t", "description": "d", "category_id": cat,
                               "quantity": "1", "unit_price": "10"});
            i.as_object_mut()
                .unwrap()
                .extend(extra.as_object().unwrap().clone());
            i
        };
        let with = |items| complete_with("/additional_info/items", items);
        assert_eq!(
            with(json!([
                item("entertainment", json!({})),
                item("tickets", json!({"event_date": "2026-01-01"}))
            ])),
            [gap(
                "additional_info.items[].event_date",
                "absent on 1 ticket or entertainment item(s)"
            )]
        );
        assert_eq!(
            with(json!([item(
                "tickets",
                json!({"event_date": "2026-01-01"})
            )])),
            Vec::<Gap>::new()
        );
        assert_eq!(
            with(json!([item(
                "travels",
                json!({"category_descriptor": {"passenger": {}}})
            )])),
            [gap(
                "additional_info.items[].category_descriptor",
                "no passenger and route on 1 travel item(s)"
            )]
        );
        assert_eq!(
            with(json!([item(
                "travels",
                json!({"category_descriptor": {"route": {}}})
            )])),
            [gap(
                "additional_info.items[].category_descriptor",
                "no passenger and route on 1 travel item(s)"
            )]
        );
    }
}
