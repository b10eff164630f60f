//! Council sign-in through the council's own OpenID Connect provider (SPEC §4.1): what a
//! provider's settings must be, and who an ID token's claims may sign in as.

use crate::email::EmailAddress;
use crate::text;
use crate::ValidationErrors;

const ISSUER_MAX_CHARS: usize = 300;
const CLIENT_ID_MAX_CHARS: usize = 255;
const CLIENT_SECRET_MAX_CHARS: usize = 1000;

/// How long a sign-in may take at the provider, from leaving to coming back.
pub const SIGN_IN_MINUTES: i64 = 10;
/// How long a finished or abandoned sign-in is kept before housekeeping deletes it.
pub const SIGN_INS_KEPT_HOURS: i64 = 24;

/// A provider's settings as a council admin typed them, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// As the provider gives it: the ID token's `iss` must equal it exactly.
    pub issuer: String,
    pub client_id: String,
    /// None keeps the secret already kept (the form never shows it).
    pub client_secret: Option<String>,
    pub required: bool,
    pub domains: Vec<String>,
}

/// What a council admin typed on the provider's form.
#[derive(Debug, Clone, Default)]
pub struct Typed<'a> {
    pub issuer: &'a str,
    pub client_id: &'a str,
    pub client_secret: &'a str,
    pub required: bool,
    pub domains: &'a [String],
}

/// Checks a provider's settings: the issuer an https address (http only on this machine's
/// loopback, for tests), a client id, a secret when none is kept yet, and at least one of
/// the council's own domains.
pub fn check(typed: &Typed<'_>, council_domains: &[String], secret_kept: bool) -> Result<Settings, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let issuer = errors.check("issuer", issuer(typed.issuer));
    let client_id = errors.check(
        "client_id",
        text::with_keys(
            text::single_line(typed.client_id, CLIENT_ID_MAX_CHARS),
            "error-provider-client-id-required",
            "error-too-long",
        ),
    );
    let client_secret = match typed.client_secret.trim() {
        "" if secret_kept => None,
        "" => {
            errors.push("client_secret", "error-provider-client-secret-required");
            None
        }
        secret => errors.check("client_secret", text::single_line(secret, CLIENT_SECRET_MAX_CHARS)),
    };
    if typed.domains.is_empty() {
        errors.push("domains", "error-provider-domains-required");
    } else if typed.domains.iter().any(|d| !council_domains.contains(d)) {
        errors.push("domains", "error-provider-domain-not-council");
    }
    match (issuer, client_id, errors.is_empty()) {
        (Some(issuer), Some(client_id), true) => Ok(Settings {
            issuer,
            client_id,
            client_secret,
            required: typed.required,
            domains: typed.domains.to_vec(),
        }),
        _ => Err(errors),
    }
}

/// An issuer identifier (OpenID Connect Discovery §2): https, with a host, no query or
/// fragment. Plain http is allowed only for the loopback addresses a test provider uses.
pub fn issuer(input: &str) -> Result<String, &'static str> {
    let value = text::with_keys(
        text::single_line(input, ISSUER_MAX_CHARS),
        "error-provider-issuer-required",
        "error-too-long",
    )?;
    let url = url::Url::parse(&value).map_err(|_| "error-provider-issuer-invalid")?;
    let loopback = matches!(
        url.host(),
        Some(url::Host::Ipv4(a)) if a.is_loopback()
    ) || matches!(url.host(), Some(url::Host::Ipv6(a)) if a.is_loopback())
        || url.host_str() == Some("localhost");
    let secure = url.scheme() == "https" || (url.scheme() == "http" && loopback);
    if !secure || url.host().is_none() || url.query().is_some() || url.fragment().is_some() {
        return Err("error-provider-issuer-invalid");
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err("error-provider-issuer-invalid");
    }
    // Kept as given: the ID token's `iss` must equal it exactly, trailing slash and all
    // (Google's and Entra ID's have none, some providers' end in one).
    Ok(value)
}

/// What an ID token (already checked: signature, issuer, audience, expiry, nonce) says
/// of the person.
#[derive(Debug, Clone, Default)]
pub struct Claims {
    pub subject: String,
    pub email: Option<String>,
    pub email_verified: Option<bool>,
    pub name: Option<String>,
}

/// Who the claims may sign in as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub email: EmailAddress,
    pub display_name: String,
}

/// Why the claims sign nobody in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("the ID token has no usable email address")]
    NoEmail,
    #[error("the provider says the email address is not verified")]
    EmailNotVerified,
    #[error("the email address's domain is not one this provider serves")]
    DomainNotServed,
}

