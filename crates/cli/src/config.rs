//! Flags and environment variables, with safe defaults for running on one machine.

use clap::{Args, ValueEnum};
use std::path::PathBuf;
use store::Db;

#[derive(Args, Clone)]
pub struct DatabaseArgs {
    /// sqlite://FILE or postgres://USER@HOST/DB. serve, demo and migrate create a missing
    /// SQLite file; the other commands refuse one.
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/microcontracts.db")]
    pub database_url: String,
    /// Most connections this instance keeps open to PostgreSQL (default: four per processor
    /// core, 4 to 32). Ignored for SQLite.
    #[arg(long, env = "DATABASE_CONNECTIONS")]
    pub database_connections: Option<u32>,
    /// Seconds a request waits for a database connection before it is answered 503
    /// ("try again shortly"): short, so that while the database is down requests fail
    /// fast rather than queue.
    #[arg(long, env = "DATABASE_ACQUIRE_TIMEOUT", default_value_t = 2.0)]
    pub database_acquire_timeout: f64,
}

impl DatabaseArgs {
    pub async fn connect(&self) -> anyhow::Result<Db> {
        if let Some(file) = self.sqlite_file() {
            if let Some(parent) = file.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent)?;
            }
        }
        Ok(Db::connect_with(&self.database_url, self.pool_settings()?).await?)
    }

    fn pool_settings(&self) -> anyhow::Result<store::PoolSettings> {
        let acquire_timeout = std::time::Duration::try_from_secs_f64(self.database_acquire_timeout)
            .ok()
            .filter(|t| !t.is_zero())
            .ok_or_else(|| anyhow::anyhow!("--database-acquire-timeout must be a positive number of seconds"))?;
        Ok(store::PoolSettings {
            postgres_connections: self.database_connections,
            acquire_timeout,
        })
    }

    /// Connects to a database that must exist already: operator commands such as `backup`
    /// and `verify` never create one, so a mistyped path fails instead of "succeeding" on
    /// a new, empty database.
    pub async fn connect_existing(&self) -> anyhow::Result<Db> {
        if let Some(file) = self.sqlite_file() {
            anyhow::ensure!(
                file.is_file(),
                "there is no SQLite database at {}: check --database-url (DATABASE_URL); this command never creates one",
                file.display()
            );
        }
        Ok(Db::connect_with(&self.database_url, self.pool_settings()?).await?)
    }

    /// The file a `sqlite://` URL names (None for PostgreSQL and in-memory databases).
    fn sqlite_file(&self) -> Option<PathBuf> {
        let rest = self
            .database_url
            .strip_prefix("sqlite://")
            .or_else(|| self.database_url.strip_prefix("sqlite:"))?;
        let path = rest.split('?').next().unwrap_or(rest);
        (!path.is_empty() && path != ":memory:").then(|| PathBuf::from(path))
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
    /// Send through GOV.UK Notify with --notify-api-key and --notify-template-id.
    Notify,
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
    /// GOV.UK Notify API key (name-service id-secret), for --mail-transport notify.
    #[arg(long, env = "NOTIFY_API_KEY", hide_env_values = true)]
    pub notify_api_key: Option<String>,
    /// The Notify email template: its subject `((subject))`, its body `((body))`.
    #[arg(long, env = "NOTIFY_TEMPLATE_ID")]
    pub notify_template_id: Option<String>,
    /// Notify's API address (change it only for a stand-in).
    #[arg(long, env = "NOTIFY_BASE_URL", default_value = jobs::notify::NOTIFY_API)]
    pub notify_base_url: String,
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
    /// Who runs the platform, named in the privacy notice as a controller of the records
    /// it keeps (each council is the controller of its own staff's).
    #[arg(long, env = "OPERATOR_NAME", default_value = web::config::DEFAULT_OPERATOR_NAME)]
    pub operator_name: String,
    /// The address the privacy notice gives for questions about people's data (for example
    /// the operator's data protection officer); the support address when not given.
    #[arg(long, env = "PRIVACY_CONTACT")]
    pub privacy_contact: Option<String>,
    /// Where the client's address comes from: ConnectInfo (the connection itself: no
    /// proxy), or the header your own reverse proxy sets: RightmostXForwardedFor, XRealIp,
    /// RightmostForwarded, CfConnectingIp, TrueClientIp, CloudFrontViewerAddress,
    /// FlyClientIp or XEnvoyExternalAddress. Sign-in throttling and rate limits count by it.
    #[arg(long, env = "CLIENT_IP_SOURCE", default_value = "ConnectInfo")]
    pub client_ip_source: web::config::ClientIpSource,
    /// With RightmostXForwardedFor: how many of your own proxies append to
    /// X-Forwarded-For; the client's address is that many entries from the right.
    #[arg(long, env = "TRUSTED_PROXY_HOPS", default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=16))]
    pub trusted_proxy_hops: u16,
    /// A separate address for Prometheus metrics (e.g. 127.0.0.1:9090), so that /metrics
    /// is never on the public listener. Keep it reachable by your monitoring only.
    #[arg(long, env = "METRICS_BIND")]
    pub metrics_bind: Option<String>,
    /// Serve /metrics on the public listener too, to requests with
    /// `Authorization: Bearer <this token>`. Without it (and without --metrics-bind),
    /// metrics are not served.
    #[arg(long, env = "METRICS_TOKEN", hide_env_values = true)]
    pub metrics_token: Option<String>,
    /// Requests one API token may make a minute, on each instance (429 beyond it).
    #[arg(long, env = "API_REQUESTS_PER_MINUTE", default_value_t = 600, value_parser = clap::value_parser!(u32).range(1..))]
    pub api_requests_per_minute: u32,
    /// Seconds between checks of the email outbox for messages to send or retry.
    #[arg(long, env = "OUTBOX_POLL_SECONDS", default_value_t = 10)]
    pub outbox_poll_seconds: u64,
    /// Megabytes of memory for drawn pages and figures kept between requests (pool search
    /// results, councils' income figures); 0 keeps none, and every page is built afresh.
    #[arg(long, env = "CACHE_MB", default_value_t = web::DEFAULT_CACHE_MB, value_parser = clap::value_parser!(u64).range(0..=65536))]
    pub cache_mb: u64,
    /// The prefix of the `ocid`s of published open contracting data: the one the Open
    /// Contracting Partnership registered for this deployment (`ocds-` and six characters).
    #[arg(long, env = "OCDS_OCID_PREFIX", default_value = web::config::DEFAULT_OCID_PREFIX, value_parser = parse_ocid_prefix)]
    pub ocid_prefix: String,
    /// 64 hexadecimal digits (32 bytes) sealing the secrets kept at rest, such as
    /// authenticator secrets (AES-256-GCM). Every instance of a deployment needs the same
    /// key; without it, the key in --secrets-key-file is used.
    #[arg(long, env = "SECRETS_KEY", hide_env_values = true)]
    pub secrets_key: Option<String>,
    /// Where the secrets key is kept when SECRETS_KEY is not given: read, or made (readable
    /// by this user only) on first start. Keep it with the database's backups, apart from
    /// them: without it, sealed secrets cannot be read.
    #[arg(long, env = "SECRETS_KEY_FILE", default_value = "data/secrets.key")]
    pub secrets_key_file: PathBuf,
}

