//! The findings of `checkout-security` from one fetched page: each part of the policy,
//! framing, referrer, integrity, integration and baseline judged on its own, as data.

use html5ever::local_name;
use url::Url;

use super::csp::{self, Fetch, Load, Policy};
use super::inventory::{self, Script};
use super::page::{Read, read_page};
use super::{BaselineFile, Code, META};
use crate::checks::checkout_page::{Element, SDK_HOST};
use crate::i18n::Lang;
use crate::net::probe::Answer;
use crate::report::Outcome;
use crate::tr;

/// At most this many findings of one kind per page (an untidy page may have dozens).
const MAX_PER_KIND: usize = 10;

/// The hosts MercadoPago.js and the Payment Brick were measured to load from, by the fetch
/// directive's fallback chain (reference: mercadopago-2026.md §4); each host is checked with
/// this path, the SDK's own for its host.
const SDK_NEEDS: &[(Fetch, &[&str])] = &[
    (
        Fetch::Script,
        &["sdk.mercadopago.com/js/v2", "http2.mlstatic.com/"],
    ),
    (
        Fetch::Connect,
        &[
            "api.mercadopago.com/",
            "api.mercadolibre.com/",
            "http2.mlstatic.com/",
            "www.mercadolibre.com/",
            "secure-fields.mercadopago.com/",
        ],
    ),
    (Fetch::Frame, &["secure-fields.mercadopago.com/"]),
    (
        Fetch::Image,
        &["www.mercadolibre.com/", "www.mercadolivre.com/"],
    ),
];

/// The values of header `name`, each split into its policies, empty ones dropped.
fn header_policies(answer: &Answer, name: &str) -> Vec<Policy> {
    answer
        .headers
        .get_all(name)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(csp::parse_header)
        .collect()
}

/// Judges the page and adds every finding to `out`.
pub(super) fn judge(
    lang: Lang,
    answer: &Answer,
    baseline: Option<&BaselineFile>,
    out: &mut Outcome,
) {
    let read = read_page(answer);
    let page = &answer.url;
    if answer.truncated {
        out.undetermined(tr!(lang, "checkout-security-truncated-summary"));
        out.push(META.finding(
            Code::Truncated,
            tr!(lang, "checkout-security-truncated", url = page.as_str()),
        ));
    }
    let headers = header_policies(answer, "content-security-policy");
    let meta: Vec<Policy> = read
        .meta_policies
        .iter()
        .filter_map(|m| csp::parse_meta(m))
        .collect();
    let enforced: Vec<&Policy> = headers.iter().chain(&meta).collect();
    if enforced.is_empty() {
        if header_policies(answer, "content-security-policy-report-only").is_empty() {
            out.push(META.finding(Code::NoCsp, tr!(lang, "checkout-security-no-csp")));
        } else {
            out.push(META.finding(
                Code::CspReportOnly,
                tr!(lang, "checkout-security-csp-report-only"),
            ));
        }
    } else {
        if headers.is_empty() {
            out.push(META.finding(Code::CspMeta, tr!(lang, "checkout-security-csp-meta")));
        }
        scripts_policy(lang, &enforced, out);
        inline_blocked(lang, &read, &enforced, out);
        sdk_hosts(lang, &read, &enforced, page, out);
    }
    // What protects the form, in the summary: a reviewer reads it first.
    let mut in_place = Vec::new();
    if !headers.is_empty() {
        in_place.push("Content-Security-Policy".to_owned());
    } else if !meta.is_empty() {
        in_place.push("<meta> Content-Security-Policy".to_owned());
    }
    in_place.extend(framing(lang, answer, &headers, out));
    in_place.extend(referrer(lang, answer, read.meta_referrer.as_deref(), out));
    integrity(lang, &read, page, out);
    super::scope::integration(lang, &read, out);
    if let Some(file) = baseline {
        super::drift::compare(lang, file, &read.inventory, out);
    }
    // Without any protection a warning says so. With some, they are the summary of a
    // clean page and, first of the findings, what a reviewer reads beside any warning
    // (a warning takes the summary line).
    if !in_place.is_empty() {
        let text = tr!(
            lang,
            "checkout-security-summary",
            scripts = read.inventory.scripts.len(),
            protections = in_place.join(", ")
        );
        out.findings
            .insert(0, META.finding(Code::Protections, text.clone()));
        out.summary = Some(text);
    }
}

