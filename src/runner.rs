//! Runs the selected checks concurrently under the run's deadline, with a spinner on a
//! terminal, and turns their outcomes into the [`Report`]. Checks still running when the
//! deadline passes, or when Ctrl-C arrives, are reported as `error`.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};
use tokio::task::JoinSet;

use crate::checks::{CheckMeta, Common, Context, SelectedCheck};
use crate::i18n::Lang;
use crate::net::human_secs;
use crate::report::{CheckResult, Outcome, Report, Signal, Status};
use crate::tr;

/// Runs every selected check and builds the report. `progress` draws a spinner on stderr.
pub async fn run(ctx: Arc<Context>, started: Instant, deadline: Instant, progress: bool) -> Report {
    let settings = ctx.settings.clone();
    let lang = settings.lang;
    let selected = ctx.checks.clone();
    let mut outcomes: Vec<Option<(Outcome, Duration)>> = vec![None; selected.len()];
    let mut set = JoinSet::new();
    let mut task_index = HashMap::new();
    // SIGINT, SIGTERM and SIGHUP are registered before any check can start a request, so a
    // signal that arrives while the checks run is buffered until the loop below reads it.
    let mut signals = Signals::register();
    for (i, sel) in selected.iter().enumerate() {
        if let Some(outcome) = precheck(sel, &ctx) {
            outcomes[i] = Some((outcome, Duration::ZERO));
            continue;
        }
        let check = sel.check;
        let ctx = ctx.clone();
        let handle = set.spawn(async move {
            let t = Instant::now();
            let outcome = check.run(&ctx).await;
            (outcome, t.elapsed())
        });
        task_index.insert(handle.id(), i);
    }

    let bar = progress.then(|| spinner(set.len()));
    let total = set.len();
    let mut cut_short: Option<String> = None;
    let mut stopped_by: Option<Signal> = None;
    let sleep = tokio::time::sleep_until(deadline.into());
    tokio::pin!(sleep);
    while stopped_by.is_none() && !set.is_empty() {
        tokio::select! {
            next = set.join_next_with_id() => match next {
                Some(Ok((id, result))) => {
                    if let Some(&i) = task_index.get(&id) {
                        outcomes[i] = Some(result);
                    }
                }
                Some(Err(e)) => {
                    if let Some(&i) = task_index.get(&e.id()) {
                        let mut o = Outcome::default();
                        let meta = selected[i].check.meta();
                        o.undetermined(tr!(lang, "runner-panicked-summary"));
                        o.push(meta.finding(Common::InternalError, tr!(lang, "runner-panicked")));
                        for p in ctx.pending_of(meta.id) {
                            o.push(meta.finding(p.reason, p.message));
                        }
                        outcomes[i] = Some((o, Duration::ZERO));
                    }
                }
                None => break,
            },
            _ = &mut sleep => {
                cut_short = Some(tr!(lang, "runner-deadline", deadline = human_secs(deadline - started)));
                break;
            }
            signal = signals.next() => {
                cut_short = Some(tr!(lang, "runner-interrupted", signal = signal.name()));
                stopped_by = Some(signal);
                break;
            }
        }
        if let Some(bar) = &bar {
            bar.set_message(format!("{}/{total} checks done", total - set.len()));
        }
    }
    set.abort_all();
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }

    let site = settings
        .site
        .map(|s| s.as_str().to_owned())
        .or_else(|| ctx.api.cached_user().and_then(|u| u.site_id));
    let checks = selected
        .iter()
        .zip(outcomes)
        .map(|(sel, done)| {
            let meta = sel.check.meta();
            let (outcome, duration) = done.unwrap_or_else(|| {
                let reason = cut_short
                    .clone()
                    .unwrap_or_else(|| tr!(lang, "runner-did-not-finish"));
                let mut outcome = unfinished(lang, meta, &reason, stopped_by.is_some());
                // A change the check made and had not undone yet must not go unreported.
                for p in ctx.pending_of(meta.id) {
                    outcome.push(meta.finding(p.reason, p.message));
                }
                (outcome, started.elapsed())
            });
            let outcome = translated_fixes(meta, explained(lang, meta, outcome), lang);
            CheckResult {
                id: meta.id,
                title: meta.title,
                requirement: meta.requirement,
                docs_url: meta.docs_url,
                required: sel
                    .required
                    .unwrap_or_else(|| meta.required_by_default(site.as_deref())),
                status: outcome.status(),
                duration,
                summary: outcome.summary_line_in(lang),
                findings: outcome.findings,
            }
        })
        .collect();
    let mut report = Report::new(site, started.elapsed(), checks, settings.strict);
    report.lang = settings.lang;
    report.interrupted = stopped_by.is_some();
    report.signal = stopped_by;
    report
}

/// What the runner decides without running the check: turned off, or missing an input.
fn precheck(sel: &SelectedCheck, ctx: &Context) -> Option<Outcome> {
    let meta = sel.check.meta();
    let lang = ctx.settings.lang;
    if !sel.enabled {
        return Some(Outcome::skip(tr!(lang, "runner-turned-off", id = meta.id)));
    }
    let missing: Vec<_> = meta
        .needs
        .iter()
        .filter(|n| !n.given(&ctx.settings))
        .collect();
    if missing.is_empty() {
        return malformed_token(meta, ctx);
    }
    let names: Vec<String> = missing.iter().map(|n| n.name_in(lang)).collect();
    if sel.required == Some(false)
        || (sel.required.is_none()
            && !meta.required_by_default(ctx.settings.site.map(|s| s.as_str())))
    {
        let list = names.join(&format!(" {} ", tr!(lang, "runner-and")));
        return Some(Outcome::skip(tr!(lang, "runner-needs", inputs = list)));
    }
    let mut out = Outcome::default();
    for need in missing {
        let mut f = meta.finding(
            meta.missing_input_code(),
            tr!(lang, "runner-no-input", input = need.name_in(lang)),
        );
        f.remedy = tr!(
            lang,
            "runner-no-input-fix",
            how = capitalize(&need.how_in(lang)),
            id = meta.id
        );
        out.push(f);
    }
    Some(out)
}

