//! A fake Mercado Pago API (wiremock) whose answers follow the shapes documented in
//! `reference/mercadopago-api.md` §1 and §7, with readable scenario builders.

use serde_json::{Value, json};
use wiremock::matchers::{header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// The application of the production credentials below.
pub const CLIENT_ID: u64 = 1234567890123456;
/// Another application of the same seller.
pub const OTHER_CLIENT_ID: u64 = 6543210987654321;
/// The seller's user id: the access token's last segment.
pub const USER_ID: u64 = 987654321;

/// Production credentials of the seller's real account (synthetic).
pub const TOKEN: &str =
    "APP_USR-1234567890123456-112609-3f9c2a7be14d8f06a5c3e9b27d41f08c-987654321";
/// The public key of the same application.
pub const PUBLIC_KEY: &str = "APP_USR-0a1b2c3d-1111-2222-3333-444455556666";
/// A public key of another application.
pub const OTHER_APP_PUBLIC_KEY: &str = "APP_USR-9f8e7d6c-aaaa-bbbb-cccc-ddddeeeeffff";
/// Legacy test credentials of the same application.
pub const TEST_TOKEN: &str =
    "TEST-1234567890123456-112609-fedcba9876543210fedcba9876543210-987654321";
/// Legacy test public key.
pub const TEST_PUBLIC_KEY: &str = "TEST-0a1b2c3d-1111-2222-3333-777788889999";
/// The webhook secret tests pass around (it must never be printed).
pub const WEBHOOK_SECRET: &str = "whsec_5f4dcc3b5aa765d61d8327deb882cf99";

/// What `/users/me` and the credentials wrapper say about an account.
#[derive(Debug, Clone)]
pub struct Account {
    /// `id` of /users/me.
    pub user_id: u64,
    /// `client_id` of the token's application.
    pub client_id: u64,
    /// `site_id`.
    pub site_id: &'static str,
    /// A test user (`tags` has `test_user`).
    pub test_user: bool,
    /// `homologated` of the wrapper.
    pub homologated: bool,
    /// `is_test` of the wrapper.
    pub is_test: bool,
    /// `GET /v1/payment_methods` with the token lists `pix` (MLB accounts with a key).
    pub pix: bool,
}

impl Default for Account {
    fn default() -> Self {
        Account {
            user_id: USER_ID,
            client_id: CLIENT_ID,
            site_id: "MLB",
            test_user: false,
            homologated: true,
            is_test: false,
            pix: true,
        }
    }
}

/// The `/users/me` body, after §1.3's realistic field list.
pub fn user_body(a: &Account) -> Value {
    let (nickname, email, tags) = if a.test_user {
        (
            format!("TESTUSER{}", a.user_id),
            format!("test_user_{}@testuser.com", a.user_id),
            json!(["test_user", "normal"]),
        )
    } else {
        (
            "MYSHOP".to_owned(),
            "owner@shop.example".to_owned(),
            json!(["normal"]),
        )
    };
    json!({
        "id": a.user_id, "nickname": nickname,
        "registration_date": "2024-01-10T10:00:00.000-04:00",
        "first_name": "Ana", "last_name": "Silva", "gender": "",
        "country_id": "BR", "email": email,
        "identification": {"number": "12345678909", "type": "CPF"},
        "phone": {"area_code": "11", "extension": "", "number": "999999999", "verified": false},
        "user_type": "normal", "tags": tags, "logo": null, "points": 0,
        "site_id": a.site_id,
        "permalink": format!("http://perfil.mercadolivre.com.br/{nickname}"),
        "status": {"site_status": "active", "mercadopago_tc_accepted": true,
                   "mercadopago_account_type": "personal", "confirmed_email": true},
        "company": {"brand_name": null, "soft_descriptor": null},
        "context": {}
    })
}

/// The credentials wrapper body (§1.4 A).
pub fn wrapper_body(a: &Account, client_id: u64) -> Value {
    json!({"client_id": client_id, "user_id": a.user_id, "site_id": a.site_id,
           "is_test": a.is_test, "homologated": a.homologated})
}

/// `{"message":"invalid_token","error":"not_found","status":401,"cause":[]}` (§1.5).
pub fn invalid_token_body() -> Value {
    json!({"message": "invalid_token", "error": "not_found", "status": 401, "cause": []})
}

/// The error for an unknown public key on documented endpoints (§1.4 B, code 1001).
pub fn unknown_key_body() -> Value {
    json!({"message": "public_key not found", "error": "bad_request", "status": 400,
           "cause": [{"code": "1001", "description": "public_key not found"}]})
}

/// A trimmed `/v1/payment_methods` list.
pub fn payment_methods_body() -> Value {
    json!([
        {"id": "visa", "name": "Visa", "payment_type_id": "credit_card", "status": "active"},
        {"id": "pix", "name": "PIX", "payment_type_id": "bank_transfer", "status": "active",
         "min_allowed_amount": 0.01, "max_allowed_amount": 0}
    ])
}

/// `/v1/payment_methods` as the seller's token sees it: `pix` only on an MLB account with a
/// key (§2.1; the entry is the documented sample).
pub fn seller_payment_methods_body(a: &Account) -> Value {
    let mut methods = vec![
        json!({"id": "visa", "name": "Visa", "payment_type_id": "credit_card", "status": "active"}),
        json!({"id": "bolbradesco", "name": "Boleto", "payment_type_id": "ticket", "status": "active"}),
    ];
    if a.pix && a.site_id == "MLB" {
        methods.push(pix_method(0.01));
    }
    Value::Array(methods)
}

/// The documented `pix` entry of `/v1/payment_methods` (§2.1).
pub fn pix_method(min_allowed_amount: f64) -> Value {
    json!({"id": "pix", "name": "PIX", "payment_type_id": "bank_transfer", "status": "active",
           "secure_thumbnail": "https://www.mercadopago.com/org-img/MP3/API/logos/pix.gif",
           "thumbnail": "https://www.mercadopago.com/org-img/MP3/API/logos/pix.gif",
           "deferred_capture": "does_not_apply", "settings": [], "additional_info_needed": [],
           "min_allowed_amount": min_allowed_amount, "max_allowed_amount": 0,
           "accreditation_time": 0, "financial_institutions": [],
           "processing_modes": ["aggregator"]})
}

/// The 201 answer of a created Pix payment (§2.2).
pub fn pix_payment_body(id: u64, status: &str) -> Value {
    json!({"id": id, "status": status, "status_detail": if status == "pending" { "pending_waiting_transfer" } else { "by_collector" },
           "payment_method_id": "pix", "payment_type_id": "bank_transfer",
           "payment_method": {"id": "pix", "type": "bank_transfer", "issuer_id": "12501"},
           "currency_id": "BRL", "live_mode": true, "collector_id": USER_ID,
           "date_of_expiration": "2026-01-01T12:00:00.000-03:00",
           "transaction_details": {"net_received_amount": 0, "total_paid_amount": 1.0, "overpaid_amount": 0,
             "external_resource_url": null, "installment_amount": 0, "financial_institution": null},
           "point_of_interaction": {"type": "PIX", "sub_type": null,
             "application_data": {"name": null, "version": null},
             "transaction_data": {"qr_code": "00020126...6304ABCD", "qr_code_base64": "iVBORw0KGgo...",
               "ticket_url": format!("https://www.mercadopago.com.br/payments/{id}/ticket?caller_id=1&hash=x")}}})
}

/// The refusal of a Pix payment for a collector without a key (§2.1, cause 13253).
pub fn no_pix_key_body() -> Value {
    json!({"message": "Financial Identity Use Case was not found", "error": "bad_request", "status": 400,
           "cause": [{"code": 13253, "description": "Collector user without key enabled for QR render"}]})
}

/// A settlement report configuration (§4.2).
pub fn report_config_body(scheduled: bool) -> Value {
    json!({"file_name_prefix": "settlement-report-987654321", "show_fee_prevision": false,
           "show_chargeback_cancel": true, "scheduled": scheduled, "coupon_detailed": true,
           "include_withdraw": true, "shipping_detail": true, "refund_detailed": true,
           "display_timezone": "GMT-04", "report_translation": "es", "separator": ",",
           "notification_email_list": ["ops@example.com"],
           "frequency": {"hour": 0, "type": "monthly", "value": 1},
           "columns": [{"key": "TRANSACTION_DATE"}, {"key": "SOURCE_ID"}, {"key": "EXTERNAL_REFERENCE"}]})
}

/// A report list (§4.2).
pub fn report_list_body(report: &str) -> Value {
    let kind = report.trim_end_matches("_report");
    json!([{"id": 12345678, "user_id": USER_ID, "begin_date": "2015-05-01T00:00:00Z",
            "end_date": "2015-06-01T23:59:59Z",
            "file_name": format!("{kind}-report-{USER_ID}-2016-01-20-131015.csv"),
            "created_from": "manual", "date_created": "2016-01-20T10:07:53.000-04:00"}])
}

/// The two reconciliation reports.
pub const REPORTS: [&str; 2] = ["settlement_report", "release_report"];

/// The production Checkout Pro payment of §5.4, verbatim (anonymised): its collector is
/// another seller, its tracking id is not an SDK's, its items carry strings.
pub fn captured_checkout_pro_payment() -> Value {
    serde_json::from_str(
        r#"{"id": 111383868117, "status": "approved", "status_detail": "accredited", "live_mode": true,
     "date_created": "2025-05-16T14:18:21.000-04:00", "date_approved": "2025-05-16T14:18:23.000-04:00",
     "date_last_updated": "2025-05-16T14:18:27.000-04:00", "date_of_expiration": null,
     "money_release_date": "2025-05-16T14:18:23.000-04:00", "money_release_status": "released",
     "operation_type": "regular_payment", "payment_method_id": "visa", "payment_type_id": "credit_card",
     "payment_method": {"id": "visa", "type": "credit_card", "issuer_id": "12749"}, "issuer_id": "12749",
     "currency_id": "BRL", "description": "Product", "collector_id": 2437907601,
     "external_reference": "order-6", "notification_url": "https://shop.example/api/mp/webhook",
     "statement_descriptor": "MYSHOP", "binary_mode": false, "captured": true, "installments": 1,
     "metadata": {"client_id": "client-4"}, "order": {"id": "31080403168", "type": "mercadopago"},
     "payer": {"id": "1850029315", "email": "buyer@example.com", "first_name": null, "last_name": null,
       "identification": {"type": null, "number": null}, "phone": {"area_code": null, "number": null, "extension": null},
       "entity_type": null, "type": null, "operator_id": null},
     "additional_info": {"ip_address": "203.0.113.7",
       "items": [{"id": "120005", "title": "Necklace", "description": "...", "category_id": "fashion",
         "quantity": "1", "unit_price": "1"}],
       "payer": {"first_name": "Ana"}, "tracking_id": "platform:v1-whitelabel,so:ALL,type:N/A,security:none"},
     "transaction_amount": 1, "transaction_amount_refunded": 0, "coupon_amount": 0, "shipping_amount": 0, "taxes_amount": 0,
     "transaction_details": {"net_received_amount": 0.95, "total_paid_amount": 1, "installment_amount": 1,
       "overpaid_amount": 0, "external_resource_url": null, "financial_institution": null, "acquirer_reference": null,
       "payment_method_reference_id": null, "payable_deferral_period": null},
     "fee_details": [{"amount": 0.05, "fee_payer": "collector", "type": "mercadopago_fee"}],
     "charges_details": [{"id": "111383868117-001", "name": "mercadopago_fee", "type": "fee",
       "accounts": {"from": "collector", "to": "mp"}, "amounts": {"original": 0.05, "refunded": 0}}],
     "point_of_interaction": {"type": "CHECKOUT", "application_data": {"name": "checkout-off", "version": "v2"},
       "business_info": {"branch": "Merchant Services", "sub_unit": "checkout_pro", "unit": "online_payments"},
       "transaction_data": {"e2e_id": null}},
     "processing_mode": "aggregator", "refunds": [], "sponsor_id": null, "integrator_id": null,
     "platform_id": null, "corporation_id": null, "build_version": "3.105.0-rc-8"}"#,
    )
    .expect("valid JSON")
}

