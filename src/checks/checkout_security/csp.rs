//! Content-Security-Policy, parsed and enforced by the `content-security-policy` crate (the
//! CSP Level 3 implementation Servo ships): the policies of a header or a `<meta>`, and the
//! checks a browser runs before a fetch (§4.1.2) and before an inline script (§4.2.3).
//! What the crate does not answer, because a browser never asks it (which directive governs
//! a kind of fetch when nothing is blocked, and whether a source list lets any host in), is
//! read here from the directives it parsed.

use std::borrow::Cow;

use content_security_policy::{
    CheckResult, CspList, Destination, Element, Initiator, InlineCheckType, ParserMetadata,
    PolicyDisposition, PolicySource, Request, Violates,
};
use url::Url;

pub use content_security_policy::Policy;

/// The policies of one header value (a serialized CSP list: policies separated by commas),
/// each enforced on its own: a load must pass every one. Empty policies are dropped.
pub fn parse_header(value: &str) -> Vec<Policy> {
    CspList::parse(value, PolicySource::Header, PolicyDisposition::Enforce)
        .0
        .into_iter()
        .filter(|p| !p.directive_set.is_empty())
        .collect()
}

/// The policy of a `<meta http-equiv="Content-Security-Policy">` content, when it has a
/// directive. A browser ignores `frame-ancestors`, `report-uri` and `sandbox` there.
pub fn parse_meta(content: &str) -> Option<Policy> {
    let policy = Policy::parse(content, PolicySource::Meta, PolicyDisposition::Enforce);
    (!policy.directive_set.is_empty()).then_some(policy)
}

/// The source expressions of directive `name`, when the policy has it.
pub fn get<'a>(policy: &'a Policy, name: &str) -> Option<&'a [String]> {
    policy
        .directive_set
        .iter()
        .find(|d| d.name == name)
        .map(|d| d.value.as_slice())
}

/// The source list that governs a kind of fetch, and the directive it came from (which may
/// be a fallback such as `default-src`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Governing<'a> {
    /// The directive that was found.
    pub directive: &'a str,
    /// Its source expressions.
    pub sources: &'a [String],
}

/// A kind of fetch the SDK makes, with the fallback list of its directive (CSP3 §6.8.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fetch {
    /// A `<script src>` element.
    Script,
    /// `fetch()`, XHR, WebSocket.
    Connect,
    /// An iframe.
    Frame,
    /// An image.
    Image,
}

impl Fetch {
    /// The directives that can govern this fetch, the most specific first.
    pub fn fallback(self) -> &'static [&'static str] {
        match self {
            Fetch::Script => &["script-src-elem", "script-src", "default-src"],
            Fetch::Connect => &["connect-src", "default-src"],
            Fetch::Frame => &["frame-src", "child-src", "default-src"],
            Fetch::Image => &["img-src", "default-src"],
        }
    }

    /// The directive a merchant writes for this fetch, the one a finding tells them to set
    /// (`script-src` is what everyone writes; `script-src-elem` only refines it).
    pub fn written(self) -> &'static str {
        match self {
            Fetch::Script => "script-src",
            _ => self.fallback()[0],
        }
    }

    /// `directive` is this fetch's own (not a fallback such as `default-src`).
    pub fn own(self, directive: &str) -> bool {
        directive == self.fallback()[0] || directive == self.written()
    }

    fn destination(self) -> Destination {
        match self {
            Fetch::Script => Destination::Script,
            Fetch::Connect => Destination::None,
            Fetch::Frame => Destination::IFrame,
            Fetch::Image => Destination::Image,
        }
    }
}

/// The directive of `policy` that governs `fetch`; `None` when the policy leaves it free.
pub fn governing(policy: &Policy, fetch: Fetch) -> Option<Governing<'_>> {
    fetch.fallback().iter().find_map(|name| {
        get(policy, name).map(|sources| Governing {
            directive: name,
            sources,
        })
    })
}

