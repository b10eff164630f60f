//! Free capacity per week, computed in SQL from each profile's weekly capacity, available
//! dates, unavailable weeks and the holds on it (SPEC §4.2), and the holds themselves.

use crate::backend::exec;
use crate::sql::{bind_all, Bind, SqlBuilder};
use crate::{Exec, Result, Tx};
use chrono::{DateTime, Utc};
use domain::weeks::Week;
use std::collections::HashMap;

/// Free minutes of profile `p` in the week from `start` to `end` (SQL expressions): zero
/// outside the available dates or in a week marked unavailable, else the weekly capacity
/// less the holds, never below zero. The one definition of free minutes.
pub(crate) fn free_minutes_sql(start: &str, end: &str) -> String {
    format!(
        "CASE
    WHEN p.available_from IS NULL OR p.available_from > {end}
      OR (p.available_to IS NOT NULL AND p.available_to < {start})
      OR EXISTS (SELECT 1 FROM unavailable_weeks u WHERE u.profile_id = p.id AND u.week_start = {start})
    THEN 0
    ELSE (SELECT CASE WHEN p.capacity_minutes - COALESCE(SUM(h.minutes), 0) > 0
                      THEN p.capacity_minutes - COALESCE(SUM(h.minutes), 0) ELSE 0 END
          FROM capacity_holds h
          WHERE h.profile_id = p.id AND h.week_start = {start} AND h.released_at IS NULL)
    END"
    )
}

/// Writes `WITH weeks(week_start, week_end) AS (VALUES …)` for the given weeks.
pub(crate) fn weeks_cte(b: &mut SqlBuilder, weeks: &[Week]) {
    b.push("WITH weeks(week_start, week_end) AS (VALUES ");
    for (i, week) in weeks.iter().enumerate() {
        if i > 0 {
            b.push(", ");
        }
        let start = b.bind(Bind::Date(week.monday()));
        let end = b.bind(Bind::Date(week.sunday()));
        b.push(&format!("({start}, {end})"));
    }
    b.push(") ");
}

#[derive(sqlx::FromRow)]
struct FreeRow {
    profile_id: i64,
    week_start: chrono::NaiveDate,
    free_minutes: i64,
}

