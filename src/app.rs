//! Orchestration of each subcommand: settings → clients → checks → report → renderers →
//! exit code. Only this module and `main` touch stdout and stderr.

use std::fmt::Write as _;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use clap::ValueEnum;

use crate::api::{ApiClient, RetryPolicy};
use crate::checks::Context;
use crate::cli::{
    CheckArgs, Cli, ColorChoice, Command, DocFormat, Format, NotificationFormat, SendArgs,
    TsUnitArg, WebhookCommand,
};
use crate::config::{self, ConfigError, process_env};
use crate::describe;
use crate::net::probe::ProbeClient;
use crate::render::{self, Anchors, RenderOptions};
use crate::runner;
use crate::secret::{Redactor, Secret};

/// Exit code of a usage or configuration error.
pub const EXIT_USAGE: u8 = 2;
/// Exit code after Ctrl-C (128 + SIGINT), as shells expect.
pub const EXIT_INTERRUPTED: u8 = 130;

/// Runs a parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> u8 {
    match cli.command {
        Command::Check(args) => check(&args),
        Command::List { format } => print(&match format {
            DocFormat::Human => describe::list(),
            DocFormat::Json => describe::list_json(),
        }),
        Command::Explain { target, format } => match describe::resolve(&target) {
            Ok(t) => print(&match format {
                DocFormat::Human => describe::explain_text(t),
                DocFormat::Json => describe::explain_json(t),
            }),
            Err(msg) => usage_error(&format!("explain: {msg}")),
        },
        Command::Init { output, force } => init(&output, force),
        Command::Webhook(WebhookCommand::Send(args)) => webhook_send(&args),
        Command::Completions { shell } => print(&describe::completions(shell)),
    }
}

fn print(text: &str) -> u8 {
    // A closed pipe (`| head`) is not an error worth reporting.
    let _ = io::stdout().lock().write_all(text.as_bytes());
    0
}

#[allow(clippy::print_stderr)]
fn usage_error(msg: &str) -> u8 {
    // A value pasted into the wrong flag (`--site APP_USR-…`) must not be echoed whole.
    eprintln!(
        "mp-golive: error: {}",
        config::safe_message(msg, &Redactor::default())
    );
    EXIT_USAGE
}

fn init(output: &PathBuf, force: bool) -> u8 {
    let text = describe::init_template();
    if output.as_os_str() == "-" {
        return print(&text);
    }
    if output.exists() && !force {
        return usage_error(&format!(
            "{} already exists; pass --force to overwrite it",
            output.display()
        ));
    }
    match std::fs::write(output, text) {
        Ok(()) => {
            #[allow(clippy::print_stderr)]
            {
                eprintln!(
                    "wrote {}; fill in the URLs, then run `mp-golive check`",
                    output.display()
                );
            }
            0
        }
        Err(e) => usage_error(&format!("cannot write {}: {e}", output.display())),
    }
}

/// A `--report FORMAT=PATH`. A temporary file beside PATH is opened before any network
/// call, so a bad path fails early, and renamed onto PATH once the report is whole: a run
/// that is killed never leaves an empty or half-written report in its place.
struct ReportSink {
    format: Format,
    path: PathBuf,
    file: tempfile::NamedTempFile,
}

fn open_reports(specs: &[String]) -> Result<Vec<ReportSink>, ConfigError> {
    specs
        .iter()
        .map(|spec| {
            let (name, path) = spec.split_once('=').ok_or_else(|| {
                ConfigError(format!(
                    "--report `{spec}`: expected FORMAT=PATH, such as json=mp-golive.json"
                ))
            })?;
            let format = Format::from_str(name.trim(), true).map_err(|_| {
                let known: Vec<String> = Format::value_variants()
                    .iter()
                    .map(|f| render::format_name(*f).to_owned())
                    .collect();
                ConfigError(format!(
                    "--report `{spec}`: unknown format `{name}`; expected one of {}",
                    known.join(", ")
                ))
            })?;
            if path.is_empty() {
                return Err(ConfigError(format!("--report `{spec}`: the path is empty")));
            }
            let path = PathBuf::from(path);
            let cannot = |e: io::Error| {
                ConfigError(format!(
                    "--report `{spec}`: cannot write {}: {e}",
                    path.display()
                ))
            };
            if path.is_dir() {
                return Err(cannot(io::Error::other("it is a directory")));
            }
            let dir = match path.parent() {
                Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
                _ => PathBuf::from("."),
            };
            let file = tempfile::Builder::new()
                .prefix(".mp-golive-report-")
                .tempfile_in(&dir)
                .map_err(cannot)?;
            Ok(ReportSink { format, path, file })
        })
        .collect()
}

