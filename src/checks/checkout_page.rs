//! `checkout-page`: the payment page as a browser would load it: it answers 2xx over HTTPS,
//! loads nothing active over http://, carries no test or secret credential, loads
//! MercadoPago.js from Mercado Pago, keeps card fields unnamed, and sets secure cookies.
//!
//! The page is fetched once per run by the probe client (no credentials, redirects followed
//! only within HTTPS, body capped) and read with an HTML tokenizer (html5ever's, steered
//! the way a browser's tree builder steers it), not regexes over the whole page. No tree is
//! built, so the scan is linear in the page whatever its nesting. A static scan cannot see
//! what JavaScript injects later: that is why a missing SDK tag is only `info`.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::{Attribute, LocalName, TokenizerResult, local_name};
use url::Url;

use crate::api::shape::{parse_access_token, parse_public_key};
use crate::checks::{CheckMeta, Context, DefaultRequired, Need};
use crate::i18n::Lang;
use crate::report::Outcome;
use crate::secret::redact;
use crate::tr;

/// The `checkout-page` check.
pub struct CheckoutPage;

/// The official MercadoPago.js v2 host.
pub const SDK_HOST: &str = "sdk.mercadopago.com";

finding_codes! {
    /// The finding codes of this check, each with the one severity `explain` documents.
    enum Code in CODES {
        NotHttps = ("not-https", Error, "The payment page is served over http://: card data and the page itself travel unprotected.", "Serve the checkout over HTTPS (a certificate from Let's Encrypt is free) and configure the https:// URL."),
        FetchFailed = ("fetch-failed", Info, "The page could not be fetched (the connection failed, TLS did not verify, the server answered something that is not HTTP, or redirects looped), so nothing on it was verified; the check is `error`, not `pass`.", "Fix what the message names (checkout-tls explains certificate problems); with -v every connection and answer is logged."),
        Truncated = ("truncated", Info, "The page is larger than 2 MiB; only its first 2 MiB were scanned, so the rest is not verified.", "Nothing to fix if the page is meant to be that large; the card form is usually near the top."),
        HttpStatus = ("http-status", Error, "The checkout URL does not answer 2xx.", "Make the configured URL the page that shows the payment form, reachable without login, answering 200."),
        InsecureRedirect = ("insecure-redirect", Error, "The checkout URL redirects to an http:// page.", "Redirect only to https:// URLs; fix the site URL setting of the shop (WordPress: Settings > General) behind a TLS proxy."),
        MixedContentActive = ("mixed-content-active", Error, "The HTTPS page loads a script, iframe, stylesheet, object/embed or posts a form over http://; browsers block it.", "Load every resource and post every form over https:// (or protocol-relative URLs); a Content-Security-Policy `upgrade-insecure-requests` helps find stragglers."),
        MixedContentPassive = ("mixed-content-passive", Warning, "The HTTPS page loads images, audio or video over http://; browsers upgrade or block them and drop the padlock.", "Serve those media over https://."),
        TestPublicKey = ("test-public-key", Error, "The page carries a TEST- public key: the payment form is in test mode.", "Replace it with the production Public Key from Your integrations > (your application) > Production credentials."),
        PublicKeyMismatch = ("public-key-mismatch", Error, "The page carries a public key other than the configured one: the frontend and the backend use different credentials.", "Use the Public Key shown next to the backend's Access Token on the same Production credentials page, and redeploy the frontend."),
        AccessTokenExposed = ("access-token-exposed", Error, "Something shaped like an access token is in the page (redacted in the message): anyone can read it and act on the account.", "Remove it from the frontend at once, renew the credentials (Your integrations > Production credentials > renew), and keep the token only on the server."),
        SdkInsecure = ("sdk-insecure", Error, "MercadoPago.js is loaded over http://.", "Load it from https://sdk.mercadopago.com/js/v2."),
        SdkV1 = ("sdk-v1", Warning, "The page loads MercadoPago.js v1 (secure.mlstatic.com/sdk/javascript/v1), which Mercado Pago has replaced with v2.", "Migrate to MercadoPago.js v2 (https://sdk.mercadopago.com/js/v2) or a Brick; v1's card tokenization flow differs, so follow the v2 migration guide."),
        SdkSelfHosted = ("sdk-self-hosted", Warning, "A script from another host is, or may be, a copy of MercadoPago.js: it is named like the SDK, no tag loads the SDK from sdk.mercadopago.com, and either its content is the SDK's (its size, the Mercado Pago hosts it calls) or it could not be read to tell. A loader or wrapper of the merchant's is not reported. Mercado Pago asks that the SDK be loaded as provided, not hosted or modified.", "Load <script src=\"https://sdk.mercadopago.com/js/v2\"></script> (or the official npm loader) instead of a copy."),
        SdkNotFound = ("sdk-not-found", Info, "No MercadoPago.js tag is in the HTML. Normal for Checkout Pro redirects and for npm loaders that inject it at run time.", "Nothing if you use Checkout Pro or @mercadopago/sdk-js; for Checkout API / Bricks, make sure the page loads https://sdk.mercadopago.com/js/v2."),
        CardFieldNamed = ("card-field-named", Warning, "A card input (number, security code, expiry) has a `name` attribute, so a form submit would post card data to the merchant's server.", "Remove the `name` attribute from card inputs (or use Card Payment Brick / Secure Fields, whose inputs are Mercado Pago iframes)."),
        UpgradedHttp = ("upgraded-http", Warning, "The page references resources over http://, and its enforced Content-Security-Policy has `upgrade-insecure-requests`, so the browser fetches them over https:// and they are not mixed content; the references stay fragile (a response without the policy, or a host without HTTPS, breaks them).", "Write the references as https:// URLs (or relative ones); keep `upgrade-insecure-requests` as a safety net."),
        InsecureCookie = ("insecure-cookie", Warning, "The page sets a cookie without the Secure attribute, so it may travel over http://.", "Add `Secure` to every cookie the checkout sets (and `HttpOnly` to session cookies)."),
    }
}

static META: CheckMeta = CheckMeta {
    id: "checkout-page",
    title: "Checkout page content",
    seed_section: "Certificado SSL (payment form on an HTTPS page)",
    requirement: "The payment page answers over HTTPS without active mixed content, test or secret credentials, with MercadoPago.js from Mercado Pago and card fields that never post to the merchant.",
    needs: &[Need::CheckoutUrl],
    default_required: DefaultRequired::Yes,
    docs_url: "https://www.mercadopago.com.br/developers/en/docs/checkout-api/integration-test/go-to-production-requirements",
    explain: "\
What it checks
  - The checkout URL is served over https:// and answers 2xx, and any redirect stays on
    https://.
  - No active mixed content: http:// scripts, iframes, stylesheets, objects/embeds or form
    actions (browsers block them; the payment form may break). Passive mixed content (images,
    audio, video) warns.
  - No TEST- public key, and nothing shaped like an access token, anywhere in the page;
    a public key in the page equals the configured one.
  - MercadoPago.js v2 comes from https://sdk.mercadopago.com/js/v2, not over http:// and not
    a copy hosted elsewhere (Mercado Pago asks that it be used as provided; a script named
    like the SDK is read to tell a copy from a loader or wrapper, and one beside the official
    tag is none); v1 from secure.mlstatic.com warns.
  - With `upgrade-insecure-requests` in an enforced Content-Security-Policy, http://
    subresources are fetched over https:// and are not mixed content (a warning says the
    references are fragile).
  - Card inputs carry no `name` attribute, so card data never posts to the merchant.
  - Cookies set by the page carry `Secure`.

