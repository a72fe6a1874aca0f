//! Configuration: the `mp-golive.toml` file, the environment and the flags, layered
//! (flag > environment > file > default) and validated into [`Settings`] before any
//! network call. Every rejection names the flag, variable or key and what is expected.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rustls_pki_types::CertificateDer;
use rustls_pki_types::pem::PemObject;
use serde::Deserialize;
use url::Url;

use crate::cli::CheckArgs;
use crate::i18n::Lang;
pub use crate::net::addr::Resolve;
use crate::secret::{Redactor, Secret};
use crate::tr;

mod files;
mod messages;

pub use files::{MAX_CA_BYTES, MAX_CONFIG_BYTES, MAX_SECRET_BYTES};
use files::{io_reason, read_secret, secret_value};
pub use messages::safe_message;

/// The API base URL when none is given.
pub const DEFAULT_API_URL: &str = "https://api.mercadopago.com";
/// Mercado Pago's MCP server (`reference/` §3), asked only with `--official`.
pub const DEFAULT_MCP_URL: &str = "https://mcp.mercadopago.com/mcp";
/// Per-request timeout when none is given.
pub const DEFAULT_TIMEOUT_SECS: f64 = 10.0;
/// Whole-run deadline when none is given.
pub const DEFAULT_DEADLINE_SECS: f64 = 60.0;
/// The config file looked for in the working directory.
pub const CONFIG_FILE_NAME: &str = "mp-golive.toml";

/// A usage or configuration error: nothing was checked, exit code 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError(pub String);

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ConfigError {}

/// Every error of a configuration, not only the first, so one run shows all that needs
/// fixing, in the language they were written in. Displayed one error per line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigErrors {
    /// The errors, in the order of validation.
    pub errors: Vec<ConfigError>,
    /// Their language, for what is printed around them.
    pub lang: Lang,
}

impl fmt::Display for ConfigErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<&str> = self.errors.iter().map(|e| e.0.as_str()).collect();
        f.write_str(&lines.join("\n"))
    }
}

impl std::error::Error for ConfigErrors {}

/// Collects errors while every layer is still validated.
#[derive(Debug, Default)]
struct Errors(Vec<ConfigError>);

impl Errors {
    /// The value, or `None` with its error kept.
    fn take<T>(&mut self, r: Result<T, ConfigError>) -> Option<T> {
        r.map_err(|e| self.0.push(e)).ok()
    }
}

/// The `[checks.<id>]` tables of the config file and `--only`/`--skip`, as given: the
/// checks layer validates them against its registry (this module knows no checks).
#[derive(Debug, Clone, Default)]
pub struct CheckTables {
    /// `--only`, trimmed, empty items dropped; `None` when the flag was not given.
    pub only: Option<Vec<String>>,
    /// `--skip`, trimmed, empty items dropped.
    pub skip: Vec<String>,
    /// Each `[checks.<id>]` table, by the id as written.
    pub tables: BTreeMap<String, toml::Table>,
    /// The language of the messages.
    pub lang: Lang,
}

fn err<T>(msg: impl Into<String>) -> Result<T, ConfigError> {
    Err(ConfigError(msg.into()))
}

thread_local! {
    /// The language of the messages of the configuration being validated on this thread:
    /// set by [`load`] and [`load_send`] once it is known, so the many small validators need
    /// not carry it.
    static LANG: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::En) };
}

/// The language of this thread's configuration messages.
fn lang() -> Lang {
    LANG.with(std::cell::Cell::get)
}

/// Runs `f` with the configuration messages in `lang`, then restores the previous one.
fn in_language<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let previous = LANG.with(|l| l.replace(lang));
    let out = f();
    LANG.with(|l| l.set(previous));
    out
}

/// A Mercado Pago payment site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Site {
    /// Argentina.
    Mla,
    /// Brazil.
    Mlb,
    /// Mexico.
    Mlm,
    /// Chile.
    Mlc,
    /// Colombia.
    Mco,
    /// Peru.
    Mpe,
    /// Uruguay.
    Mlu,
}

impl Site {
    /// Every payment site.
    pub const ALL: [Site; 7] = [
        Site::Mla,
        Site::Mlb,
        Site::Mlm,
        Site::Mlc,
        Site::Mco,
        Site::Mpe,
        Site::Mlu,
    ];

