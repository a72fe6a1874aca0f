//! `notifications`: the Webhooks and IPN endpoints accept Mercado Pago's notifications, as
//! Mercado Pago delivers them: from the internet, over HTTPS, signed, answered 200/201 within
//! 22 s without a redirect, and (with the secret) refusing forged signatures.
//!
//! Facts behind it (`reference/mercadopago-api.md` §3): the request shapes and the signature
//! live in [`crate::webhook`]; the 22 s wait and the 5 s of the older retry table come from
//! the docs (high and medium confidence). The unit of `ts` is disputed between the docs,
//! SDK-go and the 2026 Python/Node validators, so a refused signed request is retried once
//! with `ts` in seconds before the signature is blamed.

use std::time::Duration;

use url::Url;

use crate::api::Answer as ApiAnswer;
use crate::checks::{
    CheckMeta, Context, DefaultRequired, Need, OptionDoc, OptionKind, api_unavailable,
};
use crate::i18n::Lang;
use crate::mcp::{History, McpClient, read_history};
use crate::net::addr;
use crate::net::probe::{Answer, PostFailure, PostFailureKind, Posted, ProbeClient};
use crate::net::{human_secs, tls};
use crate::report::{Finding, Outcome};
use crate::secret::{Secret, scrub};
use crate::tr;
use crate::webhook::delivery::{Judged, Waf, judge, order_casing_retry};
use crate::webhook::{
    Format, Notification, Signing, TsUnit, synthetic_data_id, synthetic_order_id,
};

/// The `notifications` check.
pub struct Notifications;

/// Only the status and a short excerpt of a handler's answer matter.
const MAX_ANSWER_BYTES: usize = 64 * 1024;
/// Characters of a handler's answer quoted in a finding.
const EXCERPT_CHARS: usize = 200;

static MODERN: &[&rustls::SupportedProtocolVersion] =
    &[&rustls::version::TLS13, &rustls::version::TLS12];

finding_codes! {
    /// The finding codes of this check, each with the one severity `explain` documents.
    enum Code in CODES {
        NotConfigured = ("not-configured", Error, "No webhook_url or ipn_url was given, and no production payment with a notification_url was either, so notification delivery cannot be verified.", "Pass --webhook-url URL (the URL set in Your integrations > Webhooks) and/or --ipn-url URL, or set them in mp-golive.toml; or pass --payment-id of a production payment created with notification_url."),
        UrlFromPayment = ("url-from-payment", Info, "No webhook_url or ipn_url was given, so the notification_url of the configured production payment was tested.", "Nothing to fix. Set webhook_url (and ipn_url) to test the URL configured in the panel too: a per-payment notification_url overrides it only for that payment."),
        NotHttps = ("not-https", Error, "The notification URL is http://: notifications (payment ids, statuses) travel unencrypted and can be altered on the way.", "Serve the notification endpoint over HTTPS with a certificate from a public CA and configure the https:// URL in Your integrations > Webhooks (and in notification_url)."),
        PrivateAddress = ("private-address", Error, "The host is localhost or resolves to a loopback, private, link-local, CGNAT or other non-public address: Mercado Pago cannot reach it (and rejects such notification_url values). Nothing is sent to it. (With --allow-private-addresses, staging, it is `private-address-allowed` instead and the URL is tested.)", "Use a public host name that resolves to a public address (for local development, a tunnel such as ngrok or cloudflared gives one). For a staging run against a private URL, pass --allow-private-addresses."),
        PrivateAddressAllowed = ("private-address-allowed", Info, "The host is localhost or resolves to a non-public address, and --allow-private-addresses was given (staging): the URL was tested anyway, but Mercado Pago cannot reach it in production.", "Before going live, configure a public URL: Mercado Pago cannot reach this one (a tunnel such as ngrok or cloudflared gives one for development)."),
        Unreachable = ("unreachable", Error, "The notification URL could not be reached; the message says why: DNS lookup failed, connection refused, reset, or timed out.", "Check the URL, the DNS record, that the server listens on that port, and that firewalls and security groups let Mercado Pago's servers in (allow the whole internet on the HTTPS port: Mercado Pago publishes no fixed address list)."),
        TlsInvalid = ("tls-invalid", Error, "The notification host's certificate does not verify (expired, wrong host, self-signed, unknown issuer or incomplete chain) or no TLS handshake completed: Mercado Pago's delivery fails before any request.", "Serve a certificate from a public CA that covers this host, with its full chain (fullchain.pem); `mp-golive check --only checkout-tls --checkout-url <this URL>` names the exact cause."),
        Redirect = ("redirect", Error, "The endpoint answered the notification with a redirect (3xx). Mercado Pago does not follow it and does not count the notification as delivered.", "Configure the final URL (the one in the Location header: often https:// instead of http://, a trailing slash, or www.), and make the endpoint answer POST directly."),
        WafChallenge = ("waf-challenge", Error, "A web application firewall or bot protection answered instead of the handler (Cloudflare \"Just a moment\" challenge, ModSecurity 406, ...). Mercado Pago cannot solve a challenge, so every notification is lost.", "Allow-list the notification path for POST in the WAF named in the message (Cloudflare: a custom rule that skips managed challenges, Bot Fight Mode and rate limiting for this path; ModSecurity: a rule exclusion for this location), without disabling signature validation in the handler."),
        BadStatus = ("bad-status", Error, "The endpoint answered the notification with a status other than 200 or 201 (the message gives it and an excerpt of the body). Mercado Pago counts it as not delivered and retries.", "Answer 200 (or 201) as soon as the notification is received and validated, and process it afterwards; a 404 means the URL or route is wrong, a 5xx that the handler crashed (see its logs for this request)."),
        Slow = ("slow", Warning, "The endpoint answered after slow_warning_ms (5 s): Mercado Pago's retries wait only 5 s. (No answer within slow_failure_ms is `too-slow`.)", "Answer 200 first and do the work (GET /v1/payments/{id}, order updates, e-mails) asynchronously, in a queue or background job."),
        TooSlow = ("too-slow", Error, "The endpoint did not answer within slow_failure_ms (Mercado Pago's 22 s): Mercado Pago counts the delivery as failed and retries.", "Answer 200 first and do the work (GET /v1/payments/{id}, order updates, e-mails) asynchronously, in a queue or background job."),
        RejectsValidSignature = ("rejects-valid-signature", Error, "A notification signed exactly as Mercado Pago signs it, with the configured secret, was refused (also with ts in seconds): the handler would refuse every real notification.", "Check that the handler uses the secret signature shown in Your integrations > Webhooks (it changes when reset) and builds the manifest id:<data.id from the query string>;request-id:<x-request-id header>;ts:<ts>; (absent parts left out, data.id in its original case) before HMAC-SHA256 and a hex comparison with v1. In PHP the query parameter data.id arrives as $_GET['data_id']."),
        TsUnitMismatch = ("ts-unit-mismatch", Warning, "The notification signed with ts in milliseconds (as Mercado Pago sends it) was refused, but the same one with ts in seconds was accepted: the handler's freshness check reads ts as seconds and will refuse real notifications. The sources disagree on the unit (see Confidence).", "Keep ts verbatim in the manifest, and in any freshness check accept both units: a value above 10^12 is milliseconds, otherwise seconds."),
        AcceptsForgedSignature = ("accepts-forged-signature", Warning, "With a secret configured, a notification with a wrong x-signature was answered 2xx: anyone who knows the URL can forge payment events.", "Validate x-signature before acting on a notification (Mercado Pago's SDKs include a validator) and answer 401 when it does not match; in any case fetch the payment with GET /v1/payments/{id} rather than trusting the body."),
        SignatureNotTested = ("signature-not-tested", Info, "No webhook secret was given, so the signature handling was not tested: the Webhooks notification was sent unsigned. If the endpoint refused it with 401/403 the check cannot decide and is `error`.", "Give the secret signature from Your integrations > Webhooks through MP_WEBHOOK_SECRET or --webhook-secret-file; it never leaves this machine (it only signs the test notifications)."),
        OrderLowercaseId = ("order-lowercase-id", Warning, "The endpoint refused an `order` notification signed over its data.id in its original case (ORD…, as Mercado Pago's SDKs say it signs since June 2026) and accepted the same one signed over the id lower-cased (as the Orders docs still say to validate): real order notifications may be refused. The sources disagree (see Confidence).", "Build the manifest with data.id exactly as it arrives in the query string (original case), as the official SDKs do since June 2026; if you must follow the older docs, accept either casing until Mercado Pago settles it."),
        OrderRefused = ("order-refused", Error, "The endpoint accepted the payment notification but refused an `order` notification (topic `order`, action order.processed, data.id an ORD… id) signed over the id in its original case, and, when that was refused with 400/401/403, again signed over it lower-cased: an integration on the Orders API would miss its order events.", "Handle the `order` topic: answer 200 to it (validate x-signature over data.id as it arrives), then read the order with GET /v1/orders/{id}; check that Your integrations > Webhooks has the Orders events selected."),
        OfficialHistory = ("official-history", Info, "With --official: the delivery history Mercado Pago's MCP server gives (the notifications_history tool): the delivery rate as its text states it, or its text (cleaned and cut). Mercado Pago's record of real deliveries, beside this check's own probes.", "Nothing required; see the failures listed, if any, and Your integrations > Webhooks > the delivery history."),
        OfficialFailures = ("official-failures", Warning, "With --official: Mercado Pago's delivery history names recent failed deliveries (for example \"3 failures: HTTP 502\"): real notifications did not reach the handler.", "Find the failed deliveries in your server's logs at the times of the history (Your integrations > Webhooks), fix what answered the error, and answer 200/201 within 22 s."),
        OfficialNone = ("official-none", Info, "With --official: Mercado Pago's delivery history says \"No Notifications Found\" (no notification was sent to this application recently) or \"no webhook notifications configured\" (no Webhooks URL in the panel: notifications go only to each payment's notification_url). Nothing is known of real deliveries.", "Configure the Webhooks URL in Your integrations > Webhooks, or check that payments carry notification_url; make a payment and run again to see its deliveries."),
        OfficialError = ("official-error", Info, "With --official: Mercado Pago's MCP server could not be asked or its answer not read (unreachable, timeout, HTTP or JSON-RPC error, a tool not listed, an unreadable or oversized answer); the check is `error`, not `pass`, and the probes' findings still stand.", "Run again later; check --mcp-url, that the access token is a production one the MCP server accepts, and -v for the requests. Or leave out --official."),
        ApiError = ("api-error", Info, "The configured payment could not be read from the Mercado Pago API to find its notification_url; the check is `error`, not `pass`.", "Run again later, or give --webhook-url / --ipn-url directly."),
    }
}