Why it matters
  Mercado Pago's go-live page requires the payment form on an HTTPS page; mixed content
  breaks the padlock or the form, a TEST- key takes no real payments, and an access token in
  a page gives anyone control of the account.

Limits
  The scan reads the HTML as served; content injected later by JavaScript is not seen. npm
  loaders (@mercadopago/sdk-js, sdk-react) and Checkout Pro redirects show no SDK tag, hence
  `sdk-not-found` is only info.",
    codes: CODES,
    options: &[],
};

impl_check!(CheckoutPage, META, run);

async fn run(ctx: &Context) -> Outcome {
    let mut out = Outcome::default();
    let lang = ctx.settings.lang;
    let Some(url) = ctx.settings.checkout_url.clone() else {
        super::ran_without_input(ctx.settings.lang, &META, &mut out);
        return out;
    };
    let page = match ctx.probe.page(&url).await {
        Ok(p) => p,
        Err(e) => {
            let err = e.to_string();
            out.undetermined(tr!(
                lang,
                "checkout-page-fetch-failed-summary",
                err = err.as_str()
            ));
            out.push(META.finding(
                Code::FetchFailed,
                tr!(
                    lang,
                    "checkout-page-fetch-failed",
                    url = url.as_str(),
                    err = err.as_str()
                ),
            ));
            return out;
        }
    };
    if let Some(to) = &page.insecure_redirect {
        out.push(META.finding(
            Code::InsecureRedirect,
            tr!(
                lang,
                "checkout-page-insecure-redirect",
                url = page.answer.url.as_str(),
                to = to.to_string()
            ),
        ));
        return out;
    }
    let answer = &page.answer;
    if !(200..300).contains(&answer.status) {
        out.push(META.finding(
            Code::HttpStatus,
            tr!(
                lang,
                "checkout-page-http-status",
                url = answer.url.as_str(),
                status = answer.status.to_string()
            ),
        ));
        return out;
    }
    if answer.url.scheme() != "https" {
        out.push(META.finding(
            Code::NotHttps,
            tr!(lang, "checkout-page-not-https", url = answer.url.as_str()),
        ));
    }
    if answer.truncated {
        out.push(META.finding(
            Code::Truncated,
            tr!(lang, "checkout-page-truncated", url = answer.url.as_str()),
        ));
    }
    let text = String::from_utf8_lossy(&answer.body);
    let mut scan = scan_html(&text, &answer.url);
    let https = answer.url.scheme() == "https";

    if https && upgrades_insecure_requests(&answer.headers, &scan.meta_csp) {
        let upgraded = upgraded(&mut scan, &answer.url);
        if !upgraded.is_empty() {
            let shown: Vec<&str> = upgraded.iter().take(5).map(String::as_str).collect();
            out.push(META.finding(
                Code::UpgradedHttp,
                tr!(
                    lang,
                    "checkout-page-upgraded-http",
                    count = upgraded.len(),
                    list = shown.join(", ")
                ),
            ));
        }
    }
    if https {
        for (what, link) in scan.active_http.iter().take(10) {
            out.push(META.finding(
                Code::MixedContentActive,
                tr!(
                    lang,
                    "checkout-page-mixed-active",
                    what = element_words(lang, what),
                    link = link.as_str()
                ),
            ));
        }
        if !scan.passive_http.is_empty() {
            let shown: Vec<&str> = scan
                .passive_http
                .iter()
                .take(5)
                .map(String::as_str)
                .collect();
            let more = scan.passive_http.len().saturating_sub(5);
            let message = if more > 0 {
                tr!(
                    lang,
                    "checkout-page-mixed-passive-more",
                    count = scan.passive_http.len(),
                    list = shown.join(", "),
                    more = more
                )
            } else {
                tr!(
                    lang,
                    "checkout-page-mixed-passive",
                    count = scan.passive_http.len(),
                    list = shown.join(", ")
                )
            };
            out.push(META.finding(Code::MixedContentPassive, message));
        }
    }
    for link in &scan.sdk_insecure {
        out.push(META.finding(
            Code::SdkInsecure,
            tr!(lang, "checkout-page-sdk-insecure", link = link.as_str()),
        ));
    }
    for link in &scan.sdk_v1 {
        out.push(META.finding(
            Code::SdkV1,
            tr!(lang, "checkout-page-sdk-v1", link = link.as_str()),
        ));
    }
    // A name proves nothing: the script itself is read (within the page's cap) to tell a copy
    // from a merchant's loader or wrapper.
    for link in scan.sdk_copies.iter().take(3) {
        let message = match fetch_copy(ctx, link).await {
            CopyEvidence::Copy(size) => tr!(
                lang,
                "checkout-page-sdk-copy",
                link = link.as_str(),
                sdk_host = SDK_HOST,
                kib = size.div_ceil(1024)
            ),
            CopyEvidence::NotSdk => continue,
            CopyEvidence::Unfetched(err) => tr!(
                lang,
                "checkout-page-sdk-self-hosted",
                link = link.as_str(),
                sdk_host = SDK_HOST,
                err = err.as_str()
            ),
        };
        out.push(META.finding(Code::SdkSelfHosted, message));
    }
    if scan.sdk_official.is_empty()
        && scan.sdk_insecure.is_empty()
        && scan.sdk_copies.is_empty()
        && scan.sdk_v1.is_empty()
    {
        out.push(META.finding(Code::SdkNotFound, tr!(lang, "checkout-page-sdk-not-found")));
    }

    let creds = scan_credentials(&text);
    for key in &creds.test_keys {
        out.push(META.finding(
            Code::TestPublicKey,
            tr!(lang, "checkout-page-test-public-key", key = redact(key)),
        ));
    }
    if let Some(configured) = &ctx.settings.public_key {
        for key in creds.live_keys.iter().filter(|k| *k != configured) {
            out.push(META.finding(
                Code::PublicKeyMismatch,
                tr!(
                    lang,
                    "checkout-page-public-key-mismatch",
                    key = redact(key),
                    configured = redact(configured)
                ),
            ));
        }
    }
    for token in &creds.tokens {
        out.push(META.finding(
            Code::AccessTokenExposed,
            tr!(
                lang,
                "checkout-page-access-token-exposed",
                token = redact(token)
            ),
        ));
    }
    for field in &scan.named_card_fields {
        out.push(META.finding(
            Code::CardFieldNamed,
            tr!(
                lang,
                "checkout-page-card-field-named",
                field = field.as_str()
            ),
        ));
    }
    let insecure_cookies: Vec<String> = answer
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter(|c| {
            !c.split(';')
                .skip(1)
                .any(|a| a.trim().eq_ignore_ascii_case("secure"))
        })
        .map(|c| c.split('=').next().unwrap_or("").trim().to_owned())
        .collect();
    if https && !insecure_cookies.is_empty() {
        out.push(META.finding(
            Code::InsecureCookie,
            tr!(
                lang,
                "checkout-page-insecure-cookie",
                names = insecure_cookies.join(", ")
            ),
        ));
    }

    let status = answer.status.to_string();
    let mut summary = if scan.sdk_official.is_empty() {
        tr!(lang, "checkout-page-summary-no-sdk", status = status)
    } else {
        tr!(
            lang,
            "checkout-page-summary-sdk",
            status = status,
            sdk_host = SDK_HOST
        )
    };
    if answer.truncated {
        summary.push_str(", ");
        summary.push_str(&tr!(lang, "checkout-page-summary-truncated"));
    }
    out.summary = Some(summary);
    out
}

