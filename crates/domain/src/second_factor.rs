//! A second factor for password accounts (SPEC §4.1): time-based one-time codes (RFC 6238:
//! HMAC-SHA-1, six digits, 30-second steps, one step either side for a slow clock or
//! typist), each accepted once, and one-time recovery codes for a lost device.

use totp_rs::{Builder, Secret};

/// Bytes of randomness in a secret: 160 bits, as RFC 4226 recommends.
pub const SECRET_BYTES: usize = 20;
/// Recovery codes given at a time.
pub const RECOVERY_CODES: usize = 10;
/// Characters of a recovery code (shown in two groups of five): no 0/o, 1/l/i to misread.
pub const RECOVERY_LENGTH: usize = 10;
pub const RECOVERY_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
/// Who issues the codes, as authenticator apps show it.
pub const ISSUER: &str = "Microcontracts";

/// The secret as people type it into an authenticator app: base32 (RFC 4648).
pub fn secret_text(bytes: &[u8]) -> String {
    Secret::from(bytes.to_vec()).to_base32()
}

/// The `otpauth://` address an authenticator app reads from a QR code.
pub fn otpauth_url(account: &str, secret_base32: &str) -> String {
    let label: String = url::form_urlencoded::byte_serialize(format!("{ISSUER}:{account}").as_bytes()).collect();
    format!("otpauth://totp/{label}?secret={secret_base32}&issuer={ISSUER}&algorithm=SHA1&digits=6&period=30")
}

/// What someone typed at the second step of signing in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Typed {
    /// Six digits from the authenticator app.
    Code(String),
    /// A recovery code, without spaces or hyphens, in lower case.
    Recovery(String),
    /// Neither.
    Unreadable,
}

/// Reads a code as typed: spaces and hyphens are ignored; six digits are an app's code,
/// ten characters of the recovery alphabet a recovery code.
pub fn read_typed(input: &str) -> Typed {
    let plain: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_lowercase)
        .collect();
    if plain.len() == 6 && plain.bytes().all(|b| b.is_ascii_digit()) {
        Typed::Code(plain)
    } else if plain.len() == RECOVERY_LENGTH && plain.bytes().all(|b| RECOVERY_ALPHABET.contains(&b)) {
        Typed::Recovery(plain)
    } else {
        Typed::Unreadable
    }
}

/// A recovery code as shown: two groups of five.
pub fn show_recovery(code: &str) -> String {
    let (a, b) = code.split_at(code.len().min(5));
    format!("{a}-{b}")
}

/// The time step of `code` if it is right for the secret at `unix_seconds` (give or take a
/// step) and later than `last_step`, the last one accepted: each code works once.
pub fn matching_step(secret_base32: &str, code: &str, unix_seconds: i64, last_step: i64) -> Option<i64> {
    let secret = Secret::try_from_base32(secret_base32).ok()?;
    let totp = Builder::new().with_secret(secret).build().ok()?;
    let time = u64::try_from(unix_seconds).ok()?;
    let step = i64::try_from(totp.check(code, time)?).ok()?;
    (step > last_step).then_some(step)
}

/// The code the secret gives at `unix_seconds` (for tests and the demo's instructions).
pub fn code_at(secret_base32: &str, unix_seconds: i64) -> Option<String> {
    let secret = Secret::try_from_base32(secret_base32).ok()?;
    let totp = Builder::new().with_secret(secret).build().ok()?;
    Some(totp.generate(u64::try_from(unix_seconds).ok()?).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B's SHA-1 secret, "12345678901234567890".
    fn rfc_secret() -> String {
        secret_text(b"12345678901234567890")
    }

    #[test]
    fn codes_follow_rfc_6238() {
        assert_eq!(rfc_secret(), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        // The appendix's eight-digit codes, of which six digits are ours.
        for (time, code) in [(59, "287082"), (1_111_111_109, "081804"), (1_234_567_890, "005924")] {
            assert_eq!(code_at(&rfc_secret(), time).as_deref(), Some(code));
        }
        assert_eq!(matching_step(&rfc_secret(), "287082", 59, 0), Some(1));
    }

    #[test]
    fn a_code_works_once_and_near_its_time_only() {
        let secret = rfc_secret();
        let now = 1_234_567_890;
        let code = code_at(&secret, now).unwrap();
        let step = now / 30;
        assert_eq!(matching_step(&secret, &code, now, 0), Some(step));
        assert_eq!(matching_step(&secret, &code, now, step), None, "used already");
        assert_eq!(matching_step(&secret, &code, now + 30, 0), Some(step), "a step late");
        assert_eq!(matching_step(&secret, &code, now + 90, 0), None, "too late");
        assert_eq!(
            matching_step(&secret, "000000", now, 0).filter(|_| code != "000000"),
            None
        );
        assert_eq!(matching_step("not base32!", &code, now, 0), None);
    }

    #[test]
    fn typed_codes_are_read_either_way() {
        assert_eq!(read_typed(" 123 456 "), Typed::Code("123456".into()));
        assert_eq!(read_typed("ABCDE-FGH23"), Typed::Recovery("abcdefgh23".into()));
        for bad in ["", "12345", "1234567", "abcde-fghi0", "=1+2", "١٢٣٤٥٦"] {
            assert_eq!(read_typed(bad), Typed::Unreadable, "{bad}");
        }
        assert_eq!(show_recovery("abcdefgh23"), "abcde-fgh23");
    }

    #[test]
    fn the_app_reads_the_address() {
        let url = otpauth_url("mei@leeds.gov.uk", "ABC");
        assert_eq!(
            url,
            "otpauth://totp/Microcontracts%3Amei%40leeds.gov.uk?secret=ABC&issuer=Microcontracts&algorithm=SHA1&digits=6&period=30"
        );
    }
}
