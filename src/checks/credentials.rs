//! `credentials`: production credentials are in use, valid, of a real account, of one
//! application, and activated for production.
//!
//! Facts behind it (`reference/mercadopago-api.md` §1): the token's last segment is the
//! owner's user id and its first numeric segment the application (`client_id`); a test
//! account is one whose `GET /users/me` `tags` has `test_user` (the rule of Mercado Pago's
//! WooCommerce plugin); the application and activation state come from
//! `/plugins-credentials-wrapper/credentials`, which every Mercado Pago plugin calls but
//! which is not publicly documented (medium confidence). When that endpoint does not
//! answer, the public key is validated through the documented `GET /v1/payment_methods`
//! and an `info` finding says what could not be confirmed.

use crate::api::shape::{TokenParts, parse_access_token, parse_public_key};
use crate::api::{Answer, ApiError};
use crate::checks::{CheckMeta, Context, DefaultRequired, Need, api_unavailable};
use crate::i18n::{Lang, Localized};
use crate::report::Outcome;
use crate::secret::redact;
use crate::tr;

/// The `credentials` check.
pub struct Credentials;

finding_codes! {
    /// The finding codes of this check, each with the one severity `explain` documents.
    enum Code in CODES {
        Malformed = ("malformed", Error, "The access token or public key does not have the shape of a Mercado Pago credential (or the two are swapped); the message names the character or part at fault. A malformed token is never sent.", "Copy both again from Mercado Pago Developers > Your integrations > (your application) > Production > Production credentials. The access token looks like APP_USR-<application>-<6 digits>-<hex>-<user id>; the public key like APP_USR-<uuid>. Check the two are not swapped."),
        TestPrefix = ("test-prefix", Error, "A credential starts with TEST-: it is a (legacy) test credential, not a production one.", "Replace it with the production Public Key and Access Token from Mercado Pago Developers > Your integrations > (your application) > Production > Production credentials."),
        TestCredentials = ("test-credentials", Error, "Mercado Pago reports the credential as a test credential (`is_test: true`).", "Use the production credentials from Mercado Pago Developers > Your integrations > (your application) > Production > Production credentials."),
        InvalidToken = ("invalid-token", Error, "Mercado Pago refused the access token (HTTP 401 or 400): it is expired, revoked, mistyped or truncated.", "Copy the Access Token again from Production credentials. If the credentials were renewed, every server and CI secret must get the new token."),
        TestUser = ("test-user", Error, "The access token belongs to a test account (its tags include `test_user`). Test accounts take no real money.", "Use the production credentials of the seller's real Mercado Pago account, not those of a test user created for testing."),
        UserMismatch = ("user-mismatch", Error, "The user id at the end of the access token differs from the account GET /users/me returns: the token is damaged or was edited.", "Copy the Access Token again, whole, from Production credentials."),
        InvalidPublicKey = ("invalid-public-key", Error, "Mercado Pago does not recognise the public key (HTTP 401/403, or cause 1001 \"public key not found\").", "Copy the Public Key from the same Production credentials page as the access token."),
        ApplicationMismatch = ("application-mismatch", Error, "The public key and the access token belong to different applications (`client_id`s), so the card tokens the frontend creates cannot be charged by the backend.", "Use the Public Key and Access Token shown together on one application's Production credentials page."),
        NotActivated = ("not-activated", Error, "Production credentials are not activated (`homologated: false`): live payments are refused, often with cause 7 \"Unauthorized use of live credentials\".", "In Mercado Pago Developers > Your integrations > (your application) > Production credentials, activate the credentials: choose the industry, optionally give the website, accept the terms."),
        SiteMismatch = ("site-mismatch", Error, "The account belongs to another site (country) than the one configured.", "Use credentials of a Mercado Pago account of the country you sell in, or correct `site` (--site, MP_GOLIVE_SITE)."),
        WrapperUnavailable = ("wrapper-unavailable", Info, "The credentials endpoint Mercado Pago's plugins use did not answer as expected, so some facts could not be confirmed; the public key was validated through GET /v1/payment_methods instead.", "Nothing to fix in the integration. Confirm in Production credentials that the credentials are activated and that key and token are shown together."),
    }
}