/// What reading a script named like MercadoPago.js showed.
#[derive(Debug, PartialEq, Eq)]
enum CopyEvidence {
    /// The SDK's own code, of this many bytes.
    Copy(usize),
    /// Something else: a loader of the official SDK, or the merchant's own code.
    NotSdk,
    /// It could not be read: why.
    Unfetched(String),
}

/// Fetches a script named like the SDK (one request, body capped as the page's).
async fn fetch_copy(ctx: &Context, link: &str) -> CopyEvidence {
    let Ok(url) = Url::parse(link) else {
        return CopyEvidence::Unfetched(format!("{link} is not a URL"));
    };
    match ctx.probe.get(&url).await {
        Err(e) => CopyEvidence::Unfetched(e),
        Ok(a) if !(200..300).contains(&a.status) => {
            CopyEvidence::Unfetched(format!("HTTP {}", a.status))
        }
        Ok(a) => classify_copy(&a.body),
    }
}

/// MercadoPago.js is a bundle of well over 16 KiB that names the Mercado Pago hosts it calls
/// itself (API, Secure Fields); a loader or a wrapper is small, or names only the SDK's URL.
fn classify_copy(body: &[u8]) -> CopyEvidence {
    let has = |needle: &[u8]| memchr::memmem::find(body, needle).is_some();
    if body.len() >= 16 * 1024
        && (has(b"secure-fields.mercadopago.com") || has(b"api.mercadopago.com"))
    {
        CopyEvidence::Copy(body.len())
    } else {
        CopyEvidence::NotSdk
    }
}

/// What an element loaded over http:// is, as [`scan_html`] names it in English ("a
/// script"), in the run's language.
fn element_words(lang: Lang, what: &str) -> String {
    let id = match what {
        "a script" => "checkout-page-what-script",
        "an iframe" => "checkout-page-what-iframe",
        "a frame" => "checkout-page-what-frame",
        "a stylesheet" => "checkout-page-what-stylesheet",
        "an object" => "checkout-page-what-object",
        "an embed" => "checkout-page-what-embed",
        "a form that posts" => "checkout-page-what-form",
        "a form button that posts" => "checkout-page-what-form-button",
        other => return other.to_owned(),
    };
    tr!(lang, id)
}

/// What the HTML references.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Scan {
    /// (element, URL) loaded actively over http://.
    pub active_http: Vec<(String, String)>,
    /// Media URLs over http://.
    pub passive_http: Vec<String>,
    /// MercadoPago.js from the official host over https.
    pub sdk_official: Vec<String>,
    /// MercadoPago.js over http://.
    pub sdk_insecure: Vec<String>,
    /// Likely copies of the SDK on other hosts.
    pub sdk_copies: Vec<String>,
    /// MercadoPago.js v1 from Mercado Pago's old CDN.
    pub sdk_v1: Vec<String>,
    /// Card inputs that carry a `name`.
    pub named_card_fields: Vec<String>,
    /// The contents of `<meta http-equiv="Content-Security-Policy">` tags.
    pub meta_csp: Vec<String>,
}

/// Whether an enforced policy (a header, or a `<meta>` one) of the page has
/// `upgrade-insecure-requests`: the browser then rewrites `http://` subresources, and
/// same-origin navigations, to `https://` before any mixed-content check.
fn upgrades_insecure_requests(headers: &reqwest::header::HeaderMap, meta: &[String]) -> bool {
    use super::checkout_security::csp;
    headers
        .get_all("content-security-policy")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(csp::parse_header)
        .chain(meta.iter().filter_map(|m| csp::parse_meta(m)))
        .any(|p| csp::get(&p, "upgrade-insecure-requests").is_some())
}

/// Takes out of `scan` what `upgrade-insecure-requests` makes the browser fetch over https://
/// (every subresource, and form posts to the page's own host, which are same-origin
/// navigations; a post to another host is not upgraded and stays mixed content), and returns
/// those URLs.
fn upgraded(scan: &mut Scan, page: &Url) -> Vec<String> {
    let mut upgraded = Vec::new();
    scan.active_http.retain(|(what, link)| {
        let form = what.starts_with("a form");
        let same_host = Url::parse(link).is_ok_and(|u| u.host_str() == page.host_str());
        if form && !same_host {
            return true;
        }
        upgraded.push(link.clone());
        false
    });
    upgraded.append(&mut scan.passive_http);
    // http://sdk.mercadopago.com/js/v2 is fetched as the official https:// one.
    scan.sdk_official.append(&mut scan.sdk_insecure);
    upgraded
}

/// A start tag the scan reads, as the tokenizer gave it: attribute names lowercased,
/// character references decoded, a repeated attribute dropped (the first one wins, as in a
/// browser).
pub(crate) struct Element {
    /// The tag name, lowercased.
    pub(crate) name: LocalName,
    /// The attributes, as the browser keeps them.
    pub(crate) attrs: Vec<Attribute>,
    /// The text of a `<script>`, HTML or SVG (what a CSP hash covers); empty for other
    /// elements.
    pub(crate) text: String,
    /// Read inside inline SVG (a `<script>` there loads from `href`, not `src`).
    pub(crate) svg: bool,
}

impl Element {
    /// The URL a `<script>` loads, as the browser reads it: `src` in HTML; `href`, else
    /// `xlink:href`, in SVG, where a script runs just the same (and a skimmer can hide
    /// one). `None` for an inline script and for other elements.
    pub(crate) fn script_src(&self) -> Option<&str> {
        if self.name != local_name!("script") {
            return None;
        }
        if self.svg {
            self.attr("href").or_else(|| self.attr("xlink:href"))
        } else {
            self.attr("src")
        }
    }

