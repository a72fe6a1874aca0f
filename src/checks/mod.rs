//! The checks: the [`Check`] trait, the metadata every check declares next to its logic, and
//! the registry in seed order. One file per check id.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use crate::api::ApiClient;
use crate::config::Settings;
use crate::i18n::Lang;
use crate::net::NetOptions;
use crate::net::probe::ProbeClient;
use crate::report::{Finding, Outcome, Severity};
use crate::tr;

/// Declares finding codes: an enum whose variants each stand for one documented code (its
/// kebab-case reason, its one severity, its meaning and fix), the table of their
/// documentation in declaration order, and [`FindingCode`] for the enum. A misspelt code is
/// then a compile error, and a code cannot be raised with another severity than the one
/// `explain` documents.
macro_rules! finding_codes {
    ($(#[$attr:meta])* $vis:vis enum $name:ident in $table:ident {
        $($variant:ident = ($reason:literal, $severity:ident, $meaning:literal, $fix:literal)),* $(,)?
    }) => {
        $(#[$attr])*
        // A check's own version of a common code (`notifications/api-error`) is raised
        // through the common variant; that every code is produced is the job of the
        // integration test `codes::every_documented_code_is_expected_by_a_test`.
        #[allow(dead_code)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        $vis enum $name {
            $(#[doc = $meaning] $variant,)*
        }

        /// The documentation of every code of the enum, in declaration order.
        $vis static $table: &[$crate::checks::CodeDoc] = &[
            $($crate::checks::CodeDoc {
                reason: $reason,
                severity: $crate::report::Severity::$severity,
                meaning: $meaning,
                fix: $fix,
            },)*
        ];

        impl $name {
            /// The code's documentation: reason, severity, meaning, fix.
            #[allow(dead_code)]
            $vis fn doc(self) -> &'static $crate::checks::CodeDoc {
                &$table[self as usize]
            }
        }

        impl $crate::checks::FindingCode for $name {
            fn doc(self) -> &'static $crate::checks::CodeDoc {
                &$table[self as usize]
            }
        }
    };
}

/// Implements [`Check`] for a check's unit struct from its `META` and its `run` function
/// (and, when it has options to validate, its validation function): the same few lines for
/// every check, written once.
macro_rules! impl_check {
    ($check:ty, $meta:path, $run:path $(, options = $options:ty)?) => {
        impl $crate::checks::Check for $check {
            fn meta(&self) -> &'static $crate::checks::CheckMeta {
                &$meta
            }

            fn run<'a>(
                &'a self,
                ctx: &'a $crate::checks::Context,
            ) -> $crate::checks::BoxFuture<'a, $crate::report::Outcome> {
                Box::pin($run(ctx))
            }

            $(
                fn options(
                    &self,
                    table: &toml::Table,
                    lang: $crate::i18n::Lang,
                ) -> Result<$crate::checks::AnyOptions, String> {
                    let mut options: $options = $crate::checks::typed_options(&$meta, table)?;
                    $crate::checks::CheckOptions::prepare(&mut options, lang)?;
                    Ok(std::sync::Arc::new(options))
                }

                fn before_check(
                    &self,
                    options: &$crate::checks::AnyOptions,
                    lang: $crate::i18n::Lang,
                ) -> Result<(), String> {
                    // The selection holds what `options` above made; another type is a bug,
                    // and refusing the run says so rather than skipping the refusal.
                    match options.downcast_ref::<$options>() {
                        Some(o) => $crate::checks::CheckOptions::before_check(o, lang),
                        None => Err(format!(
                            "internal error: the options of `{}` are not its own",
                            $meta.id
                        )),
                    }
                }
            )?
        }
    };
}

mod checkout_page;
pub mod checkout_security;
mod checkout_tls;
mod credentials;
mod evidence;
mod notifications;
mod official;
mod order;
mod order_quality;
mod payment;
mod payment_approval;
mod payment_quality;
mod pix_key;
pub mod quality_items;
mod reports;
mod selection;
mod source_secrets;

