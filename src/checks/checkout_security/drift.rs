//! The page against its committed baseline (PCI DSS 11.6.1): every script added, removed or
//! changed, every security header changed, each a finding of its own.

use super::inventory::{self, Changes, Inventory, Script};
use super::{BaselineFile, BaselineState, Code, META};
use crate::i18n::Lang;
use crate::report::Outcome;
use crate::tr;

/// The page against its baseline: every script added, removed or changed, every header.
pub(super) fn compare(lang: Lang, file: &BaselineFile, now: &Inventory, out: &mut Outcome) {
    let path = file.path.display().to_string();
    let before = match &file.state {
        BaselineState::Loaded(inv) => inv,
        BaselineState::Absent if !file.explicit => {
            out.push(META.finding(
                Code::NoBaseline,
                tr!(lang, "checkout-security-no-baseline", path = path.as_str()),
            ));
            return;
        }
        BaselineState::Absent => {
            super::internal(lang, out, &format!("the baseline {path} does not exist"));
            return;
        }
        BaselineState::Unusable(why) => {
            super::internal(lang, out, &format!("the baseline {path}: {why}"));
            return;
        }
    };
    if before.url != now.url {
        out.push(META.finding(
            Code::BaselineOtherPage,
            tr!(
                lang,
                "checkout-security-baseline-other-page",
                path = path.as_str(),
                baseline = before.url.as_str(),
                url = now.url.as_str()
            ),
        ));
    }
    let Changes {
        added,
        removed,
        changed,
        headers,
    } = inventory::compare(before, now);
    let absent = tr!(lang, "checkout-security-absent");
    for (code, id, scripts) in [
        (Code::ScriptAdded, "checkout-security-script-added", &added),
        (
            Code::ScriptRemoved,
            "checkout-security-script-removed",
            &removed,
        ),
    ] {
        for s in scripts {
            out.push(META.finding(
                code,
                tr!(lang, id, script = describe(lang, s), path = path.as_str()),
            ));
        }
    }
    for (b, n) in &changed {
        let attrs = attribute_changes(b, n, &absent);
        out.push(META.finding(
            Code::ScriptChanged,
            tr!(
                lang,
                "checkout-security-script-changed",
                script = describe(lang, n),
                changes = attrs.as_str()
            ),
        ));
    }
    for (name, b, n) in &headers {
        out.push(META.finding(
            Code::HeaderChanged,
            tr!(
                lang,
                "checkout-security-header-changed",
                header = name.as_str(),
                before = b.as_deref().unwrap_or(&absent),
                now = n.as_deref().unwrap_or(&absent)
            ),
        ));
    }
}

/// A script as a message names it: its URL, or "an inline script sha256-…".
fn describe(lang: Lang, s: &Script) -> String {
    match (&s.src, &s.inline) {
        (Some(src), _) => src.clone(),
        (None, Some(hash)) => tr!(
            lang,
            "checkout-security-inline-script",
            hash = hash.as_str()
        ),
        (None, None) => String::new(),
    }
}

/// `integrity: a → b; nonce: false → true`.
fn attribute_changes(b: &Script, n: &Script, absent: &str) -> String {
    let show = |v: &Option<String>| v.clone().unwrap_or_else(|| absent.to_owned());
    let mut parts = Vec::new();
    for (name, before, now) in [
        ("integrity", show(&b.integrity), show(&n.integrity)),
        ("crossorigin", show(&b.crossorigin), show(&n.crossorigin)),
        ("nonce", b.nonce.to_string(), n.nonce.to_string()),
        ("type", show(&b.kind), show(&n.kind)),
    ] {
        if before != now {
            parts.push(format!("{name}: {before} → {now}"));
        }
    }
    parts.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Status;

    fn inventory() -> Inventory {
        Inventory {
            version: inventory::VERSION,
            url: "https://shop.example/checkout".to_owned(),
            scripts: Vec::new(),
            headers: Default::default(),
        }
    }

    /// A state `before_check` refuses that still reached the comparison (a context built
    /// without it): `error`, never a comparison with nothing.
    #[test]
    fn a_refused_baseline_that_reaches_the_check_is_an_error() {
        for (state, explicit) in [
            (BaselineState::Absent, true),
            (BaselineState::Unusable("not JSON".to_owned()), false),
        ] {
            let file = BaselineFile {
                path: "given.json".into(),
                explicit,
                state,
            };
            let mut out = Outcome::default();
            compare(Lang::En, &file, &inventory(), &mut out);
            assert_eq!(out.status(), Status::Error, "{out:?}");
            assert!(out.findings[0].message.contains("given.json"), "{out:?}");
        }
        // The default file that is not there is only info.
        let file = BaselineFile {
            path: "mp-golive.scripts.json".into(),
            explicit: false,
            state: BaselineState::Absent,
        };
        let mut out = Outcome::default();
        compare(Lang::En, &file, &inventory(), &mut out);
        assert_eq!(out.status(), Status::Pass, "{out:?}");
    }
}
