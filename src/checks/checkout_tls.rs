//! `checkout-tls`: the checkout page's HTTPS, inspected as a browser and Mercado Pago would:
//! the certificate chain against the Mozilla roots (plus `--ca-file`), with one finding per
//! cause; expiry, key and signature strength; TLS 1.2+ negotiated and TLS 1.0/1.1 refused;
//! `http://` redirected to `https://`; HSTS.
//!
//! Thresholds follow `reference/tls-anchors.md` §0 (SSL Labs, testssl.sh, Mozilla, the
//! Observatory): expiry warning at 30 days (halved for certificates of 90 days or less, as
//! testssl.sh does), RSA ≥ 2048 and EC ≥ 256 bits, no SHA-1/MD5 signatures, HSTS max-age of at
//! least 15552000 s (180 days).

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use rustls::CertificateError;
use rustls::client::danger::ServerCertVerifier;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use url::Url;

use crate::checks::{CheckMeta, Context, DefaultRequired, Need, OptionDoc, OptionKind};
use crate::i18n::Lang;
use crate::net::cert::CertInfo;
use crate::net::legacy::{self, Legacy};
use crate::net::plain::{self, Plain};
use crate::net::tls::{self, Handshake};
use crate::report::Outcome;
use crate::tr;

/// The `checkout-tls` check.
pub struct CheckoutTls;

/// What the handshake offers: what browsers negotiate today.
static MODERN: &[&rustls::SupportedProtocolVersion] =
    &[&rustls::version::TLS13, &rustls::version::TLS12];

/// HSTS shorter than this (180 days) warns, as the Observatory and SSL Labs judge it.
pub const HSTS_MIN_SECS: u64 = 15_552_000;
/// Certificates valid longer than this are no longer issued by public CAs.
pub const MAX_LIFETIME_DAYS: i64 = 398;