fn color_for_stdout(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            if process_env("NO_COLOR").is_some()
                || std::env::var("CLICOLOR").is_ok_and(|v| v == "0")
            {
                false
            } else {
                std::env::var("CLICOLOR_FORCE").is_ok_and(|v| v != "0")
                    || io::stdout().is_terminal()
            }
        }
    }
}

/// Standard error for `-v` logs, each event scrubbed of the run's secrets: a log line may
/// quote an error a server wrote. (tracing-subscriber escapes terminal sequences itself.)
#[derive(Clone)]
struct ScrubbedStderr(Arc<Redactor>);

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for ScrubbedStderr {
    type Writer = ScrubbedEvent;

    fn make_writer(&'a self) -> Self::Writer {
        ScrubbedEvent {
            redactor: self.0.clone(),
            buf: Vec::new(),
        }
    }
}

/// One log event, held until it is whole so a secret cannot straddle two writes.
struct ScrubbedEvent {
    redactor: Arc<Redactor>,
    buf: Vec<u8>,
}

impl Write for ScrubbedEvent {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.buf.is_empty() {
            let text = self.redactor.scrub(&String::from_utf8_lossy(&self.buf));
            self.buf.clear();
            io::stderr().lock().write_all(text.as_bytes())?;
        }
        Ok(())
    }
}

impl Drop for ScrubbedEvent {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

/// The secrets of a run, for scrubbing everything it shows.
fn redactor(settings: &crate::config::Settings) -> Arc<Redactor> {
    let secrets: Vec<&Secret> = settings
        .access_token
        .iter()
        .chain(settings.webhook_secret.iter())
        .collect();
    Arc::new(Redactor::new(&secrets))
}

fn init_logging(verbose: u8, redactor: Arc<Redactor>, notes: &[String]) {
    let level = match verbose {
        0 => "warn",
        1 => "mp_golive=info,warn",
        _ => "mp_golive=debug,info",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(level));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(ScrubbedStderr(redactor))
        .with_ansi(io::stderr().is_terminal() && process_env("NO_COLOR").is_none())
        .with_target(false)
        .without_time()
        .try_init();
    for note in notes {
        tracing::info!("{note}");
    }
}

/// Where SARIF results point: `--sarif-anchor`, else the config file (at each check's table),
/// else the workflow file GitHub runs, else `mp-golive.toml`.
fn sarif_anchors(settings: &crate::config::Settings, flag: Option<&str>) -> Anchors {
    let mut anchors = anchor_file(settings, flag);
    let dir = settings
        .source_dir
        .to_string_lossy()
        .trim_start_matches("./")
        .trim_end_matches('/')
        .to_owned();
    if !dir.is_empty() && dir != "." && settings.source_dir.is_relative() {
        anchors.source_dir = Some(dir);
    }
    anchors
}

fn anchor_file(settings: &crate::config::Settings, flag: Option<&str>) -> Anchors {
    if let Some(path) = flag {
        return Anchors {
            path: path.to_owned(),
            ..Anchors::default()
        };
    }
    if let Some(file) = &settings.config_file {
        let cwd = std::env::current_dir().unwrap_or_default();
        let path = file.path.strip_prefix(&cwd).unwrap_or(&file.path);
        let path = path.to_string_lossy().trim_start_matches("./").to_owned();
        return Anchors {
            path,
            lines: file.check_lines.clone(),
            ..Anchors::default()
        };
    }
    // GITHUB_WORKFLOW_REF is `owner/repo/.github/workflows/ci.yml@refs/heads/main`.
    if let Some(workflow) = process_env("GITHUB_WORKFLOW_REF").and_then(|r| {
        r.split('@')
            .next()
            .and_then(|p| p.find(".github/").map(|i| p[i..].to_owned()))
    }) {
        return Anchors {
            path: workflow,
            ..Anchors::default()
        };
    }
    Anchors::default()
}

#[allow(clippy::print_stderr)]
fn check(args: &CheckArgs) -> u8 {
    let settings = match config::load(args, &process_env) {
        Ok(s) => Arc::new(s),
        Err(e) => return usage_error(&e.to_string()),
    };
    if let Some(anchor) = &args.sarif_anchor
        && (anchor.is_empty()
            || std::path::Path::new(anchor).is_absolute()
            || anchor.contains(".."))
    {
        return usage_error(&format!(
            "--sarif-anchor `{anchor}`: expected a path relative to the repository root, such as .github/workflows/ci.yml"
        ));
    }
    let sinks = match open_reports(&args.report) {
        Ok(s) => s,
        Err(e) => return usage_error(&e.to_string()),
    };
    let redactor = redactor(&settings);
    init_logging(args.verbose, redactor.clone(), &settings.notes);

    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => return usage_error(&format!("cannot start the async runtime: {e}")),
    };
    let started = Instant::now();
    let deadline = started + settings.deadline;
    let net = settings.net_options();
    let api = match ApiClient::new(
        settings.api_options(RetryPolicy::default(), Some(deadline)),
        &net,
    ) {
        Ok(api) => api,
        Err(e) => return usage_error(&format!("cannot build the HTTP client: {e:#}")),
    };
    let probe = match ProbeClient::new(&net) {
        Ok(probe) => probe,
        Err(e) => return usage_error(&format!("cannot build the HTTP client: {e:#}")),
    };
    let ctx = Arc::new(Context::new(settings.clone(), net, api, probe));
    let progress = io::stderr().is_terminal()
        && !args.quiet
        && process_env("CI").is_none()
        && args.format == Format::Human;
    let report = runtime
        .block_on(runner::run(ctx, started, deadline, progress))
        // Every output format and the step summary render this one cleaned report.
        .cleaned(|text| redactor.scrub(text));
    // Nothing may outlive the report: hanging connections are dropped here, not awaited.
    runtime.shutdown_background();

