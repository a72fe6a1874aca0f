//! `mp-golive baseline`: fetches the payment page as `check` does (same flags, environment
//! and config file) and writes its script inventory and security headers, the PCI DSS 6.4.3
//! inventory that `checkout-security` then compares the page with (11.6.1).

use std::io::Write;
use std::path::PathBuf;

use super::logging::{init_logging, redactor};
use super::{CommandError, print};
use crate::checks::{self, checkout_security};
use crate::cli::BaselineArgs;
use crate::config::{self, process_env};
use crate::net::probe::ProbeClient;
use crate::tr;

/// Exit code when the page could not be read: nothing was written.
const EXIT_NOT_RECORDED: u8 = 1;

/// `mp-golive baseline`: 0 when the file was written, 1 when the page could not be read,
/// 2 for a usage or configuration error.
#[allow(clippy::print_stderr)]
pub fn run(args: &BaselineArgs) -> Result<u8, CommandError> {
    let check_args = args.as_check_args();
    let (settings, selected) = match config::load(&check_args, &process_env, checks::select) {
        Ok(loaded) => loaded,
        Err(e) => return Err(CommandError::Config(e)),
    };
    let lang = settings.lang;
    let Some(url) = settings.checkout_url.clone() else {
        return Err(CommandError::Usage(tr!(lang, "baseline-no-checkout-url")));
    };
    // --out, else the configured baseline (what `check` will read), else the default file.
    let out = args.out.clone().unwrap_or_else(|| {
        checkout_security::baseline_of(&selected).map_or_else(
            || PathBuf::from(checkout_security::DEFAULT_BASELINE),
            |f| f.path,
        )
    });
    let redactor = redactor(settings.access_token.iter().chain(&settings.webhook_secret));
    init_logging(args.verbose, redactor.clone(), &settings.notes);
    let probe = ProbeClient::new(&settings.net_options())
        .map_err(|e| CommandError::Environment(format!("cannot build the HTTP client: {e:#}")))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| CommandError::Environment(format!("cannot start the async runtime: {e}")))?;
    let page = runtime.block_on(async {
        tokio::time::timeout(settings.deadline, probe.page(&url))
            .await
            .unwrap_or_else(|_| Err(format!("the deadline of {:?} passed", settings.deadline)))
    });
    runtime.shutdown_background();
    // Recording anything but the payment page itself would make every later check compare
    // against the wrong page.
    let problem = match &page {
        Err(err) => Some(tr!(
            lang,
            "checkout-security-fetch-failed",
            url = url.as_str(),
            err = err.as_str()
        )),
        Ok(p) => match &p.insecure_redirect {
            Some(to) => Some(tr!(
                lang,
                "checkout-security-insecure-redirect",
                url = p.answer.url.as_str(),
                to = to.as_str()
            )),
            None if !(200..300).contains(&p.answer.status) => Some(tr!(
                lang,
                "checkout-security-http-status",
                url = p.answer.url.as_str(),
                status = p.answer.status.to_string()
            )),
            None if p.answer.truncated => Some(tr!(
                lang,
                "checkout-security-truncated",
                url = p.answer.url.as_str()
            )),
            None => None,
        },
    };
    let page = match (problem, page) {
        (None, Ok(page)) => page,
        (problem, _) => {
            eprintln!("mp-golive: error: {}", problem.unwrap_or_default());
            eprintln!("  = help: {}", tr!(lang, "baseline-not-written"));
            return Ok(EXIT_NOT_RECORDED);
        }
    };
    let inventory = checkout_security::inventory_of(&page.answer);
    // The file is meant to be committed: a page that shows the configured access token or
    // webhook secret (in a script's URL, say) must not carry it into the repository too.
    let text = redactor.scrub(&inventory.to_json());
    if out.as_os_str() == "-" {
        return Ok(print(&text));
    }
    let path = out.display().to_string();
    write_whole(&out, &text).map_err(|e| {
        CommandError::Usage(tr!(
            lang,
            "baseline-cannot-write",
            path = path.as_str(),
            error = e.to_string()
        ))
    })?;
    let external = inventory.scripts.iter().filter(|s| s.src.is_some()).count();
    eprintln!(
        "{}",
        tr!(
            lang,
            "baseline-wrote",
            path = path.as_str(),
            external = external,
            inline = inventory.scripts.len() - external,
            headers = inventory.headers.len()
        )
    );
    Ok(0)
}

/// Writes beside the target and renames into place, so a baseline is never half written.
fn write_whole(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => std::path::Path::new("."),
    };
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    file.write_all(text.as_bytes())?;
    file.flush()?;
    file.persist(path).map(drop).map_err(|e| e.error)
}
