//! What both payment checks share about an Orders API order (`--order-id`): reading it once
//! and making sure it belongs to this account, which product made it, and what its GET does
//! not echo back.
//!
//! Facts (`reference/mercadopago-2026.md` §1): an order is read with `GET /v1/orders/{id}`;
//! its shape follows the official Node SDK's types (high confidence for what an order is
//! created with, medium for what a GET echoes: the SDK's response type has the payer's
//! `customer_id` and no `additional_info` or `shipment`). So a field the answer does not
//! carry at all is "not verifiable", never "missing".

use crate::api::models::{Order, Payer};
use crate::checks::payment::{PaymentCodes, Resource, filled, owned};
use crate::checks::quality_items::Product;
use crate::checks::{CheckMeta, Context};
use crate::report::Outcome;

/// What kind of order it is, as far as the quality estimate goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderProduct {
    /// A product the checklist covers, with the id of the catalogue message naming the
    /// signal that decided.
    Covered(Product, &'static str),
    /// An order type the estimate does not cover (`qr`, `point`…), as the order names it.
    NotCovered,
}

/// Tells the product of an order, with the id of the catalogue message naming the signal
/// that decided. `online` orders are Checkout API, or Checkout Pro over
/// Orders when the order has a `checkout_url` (the buyer pays on Mercado Pago's page); any
/// other type (`qr`: in-store QR, with its own measurement) is not covered. Medium-low
/// confidence: read from the SDK's types and the Orders guides, not from captured answers.
pub fn detect(order: &Order) -> OrderProduct {
    match order.kind.as_deref() {
        Some("online") | None => {
            if filled(&order.checkout_url) {
                OrderProduct::Covered(Product::CheckoutPro, "payment-quality-detected-order-pro")
            } else {
                OrderProduct::Covered(Product::CheckoutApi, "payment-quality-detected-order-api")
            }
        }
        Some(_) => OrderProduct::NotCovered,
    }
}

/// The buyer's details the order echoes, or `None` when its payer carries none of them (a
/// GET may echo `customer_id` alone): then nothing about the buyer can be verified.
pub fn echoed_payer(order: &Order) -> Option<&Payer> {
    let p = &order.payer.as_ref()?.payer;
    let any = filled(&p.email)
        || filled(&p.first_name)
        || filled(&p.last_name)
        || p.identification.is_some()
        || p.phone.is_some()
        || p.address.is_some();
    any.then_some(p)
}

/// Why the buyer's fields of an order cannot be verified: the id of its catalogue message.
pub const PAYER_NOT_ECHOED: &str = "payment-quality-order-payer-not-echoed";

/// Reads order `id` and checks that its `user_id` is this account.
pub(crate) async fn owned_order(
    ctx: &Context,
    meta: &'static CheckMeta,
    codes: PaymentCodes,
    id: &str,
    out: &mut Outcome,
) -> Option<Order> {
    const ORDER: Resource<Order> = Resource {
        owner: |o| o.user_id.as_deref(),
        not_found: "payment-quality-order-not-found",
        read: "payment-quality-read-order",
        other_account: "payment-quality-order-other-account",
        confirm_owner: "payment-quality-confirm-order-owner",
        no_owner: "payment-quality-order-no-user",
    };
    owned(ctx, meta, codes, id, ctx.api.order(id), &ORDER, out).await
}

/// Why an order is not a production one, when its shape or the credentials it was read
/// with tell: `live_mode: false` when the answer carries it, or a `TEST-` token (an order
/// read with test credentials is a test order). `None` when nothing says so; the
/// credentials check judges the account itself. The reason is the id of its catalogue
/// message.
pub fn not_production(order: &Order, token: Option<&str>) -> Option<&'static str> {
    if order.live_mode == Some(false) {
        return Some("payment-quality-order-live-mode-false");
    }
    if token.is_some_and(|t| t.starts_with("TEST-")) {
        return Some("payment-quality-order-test-token");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(json: &str) -> Order {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn online_orders_are_checkout_api_or_pro_and_others_are_not_covered() {
        let api = order(r#"{"type": "online"}"#);
        assert!(matches!(
            detect(&api),
            OrderProduct::Covered(Product::CheckoutApi, _)
        ));
        let pro = order(
            r#"{"type": "online", "checkout_url": "https://www.mercadopago.com.br/checkout/v1/redirect?x=1"}"#,
        );
        assert!(matches!(
            detect(&pro),
            OrderProduct::Covered(Product::CheckoutPro, _)
        ));
        let blank = order(r#"{"type": "online", "checkout_url": " "}"#);
        assert!(matches!(
            detect(&blank),
            OrderProduct::Covered(Product::CheckoutApi, _)
        ));
        assert_eq!(
            detect(&order(r#"{"type": "qr"}"#)),
            OrderProduct::NotCovered
        );
    }

    #[test]
    fn a_payer_with_only_a_customer_id_is_not_echoed() {
        assert!(echoed_payer(&order(r#"{"payer": {"customer_id": "1"}}"#)).is_none());
        assert!(echoed_payer(&order("{}")).is_none());
        assert!(echoed_payer(&order(r#"{"payer": {"email": " "}}"#)).is_none());
        for field in [
            r#""email": "a@b.c""#,
            r#""first_name": "Ana""#,
            r#""last_name": "Souza""#,
            r#""identification": {}"#,
            r#""phone": {}"#,
            r#""address": {}"#,
        ] {
            let o = order(&format!(r#"{{"payer": {{"customer_id": "1", {field}}}}}"#));
            assert!(echoed_payer(&o).is_some(), "{field}");
        }
    }

    #[test]
    fn production_is_judged_only_where_something_tells() {
        let o = order("{}");
        assert!(not_production(&o, Some("APP_USR-1-2-3")).is_none());
        assert!(not_production(&o, None).is_none());
        assert!(not_production(&o, Some("TEST-1-2-3")).is_some());
        let test = order(r#"{"live_mode": false}"#);
        assert!(not_production(&test, Some("APP_USR-1-2-3")).is_some());
        let live = order(r#"{"live_mode": true}"#);
        assert!(not_production(&live, Some("APP_USR-1-2-3")).is_none());
    }
}
