//! Background work of Microcontracts: the email outbox worker and its transports.

pub mod housekeeping;
pub mod mail;
pub mod outbox_worker;

pub use mail::{FolderTransport, MailError, MailTransport, OutgoingEmail, SmtpTransport};
pub use outbox_worker::OutboxWorker;
