//! `checkout-tls` and `checkout-page` in Spanish and Portuguese: the same codes, statuses,
//! severities and exit code as in English, their messages, summaries and fixes in the run's
//! language, and no English sentence left in them.

use serde_json::Value;

use crate::checkout_tls::{Http, run_against};
use crate::common::Output;
use crate::support::fake_api::{PUBLIC_KEY, TEST_PUBLIC_KEY};
use crate::support::tls_server::{self, CLEAN_PAGE, Leaf, Pki, Reply, ServerOptions};

/// Words of English sentences that no Spanish or Portuguese message or fix contains.
const ENGLISH: &[&str] = &[
    " the ", " is ", " was ", " not ", " could ", " with ", " and ", " does ", " has ", " are ",
    " to ", " of ", " from ", " over ", " only ", " more",
];

/// What a check's run says that does not depend on the language: its status and, for each
/// finding, its code and severity; with the exit code and the verdict.
fn shape(out: &Output, id: &str) -> (i32, Value, Value, Vec<(String, String)>) {
    let c = out.check(id);
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

/// Text with what is code removed: spans in backticks. Also removed: the "(+N more)" that
/// src/report.rs adds to a summary made of the first finding's message, which is not these
/// checks' text (still English there).
fn without_code(text: &str) -> String {
    let text = match text.rsplit_once(" (+") {
        Some((head, tail)) if tail.ends_with(" more)") => head,
        _ => text,
    };
    text.split('`').step_by(2).collect::<Vec<_>>().join(" ")
}

/// Fails on an English sentence left in the messages, fixes or summary of a check.
#[track_caller]
fn no_english(out: &Output, id: &str) {
    for text in out.texts(id) {
        let padded = format!(" {} ", without_code(&text).to_lowercase());
        for word in ENGLISH {
            assert!(!padded.contains(word), "English {word:?} in {text:?}");
        }
    }
}

/// The message of the first finding of `code`.
fn message(out: &Output, id: &str, code: &str) -> String {
    out.finding(id, code)["message"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// The fix of the first finding of `code`.
fn fix(out: &Output, id: &str, code: &str) -> String {
    out.finding(id, code)["remedy"].as_str().unwrap().to_owned()
}

#[track_caller]
fn has(text: &str, part: &str) {
    assert!(text.contains(part), "{part:?} not in {text:?}");
}

/// Runs `check` against the server on `port` in English, Spanish and Portuguese.
async fn in_three(port: u16, ca: &str, check: &str, http: fn() -> Http) -> [Output; 3] {
    let mut outs = Vec::new();
    for lang in ["en", "es", "pt"] {
        outs.push(run_against(port, ca, check, http(), &["--lang", lang]).await);
    }
    outs.try_into().unwrap()
}

/// A certificate close to its end, early TLS accepted, no HSTS and no redirect from
/// http://: four findings.
#[tokio::test]
async fn checkout_tls_speaks_spanish_and_portuguese() {
    let pki = Pki::new();
    let opts = ServerOptions {
        accept_legacy: true,
        reply: Reply::page(CLEAN_PAGE).header("strict-transport-security", ""),
        ..ServerOptions::default()
    };
    let port = tls_server::start(pki.leaf(&Leaf::days(-80, 10), true), opts).await;
    let ok200 = || {
        Http::Bytes(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nhi".to_vec())
    };
    let [en, es, pt] = in_three(port, &pki.ca_path(), "checkout-tls", ok200).await;
    let id = "checkout-tls";
    en.expect_code(1);
    let codes = en.codes(id);
    for code in [
        "checkout-tls/expiring-soon",
        "checkout-tls/legacy-tls",
        "checkout-tls/no-https-redirect",
        "checkout-tls/no-hsts",
    ] {
        assert!(codes.iter().any(|c| c == code), "{code}: {codes:?}");
    }
    assert_eq!(shape(&es, id), shape(&en, id));
    assert_eq!(shape(&pt, id), shape(&en, id));
    assert_eq!(es.json()["lang"], "es");

    // English stays as it was.
    has(
        &message(&en, id, "checkout-tls/legacy-tls"),
        "still accepts TLS 1.0 and TLS 1.1.",
    );
    has(
        &message(&en, id, "checkout-tls/expiring-soon"),
        "the warning starts 15 days before.",
    );
    has(
        &fix(&en, id, "checkout-tls/legacy-tls"),
        "Disable TLS 1.0 and 1.1",
    );

    has(
        &message(&es, id, "checkout-tls/legacy-tls"),
        "todavía acepta TLS 1.0 y TLS 1.1.",
    );
    has(
        &message(&es, id, "checkout-tls/expiring-soon"),
        "el aviso empieza 15 días antes.",
    );
    has(
        &message(&es, id, "checkout-tls/no-hsts"),
        "no envía el encabezado Strict-Transport-Security.",
    );
    has(
        &message(&es, id, "checkout-tls/no-https-redirect"),
        "sin redirigir a https://.",
    );
    has(
        &fix(&es, id, "checkout-tls/legacy-tls"),
        "Deshabilita TLS 1.0 y 1.1 (nginx: `ssl_protocols TLSv1.2 TLSv1.3;`",
    );

    has(
        &message(&pt, id, "checkout-tls/legacy-tls"),
        "ainda aceita TLS 1.0 e TLS 1.1.",
    );
    has(
        &message(&pt, id, "checkout-tls/expiring-soon"),
        "o aviso começa 15 dias antes.",
    );
    has(
        &message(&pt, id, "checkout-tls/no-hsts"),
        "não envia o cabeçalho Strict-Transport-Security.",
    );
    has(
        &message(&pt, id, "checkout-tls/no-https-redirect"),
        "sem redirecionar para https://.",
    );
    has(
        &fix(&pt, id, "checkout-tls/legacy-tls"),
        "Desabilite TLS 1.0 e 1.1 (nginx: `ssl_protocols TLSv1.2 TLSv1.3;`",
    );

    no_english(&es, id);
    no_english(&pt, id);
}

/// An expired certificate for another host: the count of days agrees with "1".
#[tokio::test]
async fn checkout_tls_expired_for_another_host_in_spanish_and_portuguese() {
    let pki = Pki::new();
    let leaf = Leaf {
        sans: vec!["other.test".into()],
        from_days: -100,
        until_days: -1,
        aia: None,
    };
    let port = tls_server::start(pki.leaf(&leaf, true), ServerOptions::default()).await;
    let [en, es, pt] = in_three(port, &pki.ca_path(), "checkout-tls", || Http::Redirect).await;
    let id = "checkout-tls";
    en.expect_code(1);
    assert_eq!(
        en.codes(id),
        ["checkout-tls/expired", "checkout-tls/hostname-mismatch"]
    );
    assert_eq!(shape(&es, id), shape(&en, id));
    assert_eq!(shape(&pt, id), shape(&en, id));
    has(
        &message(&en, id, "checkout-tls/expired"),
        "expired 1 days ago (",
    );
    has(
        &message(&es, id, "checkout-tls/expired"),
        "venció hace 1 día (",
    );
    has(
        &message(&pt, id, "checkout-tls/expired"),
        "venceu há 1 dia (",
    );
    has(
        &message(&es, id, "checkout-tls/hostname-mismatch"),
        "no es válido para checkout.test; nombra a other.test.",
    );
    has(
        &message(&pt, id, "checkout-tls/hostname-mismatch"),
        "não é válido para checkout.test; ele nomeia other.test.",
    );
    has(
        &fix(&es, id, "checkout-tls/expired"),
        "Renueva el certificado ahora",
    );
    has(
        &fix(&pt, id, "checkout-tls/expired"),
        "Renove o certificado agora",
    );
    no_english(&es, id);
    no_english(&pt, id);
}

/// A page with every kind of finding that a static page can carry at once.
#[tokio::test]
async fn checkout_page_speaks_spanish_and_portuguese() {
    let body = format!(
        r#"<!doctype html><html><head><title>Checkout</title>
        <script src="http://cdn.test/app.js"></script></head>
        <body><img src="http://cdn.test/a.png"><img src="http://cdn.test/b.png">
        <form><input id="cardNumber" data-checkout="cardNumber" name="cardNumber"></form>
        <script>const mp = new MercadoPago('{TEST_PUBLIC_KEY}');</script></body></html>"#
    );
    let pki = Pki::new();
    let opts = ServerOptions {
        reply: Reply::page(&body).header("set-cookie", "session=abc123; Path=/; HttpOnly"),
        ..ServerOptions::default()
    };
    let port = tls_server::start(pki.leaf(&Leaf::default(), true), opts).await;
    let id = "checkout-page";
    let mut outs = Vec::new();
    for lang in ["en", "es", "pt"] {
        let extra = ["--lang", lang, "--public-key", PUBLIC_KEY];
        outs.push(run_against(port, &pki.ca_path(), id, Http::Redirect, &extra).await);
    }
    let [en, es, pt]: [Output; 3] = outs.try_into().unwrap();
    en.expect_code(1);
    assert_eq!(
        en.codes(id),
        [
            "checkout-page/mixed-content-active",
            "checkout-page/mixed-content-passive",
            "checkout-page/sdk-not-found",
            "checkout-page/test-public-key",
            "checkout-page/card-field-named",
            "checkout-page/insecure-cookie",
        ]
    );
    assert_eq!(shape(&es, id), shape(&en, id));
    assert_eq!(shape(&pt, id), shape(&en, id));

    has(
        &message(&en, id, "checkout-page/mixed-content-passive"),
        "The page loads 2 media over http://",
    );

    has(
        &message(&es, id, "checkout-page/mixed-content-active"),
        "La página carga un script por http://: http://cdn.test/app.js.",
    );
    has(
        &message(&es, id, "checkout-page/mixed-content-passive"),
        "La página carga 2 recursos multimedia por http://: http://cdn.test/a.png, http://cdn.test/b.png.",
    );
    has(
        &message(&es, id, "checkout-page/test-public-key"),
        "La página contiene la Public Key de prueba",
    );
    has(
        &message(&es, id, "checkout-page/insecure-cookie"),
        "La página define cookies sin Secure: session.",
    );
    has(
        &fix(&es, id, "checkout-page/test-public-key"),
        "Tus integraciones > (tu aplicación) > Credenciales de producción",
    );

    has(
        &message(&pt, id, "checkout-page/mixed-content-active"),
        "A página carrega um script por http://: http://cdn.test/app.js.",
    );
    has(
        &message(&pt, id, "checkout-page/mixed-content-passive"),
        "A página carrega 2 recursos de mídia por http://",
    );
    has(
        &message(&pt, id, "checkout-page/card-field-named"),
        "O campo de cartão <input#cardNumber name=\"cardNumber\"> tem um atributo name.",
    );
    has(
        &message(&pt, id, "checkout-page/sdk-not-found"),
        "Nenhum <script> carrega o MercadoPago.js",
    );
    has(
        &fix(&pt, id, "checkout-page/test-public-key"),
        "Suas integrações > (sua aplicação) > Credenciais de produção",
    );

    // The redacted key is the same in every language.
    let key = |o: &Output| {
        let m = message(o, id, "checkout-page/test-public-key");
        m.rsplit(' ').next().unwrap().to_owned()
    };
    assert_eq!(key(&es), key(&en));
    assert_eq!(key(&pt), key(&en));
    no_english(&es, id);
    no_english(&pt, id);
}

/// A clean page behind a good certificate: both checks pass, and their summaries (what was
/// verified) read in the run's language.
#[tokio::test]
async fn passing_summaries_speak_spanish_and_portuguese() {
    let pki = Pki::new();
    let port = tls_server::start(pki.leaf(&Leaf::default(), true), ServerOptions::default()).await;
    let checks = "checkout-tls,checkout-page";
    let mut outs = Vec::new();
    for lang in ["en", "es", "pt"] {
        let extra = ["--lang", lang, "--public-key", PUBLIC_KEY];
        outs.push(run_against(port, &pki.ca_path(), checks, Http::Redirect, &extra).await);
    }
    let [en, es, pt]: [Output; 3] = outs.try_into().unwrap();
    en.expect_code(0);
    for id in ["checkout-tls", "checkout-page"] {
        assert_eq!(en.check(id)["status"], "pass", "{}", en.stdout);
        assert_eq!(shape(&es, id), shape(&en, id));
        assert_eq!(shape(&pt, id), shape(&en, id));
    }
    let summary = |o: &Output, id: &str| o.check(id)["summary"].as_str().unwrap().to_owned();
    let en_tls = summary(&en, "checkout-tls");
    has(&en_tls, "mp-golive Intermediate R1, expires in ");
    has(
        &en_tls,
        " days; http:// redirects to https://checkout.test:",
    );
    has(&en_tls, "; HSTS 365 days");
    assert_eq!(
        summary(&en, "checkout-page"),
        "HTTP 200, MercadoPago.js from sdk.mercadopago.com"
    );

    let es_tls = summary(&es, "checkout-tls");
    has(&es_tls, "mp-golive Intermediate R1, vence en ");
    has(&es_tls, " días; http:// redirige a https://checkout.test:");
    has(&es_tls, "; HSTS de 365 días");
    assert_eq!(
        summary(&es, "checkout-page"),
        "HTTP 200, MercadoPago.js desde sdk.mercadopago.com"
    );

    let pt_tls = summary(&pt, "checkout-tls");
    has(&pt_tls, "mp-golive Intermediate R1, vence em ");
    has(
        &pt_tls,
        " dias; http:// redireciona para https://checkout.test:",
    );
    has(&pt_tls, "; HSTS de 365 dias");
    assert_eq!(
        summary(&pt, "checkout-page"),
        "HTTP 200, MercadoPago.js de sdk.mercadopago.com"
    );
    for id in ["checkout-tls", "checkout-page"] {
        no_english(&es, id);
        no_english(&pt, id);
    }
}

/// The transport layer's words (src/net, i18n/*/net.ftl) follow the run's language too: a
/// certificate signed by a CA the run does not trust, and a port where nothing listens.
#[tokio::test]
async fn transport_failures_are_told_in_the_run_s_language() {
    let pki = Pki::new();
    let stranger = Pki::new();
    let port = tls_server::start(
        pki.leaf(&Leaf::days(-1, 90), true),
        ServerOptions::default(),
    )
    .await;
    let [en, es, pt] = in_three(port, &stranger.ca_path(), "checkout-page", || {
        Http::Redirect
    })
    .await;
    let id = "checkout-page";
    assert_eq!(shape(&es, id), shape(&en, id));
    assert_eq!(shape(&pt, id), shape(&en, id));
    let all = |out: &Output| out.texts(id).join("\n");
    // Another CA of the same name: its signature does not verify the leaf.
    has(
        &all(&en),
        "the certificate of checkout.test does not verify (BadSignature)",
    );
    has(
        &all(&es),
        "el certificado de checkout.test no se pudo verificar (BadSignature)",
    );
    has(
        &all(&pt),
        "o certificado de checkout.test não pôde ser verificado (BadSignature)",
    );

    // Nothing listens on a port the OS just gave and took back.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let [en, es, pt] = in_three(closed, &pki.ca_path(), "checkout-page", || Http::Redirect).await;
    assert_eq!(shape(&es, id), shape(&en, id));
    assert_eq!(shape(&pt, id), shape(&en, id));
    has(&all(&en), "connection refused by 127.0.0.1:");
    has(&all(&es), "rechazó la conexión");
    has(&all(&pt), "recusou a conexão");
    for out in [&es, &pt] {
        assert!(!all(out).contains("connection refused"), "{}", all(out));
    }

    // The config file's `lang` reaches the transport layer too.
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("mp-golive.toml");
    std::fs::write(&config, "lang = \"pt\"\n").unwrap();
    let config = config.display().to_string();
    let from_file = run_against(
        closed,
        &pki.ca_path(),
        "checkout-page",
        Http::Redirect,
        &["--config", &config],
    )
    .await;
    assert_eq!(from_file.json()["lang"], "pt");
    has(&all(&from_file), "recusou a conexão");
}