/// Free minutes for each profile in each week, in the order of `weeks`.
pub async fn free_by_week<'a>(
    exec: impl Into<Exec<'a>>,
    profile_ids: &[i64],
    weeks: &[Week],
) -> Result<HashMap<i64, Vec<i64>>> {
    let mut result: HashMap<i64, Vec<i64>> = profile_ids.iter().map(|id| (*id, vec![0; weeks.len()])).collect();
    if profile_ids.is_empty() || weeks.is_empty() {
        return Ok(result);
    }
    let mut b = SqlBuilder::default();
    weeks_cte(&mut b, weeks);
    b.push(&format!(
        "SELECT p.id AS profile_id, w.week_start, CAST({} AS BIGINT) AS free_minutes
         FROM profiles p CROSS JOIN weeks w WHERE p.id IN (",
        free_minutes_sql("w.week_start", "w.week_end")
    ));
    b.push_ids(profile_ids.iter().copied());
    b.push(")");
    let rows = exec!(exec, c => bind_all!(sqlx::query_as::<_, FreeRow>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).fetch_all(c).await)?;
    for row in rows {
        if let (Some(slots), Some(index)) = (
            result.get_mut(&row.profile_id),
            weeks.iter().position(|w| w.monday() == row.week_start),
        ) {
            slots[index] = row.free_minutes;
        }
    }
    Ok(result)
}

/// Free minutes for each profile in each week as the search keeps them (`profile_free`,
/// refreshed in every transaction that changes them), for showing search results: the
/// figures they were ranked by, read without summing holds. Weeks beyond the kept horizon
/// are computed as `free_by_week` does.
pub async fn kept_free_by_week(db: &crate::Db, profile_ids: &[i64], weeks: &[Week]) -> Result<HashMap<i64, Vec<i64>>> {
    let columns: Option<Vec<String>> = match horizon(db).await? {
        Some(first) => weeks.iter().map(|w| column(first, *w)).collect(),
        None => None,
    };
    let Some(columns) = columns.filter(|c| !c.is_empty() && !profile_ids.is_empty()) else {
        return free_by_week(db, profile_ids, weeks).await;
    };
    let mut result: HashMap<i64, Vec<i64>> = profile_ids.iter().map(|id| (*id, vec![0; weeks.len()])).collect();
    let mut b = SqlBuilder::default();
    // The week's position and the column holding it come from `column`, never from input.
    let positions = (0..columns.len())
        .map(|i| format!("({i})"))
        .collect::<Vec<_>>()
        .join(", ");
    let cases = columns
        .iter()
        .enumerate()
        .map(|(i, c)| format!(" WHEN {i} THEN f.{c}"))
        .collect::<String>();
    b.push(&format!(
        "WITH w(i) AS (VALUES {positions})
         SELECT f.profile_id, CAST(w.i AS BIGINT), CAST(CASE w.i{cases} END AS BIGINT)
         FROM profile_free f CROSS JOIN w WHERE f.profile_id IN ("
    ));
    b.push_ids(profile_ids.iter().copied());
    b.push(")");
    let rows = exec!(db, c => bind_all!(sqlx::query_as::<_, (i64, i64, i64)>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).fetch_all(c).await)?;
    for (profile_id, position, free) in rows {
        if let Some(slot) = result
            .get_mut(&profile_id)
            .and_then(|slots| slots.get_mut(usize::try_from(position).unwrap_or(usize::MAX)))
        {
            *slot = free;
        }
    }
    Ok(result)
}

/// What holds a week's hours: a booking request, a booking, or a contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HoldKind {
    Request,
    Booking,
    Contract,
}

impl HoldKind {
    fn as_str(self) -> &'static str {
        match self {
            HoldKind::Request => "request",
            HoldKind::Booking => "booking",
            HoldKind::Contract => "contract",
        }
    }
}

pub struct NewHold<'s> {
    pub profile_id: i64,
    pub week: Week,
    pub minutes: i64,
    pub kind: HoldKind,
    pub source_type: &'s str,
    pub source_id: i64,
}

pub async fn add_hold(tx: &mut Tx, hold: &NewHold<'_>, now: DateTime<Utc>) -> Result<i64> {
    let id = exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO capacity_holds (profile_id, week_start, minutes, kind, source_type, source_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id")
        .bind(hold.profile_id).bind(hold.week.monday()).bind(hold.minutes).bind(hold.kind.as_str())
        .bind(hold.source_type).bind(hold.source_id).bind(now).fetch_one(c).await)?;
    refresh_free_hours(tx, hold.profile_id).await?;
    Ok(id)
}

/// Releases every live hold of one source (a declined request, a terminated contract).
pub async fn release_holds(tx: &mut Tx, source_type: &str, source_id: i64, now: DateTime<Utc>) -> Result<u64> {
    let affected = exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
        "SELECT DISTINCT profile_id FROM capacity_holds WHERE source_type = $1 AND source_id = $2 AND released_at IS NULL")
        .bind(source_type).bind(source_id).fetch_all(c).await)?;
    let released = exec!(&mut *tx, c => sqlx::query(
        "UPDATE capacity_holds SET released_at = $1 WHERE source_type = $2 AND source_id = $3 AND released_at IS NULL")
        .bind(now).bind(source_type).bind(source_id).execute(c).await.map(|r| r.rows_affected()))?;
    for profile_id in affected {
        refresh_free_hours(tx, profile_id).await?;
    }
    Ok(released)
}