pub use checkout_page::CheckoutPage;
pub use checkout_security::CheckoutSecurity;
pub use checkout_tls::CheckoutTls;
pub use credentials::Credentials;
pub use notifications::Notifications;
pub use payment_approval::PaymentApproval;
pub use payment_quality::PaymentQuality;
pub use pix_key::PixKey;
pub use reports::Reports;
pub use selection::{SelectedCheck, before_check, select, unknown_check};
pub use source_secrets::SourceSecrets;

/// A boxed future, so checks can sit behind `dyn Check` in a static registry.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Every registered check, in the order of Mercado Pago's go-live page.
pub static ALL: &[&dyn Check] = &[
    &Credentials,
    &CheckoutTls,
    &CheckoutPage,
    &PixKey,
    &Notifications,
    &Reports,
    &PaymentQuality,
    &PaymentApproval,
    &SourceSecrets,
    &CheckoutSecurity,
];

/// Looks a check up by id.
pub fn find(id: &str) -> Option<&'static dyn Check> {
    ALL.iter().copied().find(|c| c.meta().id == id)
}

/// The ids of every registered check, for error messages.
pub fn ids() -> Vec<&'static str> {
    ALL.iter().map(|c| c.meta().id).collect()
}

/// One go-live requirement, verified from the outside.
pub trait Check: Send + Sync {
    /// What the check is, declared once next to its logic.
    fn meta(&self) -> &'static CheckMeta;

    /// Runs the check. Returns data, never panics, never prints: an unmet requirement is a
    /// failing finding, an unanswerable one is [`Outcome::undetermined`].
    fn run<'a>(&'a self, ctx: &'a Context) -> BoxFuture<'a, Outcome>;

    /// The check's typed options from its own `[checks.<id>]` keys (their types the config
    /// layer has checked), parsed and validated once, before any network call; the check
    /// reads them back with [`Context::options`]. The error names the key, in `lang`.
    fn options(&self, _table: &toml::Table, _lang: Lang) -> Result<AnyOptions, String> {
        Ok(Arc::new(()))
    }

    /// [`CheckOptions::before_check`] of `options` (those [`Check::options`] made).
    fn before_check(&self, _options: &AnyOptions, _lang: Lang) -> Result<(), String> {
        Ok(())
    }
}

/// A check's parsed options, as the selection holds them.
pub type AnyOptions = Arc<dyn std::any::Any + Send + Sync>;

/// A check's own options: a struct deserialized from its `[checks.<id>]` table over the
/// defaults its [`OptionDoc`]s declare, so each default is written once, where `explain`,
/// `init` and README read it.
pub trait CheckOptions: serde::de::DeserializeOwned + Send + Sync + 'static {
    /// Checks the values together and builds what is derived from them (compiled globs),
    /// once. The error names the key, and is in `lang`: it is shown as a configuration
    /// error.
    fn prepare(&mut self, _lang: Lang) -> Result<(), String> {
        Ok(())
    }

    /// Refuses, before `check` sends anything, what `check` alone cannot go on with (a
    /// baseline given but missing: comparing with nothing would pass what was not
    /// verified). Other commands reading the same options are not asked: `baseline` may be
    /// about to write that file. The error is in `lang`, shown as a usage error (exit 2).
    fn before_check(&self, _lang: Lang) -> Result<(), String> {
        Ok(())
    }
}

/// The options of `meta`'s check in this run: those parsed at validation, or (for a context
/// built without a selection) its documented defaults, which a unit test holds parseable.
pub fn options_of<T: CheckOptions>(ctx: &Context, meta: &CheckMeta) -> Arc<T> {
    ctx.options::<T>(meta.id).unwrap_or_else(|| {
        // A panic here is a bug; the runner reports it as `<id>/internal-error`.
        Arc::new(typed_options(meta, &toml::Table::new()).expect("documented defaults parse"))
    })
}

/// `table` over the defaults of `meta`'s options, deserialized as `T`.
pub fn typed_options<T: serde::de::DeserializeOwned>(
    meta: &CheckMeta,
    table: &toml::Table,
) -> Result<T, String> {
    let mut merged = toml::Table::new();
    for o in meta.options {
        // A default is TOML text (`30`, `[]`), read as the value of a key.
        let value = format!("v = {}", o.default)
            .parse::<toml::Table>()
            .ok()
            .and_then(|mut t| t.remove("v"))
            .ok_or_else(|| {
                format!(
                    "{}: the documented default `{}` is not TOML",
                    o.key, o.default
                )
            })?;
        merged.insert(o.key.to_owned(), value);
    }
    merged.extend(table.iter().map(|(k, v)| (k.clone(), v.clone())));
    T::deserialize(toml::Value::Table(merged)).map_err(|e| e.message().to_owned())
}

