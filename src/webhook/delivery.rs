//! Whether Mercado Pago would count an answer to its notification as delivered, and which
//! web application firewall answered in the handler's place: one judgement for the
//! `notifications` check and `webhook send`, so both always agree.

use reqwest::header::{HeaderMap, LOCATION, SERVER};

use crate::net::probe::Answer;

/// What an answer means to Mercado Pago.
#[derive(Debug, PartialEq, Eq)]
pub enum Judged {
    /// 200 or 201: delivered.
    Accepted,
    /// 3xx, with where to.
    Redirect(String),
    /// A WAF answered.
    Waf(Waf),
    /// Anything else.
    Refused(u16),
}

/// A web application firewall recognised in an answer.
#[derive(Debug, PartialEq, Eq)]
pub struct Waf {
    /// The product, as messages name it.
    pub name: &'static str,
    /// How to let Mercado Pago's POST through it.
    pub how: &'static str,
}

/// What Mercado Pago makes of `a`: 200 and 201 are delivered unless a WAF's challenge page
/// answered them; 3xx is not followed; anything else is a failed delivery.
pub fn judge(a: &Answer) -> Judged {
    match a.status {
        // A challenge page served with 200 is delivered for Mercado Pago but never reaches
        // the handler.
        200 | 201 => match waf(a.status, &a.headers, &a.body) {
            Some(w) => Judged::Waf(w),
            None => Judged::Accepted,
        },
        300..=399 => Judged::Redirect(
            a.headers
                .get(LOCATION)
                .and_then(|v| v.to_str().ok())
                .map_or_else(|| "no Location".to_owned(), str::to_owned),
        ),
        status => match waf(status, &a.headers, &a.body) {
            Some(w) => Judged::Waf(w),
            None => Judged::Refused(status),
        },
    }
}

/// Whether an answer to an `order` event is worth one more try signed over the lower-cased
/// id: a refusal a signature check gives (400, 401, 403) from the handler itself, not a
/// WAF's page (which would refuse the second as it refused the first).
pub fn order_casing_retry(a: &Answer) -> bool {
    matches!(judge(a), Judged::Refused(400 | 401 | 403))
}

/// Recognises the common WAFs and bot protections from the page they answer in place of
/// the handler. Headers such as `cf-ray` or `x-iinfo` come with every answer through those
/// services, the handler's own included, so they only count together with a block or
/// challenge page; a JSON answer is the handler's.
pub fn waf(status: u16, headers: &HeaderMap, body: &[u8]) -> Option<Waf> {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_ascii_lowercase)
    };
    let server = header(SERVER.as_str()).unwrap_or_default();
    let text = String::from_utf8_lossy(&body[..body.len().min(16 * 1024)]).to_ascii_lowercase();
    let json = header("content-type").is_some_and(|c| c.contains("json"))
        || text.trim_start().starts_with(['{', '[']);
    let blocked = matches!(status, 403 | 406 | 429 | 503);
    let has = |markers: &[&str]| markers.iter().any(|m| text.contains(m));
    let cloudflare = header("cf-mitigated").is_some()
        || has(&[
            "just a moment",
            "/cdn-cgi/challenge-platform",
            "attention required! | cloudflare",
            "cf-chl-",
        ])
        || (blocked
            && !json
            && (header("cf-ray").is_some() || server.contains("cloudflare"))
            && has(&["cloudflare"]));
    if cloudflare {
        return Some(Waf {
            name: "Cloudflare",
            how: "In Cloudflare, add a WAF custom rule for this path and method POST with action Skip (managed rules, Bot Fight Mode / Super Bot Fight Mode, rate limiting), or lower the Security Level for it: Mercado Pago cannot solve a JavaScript challenge.",
        });
    }
    if json {
        return None;
    }
    if status == 406 || has(&["mod_security", "modsecurity"]) {
        return Some(Waf {
            name: if status == 406 && !text.contains("mod") {
                "a WAF (HTTP 406 is ModSecurity's signature answer)"
            } else {
                "ModSecurity"
            },
            how: "Add a ModSecurity rule exclusion for this location (SecRuleRemoveById for the rule in the audit log, or ctl:ruleEngine=Off for this path), or ask the hosting provider to allow-list it.",
        });
    }
    if header("x-sucuri-block").is_some()
        || has(&["sucuri website firewall", "sucuri_cloudproxy_js"])
        || (blocked && header("x-sucuri-id").is_some() && has(&["access denied"]))
    {
        return Some(Waf {
            name: "Sucuri",
            how: "In the Sucuri firewall, add this path to the allow-listed URL paths.",
        });
    }
    if has(&["incapsula incident", "_incapsula_resource"]) {
        return Some(Waf {
            name: "Imperva (Incapsula)",
            how: "In Imperva, add an exception to the security rule (bot protection) for this path.",
        });
    }
    if blocked && server.contains("akamaighost") && has(&["access denied", "reference #"]) {
        return Some(Waf {
            name: "Akamai",
            how: "In Akamai, exempt this path from the bot manager and WAF policy.",
        });
    }
    if status == 403
        && (header("x-amzn-waf-action").is_some()
            || (header("x-amz-cf-id").is_some() && text.contains("request blocked")))
    {
        return Some(Waf {
            name: "AWS WAF",
            how: "In AWS WAF, add a rule that allows POST to this path ahead of the blocking rule (often a bot-control or size rule).",
        });
    }
    None
}

