//! Test notifications shaped exactly as Mercado Pago sends them, shared by the
//! `notifications` check and `mp-golive webhook send`, so the two can never disagree.
//!
//! Facts (`reference/mercadopago-api.md` §3): a Webhooks delivery is
//! `POST <url>?data.id=<id>&type=<topic>` with a JSON body, an `x-request-id` and
//! `x-signature: ts=<ts>,v1=<hex>`, where `v1` is the lowercase hex HMAC-SHA256, keyed with
//! the application's secret signature, of the manifest
//! `id:<data.id>;request-id:<x-request-id>;ts:<ts>;` with every absent pair left out (as
//! Mercado Pago's SDK validators build it). `data.id` keeps its original case: SDK-go stopped
//! lowercasing it because "MercadoPago signs the notification using the original casing".
//! An IPN delivery is `POST <url>?topic=<topic>&id=<id>` with `{"resource", "topic"}` and no
//! signature a merchant can check.

pub mod delivery;

use std::time::{SystemTime, UNIX_EPOCH};

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use url::Url;

use crate::secret::Secret;

/// Prefix of the synthetic `data.id` of test notifications. Mercado Pago payment ids have
/// 10 to 12 digits today; an 18-digit id cannot belong to a real payment, so a handler that
/// looks it up finds nothing and changes no order.
pub const SYNTHETIC_PREFIX: &str = "9990";

/// `x-socket-timeout` of Mercado Pago's first delivery, in milliseconds (its 22 s wait).
pub const MP_SOCKET_TIMEOUT_MS: u64 = 22_000;

/// Which of Mercado Pago's two notification mechanisms a request imitates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Webhooks: `?data.id=&type=`, JSON event body, signed.
    Webhooks,
    /// IPN (legacy): `?topic=&id=`, `{"resource","topic"}` body, not verifiable.
    Ipn,
}

impl Format {
    /// `Webhooks` or `IPN`, as messages name it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Webhooks => "Webhooks",
            Format::Ipn => "IPN",
        }
    }
}

/// The unit `ts` is written in. Mercado Pago's deliveries carry milliseconds; some SDK
/// freshness checks read seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TsUnit {
    /// 13 digits, as Mercado Pago sends.
    Millis,
    /// 10 digits, as sdk-python 3.6.0 and sdk-nodejs 3.6.1 tolerance checks read it.
    Seconds,
}

/// How the `x-signature` of a request is made.
#[derive(Debug, Clone, Copy)]
pub enum Signing<'a> {
    /// With the webhook secret, as Mercado Pago signs.
    Valid(&'a Secret),
    /// Well-formed, but keyed with something other than the secret: a forgery.
    Forged(&'a Secret),
    /// No `x-signature` header (no secret was given).
    Unsigned,
}

/// The manifest Mercado Pago signs: `id:<data.id>;request-id:<x-request-id>;ts:<ts>;`, with
/// every pair whose value is absent left out. The id keeps its case.
pub fn manifest(data_id: Option<&str>, request_id: Option<&str>, ts: Option<&str>) -> String {
    let mut m = String::new();
    for (key, value) in [("id", data_id), ("request-id", request_id), ("ts", ts)] {
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            m.push_str(key);
            m.push(':');
            m.push_str(v);
            m.push(';');
        }
    }
    m
}