/// What a check may use: the validated settings and the shared API client.
pub struct Context {
    /// Validated settings of this run.
    pub settings: Arc<Settings>,
    /// The checks of this run, in registry order, with their options.
    pub checks: Vec<SelectedCheck>,
    /// The connection options every probe of the merchant's hosts uses.
    pub net: NetOptions,
    /// The one authenticated Mercado Pago client, with the per-run cache.
    pub api: ApiClient,
    /// The unauthenticated client for the merchant's own URLs, with its page cache.
    pub probe: ProbeClient,
    /// Mercado Pago's MCP server, only with `--official` (else `None`: nothing is sent).
    pub mcp: Option<crate::mcp::McpClient>,
    /// Side effects in flight (a created Pix payment not yet cancelled), keyed by a name the
    /// check chooses. If the run is cut short, the runner reports what is still here.
    pub pending: std::sync::Mutex<std::collections::BTreeMap<String, Pending>>,
}

/// Something a check changed in production and has not undone yet.
#[derive(Debug, Clone)]
pub struct Pending {
    /// The check that made the change.
    pub check: &'static str,
    /// The finding code to report if the run ends before it is undone.
    pub reason: &'static CodeDoc,
    /// What exists and how to undo it by hand.
    pub message: String,
}

impl Context {
    /// A context with nothing pending.
    pub fn new(
        settings: Arc<Settings>,
        checks: Vec<SelectedCheck>,
        net: NetOptions,
        api: ApiClient,
        probe: ProbeClient,
    ) -> Self {
        Context {
            settings,
            checks,
            net,
            api,
            probe,
            mcp: None,
            pending: Default::default(),
        }
    }

    /// The same context with Mercado Pago's MCP server to ask (`--official`).
    pub fn with_mcp(mut self, mcp: crate::mcp::McpClient) -> Self {
        self.mcp = Some(mcp);
        self
    }

    /// The parsed options of check `id` (see [`Check::options`]); `None` only when `T` is
    /// not that check's options type or the check is not selected.
    pub fn options<T: Send + Sync + 'static>(&self, id: &str) -> Option<Arc<T>> {
        selection::options_in(&self.checks, id)
    }

    /// Records (or updates) a change that must still be undone.
    pub fn pending_set(&self, key: &str, pending: Pending) {
        if let Ok(mut map) = self.pending.lock() {
            map.insert(key.to_owned(), pending);
        }
    }

    /// The change was undone, or turned out not to exist.
    pub fn pending_clear(&self, key: &str) {
        if let Ok(mut map) = self.pending.lock() {
            map.remove(key);
        }
    }

    /// What `check` left pending.
    pub fn pending_of(&self, check: &str) -> Vec<Pending> {
        self.pending
            .lock()
            .map(|m| m.values().filter(|p| p.check == check).cloned().collect())
            .unwrap_or_default()
    }
}

/// An input a check cannot run without.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// The access token.
    AccessToken,
    /// The public key.
    PublicKey,
    /// The checkout page URL.
    CheckoutUrl,
    /// A Webhooks or IPN URL.
    NotificationUrl,
    /// A production payment id or order id (either is enough; both are evaluated).
    PaymentOrOrder,
}

impl Need {
    /// Its short name in `lang`, as `list` shows it.
    pub fn name_in(self, lang: Lang) -> String {
        tr!(lang, self.message_id("name"))
    }

    /// How to give it, in `lang`.
    pub fn how_in(self, lang: Lang) -> String {
        tr!(lang, self.message_id("how"))
    }