/// The merchant order of [`complete_checkout_pro_payment`].
pub const ORDER_ID: &str = "31080403168";
/// The preference of that merchant order.
pub const PREFERENCE_ID: &str = "987654321-0a1b2c3d-4e5f-6789-abcd-ef0123456789";

/// The §5.4 capture made complete: of this seller, through the Node SDK, with every item,
/// buyer and shipment field the quality checklist and the approval guide ask for.
pub fn complete_checkout_pro_payment(id: u64) -> Value {
    let mut p = captured_checkout_pro_payment();
    p["id"] = json!(id);
    p["collector_id"] = json!(USER_ID);
    p["payer"]["first_name"] = json!("Ana");
    p["payer"]["last_name"] = json!("Silva");
    p["payer"]["identification"] = json!({"type": "CPF", "number": "19119119100"});
    p["payer"]["phone"] = json!({"area_code": "11", "number": "987654321", "extension": null});
    p["additional_info"] = json!({"ip_address": "203.0.113.7",
        "items": [{"id": "120005", "title": "Necklace", "description": "Silver necklace, 45 cm",
                   "picture_url": "https://shop.example/img/120005.jpg", "category_id": "fashion",
                   "quantity": "1", "unit_price": "149.9"}],
        "payer": {"first_name": "Ana", "last_name": "Silva",
                  "phone": {"area_code": "11", "number": "987654321"},
                  "address": {"zip_code": "01310924", "street_name": "Avenida Paulista", "street_number": "1578"},
                  "registration_date": "2024-01-10T10:00:00.000-03:00"},
        "shipments": {"receiver_address": {"zip_code": "01310924", "state_name": "SP", "city_name": "São Paulo",
                      "street_name": "Avenida Paulista", "street_number": "1578", "floor": "", "apartment": ""}},
        "tracking_id": "platform:v22|v22.14.0,so:so;,type:SDK2.5.0,security:none"});
    p
}

