//! `checkout-security`: the payment page's own defences against script injection
//! (Magecart-style skimming), as a browser receives them: an enforced Content-Security-Policy
//! that still lets MercadoPago.js and Bricks work, framing and referrer rules, Subresource
//! Integrity on third-party code, and the script inventory and change detection PCI DSS v4.0
//! asks for (6.4.3, 11.6.1).
//!
//! It reads the page `checkout-page` fetched (the probe client fetches each page once per
//! run), so it sends no request of its own.

pub(crate) mod csp;
mod drift;
mod inventory;
mod judge;
mod page;
mod scope;

use std::path::{Path, PathBuf};

use crate::checks::{CheckMeta, CheckOptions, Common, Context, DefaultRequired, Need};
use crate::checks::{OptionDoc, OptionKind};
use crate::i18n::Lang;
use crate::report::Outcome;
use crate::tr;

pub use inventory::{Inventory, VERSION};

/// The `checkout-security` check.
pub struct CheckoutSecurity;

/// The baseline file read when none is given, and written by `mp-golive baseline`.
pub const DEFAULT_BASELINE: &str = "mp-golive.scripts.json";

finding_codes! {
    /// The finding codes of this check, each with the one severity `explain` documents.
    enum Code in CODES {
        Protections = ("protections", Info, "What protects the payment page, as a security reviewer reads it first: the enforced Content-Security-Policy, the framing protection and the Referrer-Policy found, and how many scripts the page runs.", "Nothing to do; keep these headers on every response of the payment page."),
        PageUnavailable = ("page-unavailable", Info, "The payment page could not be read (fetch failed, a redirect to http://, or an answer other than 2xx), so its headers and scripts were not verified; the check is `error`, not `pass`.", "Fix what checkout-page reports for the same URL, then run again."),
        Truncated = ("truncated", Info, "The page is larger than 2 MiB; scripts after the first 2 MiB were not seen, so the inventory is incomplete and the check is `error`, not `pass`.", "Serve a smaller payment page (the card form and its scripts are usually near the top)."),
        NoCsp = ("no-csp", Warning, "The page has no Content-Security-Policy: any script injected into it (a compromised plugin, a tag manager) runs and can read what the buyer types.", "Send a Content-Security-Policy header with `script-src` limited to your own origin, nonces or hashes, and the Mercado Pago hosts listed in `mp-golive explain checkout-security`."),
        CspReportOnly = ("csp-report-only", Warning, "The page sends only Content-Security-Policy-Report-Only: violations are reported, nothing is blocked.", "Once the reports are clean, send the same policy as Content-Security-Policy (enforced)."),
        CspMeta = ("csp-meta", Info, "The policy is set by <meta http-equiv> only: browsers enforce its script rules, but ignore `frame-ancestors`, `report-uri` and `sandbox` there, and scripts before the tag are not covered.", "Send the policy as an HTTP header instead."),
        ScriptUnrestricted = ("script-unrestricted", Warning, "The enforced policy has neither `script-src` (nor `script-src-elem`) nor `default-src`, so it does not restrict scripts at all.", "Add `script-src 'self' https://sdk.mercadopago.com https://http2.mlstatic.com` (with nonces or hashes for inline scripts), or `'strict-dynamic'` with nonces."),
        UnsafeInline = ("unsafe-inline", Warning, "`script-src` allows `'unsafe-inline'` without a nonce or hash: an injected inline script runs, which is what skimmers inject.", "Give inline scripts a per-response nonce (`'nonce-…'`) or list their hashes (`mp-golive baseline` records each `sha256-…`), and drop `'unsafe-inline'`."),
        InlineBlocked = ("inline-blocked", Warning, "An inline script carries no nonce of the enforced policy and its hash is not listed, so the browser does not run it; when it is the one that starts MercadoPago.js or Bricks, the payment form never appears (a nonce cached with the page, or a script edited without updating its hash, does this).", "Give the script the policy's per-response nonce (and never cache a page with its nonce), or list the `sha256-…` that `mp-golive baseline` records for it."),
        ScriptWildcard = ("script-wildcard", Warning, "`script-src` allows `*` or a whole scheme (`https:`, `http:`, `data:`, `blob:`): a script from any host runs.", "List the hosts you load scripts from (Mercado Pago's: sdk.mercadopago.com, http2.mlstatic.com), or use `'strict-dynamic'` with nonces."),
        SdkHostBlocked = ("sdk-host-blocked", Warning, "A host MercadoPago.js or Bricks were measured to use is not allowed by the directive named, so part of the payment form may fail to load (the list is measured, not published by Mercado Pago; 3-D Secure may need more).", "Add the hosts named to the directive named (or a wildcard such as *.mercadopago.com, *.mercadolibre.com, *.mlstatic.com, as Mercado Pago's own Adobe Commerce module does)."),
        SdkNonceMissing = ("sdk-nonce-missing", Warning, "`script-src` uses `'strict-dynamic'`, which ignores host sources, and the MercadoPago.js tag carries no nonce of the policy: the browser blocks the SDK.", "Give the MercadoPago.js <script> tag the same per-response nonce as the policy."),
        Clickjacking = ("clickjacking", Warning, "Nothing stops another site from framing the payment page (no `frame-ancestors` in an enforced header policy, no X-Frame-Options DENY or SAMEORIGIN): a framed checkout can be overlaid to trick the buyer (clickjacking).", "Send `Content-Security-Policy: frame-ancestors 'self'` (or 'none'), or `X-Frame-Options: SAMEORIGIN` for old browsers."),
        NoReferrerPolicy = ("no-referrer-policy", Warning, "The page sets no Referrer-Policy. Return URLs carry payment ids (collection_id, external_reference, merchant_order_id); an explicit strict policy keeps them from third parties whatever the browser's default.", "Send `Referrer-Policy: strict-origin-when-cross-origin` (or `no-referrer`, `same-origin`)."),
        ReferrerLeaks = ("referrer-leaks", Warning, "The Referrer-Policy sends full URLs (with their payment ids) to other sites: `unsafe-url` always, `no-referrer-when-downgrade` to every https:// site.", "Use `Referrer-Policy: strict-origin-when-cross-origin` (or `no-referrer`, `same-origin`)."),
        SriMissing = ("sri-missing", Warning, "A script or stylesheet from another host has no `integrity` attribute: if that host or CDN is compromised, the payment page runs what it serves (PCI DSS 6.4.3 asks that each script's integrity be assured).", "Add `integrity=\"sha384-…\"` and `crossorigin=\"anonymous\"` to the tag, pinning a versioned URL; or serve the file from your own origin."),
        SdkSriExempt = ("sdk-sri-exempt", Info, "MercadoPago.js carries no `integrity`, and needs none: its URL (https://sdk.mercadopago.com/js/v2) is unversioned and Mercado Pago updates the file in place, so a pinned hash would break the payment form; Mercado Pago answers for that script.", "Nothing to do; keep it loaded from sdk.mercadopago.com and list it in your script inventory with that justification."),
        SdkSriPinned = ("sdk-sri-pinned", Warning, "MercadoPago.js carries an `integrity` hash: its URL is unversioned and Mercado Pago updates it in place, so the browser will refuse it, and the payment form will break, at the next update.", "Remove `integrity` from the MercadoPago.js tag."),
        Integration = ("integration", Info, "Which integration the page looks like (Checkout Pro redirect, Bricks or Secure Fields iframes, card fields on the page) and the PCI DSS self-assessment it suggests. Guidance from what the page shows, not a certification.", "Confirm the scope with your acquirer or a QSA; Bricks or Secure Fields keep card data in Mercado Pago's iframes and out of your page."),
        NoBaseline = ("no-baseline", Info, "No script baseline was given and mp-golive.scripts.json does not exist, so changes to the page's scripts and headers (PCI DSS 11.6.1) were not compared.", "Run `mp-golive baseline`, review and commit mp-golive.scripts.json, and run `mp-golive check` at least weekly in CI."),
        BaselineOtherPage = ("baseline-other-page", Info, "The baseline was recorded from another URL than the checkout URL of this run; the comparison may list differences of the page, not changes.", "Record the baseline from the same checkout URL (`mp-golive baseline --checkout-url …`)."),
        ScriptAdded = ("script-added", Warning, "A script on the page is not in the baseline: added since it was recorded (an update, or an injection).", "If the change is yours, justify it, run `mp-golive baseline` and commit the file; if not, investigate the page at once."),
        ScriptRemoved = ("script-removed", Warning, "A script of the baseline is no longer on the page.", "If the change is yours, run `mp-golive baseline` and commit the file."),
        ScriptChanged = ("script-changed", Warning, "A script of the baseline is still on the page with other attributes (integrity, crossorigin, nonce, type).", "If the change is yours, run `mp-golive baseline` and commit the file; if not, investigate."),
        HeaderChanged = ("header-changed", Warning, "A security header of the page (Content-Security-Policy, X-Frame-Options, Referrer-Policy...) changed since the baseline (nonce values aside).", "If the change is yours, run `mp-golive baseline` and commit the file; if not, investigate the server's configuration."),
    }
}