    fn message_id(self, what: &str) -> &'static str {
        match (self, what) {
            (Need::AccessToken, "name") => "need-access-token",
            (Need::PublicKey, "name") => "need-public-key",
            (Need::CheckoutUrl, "name") => "need-checkout-url",
            (Need::NotificationUrl, "name") => "need-notification-url",
            (Need::PaymentOrOrder, "name") => "need-payment-or-order",
            (Need::AccessToken, _) => "need-access-token-how",
            (Need::PublicKey, _) => "need-public-key-how",
            (Need::CheckoutUrl, _) => "need-checkout-url-how",
            (Need::NotificationUrl, _) => "need-notification-url-how",
            (Need::PaymentOrOrder, _) => "need-payment-or-order-how",
        }
    }

    /// Whether this run was given it.
    pub fn given(self, settings: &Settings) -> bool {
        match self {
            Need::AccessToken => settings.access_token.is_some(),
            Need::PublicKey => settings.public_key.is_some(),
            Need::CheckoutUrl => settings.checkout_url.is_some(),
            // The payment's notification_url stands in when no URL is given.
            Need::NotificationUrl => {
                settings.webhook_url.is_some()
                    || settings.ipn_url.is_some()
                    || (settings.payment_id.is_some() && settings.access_token.is_some())
            }
            Need::PaymentOrOrder => settings.payment_id.is_some() || settings.order_id.is_some(),
        }
    }
}

/// Whether a check gates the verdict when its config does not say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DefaultRequired {
    /// Always required.
    Yes,
    /// Advisory unless `required = true`.
    No,
    /// Required on this site only.
    OnSite(&'static str),
}

/// A finding code: a variant of a check's `Code` enum or of [`Common`], or the
/// documentation it stands for.
pub trait FindingCode: Copy {
    /// Its documentation: reason, severity, meaning, fix.
    fn doc(self) -> &'static CodeDoc;
}

impl FindingCode for &'static CodeDoc {
    fn doc(self) -> &'static CodeDoc {
        self
    }
}

/// A finding code a check can produce, documented where it is produced.
#[derive(Debug)]
pub struct CodeDoc {
    /// The part after `<check-id>/`.
    pub reason: &'static str,
    /// Its severity.
    pub severity: Severity,
    /// What it means.
    pub meaning: &'static str,
    /// How to fix it.
    pub fix: &'static str,
}

finding_codes! {
    /// Codes every check can produce, documented once.
    pub enum Common in COMMON_CODES {
        NotConfigured = ("not-configured", Error, "An input the check needs (named in the message) was not given, so readiness is unknown (unknown is not ready).", "Give the input named in the message, or turn the check off with `enabled = false` in its [checks.<id>] table."),
        InputMissing = ("input-missing", Error, "An input the check needs was not given, so readiness is unknown (unknown is not ready). Used instead of `not-configured` by a check whose own `not-configured` means something else (reports: a report with no configuration).", "Give the input named in the message, or turn the check off with `enabled = false` in its [checks.<id>] table."),
        ApiError = ("api-error", Info, "The Mercado Pago API could not be asked (network, timeout, rate limit, 5xx or an unexpected answer); the check is `error`, not `pass`.", "Run again later; with -v the requests and answers are logged. Nothing is wrong with the integration until proven."),
        TokenMalformed = ("token-malformed", Error, "The access token is malformed (the credentials check says how), so this check could not run: a malformed token is never sent, because the API echoes what it refuses.", "Fix the access token as `credentials/malformed` says: copy the production access token again from Your integrations > Credentials, into a file of its own or MP_ACCESS_TOKEN."),
        InternalError = ("internal-error", Info, "The check stopped in a way mp-golive did not plan for (a bug); the check is `error`, not `pass`.", "Run again with -vv and report the output at the project's issue tracker."),
        Interrupted = ("interrupted", Info, "The run was stopped by a signal (Ctrl-C, SIGTERM as CI runners cancel a job, or SIGHUP) before the check finished; the check is `error`, not `pass`.", "Nothing to fix in the integration: run mp-golive again and let it finish."),
        Deadline = ("deadline", Info, "The check had not finished when the run's deadline (`--deadline`) passed; the check is `error`, not `pass`.", "Raise --deadline, or find out why a server is slow with -v."),
    }
}