/// `script-src`: restricted at all, `'unsafe-inline'`, wildcards. A page must pass every
/// enforced policy, so a weakness counts only when no policy closes it.
fn scripts_policy(lang: Lang, enforced: &[&Policy], out: &mut Outcome) {
    let restricting: Vec<(&Policy, csp::Governing<'_>)> = enforced
        .iter()
        .filter_map(|p| csp::governing(p, Fetch::Script).map(|g| (*p, g)))
        .collect();
    let Some((_, first)) = restricting.first() else {
        out.push(META.finding(
            Code::ScriptUnrestricted,
            tr!(lang, "checkout-security-script-unrestricted"),
        ));
        return;
    };
    if restricting.iter().all(|(p, _)| csp::inline_allowed(p)) {
        out.push(META.finding(
            Code::UnsafeInline,
            tr!(
                lang,
                "checkout-security-unsafe-inline",
                directive = first.directive
            ),
        ));
    }
    // Under 'strict-dynamic' a browser ignores host and scheme sources, wildcards too.
    let open: Vec<(&str, Vec<&str>)> = restricting
        .iter()
        .filter(|(_, g)| !csp::strict_dynamic(g.sources))
        .map(|(_, g)| (g.directive, csp::wildcards(g.sources)))
        .collect();
    // Every restricting policy lets any host in (and the others do not restrict).
    if open.len() == restricting.len()
        && open.iter().all(|(_, w)| !w.is_empty())
        && let Some((directive, sources)) = open.first()
    {
        out.push(META.finding(
            Code::ScriptWildcard,
            tr!(
                lang,
                "checkout-security-script-wildcard",
                directive = *directive,
                sources = sources.join(" ")
            ),
        ));
    }
}

/// Inline scripts the enforced policies block: no nonce of the policy, no listed hash. The
/// script that starts MercadoPago.js or Bricks is usually one, and then the form never shows.
fn inline_blocked(lang: Lang, read: &Read, enforced: &[&Policy], out: &mut Outcome) {
    let inline = read.elements.iter().filter(|e| {
        e.name == local_name!("script")
            && e.script_src().is_none()
            && inventory::executable(e.attr("type"))
    });
    let mut shown = 0;
    for e in inline {
        let blocked_by = enforced
            .iter()
            .find_map(|p| csp::inline_blocked_by(p, e.attr("nonce"), &e.text));
        let Some(directive) = blocked_by else {
            continue;
        };
        shown += 1;
        if shown > MAX_PER_KIND {
            continue;
        }
        let start: String = e.text.trim().chars().take(40).collect();
        out.push(META.finding(
            Code::InlineBlocked,
            tr!(
                lang,
                "checkout-security-inline-blocked",
                hash = inventory::hash(&e.text),
                start = start,
                directive = directive
            ),
        ));
    }
    more_of(lang, out, Code::InlineBlocked, shown);
}

/// Past [`MAX_PER_KIND`] findings of `code`, one more says how many were not listed: an
/// untidy page is summed up, never cut short in silence.
fn more_of(lang: Lang, out: &mut Outcome, code: Code, found: usize) {
    if found > MAX_PER_KIND {
        out.push(META.finding(
            code,
            tr!(
                lang,
                "checkout-security-more",
                count = found - MAX_PER_KIND,
                max = MAX_PER_KIND
            ),
        ));
    }
}

/// Whether the page uses MercadoPago.js (a tag, or `new MercadoPago(` in a script).
fn uses_sdk(read: &Read) -> bool {
    read.inventory.scripts.iter().any(is_sdk) || read.text.contains("MercadoPago(")
}

fn is_sdk(s: &Script) -> bool {
    s.src
        .as_deref()
        .and_then(|u| Url::parse(u).ok())
        .is_some_and(|u| u.host_str() == Some(SDK_HOST))
}

/// The hosts MercadoPago.js and Bricks need, each directive of each enforced policy. The
/// SDK's own script is judged as the page's tag loads it (its nonce or integrity may admit
/// it); what the SDK then loads, as a script inserts it (no nonce, not in the HTML).
fn sdk_hosts(lang: Lang, read: &Read, enforced: &[&Policy], page: &Url, out: &mut Outcome) {
    if !uses_sdk(read) {
        return;
    }
    let sdk_tags: Vec<(Url, &Element)> = read
        .elements
        .iter()
        .filter(|e| e.name == local_name!("script"))
        .filter_map(|e| {
            let u = read.base.join(e.script_src()?.trim()).ok()?;
            (u.host_str() == Some(SDK_HOST)).then_some((u, e))
        })
        .collect();
    for policy in enforced {
        for (fetch, needs) in SDK_NEEDS {
            let Some(g) = csp::governing(policy, *fetch) else {
                continue;
            };
            let mut blocked: Vec<&str> = Vec::new();
            for need in *needs {
                let Ok(url) = Url::parse(&format!("https://{need}")) else {
                    continue;
                };
                let host = need.split('/').next().unwrap_or(need);
                let tags: &[(Url, &Element)] =
                    if *fetch == Fetch::Script && url.host_str() == Some(SDK_HOST) {
                        &sdk_tags
                    } else {
                        &[]
                    };
                for (link, tag) in tags {
                    let load = Load {
                        url: link,
                        fetch: Fetch::Script,
                        nonce: tag.attr("nonce"),
                        integrity: tag.attr("integrity"),
                        by_parser: true,
                    };
                    if csp::blocked_by(policy, &load, page).is_none() {
                        continue;
                    }
                    if csp::strict_dynamic(g.sources) {
                        // Host sources do not count: only a nonce (or a listed hash) would.
                        out.push(META.finding(
                            Code::SdkNonceMissing,
                            tr!(
                                lang,
                                "checkout-security-sdk-nonce-missing",
                                directive = g.directive,
                                link = tag.script_src().unwrap_or("")
                            ),
                        ));
                    } else if !blocked.contains(&host) {
                        blocked.push(host);
                    }
                }
                if tags.is_empty() {
                    let load = Load {
                        url: &url,
                        fetch: *fetch,
                        nonce: None,
                        integrity: None,
                        by_parser: false,
                    };
                    if csp::blocked_by(policy, &load, page).is_some() {
                        blocked.push(host);
                    }
                }
            }
            if blocked.is_empty() {
                continue;
            }
            let hosts = blocked.join(", ");
            let message = if fetch.own(g.directive) {
                tr!(
                    lang,
                    "checkout-security-sdk-host-blocked",
                    directive = g.directive,
                    hosts = hosts.as_str()
                )
            } else {
                tr!(
                    lang,
                    "checkout-security-sdk-host-blocked-fallback",
                    directive = fetch.written(),
                    from = g.directive,
                    hosts = hosts.as_str()
                )
            };
            out.push(META.finding(Code::SdkHostBlocked, message));
        }
    }
}

/// `frame-ancestors` (header policies only: a `<meta>` one is ignored by browsers) or
/// X-Frame-Options; the one that protects, as the summary names it.
fn framing(lang: Lang, answer: &Answer, headers: &[Policy], out: &mut Outcome) -> Option<String> {
    let ancestors: Vec<&[String]> = headers
        .iter()
        .filter_map(|p| csp::get(p, "frame-ancestors"))
        .collect();
    if !ancestors.is_empty() {
        // Each policy must let the framing page in: one closed policy protects.
        if let Some(closed) = ancestors.iter().find(|s| csp::wildcards(s).is_empty()) {
            return Some(
                format!("frame-ancestors {}", closed.join(" "))
                    .trim()
                    .to_owned(),
            );
        }
        out.push(META.finding(
            Code::Clickjacking,
            tr!(
                lang,
                "checkout-security-clickjacking-open",
                sources = ancestors[0].join(" ")
            ),
        ));
        return None;
    }
    let xfo: Vec<String> = answer
        .headers
        .get_all("x-frame-options")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|v| v.trim().to_ascii_uppercase())
        .filter(|v| !v.is_empty())
        .collect();
    let protects = !xfo.is_empty()
        && xfo.iter().all(|v| v == &xfo[0])
        && matches!(xfo[0].as_str(), "DENY" | "SAMEORIGIN");
    if protects {
        return Some(format!("X-Frame-Options: {}", xfo[0]));
    }
    let message = if xfo.is_empty() {
        tr!(lang, "checkout-security-clickjacking-none")
    } else {
        tr!(
            lang,
            "checkout-security-clickjacking-xfo",
            value = xfo.join(", ")
        )
    };
    out.push(META.finding(Code::Clickjacking, message));
    None
}

