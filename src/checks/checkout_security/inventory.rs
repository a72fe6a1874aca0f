//! The payment page's script inventory (PCI DSS 6.4.3) and its security headers, as
//! `mp-golive baseline` writes them to `mp-golive.scripts.json` and `checkout-security`
//! compares them (11.6.1): sorted and stable, so a diff reads well in review, and without
//! anything that changes on every request (a nonce's value).

use std::collections::BTreeMap;

use base64::Engine as _;
use html5ever::local_name;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use url::Url;

use super::csp::without_nonces;
use crate::checks::checkout_page::Element;

/// The version of the file's format.
pub const VERSION: u32 = 1;

/// The headers recorded, lowercased: those that protect the payment form.
pub const SECURITY_HEADERS: &[&str] = &[
    "content-security-policy",
    "content-security-policy-report-only",
    "cross-origin-opener-policy",
    "permissions-policy",
    "referrer-policy",
    "strict-transport-security",
    "x-content-type-options",
    "x-frame-options",
];

/// What a baseline file holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inventory {
    /// The format's version, [`VERSION`].
    pub version: u32,
    /// The page the inventory was taken from.
    pub url: String,
    /// Every script of the page, sorted.
    pub scripts: Vec<Script>,
    /// The security headers (and a `<meta http-equiv>` policy, as `meta:<name>`), with
    /// nonces masked.
    pub headers: BTreeMap<String, String>,
}

/// One `<script>` of the page, external or inline.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Script {
    /// The URL, resolved against the page (external scripts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub src: Option<String>,
    /// `sha256-<base64>` of the text, as a CSP hash source writes it (inline scripts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inline: Option<String>,
    /// The `integrity` attribute.
    pub integrity: Option<String>,
    /// The `crossorigin` attribute (`""` when present without a value).
    pub crossorigin: Option<String>,
    /// Whether a `nonce` attribute is present (its value changes per request and is never
    /// recorded).
    pub nonce: bool,
    /// The `type` attribute, lowercased.
    #[serde(rename = "type")]
    pub kind: Option<String>,
}

impl Script {
    /// What identifies the script across runs: its URL, or its hash.
    pub fn key(&self) -> &str {
        self.src.as_deref().or(self.inline.as_deref()).unwrap_or("")
    }

    /// External, fetched over HTTP(S) from a host other than the page's (a `data:` or
    /// `blob:` script comes from no host).
    pub fn third_party(&self, page: &Url) -> Option<Url> {
        let u = Url::parse(self.src.as_deref()?).ok()?;
        third_party(&u, page).then_some(u)
    }
}

/// `url` is fetched over HTTP(S) from a host other than the page's.
pub fn third_party(url: &Url, page: &Url) -> bool {
    matches!(url.scheme(), "http" | "https") && url.host_str() != page.host_str()
}

impl Script {}

/// Whether a `<script type>` is run by the browser (classic or module), not a data block
/// such as JSON-LD or a template (HTML's "prepare the script element", step 8).
pub fn executable(kind: Option<&str>) -> bool {
    match kind.map(|t| t.trim().to_ascii_lowercase()) {
        None => true,
        Some(t) => {
            t.is_empty()
                || t == "module"
                || matches!(
                    t.as_str(),
                    "text/javascript"
                        | "application/javascript"
                        | "application/ecmascript"
                        | "application/x-javascript"
                        | "text/ecmascript"
                        | "text/jscript"
                        | "text/livescript"
                        | "text/x-javascript"
                        | "text/x-ecmascript"
                        | "application/x-ecmascript"
                )
        }
    }
}

/// `sha256-<base64>` of a script's text.
pub fn hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The scripts the browser runs, from the page's elements, sorted. `base` resolves URLs.
pub fn scripts(elements: &[Element], base: &Url) -> Vec<Script> {
    let mut out: Vec<Script> = elements
        .iter()
        .filter(|e| e.name == local_name!("script"))
        .filter(|e| executable(e.attr("type")))
        .map(|e| {
            let src = e.script_src().and_then(|s| base.join(s.trim()).ok());
            Script {
                inline: src.is_none().then(|| hash(&e.text)),
                src: src.map(|u| u.to_string()),
                integrity: e.attr("integrity").map(|v| v.trim().to_owned()),
                crossorigin: e.attr("crossorigin").map(|v| v.trim().to_ascii_lowercase()),
                nonce: e.attr("nonce").is_some(),
                kind: e.attr("type").map(|t| t.trim().to_ascii_lowercase()),
            }
        })
        .collect();
    out.sort();
    out
}