/// A Checkout API (Bricks) card payment of this seller with everything its checklist asks
/// for that a payment can show.
pub fn complete_checkout_api_payment(id: u64) -> Value {
    let mut p = complete_checkout_pro_payment(id);
    p["order"] = Value::Null;
    p["binary_mode"] = json!(true);
    p["point_of_interaction"] = json!({"type": "UNSPECIFIED", "business_info": {"unit": "online_payments", "sub_unit": "default"}});
    p
}

/// A Checkout API payment with nothing but what Mercado Pago fills in itself.
pub fn bare_payment(id: u64) -> Value {
    json!({"id": id, "status": "approved", "status_detail": "accredited", "live_mode": true,
           "payment_method_id": "visa", "payment_type_id": "credit_card", "currency_id": "BRL",
           "collector_id": USER_ID, "transaction_amount": 10, "installments": 1,
           "external_reference": null, "notification_url": null, "statement_descriptor": null,
           "order": {}, "metadata": {},
           "payer": {"id": "1850029315", "email": null, "first_name": null, "last_name": null,
                     "identification": {"type": null, "number": null},
                     "phone": {"area_code": null, "number": null, "extension": null}},
           "additional_info": {"ip_address": "203.0.113.7",
                               "tracking_id": "platform:v1-whitelabel,so:ALL,type:N/A,security:none"},
           "point_of_interaction": {"type": "UNSPECIFIED"}})
}