/// A check-specific key of its `[checks.<id>]` table.
#[derive(Debug)]
pub struct OptionDoc {
    /// The key.
    pub key: &'static str,
    /// Its type.
    pub kind: OptionKind,
    /// The default, as TOML.
    pub default: &'static str,
    /// What it does.
    pub help: &'static str,
}

/// The type of a check option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionKind {
    /// A non-negative integer.
    Integer,
    /// A TCP port, 1 to 65535.
    Port,
    /// true or false.
    Bool,
    /// A string.
    String,
    /// A list of strings.
    StringList,
}

/// Everything about a check except its logic: the source of `list`, `explain`, docs links
/// and the finding codes.
#[derive(Debug)]
pub struct CheckMeta {
    /// Stable kebab-case id.
    pub id: &'static str,
    /// Short title.
    pub title: &'static str,
    /// The section of Mercado Pago's go-live page it maps to.
    pub seed_section: &'static str,
    /// The one sentence that defines "ready".
    pub requirement: &'static str,
    /// Inputs it cannot run without.
    pub needs: &'static [Need],
    /// Whether it gates the verdict by default.
    pub default_required: DefaultRequired,
    /// Where Mercado Pago documents the requirement.
    pub docs_url: &'static str,
    /// What it checks and why, as `explain` prints it.
    pub explain: &'static str,
    /// Its own finding codes.
    pub codes: &'static [CodeDoc],
    /// Its own `[checks.<id>]` keys, besides `enabled` and `required`.
    pub options: &'static [OptionDoc],
}

impl CheckMeta {
    /// Every code of this check, its own first; a common code the check documents itself
    /// (DESIGN names `reports/not-configured` for a missing report configuration) is
    /// listed once, as the check documents it.
    pub fn all_codes(&self) -> impl Iterator<Item = &'static CodeDoc> + use<> {
        let own: &'static [CodeDoc] = self.codes;
        // `api-error` only concerns checks that ask the Mercado Pago API.
        let uses_api = self.needs.contains(&Need::AccessToken);
        let has_needs = !self.needs.is_empty();
        let id = self.id;
        let own_missing_input = self.missing_input_code() == Common::InputMissing;
        own.iter().chain(
            COMMON_CODES
                .iter()
                .filter(move |c| !own.iter().any(|o| o.reason == c.reason))
                .filter(move |c| uses_api || c.reason != "api-error")
                // The credentials check reports the token itself as `credentials/malformed`.
                .filter(move |c| {
                    c.reason != "token-malformed" || (uses_api && id != credentials::META.id)
                })
                .filter(move |c| has_needs || c.reason != "not-configured")
                .filter(move |c| own_missing_input || c.reason != "input-missing"),
        )
    }

    /// The code of "an input this check needs was not given": `not-configured`, unless the
    /// check's own `not-configured` means something milder (reports: a report without a
    /// configuration), which then keeps its one severity and `input-missing` is used.
    pub fn missing_input_code(&self) -> Common {
        let milder = self
            .codes
            .iter()
            .any(|c| c.reason == "not-configured" && c.severity != Severity::Error);
        if milder {
            Common::InputMissing
        } else {
            Common::NotConfigured
        }
    }

    /// The documentation of a code of this check (its own or a common one).
    pub fn code(&self, reason: &str) -> Option<&'static CodeDoc> {
        self.codes
            .iter()
            .chain(COMMON_CODES.iter())
            .find(|c| c.reason == reason)
    }

    /// A finding of a code of this check (its own or a common one), with the code's
    /// documented severity and fix.
    pub fn finding(&'static self, code: impl FindingCode, message: impl Into<String>) -> Finding {
        // A common code the check documents itself (`notifications/not-configured`) is
        // raised as the check documents it.
        let doc = code.doc();
        let doc = self
            .codes
            .iter()
            .find(|c| c.reason == doc.reason)
            .unwrap_or(doc);
        debug_assert!(
            self.all_codes().any(|c| std::ptr::eq(c, doc)),
            "{}/{} is not a code of this check",
            self.id,
            doc.reason
        );
        Finding {
            code: format!("{}/{}", self.id, doc.reason),
            severity: doc.severity,
            message: message.into(),
            remedy: doc.fix.to_owned(),
            docs_url: self.docs_url.to_owned(),
            location: None,
        }
    }

    /// Whether the check gates the verdict on this site when its config does not say.
    pub fn required_by_default(&self, site: Option<&str>) -> bool {
        match self.default_required {
            DefaultRequired::Yes => true,
            DefaultRequired::No => false,
            // An unknown site could be this one: unknown is not ready.
            DefaultRequired::OnSite(s) => site.is_none_or(|x| x == s),
        }
    }
}