    /// The value of attribute `name` (lowercase), when present.
    pub(crate) fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|a| &*a.name.local == name)
            .map(|a| &*a.value)
    }

    /// An `<input>` for a card number, security code or expiry, told by its `autocomplete`
    /// token or by the id, `data-checkout` or name a card form gives it.
    pub(crate) fn is_card_input(&self) -> bool {
        if self.name != local_name!("input") {
            return false;
        }
        let auto = self.attr("autocomplete").unwrap_or("").to_ascii_lowercase();
        let ident = format!(
            "{} {} {}",
            self.attr("id").unwrap_or(""),
            self.attr("data-checkout").unwrap_or(""),
            self.attr("name").unwrap_or("")
        )
        .to_ascii_lowercase();
        ["cc-number", "cc-csc", "cc-exp"]
            .iter()
            .any(|a| auto.starts_with(a))
            || [
                "cardnumber",
                "securitycode",
                "cardexpiration",
                "card_number",
                "security_code",
            ]
            .iter()
            .any(|k| ident.contains(k))
    }
}

/// The elements whose attributes the scan judges; every other tag only steers the
/// tokenizer.
fn judged(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("base")
            | local_name!("meta")
            | local_name!("script")
            | local_name!("iframe")
            | local_name!("frame")
            | local_name!("link")
            | local_name!("object")
            | local_name!("embed")
            | local_name!("form")
            | local_name!("button")
            | local_name!("input")
            | local_name!("img")
            | local_name!("source")
            | local_name!("audio")
            | local_name!("video")
            | local_name!("track")
    )
}

/// The state a start tag puts the tokenizer in, in HTML content. A tokenizer alone reads
/// `<script>` or `<style>` content as markup: a browser's tree builder switches it to these
/// states, so a `"<iframe src=…>"` inside a script is text, as it is for the browser
/// (scripting enabled, so `<noscript>` content is text too).
fn content_state(name: &LocalName) -> TokenSinkResult<()> {
    match *name {
        local_name!("title") | local_name!("textarea") => TokenSinkResult::RawData(RawKind::Rcdata),
        local_name!("style")
        | local_name!("xmp")
        | local_name!("iframe")
        | local_name!("noembed")
        | local_name!("noframes")
        | local_name!("noscript") => TokenSinkResult::RawData(RawKind::Rawtext),
        local_name!("script") => TokenSinkResult::RawData(RawKind::ScriptData),
        local_name!("plaintext") => TokenSinkResult::Plaintext,
        _ => TokenSinkResult::Continue,
    }
}

/// The start tags that end SVG or MathML content and are read as HTML (the tree builder's
/// "any other start tag in foreign content" exceptions).
fn breaks_out_of_foreign(tag: &Tag) -> bool {
    match tag.name {
        local_name!("font") => tag
            .attrs
            .iter()
            .any(|a| matches!(&*a.name.local, "color" | "face" | "size")),
        local_name!("b")
        | local_name!("big")
        | local_name!("blockquote")
        | local_name!("body")
        | local_name!("br")
        | local_name!("center")
        | local_name!("code")
        | local_name!("dd")
        | local_name!("div")
        | local_name!("dl")
        | local_name!("dt")
        | local_name!("em")
        | local_name!("embed")
        | local_name!("h1")
        | local_name!("h2")
        | local_name!("h3")
        | local_name!("h4")
        | local_name!("h5")
        | local_name!("h6")
        | local_name!("head")
        | local_name!("hr")
        | local_name!("i")
        | local_name!("img")
        | local_name!("li")
        | local_name!("listing")
        | local_name!("menu")
        | local_name!("meta")
        | local_name!("nobr")
        | local_name!("ol")
        | local_name!("p")
        | local_name!("pre")
        | local_name!("ruby")
        | local_name!("s")
        | local_name!("small")
        | local_name!("span")
        | local_name!("strong")
        | local_name!("strike")
        | local_name!("sub")
        | local_name!("sup")
        | local_name!("table")
        | local_name!("tt")
        | local_name!("u")
        | local_name!("ul")
        | local_name!("var") => true,
        _ => false,
    }
}

/// An open element of inline SVG or MathML.
struct Foreign {
    /// As the tokenizer gave it (lowercased), to match end tags.
    name: LocalName,
    /// MathML rather than SVG: its children are MathML too.
    math: bool,
    /// An integration point (`<foreignObject>`, `<desc>`, `<title>` in SVG; `<mi>`,
    /// `<mo>`, `<mn>`, `<ms>`, `<mtext>` in MathML): start tags inside it are HTML again.
    integration: bool,
}

impl Foreign {
    fn new(name: LocalName, math: bool) -> Foreign {
        let integration = if math {
            matches!(
                name,
                local_name!("mi")
                    | local_name!("mo")
                    | local_name!("mn")
                    | local_name!("ms")
                    | local_name!("mtext")
            )
        } else {
            matches!(&*name, "foreignobject" | "desc" | "title")
        };
        Foreign {
            name,
            math,
            integration,
        }
    }

    /// Whether a start tag inside this element is read as HTML.
    fn reads_as_html(&self, tag: &LocalName) -> bool {
        if self.math && self.integration {
            !matches!(*tag, local_name!("mglyph") | local_name!("malignmark"))
        } else {
            // `<svg>` in `<annotation-xml>` is SVG, not MathML (the tree builder's rule).
            self.integration
                || (self.name == local_name!("annotation-xml") && *tag == local_name!("svg"))
        }
    }
}

/// What the tokenizer has shown so far, and the little of the tree builder's state that
/// decides how the next tag is read. No tree is kept: the tree builder's scope checks walk
/// the stack of open elements, so a deeply nested page costs it quadratic time, and the
/// scan needs only the tags, not where they sit.
struct Walk {
    /// The judged elements, in document order.
    elements: Vec<Element>,
    /// Open SVG/MathML elements, innermost last; empty in HTML content. HTML elements
    /// inside an integration point are not tracked here.
    foreign: Vec<Foreign>,
    /// How many HTML elements of each name are open, roughly (elements a browser closes
    /// implicitly, such as `<p>` or `<li>`, stay counted): whether an end tag inside SVG
    /// closes an HTML element around it, and the SVG with it, or is a stray one.
    open: HashMap<LocalName, usize>,
    /// The tokenizer is in raw text (a script, a style...) until the next end tag, which
    /// can only be that element's: its text is not the page's text.
    raw: bool,
    /// The index in `elements` of the HTML `<script>` whose text the tokenizer is reading.
    script: Option<usize>,
    /// Open `<template>` elements: forms nest inside them.
    templates: usize,
    /// A `<form>` is open outside any template: the browser drops a nested one, so its
    /// action posts nowhere.
    form_open: bool,
    /// The tree builder's frameset-ok flag: a `<frameset>` replaces the body only while no
    /// text or content element has been seen.
    frameset_ok: bool,
    /// A `<frameset>` was accepted: from then on only frames count (the tree builder
    /// drops every other tag), and a `<frame>` means nothing before.
    frameset: bool,
    /// Open `<frameset>` elements once one was accepted: a `<frame>` after the last one
    /// closes is dropped too.
    framesets: usize,
}

impl Walk {
    fn new() -> Walk {
        Walk {
            elements: Vec::new(),
            foreign: Vec::new(),
            open: HashMap::new(),
            raw: false,
            script: None,
            templates: 0,
            form_open: false,
            frameset_ok: true,
            frameset: false,
            framesets: 0,
        }
    }