/// One load as the browser would make it from the page.
#[derive(Debug, Clone, Copy)]
pub struct Load<'a> {
    /// What is fetched.
    pub url: &'a Url,
    /// Its kind.
    pub fetch: Fetch,
    /// The element's `nonce`, when it has one.
    pub nonce: Option<&'a str>,
    /// The element's `integrity`, when it has one (a listed hash admits a script by it).
    pub integrity: Option<&'a str>,
    /// Written in the page's HTML (a tag), rather than inserted by a script: under
    /// `'strict-dynamic'` only the latter is trusted without a nonce.
    pub by_parser: bool,
}

/// The directive of `policy` that blocks `load` on the page at `page`, as a browser
/// decides it; `None` when the load is allowed.
pub fn blocked_by<'a>(policy: &'a Policy, load: &Load<'_>, page: &Url) -> Option<&'a str> {
    let request = Request {
        url: load.url.clone(),
        current_url: load.url.clone(),
        origin: page.origin(),
        redirect_count: 0,
        destination: load.fetch.destination(),
        initiator: Initiator::None,
        nonce: load.nonce.unwrap_or_default().to_owned(),
        integrity_metadata: load.integrity.unwrap_or_default().to_owned(),
        parser_metadata: if load.by_parser {
            ParserMetadata::ParserInserted
        } else {
            ParserMetadata::NotParserInserted
        },
    };
    match policy.does_request_violate_policy(&request) {
        Violates::DoesNotViolate => None,
        // The crate hands back a copy; the policy's own directive of that name is returned.
        Violates::Directive(d) => policy
            .directive_set
            .iter()
            .find(|own| own.name == d.name)
            .map(|own| own.name.as_str()),
    }
}

/// The directive of `policy` that blocks an inline `<script>` with this `nonce` and text
/// (its nonce, a listed hash of the text, `'unsafe-inline'` and `'strict-dynamic'`
/// weighed as a browser does); `None` when the script runs.
pub fn inline_blocked_by<'a>(
    policy: &'a Policy,
    nonce: Option<&str>,
    text: &str,
) -> Option<&'a str> {
    let element = Element {
        nonce: nonce.map(Cow::Borrowed),
    };
    policy
        .directive_set
        .iter()
        .find(|d| {
            d.inline_check(&element, InlineCheckType::Script, policy, text) == CheckResult::Blocked
        })
        .map(|d| d.name.as_str())
}

/// Any inline script runs under `policy`: one with no nonce, whose hash nobody lists.
pub fn inline_allowed(policy: &Policy) -> bool {
    // A text no policy lists the hash of stands for an injected script.
    inline_blocked_by(policy, None, "/* mp-golive: an injected inline script */").is_none()
}

/// `'strict-dynamic'` is listed: host and scheme sources are ignored, and scripts loaded by
/// a trusted script are trusted.
pub fn strict_dynamic(sources: &[String]) -> bool {
    sources
        .iter()
        .any(|s| s.eq_ignore_ascii_case("'strict-dynamic'"))
}

/// The sources of a list that let any script host in: `*`, or the schemes `https:`,
/// `http:`, `data:` and `blob:` as a whole.
pub fn wildcards(sources: &[String]) -> Vec<&str> {
    sources
        .iter()
        .map(String::as_str)
        .filter(|s| {
            let l = s.to_ascii_lowercase();
            matches!(l.as_str(), "*" | "https:" | "http:" | "data:" | "blob:")
        })
        .collect()
}