impl ServeArgs {
    /// The secrets key: given, or read from (or made in) the key file.
    pub fn sealing_key(&self) -> anyhow::Result<app::sealing::SealingKey> {
        use anyhow::Context;
        let text = match &self.secrets_key {
            Some(key) => key.clone(),
            None => key_file(&self.secrets_key_file).with_context(|| {
                format!(
                    "cannot read or make the secrets key file {}",
                    self.secrets_key_file.display()
                )
            })?,
        };
        app::sealing::SealingKey::from_hex(&text).context("SECRETS_KEY (or its file)")
    }
}

/// The key in `path`, made there first (mode 0600) when the file does not exist.
fn key_file(path: &std::path::Path) -> std::io::Result<String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(folder)?;
            }
            let key = app::sealing::SealingKey::new_hex();
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            match options.open(path) {
                Ok(mut file) => {
                    std::io::Write::write_all(&mut file, key.as_bytes())?;
                    Ok(key)
                }
                // Another instance made it first: use theirs.
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => std::fs::read_to_string(path),
                Err(e) => Err(e),
            }
        }
        Err(e) => Err(e),
    }
}

/// An `ocid` prefix: `ocds-` and letters or digits.
fn parse_ocid_prefix(text: &str) -> Result<String, String> {
    let rest = text.strip_prefix("ocds-").unwrap_or("");
    if !rest.is_empty() && rest.len() <= 16 && rest.bytes().all(|b| b.is_ascii_alphanumeric()) {
        Ok(text.to_string())
    } else {
        Err("an ocid prefix is `ocds-` and up to 16 letters or digits, as registered (for example ocds-mcuk01)".into())
    }
}