    fn start_tag(&mut self, mut tag: Tag) -> TokenSinkResult<()> {
        if self.frameset {
            return match tag.name {
                local_name!("frame") if self.framesets > 0 => {
                    self.keep(tag);
                    TokenSinkResult::Continue
                }
                local_name!("frameset") if self.framesets > 0 => {
                    self.framesets += 1;
                    TokenSinkResult::Continue
                }
                local_name!("noframes") => self.enter_raw(RawKind::Rawtext),
                _ => TokenSinkResult::Continue,
            };
        }
        if let Some(current) = self.foreign.last()
            && !current.reads_as_html(&tag.name)
        {
            if breaks_out_of_foreign(&tag) {
                self.leave_foreign();
            } else {
                // Raw-text elements of HTML are plain elements in SVG (`<style/>` there
                // closes itself): the tokenizer stays in its data state.
                let math = current.math;
                let open = !tag.self_closing;
                let name = tag.name.clone();
                self.keep_foreign(tag, !math);
                if open {
                    // An SVG script's text comes as ordinary characters, up to its end tag.
                    if !math && name == local_name!("script") {
                        self.script = Some(self.elements.len() - 1);
                    }
                    self.foreign.push(Foreign::new(name, math));
                }
                return TokenSinkResult::Continue;
            }
        }
        match tag.name {
            // The tree builder reads `<image>` as `<img>`.
            local_name!("image") => tag.name = local_name!("img"),
            local_name!("svg") | local_name!("math") => {
                let name = tag.name.clone();
                let open = !tag.self_closing;
                self.keep(tag);
                if open {
                    let math = name == local_name!("math");
                    self.foreign.push(Foreign::new(name, math));
                }
                return TokenSinkResult::Continue;
            }
            local_name!("form") if self.templates == 0 => {
                if self.form_open {
                    return TokenSinkResult::Continue;
                }
                self.form_open = true;
            }
            local_name!("template") => self.templates += 1,
            local_name!("frameset") => {
                if self.frameset_ok {
                    self.frameset = true;
                    self.framesets = 1;
                }
                return TokenSinkResult::Continue;
            }
            local_name!("frame") => return TokenSinkResult::Continue,
            _ => {}
        }
        if ends_frameset_ok(&tag) {
            self.frameset_ok = false;
        }
        // Table parts outside a table are dropped by the tree builder, so never open.
        let dropped = table_part(&tag.name) && self.open_count(&local_name!("table")) == 0;
        if !void(&tag.name) && !dropped {
            *self.open.entry(tag.name.clone()).or_default() += 1;
        }
        let state = content_state(&tag.name);
        let script = tag.name == local_name!("script");
        self.keep(tag);
        if script {
            self.script = Some(self.elements.len() - 1);
        }
        match state {
            TokenSinkResult::RawData(kind) => self.enter_raw(kind),
            TokenSinkResult::Plaintext => {
                self.raw = true;
                TokenSinkResult::Plaintext
            }
            other => other,
        }
    }

    fn enter_raw(&mut self, kind: RawKind) -> TokenSinkResult<()> {
        self.raw = true;
        TokenSinkResult::RawData(kind)
    }

    fn open_count(&self, name: &LocalName) -> usize {
        self.open.get(name).copied().unwrap_or(0)
    }

    fn end_tag(&mut self, name: &LocalName) {
        self.raw = false;
        self.script = None;
        if self.frameset {
            if *name == local_name!("frameset") {
                self.framesets = self.framesets.saturating_sub(1);
            }
            return;
        }
        if let Some(current) = self.foreign.last() {
            let breakout = matches!(*name, local_name!("p") | local_name!("br"));
            if !breakout
                && let Some(i) = self
                    .foreign
                    .iter()
                    .rposition(|f| f.name.eq_ignore_ascii_case(name))
            {
                self.foreign.truncate(i);
                return;
            }
            if breakout {
                self.leave_foreign();
            } else if !current.integration {
                // An end tag of an HTML element around the SVG or MathML closes it too; a
                // stray one is ignored.
                if self.open_count(name) == 0 {
                    return;
                }
                self.foreign.clear();
            }
        }
        if let Some(n) = self.open.get_mut(name) {
            *n = n.saturating_sub(1);
        }
        match *name {
            // The tree builder reads a stray `</br>` as `<br>`.
            local_name!("br") => self.frameset_ok = false,
            local_name!("form") if self.templates == 0 => self.form_open = false,
            local_name!("template") => self.templates = self.templates.saturating_sub(1),
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        // In raw text the script is HTML; outside it, only an SVG script is open.
        if let Some(i) = self.script
            && (self.raw || self.elements[i].svg)
        {
            self.elements[i].text.push_str(text);
        }
        if !self.raw
            && text
                .bytes()
                .any(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r'))
        {
            self.frameset_ok = false;
        }
    }

    /// Pops foreign elements up to the nearest integration point or HTML content.
    fn leave_foreign(&mut self) {
        while self.foreign.last().is_some_and(|f| !f.integration) {
            self.foreign.pop();
        }
    }

    fn keep(&mut self, tag: Tag) {
        self.keep_foreign(tag, false);
    }

    /// Keeps a judged element, `svg` when read inside inline SVG.
    fn keep_foreign(&mut self, tag: Tag, svg: bool) {
        if judged(&tag.name) {
            self.elements.push(Element {
                name: tag.name,
                attrs: tag.attrs,
                text: String::new(),
                svg,
            });
        }
    }
}

/// Elements without content: no end tag closes them.
fn void(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("area")
            | local_name!("base")
            | local_name!("basefont")
            | local_name!("bgsound")
            | local_name!("br")
            | local_name!("col")
            | local_name!("embed")
            | local_name!("hr")
            | local_name!("img")
            | local_name!("input")
            | local_name!("keygen")
            | local_name!("link")
            | local_name!("meta")
            | local_name!("param")
            | local_name!("source")
            | local_name!("track")
            | local_name!("wbr")
    )
}

/// The parts of a table, which mean something only inside one.
fn table_part(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("caption")
            | local_name!("col")
            | local_name!("colgroup")
            | local_name!("tbody")
            | local_name!("td")
            | local_name!("tfoot")
            | local_name!("th")
            | local_name!("thead")
            | local_name!("tr")
    )
}

/// The start tags after which the tree builder no longer lets a `<frameset>` replace the
/// body.
fn ends_frameset_ok(tag: &Tag) -> bool {
    match tag.name {
        local_name!("input") => !tag
            .attrs
            .iter()
            .any(|a| &*a.name.local == "type" && a.value.eq_ignore_ascii_case("hidden")),
        local_name!("pre")
        | local_name!("listing")
        | local_name!("li")
        | local_name!("dd")
        | local_name!("dt")
        | local_name!("button")
        | local_name!("applet")
        | local_name!("marquee")
        | local_name!("object")
        | local_name!("table")
        | local_name!("area")
        | local_name!("br")
        | local_name!("embed")
        | local_name!("img")
        | local_name!("keygen")
        | local_name!("wbr")
        | local_name!("hr")
        | local_name!("textarea")
        | local_name!("xmp")
        | local_name!("iframe")
        | local_name!("select")
        | local_name!("template")
        | local_name!("body") => true,
        _ => false,
    }
}