/// Holds the minutes of each week of `schedule` for one source, then refreshes the
/// profile's free hours once.
pub async fn add_holds(
    tx: &mut Tx,
    profile_id: i64,
    schedule: &std::collections::BTreeMap<Week, i64>,
    kind: HoldKind,
    source: (&str, i64),
    now: DateTime<Utc>,
) -> Result<()> {
    for (week, minutes) in schedule.iter().filter(|(_, m)| **m > 0) {
        exec!(&mut *tx, c => sqlx::query(
            "INSERT INTO capacity_holds (profile_id, week_start, minutes, kind, source_type, source_id, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)")
            .bind(profile_id).bind(week.monday()).bind(*minutes).bind(kind.as_str())
            .bind(source.0).bind(source.1).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    }
    refresh_free_hours(tx, profile_id).await
}

/// Releases a source's live holds for `from` and every later week (the unworked part of
/// a contract that ends early). Returns the minutes released.
pub async fn release_holds_from(tx: &mut Tx, source: (&str, i64), from: Week, now: DateTime<Utc>) -> Result<i64> {
    let rows = exec!(&mut *tx, c => sqlx::query_as::<_, (i64, i64)>(
        "SELECT profile_id, minutes FROM capacity_holds
         WHERE source_type = $1 AND source_id = $2 AND week_start >= $3 AND released_at IS NULL")
        .bind(source.0).bind(source.1).bind(from.monday()).fetch_all(c).await)?;
    exec!(&mut *tx, c => sqlx::query(
        "UPDATE capacity_holds SET released_at = $1
         WHERE source_type = $2 AND source_id = $3 AND week_start >= $4 AND released_at IS NULL")
        .bind(now).bind(source.0).bind(source.1).bind(from.monday()).execute(c).await.map(|r| r.rows_affected()))?;
    let mut profiles: Vec<i64> = rows.iter().map(|(p, _)| *p).collect();
    profiles.sort_unstable();
    profiles.dedup();
    for profile_id in profiles {
        refresh_free_hours(tx, profile_id).await?;
    }
    Ok(rows.iter().map(|(_, m)| m).sum())
}

/// Live held minutes of one source, by week.
pub async fn held_by_source<'a>(
    exec: impl Into<Exec<'a>>,
    source: (&str, i64),
) -> Result<std::collections::BTreeMap<Week, i64>> {
    let rows = exec!(exec, c => sqlx::query_as::<_, (chrono::NaiveDate, i64)>(
        "SELECT week_start, CAST(SUM(minutes) AS BIGINT) FROM capacity_holds
         WHERE source_type = $1 AND source_id = $2 AND released_at IS NULL GROUP BY week_start")
        .bind(source.0).bind(source.1).fetch_all(c).await)?;
    Ok(rows
        .into_iter()
        .filter_map(|(monday, minutes)| Week::starting(monday).map(|w| (w, minutes)))
        .collect())
}

/// Makes the rest of the caller's transaction the only one changing this profile's holds:
/// a capacity check and the holds it allows then cannot interleave with another's. On
/// PostgreSQL an advisory lock per profile, released at commit; SQLite's single writer
/// already runs one transaction at a time. Take it before any write in the transaction.
pub async fn lock_profile_capacity(tx: &mut Tx, profile_id: i64) -> Result<()> {
    if tx.backend() == crate::Backend::Postgres {
        exec!(&mut *tx, c => sqlx::query("SELECT pg_advisory_xact_lock(7710002, CAST($1 AS INTEGER))")
            .bind(profile_id).execute(c).await.map(|r| r.rows_affected()))?;
    }
    Ok(())
}

/// How many weeks `profile_free` holds: this week and the 26 after it (columns w0–w26).
pub const HORIZON_WEEKS: i64 = 27;

#[derive(sqlx::FromRow)]
struct HorizonRow {
    first_week: chrono::NaiveDate,
}

/// The first week `profile_free` covers now (its column w0), if it has been filled.
pub async fn horizon<'a>(exec: impl Into<Exec<'a>>) -> Result<Option<Week>> {
    let row = exec!(exec, c => sqlx::query_as::<_, HorizonRow>("SELECT first_week FROM week_horizon WHERE id = 1")
        .fetch_optional(c).await)?;
    Ok(row.and_then(|r| Week::starting(r.first_week)))
}

/// The column of `profile_free` holding `week`, when the horizon starting at `first` covers it.
pub fn column(first: Week, week: Week) -> Option<String> {
    let offset = (week.monday() - first.monday()).num_days() / 7;
    (0..HORIZON_WEEKS).contains(&offset).then(|| format!("w{offset}"))
}

/// `INSERT INTO profile_free … SELECT` computing every column for the horizon from `first`;
/// the caller adds the WHERE clause choosing profiles.
fn fill_statement(b: &mut SqlBuilder, first: Week) {
    let columns: Vec<String> = (0..HORIZON_WEEKS).map(|i| format!("w{i}")).collect();
    b.push(&format!(
        "INSERT INTO profile_free (profile_id, {}) SELECT p.id",
        columns.join(", ")
    ));
    for week in first.through(first.plus(HORIZON_WEEKS - 1)) {
        let start = b.bind(Bind::Date(week.monday()));
        let end = b.bind(Bind::Date(week.sunday()));
        b.push(&format!(", CAST({} AS BIGINT)", free_minutes_sql(&start, &end)));
    }
    b.push(" FROM profiles p");
}

fn on_conflict_update(b: &mut SqlBuilder) {
    let sets: Vec<String> = (0..HORIZON_WEEKS).map(|i| format!("w{i} = excluded.w{i}")).collect();
    b.push(&format!(" ON CONFLICT (profile_id) DO UPDATE SET {}", sets.join(", ")));
}

/// Makes `profile_free` start at `first`: recomputes every profile's columns. Idempotent,
/// so instances doing it at once do no harm; a no-op when it already starts there.
pub async fn ensure_horizon(db: &crate::Db, first: Week) -> Result<()> {
    if horizon(db).await? == Some(first) {
        return Ok(());
    }
    let mut tx = db.begin().await?;
    // One roll at a time: on PostgreSQL others wait here, then find it done. (SQLite's
    // single writer already serialises this transaction.)
    if tx.backend() == crate::Backend::Postgres {
        exec!(&mut tx, c => sqlx::query("SELECT pg_advisory_xact_lock(7710001)").execute(c).await.map(|r| r.rows_affected()))?;
    }
    if horizon(&mut tx).await? == Some(first) {
        return Ok(());
    }
    exec!(&mut tx, c => sqlx::query(
        "INSERT INTO week_horizon (id, first_week, last_week) VALUES (1, $1, $2)
         ON CONFLICT (id) DO UPDATE SET first_week = $1, last_week = $2")
        .bind(first.monday()).bind(first.plus(HORIZON_WEEKS - 1).monday()).execute(c).await.map(|r| r.rows_affected()))?;
    let mut b = SqlBuilder::default();
    fill_statement(&mut b, first);
    // WHERE TRUE keeps SQLite from reading the upsert's ON as a join condition.
    b.push(" WHERE TRUE");
    on_conflict_update(&mut b);
    exec!(&mut tx, c => bind_all!(sqlx::query(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).execute(c).await.map(|r| r.rows_affected()))?;
    tx.commit().await
}

/// The default search window: this week and the next three (the first four columns).
pub const DEFAULT_WINDOW: [&str; 4] = ["w0", "w1", "w2", "w3"];

/// Recomputes one profile's free minutes for every week of the horizon, in the caller's
/// transaction. Call it after any change to capacity, dates, unavailable weeks or holds.
pub async fn refresh_free_hours(tx: &mut Tx, profile_id: i64) -> Result<()> {
    let Some(first) = horizon(&mut *tx).await? else {
        return Ok(());
    };
    let mut b = SqlBuilder::default();
    fill_statement(&mut b, first);
    let id = b.bind(Bind::I64(profile_id));
    b.push(&format!(" WHERE p.id = {id}"));
    on_conflict_update(&mut b);
    exec!(&mut *tx, c => bind_all!(sqlx::query(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}