/// The person the claims describe, when the provider vouches for the address: it is one
/// of the domains the council said the provider serves, and the provider has not said it
/// is unverified. (Entra ID sends no `email_verified`; its tenant is the council's own.)
pub fn person(claims: &Claims, served_domains: &[String]) -> Result<Person, Refusal> {
    let email = claims
        .email
        .as_deref()
        .and_then(|e| EmailAddress::parse(e).ok())
        .ok_or(Refusal::NoEmail)?;
    if claims.email_verified == Some(false) {
        return Err(Refusal::EmailNotVerified);
    }
    if !served_domains.iter().any(|d| d == email.domain().as_str()) {
        return Err(Refusal::DomainNotServed);
    }
    let display_name = claims
        .name
        .as_deref()
        .and_then(|n| text::display_name(n).ok())
        .unwrap_or_else(|| name_from_address(&email));
    Ok(Person { email, display_name })
}

/// "jo.bloggs@…" → "Jo Bloggs": a name to start with when the provider gives none.
fn name_from_address(email: &EmailAddress) -> String {
    let local = email.as_str().split('@').next().unwrap_or_default();
    local
        .split(['.', '_', '-'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leeds() -> Vec<String> {
        vec!["leeds.gov.uk".to_string(), "leedscc.gov.uk".to_string()]
    }

    #[test]
    fn issuers_must_be_https_except_on_loopback() {
        assert_eq!(
            issuer(" https://login.microsoftonline.com/abc/v2.0 "),
            Ok("https://login.microsoftonline.com/abc/v2.0".to_string())
        );
        assert_eq!(
            issuer("https://example.eu.auth0.com/"),
            Ok("https://example.eu.auth0.com/".to_string()),
            "a trailing slash is part of the issuer"
        );
        assert_eq!(
            issuer("https://accounts.google.com"),
            Ok("https://accounts.google.com".into())
        );
        assert_eq!(issuer("http://127.0.0.1:4000"), Ok("http://127.0.0.1:4000".into()));
        assert_eq!(issuer("http://localhost:4000"), Ok("http://localhost:4000".into()));
        for bad in [
            "http://login.example.com",
            "ftp://example.com",
            "https://example.com/?tenant=1",
            "https://example.com/#x",
            "https://user:pw@example.com",
            "not a url",
        ] {
            assert_eq!(issuer(bad), Err("error-provider-issuer-invalid"), "{bad}");
        }
        assert_eq!(issuer("  "), Err("error-provider-issuer-required"));
    }

    #[test]
    fn settings_need_a_secret_once_and_the_councils_own_domains() {
        let domains = vec!["leeds.gov.uk".to_string()];
        let typed = Typed {
            issuer: "https://id.leeds.gov.uk",
            client_id: "microcontracts",
            client_secret: "",
            required: true,
            domains: &domains,
        };
        let errors = check(&typed, &leeds(), false).unwrap_err();
        assert_eq!(errors.0[0].key, "error-provider-client-secret-required");
        let kept = check(&typed, &leeds(), true).unwrap();
        assert_eq!(kept.client_secret, None);
        assert!(kept.required);

        let other = vec!["york.gov.uk".to_string()];
        let errors = check(
            &Typed {
                domains: &other,
                ..typed.clone()
            },
            &leeds(),
            true,
        )
        .unwrap_err();
        assert_eq!(errors.0[0].key, "error-provider-domain-not-council");
        let errors = check(&Typed { domains: &[], ..typed }, &leeds(), true).unwrap_err();
        assert_eq!(errors.0[0].key, "error-provider-domains-required");
    }

    fn claims(email: &str, verified: Option<bool>) -> Claims {
        Claims {
            subject: "s1".into(),
            email: Some(email.into()),
            email_verified: verified,
            name: None,
        }
    }

    #[test]
    fn a_person_needs_an_address_the_provider_serves_and_has_not_disowned() {
        let person = person(&claims("Jo.Bloggs@leeds.gov.uk", Some(true)), &leeds()).unwrap();
        assert_eq!(person.email.as_str(), "jo.bloggs@leeds.gov.uk");
        assert_eq!(person.display_name, "Jo Bloggs");
        assert!(super::person(&claims("jo@leeds.gov.uk", None), &leeds()).is_ok());
        assert_eq!(
            super::person(&claims("jo@leeds.gov.uk", Some(false)), &leeds()),
            Err(Refusal::EmailNotVerified)
        );
        assert_eq!(
            super::person(&claims("jo@york.gov.uk", Some(true)), &leeds()),
            Err(Refusal::DomainNotServed)
        );
        assert_eq!(
            super::person(&claims("not an address", Some(true)), &leeds()),
            Err(Refusal::NoEmail)
        );
        let named = Claims {
            name: Some("Jo Bloggs-Smith".into()),
            ..claims("jb@leeds.gov.uk", Some(true))
        };
        assert_eq!(super::person(&named, &leeds()).unwrap().display_name, "Jo Bloggs-Smith");
    }
}
