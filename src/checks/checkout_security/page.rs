//! What the payment page shows, read once from the answer `checkout-page` fetched: its
//! elements, its `<meta>` policies and referrer, its text, and its inventory as a baseline
//! records it. The judges read this, never the raw answer's HTML again.

use html5ever::local_name;
use url::Url;

use super::inventory::{self, Inventory};
use crate::checks::checkout_page::{Element, elements};
use crate::net::probe::Answer;

/// What the page shows, read once.
pub(super) struct Read {
    /// The judged elements, in document order.
    pub elements: Vec<Element>,
    /// What relative URLs resolve against.
    pub base: Url,
    /// `<meta http-equiv="Content-Security-Policy">` contents.
    pub meta_policies: Vec<String>,
    /// `<meta name="referrer">` content, the last one.
    pub meta_referrer: Option<String>,
    /// The whole HTML, for the integration's tell-tale strings.
    pub text: String,
    /// Scripts and headers, as a baseline records them.
    pub inventory: Inventory,
}

/// Reads the page's elements, policies and inventory.
pub(super) fn read_page(answer: &Answer) -> Read {
    let text = String::from_utf8_lossy(&answer.body).into_owned();
    let elements = elements(&text);
    let base = elements
        .iter()
        .filter(|e| e.name == local_name!("base"))
        .find_map(|e| e.attr("href"))
        .and_then(|h| answer.url.join(h.trim()).ok())
        .unwrap_or_else(|| answer.url.clone());
    let metas = || elements.iter().filter(|e| e.name == local_name!("meta"));
    let meta_policies: Vec<String> = metas()
        .filter(|e| {
            e.attr("http-equiv")
                .is_some_and(|v| v.trim().eq_ignore_ascii_case("content-security-policy"))
        })
        .filter_map(|e| e.attr("content").map(str::to_owned))
        .collect();
    let meta_referrer = metas()
        .filter(|e| {
            e.attr("name")
                .is_some_and(|n| n.eq_ignore_ascii_case("referrer"))
        })
        .filter_map(|e| e.attr("content").map(str::to_owned))
        .next_back();
    let inventory = Inventory {
        version: inventory::VERSION,
        url: answer.url.to_string(),
        scripts: inventory::scripts(&elements, &base),
        headers: inventory::headers(&answer.headers, &meta_policies),
    };
    Read {
        elements,
        base,
        meta_policies,
        meta_referrer,
        text,
        inventory,
    }
}