/// `GET /merchant_orders/{id}` of a Checkout Pro payment.
/// An Orders API order id of the fixtures (upper case, as Mercado Pago shows them).
pub const ORDERS_ID: &str = "ORD01JQ4S4KY8HWQ6NA5PXB65B3D3";

/// `GET /v1/orders/{id}` of an online (Checkout API) order of [`USER_ID`] with every field
/// of the quality checklist and the approval data, in the shape of the official Node SDK's
/// response types (`reference/mercadopago-2026.md` §1).
pub fn complete_order(id: &str) -> Value {
    json!({
        "id": id,
        "type": "online",
        "processing_mode": "automatic",
        "external_reference": "order-ext-77",
        "country_code": "BRA",
        "status": "processed",
        "status_detail": "accredited",
        "user_id": USER_ID.to_string(),
        "capture_mode": "automatic_async",
        "total_amount": "200.00",
        "currency": "BRL",
        "integration_data": {"application_id": CLIENT_ID.to_string(), "integrator_id": "dev_24c65fb163bf11ea96500242ac130004", "platform_id": "1234567890"},
        "payer": {
            "customer_id": "1234-abcd",
            "email": "buyer@example.com",
            "first_name": "Ana",
            "last_name": "Souza",
            "identification": {"type": "CPF", "number": "19119119100"},
            "phone": {"area_code": "11", "number": "987654321"},
            "address": {"street_name": "Av. Paulista", "street_number": "1000", "zip_code": "01310-100", "neighborhood": "Bela Vista", "state": "SP", "city": "São Paulo"}
        },
        "items": [{
            "external_code": "SKU-1",
            "title": "Camiseta",
            "description": "Camiseta de algodão",
            "category_id": "fashion",
            "quantity": 2,
            "unit_price": "100.00",
            "type": "product",
            "picture_url": "https://shop.example/img/sku-1.png"
        }],
        "additional_info": {
            "payer.authentication_type": "MOBILE",
            "payer.registration_date": "2024-01-01T00:00:00Z",
            "payer.is_prime_user": true,
            "payer.is_first_purchase_online": false,
            "payer.last_purchase": "2026-10-01T00:00:00Z",
            "shipment.express": false,
            "shipment.local_pickup": false
        },
        "transactions": {"payments": [{
            "id": "PAY01JQ4S4KY8HWQ6NA5PXB65B3D4",
            "amount": "200.00",
            "status": "processed",
            "status_detail": "accredited",
            "payment_method": {"id": "master", "type": "credit_card", "installments": 1, "statement_descriptor": "MYSHOP"}
        }]}
    })
}

