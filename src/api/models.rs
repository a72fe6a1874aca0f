//! Typed bodies of the Mercado Pago API answers mp-golive reads. Every field that is not
//! essential is optional: the API adds and drops fields, and a missing extra must not turn
//! a good answer into a decoding error.

use serde::{Deserialize, Deserializer};

/// `GET /users/me`.
#[derive(Debug, Clone, Deserialize)]
pub struct User {
    /// The user id; the access token's last segment.
    #[serde(deserialize_with = "id")]
    pub id: String,
    /// The account nickname (`TESTUSER…` for test users).
    pub nickname: Option<String>,
    /// The site, such as `MLB`.
    pub site_id: Option<String>,
    /// `test_user` marks a test account.
    #[serde(default, deserialize_with = "null_as_default")]
    pub tags: Vec<String>,
}

impl User {
    /// The rule Mercado Pago's own WooCommerce plugin uses.
    pub fn is_test_user(&self) -> bool {
        self.tags.iter().any(|t| t == "test_user")
    }
}

/// `GET /plugins-credentials-wrapper/credentials`, called by Mercado Pago's plugins.
#[derive(Debug, Clone, Deserialize)]
pub struct AppCredentials {
    /// The application the credential belongs to.
    #[serde(default, deserialize_with = "opt_id")]
    pub client_id: Option<String>,
    /// The account the credential belongs to.
    #[serde(default, deserialize_with = "opt_id")]
    pub user_id: Option<String>,
    /// The site.
    pub site_id: Option<String>,
    /// True for test credentials.
    pub is_test: Option<bool>,
    /// False until production credentials are activated.
    pub homologated: Option<bool>,
}

/// One entry of `GET /v1/payment_methods`.
#[derive(Debug, Clone, Deserialize)]
pub struct PaymentMethod {
    /// Such as `visa` or `pix`.
    pub id: String,
    /// `active` when it can be used.
    pub status: Option<String>,
    /// Such as `bank_transfer`.
    pub payment_type_id: Option<String>,
    /// The smallest amount accepted; a documented field whose values are not (low confidence).
    #[serde(default, deserialize_with = "opt_number")]
    pub min_allowed_amount: Option<f64>,
}

/// `GET /v1/payments/{id}`, and the answers of `POST`/`PUT /v1/payments`: the fields the
/// checks read (reference §5.3). Everything but the id is optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Payment {
    /// The payment id.
    #[serde(deserialize_with = "opt_text")]
    pub id: Option<String>,
    /// Such as `pending`, `approved`, `cancelled`.
    pub status: Option<String>,
    /// The reason behind the status.
    pub status_detail: Option<String>,
    /// True for a payment made with production credentials.
    pub live_mode: Option<bool>,
    /// The seller's user id.
    #[serde(deserialize_with = "opt_text")]
    pub collector_id: Option<String>,
    /// Such as `credit_card`, `bank_transfer`, `ticket`.
    pub payment_type_id: Option<String>,
    /// Such as `visa`, `pix`.
    pub payment_method_id: Option<String>,
    /// The card issuer.
    #[serde(deserialize_with = "opt_text")]
    pub issuer_id: Option<String>,
    /// The seller's own reference.
    pub external_reference: Option<String>,
    /// The per-payment notification URL.
    pub notification_url: Option<String>,
    /// The text on the buyer's card statement; Mercado Pago may fill it in itself.
    pub statement_descriptor: Option<String>,
    /// Instant approve-or-reject mode.
    pub binary_mode: Option<bool>,
    /// When a pending payment expires.
    pub date_of_expiration: Option<String>,
    /// The merchant order of a Checkout Pro payment.
    pub order: Option<PaymentOrder>,
    /// The buyer, as the payment stores it.
    pub payer: Option<Payer>,
    /// Items, buyer and shipment details sent by the integration.
    pub additional_info: Option<AdditionalInfo>,
    /// Which product and channel created the payment.
    pub point_of_interaction: Option<PointOfInteraction>,
}

/// `order` of a payment.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PaymentOrder {
    /// The merchant order id.
    #[serde(deserialize_with = "opt_text")]
    pub id: Option<String>,
    /// `mercadopago` for a merchant order.
    #[serde(rename = "type")]
    pub kind: Option<String>,
}