    let anchors = sarif_anchors(&settings, args.sarif_anchor.as_deref());
    let stdout_opts = RenderOptions {
        color: color_for_stdout(args.color),
        quiet: args.quiet,
        anchors: anchors.clone(),
    };
    let mut code = match report.signal {
        Some(signal) => signal.exit_code(),
        None if report.interrupted => EXIT_INTERRUPTED,
        None => report.verdict.exit_code(),
    };
    // A report that could not be written is an error of the run, but must not hide a
    // "not ready" (1) or "incomplete" (3) verdict: only a "ready" becomes 2.
    let mut lost = |what: &str, e: io::Error| {
        eprintln!("mp-golive: error: cannot write {what}: {e}");
        if code == 0 {
            code = EXIT_USAGE;
        }
    };
    let mut stdout = io::stdout().lock();
    if let Err(e) = render::render(&report, args.format, &stdout_opts, &mut stdout)
        .and_then(|()| stdout.flush())
        && e.kind() != io::ErrorKind::BrokenPipe
    {
        lost("the report to standard output", e);
    }
    let file_opts = RenderOptions {
        anchors,
        ..RenderOptions::default()
    };
    let github = args.format == Format::Github || sinks.iter().any(|s| s.format == Format::Github);
    for mut sink in sinks {
        let written = render::render(&report, sink.format, &file_opts, sink.file.as_file_mut())
            .and_then(|()| sink.file.as_file_mut().flush())
            .and_then(|()| sink.file.persist(&sink.path).map(drop).map_err(|e| e.error));
        if let Err(e) = written {
            lost(&format!("the report {}", sink.path.display()), e);
        }
    }
    if github && let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty())
    {
        // Appended, never truncated: other steps write there too.
        let written = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .and_then(|mut f| render::markdown(&report, &mut f));
        if let Err(e) = written {
            eprintln!(
                "mp-golive: warning: cannot append to GITHUB_STEP_SUMMARY ({}): {e}",
                PathBuf::from(path).display()
            );
        }
    }
    code
}