/// The tokenizer's sink: one pass, no tree.
struct Sink(RefCell<Walk>);

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        match token {
            Token::TagToken(tag) if tag.kind == TagKind::StartTag => {
                self.0.borrow_mut().start_tag(tag)
            }
            Token::TagToken(tag) => {
                self.0.borrow_mut().end_tag(&tag.name);
                TokenSinkResult::Continue
            }
            Token::CharacterTokens(text) => {
                self.0.borrow_mut().text(&text);
                TokenSinkResult::Continue
            }
            _ => TokenSinkResult::Continue,
        }
    }

    /// `<![CDATA[…]]>` is text inside SVG or MathML and a bogus comment in HTML.
    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.0
            .borrow()
            .foreign
            .last()
            .is_some_and(|f| !f.integration)
    }
}

/// The judged elements of a page, in document order, from html5ever's streaming tokenizer:
/// linear in the page's size whatever its nesting.
///
/// Known limit: html5ever checks each attribute of a tag against the tag's earlier ones, so
/// a single tag with tens of thousands of distinct attributes costs quadratic time inside
/// the tokenizer (measured: 40k attributes 0.7 s, 80k 2.7 s; the 2 MiB cap leaves room for
/// ~300k, some 40 s, still inside the run's deadline). No real page has such a tag, and the
/// tokenizer offers no hook to cap it short of tokenizing the page a second time.
pub(crate) fn elements(html: &str) -> Vec<Element> {
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let tokenizer = Tokenizer::new(Sink(RefCell::new(Walk::new())), TokenizerOpts::default());
    // The sink never asks to pause for a script, so one feed reads everything.
    while let TokenizerResult::Script(()) = tokenizer.feed(&input) {}
    tokenizer.end();
    tokenizer.sink.0.into_inner().elements
}

/// Scans the page and collects what the check judges. URLs resolve against `<base href>`
/// and the page URL; `data:`, `blob:` and `about:` are ignored.
pub fn scan_html(html: &str, page: &Url) -> Scan {
    let elements = elements(html);
    // `tag[attr]`: the elements named `tag` that carry `attr`, with its value.
    let with = |tag: LocalName, attr: &'static str| {
        elements
            .iter()
            .filter(move |e| e.name == tag)
            .filter_map(move |e| {
                // A script's URL is `href` in SVG.
                let value = if attr == "src" && e.name == local_name!("script") {
                    e.script_src()
                } else {
                    e.attr(attr)
                };
                value.map(|v| (e, v))
            })
    };
    let base = with(local_name!("base"), "href")
        .next()
        .and_then(|(_, h)| page.join(h).ok())
        .unwrap_or_else(|| page.clone());
    let resolve = |v: &str| base.join(v.trim()).ok();
    let mut scan = Scan {
        meta_csp: with(local_name!("meta"), "http-equiv")
            .filter(|(_, v)| v.trim().eq_ignore_ascii_case("content-security-policy"))
            .filter_map(|(e, _)| e.attr("content").map(str::to_owned))
            .collect(),
        ..Scan::default()
    };

    let active: &[(LocalName, &str, &str)] = &[
        (local_name!("script"), "src", "a script"),
        (local_name!("iframe"), "src", "an iframe"),
        (local_name!("frame"), "src", "a frame"),
        (local_name!("link"), "href", "a stylesheet"),
        (local_name!("object"), "data", "an object"),
        (local_name!("embed"), "src", "an embed"),
        (local_name!("form"), "action", "a form that posts"),
        (
            local_name!("button"),
            "formaction",
            "a form button that posts",
        ),
        (
            local_name!("input"),
            "formaction",
            "a form button that posts",
        ),
    ];
    for (tag, attr, what) in active {
        for (el, value) in with(tag.clone(), attr) {
            if *tag == local_name!("link") {
                let rel = el.attr("rel").unwrap_or("").to_ascii_lowercase();
                if !rel
                    .split_whitespace()
                    .any(|r| matches!(r, "stylesheet" | "preload" | "modulepreload"))
                {
                    continue;
                }
            }
            let Some(u) = resolve(value) else {
                continue;
            };
            if u.scheme() == "http" {
                scan.active_http.push(((*what).to_owned(), u.to_string()));
            }
        }
    }

    let passive: &[(LocalName, &str)] = &[
        (local_name!("img"), "src"),
        (local_name!("img"), "srcset"),
        (local_name!("source"), "src"),
        (local_name!("source"), "srcset"),
        (local_name!("audio"), "src"),
        (local_name!("video"), "src"),
        (local_name!("video"), "poster"),
        (local_name!("track"), "src"),
    ];
    // Listed once each, in the order first seen; the set keeps that linear.
    let mut seen = HashSet::new();
    for (tag, attr) in passive {
        for (_, value) in with(tag.clone(), attr) {
            let candidates: Vec<&str> = if attr.ends_with("srcset") {
                value
                    .split(',')
                    .filter_map(|c| c.split_whitespace().next())
                    .collect()
            } else {
                vec![value]
            };
            for c in candidates {
                if let Some(u) = resolve(c)
                    && u.scheme() == "http"
                    && seen.insert(u.to_string())
                {
                    scan.passive_http.push(u.to_string());
                }
            }
        }
    }

    for (_, value) in with(local_name!("script"), "src") {
        let Some(u) = resolve(value) else {
            continue;
        };
        let host = u.host_str().unwrap_or("").to_ascii_lowercase();
        let file = u
            .path()
            .rsplit('/')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if host.ends_with("mlstatic.com") && u.path().contains("/sdk/javascript/v1/") {
            scan.sdk_v1.push(u.to_string());
        } else if host == SDK_HOST {
            if u.scheme() == "http" {
                scan.sdk_insecure.push(u.to_string());
            } else {
                scan.sdk_official.push(u.to_string());
            }
        } else if matches!(
            file.as_str(),
            "mercadopago.js" | "mercadopago.min.js" | "mercadopago-v2.js"
        ) || (u.path().ends_with("/js/v2") && host.contains("mercadopago"))
        {
            scan.sdk_copies.push(u.to_string());
        }
    }

    // A script named like the SDK beside the official tag is the merchant's own (a wrapper,
    // a loader): a file name alone proves no copy.
    if !scan.sdk_official.is_empty() {
        scan.sdk_copies.clear();
    }

    for e in elements.iter().filter(|e| e.is_card_input()) {
        if let Some(name) = e.attr("name") {
            let id = e.attr("id").map(|i| format!("#{i}")).unwrap_or_default();
            scan.named_card_fields
                .push(format!("<input{id} name=\"{name}\">"));
        }
    }
    scan
}

/// Credentials found in a page's text.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct PageCredentials {
    /// `TEST-<uuid>` public keys.
    pub test_keys: Vec<String>,
    /// `APP_USR-<uuid>` public keys.
    pub live_keys: Vec<String>,
    /// Anything parsing as an access token (kept only to be redacted in messages).
    pub tokens: Vec<String>,
}

