//! What every request handler can reach.

use crate::config::WebConfig;
use crate::options::OptionList;
use crate::templates::Templates;
use app::Ctx;
use domain::clock::Clock;
use domain::language::Lang;
use std::sync::Arc;
use store::Db;
use tokio::sync::Notify;

/// The application layer's context (database, clock, catalogue, outbox), which every
/// command takes, and what only the web layer needs beside it.
pub struct Inner {
    pub app: Ctx,
    pub templates: Templates,
    pub config: WebConfig,
    /// Recent pool search results as drawn, invalidated by the search generation (ADR
    /// 0007): one cache per language, as the pages are drawn in it.
    search_caches: [store::search::SearchCache<crate::caches::FoundPage>; 2],
    /// Councils' income figures as drawn, under each council's income generation (ADR 0011).
    pub income_figures: crate::caches::FiguresCache,
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
    /// Every service a council can map: the public ones and the back-office ones.
    pub map_services: Vec<Choice>,
    /// What a service may need, in the lists' order.
    pub capabilities: Vec<store::capability_map::Capability>,
    /// The kinds of council, to filter the capability matrix by.
    pub council_types: Vec<store::organisations::CouncilType>,
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

/// Handlers reach the database, the clock and the catalogue as `state.db` and so on, and
/// pass `&state` wherever a command takes the application context.
impl std::ops::Deref for Inner {
    type Target = Ctx;
    fn deref(&self) -> &Ctx {
        &self.app
    }
}

impl AppState {
    pub fn new(db: Db, clock: Arc<dyn Clock>, config: WebConfig, outbox_wakeup: Arc<Notify>) -> anyhow::Result<Self> {
        let settings = app::Settings {
            base_url: config.base_url.clone(),
            sealing: config.sealing.clone(),
            ..Default::default()
        };
        let app = Ctx::new(db, clock, settings, outbox_wakeup)?;
        let templates = Templates::load(app.catalogue.clone());
        let api_limiter = api_limiter(config.api_requests_per_minute);
        let cache_bytes = config.cache_bytes;
        Ok(Self(Arc::new(Inner {
            api_limiter,
            app,
            templates,
            config,
            // Pool search pages take most of it: there are many searches, and one council's
            // income figures (some 30 KB) serve all its finance officers.
            search_caches: [
                store::search::SearchCache::new(cache_bytes / 8 * 3),
                store::search::SearchCache::new(cache_bytes / 8 * 3),
            ],
            income_figures: crate::caches::figures_cache(cache_bytes / 4),
            reference: tokio::sync::OnceCell::new(),
        })))
    }

    /// The kept pool search pages drawn in `lang`.
    pub fn search_cache(&self, lang: Lang) -> &store::search::SearchCache<crate::caches::FoundPage> {
        match lang {
            Lang::En => &self.search_caches[0],
            Lang::Cy => &self.search_caches[1],
        }
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
                    map_services: store::capability_map::services(db)
                        .await?
                        .into_iter()
                        .map(|s| Choice {
                            id: s.id,
                            label: s.label,
                        })
                        .collect(),
                    capabilities: store::capability_map::capabilities(db).await?,
                    council_types: store::organisations::types(db).await?,
                };
                Ok::<_, store::StoreError>(Arc::new(lists))
            })
            .await?;
        Ok(lists.clone())
    }

    /// Forgets API tokens that have not been used for a minute, every `interval`, until
    /// `shutdown` fires: they need no place in the limiter.
    pub async fn prune_api_limiter(
        self,
        interval: std::time::Duration,
        mut shutdown: tokio::sync::watch::Receiver<bool>,
    ) {
        loop {
            self.api_limiter.retain_recent();
            tokio::select! {
                _ = tokio::time::sleep(interval) => {}
                _ = shutdown.changed() => return,
            }
        }
    }
}