/// Mercado Pago's own wait for the first delivery, the default of `webhook send`.
const SEND_DEFAULT_TIMEOUT_SECS: f64 = 22.0;
/// Characters of the handler's answer `webhook send` prints.
const SEND_BODY_CHARS: usize = 2000;

/// `mp-golive webhook send`: one notification, the request and the answer printed.
fn webhook_send(args: &SendArgs) -> u8 {
    use crate::webhook::{self, Notification, Signing, TsUnit};

    let url = match url::Url::parse(args.url.trim()) {
        Ok(u)
            if matches!(u.scheme(), "http" | "https")
                && u.host_str().is_some_and(|h| !h.is_empty()) =>
        {
            u
        }
        Ok(u) => {
            return usage_error(&format!(
                "--url `{}`: expected an http:// or https:// URL with a host, got scheme `{}`",
                args.url,
                u.scheme()
            ));
        }
        Err(e) => {
            return usage_error(&format!(
                "--url `{}`: not a valid URL ({e}); expected such as https://shop.example/webhooks",
                args.url
            ));
        }
    };
    let word = |v: &str, max: usize, extra: &[u8]| {
        !v.is_empty()
            && v.len() <= max
            && v.bytes()
                .all(|b| b.is_ascii_alphanumeric() || extra.contains(&b))
    };
    if let Some(id) = &args.data_id
        && !word(id, 64, b"-_")
    {
        return usage_error(&format!(
            "--data-id `{id}`: expected up to 64 letters, digits, `-` or `_`"
        ));
    }
    if !word(&args.topic, 64, b"-_.") {
        return usage_error(&format!(
            "--topic `{}`: expected a topic such as payment or merchant_order",
            args.topic
        ));
    }
    if let Some(action) = &args.action
        && !word(action, 64, b"-_.")
    {
        return usage_error(&format!(
            "--action `{action}`: expected an action such as payment.updated"
        ));
    }
    if !word(&args.user_id, 20, b"") {
        return usage_error(&format!(
            "--user-id `{}`: expected the seller's numeric user id",
            args.user_id
        ));
    }

    // The shared validation of check's inputs: the secret file or variable, --ca-file,
    // --resolve, --timeout. No config file: this command takes only what it is given.
    let check_args = CheckArgs {
        webhook_secret_file: args.webhook_secret_file.clone(),
        ca_file: args.ca_file.clone(),
        resolve: args.resolve.clone(),
        timeout: Some(args.timeout.unwrap_or(SEND_DEFAULT_TIMEOUT_SECS)),
        no_config: true,
        only: Some(vec!["notifications".to_owned()]),
        ..CheckArgs::default()
    };
    let env = |name: &str| match name {
        "MP_WEBHOOK_SECRET" | "MP_GOLIVE_CA_FILE" => process_env(name),
        _ => None,
    };
    let settings = match config::load(&check_args, &env) {
        Ok(s) => s,
        Err(e) => return usage_error(&e.to_string()),
    };
    let redactor = redactor(&settings);
    init_logging(args.verbose, redactor.clone(), &settings.notes);

    let format = match args.format {
        NotificationFormat::Webhooks => webhook::Format::Webhooks,
        NotificationFormat::Ipn => webhook::Format::Ipn,
    };
    let unit = match args.ts_unit {
        TsUnitArg::Ms => TsUnit::Millis,
        TsUnitArg::S => TsUnit::Seconds,
    };
    let data_id = args
        .data_id
        .clone()
        .unwrap_or_else(webhook::synthetic_data_id);
    let mut n = Notification::new(format, &args.topic, &data_id);
    if let Some(action) = &args.action {
        n.action = action.clone();
    }
    n.live_mode = args.live_mode;
    n.user_id = args.user_id.clone();
    let secret = settings.webhook_secret.as_ref();
    let signing = secret.map_or(Signing::Unsigned, Signing::Valid);
    let target = n.url(&url);
    let headers = n.headers(signing, unit);
    let body = n.body();

    let mut text = String::new();
    let mut shown_target = target.clone();
    // A password typed into the URL is not repeated on screen.
    if shown_target.password().is_some() {
        let _ = shown_target.set_password(Some("***"));
    }
    let _ = writeln!(text, "> POST {shown_target}");
    let _ = writeln!(text, "> user-agent: {}", crate::net::USER_AGENT);
    for (k, v) in &headers {
        let _ = writeln!(text, "> {k}: {v}");
    }
    let _ = writeln!(text, ">\n> {body}");
    match (format, secret) {
        (webhook::Format::Webhooks, Some(secret)) => {
            let _ = writeln!(
                text,
                "  x-signature: HMAC-SHA256 of \"{}\" keyed with the webhook secret (not shown)",
                n.manifest(unit)
            );
            let _ = secret;
        }
        (webhook::Format::Webhooks, None) => {
            let _ = writeln!(
                text,
                "  unsigned: no webhook secret (set MP_WEBHOOK_SECRET or pass --webhook-secret-file)"
            );
        }
        (webhook::Format::Ipn, _) => {
            let _ = writeln!(
                text,
                "  IPN: no x-signature (Mercado Pago's IPN signature cannot be checked with the secret)"
            );
        }
    }
    if let Some(host) = url.host_str() {
        // Judged where the connection goes: the pin for this host and port, else the host.
        let port = url.port_or_known_default().unwrap_or(443);
        let pinned = crate::net::addr::pinned(&settings.resolve, host, port);
        let private = crate::net::addr::is_localhost_name(host)
            || pinned
                .iter()
                .any(|a| crate::net::addr::non_public(a.ip()).is_some())
            || host
                .trim_start_matches('[')
                .trim_end_matches(']')
                .parse()
                .ok()
                .and_then(crate::net::addr::non_public)
                .is_some();
        if private {
            let _ = writeln!(
                text,
                "  note: Mercado Pago cannot reach {host}; fine for testing a local handler"
            );
        }
    }
    let _ = writeln!(text);
    print(&text);

    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => return usage_error(&format!("cannot start the async runtime: {e}")),
    };
    let probe = match ProbeClient::new(&settings.net_options()) {
        Ok(p) => p,
        Err(e) => return usage_error(&format!("cannot build the HTTP client: {e:#}")),
    };
    let result = runtime.block_on(probe.post(&target, &headers, body, settings.timeout, 64 * 1024));
    runtime.shutdown_background();

    let mut text = String::new();
    let code = match result {
        Err(f) => {
            let _ = writeln!(
                text,
                "no answer after {}: {}",
                crate::net::human_secs(f.elapsed),
                f.reason
            );
            1
        }
        Ok(p) => {
            let a = &p.answer;
            let _ = writeln!(
                text,
                "< HTTP {} in {:.2} s",
                a.status,
                p.elapsed.as_secs_f64()
            );
            for (k, v) in &a.headers {
                let _ = writeln!(text, "< {k}: {}", String::from_utf8_lossy(v.as_bytes()));
            }
            // Scrubbed before it is cut, so a secret across the cut leaves no piece.
            let body = redactor.scrub(&String::from_utf8_lossy(&a.body));
            let shown: String = body.chars().take(SEND_BODY_CHARS).collect();
            if !shown.is_empty() {
                let _ = writeln!(text, "<");
                for line in shown.lines() {
                    let _ = writeln!(text, "< {line}");
                }
                if shown.len() < body.len() || a.truncated {
                    let _ = writeln!(text, "< … (cut)");
                }
            }
            let _ = writeln!(text);
            match a.status {
                200 | 201 => {
                    let _ = writeln!(
                        text,
                        "delivered: Mercado Pago counts 200 and 201 as delivered"
                    );
                    0
                }
                300..=399 => {
                    let _ = writeln!(
                        text,
                        "not delivered: a redirect (Mercado Pago does not follow it)"
                    );
                    1
                }
                other => {
                    let _ = writeln!(
                        text,
                        "not delivered: HTTP {other} (Mercado Pago counts only 200 and 201, and retries)"
                    );
                    1
                }
            }
        }
    };
    // The answer is the handler's text: no escape sequence reaches the terminal.
    let safe: String = redactor
        .scrub(&text)
        .lines()
        .map(|line| crate::report::printable(line) + "\n")
        .collect();
    print(&safe);
    code
}
