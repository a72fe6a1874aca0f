//! `mp-golive webhook send`: one notification as Mercado Pago sends it, the request and the
//! answer printed, and whether Mercado Pago would count it as delivered.

use std::fmt::Write as _;

use super::logging::{init_logging, redactor};
use super::{CommandError, print};
use crate::cli::{NotificationFormat, SendArgs, TsUnitArg};
use crate::config::{self, process_env};
use crate::net::probe::ProbeClient;
use crate::tr;
use crate::webhook::delivery::{Judged, judge, order_casing_retry};

/// Mercado Pago's own wait for the first delivery, the default of `webhook send`.
const SEND_DEFAULT_TIMEOUT_SECS: f64 = 22.0;
/// Characters of the handler's answer `webhook send` prints.
const SEND_BODY_CHARS: usize = 2000;

/// `mp-golive webhook send`: one notification, the request and the answer printed.
pub fn run(args: &SendArgs) -> Result<u8, CommandError> {
    use crate::webhook::{self, Notification, Signing, TsUnit};
    let lang = config::choose_lang(args.lang.as_deref(), &process_env, None)
        .map_err(|e| CommandError::Usage(e.to_string()))?;

    let url = match url::Url::parse(args.url.trim()) {
        Ok(u)
            if matches!(u.scheme(), "http" | "https")
                && u.host_str().is_some_and(|h| !h.is_empty()) =>
        {
            u
        }
        Ok(u) => {
            return Err(CommandError::Usage(format!(
                "--url `{}`: expected an http:// or https:// URL with a host, got scheme `{}`",
                args.url,
                u.scheme()
            )));
        }
        Err(e) => {
            return Err(CommandError::Usage(format!(
                "--url `{}`: not a valid URL ({e}); expected such as https://shop.example/webhooks",
                args.url
            )));
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
        return Err(CommandError::Usage(format!(
            "--data-id `{id}`: expected up to 64 letters, digits, `-` or `_`"
        )));
    }
    // An Orders API event is about an `ORD…` id, in the case Mercado Pago shows it, and
    // comes only as a Webhooks notification.
    let order = args.topic == "order";
    if order && args.format == NotificationFormat::Ipn {
        return Err(CommandError::Usage(
            "--topic order with --format ipn: IPN has no order topic; Mercado Pago sends Orders API events as Webhooks notifications only (drop --format ipn)".to_owned(),
        ));
    }
    if order
        && let Some(id) = &args.data_id
        && !(id.len() > 3
            && id.starts_with("ORD")
            && id
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()))
    {
        return Err(CommandError::Usage(format!(
            "--data-id `{id}`: an order notification is about an Orders API order id, ORD followed by upper-case letters and digits (as Mercado Pago shows it)"
        )));
    }
    if !word(&args.topic, 64, b"-_.") {
        return Err(CommandError::Usage(format!(
            "--topic `{}`: expected a topic such as payment or merchant_order",
            args.topic
        )));
    }
    if let Some(action) = &args.action
        && !word(action, 64, b"-_.")
    {
        return Err(CommandError::Usage(format!(
            "--action `{action}`: expected an action such as payment.updated"
        )));
    }
    if !word(&args.user_id, 20, b"") {
        return Err(CommandError::Usage(format!(
            "--user-id `{}`: expected the seller's numeric user id",
            args.user_id
        )));
    }

    let settings = match config::load_send(args, &process_env, SEND_DEFAULT_TIMEOUT_SECS) {
        Ok(s) => s,
        Err(e) => return Err(CommandError::Usage(e.to_string())),
    };
    let redactor = redactor(settings.webhook_secret.iter());
    init_logging(args.verbose, redactor.clone(), &settings.notes);

    let format = match args.format {
        NotificationFormat::Webhooks => webhook::Format::Webhooks,
        NotificationFormat::Ipn => webhook::Format::Ipn,
    };
    let unit = match args.ts_unit {
        TsUnitArg::Ms => TsUnit::Millis,
        TsUnitArg::S => TsUnit::Seconds,
    };
    let data_id = args.data_id.clone().unwrap_or_else(if order {
        webhook::synthetic_order_id
    } else {
        webhook::synthetic_data_id
    });
    let mut n = if order {
        Notification::order(&data_id)
    } else {
        Notification::new(format, &args.topic, &data_id)
    };
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
                "  {}",
                tr!(lang, "send-signed", manifest = n.manifest(unit))
            );
            let _ = secret;
        }
        (webhook::Format::Webhooks, None) => {
            let _ = writeln!(text, "  {}", tr!(lang, "send-unsigned"));
        }
        (webhook::Format::Ipn, _) => {
            let _ = writeln!(text, "  {}", tr!(lang, "send-ipn"));
        }
    }
    if order && args.data_id.is_none() {
        let _ = writeln!(
            text,
            "  note: data.id {data_id} is a synthetic order id (no --data-id given): a handler that reads the order gets 404 and changes nothing"
        );
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
            let _ = writeln!(text, "  {}", tr!(lang, "send-private", host = host));
        }
    }
    let _ = writeln!(text);
    print(&text);

    let runtime = match tokio::runtime::Builder::new_current_thread()
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
    let probe = match ProbeClient::new(&settings.net) {
        Ok(p) => p,
        Err(e) => {
            return Err(CommandError::Environment(format!(
                "cannot build the HTTP client: {e:#}"
            )));
        }
    };
    let result =
        runtime.block_on(probe.post(&target, &headers, body, settings.net.timeout, 64 * 1024));
    // An order event refused as a signature check refuses: once more signed over the id
    // lower-cased, as the Orders docs told handlers to validate, to say which rule it follows.
    let lower = match (&result, secret) {
        (Ok(p), Some(secret))
            if order && order_casing_retry(&p.answer) && data_id.to_lowercase() != data_id =>
        {
            let again = n.signed_lower_case();
            let headers = again.headers(Signing::Valid(secret), unit);
            let answer = runtime.block_on(probe.post(
                &again.url(&url),
                &headers,
                again.body(),
                settings.net.timeout,
                64 * 1024,
            ));
            Some((again, answer))
        }
        _ => None,
    };
    runtime.shutdown_background();

    let mut text = String::new();
    let code = match result {
        Err(f) => {
            let _ = writeln!(
                text,
                "{}",
                tr!(
                    lang,
                    "send-no-answer",
                    elapsed = crate::net::human_secs(f.elapsed),
                    reason = f.reason.as_str()
                )
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
            // The same judgement as the notifications check's, WAF pages included.
            let (verdict, code) = match judge(a) {
                Judged::Accepted => (tr!(lang, "send-delivered"), 0),
                Judged::Redirect(to) => (tr!(lang, "send-redirect", to = to), 1),
                Judged::Waf(w) => (
                    tr!(
                        lang,
                        "send-waf",
                        name = w.name,
                        status = a.status,
                        how = w.how
                    ),
                    1,
                ),
                Judged::Refused(status) => (tr!(lang, "send-refused", status = status), 1),
            };
            let _ = writeln!(text, "{verdict}");
            // Which casing of data.id was accepted, when it matters: an order event, signed.
            if order && secret.is_some() && code == 0 {
                let _ = writeln!(
                    text,
                    "{}",
                    tr!(lang, "send-original-accepted", id = data_id.as_str())
                );
            }
            code
        }
    };
    let code = match lower {
        None => code,
        Some((again, answer)) => {
            let _ = writeln!(
                text,
                "\n> {}",
                tr!(
                    lang,
                    "send-again",
                    id = again.request_id.as_str(),
                    manifest = again.manifest(unit)
                )
            );
            match answer {
                Ok(p) if judge(&p.answer) == Judged::Accepted => {
                    let _ = writeln!(
                        text,
                        "< HTTP {}\n{}",
                        p.answer.status,
                        tr!(lang, "send-lowercase")
                    );
                    1
                }
                Ok(p) => {
                    let _ = writeln!(
                        text,
                        "< HTTP {}\n{}",
                        p.answer.status,
                        tr!(
                            lang,
                            "send-both-refused",
                            id = data_id.as_str(),
                            lower = data_id.to_lowercase()
                        )
                    );
                    1
                }
                Err(f) => {
                    let _ = writeln!(
                        text,
                        "{}",
                        tr!(lang, "send-again-no-answer", reason = f.reason.as_str())
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
    Ok(code)
}