/// An order whose GET echoes only what the Node SDK's response type promises for the payer
/// (`customer_id`), with no `additional_info`.
pub fn order_without_payer_echo(id: &str) -> Value {
    let mut o = complete_order(id);
    o["payer"] = json!({"customer_id": "1234-abcd"});
    o.as_object_mut().unwrap().remove("additional_info");
    o
}

/// An order with only what creating one requires.
pub fn bare_order(id: &str) -> Value {
    json!({
        "id": id,
        "type": "online",
        "status": "processed",
        "user_id": USER_ID.to_string(),
        "total_amount": "200.00",
        "items": [{"title": "x", "quantity": 1, "unit_price": "200.00"}],
        "transactions": {"payments": [{"id": "PAY01", "status": "processed", "payment_method": {"id": "pix", "type": "bank_transfer"}}]}
    })
}

pub fn merchant_order_body(order_id: &str, preference_id: &str, payment_id: u64) -> Value {
    json!({"id": order_id.parse::<u64>().unwrap_or(0), "status": "closed", "external_reference": "order-6",
           "preference_id": preference_id, "collector": {"id": USER_ID},
           "payments": [{"id": payment_id, "status": "approved"}], "order_status": "paid"})
}

/// `GET /checkout/preferences/{id}` with every Checkout Pro setting the checklist values.
pub fn complete_preference(preference_id: &str) -> Value {
    json!({"id": preference_id, "collector_id": USER_ID,
           "items": [{"id": "120005", "title": "Necklace", "description": "Silver necklace, 45 cm",
                      "category_id": "fashion", "quantity": 1, "unit_price": 149.9, "currency_id": "BRL"}],
           "payer": {"name": "Ana", "surname": "Silva", "email": "buyer@example.com",
                     "identification": {"type": "CPF", "number": "19119119100"},
                     "phone": {"area_code": "11", "number": "987654321"},
                     "address": {"zip_code": "01310924", "street_name": "Avenida Paulista", "street_number": 1578}},
           "back_urls": {"success": "https://shop.example/ok", "pending": "https://shop.example/pending",
                         "failure": "https://shop.example/failed"},
           "auto_return": "approved", "notification_url": "https://shop.example/api/mp/webhook",
           "external_reference": "order-6", "statement_descriptor": "MYSHOP", "binary_mode": true,
           "expires": true, "expiration_date_from": "2025-05-16T00:00:00.000-03:00",
           "expiration_date_to": "2025-05-23T00:00:00.000-03:00",
           "payment_methods": {"installments": 6, "excluded_payment_methods": [], "excluded_payment_types": []}})
}