/// The security headers of an answer (several values of one header joined by `, `, as
/// HTTP reads them) and the page's `<meta http-equiv>` policies, nonces masked.
pub fn headers(
    answer: &reqwest::header::HeaderMap,
    meta_policies: &[String],
) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for name in SECURITY_HEADERS {
        let values: Vec<&str> = answer
            .get_all(*name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        if !values.is_empty() {
            out.insert((*name).to_owned(), without_nonces(&values.join(", ")));
        }
    }
    if !meta_policies.is_empty() {
        out.insert(
            "meta:content-security-policy".to_owned(),
            without_nonces(&meta_policies.join(", ")),
        );
    }
    out
}

impl Inventory {
    /// The file's text: pretty JSON and a final newline, keys in a fixed order.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Reads a baseline file's text; the error says what is wrong in plain words.
    pub fn from_json(text: &str) -> Result<Inventory, String> {
        let inv: Inventory = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if inv.version != VERSION {
            return Err(format!(
                "format version {} is not {VERSION}, the one this mp-golive reads",
                inv.version
            ));
        }
        if let Some(s) = inv
            .scripts
            .iter()
            .find(|s| s.src.is_some() == s.inline.is_some())
        {
            return Err(format!(
                "a script must have exactly one of `src` and `inline`: {}",
                serde_json::to_string(s).unwrap_or_default()
            ));
        }
        Ok(inv)
    }
}

/// What changed between a baseline and the page now.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// Scripts on the page that the baseline does not list.
    pub added: Vec<Script>,
    /// Scripts of the baseline no longer on the page.
    pub removed: Vec<Script>,
    /// (before, now) of a script whose attributes changed.
    pub changed: Vec<(Script, Script)>,
    /// (header, before, now); `None` where it is absent.
    pub headers: Vec<(String, Option<String>, Option<String>)>,
}

#[cfg(test)]
impl Changes {
    /// Nothing changed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
            && self.headers.is_empty()
    }
}

