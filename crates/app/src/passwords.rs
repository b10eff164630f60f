//! Password hashing with Argon2id (PHC strings), off the async threads.

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::Argon2;

pub async fn hash(password: String) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || {
        // A random salt from the operating system is drawn for each hash.
        Argon2::default()
            .hash_password(password.as_bytes())
            .map(|h| h.to_string())
            .map_err(|e| anyhow::anyhow!("could not hash password: {e}"))
    })
    .await?
}

/// Checks a password against a stored hash. With no hash (no such account) it still does
/// the work, so response times do not tell which accounts exist.
pub async fn verify(password: String, stored: Option<String>) -> anyhow::Result<bool> {
    tokio::task::spawn_blocking(move || {
        let stored = stored.unwrap_or_else(|| DUMMY_HASH.to_string());
        let parsed = PasswordHash::new(&stored).map_err(|e| anyhow::anyhow!("stored hash is not valid: {e}"))?;
        let matches = Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok();
        Ok(matches && stored != DUMMY_HASH)
    })
    .await?
}

/// The Argon2id hash of a random string nobody knows, used when an account does not exist.
const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$ZbJ5GIxVwKvpSITYNdbLONpQmBMo6GeWXjlBLOpc5n4";

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn hashes_and_verifies() {
        let hash = super::hash("correct horse battery".into()).await.unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(super::verify("correct horse battery".into(), Some(hash.clone()))
            .await
            .unwrap());
        assert!(!super::verify("wrong horse battery".into(), Some(hash)).await.unwrap());
        assert!(!super::verify("anything".into(), None).await.unwrap());
    }

    #[tokio::test]
    async fn hashes_stored_before_argon2_0_6_still_verify() {
        // Made by argon2 0.5, which the service used until December 2026.
        let stored =
            "$argon2id$v=19$m=19456,t=2,p=1$/3irzfPLSilDQ20GLylt7w$BFcjt8xHZzeFB/X+2+dzm2vHMpYYNmrIfONsFc9sQnI";
        assert!(super::verify("correct horse battery".into(), Some(stored.into()))
            .await
            .unwrap());
        assert!(!super::verify("wrong horse battery".into(), Some(stored.into()))
            .await
            .unwrap());
    }
}
