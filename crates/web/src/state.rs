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
    /// This instance's copy of the reference lists, reloaded when the reference generation
    /// moves (a platform admin changed a list here or on another instance).
    reference: std::sync::RwLock<Option<KeptLists>>,
    /// Held while the lists are reloaded, so that one request reloads them, not many.
    reloading: tokio::sync::Mutex<()>,
}

/// How long a copy of the reference lists is used before the generation is read again:
/// how late another instance's change can be seen here.
pub const REFERENCE_RECHECK: chrono::TimeDelta = chrono::TimeDelta::seconds(5);

struct KeptLists {
    lists: Arc<ReferenceLists>,
    generation: i64,
    checked_at: chrono::DateTime<chrono::Utc>,
}

/// The lists people choose from, as pages show them.
#[derive(Debug, serde::Serialize)]
pub struct ReferenceLists {
    pub roles: Vec<store::reference::Role>,
    pub levels: Vec<store::reference::Level>,
    pub skills: Vec<Choice>,
    pub services: Vec<Choice>,
    /// Every service a council can map: the public ones and the back-office ones, retired
    /// ones included, as maps name them.
    pub map_services: Vec<Choice>,
    /// The services a council can choose to map: those not retired.
    pub map_service_choices: Vec<Choice>,
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
            reference: std::sync::RwLock::new(None),
            reloading: tokio::sync::Mutex::new(()),
        })))
    }

    /// The kept pool search pages drawn in `lang`.
    pub fn search_cache(&self, lang: Lang) -> &store::search::SearchCache<crate::caches::FoundPage> {
        match lang {
            Lang::En => &self.search_caches[0],
            Lang::Cy => &self.search_caches[1],
        }
    }

    /// The reference lists as pages offer them: this instance's copy, read again from the
    /// database when the reference generation has moved since it was loaded (checked at
    /// most every `REFERENCE_RECHECK`).
    pub async fn reference(&self) -> store::Result<Arc<ReferenceLists>> {
        let now = self.clock.now();
        if let Some(lists) = self.kept_reference(|kept| now - kept.checked_at < REFERENCE_RECHECK) {
            return Ok(lists);
        }
        let _reloading = self.reloading.lock().await;
        // Another request may have reloaded them while this one waited.
        if let Some(lists) = self.kept_reference(|kept| now - kept.checked_at < REFERENCE_RECHECK) {
            return Ok(lists);
        }
        // The generation is read before the lists: a change committed in between makes the
        // copy newer than its generation, and it is only reloaded once more.
        let generation = store::reference_lists::generation(&self.db).await?;
        let current = self.kept_reference(|kept| kept.generation == generation);
        let lists = match current {
            Some(lists) => lists,
            None => Arc::new(self.load_reference().await?),
        };
        let mut kept = self
            .reference
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        *kept = Some(KeptLists {
            lists: lists.clone(),
            generation,
            checked_at: now,
        });
        Ok(lists)
    }

    /// The kept copy, if there is one and `fresh` holds of it.
    fn kept_reference(&self, fresh: impl Fn(&KeptLists) -> bool) -> Option<Arc<ReferenceLists>> {
        let kept = self.reference.read().unwrap_or_else(std::sync::PoisonError::into_inner);
        kept.as_ref().filter(|k| fresh(k)).map(|k| k.lists.clone())
    }

    /// A list was changed through this instance: the next request reads the generation.
    pub fn reference_changed(&self) {
        let mut kept = self
            .reference
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(k) = kept.as_mut() {
            k.checked_at = chrono::DateTime::<chrono::Utc>::MIN_UTC;
        }
    }

    async fn load_reference(&self) -> store::Result<ReferenceLists> {
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
        let mapped = store::capability_map::services(db).await?;
        let choice = |s: &store::capability_map::MapService| Choice {
            id: s.id,
            label: s.label.clone(),
        };
        let choice_options =
            |list: &[Choice]| OptionList::new(list.iter().map(|c| (c.id.to_string(), c.label.as_str())));
        Ok(ReferenceLists {
            role_options: OptionList::new(roles.iter().map(|r| (r.id.to_string(), r.name.as_str()))),
            skill_options: choice_options(&skills),
            roles,
            levels: store::reference::levels(db).await?,
            skills,
            services,
            map_services: mapped.iter().map(choice).collect(),
            map_service_choices: mapped.iter().filter(|s| !s.retired).map(choice).collect(),
            capabilities: store::capability_map::capabilities(db).await?,
            council_types: store::organisations::types(db).await?,
        })
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