/// Finds credential-shaped words anywhere in the text (inline scripts and JSON included).
pub fn scan_credentials(text: &str) -> PageCredentials {
    let mut found = PageCredentials::default();
    // Each word listed once; the set keeps that linear in a page of many keys.
    let mut seen = HashSet::new();
    for w in crate::secret::credential_words(text.as_bytes())
        .into_iter()
        .filter(|w| !w.glued)
    {
        let word = w.word;
        let list = match parse_public_key(word) {
            Ok("TEST") => &mut found.test_keys,
            Ok(_) => &mut found.live_keys,
            Err(_) if parse_access_token(word).is_ok() && word.len() >= 40 => &mut found.tokens,
            Err(_) => continue,
        };
        if seen.insert(word) {
            list.push(word.to_owned());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_element_the_scan_names_is_translated() {
        for what in [
            "a script",
            "an iframe",
            "a frame",
            "a stylesheet",
            "an object",
            "an embed",
            "a form that posts",
            "a form button that posts",
        ] {
            assert_eq!(element_words(Lang::En, what), what);
            for lang in [Lang::Es, Lang::Pt] {
                let words = element_words(lang, what);
                assert!(
                    words != what && !words.starts_with("checkout-page-"),
                    "{lang:?}: {what}"
                );
            }
        }
    }

    fn page() -> Url {
        Url::parse("https://shop.example/checkout").unwrap()
    }

    #[test]
    fn mixed_content_resolves_relative_urls_and_base() {
        let html = r#"<html><head><base href="http://cdn.example/"><script src="app.js"></script>
            <link rel="stylesheet" href="https://ok.example/s.css"><link rel="icon" href="http://x/i.ico"></head>
            <body><img srcset="http://a/1.png 1x, https://a/2.png 2x"><img src="data:image/png;base64,xx">
            <form action="//pay.example/post"></form></body></html>"#;
        let s = scan_html(html, &page());
        // The protocol-relative form action inherits the base's http:.
        let active: Vec<&str> = s.active_http.iter().map(|(_, u)| u.as_str()).collect();
        assert_eq!(
            active,
            ["http://cdn.example/app.js", "http://pay.example/post"]
        );
        assert_eq!(s.passive_http, vec!["http://a/1.png".to_owned()]);
    }

    #[test]
    fn every_active_element_is_mixed_content() {
        let page = Url::parse("https://shop.example/checkout").unwrap();
        let cases = [
            (
                r#"<script src="http://x.example/a.js"></script>"#,
                "a script",
            ),
            // In inline SVG a script loads from href.
            (
                r#"<svg><script href="http://x.example/a.js"/></svg>"#,
                "a script",
            ),
            (r#"<iframe src="http://x.example/f"></iframe>"#, "an iframe"),
            (
                r#"<frameset><frame src="http://x.example/f"></frameset>"#,
                "a frame",
            ),
            (
                r#"<link rel="stylesheet" href="http://x.example/s.css">"#,
                "a stylesheet",
            ),
            (
                r#"<link rel="preload" as="script" href="http://x.example/p.js">"#,
                "a stylesheet",
            ),
            (
                r#"<link rel="modulepreload" href="http://x.example/m.js">"#,
                "a stylesheet",
            ),
            (
                r#"<object data="http://x.example/o"></object>"#,
                "an object",
            ),
            (r#"<embed src="http://x.example/e">"#, "an embed"),
            (
                r#"<form action="http://x.example/pay"></form>"#,
                "a form that posts",
            ),
            (
                r#"<form><button formaction="http://x.example/pay">Pay</button></form>"#,
                "a form button that posts",
            ),
            (
                r#"<form><input type="submit" formaction="http://x.example/pay"></form>"#,
                "a form button that posts",
            ),
        ];
        for (html, what) in cases {
            let scan = scan_html(html, &page);
            assert_eq!(scan.active_http.len(), 1, "{html}: {:?}", scan.active_http);
            assert_eq!(scan.active_http[0].0, what, "{html}");
            assert!(scan.active_http[0].1.starts_with("http://x.example/"));
            // The same element over https is not mixed content.
            let safe = html.replace("http://", "https://");
            assert!(scan_html(&safe, &page).active_http.is_empty(), "{safe}");
        }
        // Passive content is told apart from active.
        for html in [
            r#"<img src="http://x.example/i.png">"#,
            r#"<img srcset="https://x.example/a.png 1x, http://x.example/b.png 2x">"#,
            r#"<video poster="http://x.example/p.png"></video>"#,
            r#"<audio src="http://x.example/a.mp3"></audio>"#,
            r#"<video><track src="http://x.example/t.vtt"></video>"#,
            r#"<picture><source srcset="http://x.example/s.webp"></picture>"#,
        ] {
            let scan = scan_html(html, &page);
            assert!(scan.active_http.is_empty(), "{html}");
            assert_eq!(
                scan.passive_http.len(),
                1,
                "{html}: {:?}",
                scan.passive_http
            );
        }
    }

    #[test]
    fn sdk_official_insecure_and_copies() {
        let html = r#"<script src="https://sdk.mercadopago.com/js/v2"></script>
            <script src="http://sdk.mercadopago.com/js/v2"></script>
            <script src="/static/mercadopago.min.js"></script>
            <script src="/static/mercadopago-checkout.js"></script>"#;
        let s = scan_html(html, &page());
        assert_eq!(s.sdk_official.len(), 1);
        assert_eq!(s.sdk_insecure.len(), 1);
        // Beside the official tag, a file named like the SDK is the merchant's own wrapper.
        assert!(s.sdk_copies.is_empty(), "{:?}", s.sdk_copies);
        let alone = r#"<script src="/static/mercadopago.min.js"></script>
            <script src="/static/mercadopago-checkout.js"></script>"#;
        assert_eq!(
            scan_html(alone, &page()).sdk_copies,
            vec!["https://shop.example/static/mercadopago.min.js".to_owned()]
        );
    }

    #[test]
    fn a_copy_of_the_sdk_is_told_by_its_content_not_its_name() {
        let bundle = format!(
            "{}fetch('https://api.mercadopago.com/v1/card_tokens');{}",
            "x".repeat(20_000),
            "y".repeat(100)
        );
        assert_eq!(
            classify_copy(bundle.as_bytes()),
            CopyEvidence::Copy(bundle.len())
        );
        // A loader of the official SDK, or a small wrapper, is not a copy.
        let loader = br#"const s = document.createElement('script'); s.src = 'https://sdk.mercadopago.com/js/v2';"#;
        assert_eq!(classify_copy(loader), CopyEvidence::NotSdk);
        assert_eq!(
            classify_copy(b"// calls https://api.mercadopago.com via our backend"),
            CopyEvidence::NotSdk
        );
        assert_eq!(
            classify_copy("z".repeat(40_000).as_bytes()),
            CopyEvidence::NotSdk
        );
    }

    #[test]
    fn upgrade_insecure_requests_upgrades_subresources_and_same_origin_posts() {
        let html = r#"<meta http-equiv="Content-Security-Policy" content="upgrade-insecure-requests">
            <script src="http://cdn.example/a.js"></script><img src="http://cdn.example/i.png">
            <script src="http://sdk.mercadopago.com/js/v2"></script>
            <form action="http://shop.example/pay"></form><form action="http://other.example/pay"></form>"#;
        let mut s = scan_html(html, &page());
        assert!(upgrades_insecure_requests(
            &reqwest::header::HeaderMap::new(),
            &s.meta_csp
        ));
        let up = upgraded(&mut s, &page());
        assert_eq!(
            up,
            [
                "http://cdn.example/a.js",
                "http://sdk.mercadopago.com/js/v2",
                "http://shop.example/pay",
                "http://cdn.example/i.png"
            ]
        );
        // A post to another host is a navigation the directive does not upgrade.
        assert_eq!(
            s.active_http,
            [(
                "a form that posts".to_owned(),
                "http://other.example/pay".to_owned()
            )]
        );
        assert!(s.sdk_insecure.is_empty() && s.sdk_official.len() == 1);
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(
            "content-security-policy-report-only",
            "upgrade-insecure-requests".parse().unwrap(),
        );
        // Report-Only upgrades nothing.
        assert!(!upgrades_insecure_requests(&headers, &[]));
        headers.insert(
            "content-security-policy",
            "default-src https:, upgrade-insecure-requests"
                .parse()
                .unwrap(),
        );
        assert!(upgrades_insecure_requests(&headers, &[]));
    }

    #[test]
    fn named_card_fields_are_found() {
        let html = r#"<input id="cardNumber" data-checkout="cardNumber" name="card">
            <input autocomplete="cc-csc"><input id="email" name="email">"#;
        assert_eq!(
            scan_html(html, &page()).named_card_fields,
            vec!["<input#cardNumber name=\"card\">".to_owned()]
        );
    }

    /// The URLs of `scan_html`'s active and passive mixed content, in order.
    fn mixed(html: &str) -> Vec<String> {
        let s = scan_html(html, &page());
        s.active_http
            .into_iter()
            .map(|(_, u)| u)
            .chain(s.passive_http)
            .collect()
    }

    #[test]
    fn raw_text_elements_hold_text_not_tags() {
        // Each element's content is text for a browser: the tag inside is never loaded, and
        // the one after the element is.
        for (open, close) in [
            ("<script>", "</script>"),
            ("<style>", "</style>"),
            ("<textarea>", "</textarea>"),
            ("<title>", "</title>"),
            ("<noscript>", "</noscript>"),
            ("<iframe>", "</iframe>"),
            ("<xmp>", "</xmp>"),
            ("<noembed>", "</noembed>"),
            ("<noframes>", "</noframes>"),
            // The self-closing slash means nothing on an HTML script.
            ("<script src=\"/a.js\"/>", "</script>"),
        ] {
            let html = format!(
                r#"{open}<img src="http://in.test/i.png">{close}<img src="http://out.test/o.png">"#
            );
            assert_eq!(mixed(&html), ["http://out.test/o.png"], "{html}");
        }
        assert!(mixed(r#"<plaintext><img src="http://in.test/i.png">"#).is_empty());
    }

    #[test]
    fn attributes_are_read_as_a_browser_reads_them() {
        // Names are case-insensitive, character references decoded, the first of two wins.
        assert_eq!(
            mixed(r#"<SCRIPT SRC="http&#58;//x.test/a.js" src="https://x.test/b.js"></SCRIPT>"#),
            ["http://x.test/a.js"]
        );
        // <image> is read as <img>.
        assert_eq!(
            mixed(r#"<image src="http://x.test/i.png">"#),
            ["http://x.test/i.png"]
        );
    }

    #[test]
    fn forms_and_frames_count_only_where_a_browser_keeps_them() {
        // A form inside a form is dropped; one after it is not, nor one inside a template.
        assert_eq!(
            mixed(
                r#"<form action="/a"><form action="http://x.test/nested"></form>
                <form action="http://x.test/next"></form>
                <template><form action="/t"><form action="http://x.test/in-template"></form></form></template>"#
            ),
            ["http://x.test/next", "http://x.test/in-template"]
        );
        // A frame outside a frameset, or after a body's content, is dropped.
        assert!(mixed(r#"<frame src="http://x.test/f">"#).is_empty());
        assert!(
            mixed(r#"<p>text</p><frameset><frame src="http://x.test/f"></frameset>"#).is_empty()
        );
        assert!(mixed(r#"<body><frameset><frame src="http://x.test/f"></frameset>"#).is_empty());
        // After an accepted frameset only frames count, and none after it closes.
        assert_eq!(
            mixed(
                r#"<frameset><img src="http://x.test/i.png"><frame src="http://x.test/f"></frameset>
                <frame src="http://x.test/after">"#
            ),
            ["http://x.test/f"]
        );
    }

    #[test]
    fn inline_svg_and_mathml_are_read_as_foreign_content() {
        // <style/> closes itself in SVG: what follows is still read.
        assert_eq!(
            mixed(r#"<svg><style/><title/></svg><img src="http://x.test/a.png">"#),
            ["http://x.test/a.png"]
        );
        // A CDATA section is text in SVG, and a bogus comment (up to the first `>`) in HTML.
        assert!(
            mixed(r#"<svg><![CDATA[ a > b <img src="http://x.test/c.png"> ]]></svg>"#).is_empty()
        );
        assert_eq!(
            mixed(r#"<![CDATA[ a > b <img src="http://x.test/c.png"> ]]>"#),
            ["http://x.test/c.png"]
        );
        // An HTML tag such as <img> or <p> ends the SVG, so a <style> after it is raw text.
        assert!(mixed(r#"<svg><p><style><img src="http://x.test/s.png"></style>"#).is_empty());
        // A stray end tag does not end the SVG; the end of an HTML element around it does.
        assert_eq!(
            mixed(
                r#"<svg><path/></path><style/><img src="http://x.test/1.png">
                <div><svg><g></div><style><img src="http://x.test/2.png"></style>"#
            ),
            ["http://x.test/1.png"]
        );
        // Inside <foreignObject> (and MathML's <mi>...) it is HTML again.
        for point in ["svg><foreignObject", "math><mi"] {
            let html = format!(r#"<{point}><style><img src="http://x.test/f.png"></style>"#);
            assert!(mixed(&html).is_empty(), "{html}");
        }
    }

    #[test]
    fn credentials_in_text() {
        let text = "const mp = new MercadoPago('TEST-0a1b2c3d-1111-2222-3333-444455556666');\
            k='APP_USR-0a1b2c3d-1111-2222-3333-444455556666'; \
            t=\"APP_USR-1234567890123456-112609-0123456789abcdef0123456789abcdef-987654321\" XTEST-0a1b2c3d-1111-2222-3333-444455556666";
        let c = scan_credentials(text);
        assert_eq!(c.test_keys.len(), 1);
        assert_eq!(c.live_keys.len(), 1);
        assert_eq!(c.tokens.len(), 1);
    }
}
