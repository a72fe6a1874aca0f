//! The command line, as clap types. Values are only parsed here; layering with the
//! environment and the config file, and validation, happen in [`crate::config`].

// The doc comments here are the `--help` text, where angle-bracketed links would show.
#![allow(rustdoc::bare_urls)]

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Tells whether a Mercado Pago integration is ready to take real payments.
#[derive(Debug, Parser)]
#[command(
    name = "mp-golive",
    version,
    about = "Tells whether a Mercado Pago integration is ready to take real payments, and fails CI when it is not",
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the go-live checklist (the main job).
    // A flag given twice takes its last value, so CI scripts can append overrides.
    #[command(args_override_self = true)]
    Check(Box<CheckArgs>),
    /// List the checks: id, title, requirement, what each needs.
    List {
        /// Output format (json: schema version 1, see the README)
        #[arg(long, value_enum, default_value = "human")]
        format: DocFormat,
        /// Language of the text: en, es or pt [env: MP_GOLIVE_LANG] [default: from the locale, else en]
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
    },
    /// Explain a check (what it verifies, why, how to fix it, its finding codes), or one
    /// finding code, as `rustc --explain` does.
    Explain {
        /// A check id as `mp-golive list` shows it, or a finding code such as checkout-tls/no-hsts
        #[arg(value_name = "CHECK|CODE")]
        target: String,
        /// Output format (json: schema version 1, see the README)
        #[arg(long, value_enum, default_value = "human")]
        format: DocFormat,
        /// Language of the text: en, es or pt [env: MP_GOLIVE_LANG] [default: from the locale, else en]
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
    },
    /// Write a commented mp-golive.toml template (never secrets).
    Init {
        /// Where to write it; `-` for standard output.
        #[arg(long, short, value_name = "PATH", default_value = "mp-golive.toml")]
        output: PathBuf,
        /// Overwrite an existing file.
        #[arg(long)]
        force: bool,
        /// Language of the comments: en, es or pt [env: MP_GOLIVE_LANG] [default: from the locale, else en]
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
    },
    /// Record the payment page's scripts and security headers (the PCI DSS 6.4.3 inventory)
    /// to a file to review and commit; `check` then reports what changed since (11.6.1).
    #[command(args_override_self = true)]
    Baseline(Box<BaselineArgs>),
    /// Test a notification handler before going live.
    #[command(subcommand)]
    Webhook(WebhookCommand),
    /// Print shell completions.
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
}

/// Output format of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum Format {
    /// The coloured checklist.
    #[default]
    Human,
    /// JSON, schema version 1.
    Json,
    /// SARIF 2.1.0, for GitHub code scanning.
    Sarif,
    /// JUnit XML, for CI test tabs.
    Junit,
    /// GitHub Actions annotations (the full checklist goes to $GITHUB_STEP_SUMMARY).
    Github,
    /// A Markdown table and the findings, for pull-request comments.
    Markdown,
}