pub(super) static META: CheckMeta = CheckMeta {
    id: "credentials",
    title: "Production credentials",
    seed_section: "Activar credenciales de producción",
    requirement: "The access token and public key are production credentials of the seller's real account, of one application, activated for production.",
    needs: &[Need::AccessToken, Need::PublicKey],
    default_required: DefaultRequired::Yes,
    docs_url: "https://www.mercadopago.com/developers/en/docs/your-integrations/credentials",
    explain: "\
What it checks
  - The access token and public key are present and shaped like Mercado Pago credentials;
    a TEST- prefix fails (legacy test credentials).
  - GET /users/me answers with the token (401: invalid or expired token).
  - The account is not a test user (`tags` has no `test_user`): since test users also get
    APP_USR- credentials, the prefix alone proves nothing.
  - The token's trailing user id equals the `id` of /users/me.
  - The public key is valid, key and token belong to the same application (`client_id`),
    neither is a test credential (`is_test`), and they are activated for production
    (`homologated`), through /plugins-credentials-wrapper/credentials, the endpoint
    Mercado Pago's own plugins call.
  - The account's site equals `site`, when given.

Why it matters
  Mercado Pago's go-live page starts here: live payments need production credentials,
  activated, of the seller's real account. Test credentials or a test account take no real
  money; a key and token of different applications break card tokenization.

Confidence
  The credentials endpoint is not publicly documented (it is what the WooCommerce,
  PrestaShop and Magento plugins use). If it does not answer, the public key is checked
  through the documented GET /v1/payment_methods?public_key= instead, and an info finding
  says what could not be confirmed (application match, activation). Whether activation is
  still a separate step for new applications is an open question; `homologated: false` is
  what the plugins show as \"activate your credentials\".",
    codes: CODES,
    options: &[],
};

impl_check!(Credentials, META, run);

/// The first character of a token that no Mercado Pago token has, named by code point and
/// position (both safe to show, unlike the token), such as a zero-width space pasted with it.
fn stray_character(lang: Lang, token: &str) -> Option<String> {
    let (i, c) = token
        .chars()
        .enumerate()
        .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))?;
    let name = match c {
        '\u{200b}' => Some("credentials-char-zero-width"),
        '\u{feff}' => Some("credentials-char-bom"),
        '\u{a0}' => Some("credentials-char-nbsp"),
        c if c.is_whitespace() => Some("credentials-char-space"),
        c if c.is_control() => Some("credentials-char-control"),
        _ => None,
    };
    let code = format!("{:04X}", u32::from(c));
    Some(match name {
        Some(name) => tr!(
            lang,
            "credentials-stray-named",
            pos = i + 1,
            code = code,
            name = tr!(lang, name)
        ),
        None => tr!(lang, "credentials-stray", pos = i + 1, code = code),
    })
}

