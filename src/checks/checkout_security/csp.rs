//! Content-Security-Policy, parsed by the CSP Level 3 grammar (§2.2 "parse a serialized
//! CSP", §2.3 source lists) and matched the way a browser matches a URL against a source
//! list (§6.7.2). No maintained CSP crate exists on the registry (the few there are
//! unmaintained or parse only CSP Level 2), and the grammar is small.

use url::Url;

/// One policy: its directives in order, each name lowercased, a repeated name ignored (the
/// first one counts, as in a browser).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Policy {
    /// (name, source expressions) in the order given.
    pub directives: Vec<(String, Vec<String>)>,
}

/// Splits one header value (a serialized CSP list: policies separated by commas) into its
/// policies. Each policy of a list is enforced on its own: a load must pass every one.
pub fn parse_list(value: &str) -> Vec<Policy> {
    value.split(',').map(parse_policy).collect()
}

/// Parses one serialized policy: directives separated by `;`, a name of ALPHA, DIGIT and
/// `-`, then its value split on ASCII whitespace.
pub fn parse_policy(text: &str) -> Policy {
    let mut policy = Policy::default();
    for token in text.split(';') {
        let token = token.trim_matches(is_ascii_ws);
        if token.is_empty() {
            continue;
        }
        let (name, value) = token.split_once(is_ascii_ws).unwrap_or((token, ""));
        if !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            continue;
        }
        let name = name.to_ascii_lowercase();
        if policy.directives.iter().any(|(n, _)| *n == name) {
            continue;
        }
        let sources = value
            .split(is_ascii_ws)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        policy.directives.push((name, sources));
    }
    policy
}

fn is_ascii_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0c' | '\r')
}

/// The source list that governs a fetch, and the directive it came from (which may be a
/// fallback such as `default-src`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Governing<'a> {
    /// The directive that was found.
    pub directive: &'a str,
    /// Its source expressions.
    pub sources: &'a [String],
}

impl Policy {
    /// The directive named `name`, when the policy has it.
    pub fn get(&self, name: &str) -> Option<&[String]> {
        self.directives
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, s)| s.as_slice())
    }

    /// The first of `chain` the policy has (CSP3's fallback lists, such as `script-src-elem`
    /// → `script-src` → `default-src`); `None` means the policy does not restrict the fetch.
    pub fn governing<'a>(&'a self, chain: &[&'a str]) -> Option<Governing<'a>> {
        chain.iter().find_map(|name| {
            self.get(name).map(|sources| Governing {
                directive: name,
                sources,
            })
        })
    }
}

/// The fallback chain of a `<script src>` element.
pub const SCRIPT_ELEM: &[&str] = &["script-src-elem", "script-src", "default-src"];
/// The fallback chain of `fetch()` / XHR / WebSocket.
pub const CONNECT: &[&str] = &["connect-src", "default-src"];
/// The fallback chain of an iframe.
pub const FRAME: &[&str] = &["frame-src", "child-src", "default-src"];
/// The fallback chain of an image.
pub const IMG: &[&str] = &["img-src", "default-src"];

/// What a source list says about inline scripts and wildcards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ScriptRules {
    /// A `'nonce-…'` or hash source is listed: `'unsafe-inline'` is then ignored.
    pub nonce_or_hash: bool,
    /// `'strict-dynamic'`: host and scheme sources are ignored, and scripts loaded by a
    /// trusted script are trusted.
    pub strict_dynamic: bool,
    /// `'unsafe-inline'` is listed.
    pub unsafe_inline: bool,
}

impl ScriptRules {
    /// Reads the keywords of a source list.
    pub fn of(sources: &[String]) -> ScriptRules {
        let mut rules = ScriptRules::default();
        for s in sources {
            let lower = s.to_ascii_lowercase();
            if is_nonce(&lower) || is_hash(&lower) {
                rules.nonce_or_hash = true;
            } else if lower == "'strict-dynamic'" {
                rules.strict_dynamic = true;
            } else if lower == "'unsafe-inline'" {
                rules.unsafe_inline = true;
            }
        }
        rules
    }