/// The runner gives a check its inputs before it runs; should that ever fail, the check
/// says so with a coded finding (unknown is not ready), never passes.
pub fn ran_without_input(lang: Lang, meta: &'static CheckMeta, out: &mut Outcome) {
    out.undetermined(tr!(lang, "common-without-input-summary"));
    out.push(meta.finding(meta.missing_input_code(), tr!(lang, "common-without-input")));
}

/// What a check judged with test credentials would say: nothing about the production
/// account. `Some(reason)` when the token is a `TEST-` one or belongs to a test user (the
/// account's `tags` has `test_user`, as the credentials check reads it).
pub fn test_credentials(
    lang: Lang,
    token: &str,
    user: Option<&crate::api::models::User>,
) -> Option<String> {
    if token.starts_with("TEST-") {
        return Some(tr!(lang, "common-test-token"));
    }
    match user {
        Some(u) if u.is_test_user() => Some(tr!(
            lang,
            "common-test-user",
            user = u.id.as_str(),
            tags = u.tags.join(", ")
        )),
        _ => None,
    }
}

/// Ends a check that would only have judged a test account: `error` (not verified), with
/// the check's `<id>/test-credentials` finding (`code`).
pub fn judged_with_test_credentials(
    lang: Lang,
    meta: &'static CheckMeta,
    code: impl FindingCode,
    out: &mut Outcome,
    why: &str,
) {
    out.undetermined(tr!(lang, "common-test-judged-summary", why = why));
    out.push(meta.finding(code, tr!(lang, "common-test-judged", why = why)));
}

/// Adds a finding that says the API could not be asked, and marks the outcome undetermined.
pub fn api_unavailable(
    lang: Lang,
    meta: &'static CheckMeta,
    out: &mut Outcome,
    what: &str,
    err: &(impl crate::i18n::Localized + ?Sized),
) {
    could_not(lang, meta, Common::ApiError, out, what, err);
}

/// Adds `code`'s finding that says what could not be done and why, and marks the outcome
/// undetermined: a part that could not be carried out is never a pass.
pub fn could_not(
    lang: Lang,
    meta: &'static CheckMeta,
    code: impl FindingCode,
    out: &mut Outcome,
    what: &str,
    err: &(impl crate::i18n::Localized + ?Sized),
) {
    let err = err.text_in(lang);
    out.undetermined(tr!(
        lang,
        "common-could-not-summary",
        what = what,
        err = err.as_str()
    ));
    out.push(meta.finding(
        code,
        tr!(lang, "common-could-not", what = what, err = err.as_str()),
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_check_s_documented_defaults_parse_into_its_options() {
        for c in ALL {
            assert!(
                c.options(&toml::Table::new(), Lang::En).is_ok(),
                "{}",
                c.meta().id
            );
        }
        // A key the struct does not know is refused by the typed parse too.
        let mut t = toml::Table::new();
        t.insert("http_port".into(), toml::Value::Integer(8080));
        assert!(CheckoutTls.options(&t, Lang::En).is_ok());
        t.insert("nope".into(), toml::Value::Integer(1));
        assert!(CheckoutTls.options(&t, Lang::En).is_err());
    }

    #[test]
    fn ids_and_codes_are_unique_and_kebab_case() {
        let mut ids = HashSet::new();
        for c in ALL {
            let m = c.meta();
            assert!(ids.insert(m.id), "duplicate id {}", m.id);
            assert!(m.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
            let mut codes = HashSet::new();
            for code in m.all_codes() {
                assert!(
                    codes.insert(code.reason),
                    "duplicate code {}/{}",
                    m.id,
                    code.reason
                );
                let kebab = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
                assert!(code.reason.chars().all(kebab), "{}", code.reason);
                assert!(!code.fix.is_empty() && !code.meaning.is_empty());
            }
        }
    }
}
