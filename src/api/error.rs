//! What can go wrong when asking the Mercado Pago API, and Mercado Pago's error envelope
//! (`message`, `error`, `status`, `cause[]`) turned into one readable line.

use serde_json::Value;

use crate::i18n::{Lang, Localized};
use crate::tr;

/// The API could not be asked, or its answer could not be read. HTTP error statuses are
/// not errors here: they are answers ([`Refusal`]) that checks interpret.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ApiError {
    /// Connecting or sending failed (after retries where allowed).
    #[error("{endpoint}: {reason}")]
    Transport {
        /// Method and path, such as `GET /users/me`.
        endpoint: String,
        /// A short reason: "connection refused", "no answer within 10 s".
        reason: String,
    },
    /// The answer was larger than the cap.
    #[error(
        "{endpoint}: the answer is larger than {limit} bytes, which no Mercado Pago resource is"
    )]
    TooLarge {
        /// Method and path.
        endpoint: String,
        /// The cap in bytes.
        limit: usize,
    },
    /// A success status with a body that is not the expected JSON.
    #[error("{endpoint}: {detail}")]
    Decode {
        /// Method and path.
        endpoint: String,
        /// What was wrong: an HTML page, truncated JSON, a missing field.
        detail: String,
    },
}

/// A non-2xx answer of the API, with the error envelope when it had one.
#[derive(Debug, Clone)]
pub struct Refusal {
    /// Method and path.
    pub endpoint: String,
    /// The HTTP status.
    pub status: u16,
    /// `message` of the envelope (secrets scrubbed).
    pub message: Option<String>,
    /// `error` of the envelope, such as `bad_request`.
    pub error: Option<String>,
    /// `cause[]` codes and descriptions.
    pub causes: Vec<(String, String)>,
    /// True when the body was an HTML page (a gateway or proxy, not the API itself).
    pub html: bool,
    /// How many times the request was sent.
    pub attempts: u32,
}

impl Refusal {
    /// Rate limits and server errors: the API did not decide anything.
    pub fn is_transient(&self) -> bool {
        self.status == 429 || self.status >= 500
    }

    /// True when a cause has this code (numbers and strings compare alike).
    pub fn has_cause(&self, code: &str) -> bool {
        self.causes.iter().any(|(c, _)| c == code)
    }

    /// `HTTP 401 (invalid_token)`, `HTTP 400 (Params Error; cause 1001: public key not found)`,
    /// `HTTP 502 with an HTML page instead of JSON (after 3 attempts)`.
    pub fn describe(&self) -> String {
        self.describe_in(Lang::En)
    }

    /// [`Refusal::describe`] in `lang`: mp-golive's words translated, Mercado Pago's
    /// (`message`, `error`, cause descriptions) quoted as they came.
    pub fn describe_in(&self, lang: Lang) -> String {
        let mut s = format!("HTTP {}", self.status);
        if self.html {
            s.push(' ');
            s.push_str(&tr!(lang, "api-refusal-html"));
        } else {
            let mut parts = Vec::new();
            if let Some(m) = self.message.as_deref().filter(|m| !m.is_empty()) {
                parts.push(m.to_owned());
            } else if let Some(e) = self.error.as_deref().filter(|e| !e.is_empty()) {
                parts.push(e.to_owned());
            }
            for (code, desc) in &self.causes {
                if desc.is_empty() || Some(desc.as_str()) == self.message.as_deref() {
                    parts.push(tr!(lang, "api-refusal-cause", code = code.as_str()));
                } else {
                    parts.push(tr!(
                        lang,
                        "api-refusal-cause-described",
                        code = code.as_str(),
                        description = desc.as_str()
                    ));
                }
            }
            if !parts.is_empty() {
                s.push_str(&format!(" ({})", parts.join("; ")));
            }
        }
        if self.attempts > 1 {
            s.push(' ');
            s.push_str(&tr!(lang, "api-refusal-attempts", count = self.attempts));
        }
        s
    }
}

impl Localized for Refusal {
    /// `GET /users/me answered HTTP 401 (invalid_token)`, in `lang`.
    fn text_in(&self, lang: Lang) -> String {
        tr!(
            lang,
            "api-refusal",
            endpoint = self.endpoint.as_str(),
            answer = self.describe_in(lang)
        )
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text_in(Lang::En))
    }
}

impl Localized for ApiError {
    /// The error in `lang`. A transport reason and a decoding detail are the network
    /// layer's and the parser's, in English (see README, "Language").
    fn text_in(&self, lang: Lang) -> String {
        match self {
            ApiError::TooLarge { endpoint, limit } => tr!(
                lang,
                "api-too-large",
                endpoint = endpoint.as_str(),
                limit = *limit
            ),
            other => other.to_string(),
        }
    }
}

/// Reads Mercado Pago's error envelope leniently: `cause` may be a list, an object or null,
/// codes numbers or strings; the reports API says `errorKey`.
pub fn parse_envelope(body: &[u8]) -> (Option<String>, Option<String>, Vec<(String, String)>) {
    let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(body) else {
        return (None, None, Vec::new());
    };
    let text = |v: Option<&Value>| match v {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let message = text(map.get("message"));
    let error = text(map.get("error"))
        .or_else(|| text(map.get("errorKey")).or_else(|| text(map.get("code"))));
    let cause_of = |v: &Value| {
        let code = text(v.get("code")).unwrap_or_default();
        let desc = text(v.get("description"))
            .or_else(|| text(v.get("message")))
            .unwrap_or_default();
        (code, desc)
    };
    let causes = match map.get("cause") {
        Some(Value::Array(items)) => items
            .iter()
            .map(cause_of)
            .filter(|(c, d)| !c.is_empty() || !d.is_empty())
            .collect(),
        Some(obj @ Value::Object(_)) => vec![cause_of(obj)],
        _ => Vec::new(),
    };
    (message, error, causes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal(status: u16, body: &str) -> Refusal {
        let (message, error, causes) = parse_envelope(body.as_bytes());
        Refusal {
            endpoint: "GET /x".into(),
            status,
            message,
            error,
            causes,
            html: false,
            attempts: 1,
        }
    }

    #[test]
    fn envelope_variants_read_well() {
        let r = refusal(
            400,
            r#"{"message":"Params Error","error":"bad_request","status":400,"cause":[{"code":"1001","description":"public key not found"}]}"#,
        );
        assert_eq!(
            r.describe(),
            "HTTP 400 (Params Error; cause 1001: public key not found)"
        );
        assert!(r.has_cause("1001"));
        let r = refusal(
            401,
            r#"{"message":"Must provide your access_token to proceed","error":"unauthorized","status":401,"cause":[{"code":5,"description":"Must provide your access_token to proceed","data":null}]}"#,
        );
        assert_eq!(
            r.describe(),
            "HTTP 401 (Must provide your access_token to proceed; cause 5)"
        );
        let r = refusal(403, r#"{"errorKey":"forbidden"}"#);
        assert_eq!(r.describe(), "HTTP 403 (forbidden)");
        let r = refusal(404, r#"{"code":"not_found","message":"x","cause":null}"#);
        assert_eq!(r.describe(), "HTTP 404 (x)");
        assert_eq!(refusal(500, "oops").describe(), "HTTP 500");
    }
}