    /// The site id, such as `MLB`.
    pub fn as_str(self) -> &'static str {
        match self {
            Site::Mla => "MLA",
            Site::Mlb => "MLB",
            Site::Mlm => "MLM",
            Site::Mlc => "MLC",
            Site::Mco => "MCO",
            Site::Mpe => "MPE",
            Site::Mlu => "MLU",
        }
    }

    /// Parses a site id, ignoring case.
    pub fn parse(s: &str) -> Option<Site> {
        Site::ALL
            .into_iter()
            .find(|site| site.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

/// Where the settings came from, for reports that point at the config file.
#[derive(Debug, Clone, Default)]
pub struct ConfigFile {
    /// The path as found or given.
    pub path: PathBuf,
    /// The line (from 1) of each `[checks.<id>]` table.
    pub check_lines: BTreeMap<String, usize>,
}

/// Validated settings of a `check` run. Secrets are wrapped; nothing here is unchecked.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The access token.
    pub access_token: Option<Secret>,
    /// The public key.
    pub public_key: Option<String>,
    /// The webhook secret.
    pub webhook_secret: Option<Secret>,
    /// The expected site, when given.
    pub site: Option<Site>,
    /// The checkout page.
    pub checkout_url: Option<Url>,
    /// The Webhooks URL.
    pub webhook_url: Option<Url>,
    /// The IPN URL.
    pub ipn_url: Option<Url>,
    /// A production payment id.
    pub payment_id: Option<String>,
    /// A production order id of the Orders API (`ORD…`).
    pub order_id: Option<String>,
    /// The data.id of test notifications.
    pub webhook_data_id: Option<String>,
    /// The source tree to scan.
    pub source_dir: PathBuf,
    /// The API base URL.
    pub api_url: Url,
    /// Extra trusted roots.
    pub ca_certs: Vec<CertificateDer<'static>>,
    /// Host overrides.
    pub resolve: Vec<Resolve>,
    /// Accept private notification addresses.
    pub allow_private_addresses: bool,
    /// Per-request timeout.
    pub timeout: Duration,
    /// Whole-run deadline.
    pub deadline: Duration,
    /// Create and cancel a Pix payment.
    pub probe_pix: bool,
    /// Ask Mercado Pago's MCP server too (`--official`).
    pub official: bool,
    /// The MCP server's endpoint, validated like `api_url`; used only with `official`.
    pub mcp_url: Url,
    /// Warnings of required checks fail too.
    pub strict: bool,
    /// The language of the report's text.
    pub lang: Lang,
    /// The config file, when one was read.
    pub config_file: Option<ConfigFile>,
    /// What was normalised on the way in (a byte order mark dropped from a token file),
    /// logged at `-v`.
    pub notes: Vec<String>,
}

impl Settings {
    /// The access token when it may be sent: given, and shaped like a Mercado Pago token.
    /// A malformed one is never sent (the API would echo it back in its error message);
    /// the credentials check says what is wrong with it.
    pub fn sendable_token(&self) -> Option<&Secret> {
        self.access_token
            .as_ref()
            .filter(|t| crate::api::shape::parse_access_token(t.expose()).is_ok())
    }

    /// The connection options of this run: timeout, trust roots, pins.
    pub fn net_options(&self) -> crate::net::NetOptions {
        crate::net::NetOptions::new(self.timeout, &self.ca_certs, self.resolve.clone())
    }

    /// The API client's options: the base URL, the token as it may be used, the retry
    /// policy and the deadline.
    pub fn api_options(
        &self,
        retry: crate::api::RetryPolicy,
        deadline: Option<std::time::Instant>,
    ) -> crate::api::ApiOptions {
        use crate::api::Token;
        let token = match (&self.access_token, self.sendable_token()) {
            (_, Some(t)) => Token::Sendable(t.clone()),
            (Some(_), None) => Token::Malformed,
            (None, None) => Token::Absent,
        };
        crate::api::ApiOptions {
            base: self.api_url.clone(),
            token,
            retry,
            deadline,
        }
    }

    /// True when an access token was given but is malformed, so no check sends it.
    pub fn token_malformed(&self) -> bool {
        self.access_token.is_some() && self.sendable_token().is_none()
    }
}

/// The file's shape. Unknown keys are rejected.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    access_token_file: Option<PathBuf>,
    public_key: Option<String>,
    webhook_secret_file: Option<PathBuf>,
    site: Option<String>,
    checkout_url: Option<String>,
    webhook_url: Option<String>,
    ipn_url: Option<String>,
    payment_id: Option<toml::Value>,
    order_id: Option<String>,
    webhook_data_id: Option<toml::Value>,
    source_dir: Option<PathBuf>,
    api_url: Option<String>,
    ca_file: Option<PathBuf>,
    resolve: Option<Vec<String>>,
    allow_private_addresses: Option<bool>,
    timeout: Option<toml::Value>,
    deadline: Option<toml::Value>,
    probe_pix: Option<bool>,
    official: Option<bool>,
    mcp_url: Option<String>,
    strict: Option<bool>,
    lang: Option<String>,
    checks: Option<BTreeMap<String, toml::Spanned<toml::Table>>>,
}