finding_codes! {
    /// The finding codes of this check, each with the one severity `explain` documents.
    enum Code in CODES {
        NotHttps = ("not-https", Error, "The checkout URL is http://: the payment form is not on an HTTPS page.", "Serve the checkout over HTTPS with a certificate from a public CA (Let's Encrypt is free) and configure the https:// URL."),
        Unreachable = ("unreachable", Error, "The checkout host could not be reached: its name does not resolve, the connection was refused, or it timed out.", "Check the URL, the DNS record and that the server listens on the HTTPS port from the internet (firewall, security group)."),
        HandshakeFailed = ("handshake-failed", Error, "No TLS 1.2 or 1.3 handshake could be completed (the server may speak only old protocols, not TLS at all on this port, or use a key browsers refuse).", "Enable TLS 1.2 and 1.3 on the server (Mozilla's SSL Configuration Generator gives a ready config) and serve a certificate with a 2048-bit RSA or P-256 key."),
        Expired = ("expired", Error, "The certificate has expired (the message says since when): browsers show a full-page warning and no buyer can pay.", "Renew the certificate now and automate renewal (certbot, your host's auto-renewal); restart or reload the server so it serves the new one."),
        NotYetValid = ("not-yet-valid", Error, "The certificate's validity starts in the future (or this machine's clock is wrong).", "Check the server's and this machine's clocks; reissue the certificate if its start date is wrong."),
        HostnameMismatch = ("hostname-mismatch", Error, "The certificate does not name the checkout host among its subject alternative names (the message lists the names it covers).", "Issue a certificate that covers this exact host name (or a matching wildcard), or use a URL with a host the certificate covers."),
        SelfSigned = ("self-signed", Error, "The certificate signed itself: no browser trusts it.", "Replace it with a certificate from a public CA (Let's Encrypt is free and automatic)."),
        UnknownIssuer = ("unknown-issuer", Error, "The chain does not lead to a root browsers trust (a private CA, or a missing intermediate that could not be found).", "Use a certificate from a public CA and serve the full chain (your certificate followed by the intermediates, usually `fullchain.pem`)."),
        IncompleteChain = ("incomplete-chain", Error, "The server sends only its own certificate, not the intermediate: some browsers and most HTTP clients fail to verify it.", "Serve the full chain: configure the server with `fullchain.pem` (certificate followed by the intermediate), not `cert.pem`."),
        Untrusted = ("untrusted", Error, "The certificate failed verification for another reason (bad encoding, wrong key usage, revoked...), named in the message.", "Reissue the certificate from a public CA and serve it with its full chain."),
        WeakKey = ("weak-key", Error, "The certificate's key is too short (RSA under 2048 bits or EC under 256 bits).", "Reissue the certificate with an RSA 2048-bit (or larger) or ECDSA P-256 key."),
        WeakSignature = ("weak-signature", Error, "A certificate in the chain is signed with SHA-1 or MD5, which browsers reject.", "Reissue the certificate (and use a current intermediate) signed with SHA-256 or stronger."),
        ExpiringSoon = ("expiring-soon", Warning, "The certificate expires within the warning window.", "Renew it now, and make sure renewal is automated and the server reloads the new certificate."),
        LongLifetime = ("long-lifetime", Info, "The certificate is valid for more than 398 days, longer than public CAs may issue: it is likely private or old.", "Nothing urgent if it verifies; plan to move to a public CA certificate with automated renewal."),
        LegacyTls = ("legacy-tls", Warning, "The server still accepts TLS 1.0 or 1.1, which browsers removed in 2020 and PCI DSS forbids.", "Disable TLS 1.0 and 1.1 (nginx: `ssl_protocols TLSv1.2 TLSv1.3;`, Apache: `SSLProtocol -all +TLSv1.2 +TLSv1.3`)."),
        NoTls13 = ("no-tls13", Info, "The server negotiates TLS 1.2 but not TLS 1.3.", "Enable TLS 1.3 (nginx: add TLSv1.3 to ssl_protocols); it is faster and drops legacy ciphers."),
        NoHttpsRedirect = ("no-https-redirect", Error, "http:// of the checkout host does not redirect to https:// on the same host, so a buyer who types the address gets an unprotected page.", "Answer every http:// request with a 301 to the same path on https:// (nginx: `return 301 https://$host$request_uri;`)."),
        RedirectUnverified = ("redirect-unverified", Warning, "The http:// address could not be probed (the connection was reset or timed out, the port answered TLS or something that is not HTTP, or the name does not resolve for that port), so whether it redirects to https:// is not verified. A refused connection is not this: nothing is served there.", "Make http:// answer every request with a 301 to https:// (or close the port). For a staging run, pin the http port too (--resolve HOST:80:ADDR) or set `http_port` in [checks.checkout-tls]."),
        HstsUnverified = ("hsts-unverified", Warning, "The HTTPS page could not be fetched, so its Strict-Transport-Security header was not verified.", "Fix what the message (and checkout-page) says about fetching the page; HSTS is judged on its answer."),
        LegacyTlsUnverified = ("legacy-tls-unverified", Info, "The TLS 1.0/1.1 probe got no decisive answer (a timeout, a failed connection, or an answer that is not TLS), so whether early TLS is still accepted is not verified.", "Run again; if it persists, test the server with `openssl s_client -tls1_1` or SSL Labs."),
        AiaUnavailable = ("aia-unavailable", Info, "The issuer certificate named in the certificate's Authority Information Access could not be fetched or used, so a missing intermediate cannot be told from an unknown issuer.", "Serve the full chain (certificate followed by intermediates); then the question does not arise."),
        NoHsts = ("no-hsts", Warning, "The HTTPS answer has no Strict-Transport-Security header, so browsers may still try http:// first.", "Send `Strict-Transport-Security: max-age=31536000` (add includeSubDomains when every subdomain is HTTPS)."),
        ShortHsts = ("short-hsts", Warning, "Strict-Transport-Security's max-age is under 15552000 s (180 days).", "Raise max-age to at least 15552000, better 31536000 (one year)."),
    }
}