/// The page's referrer policy: a `<meta name="referrer">` overrides the header; of a list,
/// the last token the browser knows counts. Returns the policy when it protects.
fn referrer(lang: Lang, answer: &Answer, meta: Option<&str>, out: &mut Outcome) -> Option<String> {
    const KNOWN: &[&str] = &[
        "no-referrer",
        "no-referrer-when-downgrade",
        "same-origin",
        "origin",
        "strict-origin",
        "origin-when-cross-origin",
        "strict-origin-when-cross-origin",
        "unsafe-url",
    ];
    let last_known = |v: &str| {
        v.split(',')
            .map(|t| t.trim().to_ascii_lowercase())
            .rfind(|t| KNOWN.contains(&t.as_str()))
    };
    let header = answer
        .headers
        .get_all("referrer-policy")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(last_known)
        .next_back();
    let policy = meta.and_then(last_known).or(header);
    match policy.as_deref() {
        None => out.push(META.finding(
            Code::NoReferrerPolicy,
            tr!(lang, "checkout-security-no-referrer-policy"),
        )),
        Some(p @ ("unsafe-url" | "no-referrer-when-downgrade")) => out.push(META.finding(
            Code::ReferrerLeaks,
            tr!(lang, "checkout-security-referrer-leaks", policy = p),
        )),
        Some(p) => return Some(format!("Referrer-Policy: {p}")),
    }
    None
}