    /// Any inline script runs: `'unsafe-inline'` without a nonce, hash or
    /// `'strict-dynamic'` (each of which makes a CSP2+ browser ignore it).
    pub fn inline_allowed(self) -> bool {
        self.unsafe_inline && !self.nonce_or_hash && !self.strict_dynamic
    }

    /// Host and scheme sources count (they do not under `'strict-dynamic'`).
    pub fn hosts_count(self) -> bool {
        !self.strict_dynamic
    }
}

/// `'nonce-…'` (lowercased).
fn is_nonce(lower: &str) -> bool {
    lower.starts_with("'nonce-") && lower.ends_with('\'') && lower.len() > 8
}

/// `'sha256-…'`, `'sha384-…'`, `'sha512-…'` (lowercased).
fn is_hash(lower: &str) -> bool {
    ["'sha256-", "'sha384-", "'sha512-"]
        .iter()
        .any(|p| lower.starts_with(p))
        && lower.ends_with('\'')
}

/// The nonce values a source list accepts (case-sensitive, as a browser compares them).
pub fn nonces(sources: &[String]) -> impl Iterator<Item = &str> {
    sources.iter().filter_map(|s| {
        let inner = s.strip_prefix('\'')?.strip_suffix('\'')?;
        let (kind, value) = inner.split_once('-')?;
        kind.eq_ignore_ascii_case("nonce").then_some(value)
    })
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

/// Whether `url` matches one of `sources`, on a page at `page` (CSP3 §6.7.2.5-8: `*`,
/// schemes, hosts with `*.` wildcards, ports, paths, `'self'`; an `http:` source also
/// matches `https:`). Keywords other than `'self'` match no URL.
pub fn allows(sources: &[String], url: &Url, page: &Url) -> bool {
    sources.iter().any(|s| matches_source(s, url, page))
}

fn matches_source(source: &str, url: &Url, page: &Url) -> bool {
    let lower = source.to_ascii_lowercase();
    let scheme = url.scheme();
    if lower == "*" {
        return matches!(scheme, "http" | "https" | "ws" | "wss") || scheme == page.scheme();
    }
    if lower == "'self'" {
        return url.host_str() == page.host_str()
            && url.port_or_known_default() == page.port_or_known_default()
            && scheme_matches(page.scheme(), scheme);
    }
    if lower.starts_with('\'') {
        return false;
    }
    // A scheme source: `https:`.
    if let Some(s) = lower.strip_suffix(':')
        && !s.contains('/')
        && !s.is_empty()
    {
        return scheme_matches(s, scheme);
    }
    // A host source: [scheme "://"] host [":" port] [path].
    let (source_scheme, rest) = match lower.split_once("://") {
        Some((s, rest)) => (Some(s), rest),
        None => (None, lower.as_str()),
    };
    match source_scheme {
        Some(s) if !scheme_matches(s, scheme) => return false,
        // No scheme: the page's, or its secure upgrade.
        None if !scheme_matches(page.scheme(), scheme) => return false,
        _ => {}
    }
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) if !h.is_empty() => (h, Some(p)),
        _ => (authority, None),
    };
    let Some(url_host) = url.host_str() else {
        return false;
    };
    let url_host = url_host.to_ascii_lowercase();
    let host_ok = if host == "*" {
        true
    } else if let Some(suffix) = host.strip_prefix("*.") {
        url_host
            .strip_suffix(suffix)
            .is_some_and(|head| head.ends_with('.') && head.len() > 1)
    } else {
        url_host == host
    };
    if !host_ok {
        return false;
    }
    let port_ok = match port {
        None => {
            url.port_or_known_default() == default_port(source_scheme.unwrap_or(scheme))
                // An `http:` source's port 80 also stands for 443 after the upgrade.
                || (source_scheme == Some("http") && url.port_or_known_default() == Some(443))
        }
        Some("*") => true,
        Some(p) => p.parse::<u16>().ok() == url.port_or_known_default(),
    };
    if !port_ok {
        return false;
    }
    if path.is_empty() || path == "/" {
        return true;
    }
    if path.ends_with('/') {
        url.path().starts_with(path)
    } else {
        url.path() == path
    }
}