/// A buyer: top-level `payer` of a payment or a preference, or `additional_info.payer`.
/// Preferences say `name`/`surname` where payments say `first_name`/`last_name`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Payer {
    /// E-mail.
    #[serde(deserialize_with = "opt_text")]
    pub email: Option<String>,
    /// First name.
    #[serde(alias = "name", deserialize_with = "opt_text")]
    pub first_name: Option<String>,
    /// Last name.
    #[serde(alias = "surname", deserialize_with = "opt_text")]
    pub last_name: Option<String>,
    /// Document.
    pub identification: Option<Identification>,
    /// Phone.
    pub phone: Option<Phone>,
    /// Address.
    pub address: Option<Address>,
}

/// A buyer's document.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Identification {
    /// Such as `CPF`.
    #[serde(rename = "type", deserialize_with = "opt_text")]
    pub kind: Option<String>,
    /// The number, as text.
    #[serde(deserialize_with = "opt_text")]
    pub number: Option<String>,
}

/// A phone number.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Phone {
    /// Area code.
    #[serde(deserialize_with = "opt_text")]
    pub area_code: Option<String>,
    /// Number.
    #[serde(deserialize_with = "opt_text")]
    pub number: Option<String>,
}

/// A postal address (payer or shipment receiver).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Address {
    /// Postal code.
    #[serde(deserialize_with = "opt_text")]
    pub zip_code: Option<String>,
    /// Street.
    #[serde(deserialize_with = "opt_text")]
    pub street_name: Option<String>,
    /// House number.
    #[serde(deserialize_with = "opt_text")]
    pub street_number: Option<String>,
    /// City (shipments).
    #[serde(deserialize_with = "opt_text")]
    pub city_name: Option<String>,
    /// State (shipments).
    #[serde(deserialize_with = "opt_text")]
    pub state_name: Option<String>,
}

/// `additional_info` of a payment.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct AdditionalInfo {
    /// The items sold.
    #[serde(deserialize_with = "null_as_default")]
    pub items: Vec<Item>,
    /// More about the buyer.
    pub payer: Option<Payer>,
    /// Where the goods go.
    pub shipments: Option<Shipments>,
    /// Echo of the `X-Tracking-Id` header: `type:SDK…` when an official SDK sent it.
    pub tracking_id: Option<String>,
}

/// An item of a payment or a preference. `quantity` and `unit_price` come back as strings
/// on payments and as numbers on preferences; both are read as numbers.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Item {
    /// The seller's item id (`external_code` on an order's items).
    #[serde(alias = "external_code", deserialize_with = "opt_text")]
    pub id: Option<String>,
    /// Title.
    #[serde(deserialize_with = "opt_text")]
    pub title: Option<String>,
    /// Description.
    #[serde(deserialize_with = "opt_text")]
    pub description: Option<String>,
    /// Picture.
    pub picture_url: Option<String>,
    /// Mercado Pago category, such as `fashion`.
    #[serde(deserialize_with = "opt_text")]
    pub category_id: Option<String>,
    /// How many.
    #[serde(deserialize_with = "opt_number")]
    pub quantity: Option<f64>,
    /// Price of one.
    #[serde(deserialize_with = "opt_number")]
    pub unit_price: Option<f64>,
    /// Date of the event (tickets).
    pub event_date: Option<String>,
    /// Passenger and route (travel).
    pub category_descriptor: Option<serde_json::Value>,
}

/// `GET /v1/orders/{id}` (Orders API), the fields the checks read, after the official Node
/// SDK's response types (`reference/mercadopago-2026.md` §1: high confidence for what an
/// order is created with, medium for what a GET echoes back). Everything is optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Order {
    /// The order id, `ORD…`.
    #[serde(deserialize_with = "opt_text")]
    pub id: Option<String>,
    /// `online` (Checkout API, Checkout Pro over Orders), `qr`, `point`…
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// Such as `created`, `processed`, `canceled`.
    pub status: Option<String>,
    /// The reason behind the status.
    pub status_detail: Option<String>,
    /// `automatic` or `manual` (Checkout Pro over Orders).
    pub processing_mode: Option<String>,
    /// The owner's user id.
    #[serde(deserialize_with = "opt_text")]
    pub user_id: Option<String>,
    /// Not in the SDK's response type; read when an answer carries it (notifications do).
    pub live_mode: Option<bool>,
    /// The seller's own reference.
    pub external_reference: Option<String>,
    /// When an unpaid order expires (ISO 8601 duration or date-time).
    pub expiration_time: Option<String>,
    /// Where the goods go; not in the SDK's response type, so a GET may not echo it.
    pub shipment: Option<Shipments>,
    /// The items sold (`external_code` is the item's id).
    #[serde(deserialize_with = "null_as_default")]
    pub items: Vec<Item>,
    /// The buyer; a GET may echo only `customer_id`.
    pub payer: Option<OrderPayer>,
    /// The payments of the order.
    pub transactions: Option<OrderTransactions>,
    /// The integrator and platform ids.
    pub integration_data: Option<IntegrationData>,
    /// Risk signals and industry data; a GET may not echo it.
    pub additional_info: Option<serde_json::Value>,
    /// Checkout configuration: the return URLs of Checkout Pro over Orders.
    pub config: Option<OrderConfig>,
    /// Where a Checkout Pro order sends the buyer to pay.
    pub checkout_url: Option<String>,
}

