//! What an Orders API order shows about each item of the quality checklist: the order side
//! of `payment-quality` (the payment side is in `payment_quality.rs`).
//!
//! Paths (`reference/mercadopago-2026.md` §1): items' `external_code` is the item id;
//! `statement_descriptor` sits under each transaction's `payment_method` (some integrations
//! send it under `config`); Checkout Pro's return URLs are `config.online.success_url`; the
//! installments limit is `config.payment_method.max_installments`. An order has no
//! `notification_url` (notifications are set up in the panel), no `binary_mode` and no
//! tracking id, and its GET may not echo the buyer: those are "not verifiable" here.

use crate::api::models::Order;
use crate::checks::evidence::{address_ok, filled_by_mercado_pago, item_presence_in};
use crate::checks::order::{PAYER_NOT_ECHOED, echoed_payer};
use crate::checks::payment::filled;
use crate::checks::quality_items::{Presence, Probe, Shows};
use crate::i18n::Lang;
use crate::tr;

/// An order, as evidence for the checklist of its product.
#[derive(Debug, Clone, Copy)]
pub struct OrderEvidence<'a> {
    /// The order.
    pub order: &'a Order,
}

impl Shows for OrderEvidence<'_> {
    fn presence_in(&self, lang: Lang, probe: Probe) -> Presence {
        let o = self.order;
        // `what` names the payer's field: `payment-quality-payer-<what>`.
        let payer =
            |what: &str, has: &dyn Fn(&crate::api::models::Payer) -> bool| match echoed_payer(o) {
                None => Presence::NotShown(PAYER_NOT_ECHOED),
                Some(p) if has(p) => Presence::Present,
                Some(_) => Presence::Missing(tr!(
                    lang,
                    "payment-quality-seen-no-order-payer-field",
                    what = tr!(lang, &format!("payment-quality-payer-{what}"))
                )),
            };
        match probe {
            Probe::Item(field) => item_presence_in(lang, &o.items, field),
            Probe::PayerEmail => payer("email", &|p| filled(&p.email)),
            Probe::PayerFirstName => payer("first-name", &|p| filled(&p.first_name)),
            Probe::PayerLastName => payer("last-name", &|p| filled(&p.last_name)),
            Probe::PayerIdentification => payer("document", &|p| {
                p.identification
                    .as_ref()
                    .is_some_and(|i| filled(&i.kind) && filled(&i.number))
            }),
            Probe::PayerPhone => payer("phone", &|p| {
                p.phone
                    .as_ref()
                    .is_some_and(|ph| filled(&ph.area_code) && filled(&ph.number))
            }),
            Probe::PayerAddress => {
                payer("address", &|p| p.address.as_ref().is_some_and(address_ok))
            }
            Probe::StatementDescriptor => statement_descriptor(lang, o),
            Probe::ExternalReference => {
                if filled(&o.external_reference) {
                    Presence::Present
                } else {
                    Presence::Missing(tr!(lang, "payment-quality-seen-no-external-reference"))
                }
            }
            Probe::NotificationUrl => {
                Presence::NotShown("payment-quality-order-no-notification-url")
            }
            Probe::BackUrls => {
                let success = o
                    .config
                    .as_ref()
                    .and_then(|c| c.online.as_ref())
                    .and_then(|on| on.success_url.clone());
                if filled(&success) {
                    Presence::Present
                } else {
                    Presence::Missing(tr!(lang, "payment-quality-seen-order-no-success-url"))
                }
            }
            Probe::BackendSdk => Presence::NotShown("payment-quality-order-no-sdk"),
            Probe::IssuerId => Presence::NotShown("payment-quality-order-no-issuer"),
            // Orders have no binary mode: a payment of an order is approved or rejected.
            Probe::BinaryMode => Presence::NotApplicable,
            Probe::PreferenceExpiration => {
                if filled(&o.expiration_time) {
                    Presence::Present
                } else {
                    Presence::Missing(tr!(lang, "payment-quality-seen-order-no-expiration"))
                }
            }
            Probe::MaxInstallments => {
                let max = o
                    .config
                    .as_ref()
                    .and_then(|c| c.payment_method.as_ref())
                    .and_then(|m| m.max_installments);
                if max.is_some() {
                    Presence::Present
                } else {
                    Presence::Missing(tr!(lang, "payment-quality-seen-order-no-max-installments"))
                }
            }
            Probe::NotVisible(_) => Presence::Unknown,
        }
    }
}