static META: CheckMeta = CheckMeta {
    id: "checkout-tls",
    title: "Checkout page HTTPS",
    seed_section: "Certificado SSL",
    requirement: "The checkout page is served over HTTPS with a certificate browsers trust, on TLS 1.2 or newer, and http:// redirects to https://.",
    needs: &[Need::CheckoutUrl],
    default_required: DefaultRequired::Yes,
    docs_url: "https://www.mercadopago.com.br/developers/en/docs/checkout-api/integration-test/go-to-production-requirements",
    explain: "\
What it checks
  - The checkout URL is https://.
  - A TLS handshake verifies against the Mozilla root set (plus --ca-file) for the exact host,
    with one finding per cause: expired, not yet valid, hostname mismatch, self-signed,
    unknown issuer, incomplete chain (the server sends only its own certificate; proven by
    fetching the intermediate named in the certificate's AIA and verifying again).
  - Days to expiry (warning under `expiry_warning_days`, halved for 90-day certificates),
    certificate lifetime, key size (RSA >= 2048, EC >= 256) and signature hash (no SHA-1/MD5).
  - TLS 1.2 or 1.3 is negotiated; TLS 1.0 and 1.1 are refused (probed with a hand-built
    ClientHello, since rustls does not speak them); TLS 1.3 offered.
  - http://host/path redirects to https:// on the same host (or its www. twin). The probe
    reads the raw answer, so a refused connection (nothing served there: fine) is told from
    a reset, a timeout, a TLS answer or garbage (not verified: a warning), and from an
    answer without the redirect (fail).
  - Strict-Transport-Security with max-age of at least 15552000 s (180 days), read on the
    page's answer; when the page cannot be fetched, HSTS is not verified (a warning).
  - Every part that could not be carried out (the http:// probe, HSTS, the early-TLS probe,
    the AIA fetch) is a finding saying so, never a silent pass; the summary lists what was
    verified.

Why it matters
  Mercado Pago requires an SSL certificate and the payment form on an HTTPS page to go live.
  Browsers refuse an invalid certificate outright, so buyers never see the form; PCI DSS
  forbids early TLS.

Limits
  Revocation is not checked. The verdict is what a browser with the Mozilla roots would say;
  a machine with extra corporate roots may trust more. The http:// port is 80 unless
  `http_port` says otherwise (for staging setups).",
    codes: CODES,
    options: &[
        OptionDoc {
            key: "expiry_warning_days",
            kind: OptionKind::Integer,
            default: "30",
            help: "warn when the certificate expires within this many days (halved for certificates valid 90 days or less)",
        },
        OptionDoc {
            key: "http_port",
            kind: OptionKind::Port,
            default: "80",
            help: "port of the http:// address that must redirect to https://",
        },
    ],
};

impl_check!(CheckoutTls, META, run, options = Options);

/// The `[checks.checkout-tls]` keys; their defaults are the `OptionDoc`s' above.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Options {
    expiry_warning_days: u32,
    http_port: u16,
}

impl super::CheckOptions for Options {}

fn options(ctx: &Context) -> Arc<Options> {
    super::options_of(ctx, &META)
}

fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

