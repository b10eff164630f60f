//! The public opportunity list (SPEC §4.3) at national scale: live opportunities first,
//! then the newest, read page by page from indexes in that order (keyset pagination), with
//! words found through each backend's full-text index and a count bounded at
//! `COUNT_BOUND`. A page costs what it shows, however many opportunities are stored
//! (ADR 0013 has the query plans).

use crate::backend::exec;
use crate::sql::{bind_all, Bind, SqlBuilder};
use crate::{Backend, Db, Result};
use chrono::{DateTime, Utc};
use serde::Serialize;

/// Opportunities per page.
pub const PAGE_SIZE: i64 = 20;
/// Counts stop here: beyond it the list says "more than".
pub const COUNT_BOUND: i64 = 500;
/// A word search matching at most this many opportunities reads them all through the
/// full-text index and orders them; one matching more reads the list in order and keeps
/// those that match (it finds a page's worth quickly).
const FEW_MATCHES: i64 = 2000;

/// The public list's filters.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub words: Vec<String>,
    pub kind: Option<String>,
    pub role_id: Option<i64>,
    pub lgsl_id: Option<i64>,
    /// Work in this region, or remote work.
    pub region: Option<String>,
    pub remote_only: bool,
    pub status: Option<domain::opportunities::Status>,
    /// Only those whose maximum rate is at least this (what a practitioner would charge).
    pub min_rate_pence: Option<i64>,
    /// Include opportunities the buyer showed to signed-in people only.
    pub signed_in: bool,
}

/// One row of the list: enough for the result and its link.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Listed {
    pub id: i64,
    pub org_name: String,
    #[sqlx(try_from = "String")]
    pub status: domain::opportunities::Status,
    #[sqlx(try_from = "String")]
    pub kind: domain::opportunities::Kind,
    pub title: String,
    pub summary: String,
    pub role_name: Option<String>,
    pub service_label: Option<String>,
    pub region: Option<String>,
    #[sqlx(try_from = "String")]
    pub work_mode: domain::pool::WorkMode,
    pub minutes: i64,
    pub max_rate_pence: i64,
    pub closes_at: DateTime<Utc>,
    pub published_at: DateTime<Utc>,
    /// Applications sent and not withdrawn.
    pub applications: i64,
    #[serde(skip)]
    pub listed_rank: i64,
}

/// A place in the list: the row a page starts after (or ends before).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub listed_rank: i64,
    pub published_at: DateTime<Utc>,
    pub id: i64,
}

impl Cursor {
    /// The place of a row of the list.
    pub fn of(row: &Listed) -> Self {
        Cursor {
            listed_rank: row.listed_rank,
            published_at: row.published_at,
            id: row.id,
        }
    }

    /// `rank.seconds.nanoseconds.id`: digits and dots, safe in a URL as it is (and matched
    /// by `CURSOR_PATTERN`).
    pub fn encode(&self) -> String {
        format!(
            "{}.{}.{}.{}",
            self.listed_rank,
            self.published_at.timestamp().max(0),
            self.published_at.timestamp_subsec_nanos().min(999_999_999),
            self.id
        )
    }

    pub fn decode(text: &str) -> Option<Self> {
        let number = |part: Option<&str>, digits: usize| -> Option<i64> {
            part.filter(|p| (1..=digits).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))?
                .parse()
                .ok()
        };
        let mut parts = text.split('.');
        let listed_rank = number(parts.next(), 1).filter(|r| matches!(r, 0 | 1))?;
        let seconds = number(parts.next(), 12)?;
        let nanos = number(parts.next(), 9)?;
        let id = number(parts.next(), 18)?;
        if parts.next().is_some() {
            return None;
        }
        Some(Cursor {
            listed_rank,
            published_at: DateTime::from_timestamp(seconds, u32::try_from(nanos).ok()?)?,
            id,
        })
    }
}

/// What every cursor `encode` writes looks like.
pub const CURSOR_PATTERN: &str = r"^[01]\.[0-9]{1,12}\.[0-9]{1,9}\.[0-9]{1,18}$";

/// Which page to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Position {
    #[default]
    First,
    After(Cursor),
    Before(Cursor),
}

/// How many match: exact up to `COUNT_BOUND`, else "more than" it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Count {
    pub count: i64,
    pub more: bool,
}

/// One page, with the cursors of the pages either side (None at either end).
#[derive(Debug, Clone)]
pub struct Page {
    pub rows: Vec<Listed>,
    pub count: Count,
    pub previous: Option<Cursor>,
    pub next: Option<Cursor>,
}

