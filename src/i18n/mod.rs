//! The run's language and the message catalogues (Project Fluent), in English, Spanish and
//! Portuguese. A catalogue is one `.ftl` file per area and language under `src/i18n/<lang>/`,
//! compiled in; Fluent picks plural forms by each language's rules ("1 check", "2 checks").
//! Codes, ids, statuses, severities and JSON keys never go through here: scripts read them.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language mp-golive speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    /// English, the default.
    #[default]
    En,
    /// Neutral Latin-American Spanish, with "tú" as Mercado Pago's docs write.
    Es,
    /// Brazilian Portuguese, with "você".
    Pt,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::Pt];

    /// Its code: `en`, `es` or `pt`, as `--lang` takes it and JSON reports it.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Pt => "pt",
        }
    }

    /// `en`, `es` or `pt`, in any case, with or without a region (`pt-BR`, `es_AR`).
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim();
        let base = s.split(['-', '_']).next().unwrap_or(s);
        Lang::ALL
            .into_iter()
            .find(|l| l.as_str().eq_ignore_ascii_case(base))
    }

    /// The language a POSIX locale value names, when it names one: `es_*` is Spanish,
    /// `pt_*` Portuguese, any other language English. `None` for `C`, `POSIX` and empty
    /// values, which name no language (a CI runner's `C.UTF-8`).
    pub fn from_locale(value: &str) -> Option<Lang> {
        let v = value.trim();
        let name = v.split(['.', '@']).next().unwrap_or(v);
        if name.is_empty() || name.eq_ignore_ascii_case("C") || name.eq_ignore_ascii_case("POSIX") {
            return None;
        }
        let base = name.split(['_', '-']).next().unwrap_or(name);
        Some(match base.to_ascii_lowercase().as_str() {
            "es" => Lang::Es,
            "pt" => Lang::Pt,
            _ => Lang::En,
        })
    }

    /// The language of the process's locale: `LC_ALL`, then `LC_MESSAGES`, then `LANG`, the
    /// first that is set (as POSIX orders them); `None` when it names no language.
    pub fn of_locale(env: &dyn Fn(&str) -> Option<String>) -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(|var| env(var).filter(|v| !v.trim().is_empty()))
            .and_then(|v| Lang::from_locale(&v))
    }
}

/// The catalogue files of a language, by area.
fn sources(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[
            include_str!("en/report.ftl"),
            include_str!("en/common.ftl"),
            include_str!("en/runner.ftl"),
            include_str!("en/describe.ftl"),
            include_str!("en/config.ftl"),
            include_str!("en/webhook.ftl"),
            include_str!("en/credentials.ftl"),
            include_str!("en/checkout-tls.ftl"),
            include_str!("en/checkout-page.ftl"),
            include_str!("en/checkout-security.ftl"),
            include_str!("en/pix-key.ftl"),
            include_str!("en/notifications.ftl"),
            include_str!("en/reports.ftl"),
            include_str!("en/payment-quality.ftl"),
            include_str!("en/payment-approval.ftl"),
            include_str!("en/source-secrets.ftl"),
            include_str!("en/net.ftl"),
            include_str!("en/mcp.ftl"),
        ],
        Lang::Es => &[
            include_str!("es/report.ftl"),
            include_str!("es/common.ftl"),
            include_str!("es/runner.ftl"),
            include_str!("es/describe.ftl"),
            include_str!("es/config.ftl"),
            include_str!("es/webhook.ftl"),
            include_str!("es/credentials.ftl"),
            include_str!("es/checkout-tls.ftl"),
            include_str!("es/checkout-page.ftl"),
            include_str!("es/checkout-security.ftl"),
            include_str!("es/pix-key.ftl"),
            include_str!("es/notifications.ftl"),
            include_str!("es/reports.ftl"),
            include_str!("es/payment-quality.ftl"),
            include_str!("es/payment-approval.ftl"),
            include_str!("es/source-secrets.ftl"),
            include_str!("es/net.ftl"),
            include_str!("es/mcp.ftl"),
        ],
        Lang::Pt => &[
            include_str!("pt/report.ftl"),
            include_str!("pt/common.ftl"),
            include_str!("pt/runner.ftl"),
            include_str!("pt/describe.ftl"),
            include_str!("pt/config.ftl"),
            include_str!("pt/webhook.ftl"),
            include_str!("pt/credentials.ftl"),
            include_str!("pt/checkout-tls.ftl"),
            include_str!("pt/checkout-page.ftl"),
            include_str!("pt/checkout-security.ftl"),
            include_str!("pt/pix-key.ftl"),
            include_str!("pt/notifications.ftl"),
            include_str!("pt/reports.ftl"),
            include_str!("pt/payment-quality.ftl"),
            include_str!("pt/payment-approval.ftl"),
            include_str!("pt/source-secrets.ftl"),
            include_str!("pt/net.ftl"),
            include_str!("pt/mcp.ftl"),
        ],
    }
}

