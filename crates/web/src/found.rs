//! The pool search's result pages as the search page and the API show them: the hits
//! with their names, roles, rates and free hours, built once per search generation and
//! kept in the search cache (ADR 0007), so a repeated search reads no profile rows.

use crate::state::AppState;
use crate::views::WeekChoice;
use minijinja::context;
use serde::Serialize;
use std::sync::Arc;
use store::search::{self, PoolQuery};
use store::{capacity, profiles};

/// One profile found, with its free minutes in each of the query's weeks.
#[derive(Debug, Clone, Serialize)]
pub struct FoundProfile {
    pub id: i64,
    pub display_name: String,
    pub headline: String,
    pub org_code: String,
    pub org_name: String,
    pub region: Option<String>,
    pub work_mode: String,
    pub rate_pence: Option<i64>,
    pub roles: Vec<String>,
    pub free: Vec<i64>,
}

/// One page of results, whether another follows, and the results as the search page
/// shows them (drawn once with the page rather than on every request).
#[derive(Debug, Clone, Default)]
pub struct FoundPage {
    pub rows: Vec<FoundProfile>,
    pub has_next: bool,
    pub html: String,
}

impl search::Weigh for FoundPage {
    fn bytes(&self) -> u64 {
        let text: usize = self
            .rows
            .iter()
            .map(|r| r.display_name.len() + r.headline.len() + r.org_name.len() + 64 * r.roles.len() + 8 * r.free.len())
            .sum();
        (self.html.len() + text + self.rows.len() * std::mem::size_of::<FoundProfile>()) as u64
    }
}

/// Page `page` (from 1) of `page_size` results. Counts, for the metrics, whether the page
/// came from the cache or was built.
pub async fn page(state: &AppState, query: &PoolQuery, page: i64, page_size: i64) -> store::Result<Arc<FoundPage>> {
    let offset = (page - 1) * page_size;
    let built = std::sync::atomic::AtomicBool::new(false);
    let building = &built;
    let found = search::cached_page(
        &state.db,
        &state.search_cache,
        query,
        page_size + 1,
        offset,
        |mut hits| async move {
            building.store(true, std::sync::atomic::Ordering::Relaxed);
            let size = usize::try_from(page_size).unwrap_or(usize::MAX);
            let has_next = hits.len() > size;
            hits.truncate(size);
            let ids: Vec<i64> = hits.iter().map(|h| h.id).collect();
            let found = profiles::find_many(&state.db, &ids).await?;
            let roles = profiles::roles_of_many(&state.db, &ids).await?;
            let mut free = capacity::free_by_week(&state.db, &ids, &query.weeks).await?;
            let rows = ids
                .iter()
                .filter_map(|id| found.iter().find(|p| p.id == *id))
                .map(|p| FoundProfile {
                    id: p.id,
                    display_name: p.display_name.clone(),
                    headline: p.headline.clone(),
                    org_code: p.org_code.clone(),
                    org_name: p.org_name.clone(),
                    region: p.region.clone(),
                    work_mode: p.work_mode.clone(),
                    rate_pence: p.rate_pence,
                    roles: roles
                        .iter()
                        .filter(|r| r.profile_id == p.id)
                        .map(|r| r.level_name.clone())
                        .collect(),
                    free: free.remove(&p.id).unwrap_or_default(),
                })
                .collect::<Vec<_>>();
            let weeks: Vec<WeekChoice> = query.weeks.iter().copied().map(WeekChoice::from).collect();
            let html = state
                .templates
                .render("pool/results.html", context! { results => &rows, weeks })
                .map_err(|e| store::StoreError::Other(format!("drawing the results: {e}")))?;
            Ok::<_, store::StoreError>(FoundPage { rows, has_next, html })
        },
    )
    .await;
    let outcome = if built.load(std::sync::atomic::Ordering::Relaxed) {
        "built"
    } else {
        "cached"
    };
    metrics::counter!("search_pages_total", "outcome" => outcome).increment(1);
    found
}
