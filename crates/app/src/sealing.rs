//! Secrets the service must read back (authenticator secrets) are kept sealed at rest with
//! AES-256-GCM under a key from configuration (ADR 0025), so a copy of the database or a
//! backup alone does not give them away. A sealed value is `v1:` and the hex of a random
//! nonce followed by the ciphertext and its tag.

use rand::Rng;
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};

const PREFIX: &str = "v1:";
/// Binds every sealed value to this service and format.
const CONTEXT: &[u8] = b"microcontracts sealed secret v1";

/// The key: 32 bytes, given as 64 hex digits.
#[derive(Clone)]
pub struct SealingKey(std::sync::Arc<LessSafeKey>);

impl std::fmt::Debug for SealingKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SealingKey(…)")
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SealingError {
    #[error("the secrets key must be 64 hexadecimal digits (32 bytes)")]
    BadKey,
    #[error("a sealed secret could not be opened: damaged, or sealed under another key")]
    Unreadable,
}

impl SealingKey {
    pub fn from_hex(text: &str) -> Result<Self, SealingError> {
        let bytes = hex::decode(text.trim()).map_err(|_| SealingError::BadKey)?;
        let key = UnboundKey::new(&AES_256_GCM, &bytes).map_err(|_| SealingError::BadKey)?;
        Ok(Self(std::sync::Arc::new(LessSafeKey::new(key))))
    }

    /// A new random key, as 64 hex digits (for a key file made on first start).
    pub fn new_hex() -> String {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        hex::encode(bytes)
    }

    /// A new random key, for tests and one-off runs that keep nothing.
    pub fn random() -> Self {
        Self::from_hex(&Self::new_hex()).unwrap_or_else(|_| unreachable!("64 hex digits make a key"))
    }

    pub fn seal(&self, secret: &str) -> String {
        let mut nonce = [0u8; NONCE_LEN];
        rand::rng().fill_bytes(&mut nonce);
        let mut sealed = secret.as_bytes().to_vec();
        // Sealing only fails for inputs of gigabytes.
        if self
            .0
            .seal_in_place_append_tag(Nonce::assume_unique_for_key(nonce), Aad::from(CONTEXT), &mut sealed)
            .is_err()
        {
            return String::new();
        }
        format!("{PREFIX}{}{}", hex::encode(nonce), hex::encode(sealed))
    }

    /// The secret in `stored`. A value written before sealing existed (no `v1:`) is
    /// returned as it is; `is_sealed` tells them apart.
    pub fn open(&self, stored: &str) -> Result<String, SealingError> {
        let Some(sealed) = stored.strip_prefix(PREFIX) else {
            return Ok(stored.to_string());
        };
        let bytes = hex::decode(sealed).map_err(|_| SealingError::Unreadable)?;
        if bytes.len() < NONCE_LEN {
            return Err(SealingError::Unreadable);
        }
        let (nonce, rest) = bytes.split_at(NONCE_LEN);
        let nonce = Nonce::try_assume_unique_for_key(nonce).map_err(|_| SealingError::Unreadable)?;
        let mut rest = rest.to_vec();
        let plain = self
            .0
            .open_in_place(nonce, Aad::from(CONTEXT), &mut rest)
            .map_err(|_| SealingError::Unreadable)?;
        String::from_utf8(plain.to_vec()).map_err(|_| SealingError::Unreadable)
    }
}

/// Whether a stored value is sealed (rather than kept from before sealing existed).
pub fn is_sealed(stored: &str) -> bool {
    stored.starts_with(PREFIX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_secret_opens_only_under_its_key() {
        let key = SealingKey::random();
        let sealed = key.seal("JBSWY3DPEHPK3PXP");
        assert!(is_sealed(&sealed));
        assert!(!sealed.contains("JBSWY3DPEHPK3PXP"));
        assert_ne!(sealed, key.seal("JBSWY3DPEHPK3PXP"), "a fresh nonce each time");
        assert_eq!(key.open(&sealed).as_deref(), Ok("JBSWY3DPEHPK3PXP"));
        assert_eq!(SealingKey::random().open(&sealed), Err(SealingError::Unreadable));
        let mut damaged = sealed.clone();
        let flipped = if sealed.ends_with('0') { "1" } else { "0" };
        damaged.replace_range(sealed.len() - 1.., flipped);
        assert_eq!(key.open(&damaged), Err(SealingError::Unreadable));
        assert_eq!(key.open("v1:zz"), Err(SealingError::Unreadable));
        assert_eq!(key.open("v1:00"), Err(SealingError::Unreadable));
        assert_eq!(
            key.open("JBSWY3DPEHPK3PXP").as_deref(),
            Ok("JBSWY3DPEHPK3PXP"),
            "kept from before"
        );
    }

    #[test]
    fn keys_are_64_hex_digits() {
        assert!(SealingKey::from_hex(&SealingKey::new_hex()).is_ok());
        assert_eq!(SealingKey::from_hex("abc").err(), Some(SealingError::BadKey));
        assert_eq!(SealingKey::from_hex(&"g".repeat(64)).err(), Some(SealingError::BadKey));
        assert_eq!(SealingKey::from_hex(&"00".repeat(16)).err(), Some(SealingError::BadKey));
    }
}