pub(crate) static META: CheckMeta = CheckMeta {
    id: "checkout-security",
    title: "Payment page script security",
    seed_section: "Certificado SSL: \"proteger las transacciones... y sus datos\" (beyond the seed: PCI DSS 6.4.3 / 11.6.1)",
    requirement: "The payment page enforces a Content-Security-Policy that allows what MercadoPago.js needs and no unvetted script, cannot be framed, does not leak return URLs, pins third-party code, and its scripts match the committed baseline.",
    needs: &[Need::CheckoutUrl],
    default_required: DefaultRequired::No,
    docs_url: "https://www.mercadopago.com.br/developers/en/docs/checkout-api/integration-test/go-to-production-requirements",
    explain: "\
What it checks (on the page and headers checkout-page fetched; no request of its own)
  - A Content-Security-Policy is enforced: Content-Security-Policy-Report-Only alone blocks
    nothing; a <meta> policy covers scripts but not framing.
  - script-src (or default-src) restricts scripts: no 'unsafe-inline' unless a nonce or hash
    is given, no `*` or whole schemes (https:, http:, data:, blob:); with 'strict-dynamic',
    the MercadoPago.js tag carries the policy's nonce (or a listed hash in `integrity`).
    Policies are parsed and applied by the content-security-policy crate (Servo's CSP
    Level 3), each load judged as a browser judges it.
  - Each inline script carries the policy's nonce or has its hash listed; otherwise the
    browser blocks it, and the form it starts never appears.
  - The hosts MercadoPago.js and Bricks were measured to use are allowed, each under its
    directive or the fallback (default-src, child-src): script-src sdk.mercadopago.com,
    http2.mlstatic.com; connect-src api.mercadopago.com, api.mercadolibre.com,
    http2.mlstatic.com, www.mercadolibre.com, secure-fields.mercadopago.com; frame-src
    secure-fields.mercadopago.com; img-src www.mercadolibre.com, www.mercadolivre.com.
  - frame-ancestors (in a header policy) or X-Frame-Options DENY/SAMEORIGIN.
  - A Referrer-Policy that does not send return URLs away (unsafe-url,
    no-referrer-when-downgrade, or none set, are findings).
  - Subresource Integrity on scripts and stylesheets from other hosts, except MercadoPago.js:
    its URL is unversioned and updated in place, so a hash would break it.
  - Which integration the page looks like and the PCI DSS scope that suggests (info).
  - Against the baseline (--baseline, `baseline` here, or mp-golive.scripts.json when it
    exists; `mp-golive baseline` writes it): every script added, removed or changed, and
    every security header changed.

Why it matters
  PCI DSS v4.0 asks every e-commerce merchant whose payment page embeds a provider's fields
  for an inventory of the page's scripts with their integrity (6.4.3) and for detecting
  unauthorised changes to the page and its headers (11.6.1); skimming attacks inject exactly
  such scripts. Committed and checked weekly in CI, the baseline is that evidence.

Limits
  The HTML is read as served: scripts added later by JavaScript (tag managers) are not seen.
  The host list is measured, not published by Mercado Pago, and 3-D Secure may need more,
  hence warnings. The integration and scope are guidance, not a PCI certification.",
    codes: CODES,
    options: &[OptionDoc {
        key: "baseline",
        kind: OptionKind::String,
        default: "\"\"",
        help: "the script baseline to compare with (relative to this file); empty: mp-golive.scripts.json in the working directory, when it exists",
    }],
};