/// The fake API. Dropping it stops the server.
pub struct FakeApi {
    /// The wiremock server, for tests that mount their own mocks.
    pub server: MockServer,
}

impl FakeApi {
    /// An API with nothing mounted: every request gets 404.
    pub async fn empty() -> Self {
        FakeApi {
            server: MockServer::start().await,
        }
    }

    /// The base URL to pass as `--api-url`.
    pub fn url(&self) -> String {
        self.server.uri()
    }

    /// A production account, everything in order: the verdict must be ready.
    pub async fn ready() -> Self {
        Self::with_account(Account::default()).await
    }

    /// A test account (tags has `test_user`), otherwise ready.
    pub async fn test_user() -> Self {
        Self::with_account(Account {
            test_user: true,
            ..Account::default()
        })
        .await
    }

    /// An API that answers for this account, with the production token and public key,
    /// the key of another application known too.
    pub async fn with_account(a: Account) -> Self {
        let api = Self::empty().await;
        api.mount_account(&a, TOKEN, PUBLIC_KEY).await;
        api
    }

    /// Mounts `/users/me`, the wrapper (token and key) and `/v1/payment_methods` for `token`
    /// and `key`; other tokens get 401 and other keys 401/400, as Mercado Pago answers.
    pub async fn mount_account(&self, a: &Account, token: &str, key: &str) {
        let bearer = format!("Bearer {token}");
        Mock::given(method("GET"))
            .and(path("/users/me"))
            .and(header("authorization", bearer.as_str()))
            .respond_with(ResponseTemplate::new(200).set_body_json(user_body(a)))
            .with_priority(2)
            .mount(&self.server)
            .await;
        Mock::given(method("GET"))
            .and(path("/plugins-credentials-wrapper/credentials"))
            .and(query_param_is_missing("public_key"))
            .and(header("authorization", bearer.as_str()))
            .respond_with(ResponseTemplate::new(200).set_body_json(wrapper_body(a, a.client_id)))
            .with_priority(2)
            .mount(&self.server)
            .await;
        Mock::given(method("GET"))
            .and(path("/plugins-credentials-wrapper/credentials"))
            .and(query_param("public_key", key))
            .respond_with(ResponseTemplate::new(200).set_body_json(wrapper_body(a, a.client_id)))
            .with_priority(2)
            .mount(&self.server)
            .await;
        Mock::given(method("GET"))
            .and(path("/plugins-credentials-wrapper/credentials"))
            .and(query_param("public_key", OTHER_APP_PUBLIC_KEY))
            .respond_with(
                ResponseTemplate::new(200).set_body_json(wrapper_body(a, OTHER_CLIENT_ID)),
            )
            .with_priority(2)
            .mount(&self.server)
            .await;
        Mock::given(method("GET"))
            .and(path("/v1/payment_methods"))
            .and(query_param("public_key", key))
            .respond_with(ResponseTemplate::new(200).set_body_json(payment_methods_body()))
            .with_priority(2)
            .mount(&self.server)
            .await;
        Mock::given(method("GET"))
            .and(path("/v1/payment_methods"))
            .and(query_param_is_missing("public_key"))
            .and(header("authorization", bearer.as_str()))
            .respond_with(ResponseTemplate::new(200).set_body_json(seller_payment_methods_body(a)))
            .with_priority(2)
            .mount(&self.server)
            .await;
        for report in REPORTS {
            Mock::given(method("GET"))
                .and(path(format!("/v1/account/{report}/list")))
                .and(header("authorization", bearer.as_str()))
                .respond_with(ResponseTemplate::new(200).set_body_json(report_list_body(report)))
                .with_priority(5)
                .mount(&self.server)
                .await;
            Mock::given(method("GET"))
                .and(path(format!("/v1/account/{report}/config")))
                .and(header("authorization", bearer.as_str()))
                .respond_with(ResponseTemplate::new(200).set_body_json(report_config_body(true)))
                .with_priority(5)
                .mount(&self.server)
                .await;
        }
        self.mount_refusals().await;
    }