async fn run(ctx: &Context) -> Outcome {
    let mut out = Outcome::default();
    let lang = ctx.settings.lang;
    let Some(url) = ctx.settings.checkout_url.clone() else {
        super::ran_without_input(ctx.settings.lang, &META, &mut out);
        return out;
    };
    if url.scheme() != "https" {
        out.push(META.finding(
            Code::NotHttps,
            tr!(lang, "checkout-tls-not-https", url = url.as_str()),
        ));
        return out;
    }
    let Some(host) = url.host_str().map(str::to_owned) else {
        super::ran_without_input(ctx.settings.lang, &META, &mut out);
        return out;
    };
    let port = url.port_or_known_default().unwrap_or(443);
    let addr = format!("{host}:{port}");
    let addr = addr.as_str();
    let net = &ctx.net;

    let (handshake, tls10, tls11, redirect, page) = tokio::join!(
        tls::inspect(&host, port, net, MODERN),
        legacy::probe(&host, port, legacy::TLS1_0, net),
        legacy::probe(&host, port, legacy::TLS1_1, net),
        http_redirect(ctx, &url, &host),
        ctx.probe.page(&url),
    );

    let hs = match handshake {
        Ok(hs) => hs,
        Err(e) => {
            out.push(META.finding(
                Code::Unreachable,
                tr!(
                    lang,
                    "checkout-tls-unreachable",
                    addr = addr,
                    err = e.to_string()
                ),
            ));
            return out;
        }
    };
    let mut legacy_versions = Vec::new();
    let mut legacy_unknown = Vec::new();
    for (name, answer) in [("TLS 1.0", tls10), ("TLS 1.1", tls11)] {
        match answer {
            Ok(Legacy::Accepted(_)) => legacy_versions.push(name),
            Ok(Legacy::Refused) => {}
            Err(e) => legacy_unknown.push(format!("{name}: {e}")),
        }
    }

    if hs.chain.is_empty() {
        let why = hs
            .failure
            .clone()
            .unwrap_or_else(|| tr!(lang, "checkout-tls-no-certificate"));
        let message = if legacy_versions.is_empty() {
            tr!(
                lang,
                "checkout-tls-handshake-failed",
                addr = addr,
                why = why
            )
        } else {
            tr!(
                lang,
                "checkout-tls-handshake-failed-legacy",
                addr = addr,
                why = why,
                versions = versions(lang, &legacy_versions)
            )
        };
        out.push(META.finding(Code::HandshakeFailed, message));
        return out;
    }

    let threshold = i64::from(options(ctx).expiry_warning_days);
    let leaf = certificate_findings(&mut out, &hs, &host, threshold, ctx).await;

    if !legacy_versions.is_empty() {
        out.push(META.finding(
            Code::LegacyTls,
            tr!(
                lang,
                "checkout-tls-legacy-tls",
                addr = addr,
                versions = versions(lang, &legacy_versions)
            ),
        ));
    }
    if !legacy_unknown.is_empty() {
        out.push(META.finding(
            Code::LegacyTlsUnverified,
            tr!(
                lang,
                "checkout-tls-legacy-tls-unverified",
                addr = addr,
                reasons = legacy_unknown.join("; ")
            ),
        ));
    }
    if hs.protocol == Some("TLS 1.2") {
        out.push(META.finding(
            Code::NoTls13,
            tr!(lang, "checkout-tls-no-tls13", addr = addr),
        ));
    }
    if hs.failure.is_some() && out.status() != crate::report::Status::Fail {
        let why = hs.failure.clone().unwrap_or_default();
        out.push(META.finding(
            Code::HandshakeFailed,
            tr!(
                lang,
                "checkout-tls-handshake-failed-late",
                addr = addr,
                why = why
            ),
        ));
    }
    let mut verified = Vec::new();
    match redirect {
        Redirect::Ok(to) => verified.push(tr!(lang, "checkout-tls-summary-redirects", to = to)),
        Redirect::Closed(why) => {
            verified.push(tr!(lang, "checkout-tls-summary-not-served", why = why))
        }
        Redirect::Wrong(problem) => out.push(META.finding(Code::NoHttpsRedirect, problem)),
        Redirect::Unverified(what) => out.push(META.finding(Code::RedirectUnverified, what)),
    }
    // HSTS only matters once the certificate verifies; a bad certificate already fails.
    if hs.verdict.as_ref().is_some_and(Result::is_ok) {
        match &page {
            Ok(page) if page.answer.url.scheme() == "https" => {
                if let Some(age) = hsts(lang, &mut out, &page.answer.headers, &host) {
                    verified.push(tr!(lang, "checkout-tls-summary-hsts", days = age / 86_400));
                }
            }
            Ok(page) => out.push(META.finding(
                Code::HstsUnverified,
                tr!(
                    lang,
                    "checkout-tls-hsts-not-https",
                    url = page.answer.url.as_str()
                ),
            )),
            Err(e) => out.push(META.finding(
                Code::HstsUnverified,
                tr!(
                    lang,
                    "checkout-tls-hsts-not-fetched",
                    url = url.as_str(),
                    err = e.to_string()
                ),
            )),
        }
    }

    if let Some(leaf) = leaf {
        let mut summary = tr!(
            lang,
            "checkout-tls-summary",
            protocol = hs.protocol.unwrap_or("TLS"),
            cipher = hs.cipher.as_deref().unwrap_or("?"),
            issuer = leaf.issuer.as_str(),
            days = leaf.days_left(now_secs())
        );
        if hs.ocsp_stapled {
            summary.push_str(", ");
            summary.push_str(&tr!(lang, "checkout-tls-summary-ocsp"));
        }
        for v in &verified {
            summary.push_str("; ");
            summary.push_str(v);
        }
        out.summary = Some(summary);
    }
    out
}