/// Output format of `list` and `explain`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum DocFormat {
    /// Text for a person.
    #[default]
    Human,
    /// JSON, schema version 1.
    Json,
}

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ColorChoice {
    /// Colour when writing to a terminal and NO_COLOR is not set.
    #[default]
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// The inputs of `check`. Secrets are only accepted from files or the environment.
#[derive(Debug, Args, Default)]
pub struct CheckArgs {
    /// File holding the access token (`-` reads standard input) [env: MP_ACCESS_TOKEN]
    #[arg(long, value_name = "PATH", help_heading = "Credentials")]
    pub access_token_file: Option<PathBuf>,
    /// The public key (public by design) [env: MP_PUBLIC_KEY]
    #[arg(long, value_name = "KEY", help_heading = "Credentials")]
    pub public_key: Option<String>,
    /// File holding the webhook secret [env: MP_WEBHOOK_SECRET]
    #[arg(long, value_name = "PATH", help_heading = "Credentials")]
    pub webhook_secret_file: Option<PathBuf>,

    /// Expected site: MLA, MLB, MLM, MLC, MCO, MPE or MLU [env: MP_GOLIVE_SITE] [default: the account's]
    #[arg(long, value_name = "SITE", help_heading = "What to check")]
    pub site: Option<String>,
    /// The page that shows the payment form [env: MP_GOLIVE_CHECKOUT_URL]
    #[arg(long, value_name = "URL", help_heading = "What to check")]
    pub checkout_url: Option<String>,
    /// The Webhooks notification URL [env: MP_GOLIVE_WEBHOOK_URL]
    #[arg(long, value_name = "URL", help_heading = "What to check")]
    pub webhook_url: Option<String>,
    /// The IPN notification URL [env: MP_GOLIVE_IPN_URL]
    #[arg(long, value_name = "URL", help_heading = "What to check")]
    pub ipn_url: Option<String>,
    /// Id of a payment made with production credentials [env: MP_GOLIVE_PAYMENT_ID]
    #[arg(long, value_name = "ID", help_heading = "What to check")]
    pub payment_id: Option<String>,
    /// Id of an Orders API order (ORD…) made with production credentials [env: MP_GOLIVE_ORDER_ID]
    #[arg(long, value_name = "ORD…", help_heading = "What to check")]
    pub order_id: Option<String>,
    /// data.id sent in test notifications [default: a synthetic id]
    #[arg(long, value_name = "ID", help_heading = "What to check")]
    pub webhook_data_id: Option<String>,
    /// Source tree to scan for committed credentials [default: .]
    #[arg(long, value_name = "DIR", help_heading = "What to check")]
    pub source_dir: Option<PathBuf>,
    /// Create (and cancel at once) a minimal Pix payment to prove the Pix key
    #[arg(long, help_heading = "What to check", overrides_with = "no_probe_pix")]
    pub probe_pix: bool,
    /// No Pix probe, even with `probe_pix = true` in the config file
    #[arg(long, help_heading = "What to check", overrides_with = "probe_pix")]
    pub no_probe_pix: bool,
    /// Also ask Mercado Pago's own tools (its MCP server, with the access token)
    #[arg(long, help_heading = "What to check", overrides_with = "no_official")]
    pub official: bool,
    /// Do not ask Mercado Pago's MCP server, even with `official = true` in the config file
    #[arg(long, help_heading = "What to check", overrides_with = "official")]
    pub no_official: bool,
    /// Run only these checks
    #[arg(
        long,
        value_name = "ID,..",
        value_delimiter = ',',
        help_heading = "What to check"
    )]
    pub only: Option<Vec<String>>,
    /// Leave out these checks
    #[arg(
        long,
        value_name = "ID,..",
        value_delimiter = ',',
        help_heading = "What to check"
    )]
    pub skip: Option<Vec<String>>,
    /// Payment page script baseline to compare with (`mp-golive baseline` writes it) [default: mp-golive.scripts.json when it exists]
    #[arg(long, value_name = "PATH", help_heading = "What to check")]
    pub baseline: Option<PathBuf>,
    /// Warnings of required checks fail the run too
    #[arg(long, help_heading = "What to check", overrides_with = "no_strict")]
    pub strict: bool,
    /// Warnings do not fail the run, even with `strict = true` in the config file
    #[arg(long, help_heading = "What to check", overrides_with = "strict")]
    pub no_strict: bool,

    /// Mercado Pago API base URL [env: MP_GOLIVE_API_URL] [default: https://api.mercadopago.com]
    #[arg(long, value_name = "URL", help_heading = "Network")]
    pub api_url: Option<String>,
    /// Mercado Pago MCP server, asked only with --official [env: MP_GOLIVE_MCP_URL] [default: https://mcp.mercadopago.com/mcp]
    #[arg(long, value_name = "URL", help_heading = "Network")]
    pub mcp_url: Option<String>,
    /// Trust, pins, timeouts.
    #[command(flatten)]
    pub net: NetArgs,
    /// Accept notification URLs on private addresses (staging)
    #[arg(
        long,
        help_heading = "Network",
        overrides_with = "no_allow_private_addresses"
    )]
    pub allow_private_addresses: bool,
    /// Refuse private addresses, even with `allow_private_addresses = true` in the config file
    #[arg(
        long,
        help_heading = "Network",
        overrides_with = "allow_private_addresses"
    )]
    pub no_allow_private_addresses: bool,

    /// Format of standard output
    #[arg(long, value_enum, default_value = "human", help_heading = "Output")]
    pub format: Format,
    /// Language of the report: en, es or pt [env: MP_GOLIVE_LANG] [default: from the locale, else en]
    #[arg(long, value_name = "LANG", help_heading = "Output")]
    pub lang: Option<String>,
    /// Also write a report in FORMAT to PATH (repeatable)
    #[arg(long, value_name = "FORMAT=PATH", help_heading = "Output")]
    pub report: Vec<String>,
    /// Repo-relative file every SARIF result points at [default: the config file, or the workflow file]
    #[arg(long, value_name = "PATH", help_heading = "Output")]
    pub sarif_anchor: Option<String>,
    /// When to use colour [env: NO_COLOR disables]
    #[arg(long, value_enum, default_value = "auto", help_heading = "Output")]
    pub color: ColorChoice,
    /// Show only what needs attention, and the verdict
    #[arg(short, long, help_heading = "Output", conflicts_with = "verbose")]
    pub quiet: bool,
    /// Log requests on stderr (-vv: more detail)
    #[arg(short, long, action = clap::ArgAction::Count, help_heading = "Output")]
    pub verbose: u8,

    /// Which config file is read.
    #[command(flatten)]
    pub config: ConfigArgs,
}