    /// What Mercado Pago answers to unknown tokens and keys.
    async fn mount_refusals(&self) {
        for p in ["/users/me", "/plugins-credentials-wrapper/credentials"] {
            Mock::given(method("GET"))
                .and(path(p))
                .and(query_param_is_missing("public_key"))
                .respond_with(ResponseTemplate::new(401).set_body_json(invalid_token_body()))
                .with_priority(10)
                .mount(&self.server)
                .await;
        }
        Mock::given(method("GET"))
            .and(path("/plugins-credentials-wrapper/credentials"))
            .respond_with(ResponseTemplate::new(401).set_body_json(
                json!({"message": "invalid public_key", "error": "unauthorized", "status": 401, "cause": []}),
            ))
            .with_priority(10)
            .mount(&self.server)
            .await;
        Mock::given(method("GET"))
            .and(path("/v1/payment_methods"))
            .respond_with(ResponseTemplate::new(400).set_body_json(unknown_key_body()))
            .with_priority(10)
            .mount(&self.server)
            .await;
    }

    /// `path` (any method) answers `status` with `body`, ahead of the account's defaults.
    pub async fn answer(&self, verb: &str, p: &str, status: u16, body: Value) {
        Mock::given(method(verb))
            .and(path(p))
            .respond_with(ResponseTemplate::new(status).set_body_json(body))
            .with_priority(1)
            .mount(&self.server)
            .await;
    }

    /// A report's list refuses the token with `status` (401 invalid token, 403 forbidden).
    pub async fn report_list_refused(&self, report: &str, status: u16) {
        let body = if status == 401 {
            json!({"message": "invalid token", "errorKey": "invalid token", "status": 401})
        } else {
            json!({"message": "forbidden", "errorKey": "forbidden", "status": 403})
        };
        self.answer("GET", &format!("/v1/account/{report}/list"), status, body)
            .await;
    }

    /// A report was never configured: its config answers 404.
    pub async fn report_unconfigured(&self, report: &str) {
        self.answer(
            "GET",
            &format!("/v1/account/{report}/config"),
            404,
            json!({"message": "config not found", "error": "not_found", "status": 404}),
        )
        .await;
    }