async fn run(ctx: &Context) -> Outcome {
    let mut out = Outcome::default();
    let settings = &ctx.settings;
    let lang = settings.lang;
    let (Some(token), Some(key)) = (&settings.access_token, &settings.public_key) else {
        super::ran_without_input(lang, &META, &mut out);
        return out;
    };

    let token_parts = match parse_access_token(token.expose()) {
        Ok(parts) => Some(parts),
        Err(why) => {
            let why = stray_character(lang, token.expose()).unwrap_or_else(|| why.to_owned());
            out.push(META.finding(
                Code::Malformed,
                tr!(
                    lang,
                    "credentials-malformed-token",
                    token = token.redacted(),
                    why = why
                ),
            ));
            None
        }
    };
    let key_shown = redact(key);
    let key_ok = match parse_public_key(key) {
        Ok(prefix) => {
            if prefix == "TEST" {
                out.push(META.finding(
                    Code::TestPrefix,
                    tr!(
                        lang,
                        "credentials-key-test-prefix",
                        key = key_shown.as_str()
                    ),
                ));
            }
            true
        }
        Err(why) => {
            out.push(META.finding(
                Code::Malformed,
                tr!(
                    lang,
                    "credentials-key-malformed",
                    key = key_shown.as_str(),
                    why = why
                ),
            ));
            false
        }
    };
    // A malformed token is never sent: the API echoes it back in its error message.
    let Some(parts) = token_parts else {
        return out;
    };
    if parts.prefix == "TEST" {
        out.push(META.finding(
            Code::TestPrefix,
            tr!(
                lang,
                "credentials-token-test-prefix",
                token = token.redacted()
            ),
        ));
    }

    let api = &ctx.api;
    let (me, token_app, key_app) = tokio::join!(api.users_me(), api.token_credentials(), async {
        if key_ok {
            Some(api.public_key_credentials(key).await)
        } else {
            None
        }
    });

    check_account(
        lang,
        &mut out,
        me,
        &parts,
        settings.site.map(|s| s.as_str()),
    );

    let mut unconfirmed: Vec<String> = Vec::new();
    let mut wrapper_answer: Option<String> = None;
    let token_client = match token_app {
        Ok(Answer::Ok(app)) => {
            if app.is_test == Some(true) {
                out.push(META.finding(
                    Code::TestCredentials,
                    tr!(lang, "credentials-token-is-test", token = token.redacted()),
                ));
            }
            match app.homologated {
                Some(false) => out.push(META.finding(
                    Code::NotActivated,
                    tr!(
                        lang,
                        "credentials-not-activated",
                        app = app
                            .client_id
                            .as_deref()
                            .or(parts.client_id.as_deref())
                            .unwrap_or("?")
                    ),
                )),
                Some(true) => {}
                None => unconfirmed.push(tr!(lang, "credentials-unconfirmed-activated-no-field")),
            }
            app.client_id.or_else(|| parts.client_id.clone())
        }
        Ok(Answer::Refused(r)) if matches!(r.status, 401 | 403) => {
            if !out.has("credentials/invalid-token") {
                out.push(META.finding(
                    Code::InvalidToken,
                    tr!(
                        lang,
                        "credentials-token-refused",
                        token = token.redacted(),
                        refusal = r.text_in(lang)
                    ),
                ));
            }
            None
        }
        // Rate limits, 5xx and network failures decide nothing: activation stays unknown.
        other if is_transient(&other) => {
            let why = describe_unavailable(lang, &other);
            api_unavailable(
                lang,
                &META,
                &mut out,
                &tr!(lang, "credentials-what-activation"),
                &why,
            );
            parts.client_id.clone()
        }
        other => {
            wrapper_answer = Some(describe_unavailable(lang, &other));
            unconfirmed.push(tr!(lang, "credentials-unconfirmed-activated"));
            parts.client_id.clone()
        }
    };

    if let Some(answer) = key_app {
        match answer {
            Ok(Answer::Ok(app)) => {
                if app.is_test == Some(true) {
                    out.push(META.finding(
                        Code::TestCredentials,
                        tr!(lang, "credentials-key-is-test", key = key_shown.as_str()),
                    ));
                }
                if app.homologated == Some(false) && !out.has("credentials/not-activated") {
                    out.push(META.finding(
                        Code::NotActivated,
                        tr!(
                            lang,
                            "credentials-key-not-activated",
                            key = key_shown.as_str()
                        ),
                    ));
                }
                match (&app.client_id, &token_client) {
                    (Some(k), Some(t)) if k != t => out.push(META.finding(
                        Code::ApplicationMismatch,
                        tr!(
                            lang,
                            "credentials-application-mismatch",
                            key_app = k.as_str(),
                            token_app = t.as_str()
                        ),
                    )),
                    (Some(_), Some(_)) => {}
                    _ => unconfirmed.push(tr!(lang, "credentials-unconfirmed-same-app")),
                }
            }
            Ok(Answer::Refused(r))
                if matches!(r.status, 401 | 403) || (r.status == 400 && r.has_cause("1001")) =>
            {
                out.push(META.finding(
                    Code::InvalidPublicKey,
                    tr!(
                        lang,
                        "credentials-key-unknown",
                        key = key_shown.as_str(),
                        refusal = r.text_in(lang)
                    ),
                ));
            }
            other if is_transient(&other) => {
                let why = describe_unavailable(lang, &other);
                api_unavailable(
                    lang,
                    &META,
                    &mut out,
                    &tr!(lang, "credentials-what-key-app"),
                    &why,
                );
            }
            other => {
                wrapper_answer.get_or_insert_with(|| describe_unavailable(lang, &other));
                unconfirmed.push(tr!(lang, "credentials-unconfirmed-same-app"));
                validate_key_fallback(
                    lang,
                    &mut out,
                    api.payment_methods_for_key(key).await,
                    &key_shown,
                );
            }
        }
    }

    unconfirmed.dedup();
    let facts = unconfirmed.join(&format!(", {} ", tr!(lang, "credentials-nor")));
    if let Some(answer) = wrapper_answer
        && !unconfirmed.is_empty()
    {
        out.push(META.finding(
            Code::WrapperUnavailable,
            tr!(
                lang,
                "credentials-wrapper-unexpected",
                answer = answer,
                facts = facts
            ),
        ));
    } else if !unconfirmed.is_empty() {
        out.push(META.finding(
            Code::WrapperUnavailable,
            tr!(lang, "credentials-could-not-confirm", facts = facts),
        ));
    }

    if let Some(user) = ctx.api.cached_user() {
        let nickname = match user.nickname.as_deref() {
            Some(n) => n.to_owned(),
            None => tr!(lang, "credentials-the-account"),
        };
        out.summary = Some(tr!(
            lang,
            "credentials-summary",
            prefix = parts.prefix,
            nickname = nickname,
            user = user.id.as_str(),
            site = user
                .site_id
                .as_deref()
                .map(|s| format!(", {s}"))
                .unwrap_or_default(),
            app = token_client
                .map(|c| tr!(lang, "credentials-summary-app", app = c))
                .unwrap_or_default(),
        ));
    }
    out
}