/// The connection flags `check` and `baseline` share: one definition, so the two cannot
/// drift apart (`webhook send` has no run deadline, so it keeps its own three).
#[derive(Debug, Args, Default, Clone)]
pub struct NetArgs {
    /// Extra trusted root certificates (PEM) [env: MP_GOLIVE_CA_FILE]
    #[arg(long, value_name = "PATH", help_heading = "Network")]
    pub ca_file: Option<PathBuf>,
    /// Connect to ADDR for HOST:PORT, as curl does (repeatable)
    #[arg(long, value_name = "HOST:PORT:ADDR", help_heading = "Network")]
    pub resolve: Vec<String>,
    /// Per-request timeout in seconds [default: 10]
    #[arg(long, value_name = "SECS", help_heading = "Network")]
    pub timeout: Option<f64>,
    /// Whole-run deadline in seconds [default: 60]
    #[arg(long, value_name = "SECS", help_heading = "Network")]
    pub deadline: Option<f64>,
}

/// Which config file a command reads, the same for every command that reads one.
#[derive(Debug, Args, Default, Clone)]
pub struct ConfigArgs {
    /// Config file [env: MP_GOLIVE_CONFIG] [default: ./mp-golive.toml when present]
    #[arg(
        long,
        value_name = "PATH",
        help_heading = "Config",
        conflicts_with = "no_config"
    )]
    pub config: Option<PathBuf>,
    /// Do not read any config file
    #[arg(long, help_heading = "Config")]
    pub no_config: bool,
}

impl CheckArgs {
    /// `--strict` / `--no-strict`: the one given last, or `None` when neither was.
    pub fn strict_flag(&self) -> Option<bool> {
        flag_pair(self.strict, self.no_strict)
    }

    /// `--probe-pix` / `--no-probe-pix`: the one given last, or `None` when neither was.
    pub fn probe_pix_flag(&self) -> Option<bool> {
        flag_pair(self.probe_pix, self.no_probe_pix)
    }

    /// `--official` / `--no-official`: the one given last, or `None` when neither was.
    pub fn official_flag(&self) -> Option<bool> {
        flag_pair(self.official, self.no_official)
    }

    /// `--allow-private-addresses` / `--no-allow-private-addresses`: the one given last, or
    /// `None` when neither was.
    pub fn allow_private_addresses_flag(&self) -> Option<bool> {
        flag_pair(
            self.allow_private_addresses,
            self.no_allow_private_addresses,
        )
    }
}

/// A `--x` / `--no-x` pair. Each overrides the other in clap, so at most one is set; a
/// pair built by hand with both set means `--x`.
fn flag_pair(yes: bool, no: bool) -> Option<bool> {
    match (yes, no) {
        (true, _) => Some(true),
        (false, true) => Some(false),
        (false, false) => None,
    }
}

/// The inputs of `baseline`: where to write, and the page with `check`'s connection flags
/// (the same names, environment variables and config keys).
#[derive(Debug, Args)]
pub struct BaselineArgs {
    /// Where to write the inventory; `-` for standard output [default: `baseline` of [checks.checkout-security], else mp-golive.scripts.json]
    #[arg(long, short, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// The page that shows the payment form [env: MP_GOLIVE_CHECKOUT_URL]
    #[arg(long, value_name = "URL")]
    pub checkout_url: Option<String>,
    /// Trust, pins, timeouts, as for `check`.
    #[command(flatten)]
    pub net: NetArgs,
    /// Language of the messages: en, es or pt [env: MP_GOLIVE_LANG] [default: from the locale, else en]
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Log requests on stderr (-vv: more detail)
    #[arg(short, long, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Which config file is read, as for `check`.
    #[command(flatten)]
    pub config: ConfigArgs,
}

