//! Sends email through GOV.UK Notify (`MAIL_TRANSPORT=notify`): one email template whose
//! subject is `((subject))` and body `((body))`, each message posted to Notify's
//! `/v2/notifications/email` with a JSON Web Token signed (HS256) by the API key's secret,
//! its issuer the key's service id. As Notify's documentation says, a 400 or 403 is not
//! worth repeating (the message is failed at once), while 429 and 5xx are retried with the
//! outbox's backoff.

use crate::mail::{MailError, MailTransport, OutgoingEmail};
use async_trait::async_trait;
use serde::Serialize;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Notify's API, unless configured otherwise.
pub const NOTIFY_API: &str = "https://api.notifications.service.gov.uk";
const TIMEOUT: Duration = Duration::from_secs(20);
/// A service id and a secret are each a UUID: 36 characters.
const UUID_LEN: usize = 36;

/// An API key split into what signs a token: `{name}-{service id}-{secret}`.
#[derive(Clone, PartialEq, Eq)]
pub struct NotifyKey {
    pub service_id: String,
    secret: String,
}

impl std::fmt::Debug for NotifyKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NotifyKey")
            .field("service_id", &self.service_id)
            .field("secret", &"…")
            .finish()
    }
}

impl NotifyKey {
    /// Reads a key as Notify gives it: a name, then the service id and the secret, each a
    /// UUID, joined by hyphens.
    pub fn parse(key: &str) -> Option<NotifyKey> {
        let key = key.trim();
        let secret_at = key.len().checked_sub(UUID_LEN)?;
        let service_at = secret_at.checked_sub(UUID_LEN + 1)?;
        let secret = key.get(secret_at..)?;
        let service_id = key.get(service_at..secret_at - 1)?;
        let joined = key.get(secret_at - 1..secret_at) == Some("-");
        let uuid = |s: &str| s.len() == UUID_LEN && s.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
        (joined && uuid(secret) && uuid(service_id)).then(|| NotifyKey {
            service_id: service_id.to_string(),
            secret: secret.to_string(),
        })
    }

    /// A token for one request: issued by the service, now.
    pub fn token(&self, now: SystemTime) -> Result<String, MailError> {
        #[derive(Serialize)]
        struct Claims<'a> {
            iss: &'a str,
            iat: u64,
        }
        let iat = now.duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        let claims = Claims {
            iss: &self.service_id,
            iat,
        };
        let header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256);
        let key = jsonwebtoken::EncodingKey::from_secret(self.secret.as_bytes())
            .map_err(|e| MailError::Build(e.to_string()))?;
        jsonwebtoken::encode(&header, &claims, &key).map_err(|e| MailError::Build(e.to_string()))
    }
}

pub struct NotifyTransport {
    client: reqwest::Client,
    endpoint: String,
    key: NotifyKey,
    template_id: String,
}

impl NotifyTransport {
    /// A transport posting to `base_url` (Notify's API, or a stand-in) with `api_key`, each
    /// message through template `template_id`.
    pub fn new(base_url: &str, api_key: &str, template_id: &str) -> Result<Self, MailError> {
        let key = NotifyKey::parse(api_key).ok_or_else(|| {
            MailError::Build("the Notify API key is not in Notify's form (name-service id-secret)".into())
        })?;
        let client = app::outbound::client(TIMEOUT).map_err(|e| MailError::Build(e.to_string()))?;
        Ok(Self {
            client,
            endpoint: format!("{}/v2/notifications/email", base_url.trim_end_matches('/')),
            key,
            template_id: template_id.trim().to_string(),
        })
    }
}

#[derive(Serialize)]
struct Personalisation<'a> {
    subject: &'a str,
    body: &'a str,
}

#[derive(Serialize)]
struct EmailRequest<'a> {
    email_address: &'a str,
    template_id: &'a str,
    personalisation: Personalisation<'a>,
    /// The outbox message, so Notify's records can be matched with ours.
    reference: String,
    /// Notify sends it as the message's List-Unsubscribe headers (RFC 8058).
    #[serde(skip_serializing_if = "Option::is_none")]
    one_click_unsubscribe_url: Option<&'a str>,
}