/// Lowercase hex HMAC-SHA256 of `message` keyed with `key`.
pub fn hmac_hex(key: &[u8], message: &str) -> String {
    // HMAC accepts keys of any length, so this cannot fail.
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
    mac.update(message.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// The `x-signature` value: `ts=<ts>,v1=<hex>`.
pub fn x_signature(ts: &str, v1: &str) -> String {
    format!("ts={ts},v1={v1}")
}

/// Unix time in milliseconds.
pub fn now_millis() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
        .unwrap_or(0)
}

/// A synthetic `ORD…` id for an `order` notification when no order id is configured:
/// `ORD` and `MPGOLIVE` and the time, upper case as Mercado Pago's ids are, and no order's.
pub fn synthetic_order_id() -> String {
    format!("ORDMPGOLIVE{:014}", now_millis() % 100_000_000_000_000)
}

/// A synthetic numeric `data.id`: [`SYNTHETIC_PREFIX`] and the time in milliseconds, 18
/// digits in all (below 2^63, so handlers that parse it as a 64-bit integer still can).
pub fn synthetic_data_id() -> String {
    format!(
        "{SYNTHETIC_PREFIX}{:014}",
        now_millis() % 100_000_000_000_000
    )
}

/// One notification, ready to send again with another signature or `ts` unit.
#[derive(Debug, Clone)]
pub struct Notification {
    /// Webhooks or IPN.
    pub format: Format,
    /// `type` (Webhooks) or `topic` (IPN), such as `payment`.
    pub topic: String,
    /// `data.id` (Webhooks) or `id` (IPN).
    pub data_id: String,
    /// Such as `payment.created` (Webhooks only).
    pub action: String,
    /// `live_mode` of the Webhooks body.
    pub live_mode: bool,
    /// `user_id` of the Webhooks body: the seller's user id when known.
    pub user_id: String,
    /// When the event happened, Unix milliseconds; `ts` is derived from it.
    pub millis: u64,
    /// `x-request-id`, a UUID v4; a new one for every request, as Mercado Pago does.
    pub request_id: String,
    /// More of the body's `data` than its `id` (an `order` event's status, transactions and
    /// version).
    pub data: serde_json::Map<String, serde_json::Value>,
    /// The id the signature covers when it is not `data_id` as sent: an `order` event
    /// signed with its id lower-cased, as the older Orders docs told handlers to validate.
    pub signed_id: Option<String>,
    /// `application_id` of the Webhooks body, when known (the client id an access token
    /// starts with); an `order` event carries it, and it is left out when unknown rather
    /// than invented.
    pub application_id: Option<String>,
}

impl Notification {
    /// A notification of `topic` about `data_id`, happening now.
    pub fn new(format: Format, topic: &str, data_id: &str) -> Self {
        Notification {
            format,
            topic: topic.to_owned(),
            data_id: data_id.to_owned(),
            action: format!("{topic}.created"),
            live_mode: true,
            user_id: "0".to_owned(),
            millis: now_millis(),
            request_id: crate::api::idempotency_key(),
            data: serde_json::Map::new(),
            signed_id: None,
            application_id: None,
        }
    }

    /// An `order` event of the Orders API as Mercado Pago sends it: topic `order`, action
    /// `order.processed`, `data.id` the `ORD…` id in its original case, and the body's
    /// `data.status`, `data.transactions` and `data.version` (medium confidence, after the
    /// notification examples of the Orders docs).
    pub fn order(order_id: &str) -> Self {
        let mut n = Notification::new(Format::Webhooks, "order", order_id);
        n.action = "order.processed".to_owned();
        let data = serde_json::json!({
            "status": "processed",
            "status_detail": "accredited",
            "total_paid_amount": "200.00",
            "transactions": {"payments": [{
                "id": format!("PAY{}", &order_id.get(3..).unwrap_or_default()),
                "amount": "200.00",
                "paid_amount": "200.00",
                "status": "processed",
                "status_detail": "accredited",
                "payment_method": {"id": "master", "type": "credit_card", "installments": 1}
            }]},
            "version": 1
        });
        if let serde_json::Value::Object(map) = data {
            n.data = map;
        }
        n
    }

    /// The same event signed over its id lower-cased (and a fresh `x-request-id`).
    pub fn signed_lower_case(&self) -> Self {
        Notification {
            signed_id: Some(self.data_id.to_lowercase()),
            ..self.redelivered()
        }
    }

    /// The same event as a new delivery: a fresh `x-request-id`.
    pub fn redelivered(&self) -> Self {
        Notification {
            request_id: crate::api::idempotency_key(),
            ..self.clone()
        }
    }

    /// `ts` in the given unit.
    pub fn ts(&self, unit: TsUnit) -> String {
        match unit {
            TsUnit::Millis => self.millis.to_string(),
            TsUnit::Seconds => (self.millis / 1000).to_string(),
        }
    }

    /// The URL with Mercado Pago's query parameters appended to the merchant's own.
    pub fn url(&self, base: &Url) -> Url {
        let mut url = base.clone();
        {
            let mut q = url.query_pairs_mut();
            match self.format {
                Format::Webhooks => q
                    .append_pair("data.id", &self.data_id)
                    .append_pair("type", &self.topic),
                Format::Ipn => q
                    .append_pair("topic", &self.topic)
                    .append_pair("id", &self.data_id),
            };
        }
        url
    }

    /// The JSON body.
    pub fn body(&self) -> String {
        let mut v = match self.format {
            Format::Webhooks => serde_json::json!({
                "id": self.millis,
                "live_mode": self.live_mode,
                "type": self.topic,
                "date_created": iso_date(self.millis),
                "user_id": number_or_text(&self.user_id),
                "api_version": "v1",
                "action": self.action,
                "data": self.data_value(),
            }),
            Format::Ipn => serde_json::json!({"resource": self.data_id, "topic": self.topic}),
        };
        if let (Format::Webhooks, Some(app), Some(body)) =
            (self.format, &self.application_id, v.as_object_mut())
        {
            body.insert("application_id".to_owned(), number_or_text(app));
        }
        v.to_string()
    }

    /// The body's `data`: the id first, then whatever else the event carries.
    fn data_value(&self) -> serde_json::Value {
        let mut data = serde_json::Map::new();
        data.insert(
            "id".to_owned(),
            serde_json::Value::from(self.data_id.as_str()),
        );
        data.extend(self.data.clone());
        serde_json::Value::Object(data)
    }

    /// The manifest this request's signature covers, for a `ts` unit.
    pub fn manifest(&self, unit: TsUnit) -> String {
        manifest(
            Some(self.signed_id.as_deref().unwrap_or(&self.data_id)),
            Some(&self.request_id),
            Some(&self.ts(unit)),
        )
    }

    /// The request headers (besides `User-Agent`, which the client adds). IPN carries no
    /// signature: Mercado Pago's IPN `x-signature` cannot be checked with the secret.
    pub fn headers(&self, signing: Signing<'_>, unit: TsUnit) -> Vec<(&'static str, String)> {
        let mut h = vec![
            ("content-type", "application/json".to_owned()),
            ("x-request-id", self.request_id.clone()),
            ("x-retry", "0".to_owned()),
            ("x-socket-timeout", MP_SOCKET_TIMEOUT_MS.to_string()),
        ];
        if self.format == Format::Webhooks {
            let ts = self.ts(unit);
            let manifest = self.manifest(unit);
            let v1 = match signing {
                Signing::Valid(secret) => Some(hmac_hex(secret.expose().as_bytes(), &manifest)),
                Signing::Forged(secret) => {
                    // Keyed with a different secret, so the header looks right but is wrong.
                    let wrong = format!("{}#forged-by-mp-golive", secret.expose());
                    Some(hmac_hex(wrong.as_bytes(), &manifest))
                }
                Signing::Unsigned => None,
            };
            if let Some(v1) = v1 {
                h.push(("x-signature", x_signature(&ts, &v1)));
            }
        }
        h
    }
}

fn number_or_text(s: &str) -> serde_json::Value {
    s.parse::<u64>()
        .map(serde_json::Value::from)
        .unwrap_or_else(|_| serde_json::Value::from(s))
}

/// `2025-03-20T17:20:38.683-04:00`: the offset Mercado Pago's own examples carry.
pub fn iso_date(millis: u64) -> String {
    crate::date::iso_at_offset(i64::try_from(millis).unwrap_or(i64::MAX / 2), -4)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected digests computed independently with Python:
    //   hmac.new(secret.encode(), manifest.encode(), hashlib.sha256).hexdigest()

    #[test]
    fn full_manifest_with_milliseconds() {
        let m = manifest(
            Some("123456"),
            Some("bb56a2f1-6aae-46ac-982e-9dcd3581d08e"),
            Some("1742505638683"),
        );
        assert_eq!(
            m,
            "id:123456;request-id:bb56a2f1-6aae-46ac-982e-9dcd3581d08e;ts:1742505638683;"
        );
        assert_eq!(
            hmac_hex(b"your_secret_key_here", &m),
            "5e0a7ed2ea5ece575e9d1a9bb80f7ce6ca43d6d30e8be93413bae108b94ad7cd"
        );
    }

    #[test]
    fn ids_with_letters_keep_their_case() {
        let m = manifest(
            Some("ORD01JQ4S4KY8HWQ6NA5PXB65B3D3"),
            Some("0d3c9b5e-2f1a-4c8e-9f70-6a1b2c3d4e5f"),
            Some("1742505638"),
        );
        assert!(m.starts_with("id:ORD01JQ4S4KY8HWQ6NA5PXB65B3D3;"), "{m}");
        let v1 = hmac_hex(b"whsec_5f4dcc3b5aa765d61d8327deb882cf99", &m);
        assert_eq!(
            v1,
            "1d8864ea3e9738d7fce5977214508d2ba234e4332d4f611c5d0971f8d5d7ad4f"
        );
        // The lowercased manifest signs differently: case matters.
        assert_ne!(
            v1,
            "d5939c99bb2aa3e7b1f52729f507bb566ce6ea41bf1ee0d8a181ceec87499548"
        );
        assert_eq!(
            hmac_hex(
                b"whsec_5f4dcc3b5aa765d61d8327deb882cf99",
                &m.to_ascii_lowercase()
            ),
            "d5939c99bb2aa3e7b1f52729f507bb566ce6ea41bf1ee0d8a181ceec87499548"
        );
    }

    #[test]
    fn absent_parts_are_left_out() {
        let no_id = manifest(
            None,
            Some("0d3c9b5e-2f1a-4c8e-9f70-6a1b2c3d4e5f"),
            Some("1704908010"),
        );
        assert_eq!(
            no_id,
            "request-id:0d3c9b5e-2f1a-4c8e-9f70-6a1b2c3d4e5f;ts:1704908010;"
        );
        assert_eq!(
            hmac_hex(b"s3cr3t", &no_id),
            "6e4e46fa00bfd009743260a38542b8bccf72017c36222c6752bf69c89083bd92"
        );
        let no_request_id = manifest(Some("999001742505638683"), Some(""), Some("1742505638683"));
        assert_eq!(no_request_id, "id:999001742505638683;ts:1742505638683;");
        assert_eq!(
            hmac_hex(b"s3cr3t", &no_request_id),
            "612b61b399dccccb2c70d7f6e862e636768250d9c9ce6553569719b661e2eb80"
        );
        assert_eq!(manifest(None, None, None), "");
    }

    #[test]
    fn webhooks_request_is_signed_as_mercado_pago_signs() {
        let secret = Secret::new("your_secret_key_here");
        let n = Notification {
            millis: 1_742_505_638_683,
            request_id: "bb56a2f1-6aae-46ac-982e-9dcd3581d08e".to_owned(),
            user_id: "987654321".to_owned(),
            ..Notification::new(Format::Webhooks, "payment", "123456")
        };
        let headers = n.headers(Signing::Valid(&secret), TsUnit::Millis);
        let sig = headers.iter().find(|(k, _)| *k == "x-signature").unwrap();
        assert_eq!(
            sig.1,
            "ts=1742505638683,v1=5e0a7ed2ea5ece575e9d1a9bb80f7ce6ca43d6d30e8be93413bae108b94ad7cd"
        );
        let seconds = n.headers(Signing::Valid(&secret), TsUnit::Seconds);
        let sig_s = seconds.iter().find(|(k, _)| *k == "x-signature").unwrap();
        // python3: hmac.new(b"your_secret_key_here", b"id:123456;request-id:bb56a2f1-...;ts:1742505638;", sha256)
        assert_eq!(
            sig_s.1,
            "ts=1742505638,v1=7d14daa7dfafe1d4b14177732ea47960beb771281e24a3fa803c794067655be1"
        );
        let forged = n.headers(Signing::Forged(&secret), TsUnit::Millis);
        let sig_f = forged.iter().find(|(k, _)| *k == "x-signature").unwrap();
        assert!(sig_f.1.starts_with("ts=1742505638683,v1="));
        assert_ne!(sig_f.1, sig.1);
        assert!(
            !n.headers(Signing::Unsigned, TsUnit::Millis)
                .iter()
                .any(|(k, _)| *k == "x-signature")
        );

        let url = n.url(&Url::parse("https://shop.example/hook?source_news=webhooks").unwrap());
        assert_eq!(
            url.as_str(),
            "https://shop.example/hook?source_news=webhooks&data.id=123456&type=payment"
        );
        let body: serde_json::Value = serde_json::from_str(&n.body()).unwrap();
        assert_eq!(body["data"]["id"], "123456");
        assert_eq!(body["type"], "payment");
        assert_eq!(body["action"], "payment.created");
        assert_eq!(body["user_id"], 987_654_321);
        assert_eq!(body["api_version"], "v1");
        assert_eq!(body["live_mode"], true);
        assert_eq!(body["date_created"], "2025-03-20T17:20:38.683-04:00");
    }

    #[test]
    fn order_request_is_signed_over_the_id_as_sent_and_on_request_lower_cased() {
        let secret = Secret::new("your_secret_key_here");
        let mut n = Notification {
            millis: 1_742_505_638_683,
            request_id: "bb56a2f1-6aae-46ac-982e-9dcd3581d08e".to_owned(),
            user_id: "987654321".to_owned(),
            ..Notification::order("ORD01JQ4S4KY8HWQ6NA5PXB65B3D3")
        };
        let sig = |n: &Notification| {
            n.headers(Signing::Valid(&secret), TsUnit::Millis)
                .into_iter()
                .find(|(k, _)| *k == "x-signature")
                .unwrap()
                .1
        };
        // python3: hmac.new(b"your_secret_key_here",
        //   b"id:ORD01JQ4S4KY8HWQ6NA5PXB65B3D3;request-id:bb56a2f1-...;ts:1742505638683;", sha256)
        assert_eq!(
            n.manifest(TsUnit::Millis),
            "id:ORD01JQ4S4KY8HWQ6NA5PXB65B3D3;request-id:bb56a2f1-6aae-46ac-982e-9dcd3581d08e;ts:1742505638683;"
        );
        assert_eq!(
            sig(&n),
            "ts=1742505638683,v1=6b3fcea17dcd07058d2421ec454b2e07dc4affc4c5300129aecdd51ea73b0cfe"
        );
        // The lower-cased variant: same query and body, the signature over the id lower-cased.
        let lower = Notification {
            request_id: n.request_id.clone(),
            ..n.signed_lower_case()
        };
        assert_eq!(
            sig(&lower),
            "ts=1742505638683,v1=25cf09e44890d8d97429043025c21ce2cb13e5ed2567898f29ad14c75bd8b2d3"
        );
        assert_eq!(lower.body(), n.body());
        let base = Url::parse("https://shop.example/hook").unwrap();
        assert_eq!(lower.url(&base), n.url(&base));
        assert_eq!(
            n.url(&base).as_str(),
            "https://shop.example/hook?data.id=ORD01JQ4S4KY8HWQ6NA5PXB65B3D3&type=order"
        );
        assert_ne!(n.signed_lower_case().request_id, n.request_id);

        let body: serde_json::Value = serde_json::from_str(&n.body()).unwrap();
        assert_eq!(body["type"], "order");
        assert_eq!(body["action"], "order.processed");
        assert_eq!(body["data"]["id"], "ORD01JQ4S4KY8HWQ6NA5PXB65B3D3");
        assert_eq!(body["data"]["status"], "processed");
        assert_eq!(body["data"]["version"], 1);
        assert_eq!(
            body["data"]["transactions"]["payments"][0]["id"],
            "PAY01JQ4S4KY8HWQ6NA5PXB65B3D3"
        );
        // No application id is invented; a known one is a number, as in Mercado Pago's bodies.
        assert!(body.get("application_id").is_none(), "{body}");
        n.application_id = Some("1234567890123456".to_owned());
        let body: serde_json::Value = serde_json::from_str(&n.body()).unwrap();
        assert_eq!(body["application_id"], 1_234_567_890_123_456_u64);
    }

    #[test]
    fn synthetic_order_ids_have_the_shape_of_an_order_id() {
        let id = synthetic_order_id();
        assert!(id.starts_with("ORDMPGOLIVE"), "{id}");
        assert!(
            id.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()),
            "{id}"
        );
    }

    #[test]
    fn ipn_request_has_topic_and_id_and_no_signature() {
        let secret = Secret::new("s3cr3t");
        let n = Notification::new(Format::Ipn, "payment", "123456789");
        let url = n.url(&Url::parse("https://shop.example/ipn").unwrap());
        assert_eq!(
            url.as_str(),
            "https://shop.example/ipn?topic=payment&id=123456789"
        );
        assert_eq!(n.body(), r#"{"resource":"123456789","topic":"payment"}"#);
        assert!(
            !n.headers(Signing::Valid(&secret), TsUnit::Millis)
                .iter()
                .any(|(k, _)| *k == "x-signature")
        );
    }

    #[test]
    fn synthetic_ids_are_18_digits_and_recognisable() {
        let id = synthetic_data_id();
        assert_eq!(id.len(), 18, "{id}");
        assert!(id.starts_with(SYNTHETIC_PREFIX));
        assert!(id.parse::<i64>().is_ok());
    }

    #[test]
    fn redelivery_changes_only_the_request_id() {
        let n = Notification::new(Format::Webhooks, "payment", "1");
        let again = n.redelivered();
        assert_ne!(n.request_id, again.request_id);
        assert_eq!(n.millis, again.millis);
    }

    #[test]
    fn formats_are_named_as_mercado_pago_names_them() {
        assert_eq!(Format::Webhooks.name(), "Webhooks");
        assert_eq!(Format::Ipn.name(), "IPN");
    }

    #[test]
    fn now_is_the_system_clock_in_milliseconds() {
        let millis = |t: SystemTime| t.duration_since(UNIX_EPOCH).unwrap().as_millis() as u64;
        let before = millis(SystemTime::now());
        let now = now_millis();
        let after = millis(SystemTime::now());
        assert!(before <= now && now <= after, "{before} {now} {after}");
    }

    #[test]
    fn dates_beyond_i64_milliseconds_stay_far_in_the_future() {
        // u64::MAX milliseconds does not fit an i64: it is clamped, not wrapped to 1970.
        assert_eq!(
            iso_date(u64::MAX),
            crate::date::iso_at_offset(i64::MAX / 2, -4)
        );
        assert!(!iso_date(u64::MAX).starts_with("19"));
    }
}