/// Compares the page now with its baseline. Scripts are matched by URL or hash; two of the
/// same key are paired in order, so a duplicated tag shows as added.
pub fn compare(before: &Inventory, now: &Inventory) -> Changes {
    let mut changes = Changes::default();
    let group = |scripts: &[Script]| {
        let mut map: BTreeMap<String, Vec<Script>> = BTreeMap::new();
        for s in scripts {
            map.entry(s.key().to_owned()).or_default().push(s.clone());
        }
        map
    };
    let old = group(&before.scripts);
    let mut new = group(&now.scripts);
    for (key, olds) in old {
        let news = new.remove(&key).unwrap_or_default();
        let mut news = news.into_iter();
        for o in olds {
            match news.next() {
                Some(n) if n != o => changes.changed.push((o, n)),
                Some(_) => {}
                None => changes.removed.push(o),
            }
        }
        changes.added.extend(news);
    }
    changes.added.extend(new.into_values().flatten());
    changes.added.sort();
    changes.removed.sort();
    let names: std::collections::BTreeSet<&String> =
        before.headers.keys().chain(now.headers.keys()).collect();
    for name in names {
        let (b, n) = (before.headers.get(name), now.headers.get(name));
        if b != n {
            changes.headers.push((name.clone(), b.cloned(), n.cloned()));
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::checkout_page::elements;

    fn page() -> Url {
        Url::parse("https://shop.example/checkout").unwrap()
    }

    fn inventory(html: &str) -> Inventory {
        Inventory {
            version: VERSION,
            url: page().to_string(),
            scripts: scripts(&elements(html), &page()),
            headers: BTreeMap::new(),
        }
    }

    #[test]
    fn scripts_are_listed_with_their_attributes_and_inline_hashes() {
        let inv = inventory(
            r#"<script src="https://sdk.mercadopago.com/js/v2"></script>
            <script src="/app.js" integrity="sha384-x" crossorigin nonce="r4nd0m"></script>
            <script type="application/ld+json">{"a":1}</script>
            <script type="module">alert(1)</script>"#,
        );
        assert_eq!(inv.scripts.len(), 3, "{:?}", inv.scripts);
        let app = inv
            .scripts
            .iter()
            .find(|s| s.src.as_deref() == Some("https://shop.example/app.js"))
            .unwrap();
        assert_eq!(app.integrity.as_deref(), Some("sha384-x"));
        assert_eq!(app.crossorigin.as_deref(), Some(""));
        assert!(app.nonce);
        let inline = inv.scripts.iter().find(|s| s.inline.is_some()).unwrap();
        // The hash a CSP would list for `alert(1)`.
        assert_eq!(
            inline.inline.as_deref(),
            Some("sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=")
        );
        let json = inv.to_json();
        assert!(!json.contains("r4nd0m"), "{json}");
        assert_eq!(Inventory::from_json(&json).unwrap(), inv);
    }

    /// A script inside inline SVG runs as an HTML one does, loading from `href` (or
    /// `xlink:href`): a place to hide a skimmer, so it is inventoried like any other.
    #[test]
    fn scripts_inside_inline_svg_are_listed() {
        let inv = inventory(
            r#"<svg><script href="https://cdn.example/a.js"/><script xlink:href="/b.js"></script>
            <script src="/not-in-svg.js"></script><script>steal(&quot;x&quot;)</script></svg>
            <script href="/html-ignores-href.js">boot()</script>"#,
        );
        let srcs: Vec<&str> = inv
            .scripts
            .iter()
            .filter_map(|s| s.src.as_deref())
            .collect();
        assert_eq!(
            srcs,
            ["https://cdn.example/a.js", "https://shop.example/b.js"],
            "{:?}",
            inv.scripts
        );
        let inline: Vec<&str> = inv
            .scripts
            .iter()
            .filter_map(|s| s.inline.as_deref())
            .collect();
        // The SVG script's text, entities decoded as a browser runs it; the HTML one whose
        // `href` a browser ignores; and the SVG one with `src` only, which is inline there.
        assert_eq!(inline.len(), 3, "{:?}", inv.scripts);
        for text in [r#"steal("x")"#, "boot()", ""] {
            assert!(inline.contains(&hash(text).as_str()), "{text}: {inline:?}");
        }
    }

    #[test]
    fn changes_are_added_removed_and_changed() {
        let before = inventory(
            r#"<script src="/a.js"></script><script src="/b.js"></script><script>one()</script>"#,
        );
        let same = compare(&before, &before);
        assert!(same.is_empty(), "{same:?}");
        let mut now = inventory(
            r#"<script src="/a.js" integrity="sha384-y"></script><script>two()</script><script src="/c.js"></script>"#,
        );
        now.headers
            .insert("referrer-policy".into(), "no-referrer".into());
        let c = compare(&before, &now);
        let keys = |v: &[Script]| v.iter().map(|s| s.key().to_owned()).collect::<Vec<_>>();
        assert_eq!(
            keys(&c.added),
            [hash("two()"), "https://shop.example/c.js".to_owned()]
        );
        assert_eq!(
            keys(&c.removed),
            [hash("one()"), "https://shop.example/b.js".to_owned()]
        );
        assert_eq!(c.changed.len(), 1);
        assert_eq!(c.changed[0].1.integrity.as_deref(), Some("sha384-y"));
        assert_eq!(
            c.headers,
            [(
                "referrer-policy".to_owned(),
                None,
                Some("no-referrer".to_owned())
            )]
        );
    }

    #[test]
    fn malformed_files_are_refused_in_plain_words() {
        assert!(Inventory::from_json("{").is_err());
        assert!(
            Inventory::from_json(r#"{"version":2,"url":"u","scripts":[],"headers":{}}"#)
                .unwrap_err()
                .contains("version 2")
        );
        let both = r#"{"version":1,"url":"u","scripts":[{"src":"a","inline":"b","integrity":null,"crossorigin":null,"nonce":false,"type":null}],"headers":{}}"#;
        assert!(
            Inventory::from_json(both)
                .unwrap_err()
                .contains("exactly one")
        );
    }
}
