//! What every request handler can reach.

use crate::i18n::Catalogue;
use crate::options::OptionList;
use crate::templates::Templates;
use domain::clock::Clock;
use domain::throttle::Policy;
use std::sync::Arc;
use store::Db;
use tokio::sync::Notify;

/// Settings of the web layer, from flags and environment (see `microcontracts serve --help`).
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// The address people reach the service at; links in emails start with it.
    pub base_url: String,
    /// Where people are told to write when they cannot join.
    pub support_email: String,
    /// Where the client's address comes from (the socket, or a trusted proxy's header).
    pub client_address: crate::client::ClientAddressConfig,
    /// The bearer token that reads `/metrics` on the public listener (None: not served there).
    pub metrics_token: Option<String>,
    /// Requests one API token may make a minute (on each instance), in bursts up to as many.
    pub api_requests_per_minute: u32,
    /// Set when serving demo data: the start page lists the demo accounts.
    pub demo: Option<DemoInfo>,
    /// Memory for drawn pages and figures kept between requests (pool search results,
    /// councils' income figures), in bytes; 0 keeps none.
    pub cache_bytes: u64,
}

impl Default for WebConfig {
    /// One instance on this machine, without a proxy: `microcontracts serve`'s defaults.
    fn default() -> Self {
        Self {
            base_url: "http://127.0.0.1:8080".into(),
            support_email: "support@microcontracts.invalid".into(),
            client_address: crate::client::ClientAddressConfig::default(),
            metrics_token: None,
            api_requests_per_minute: 600,
            demo: None,
            cache_bytes: DEFAULT_CACHE_BYTES,
        }
    }
}

impl WebConfig {
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

pub struct Inner {
    pub db: Db,
    pub clock: Arc<dyn Clock>,
    pub catalogue: Arc<Catalogue>,
    pub templates: Templates,
    pub config: WebConfig,
    pub throttle: Policy,
    /// Wakes the outbox worker as soon as a message is queued.
    pub outbox_wakeup: Arc<Notify>,
    /// Recent pool search results, invalidated by the search generation (ADR 0007).
    pub search_cache: store::search::SearchCache<crate::found::FoundPage>,
    /// Councils' income figures as drawn, under each council's income generation (ADR 0011).
    pub income_figures: crate::handlers::income::FiguresCache,
    /// Each API token's requests in the last minute (in memory: a per-instance limit).
    pub api_limiter: ApiLimiter,
    /// The reference lists, loaded once: they change only when the binary does.
    reference: tokio::sync::OnceCell<Arc<ReferenceLists>>,
}

/// The lists people choose from, as pages show them.
#[derive(Debug, serde::Serialize)]
pub struct ReferenceLists {
    pub roles: Vec<store::reference::Role>,
    pub levels: Vec<store::reference::Level>,
    pub skills: Vec<Choice>,
    pub services: Vec<Choice>,
    /// The same lists as `<option>`s, rendered once for the search form.
    #[serde(skip)]
    pub role_options: OptionList,
    #[serde(skip)]
    pub skill_options: OptionList,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Choice {
    pub id: i64,
    pub label: String,
}

/// Megabytes for caches unless configured: with the database's own page caches, the
/// server stays well under 300 MB (issue 14).
pub const DEFAULT_CACHE_MB: u64 = 64;
const DEFAULT_CACHE_BYTES: u64 = DEFAULT_CACHE_MB << 20;

pub type ApiLimiter = governor::DefaultKeyedRateLimiter<i64>;

fn api_limiter(per_minute: u32) -> ApiLimiter {
    let per_minute = std::num::NonZeroU32::new(per_minute).unwrap_or(std::num::NonZeroU32::MIN);
    governor::RateLimiter::keyed(governor::Quota::per_minute(per_minute))
}

#[derive(Clone)]
pub struct AppState(pub Arc<Inner>);

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl AppState {
    pub fn new(db: Db, clock: Arc<dyn Clock>, config: WebConfig, outbox_wakeup: Arc<Notify>) -> anyhow::Result<Self> {
        let catalogue = Arc::new(Catalogue::load()?);
        let templates = Templates::load(catalogue.clone());
        let api_limiter = api_limiter(config.api_requests_per_minute);
        let cache_bytes = config.cache_bytes;
        Ok(Self(Arc::new(Inner {
            api_limiter,
            db,
            clock,
            catalogue,
            templates,
            config,
            throttle: Policy::default(),
            outbox_wakeup,
            // Pool search pages take most of it: there are many searches, and one council's
            // income figures (some 30 KB) serve all its finance officers.
            search_cache: store::search::SearchCache::new(cache_bytes / 4 * 3),
            income_figures: crate::handlers::income::figures_cache(cache_bytes / 4),
            reference: tokio::sync::OnceCell::new(),
        })))
    }

    pub async fn reference(&self) -> store::Result<Arc<ReferenceLists>> {
        let lists = self
            .reference
            .get_or_try_init(|| async {
                let db = &self.db;
                let roles = store::reference::roles(db).await?;
                let skills: Vec<Choice> = store::reference::skills(db)
                    .await?
                    .into_iter()
                    .map(|s| Choice {
                        id: s.id,
                        label: s.name,
                    })
                    .collect();
                let services: Vec<Choice> = store::reference::services(db)
                    .await?
                    .into_iter()
                    .map(|s| Choice {
                        id: s.id,
                        label: s.label,
                    })
                    .collect();
                let choice_options =
                    |list: &[Choice]| OptionList::new(list.iter().map(|c| (c.id.to_string(), c.label.as_str())));
                let lists = ReferenceLists {
                    role_options: OptionList::new(roles.iter().map(|r| (r.id.to_string(), r.name.as_str()))),
                    skill_options: choice_options(&skills),
                    roles,
                    levels: store::reference::levels(db).await?,
                    skills,
                    services,
                };
                Ok::<_, store::StoreError>(Arc::new(lists))
            })
            .await?;
        Ok(lists.clone())
    }

    pub fn t(&self, key: &str, args: &[(&str, String)]) -> String {
        self.catalogue.message("en", key, args)
    }
}