/// The language of the transport layer's words ("connection refused by ..."), set once a
/// command knows its language (`commands::run`, then `config::load` with the file's). They are written deep under the checks, in the shared HTTP
/// client and the probes, where no `Lang` travels; a run speaks one language, so the
/// process holds it. English until set, as in the unit tests.
static TRANSPORT_LANG: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// Sets the language of the transport layer's words for the rest of the process.
pub fn set_transport_lang(lang: Lang) {
    TRANSPORT_LANG.store(lang as u8, std::sync::atomic::Ordering::Relaxed);
}

/// The language of the transport layer's words: the one the command set, else English.
pub fn transport_lang() -> Lang {
    match TRANSPORT_LANG.load(std::sync::atomic::Ordering::Relaxed) {
        1 => Lang::Es,
        2 => Lang::Pt,
        _ => Lang::En,
    }
}

/// The compiled catalogue of `lang`, built once. A catalogue that does not parse is a bug
/// the unit tests catch; its messages then fall back to English, then to their id.
fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    BUNDLES[lang as usize].get_or_init(|| {
        let id = lang
            .as_str()
            .parse()
            .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // No Unicode isolation marks around arguments: they would reach terminals and CI
        // logs as invisible characters.
        bundle.set_use_isolating(false);
        for source in sources(lang) {
            let resource = FluentResource::try_new((*source).to_owned())
                .unwrap_or_else(|(partial, _)| partial);
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

/// The text of message `id` in `lang` with `args`; English when `lang` lacks it, the id
/// itself when English does too (tests hold every catalogue complete).
pub fn text(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    for l in [lang, Lang::En] {
        let b = bundle(l);
        if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return b.format_pattern(pattern, args, &mut errors).into_owned();
        }
    }
    id.to_owned()
}

/// The text of message `id` in `lang` only, without arguments: `None` when `lang`'s
/// catalogue lacks it (English code docs live in the checks' metadata, not here).
pub fn get(lang: Lang, id: &str) -> Option<String> {
    let b = bundle(lang);
    let pattern = b.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(b.format_pattern(pattern, None, &mut errors).into_owned())
}

/// What can say itself in a language: an answer or failure of the Mercado Pago API in
/// mp-golive's own words, which a finding quotes. (A plain string is already in its
/// language.)
pub trait Localized {
    /// The text in `lang`.
    fn text_in(&self, lang: Lang) -> String;
}

impl Localized for str {
    fn text_in(&self, _lang: Lang) -> String {
        self.to_owned()
    }
}

impl Localized for String {
    fn text_in(&self, _lang: Lang) -> String {
        self.clone()
    }
}

/// Builds Fluent arguments from `name => value` pairs; numbers stay numbers, so plural
/// forms are chosen by the value.
pub fn args<'a, const N: usize>(pairs: [(&'a str, FluentValue<'a>); N]) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (k, v) in pairs {
        args.set(k, v);
    }
    args
}