impl BaselineArgs {
    /// `check`'s arguments with these connection flags, for the same layering with the
    /// environment and the config file; only `checkout-security` is selected.
    pub fn as_check_args(&self) -> CheckArgs {
        CheckArgs {
            checkout_url: self.checkout_url.clone(),
            net: self.net.clone(),
            lang: self.lang.clone(),
            config: self.config.clone(),
            verbose: self.verbose,
            only: Some(vec!["checkout-security".to_owned()]),
            ..CheckArgs::default()
        }
    }
}

/// `mp-golive webhook ...`.
#[derive(Debug, Subcommand)]
pub enum WebhookCommand {
    /// Send one test notification exactly as Mercado Pago sends it (like the panel's
    /// "simulate"), signed with the webhook secret, and show the request and the answer.
    /// Exit 0 when the answer is 200 or 201, 1 otherwise.
    #[command(args_override_self = true)]
    Send(Box<SendArgs>),
}

/// The notification mechanism `webhook send` imitates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum NotificationFormat {
    /// `?data.id=&type=`, JSON event body, x-signature.
    #[default]
    Webhooks,
    /// `?topic=&id=`, `{"resource","topic"}` body (legacy IPN).
    Ipn,
}

/// The unit of `ts` in x-signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum TsUnitArg {
    /// Milliseconds, as Mercado Pago sends it.
    #[default]
    Ms,
    /// Seconds, as some SDK freshness checks expect.
    S,
}

/// The inputs of `webhook send`. The secret is only accepted from a file or the environment.
#[derive(Debug, Args)]
pub struct SendArgs {
    /// The handler's URL (Mercado Pago's query parameters are appended to its own)
    #[arg(long, value_name = "URL")]
    pub url: String,
    /// Language of the notes and the verdict: en, es or pt [env: MP_GOLIVE_LANG] [default: from the locale, else en]
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Webhooks or IPN
    #[arg(long, value_enum, default_value = "webhooks")]
    pub format: NotificationFormat,
    /// `type` (Webhooks) or `topic` (IPN); `order` sends an Orders API event (Webhooks only)
    #[arg(
        long,
        visible_alias = "type",
        value_name = "TOPIC",
        default_value = "payment"
    )]
    pub topic: String,
    /// data.id (Webhooks) or id (IPN); with --topic order an ORD… order id [default: a synthetic 18-digit id starting 9990, or ORDMPGOLIVE… for order]
    #[arg(long, value_name = "ID")]
    pub data_id: Option<String>,
    /// `action` of the Webhooks body [default: TOPIC.created; order.processed for order]
    #[arg(long, value_name = "ACTION")]
    pub action: Option<String>,
    /// `live_mode` of the Webhooks body
    #[arg(long, value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set)]
    pub live_mode: bool,
    /// `user_id` of the Webhooks body (the seller's user id)
    #[arg(long, value_name = "ID", default_value = "0")]
    pub user_id: String,
    /// Unit of `ts` in x-signature
    #[arg(long, value_enum, default_value = "ms")]
    pub ts_unit: TsUnitArg,
    /// File holding the webhook secret; without one the notification is unsigned [env: MP_WEBHOOK_SECRET]
    #[arg(long, value_name = "PATH")]
    pub webhook_secret_file: Option<PathBuf>,
    /// Extra trusted root certificates (PEM) [env: MP_GOLIVE_CA_FILE]
    #[arg(long, value_name = "PATH")]
    pub ca_file: Option<PathBuf>,
    /// Connect to ADDR for HOST:PORT, as curl does (repeatable)
    #[arg(long, value_name = "HOST:PORT:ADDR")]
    pub resolve: Vec<String>,
    /// Seconds to wait for the answer [default: 22, Mercado Pago's wait]
    #[arg(long, value_name = "SECS")]
    pub timeout: Option<f64>,
    /// Log the request on stderr (-vv: more detail)
    #[arg(short, long, action = clap::ArgAction::Count)]
    pub verbose: u8,
}