impl_check!(CheckoutSecurity, META, run, options = Options);

/// The `[checks.checkout-security]` keys; the default is the `OptionDoc`'s above.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Options {
    baseline: String,
    /// The baseline file, read once when the options are prepared.
    #[serde(skip)]
    file: Option<BaselineFile>,
}

/// A baseline file and what reading it gave.
#[derive(Debug, Clone)]
pub struct BaselineFile {
    /// Its path.
    pub path: PathBuf,
    /// Given by `--baseline` or the key (not the default file).
    pub explicit: bool,
    /// What it holds.
    pub state: BaselineState,
}

/// What reading a baseline file gave.
#[derive(Debug, Clone)]
pub enum BaselineState {
    /// The file does not exist.
    Absent,
    /// The file's inventory.
    Loaded(Box<Inventory>),
    /// It could not be read, or is not a baseline: why, in plain words.
    Unusable(String),
}

impl CheckOptions for Options {
    /// Reads the baseline now, before any network call. A missing or broken file is not an
    /// error here: `mp-golive baseline` may be about to write it.
    fn prepare(&mut self, _lang: Lang) -> Result<(), String> {
        self.file = Some(self.read());
        Ok(())
    }

    /// For `check`, a baseline that was given but does not exist, or any that cannot be
    /// read, is refused: comparing with nothing would pass what was not verified. The
    /// message names the file and says how to fix it.
    fn before_check(&self, lang: Lang) -> Result<(), String> {
        let Some(file) = &self.file else {
            return Ok(());
        };
        let path = file.path.display().to_string();
        match &file.state {
            BaselineState::Absent if file.explicit => Err(tr!(
                lang,
                "checkout-security-baseline-missing",
                path = path.as_str()
            )),
            BaselineState::Unusable(why) => Err(tr!(
                lang,
                "checkout-security-baseline-unusable",
                path = path.as_str(),
                why = why.as_str()
            )),
            _ => Ok(()),
        }
    }
}