/// `tr!(lang, "id")` or `tr!(lang, "id", name = value, ...)`: the message in the run's
/// language.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:expr) => {
        $crate::i18n::text($lang, $id, None)
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text(
            $lang,
            $id,
            Some(&$crate::i18n::args([$((stringify!($name), ::fluent_bundle::FluentValue::from($value))),+])),
        )
    };
}

/// A Mercado Pago payment site's country, in the run's language, for the report header.
pub fn country(lang: Lang, site: &str) -> Option<String> {
    let id = match site {
        "MLA" => "country-mla",
        "MLB" => "country-mlb",
        "MLM" => "country-mlm",
        "MLC" => "country-mlc",
        "MCO" => "country-mco",
        "MPE" => "country-mpe",
        "MLU" => "country-mlu",
        _ => return None,
    };
    Some(text(lang, id, None))
}

/// The developer site of a Mercado Pago payment site: `www.mercadopago.com.ar` for MLA,
/// `.com.br` MLB, `.com.mx` MLM, `.cl` MLC, `.com.co` MCO, `.com.pe` MPE, `.com.uy` MLU, and
/// `www.mercadopago.com` when the site is unknown.
pub fn docs_host(site: Option<&str>) -> &'static str {
    match site {
        Some("MLA") => "www.mercadopago.com.ar",
        Some("MLB") => "www.mercadopago.com.br",
        Some("MLM") => "www.mercadopago.com.mx",
        Some("MLC") => "www.mercadopago.cl",
        Some("MCO") => "www.mercadopago.com.co",
        Some("MPE") => "www.mercadopago.com.pe",
        Some("MLU") => "www.mercadopago.com.uy",
        _ => "www.mercadopago.com",
    }
}