/// A source of scheme `source` matches a URL of scheme `url` (CSP3 §6.7.2.8: `http`
/// matches `https` too, `ws` matches `wss`, and an `http`-family source matches `ws`).
fn scheme_matches(source: &str, url: &str) -> bool {
    source == url
        || matches!(
            (source, url),
            ("http", "https") | ("ws", "wss") | ("http", "ws") | ("http", "wss") | ("https", "wss")
        )
}

fn default_port(scheme: &str) -> Option<u16> {
    match scheme {
        "http" | "ws" => Some(80),
        "https" | "wss" => Some(443),
        _ => None,
    }
}

/// The policy with each nonce's value replaced by `*`: a nonce changes on every request,
/// so a baseline records only that one is there (and never the value).
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

    fn list(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn policies_and_directives_parse_by_the_grammar() {
        let p = parse_list(
            "Default-Src 'self';; script-src\t'nonce-abc' https://sdk.mercadopago.com ; script-src *; bad_name x, frame-ancestors 'none'",
        );
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].get("default-src"), Some(&["'self'".to_owned()][..]));
        // The first of a repeated directive counts; a name outside the grammar is dropped.
        assert_eq!(
            p[0].get("script-src").unwrap(),
            ["'nonce-abc'", "https://sdk.mercadopago.com"]
        );
        assert!(p[0].get("bad_name").is_none());
        assert_eq!(p[1].get("frame-ancestors").unwrap(), ["'none'"]);
        assert_eq!(
            parse_policy("upgrade-insecure-requests").directives.len(),
            1
        );
    }

    #[test]
    fn fallbacks_follow_csp3() {
        let p = parse_policy("default-src 'self'; child-src https://a.example");
        assert_eq!(p.governing(FRAME).unwrap().directive, "child-src");
        assert_eq!(p.governing(SCRIPT_ELEM).unwrap().directive, "default-src");
        assert!(parse_policy("img-src *").governing(CONNECT).is_none());
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
        ] {
            assert!(allows(&list(yes), &sdk, &page()), "{yes}");
        }
        for no in [
            "'self'",
            "'none'",
            "mercadopago.com",
            "*.mlstatic.com",
            "wss://sdk.mercadopago.com",
            "sdk.mercadopago.com:8443",
            "https://sdk.mercadopago.com/js/v1",
            "https://sdk.mercadopago.com/other/",
            "data:",
            "'unsafe-inline'",
            "'nonce-sdk.mercadopago.com'",
        ] {
            assert!(!allows(&list(no), &sdk, &page()), "{no}");
        }
        // `*.` needs a label in front: the apex is not a subdomain of itself.
        assert!(!allows(
            &list("*.mercadopago.com"),
            &url("https://mercadopago.com/"),
            &page()
        ));
        assert!(allows(
            &list("'self'"),
            &url("https://shop.example/app.js"),
            &page()
        ));
    }

    #[test]
    fn keywords_decide_inline_scripts() {
        let r = |s: &str| ScriptRules::of(&list(s));
        assert!(r("'self' 'unsafe-inline'").inline_allowed());
        // A nonce, a hash or 'strict-dynamic' makes a browser ignore 'unsafe-inline'.
        assert!(!r("'unsafe-inline' 'nonce-r4nd0m'").inline_allowed());
        assert!(!r("'unsafe-inline' 'sha256-AbC='").inline_allowed());
        assert!(!r("'unsafe-inline' 'strict-dynamic'").inline_allowed());
        assert!(!r("'self'").inline_allowed());
        assert!(!r("'strict-dynamic' 'nonce-x'").hosts_count());
        assert_eq!(
            nonces(&list("'self' 'nonce-Ab+/=' 'NONCE-two'")).collect::<Vec<_>>(),
            ["Ab+/=", "two"]
        );
        assert_eq!(
            wildcards(&list("'self' * HTTPS: a.example")),
            ["*", "HTTPS:"]
        );
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
