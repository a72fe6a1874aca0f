//! Which integration the payment page shows (Checkout Pro redirect, Bricks or Secure Fields
//! iframes, card fields of its own) and the PCI DSS self-assessment that suggests: guidance
//! from what the page shows, never a certification.

use html5ever::local_name;

use super::page::Read;
use super::{Code, META};
use crate::i18n::Lang;
use crate::report::Outcome;
use crate::tr;

/// Which integration the page shows, and the PCI DSS scope that suggests, as guidance.
pub(super) fn integration(lang: Lang, read: &Read, out: &mut Outcome) {
    let inline: String = read
        .elements
        .iter()
        .filter(|e| e.name == local_name!("script"))
        .map(|e| e.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let card_field = read
        .elements
        .iter()
        .find(|e| e.is_card_input())
        .map(|e| match e.attr("id") {
            Some(id) => format!("<input id=\"{id}\">"),
            None => "<input>".to_owned(),
        });
    let bricks = inline.contains(".bricks(");
    let secure_fields = inline.contains("fields.create(");
    let pro = read.text.contains("/checkout/v1/redirect") || inline.contains("init_point");
    let (id, evidence) = if let (Some(field), false, false) = (&card_field, bricks, secure_fields) {
        ("checkout-security-integration-card-fields", field.clone())
    } else if bricks {
        (
            "checkout-security-integration-bricks",
            "mp.bricks()".to_owned(),
        )
    } else if secure_fields {
        (
            "checkout-security-integration-secure-fields",
            "mp.fields.create()".to_owned(),
        )
    } else if pro {
        (
            "checkout-security-integration-pro",
            "/checkout/v1/redirect".to_owned(),
        )
    } else {
        ("checkout-security-integration-unknown", String::new())
    };
    out.push(META.finding(
        Code::Integration,
        tr!(lang, id, evidence = evidence.as_str()),
    ));
}
