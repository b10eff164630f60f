//! Flags and environment variables, with safe defaults for running on one machine.

use clap::{Args, ValueEnum};
use std::path::PathBuf;
use store::Db;

#[derive(Args, Clone)]
pub struct DatabaseArgs {
    /// sqlite://FILE (created when missing) or postgres://USER@HOST/DB.
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/microcontracts.db")]
    pub database_url: String,
    /// Most connections this instance keeps open to PostgreSQL (default: four per processor
    /// core, 4 to 32). Ignored for SQLite.
    #[arg(long, env = "DATABASE_CONNECTIONS")]
    pub database_connections: Option<u32>,
}

impl DatabaseArgs {
    pub async fn connect(&self) -> anyhow::Result<Db> {
        if let Some(path) = self.database_url.strip_prefix("sqlite://") {
            let file = PathBuf::from(path.split('?').next().unwrap_or(path));
            if let Some(parent) = file.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent)?;
            }
        }
        Ok(Db::connect_with(&self.database_url, self.database_connections).await?)
    }

    pub async fn connect_and_migrate(&self) -> anyhow::Result<Db> {
        let db = self.connect().await?;
        db.migrate().await?;
        Ok(db)
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub enum MailTransportKind {
    /// Write each email to a file in --mail-folder and log its links (development).
    Folder,
    /// Send through the SMTP server at --smtp-url.
    Smtp,
}

#[derive(Args, Clone)]
pub struct ServeArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// The address and port to listen on.
    #[arg(long, env = "BIND", default_value = "127.0.0.1:8080")]
    pub bind: String,
    /// The address people use to reach the service; links in emails start with it.
    /// Cookies are marked Secure and HSTS is sent when it starts with https://.
    #[arg(long, env = "BASE_URL", default_value = "http://127.0.0.1:8080")]
    pub base_url: String,
    /// How email is delivered.
    #[arg(long, env = "MAIL_TRANSPORT", value_enum, default_value = "folder")]
    pub mail_transport: MailTransportKind,
    /// Where the folder transport writes emails.
    #[arg(long, env = "MAIL_FOLDER", default_value = "data/mail")]
    pub mail_folder: PathBuf,
    /// SMTP server, e.g. smtps://user:password@smtp.example.org or smtp://localhost:25.
    #[arg(long, env = "SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// The sender of every email.
    #[arg(
        long,
        env = "MAIL_FROM",
        default_value = "Microcontracts <no-reply@microcontracts.invalid>"
    )]
    pub mail_from: String,
    /// The address people are told to contact for help.
    #[arg(long, env = "SUPPORT_EMAIL", default_value = "support@microcontracts.invalid")]
    pub support_email: String,
    /// Trust the X-Forwarded-For header for the client address (only behind your own proxy).
    #[arg(long, env = "TRUST_FORWARDED_FOR")]
    pub trust_forwarded_for: bool,
    /// Seconds between checks of the email outbox for messages to send or retry.
    #[arg(long, env = "OUTBOX_POLL_SECONDS", default_value_t = 10)]
    pub outbox_poll_seconds: u64,
}