fn check_account(
    lang: Lang,
    out: &mut Outcome,
    me: Result<Answer<crate::api::models::User>, ApiError>,
    parts: &TokenParts,
    site: Option<&str>,
) {
    match me {
        Ok(Answer::Ok(user)) => {
            if user.is_test_user() {
                let nickname = match user.nickname.as_deref() {
                    Some(n) => n.to_owned(),
                    None => tr!(lang, "credentials-no-nickname"),
                };
                out.push(META.finding(
                    Code::TestUser,
                    tr!(
                        lang,
                        "credentials-test-account",
                        nickname = nickname,
                        user = user.id.as_str(),
                        tags = user.tags.join(", ")
                    ),
                ));
            }
            if user.id != parts.user_id {
                out.push(META.finding(
                    Code::UserMismatch,
                    tr!(
                        lang,
                        "credentials-user-mismatch",
                        token_user = parts.user_id.as_str(),
                        user = user.id.as_str()
                    ),
                ));
            }
            if let (Some(want), Some(got)) = (site, user.site_id.as_deref())
                && !want.eq_ignore_ascii_case(got)
            {
                out.push(META.finding(
                    Code::SiteMismatch,
                    tr!(lang, "credentials-site-mismatch", got = got, want = want),
                ));
            }
        }
        Ok(Answer::Refused(r)) if matches!(r.status, 400 | 401 | 403) => {
            out.push(META.finding(
                Code::InvalidToken,
                tr!(lang, "credentials-refused", refusal = r.text_in(lang)),
            ));
        }
        Ok(Answer::Refused(r)) => {
            api_unavailable(lang, &META, out, &tr!(lang, "credentials-what-account"), &r)
        }
        Err(e) => api_unavailable(lang, &META, out, &tr!(lang, "credentials-what-account"), &e),
    }
}