    /// A report is configured but not scheduled.
    pub async fn report_unscheduled(&self, report: &str) {
        self.answer(
            "GET",
            &format!("/v1/account/{report}/config"),
            200,
            report_config_body(false),
        )
        .await;
    }

    /// The Pix probe creates payment `id` (201, pending); cancelling it answers
    /// `cancel_status` (200 with the cancelled payment, or Mercado Pago's refusal).
    pub async fn pix_probe_creates(&self, id: u64, cancel_status: u16) {
        self.answer("POST", "/v1/payments", 201, pix_payment_body(id, "pending"))
            .await;
        let cancel = if cancel_status == 200 {
            pix_payment_body(id, "cancelled")
        } else {
            json!({"message": "Payment not found", "error": "not_found", "status": cancel_status,
                   "cause": [{"code": 2000, "description": "Payment not found"}]})
        };
        self.answer("PUT", &format!("/v1/payments/{id}"), cancel_status, cancel)
            .await;
    }

    /// `GET /v1/payments/{id}` answers `body`.
    pub async fn payment(&self, id: u64, body: Value) {
        self.answer("GET", &format!("/v1/payments/{id}"), 200, body)
            .await;
    }

    /// `GET /v1/orders/{id}` answers `body`.
    pub async fn order(&self, id: &str, body: Value) {
        self.answer("GET", &format!("/v1/orders/{id}"), 200, body)
            .await;
    }

    /// A Checkout Pro payment with its merchant order and `preference`.
    pub async fn checkout_pro(&self, id: u64, payment: Value, preference: Value) {
        self.payment(id, payment).await;
        self.answer(
            "GET",
            &format!("/merchant_orders/{ORDER_ID}"),
            200,
            merchant_order_body(ORDER_ID, PREFERENCE_ID, id),
        )
        .await;
        self.answer(
            "GET",
            &format!("/checkout/preferences/{PREFERENCE_ID}"),
            200,
            preference,
        )
        .await;
    }

    /// Every path answers `template`, ahead of anything mounted so far.
    pub async fn always(&self, template: ResponseTemplate) {
        Mock::given(wiremock::matchers::any())
            .respond_with(template)
            .with_priority(1)
            .mount(&self.server)
            .await;
    }

    /// The wrapper answers 404 (endpoint gone), so the key is validated by the fallback.
    pub async fn without_wrapper(&self) {
        Mock::given(method("GET"))
            .and(path("/plugins-credentials-wrapper/credentials"))
            .respond_with(ResponseTemplate::new(404).set_body_json(
                json!({"message": "resource not found", "error": "not_found", "status": 404, "cause": []}),
            ))
            .with_priority(1)
            .mount(&self.server)
            .await;
    }

    /// The first request to `p` gets 429 with `Retry-After: 1`; later ones fall through.
    pub async fn rate_limit_once(&self, p: &str) {
        Mock::given(method("GET"))
            .and(path(p))
            .respond_with(
                ResponseTemplate::new(429)
                    .insert_header("retry-after", "1")
                    .set_body_json(json!({"message": "too many requests", "error": "too_many_requests", "status": 429, "cause": []})),
            )
            .up_to_n_times(1)
            .with_priority(1)
            .mount(&self.server)
            .await;
    }

    /// Every request received so far.
    pub async fn requests(&self) -> Vec<Request> {
        self.server.received_requests().await.unwrap_or_default()
    }

    /// How many requests went to `p`.
    pub async fn count(&self, p: &str) -> usize {
        self.requests()
            .await
            .iter()
            .filter(|r| r.url.path() == p)
            .count()
    }
}

/// A `502 Bad Gateway` HTML page as a load balancer sends it.
pub fn html_502() -> ResponseTemplate {
    ResponseTemplate::new(502)
        .insert_header("content-type", "text/html")
        .set_body_string("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>")
}
