//! `credentials`, `pix-key`, `reports` and `source-secrets` in Spanish and Portuguese: the
//! same codes, statuses and exit code as in English, their messages and fixes in the run's
//! language, and no English sentence left in them.

use std::path::Path;

use serde_json::Value;

use crate::common::{Output, Run, check_json, credentials_json, mp_golive};
use crate::support::fake_api::*;

const LANGS: [&str; 3] = ["en", "es", "pt"];

/// Runs `run` once per language, English first.
async fn in_each_language(run: impl Fn() -> Run) -> [Output; 3] {
    let mut outs = Vec::new();
    for lang in LANGS {
        outs.push(run().args(["--lang", lang]).run_async().await);
    }
    outs.try_into().unwrap()
}

/// A check's id, status, and its findings' codes and severities.
type CheckShape = (String, String, Vec<String>);

/// What never changes with the language: exit code, verdict, and each check's id, status,
/// and findings' codes and severities.
fn shape(out: &Output) -> (i32, Value, Vec<CheckShape>) {
    let doc = out.json();
    let checks = doc["checks"]
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
    (out.code, doc["verdict"].clone(), checks)
}

#[track_caller]
fn same_shape(outs: &[Output; 3]) {
    let en = shape(&outs[0]);
    for out in &outs[1..] {
        assert_eq!(shape(out), en, "{}", out.stdout);
    }
}