/// The policy text with each nonce's value replaced by `*`: a nonce changes on every
/// request, so a baseline records only that one is there (and never the value). The text
/// is kept as sent otherwise, so a reviewer's diff shows the header as the server wrote it.
pub fn without_nonces(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(i) = rest.to_ascii_lowercase().find("'nonce-") {
        let start = i + "'nonce-".len();
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        let end = tail.find('\'').unwrap_or(tail.len());
        out.push('*');
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page() -> Url {
        Url::parse("https://shop.example/checkout").unwrap()
    }

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    fn policy(s: &str) -> Policy {
        parse_header(s).remove(0)
    }

    /// Whether a script the SDK inserts (no nonce, not in the HTML) from `url` loads.
    fn script_loads(csp: &str, url: &Url) -> bool {
        let load = Load {
            url,
            fetch: Fetch::Script,
            nonce: None,
            integrity: None,
            by_parser: false,
        };
        blocked_by(&policy(csp), &load, &page()).is_none()
    }

    #[test]
    fn policies_and_directives_parse_by_the_grammar() {
        let p = parse_header(
            "Default-Src 'self';; script-src\t'nonce-abc' https://sdk.mercadopago.com ; script-src *, frame-ancestors 'none', ",
        );
        assert_eq!(p.len(), 2, "an empty policy is dropped");
        assert_eq!(get(&p[0], "default-src"), Some(&["'self'".to_owned()][..]));
        // The first of a repeated directive counts.
        assert_eq!(
            get(&p[0], "script-src").unwrap(),
            ["'nonce-abc'", "https://sdk.mercadopago.com"]
        );
        assert_eq!(get(&p[1], "frame-ancestors").unwrap(), ["'none'"]);
        assert!(get(&p[1], "script-src").is_none());
        assert!(
            get(
                &policy("upgrade-insecure-requests"),
                "upgrade-insecure-requests"
            )
            .is_some()
        );
        assert!(parse_meta(" ; ").is_none());
        assert!(parse_meta("img-src *").is_some());
    }

    #[test]
    fn fallbacks_follow_csp3() {
        let p = policy("default-src 'self'; child-src https://a.example");
        assert_eq!(governing(&p, Fetch::Frame).unwrap().directive, "child-src");
        assert_eq!(
            governing(&p, Fetch::Script).unwrap().directive,
            "default-src"
        );
        assert!(governing(&policy("img-src *"), Fetch::Connect).is_none());
        assert!(Fetch::Script.own("script-src") && Fetch::Script.own("script-src-elem"));
        assert!(!Fetch::Script.own("default-src") && !Fetch::Connect.own("default-src"));
        assert!(Fetch::Image.own("img-src") && Fetch::Frame.own("frame-src"));
        assert!(!Fetch::Frame.own("child-src"));
        assert_eq!(Fetch::Script.written(), "script-src");
        assert_eq!(Fetch::Connect.written(), "connect-src");
    }

    #[test]
    fn host_sources_match_like_a_browser() {
        let sdk = url("https://sdk.mercadopago.com/js/v2");
        for yes in [
            "*",
            "https:",
            "http:",
            "sdk.mercadopago.com",
            "https://sdk.mercadopago.com",
            "http://sdk.mercadopago.com",
            "*.mercadopago.com",
            "https://*.mercadopago.com:443",
            "sdk.mercadopago.com:*",
            "https://sdk.mercadopago.com/js/",
            "https://sdk.mercadopago.com/js/v2",
            "SDK.MercadoPago.com",
            // CSP3 §6.7.2.8: a `ws`/`wss` source matches https (the hand-written matcher
            // this crate replaced had it the other way round).
            "wss://sdk.mercadopago.com",
        ] {
            assert!(script_loads(&format!("script-src {yes}"), &sdk), "{yes}");
        }
        for no in [
            "'self'",
            "'none'",
            "mercadopago.com",
            "*.mlstatic.com",
            "http://sdk.mercadopago.com:80",
            "sdk.mercadopago.com:8443",
            "https://sdk.mercadopago.com/js/v1",
            "https://sdk.mercadopago.com/other/",
            "data:",
            "'unsafe-inline'",
            "'nonce-sdk.mercadopago.com'",
        ] {
            assert!(!script_loads(&format!("script-src {no}"), &sdk), "{no}");
        }
        // `*.` needs a label in front: the apex is not a subdomain of itself.
        assert!(!script_loads(
            "script-src *.mercadopago.com",
            &url("https://mercadopago.com/")
        ));
        assert!(script_loads(
            "script-src 'self'",
            &url("https://shop.example/app.js")
        ));
        // A fetch no directive governs is free; the blocking directive is the fallback.
        let p = policy("default-src 'self'; img-src *");
        fn load(url: &Url, fetch: Fetch) -> Load<'_> {
            Load {
                url,
                fetch,
                nonce: None,
                integrity: None,
                by_parser: true,
            }
        }
        let api = url("https://api.mercadopago.com/v1/x");
        assert_eq!(
            blocked_by(&p, &load(&api, Fetch::Connect), &page()),
            Some("default-src")
        );
        assert_eq!(blocked_by(&p, &load(&api, Fetch::Image), &page()), None);
        assert_eq!(
            blocked_by(
                &policy("frame-src 'self'"),
                &load(&api, Fetch::Connect),
                &page()
            ),
            None
        );
    }

    #[test]
    fn a_tag_is_admitted_by_its_nonce_or_hash_and_strict_dynamic_trusts_what_it_loads() {
        let sdk = url("https://sdk.mercadopago.com/js/v2");
        let tag = |nonce, integrity| Load {
            url: &sdk,
            fetch: Fetch::Script,
            nonce,
            integrity,
            by_parser: true,
        };
        let strict = policy("script-src 'nonce-n1' 'strict-dynamic' https:");
        assert_eq!(
            blocked_by(&strict, &tag(None, None), &page()),
            Some("script-src")
        );
        assert_eq!(
            blocked_by(&strict, &tag(Some("n2"), None), &page()),
            Some("script-src")
        );
        assert_eq!(blocked_by(&strict, &tag(Some("n1"), None), &page()), None);
        // What a trusted script inserts is trusted.
        assert!(script_loads(
            "script-src 'nonce-n1' 'strict-dynamic'",
            &url("https://http2.mlstatic.com/x.js")
        ));
        let hashed = policy("script-src 'sha384-abc'");
        assert_eq!(
            blocked_by(&hashed, &tag(None, Some("sha384-abc")), &page()),
            None
        );
        assert!(blocked_by(&hashed, &tag(None, Some("sha384-xyz")), &page()).is_some());
        // Without 'strict-dynamic' a nonce admits the tag itself, whatever its host.
        assert_eq!(
            blocked_by(
                &policy("script-src 'nonce-n1'"),
                &tag(Some("n1"), None),
                &page()
            ),
            None
        );
    }

    #[test]
    fn keywords_decide_inline_scripts() {
        let allowed = |s: &str| inline_allowed(&policy(s));
        assert!(allowed("script-src 'self' 'unsafe-inline'"));
        assert!(allowed("img-src 'self'"));
        // A nonce, a hash or 'strict-dynamic' makes a browser ignore 'unsafe-inline'.
        assert!(!allowed("script-src 'unsafe-inline' 'nonce-r4nd0m'"));
        assert!(!allowed("script-src 'unsafe-inline' 'sha256-AbC='"));
        assert!(!allowed("script-src 'unsafe-inline' 'strict-dynamic'"));
        assert!(!allowed("script-src 'self'"));
        assert!(!allowed("default-src 'self'"));
        let p = policy("default-src 'self'; script-src 'nonce-Ab+/='");
        assert_eq!(inline_blocked_by(&p, Some("Ab+/="), "boot()"), None);
        assert_eq!(
            inline_blocked_by(&p, Some("ab+/="), "boot()"),
            Some("script-src")
        );
        assert_eq!(inline_blocked_by(&p, None, "boot()"), Some("script-src"));
        assert!(strict_dynamic(&["'Strict-Dynamic'".to_owned()]));
        assert!(!strict_dynamic(&["'self'".to_owned()]));
        let list: Vec<String> = [
            "'self'",
            "*",
            "HTTPS:",
            "a.example",
            "data:",
            "blob:",
            "http:",
        ]
        .map(str::to_owned)
        .into();
        assert_eq!(wildcards(&list), ["*", "HTTPS:", "data:", "blob:", "http:"]);
    }

    #[test]
    fn nonces_are_masked() {
        assert_eq!(
            without_nonces("script-src 'nonce-r4nd0m+/=' 'self'; style-src 'NONCE-x'"),
            "script-src 'nonce-*' 'self'; style-src 'NONCE-*'"
        );
        assert_eq!(without_nonces("default-src 'self'"), "default-src 'self'");
    }
}