impl Options {
    /// The baseline the key names (or the default file), read.
    fn read(&self) -> BaselineFile {
        let explicit = !self.baseline.is_empty();
        let path = if explicit {
            PathBuf::from(&self.baseline)
        } else {
            PathBuf::from(DEFAULT_BASELINE)
        };
        let state = read_baseline(&path);
        BaselineFile {
            path,
            explicit,
            state,
        }
    }
}

fn read_baseline(path: &Path) -> BaselineState {
    match std::fs::read_to_string(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => BaselineState::Absent,
        Err(e) => BaselineState::Unusable(e.to_string()),
        Ok(text) => match Inventory::from_json(&text) {
            Ok(inv) => BaselineState::Loaded(Box::new(inv)),
            Err(e) => BaselineState::Unusable(e),
        },
    }
}

/// The baseline of this run's `checkout-security`, as its options read it; `None` when the
/// check is not selected.
pub fn baseline_of(checks: &[crate::checks::SelectedCheck]) -> Option<BaselineFile> {
    crate::checks::selection::options_in::<Options>(checks, META.id).and_then(|o| o.file.clone())
}

async fn run(ctx: &Context) -> Outcome {
    let mut out = Outcome::default();
    let lang = ctx.settings.lang;
    let Some(url) = ctx.settings.checkout_url.clone() else {
        super::ran_without_input(lang, &META, &mut out);
        return out;
    };
    let page = match ctx.probe.page(&url).await {
        Ok(p) => p,
        Err(err) => {
            unavailable(
                lang,
                &mut out,
                tr!(
                    lang,
                    "checkout-security-fetch-failed",
                    url = url.as_str(),
                    err = err.as_str()
                ),
            );
            return out;
        }
    };
    if let Some(to) = &page.insecure_redirect {
        let msg = tr!(
            lang,
            "checkout-security-insecure-redirect",
            url = page.answer.url.as_str(),
            to = to.as_str()
        );
        unavailable(lang, &mut out, msg);
        return out;
    }
    if !(200..300).contains(&page.answer.status) {
        let msg = tr!(
            lang,
            "checkout-security-http-status",
            url = page.answer.url.as_str(),
            status = page.answer.status.to_string()
        );
        unavailable(lang, &mut out, msg);
        return out;
    }
    let options = super::options_of::<Options>(ctx, &META);
    // Options not prepared (a context built without a selection) still read the default.
    let baseline = options.file.clone().unwrap_or_else(|| options.read());
    judge::judge(lang, &page.answer, Some(&baseline), &mut out);
    out
}