/// Published opportunities (never drafts or withdrawn ones), live first, then newest.
/// Words match title, summary, background and work (stemmed), every word somewhere.
pub async fn list_published(db: &Db, f: &Filter, position: Position) -> Result<Page> {
    let terms = crate::search::terms(&f.words.join(" "));
    let source = match (terms.is_empty(), db.backend()) {
        (true, _) => Source::Table,
        // PostgreSQL reads either kind of word search with the same statement and its
        // planner chooses the route from statistics: no need to count the matches first.
        (false, Backend::Postgres) => Source::FewWords(terms),
        (false, Backend::Sqlite) => word_source(db, &terms).await?,
    };
    if matches!(position, Position::First) && counting_source(f, &source).is_none() {
        return first_page(db, f, &source).await;
    }
    let count = count(db, f, &source).await?;
    let mut position = position;
    let mut rows = match position {
        Position::First => read(db, f, &source, None, PAGE_SIZE + 1).await?,
        Position::After(c) => read(db, f, &source, Some((c, Dir::Older)), PAGE_SIZE + 1).await?,
        Position::Before(c) => {
            let mut rows = read(db, f, &source, Some((c, Dir::Newer)), PAGE_SIZE + 1).await?;
            rows.reverse();
            if rows.len() as i64 <= PAGE_SIZE {
                // Back at the start of the list: show its first page whole.
                position = Position::First;
                rows = read(db, f, &source, None, PAGE_SIZE + 1).await?;
            }
            rows
        }
    };
    let more_beyond = rows.len() as i64 > PAGE_SIZE;
    if matches!(position, Position::Before(_)) {
        rows.remove(0);
    } else {
        rows.truncate(PAGE_SIZE as usize);
    }
    let first = rows.first().map(Cursor::of);
    let last = rows.last().map(Cursor::of);
    let (previous, next) = match position {
        Position::First => (None, last.filter(|_| more_beyond)),
        Position::After(_) => (first, last.filter(|_| more_beyond)),
        Position::Before(_) => (first, last),
    };
    Ok(Page {
        rows,
        count,
        previous,
        next,
    })
}

/// A listed row's columns, from the chosen ids (`chosen`) joined to names.
const ROW_COLUMNS: &str = "p.id, g.name AS org_name, p.status, p.kind, p.title, p.summary, r.name AS role_name,
                s.label AS service_label, p.region, p.work_mode, p.minutes, p.max_rate_pence, p.closes_at,
                p.published_at, CAST(p.applications_count AS BIGINT) AS applications,
                CAST(p.listed_rank AS BIGINT) AS listed_rank";
const ROW_JOINS: &str = "JOIN opportunities p ON p.id = chosen.id
         JOIN organisations g ON g.id = p.org_id
         LEFT JOIN ddat_roles r ON r.id = p.role_id
         LEFT JOIN lgsl_services s ON s.id = p.lgsl_id";

/// Where the rows come from: the table in list order, or (for a word search) the
/// full-text index.
enum Source {
    Table,
    /// Few matches: read them through the full-text index, then order them.
    FewWords(Vec<String>),
    /// Many matches: read the list in order, keeping those that match.
    ManyWords(Vec<String>),
}

#[derive(Clone, Copy)]
enum Dir {
    Older,
    Newer,
}

/// Chooses how to serve a word search from how many opportunities have every word
/// (counting stops just past `FEW_MATCHES`).
async fn word_source(db: &Db, terms: &[String]) -> Result<Source> {
    let mut b = SqlBuilder::default();
    let m = b.bind(Bind::Text(match_text(db.backend(), terms)));
    let l = b.bind(Bind::I64(FEW_MATCHES + 1));
    b.push(&match db.backend() {
        Backend::Sqlite => format!(
            "SELECT COUNT(*) FROM (SELECT rowid FROM opportunity_search WHERE opportunity_search MATCH {m} LIMIT {l}) w"
        ),
        Backend::Postgres => format!(
            "SELECT COUNT(*) FROM (SELECT id FROM opportunities
              WHERE listed_rank IS NOT NULL AND search_document @@ websearch_to_tsquery('english', {m}) LIMIT {l}) w"
        ),
    });
    let matches = exec!(db, c => bind_all!(sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).fetch_one(c).await)?;
    Ok(match matches > FEW_MATCHES {
        true => Source::ManyWords(terms.to_vec()),
        false => Source::FewWords(terms.to_vec()),
    })
}

