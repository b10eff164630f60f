//! The pool search's result pages as the search page and the API show them: the hits
//! with their names, roles, rates and free hours, built once per search generation and
//! kept in the search cache (ADR 0007), so a repeated search reads no profile rows.

use crate::caches::{FoundPage, FoundProfile};
use crate::state::AppState;
use crate::views::WeekChoice;
use domain::language::Lang;
use minijinja::context;
use std::sync::Arc;
use store::search::{self, PoolQuery};
use store::{capacity, profiles};

/// Results on a page of the search, in HTML and in the API.
pub const PAGE_SIZE: i64 = 20;

/// Page `page` (from 1) of `page_size` results, drawn in `lang`. Counts, for the metrics, whether the page
/// came from the cache or was built.
pub async fn page(
    state: &AppState,
    lang: Lang,
    query: &PoolQuery,
    page: i64,
    page_size: i64,
) -> store::Result<Arc<FoundPage>> {
    let offset = (page - 1) * page_size;
    let built = std::sync::atomic::AtomicBool::new(false);
    let building = &built;
    let found = search::cached_page(
        &state.db,
        state.search_cache(lang),
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
            let mut free = capacity::kept_free_by_week(&state.db, &ids, &query.weeks).await?;
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
                    work_mode: p.work_mode.to_string(),
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
                .render(
                    "pool/results.html",
                    context! { results => &rows, weeks, lang => lang.as_str() },
                )
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
