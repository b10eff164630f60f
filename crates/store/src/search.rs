//! Searching the talent pool (SPEC §4.2): full text native to each backend (FTS5 with
//! bm25 on SQLite, tsvector with ts_rank_cd on PostgreSQL), filters, and "at least N free
//! hours in each of these weeks", all in one statement. Only listed profiles are found.

use crate::backend::exec;
use crate::capacity::{column, ensure_horizon};
use crate::full_text::{postgres_query, sqlite_match};
use crate::sql::{bind_all, Bind, SqlBuilder};
use crate::{Backend, Db, Result};
use domain::weeks::Week;
use std::collections::HashSet;
use std::sync::Arc;

#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct PoolQuery {
    /// Words, all of which must appear (stemmed) in the searchable text.
    pub words: Option<String>,
    pub role_id: Option<i64>,
    /// Seniority band of the level (1 trainee … 8 head), with or without a role.
    pub band: Option<i64>,
    pub skill_id: Option<i64>,
    /// An LGSL service worked on, or named on a done-before entry.
    pub lgsl_id: Option<i64>,
    pub region: Option<String>,
    /// Include (or, with no region, keep only) people who work remotely.
    pub remote: bool,
    pub max_rate_pence: Option<i64>,
    /// Keep only profiles with at least this many free minutes in every one of `weeks`.
    pub min_free_minutes: Option<i64>,
    /// The weeks whose free capacity ranks the results (and the availability filter checks):
    /// consecutive, from this week on.
    pub weeks: Vec<Week>,
    /// The current week; free hours are kept from it on (default: the first of `weeks`).
    pub this_week: Option<Week>,
}

impl PoolQuery {
    /// A filter few profiles pass, with an index of its own to find them by (a role, a
    /// skill, a service). A level band alone is held by one profile in eight: not one.
    fn has_selective_filter(&self) -> bool {
        self.role_id.is_some() || self.skill_id.is_some() || self.lgsl_id.is_some()
    }