/// Findings about the chain; returns the leaf's facts when readable.
async fn certificate_findings(
    out: &mut Outcome,
    hs: &Handshake,
    host: &str,
    threshold: i64,
    ctx: &Context,
) -> Option<CertInfo> {
    let lang = ctx.settings.lang;
    let leaf = match CertInfo::parse(&hs.chain[0]) {
        Ok(l) => l,
        Err(e) => {
            out.push(META.finding(
                Code::Untrusted,
                tr!(
                    lang,
                    "checkout-tls-unreadable",
                    host = host,
                    err = e.to_string()
                ),
            ));
            return None;
        }
    };
    let now = now_secs();
    let days = leaf.days_left(now);

    // Problems read from the certificate itself, so every one is listed: rustls stops at
    // the first (an expired certificate on the wrong host is only "expired" there).
    if leaf.not_after < now {
        out.push(META.finding(
            Code::Expired,
            tr!(
                lang,
                "checkout-tls-expired-ago",
                host = host,
                days = (now - leaf.not_after) / 86_400,
                date = crate::date::ymd(leaf.not_after)
            ),
        ));
    } else if leaf.not_before > now {
        out.push(META.finding(
            Code::NotYetValid,
            tr!(
                lang,
                "checkout-tls-valid-from",
                host = host,
                date = crate::date::ymd(leaf.not_before)
            ),
        ));
    }
    if !name_matches(&hs.chain[0], host) {
        out.push(META.finding(
            Code::HostnameMismatch,
            tr!(
                lang,
                "checkout-tls-wrong-host-names",
                host = host,
                names = names_list(lang, &leaf.sans)
            ),
        ));
    }
    if leaf.weak_key() {
        out.push(META.finding(
            Code::WeakKey,
            tr!(
                lang,
                "checkout-tls-weak-key",
                host = host,
                bits = leaf.key_bits.to_string(),
                kind = leaf.key_type
            ),
        ));
    }
    for (i, der) in hs.chain.iter().enumerate() {
        if let Ok(c) = CertInfo::parse(der)
            && let Some(hash) = c.weak_hash
            && !(i > 0 && c.self_signed)
        {
            let message = if i == 0 {
                tr!(
                    lang,
                    "checkout-tls-weak-signature-leaf",
                    host = host,
                    hash = hash,
                    signature = c.signature.as_str()
                )
            } else {
                tr!(
                    lang,
                    "checkout-tls-weak-signature-intermediate",
                    name = c.subject.as_str(),
                    hash = hash,
                    signature = c.signature.as_str()
                )
            };
            out.push(META.finding(Code::WeakSignature, message));
        }
    }

    match &hs.verdict {
        Some(Ok(())) | None => {}
        Some(Err(rustls::Error::InvalidCertificate(e))) => match e {
            CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
                if !out.has("checkout-tls/expired") {
                    out.push(META.finding(
                        Code::Expired,
                        tr!(lang, "checkout-tls-expired", host = host),
                    ));
                }
            }
            CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
                if !out.has("checkout-tls/not-yet-valid") {
                    out.push(META.finding(
                        Code::NotYetValid,
                        tr!(lang, "checkout-tls-not-valid-yet", host = host),
                    ));
                }
            }
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                if !out.has("checkout-tls/hostname-mismatch") {
                    out.push(META.finding(
                        Code::HostnameMismatch,
                        tr!(lang, "checkout-tls-wrong-host", host = host),
                    ));
                }
            }
            CertificateError::UnknownIssuer => issuer_findings(out, hs, &leaf, host, ctx).await,
            CertificateError::BadSignature
            | CertificateError::UnsupportedSignatureAlgorithmContext { .. }
            | CertificateError::UnsupportedSignatureAlgorithmForPublicKeyContext { .. }
                if out.has("checkout-tls/weak-signature") => {}
            CertificateError::Other(other)
                if matches!(
                    other.0.downcast_ref::<webpki::Error>(),
                    Some(webpki::Error::CaUsedAsEndEntity)
                ) =>
            {
                out.push(META.finding(
                    Code::SelfSigned,
                    tr!(
                        lang,
                        "checkout-tls-ca-as-leaf",
                        host = host,
                        subject = leaf.subject.as_str()
                    ),
                ));
            }
            other => out.push(META.finding(
                Code::Untrusted,
                tr!(
                    lang,
                    "checkout-tls-does-not-verify",
                    host = host,
                    why = certificate_error_words(lang, other)
                ),
            )),
        },
        Some(Err(other)) => out.push(META.finding(
            Code::Untrusted,
            tr!(
                lang,
                "checkout-tls-does-not-verify",
                host = host,
                why = other.to_string()
            ),
        )),
    }

    if leaf.not_after >= now && leaf.not_before <= now {
        let lifetime = leaf.lifetime_days();
        let window = if lifetime <= 90 {
            threshold / 2
        } else {
            threshold
        };
        if days < window {
            out.push(META.finding(
                Code::ExpiringSoon,
                tr!(
                    lang,
                    "checkout-tls-expiring-soon",
                    host = host,
                    days = days,
                    date = crate::date::ymd(leaf.not_after),
                    window = window
                ),
            ));
        }
        if lifetime > MAX_LIFETIME_DAYS {
            out.push(META.finding(
                Code::LongLifetime,
                tr!(
                    lang,
                    "checkout-tls-long-lifetime",
                    host = host,
                    days = lifetime
                ),
            ));
        }
    }
    Some(leaf)
}

