//! `notifications` in Spanish and Portuguese, against the loopback receivers: the same
//! codes, severities, statuses and exit code as in English, its messages, fixes and
//! summaries in the run's language, and no English sentence left in them.

use serde_json::Value;

use crate::common::{Output, Run, mp_golive};
use crate::support::fake_api::{FakeApi, ORDERS_ID, TOKEN, WEBHOOK_SECRET, bare_payment};
use crate::support::receiver::{self, Mode, Receiver};

const ID: &str = "notifications";

/// Words of English sentences that no Spanish or Portuguese message or fix contains.
const ENGLISH: &[&str] = &[
    " the ",
    " is ",
    " was ",
    " not ",
    " could ",
    " with ",
    " and ",
    " does ",
    " has ",
    " are ",
    " to ",
    " of ",
    " from ",
    " over ",
    " only ",
    " more",
    " got ",
    " answered ",
    " refused ",
    " accepted ",
    " signed ",
    " unsigned ",
    " cannot ",
    " took ",
    " in ",
];

/// `check --only notifications` for the Webhooks URL of `rx` (allowed as staging: the
/// receivers run on loopback), in `lang`.
fn webhooks(rx: &Receiver, lang: &str) -> Run {
    mp_golive([
        "check",
        "--only",
        ID,
        "--format",
        "json",
        "--timeout",
        "5",
        "--allow-private-addresses",
        "--lang",
        lang,
        "--webhook-url",
        &rx.url("/mp/webhooks"),
    ])
    .args(rx.args())
}

/// What does not depend on the language: the exit code, the verdict, the check's status
/// and each finding's code and severity.
type Shape = (i32, Value, Value, Vec<(String, String)>);