/// The page could not be read: `error`, never `pass`.
fn unavailable(lang: Lang, out: &mut Outcome, message: String) {
    out.undetermined(tr!(lang, "checkout-security-unavailable-summary"));
    out.push(META.finding(Code::PageUnavailable, message));
}

/// The inventory of a fetched page, as `mp-golive baseline` writes it.
pub fn inventory_of(answer: &crate::net::probe::Answer) -> Inventory {
    page::read_page(answer).inventory
}

/// A state [`CheckOptions::before_check`] refuses reached the check (a context built
/// without it): not verified, so `error`.
fn internal(lang: Lang, out: &mut Outcome, why: &str) {
    out.undetermined(tr!(lang, "checkout-security-unavailable-summary"));
    out.push(META.finding(Common::InternalError, why.to_owned()));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::Check;

    #[test]
    fn a_given_baseline_that_is_missing_or_broken_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("none.json");
        let broken = dir.path().join("broken.json");
        std::fs::write(&broken, "{ not json").unwrap();
        let not_text = dir.path().join("binary.json");
        std::fs::write(&not_text, [0xff, 0xfe, 0x00]).unwrap();
        let a_dir = dir.path().to_path_buf();
        for (path, words) in [
            (&missing, "does not exist"),
            (&broken, "cannot be used"),
            // Not a missing file: unreadable, so refused, not taken for "no baseline".
            (&not_text, "cannot be used"),
            (&a_dir, "cannot be used"),
        ] {
            let mut t = toml::Table::new();
            t.insert(
                "baseline".into(),
                toml::Value::String(path.display().to_string()),
            );
            let options = CheckoutSecurity.options(&t, Lang::En).unwrap();
            let mut selected = vec![crate::checks::SelectedCheck {
                check: &CheckoutSecurity,
                enabled: true,
                required: None,
                options,
            }];
            let err = crate::checks::before_check(&selected, Lang::En).unwrap_err();
            assert!(err.contains(words), "{err}");
            assert!(err.contains(&path.display().to_string()), "{err}");
            // Turned off, the check reads nothing, so its baseline cannot stop the run.
            selected[0].enabled = false;
            assert_eq!(crate::checks::before_check(&selected, Lang::En), Ok(()));
        }
    }
}