/// The verification failures that have no finding of their own, in words (rustls's own
/// name for the rare others, which no catalogue translates).
fn certificate_error_words(lang: Lang, e: &CertificateError) -> String {
    let id = match e {
        CertificateError::InvalidPurpose | CertificateError::InvalidPurposeContext { .. } => {
            "checkout-tls-why-purpose"
        }
        CertificateError::Revoked => "checkout-tls-why-revoked",
        CertificateError::BadEncoding => "checkout-tls-why-encoding",
        CertificateError::BadSignature => "checkout-tls-why-signature",
        CertificateError::UnhandledCriticalExtension => "checkout-tls-why-critical-extension",
        CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
            "checkout-tls-why-name"
        }
        other => return format!("{other:?}"),
    };
    tr!(lang, id)
}

/// "TLS 1.0" or "TLS 1.0 and TLS 1.1", in the run's language.
fn versions(lang: Lang, names: &[&str]) -> String {
    match names {
        [first, second] => tr!(
            lang,
            "checkout-tls-two-versions",
            first = *first,
            second = *second
        ),
        _ => names.join(", "),
    }
}

/// `UnknownIssuer`: self-signed, a missing intermediate that the AIA URL provides, or truly unknown.
async fn issuer_findings(
    out: &mut Outcome,
    hs: &Handshake,
    leaf: &CertInfo,
    host: &str,
    ctx: &Context,
) {
    let lang = ctx.settings.lang;
    if leaf.self_issued {
        out.push(META.finding(
            Code::SelfSigned,
            tr!(
                lang,
                "checkout-tls-self-signed",
                host = host,
                subject = leaf.subject.as_str()
            ),
        ));
        return;
    }
    let sent_issuer = hs.chain[1..]
        .iter()
        .filter_map(|c| CertInfo::parse(c).ok())
        .any(|c| c.subject == leaf.issuer);
    if !sent_issuer {
        for aia in &leaf.ca_issuers {
            match fetch_intermediate(ctx, aia).await {
                Ok(intermediate) => {
                    if verifies_with(ctx, hs, host, intermediate) {
                        out.push(META.finding(
                            Code::IncompleteChain,
                            tr!(
                                lang,
                                "checkout-tls-incomplete-chain",
                                host = host,
                                issuer = leaf.issuer.as_str(),
                                aia = aia.as_str()
                            ),
                        ));
                        return;
                    }
                }
                Err(e) => out.push(META.finding(
                    Code::AiaUnavailable,
                    tr!(
                        lang,
                        "checkout-tls-aia-unavailable",
                        aia = aia.as_str(),
                        err = e
                    ),
                )),
            }
        }
    }
    out.push(META.finding(
        Code::UnknownIssuer,
        tr!(
            lang,
            if sent_issuer {
                "checkout-tls-unknown-issuer"
            } else {
                "checkout-tls-unknown-issuer-unsent"
            },
            host = host,
            issuer = leaf.issuer.as_str()
        ),
    ));
}

async fn fetch_intermediate(ctx: &Context, aia: &str) -> Result<CertificateDer<'static>, String> {
    let url = Url::parse(aia).map_err(|e| e.to_string())?;
    let answer = ctx.probe.get(&url).await?;
    if answer.status != 200 {
        return Err(format!("HTTP {}", answer.status));
    }
    use rustls::pki_types::pem::PemObject;
    if answer.body.starts_with(b"-----BEGIN") {
        return CertificateDer::from_pem_slice(&answer.body).map_err(|e| e.to_string());
    }
    Ok(CertificateDer::from(answer.body))
}

fn verifies_with(
    ctx: &Context,
    hs: &Handshake,
    host: &str,
    intermediate: CertificateDer<'static>,
) -> bool {
    let Ok(verifier) = tls::verifier(&ctx.net) else {
        return false;
    };
    let Ok(name) = ServerName::try_from(host.to_owned()) else {
        return false;
    };
    let mut intermediates: Vec<CertificateDer<'static>> = hs.chain[1..].to_vec();
    intermediates.push(intermediate);
    let result =
        verifier.verify_server_cert(&hs.chain[0], &intermediates, &name, &[], UnixTime::now());
    // Expiry or name problems are reported on their own; only the path matters here.
    !matches!(
        result,
        Err(rustls::Error::InvalidCertificate(
            CertificateError::UnknownIssuer
        ))
    )
}

