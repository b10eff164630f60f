//! What is kept between requests, bounded by bytes rather than entries (issue 14): pool
//! search result pages as drawn (ADR 0007) and councils' income figures (ADR 0011).

use chrono::NaiveDate;
use domain::language::Lang;
use serde::Serialize;
use std::sync::Arc;
use store::search;

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

/// Drawn income figures kept between requests, keyed by council, the council's income
/// generation, the day and the language they are drawn in (ADR 0011).
pub type FiguresKey = (i64, i64, NaiveDate, Lang);
pub type FiguresCache = quick_cache::sync::Cache<FiguresKey, Arc<String>, FiguresWeight>;

/// Weighs kept figures by their bytes, so the cache is bounded by memory, not entries.
#[derive(Clone)]
pub struct FiguresWeight;

impl quick_cache::Weighter<FiguresKey, Arc<String>> for FiguresWeight {
    fn weight(&self, _key: &FiguresKey, figures: &Arc<String>) -> u64 {
        figures.len() as u64 + 64
    }
}

/// A cache of drawn figures holding at most `bytes` of them.
pub fn figures_cache(bytes: u64) -> FiguresCache {
    // Some 30 KB a council: the estimate only sizes the cache's table.
    let councils = usize::try_from(bytes / 30_000).unwrap_or(usize::MAX).max(1);
    quick_cache::sync::Cache::with_weighter(councils, bytes, FiguresWeight)
}