/// A check that would send a malformed token does not run: the token is never sent, and
/// the check points at `credentials`, which says what is wrong with it.
fn malformed_token(meta: &'static CheckMeta, ctx: &Context) -> Option<Outcome> {
    // Exactly the checks that document the code: those that send the token, credentials aside.
    if !(ctx.settings.token_malformed() && meta.all_codes().any(|c| c.reason == "token-malformed"))
    {
        return None;
    }
    let lang = ctx.settings.lang;
    let mut out = Outcome::default();
    out.undetermined(tr!(lang, "runner-token-malformed-summary"));
    out.push(meta.finding(Common::TokenMalformed, tr!(lang, "runner-token-malformed")));
    Some(out)
}

/// Each finding's documented fix in the run's language (a fix written for the one finding,
/// such as a checklist item's, is the check's to translate).
fn translated_fixes(meta: &'static CheckMeta, mut outcome: Outcome, lang: Lang) -> Outcome {
    if lang == Lang::En {
        return outcome;
    }
    for f in &mut outcome.findings {
        let Some(reason) = f
            .code
            .strip_prefix(meta.id)
            .and_then(|r| r.strip_prefix('/'))
        else {
            continue;
        };
        let Some(doc) = meta.code(reason) else {
            continue;
        };
        if f.remedy != doc.fix {
            continue;
        }
        let owner = if meta.codes.iter().any(|c| std::ptr::eq(c, doc)) {
            meta.id
        } else {
            "common"
        };
        if let Some(fix) = crate::i18n::get(lang, &format!("code-{owner}-{reason}-fix")) {
            f.remedy = fix;
        }
    }
    outcome
}

/// A check that could not decide always says why with a coded finding (code, fix, docs
/// link): the checks do, and this holds it for any path they missed.
fn explained(lang: Lang, meta: &'static CheckMeta, mut outcome: Outcome) -> Outcome {
    if outcome.status() == Status::Error && outcome.findings.is_empty() {
        let reason = outcome.undetermined.clone().unwrap_or_default();
        outcome.push(meta.finding(
            Common::InternalError,
            tr!(lang, "runner-undecided", reason = reason),
        ));
    }
    outcome
}

fn unfinished(lang: Lang, meta: &'static CheckMeta, reason: &str, by_signal: bool) -> Outcome {
    let mut o = Outcome::default();
    o.undetermined(reason.to_owned());
    let code = if by_signal {
        Common::Interrupted
    } else {
        Common::Deadline
    };
    o.push(meta.finding(code, tr!(lang, "runner-unfinished", reason = reason)));
    o
}

/// The signals that stop a run as Ctrl-C does.
struct Signals {
    #[cfg(unix)]
    int: Option<tokio::signal::unix::Signal>,
    #[cfg(unix)]
    term: Option<tokio::signal::unix::Signal>,
    #[cfg(unix)]
    hup: Option<tokio::signal::unix::Signal>,
}

impl Signals {
    /// Registers the handlers now (a signal received from here on is kept for [`Self::next`]).
    fn register() -> Self {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            Signals {
                int: signal(SignalKind::interrupt()).ok(),
                term: signal(SignalKind::terminate()).ok(),
                hup: signal(SignalKind::hangup()).ok(),
            }
        }
        #[cfg(not(unix))]
        Signals {}
    }

    /// The next signal received.
    async fn next(&mut self) -> Signal {
        #[cfg(unix)]
        {
            async fn recv(l: &mut Option<tokio::signal::unix::Signal>) {
                match l {
                    Some(l) => {
                        l.recv().await;
                    }
                    None => std::future::pending().await,
                }
            }
            tokio::select! {
                _ = recv(&mut self.int) => Signal::Interrupt,
                _ = recv(&mut self.term) => Signal::Terminate,
                _ = recv(&mut self.hup) => Signal::Hangup,
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
            Signal::Interrupt
        }
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
fn spinner(n: usize) -> ProgressBar {
    let bar = ProgressBar::new_spinner();
    bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
        bar.set_style(style);
    }
    bar.set_message(format!("0/{n} checks done"));
    bar.enable_steady_tick(Duration::from_millis(100));
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_undecided_check_without_a_finding_gets_one() {
        let meta = crate::checks::ALL[0].meta();
        let mut o = Outcome::default();
        o.undetermined("the scan stopped");
        let o = explained(Lang::En, meta, o);
        assert_eq!(o.status(), Status::Error);
        assert_eq!(o.findings.len(), 1);
        let f = &o.findings[0];
        assert_eq!(f.code, format!("{}/internal-error", meta.id));
        assert!(f.message.contains("the scan stopped"), "{}", f.message);
        assert!(!f.remedy.is_empty() && !f.docs_url.is_empty());

        // A check that explained itself, or decided, is left alone.
        let mut o = Outcome::default();
        o.undetermined("api down");
        o.push(meta.finding(Common::ApiError, "Could not ask."));
        assert_eq!(explained(Lang::En, meta, o.clone()).findings, o.findings);
        assert!(
            explained(Lang::En, meta, Outcome::default())
                .findings
                .is_empty()
        );
        assert!(
            explained(Lang::En, meta, Outcome::skip("n/a"))
                .findings
                .is_empty()
        );
    }
}
