//! Ways to deliver an email: SMTP or GOV.UK Notify (`notify`) for real deployments, a
//! folder of `.eml` files for development and tests.

use async_trait::async_trait;
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct OutgoingEmail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body_text: String,
    /// Where one click unsubscribes from this digest or alert (RFC 8058), if it is one.
    pub unsubscribe_url: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("the address {0:?} is not valid")]
    BadAddress(String),
    #[error("could not build the message: {0}")]
    Build(String),
    #[error("the mail server refused or did not answer: {0}")]
    Send(String),
    /// Refused for good (the address or the request is wrong): not worth trying again.
    #[error("the message was refused: {0}")]
    Rejected(String),
    #[error("could not write the message file: {0}")]
    Io(#[from] std::io::Error),
}

impl MailError {
    /// Whether sending again cannot help, so the message is failed at once.
    pub fn is_permanent(&self) -> bool {
        matches!(self, MailError::Rejected(_) | MailError::BadAddress(_))
    }
}

#[async_trait]
pub trait MailTransport: Send + Sync + 'static {
    async fn send(&self, email: &OutgoingEmail) -> Result<(), MailError>;
}

fn build(from: &Mailbox, email: &OutgoingEmail) -> Result<Message, MailError> {
    let to: Mailbox = email
        .recipient
        .parse()
        .map_err(|_| MailError::BadAddress(email.recipient.clone()))?;
    let mut message = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(email.subject.clone());
    if let Some(url) = &email.unsubscribe_url {
        // RFC 2369's address in angle brackets; RFC 8058's POST makes it one click.
        message = message
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe"),
                format!("<{url}>"),
            ))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                "List-Unsubscribe=One-Click".into(),
            ));
    }
    message
        .body(email.body_text.clone())
        .map_err(|e| MailError::Build(e.to_string()))
}

/// Writes each message to `<folder>/<outbox id>.eml` and logs it, links included, so a
/// developer can follow verification links without a mail server.
pub struct FolderTransport {
    folder: PathBuf,
    from: Mailbox,
}

impl FolderTransport {
    pub fn new(folder: PathBuf, from: Mailbox) -> Self {
        Self { folder, from }
    }
}

#[async_trait]
impl MailTransport for FolderTransport {
    async fn send(&self, email: &OutgoingEmail) -> Result<(), MailError> {
        let message = build(&self.from, email)?;
        tokio::fs::create_dir_all(&self.folder).await?;
        let path = self.folder.join(format!("{:08}.eml", email.id));
        tokio::fs::write(&path, message.formatted()).await?;
        let links: Vec<&str> = email
            .body_text
            .split_whitespace()
            .filter(|w| w.starts_with("http://") || w.starts_with("https://"))
            .collect();
        tracing::info!(to = %email.recipient, subject = %email.subject, file = %path.display(), links = ?links, "email written to folder");
        Ok(())
    }
}

/// Sends through an SMTP server given as a URL, e.g. `smtps://user:pass@smtp.example.org`
/// or `smtp://localhost:25`.
pub struct SmtpTransport {
    mailer: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl SmtpTransport {
    pub fn from_url(url: &str, from: Mailbox) -> Result<Self, MailError> {
        let mailer = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| MailError::Build(e.to_string()))?
            .timeout(Some(std::time::Duration::from_secs(20)))
            .build();
        Ok(Self { mailer, from })
    }
}

#[async_trait]
impl MailTransport for SmtpTransport {
    async fn send(&self, email: &OutgoingEmail) -> Result<(), MailError> {
        let message = build(&self.from, email)?;
        self.mailer
            .send(message)
            .await
            .map(|_| ())
            .map_err(|e| MailError::Send(e.to_string()))
    }
}
