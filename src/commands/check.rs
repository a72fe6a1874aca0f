//! `mp-golive check`: settings, clients, the checks under the deadline, one cleaned
//! report, every output it was asked for, the exit code.

use std::io::{self, IsTerminal, Write};
use std::sync::Arc;
use std::time::Instant;

use super::logging::{init_logging, redactor};
use super::{CommandError, EXIT_INTERRUPTED, EXIT_USAGE};
use crate::api::{ApiClient, RetryPolicy};
use crate::checks::{self, Context};
use crate::cli::{CheckArgs, Format};
use crate::config::{self, process_env};
use crate::net::probe::ProbeClient;
use crate::render::{self, RenderOptions, sinks};
use crate::runner;

/// `mp-golive check`: the exit code of the verdict, or why nothing was checked.
#[allow(clippy::print_stderr)]
pub fn run(args: &CheckArgs) -> Result<u8, CommandError> {
    let (settings, selected) = match config::load(args, &process_env, checks::select) {
        Ok((settings, selected)) => (Arc::new(settings), selected),
        Err(e) => return Err(CommandError::Config(e)),
    };
    checks::before_check(&selected, settings.lang).map_err(CommandError::Usage)?;
    if let Some(anchor) = &args.sarif_anchor
        && (anchor.is_empty()
            || std::path::Path::new(anchor).is_absolute()
            || anchor.contains(".."))
    {
        return Err(CommandError::Usage(format!(
            "--sarif-anchor `{anchor}`: expected a path relative to the repository root, such as .github/workflows/ci.yml"
        )));
    }
    let sinks = match sinks::open_reports(&args.report) {
        Ok(s) => s,
        Err(e) => return Err(CommandError::Usage(e)),
    };
    let redactor = redactor(settings.access_token.iter().chain(&settings.webhook_secret));
    init_logging(args.verbose, redactor.clone(), &settings.notes);

    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            return Err(CommandError::Environment(format!(
                "cannot start the async runtime: {e}"
            )));
        }
    };
    let started = Instant::now();
    let deadline = started + settings.deadline;
    let net = settings.net_options();
    let api = match ApiClient::new(
        settings.api_options(RetryPolicy::default(), Some(deadline)),
        &net,
    ) {
        Ok(api) => api,
        Err(e) => {
            return Err(CommandError::Environment(format!(
                "cannot build the HTTP client: {e:#}"
            )));
        }
    };
    let probe = match ProbeClient::new(&net) {
        Ok(probe) => probe,
        Err(e) => {
            return Err(CommandError::Environment(format!(
                "cannot build the HTTP client: {e:#}"
            )));
        }
    };
    let mut ctx = Context::new(settings.clone(), selected, net.clone(), api, probe);
    // Without --official no MCP client exists, so nothing can reach the MCP server.
    if settings.official {
        let options = crate::mcp::McpOptions {
            url: settings.mcp_url.clone(),
            token: settings.sendable_token().cloned(),
            deadline: Some(deadline),
        };
        match crate::mcp::McpClient::new(options, &net) {
            Ok(mcp) => ctx = ctx.with_mcp(mcp),
            Err(e) => {
                return Err(CommandError::Environment(format!(
                    "cannot build the HTTP client: {e:#}"
                )));
            }
        }
    }
    let ctx = Arc::new(ctx);
    // Under -v the log lines would interleave with the spinner's frames.
    let progress = io::stderr().is_terminal()
        && !args.quiet
        && args.verbose == 0
        && process_env("CI").is_none()
        && args.format == Format::Human;
    let report = runtime
        .block_on(runner::run(ctx, started, deadline, progress))
        // Every output format and the step summary render this one cleaned report.
        .cleaned(|text| redactor.scrub(text))
        .localized_links();
    // Nothing may outlive the report: hanging connections are dropped here, not awaited.
    runtime.shutdown_background();

    let anchors = sinks::sarif_anchors(&settings, args.sarif_anchor.as_deref());
    let stdout_opts = RenderOptions {
        color: sinks::color_for_stdout(args.color),
        quiet: args.quiet,
        width: io::stdout()
            .is_terminal()
            .then(|| terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)))
            .flatten(),
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
    for sink in sinks {
        if let Err((what, e)) = sink.write(&report, &file_opts) {
            lost(&what, e);
        }
    }
    if github && let Err((path, e)) = sinks::append_step_summary(&report) {
        eprintln!(
            "mp-golive: warning: cannot append to GITHUB_STEP_SUMMARY ({}): {e}",
            path.display()
        );
    }
    Ok(code)
}