/// The words as each backend's full-text query: every word, each stemmed.
fn match_text(backend: Backend, terms: &[String]) -> String {
    match backend {
        // Quoted, so that a word such as "and" or "near" is a word, not an operator.
        Backend::Sqlite => terms.iter().map(|t| format!("\"{t}\"")).collect::<Vec<_>>().join(" "),
        Backend::Postgres => terms.join(" "),
    }
}

/// `FROM … WHERE …` of the matching opportunities (alias `o`), with the filters.
fn push_matching(b: &mut SqlBuilder, backend: Backend, f: &Filter, source: &Source) {
    match (source, backend) {
        (Source::FewWords(terms), Backend::Sqlite) => {
            let m = b.bind(Bind::Text(match_text(backend, terms)));
            // CROSS JOIN: the full-text index drives, and each match is looked up by id.
            b.push(&format!(
                " FROM opportunity_search CROSS JOIN opportunities o ON o.id = opportunity_search.rowid
                  WHERE opportunity_search MATCH {m} AND o.listed_rank IS NOT NULL"
            ));
        }
        (Source::ManyWords(terms), Backend::Sqlite) => {
            let m = b.bind(Bind::Text(match_text(backend, terms)));
            // `+o.id` keeps the id from driving: the list's index does, in order, and the
            // matches are a set built once.
            b.push(&format!(
                " FROM opportunities o WHERE o.listed_rank IS NOT NULL
                  AND +o.id IN (SELECT rowid FROM opportunity_search WHERE opportunity_search MATCH {m})"
            ));
        }
        (Source::FewWords(terms) | Source::ManyWords(terms), Backend::Postgres) => {
            let m = b.bind(Bind::Text(match_text(backend, terms)));
            b.push(&format!(
                " FROM opportunities o WHERE o.listed_rank IS NOT NULL
                  AND o.search_document @@ websearch_to_tsquery('english', {m})"
            ));
        }
        (Source::Table, _) => {
            b.push(" FROM opportunities o WHERE o.listed_rank IS NOT NULL");
        }
    }
    if !f.signed_in {
        b.push(" AND o.visibility = 'public'");
    }
    if let Some(k) = &f.kind {
        let p = b.bind(Bind::Text(k.clone()));
        b.push(&format!(" AND o.kind = {p}"));
    }
    if let Some(r) = f.role_id {
        let p = b.bind(Bind::I64(r));
        b.push(&format!(" AND o.role_id = {p}"));
    }
    if let Some(s) = f.lgsl_id {
        let p = b.bind(Bind::I64(s));
        b.push(&format!(" AND o.lgsl_id = {p}"));
    }
    if let Some(r) = &f.region {
        let p = b.bind(Bind::Text(r.clone()));
        b.push(&format!(" AND (o.region = {p} OR o.work_mode IN ('remote', 'either'))"));
    }
    if f.remote_only {
        b.push(" AND o.work_mode IN ('remote', 'either')");
    }
    if let Some(st) = f.status {
        let p = b.bind(Bind::Text(st.as_str().to_string()));
        b.push(&format!(" AND o.status = {p}"));
    }
    if let Some(rate) = f.min_rate_pence {
        let p = b.bind(Bind::I64(rate));
        b.push(&format!(" AND o.max_rate_pence >= {p}"));
    }
}

/// The source that counts faster than the one that reads, if they differ: for a common
/// word with no selective filter, most of its matches pass the filters, so reading
/// matches from the full-text index in its own order reaches the bound after about as
/// many rows, without building the set of every match.
fn counting_source(f: &Filter, source: &Source) -> Option<Source> {
    let selective = f.role_id.is_some() || f.lgsl_id.is_some() || f.status.is_some();
    match source {
        Source::ManyWords(terms) if !selective => Some(Source::FewWords(terms.clone())),
        _ => None,
    }
}

