//! Sessions and one-time links: random secrets of which only the hash is stored, and
//! starting a session when someone signs in.

use chrono::{DateTime, Utc};
use rand::Rng;
use sha2::{Digest, Sha256};
use store::{sessions, Exec};

/// A random URL-safe token and its SHA-256 (the only form that is stored).
pub fn new_secret() -> (String, String) {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = hex::encode(bytes);
    let hash = hash_secret(&token);
    (token, hash)
}

pub fn hash_secret(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Starts a session for `user_id` inside the caller's transaction; returns the cookie token.
pub async fn start<'a>(
    exec: impl Into<Exec<'a>>,
    user_id: i64,
    client_ip: &str,
    user_agent: Option<&str>,
    now: DateTime<Utc>,
) -> store::Result<String> {
    start_with(exec, user_id, client_ip, user_agent, now, false).await
}

/// Starts a session, `via_provider` when the council's sign-in provider vouched for the
/// person (which stands for a second factor here).
pub async fn start_with<'a>(
    exec: impl Into<Exec<'a>>,
    user_id: i64,
    client_ip: &str,
    user_agent: Option<&str>,
    now: DateTime<Utc>,
    via_provider: bool,
) -> store::Result<String> {
    let (token, hash) = new_secret();
    let agent: Option<String> = user_agent.map(|ua| ua.chars().take(300).collect());
    let session = sessions::NewSession {
        id_hash: &hash,
        user_id,
        expires_at: domain::sessions::expiry(now, now),
        client_ip: Some(client_ip),
        user_agent: agent.as_deref(),
        via_provider,
    };
    sessions::create(exec, &session, now).await?;
    Ok(token)
}