/// The text without what is never translated: code and quoted API text in backticks, and
/// Mercado Pago's own words after an HTTP status (`HTTP 404 (resource not found)`).
fn prose(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find('`') {
        out.push_str(&rest[..i]);
        match rest[i + 1..].find('`') {
            Some(j) => rest = &rest[i + 1 + j + 1..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    let mut cleaned = String::new();
    let mut rest = out.as_str();
    while let Some(i) = rest.find("HTTP ") {
        cleaned.push_str(&rest[..i]);
        let after = &rest[i + 5..];
        let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let tail = &after[digits..];
        rest = match tail
            .strip_prefix(" (")
            .and_then(|t| t.find(')').map(|j| &t[j + 1..]))
        {
            Some(after_paren) => after_paren,
            None => tail,
        };
    }
    cleaned.push_str(rest);
    format!(" {cleaned} ")
}

/// English words no Spanish or Portuguese sentence has.
const ENGLISH: [&str; 12] = [
    " the ", " is ", " was ", " not ", " could ", " with ", " and ", " has ", " of ", " it ",
    " from ", " your ",
];

#[track_caller]
fn no_english(out: &Output, id: &str) {
    let texts = out.texts(id);
    assert!(!texts.is_empty(), "{}", out.stdout);
    for t in texts {
        let p = prose(&t).to_lowercase();
        for w in ENGLISH {
            assert!(!p.contains(w), "{w:?} left in {t:?}");
        }
    }
}

#[track_caller]
fn has(value: &Value, needle: &str) {
    let text = value.as_str().unwrap_or_default();
    assert!(text.contains(needle), "{needle:?} not in {text:?}");
}

#[tokio::test]
async fn credentials_not_activated_speaks_each_language() {
    let api = FakeApi::with_account(Account {
        homologated: false,
        ..Account::default()
    })
    .await;
    let outs = in_each_language(|| credentials_json(&api.url())).await;
    outs[0].expect_code(1);
    same_shape(&outs);
    let [en, es, pt] = &outs;
    assert_eq!(en.codes("credentials"), ["credentials/not-activated"]);
    let f = |out: &Output| out.finding("credentials", "credentials/not-activated");
    has(&f(en)["message"], "are not activated (homologated: false)");
    has(
        &f(es)["message"],
        "Las credenciales de producción de la aplicación 1234567890123456 no están activadas (homologated: false)",
    );
    has(
        &f(pt)["message"],
        "As credenciais de produção da aplicação 1234567890123456 não estão ativadas (homologated: false)",
    );
    has(
        &f(es)["remedy"],
        "Tus integraciones > (tu aplicación) > Credenciales de producción, activa las credenciales",
    );
    has(
        &f(pt)["remedy"],
        "Suas integrações > (sua aplicação) > Credenciais de produção, ative as credenciais",
    );
    for out in [es, pt] {
        no_english(out, "credentials");
    }
}

#[tokio::test]
async fn credentials_unconfirmed_facts_speak_each_language() {
    let api = FakeApi::ready().await;
    api.without_wrapper().await;
    let outs = in_each_language(|| credentials_json(&api.url())).await;
    outs[0].expect_code(0);
    same_shape(&outs);
    let [en, es, pt] = &outs;
    let f = |out: &Output| out.finding("credentials", "credentials/wrapper-unavailable");
    has(&f(en)["message"], "could not confirm");
    has(
        &f(es)["message"],
        "no se pudo confirmar que las credenciales estén activadas para producción, ni que la Public Key y el Access Token pertenezcan a la misma aplicación",
    );
    has(
        &f(pt)["message"],
        "não foi possível confirmar que as credenciais estão ativadas para produção, nem que a Public Key e o Access Token pertencem à mesma aplicação",
    );
    has(
        &f(es)["remedy"],
        "No hay nada que corregir en la integración",
    );
    has(&f(pt)["remedy"], "Não há nada a corrigir na integração");
    // It passes (the finding is info), so its summary shows.
    has(
        &es.check("credentials")["summary"],
        "credenciales APP_USR de",
    );
    has(
        &pt.check("credentials")["summary"],
        "(usuário 987654321, MLB), aplicação 1234567890123456",
    );
    for out in [es, pt] {
        no_english(out, "credentials");
    }
}

#[tokio::test]
async fn a_stray_character_is_named_in_each_language() {
    let api = FakeApi::ready().await;
    let token = format!("{TOKEN}\u{200b}");
    let outs =
        in_each_language(|| credentials_json(&api.url()).env("MP_ACCESS_TOKEN", &token)).await;
    outs[0].expect_code(1);
    same_shape(&outs);
    let [en, es, pt] = &outs;
    let f = |out: &Output| out.finding("credentials", "credentials/malformed");
    has(
        &f(en)["message"],
        "is U+200B (a zero-width space), which no Mercado Pago token holds",
    );
    has(
        &f(es)["message"],
        "es U+200B (un espacio de ancho cero), que ningún token de Mercado Pago contiene",
    );
    has(&f(es)["message"], "No se envió a ningún endpoint.");
    has(
        &f(pt)["message"],
        "é U+200B (um espaço de largura zero), que nenhum token do Mercado Pago contém",
    );
    has(
        &f(pt)["remedy"],
        "Suas integrações > (sua aplicação) > Produção > Credenciais de produção",
    );
    for out in [es, pt] {
        no_english(out, "credentials");
    }
}

#[tokio::test]
async fn pix_key_missing_speaks_each_language() {
    let api = FakeApi::with_account(Account {
        pix: false,
        ..Account::default()
    })
    .await;
    let outs = in_each_language(|| check_json(&api.url()).args(["--only", "pix-key"])).await;
    outs[0].expect_code(1);
    same_shape(&outs);
    let [en, es, pt] = &outs;
    let f = |out: &Output| out.finding("pix-key", "pix-key/missing");
    has(&f(en)["message"], "it has no Pix key registered");
    has(
        &f(es)["message"],
        "no lista `pix` para esta cuenta: no tiene ninguna Clave Pix registrada.",
    );
    has(
        &f(pt)["message"],
        "não lista `pix` para esta conta: ela não tem nenhuma Chave Pix cadastrada.",
    );
    has(
        &f(es)["remedy"],
        "Registra una Clave Pix en la app de Mercado Pago",
    );
    has(
        &f(pt)["remedy"],
        "Cadastre uma Chave Pix no app do Mercado Pago",
    );
    for out in [es, pt] {
        no_english(out, "pix-key");
    }
}

#[tokio::test]
async fn pix_key_outside_brazil_is_skipped_in_each_language() {
    let api = FakeApi::with_account(Account {
        site_id: "MLA",
        ..Account::default()
    })
    .await;
    let outs = in_each_language(|| check_json(&api.url()).args(["--only", "pix-key"])).await;
    same_shape(&outs);
    let [en, es, pt] = &outs;
    assert_eq!(en.check("pix-key")["status"], "skip");
    has(
        &en.check("pix-key")["summary"],
        "Pix exists only in Brazil (MLB); this account is on MLA",
    );
    has(
        &es.check("pix-key")["summary"],
        "Pix existe solo en Brasil (MLB); esta cuenta está en MLA",
    );
    has(
        &pt.check("pix-key")["summary"],
        "O Pix existe só no Brasil (MLB); esta conta está em MLA",
    );
}

#[tokio::test]
async fn reports_without_configuration_or_schedule_speak_each_language() {
    let api = FakeApi::ready().await;
    api.report_unconfigured("settlement_report").await;
    api.report_unscheduled("release_report").await;
    let outs = in_each_language(|| check_json(&api.url()).args(["--only", "reports"])).await;
    same_shape(&outs);
    let [en, es, pt] = &outs;
    assert_eq!(
        en.codes("reports"),
        ["reports/not-configured", "reports/not-scheduled"]
    );
    let conf = |out: &Output| out.finding("reports", "reports/not-configured");
    let sched = |out: &Output| out.finding("reports", "reports/not-scheduled");
    has(
        &conf(en)["message"],
        "The settlement report (account balance) has no configuration",
    );
    has(
        &conf(es)["message"],
        "El reporte de liquidación (Todas las transacciones) no tiene configuración (GET …/config respondió 404)",
    );
    has(
        &conf(pt)["message"],
        "O relatório de Todas as transações (saldo da conta) não tem configuração (GET …/config respondeu 404)",
    );
    has(
        &sched(es)["message"],
        "El reporte de Liberaciones está configurado, pero no programado",
    );
    has(
        &sched(pt)["message"],
        "O relatório de liberação está configurado, mas não programado",
    );
    has(&conf(es)["remedy"], "Configúralo una vez");
    has(&conf(pt)["remedy"], "Configure-o uma vez");
    for out in [es, pt] {
        no_english(out, "reports");
    }
}

#[tokio::test]
async fn reports_that_pass_say_so_in_each_language() {
    let api = FakeApi::ready().await;
    let outs = in_each_language(|| check_json(&api.url()).args(["--only", "reports"])).await;
    same_shape(&outs);
    let [en, es, pt] = &outs;
    assert_eq!(en.check("reports")["status"], "pass");
    has(
        &es.check("reports")["summary"],
        "reportes de liquidación y de Liberaciones accesibles, configurados y programados",
    );
    has(
        &pt.check("reports")["summary"],
        "relatórios de Todas as transações e de liberação acessíveis, configurados e programados",
    );
    for out in [es, pt] {
        no_english(out, "reports");
    }
}

fn write(root: &Path, rel: &str, content: &[u8]) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, content).unwrap();
}

#[tokio::test]
async fn source_secrets_findings_speak_each_language() {
    let dir = tempfile::tempdir().unwrap();
    let r = dir.path().join("repo");
    write(
        &r,
        "src/pay.py",
        format!("ACCESS_TOKEN = \"{TOKEN}\"\n").as_bytes(),
    );
    write(
        &r,
        "config/test.js",
        format!("token: '{TEST_TOKEN}'\n").as_bytes(),
    );
    write(
        &r,
        "src/hook.js",
        format!("secret = '{WEBHOOK_SECRET}'\n").as_bytes(),
    );
    write(&r, ".env", format!("MP_ACCESS_TOKEN={TOKEN}\n").as_bytes());
    write(
        &r,
        "tests/fixture.py",
        format!(
            "t = '{TEST_TOKEN}'  # mp-golive: ignore\nu = '{TEST_TOKEN}'  # mp-golive: ignore\n"
        )
        .as_bytes(),
    );
    let outs = in_each_language(|| {
        mp_golive([
            "check",
            "--only",
            "source-secrets",
            "--format",
            "json",
            "--source-dir",
            "repo",
        ])
        .env("MP_WEBHOOK_SECRET", WEBHOOK_SECRET)
        .cwd(dir.path())
    })
    .await;
    same_shape(&outs);
    let [en, es, pt] = &outs;
    let codes = en.codes("source-secrets");
    for code in [
        "source-secrets/production-token",
        "source-secrets/webhook-secret",
        "source-secrets/test-credentials",
        "source-secrets/env-not-ignored",
        "source-secrets/suppressed",
    ] {
        assert!(codes.iter().any(|c| c == code), "{code}: {codes:?}");
    }
    let f = |out: &Output, code: &str| out.finding("source-secrets", code);
    has(
        &f(en, "source-secrets/suppressed")["message"],
        "2 finding(s) suppressed by `mp-golive: ignore`",
    );
    has(
        &f(es, "source-secrets/suppressed")["message"],
        "2 hallazgos suprimidos por comentarios `mp-golive: ignore` o globs de `allow`.",
    );
    has(
        &f(pt, "source-secrets/suppressed")["message"],
        "2 achados suprimidos por comentários `mp-golive: ignore` ou globs de `allow`.",
    );
    has(
        &f(es, "source-secrets/production-token")["message"],
        ":1 contiene un Access Token de producción (APP_USR-",
    );
    has(
        &f(pt, "source-secrets/webhook-secret")["message"],
        "src/hook.js:1 contém a assinatura secreta dos Webhooks (valor não exibido).",
    );
    has(
        &f(es, "source-secrets/env-not-ignored")["message"],
        ".env asigna un Access Token (línea 1) y .gitignore no lo ignora.",
    );
    has(
        &f(es, "source-secrets/production-token")["remedy"],
        "renueva las credenciales en Tus integraciones > Credenciales de producción",
    );
    has(
        &f(pt, "source-secrets/production-token")["remedy"],
        "renove as credenciais em Suas integrações > Credenciais de produção",
    );
    for out in [es, pt] {
        no_english(out, "source-secrets");
    }
}

#[tokio::test]
async fn a_clean_tree_is_summed_up_in_each_language() {
    let dir = tempfile::tempdir().unwrap();
    let r = dir.path().join("repo");
    write(&r, "README.md", b"shop\n");
    write(
        &r,
        "tests/fixture.py",
        format!("t = '{TEST_TOKEN}'  # mp-golive: ignore\n").as_bytes(),
    );
    let outs = in_each_language(|| {
        mp_golive([
            "check",
            "--only",
            "source-secrets",
            "--format",
            "json",
            "--source-dir",
            "repo",
        ])
        .cwd(dir.path())
    })
    .await;
    same_shape(&outs);
    let [en, es, pt] = &outs;
    assert_eq!(en.check("source-secrets")["status"], "pass");
    has(&en.check("source-secrets")["summary"], "2 files (");
    has(
        &es.check("source-secrets")["summary"],
        "2 archivos analizados (",
    );
    has(
        &pt.check("source-secrets")["summary"],
        "2 arquivos analisados (",
    );
    has(
        &es.finding("source-secrets", "source-secrets/suppressed")["message"],
        "1 hallazgo suprimido por comentarios",
    );
    has(
        &pt.finding("source-secrets", "source-secrets/suppressed")["remedy"],
        "Revise as supressões de tempos em tempos",
    );
    for out in [es, pt] {
        no_english(out, "source-secrets");
    }
}

/// An answer of the API that is not 2xx is told in mp-golive's words of the run's language;
/// Mercado Pago's own words (`forbidden`) are quoted as they came.
#[tokio::test]
async fn api_refusals_are_told_in_each_language() {
    let api = FakeApi::ready().await;
    api.report_list_refused("settlement_report", 403).await;
    let outs = in_each_language(|| check_json(&api.url()).args(["--only", "reports"])).await;
    same_shape(&outs);
    let [en, es, pt] = &outs;
    let f = |out: &Output| out.finding("reports", "reports/no-access");
    has(
        &f(en)["message"],
        "GET /v1/account/settlement_report/list answered HTTP 403 (forbidden)",
    );
    has(
        &f(es)["message"],
        "GET /v1/account/settlement_report/list respondió HTTP 403 (forbidden)",
    );
    has(
        &f(pt)["message"],
        "GET /v1/account/settlement_report/list respondeu HTTP 403 (forbidden)",
    );
    for out in [es, pt] {
        no_english(out, "reports");
    }

    // A gateway's HTML page, retried: the words about it and the attempts are translated.
    let gateway = FakeApi::ready().await;
    gateway.always(html_502()).await;
    let outs = in_each_language(|| credentials_json(&gateway.url())).await;
    same_shape(&outs);
    let [en, es, pt] = &outs;
    let texts = |out: &Output| out.texts("credentials").join("\n");
    assert!(
        texts(en).contains("HTTP 502 with an HTML page instead of JSON (a gateway or proxy answered, not the API) after 3 attempts"),
        "{}",
        texts(en)
    );
    assert!(
        texts(es).contains("HTTP 502 con una página HTML en lugar de JSON (respondió un gateway o un proxy, no la API) tras 3 intentos"),
        "{}",
        texts(es)
    );
    assert!(
        texts(pt).contains("HTTP 502 com uma página HTML em vez de JSON (respondeu um gateway ou um proxy, não a API) após 3 tentativas"),
        "{}",
        texts(pt)
    );
    for out in [es, pt] {
        no_english(out, "credentials");
    }
}