/// `payer` of an order: a buyer, and the customer id a GET may echo alone.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct OrderPayer {
    /// The Mercado Pago customer.
    #[serde(deserialize_with = "opt_text")]
    pub customer_id: Option<String>,
    /// The buyer's details, when echoed.
    #[serde(flatten)]
    pub payer: Payer,
}

/// `transactions` of an order.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct OrderTransactions {
    /// The payment attempts.
    #[serde(deserialize_with = "null_as_default")]
    pub payments: Vec<OrderPayment>,
}

/// One payment of an order.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct OrderPayment {
    /// The transaction id (`PAY…`).
    #[serde(deserialize_with = "opt_text")]
    pub id: Option<String>,
    /// Such as `processed`, `approved`.
    pub status: Option<String>,
    /// How it was paid.
    pub payment_method: Option<OrderPaymentMethod>,
}

/// `payment_method` of an order's payment.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct OrderPaymentMethod {
    /// Such as `visa`, `pix`.
    pub id: Option<String>,
    /// Such as `credit_card`, `bank_transfer`.
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// The text on the buyer's card statement.
    pub statement_descriptor: Option<String>,
}

/// `integration_data` of an order.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct IntegrationData {
    /// The application that created the order.
    #[serde(deserialize_with = "opt_text")]
    pub application_id: Option<String>,
    /// A certified integrator's id.
    #[serde(deserialize_with = "opt_text")]
    pub integrator_id: Option<String>,
    /// The e-commerce platform's id.
    #[serde(deserialize_with = "opt_text")]
    pub platform_id: Option<String>,
}

/// `config` of an order.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct OrderConfig {
    /// Online checkout settings.
    pub online: Option<OrderOnline>,
    /// Payment method rules: the installments limit.
    pub payment_method: Option<OrderPaymentMethodConfig>,
    /// The text on the buyer's card statement, as some integrations send it.
    pub statement_descriptor: Option<String>,
}

/// `config.payment_method` of an order.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct OrderPaymentMethodConfig {
    /// The most installments the buyer may choose.
    #[serde(deserialize_with = "opt_number")]
    pub max_installments: Option<f64>,
}

/// `config.online` of an order: Checkout Pro's return URLs.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct OrderOnline {
    /// Where the buyer returns after paying.
    pub success_url: Option<String>,
    /// Where the buyer returns after a failure.
    pub failure_url: Option<String>,
    /// Where the buyer returns while the payment is pending.
    pub pending_url: Option<String>,
}

/// `shipments` of a payment or a preference.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Shipments {
    /// Where the goods go (`address` in an order's `shipment`).
    #[serde(alias = "address")]
    pub receiver_address: Option<Address>,
}

/// `point_of_interaction` of a payment.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PointOfInteraction {
    /// Such as `CHECKOUT` or `PIX`.
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// `name` is `checkout-off` for Checkout Pro.
    pub application_data: Option<ApplicationData>,
    /// `sub_unit` is `checkout_pro` for Checkout Pro.
    pub business_info: Option<BusinessInfo>,
}

/// `point_of_interaction.application_data`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ApplicationData {
    /// The creating application.
    pub name: Option<String>,
}

/// `point_of_interaction.business_info`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct BusinessInfo {
    /// The product, such as `checkout_pro`.
    pub sub_unit: Option<String>,
}

/// `GET /merchant_orders/{id}`: the link from a Checkout Pro payment to its preference.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct MerchantOrder {
    /// The merchant order id.
    #[serde(deserialize_with = "opt_text")]
    pub id: Option<String>,
    /// The preference the buyer paid.
    #[serde(deserialize_with = "opt_text")]
    pub preference_id: Option<String>,
}