fn validate_key_fallback(
    lang: Lang,
    out: &mut Outcome,
    answer: Result<Answer<serde_json::Value>, ApiError>,
    key_shown: &str,
) {
    match answer {
        Ok(Answer::Ok(_)) => {}
        Ok(Answer::Refused(r))
            if !r.is_transient()
                && (matches!(r.status, 401 | 403 | 404)
                    || r.has_cause("1001")
                    || r.status == 400) =>
        {
            out.push(META.finding(
                Code::InvalidPublicKey,
                tr!(
                    lang,
                    "credentials-key-unknown",
                    key = key_shown,
                    refusal = r.text_in(lang)
                ),
            ));
        }
        Ok(Answer::Refused(r)) => api_unavailable(
            lang,
            &META,
            out,
            &tr!(lang, "credentials-what-validate-key"),
            &r,
        ),
        Err(e) => api_unavailable(
            lang,
            &META,
            out,
            &tr!(lang, "credentials-what-validate-key"),
            &e,
        ),
    }
}

/// Rate limits, server errors and network failures: the endpoint exists but said nothing.
fn is_transient<T>(answer: &Result<Answer<T>, ApiError>) -> bool {
    match answer {
        Ok(Answer::Refused(r)) => r.is_transient(),
        Err(ApiError::Transport { .. }) => true,
        _ => false,
    }
}