fn name_matches(der: &CertificateDer<'_>, host: &str) -> bool {
    let Ok(cert) = webpki::EndEntityCert::try_from(der) else {
        return false;
    };
    let Ok(name) = ServerName::try_from(
        host.trim_start_matches('[')
            .trim_end_matches(']')
            .to_owned(),
    ) else {
        return false;
    };
    cert.verify_is_valid_for_subject_name(&name).is_ok()
}

/// What the http:// address of the checkout host does.
#[derive(Debug)]
enum Redirect {
    /// It redirects to https:// on the same site (the target is kept for the summary).
    Ok(String),
    /// Nothing listens there: no unprotected page is served.
    Closed(String),
    /// It answers without redirecting to https:// on the same site.
    Wrong(String),
    /// What it does could not be told.
    Unverified(String),
}

/// Probes http://host[:http_port]/path with a connection of our own, so that a closed port,
/// a port speaking TLS, a reset and garbage are told apart.
async fn http_redirect(ctx: &Context, url: &Url, host: &str) -> Redirect {
    let lang = ctx.settings.lang;
    let port = options(ctx).http_port;
    let mut http = url.clone();
    let _ = http.set_scheme("http");
    let _ = http.set_port(if port == 80 { None } else { Some(port) });
    let path = match http.query() {
        Some(q) => format!("{}?{q}", http.path()),
        None => http.path().to_owned(),
    };
    match plain::get(host, port, &path, &ctx.net).await {
        Plain::Closed(why) => Redirect::Closed(why),
        Plain::Unverified(why) => Redirect::Unverified(tr!(
            lang,
            "checkout-tls-redirect-unverified",
            http = http.as_str(),
            why = why
        )),
        Plain::Answered { status, location } => {
            judge_redirect(lang, &http, host, status, location.as_deref())
        }
    }
}

/// A 3xx whose `Location` is https:// on the same site (or its www. twin) is a redirect.
fn judge_redirect(
    lang: Lang,
    http: &Url,
    host: &str,
    status: u16,
    location: Option<&str>,
) -> Redirect {
    let target = location
        .filter(|_| (300..400).contains(&status))
        .and_then(|l| http.join(l).ok());
    match target {
        Some(loc) if loc.scheme() == "https" && same_site(loc.host_str().unwrap_or(""), host) => {
            Redirect::Ok(loc.to_string())
        }
        Some(loc) => Redirect::Wrong(tr!(
            lang,
            "checkout-tls-redirect-elsewhere",
            http = http.as_str(),
            location = loc.as_str(),
            status = status.to_string(),
            host = host
        )),
        None => Redirect::Wrong(tr!(
            lang,
            "checkout-tls-redirect-missing",
            http = http.as_str(),
            status = status.to_string()
        )),
    }
}

/// The names a certificate covers, as a message lists them: a few, then how many more, so a
/// certificate with thousands of names does not make a message of thousands of lines.
fn names_list(lang: Lang, sans: &[String]) -> String {
    const SHOWN: usize = 5;
    match sans.len() {
        0 => tr!(lang, "checkout-tls-no-names"),
        n if n <= SHOWN => sans.join(", "),
        n => tr!(
            lang,
            "checkout-tls-names-more",
            names = sans[..SHOWN].join(", "),
            more = n - SHOWN
        ),
    }
}

fn same_site(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_ascii_lowercase(), b.to_ascii_lowercase());
    a == b || a.strip_prefix("www.") == Some(&b) || b.strip_prefix("www.") == Some(&a)
}

/// Judges Strict-Transport-Security; returns the max-age when it is long enough.
fn hsts(
    lang: Lang,
    out: &mut Outcome,
    headers: &reqwest::header::HeaderMap,
    host: &str,
) -> Option<u64> {
    let Some(value) = headers
        .get("strict-transport-security")
        .and_then(|v| v.to_str().ok())
    else {
        out.push(META.finding(Code::NoHsts, tr!(lang, "checkout-tls-no-hsts", host = host)));
        return None;
    };
    match parse_max_age(value) {
        Some(age) if age >= HSTS_MIN_SECS => return Some(age),
        Some(age) => out.push(META.finding(
            Code::ShortHsts,
            tr!(
                lang,
                "checkout-tls-short-hsts",
                age = age.to_string(),
                days = age / 86_400,
                min = HSTS_MIN_SECS.to_string()
            ),
        )),
        None => out.push(META.finding(
            Code::NoHsts,
            tr!(lang, "checkout-tls-hsts-no-max-age", value = value),
        )),
    }
    None
}

