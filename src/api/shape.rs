//! The shapes of Mercado Pago's credentials: what an access token and a public key look
//! like. The configuration judges with them whether a token may be sent at all; the checks,
//! what a token or key found somewhere says about the account.

/// An access token, split leniently: the prefix, the application and the owner's user id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenParts {
    /// `APP_USR` or `TEST`.
    pub prefix: &'static str,
    /// The first numeric segment after the prefix.
    pub client_id: Option<String>,
    /// The digits that end the token.
    pub user_id: String,
}

/// Parses an access token: `<PREFIX>-<client_id>-<6 digits>-<hex>[suffix]-<user_id>`.
/// Only the prefix and the trailing user id are required (high confidence); the middle is
/// read when it is there.
pub fn parse_access_token(token: &str) -> Result<TokenParts, &'static str> {
    if !token
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err("it holds characters no Mercado Pago token has");
    }
    let (prefix, rest) = split_prefix(token).ok_or("it does not start with APP_USR- or TEST-")?;
    if is_uuid(rest) {
        return Err("it looks like a public key, not an access token: the two may be swapped");
    }
    let segments: Vec<&str> = rest.split('-').collect();
    if segments.len() < 3 {
        return Err("it has too few `-`-separated parts");
    }
    let last = segments[segments.len() - 1];
    let user_id: String = last.chars().skip_while(|c| !c.is_ascii_digit()).collect();
    if user_id.is_empty() || !user_id.bytes().all(|b| b.is_ascii_digit()) {
        return Err("it does not end with the account's user id");
    }
    let client_id = segments
        .first()
        .filter(|s| s.len() >= 6 && s.bytes().all(|b| b.is_ascii_digit()))
        .map(|s| (*s).to_owned());
    Ok(TokenParts {
        prefix,
        client_id,
        user_id,
    })
}

/// Checks the shape of a public key: `<PREFIX>-<uuid>`. Returns the prefix.
pub fn parse_public_key(key: &str) -> Result<&'static str, &'static str> {
    let (prefix, rest) = split_prefix(key).ok_or("it does not start with APP_USR- or TEST-")?;
    if is_uuid(rest) {
        return Ok(prefix);
    }
    if parse_access_token(key).is_ok() {
        return Err(
            "it looks like an access token, not a public key: the two may be swapped (and the token then sits in a non-secret place; renew it)",
        );
    }
    Err("it is not APP_USR- followed by a UUID (8-4-4-4-12 hex digits)")
}

fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn split_prefix(s: &str) -> Option<(&'static str, &str)> {
    if let Some(rest) = s.strip_prefix("APP_USR-") {
        Some(("APP_USR", rest))
    } else {
        s.strip_prefix("TEST-").map(|rest| ("TEST", rest))
    }
}
