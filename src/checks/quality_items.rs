//! Mercado Pago's integration-quality checklist (the "homologator"), as data, and how the
//! evidence of a payment or an order is scored against it.
//!
//! Mercado Pago changes this list from time to time; update the table, not the logic. The
//! items and their `API name`s come from captured output of Mercado Pago's MCP tool
//! `quality_checklist` (`reference/mercadopago-api.md` §5.2: medium confidence for Checkout
//! Pro, low-medium for Checkout API/Bricks). Points per item are not published, so every
//! required item weighs the same in the estimate. Only required items score; good practices
//! never change the score (high confidence, from the homologator docs).

use crate::i18n::Lang;
use crate::tr;

/// The product that created a payment; each has its own checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Product {
    /// Checkout Pro: the buyer pays on Mercado Pago's page, from a preference.
    CheckoutPro,
    /// Checkout API (Checkout Transparente in Brazil) or Checkout Bricks: the payment is
    /// created by the seller's backend.
    CheckoutApi,
}

impl Product {
    /// The name Mercado Pago uses.
    pub fn name(self) -> &'static str {
        match self {
            Product::CheckoutPro => "Checkout Pro",
            Product::CheckoutApi => "Checkout API / Bricks",
        }
    }
}

/// Whether an item scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// "Required" (*necesaria*): adds to the score.
    Required,
    /// "Best practice" (*buena práctica*): reported, never scored.
    GoodPractice,
}

/// A field of every item sold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemField {
    /// `items[].id`.
    Id,
    /// `items[].title`.
    Title,
    /// `items[].description`.
    Description,
    /// `items[].category_id`.
    CategoryId,
    /// `items[].quantity` (a string on payments).
    Quantity,
    /// `items[].unit_price` (a string on payments).
    UnitPrice,
}

/// Where the evidence of an item is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Probe {
    /// A field present and non-empty on every item.
    Item(ItemField),
    /// `payer.email`.
    PayerEmail,
    /// `payer.first_name` (or `additional_info.payer`, or the preference's `payer.name`).
    PayerFirstName,
    /// `payer.last_name` (or `additional_info.payer`, or the preference's `payer.surname`).
    PayerLastName,
    /// `payer.identification.type` and `.number`.
    PayerIdentification,
    /// `payer.phone.area_code` and `.number`.
    PayerPhone,
    /// `payer.address.zip_code` and `.street_name`.
    PayerAddress,
    /// `statement_descriptor`, not one Mercado Pago filled in (`MP*…`).
    StatementDescriptor,
    /// `external_reference`.
    ExternalReference,
    /// `notification_url`.
    NotificationUrl,
    /// The preference's `back_urls.success`.
    BackUrls,
    /// `additional_info.tracking_id` contains `type:SDK`.
    BackendSdk,
    /// `issuer_id` on card payments.
    IssuerId,
    /// `binary_mode: true` on the payment or the preference.
    BinaryMode,
    /// The preference's `expires: true` with `expiration_date_to`.
    PreferenceExpiration,
    /// The preference's `payment_methods.installments`.
    MaxInstallments,
    /// Not visible on a payment; the text says where it is verified instead (in English;
    /// the run's language reads the item's `payment-quality-item-<key>-where` message).
    NotVisible(&'static str),
}

/// One item of the checklist.
#[derive(Debug)]
pub struct QualityItem {
    /// Mercado Pago's `API name` of the item.
    pub name: &'static str,
    /// Required or good practice.
    pub kind: Kind,
    /// The products whose checklist has it.
    pub products: &'static [Product],
    /// The field path, as findings name it.
    pub field: &'static str,
    /// How to see it on the payment.
    pub probe: Probe,
    /// How to add it, in English (the catalogues' `payment-quality-item-<key>-fix`, held
    /// to the same text by a test).
    pub fix: &'static str,
}

impl QualityItem {
    /// The item's catalogue messages are `payment-quality-item-<key>-<what>`, the key being
    /// its name in kebab case (`statement-descriptor-soft-descriptor`).
    fn message_id(&self, what: &str) -> String {
        let key = self.name.replace("_/_", "-").replace('_', "-");
        format!("payment-quality-item-{key}-{what}")
    }

    /// How to add it, in `lang`.
    pub fn fix_in(&self, lang: Lang) -> String {
        tr!(lang, &self.message_id("fix"))
    }

    /// The field path as findings name it, in `lang`: words around a path are translated
    /// (`preference back_urls`), a bare path is the same in every language.
    pub fn field_in(&self, lang: Lang) -> String {
        crate::i18n::get(lang, &self.message_id("field")).unwrap_or_else(|| self.field.to_owned())
    }