/// The `max-age` of a Strict-Transport-Security value, directives read case-insensitively.
pub fn parse_max_age(value: &str) -> Option<u64> {
    value.split(';').find_map(|d| {
        let (k, v) = d.trim().split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("max-age")
            .then(|| v.trim().trim_matches('"').parse().ok())?
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hsts_max_age_is_read_leniently() {
        assert_eq!(
            parse_max_age("max-age=31536000; includeSubDomains"),
            Some(31_536_000)
        );
        assert_eq!(
            parse_max_age("includeSubDomains; Max-Age=\"600\""),
            Some(600)
        );
        assert_eq!(parse_max_age("includeSubDomains"), None);
        assert_eq!(parse_max_age("max-age=abc"), None);
    }

    fn hsts_findings(value: Option<&str>) -> (Option<u64>, Vec<String>) {
        let mut headers = reqwest::header::HeaderMap::new();
        if let Some(v) = value {
            headers.insert("strict-transport-security", v.parse().unwrap());
        }
        let mut out = Outcome::default();
        let age = hsts(Lang::En, &mut out, &headers, "shop.example");
        (age, out.findings.into_iter().map(|f| f.code).collect())
    }

    #[test]
    fn hsts_needs_180_days() {
        assert_eq!(
            hsts_findings(Some("max-age=15552000")),
            (Some(15_552_000), vec![])
        );
        assert_eq!(
            hsts_findings(Some("max-age=31536000; includeSubDomains")),
            (Some(31_536_000), vec![])
        );
        for short in [
            "max-age=15551999",
            "max-age=7776000",
            "max-age=2592000",
            "max-age=0",
        ] {
            assert_eq!(
                hsts_findings(Some(short)),
                (None, vec!["checkout-tls/short-hsts".to_owned()]),
                "{short}"
            );
        }
        assert_eq!(
            hsts_findings(None),
            (None, vec!["checkout-tls/no-hsts".to_owned()])
        );
        assert_eq!(
            hsts_findings(Some("includeSubDomains")),
            (None, vec!["checkout-tls/no-hsts".to_owned()])
        );
    }

    #[test]
    fn redirects_are_judged_by_scheme_host_and_status() {
        let http = Url::parse("http://shop.example/checkout").unwrap();
        let j = |status, loc: Option<&str>| {
            judge_redirect(Lang::En, &http, "shop.example", status, loc)
        };
        assert!(
            matches!(j(301, Some("https://shop.example/checkout")), Redirect::Ok(t) if t == "https://shop.example/checkout")
        );
        assert!(matches!(
            j(308, Some("https://www.shop.example/")),
            Redirect::Ok(_)
        ));
        assert!(matches!(
            j(302, Some("https://shop.example/")),
            Redirect::Ok(_)
        ));
        // Relative locations resolve against the http:// URL: still http.
        assert!(
            matches!(j(301, Some("/checkout")), Redirect::Wrong(m) if m.contains("redirects to http://shop.example/checkout"))
        );
        assert!(matches!(
            j(301, Some("https://evil.example/")),
            Redirect::Wrong(_)
        ));
        assert!(matches!(
            j(301, Some("http://shop.example/")),
            Redirect::Wrong(_)
        ));
        // A Location without a 3xx is no redirect.
        assert!(
            matches!(j(200, Some("https://shop.example/")), Redirect::Wrong(m) if m.contains("answers HTTP 200 without redirecting"))
        );
        assert!(matches!(j(200, None), Redirect::Wrong(_)));
        assert!(matches!(j(301, None), Redirect::Wrong(_)));
        assert!(matches!(
            j(400, Some("https://shop.example/")),
            Redirect::Wrong(_)
        ));
    }

    #[test]
    fn many_names_are_listed_in_part() {
        let names = |n: usize| (0..n).map(|i| format!("h{i}.example")).collect::<Vec<_>>();
        assert_eq!(names_list(Lang::En, &[]), "no subject alternative name");
        assert_eq!(names_list(Lang::En, &names(1)), "h0.example");
        assert_eq!(
            names_list(Lang::En, &names(5)),
            "h0.example, h1.example, h2.example, h3.example, h4.example"
        );
        assert_eq!(
            names_list(Lang::En, &names(2000)),
            "h0.example, h1.example, h2.example, h3.example, h4.example and 1995 more"
        );
    }

    #[test]
    fn www_twin_is_the_same_site() {
        assert!(same_site("www.shop.example", "shop.example"));
        assert!(same_site("shop.example", "WWW.shop.example"));
        assert!(!same_site("evil.example", "shop.example"));
    }
}