/// The first page and the bounded count in one statement: the first `COUNT_BOUND + 1`
/// matches in list order are chosen from the index once; the count is theirs, and the page
/// is their first rows, joined to names. (The commonest page, so one round trip to the
/// database rather than two.)
async fn first_page(db: &Db, f: &Filter, source: &Source) -> Result<Page> {
    let mut b = SqlBuilder::default();
    b.push("WITH matched AS (SELECT o.id, o.listed_rank, o.published_at");
    push_matching(&mut b, db.backend(), f, source);
    let bound = b.bind(Bind::I64(COUNT_BOUND + 1));
    let page = b.bind(Bind::I64(PAGE_SIZE + 1));
    b.push(&format!(
        " ORDER BY o.listed_rank DESC, o.published_at DESC, o.id DESC LIMIT {bound})
         SELECT {ROW_COLUMNS}, CAST((SELECT COUNT(*) FROM matched) AS BIGINT) AS matched
         FROM (SELECT id FROM matched ORDER BY listed_rank DESC, published_at DESC, id DESC LIMIT {page}) chosen
         {ROW_JOINS}
         ORDER BY p.listed_rank DESC, p.published_at DESC, p.id DESC"
    ));
    let found = exec!(db, c => bind_all!(sqlx::query_as::<_, Counted>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).fetch_all(c).await)?;
    let n = found.first().map(|r| r.matched).unwrap_or(0);
    let mut rows: Vec<Listed> = found.into_iter().map(|r| r.row).collect();
    let more_beyond = rows.len() as i64 > PAGE_SIZE;
    rows.truncate(PAGE_SIZE as usize);
    Ok(Page {
        next: rows.last().map(Cursor::of).filter(|_| more_beyond),
        previous: None,
        rows,
        count: Count {
            count: n.min(COUNT_BOUND),
            more: n > COUNT_BOUND,
        },
    })
}

/// A row of the first page, with how many matched (up to `COUNT_BOUND + 1`).
#[derive(sqlx::FromRow)]
struct Counted {
    #[sqlx(flatten)]
    row: Listed,
    matched: i64,
}

/// How many match, counting no further than just past `COUNT_BOUND`.
async fn count(db: &Db, f: &Filter, source: &Source) -> Result<Count> {
    let faster = counting_source(f, source);
    let source = faster.as_ref().unwrap_or(source);
    let mut b = SqlBuilder::default();
    b.push("SELECT COUNT(*) FROM (SELECT 1 AS one");
    push_matching(&mut b, db.backend(), f, source);
    if !matches!(source, Source::FewWords(_)) {
        // In the list's order, so that the list's indexes (which hold every filtered
        // column) serve the count as they serve the page, without reading the table.
        b.push(" ORDER BY o.listed_rank DESC, o.published_at DESC, o.id DESC");
    }
    let l = b.bind(Bind::I64(COUNT_BOUND + 1));
    b.push(&format!(" LIMIT {l}) matched"));
    let n = exec!(db, c => bind_all!(sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).fetch_one(c).await)?;
    Ok(Count {
        count: n.min(COUNT_BOUND),
        more: n > COUNT_BOUND,
    })
}

/// Up to `limit` rows from a place in the list, going older (the list's order) or newer
/// (its reverse). The page is chosen first and only its rows are joined to names.
async fn read(db: &Db, f: &Filter, source: &Source, from: Option<(Cursor, Dir)>, limit: i64) -> Result<Vec<Listed>> {
    let mut b = SqlBuilder::default();
    // The page's ids are chosen from the index alone (it holds every filtered column);
    // only the chosen rows are then read.
    b.push("SELECT o.id, o.listed_rank, o.published_at");
    push_matching(&mut b, db.backend(), f, source);
    let order = match from {
        Some((c, dir)) => {
            let r = b.bind(Bind::I64(c.listed_rank));
            let p = b.bind(Bind::Time(c.published_at));
            let i = b.bind(Bind::I64(c.id));
            let (compare, order) = match dir {
                Dir::Older => ("<", "DESC"),
                Dir::Newer => (">", "ASC"),
            };
            b.push(&format!(
                " AND (o.listed_rank, o.published_at, o.id) {compare} ({r}, {p}, {i})"
            ));
            order
        }
        None => "DESC",
    };
    let l = b.bind(Bind::I64(limit));
    let sql = format!(
        "SELECT {ROW_COLUMNS}
         FROM ({} ORDER BY o.listed_rank {order}, o.published_at {order}, o.id {order} LIMIT {l}) chosen
         {ROW_JOINS}
         ORDER BY p.listed_rank {order}, p.published_at {order}, p.id {order}",
        b.sql
    );
    Ok(
        exec!(db, c => bind_all!(sqlx::query_as::<_, Listed>(sqlx::AssertSqlSafe(sql.as_str())), &b.binds).fetch_all(c).await)?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_refuse_anything_else() {
        let c = Cursor {
            listed_rank: 1,
            published_at: DateTime::from_timestamp_nanos(1_764_000_000_123_456_789),
            id: 42,
        };
        assert_eq!(Cursor::decode(&c.encode()), Some(c));
        for bad in [
            "",
            "1.2.3",
            "2.1.1.1",
            "1.x.1.1",
            "1.1.1.1.1",
            "-1.1.1.1",
            "1..1.1",
            "1.1.1000000000.1",
        ] {
            assert_eq!(Cursor::decode(bad), None, "{bad}");
        }
    }
}