/// `GET /checkout/preferences/{id}`: the Checkout Pro settings the payment does not show.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Preference {
    /// The preference id.
    #[serde(deserialize_with = "opt_text")]
    pub id: Option<String>,
    /// The items.
    #[serde(deserialize_with = "null_as_default")]
    pub items: Vec<Item>,
    /// The buyer (`name`, `surname`, `email`, …).
    pub payer: Option<Payer>,
    /// Where the buyer returns after paying.
    pub back_urls: Option<BackUrls>,
    /// Notification URL.
    pub notification_url: Option<String>,
    /// The seller's reference.
    pub external_reference: Option<String>,
    /// Statement text.
    pub statement_descriptor: Option<String>,
    /// Instant approve-or-reject mode.
    pub binary_mode: Option<bool>,
    /// Whether the preference expires.
    pub expires: Option<bool>,
    /// Until when it can be paid.
    pub expiration_date_to: Option<String>,
    /// Installments and exclusions.
    pub payment_methods: Option<PreferencePaymentMethods>,
    /// Shipping.
    pub shipments: Option<Shipments>,
}

/// `back_urls` of a preference.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct BackUrls {
    /// After an approved payment.
    pub success: Option<String>,
    /// After a pending payment.
    pub pending: Option<String>,
    /// After a rejected payment.
    pub failure: Option<String>,
}

/// `payment_methods` of a preference.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PreferencePaymentMethods {
    /// Maximum installments offered.
    #[serde(deserialize_with = "opt_number")]
    pub installments: Option<f64>,
}

/// `GET /v1/account/{settlement,release}_report/config`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ReportConfig {
    /// True when reports are generated on a schedule.
    pub scheduled: Option<bool>,
    /// The prefix of generated files.
    pub file_name_prefix: Option<String>,
}

/// Ids come as numbers or strings; both are kept as their decimal text.
fn id<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    opt_id(d)?.ok_or_else(|| serde::de::Error::custom("missing id"))
}

fn opt_id<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    match Option::<serde_json::Value>::deserialize(d)? {
        None | Some(serde_json::Value::Null) => Ok(None),
        Some(serde_json::Value::Number(n)) => Ok(Some(n.to_string())),
        Some(serde_json::Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(serde::de::Error::custom(format!(
            "expected an id, got {other}"
        ))),
    }
}

/// Text that may come as a number; other shapes (objects, booleans) are treated as absent
/// rather than failing the whole answer.
fn opt_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Option::<serde_json::Value>::deserialize(d)? {
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        Some(serde_json::Value::String(s)) => Some(s),
        _ => None,
    })
}

/// Numbers come as numbers or numeric strings (`"quantity": "1"`); anything else is absent.
fn opt_number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    Ok(match Option::<serde_json::Value>::deserialize(d)? {
        Some(serde_json::Value::Number(n)) => n.as_f64(),
        Some(serde_json::Value::String(s)) => {
            s.trim().parse::<f64>().ok().filter(|f| f.is_finite())
        }
        _ => None,
    })
}

fn null_as_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_accept_numbers_and_strings() {
        let u: User = serde_json::from_str(r#"{"id": 123, "tags": null}"#).unwrap();
        assert_eq!(u.id, "123");
        assert!(!u.is_test_user());
        let c: AppCredentials =
            serde_json::from_str(r#"{"client_id": "1234567890123456", "homologated": true}"#)
                .unwrap();
        assert_eq!(c.client_id.as_deref(), Some("1234567890123456"));
        assert_eq!(c.user_id, None);
    }

    #[test]
    fn payments_read_numbers_as_strings_and_nulls() {
        let p: Payment = serde_json::from_str(
            r#"{"id": 111, "collector_id": "2437907601", "live_mode": true, "order": null,
                "payer": {"email": "b@example.com", "first_name": null, "phone": {"area_code": 11, "number": "999"}},
                "additional_info": {"items": [{"id": 120005, "quantity": "2", "unit_price": "10.5"},
                                              {"quantity": 1, "unit_price": "abc"}]}}"#,
        )
        .unwrap();
        assert_eq!(p.id.as_deref(), Some("111"));
        assert_eq!(p.collector_id.as_deref(), Some("2437907601"));
        let items = &p.additional_info.as_ref().unwrap().items;
        assert_eq!(items[0].id.as_deref(), Some("120005"));
        assert_eq!(
            (items[0].quantity, items[0].unit_price),
            (Some(2.0), Some(10.5))
        );
        assert_eq!((items[1].quantity, items[1].unit_price), (Some(1.0), None));
        let phone = p.payer.unwrap().phone.unwrap();
        assert_eq!(phone.area_code.as_deref(), Some("11"));
        let pref: Preference = serde_json::from_str(
            r#"{"payer": {"name": "Ana", "surname": "Silva"}, "items": null}"#,
        )
        .unwrap();
        assert_eq!(pref.payer.unwrap().last_name.as_deref(), Some("Silva"));
    }
}
