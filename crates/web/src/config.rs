//! Settings of the web layer, from flags and environment (see `microcontracts serve --help`).

pub use axum_client_ip::ClientIpSource;

/// What the web layer is told at start.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// The address people reach the service at; links in emails start with it.
    pub base_url: String,
    /// Where people are told to write when they cannot join.
    pub support_email: String,
    /// Who runs the platform: a controller of the records it keeps (the privacy notice).
    pub operator_name: String,
    /// Where people write about their data (the privacy notice); the support address when
    /// not given.
    pub privacy_contact: Option<String>,
    /// Where the client's address comes from (the socket, or a trusted proxy's header).
    pub client_address: ClientAddressConfig,
    /// The bearer token that reads `/metrics` on the public listener (None: not served there).
    pub metrics_token: Option<String>,
    /// Requests one API token may make a minute (on each instance), in bursts up to as many.
    pub api_requests_per_minute: u32,
    /// Set when serving demo data: the start page lists the demo accounts.
    pub demo: Option<DemoInfo>,
    /// Memory for drawn pages and figures kept between requests (pool search results,
    /// councils' income figures), in bytes; 0 keeps none.
    pub cache_bytes: u64,
    /// The prefix of open contracting data's `ocid`s (one the Open Contracting Partnership
    /// registered for the deployment).
    pub ocid_prefix: String,
    /// Seals the secrets kept at rest (ADR 0025).
    pub sealing: app::sealing::SealingKey,
}

/// The operator's name when none is configured.
pub const DEFAULT_OPERATOR_NAME: &str = "The operator of this Microcontracts service";

/// The `ocid` prefix when none is configured.
pub const DEFAULT_OCID_PREFIX: &str = "ocds-mcuk01";

impl Default for WebConfig {
    /// One instance on this machine, without a proxy: `microcontracts serve`'s defaults.
    fn default() -> Self {
        Self {
            base_url: "http://127.0.0.1:8080".into(),
            support_email: "support@microcontracts.invalid".into(),
            operator_name: DEFAULT_OPERATOR_NAME.into(),
            privacy_contact: None,
            client_address: ClientAddressConfig::default(),
            metrics_token: None,
            api_requests_per_minute: 600,
            demo: None,
            cache_bytes: DEFAULT_CACHE_BYTES,
            ocid_prefix: DEFAULT_OCID_PREFIX.into(),
            // A one-off key: what it seals lasts as long as this process.
            sealing: app::sealing::SealingKey::random(),
        }
    }
}

impl WebConfig {
    /// Where people write about their data.
    pub fn privacy_contact(&self) -> &str {
        self.privacy_contact.as_deref().unwrap_or(&self.support_email)
    }

    /// Cookies are marked Secure, and HSTS sent, when the service is served over HTTPS.
    pub fn https(&self) -> bool {
        self.base_url.starts_with("https://")
    }
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct DemoInfo {
    pub password: String,
    pub accounts: Vec<DemoAccount>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct DemoAccount {
    pub name: String,
    pub email: String,
    pub council: String,
    pub roles: Vec<String>,
}

/// Megabytes for caches unless configured: with the database's own page caches, the
/// server stays well under 300 MB (issue 14).
pub const DEFAULT_CACHE_MB: u64 = 64;
const DEFAULT_CACHE_BYTES: u64 = DEFAULT_CACHE_MB << 20;

/// Where the client's address comes from.
#[derive(Debug, Clone)]
pub struct ClientAddressConfig {
    /// The socket (`ConnectInfo`, no proxy) or the header the operator's proxy sets.
    pub source: ClientIpSource,
    /// With `RightmostXForwardedFor`: how many proxies of the operator's each append an
    /// address to `X-Forwarded-For` (the client's address is that many from the right).
    pub trusted_proxy_hops: usize,
}

impl Default for ClientAddressConfig {
    fn default() -> Self {
        Self {
            source: ClientIpSource::ConnectInfo,
            trusted_proxy_hops: 1,
        }
    }
}