/// Subresource Integrity on scripts and stylesheets of other hosts; MercadoPago.js is
/// exempt (its URL is unversioned, so a hash would break it).
fn integrity(lang: Lang, read: &Read, page: &Url, out: &mut Outcome) {
    let mut missing = 0;
    for s in &read.inventory.scripts {
        let Some(u) = s.third_party(page) else {
            continue;
        };
        let has = s.integrity.as_deref().is_some_and(|i| !i.is_empty());
        if u.host_str() == Some(SDK_HOST) {
            let (code, id) = if has {
                (Code::SdkSriPinned, "checkout-security-sdk-sri-pinned")
            } else {
                (Code::SdkSriExempt, "checkout-security-sdk-sri-exempt")
            };
            out.push(META.finding(code, tr!(lang, id, link = u.as_str())));
        } else if !has {
            missing += 1;
            if missing <= MAX_PER_KIND {
                out.push(META.finding(
                    Code::SriMissing,
                    tr!(
                        lang,
                        "checkout-security-sri-missing-script",
                        link = u.as_str()
                    ),
                ));
            }
        }
    }
    more_of(lang, out, Code::SriMissing, missing);
    let mut missing = 0;
    let sheets = read.elements.iter().filter(|e| {
        e.name == local_name!("link")
            && e.attr("rel").is_some_and(|r| {
                r.split_ascii_whitespace()
                    .any(|t| t.eq_ignore_ascii_case("stylesheet"))
            })
    });
    for e in sheets {
        let Some(u) = e.attr("href").and_then(|h| read.base.join(h.trim()).ok()) else {
            continue;
        };
        if !inventory::third_party(&u, page) || e.attr("integrity").is_some_and(|i| !i.is_empty()) {
            continue;
        }
        missing += 1;
        if missing <= MAX_PER_KIND {
            out.push(META.finding(
                Code::SriMissing,
                tr!(
                    lang,
                    "checkout-security-sri-missing-stylesheet",
                    link = u.as_str()
                ),
            ));
        }
    }
    more_of(lang, out, Code::SriMissing, missing);
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{HeaderMap, HeaderValue};

    fn answer(html: &str, headers: &[(&'static str, &str)]) -> Answer {
        let mut map = HeaderMap::new();
        for (k, v) in headers {
            map.append(*k, HeaderValue::from_str(v).unwrap());
        }
        Answer {
            url: Url::parse("https://shop.example/checkout").unwrap(),
            status: 200,
            headers: map,
            body: html.as_bytes().to_vec(),
            truncated: false,
        }
    }

    const BRICKS: &str = r#"<script src="https://sdk.mercadopago.com/js/v2"></script>
        <script nonce="n1">const mp = new MercadoPago('APP_USR-x'); mp.bricks().create('cardPayment', 'c');</script>"#;

    const GOOD_CSP: &str = "default-src 'self'; script-src 'self' 'nonce-n1' https://sdk.mercadopago.com https://http2.mlstatic.com; connect-src 'self' https://*.mercadopago.com https://*.mercadolibre.com https://http2.mlstatic.com; frame-src https://secure-fields.mercadopago.com; img-src 'self' https://www.mercadolibre.com https://www.mercadolivre.com; frame-ancestors 'self'";

    fn codes(html: &str, headers: &[(&'static str, &str)]) -> Vec<String> {
        let mut out = Outcome::default();
        judge(Lang::En, &answer(html, headers), None, &mut out);
        out.findings.into_iter().map(|f| f.code).collect()
    }

    /// The messages of the findings of `code`, in order.
    fn messages(html: &str, headers: &[(&'static str, &str)], code: &str) -> Vec<String> {
        let mut out = Outcome::default();
        judge(Lang::En, &answer(html, headers), None, &mut out);
        out.findings
            .into_iter()
            .filter(|f| f.code == code)
            .map(|f| f.message)
            .collect()
    }

    fn warnings(html: &str, headers: &[(&'static str, &str)]) -> Vec<String> {
        codes(html, headers)
            .into_iter()
            .filter(|c| {
                !matches!(
                    c.as_str(),
                    "checkout-security/integration"
                        | "checkout-security/sdk-sri-exempt"
                        | "checkout-security/protections"
                )
            })
            .collect()
    }

    const REF: (&str, &str) = ("referrer-policy", "strict-origin-when-cross-origin");

    #[test]
    fn a_strict_policy_for_bricks_has_no_warning() {
        assert!(
            warnings(BRICKS, &[("content-security-policy", GOOD_CSP), REF]).is_empty(),
            "{:?}",
            codes(BRICKS, &[("content-security-policy", GOOD_CSP), REF])
        );
        let all = codes(BRICKS, &[("content-security-policy", GOOD_CSP), REF]);
        assert!(all.contains(&"checkout-security/sdk-sri-exempt".to_owned()));
    }

    #[test]
    fn missing_hosts_name_the_directive_and_its_fallback() {
        let csp = "default-src 'self'; script-src 'self' 'nonce-n1' https://sdk.mercadopago.com; frame-ancestors 'none'";
        let blocked = messages(
            BRICKS,
            &[("content-security-policy", csp), REF],
            "checkout-security/sdk-host-blocked",
        );
        assert_eq!(blocked.len(), 4, "{blocked:?}");
        assert!(blocked[0].contains("script-src") && blocked[0].contains("http2.mlstatic.com"));
        assert!(!blocked[0].contains("sdk.mercadopago.com"));
        assert!(blocked[1].contains("connect-src") && blocked[1].contains("default-src"));
        assert!(blocked[2].contains("frame-src") && blocked[2].contains("secure-fields"));
        // The fallback message names the directive a merchant writes.
        let only_default = [("content-security-policy", "default-src 'self'"), REF];
        let first = &messages(BRICKS, &only_default, "checkout-security/sdk-host-blocked")[0];
        assert!(
            first.starts_with("`script-src` is not set, so `default-src` applies")
                && first.contains("sdk.mercadopago.com, http2.mlstatic.com"),
            "{first}"
        );
    }

    #[test]
    fn strict_dynamic_needs_the_nonce_on_the_sdk_tag() {
        let csp =
            "script-src 'nonce-n1' 'strict-dynamic' https: 'unsafe-inline'; frame-ancestors 'self'";
        let w = warnings(BRICKS, &[("content-security-policy", csp), REF]);
        assert_eq!(w, ["checkout-security/sdk-nonce-missing"]);
        let tagged = BRICKS.replace("js/v2\"", "js/v2\" nonce=\"n1\"");
        assert!(warnings(&tagged, &[("content-security-policy", csp), REF]).is_empty());
    }

    #[test]
    fn inline_scripts_need_a_nonce_or_a_listed_hash() {
        let html = "<script>boot()</script>";
        let blocked = |csp: &str| {
            warnings(html, &[("content-security-policy", csp), REF])
                .contains(&"checkout-security/inline-blocked".to_owned())
        };
        assert!(blocked("script-src 'self'; frame-ancestors 'none'"));
        use base64::Engine;
        use sha2::Digest;
        let b64 = |d: &[u8]| base64::engine::general_purpose::STANDARD.encode(d);
        let text = "boot()".as_bytes();
        for hash in [
            format!("sha256-{}", b64(&sha2::Sha256::digest(text))),
            format!("sha384-{}", b64(&sha2::Sha384::digest(text))),
            format!("sha512-{}", b64(&sha2::Sha512::digest(text))),
        ] {
            assert!(
                !blocked(&format!("script-src '{hash}'; frame-ancestors 'none'")),
                "{hash}"
            );
        }
        // 'unsafe-inline' alone lets it run (and is a finding of its own).
        assert!(!blocked(
            "script-src 'unsafe-inline'; frame-ancestors 'none'"
        ));
        // A nonce must be the policy's.
        let tagged = r#"<script nonce="abc">boot()</script>"#;
        let with = |csp: &str| warnings(tagged, &[("content-security-policy", csp), REF]);
        assert!(with("script-src 'nonce-abc'; frame-ancestors 'none'").is_empty());
        assert_eq!(
            with("script-src 'nonce-xyz'; frame-ancestors 'none'"),
            ["checkout-security/inline-blocked"]
        );
        // A data block is not run, so not blocked.
        assert!(
            warnings(
                r#"<script type="application/ld+json">{}</script>"#,
                &[
                    (
                        "content-security-policy",
                        "script-src 'self'; frame-ancestors 'none'"
                    ),
                    REF
                ]
            )
            .is_empty()
        );
    }

    #[test]
    fn the_summary_names_what_protects_the_form() {
        let summary = |html: &str, headers: &[(&'static str, &str)]| {
            let mut out = Outcome::default();
            judge(Lang::En, &answer(html, headers), None, &mut out);
            out.summary.unwrap_or_default()
        };
        let meta = r#"<meta http-equiv="Content-Security-Policy" content="default-src 'self'">"#;
        let s = summary(meta, &[REF]);
        assert!(
            s.contains(
                "<meta> Content-Security-Policy, Referrer-Policy: strict-origin-when-cross-origin"
            ),
            "{s}"
        );
        let s = summary(
            "<p>x</p>",
            &[("content-security-policy", "default-src 'self'"), REF],
        );
        assert!(
            s.contains("Content-Security-Policy") && !s.contains("<meta>"),
            "{s}"
        );
        // No policy at all: the summary names only what is there.
        let s = summary("<p>x</p>", &[REF]);
        assert!(!s.contains("Content-Security-Policy"), "{s}");
        // Beside warnings (which take the summary line), it is the first finding.
        let mut out = Outcome::default();
        judge(Lang::En, &answer(meta, &[REF]), None, &mut out);
        assert_eq!(out.status(), crate::report::Status::Warn);
        assert_eq!(out.findings[0].code, "checkout-security/protections");
        assert!(
            out.findings[0]
                .message
                .contains("<meta> Content-Security-Policy"),
            "{:?}",
            out.findings[0]
        );
        // Nothing in place: no such finding.
        let mut out = Outcome::default();
        judge(Lang::En, &answer("<p>x</p>", &[]), None, &mut out);
        assert!(
            out.findings
                .iter()
                .all(|f| f.code != "checkout-security/protections")
        );
    }

    #[test]
    fn past_ten_blocked_inline_scripts_the_rest_are_counted() {
        let html: String = (0..12)
            .map(|i| format!("<script>step({i})</script>"))
            .collect();
        let blocked = messages(
            &html,
            &[("content-security-policy", "script-src 'self'"), REF],
            "checkout-security/inline-blocked",
        );
        assert_eq!(blocked.len(), MAX_PER_KIND + 1, "{blocked:?}");
        assert!(blocked[9].contains("step(9)"), "{}", blocked[9]);
        assert!(
            blocked[10].starts_with("2 more like this on the page (only the first 10"),
            "{}",
            blocked[10]
        );
        // Ten exactly are all listed, with nothing "more".
        let html: String = (0..10)
            .map(|i| format!("<script>step({i})</script>"))
            .collect();
        let got = warnings(
            &html,
            &[("content-security-policy", "script-src 'self'"), REF],
        );
        assert_eq!(got.len(), MAX_PER_KIND + 1, "{got:?}"); // and the clickjacking one
    }

    #[test]
    fn the_sdk_is_seen_by_its_tag_or_by_its_constructor() {
        // No directive of this policy allows the SDK's hosts: a finding exactly when the
        // page uses the SDK.
        let csp = [
            (
                "content-security-policy",
                "default-src 'self'; frame-ancestors 'none'",
            ),
            REF,
        ];
        let blocked = |html: &str| {
            codes(html, &csp).contains(&"checkout-security/sdk-host-blocked".to_owned())
        };
        assert!(blocked(
            r#"<script src="https://sdk.mercadopago.com/js/v2"></script>"#
        ));
        // Loaded by a bundle (@mercadopago/sdk-js): only the constructor shows.
        assert!(blocked(
            "<script>const mp = new MercadoPago('APP_USR-x')</script>"
        ));
        assert!(!blocked(
            r#"<script src="https://cdn.example/js/v2"></script>"#
        ));
    }

    #[test]
    fn stylesheets_of_other_hosts_need_integrity_and_are_counted() {
        let sri = |html: &str| messages(html, &[], "checkout-security/sri-missing");
        // Links that are not stylesheets load no code.
        assert!(
            sri(r#"<link rel="preconnect" href="https://fonts.example"><link rel="icon" href="https://cdn.example/i.ico"><a rel="stylesheet" href="https://cdn.example/a.css">x</a>"#)
                .is_empty()
        );
        // An empty integrity pins nothing.
        assert_eq!(
            sri(
                r#"<link rel="Alternate StyleSheet" href="https://cdn.example/a.css" integrity="">"#
            )
            .len(),
            1
        );
        let html: String = (0..12)
            .map(|i| format!(r#"<link rel="stylesheet" href="https://cdn.example/{i}.css">"#))
            .collect();
        let got = sri(&html);
        assert_eq!(got.len(), MAX_PER_KIND + 1, "{got:?}");
        assert!(got[10].starts_with("2 more like this"), "{}", got[10]);
    }

    #[test]
    fn weak_policies_are_named() {
        for (csp, code) in [
            (
                "script-src 'self' 'unsafe-inline' https://sdk.mercadopago.com https://http2.mlstatic.com; frame-ancestors 'self'",
                "checkout-security/unsafe-inline",
            ),
            (
                "script-src 'self' https: ; frame-ancestors 'self'",
                "checkout-security/script-wildcard",
            ),
            (
                "img-src *; frame-ancestors 'self'",
                "checkout-security/script-unrestricted",
            ),
        ] {
            let got = warnings("<p>no sdk</p>", &[("content-security-policy", csp), REF]);
            assert_eq!(got, [code], "{csp}");
        }
        // A second policy that closes the hole closes it.
        let got = warnings(
            "<p>x</p>",
            &[
                ("content-security-policy", "script-src *"),
                (
                    "content-security-policy",
                    "script-src 'self'; frame-ancestors 'self'",
                ),
                REF,
            ],
        );
        assert!(got.is_empty(), "{got:?}");
        assert_eq!(
            warnings(
                "<p>x</p>",
                &[("content-security-policy-report-only", GOOD_CSP)]
            ),
            [
                "checkout-security/csp-report-only",
                "checkout-security/clickjacking",
                "checkout-security/no-referrer-policy"
            ]
        );
    }

    #[test]
    fn framing_and_referrer() {
        let base = |extra: &[(&'static str, &'static str)]| {
            let mut h = vec![("content-security-policy", "default-src 'self'")];
            h.extend_from_slice(extra);
            warnings("<p>x</p>", &h)
        };
        assert!(base(&[("x-frame-options", "sameorigin"), REF]).is_empty());
        assert_eq!(
            base(&[("x-frame-options", "ALLOW-FROM https://a.example"), REF]),
            ["checkout-security/clickjacking"]
        );
        assert_eq!(
            base(&[
                ("referrer-policy", "no-referrer, unsafe-url"),
                ("x-frame-options", "DENY")
            ]),
            ["checkout-security/referrer-leaks"]
        );
        assert_eq!(
            base(&[
                ("referrer-policy", "no-referrer-when-downgrade, bogus"),
                ("x-frame-options", "DENY")
            ]),
            ["checkout-security/referrer-leaks"]
        );
        // A <meta name="referrer"> overrides the header.
        assert!(
            warnings(
                r#"<meta name="referrer" content="no-referrer">"#,
                &[
                    (
                        "content-security-policy",
                        "default-src 'self'; frame-ancestors 'none'"
                    ),
                    ("referrer-policy", "unsafe-url")
                ]
            )
            .is_empty()
        );
        // frame-ancestors in a <meta> policy is ignored by browsers.
        assert_eq!(
            warnings(
                r#"<meta http-equiv="Content-Security-Policy" content="default-src 'self'; frame-ancestors 'none'">"#,
                &[REF]
            ),
            [
                "checkout-security/csp-meta",
                "checkout-security/clickjacking"
            ]
        );
    }

    #[test]
    fn third_party_code_needs_integrity_except_the_sdk() {
        let html = r#"<script src="https://cdn.example/lib.js"></script>
            <script src="https://cdn.example/ok.js" integrity="sha384-x" crossorigin="anonymous"></script>
            <script src="/own.js"></script><script src="data:text/javascript,1"></script>
            <link rel="stylesheet" href="https://fonts.example/f.css">
            <script src="https://sdk.mercadopago.com/js/v2" integrity="sha384-y"></script>"#;
        let mut out = Outcome::default();
        judge(Lang::En, &answer(html, &[]), None, &mut out);
        let sri: Vec<&str> = out
            .findings
            .iter()
            .filter(|f| f.code.contains("sri"))
            .map(|f| f.message.as_str())
            .collect();
        assert_eq!(sri.len(), 3, "{sri:?}");
        assert!(sri.iter().any(|m| m.contains("https://cdn.example/lib.js")));
        assert!(
            sri.iter()
                .any(|m| m.contains("https://fonts.example/f.css"))
        );
        assert!(
            out.findings
                .iter()
                .any(|f| f.code == "checkout-security/sdk-sri-pinned")
        );
    }

    #[test]
    fn the_integration_is_told_by_what_the_page_shows() {
        let message = |html: &str| {
            let mut out = Outcome::default();
            judge(Lang::En, &answer(html, &[]), None, &mut out);
            out.findings
                .into_iter()
                .find(|f| f.code == "checkout-security/integration")
                .unwrap()
                .message
        };
        assert!(message(BRICKS).contains("Bricks"));
        assert!(
            message(r#"<input id="cardNumber" autocomplete="cc-number">"#).contains("SAQ A-EP")
        );
        assert!(
            message(r#"<script>mp.fields.create('cardNumber')</script><input id="cardNumber">"#)
                .contains("Secure Fields")
        );
        assert!(
            message(
                r#"<a href="https://www.mercadopago.com.br/checkout/v1/redirect?pref_id=1">Pay</a>"#
            )
            .contains("Checkout Pro")
        );
        assert!(message("<p>nothing</p>").contains("no PCI DSS scope"));
    }
}
