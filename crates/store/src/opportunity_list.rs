//! The public opportunity list (SPEC §4.3) at national scale: live opportunities first,
//! then the newest, read page by page from indexes in that order (keyset pagination on
//! the one-integer `list_key`), with words found through each backend's full-text index
//! and a count bounded at `COUNT_BOUND`. A page costs what it shows, however many
//! opportunities are stored (ADR 0013 has the query plans).

use crate::backend::exec;
use crate::sql::{bind_all, Bind, SqlBuilder};
use crate::{Backend, Db, Result};
use chrono::{DateTime, Utc};
use serde::Serialize;

/// Opportunities per page.
pub const PAGE_SIZE: i64 = 20;
/// Counts stop here: beyond it the list says "more than".
pub const COUNT_BOUND: i64 = 500;
/// With a selective filter, a word search matching at most this many opportunities reads
/// the full-text index in the list's order; one matching more reads the filter's index in
/// order and keeps rows among the matches (it finds a page's worth quickly).
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

impl Filter {
    /// Whether a filter that picks a small part of the list (and has an index of its
    /// own) is set: a role, a service or a status. The others (kind, region, remote,
    /// rate, who may see it) keep a large part of any word's matches.
    fn selective(&self) -> bool {
        self.role_id.is_some() || self.lgsl_id.is_some() || self.status.is_some()
    }
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
    pub list_key: i64,
}

/// A place in the list: the row a page starts after (or ends before), by its `list_key`
/// (live first, then published newest first, then id: see migration 0025).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub list_key: i64,
}

impl Cursor {
    /// The place of a row of the list.
    pub fn of(row: &Listed) -> Self {
        Cursor { list_key: row.list_key }
    }

    /// The key in decimal: digits only, safe in a URL as it is (and matched by
    /// `CURSOR_PATTERN`).
    pub fn encode(&self) -> String {
        self.list_key.to_string()
    }

    /// Any string `CURSOR_PATTERN` matches is a place: one beyond every key (more than a
    /// signed 64-bit integer holds) is before the first row.
    pub fn decode(text: &str) -> Option<Self> {
        if !(1..=19).contains(&text.len()) || !text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let key: u64 = text.parse().ok()?;
        Some(Cursor {
            list_key: i64::try_from(key).unwrap_or(i64::MAX),
        })
    }
}

/// What every cursor `encode` writes looks like.
pub const CURSOR_PATTERN: &str = r"^[0-9]{1,19}$";

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