    /// Where an item no payment shows is verified instead, in `lang` (its probe's text in
    /// English).
    pub fn where_in(&self, lang: Lang) -> Option<String> {
        match self.probe {
            Probe::NotVisible(_) => Some(tr!(lang, &self.message_id("where"))),
            _ => None,
        }
    }
}

const PRO: &[Product] = &[Product::CheckoutPro];
const API: &[Product] = &[Product::CheckoutApi];
const BOTH: &[Product] = &[Product::CheckoutPro, Product::CheckoutApi];

/// The checklist. Order is the order findings appear in.
pub static CHECKLIST: &[QualityItem] = &[
    // Items sold.
    QualityItem {
        name: "item_id",
        kind: Kind::Required,
        products: BOTH,
        field: "items[].id",
        probe: Probe::Item(ItemField::Id),
        fix: "Send each item's id (your SKU) in items[].id: in the preference's items for Checkout Pro, in additional_info.items for Checkout API.",
    },
    QualityItem {
        name: "item_title",
        kind: Kind::Required,
        products: BOTH,
        field: "items[].title",
        probe: Probe::Item(ItemField::Title),
        fix: "Send each item's name in items[].title.",
    },
    QualityItem {
        name: "item_description",
        kind: Kind::Required,
        products: BOTH,
        field: "items[].description",
        probe: Probe::Item(ItemField::Description),
        fix: "Send a short description of each item in items[].description.",
    },
    QualityItem {
        name: "item_category_id",
        kind: Kind::Required,
        products: BOTH,
        field: "items[].category_id",
        probe: Probe::Item(ItemField::CategoryId),
        fix: "Send the Mercado Pago category of each item in items[].category_id (such as fashion, electronics, tickets, travels, others).",
    },
    QualityItem {
        name: "item_quantity",
        kind: Kind::Required,
        products: BOTH,
        field: "items[].quantity",
        probe: Probe::Item(ItemField::Quantity),
        fix: "Send the quantity of each item in items[].quantity.",
    },
    QualityItem {
        name: "item_unit_price",
        kind: Kind::Required,
        products: BOTH,
        field: "items[].unit_price",
        probe: Probe::Item(ItemField::UnitPrice),
        fix: "Send the unit price of each item in items[].unit_price.",
    },
    // Buyer.
    QualityItem {
        name: "email",
        kind: Kind::Required,
        products: BOTH,
        field: "payer.email",
        probe: Probe::PayerEmail,
        fix: "Send the buyer's e-mail in payer.email.",
    },
    QualityItem {
        name: "payer_first_name",
        kind: Kind::Required,
        products: BOTH,
        field: "payer.first_name",
        probe: Probe::PayerFirstName,
        fix: "Send the buyer's first name: payer.name in a Checkout Pro preference, payer.first_name (or additional_info.payer.first_name) in a payment.",
    },
    QualityItem {
        name: "payer_last_name",
        kind: Kind::Required,
        products: BOTH,
        field: "payer.last_name",
        probe: Probe::PayerLastName,
        fix: "Send the buyer's last name: payer.surname in a Checkout Pro preference, payer.last_name (or additional_info.payer.last_name) in a payment.",
    },
    // Seller's side.
    QualityItem {
        name: "statement_descriptor_/_soft_descriptor",
        kind: Kind::Required,
        products: BOTH,
        field: "statement_descriptor",
        probe: Probe::StatementDescriptor,
        fix: "Send statement_descriptor with the name buyers know your shop by (it is printed on their card statement, which prevents chargebacks).",
    },
    QualityItem {
        name: "external_reference",
        kind: Kind::Required,
        products: BOTH,
        field: "external_reference",
        probe: Probe::ExternalReference,
        fix: "Send your order id in external_reference, so payments and reports reconcile with your orders.",
    },
    QualityItem {
        name: "webhooks_ipn",
        kind: Kind::Required,
        products: BOTH,
        field: "notification_url",
        probe: Probe::NotificationUrl,
        fix: "Send notification_url with the preference or payment, or configure Webhooks in Your integrations > (application) > Webhooks, and process the notifications.",
    },
    QualityItem {
        name: "back_urls",
        kind: Kind::Required,
        products: PRO,
        field: "preference back_urls",
        probe: Probe::BackUrls,
        fix: "Set back_urls (success, pending, failure) in the preference so the buyer returns to your site after paying.",
    },
    QualityItem {
        name: "back_end_sdk",
        kind: Kind::Required,
        products: BOTH,
        field: "additional_info.tracking_id (type:SDK…)",
        probe: Probe::BackendSdk,
        fix: "Create preferences and payments with an official Mercado Pago backend SDK (Node, Java, PHP, Python, Ruby, .NET, Go); it identifies itself in X-Tracking-Id.",
    },
    QualityItem {
        name: "issuer_id",
        kind: Kind::Required,
        products: API,
        field: "issuer_id",
        probe: Probe::IssuerId,
        fix: "Send the card's issuer_id (from the Card Form / Card Payment Brick) when creating card payments.",
    },
    QualityItem {
        name: "device_id",
        kind: Kind::Required,
        products: API,
        field: "X-meli-session-id header",
        probe: Probe::NotVisible(
            "the device id is not shown on a payment; load MercadoPago.js v2 or security.js on the checkout page (the checkout-page check) and send X-meli-session-id",
        ),
        fix: "Load MercadoPago.js v2 (or https://www.mercadopago.com/v2/security.js) on the checkout page and send its device id in the X-meli-session-id header when creating the payment.",
    },
    QualityItem {
        name: "web_front_end_sdk",
        kind: Kind::Required,
        products: API,
        field: "MercadoPago.js v2",
        probe: Probe::NotVisible("seen on the checkout page (the checkout-page check)"),
        fix: "Load MercadoPago.js v2 from https://sdk.mercadopago.com/js/v2 on the checkout page.",
    },
    QualityItem {
        name: "ssl",
        kind: Kind::Required,
        products: API,
        field: "checkout page certificate",
        probe: Probe::NotVisible("verified on the checkout page (the checkout-tls check)"),
        fix: "Serve the checkout page with a valid certificate from a public CA, not self-signed.",
    },
    QualityItem {
        name: "tls",
        kind: Kind::Required,
        products: API,
        field: "checkout page TLS version",
        probe: Probe::NotVisible("verified on the checkout page (the checkout-tls check)"),
        fix: "Serve the checkout page with TLS 1.2 or newer.",
    },
    QualityItem {
        name: "secure_form",
        kind: Kind::Required,
        products: API,
        field: "Secure Fields / Card Form",
        probe: Probe::NotVisible("card data handling is not visible from the API"),
        fix: "Capture card data with Secure Fields, the Card Form or the Card Payment Brick so it never reaches your server.",
    },
    // Good practices.
    QualityItem {
        name: "binary_mode",
        kind: Kind::GoodPractice,
        products: BOTH,
        field: "binary_mode",
        probe: Probe::BinaryMode,
        fix: "If you need an instant approve-or-reject answer, set binary_mode: true.",
    },
    QualityItem {
        name: "expiration",
        kind: Kind::GoodPractice,
        products: PRO,
        field: "preference expires / expiration_date_to",
        probe: Probe::PreferenceExpiration,
        fix: "Set expires: true and expiration_date_to on the preference so old checkouts cannot be paid.",
    },
    QualityItem {
        name: "max_installments",
        kind: Kind::GoodPractice,
        products: PRO,
        field: "preference payment_methods.installments",
        probe: Probe::MaxInstallments,
        fix: "Set payment_methods.installments on the preference to the most installments you offer.",
    },
    QualityItem {
        name: "payer_identification",
        kind: Kind::GoodPractice,
        products: BOTH,
        field: "payer.identification",
        probe: Probe::PayerIdentification,
        fix: "Send the buyer's document in payer.identification (type and number).",
    },
    QualityItem {
        name: "payer_phone",
        kind: Kind::GoodPractice,
        products: BOTH,
        field: "payer.phone",
        probe: Probe::PayerPhone,
        fix: "Send the buyer's phone in payer.phone (area_code and number).",
    },
    QualityItem {
        name: "address",
        kind: Kind::GoodPractice,
        products: BOTH,
        field: "payer.address",
        probe: Probe::PayerAddress,
        fix: "Send the buyer's address in payer.address (zip_code, street_name, street_number).",
    },
];

