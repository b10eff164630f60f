//! Free capacity per week, computed in SQL from each profile's weekly capacity, available
//! dates, unavailable weeks and the holds on it (SPEC §4.2), and the holds themselves.

use crate::backend::exec;
use crate::sql::{bind_all, Bind, SqlBuilder};
use crate::{Exec, Result, Tx};
use chrono::{DateTime, Utc};
use domain::weeks::Week;
use std::collections::HashMap;

/// Free minutes of profile `p` in week `w` (a row of the `weeks` CTE with `week_start`
/// and `week_end`): zero outside the available dates or in a week marked unavailable,
/// else the weekly capacity less the holds, never below zero.
pub(crate) const FREE_MINUTES: &str = "CASE
    WHEN p.available_from IS NULL OR p.available_from > w.week_end
      OR (p.available_to IS NOT NULL AND p.available_to < w.week_start)
      OR EXISTS (SELECT 1 FROM unavailable_weeks u WHERE u.profile_id = p.id AND u.week_start = w.week_start)
    THEN 0
    ELSE (SELECT CASE WHEN p.capacity_minutes - COALESCE(SUM(h.minutes), 0) > 0
                      THEN p.capacity_minutes - COALESCE(SUM(h.minutes), 0) ELSE 0 END
          FROM capacity_holds h
          WHERE h.profile_id = p.id AND h.week_start = w.week_start AND h.released_at IS NULL)
    END";

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
        "SELECT p.id AS profile_id, w.week_start, CAST({FREE_MINUTES} AS BIGINT) AS free_minutes
         FROM profiles p CROSS JOIN weeks w WHERE p.id IN ("
    ));
    for (i, id) in profile_ids.iter().enumerate() {
        if i > 0 {
            b.push(", ");
        }
        let p = b.bind(Bind::I64(*id));
        b.push(&p);
    }
    b.push(")");
    let rows = exec!(exec, c => bind_all!(sqlx::query_as::<_, FreeRow>(&b.sql), &b.binds).fetch_all(c).await)?;
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
    refresh_profile_weeks(tx, hold.profile_id).await?;
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
        refresh_profile_weeks(tx, profile_id).await?;
    }
    Ok(released)
}

/// How many weeks `profile_weeks` holds: this week and the 26 after it.
pub const HORIZON_WEEKS: i64 = 27;

#[derive(sqlx::FromRow)]
struct HorizonRow {
    first_week: chrono::NaiveDate,
    last_week: chrono::NaiveDate,
}

/// The weeks `profile_weeks` covers now, if it has been filled.
pub async fn horizon<'a>(exec: impl Into<Exec<'a>>) -> Result<Option<(Week, Week)>> {
    let row = exec!(exec, c => sqlx::query_as::<_, HorizonRow>("SELECT first_week, last_week FROM week_horizon WHERE id = 1")
        .fetch_optional(c).await)?;
    Ok(row.and_then(|r| Some((Week::starting(r.first_week)?, Week::starting(r.last_week)?))))
}

/// Makes `profile_weeks` cover `first` and the weeks after it: forgets earlier weeks and
/// computes the weeks it did not have yet, for every profile. Idempotent, so instances
/// doing it at once do no harm; a no-op when the horizon already starts at `first`.
pub async fn ensure_horizon(db: &crate::Db, first: Week) -> Result<()> {
    let last = first.plus(HORIZON_WEEKS - 1);
    if horizon(db).await? == Some((first, last)) {
        return Ok(());
    }
    let mut tx = db.begin().await?;
    let current = horizon(&mut tx).await?;
    if current == Some((first, last)) {
        return Ok(());
    }
    exec!(&mut tx, c => sqlx::query(
        "INSERT INTO week_horizon (id, first_week, last_week) VALUES (1, $1, $2)
         ON CONFLICT (id) DO UPDATE SET first_week = $1, last_week = $2")
        .bind(first.monday()).bind(last.monday()).execute(c).await.map(|r| r.rows_affected()))?;
    exec!(&mut tx, c => sqlx::query("DELETE FROM profile_weeks WHERE week_start < $1 OR week_start > $2")
        .bind(first.monday()).bind(last.monday()).execute(c).await.map(|r| r.rows_affected()))?;
    let missing: Vec<Week> = first
        .through(last)
        .into_iter()
        .filter(|w| current.is_none_or(|(from, to)| *w < from || *w > to))
        .collect();
    if !missing.is_empty() {
        let mut b = SqlBuilder::default();
        b.push("INSERT INTO profile_weeks (profile_id, week_start, free_minutes) ");
        weeks_cte(&mut b, &missing);
        b.push(&format!(
            "SELECT p.id, w.week_start, CAST({FREE_MINUTES} AS BIGINT) FROM profiles p CROSS JOIN weeks w WHERE TRUE
             ON CONFLICT (profile_id, week_start) DO UPDATE SET free_minutes = excluded.free_minutes"
        ));
        exec!(&mut tx, c => bind_all!(sqlx::query(&b.sql), &b.binds).execute(c).await.map(|r| r.rows_affected()))?;
    }
    tx.commit().await
}

/// Recomputes one profile's free minutes for every week of the horizon, in the caller's
/// transaction. Call it after any change to capacity, dates, unavailable weeks or holds.
pub async fn refresh_profile_weeks(tx: &mut Tx, profile_id: i64) -> Result<()> {
    let Some((first, last)) = horizon(&mut *tx).await? else {
        return Ok(());
    };
    let mut b = SqlBuilder::default();
    b.push("INSERT INTO profile_weeks (profile_id, week_start, free_minutes) ");
    weeks_cte(&mut b, &first.through(last));
    let id = b.bind(Bind::I64(profile_id));
    b.push(&format!(
        "SELECT p.id, w.week_start, CAST({FREE_MINUTES} AS BIGINT) FROM profiles p CROSS JOIN weeks w WHERE p.id = {id}
         ON CONFLICT (profile_id, week_start) DO UPDATE SET free_minutes = excluded.free_minutes"
    ));
    exec!(&mut *tx, c => bind_all!(sqlx::query(&b.sql), &b.binds).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}