fn shape(out: &Output) -> Shape {
    let c = out.check(ID);
    let findings = c["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            (
                f["code"].as_str().unwrap_or("").to_owned(),
                f["severity"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    (
        out.code,
        out.json()["verdict"].clone(),
        c["status"].clone(),
        findings,
    )
}

/// Runs `run(lang)` in English, Spanish and Portuguese; the three agree on their shape.
async fn in_three(run: impl Fn(&str) -> Run) -> [Output; 3] {
    let mut outs = Vec::new();
    for lang in ["en", "es", "pt"] {
        outs.push(run(lang).run_async().await);
    }
    let [en, es, pt]: [Output; 3] = outs.try_into().unwrap();
    assert_eq!(shape(&es), shape(&en), "{}", es.stdout);
    assert_eq!(shape(&pt), shape(&en), "{}", pt.stdout);
    assert_eq!(es.json()["lang"], "es");
    assert_eq!(pt.json()["lang"], "pt");
    no_english(&es);
    no_english(&pt);
    [en, es, pt]
}

/// Text without what is code or the handler's own words: spans in backticks and the
/// quoted excerpts of answers.
fn without_code(text: &str) -> String {
    let text = text.split('`').step_by(2).collect::<Vec<_>>().join(" ");
    text.split('"').step_by(2).collect::<Vec<_>>().join(" ")
}

#[track_caller]
fn no_english(out: &Output) {
    for text in out.texts(ID) {
        let padded = format!(" {} ", without_code(&text).to_lowercase());
        for word in ENGLISH {
            assert!(!padded.contains(word), "English {word:?} in {text:?}");
        }
    }
}

fn message(out: &Output, code: &str) -> String {
    out.finding(ID, code)["message"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn fix(out: &Output, code: &str) -> String {
    out.finding(ID, code)["remedy"].as_str().unwrap().to_owned()
}

fn summary(out: &Output) -> String {
    out.check(ID)["summary"].as_str().unwrap().to_owned()
}

#[track_caller]
fn has(text: &str, part: &str) {
    assert!(text.contains(part), "{part:?} not in {text:?}");
}

/// Without a secret: the unsigned notification is accepted, the signature is not tested,
/// and the loopback host is named: a pass, with its summary in the language.
#[tokio::test]
async fn an_unsigned_delivery_speaks_spanish_and_portuguese() {
    let rx = receiver::start(Mode::AcceptAll).await;
    let [en, es, pt] = in_three(|lang| webhooks(&rx, lang)).await;
    en.expect_code(0);
    assert_eq!(
        en.codes(ID),
        [
            "notifications/private-address-allowed",
            "notifications/signature-not-tested"
        ]
    );
    let url = rx.url("/mp/webhooks");
    // English stays as it was.
    has(
        &message(&en, "notifications/private-address-allowed"),
        &format!(
            "The host of the Webhooks URL {url} is not public: it resolves to 127.0.0.1 (loopback). Mercado Pago cannot reach it. Tested anyway (--allow-private-addresses)."
        ),
    );
    has(&summary(&en), "Webhooks 200 in ");

    has(
        &message(&es, "notifications/private-address-allowed"),
        &format!(
            "El host de la URL de Webhooks {url} no es público: resuelve a 127.0.0.1 (loopback). Mercado Pago no puede llegar a él. Se probó de todos modos (--allow-private-addresses)."
        ),
    );
    has(
        &message(&es, "notifications/signature-not-tested"),
        &format!(
            "No se indicó la clave secreta de Webhooks, así que la URL de Webhooks {url} recibió una notificación sin firma"
        ),
    );
    has(
        &fix(&es, "notifications/signature-not-tested"),
        "Indica la clave secreta de Tus integraciones > Webhooks con MP_WEBHOOK_SECRET",
    );
    assert!(
        summary(&es).starts_with("Webhooks 200 en "),
        "{}",
        summary(&es)
    );

    has(
        &message(&pt, "notifications/private-address-allowed"),
        &format!(
            "O host da URL de Webhooks {url} não é público: ele resolve para 127.0.0.1 (loopback). O Mercado Pago não consegue acessá-lo. Testado mesmo assim (--allow-private-addresses)."
        ),
    );
    has(
        &message(&pt, "notifications/signature-not-tested"),
        &format!(
            "Não foi informada a assinatura secreta dos Webhooks, então a URL de Webhooks {url} recebeu uma notificação sem assinatura"
        ),
    );
    has(
        &fix(&pt, "notifications/private-address-allowed"),
        "Antes de entrar em produção, configure uma URL pública",
    );
    assert!(
        summary(&pt).starts_with("Webhooks 200 em "),
        "{}",
        summary(&pt)
    );
}

/// With the secret and an order id: the payment notification passes, the forged one is
/// refused, and a handler that knows only payments refuses the order event.
#[tokio::test]
async fn a_refused_order_event_speaks_spanish_and_portuguese() {
    let rx = receiver::start(Mode::PaymentsOnly {
        secret: WEBHOOK_SECRET.to_owned(),
    })
    .await;
    let [en, es, pt] = in_three(|lang| {
        webhooks(&rx, lang)
            .env("MP_ACCESS_TOKEN", TOKEN)
            .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
            .args(["--order-id", ORDERS_ID])
    })
    .await;
    en.expect_code(1);
    assert_eq!(
        en.codes(ID),
        [
            "notifications/private-address-allowed",
            "notifications/order-refused"
        ]
    );
    let code = "notifications/order-refused";
    has(
        &message(&en, code),
        "accepted the payment notification but not the order notification (topic order, data.id ",
    );
    has(&message(&en, code), ", signed): HTTP 400");
    has(
        &message(&en, code),
        "; signed over the id lower-cased: HTTP 400: ",
    );

    let m = message(&es, code);
    has(
        &m,
        &format!(
            "aceptó la notificación de pago pero no la de orden (tópico order, data.id {ORDERS_ID}, x-request-id "
        ),
    );
    has(&m, ", firmada): HTTP 400");
    has(&m, "; firmada sobre el id en minúsculas: HTTP 400: ");
    has(&fix(&es, code), "Atiende el tópico `order`: respóndele 200");
    has(
        &fix(&es, code),
        "verifica que en Tus integraciones > Webhooks estén seleccionados los eventos de Orders.",
    );

    let m = message(&pt, code);
    has(
        &m,
        &format!(
            "aceitou a notificação de pagamento, mas não a de order (tópico order, data.id {ORDERS_ID}, x-request-id "
        ),
    );
    has(&m, ", assinada): HTTP 400");
    has(&m, "; assinada sobre o id em minúsculas: HTTP 400: ");
    has(
        &fix(&pt, code),
        "Trate o tópico `order`: responda 200 a ele",
    );
    assert!(!pt.all().contains(WEBHOOK_SECRET));
}

/// A handler that validates order ids lower-cased: a warning, and a passing payment
/// notification whose forged twin is refused.
#[tokio::test]
async fn an_order_id_validated_lower_cased_speaks_spanish_and_portuguese() {
    let rx = receiver::start(Mode::ValidatingLowerCase {
        secret: WEBHOOK_SECRET.to_owned(),
        tolerance_secs: None,
    })
    .await;
    let [en, es, pt] = in_three(|lang| {
        webhooks(&rx, lang)
            .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
            .args(["--order-id", ORDERS_ID])
    })
    .await;
    en.expect_code(0);
    assert_eq!(en.check(ID)["status"], "warn");
    let code = "notifications/order-lowercase-id";
    assert!(en.codes(ID).iter().any(|c| c == code), "{}", en.stdout);
    let lower = ORDERS_ID.to_lowercase();
    has(
        &message(&en, code),
        &format!(
            "refused the order notification signed over data.id {ORDERS_ID} as sent (HTTP 401"
        ),
    );
    has(
        &message(&es, code),
        &format!(
            "rechazó la notificación de orden firmada sobre data.id {ORDERS_ID} tal como se envía (HTTP 401"
        ),
    );
    has(
        &message(&es, code),
        &format!(
            "y la aceptó firmada sobre {lower} (200): tu endpoint valida los ids de orden en minúsculas."
        ),
    );
    has(
        &message(&pt, code),
        &format!(
            "e a aceitou assinada sobre {lower} (200): seu endpoint valida os ids de order em minúsculas."
        ),
    );
    has(
        &fix(&es, code),
        "Arma el manifest con data.id exactamente como llega en la query string",
    );
    has(
        &fix(&pt, code),
        "Monte o manifest com data.id exatamente como chega na query string",
    );
}

/// A wrong secret: the correctly signed notification is refused in both `ts` units.
#[tokio::test]
async fn a_refused_valid_signature_speaks_spanish_and_portuguese() {
    let rx = receiver::start(Mode::Validating {
        secret: WEBHOOK_SECRET.to_owned(),
        tolerance_secs: None,
    })
    .await;
    let [en, es, pt] = in_three(|lang| {
        webhooks(&rx, lang).env("MP_WEBHOOK_SECRET", "whsec_not_the_one_in_the_panel_0000")
    })
    .await;
    en.expect_code(1);
    let code = "notifications/rejects-valid-signature";
    assert!(en.codes(ID).iter().any(|c| c == code), "{}", en.stdout);
    has(&message(&en, code), "with ts in seconds: HTTP 401.");
    has(
        &message(&es, code),
        "rechazó una notificación firmada correctamente (data.id ",
    );
    has(&message(&es, code), "; con ts en segundos: HTTP 401.");
    has(
        &message(&pt, code),
        "recusou uma notificação assinada corretamente (data.id ",
    );
    has(&message(&pt, code), "; com ts em segundos: HTTP 401.");
    // The handler's own answer is quoted as it came.
    let excerpt = |o: &Output| {
        let m = message(o, code);
        m.split('"').nth(1).map(str::to_owned)
    };
    assert_eq!(excerpt(&es), excerpt(&en));
    assert_eq!(excerpt(&pt), excerpt(&en));
    has(
        &fix(&es, code),
        "Verifica que tu endpoint use la clave secreta que se muestra en Tus integraciones > Webhooks",
    );
    has(&fix(&es, code), "`$_GET['data_id']`");
    has(
        &fix(&pt, code),
        "Verifique se seu endpoint usa a assinatura secreta exibida em Suas integrações > Webhooks",
    );
}

/// A handler whose freshness check reads `ts` as seconds: accepted only in seconds.
#[tokio::test]
async fn a_ts_unit_mismatch_speaks_spanish_and_portuguese() {
    let rx = receiver::start(Mode::Validating {
        secret: WEBHOOK_SECRET.to_owned(),
        tolerance_secs: Some(300),
    })
    .await;
    let [en, es, pt] =
        in_three(|lang| webhooks(&rx, lang).env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)).await;
    en.expect_code(0);
    let code = "notifications/ts-unit-mismatch";
    assert!(en.codes(ID).iter().any(|c| c == code), "{}", en.stdout);
    has(
        &message(&en, code),
        "refused the notification signed with ts in milliseconds (",
    );
    has(
        &message(&es, code),
        "rechazó la notificación firmada con ts en milisegundos (",
    );
    has(&message(&es, code), "y la aceptó con ts en segundos (");
    has(
        &message(&pt, code),
        "recusou a notificação assinada com ts em milissegundos (",
    );
    has(&message(&pt, code), "e a aceitou com ts em segundos (");
    has(
        &fix(&es, code),
        "un valor mayor que 10^12 está en milisegundos",
    );
    has(
        &fix(&pt, code),
        "um valor acima de 10^12 está em milissegundos",
    );
}

/// A Cloudflare challenge: the product is named and its advice is in the language.
#[tokio::test]
async fn a_waf_challenge_speaks_spanish_and_portuguese() {
    let rx = receiver::start(Mode::cloudflare()).await;
    let [en, es, pt] = in_three(|lang| webhooks(&rx, lang)).await;
    en.expect_code(1);
    let code = "notifications/waf-challenge";
    assert!(en.codes(ID).iter().any(|c| c == code), "{}", en.stdout);
    has(
        &message(&en, code),
        "is behind Cloudflare which answered HTTP 403 instead of the handler. In Cloudflare, add a WAF custom rule",
    );
    has(
        &message(&es, code),
        "está detrás de Cloudflare, que respondió HTTP 403 en lugar de tu endpoint. En Cloudflare, agrega una regla personalizada del WAF",
    );
    has(
        &message(&pt, code),
        "está atrás de Cloudflare, que respondeu HTTP 403 no lugar do seu endpoint. No Cloudflare, adicione uma regra personalizada do WAF",
    );
    has(
        &fix(&es, code),
        "Permite la ruta de notificaciones para POST en el WAF nombrado en el mensaje",
    );
    has(
        &fix(&pt, code),
        "Libere o caminho de notificações para POST no WAF indicado na mensagem",
    );
}

/// Webhooks and IPN at once: the IPN handler crashes, and each finding names its format.
#[tokio::test]
async fn a_bad_ipn_status_speaks_spanish_and_portuguese() {
    let good = receiver::start(Mode::AcceptAll).await;
    let broken = receiver::start_with_ca(
        Mode::Fixed {
            status: 500,
            headers: Vec::new(),
            body: "Internal Server Error".into(),
        },
        good.pki(),
    )
    .await;
    let [en, es, pt] = in_three(|lang| {
        let resolve = format!("checkout.test:{}:127.0.0.1", broken.port);
        webhooks(&good, lang)
            .args(["--ipn-url", &broken.url("/ipn")])
            .args(["--resolve", &resolve])
    })
    .await;
    en.expect_code(1);
    let code = "notifications/bad-status";
    let ipn = broken.url("/ipn");
    has(
        &message(&en, code),
        &format!(
            "The IPN URL {ipn} answered the notification with HTTP 500: \"Internal Server Error\"."
        ),
    );
    has(
        &message(&es, code),
        &format!(
            "La URL de IPN {ipn} respondió a la notificación con HTTP 500: \"Internal Server Error\"."
        ),
    );
    has(
        &message(&pt, code),
        &format!(
            "A URL de IPN {ipn} respondeu à notificação com HTTP 500: \"Internal Server Error\"."
        ),
    );
    has(
        &fix(&es, code),
        "Responde 200 (o 201) en cuanto recibas y valides la notificación",
    );
    has(
        &fix(&pt, code),
        "Responda 200 (ou 201) assim que a notificação for recebida e validada",
    );
}

/// Without a URL, the production payment's notification_url is tested in both formats
/// (it has no source_news); a payment without one is `not-configured`.
#[tokio::test]
async fn the_payment_s_notification_url_speaks_spanish_and_portuguese() {
    let rx = receiver::start(Mode::AcceptAll).await;
    let api = FakeApi::empty().await;
    let mut payment = bare_payment(1_234_567_890);
    payment["notification_url"] = Value::from(rx.url("/mp"));
    api.payment(1_234_567_890, payment).await;
    let from_payment = |api: &FakeApi, lang: &str| {
        mp_golive(["check", "--only", ID, "--format", "json", "--timeout", "5"])
            .args(["--lang", lang, "--api-url", &api.url()])
            .args(["--payment-id", "1234567890"])
            .env("MP_ACCESS_TOKEN", TOKEN)
    };
    let [en, es, pt] = in_three(|lang| {
        from_payment(&api, lang)
            .args(["--allow-private-addresses"])
            .args(rx.args())
    })
    .await;
    en.expect_code(0);
    let code = "notifications/url-from-payment";
    let url = rx.url("/mp");
    has(
        &message(&en, code),
        &format!(
            "testing {url}, the notification_url of payment 1234567890, in the Webhooks and IPN formats (it has no source_news, so Mercado Pago sends both)."
        ),
    );
    has(
        &message(&es, code),
        &format!(
            "No se indicó webhook_url ni ipn_url: se prueba {url}, la notification_url del pago 1234567890, en los formatos Webhooks e IPN (no tiene source_news, así que Mercado Pago envía ambos)."
        ),
    );
    has(
        &message(&pt, code),
        &format!(
            "Não foi informada webhook_url nem ipn_url: testando {url}, a notification_url do pagamento 1234567890, nos formatos Webhooks e IPN (ela não tem source_news, então o Mercado Pago envia os dois)."
        ),
    );
    has(&fix(&es, code), "No hay nada que corregir.");
    has(&fix(&pt, code), "Nada a corrigir.");
    // One summary per format, joined.
    has(&summary(&es), "Webhooks 200 en ");
    has(&summary(&es), "; IPN 200 en ");
    has(&summary(&pt), "; IPN 200 em ");

    let api = FakeApi::empty().await;
    api.payment(1_234_567_890, bare_payment(1_234_567_890))
        .await;
    let [en, es, pt] = in_three(|lang| from_payment(&api, lang)).await;
    en.expect_code(1);
    let code = "notifications/not-configured";
    assert_eq!(en.codes(ID), [code]);
    has(
        &message(&en, code),
        "payment 1234567890 has no notification_url",
    );
    has(
        &message(&es, code),
        "y el pago 1234567890 no tiene notification_url (sus notificaciones van a la URL configurada en Tus integraciones > Webhooks, que la API no revela).",
    );
    has(
        &message(&pt, code),
        "e o pagamento 1234567890 não tem notification_url (suas notificações vão para a URL configurada em Suas integrações > Webhooks, que a API não revela).",
    );
    has(
        &fix(&es, code),
        "Usa --webhook-url URL (la URL configurada en Tus integraciones > Webhooks)",
    );
    has(
        &fix(&pt, code),
        "Use --webhook-url URL (a URL configurada em Suas integrações > Webhooks)",
    );
}

/// The API cannot answer for the payment: `error`, and what could not be done is said in
/// the language (the API's own error stays as it comes).
#[tokio::test]
async fn an_unreadable_payment_speaks_spanish_and_portuguese() {
    let api = FakeApi::empty().await;
    api.always(wiremock::ResponseTemplate::new(500)).await;
    let mut outs = Vec::new();
    for lang in ["en", "es", "pt"] {
        let out = mp_golive(["check", "--only", ID, "--format", "json"])
            .args(["--lang", lang, "--api-url", &api.url()])
            .args(["--payment-id", "1234567890"])
            .env("MP_ACCESS_TOKEN", TOKEN)
            .run_async()
            .await;
        outs.push(out);
    }
    let [en, es, pt]: [Output; 3] = outs.try_into().unwrap();
    en.expect_code(3);
    assert_eq!(shape(&es), shape(&en));
    assert_eq!(shape(&pt), shape(&en));
    let code = "notifications/api-error";
    assert_eq!(en.codes(ID), [code]);
    has(&message(&en, code), "Could not read payment 1234567890: ");
    has(&message(&es, code), "No se pudo leer el pago 1234567890: ");
    has(&message(&pt, code), "ler o pagamento 1234567890: ");
    has(
        &fix(&es, code),
        "Vuelve a ejecutarla más tarde, o indica --webhook-url / --ipn-url directamente.",
    );
    has(
        &fix(&pt, code),
        "Execute de novo mais tarde, ou informe --webhook-url / --ipn-url diretamente.",
    );
}

/// A plain http:// URL refused as private without `--allow-private-addresses`: two errors.
#[tokio::test]
async fn http_and_a_private_address_speak_spanish_and_portuguese() {
    let rx = receiver::start_http(Mode::AcceptAll).await;
    let url = rx.url("/hook");
    let [en, es, pt] = in_three(|lang| {
        mp_golive([
            "check",
            "--only",
            ID,
            "--format",
            "json",
            "--lang",
            lang,
            "--webhook-url",
            &url,
        ])
    })
    .await;
    en.expect_code(1);
    assert_eq!(
        en.codes(ID),
        ["notifications/not-https", "notifications/private-address"]
    );
    has(
        &message(&es, "notifications/not-https"),
        &format!("La URL de Webhooks {url} no es HTTPS."),
    );
    has(
        &message(&pt, "notifications/not-https"),
        &format!("A URL de Webhooks {url} não é HTTPS."),
    );
    has(
        &message(&es, "notifications/private-address"),
        ": es 127.0.0.1 (loopback). Mercado Pago no puede llegar a él. No se le envió nada.",
    );
    has(
        &message(&pt, "notifications/private-address"),
        ": é 127.0.0.1 (loopback). O Mercado Pago não consegue acessá-lo. Nada foi enviado para ele.",
    );
    has(
        &fix(&es, "notifications/not-https"),
        "configura la URL https:// en Tus integraciones > Webhooks",
    );
    has(
        &fix(&pt, "notifications/not-https"),
        "configure a URL https:// em Suas integrações > Webhooks",
    );
    assert!(
        rx.requests().is_empty(),
        "nothing is sent to a private address"
    );
}

/// An order id with only an IPN URL: the summary says no order event was sent; with the
/// `order` topic and no order id, the Webhooks summary names the synthetic id.
#[tokio::test]
async fn order_summaries_speak_spanish_and_portuguese() {
    let rx = receiver::start(Mode::AcceptAll).await;
    let [en, es, pt] = in_three(|lang| {
        mp_golive(["check", "--only", ID, "--format", "json", "--timeout", "5"])
            .args(["--allow-private-addresses", "--lang", lang])
            .args(["--ipn-url", &rx.url("/ipn"), "--order-id", ORDERS_ID])
            .args(rx.args())
    })
    .await;
    en.expect_code(0);
    has(
        &summary(&en),
        "; no order notification sent (IPN has no order topic; give --webhook-url)",
    );
    has(
        &summary(&es),
        "; no se envió ninguna notificación de orden (IPN no tiene tópico order; indica --webhook-url)",
    );
    has(
        &summary(&pt),
        "; nenhuma notificação de order enviada (IPN não tem tópico order; informe --webhook-url)",
    );

    let dir =
        crate::common::with_config("[checks.notifications]\ntopics = [\"payment\", \"order\"]\n");
    let [en, es, pt] = in_three(|lang| webhooks(&rx, lang).cwd(dir.path())).await;
    en.expect_code(0);
    has(
        &summary(&en),
        "order notification 200 in the original case (synthetic id ORD",
    );
    has(
        &summary(&es),
        "notificación de orden 200 con las mayúsculas originales (id sintético ORD",
    );
    has(
        &summary(&pt),
        "notificação de order 200 com as maiúsculas originais (id sintético ORD",
    );
}