impl Count {
    /// From a count that stopped just past `COUNT_BOUND`.
    fn bounded(counted: i64) -> Self {
        Count {
            count: counted.min(COUNT_BOUND),
            more: counted > COUNT_BOUND,
        }
    }
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
    let source = source(db, f).await?;
    let mut position = position;
    let (mut rows, matched) = match position {
        Position::First => read(db, f, &source, None).await?,
        Position::After(c) => read(db, f, &source, Some((c, Dir::Older))).await?,
        Position::Before(c) => {
            let (mut rows, matched) = read(db, f, &source, Some((c, Dir::Newer))).await?;
            rows.reverse();
            if rows.len() as i64 <= PAGE_SIZE {
                // Back at the start of the list: show its first page whole.
                position = Position::First;
                read(db, f, &source, None).await?
            } else {
                (rows, matched)
            }
        }
    };
    let count = match matched {
        Some(n) => Count::bounded(n),
        // No row on the first page: nothing matches.
        None if matches!(position, Position::First) => Count { count: 0, more: false },
        // A place past either end (a cursor from an older list): the count on its own.
        None => count(db, f, &source).await?,
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

/// Published opportunities for open data: up to `limit` rows after a place in the list
/// (from its start when None), in the list's order, with no count. The caller asks for one
/// more row than it shows to know whether another page follows.
pub async fn rows_after(db: &Db, f: &Filter, after: Option<Cursor>, limit: i64) -> Result<Vec<Listed>> {
    let source = source(db, f).await?;
    let from = after.map(|c| (c, Dir::Older));
    Ok(read_up_to(db, f, &source, from, limit, false).await?.0)
}

/// Where a search's rows come from.
async fn source(db: &Db, f: &Filter) -> Result<Source> {
    let terms = crate::search::terms(&f.words.join(" "));
    Ok(match (terms.is_empty(), db.backend()) {
        (true, _) => Source::Table,
        // PostgreSQL reads either kind of word search with the same statement and its
        // planner chooses the route from statistics: no need to count the matches first.
        (false, Backend::Postgres) => Source::WordsInOrder(terms),
        // No filter that picks few rows: the full-text index is read in the list's order
        // and the first matches that pass fill the page, however many match.
        (false, Backend::Sqlite) if !f.selective() => Source::WordsInOrder(terms),
        (false, Backend::Sqlite) => word_source(db, &terms).await?,
    })
}

/// A listed row's columns, from the chosen ids (`chosen`) joined to names.
const ROW_COLUMNS: &str = "p.id, g.name AS org_name, p.status, p.kind, p.title, p.summary, r.name AS role_name,
                s.label AS service_label, p.region, p.work_mode, p.minutes, p.max_rate_pence, p.closes_at,
                p.published_at, CAST(p.applications_count AS BIGINT) AS applications,
                CAST(p.list_key AS BIGINT) AS list_key";
const ROW_JOINS: &str = "JOIN opportunities p ON p.id = chosen.id
         JOIN organisations g ON g.id = p.org_id
         LEFT JOIN ddat_roles r ON r.id = p.role_id
         LEFT JOIN lgsl_services s ON s.id = p.lgsl_id";

/// Where the rows come from: the table in list order, or (for a word search) the
/// full-text index.
enum Source {
    Table,
    /// The full-text index read in the list's order (SQLite: its key is `list_key`),
    /// each match's filters checked in the list's index; the read stops when the page is
    /// full. For words alone, and for words with filters that few match.
    WordsInOrder(Vec<String>),
    /// Words with filters, many matches: the filter's index read in the list's order,
    /// keeping rows whose key is in the set of matches.
    WordsAsSet(Vec<String>),
}

#[derive(Clone, Copy)]
enum Dir {
    Older,
    Newer,
}

/// Chooses how SQLite serves a word search with a selective filter, from how many
/// opportunities have every word (counting stops just past `FEW_MATCHES`). PostgreSQL's
/// planner makes that choice itself.
async fn word_source(db: &Db, terms: &[String]) -> Result<Source> {
    let matches = exec!(db, c => sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM (SELECT rowid FROM opportunity_words WHERE opportunity_words MATCH $1 LIMIT $2) w")
        .bind(match_text(Backend::Sqlite, terms)).bind(FEW_MATCHES + 1).fetch_one(c).await)?;
    Ok(match matches > FEW_MATCHES {
        true => Source::WordsAsSet(terms.to_vec()),
        false => Source::WordsInOrder(terms.to_vec()),
    })
}

/// The words as each backend's full-text query: every word, as written or by its English
/// stem (domain::full_text).
fn match_text(backend: Backend, terms: &[String]) -> String {
    match backend {
        Backend::Sqlite => crate::full_text::sqlite_match(terms, "title summary background work", "stems"),
        Backend::Postgres => terms.join(" "),
    }
}

/// The column a source is read in order of (the list's order): the full-text index's key
/// when it drives (so that SQLite reads the index in that order and stops at the page's
/// end, instead of sorting every match), else the table's `list_key`.
fn key_column(backend: Backend, source: &Source) -> &'static str {
    match (source, backend) {
        (Source::WordsInOrder(_), Backend::Sqlite) => "opportunity_words.rowid",
        _ => "o.list_key",
    }
}

/// `FROM … WHERE …` of the matching opportunities (alias `o`), with the filters.
fn push_matching(b: &mut SqlBuilder, backend: Backend, f: &Filter, source: &Source) {
    match (source, backend) {
        (Source::WordsInOrder(terms), Backend::Sqlite) => {
            let m = b.bind(Bind::Text(match_text(backend, terms)));
            // CROSS JOIN: the full-text index drives, in the list's order (its key is
            // list_key), and each match's filtered columns are read from the list's index.
            b.push(&format!(
                " FROM opportunity_words CROSS JOIN opportunities o ON o.list_key = opportunity_words.rowid
                  WHERE opportunity_words MATCH {m} AND o.listed_rank IS NOT NULL AND o.hidden_at IS NULL"
            ));
        }
        (Source::WordsAsSet(terms), Backend::Sqlite) => {
            let m = b.bind(Bind::Text(match_text(backend, terms)));
            // `+o.list_key` keeps the key from driving: the selective filter's index does,
            // in order, and the matches are a set built once.
            b.push(&format!(
                " FROM opportunities o WHERE o.listed_rank IS NOT NULL AND o.hidden_at IS NULL
                  AND +o.list_key IN (SELECT rowid FROM opportunity_words WHERE opportunity_words MATCH {m})"
            ));
        }
        (Source::WordsInOrder(terms) | Source::WordsAsSet(terms), Backend::Postgres) => {
            let m = b.bind(Bind::Text(match_text(backend, terms)));
            let tsquery = crate::full_text::postgres_query("websearch_to_tsquery", &m);
            b.push(&format!(
                " FROM opportunities o WHERE o.listed_rank IS NOT NULL AND o.hidden_at IS NULL
                  AND o.search_document @@ {tsquery}"
            ));
        }
        (Source::Table, _) => {
            b.push(" FROM opportunities o WHERE o.listed_rank IS NOT NULL AND o.hidden_at IS NULL");
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

/// A row of a page, with how many match (up to `COUNT_BOUND + 1`).
#[derive(sqlx::FromRow)]
struct Counted {
    #[sqlx(flatten)]
    row: Listed,
    matched: i64,
}

/// `SELECT COUNT(*)` of the matches, stopping just past `COUNT_BOUND`: the inside of a
/// scalar subquery, or a statement of its own.
fn push_count(b: &mut SqlBuilder, backend: Backend, f: &Filter, source: &Source) {
    b.push("SELECT COUNT(*) FROM (SELECT 1 AS one");
    push_matching(b, backend, f, source);
    if !matches!(source, Source::WordsInOrder(_)) {
        // In the list's order, so that the list's indexes (which hold every filtered
        // column) serve the count as they serve the page, without reading the table.
        b.push(" ORDER BY o.list_key DESC");
    }
    let l = b.bind(Bind::I64(COUNT_BOUND + 1));
    b.push(&format!(" LIMIT {l}) matched"));
}

/// How many match, counting no further than just past `COUNT_BOUND`.
async fn count(db: &Db, f: &Filter, source: &Source) -> Result<Count> {
    let mut b = SqlBuilder::default();
    push_count(&mut b, db.backend(), f, source);
    let n = exec!(db, c => bind_all!(sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).fetch_one(c).await)?;
    Ok(Count::bounded(n))
}

/// Up to a page and one more row from a place in the list, going older (the list's order)
/// or newer (its reverse), with the bounded count of every match (None when no row came
/// back). One statement: the page's ids are chosen from the index alone (it holds every
/// filtered column) and only their rows are read and joined to names; the count is an
/// uncorrelated subquery, run once, that reads no row beyond the bound.
async fn read(db: &Db, f: &Filter, source: &Source, from: Option<(Cursor, Dir)>) -> Result<(Vec<Listed>, Option<i64>)> {
    read_up_to(db, f, source, from, PAGE_SIZE + 1, true).await
}

/// Up to `limit` rows from a place in the list, with the bounded count when `counted`
/// (else the count column is 0 and no count is made).
async fn read_up_to(
    db: &Db,
    f: &Filter,
    source: &Source,
    from: Option<(Cursor, Dir)>,
    limit: i64,
    counted: bool,
) -> Result<(Vec<Listed>, Option<i64>)> {
    let backend = db.backend();
    let mut b = SqlBuilder::default();
    let count_sql = if counted {
        push_count(&mut b, backend, f, source);
        std::mem::take(&mut b.sql)
    } else {
        "SELECT 0".to_string()
    };
    let key = key_column(backend, source);
    b.push("SELECT o.id");
    push_matching(&mut b, backend, f, source);
    let order = match from {
        Some((c, dir)) => {
            let k = b.bind(Bind::I64(c.list_key));
            let (compare, order) = match dir {
                Dir::Older => ("<", "DESC"),
                Dir::Newer => (">", "ASC"),
            };
            b.push(&format!(" AND {key} {compare} {k}"));
            order
        }
        None => "DESC",
    };
    let l = b.bind(Bind::I64(limit));
    let sql = format!(
        "SELECT {ROW_COLUMNS}, CAST(({count_sql}) AS BIGINT) AS matched
         FROM ({} ORDER BY {key} {order} LIMIT {l}) chosen
         {ROW_JOINS}
         ORDER BY p.list_key {order}",
        b.sql
    );
    let found = exec!(db, c => bind_all!(sqlx::query_as::<_, Counted>(sqlx::AssertSqlSafe(sql.as_str())), &b.binds).fetch_all(c).await)?;
    let matched = found.first().map(|r| r.matched);
    Ok((found.into_iter().map(|r| r.row).collect(), matched))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_refuse_anything_else() {
        let c = Cursor {
            list_key: (1 << 62) | (850_000_000 << 30) | 42,
        };
        assert_eq!(Cursor::decode(&c.encode()), Some(c));
        // Beyond the largest key: the start of the list.
        for beyond in ["9223372036854775808", "9999999999999999999"] {
            assert_eq!(Cursor::decode(beyond), Some(Cursor { list_key: i64::MAX }));
        }
        for bad in ["", "1.2", "x", "-1", "+1", "99999999999999999999", " 1"] {
            assert_eq!(Cursor::decode(bad), None, "{bad}");
        }
    }
}