/// The descriptor the integration sent, on a payment of the order or under `config`.
fn statement_descriptor(lang: Lang, o: &Order) -> Presence {
    let payments = o
        .transactions
        .as_ref()
        .map(|t| t.payments.as_slice())
        .unwrap_or_default();
    let sent = payments
        .iter()
        .filter_map(|p| p.payment_method.as_ref()?.statement_descriptor.clone())
        .chain(
            o.config
                .as_ref()
                .and_then(|c| c.statement_descriptor.clone()),
        )
        .find(|s| !s.trim().is_empty());
    match sent {
        Some(s) if filled_by_mercado_pago(&s) => Presence::Missing(tr!(
            lang,
            "payment-quality-seen-descriptor-by-mercado-pago",
            descriptor = s
        )),
        Some(_) => Presence::Present,
        None if payments.is_empty() => Presence::NotShown("payment-quality-order-no-payment"),
        None => Presence::Missing(tr!(lang, "payment-quality-seen-order-no-descriptor")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(json: &str, probe: Probe) -> Presence {
        let order: Order = serde_json::from_str(json).unwrap();
        OrderEvidence { order: &order }.presence(probe)
    }

    fn missing(p: Presence) -> bool {
        matches!(p, Presence::Missing(_))
    }

    #[test]
    fn items_are_read_with_external_code_as_the_id() {
        let items = r#"{"items": [{"external_code": "SKU-1", "title": "T", "quantity": 2, "unit_price": "10.00"}]}"#;
        use crate::checks::quality_items::ItemField;
        assert_eq!(seen(items, Probe::Item(ItemField::Id)), Presence::Present);
        assert_eq!(
            seen(items, Probe::Item(ItemField::UnitPrice)),
            Presence::Present
        );
        assert!(missing(seen(items, Probe::Item(ItemField::CategoryId))));
        assert!(missing(seen("{}", Probe::Item(ItemField::Title))));
    }

    #[test]
    fn a_payer_not_echoed_is_not_shown_and_an_echoed_one_is_judged() {
        let bare = r#"{"payer": {"customer_id": "1"}}"#;
        for probe in [
            Probe::PayerEmail,
            Probe::PayerFirstName,
            Probe::PayerLastName,
            Probe::PayerIdentification,
            Probe::PayerPhone,
            Probe::PayerAddress,
        ] {
            assert_eq!(seen(bare, probe), Presence::NotShown(PAYER_NOT_ECHOED));
        }
        let echoed = r#"{"payer": {"email": "a@b.c", "identification": {"type": "CPF"}, "phone": {"area_code": "11", "number": "9"}, "address": {"zip_code": "1", "street_name": "R"}}}"#;
        assert_eq!(seen(echoed, Probe::PayerEmail), Presence::Present);
        assert!(missing(seen(echoed, Probe::PayerFirstName)));
        assert!(missing(seen(echoed, Probe::PayerLastName)));
        assert!(missing(seen(echoed, Probe::PayerIdentification)));
        assert_eq!(seen(echoed, Probe::PayerPhone), Presence::Present);
        let half_phone = r#"{"payer": {"phone": {"area_code": "11"}}}"#;
        assert!(missing(seen(half_phone, Probe::PayerPhone)));
        assert_eq!(seen(echoed, Probe::PayerAddress), Presence::Present);
        let first = r#"{"payer": {"first_name": "Ana", "last_name": "S"}}"#;
        assert_eq!(seen(first, Probe::PayerFirstName), Presence::Present);
        assert_eq!(seen(first, Probe::PayerLastName), Presence::Present);
    }

    #[test]
    fn the_descriptor_is_read_on_the_payments_or_the_config() {
        let on_payment = r#"{"transactions": {"payments": [{"payment_method": {"statement_descriptor": "MYSHOP"}}]}}"#;
        assert_eq!(
            seen(on_payment, Probe::StatementDescriptor),
            Presence::Present
        );
        let on_config =
            r#"{"config": {"statement_descriptor": "MYSHOP"}, "transactions": {"payments": [{}]}}"#;
        assert_eq!(
            seen(on_config, Probe::StatementDescriptor),
            Presence::Present
        );
        let by_mp = r#"{"transactions": {"payments": [{"payment_method": {"statement_descriptor": "MP*MYSHOP"}}]}}"#;
        assert!(missing(seen(by_mp, Probe::StatementDescriptor)));
        let none = r#"{"transactions": {"payments": [{"payment_method": {"id": "pix"}}]}}"#;
        assert!(missing(seen(none, Probe::StatementDescriptor)));
        assert!(matches!(
            seen("{}", Probe::StatementDescriptor),
            Presence::NotShown(_)
        ));
    }

    #[test]
    fn order_paths_of_the_other_items() {
        assert_eq!(
            seen(r#"{"external_reference": "x"}"#, Probe::ExternalReference),
            Presence::Present
        );
        assert!(missing(seen(
            r#"{"external_reference": " "}"#,
            Probe::ExternalReference
        )));
        assert_eq!(
            seen(
                r#"{"config": {"online": {"success_url": "https://s/ok"}}}"#,
                Probe::BackUrls
            ),
            Presence::Present
        );
        assert!(missing(seen(
            r#"{"config": {"online": {}}}"#,
            Probe::BackUrls
        )));
        assert_eq!(
            seen(
                r#"{"expiration_time": "PT30M"}"#,
                Probe::PreferenceExpiration
            ),
            Presence::Present
        );
        assert!(missing(seen("{}", Probe::PreferenceExpiration)));
        assert_eq!(
            seen(
                r#"{"config": {"payment_method": {"max_installments": 6}}}"#,
                Probe::MaxInstallments
            ),
            Presence::Present
        );
        assert!(missing(seen("{}", Probe::MaxInstallments)));
        for probe in [Probe::NotificationUrl, Probe::BackendSdk, Probe::IssuerId] {
            assert!(
                matches!(seen("{}", probe), Presence::NotShown(_)),
                "{probe:?}"
            );
        }
        assert_eq!(seen("{}", Probe::BinaryMode), Presence::NotApplicable);
        assert_eq!(seen("{}", Probe::NotVisible("x")), Presence::Unknown);
    }
}
