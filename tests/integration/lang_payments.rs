//! `payment-quality` and `payment-approval` in Spanish and Portuguese: the same scenarios
//! as in English give the same codes, severities, statuses and exit code, and their
//! messages, summaries and fixes read in the run's language, with no English sentence left.

use serde_json::Value;

use crate::common::{Output, check_json};
use crate::support::fake_api::*;

const PAYMENT: u64 = 111383868117;

/// The run of `check` on the given ids, in `lang`.
async fn run(api: &FakeApi, check: &str, ids: &[&str], lang: &str) -> Output {
    check_json(&api.url())
        .args(["--only", check, "--lang", lang])
        .args(ids)
        .run_async()
        .await
}

/// One check's id, status, and its findings' codes and severities.
type CheckShape = (String, String, Vec<(String, String)>);

/// What never changes with the language: the exit code, and per check its status and its
/// findings' codes and severities.
fn shape(out: &Output) -> (i32, Vec<CheckShape>) {
    let doc = out.json();
    let checks = doc["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let findings = c["findings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| {
                    (
                        f["code"].as_str().unwrap().to_owned(),
                        f["severity"].as_str().unwrap().to_owned(),
                    )
                })
                .collect();
            (
                c["id"].as_str().unwrap().to_owned(),
                c["status"].as_str().unwrap().to_owned(),
                findings,
            )
        })
        .collect();
    (out.code, checks)
}

/// Runs the scenario in English, Spanish and Portuguese; asserts they have one shape.
async fn in_three(api: &FakeApi, check: &str, ids: &[&str]) -> [Output; 3] {
    let en = run(api, check, ids, "en").await;
    let es = run(api, check, ids, "es").await;
    let pt = run(api, check, ids, "pt").await;
    assert_eq!(shape(&en), shape(&es), "es\n{}", es.stdout);
    assert_eq!(shape(&en), shape(&pt), "pt\n{}", pt.stdout);
    assert_eq!(es.json()["lang"], "es");
    assert_eq!(pt.json()["lang"], "pt");
    [en, es, pt]
}

fn findings(out: &Output, check: &str) -> Vec<Value> {
    out.check(check)["findings"].as_array().unwrap().clone()
}

/// Every message of `check` with `code`.
fn messages(out: &Output, check: &str, code: &str) -> Vec<String> {
    findings(out, check)
        .into_iter()
        .filter(|f| f["code"] == code)
        .map(|f| f["message"].as_str().unwrap().to_owned())
        .collect()
}