/// What Notify's error answers carry: the first error's kind and message.
fn described(status: reqwest::StatusCode, body: &str) -> String {
    let first = serde_json::from_str::<serde_json::Value>(body)
        .ok()
        .and_then(|v| v["errors"][0].as_object().cloned());
    match first {
        Some(e) => format!(
            "Notify answered {status}: {} {}",
            e.get("error").and_then(|v| v.as_str()).unwrap_or_default(),
            e.get("message").and_then(|v| v.as_str()).unwrap_or_default()
        ),
        None => format!("Notify answered {status}"),
    }
}

#[async_trait]
impl MailTransport for NotifyTransport {
    async fn send(&self, email: &OutgoingEmail) -> Result<(), MailError> {
        let request = EmailRequest {
            email_address: &email.recipient,
            template_id: &self.template_id,
            personalisation: Personalisation {
                subject: &email.subject,
                body: &email.body_text,
            },
            reference: format!("outbox-{}", email.id),
            one_click_unsubscribe_url: email.unsubscribe_url.as_deref(),
        };
        let response = self
            .client
            .post(&self.endpoint)
            .bearer_auth(self.key.token(SystemTime::now())?)
            .json(&request)
            .send()
            .await
            .map_err(|e| MailError::Send(e.without_url().to_string()))?;
        let status = response.status();
        if status.is_success() {
            return Ok(());
        }
        let body = response.text().await.unwrap_or_default();
        let why = described(status, &body);
        if status == reqwest::StatusCode::TOO_MANY_REQUESTS || status.is_server_error() {
            Err(MailError::Send(why))
        } else {
            Err(MailError::Rejected(why))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SERVICE: &str = "26785a09-ab16-4eb0-8407-a37497a57506";
    const SECRET: &str = "3d844edf-8d35-48ac-975b-e847b4f122b0";

    #[test]
    fn a_key_is_split_into_its_service_and_secret() {
        let key = NotifyKey::parse(&format!("microcontracts_live-{SERVICE}-{SECRET}")).unwrap();
        assert_eq!(key.service_id, SERVICE);
        assert_eq!(key.secret, SECRET);
        // A name with hyphens of its own is fine; the parts are counted from the end.
        assert!(NotifyKey::parse(&format!("my-key-name-{SERVICE}-{SECRET}")).is_some());
        for wrong in [
            "",
            "short",
            &format!("{SERVICE}{SECRET}"),
            &format!("name-{SERVICE}-{}", &SECRET[1..]),
        ] {
            assert_eq!(NotifyKey::parse(wrong), None, "{wrong}");
        }
        assert!(!format!("{key:?}").contains(SECRET), "the secret is never printed");
    }

    #[test]
    fn the_token_is_signed_by_the_secret_and_issued_by_the_service() {
        let key = NotifyKey::parse(&format!("k-{SERVICE}-{SECRET}")).unwrap();
        let now = UNIX_EPOCH + Duration::from_secs(1_800_000_000);
        let token = key.token(now).unwrap();
        #[derive(serde::Deserialize)]
        struct Claims {
            iss: String,
            iat: u64,
        }
        let mut rules = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::HS256);
        rules.required_spec_claims.clear();
        rules.validate_exp = false;
        let read = jsonwebtoken::decode::<Claims>(
            &token,
            &jsonwebtoken::DecodingKey::from_secret(SECRET.as_bytes()).unwrap(),
            &rules,
        )
        .unwrap();
        assert_eq!((read.claims.iss.as_str(), read.claims.iat), (SERVICE, 1_800_000_000));
        let wrong = jsonwebtoken::DecodingKey::from_secret(b"another secret").unwrap();
        assert!(jsonwebtoken::decode::<Claims>(&token, &wrong, &rules).is_err());
    }
}