/// A Mercado Pago developers link moved to the account's country site and the run's
/// language: `https://www.mercadopago.com.br/developers/en/docs/x` becomes
/// `https://www.mercadopago.com.ar/developers/es/docs/x` for MLA in Spanish. Links elsewhere
/// are returned as they are.
pub fn localized_docs_url(url: &str, site: Option<&str>, lang: Lang) -> String {
    let Some(rest) = url.strip_prefix("https://") else {
        return url.to_owned();
    };
    let Some((host, path)) = rest.split_once('/') else {
        return url.to_owned();
    };
    let ours = [
        None,
        Some("MLA"),
        Some("MLB"),
        Some("MLM"),
        Some("MLC"),
        Some("MCO"),
        Some("MPE"),
        Some("MLU"),
    ]
    .into_iter()
    .any(|s| docs_host(s) == host);
    let Some(tail) = path.strip_prefix("developers/") else {
        return url.to_owned();
    };
    let Some((_, page)) = tail
        .split_once('/')
        .filter(|(l, _)| Lang::ALL.iter().any(|x| x.as_str() == *l))
    else {
        return url.to_owned();
    };
    if !ours {
        return url.to_owned();
    }
    format!(
        "https://{}/developers/{}/{page}",
        docs_host(site),
        lang.as_str()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_parse_with_or_without_a_region() {
        assert_eq!(Lang::parse("es"), Some(Lang::Es));
        assert_eq!(Lang::parse("PT-br"), Some(Lang::Pt));
        assert_eq!(Lang::parse("en_US"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse(""), None);
    }

    #[test]
    fn locales_name_a_language_or_none() {
        assert_eq!(Lang::from_locale("es_AR.UTF-8"), Some(Lang::Es));
        assert_eq!(Lang::from_locale("pt_BR.utf8"), Some(Lang::Pt));
        assert_eq!(Lang::from_locale("pt_PT@euro"), Some(Lang::Pt));
        assert_eq!(Lang::from_locale("en_US.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_locale("fr_FR.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_locale("C.UTF-8"), None);
        assert_eq!(Lang::from_locale("POSIX"), None);
        assert_eq!(Lang::from_locale(" "), None);
    }

    #[test]
    fn the_locale_is_read_in_posix_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        let all = env(&[
            ("LC_ALL", "pt_BR.UTF-8"),
            ("LC_MESSAGES", "es_AR"),
            ("LANG", "en_US"),
        ]);
        assert_eq!(Lang::of_locale(&all), Some(Lang::Pt));
        let messages = env(&[("LC_ALL", ""), ("LC_MESSAGES", "es_AR"), ("LANG", "pt_BR")]);
        assert_eq!(Lang::of_locale(&messages), Some(Lang::Es));
        let lang = env(&[("LANG", "es_MX.UTF-8")]);
        assert_eq!(Lang::of_locale(&lang), Some(Lang::Es));
        let c = env(&[("LANG", "C.UTF-8")]);
        assert_eq!(Lang::of_locale(&c), None);
        assert_eq!(Lang::of_locale(&env(&[])), None);
    }

    #[test]
    fn plurals_follow_each_language() {
        let n = |lang, count: usize| tr!(lang, "count-required-checks", count = count);
        assert_eq!(n(Lang::En, 1), "1 required check");
        assert_eq!(n(Lang::En, 2), "2 required checks");
        assert_eq!(n(Lang::Es, 1), "1 verificación obligatoria");
        assert_eq!(n(Lang::Es, 3), "3 verificaciones obligatorias");
        assert_eq!(n(Lang::Pt, 1), "1 verificação obrigatória");
        // Portuguese counts 0 as singular, as CLDR says.
        assert_eq!(n(Lang::Pt, 0), "0 verificação obrigatória");
        assert_eq!(n(Lang::Pt, 2), "2 verificações obrigatórias");
    }

    #[test]
    fn a_missing_message_falls_back_to_english_then_to_its_id() {
        assert_eq!(text(Lang::Es, "no-such-message", None), "no-such-message");
        // English code docs live in the metadata: `get` does not fall back.
        assert_eq!(get(Lang::Es, "label-fix").as_deref(), Some("solución:"));
        assert_eq!(get(Lang::Es, "no-such-message"), None);
        assert_eq!(get(Lang::En, "code-common-api-error-fix"), None);
        assert!(get(Lang::Pt, "code-common-api-error-fix").is_some());
    }

    #[test]
    fn docs_links_go_to_the_country_site_and_the_language() {
        let url = "https://www.mercadopago.com.br/developers/en/docs/checkout-pro/overview";
        assert_eq!(
            localized_docs_url(url, Some("MLA"), Lang::Es),
            "https://www.mercadopago.com.ar/developers/es/docs/checkout-pro/overview"
        );
        assert_eq!(
            localized_docs_url(url, Some("MLB"), Lang::Pt),
            "https://www.mercadopago.com.br/developers/pt/docs/checkout-pro/overview"
        );
        assert_eq!(
            localized_docs_url(url, None, Lang::En),
            "https://www.mercadopago.com/developers/en/docs/checkout-pro/overview"
        );
        for (site, host) in [
            ("MLM", "www.mercadopago.com.mx"),
            ("MLC", "www.mercadopago.cl"),
            ("MCO", "www.mercadopago.com.co"),
            ("MPE", "www.mercadopago.com.pe"),
            ("MLU", "www.mercadopago.com.uy"),
        ] {
            assert!(
                localized_docs_url(url, Some(site), Lang::Es)
                    .starts_with(&format!("https://{host}/developers/es/")),
                "{site}"
            );
        }
        // Other links are left alone.
        for other in [
            "https://github.com/mercadopago/sdk-nodejs",
            "https://www.mercadopago.com.br/ajuda/123",
            "https://www.mercadopago.com.br/developers/panel/app",
            "https://www.mercadopago.com.evil.example/developers/en/docs",
            "http://www.mercadopago.com.br/developers/en/docs",
        ] {
            assert_eq!(localized_docs_url(other, Some("MLA"), Lang::Es), other);
        }
    }

    /// A translation of the checks' metadata (a code's meaning or fix, a check's title,
    /// requirement, section or long description, an option's help): written in English in
    /// the metadata, so in es and pt only.
    fn metadata(id: &str) -> bool {
        id.starts_with("code-") || id.starts_with("meta-") || id.starts_with("option-")
    }

    /// Every message of each catalogue with the variables it uses, from Fluent's own parser.
    fn messages(
        source: &str,
    ) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
        use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
        fn inline(e: &InlineExpression<&str>, vars: &mut std::collections::BTreeSet<String>) {
            match e {
                InlineExpression::VariableReference { id } => {
                    vars.insert(id.name.to_owned());
                }
                InlineExpression::Placeable { expression } => expr(expression, vars),
                InlineExpression::FunctionReference { arguments, .. } => {
                    for a in &arguments.positional {
                        inline(a, vars);
                    }
                }
                _ => {}
            }
        }
        fn expr(e: &Expression<&str>, vars: &mut std::collections::BTreeSet<String>) {
            match e {
                Expression::Inline(i) => inline(i, vars),
                Expression::Select { selector, variants } => {
                    inline(selector, vars);
                    for v in variants {
                        pattern(&v.value, vars);
                    }
                }
            }
        }
        fn pattern(p: &Pattern<&str>, vars: &mut std::collections::BTreeSet<String>) {
            for el in &p.elements {
                if let PatternElement::Placeable { expression } = el {
                    expr(expression, vars);
                }
            }
        }
        let resource = fluent_syntax::parser::parse(source).expect("the catalogue parses");
        resource
            .body
            .iter()
            .filter_map(|e| match e {
                Entry::Message(m) => {
                    let mut vars = std::collections::BTreeSet::new();
                    if let Some(p) = &m.value {
                        pattern(p, &mut vars);
                    }
                    Some((m.id.name.to_owned(), vars))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_catalogue_has_every_message_with_the_same_arguments() {
        for (area, english) in sources(Lang::En).iter().enumerate() {
            // A finding code's meaning and fix (`code-<check>-<reason>-fix`) are written in
            // English in the check's metadata, and translated here: es and pt only.
            let own =
                |m: std::collections::BTreeMap<String, std::collections::BTreeSet<String>>| {
                    m.into_iter()
                        .filter(|(id, _)| !metadata(id))
                        .collect::<std::collections::BTreeMap<_, _>>()
                };
            let codes = |src: &str| {
                messages(src)
                    .into_keys()
                    .filter(|id| metadata(id))
                    .collect::<Vec<_>>()
            };
            let en = own(messages(english));
            assert!(
                codes(english).is_empty(),
                "catalogue {area}: English code docs live in the checks' metadata"
            );
            assert_eq!(
                codes(sources(Lang::Es)[area]),
                codes(sources(Lang::Pt)[area]),
                "catalogue {area}: es and pt translate other codes"
            );
            for lang in [Lang::Es, Lang::Pt] {
                let other = own(messages(sources(lang)[area]));
                let ids = |m: &std::collections::BTreeMap<_, _>| {
                    m.keys().cloned().collect::<Vec<String>>()
                };
                assert_eq!(
                    ids(&en),
                    ids(&other),
                    "{lang:?}, catalogue {area}: message ids differ"
                );
                for (id, vars) in &en {
                    assert_eq!(vars, &other[id], "{lang:?}: `{id}` takes other arguments");
                }
            }
        }
    }

    #[test]
    fn every_site_has_a_country_in_every_language() {
        for lang in Lang::ALL {
            for site in ["MLA", "MLB", "MLM", "MLC", "MCO", "MPE", "MLU"] {
                let c = country(lang, site).unwrap();
                assert!(!c.starts_with("country-"), "{lang:?} {site}");
            }
        }
        assert_eq!(country(Lang::Es, "MLB").as_deref(), Some("Brasil"));
        assert_eq!(country(Lang::En, "XX"), None);
    }
}
