//! Typed bodies of the Mercado Pago API answers mp-golive reads. Every field that is not
//! essential is optional: the API adds and drops fields, and a missing extra must not turn
//! a good answer into a decoding error.

use serde::{Deserialize, Deserializer};

/// `GET /users/me`.
#[derive(Debug, Clone, Deserialize)]
pub struct User {
    /// The user id; the access token's last segment.
    #[serde(deserialize_with = "id")]
    pub id: String,
    /// The account nickname (`TESTUSER…` for test users).
    pub nickname: Option<String>,
    /// The site, such as `MLB`.
    pub site_id: Option<String>,
    /// `test_user` marks a test account.
    #[serde(default, deserialize_with = "null_as_default")]
    pub tags: Vec<String>,
}

impl User {
    /// The rule Mercado Pago's own WooCommerce plugin uses.
    pub fn is_test_user(&self) -> bool {
        self.tags.iter().any(|t| t == "test_user")
    }
}

/// `GET /plugins-credentials-wrapper/credentials`, called by Mercado Pago's plugins.
#[derive(Debug, Clone, Deserialize)]
pub struct AppCredentials {
    /// The application the credential belongs to.
    #[serde(default, deserialize_with = "opt_id")]
    pub client_id: Option<String>,
    /// The account the credential belongs to.
    #[serde(default, deserialize_with = "opt_id")]
    pub user_id: Option<String>,
    /// The site.
    pub site_id: Option<String>,
    /// True for test credentials.
    pub is_test: Option<bool>,
    /// False until production credentials are activated.
    pub homologated: Option<bool>,
}

/// Ids come as numbers or strings; both are kept as their decimal text.
fn id<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    opt_id(d)?.ok_or_else(|| serde::de::Error::custom("missing id"))
}

fn opt_id<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    match Option::<serde_json::Value>::deserialize(d)? {
        None | Some(serde_json::Value::Null) => Ok(None),
        Some(serde_json::Value::Number(n)) => Ok(Some(n.to_string())),
        Some(serde_json::Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(serde::de::Error::custom(format!(
            "expected an id, got {other}"
        ))),
    }
}

fn null_as_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_accept_numbers_and_strings() {
        let u: User = serde_json::from_str(r#"{"id": 123, "tags": null}"#).unwrap();
        assert_eq!(u.id, "123");
        assert!(!u.is_test_user());
        let c: AppCredentials =
            serde_json::from_str(r#"{"client_id": "1234567890123456", "homologated": true}"#)
                .unwrap();
        assert_eq!(c.client_id.as_deref(), Some("1234567890123456"));
        assert_eq!(c.user_id, None);
    }
}