static META: CheckMeta = CheckMeta {
    id: "notifications",
    title: "Payment notifications",
    seed_section: "Notificaciones (Webhooks o IPN)",
    requirement: "Each notification URL is public HTTPS and answers a realistic, correctly signed Mercado Pago notification with 200 or 201 within 22 s, without a redirect.",
    needs: &[Need::NotificationUrl],
    default_required: DefaultRequired::Yes,
    docs_url: "https://www.mercadopago.com/developers/en/docs/your-integrations/notifications/webhooks",
    explain: "\
What it checks
  For each of webhook_url (Webhooks format) and ipn_url (IPN format):
  - The URL is https:// and its host is not localhost and resolves only to public
    addresses (not loopback, RFC 1918, link-local, CGNAT, unique-local...).
  - The TLS certificate verifies against the Mozilla roots (plus --ca-file), as the
    checkout-tls inspection does.
  - One notification is POSTed exactly as Mercado Pago sends it, and must be answered 200
    or 201, without a redirect, within 22 s (a warning above 5 s).
      Webhooks: POST <url>?data.id=<id>&type=payment, JSON body {id, live_mode, type,
        date_created, user_id, api_version, action, data.id}, x-request-id, and
        x-signature: ts=<ms>,v1=<hex HMAC-SHA256 of id:<data.id>;request-id:<x-request-id>;ts:<ts>;>
        keyed with the webhook secret (absent parts are left out; data.id keeps its case).
      IPN: POST <url>?topic=payment&id=<id> with {\"resource\": \"<id>\", \"topic\": \"payment\"}.
  - With the webhook secret (MP_WEBHOOK_SECRET or --webhook-secret-file), a second Webhooks
    notification with a wrong x-signature must be refused (a warning if it is accepted).
  - WAF challenges (Cloudflare, ModSecurity, Sucuri, Imperva, AWS WAF, Akamai) are named.
  When neither URL is given, the notification_url of the configured production payment
  (--payment-id) is tested, and an info finding says so; its `source_news` picks the format
  (webhooks, ipn, or both when absent).

What your handler receives
  Real HTTP requests. data.id is a synthetic 18-digit id starting with 9990 (Mercado Pago
  payment ids have 10 to 12 digits), so a handler that fetches GET /v1/payments/<id> gets
  404 and changes no order and sends no e-mail; --webhook-data-id sends another id instead.
  The requests carry `User-Agent: mp-golive/<version>` and a fresh x-request-id each, and
  Mercado Pago's `X-Retry: 0` and `X-Socket-Timeout: 22000`; live_mode is true. Up to three
  requests per URL: the signed one, a retry with ts in seconds if it is refused, and the
  forged one.

Why it matters
  The go-live page asks that order status be kept up to date from notifications. Mercado
  Pago counts a delivery only when it gets 200/201 within 22 s; a redirect, a WAF challenge,
  a private address or a handler that refuses its signatures means missed payments.

Confidence
  High: the manifest, HMAC-SHA256, the 200/201 rule and the 22 s wait (Mercado Pago docs,
  SDK-go). Medium: the exact query pair data.id/type, and the 5 s wait of retries (an older
  retry table; the current text says retries come every 15 minutes). Low: the IPN body
  (third-party captures). Disputed: the unit of ts. Mercado Pago's delivery example carries
  13 digits (milliseconds) and SDK-go compares with Unix milliseconds, but the optional
  freshness checks of sdk-python 3.6.0 and sdk-nodejs 3.6.1 read seconds. This check sends
  milliseconds first; if the signed notification is refused it retries once in seconds and
  warns with ts-unit-mismatch when that one is accepted. data.id keeps its original case
  (SDK-go's June 2026 fix), although the Orders docs said to lowercase it.

Orders API
  With an order id (--order-id) or `topics` including \"order\", the Webhooks URL also gets
  an `order` notification as Mercado Pago sends it for the Orders API (type order, action
  order.processed, data.id the ORD… id, data.status, data.transactions, data.version),
  beside the payment one and signed over data.id in its original case. Refused with
  400/401/403 (by the handler, not a WAF), it is sent once more signed over the id
  lower-cased: accepted then, it is order-lowercase-id (the handler follows the older
  Orders docs; every official SDK moved to the original case on 2026-06-17, saying Mercado
  Pago signs it so); refused again (or refused otherwise) while the payment one was
  accepted, it is order-refused. A handler that accepts the original case passes. A
  handler that reads ts as seconds (ts-unit-mismatch) is asked the casing question again
  with ts in seconds, so that its refusal is about the id. Without an order id, the id is
  a synthetic ORDMPGOLIVE… one and the summary says so. IPN has no order topic.
  Confidence: high for the SDKs' casing, medium for the body's shape; the docs still say
  to lowercase, and sdk-java #420 reports order webhooks that validate with neither casing
  under test credentials, so which casing Mercado Pago signs is disputed: the finding is a
  warning, not an error.

Timing
  The notification is given slow_failure_ms (Mercado Pago's 22 s) to answer, whatever
  --timeout says; connecting and the TLS inspection are bounded by --timeout.

Mercado Pago's delivery history (--official, opt-in)
  With --official, Mercado Pago's MCP server (mcp_url) is asked for notifications_history,
  with the access token as bearer (and the token's application id when the tool declares
  one): the delivery rate its text states is official-history, the failures it names
  (\"3 failures: HTTP 502\") official-failures (a warning: real deliveries failed), and
  \"No Notifications Found\" or \"no webhook notifications configured\" official-none, said
  plainly. They are Mercado Pago's record, beside this check's own probes. An MCP failure
  is official-error: the check is `error`, not `pass`. Confidence: the tool's text format is
  not documented, so the rate and the failures are read from its lines conservatively.",
    codes: CODES,
    options: &[
        OptionDoc {
            key: "slow_warning_ms",
            kind: OptionKind::Integer,
            default: "5000",
            help: "An answer slower than this (milliseconds) warns: Mercado Pago's retries wait 5 s.",
        },
        OptionDoc {
            key: "slow_failure_ms",
            kind: OptionKind::Integer,
            default: "22000",
            help: "No answer within this (milliseconds) fails: Mercado Pago waits 22 s. Also how long the notification is given.",
        },
        OptionDoc {
            key: "topics",
            kind: OptionKind::StringList,
            default: "[\"payment\"]",
            help: "The topics sent to the Webhooks URL: \"payment\" always, \"order\" (Orders API) too when listed or when an order id is given.",
        },
    ],
};

impl_check!(Notifications, META, run, options = Options);

/// The `[checks.notifications]` keys; their defaults (Mercado Pago's retry wait, 5 s, and
/// its wait for the first delivery, 22 s: D-retry, D-webhooks, D-ipn) are the `OptionDoc`s'
/// above.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Options {
    slow_warning_ms: u64,
    slow_failure_ms: u64,
    topics: Vec<String>,
}

/// The topics a run can send.
const TOPICS: [&str; 2] = ["payment", "order"];

impl super::CheckOptions for Options {
    /// The thresholds must make sense together (their types the config layer has checked).
    fn prepare(&mut self, lang: Lang) -> Result<(), String> {
        let (warn, fail) = (self.slow_warning_ms, self.slow_failure_ms);
        if fail < 1 || warn >= fail {
            return Err(tr!(
                lang,
                "config-notifications-slow",
                warn = warn,
                fail = fail
            ));
        }
        if let Some(t) = self.topics.iter().find(|t| !TOPICS.contains(&t.as_str())) {
            return Err(tr!(lang, "config-notifications-topic", topic = t.as_str()));
        }
        Ok(())
    }
}

/// One URL to test, in one format.
#[derive(Debug, Clone)]
struct Target {
    url: Url,
    format: Format,
}

/// The timing limits of a run.
#[derive(Debug, Clone, Copy)]
struct Limits {
    warn: Duration,
    fail: Duration,
}

async fn run(ctx: &Context) -> Outcome {
    let Some(mcp) = &ctx.mcp else {
        return probes(ctx).await;
    };
    let (mut out, official) = tokio::join!(probes(ctx), history(ctx, mcp));
    super::official::merge(&mut out, official);
    out
}

/// Mercado Pago's tool that reports the account's real deliveries.
const TOOL: &str = "notifications_history";

/// Mercado Pago's record of real deliveries (`--official`): the rate and the failures its
/// text names, or that it has none.
async fn history(ctx: &Context, mcp: &McpClient) -> Outcome {
    let lang = ctx.settings.lang;
    let mut out = Outcome::default();
    let mut args = serde_json::Map::new();
    if let Some(app) = super::official::application_id(ctx, mcp, TOOL).await {
        let v = app
            .parse::<u64>()
            .map_or_else(|_| serde_json::Value::from(app.as_str()), Into::into);
        args.insert("application_id".into(), v);
    }
    let text = match mcp.call(TOOL, args).await {
        Ok(text) => text,
        Err(e) => {
            let what = tr!(lang, "notifications-official-what");
            super::could_not(lang, &META, Code::OfficialError, &mut out, &what, &e);
            return out;
        }
    };
    match read_history(&text) {
        History::NoneFound => out.push(META.finding(
            Code::OfficialNone,
            tr!(lang, "notifications-official-none-found"),
        )),
        History::NotConfigured => out.push(META.finding(
            Code::OfficialNone,
            tr!(lang, "notifications-official-not-configured"),
        )),
        History::Read {
            rate,
            failures,
            text,
        } => {
            let history = match &rate {
                Some(rate) => tr!(lang, "notifications-official-rate", rate = rate.as_str()),
                None => tr!(lang, "notifications-official-text", text = text),
            };
            out.push(META.finding(Code::OfficialHistory, history));
            if !failures.is_empty() {
                out.push(META.finding(
                    Code::OfficialFailures,
                    tr!(
                        lang,
                        "notifications-official-failures",
                        failures = failures.join("; ")
                    ),
                ));
            }
            if let Some(rate) = rate {
                out.summary = Some(tr!(
                    lang,
                    "notifications-official-summary",
                    rate = rate.as_str()
                ));
            }
        }
    }
    out
}

/// The outside probes of the configured URLs.
async fn probes(ctx: &Context) -> Outcome {
    let mut out = Outcome::default();
    let Some(targets) = targets(ctx, &mut out).await else {
        return out;
    };
    let options: std::sync::Arc<Options> = super::options_of(ctx, &META);
    let limits = Limits {
        warn: Duration::from_millis(options.slow_warning_ms.max(1)),
        fail: Duration::from_millis(options.slow_failure_ms.max(1)),
    };
    // The Orders API's `order` topic goes to the Webhooks URL only (IPN has none).
    let order = (ctx.settings.order_id.is_some() || options.topics.iter().any(|t| t == "order"))
        .then(|| {
            ctx.settings
                .order_id
                .clone()
                .unwrap_or_else(synthetic_order_id)
        });
    let webhooks = targets.iter().find(|t| t.format == Format::Webhooks);
    let ipn = targets.iter().find(|t| t.format == Format::Ipn);
    let (w, i) = tokio::join!(
        maybe_probe(ctx, webhooks, limits, order.as_deref()),
        maybe_probe(ctx, ipn, limits, None)
    );
    let mut summaries = Vec::new();
    for sub in [w, i].into_iter().flatten() {
        for f in sub.findings {
            out.push(f);
        }
        if let Some(reason) = sub.undetermined {
            out.undetermined(reason);
        }
        summaries.extend(sub.summary);
    }
    // An order id with only an IPN URL: nothing said about order events would be verified,
    // so the summary says they were not sent rather than letting the pass cover them.
    if order.is_some() && webhooks.is_none() && !summaries.is_empty() {
        summaries.push(tr!(ctx.settings.lang, "notifications-no-order-sent"));
    }
    if !summaries.is_empty() {
        out.summary = Some(summaries.join("; "));
    }
    out
}

async fn maybe_probe(
    ctx: &Context,
    target: Option<&Target>,
    limits: Limits,
    order: Option<&str>,
) -> Option<Outcome> {
    Some(probe(ctx, target?, limits, order).await)
}

/// The URLs to test: the configured ones, else the payment's `notification_url`. None when
/// the check ends here (the finding or the undetermined reason is in `out`).
async fn targets(ctx: &Context, out: &mut Outcome) -> Option<Vec<Target>> {
    let s = &ctx.settings;
    let lang = s.lang;
    let mut targets = Vec::new();
    if let Some(url) = &s.webhook_url {
        targets.push(Target {
            url: url.clone(),
            format: Format::Webhooks,
        });
    }
    if let Some(url) = &s.ipn_url {
        targets.push(Target {
            url: url.clone(),
            format: Format::Ipn,
        });
    }
    if !targets.is_empty() {
        return Some(targets);
    }
    let (Some(id), true) = (s.payment_id.as_deref(), s.access_token.is_some()) else {
        out.push(META.finding(Code::NotConfigured, tr!(lang, "notifications-no-urls")));
        return None;
    };
    let payment = match ctx.api.payment(id).await {
        Ok(ApiAnswer::Ok(p)) => p,
        Ok(ApiAnswer::Refused(r)) if r.status == 404 => {
            out.push(META.finding(
                Code::NotConfigured,
                tr!(lang, "notifications-payment-not-found", id = id),
            ));
            return None;
        }
        Ok(ApiAnswer::Refused(r)) => {
            api_unavailable(
                lang,
                &META,
                out,
                &tr!(lang, "notifications-read-payment", id = id),
                &r,
            );
            return None;
        }
        Err(e) => {
            api_unavailable(
                lang,
                &META,
                out,
                &tr!(lang, "notifications-read-payment", id = id),
                &e,
            );
            return None;
        }
    };
    let raw = payment
        .notification_url
        .as_deref()
        .map(str::trim)
        .unwrap_or("");
    if raw.is_empty() {
        out.push(META.finding(
            Code::NotConfigured,
            tr!(lang, "notifications-payment-without-url", id = id),
        ));
        return None;
    }
    let url = match Url::parse(raw) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => u,
        _ => {
            out.push(META.finding(
                Code::NotConfigured,
                tr!(
                    lang,
                    "notifications-payment-url-invalid",
                    id = id,
                    raw = raw
                ),
            ));
            return None;
        }
    };
    // `source_news` picks the mechanism; without it Mercado Pago sends both.
    let source_news = url
        .query_pairs()
        .find(|(k, _)| k == "source_news")
        .map(|(_, v)| v.to_ascii_lowercase());
    let formats: &[Format] = match source_news.as_deref() {
        Some("webhooks") => &[Format::Webhooks],
        Some("ipn") => &[Format::Ipn],
        _ => &[Format::Webhooks, Format::Ipn],
    };
    out.push(META.finding(
        Code::UrlFromPayment,
        match formats {
            [one] => tr!(
                lang,
                "notifications-url-from-payment-one",
                url = url.as_str(),
                id = id,
                format = one.name()
            ),
            _ => tr!(
                lang,
                "notifications-url-from-payment-both",
                url = url.as_str(),
                id = id,
                first = formats[0].name(),
                second = formats[formats.len() - 1].name()
            ),
        },
    ));
    Some(
        formats
            .iter()
            .map(|f| Target {
                url: url.clone(),
                format: *f,
            })
            .collect(),
    )
}

/// Tests one URL in one format; with `order`, also sends an `order` notification of that id
/// beside the payment one (Webhooks only).
async fn probe(ctx: &Context, target: &Target, limits: Limits, order: Option<&str>) -> Outcome {
    let mut out = Outcome::default();
    let s = &ctx.settings;
    let lang = s.lang;
    let url = &target.url;
    let kind = target.format.name();
    let host = url.host_str().unwrap_or_default().to_owned();
    let port = url.port_or_known_default().unwrap_or(443);

    if url.scheme() != "https" {
        out.push(META.finding(
            Code::NotHttps,
            tr!(
                lang,
                "notifications-not-https",
                kind = kind,
                url = url.as_str()
            ),
        ));
    }

    let mut checked = Vec::new();
    let non_public: Vec<String> = if addr::is_localhost_name(&host) {
        vec![tr!(
            lang,
            "notifications-this-machine",
            host = host.as_str()
        )]
    } else {
        match addr::resolve(&host, port, &ctx.net).await {
            Ok(addrs) => {
                checked = addrs.clone();
                addrs
                    .iter()
                    .filter_map(|a| {
                        addr::non_public(a.ip()).map(|why| format!("{} ({why})", a.ip()))
                    })
                    .collect()
            }
            Err(e) => {
                out.push(META.finding(
                    Code::Unreachable,
                    tr!(
                        lang,
                        "notifications-unreachable",
                        kind = kind,
                        url = url.as_str(),
                        err = e.to_string()
                    ),
                ));
                return out;
            }
        }
    };
    if !non_public.is_empty() {
        // With --allow-private-addresses (staging) the URL is tested, and what remains to
        // do before going live is its own code, of its own severity.
        let code = if s.allow_private_addresses {
            Code::PrivateAddressAllowed
        } else {
            Code::PrivateAddress
        };
        let literal = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<std::net::IpAddr>()
            .is_ok()
            || addr::is_localhost_name(&host);
        let what = tr!(
            lang,
            if literal {
                "notifications-private-is"
            } else {
                "notifications-private-resolves"
            },
            kind = kind,
            url = url.as_str(),
            addrs = non_public.join(", ")
        );
        let then = tr!(
            lang,
            if s.allow_private_addresses {
                "notifications-private-tested"
            } else {
                "notifications-private-not-sent"
            }
        );
        let f = META.finding(code, format!("{what} {then}"));
        out.push(f);
        if !s.allow_private_addresses {
            return out;
        }
    }

    let data_id = s.webhook_data_id.clone().unwrap_or_else(synthetic_data_id);
    let mut n = Notification::new(target.format, "payment", &data_id);
    // The token's parts are no secret (its user id is the body's user_id, its client id the
    // order body's application_id); the token itself goes nowhere near the merchant.
    let mut application_id = None;
    if let Some(user) = s
        .access_token
        .as_ref()
        .and_then(|t| crate::api::shape::parse_access_token(t.expose()).ok())
    {
        n.user_id = user.user_id;
        application_id = user.client_id;
    }
    let secret = s
        .webhook_secret
        .as_ref()
        .filter(|_| target.format == Format::Webhooks);
    let signing = secret.map_or(Signing::Unsigned, Signing::Valid);
    let secrets: Vec<&Secret> = s
        .webhook_secret
        .iter()
        .chain(s.access_token.iter())
        .collect();

    // The notifications go to the addresses just judged, not to a second DNS answer.
    let client = if checked.is_empty() {
        ctx.probe.clone()
    } else {
        ctx.probe.pinned(&host, &checked)
    };
    // The signed notification goes out beside the TLS inspection instead of after it: the
    // inspection's connection (TCP and TLS round trips of its own) would otherwise sit on
    // the check's critical path. The judgement is the one the sequence gave: a problem the
    // inspection finds ends the probe with its finding whatever the POST got (a POST still
    // in flight is dropped), and only a clean inspection lets the POST's answer be judged.
    // What changes is that the POST is attempted while the inspection runs; a certificate
    // that does not verify fails the POST's own handshake before any byte of the request,
    // so a host the inspection refuses still receives no notification.
    // The order event goes out with the payment one, not after it: its POST (and its
    // lower-cased retry) run beside the payment's exchange (the TLS inspection, the `ts`
    // retry, the forged probe), so they add no round trip to the check. It is judged only
    // once the payment one is accepted, so a broken URL is reported once, by the payment
    // one; when the payment exchange ends early, an order exchange in flight is dropped.
    let order_base = order
        .filter(|_| target.format == Format::Webhooks)
        .map(|id| {
            let mut o = Notification::order(id);
            o.user_id = n.user_id.clone();
            o.application_id = application_id.clone();
            o
        });
    let order_ms = async {
        match &order_base {
            Some(base) => {
                Some(order_exchange(&client, url, base, secret, TsUnit::Millis, limits).await)
            }
            None => None,
        }
    };
    let payment = async {
        let mut out = out;
        let first = send(&client, url, &n, signing, TsUnit::Millis, limits);
        let first = if url.scheme() == "https" {
            // The handshake goes to the addresses just judged, as the notifications will.
            let inspection = async {
                let inspected = if checked.is_empty() {
                    tls::inspect(&host, port, &ctx.net, MODERN).await
                } else {
                    tls::inspect_at(&host, &checked, &ctx.net, MODERN).await
                };
                tls_problem(lang, kind, url, &host, port, inspected)
            };
            match inspection_first(inspection, first).await {
                Ok(first) => first,
                Err(problem) => {
                    out.push(problem);
                    return (out, None);
                }
            }
        } else {
            first.await
        };
        let posted = match first {
            Ok(p) => p,
            Err(f) => {
                failure_finding(lang, &mut out, f, kind, url, limits);
                return (out, None);
            }
        };
        timing_finding(lang, &mut out, &posted, kind, url, limits);
        let mut unit = TsUnit::Millis;
        let mut accepted = posted.clone();
        match judge(&posted.answer) {
            Judged::Accepted => {}
            Judged::Redirect(to) => {
                // `judge` says "no Location" when the answer has none (or none that reads).
                let has_location = posted
                    .answer
                    .headers
                    .get(reqwest::header::LOCATION)
                    .and_then(|v| v.to_str().ok())
                    .is_some();
                let status = posted.answer.status.to_string();
                let message = if has_location {
                    tr!(
                        lang,
                        "notifications-redirect",
                        kind = kind,
                        url = url.as_str(),
                        status = status,
                        location = to
                    )
                } else {
                    tr!(
                        lang,
                        "notifications-redirect-no-location",
                        kind = kind,
                        url = url.as_str(),
                        status = status
                    )
                };
                out.push(META.finding(Code::Redirect, message));
                return (out, None);
            }
            Judged::Waf(waf) => {
                let (name, how) = waf_in(lang, &waf);
                out.push(META.finding(
                    Code::WafChallenge,
                    tr!(
                        lang,
                        "notifications-waf",
                        kind = kind,
                        url = url.as_str(),
                        waf = name,
                        status = posted.answer.status.to_string(),
                        how = how
                    ),
                ));
                return (out, None);
            }
            Judged::Refused(status) => {
                let excerpt = excerpt(&posted.answer, &secrets);
                if let Some(secret) = secret
                    && retry_in_seconds(status)
                {
                    let again = n.redelivered();
                    match send(
                        &client,
                        url,
                        &again,
                        Signing::Valid(secret),
                        TsUnit::Seconds,
                        limits,
                    )
                    .await
                    {
                        Ok(p) if judge(&p.answer) == Judged::Accepted => {
                            out.push(META.finding(
                                Code::TsUnitMismatch,
                                tr!(
                                    lang,
                                    "notifications-ts-unit-mismatch",
                                    kind = kind,
                                    url = url.as_str(),
                                    ms = n.ts(TsUnit::Millis).to_string(),
                                    status = status.to_string(),
                                    excerpt = excerpt.as_str(),
                                    secs = again.ts(TsUnit::Seconds).to_string()
                                ),
                            ));
                            timing_finding(lang, &mut out, &p, kind, url, limits);
                            unit = TsUnit::Seconds;
                            accepted = p;
                        }
                        second => {
                            let also = match &second {
                                Ok(p) => format!("HTTP {}", p.answer.status),
                                Err(f) => f.reason.clone(),
                            };
                            let code = if signature_refusal(status) {
                                Code::RejectsValidSignature
                            } else {
                                Code::BadStatus
                            };
                            out.push(META.finding(
                                code,
                                tr!(
                                    lang,
                                    "notifications-refused-signed",
                                    kind = kind,
                                    url = url.as_str(),
                                    data_id = n.data_id.as_str(),
                                    request_id = n.request_id.as_str(),
                                    status = status.to_string(),
                                    excerpt = excerpt.as_str(),
                                    also = also
                                ),
                            ));
                            return (out, None);
                        }
                    }
                } else if secret.is_none()
                    && target.format == Format::Webhooks
                    && matches!(status, 401 | 403)
                {
                    out.push(META.finding(
                        Code::SignatureNotTested,
                        tr!(
                            lang,
                            "notifications-refused-unsigned",
                            kind = kind,
                            url = url.as_str(),
                            status = status.to_string(),
                            excerpt = excerpt.as_str()
                        ),
                    ));
                    out.undetermined(tr!(
                        lang,
                        "notifications-refused-unsigned-summary",
                        kind = kind,
                        status = status.to_string()
                    ));
                    return (out, None);
                } else {
                    out.push(META.finding(
                        Code::BadStatus,
                        tr!(
                            lang,
                            "notifications-bad-status",
                            kind = kind,
                            url = url.as_str(),
                            status = status.to_string(),
                            excerpt = excerpt.as_str()
                        ),
                    ));
                    return (out, None);
                }
            }
        }

        // The forged notification waits for the signed one's answer rather than going out with
        // it: it is only sent once a signed one was accepted (a handler that refuses valid
        // signatures, or crashes, gets no forgery), and it is signed in the `ts` unit that was
        // accepted, so that its refusal is about the signature and not about `ts`. Sending it
        // beforehand would change what every such handler receives.
        let mut forged_note = None;
        match (target.format, secret) {
            (Format::Webhooks, Some(secret)) => {
                let forged = n.redelivered();
                match send(&client, url, &forged, Signing::Forged(secret), unit, limits).await {
                    Ok(p) if forged_accepted(p.answer.status) => {
                        out.push(META.finding(
                            Code::AcceptsForgedSignature,
                            tr!(
                                lang,
                                "notifications-forged-accepted",
                                kind = kind,
                                url = url.as_str(),
                                status = p.answer.status.to_string(),
                                request_id = forged.request_id.as_str()
                            ),
                        ));
                        forged_note = Some(tr!(
                            lang,
                            "notifications-note-forged-accepted",
                            status = p.answer.status.to_string()
                        ));
                    }
                    Ok(p) => {
                        forged_note = Some(tr!(
                            lang,
                            "notifications-note-forged-refused",
                            status = p.answer.status.to_string()
                        ));
                    }
                    Err(f) => {
                        out.push(META.finding(
                            Code::SignatureNotTested,
                            tr!(
                                lang,
                                "notifications-forged-no-answer",
                                url = url.as_str(),
                                err = f.reason.as_str()
                            ),
                        ));
                        forged_note = Some(tr!(
                            lang,
                            "notifications-note-forged-no-answer",
                            err = f.reason.as_str()
                        ));
                    }
                }
            }
            (Format::Webhooks, None) => {
                out.push(META.finding(
                    Code::SignatureNotTested,
                    tr!(
                        lang,
                        "notifications-no-secret",
                        kind = kind,
                        url = url.as_str()
                    ),
                ));
            }
            (Format::Ipn, _) => {}
        }
        (
            out,
            Some(Delivered {
                unit,
                accepted,
                forged_note,
            }),
        )
    };
    let (mut out, delivered, mut order_result) = beside(payment, order_ms).await;
    let Some(Delivered {
        unit,
        accepted,
        forged_note,
    }) = delivered
    else {
        return out;
    };
    // The handler reads `ts` as seconds (the payment one needed them): the order one, sent
    // in milliseconds before that was known, was refused for its `ts` whatever its id's
    // casing, so the casing question is asked again in the unit the handler accepts.
    if unit == TsUnit::Seconds
        && let (Some(base), Some(r)) = (&order_base, &order_result)
        && !r.accepted()
    {
        order_result =
            Some(order_exchange(&client, url, base, secret, TsUnit::Seconds, limits).await);
    }
    // The summary: what the accepted notification got, then a note per other exchange.
    let mut notes = vec![tr!(
        lang,
        if unit == TsUnit::Seconds {
            "notifications-summary-ts-seconds"
        } else {
            "notifications-summary"
        },
        kind = kind,
        status = accepted.answer.status.to_string(),
        elapsed = human_ms(accepted.elapsed)
    )];
    notes.extend(forged_note);
    if let Some(result) = order_result {
        let synthetic = s.order_id.is_none();
        notes.push(judge_order(
            lang, &mut out, kind, url, &result, synthetic, &secrets,
        ));
    }
    out.summary = Some(notes.join(", "));
    out
}

/// The payment notification's exchange, once accepted: the `ts` unit the handler took, the
/// accepted answer, and the summary's note on the forged probe.
struct Delivered {
    unit: TsUnit,
    accepted: Posted,
    forged_note: Option<String>,
}

/// Runs the payment exchange and the order exchange together. The order's result is kept
/// only when the payment one was delivered; otherwise it is dropped, finished or in flight.
async fn beside<P, O, T, R>(payment: P, order: O) -> (Outcome, Option<T>, Option<R>)
where
    P: Future<Output = (Outcome, Option<T>)>,
    O: Future<Output = Option<R>>,
{
    tokio::pin!(payment, order);
    let mut order_done = None;
    let (out, delivered) = loop {
        tokio::select! {
            p = &mut payment => break p,
            o = &mut order, if order_done.is_none() => order_done = Some(o),
        }
    };
    if delivered.is_none() {
        return (out, None, None);
    }
    let order = match order_done {
        Some(o) => o,
        None => order.await,
    };
    (out, delivered, order)
}

/// What an `order` notification got: signed over the id as sent (original case), and,
/// when that was refused as a signature check refuses, once more signed over the id
/// lower-cased; both with `ts` in `unit`.
struct OrderResult {
    /// Whether a secret signed them.
    signed: bool,
    original: Notification,
    unit: TsUnit,
    first: Result<Posted, PostFailure>,
    lower: Option<(Notification, Result<Posted, PostFailure>)>,
}

impl OrderResult {
    /// Whether the handler took the order event in either casing.
    fn accepted(&self) -> bool {
        let ok = |r: &Result<Posted, PostFailure>| matches!(r, Ok(p) if judge(&p.answer) == Judged::Accepted);
        ok(&self.first) || self.lower.as_ref().is_some_and(|(_, r)| ok(r))
    }
}

/// Sends the `order` event `base` (signed over its id in its original case, `ts` in
/// `unit`), and once more signed over the lower-cased id when the handler refused it with
/// 400, 401 or 403 and a secret signs them: like the `ts`-unit retry, a second request
/// tells which rule the handler follows. A WAF's 403 is not the handler's and is not
/// retried.
async fn order_exchange(
    client: &ProbeClient,
    url: &Url,
    base: &Notification,
    secret: Option<&Secret>,
    unit: TsUnit,
    limits: Limits,
) -> OrderResult {
    let n = base.redelivered();
    let signing = secret.map_or(Signing::Unsigned, Signing::Valid);
    let first = send(client, url, &n, signing, unit, limits).await;
    let refused_signature = matches!(&first, Ok(p) if order_casing_retry(&p.answer));
    let lower = match secret {
        Some(secret) if refused_signature && n.data_id.to_lowercase() != n.data_id => {
            let again = n.signed_lower_case();
            let result = send(client, url, &again, Signing::Valid(secret), unit, limits).await;
            Some((again, result))
        }
        _ => None,
    };
    OrderResult {
        signed: secret.is_some(),
        original: n,
        unit,
        first,
        lower,
    }
}

/// The findings of the `order` notification, once the payment one was accepted; returns the
/// summary's note. `synthetic`: no order id was given, the id is mp-golive's.
fn judge_order(
    lang: Lang,
    out: &mut Outcome,
    kind: &str,
    url: &Url,
    r: &OrderResult,
    synthetic: bool,
    secrets: &[&Secret],
) -> String {
    let id = r.original.data_id.as_str();
    let which = if synthetic {
        tr!(lang, "notifications-order-synthetic-id", id = id)
    } else {
        id.to_owned()
    };
    // Inside the message's parentheses, after what comes before it.
    let seconds = if r.unit == TsUnit::Seconds {
        format!(", {}", tr!(lang, "notifications-order-ts-seconds"))
    } else {
        String::new()
    };
    let note = |text: String| {
        if synthetic {
            format!(
                "{text} {}",
                tr!(lang, "notifications-note-synthetic-id", id = id)
            )
        } else {
            text
        }
    };
    let first = match &r.first {
        Ok(p) if judge(&p.answer) == Judged::Accepted => {
            return note(tr!(
                lang,
                "notifications-note-order-accepted",
                status = p.answer.status.to_string()
            ));
        }
        Ok(p) => format!("HTTP {}{}", p.answer.status, excerpt(&p.answer, secrets)),
        Err(f) => f.reason.clone(),
    };
    match &r.lower {
        Some((again, Ok(p))) if judge(&p.answer) == Judged::Accepted => {
            let status = p.answer.status.to_string();
            out.push(META.finding(
                Code::OrderLowercaseId,
                tr!(
                    lang,
                    "notifications-order-lower-case",
                    kind = kind,
                    url = url.as_str(),
                    which = which,
                    first = first,
                    seconds = seconds,
                    lower = again.signed_id.as_deref().unwrap_or_default(),
                    status = status.as_str()
                ),
            ));
            note(tr!(
                lang,
                "notifications-note-order-lower-case",
                status = status
            ))
        }
        lower => {
            let result = match lower {
                Some((_, Ok(p))) => Some(format!(
                    "HTTP {}{}",
                    p.answer.status,
                    excerpt(&p.answer, secrets)
                )),
                Some((_, Err(f))) => Some(f.reason.clone()),
                None => None,
            };
            let also = result.map_or_else(String::new, |result| {
                tr!(lang, "notifications-order-also-lower", result = result)
            });
            let message = if r.signed {
                "notifications-order-refused-signed"
            } else {
                "notifications-order-refused-unsigned"
            };
            out.push(META.finding(
                Code::OrderRefused,
                tr!(
                    lang,
                    message,
                    kind = kind,
                    url = url.as_str(),
                    which = which,
                    request_id = r.original.request_id.as_str(),
                    seconds = seconds,
                    first = first,
                    also = also
                ),
            ));
            note(tr!(lang, "notifications-note-order-refused"))
        }
    }
}

/// The name of the WAF `judge` recognised and how to let Mercado Pago's POST through it, in
/// `lang`; the English of [`Waf`] itself for a product the catalogue does not name.
fn waf_in(lang: Lang, waf: &Waf) -> (String, String) {
    let how = match waf.name {
        "Cloudflare" => "notifications-waf-how-cloudflare",
        "ModSecurity" => "notifications-waf-how-modsecurity",
        n if n.contains("ModSecurity") => "notifications-waf-how-modsecurity",
        "Sucuri" => "notifications-waf-how-sucuri",
        "Imperva (Incapsula)" => "notifications-waf-how-imperva",
        "Akamai" => "notifications-waf-how-akamai",
        "AWS WAF" => "notifications-waf-how-aws",
        _ => return (waf.name.to_owned(), waf.how.to_owned()),
    };
    // Product names stay; only the 406 guess is a phrase.
    let name = if waf.name != "ModSecurity" && waf.name.contains("ModSecurity") {
        tr!(lang, "notifications-waf-406")
    } else {
        waf.name.to_owned()
    };
    (name, tr!(lang, how))
}

/// The `tls-invalid` or `unreachable` finding of a TLS inspection of the notification host,
/// or None when its certificate verifies and a TLS 1.2/1.3 handshake completed.
fn tls_problem(
    lang: Lang,
    kind: &str,
    url: &Url,
    host: &str,
    port: u16,
    inspected: Result<tls::Handshake, addr::Unreachable>,
) -> Option<Finding> {
    let hs = match inspected {
        Err(e) => {
            return Some(META.finding(
                Code::Unreachable,
                tr!(
                    lang,
                    "notifications-unreachable",
                    kind = kind,
                    url = url.as_str(),
                    err = format!("{host}:{port}: {e}")
                ),
            ));
        }
        Ok(hs) => hs,
    };
    let problem = match (&hs.verdict, &hs.failure) {
        (Some(Err(e)), _) => tr!(
            lang,
            "notifications-tls-does-not-verify",
            err = e.to_string()
        ),
        (_, Some(why)) => tr!(
            lang,
            "notifications-tls-no-handshake",
            why = why.to_string()
        ),
        (None, None) => tr!(lang, "notifications-tls-no-certificate"),
        (Some(Ok(())), None) => return None,
    };
    Some(META.finding(
        Code::TlsInvalid,
        tr!(
            lang,
            "notifications-tls-invalid",
            kind = kind,
            url = url.as_str(),
            problem = problem
        ),
    ))
}

/// Runs `post` beside `inspection` and answers as if the inspection had run first: its
/// problem, if it has one, whatever `post` got (`post` is dropped if still in flight);
/// otherwise what `post` got, awaited to its end. The order in which the two finish never
/// changes the answer.
async fn inspection_first<I, P>(inspection: I, post: P) -> Result<P::Output, Finding>
where
    I: Future<Output = Option<Finding>>,
    P: Future,
{
    tokio::pin!(inspection, post);
    let (problem, posted) = tokio::select! {
        problem = &mut inspection => (problem, None),
        posted = &mut post => (inspection.await, Some(posted)),
    };
    if let Some(problem) = problem {
        return Err(problem);
    }
    match posted {
        Some(posted) => Ok(posted),
        None => Ok(post.await),
    }
}

async fn send(
    client: &ProbeClient,
    url: &Url,
    n: &Notification,
    signing: Signing<'_>,
    unit: TsUnit,
    limits: Limits,
) -> Result<Posted, PostFailure> {
    let target = n.url(url);
    let result = client
        .post(
            &target,
            &n.headers(signing, unit),
            n.body(),
            limits.fail,
            MAX_ANSWER_BYTES,
        )
        .await;
    match &result {
        Ok(p) => tracing::info!(
            "notifications: POST {target} -> {} in {}",
            p.answer.status,
            human_ms(p.elapsed)
        ),
        Err(f) => tracing::info!("notifications: POST {target} failed: {}", f.reason),
    }
    result
}

fn failure_finding(
    lang: Lang,
    out: &mut Outcome,
    f: PostFailure,
    kind: &str,
    url: &Url,
    limits: Limits,
) {
    let url = url.as_str();
    match f.kind {
        PostFailureKind::NoAnswer => {
            let finding = META.finding(
                Code::TooSlow,
                tr!(
                    lang,
                    "notifications-no-answer",
                    kind = kind,
                    url = url,
                    limit = human_ms(limits.fail)
                ),
            );
            out.push(finding);
        }
        PostFailureKind::Tls => out.push(META.finding(
            Code::TlsInvalid,
            tr!(
                lang,
                "notifications-tls-invalid",
                kind = kind,
                url = url,
                problem = f.reason
            ),
        )),
        PostFailureKind::ConnectTimeout | PostFailureKind::Transport => out.push(META.finding(
            Code::Unreachable,
            tr!(
                lang,
                "notifications-unreachable",
                kind = kind,
                url = url,
                err = f.reason
            ),
        )),
    }
}

fn timing_finding(
    lang: Lang,
    out: &mut Outcome,
    p: &Posted,
    kind: &str,
    url: &Url,
    limits: Limits,
) {
    let url = url.as_str();
    if p.elapsed >= limits.fail {
        let f = META.finding(
            Code::TooSlow,
            tr!(
                lang,
                "notifications-too-slow",
                kind = kind,
                url = url,
                elapsed = human_ms(p.elapsed),
                limit = human_ms(limits.fail)
            ),
        );
        out.push(f);
    } else if p.elapsed > limits.warn {
        out.push(META.finding(
            Code::Slow,
            tr!(
                lang,
                "notifications-slow",
                kind = kind,
                url = url,
                elapsed = human_ms(p.elapsed),
                limit = human_ms(limits.warn)
            ),
        ));
    }
}

fn human_ms(d: Duration) -> String {
    if d < Duration::from_secs(1) {
        format!("{} ms", d.as_millis())
    } else {
        human_secs(Duration::from_millis(d.as_millis() as u64 / 100 * 100))
    }
}

/// A forged notification is accepted when the handler answers any 2xx: whatever Mercado
/// Pago counts as delivered, a 2xx to a wrong signature means the handler processed it.
fn forged_accepted(status: u16) -> bool {
    (200..300).contains(&status)
}

/// Whether a refusal of a signed notification is worth one more try with `ts` in seconds:
/// not when the route is wrong or a proxy answered.
fn retry_in_seconds(status: u16) -> bool {
    !matches!(status, 404 | 405 | 410 | 429 | 502 | 503 | 504)
}

/// Statuses a handler gives to a signature it does not accept.
fn signature_refusal(status: u16) -> bool {
    matches!(status, 400 | 401 | 403 | 422)
}

/// `: "<first 200 characters of the body>"`, on one line, with secrets scrubbed; empty
/// when the body is.
fn excerpt(a: &Answer, secrets: &[&Secret]) -> String {
    // Scrubbed whole before it is cut, so a secret across the cut cannot leave a piece.
    let text = scrub(&String::from_utf8_lossy(&a.body), secrets);
    let one_line: String = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter(|c| !c.is_control())
        .collect();
    if one_line.is_empty() {
        return String::new();
    }
    let mut cut: String = one_line.chars().take(EXCERPT_CHARS).collect();
    if cut.len() < one_line.len() || a.truncated {
        cut.push('…');
    }
    format!(": \"{cut}\"")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::webhook::delivery::answer;

    fn problem() -> Finding {
        META.finding(Code::TlsInvalid, "The Webhooks URL fails TLS.")
    }

    /// A future that becomes ready after `yields` polls, so tests order two futures
    /// without a clock.
    async fn after(yields: usize) {
        for _ in 0..yields {
            tokio::task::yield_now().await;
        }
    }

    #[tokio::test]
    async fn the_inspection_s_problem_wins_whichever_finishes_first() {
        // The POST answers before the inspection finds its problem.
        let got = inspection_first(
            async {
                after(5).await;
                Some(problem())
            },
            async { "posted" },
        )
        .await;
        assert_eq!(got.unwrap_err().code, "notifications/tls-invalid");
        // The inspection finds it first: the POST still in flight is dropped, not awaited.
        let dropped = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        struct OnDrop(std::sync::Arc<std::sync::atomic::AtomicBool>);
        impl Drop for OnDrop {
            fn drop(&mut self) {
                self.0.store(true, std::sync::atomic::Ordering::SeqCst);
            }
        }
        let guard = OnDrop(dropped.clone());
        let got = inspection_first(async { Some(problem()) }, async move {
            let _guard = guard;
            std::future::pending::<&str>().await
        })
        .await;
        assert!(got.is_err());
        assert!(dropped.load(std::sync::atomic::Ordering::SeqCst));
    }

    #[tokio::test]
    async fn a_clean_inspection_gives_the_post_s_answer_whichever_finishes_first() {
        let post_first = inspection_first(
            async {
                after(5).await;
                None
            },
            async { "posted" },
        )
        .await;
        assert_eq!(post_first.ok(), Some("posted"));
        let inspection_first_done = inspection_first(async { None }, async {
            after(5).await;
            "posted"
        })
        .await;
        assert_eq!(inspection_first_done.ok(), Some("posted"));
    }

    #[tokio::test]
    async fn the_order_exchange_runs_beside_the_payment_one_not_after_it() {
        use tokio::sync::oneshot;
        // Each waits for a step of the other: only futures polled together finish.
        let (to_payment, from_order) = oneshot::channel::<()>();
        let (to_order, from_payment) = oneshot::channel::<()>();
        let payment = async {
            from_order.await.unwrap();
            to_order.send(()).unwrap();
            (Outcome::default(), Some("delivered"))
        };
        let order = async {
            to_payment.send(()).unwrap();
            from_payment.await.unwrap();
            Some("order")
        };
        let (_, delivered, order) = beside(payment, order).await;
        assert_eq!((delivered, order), (Some("delivered"), Some("order")));
        // The order one finishing first is kept for when the payment one is delivered.
        let (_, delivered, order) = beside(
            async {
                after(5).await;
                (Outcome::default(), Some(1))
            },
            async { Some(2) },
        )
        .await;
        assert_eq!((delivered, order), (Some(1), Some(2)));
    }

    #[tokio::test]
    async fn an_undelivered_payment_notification_drops_the_order_exchange() {
        let dropped = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        struct OnDrop(std::sync::Arc<std::sync::atomic::AtomicBool>);
        impl Drop for OnDrop {
            fn drop(&mut self) {
                self.0.store(true, std::sync::atomic::Ordering::SeqCst);
            }
        }
        let guard = OnDrop(dropped.clone());
        let (_, delivered, order) =
            beside(async { (Outcome::default(), None::<()>) }, async move {
                let _guard = guard;
                std::future::pending::<Option<()>>().await
            })
            .await;
        assert_eq!((delivered, order), (None, None));
        assert!(dropped.load(std::sync::atomic::Ordering::SeqCst));
    }

    /// An answer's status, headers and body.
    type Case = (u16, &'static [(&'static str, &'static str)], &'static str);

    /// Every WAF `judge` recognises, as it answers.
    fn wafs() -> Vec<Waf> {
        let cases: [Case; 7] = [
            (
                403,
                &[("cf-mitigated", "challenge")],
                "<html>Just a moment...</html>",
            ),
            (403, &[], "<html>Blocked by ModSecurity</html>"),
            (406, &[], "<html>Not Acceptable</html>"),
            (
                403,
                &[("x-sucuri-block", "1")],
                "<html>Access Denied</html>",
            ),
            (403, &[], "<html>Incapsula incident ID: 1</html>"),
            (
                403,
                &[("server", "AkamaiGHost")],
                "<html>Access Denied. Reference #18.1</html>",
            ),
            (
                403,
                &[("x-amzn-waf-action", "block")],
                "<html>Forbidden</html>",
            ),
        ];
        cases
            .into_iter()
            .map(
                |(status, headers, body)| match judge(&answer(status, headers, body)) {
                    Judged::Waf(w) => w,
                    other => panic!("{body}: {other:?}"),
                },
            )
            .collect()
    }

    #[test]
    fn waf_advice_is_the_judge_s_in_english_and_translated_otherwise() {
        let wafs = wafs();
        let names: Vec<&str> = wafs.iter().map(|w| w.name).collect();
        assert_eq!(
            names,
            [
                "Cloudflare",
                "ModSecurity",
                "a WAF (HTTP 406 is ModSecurity's signature answer)",
                "Sucuri",
                "Imperva (Incapsula)",
                "Akamai",
                "AWS WAF"
            ]
        );
        for w in &wafs {
            assert_eq!(
                waf_in(Lang::En, w),
                (w.name.to_owned(), w.how.to_owned()),
                "{}",
                w.name
            );
            for lang in [Lang::Es, Lang::Pt] {
                let (name, how) = waf_in(lang, w);
                assert_ne!(how, w.how, "{lang:?} {}", w.name);
                assert!(!how.starts_with("notifications-"), "{how}");
                if w.name.starts_with("a WAF") {
                    assert_ne!(name, w.name, "{lang:?}");
                } else {
                    assert_eq!(name, w.name, "product names stay");
                }
            }
        }
        // A product the catalogue does not know keeps the judge's own words.
        let other = Waf {
            name: "Other",
            how: "Ask them.",
        };
        assert_eq!(
            waf_in(Lang::Es, &other),
            ("Other".to_owned(), "Ask them.".to_owned())
        );
    }

    #[test]
    fn any_2xx_to_a_forged_signature_is_acceptance() {
        for status in [200, 201, 202, 204, 299] {
            assert!(forged_accepted(status), "{status}");
        }
        for status in [199, 300, 302, 400, 401, 403, 500] {
            assert!(!forged_accepted(status), "{status}");
        }
    }

    #[test]
    fn excerpts_are_short_one_line_and_scrubbed() {
        let secret = Secret::new("whsec_0123456789abcdef");
        let long = format!(
            "line one\n\tline two {} {}",
            secret.expose(),
            "x".repeat(300)
        );
        let e = excerpt(&answer(500, &[], &long), &[&secret]);
        assert!(e.starts_with(": \"line one line two "), "{e}");
        assert!(!e.contains(secret.expose()), "{e}");
        assert!(e.ends_with("…\""), "{e}");
        assert_eq!(excerpt(&answer(500, &[], " \n "), &[]), "");
    }
}
