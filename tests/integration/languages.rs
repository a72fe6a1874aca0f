//! The run's language: chosen from `--lang`, `MP_GOLIVE_LANG`, the locale and the file; the
//! report's text and its docs links follow it, its codes, statuses and exit code never do.

use crate::common::{Output, check_json, mp_golive, with_config};
use crate::support::fake_api::*;

/// A run that fails a required check (a test account), in human form.
fn failing(api: &FakeApi) -> crate::common::Run {
    mp_golive([
        "check",
        "--only",
        "credentials,reports",
        "--api-url",
        &api.url(),
    ])
    .env("MP_ACCESS_TOKEN", TOKEN)
    .env("MP_PUBLIC_KEY", PUBLIC_KEY)
    .env("NO_COLOR", "1")
}

fn lang(out: &Output) -> String {
    out.json()["lang"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn the_locale_chooses_the_language_and_a_c_locale_is_english() {
    let api = FakeApi::ready().await;
    let run = |env: &[(&str, &str)]| {
        let mut r = check_json(&api.url()).args(["--only", "credentials"]);
        for (k, v) in env {
            r = r.env(k, v);
        }
        r
    };
    assert_eq!(
        lang(&run(&[("LANG", "pt_BR.UTF-8")]).run_async().await),
        "pt"
    );
    assert_eq!(
        lang(&run(&[("LANG", "es_AR.UTF-8")]).run_async().await),
        "es"
    );
    assert_eq!(lang(&run(&[("LANG", "C.UTF-8")]).run_async().await), "en");
    assert_eq!(
        lang(&run(&[("LANG", "fr_FR.UTF-8")]).run_async().await),
        "en"
    );
    assert_eq!(lang(&run(&[]).run_async().await), "en");
    // LC_ALL beats LC_MESSAGES beats LANG.
    let ordered = run(&[
        ("LC_ALL", "es_MX.UTF-8"),
        ("LC_MESSAGES", "pt_BR.UTF-8"),
        ("LANG", "en_US.UTF-8"),
    ]);
    assert_eq!(lang(&ordered.run_async().await), "es");
    // The variable beats the locale; the flag beats both.
    let env = run(&[("LANG", "es_AR.UTF-8"), ("MP_GOLIVE_LANG", "pt")]);
    assert_eq!(lang(&env.run_async().await), "pt");
    let flag = run(&[("LANG", "es_AR.UTF-8"), ("MP_GOLIVE_LANG", "pt")]).args(["--lang", "en"]);
    assert_eq!(lang(&flag.run_async().await), "en");
    // The file decides when the locale names no language.
    let dir = with_config("lang = \"es\"\n");
    let file = run(&[("LANG", "C.UTF-8")]).cwd(dir.path());
    assert_eq!(lang(&file.run_async().await), "es");
    let file = run(&[("LANG", "pt_BR.UTF-8")]).cwd(dir.path());
    assert_eq!(lang(&file.run_async().await), "pt");
}

#[tokio::test]
async fn a_language_mp_golive_does_not_speak_is_refused_naming_its_source() {
    let api = FakeApi::ready().await;
    let flag = check_json(&api.url())
        .args(["--lang", "fr"])
        .run_async()
        .await;
    flag.expect_code(2);
    assert!(
        flag.stderr.contains("--lang: `fr` is not a language"),
        "{}",
        flag.stderr
    );
    let env = check_json(&api.url())
        .env("MP_GOLIVE_LANG", "klingon")
        .run_async()
        .await;
    env.expect_code(2);
    assert!(
        env.stderr.contains("MP_GOLIVE_LANG: `klingon`"),
        "{}",
        env.stderr
    );
    let dir = with_config("lang = \"de\"\n");
    let file = check_json(&api.url()).cwd(dir.path()).run_async().await;
    file.expect_code(2);
    assert!(
        file.stderr.contains("`lang` in the config file: `de`"),
        "{}",
        file.stderr
    );
    assert_eq!(api.requests().await.len(), 0);
}

#[tokio::test]
async fn the_checklist_speaks_the_language_and_links_the_country_site() {
    let api = FakeApi::test_user().await;
    let en = failing(&api).run_async().await;
    let pt = failing(&api).env("LANG", "pt_BR.UTF-8").run_async().await;
    let es = failing(&api).args(["--lang", "es"]).run_async().await;
    for out in [&en, &pt, &es] {
        out.expect_code(1);
    }
    assert!(
        en.stdout
            .contains("Mercado Pago go-live checklist · site MLB, Brazil"),
        "{}",
        en.stdout
    );
    assert!(
        en.stdout.contains("not ready: 1 required check failed"),
        "{}",
        en.stdout
    );
    assert!(
        en.stdout
            .contains("https://www.mercadopago.com.br/developers/en/")
    );
    assert!(
        pt.stdout
            .contains("Checklist de entrada em produção do Mercado Pago · site MLB, Brasil"),
        "{}",
        pt.stdout
    );
    assert!(
        pt.stdout
            .contains("não está pronto: 1 verificação obrigatória falhou"),
        "{}",
        pt.stdout
    );
    assert!(
        pt.stdout
            .contains("https://www.mercadopago.com.br/developers/pt/"),
        "{}",
        pt.stdout
    );
    assert!(!pt.stdout.contains("/developers/en/"), "{}", pt.stdout);
    assert!(
        es.stdout
            .contains("no está listo: 1 verificación obligatoria falló"),
        "{}",
        es.stdout
    );
    assert!(es.stdout.contains("sitio MLB, Brasil"), "{}", es.stdout);
    assert!(
        es.stdout
            .contains("https://www.mercadopago.com.br/developers/es/"),
        "{}",
        es.stdout
    );
    assert!(es.stdout.contains("solución:"), "{}", es.stdout);
}

#[tokio::test]
async fn codes_statuses_and_exit_codes_do_not_change_with_the_language() {
    let api = FakeApi::test_user().await;
    let runs = [
        check_json(&api.url())
            .args(["--lang", "en"])
            .run_async()
            .await,
        check_json(&api.url())
            .args(["--lang", "es"])
            .run_async()
            .await,
        check_json(&api.url())
            .args(["--lang", "pt"])
            .run_async()
            .await,
    ];
    let shape = |out: &Output| {
        let doc = out.json();
        let checks: Vec<(String, String, Vec<String>)> = doc["checks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c["id"].as_str().unwrap().to_owned(),
                    c["status"].as_str().unwrap().to_owned(),
                    c["findings"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|f| format!("{} {}", f["code"], f["severity"]))
                        .collect(),
                )
            })
            .collect();
        (
            out.code,
            doc["verdict"].clone(),
            doc["summary"].clone(),
            checks,
        )
    };
    let en = shape(&runs[0]);
    assert_eq!(en.0, 1);
    for other in &runs[1..] {
        assert_eq!(shape(other), en);
    }
    // The docs links follow the language, on the account's site.
    let docs = |out: &Output| {
        out.json()["checks"][0]["findings"][0]["docs_url"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    assert!(docs(&runs[1]).starts_with("https://www.mercadopago.com.br/developers/es/"));
    assert!(docs(&runs[2]).starts_with("https://www.mercadopago.com.br/developers/pt/"));
}

#[test]
fn explain_speaks_the_language_of_the_flag_the_variable_or_the_locale() {
    let es = mp_golive(["explain", "reports/api-error", "--lang", "es"]).run();
    es.expect_code(0);
    assert!(
        es.stdout
            .contains("No se pudo consultar la API de Mercado Pago"),
        "{}",
        es.stdout
    );
    assert!(
        es.stdout
            .contains("Solución: Vuelve a ejecutarla más tarde"),
        "{}",
        es.stdout
    );
    assert!(es.stdout.contains("/developers/es/"), "{}", es.stdout);
    let pt = mp_golive(["explain", "credentials/not-configured"])
        .env("LANG", "pt_BR.UTF-8")
        .run();
    assert!(
        pt.stdout.contains("Correção: Informe a entrada nomeada"),
        "{}",
        pt.stdout
    );
    let en = mp_golive(["explain", "reports/api-error"])
        .env("LANG", "C.UTF-8")
        .run();
    assert!(en.stdout.contains("Fix: Run again later"), "{}", en.stdout);
    let bad = mp_golive(["explain", "reports", "--lang", "xx"]).run();
    bad.expect_code(2);
    assert!(bad.stderr.contains("--lang: `xx`"), "{}", bad.stderr);
}

#[tokio::test]
async fn configuration_errors_speak_the_language_too() {
    let api = FakeApi::ready().await;
    let dir = with_config(
        "lang = \"es\"\nsite = \"XX\"\ntimeout = 0\n[checks.checkout-tls]\nhttp_port = 70000\n",
    );
    let out = check_json(&api.url())
        .cwd(dir.path())
        .env("LANG", "C.UTF-8")
        .args(["--webhook-url", "ftp://x"])
        .run_async()
        .await;
    out.expect_code(2);
    for expected in [
        "`site` en el archivo de configuración: `XX` no es un sitio de Mercado Pago",
        "--webhook-url: `ftp://x` tiene el esquema `ftp`; se esperaba http:// o https://",
        "`timeout` en el archivo de configuración: `0` está fuera de rango",
        "[checks.checkout-tls] http_port: se esperaba un número de puerto de 1 a 65535, pero es 70000",
    ] {
        assert!(
            out.stderr.contains(expected),
            "lacks `{expected}`:\n{}",
            out.stderr
        );
    }
    assert!(
        out.stderr.contains("  = help: no se verificó nada"),
        "{}",
        out.stderr
    );
    let pt = check_json(&api.url())
        .env("LANG", "pt_BR.UTF-8")
        .args(["--only", "credencials"])
        .run_async()
        .await;
    pt.expect_code(2);
    assert!(
        pt.stderr
            .contains("--only: verificação desconhecida `credencials`"),
        "{}",
        pt.stderr
    );
}

#[test]
fn list_and_explain_name_the_checks_in_the_language() {
    let pt = mp_golive(["list", "--lang", "pt"]).run();
    pt.expect_code(0);
    for expected in [
        "TÍTULO",
        "Credenciais de produção",
        "Chave Pix (Brasil)",
        "em MLB",
        "o Access Token, a Public Key",
        "credentials: O Access Token e a Public Key são credenciais de produção",
        "Rode `mp-golive explain <id>`",
    ] {
        assert!(
            pt.stdout.contains(expected),
            "lacks `{expected}`:\n{}",
            pt.stdout
        );
    }
    let en = mp_golive(["list"]).env("LANG", "C.UTF-8").run();
    assert!(
        en.stdout.contains("Production credentials"),
        "{}",
        en.stdout
    );
    let es = mp_golive(["explain", "pix-key/not-configured", "--lang", "es"]).run();
    assert!(
        es.stdout
            .contains("Verificación: pix-key — Clave Pix (Brasil)"),
        "{}",
        es.stdout
    );
    // JSON stays the contract's: ids, codes and English metadata.
    let json = mp_golive(["list", "--format", "json", "--lang", "es"]).run();
    assert!(
        json.stdout
            .contains("\"title\": \"Production credentials\""),
        "{}",
        json.stdout
    );
}

#[tokio::test]
async fn markdown_names_the_checks_in_the_language() {
    let api = FakeApi::test_user().await;
    let out = check_json(&api.url())
        .args([
            "--only",
            "credentials",
            "--format",
            "markdown",
            "--lang",
            "es",
        ])
        .run_async()
        .await;
    out.expect_code(1);
    assert!(
        out.stdout
            .contains("| Credenciales de producción (`credentials`) |"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("### ✗ Credenciales de producción"),
        "{}",
        out.stdout
    );
}

#[tokio::test]
async fn webhook_send_speaks_the_language() {
    use crate::support::receiver::{self, Mode};
    let rx = receiver::start(Mode::AcceptAll).await;
    let out = mp_golive(["webhook", "send", "--url", &rx.url("/hook")])
        .args(rx.args())
        .env("LANG", "pt_BR.UTF-8")
        .run_async()
        .await;
    out.expect_code(0);
    assert!(
        out.stdout
            .contains("entregue: o Mercado Pago conta 200 e 201 como entregue"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("sem assinatura: não há chave secreta"),
        "{}",
        out.stdout
    );
    let es = mp_golive(["webhook", "send", "--url", &rx.url("/hook"), "--lang", "es"])
        .args(rx.args())
        .run_async()
        .await;
    assert!(
        es.stdout
            .contains("entregada: Mercado Pago cuenta 200 y 201"),
        "{}",
        es.stdout
    );
}

/// What `explain <check>` prints in English around the translated parts: none of it may be
/// left in a Spanish or Portuguese explanation.
const ENGLISH_EXPLAIN: [&str; 14] = [
    "Requirement:",
    "Go-live page section:",
    "Required by default:",
    "Needs:",
    "Docs:",
    "Finding codes",
    "What it checks",
    "Why it matters",
    "Confidence",
    "Configuration (",
    "reports the check as skip",
    "makes it gate the verdict",
    "or an unknown site",
    " fix: ",
];

#[test]
fn explain_of_a_check_is_whole_in_the_language() {
    let es = mp_golive(["explain", "credentials", "--lang", "es"]).run();
    es.expect_code(0);
    for expected in [
        "credentials — Credenciales de producción",
        "Requisito: El Access Token y la Public Key",
        "Sección de la página de salida a producción: Activar credenciales de producción",
        "Obligatoria por defecto: sí",
        "Necesita: el Access Token, la Public Key",
        "Documentación: https://www.mercadopago.com/developers/es/",
        "Qué verifica",
        "Por qué importa",
        "Códigos de hallazgo",
        "Configuración ([checks.credentials] en mp-golive.toml)",
        "  enabled = true     false informa la verificación como skip",
    ] {
        assert!(
            es.stdout.contains(expected),
            "lacks `{expected}`:\n{}",
            es.stdout
        );
    }
    let pt = mp_golive(["explain", "pix-key"])
        .env("LANG", "pt_BR.UTF-8")
        .run();
    for expected in [
        "pix-key — Chave Pix (Brasil)",
        "Obrigatória por padrão: em MLB",
        "(padrão: true em MLB ou em um site desconhecido, false nos demais)",
        "O que verifica",
        "/developers/pt/",
    ] {
        assert!(
            pt.stdout.contains(expected),
            "lacks `{expected}`:\n{}",
            pt.stdout
        );
    }
    // Every check, in both languages: no English heading, description or option help.
    for lang in ["es", "pt"] {
        for check in mp_golive::checks::ALL {
            let check = check.meta();
            let id = check.id;
            let out = mp_golive(["explain", id, "--lang", lang]).run();
            out.expect_code(0);
            for english in ENGLISH_EXPLAIN {
                assert!(
                    !out.stdout.contains(english),
                    "{lang} `explain {id}` has `{english}`:\n{}",
                    out.stdout
                );
            }
            for o in check.options {
                assert!(
                    !out.stdout.contains(o.help),
                    "{lang} `explain {id}`: the help of `{}` is English",
                    o.key
                );
                // The key and its default are the contract's, in every language.
                assert!(
                    out.stdout
                        .contains(&format!("  {} = {}    ", o.key, o.default)),
                    "{lang} `explain {id}` lacks `{}`",
                    o.key
                );
            }
        }
    }
    // English is unchanged: the metadata's text.
    let en = mp_golive(["explain", "credentials"])
        .env("LANG", "C.UTF-8")
        .run();
    for english in ["Requirement:", "What it checks", "Required by default: yes"] {
        assert!(
            en.stdout.contains(english),
            "lacks `{english}`:\n{}",
            en.stdout
        );
    }
    // JSON stays the contract's: its keys and English metadata whatever the language.
    let json = mp_golive(["explain", "credentials", "--format", "json", "--lang", "pt"]).run();
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert!(
        v["explain"].as_str().unwrap().starts_with("What it checks"),
        "{}",
        json.stdout
    );
}

/// The lines of a config template a user could uncomment or already has: every non-comment
/// line and every commented-out `key = value`.
fn template_keys(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| {
            let body = l.strip_prefix("# ").unwrap_or(l);
            !l.starts_with('#')
                || body.split_once(" = ").is_some_and(|(k, _)| {
                    !k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                })
        })
        // The note after a default (`# required = true (default: …)`) is prose.
        .map(|l| l.split(" (").next().unwrap_or(l).to_owned())
        .collect()
}

#[test]
fn init_writes_its_comments_in_the_language_and_the_file_still_validates() {
    let english = mp_golive(["init", "--output", "-"])
        .env("LANG", "C.UTF-8")
        .run();
    english.expect_code(0);
    for (lang, how, expected) in [
        ("es", "flag", "# Los secretos nunca van aquí."),
        ("pt", "flag", "# Segredos nunca vão aqui."),
        (
            "pt",
            "locale",
            "# Credenciais de produção: O Access Token e a Public Key",
        ),
        (
            "es",
            "variable",
            "# Credenciales de producción: El Access Token y la Public Key",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let run = mp_golive(["init"]).cwd(dir.path()).env("LANG", "C.UTF-8");
        let run = match how {
            "flag" => run.args(["--lang", lang]),
            "locale" => run.env(
                "LANG",
                if lang == "pt" {
                    "pt_BR.UTF-8"
                } else {
                    "es_AR.UTF-8"
                },
            ),
            _ => run.env("MP_GOLIVE_LANG", lang),
        };
        let out = run.run();
        out.expect_code(0);
        let text = std::fs::read_to_string(dir.path().join("mp-golive.toml")).unwrap();
        assert!(
            text.contains(expected),
            "{lang} lacks `{expected}`:\n{text}"
        );
        assert!(
            !text.contains("Secrets never go here") && !text.contains("Production credentials"),
            "{lang}: English comments:\n{text}"
        );
        // Only comments are translated: keys, tables and values are the English template's.
        assert_eq!(
            template_keys(&text),
            template_keys(&english.stdout),
            "{lang}"
        );
        for check in mp_golive::checks::ALL {
            for o in check.meta().options {
                assert!(
                    !text.contains(o.help),
                    "{lang}: help of `{}` is English",
                    o.key
                );
            }
        }
        // The template is a valid config as written: check runs past validation (exit 1).
        let check = mp_golive([
            "check",
            "--format",
            "json",
            "--api-url",
            "http://127.0.0.1:9",
        ])
        .cwd(dir.path())
        .env("LANG", "C.UTF-8")
        .run();
        check.expect_code(1);
        let again = mp_golive(["init", "--lang", lang]).cwd(dir.path()).run();
        again.expect_code(2);
        assert!(again.stderr.contains("--force"), "{}", again.stderr);
        assert!(
            !again.stderr.contains("already exists"),
            "{lang}: {}",
            again.stderr
        );
    }
}

#[tokio::test]
async fn a_check_s_own_option_errors_speak_the_language_too() {
    let api = FakeApi::ready().await;
    let dir = with_config(
        "[checks.notifications]\nslow_warning_ms = 30000\ntopics = [\"refund\"]\n\
         [checks.payment-quality]\npass_mark = 0\n[checks.source-secrets]\nallow = [\"src/[\"]\n",
    );
    for (lang, expected) in [
        (
            "es",
            [
                "[checks.notifications] slow_warning_ms (30000) debe ser menor que slow_failure_ms (22000)",
                "[checks.payment-quality] pass_mark: `0` está fuera de rango; se esperaba un puntaje de 1 a 100",
                "[checks.source-secrets] allow: `src/[` no es un glob válido",
            ],
        ),
        (
            "pt",
            [
                "[checks.notifications] slow_warning_ms (30000) deve ser menor que slow_failure_ms (22000)",
                "[checks.payment-quality] pass_mark: `0` está fora do intervalo; era esperada uma pontuação de 1 a 100",
                "[checks.source-secrets] allow: `src/[` não é um glob válido",
            ],
        ),
    ] {
        let out = check_json(&api.url())
            .cwd(dir.path())
            .args(["--lang", lang])
            .run_async()
            .await;
        out.expect_code(2);
        for e in expected {
            assert!(
                out.stderr.contains(e),
                "{lang} lacks `{e}`:\n{}",
                out.stderr
            );
        }
        assert!(!out.stderr.contains("must be below"), "{}", out.stderr);
    }
    let dir = with_config("[checks.notifications]\ntopics = [\"refund\"]\n");
    let out = check_json(&api.url())
        .cwd(dir.path())
        .env("LANG", "es_AR.UTF-8")
        .run_async()
        .await;
    out.expect_code(2);
    assert!(
        out.stderr.contains(
            "[checks.notifications] topics: `refund` no es un tópico que mp-golive envíe"
        ),
        "{}",
        out.stderr
    );
}
