//! What counts as shown, for the evidence of a payment and of an order alike: an address
//! with what the checklist needs, an item field present on every item, a statement
//! descriptor the integration sent.

use crate::api::models::{Address, Item};
use crate::checks::payment::filled;
use crate::checks::quality_items::{ItemField, Presence};
use crate::i18n::Lang;
use crate::tr;

/// An address with its zip code and street.
pub(crate) fn address_ok(a: &Address) -> bool {
    filled(&a.zip_code) && filled(&a.street_name)
}

/// What `items` show of `field`, told in `lang`.
pub(crate) fn item_presence_in(lang: Lang, items: &[Item], field: ItemField) -> Presence {
    if items.is_empty() {
        return Presence::Missing(tr!(lang, "payment-quality-seen-no-items"));
    }
    let ok = |i: &Item| match field {
        ItemField::Id => filled(&i.id),
        ItemField::Title => filled(&i.title),
        ItemField::Description => filled(&i.description),
        ItemField::CategoryId => filled(&i.category_id),
        ItemField::Quantity => i.quantity.is_some_and(|q| q > 0.0),
        ItemField::UnitPrice => i.unit_price.is_some_and(|u| u > 0.0),
    };
    let missing = items.iter().filter(|i| !ok(i)).count();
    match missing {
        0 => Presence::Present,
        n if n == items.len() => {
            Presence::Missing(tr!(lang, "payment-quality-seen-absent-on-every-item"))
        }
        n => Presence::Missing(tr!(
            lang,
            "payment-quality-seen-absent-on-some-items",
            missing = n,
            total = items.len()
        )),
    }
}

/// Mercado Pago fills statement descriptors in as `MP*…` when the integration sends none
/// (low confidence).
pub fn filled_by_mercado_pago(descriptor: &str) -> bool {
    let d = descriptor.trim().to_ascii_uppercase();
    d.starts_with("MP*") || d.starts_with("MERCADOPAGO*") || d == "MERCADOPAGO"
}