    /// Whether something other than a role or a level narrows the profiles first: a
    /// region, a skill, a service or words.
    fn narrowed_without_roles(&self) -> bool {
        self.region.is_some()
            || self.skill_id.is_some()
            || self.lgsl_id.is_some()
            || self.words.as_deref().is_some_and(|w| !terms(w).is_empty())
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Hit {
    pub id: i64,
    pub relevance: f64,
    pub total_free: i64,
}

/// Keeps letters and digits of the search words, each as an exact term for either backend.
pub fn terms(words: &str) -> Vec<String> {
    words
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .take(12)
        .map(|t| t.to_lowercase())
        .collect()
}

/// One page of matching profile ids, best first: relevance, then free hours in the weeks,
/// then id (so pages are stable). Returns up to `limit` hits after skipping `offset`.
pub async fn search(db: &Db, q: &PoolQuery, limit: i64, offset: i64) -> Result<Vec<Hit>> {
    search_with(db, q, limit, offset, None, None).await
}

/// `search`, reading word candidates through `candidates` (with the `matches` generation)
/// when given, and looking only at the profiles in `only` when given.
async fn search_with(
    db: &Db,
    q: &PoolQuery,
    limit: i64,
    offset: i64,
    candidates: Option<(&CandidateCache, i64)>,
    only: Option<&[i64]>,
) -> Result<Vec<Hit>> {
    let (Some(first), Some(last)) = (q.weeks.first().copied(), q.weeks.last().copied()) else {
        return Ok(Vec::new());
    };
    let mut horizon = crate::capacity::horizon(db).await?;
    let covers = |h: Option<Week>| h.is_some_and(|h| column(h, first).is_some() && column(h, last).is_some());
    if !covers(horizon) {
        let start = q.this_week.unwrap_or(first).min(first);
        ensure_horizon(db, start).await?;
        horizon = Some(start);
    }
    let Some(horizon) = horizon else { return Ok(Vec::new()) };
    let columns: Vec<String> = q.weeks.iter().filter_map(|w| column(horizon, *w)).collect();
    if columns.len() != q.weeks.len() {
        return Ok(Vec::new());
    }
    let mut b = SqlBuilder::default();
    let terms = q.words.as_deref().map(terms).unwrap_or_default();
    let selective = q.has_selective_filter();
    // Filters most profiles pass (remote, a minimum of free hours) keep the usual weeks'
    // order; sparser ones go through a walk that gives up in time.
    let dense = q.region.is_none() && q.band.is_none() && q.max_rate_pence.is_none();
    if terms.is_empty() && !selective && dense && columns == crate::capacity::DEFAULT_WINDOW {
        // No words, no selective filter and the usual weeks: read profiles from the most
        // free down (index on next4) and stop after one page. (Selective filters find
        // their few matches faster through their own indexes, below.) The profile is checked per row (EXISTS), not
        // joined, so SQLite does not first build a filter over every profile.
        b.push(
            "SELECT f.profile_id AS id, CAST(0 AS DOUBLE PRECISION) AS relevance, f.next4 AS total_free
             FROM profile_free f WHERE EXISTS (SELECT 1 FROM profiles p WHERE p.id = f.profile_id AND p.status = 'listed'",
        );
        push_filters_per_row(&mut b, q, db.backend());
        b.push(")");
        push_minimum(&mut b, q, &columns);
        if let Some(min) = q.min_free_minutes {
            // At least `min` in each of four weeks is at least four times it in all: the
            // index read stops there, even when nobody has that much.
            let v = b.bind(Bind::I64(min.saturating_mul(4)));
            b.push(&format!(" AND f.next4 >= {v}"));
        }
        push_only(&mut b, "f.profile_id", only);
        let l = b.bind(Bind::I64(limit));
        let o = b.bind(Bind::I64(offset));
        b.push(&format!(" ORDER BY f.next4 DESC, f.profile_id LIMIT {l} OFFSET {o}"));
        return Ok(
            exec!(db, c => bind_all!(sqlx::query_as::<_, Hit>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).fetch_all(c).await)?,
        );
    }

    if !terms.is_empty() {
        let wanted = usize::try_from(offset + limit).unwrap_or(0);
        if matches_up_to(db, &Words::All(&terms), RANKED_MATCHES + 1).await? > RANKED_MATCHES {
            // Common words: relevance among thousands of profiles would cost a ranking of
            // each. Those with every word in their headline or roles come first, then the
            // rest, each by free hours.
            let none = HashSet::new();
            let mut hits =
                ranked_by_free(db, q, &columns, Some(Words::Headline(&terms)), 2.0, wanted, only, &none).await?;
            if hits.len() < wanted {
                // Fewer than a page have the words in their headline: those are all of
                // them, so the rest are the other profiles with the words.
                let first: HashSet<i64> = hits.iter().map(|h| h.id).collect();
                let rest = ranked_by_free(
                    db,
                    q,
                    &columns,
                    Some(Words::All(&terms)),
                    1.0,
                    wanted - hits.len(),
                    only,
                    &first,
                )
                .await?;
                hits.extend(rest);
            }
            return Ok(page_of(hits, limit, offset));
        }
        let mut candidates = match candidates {
            Some((cache, matches)) => cache.get_or_find(db, q, &terms, matches).await?,
            None => Arc::new(word_candidates(db, q, &terms).await?),
        };
        if let Some(only) = only {
            let only: std::collections::HashSet<i64> = only.iter().copied().collect();
            candidates = Arc::new(candidates.iter().filter(|(id, _)| only.contains(id)).copied().collect());
        }
        return rank(db, &candidates, &columns, q.min_free_minutes, limit, offset).await;
    }

    if !selective {
        // Filters that most profiles pass: read from the most free down.
        let wanted = usize::try_from(offset + limit).unwrap_or(0);
        let hits = ranked_by_free(db, q, &columns, None, 0.0, wanted, only, &HashSet::new()).await?;
        return Ok(page_of(hits, limit, offset));
    }

    // A selective filter: the profiles that pass them (driven by the selective filter's index),
    // each with its free minutes in the weeks: columns of its one profile_free row. The
    // column names come from `column`, never from input.
    b.push("WITH matches AS MATERIALIZED (SELECT p.id FROM profiles p WHERE p.status = 'listed'");
    push_filters(&mut b, q, db.backend());
    push_only(&mut b, "p.id", only);
    b.push(") ");
    b.push(&format!(
        "SELECT m.id, CAST(0 AS DOUBLE PRECISION) AS relevance, CAST({} AS BIGINT) AS total_free
         FROM matches m JOIN profile_free f ON f.profile_id = m.id WHERE TRUE",
        free_sum(&columns)
    ));
    push_minimum(&mut b, q, &columns);
    let l = b.bind(Bind::I64(limit));
    let o = b.bind(Bind::I64(offset));
    b.push(&format!(" ORDER BY total_free DESC, m.id LIMIT {l} OFFSET {o}"));
    Ok(
        exec!(db, c => bind_all!(sqlx::query_as::<_, Hit>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).fetch_all(c).await)?,
    )
}

/// Word searches with more matches than this are not ranked by relevance one by one.
const RANKED_MATCHES: i64 = 1000;

/// Profiles read at first, and at most, in one step of a walk from the most free down:
/// most pages are found in the first step or two.
const FIRST_WALK_STEP: i64 = 64;
const LAST_WALK_STEP: i64 = 1024;

/// The full-text table's columns of words as written, and of stems (domain::full_text).
const EVERY_COLUMN: &str = "name headline about skills done_before";
const EVERY_STEM_COLUMN: &str = "headline_stems stems";

/// Which profiles a word condition keeps: those with all the words anywhere, or with all
/// of them in the name, headline or roles.
#[derive(Clone, Copy)]
enum Words<'a> {
    All(&'a [String]),
    Headline(&'a [String]),
}

impl Words<'_> {
    /// The backend's full-text query for the condition (terms are letters and digits only).
    fn query(&self, backend: Backend) -> String {
        let weighted = |t: &[String], w: &str| t.iter().map(|t| format!("{t}{w}")).collect::<Vec<_>>().join(" & ");
        match (backend, self) {
            (Backend::Sqlite, Words::All(t)) => sqlite_match(t, EVERY_COLUMN, EVERY_STEM_COLUMN),
            (Backend::Sqlite, Words::Headline(t)) => sqlite_match(t, "name headline", "headline_stems"),
            (Backend::Postgres, Words::All(t)) => weighted(t, ""),
            (Backend::Postgres, Words::Headline(t)) => weighted(t, ":A"),
        }
    }

    /// "Profile `id_column` is among those with the words", for a statement that reads
    /// many profiles: the matches are found once.
    fn push_in(&self, b: &mut SqlBuilder, backend: Backend, id_column: &str) {
        let m = b.bind(Bind::Text(self.query(backend)));
        let tsquery = postgres_query("to_tsquery", &m);
        let within = match backend {
            Backend::Sqlite => {
                format!(" AND {id_column} IN (SELECT rowid FROM profile_search WHERE profile_search MATCH {m})")
            }
            Backend::Postgres => {
                format!(" AND {id_column} IN (SELECT profile_id FROM profile_search WHERE document @@ {tsquery})")
            }
        };
        b.push(&within);
    }

    /// "Profile `id_column`, between `after` (excluded) and `last`, has the words", on
    /// SQLite: the full-text index reads only that range of its postings.
    fn push_in_range(&self, b: &mut SqlBuilder, id_column: &str, after: i64, last: i64) {
        let m = b.bind(Bind::Text(self.query(Backend::Sqlite)));
        let a = b.bind(Bind::I64(after));
        let l = b.bind(Bind::I64(last));
        b.push(&format!(
            " AND {id_column} IN (SELECT rowid FROM profile_search WHERE profile_search MATCH {m}
               AND rowid > {a} AND rowid <= {l})"
        ));
    }

    /// "Profile `id_column` has the words", for a statement that reads a few profiles.
    fn push_has(&self, b: &mut SqlBuilder, backend: Backend, id_column: &str) {
        let m = b.bind(Bind::Text(self.query(backend)));
        let tsquery = postgres_query("to_tsquery", &m);
        let has = match backend {
            Backend::Sqlite => format!(
                " AND EXISTS (SELECT 1 FROM profile_search WHERE profile_search.rowid = {id_column} AND profile_search MATCH {m})"
            ),
            Backend::Postgres => format!(
                " AND EXISTS (SELECT 1 FROM profile_search s WHERE s.profile_id = {id_column} AND s.document @@ {tsquery})"
            ),
        };
        b.push(&has);
    }
}

/// How many profiles (of any status) have the words, counting no further than `most`.
async fn matches_up_to(db: &Db, words: &Words<'_>, most: i64) -> Result<i64> {
    let mut b = SqlBuilder::default();
    let m = b.bind(Bind::Text(words.query(db.backend())));
    let tsquery = postgres_query("to_tsquery", &m);
    let l = b.bind(Bind::I64(most));
    b.push(&match db.backend() {
        Backend::Sqlite => format!(
            "SELECT COUNT(*) FROM (SELECT rowid FROM profile_search WHERE profile_search MATCH {m} LIMIT {l}) x"
        ),
        Backend::Postgres => {
            format!("SELECT COUNT(*) FROM (SELECT 1 FROM profile_search WHERE document @@ {tsquery} LIMIT {l}) x")
        }
    });
    Ok(
        exec!(db, c => bind_all!(sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).fetch_one(c).await)?,
    )
}

/// Word matches up to which a search is driven from the full-text index: each match is a
/// key read or two, all inside the database. More matches than this are common enough to
/// be met early in a walk from the most free down. (Tests lower it to walk small pools.)
static DENSE_MATCHES: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(10_000);

fn dense_matches() -> i64 {
    DENSE_MATCHES.load(std::sync::atomic::Ordering::Relaxed)
}

/// Sets how many word matches are too many to drive a search from, so that tests reach
/// the walk with a few hundred profiles. Every choice gives the same results.
#[cfg(any(test, feature = "testing"))]
pub fn set_dense_matches(most: i64) {
    DENSE_MATCHES.store(most, std::sync::atomic::Ordering::Relaxed);
}

/// How a walk tells which profiles have the words.
enum Membership<'a> {
    /// Any profile.
    Anyone,
    /// Looked up in the full-text index, profile by profile.
    Lookup(Words<'a>),
}

/// How the one statement that ranks every candidate finds profiles with the words.
#[derive(Clone, Copy)]
enum Driven<'a> {
    /// No words: by the filters' indexes (or all listed profiles).
    Filters,
    /// From the full-text matches, few enough to read each.
    Matches(Words<'a>),
    /// By the filters, with the (many) matches as a condition.
    FiltersAmong(Words<'a>),
}

/// The best `wanted` listed profiles with `words` (when given) that pass the filters and
/// are not in `skip`, by free minutes in the weeks then id, each given `relevance`; all of
/// them when fewer. Many matches (or none asked for) are walked from the most free down,
/// unless a selective filter makes them few or the walk finds its page too slowly (the
/// matches are sparse among the most free); otherwise one statement ranks them all.
#[allow(clippy::too_many_arguments)]
async fn ranked_by_free(
    db: &Db,
    q: &PoolQuery,
    columns: &[String],
    words: Option<Words<'_>>,
    relevance: f64,
    wanted: usize,
    only: Option<&[i64]>,
    skip: &HashSet<i64>,
) -> Result<Vec<Hit>> {
    let selective = q.has_selective_filter();
    // A selective filter's index finds its thousand or so profiles faster than a
    // profile-by-profile read of more word matches than that.
    let most_matches = if selective {
        RANKED_MATCHES.min(dense_matches())
    } else {
        dense_matches()
    };
    let driven = match words {
        None => Driven::Filters,
        Some(w) if matches_up_to(db, &w, most_matches + 1).await? <= most_matches => Driven::Matches(w),
        Some(w) => Driven::FiltersAmong(w),
    };
    let walk = match driven {
        Driven::Filters => Some(Membership::Anyone),
        Driven::FiltersAmong(w) if !selective => Some(Membership::Lookup(w)),
        _ => None,
    };
    let budget = if q.region.is_some() && !q.remote {
        WALK_BUDGET_BEFORE_INDEX
    } else {
        WALK_BUDGET_BEFORE_SCAN
    };
    if let Some(membership) = walk {
        let walked = walk_by_free(db, q, columns, &membership, relevance, wanted, (only, skip), budget).await?;
        if let Some(hits) = walked {
            return Ok(hits);
        }
    }
    top_by_free(db, q, columns, driven, relevance, wanted, only, skip).await
}

/// The best `wanted` as `ranked_by_free` gives them, in one statement that reads every
/// candidate inside the database and returns only those.
#[allow(clippy::too_many_arguments)]
async fn top_by_free(
    db: &Db,
    q: &PoolQuery,
    columns: &[String],
    driven: Driven<'_>,
    relevance: f64,
    wanted: usize,
    only: Option<&[i64]>,
    skip: &HashSet<i64>,
) -> Result<Vec<Hit>> {
    let total = free_sum(columns);
    let mut b = SqlBuilder::default();
    // The relevance is one of the callers' constants, never input.
    let select = format!(
        "SELECT p.id, CAST({relevance:.1} AS DOUBLE PRECISION) AS relevance, CAST({total} AS BIGINT) AS total_free"
    );
    match (driven, db.backend()) {
        (Driven::Matches(w), Backend::Sqlite) => {
            // CROSS JOIN keeps the full-text matches the outer loop.
            let m = b.bind(Bind::Text(w.query(Backend::Sqlite)));
            b.push(&format!(
                "{select} FROM profile_search CROSS JOIN profiles p ON p.id = profile_search.rowid
                 JOIN profile_free f ON f.profile_id = p.id
                 WHERE profile_search MATCH {m} AND p.status = 'listed'"
            ));
        }
        (Driven::Matches(w), Backend::Postgres) => {
            let m = b.bind(Bind::Text(w.query(Backend::Postgres)));
            let tsquery = postgres_query("to_tsquery", &m);
            b.push(&format!(
                "{select} FROM profile_search s JOIN profiles p ON p.id = s.profile_id
                 JOIN profile_free f ON f.profile_id = p.id
                 WHERE s.document @@ {tsquery} AND p.status = 'listed'"
            ));
        }
        (Driven::Filters | Driven::FiltersAmong(_), _) => {
            b.push(&format!(
                "{select} FROM profiles p JOIN profile_free f ON f.profile_id = p.id WHERE p.status = 'listed'"
            ));
        }
    }
    push_filters(&mut b, q, db.backend());
    if let Driven::FiltersAmong(w) = driven {
        w.push_in(&mut b, db.backend(), "p.id");
    }
    push_minimum(&mut b, q, columns);
    push_only(&mut b, "p.id", only);
    if !skip.is_empty() {
        b.push(" AND p.id NOT IN (");
        b.push_ids(skip.iter().copied());
        b.push(")");
    }
    let l = b.bind(Bind::I64(i64::try_from(wanted).unwrap_or(i64::MAX)));
    b.push(&format!(" ORDER BY total_free DESC, p.id LIMIT {l}"));
    Ok(
        exec!(db, c => bind_all!(sqlx::query_as::<_, Hit>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).fetch_all(c).await)?,
    )
}

/// Profiles a walk reads before it gives up for one statement that ranks every
/// candidate. That statement is cheap when a region (without remote workers) or the
/// matches of rare words find the candidates by an index: then a walk pays off only if
/// its page is among the first few hundred most free. Otherwise the statement reads every
/// listed profile, and a long walk is still the cheaper way. Words are looked up only for
/// the profiles that pass the other filters.
const WALK_BUDGET_BEFORE_INDEX: i64 = 256;
const WALK_BUDGET_BEFORE_SCAN: i64 = 4096;

/// The best `wanted` listed profiles with the words (`membership`) that pass the filters
/// and are not in `skip`, by free minutes in the weeks then id: read from the freest down
/// (`most_free`, then id), a window of the index at a time, stopping once no profile
/// further down could reach the page: its free minutes in n weeks are at most n times its
/// freest week, and none below the minimum asked for can have it in every week. None when
/// the budget of profiles read runs out first.
#[allow(clippy::too_many_arguments)]
async fn walk_by_free(
    db: &Db,
    q: &PoolQuery,
    columns: &[String],
    membership: &Membership<'_>,
    relevance: f64,
    wanted: usize,
    (only, skip): (Option<&[i64]>, &HashSet<i64>),
    budget: i64,
) -> Result<Option<Vec<Hit>>> {
    if wanted == 0 {
        return Ok(Some(Vec::new()));
    }
    let weeks = i64::try_from(columns.len()).unwrap_or(i64::MAX);
    let total = free_sum(columns);
    let minimum = q.min_free_minutes.unwrap_or(0);
    // Best first: more free minutes, then the lower id.
    let mut kept: Vec<Hit> = Vec::new();
    let mut level = highest_most_free(db, None).await?;
    let mut after = i64::MIN;
    let mut read = 0;
    let mut step = FIRST_WALK_STEP;
    while let Some(most_free) = level {
        if most_free < minimum {
            break;
        }
        let bound = most_free.saturating_mul(weeks);
        if kept.len() >= wanted {
            let last = &kept[wanted - 1];
            // Nothing further down can pass the last one kept (ties go to the lower id,
            // and ids only grow within a level).
            if bound < last.total_free || (bound == last.total_free && after >= last.id) {
                break;
            }
        }
        if read >= budget {
            return Ok(None);
        }
        // The window: the next `step` profiles of this level, whatever they match.
        let end = exec!(db, c => sqlx::query_scalar::<_, i64>(
            "SELECT profile_id FROM profile_free WHERE most_free = $1 AND profile_id > $2
             ORDER BY profile_id LIMIT 1 OFFSET $3")
            .bind(most_free).bind(after).bind(step - 1).fetch_optional(c).await)?;
        read += step;
        step = (step * 2).min(LAST_WALK_STEP);
        let mut b = SqlBuilder::default();
        b.push(&format!(
            "SELECT f.profile_id, CAST({total} AS BIGINT) FROM profile_free f
             WHERE EXISTS (SELECT 1 FROM profiles p WHERE p.id = f.profile_id AND p.status = 'listed'"
        ));
        push_filters_per_row(&mut b, q, db.backend());
        b.push(")");
        if let Membership::Lookup(w) = membership {
            match db.backend() {
                // FTS5 answers a MATCH one profile at a time slowly (it reads the word's
                // postings afresh each time: 65 µs a profile for a common word), but a
                // MATCH within a range of ids quickly: the window's ids are a range.
                Backend::Sqlite => {
                    let last = match end {
                        Some(end) => Some(end),
                        None => exec!(db, c => sqlx::query_scalar::<_, Option<i64>>(
                            "SELECT MAX(profile_id) FROM profile_free WHERE most_free = $1 AND profile_id > $2")
                            .bind(most_free).bind(after).fetch_one(c).await)?,
                    };
                    w.push_in_range(&mut b, "f.profile_id", after, last.unwrap_or(after));
                }
                Backend::Postgres => w.push_has(&mut b, Backend::Postgres, "f.profile_id"),
            }
        }
        push_minimum(&mut b, q, columns);
        push_only(&mut b, "f.profile_id", only);
        let level_param = b.bind(Bind::I64(most_free));
        let after_param = b.bind(Bind::I64(after));
        b.push(&format!(
            " AND f.most_free = {level_param} AND f.profile_id > {after_param}"
        ));
        if let Some(end) = end {
            let end_param = b.bind(Bind::I64(end));
            b.push(&format!(" AND f.profile_id <= {end_param}"));
        }
        let rows = exec!(db, c => bind_all!(sqlx::query_as::<_, (i64, i64)>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).fetch_all(c).await)?;
        kept.extend(
            rows.into_iter()
                .filter(|(id, _)| !skip.contains(id))
                .map(|(id, total_free)| Hit {
                    id,
                    relevance,
                    total_free,
                }),
        );
        kept.sort_by(|a, b| b.total_free.cmp(&a.total_free).then(a.id.cmp(&b.id)));
        kept.truncate(wanted);
        match end {
            Some(end) => after = end,
            None => {
                level = highest_most_free(db, Some(most_free)).await?;
                after = i64::MIN;
            }
        }
    }
    Ok(Some(kept))
}

/// The highest `most_free` of any profile, below `below` when given.
async fn highest_most_free(db: &Db, below: Option<i64>) -> Result<Option<i64>> {
    Ok(exec!(db, c => sqlx::query_scalar::<_, Option<i64>>(
        "SELECT MAX(most_free) FROM profile_free WHERE most_free < $1")
        .bind(below.unwrap_or(i64::MAX)).fetch_one(c).await)?)
}

/// `hits` (best first) without the first `offset`, at most `limit` of them.
fn page_of(hits: Vec<Hit>, limit: i64, offset: i64) -> Vec<Hit> {
    hits.into_iter()
        .skip(usize::try_from(offset).unwrap_or(0))
        .take(usize::try_from(limit).unwrap_or(0))
        .collect()
}

/// A word search's candidates, best first: every listed profile that has all the words and
/// passes the filters that do not depend on free hours, with its relevance (ties by id).
type Candidates = Vec<(i64, f64)>;

async fn word_candidates(db: &Db, q: &PoolQuery, terms: &[String]) -> Result<Candidates> {
    let mut b = SqlBuilder::default();
    match db.backend() {
        // CROSS JOIN makes the full-text match the outer loop (otherwise SQLite may run it
        // once per profile).
        Backend::Sqlite => {
            let m = b.bind(Bind::Text(sqlite_match(terms, EVERY_COLUMN, EVERY_STEM_COLUMN)));
            // Weights by column: name, headline, about, skills, done-before, stems, headline stems.
            b.push(&format!(
                "SELECT p.id, -bm25(profile_search, 10.0, 10.0, 2.0, 5.0, 3.0, 3.0, 10.0) AS relevance
                 FROM profile_search CROSS JOIN profiles p ON p.id = profile_search.rowid
                 WHERE profile_search MATCH {m} AND p.status = 'listed'"
            ));
        }
        Backend::Postgres => {
            let m = b.bind(Bind::Text(terms.join(" ")));
            let tsquery = postgres_query("websearch_to_tsquery", &m);
            b.push(&format!(
                "SELECT p.id, CAST(ts_rank_cd(s.document, {tsquery}) AS DOUBLE PRECISION) AS relevance
                 FROM profile_search s JOIN profiles p ON p.id = s.profile_id
                 WHERE s.document @@ {tsquery} AND p.status = 'listed'"
            ));
        }
    }
    push_filters(&mut b, q, db.backend());
    b.push(" ORDER BY relevance DESC, p.id");
    Ok(
        exec!(db, c => bind_all!(sqlx::query_as::<_, (i64, f64)>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).fetch_all(c).await)?,
    )
}

/// Candidates read per round when ranking; doubled each round up to the maximum.
const FIRST_ROUND: usize = 64;
const LAST_ROUND: usize = 2048;

/// Ranks candidates by relevance, then free minutes in the weeks, then id, keeping those
/// with at least `min` free minutes in every week, and returns one page. Reads free
/// minutes only for the best candidates: enough for the page, plus any tied with the last
/// one taken (a tie is broken by free minutes, so all tied candidates must be seen).
async fn rank(
    db: &Db,
    candidates: &[(i64, f64)],
    columns: &[String],
    min: Option<i64>,
    limit: i64,
    offset: i64,
) -> Result<Vec<Hit>> {
    let wanted = usize::try_from(offset + limit).unwrap_or(0);
    let mut taken: Vec<Hit> = Vec::new();
    let mut boundary: Option<f64> = None;
    let mut start = 0;
    let mut round = FIRST_ROUND;
    'rounds: while start < candidates.len() {
        let chunk = &candidates[start..(start + round).min(candidates.len())];
        start += chunk.len();
        round = (round * 2).min(LAST_ROUND);
        let free = free_totals(db, chunk, columns, min).await?;
        for (id, relevance) in chunk {
            if boundary.is_some_and(|b| *relevance < b) {
                break 'rounds;
            }
            if let Some(total_free) = free.get(id) {
                taken.push(Hit {
                    id: *id,
                    relevance: *relevance,
                    total_free: *total_free,
                });
                if boundary.is_none() && taken.len() == wanted {
                    boundary = Some(*relevance);
                }
            }
        }
    }
    taken.sort_by(|a, b| {
        b.relevance
            .total_cmp(&a.relevance)
            .then(b.total_free.cmp(&a.total_free))
            .then(a.id.cmp(&b.id))
    });
    Ok(taken
        .into_iter()
        .skip(usize::try_from(offset).unwrap_or(0))
        .take(usize::try_from(limit).unwrap_or(0))
        .collect())
}

/// Total free minutes in the weeks of those of `chunk` with at least `min` in each week.
async fn free_totals(
    db: &Db,
    chunk: &[(i64, f64)],
    columns: &[String],
    min: Option<i64>,
) -> Result<std::collections::HashMap<i64, i64>> {
    let mut b = SqlBuilder::default();
    b.push(&format!(
        "SELECT f.profile_id, CAST({} AS BIGINT) AS total_free FROM profile_free f WHERE f.profile_id IN (",
        free_sum(columns)
    ));
    b.push_ids(chunk.iter().map(|(id, _)| *id));
    b.push(")");
    if let Some(min) = min {
        let v = b.bind(Bind::I64(min));
        for c in columns {
            b.push(&format!(" AND f.{c} >= {v}"));
        }
    }
    let rows = exec!(db, c => bind_all!(sqlx::query_as::<_, (i64, i64)>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).fetch_all(c).await)?;
    Ok(rows.into_iter().collect())
}

/// Word searches' candidates, kept under the `matches` generation: changes to free hours
/// (holds, capacity) leave them valid, so only the cheap ranking is redone.
struct CandidateCache {
    entries: quick_cache::sync::Cache<(i64, PoolQuery), Arc<Candidates>, CandidateWeight>,
}

#[derive(Clone)]
struct CandidateWeight;

impl quick_cache::Weighter<(i64, PoolQuery), Arc<Candidates>> for CandidateWeight {
    fn weight(&self, _key: &(i64, PoolQuery), candidates: &Arc<Candidates>) -> u64 {
        // Bytes, roughly: an id and a relevance per candidate.
        16 * candidates.len() as u64 + 64
    }
}

impl CandidateCache {
    /// Keeps at most `bytes` of candidates (a broad search's are some 100 KB).
    fn new(bytes: u64) -> Self {
        let searches = usize::try_from(bytes / 100_000).unwrap_or(usize::MAX).max(1);
        Self {
            entries: quick_cache::sync::Cache::with_weighter(searches, bytes, CandidateWeight),
        }
    }

    async fn get_or_find(&self, db: &Db, q: &PoolQuery, terms: &[String], matches: i64) -> Result<Arc<Candidates>> {
        // The candidates do not depend on the weeks or the minimum of free hours.
        let key = (
            matches,
            PoolQuery {
                min_free_minutes: None,
                weeks: Vec::new(),
                this_week: None,
                ..q.clone()
            },
        );
        // Searches needing the same candidates at once wait for one of them to find them.
        self.entries
            .get_or_insert_async(&key, async { Ok(Arc::new(word_candidates(db, q, terms).await?)) })
            .await
    }
}

/// Recent search result pages, each kept under the search generation it was computed at.
/// Triggers move the generation in the same transaction as any change a search or its
/// result rows read (migrations 0006 and 0015), so an entry is only ever found while it is
/// still exactly what would be computed now (ADR 0007). `V` is what the caller keeps per
/// page: the hits themselves, or the rows it shows for them.
pub struct SearchCache<V: Weigh> {
    entries: quick_cache::sync::Cache<CacheKey, Arc<V>, ByBytes>,
    /// The latest first page of each search with the hits it was built from, so a change
    /// to free hours that cannot reach the page leaves it valid instead of rebuilding it.
    latest: quick_cache::sync::Cache<(PoolQuery, i64), Arc<Kept<V>>, ByBytes>,
    candidates: CandidateCache,
    /// Pages being checked or built at once, kept below the pool's PostgreSQL connections
    /// (8 on two cores): a cold start under load queues its searches rather than timing
    /// out waiting for a connection, and answers from the cache are not held up.
    building: tokio::sync::Semaphore,
}

const MOST_BUILDING: usize = 4;

#[derive(Clone, PartialEq, Eq, Hash)]
struct CacheKey {
    value: i64,
    free: i64,
    query: PoolQuery,
    limit: i64,
    offset: i64,
}

/// A first page and the generation it is known to be right at.
struct Kept<V> {
    value: i64,
    free: i64,
    hits: Vec<Hit>,
    page: Arc<V>,
}

/// More profiles with changed free hours than this since a page was kept, and it is rebuilt
/// rather than checked (the weekly roll of the horizon changes them all).
const MOST_CHANGED_TO_CHECK: usize = 64;

/// What a kept page weighs in memory, roughly, in bytes: the caches are bounded by memory,
/// not by entries, since one page of results may be a hundred times another.
pub trait Weigh {
    fn bytes(&self) -> u64;
}

impl Weigh for Vec<Hit> {
    fn bytes(&self) -> u64 {
        (self.capacity() * std::mem::size_of::<Hit>()) as u64
    }
}

impl<V: Weigh> Weigh for Kept<V> {
    fn bytes(&self) -> u64 {
        self.hits.bytes() + self.page.bytes()
    }
}

#[derive(Clone)]
struct ByBytes;

impl<K, V: Weigh> quick_cache::Weighter<K, Arc<V>> for ByBytes {
    fn weight(&self, _key: &K, value: &Arc<V>) -> u64 {
        // Each entry also holds its key (a search) and the cache's own bookkeeping.
        value.bytes() + 256
    }
}

impl<V: Weigh> SearchCache<V> {
    /// Keeps at most about `bytes` of pages, hits and candidates; 0 keeps nothing (every
    /// search is run afresh, though searches for the same page at once still share one).
    pub fn new(bytes: u64) -> Self {
        // Pages of results are some 10 KB: the estimate only sizes the caches' tables.
        let pages = usize::try_from(bytes / 10_000).unwrap_or(usize::MAX).max(1);
        Self {
            entries: quick_cache::sync::Cache::with_weighter(pages, bytes / 2, ByBytes),
            latest: quick_cache::sync::Cache::with_weighter(pages, bytes / 4, ByBytes),
            candidates: CandidateCache::new(bytes / 4),
            building: tokio::sync::Semaphore::new(MOST_BUILDING),
        }
    }
}

/// How big the pool's data set is: councils with profiles, profiles (of any status), live
/// holds.
pub async fn pool_size(db: &Db) -> Result<(i64, i64, i64)> {
    Ok(exec!(db, c => sqlx::query_as::<_, (i64, i64, i64)>(
        "SELECT (SELECT COUNT(DISTINCT org_id) FROM profiles),
                (SELECT COUNT(*) FROM profiles),
                (SELECT COUNT(*) FROM capacity_holds WHERE released_at IS NULL)")
        .fetch_one(c).await)?)
}

/// The counters that move with changes a search reads: changes to free hours (`free`),
/// every other change (`value`), and changes to which profiles match (`matches`, which
/// moves with `value`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::FromRow)]
pub struct Generation {
    pub value: i64,
    pub matches: i64,
    pub free: i64,
}

pub async fn generation(db: &Db) -> Result<Generation> {
    Ok(exec!(db, c => sqlx::query_as::<_, Generation>(
        "SELECT value, matches, free FROM search_generation WHERE id = 1")
        .fetch_one(c).await)?)
}

/// Profiles whose free hours changed after `free` (up to `limit` of them).
async fn free_changed_after(db: &Db, free: i64, limit: usize) -> Result<Vec<i64>> {
    Ok(exec!(db, c => sqlx::query_scalar::<_, i64>(
        "SELECT profile_id FROM profile_free WHERE generation > $1 LIMIT $2")
        .bind(free).bind(i64::try_from(limit).unwrap_or(i64::MAX)).fetch_all(c).await)?)
}

/// Whether `a` comes before `b` in results: relevance, then free hours, then id.
fn ranks_before(a: &Hit, b: &Hit) -> bool {
    a.relevance
        .total_cmp(&b.relevance)
        .then(a.total_free.cmp(&b.total_free))
        .then(b.id.cmp(&a.id))
        .is_gt()
}

/// The kept first page of `q`, if it is still what the search would return: nothing but
/// free hours changed since it was kept, and none of the profiles whose hours changed is on
/// it or would now rank onto it. Keeps it again under `now` when so.
async fn still_valid<V: Weigh>(
    db: &Db,
    cache: &SearchCache<V>,
    q: &PoolQuery,
    limit: i64,
    now: Generation,
) -> Result<Option<Arc<V>>> {
    let latest_key = (q.clone(), limit);
    let Some(kept) = cache.latest.get(&latest_key) else {
        return Ok(None);
    };
    if kept.value != now.value || kept.free > now.free {
        return Ok(None);
    }
    let changed = free_changed_after(db, kept.free, MOST_CHANGED_TO_CHECK + 1).await?;
    if changed.len() > MOST_CHANGED_TO_CHECK || kept.hits.iter().any(|h| changed.contains(&h.id)) {
        return Ok(None);
    }
    let rivals = search_with(
        db,
        q,
        i64::try_from(changed.len()).unwrap_or(i64::MAX),
        0,
        Some((&cache.candidates, now.matches)),
        Some(&changed),
    )
    .await?;
    let full = usize::try_from(limit).is_ok_and(|l| kept.hits.len() >= l);
    let enters = |rival: &Hit| !full || kept.hits.last().is_none_or(|last| ranks_before(rival, last));
    if rivals.iter().any(enters) {
        return Ok(None);
    }
    cache.latest.insert(
        latest_key,
        Arc::new(Kept {
            value: now.value,
            free: now.free.max(kept.free),
            hits: kept.hits.clone(),
            page: kept.page.clone(),
        }),
    );
    Ok(Some(kept.page.clone()))
}

/// One page of `search`, turned into what the caller shows by `build` (which may read only
/// tables the generation covers), answered from the cache when nothing it reads has
/// changed since, or when only free hours changed and not in a way that reaches the page.
/// The generation is read first: a change committed in between makes the entry newer than
/// its key, never older.
pub async fn cached_page<V, E, F, Fut>(
    db: &Db,
    cache: &SearchCache<V>,
    q: &PoolQuery,
    limit: i64,
    offset: i64,
    build: F,
) -> std::result::Result<Arc<V>, E>
where
    V: Weigh,
    E: From<crate::StoreError>,
    F: FnOnce(Vec<Hit>) -> Fut,
    Fut: std::future::Future<Output = std::result::Result<V, E>>,
{
    let now = generation(db).await?;
    let key = CacheKey {
        value: now.value,
        free: now.free,
        query: q.clone(),
        limit,
        offset,
    };
    // Requests that miss the same page at once wait for one of them to build it.
    cache
        .entries
        .get_or_insert_async(&key, async {
            let _building = cache
                .building
                .acquire()
                .await
                .map_err(|e| crate::StoreError::Other(e.to_string()))?;
            if offset == 0 {
                if let Some(page) = still_valid(db, cache, q, limit, now).await? {
                    return Ok(page);
                }
            }
            let hits = search_with(db, q, limit, offset, Some((&cache.candidates, now.matches)), None).await?;
            let page = Arc::new(build(hits.clone()).await?);
            if offset == 0 {
                let kept = Kept {
                    value: now.value,
                    free: now.free,
                    hits,
                    page: page.clone(),
                };
                cache.latest.insert((q.clone(), limit), Arc::new(kept));
            }
            Ok(page)
        })
        .await
}

/// `search` through the cache, keeping the hits themselves.
pub async fn cached_search(
    db: &Db,
    cache: &SearchCache<Vec<Hit>>,
    q: &PoolQuery,
    limit: i64,
    offset: i64,
) -> Result<Arc<Vec<Hit>>> {
    cached_page(db, cache, q, limit, offset, |hits| async move {
        Ok::<_, crate::StoreError>(hits)
    })
    .await
}

/// The filters other than words, for a statement whose profile is `p`: as sets the
/// statement can be driven by (`IN`), for one that reads many profiles.
fn push_filters(b: &mut SqlBuilder, q: &PoolQuery, backend: Backend) {
    push_filters_as(b, q, false, backend)
}

/// The filters other than words, checked for each profile in turn (`EXISTS`, a primary-key
/// read each), for a statement that walks profiles in another index's order.
fn push_filters_per_row(b: &mut SqlBuilder, q: &PoolQuery, backend: Backend) {
    push_filters_as(b, q, true, backend)
}

fn push_filters_as(b: &mut SqlBuilder, q: &PoolQuery, per_row: bool, backend: Backend) {
    // IN (…) lets the role, level, skill or service index drive a statement; EXISTS checks
    // one profile without reading every profile with that role.
    let (open, close) = if per_row {
        (" AND EXISTS (SELECT 1 FROM", " AND {link} = p.id)")
    } else {
        (" AND p.id IN (SELECT {link} FROM", ")")
    };
    let wrap = |link: &str, body: &str| {
        format!(
            "{}{body}{}",
            open.replace("{link}", link),
            close.replace("{link}", link)
        )
    };
    if let Some(role) = q.role_id {
        // The role's index finds its few profiles; a band narrows them in the same read.
        let r = b.bind(Bind::I64(role));
        let mut body = format!(" profile_roles pr JOIN ddat_levels l ON l.id = pr.level_id WHERE pr.role_id = {r}");
        if let Some(band) = q.band {
            let v = b.bind(Bind::I64(band));
            body.push_str(&format!(" AND l.band = {v}"));
        }
        b.push(&wrap("pr.profile_id", &body));
    } else if let (Some(band), Backend::Sqlite) = (q.band, backend) {
        // A band alone is a bit of the profile's own row (migration 0024): no join per
        // profile, and no list of the third of all profiles that may hold it.
        match u32::try_from(band)
            .ok()
            .and_then(|n| 1_i64.checked_shl(n))
            .filter(|bit| *bit > 0)
        {
            Some(bit) => {
                let v = b.bind(Bind::I64(bit));
                b.push(&format!(" AND (p.level_bands & {v}) <> 0"));
            }
            None => {
                b.push(" AND FALSE");
            }
        }
    } else if let Some(band) = q.band {
        // PostgreSQL cannot estimate how many rows a bit test keeps, and plans the
        // statements a walk gives up for better from the roles' own rows: the list of
        // profiles with the band, or a check per profile when something else narrows them.
        let v = b.bind(Bind::I64(band));
        let body = format!(" profile_roles pr JOIN ddat_levels l ON l.id = pr.level_id WHERE l.band = {v}");
        if q.narrowed_without_roles() {
            b.push(&format!(" AND EXISTS (SELECT 1 FROM{body} AND pr.profile_id = p.id)"));
        } else {
            b.push(&wrap("pr.profile_id", &body));
        }
    }
    if let Some(skill) = q.skill_id {
        let s = b.bind(Bind::I64(skill));
        b.push(&wrap(
            "ps.profile_id",
            &format!(" profile_skills ps WHERE ps.skill_id = {s}"),
        ));
    }
    if let Some(service) = q.lgsl_id {
        let s = b.bind(Bind::I64(service));
        if per_row {
            b.push(&format!(
                " AND (EXISTS (SELECT 1 FROM profile_services sv WHERE sv.lgsl_id = {s} AND sv.profile_id = p.id)
                    OR EXISTS (SELECT 1 FROM done_before d WHERE d.lgsl_id = {s} AND d.profile_id = p.id))"
            ));
        } else {
            b.push(&format!(
                " AND p.id IN (SELECT sv.profile_id FROM profile_services sv WHERE sv.lgsl_id = {s}
                    UNION SELECT d.profile_id FROM done_before d WHERE d.lgsl_id = {s})"
            ));
        }
    }
    match (&q.region, q.remote) {
        (Some(region), remote) => {
            let r = b.bind(Bind::Text(region.clone()));
            if remote {
                b.push(&format!(" AND (p.region = {r} OR p.work_mode IN ('remote', 'either'))"));
            } else {
                b.push(&format!(" AND p.region = {r}"));
            }
        }
        (None, true) => {
            b.push(" AND p.work_mode IN ('remote', 'either')");
        }
        (None, false) => {}
    }
    if let Some(max) = q.max_rate_pence {
        let m = b.bind(Bind::I64(max));
        b.push(&format!(" AND p.rate_pence IS NOT NULL AND p.rate_pence <= {m}"));
    }
}

/// The free minutes of `profile_free f` summed over the weeks' columns.
fn free_sum(columns: &[String]) -> String {
    columns.iter().map(|c| format!("f.{c}")).collect::<Vec<_>>().join(" + ")
}

/// Keeps only the profiles in `only`, when given, by the id in `column`.
fn push_only(b: &mut SqlBuilder, column: &str, only: Option<&[i64]>) {
    let Some(ids) = only else { return };
    if ids.is_empty() {
        b.push(" AND FALSE");
        return;
    }
    b.push(&format!(" AND {column} IN ("));
    b.push_ids(ids.iter().copied());
    b.push(")");
}

/// "At least N free minutes in every week": a condition on each week's column of `f`.
fn push_minimum(b: &mut SqlBuilder, q: &PoolQuery, columns: &[String]) {
    if let Some(min) = q.min_free_minutes {
        let v = b.bind(Bind::I64(min));
        for c in columns {
            b.push(&format!(" AND f.{c} >= {v}"));
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn terms_are_letters_and_digits_only() {
        assert_eq!(
            super::terms(r#"User "research" OR x* -bins; 2024"#),
            vec!["user", "research", "or", "x", "bins", "2024"]
        );
        assert!(super::terms("  ***  ").is_empty());
    }
}