/// Where a value came from, to name it in messages.
#[derive(Debug, Clone)]
enum From {
    Flag(&'static str),
    Env(&'static str),
    File(&'static str),
}

impl fmt::Display for From {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            From::Flag(name) => write!(f, "--{name}"),
            From::Env(name) => write!(f, "{name}"),
            From::File(key) => f.write_str(&tr!(lang(), "config-in-file", key = *key)),
        }
    }
}

/// Reads the environment; a function so tests can supply their own.
pub type EnvFn<'a> = &'a dyn Fn(&str) -> Option<String>;

/// The process environment, with empty values treated as unset (a missing CI secret is
/// an empty string).
pub fn process_env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// Layers flags, environment and config file into validated settings, and hands the
/// `[checks.<id>]` tables and `--only`/`--skip` to `select` (the checks layer's validation,
/// which this module does not know). Every error of both is returned, not only the first;
/// a config file that cannot be read or parsed stops the validation there. No error message
/// quotes a secret: the ones given through variables or flag-named files are scrubbed in
/// any form, and quoted values that look like secrets are hidden.
pub fn load<T>(
    args: &CheckArgs,
    env: EnvFn<'_>,
    select: impl FnOnce(&CheckTables) -> Result<T, Vec<ConfigError>>,
) -> Result<(Settings, T), ConfigErrors> {
    // Until the file is read, the flag, the variable and the locale tell the language.
    let early = choose_lang(args.lang.as_deref(), env, None).unwrap_or_default();
    let (result, lang) = in_language(early, || (load_layers(args, env, select), lang()));
    // The transport layer speaks the run's language from here on, the file's `lang` included.
    crate::i18n::set_transport_lang(lang);
    result.map_err(|errors| {
        let known = known_secrets(args, env);
        let refs: Vec<&Secret> = known.iter().collect();
        let redactor = Redactor::new(&refs);
        ConfigErrors {
            errors: errors
                .into_iter()
                .map(|e| ConfigError(messages::safe_message(&e.0, &redactor)))
                .collect(),
            lang,
        }
    })
}

/// What `webhook send` is given: the webhook secret and how to connect. It reads no
/// config file: the command takes only its flags and `MP_WEBHOOK_SECRET` /
/// `MP_GOLIVE_CA_FILE`, validated by the same rules as `check`'s.
#[derive(Debug, Clone)]
pub struct SendSettings {
    /// The webhook secret, when given.
    pub webhook_secret: Option<Secret>,
    /// Host overrides.
    pub resolve: Vec<Resolve>,
    /// The connection options (timeout, roots, pins).
    pub net: crate::net::NetOptions,
    /// What was normalised on the way in, logged at `-v`.
    pub notes: Vec<String>,
}

/// Loads `webhook send`'s inputs; `default_timeout` applies without `--timeout`.
pub fn load_send(
    args: &crate::cli::SendArgs,
    env: EnvFn<'_>,
    default_timeout: f64,
) -> Result<SendSettings, ConfigError> {
    let lang = choose_lang(None, env, None).unwrap_or_default();
    in_language(lang, || load_send_layers(args, env, default_timeout))
}

fn load_send_layers(
    args: &crate::cli::SendArgs,
    env: EnvFn<'_>,
    default_timeout: f64,
) -> Result<SendSettings, ConfigError> {
    let known: Option<Secret> = env("MP_WEBHOOK_SECRET").map(|s| Secret::new(&s));
    let fail = |e: ConfigError| {
        let refs: Vec<&Secret> = known.iter().collect();
        ConfigError(messages::safe_message(&e.0, &Redactor::new(&refs)))
    };
    let mut notes = Vec::new();
    let webhook_secret = match (&args.webhook_secret_file, env("MP_WEBHOOK_SECRET")) {
        (Some(p), _) => Some(read_secret(p, p, "--webhook-secret-file", &mut notes).map_err(fail)?),
        (None, Some(v)) => Some(secret_value(&v, "MP_WEBHOOK_SECRET", &mut notes).map_err(fail)?),
        (None, None) => None,
    };
    let resolve = args
        .resolve
        .iter()
        .map(|r| Resolve::parse(r).map_err(|e| ConfigError(format!("--resolve: `{r}`: {e}"))))
        .collect::<Result<Vec<_>, _>>()
        .map_err(fail)?;
    let ca_certs = match (&args.ca_file, env("MP_GOLIVE_CA_FILE")) {
        (Some(p), _) => read_ca_file(p, &From::Flag("ca-file")).map_err(fail)?,
        (None, Some(v)) => {
            read_ca_file(Path::new(&v), &From::Env("MP_GOLIVE_CA_FILE")).map_err(fail)?
        }
        (None, None) => Vec::new(),
    };
    let timeout = seconds(args.timeout, "timeout", &None, default_timeout).map_err(fail)?;
    Ok(SendSettings {
        webhook_secret,
        net: crate::net::NetOptions::new(timeout, &ca_certs, resolve.clone()),
        resolve,
        notes,
    })
}

/// The secrets a failed load may have seen, read again best-effort to scrub its message.
fn known_secrets(args: &CheckArgs, env: EnvFn<'_>) -> Vec<Secret> {
    let from_files = [&args.access_token_file, &args.webhook_secret_file]
        .into_iter()
        .flatten()
        .filter(|p| p.as_os_str() != "-")
        .filter_map(|p| files::read_text(p, MAX_SECRET_BYTES, "", "").ok());
    ["MP_ACCESS_TOKEN", "MP_WEBHOOK_SECRET"]
        .into_iter()
        .filter_map(env)
        .chain(from_files)
        .map(|t| Secret::new(&files::normalise(&t, "", &mut Vec::new())))
        .collect()
}

fn load_layers<T>(
    args: &CheckArgs,
    env: EnvFn<'_>,
    select: impl FnOnce(&CheckTables) -> Result<T, Vec<ConfigError>>,
) -> Result<(Settings, T), Vec<ConfigError>> {
    let (raw, file, base) = read_config_file(args, env).map_err(|e| vec![e])?;
    if let Ok(lang) = choose_lang(args.lang.as_deref(), env, raw.lang.as_deref()) {
        LANG.with(|l| l.set(lang));
    }
    let mut errors = Errors::default();
    let mut notes = Vec::new();
    let in_base = |p: &Path| {
        if p.is_absolute() {
            p.to_path_buf()
        } else {
            base.join(p)
        }
    };

    let access_token = match (
        &args.access_token_file,
        env("MP_ACCESS_TOKEN"),
        &raw.access_token_file,
    ) {
        (Some(p), _, _) => errors.take(read_secret(p, p, "--access-token-file", &mut notes)),
        (None, Some(v), _) => errors.take(secret_value(&v, "MP_ACCESS_TOKEN", &mut notes)),
        (None, None, Some(p)) => errors.take(read_secret(
            p,
            &in_base(p),
            "`access_token_file` in the config file",
            &mut notes,
        )),
        _ => None,
    };
    let webhook_secret = match (
        &args.webhook_secret_file,
        env("MP_WEBHOOK_SECRET"),
        &raw.webhook_secret_file,
    ) {
        (Some(p), _, _) => errors.take(read_secret(p, p, "--webhook-secret-file", &mut notes)),
        (None, Some(v), _) => errors.take(secret_value(&v, "MP_WEBHOOK_SECRET", &mut notes)),
        (None, None, Some(p)) => errors.take(read_secret(
            p,
            &in_base(p),
            "`webhook_secret_file` in the config file",
            &mut notes,
        )),
        _ => None,
    };

    let public_key = layer(
        args.public_key.clone(),
        "public-key",
        env,
        "MP_PUBLIC_KEY",
        raw.public_key.clone(),
        "public_key",
    )
    .and_then(|(v, from)| {
        let v = v.trim().to_owned();
        errors.take(if v.is_empty() || v.contains(char::is_whitespace) {
            err(tr!(lang(), "config-public-key", from = from.to_string()))
        } else {
            Ok(v)
        })
    });

    let site = layer(
        args.site.clone(),
        "site",
        env,
        "MP_GOLIVE_SITE",
        raw.site.clone(),
        "site",
    )
    .and_then(|(v, from)| {
        errors.take(Site::parse(&v).ok_or_else(|| {
            ConfigError(tr!(
                lang(),
                "config-site",
                from = from.to_string(),
                value = v.as_str()
            ))
        }))
    });

    let mut url_of = |flag, var, raw: &Option<String>, key| {
        layer(flag, var_flag_name(var), env, var, raw.clone(), key)
            .and_then(|(v, from)| errors.take(parse_site_url(&v, &from)))
    };
    let checkout_url = url_of(
        args.checkout_url.clone(),
        "MP_GOLIVE_CHECKOUT_URL",
        &raw.checkout_url,
        "checkout_url",
    );
    let webhook_url = url_of(
        args.webhook_url.clone(),
        "MP_GOLIVE_WEBHOOK_URL",
        &raw.webhook_url,
        "webhook_url",
    );
    let ipn_url = url_of(
        args.ipn_url.clone(),
        "MP_GOLIVE_IPN_URL",
        &raw.ipn_url,
        "ipn_url",
    );

    let payment_id = layer(
        args.payment_id.clone(),
        "payment-id",
        env,
        "MP_GOLIVE_PAYMENT_ID",
        toml_scalar(&raw.payment_id),
        "payment_id",
    )
    .and_then(|(v, from)| {
        let v = v.trim().to_owned();
        errors.take(
            if v.is_empty() || v.len() > 20 || !v.bytes().all(|b| b.is_ascii_digit()) {
                err(tr!(
                    lang(),
                    "config-payment-id",
                    from = from.to_string(),
                    value = v.as_str()
                ))
            } else {
                Ok(v)
            },
        )
    });
    let order_id = layer(
        args.order_id.clone(),
        "order-id",
        env,
        "MP_GOLIVE_ORDER_ID",
        raw.order_id.clone(),
        "order_id",
    )
    .and_then(|(v, from)| errors.take(parse_order_id(&v, &from)));
    let webhook_data_id = args
        .webhook_data_id
        .clone()
        .map(|v| (v, From::Flag("webhook-data-id")))
        .or_else(|| toml_scalar(&raw.webhook_data_id).map(|v| (v, From::File("webhook_data_id"))))
        .and_then(|(v, from)| {
            errors.take(
                if v.is_empty()
                    || v.len() > 64
                    || !v
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
                {
                    err(tr!(
                        lang(),
                        "config-data-id",
                        from = from.to_string(),
                        value = v.as_str()
                    ))
                } else {
                    Ok(v)
                },
            )
        });

    let source_dir = match (&args.source_dir, &raw.source_dir) {
        (Some(p), _) => errors.take(require_dir(p.clone(), "--source-dir")),
        (None, Some(p)) => errors.take(require_dir(in_base(p), "`source_dir` in the config file")),
        (None, None) => Some(PathBuf::from(".")),
    };

    let mut resolve = Vec::new();
    let raw_resolve = if args.net.resolve.is_empty() {
        raw.resolve
            .clone()
            .unwrap_or_default()
            .into_iter()
            .map(|r| (r, From::File("resolve")))
            .collect::<Vec<_>>()
    } else {
        args.net
            .resolve
            .iter()
            .map(|r| (r.clone(), From::Flag("resolve")))
            .collect()
    };
    for (r, from) in raw_resolve {
        resolve.extend(
            errors.take(Resolve::parse(&r).map_err(|e| ConfigError(format!("{from}: `{r}`: {e}")))),
        );
    }

    let api_url = match layer(
        args.api_url.clone(),
        "api-url",
        env,
        "MP_GOLIVE_API_URL",
        raw.api_url.clone(),
        "api_url",
    ) {
        Some((v, from)) => errors.take(parse_api_url(&v, &from, &resolve)),
        None => errors.take(Url::parse(DEFAULT_API_URL).map_err(|e| ConfigError(e.to_string()))),
    };

    let mcp_url = match layer(
        args.mcp_url.clone(),
        "mcp-url",
        env,
        "MP_GOLIVE_MCP_URL",
        raw.mcp_url.clone(),
        "mcp_url",
    ) {
        Some((v, from)) => errors.take(parse_mcp_url(&v, &from, &resolve)),
        None => errors.take(Url::parse(DEFAULT_MCP_URL).map_err(|e| ConfigError(e.to_string()))),
    };

    let ca_file = match (&args.net.ca_file, env("MP_GOLIVE_CA_FILE"), &raw.ca_file) {
        (Some(p), _, _) => Some((p.clone(), From::Flag("ca-file"))),
        (None, Some(v), _) => Some((PathBuf::from(v), From::Env("MP_GOLIVE_CA_FILE"))),
        (None, None, Some(p)) => Some((in_base(p), From::File("ca_file"))),
        _ => None,
    };
    let ca_certs = match ca_file {
        Some((path, from)) => errors.take(read_ca_file(&path, &from)).unwrap_or_default(),
        None => Vec::new(),
    };

    let timeout = errors.take(seconds(
        args.net.timeout,
        "timeout",
        &raw.timeout,
        DEFAULT_TIMEOUT_SECS,
    ));
    let deadline = errors.take(seconds(
        args.net.deadline,
        "deadline",
        &raw.deadline,
        DEFAULT_DEADLINE_SECS,
    ));

    let lang = errors.take(choose_lang(args.lang.as_deref(), env, raw.lang.as_deref()));

    let selected = select(&check_tables(args, &raw, &base))
        .map_err(|e| errors.0.extend(e))
        .ok();

    // Every value below is present when no error was kept.
    let (
        Some(source_dir),
        Some(api_url),
        Some(mcp_url),
        Some(timeout),
        Some(deadline),
        Some(selected),
        true,
    ) = (
        source_dir,
        api_url,
        mcp_url,
        timeout,
        deadline,
        selected,
        errors.0.is_empty(),
    )
    else {
        return Err(errors.0);
    };
    let settings = Settings {
        access_token,
        public_key,
        webhook_secret,
        site,
        checkout_url,
        webhook_url,
        ipn_url,
        payment_id,
        order_id,
        webhook_data_id,
        source_dir,
        api_url,
        ca_certs,
        resolve,
        // A flag (`--x` or `--no-x`, the last given) beats the file; no variable exists.
        allow_private_addresses: args
            .allow_private_addresses_flag()
            .or(raw.allow_private_addresses)
            .unwrap_or(false),
        timeout,
        deadline,
        probe_pix: args.probe_pix_flag().or(raw.probe_pix).unwrap_or(false),
        official: args.official_flag().or(raw.official).unwrap_or(false),
        mcp_url,
        strict: args.strict_flag().or(raw.strict).unwrap_or(false),
        lang: lang.unwrap_or_default(),
        config_file: file,
        notes,
    };
    Ok((settings, selected))
}

/// The run's language: `--lang` > `MP_GOLIVE_LANG` > the locale (`LC_ALL`, `LC_MESSAGES`,
/// `LANG`), when it names a language > `lang` in the file > English. A locale of no language
/// (`C.UTF-8`, as CI runners have) lets the file decide; a language mp-golive does not speak
/// (`fr_FR`) is English. A bad flag, variable or key is an error that names it.
pub fn choose_lang(
    flag: Option<&str>,
    env: EnvFn<'_>,
    file: Option<&str>,
) -> Result<Lang, ConfigError> {
    let given = |v: &str, from: From| {
        Lang::parse(v).ok_or_else(|| {
            ConfigError(tr!(
                lang(),
                "config-lang",
                from = from.to_string(),
                value = v
            ))
        })
    };
    if let Some(v) = flag {
        return given(v, From::Flag("lang"));
    }
    if let Some(v) = env("MP_GOLIVE_LANG") {
        return given(&v, From::Env("MP_GOLIVE_LANG"));
    }
    if let Some(lang) = Lang::of_locale(env) {
        return Ok(lang);
    }
    match file {
        Some(v) => given(v, From::File("lang")),
        None => Ok(Lang::En),
    }
}

/// `--only`, `--skip` and the `[checks.<id>]` tables, as given.
/// `--baseline` stands for `[checks.checkout-security] baseline` (the flag wins), and the
/// key's relative path is the config file's, as every path of the file is.
fn check_tables(args: &CheckArgs, raw: &RawFile, base: &Path) -> CheckTables {
    let ids = |ids: &Option<Vec<String>>| -> Vec<String> {
        ids.iter()
            .flatten()
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect()
    };
    CheckTables {
        only: args.only.as_ref().map(|_| ids(&args.only)),
        skip: ids(&args.skip),
        tables: with_baseline(
            raw.checks
                .iter()
                .flatten()
                .map(|(id, t)| (id.clone(), t.get_ref().clone()))
                .collect(),
            args.baseline.as_deref(),
            base,
        ),
        lang: lang(),
    }
}

/// The tables with `--baseline` (or the key, made relative to the config file) in
/// `[checks.checkout-security] baseline`.
fn with_baseline(
    mut tables: BTreeMap<String, toml::Table>,
    flag: Option<&Path>,
    base: &Path,
) -> BTreeMap<String, toml::Table> {
    const ID: &str = "checkout-security";
    let from_file = tables
        .get(ID)
        .and_then(|t| t.get("baseline"))
        .and_then(toml::Value::as_str)
        .filter(|p| !p.is_empty())
        .map(|p| base.join(p));
    let path = flag.map(Path::to_path_buf).or(from_file);
    if let Some(path) = path {
        tables.entry(ID.to_owned()).or_default().insert(
            "baseline".to_owned(),
            toml::Value::String(path.to_string_lossy().into_owned()),
        );
    }
    tables
}

fn var_flag_name(var: &'static str) -> &'static str {
    match var {
        "MP_GOLIVE_CHECKOUT_URL" => "checkout-url",
        "MP_GOLIVE_WEBHOOK_URL" => "webhook-url",
        _ => "ipn-url",
    }
}

/// flag > environment > file, remembering which one gave the value.
fn layer(
    flag: Option<String>,
    flag_name: &'static str,
    env: EnvFn<'_>,
    var: &'static str,
    file: Option<String>,
    key: &'static str,
) -> Option<(String, From)> {
    flag.map(|v| (v, From::Flag(flag_name)))
        .or_else(|| env(var).map(|v| (v, From::Env(var))))
        .or_else(|| file.map(|v| (v, From::File(key))))
}

/// Accepts an id written as a TOML string or integer.
fn toml_scalar(v: &Option<toml::Value>) -> Option<String> {
    match v {
        Some(toml::Value::String(s)) => Some(s.clone()),
        Some(toml::Value::Integer(i)) => Some(i.to_string()),
        Some(other) => Some(other.to_string()),
        None => None,
    }
}

fn read_config_file(
    args: &CheckArgs,
    env: EnvFn<'_>,
) -> Result<(RawFile, Option<ConfigFile>, PathBuf), ConfigError> {
    if args.config.no_config {
        return Ok((RawFile::default(), None, PathBuf::from(".")));
    }
    let (path, explicit) = match (&args.config.config, env("MP_GOLIVE_CONFIG")) {
        (Some(p), _) => (p.clone(), Some("--config")),
        (None, Some(p)) => (PathBuf::from(p), Some("MP_GOLIVE_CONFIG")),
        (None, None) => (PathBuf::from(CONFIG_FILE_NAME), None),
    };
    if explicit.is_none()
        && matches!(std::fs::metadata(&path), Err(e) if e.kind() == std::io::ErrorKind::NotFound)
    {
        return Ok((RawFile::default(), None, PathBuf::from(".")));
    }
    let text = files::read_text(
        &path,
        MAX_CONFIG_BYTES,
        explicit.unwrap_or("config"),
        &format!("config file {}", path.display()),
    )?;
    let (raw, lines) =
        parse_config(&text).map_err(|e| ConfigError(format!("{}: {e}", path.display())))?;
    let base = path
        .parent()
        .map(Path::to_path_buf)
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| PathBuf::from("."));
    Ok((
        raw,
        Some(ConfigFile {
            path,
            check_lines: lines,
        }),
        base,
    ))
}

/// Parses the text of a config file, rejecting secrets and unknown keys with a message
/// that names the key. Returns the line of each `[checks.<id>]` table too.
fn parse_config(text: &str) -> Result<(RawFile, BTreeMap<String, usize>), String> {
    let table: toml::Table = toml::from_str(text).map_err(|e| messages::toml_message(&e, text))?;
    for (key, instead) in [
        (
            "access_token",
            tr!(
                lang(),
                "config-either",
                a = "access_token_file",
                b = "MP_ACCESS_TOKEN"
            ),
        ),
        (
            "webhook_secret",
            tr!(
                lang(),
                "config-either",
                a = "webhook_secret_file",
                b = "MP_WEBHOOK_SECRET"
            ),
        ),
        ("client_secret", tr!(lang(), "config-no-client-secret")),
    ] {
        if table.contains_key(key) {
            return Err(tr!(
                lang(),
                "config-secret-in-file",
                key = key,
                instead = instead
            ));
        }
    }
    let raw: RawFile = toml::from_str(text).map_err(|e| messages::toml_message(&e, text))?;
    let mut lines = BTreeMap::new();
    if let Some(checks) = &raw.checks {
        for (id, t) in checks {
            let line = text[..t.span().start.min(text.len())].matches('\n').count() + 1;
            lines.insert(id.clone(), line);
        }
    }
    Ok((raw, lines))
}

/// An Orders API order id: `ORD` then upper-case letters and digits, as Mercado Pago shows
/// it. It becomes a path step of `GET /v1/orders/{id}` and the signed `data.id` of an
/// `order` notification, so nothing else is let through (a lower-cased id is a different
/// id to the API and to a handler's signature check).
fn parse_order_id(v: &str, from: &From) -> Result<String, ConfigError> {
    let v = v.trim();
    let shaped = |s: &str| {
        s.len() <= 64
            && s.strip_prefix("ORD").is_some_and(|r| {
                !r.is_empty()
                    && r.bytes()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            })
    };
    if shaped(v) {
        return Ok(v.to_owned());
    }
    let hint = if shaped(&v.to_ascii_uppercase()) {
        tr!(lang(), "config-order-id-case")
    } else if v.bytes().all(|b| b.is_ascii_digit()) && !v.is_empty() {
        tr!(lang(), "config-order-id-number")
    } else {
        String::new()
    };
    err(tr!(
        lang(),
        "config-order-id",
        from = from.to_string(),
        value = v,
        hint = hint
    ))
}

/// A merchant URL: absolute http(s) with a host, no credentials in it.
fn parse_site_url(v: &str, from: &From) -> Result<Url, ConfigError> {
    let from = from.to_string();
    let url = Url::parse(v.trim()).map_err(|e| {
        ConfigError(tr!(
            lang(),
            "config-url-invalid",
            from = from.as_str(),
            value = v,
            error = e.to_string()
        ))
    })?;
    if !matches!(url.scheme(), "http" | "https") {
        return err(tr!(
            lang(),
            "config-url-scheme",
            from = from.as_str(),
            value = v,
            scheme = url.scheme()
        ));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return err(tr!(
            lang(),
            "config-url-no-host",
            from = from.as_str(),
            value = v
        ));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return err(tr!(lang(), "config-url-credentials", from = from.as_str()));
    }
    Ok(url)
}

/// The API URL: https, or http on loopback only, since the token is sent there. Loopback is
/// judged on where the connection goes: the `--resolve` pin for the URL's host and port
/// when there is one (`--resolve api.test:80:127.0.0.1` is loopback; a pin that sends
/// `localhost` elsewhere is not), else the host itself.
fn parse_api_url(v: &str, from: &From, pins: &[Resolve]) -> Result<Url, ConfigError> {
    let mut url = parse_site_url(v, from)?;
    if url.query().is_some() || url.fragment().is_some() {
        return err(tr!(
            lang(),
            "config-api-url-query",
            from = from.to_string(),
            value = v
        ));
    }
    if url.scheme() == "http" && !goes_to_loopback(&url, pins) {
        return err(tr!(
            lang(),
            "config-api-url-http",
            from = from.to_string(),
            value = v
        ));
    }
    if !url.path().ends_with('/') {
        let p = format!("{}/", url.path());
        url.set_path(&p);
    }
    Ok(url)
}

/// The MCP endpoint: https, or http on loopback only, as for the API (the token is sent
/// there too); without query or fragment. Its path is kept as given: it is the endpoint.
fn parse_mcp_url(v: &str, from: &From, pins: &[Resolve]) -> Result<Url, ConfigError> {
    let url = parse_site_url(v, from)?;
    if url.query().is_some() || url.fragment().is_some() {
        return err(tr!(
            lang(),
            "config-mcp-url-query",
            from = from.to_string(),
            value = v
        ));
    }
    if url.scheme() == "http" && !goes_to_loopback(&url, pins) {
        return err(tr!(
            lang(),
            "config-mcp-url-http",
            from = from.to_string(),
            value = v
        ));
    }
    Ok(url)
}

fn goes_to_loopback(url: &Url, pins: &[Resolve]) -> bool {
    let (Some(host), Some(port)) = (url.host_str(), url.port_or_known_default()) else {
        return false;
    };
    let pinned = crate::net::addr::pinned(pins, host, port);
    if !pinned.is_empty() {
        return pinned.iter().all(|a| a.ip().is_loopback());
    }
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

fn require_dir(p: PathBuf, what: &str) -> Result<PathBuf, ConfigError> {
    match std::fs::metadata(&p) {
        Ok(m) if m.is_dir() => Ok(p),
        Ok(_) => err(tr!(
            lang(),
            "config-not-dir",
            what = what,
            path = p.display().to_string()
        )),
        Err(e) => err(tr!(
            lang(),
            "config-cannot-read",
            what = what,
            path = p.display().to_string(),
            reason = io_reason(&e)
        )),
    }
}

fn read_ca_file(path: &Path, from: &From) -> Result<Vec<CertificateDer<'static>>, ConfigError> {
    let bytes = files::read_bounded(
        path,
        MAX_CA_BYTES,
        &from.to_string(),
        &path.display().to_string(),
    )?;
    let certs: Result<Vec<_>, _> = CertificateDer::pem_slice_iter(&bytes).collect();
    match certs {
        Ok(c) if !c.is_empty() => Ok(c),
        Ok(_) => err(tr!(
            lang(),
            "config-no-pem",
            from = from.to_string(),
            path = path.display().to_string()
        )),
        Err(e) => err(tr!(
            lang(),
            "config-bad-pem",
            from = from.to_string(),
            path = path.display().to_string(),
            error = e.to_string()
        )),
    }
}

fn seconds(
    flag: Option<f64>,
    name: &'static str,
    file: &Option<toml::Value>,
    default: f64,
) -> Result<Duration, ConfigError> {
    let (v, from) = match (flag, file) {
        (Some(v), _) => (v, From::Flag(name)),
        (None, Some(toml::Value::Integer(i))) => (*i as f64, From::File(name)),
        (None, Some(toml::Value::Float(f))) => (*f, From::File(name)),
        (None, Some(other)) => {
            return err(tr!(
                lang(),
                "config-seconds-type",
                name = name,
                value = other.to_string()
            ));
        }
        (None, None) => (default, From::File(name)),
    };
    if !v.is_finite() || v <= 0.0 || v > 3600.0 {
        return err(tr!(
            lang(),
            "config-seconds-range",
            from = from.to_string(),
            value = v.to_string()
        ));
    }
    Ok(Duration::from_secs_f64(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_parses_like_curl() {
        let r = Resolve::parse("Shop.Example:443:127.0.0.1").unwrap();
        assert_eq!(
            (r.host.as_str(), r.port, r.addr.to_string().as_str()),
            ("shop.example", 443, "127.0.0.1")
        );
        assert_eq!(
            Resolve::parse("h:8443:[::1]").unwrap().addr.to_string(),
            "::1"
        );
        assert_eq!(
            Resolve::parse("h:8443:::1").unwrap().addr.to_string(),
            "::1"
        );
        // A Unicode host is kept in the punycode form a parsed URL carries.
        assert_eq!(
            Resolve::parse("Tiendá.test:443:127.0.0.1").unwrap().host,
            Url::parse("https://tiendá.test/")
                .unwrap()
                .host_str()
                .unwrap()
        );
        assert!(Resolve::parse("h:443").is_err());
        assert!(
            Resolve::parse("h:443:[::1")
                .unwrap_err()
                .contains("unbalanced")
        );
        assert!(
            Resolve::parse("h:443:::1]")
                .unwrap_err()
                .contains("unbalanced")
        );
        assert!(Resolve::parse(":443:127.0.0.1").is_err());
        assert!(Resolve::parse("a b:443:127.0.0.1").is_err());
        assert!(
            Resolve::parse("h:http:127.0.0.1")
                .unwrap_err()
                .contains("not a port")
        );
        assert!(
            Resolve::parse("h:443:shop")
                .unwrap_err()
                .contains("not an IP")
        );
    }

    #[test]
    fn sites_parse_ignoring_case() {
        assert_eq!(Site::parse("mlb"), Some(Site::Mlb));
        assert_eq!(Site::parse("MSV"), None);
    }

    #[test]
    fn api_url_must_be_https_off_loopback() {
        let from = From::Flag("api-url");
        let none: &[Resolve] = &[];
        assert!(parse_api_url("http://127.0.0.1:9/", &from, none).is_ok());
        assert!(parse_api_url("http://[::1]:9/", &from, none).is_ok());
        assert!(
            parse_api_url("http://localhost:9", &from, none)
                .unwrap()
                .as_str()
                .ends_with('/')
        );
        assert!(
            parse_api_url("http://api.example", &from, none)
                .unwrap_err()
                .0
                .contains("unencrypted")
        );
        assert!(parse_api_url("http://10.0.0.1:9/", &from, none).is_err());
        assert!(parse_api_url("https://api.example/x?y=1", &from, none).is_err());
    }

    #[test]
    fn api_url_loopback_is_judged_on_the_pinned_address() {
        let from = From::Flag("api-url");
        let pin = |s: &str| Resolve::parse(s).unwrap();
        // A name pinned to loopback on the URL's port is loopback.
        let ok = [pin("api.test:8080:127.0.0.2")];
        assert!(parse_api_url("http://api.test:8080/", &from, &ok).is_ok());
        // A pin for another port does not apply (curl semantics).
        assert!(parse_api_url("http://api.test/", &from, &ok).is_err());
        // localhost sent elsewhere by a pin is not loopback.
        let away = [pin("localhost:9:203.0.113.5")];
        assert!(parse_api_url("http://localhost:9/", &from, &away).is_err());
        // An IP-literal URL is never pinned.
        assert!(parse_api_url("http://127.0.0.1:9/", &from, &away).is_ok());
    }

    #[test]
    fn config_rejects_secrets_and_unknown_keys() {
        let e = parse_config("access_token = \"APP_USR-1234567890123456-112609-0123456789abcdef0123456789abcdef-987654321\"").unwrap_err();
        assert!(e.contains("secrets are not accepted"), "{e}");
        assert!(!e.contains("0123456789abcdef"), "{e}");
        let e = parse_config("acces_token_file = \"x\"").unwrap_err();
        assert!(e.contains("acces_token_file"), "{e}");
        let e = parse_config("sitee = \"APP_USR-1234567890123456-112609-0123456789abcdef0123456789abcdef-987654321\"").unwrap_err();
        assert!(!e.contains("0123456789abcdef0123456789abcdef"), "{e}");
    }

    #[test]
    fn the_baseline_flag_beats_the_key_and_the_key_is_the_config_file_s() {
        let key = |v: &str| {
            let mut table = toml::Table::new();
            table.insert("baseline".into(), toml::Value::String(v.into()));
            BTreeMap::from([("checkout-security".to_owned(), table)])
        };
        let baseline = |t: &BTreeMap<String, toml::Table>| {
            t["checkout-security"]["baseline"]
                .as_str()
                .unwrap()
                .to_owned()
        };
        let base = Path::new("/etc/shop");
        let t = with_baseline(key("ci/scripts.json"), None, base);
        assert_eq!(baseline(&t), base.join("ci/scripts.json").to_string_lossy());
        let t = with_baseline(key("ci/scripts.json"), Some(Path::new("mine.json")), base);
        assert_eq!(baseline(&t), "mine.json");
        let t = with_baseline(BTreeMap::new(), Some(Path::new("mine.json")), base);
        assert_eq!(baseline(&t), "mine.json");
        // Neither: the check's default applies.
        assert!(with_baseline(BTreeMap::new(), None, base).is_empty());
    }

    #[test]
    fn check_table_lines_are_recorded() {
        let (_, lines) =
            parse_config("site = \"MLB\"\n\n[checks.credentials]\nrequired = true\n").unwrap();
        assert_eq!(lines.get("credentials"), Some(&3));
    }
}