/// An answer as a handler would give it, for the tests of both judges of answers (this
/// module's and the notifications check's).
#[cfg(test)]
pub(crate) fn answer(status: u16, headers: &[(&'static str, &str)], body: &str) -> Answer {
    let mut h = HeaderMap::new();
    for (k, v) in headers {
        h.insert(*k, reqwest::header::HeaderValue::from_str(v).unwrap());
    }
    Answer {
        url: url::Url::parse("https://shop.example/hook").unwrap(),
        status,
        headers: h,
        body: body.as_bytes().to_vec(),
        truncated: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_handler_behind_cloudflare_is_not_a_challenge() {
        let cf = [("cf-ray", "8a1b2c3d4e5f-GRU"), ("server", "cloudflare")];
        let own = answer(403, &cf, r#"{"error":"invalid signature"}"#);
        assert!(matches!(judge(&own), Judged::Refused(403)));
        let down = answer(503, &cf, r#"{"error":"db down"}"#);
        assert!(matches!(judge(&down), Judged::Refused(503)));
        let ok = answer(200, &cf, "ok");
        assert!(matches!(judge(&ok), Judged::Accepted));
        let challenge_200 = answer(
            200,
            &[("server", "Sucuri/Cloudproxy")],
            "<script>sucuri_cloudproxy_js='';</script>",
        );
        assert!(matches!(
            judge(&challenge_200),
            Judged::Waf(Waf { name: "Sucuri", .. })
        ));
    }

    #[test]
    fn only_a_handler_s_signature_refusal_asks_for_the_other_casing() {
        for status in [400, 401, 403] {
            assert!(order_casing_retry(&answer(status, &[], "{}")), "{status}");
        }
        for status in [200, 201, 302, 404, 422, 500] {
            assert!(!order_casing_retry(&answer(status, &[], "{}")), "{status}");
        }
        let challenge = answer(
            403,
            &[("cf-ray", "8a1b2c3d4e5f-GRU"), ("server", "cloudflare")],
            "<title>Just a moment...</title>",
        );
        assert!(!order_casing_retry(&challenge));
    }

    #[test]
    fn wafs_are_named() {
        let cf = answer(
            403,
            &[("cf-ray", "8a1b2c3d4e5f-GRU"), ("server", "cloudflare")],
            "<title>Just a moment...</title>",
        );
        assert!(matches!(
            judge(&cf),
            Judged::Waf(Waf {
                name: "Cloudflare",
                ..
            })
        ));
        let modsec = answer(406, &[], "This error was generated by Mod_Security.");
        assert!(matches!(
            judge(&modsec),
            Judged::Waf(Waf {
                name: "ModSecurity",
                ..
            })
        ));
        let sucuri = answer(403, &[("x-sucuri-id", "1")], "Access Denied");
        assert!(matches!(
            judge(&sucuri),
            Judged::Waf(Waf { name: "Sucuri", .. })
        ));
        // A handler's own 403 is not a WAF.
        assert_eq!(
            judge(&answer(403, &[], "{\"error\":\"bad signature\"}")),
            Judged::Refused(403)
        );
        assert_eq!(
            judge(&answer(500, &[("cf-ray", "1")], "boom")),
            Judged::Refused(500)
        );
    }

    #[test]
    fn statuses_are_judged_as_mercado_pago_does() {
        assert_eq!(judge(&answer(200, &[], "")), Judged::Accepted);
        assert_eq!(judge(&answer(201, &[], "")), Judged::Accepted);
        assert_eq!(judge(&answer(204, &[], "")), Judged::Refused(204));
        assert_eq!(
            judge(&answer(
                302,
                &[("location", "https://www.shop.example/hook")],
                ""
            )),
            Judged::Redirect("https://www.shop.example/hook".to_owned())
        );
    }
}