/// The items of one product's checklist, in table order.
pub fn checklist(product: Product) -> impl Iterator<Item = &'static QualityItem> {
    CHECKLIST
        .iter()
        .filter(move |i| i.products.contains(&product))
}

/// What the evidence (a payment and its preference, or an order) shows about one item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Presence {
    /// The evidence is there.
    Present,
    /// It is not; the text says what was seen.
    Missing(String),
    /// It does not apply to this payment (issuer_id on a Pix payment).
    NotApplicable,
    /// The evidence could not be read (the preference did not answer).
    Unknown,
    /// The answer does not carry it at all (an order's GET that echoes no buyer): listed as
    /// not verifiable, never counted as missing. It holds the id of the catalogue message
    /// that says why (`payment-quality-order-no-sdk`).
    NotShown(&'static str),
}

/// Evidence the checklist can be read from.
pub trait Shows {
    /// What it shows for one probe, what was seen told in `lang`.
    fn presence_in(&self, lang: Lang, probe: Probe) -> Presence;

    /// What it shows for one probe, told in English.
    #[cfg(test)]
    fn presence(&self, probe: Probe) -> Presence {
        self.presence_in(Lang::En, probe)
    }
}

/// The result of scoring one payment or order.
#[derive(Debug)]
pub struct Scored {
    /// Each checklist item of the product with what was seen.
    pub items: Vec<(&'static QualityItem, Presence)>,
    /// Required items present.
    pub present: u32,
    /// Required items scored (present or missing).
    pub scored: u32,
}

impl Scored {
    /// The estimated score out of 100, when at least one item could be scored.
    pub fn score(&self) -> Option<u32> {
        (self.scored > 0).then(|| (self.present * 100 + self.scored / 2) / self.scored)
    }
}

/// Scores the required items of `product`'s checklist that the evidence shows, in English.
#[cfg(test)]
pub fn score(product: Product, evidence: &impl Shows) -> Scored {
    score_in(Lang::En, product, evidence)
}

/// Scores the required items of `product`'s checklist that the evidence shows, what was
/// seen of each told in `lang`.
pub fn score_in(lang: Lang, product: Product, evidence: &impl Shows) -> Scored {
    let mut items = Vec::new();
    let (mut present, mut scored) = (0, 0);
    for item in checklist(product) {
        let presence = evidence.presence_in(lang, item.probe);
        if item.kind == Kind::Required {
            match presence {
                Presence::Present => {
                    present += 1;
                    scored += 1;
                }
                Presence::Missing(_) => scored += 1,
                Presence::NotApplicable | Presence::Unknown | Presence::NotShown(_) => {}
            }
        }
        items.push((item, presence));
    }
    Scored {
        items,
        present,
        scored,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checkout_pro_has_the_fourteen_required_items() {
        let required: Vec<&str> = checklist(Product::CheckoutPro)
            .filter(|i| i.kind == Kind::Required)
            .map(|i| i.name)
            .collect();
        assert_eq!(required.len(), 14, "{required:?}");
        for name in [
            "back_urls",
            "back_end_sdk",
            "statement_descriptor_/_soft_descriptor",
        ] {
            assert!(required.contains(&name), "{name}");
        }
        assert!(!required.contains(&"issuer_id"));
    }

    #[test]
    fn checkout_api_has_its_own_list() {
        let required: Vec<&str> = checklist(Product::CheckoutApi)
            .filter(|i| i.kind == Kind::Required)
            .map(|i| i.name)
            .collect();
        for name in [
            "device_id",
            "issuer_id",
            "web_front_end_sdk",
            "ssl",
            "tls",
            "secure_form",
        ] {
            assert!(required.contains(&name), "{name}");
        }
        assert!(!required.contains(&"back_urls"));
    }

    #[test]
    fn names_are_unique_and_every_item_has_a_fix() {
        let mut names = std::collections::HashSet::new();
        for i in CHECKLIST {
            assert!(names.insert(i.name), "{}", i.name);
            assert!(!i.fix.is_empty() && !i.field.is_empty() && !i.products.is_empty());
        }
    }

    #[test]
    fn every_item_s_texts_are_in_the_catalogues_and_the_same_in_english() {
        for i in CHECKLIST {
            for lang in Lang::ALL {
                let fix = i.fix_in(lang);
                assert!(!fix.starts_with("payment-quality-"), "{lang:?} {}", i.name);
            }
            assert_eq!(i.fix_in(Lang::En), i.fix, "{}", i.name);
            assert_eq!(i.field_in(Lang::En), i.field, "{}", i.name);
            match i.probe {
                Probe::NotVisible(text) => {
                    assert_eq!(i.where_in(Lang::En).as_deref(), Some(text), "{}", i.name);
                    for lang in Lang::ALL {
                        let w = i.where_in(lang).unwrap();
                        assert!(!w.starts_with("payment-quality-"), "{lang:?} {}", i.name);
                    }
                }
                _ => assert_eq!(i.where_in(Lang::En), None),
            }
        }
        // A field made of words is translated; a bare path is not.
        let back_urls = CHECKLIST.iter().find(|i| i.name == "back_urls").unwrap();
        assert_eq!(back_urls.field_in(Lang::Es), "back_urls de la preferencia");
        let email = CHECKLIST.iter().find(|i| i.name == "email").unwrap();
        assert_eq!(email.field_in(Lang::Pt), "payer.email");
    }

    #[test]
    fn products_have_mercado_pagos_names() {
        assert_eq!(Product::CheckoutPro.name(), "Checkout Pro");
        assert_eq!(Product::CheckoutApi.name(), "Checkout API / Bricks");
    }
}