fn describe_unavailable<T>(lang: Lang, answer: &Result<Answer<T>, ApiError>) -> String {
    match answer {
        Ok(Answer::Refused(r)) => r.describe_in(lang),
        Err(e) => e.text_in(lang),
        Ok(Answer::Ok(_)) => tr!(lang, "credentials-unexpected-answer"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Refusal;

    #[test]
    fn tokens_parse_leniently() {
        let t = parse_access_token(
            "APP_USR-1234567890123456-112609-0123456789abcdef0123456789abcdef-987654321",
        )
        .unwrap();
        assert_eq!(t.prefix, "APP_USR");
        assert_eq!(t.client_id.as_deref(), Some("1234567890123456"));
        assert_eq!(t.user_id, "987654321");
        let t = parse_access_token(
            "TEST-1234567890123456-112609-0123456789abcdef0123456789abcdef__G_C__-U987",
        )
        .unwrap();
        assert_eq!((t.prefix, t.user_id.as_str()), ("TEST", "987"));
        assert!(parse_access_token("sk_live_123").is_err());
        assert!(parse_access_token("APP_USR-123-abc").is_err());
        assert!(parse_access_token("APP_USR-1-2-3 4").is_err());
        assert!(parse_access_token("APP_USR-1234567890-112609-abcdef").is_err());
        let swapped = parse_access_token("APP_USR-0a1b2c3d-1111-2222-3333-444455556666");
        assert!(swapped.unwrap_err().contains("swapped"));
    }

    #[test]
    fn public_keys_are_prefix_and_uuid() {
        assert_eq!(
            parse_public_key("APP_USR-0a1b2c3d-1111-2222-3333-444455556666"),
            Ok("APP_USR")
        );
        assert_eq!(
            parse_public_key("TEST-0a1b2c3d-1111-2222-3333-444455556666"),
            Ok("TEST")
        );
        assert!(parse_public_key("APP_USR-0a1b2c3d").is_err());
        let swapped = parse_public_key(
            "APP_USR-1234567890123456-112609-0123456789abcdef0123456789abcdef-987654321",
        );
        assert!(swapped.unwrap_err().contains("swapped"));
    }

    use crate::api::models::User;

    fn refusal(status: u16, causes: &[&str]) -> Refusal {
        Refusal {
            endpoint: "GET /v1/payment_methods".into(),
            status,
            message: Some("refused".into()),
            error: None,
            causes: causes
                .iter()
                .map(|c| ((*c).to_owned(), String::new()))
                .collect(),
            html: false,
            attempts: 1,
        }
    }

    fn user(id: &str, nickname: &str, site: Option<&str>, tags: &[&str]) -> User {
        User {
            id: id.into(),
            nickname: Some(nickname.into()),
            site_id: site.map(Into::into),
            tags: tags.iter().map(|t| (*t).to_owned()).collect(),
        }
    }

    fn parts() -> TokenParts {
        parse_access_token(
            "APP_USR-1234567890123456-112609-0123456789abcdef0123456789abcdef-987654321",
        )
        .unwrap()
    }

    fn codes(out: &Outcome) -> Vec<&str> {
        out.findings.iter().map(|f| f.code.as_str()).collect()
    }

    fn account(me: Result<Answer<User>, ApiError>, site: Option<&str>) -> Outcome {
        let mut out = Outcome::default();
        check_account(Lang::En, &mut out, me, &parts(), site);
        out
    }

    #[test]
    fn a_test_user_is_known_by_its_tags_not_its_nickname() {
        // Mercado Pago's rule is the `test_user` tag; a nickname proves nothing either way.
        let disguised = account(
            Ok(Answer::Ok(user(
                "987654321",
                "MYSHOP",
                Some("MLB"),
                &["test_user"],
            ))),
            None,
        );
        assert_eq!(codes(&disguised), ["credentials/test-user"]);
        assert!(
            disguised.findings[0].message.contains("MYSHOP"),
            "{:?}",
            disguised.findings
        );
        let real = account(
            Ok(Answer::Ok(user(
                "987654321",
                "TESTUSER987654321",
                Some("MLB"),
                &["normal"],
            ))),
            None,
        );
        assert_eq!(codes(&real), Vec::<&str>::new());
        assert_eq!(real.status(), crate::report::Status::Pass);
    }

    #[test]
    fn the_account_must_be_the_tokens_and_on_the_site() {
        let other = account(
            Ok(Answer::Ok(user("111", "MYSHOP", Some("MLB"), &[]))),
            Some("MLB"),
        );
        assert_eq!(codes(&other), ["credentials/user-mismatch"]);
        let abroad = account(
            Ok(Answer::Ok(user("987654321", "MYSHOP", Some("MLA"), &[]))),
            Some("mlb"),
        );
        assert_eq!(codes(&abroad), ["credentials/site-mismatch"]);
        let same_site = account(
            Ok(Answer::Ok(user("987654321", "MYSHOP", Some("mlb"), &[]))),
            Some("MLB"),
        );
        assert!(same_site.findings.is_empty());
        let no_site = account(
            Ok(Answer::Ok(user("987654321", "MYSHOP", None, &[]))),
            Some("MLB"),
        );
        assert!(no_site.findings.is_empty());
    }

    #[test]
    fn a_refused_token_is_invalid_but_an_unavailable_api_decides_nothing() {
        for status in [400, 401, 403] {
            let out = account(Ok(Answer::Refused(refusal(status, &[]))), None);
            assert_eq!(codes(&out), ["credentials/invalid-token"], "{status}");
            assert!(out.undetermined.is_none());
        }
        for status in [404, 429, 500] {
            let out = account(Ok(Answer::Refused(refusal(status, &[]))), None);
            assert_eq!(codes(&out), ["credentials/api-error"], "{status}");
            assert!(out.undetermined.is_some());
        }
        let out = account(Err(transport()), None);
        assert_eq!(codes(&out), ["credentials/api-error"]);
        assert!(out.undetermined.is_some());
    }

    fn transport() -> ApiError {
        ApiError::Transport {
            endpoint: "GET /users/me".into(),
            reason: "connection refused".into(),
        }
    }

    fn fallback(answer: Result<Answer<serde_json::Value>, ApiError>) -> Outcome {
        let mut out = Outcome::default();
        validate_key_fallback(Lang::En, &mut out, answer, "APP_USR-…6666");
        out
    }

    #[test]
    fn the_fallback_rejects_only_a_key_mercado_pago_does_not_know() {
        assert!(
            fallback(Ok(Answer::Ok(serde_json::json!([]))))
                .findings
                .is_empty()
        );
        for (status, causes) in [
            (400, &[][..]),
            (400, &["1001"][..]),
            (401, &[]),
            (403, &[]),
            (404, &[]),
            (409, &["1001"]),
        ] {
            let out = fallback(Ok(Answer::Refused(refusal(status, causes))));
            assert_eq!(
                codes(&out),
                ["credentials/invalid-public-key"],
                "{status} {causes:?}"
            );
            assert!(out.findings[0].message.contains("APP_USR-…6666"));
        }
        for (status, causes) in [(409, &[][..]), (429, &[]), (500, &["1001"]), (503, &[])] {
            let out = fallback(Ok(Answer::Refused(refusal(status, causes))));
            assert_eq!(
                codes(&out),
                ["credentials/api-error"],
                "{status} {causes:?}"
            );
        }
        assert_eq!(
            codes(&fallback(Err(transport()))),
            ["credentials/api-error"]
        );
    }

    #[test]
    fn only_rate_limits_server_errors_and_transport_failures_are_transient() {
        let refused =
            |status| -> Result<Answer<()>, ApiError> { Ok(Answer::Refused(refusal(status, &[]))) };
        assert!(is_transient(&refused(429)));
        assert!(is_transient(&refused(502)));
        assert!(!is_transient(&refused(404)));
        assert!(!is_transient(&refused(401)));
        assert!(is_transient::<()>(&Err(transport())));
        assert!(!is_transient::<()>(&Err(ApiError::Decode {
            endpoint: "GET /x".into(),
            detail: "not JSON".into(),
        })));
        assert!(!is_transient(&Ok(Answer::Ok(()))));
    }

    #[test]
    fn unavailable_answers_are_described() {
        assert_eq!(
            describe_unavailable::<()>(Lang::En, &Ok(Answer::Refused(refusal(404, &[])))),
            "HTTP 404 (refused)"
        );
        assert_eq!(
            describe_unavailable::<()>(Lang::En, &Err(transport())),
            "GET /users/me: connection refused"
        );
        assert_eq!(
            describe_unavailable(Lang::En, &Ok(Answer::Ok(()))),
            "an unexpected answer"
        );
    }

    #[test]
    fn token_shapes_at_the_edges() {
        // Three parts are enough; a short or non-numeric first part is no application.
        let t = parse_access_token("APP_USR-1234567-abc-987").unwrap();
        assert_eq!(
            (t.client_id.as_deref(), t.user_id.as_str()),
            (Some("1234567"), "987")
        );
        assert_eq!(
            parse_access_token("APP_USR-12345-abc-987")
                .unwrap()
                .client_id,
            None
        );
        assert_eq!(
            parse_access_token("APP_USR-abcdefgh-abc-987")
                .unwrap()
                .client_id,
            None
        );
        assert_eq!(
            parse_access_token("APP_USR-123-abc"),
            Err("it has too few `-`-separated parts")
        );
        assert_eq!(
            parse_access_token("APP_USR-1234567890-112609-abcdef"),
            Err("it does not end with the account's user id")
        );
        assert_eq!(
            parse_access_token("APP_USR-1234567890-112609-U98x7"),
            Err("it does not end with the account's user id")
        );
        assert_eq!(
            parse_access_token("sk_live-1234567890-112609-987"),
            Err("it does not start with APP_USR- or TEST-")
        );
        // Hex groups of the wrong lengths are not a UUID.
        assert!(parse_public_key("APP_USR-0a1b2c3-11111-2222-3333-444455556666").is_err());
        assert!(parse_public_key("APP_USR-0a1b2c3d-1111-2222-3333-44445555666g").is_err());
        assert!(parse_public_key("APP_USR-0a1b2c3d-1111-2222").is_err());
    }
}