/// The fix of the first finding of `code` whose message contains `part`.
fn remedy(out: &Output, check: &str, code: &str, part: &str) -> String {
    findings(out, check)
        .into_iter()
        .find(|f| f["code"] == code && f["message"].as_str().unwrap().contains(part))
        .unwrap_or_else(|| panic!("no {code} about {part}: {}", out.stdout))["remedy"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn summary(out: &Output, check: &str) -> String {
    out.check(check)["summary"]
        .as_str()
        .unwrap_or("")
        .to_owned()
}

/// Asserts `text` contains `part`, showing the text when it does not.
#[track_caller]
fn has(text: &str, part: &str) {
    assert!(text.contains(part), "`{part}` not in:\n{text}");
}

/// Everything a person reads of `check`: its summary, and each finding's message and fix.
/// The " (+N more)" the report adds to a summary of several findings is left out: the
/// report writes it, not the check.
fn readable(out: &Output, check: &str) -> Vec<String> {
    let summary = summary(out, check);
    let own = match summary.rfind(" (+") {
        Some(i) if summary.ends_with(" more)") => summary[..i].to_owned(),
        _ => summary,
    };
    let mut texts = vec![own];
    for f in findings(out, check) {
        texts.push(f["message"].as_str().unwrap().to_owned());
        texts.push(f["remedy"].as_str().unwrap().to_owned());
    }
    texts
}

/// Words that only an English sentence has.
const ENGLISH: &[&str] = &[
    "the", "is", "was", "not", "could", "with", "and", "of", "on", "has", "does", "are", "from",
    "for", "to", "it", "missing", "shows", "without",
];

/// The English words ([`ENGLISH`]) left in what a person reads of `check`, once code in
/// backticks is removed (field paths, ids and product names contain none of them), each
/// with the text it is in.
fn english_left(out: &Output, check: &str) -> Vec<(&'static str, String)> {
    let mut left = Vec::new();
    for text in readable(out, check) {
        let mut prose = String::new();
        for (i, part) in text.split('`').enumerate() {
            if i % 2 == 0 {
                prose.push_str(part);
            }
        }
        let words = prose
            .to_lowercase()
            .replace(|c: char| !c.is_alphanumeric() && c != '_' && c != '-', " ");
        let padded = format!(" {words} ");
        for w in ENGLISH {
            if padded.contains(&format!(" {w} ")) {
                left.push((*w, text.clone()));
            }
        }
    }
    left
}

/// Asserts that no English sentence is left in what a person reads of `check`.
#[track_caller]
fn no_english(out: &Output, check: &str) {
    let left = english_left(out, check);
    assert!(left.is_empty(), "English left: {left:#?}");
}

#[tokio::test]
async fn a_bare_payment_s_quality_findings_read_in_spanish_and_portuguese() {
    let api = FakeApi::ready().await;
    api.payment(PAYMENT, bare_payment(PAYMENT)).await;
    let id = PAYMENT.to_string();
    let [en, es, pt] = in_three(&api, "payment-quality", &["--payment-id", &id]).await;
    en.expect_code(0);
    assert_eq!(en.check("payment-quality")["status"], "fail");
    let check = "payment-quality";

    // English is as it always was (and the word list tells English).
    assert!(english_left(&en, check).len() > 20);
    let low = &messages(&en, check, "payment-quality/low-score")[0];
    has(
        low,
        "Estimated quality score 0/100 for Checkout API / Bricks (0 of 14 required items that it shows are present; detected by: no Checkout Pro signal in point_of_interaction or order), below the pass mark of 75.",
    );
    has(
        &messages(&en, check, "payment-quality/missing-item").join("\n"),
        "Required item `issuer_id` (issuer_id) is missing: no issuer_id on a card payment.",
    );
    has(
        &remedy(&en, check, "payment-quality/missing-item", "`issuer_id`"),
        "Send the card's issuer_id (from the Card Form / Card Payment Brick) when creating card payments.",
    );

    // Spanish.
    let low = &messages(&es, check, "payment-quality/low-score")[0];
    has(
        low,
        "Puntaje de calidad estimado 0/100 para Checkout API / Bricks (0 de 14 ítems obligatorios visibles están presentes; detectado por: ninguna señal de Checkout Pro en point_of_interaction ni en order), por debajo del puntaje mínimo de 75.",
    );
    has(low, "Tus integraciones > aplicación > Medición de calidad");
    let missing = messages(&es, check, "payment-quality/missing-item").join("\n");
    has(
        &missing,
        "Falta el ítem obligatorio `issuer_id` (issuer_id): sin issuer_id en un pago con tarjeta.",
    );
    has(
        &missing,
        "Falta el ítem obligatorio `email` (payer.email): el pagador no tiene e-mail.",
    );
    has(
        &missing,
        "Falta el ítem obligatorio `item_id` (items[].id): no se enviaron ítems.",
    );
    has(
        &remedy(&es, check, "payment-quality/missing-item", "`issuer_id`"),
        "Envía el issuer_id de la tarjeta (del Card Form o del Card Payment Brick) al crear pagos con tarjeta.",
    );
    has(
        &remedy(&es, check, "payment-quality/missing-item", "`webhooks_ipn`"),
        "Tus integraciones > (aplicación) > Webhooks",
    );
    // A documented fix comes from the catalogue.
    has(
        &remedy(&es, check, "payment-quality/low-score", "0/100"),
        "Agrega los ítems obligatorios que faltan",
    );
    let hidden = &messages(&es, check, "payment-quality/not-verifiable")[0];
    has(
        hidden,
        "Sin puntuar, porque ningún pago los muestra: `device_id` (el device id no aparece en un pago;",
    );
    has(
        hidden,
        "`ssl` (se verifica en la página de checkout (la verificación checkout-tls))",
    );
    // A failing check is summed up by its failing finding.
    has(
        &summary(&es, check),
        "Puntaje de calidad estimado 0/100 para Checkout API / Bricks",
    );
    no_english(&es, check);

    // Portuguese.
    let low = &messages(&pt, check, "payment-quality/low-score")[0];
    has(
        low,
        "Pontuação de qualidade estimada 0/100 para Checkout API / Bricks (0 de 14 itens obrigatórios visíveis estão presentes;",
    );
    has(low, "abaixo da pontuação mínima de 75.");
    has(low, "Suas integrações > aplicação > Medição de qualidade");
    let missing = messages(&pt, check, "payment-quality/missing-item").join("\n");
    has(
        &missing,
        "Falta o item obrigatório `issuer_id` (issuer_id): sem issuer_id em um pagamento com cartão.",
    );
    has(
        &missing,
        "Falta o item obrigatório `back_end_sdk` (additional_info.tracking_id (type:SDK…)): additional_info.tracking_id é `platform:v1-whitelabel,so:ALL,type:N/A,security:none`, sem type:SDK.",
    );
    has(
        &remedy(&pt, check, "payment-quality/missing-item", "`email`"),
        "Envie o e-mail do comprador em payer.email.",
    );
    has(
        &remedy(&pt, check, "payment-quality/low-score", "0/100"),
        "Adicione os itens obrigatórios que faltam",
    );
    has(
        &messages(&pt, check, "payment-quality/not-verifiable")[0],
        "Sem pontuação, porque nenhum pagamento os mostra:",
    );
    has(
        &summary(&pt, check),
        "Pontuação de qualidade estimada 0/100 para Checkout API / Bricks",
    );
    no_english(&pt, check);
}

#[tokio::test]
async fn a_payment_and_an_order_are_named_in_the_language_and_summed_up_in_it() {
    let api = FakeApi::ready().await;
    api.checkout_pro(
        PAYMENT,
        complete_checkout_pro_payment(PAYMENT),
        complete_preference(PREFERENCE_ID),
    )
    .await;
    api.order(ORDERS_ID, complete_order(ORDERS_ID)).await;
    let id = PAYMENT.to_string();
    let ids = ["--payment-id", id.as_str(), "--order-id", ORDERS_ID];
    let [en, es, pt] = in_three(&api, "payment-quality", &ids).await;
    en.expect_code(0);
    assert_eq!(en.check("payment-quality")["status"], "pass");
    let check = "payment-quality";
    // The summary names the order by its id as Mercado Pago shows it.
    let order = ORDERS_ID;
    has(
        &summary(&en, check),
        &format!(
            "payment {PAYMENT}: estimated score 100/100 for Checkout Pro (point_of_interaction.business_info.sub_unit is checkout_pro); the official score is in the Mercado Pago panel; order {order}: estimated score 100/100 for Checkout API / Bricks"
        ),
    );

    // Spanish: each finding names the payment or the order.
    let scores = messages(&es, check, "payment-quality/score").join("\n");
    has(
        &scores,
        &format!(
            "Pago {PAYMENT}: Puntaje de calidad estimado 100/100 para Checkout Pro (14 de 14 ítems obligatorios visibles están presentes; detectado por: point_of_interaction.business_info.sub_unit es checkout_pro). Es una estimación; el puntaje oficial está en el panel de Mercado Pago"
        ),
    );
    has(
        &scores,
        &format!(
            "Orden {ORDERS_ID}: Puntaje de calidad estimado 100/100 para Checkout API / Bricks"
        ),
    );
    has(
        &scores,
        "detectado por: una orden online sin checkout_url (Checkout API vía Orders)",
    );
    let hidden = messages(&es, check, "payment-quality/not-verifiable").join("\n");
    has(
        &hidden,
        &format!("Orden {ORDERS_ID}: Sin puntuar, porque la orden no los muestra:"),
    );
    has(
        &hidden,
        "`back_end_sdk` (una orden no muestra qué SDK la creó)",
    );
    has(
        &hidden,
        "`webhooks_ipn` (una orden no tiene notification_url: las notificaciones Webhooks de las órdenes se configuran en el panel",
    );
    has(
        &remedy(&es, check, "payment-quality/score", ORDERS_ID),
        "Nada obligatorio; agrega los ítems que falten",
    );
    has(
        &summary(&es, check),
        &format!(
            "pago {PAYMENT}: puntaje estimado 100/100 para Checkout Pro (point_of_interaction.business_info.sub_unit es checkout_pro); el puntaje oficial está en el panel de Mercado Pago; orden {order}: puntaje estimado 100/100 para Checkout API / Bricks (una orden online sin checkout_url (Checkout API vía Orders))"
        ),
    );
    no_english(&es, check);

    // Portuguese.
    let scores = messages(&pt, check, "payment-quality/score").join("\n");
    has(
        &scores,
        &format!(
            "Pagamento {PAYMENT}: Pontuação de qualidade estimada 100/100 para Checkout Pro (14 de 14 itens obrigatórios visíveis estão presentes;"
        ),
    );
    has(
        &scores,
        &format!("Order {ORDERS_ID}: Pontuação de qualidade estimada 100/100"),
    );
    has(
        &messages(&pt, check, "payment-quality/not-verifiable").join("\n"),
        "`issuer_id` (o pagamento de uma order não retorna o emissor do cartão)",
    );
    has(
        &summary(&pt, check),
        &format!("pagamento {PAYMENT}: pontuação estimada 100/100 para Checkout Pro"),
    );
    has(
        &summary(&pt, check),
        &format!("; order {order}: pontuação estimada 100/100"),
    );
    no_english(&pt, check);
}

#[tokio::test]
async fn a_bare_order_s_missing_items_read_in_the_language() {
    let api = FakeApi::ready().await;
    api.order(ORDERS_ID, bare_order(ORDERS_ID)).await;
    let [en, es, pt] = in_three(&api, "payment-quality", &["--order-id", ORDERS_ID]).await;
    en.expect_code(0);
    assert_eq!(en.check("payment-quality")["status"], "fail");
    let check = "payment-quality";
    let missing = messages(&es, check, "payment-quality/missing-item").join("\n");
    has(
        &missing,
        &format!(
            "Orden {ORDERS_ID}: Falta el ítem obligatorio `item_id` (items[].id): ausente en todos los ítems."
        ),
    );
    has(
        &missing,
        &format!(
            "Orden {ORDERS_ID}: Falta el ítem obligatorio `external_reference` (external_reference): sin external_reference."
        ),
    );
    has(
        &missing,
        "`statement_descriptor_/_soft_descriptor` (statement_descriptor): sin transactions.payments[].payment_method.statement_descriptor.",
    );
    has(
        &remedy(
            &es,
            check,
            "payment-quality/missing-item",
            "`item_category_id`",
        ),
        "Envía la categoría de Mercado Pago de cada ítem en items[].category_id",
    );
    has(
        &messages(&es, check, "payment-quality/not-verifiable")[0],
        "`email` (el GET de la orden no devuelve datos del comprador (el pagador muestra solo customer_id, o nada))",
    );
    has(
        &summary(&es, check),
        &format!("Orden {ORDERS_ID}: Puntaje de calidad estimado"),
    );
    no_english(&es, check);
    let missing = messages(&pt, check, "payment-quality/missing-item").join("\n");
    has(
        &missing,
        &format!(
            "Order {ORDERS_ID}: Falta o item obrigatório `item_id` (items[].id): ausente em todos os itens."
        ),
    );
    has(
        &remedy(
            &pt,
            check,
            "payment-quality/missing-item",
            "`item_description`",
        ),
        "Envie uma descrição curta de cada item em items[].description.",
    );
    has(
        &messages(&pt, check, "payment-quality/not-verifiable")[0],
        "`email` (o GET da order não retorna dados do comprador (o pagador mostra só customer_id, ou nada))",
    );
    no_english(&pt, check);
}

#[tokio::test]
async fn an_order_of_another_type_is_said_not_covered_in_the_language() {
    let api = FakeApi::ready().await;
    let mut o = complete_order(ORDERS_ID);
    o["type"] = serde_json::json!("qr");
    api.order(ORDERS_ID, o).await;
    let [en, es, pt] = in_three(&api, "payment-quality", &["--order-id", ORDERS_ID]).await;
    en.expect_code(0);
    let check = "payment-quality";
    has(
        &messages(&es, check, "payment-quality/order-not-covered")[0],
        &format!(
            "La orden {ORDERS_ID} es de tipo `qr`, que esta estimación no cubre; no se puntúa."
        ),
    );
    has(
        &summary(&es, check),
        &format!("la orden {ORDERS_ID} (tipo qr) no está cubierta por la estimación"),
    );
    has(
        &remedy(&es, check, "payment-quality/order-not-covered", "`qr`"),
        "Mídela en Tus integraciones > (aplicación) > Medición de calidad",
    );
    has(
        &messages(&pt, check, "payment-quality/order-not-covered")[0],
        &format!(
            "A order {ORDERS_ID} é do tipo `qr`, que esta estimativa não cobre; ela não é pontuada."
        ),
    );
    has(
        &remedy(&pt, check, "payment-quality/order-not-covered", "`qr`"),
        "Meça-a em Suas integrações > (aplicação) > Medição de qualidade",
    );
    for out in [&es, &pt] {
        no_english(out, check);
    }
}

#[tokio::test]
async fn approval_gaps_of_a_payment_and_an_order_read_in_spanish_and_portuguese() {
    let api = FakeApi::ready().await;
    api.payment(PAYMENT, bare_payment(PAYMENT)).await;
    api.order(ORDERS_ID, order_without_payer_echo(ORDERS_ID))
        .await;
    let id = PAYMENT.to_string();
    let ids = ["--payment-id", id.as_str(), "--order-id", ORDERS_ID];
    let [en, es, pt] = in_three(&api, "payment-approval", &ids).await;
    en.expect_code(0);
    let check = "payment-approval";
    assert_eq!(en.check(check)["status"], "warn");

    has(
        &messages(&en, check, "payment-approval/missing-field").join("\n"),
        &format!("Payment {PAYMENT} lacks payer.phone: no area_code and number."),
    );

    // Spanish.
    let gaps = messages(&es, check, "payment-approval/missing-field").join("\n");
    has(
        &gaps,
        &format!("Al pago {PAYMENT} le falta additional_info.items: no se enviaron ítems."),
    );
    has(
        &gaps,
        &format!("Al pago {PAYMENT} le falta payer.first_name: sin nombre."),
    );
    has(
        &gaps,
        &format!(
            "Al pago {PAYMENT} le falta payer.identification: sin tipo y número de documento."
        ),
    );
    has(
        &gaps,
        &format!(
            "Al pago {PAYMENT} le falta additional_info.shipments.receiver_address: sin dirección de envío."
        ),
    );
    has(
        &remedy(&es, check, "payment-approval/missing-field", "payer.email"),
        "Envía el campo nombrado en el mensaje al crear el pago (en additional_info para Checkout API)",
    );
    let unseen = &messages(&es, check, "payment-approval/not-verifiable")[0];
    has(
        unseen,
        &format!(
            "Orden {ORDERS_ID}: no verificables, porque el GET de la orden no los muestra: el comprador (payer.first_name, last_name, email, identification, phone, address): el GET de la orden solo devuelve customer_id; shipment.address (el GET de la orden no devuelve un envío)."
        ),
    );
    has(
        &remedy(&es, check, "payment-approval/not-verifiable", ORDERS_ID),
        "Comprueba en tu backend que la orden se crea con ellos",
    );
    no_english(&es, check);

    // Portuguese.
    let gaps = messages(&pt, check, "payment-approval/missing-field").join("\n");
    has(
        &gaps,
        &format!("Falta payer.last_name no pagamento {PAYMENT}: sem sobrenome."),
    );
    has(
        &gaps,
        &format!("Falta payer.phone no pagamento {PAYMENT}: sem area_code e number."),
    );
    has(
        &remedy(&pt, check, "payment-approval/missing-field", "payer.email"),
        "Envie o campo nomeado na mensagem ao criar o pagamento",
    );
    has(
        &messages(&pt, check, "payment-approval/not-verifiable")[0],
        &format!(
            "Order {ORDERS_ID}: não verificáveis, porque o GET da order não os mostra: o comprador"
        ),
    );
    no_english(&pt, check);
}

#[tokio::test]
async fn a_complete_order_s_approval_summary_counts_what_it_cannot_see_in_the_language() {
    let api = FakeApi::ready().await;
    api.order(ORDERS_ID, order_without_payer_echo(ORDERS_ID))
        .await;
    let [en, es, pt] = in_three(&api, "payment-approval", &["--order-id", ORDERS_ID]).await;
    en.expect_code(0);
    let check = "payment-approval";
    has(
        &summary(&en, check),
        &format!("order {ORDERS_ID} carries every recommended field it shows (2 not verifiable)"),
    );
    has(
        &summary(&es, check),
        &format!(
            "la orden {ORDERS_ID} tiene todos los campos recomendados que muestra (2 no verificables)"
        ),
    );
    has(
        &summary(&pt, check),
        &format!(
            "a order {ORDERS_ID} tem todos os campos recomendados que mostra (2 não verificáveis)"
        ),
    );
    for out in [&es, &pt] {
        no_english(out, check);
    }
}
