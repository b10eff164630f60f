//! Practitioner profiles in the talent pool, with their roles, skills, services, done-before
//! entries and capacity. Every change that alters searchable text calls `refresh_search`
//! in the same transaction, and every change that alters the rate calls `refresh_rates`.

use crate::backend::exec;
use crate::{Backend, Exec, Result, Tx};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Profile {
    pub id: i64,
    pub user_id: i64,
    pub org_id: i64,
    pub org_code: String,
    pub org_name: String,
    pub display_name: String,
    pub headline: String,
    pub about: String,
    pub region: Option<String>,
    #[sqlx(try_from = "String")]
    pub work_mode: domain::pool::WorkMode,
    pub contact_email: Option<String>,
    #[sqlx(try_from = "String")]
    pub status: domain::pool::ProfileStatus,
    pub decision_reason: Option<String>,
    pub manager_notes: Option<String>,
    pub rate_override_pence: Option<i64>,
    pub rate_pence: Option<i64>,
    pub capacity_minutes: i64,
    pub available_from: Option<NaiveDate>,
    pub available_to: Option<NaiveDate>,
    pub updated_at: DateTime<Utc>,
    pub listed_at: Option<DateTime<Utc>>,
    /// When a platform admin hid it (domain::moderation), while hidden.
    pub hidden_at: Option<DateTime<Utc>>,
}

const SELECT: &str =
    "SELECT p.id, p.user_id, p.org_id, o.code AS org_code, o.name AS org_name, p.display_name, p.headline,
    p.about, p.region, p.work_mode, p.contact_email, p.status, p.decision_reason, p.manager_notes,
    p.rate_override_pence, p.rate_pence, p.capacity_minutes, p.available_from, p.available_to, p.updated_at, p.listed_at,
    p.hidden_at FROM profiles p JOIN organisations o ON o.id = p.org_id";

pub async fn find<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Option<Profile>> {
    let sql = format!("{SELECT} WHERE p.id = $1");
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Profile>(sqlx::AssertSqlSafe(sql.as_str())).bind(id).fetch_optional(c).await)?,
    )
}

pub async fn find_by_user<'a>(exec: impl Into<Exec<'a>>, user_id: i64) -> Result<Option<Profile>> {
    let sql = format!("{SELECT} WHERE p.user_id = $1");
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Profile>(sqlx::AssertSqlSafe(sql.as_str())).bind(user_id).fetch_optional(c).await)?,
    )
}

/// A council's profiles, those waiting for approval first, then by name.
pub async fn list_for_org<'a>(exec: impl Into<Exec<'a>>, org_id: i64) -> Result<Vec<Profile>> {
    let sql = format!(
        "{SELECT} WHERE p.org_id = $1
         ORDER BY CASE p.status WHEN 'awaiting_approval' THEN 0 ELSE 1 END, p.display_name, p.id"
    );
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Profile>(sqlx::AssertSqlSafe(sql.as_str())).bind(org_id).fetch_all(c).await)?,
    )
}

/// Starts a draft profile for a practitioner of `org_id`.
pub async fn create(tx: &mut Tx, user_id: i64, org_id: i64, display_name: &str, now: DateTime<Utc>) -> Result<i64> {
    let id = exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO profiles (user_id, org_id, display_name, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) RETURNING id")
        .bind(user_id).bind(org_id).bind(display_name).bind(now).fetch_one(c).await)?;
    refresh_search(tx, id).await?;
    crate::capacity::refresh_free_hours(tx, id).await?;
    Ok(id)
}

pub struct DetailsUpdate<'s> {
    pub display_name: &'s str,
    pub headline: &'s str,
    pub about: &'s str,
    pub region: Option<&'s str>,
    pub work_mode: &'s str,
    pub contact_email: Option<&'s str>,
}

pub async fn update_details(tx: &mut Tx, id: i64, d: &DetailsUpdate<'_>, now: DateTime<Utc>) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query(
        "UPDATE profiles SET display_name = $1, headline = $2, about = $3, region = $4, work_mode = $5,
             contact_email = $6, updated_at = $7 WHERE id = $8")
        .bind(d.display_name).bind(d.headline).bind(d.about).bind(d.region).bind(d.work_mode)
        .bind(d.contact_email).bind(now).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    refresh_search(tx, id).await
}

pub async fn set_status(tx: &mut Tx, id: i64, status: &str, reason: Option<&str>, now: DateTime<Utc>) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query(
        "UPDATE profiles SET status = $1, decision_reason = $2, updated_at = $3,
             listed_at = CASE WHEN $1 = 'listed' AND listed_at IS NULL THEN $3 ELSE listed_at END
         WHERE id = $4")
        .bind(status).bind(reason).bind(now).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn set_capacity(
    tx: &mut Tx,
    id: i64,
    minutes: i64,
    from: NaiveDate,
    to: Option<NaiveDate>,
    now: DateTime<Utc>,
) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query(
        "UPDATE profiles SET capacity_minutes = $1, available_from = $2, available_to = $3, updated_at = $4 WHERE id = $5")
        .bind(minutes).bind(from).bind(to).bind(now).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    crate::capacity::refresh_free_hours(tx, id).await
}

/// Sets or clears the manager's rate for this practitioner, and their manager-only notes.
pub async fn set_manager_fields(
    tx: &mut Tx,
    id: i64,
    rate_override: Option<i64>,
    notes: Option<&str>,
    now: DateTime<Utc>,
) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query(
        "UPDATE profiles SET rate_override_pence = $1, manager_notes = $2, updated_at = $3 WHERE id = $4")
        .bind(rate_override).bind(notes).bind(now).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    refresh_rates(tx, RateScope::Profile(id)).await
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct ProfileRole {
    pub role_id: i64,
    pub role_name: String,
    pub level_id: i64,
    pub level_name: String,
    pub band: i64,
    pub position: i64,
}

pub async fn roles<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Vec<ProfileRole>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, ProfileRole>(
        "SELECT pr.role_id, r.name AS role_name, pr.level_id, l.name AS level_name, l.band, pr.position
         FROM profile_roles pr JOIN ddat_roles r ON r.id = pr.role_id JOIN ddat_levels l ON l.id = pr.level_id
         WHERE pr.profile_id = $1 ORDER BY pr.position")
        .bind(id).fetch_all(c).await)?)
}

/// Adds a role at a level (the level names the role), or changes the level of one held.
pub async fn put_role(tx: &mut Tx, id: i64, level_id: i64) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query(
        "INSERT INTO profile_roles (profile_id, role_id, level_id, position)
         SELECT $1, l.role_id, l.id, (SELECT COALESCE(MAX(position), -1) + 1 FROM profile_roles WHERE profile_id = $1)
         FROM ddat_levels l WHERE l.id = $2
         ON CONFLICT (profile_id, role_id) DO UPDATE SET level_id = excluded.level_id")
        .bind(id).bind(level_id).execute(c).await.map(|r| r.rows_affected()))?;
    refresh_search(tx, id).await?;
    refresh_rates(tx, RateScope::Profile(id)).await
}

pub async fn remove_role(tx: &mut Tx, id: i64, role_id: i64) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query("DELETE FROM profile_roles WHERE profile_id = $1 AND role_id = $2")
        .bind(id).bind(role_id).execute(c).await.map(|r| r.rows_affected()))?;
    refresh_search(tx, id).await?;
    refresh_rates(tx, RateScope::Profile(id)).await
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Named {
    pub id: i64,
    pub name: String,
}

pub async fn skills<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Vec<Named>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Named>(
        "SELECT s.id, s.name FROM profile_skills ps JOIN ddat_skills s ON s.id = ps.skill_id WHERE ps.profile_id = $1 ORDER BY s.name")
        .bind(id).fetch_all(c).await)?)
}

pub async fn add_skill(tx: &mut Tx, id: i64, skill_id: i64) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query(
        "INSERT INTO profile_skills (profile_id, skill_id) VALUES ($1, $2) ON CONFLICT (profile_id, skill_id) DO NOTHING")
        .bind(id).bind(skill_id).execute(c).await.map(|r| r.rows_affected()))?;
    refresh_search(tx, id).await
}

pub async fn remove_skill(tx: &mut Tx, id: i64, skill_id: i64) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query("DELETE FROM profile_skills WHERE profile_id = $1 AND skill_id = $2")
        .bind(id).bind(skill_id).execute(c).await.map(|r| r.rows_affected()))?;
    refresh_search(tx, id).await
}

pub async fn services<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Vec<Named>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Named>(
        "SELECT s.id, s.label AS name FROM profile_services ps JOIN lgsl_services s ON s.id = ps.lgsl_id
         WHERE ps.profile_id = $1 ORDER BY s.label")
        .bind(id).fetch_all(c).await)?)
}

pub async fn add_service(tx: &mut Tx, id: i64, lgsl_id: i64) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query(
        "INSERT INTO profile_services (profile_id, lgsl_id) VALUES ($1, $2) ON CONFLICT (profile_id, lgsl_id) DO NOTHING")
        .bind(id).bind(lgsl_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn remove_service(tx: &mut Tx, id: i64, lgsl_id: i64) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query("DELETE FROM profile_services WHERE profile_id = $1 AND lgsl_id = $2")
        .bind(id).bind(lgsl_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct DoneBefore {
    pub id: i64,
    pub title: String,
    pub lgsl_id: Option<i64>,
    pub service_label: Option<String>,
    pub delivered: String,
    pub year: i64,
    pub link: Option<String>,
}

pub async fn done_before<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Vec<DoneBefore>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, DoneBefore>(
        "SELECT d.id, d.title, d.lgsl_id, s.label AS service_label, d.delivered, d.year, d.link
         FROM done_before d LEFT JOIN lgsl_services s ON s.id = d.lgsl_id
         WHERE d.profile_id = $1 ORDER BY d.year DESC, d.id DESC")
        .bind(id).fetch_all(c).await)?)
}

pub struct NewDoneBefore<'s> {
    pub title: &'s str,
    pub lgsl_id: Option<i64>,
    pub delivered: &'s str,
    pub year: i64,
    pub link: Option<&'s str>,
}

pub async fn add_done_before(tx: &mut Tx, id: i64, d: &NewDoneBefore<'_>, now: DateTime<Utc>) -> Result<i64> {
    let entry = exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO done_before (profile_id, title, lgsl_id, delivered, year, link, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id")
        .bind(id).bind(d.title).bind(d.lgsl_id).bind(d.delivered).bind(d.year).bind(d.link).bind(now)
        .fetch_one(c).await)?;
    refresh_search(tx, id).await?;
    Ok(entry)
}

/// Removes an entry of this profile; false when the profile has no such entry.
pub async fn remove_done_before(tx: &mut Tx, id: i64, entry_id: i64) -> Result<bool> {
    let removed = exec!(&mut *tx, c => sqlx::query("DELETE FROM done_before WHERE profile_id = $1 AND id = $2")
        .bind(id).bind(entry_id).execute(c).await.map(|r| r.rows_affected()))?;
    refresh_search(tx, id).await?;
    Ok(removed == 1)
}

pub async fn unavailable_weeks<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Vec<NaiveDate>> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, NaiveDate>(
        "SELECT week_start FROM unavailable_weeks WHERE profile_id = $1 ORDER BY week_start")
        .bind(id).fetch_all(c).await)?)
}

pub async fn add_unavailable_week(tx: &mut Tx, id: i64, monday: NaiveDate) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query(
        "INSERT INTO unavailable_weeks (profile_id, week_start) VALUES ($1, $2) ON CONFLICT (profile_id, week_start) DO NOTHING")
        .bind(id).bind(monday).execute(c).await.map(|r| r.rows_affected()))?;
    crate::capacity::refresh_free_hours(tx, id).await
}

pub async fn remove_unavailable_week(tx: &mut Tx, id: i64, monday: NaiveDate) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query("DELETE FROM unavailable_weeks WHERE profile_id = $1 AND week_start = $2")
        .bind(id).bind(monday).execute(c).await.map(|r| r.rows_affected()))?;
    crate::capacity::refresh_free_hours(tx, id).await
}

/// Which profiles' effective rates to recompute.
#[derive(Debug, Clone, Copy)]
pub enum RateScope {
    Profile(i64),
    Council(i64),
}

/// Recomputes the rate buyers see: the manager's override, else the council's rate card
/// for the level of the practitioner's first role that has one.
pub async fn refresh_rates(tx: &mut Tx, scope: RateScope) -> Result<()> {
    let (column, id) = match scope {
        RateScope::Profile(id) => ("id", id),
        RateScope::Council(id) => ("org_id", id),
    };
    let sql = format!(
        "UPDATE profiles SET rate_pence = COALESCE(rate_override_pence,
            (SELECT rc.rate_pence FROM profile_roles pr
             JOIN rate_cards rc ON rc.level_id = pr.level_id AND rc.org_id = profiles.org_id
             WHERE pr.profile_id = profiles.id ORDER BY pr.position LIMIT 1))
         WHERE {column} = $1"
    );
    exec!(&mut *tx, c => sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Rewrites the profile's full-text document from its current rows, in the language of
/// the profile's own words (domain::full_text): name, headline and roles weigh most, then
/// skills, then about and done-before; accents are folded away, so "Sian" finds "Siân".
/// Roles and skills are reference data in English, stemmed whatever the profile's language.
pub async fn refresh_search(tx: &mut Tx, id: i64) -> Result<()> {
    use domain::full_text::{language_of, stems, stems_in};
    let backend = tx.backend();
    let joined = match backend {
        Backend::Sqlite => "group_concat",
        Backend::Postgres => "string_agg",
    };
    let read = format!(
        "SELECT p.display_name, p.headline,
            COALESCE((SELECT {joined}(r.name, ' ') FROM profile_roles pr JOIN ddat_roles r ON r.id = pr.role_id
                WHERE pr.profile_id = p.id), ''),
            p.about,
            COALESCE((SELECT {joined}(s.name, ' ') FROM profile_skills ps JOIN ddat_skills s ON s.id = ps.skill_id
                WHERE ps.profile_id = p.id), ''),
            COALESCE((SELECT {joined}(d.title || ' ' || d.delivered, ' ') FROM done_before d WHERE d.profile_id = p.id), '')
         FROM profiles p WHERE p.id = $1"
    );
    let Some((name, headline, roles, about, skills, done_before)) = exec!(&mut *tx, c =>
        sqlx::query_as::<_, (String, String, String, String, String, String)>(sqlx::AssertSqlSafe(read.as_str()))
            .bind(id).fetch_optional(c).await)?
    else {
        return Ok(());
    };
    let language = language_of(&[&headline, &about, &done_before]);
    match backend {
        Backend::Sqlite => {
            let headline_stems = format!("{} {}", stems_in(language, &[&name, &headline]), stems(&[&roles]));
            let other_stems = format!("{} {}", stems(&[&skills]), stems_in(language, &[&about, &done_before]));
            exec!(&mut *tx, c => sqlx::query("DELETE FROM profile_search WHERE rowid = $1")
                .bind(id).execute(c).await.map(|r| r.rows_affected()))?;
            exec!(&mut *tx, c => sqlx::query(
                "INSERT INTO profile_search (rowid, name, headline, about, skills, done_before, stems, headline_stems)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
                .bind(id).bind(&name).bind(format!("{headline} {roles}")).bind(&about).bind(&skills)
                .bind(&done_before).bind(other_stems.trim()).bind(headline_stems.trim())
                .execute(c).await.map(|r| r.rows_affected()))?;
        }
        Backend::Postgres => {
            exec!(&mut *tx, c => sqlx::query(
                "INSERT INTO profile_search (profile_id, document)
                 VALUES ($1,
                    setweight(to_tsvector(CAST($2 AS regconfig), $3) || to_tsvector('search_words', $4), 'A')
                    || setweight(to_tsvector('search_words', $5), 'B')
                    || setweight(to_tsvector(CAST($2 AS regconfig), $6), 'C'))
                 ON CONFLICT (profile_id) DO UPDATE SET document = excluded.document")
                .bind(id).bind(crate::full_text::configuration(language)).bind(format!("{name} {headline}"))
                .bind(&roles).bind(&skills).bind(format!("{about} {done_before}"))
                .execute(c).await.map(|r| r.rows_affected()))?;
        }
    }
    exec!(&mut *tx, c => sqlx::query(
        "UPDATE profiles SET words_in = $1 WHERE id = $2 AND (words_in IS NULL OR words_in <> $1)")
        .bind(language.as_str()).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

fn in_list(b: &mut crate::sql::SqlBuilder, ids: &[i64]) {
    b.push("(");
    for (i, id) in ids.iter().enumerate() {
        if i > 0 {
            b.push(", ");
        }
        let p = b.bind(crate::sql::Bind::I64(*id));
        b.push(&p);
    }
    b.push(")");
}

/// Several profiles at once, in no particular order (callers order them).
pub async fn find_many<'a>(exec: impl Into<Exec<'a>>, ids: &[i64]) -> Result<Vec<Profile>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut b = crate::sql::SqlBuilder::default();
    b.push(SELECT).push(" WHERE p.id IN ");
    in_list(&mut b, ids);
    Ok(
        exec!(exec, c => crate::sql::bind_all!(sqlx::query_as::<_, Profile>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).fetch_all(c).await)?,
    )
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct RoleOf {
    pub profile_id: i64,
    pub role_name: String,
    pub level_name: String,
}

/// The roles of several profiles, each profile's in its own order.
pub async fn roles_of_many<'a>(exec: impl Into<Exec<'a>>, ids: &[i64]) -> Result<Vec<RoleOf>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut b = crate::sql::SqlBuilder::default();
    b.push(
        "SELECT pr.profile_id, r.name AS role_name, l.name AS level_name FROM profile_roles pr
         JOIN ddat_roles r ON r.id = pr.role_id JOIN ddat_levels l ON l.id = pr.level_id WHERE pr.profile_id IN ",
    );
    in_list(&mut b, ids);
    b.push(" ORDER BY pr.profile_id, pr.position");
    Ok(
        exec!(exec, c => crate::sql::bind_all!(sqlx::query_as::<_, RoleOf>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds).fetch_all(c).await)?,
    )
}

/// A whole profile at once, for demo and benchmark data.
pub struct ImportProfile<'s> {
    pub user_id: i64,
    pub org_id: i64,
    pub details: DetailsUpdate<'s>,
    pub level_ids: &'s [i64],
    pub skill_ids: &'s [i64],
    pub lgsl_ids: &'s [i64],
    pub done_before: &'s [NewDoneBefore<'s>],
    pub capacity_minutes: i64,
    pub available_from: NaiveDate,
    pub available_to: Option<NaiveDate>,
    pub unavailable_weeks: &'s [NaiveDate],
    pub status: &'s str,
}

/// Writes a whole profile in the caller's transaction, refreshing search and rate once.
pub async fn import(tx: &mut Tx, p: &ImportProfile<'_>, now: DateTime<Utc>) -> Result<i64> {
    let d = &p.details;
    let id = exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO profiles (user_id, org_id, display_name, headline, about, region, work_mode, contact_email, status,
             capacity_minutes, available_from, available_to, created_at, updated_at, listed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, CASE WHEN $9 = 'listed' THEN $13 END)
         RETURNING id")
        .bind(p.user_id).bind(p.org_id).bind(d.display_name).bind(d.headline).bind(d.about).bind(d.region)
        .bind(d.work_mode).bind(d.contact_email).bind(p.status).bind(p.capacity_minutes).bind(p.available_from)
        .bind(p.available_to).bind(now).fetch_one(c).await)?;
    for (position, level) in p.level_ids.iter().enumerate() {
        exec!(&mut *tx, c => sqlx::query(
            "INSERT INTO profile_roles (profile_id, role_id, level_id, position) SELECT $1, role_id, id, $3 FROM ddat_levels WHERE id = $2
             ON CONFLICT (profile_id, role_id) DO NOTHING")
            .bind(id).bind(*level).bind(i64::try_from(position).unwrap_or(0)).execute(c).await.map(|r| r.rows_affected()))?;
    }
    for skill in p.skill_ids {
        exec!(&mut *tx, c => sqlx::query("INSERT INTO profile_skills (profile_id, skill_id) VALUES ($1, $2) ON CONFLICT (profile_id, skill_id) DO NOTHING")
            .bind(id).bind(*skill).execute(c).await.map(|r| r.rows_affected()))?;
    }
    for lgsl in p.lgsl_ids {
        exec!(&mut *tx, c => sqlx::query("INSERT INTO profile_services (profile_id, lgsl_id) VALUES ($1, $2) ON CONFLICT (profile_id, lgsl_id) DO NOTHING")
            .bind(id).bind(*lgsl).execute(c).await.map(|r| r.rows_affected()))?;
    }
    for entry in p.done_before {
        exec!(&mut *tx, c => sqlx::query(
            "INSERT INTO done_before (profile_id, title, lgsl_id, delivered, year, link, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)")
            .bind(id).bind(entry.title).bind(entry.lgsl_id).bind(entry.delivered).bind(entry.year).bind(entry.link).bind(now)
            .execute(c).await.map(|r| r.rows_affected()))?;
    }
    for monday in p.unavailable_weeks {
        exec!(&mut *tx, c => sqlx::query(
            "INSERT INTO unavailable_weeks (profile_id, week_start) VALUES ($1, $2) ON CONFLICT (profile_id, week_start) DO NOTHING")
            .bind(id).bind(*monday).execute(c).await.map(|r| r.rows_affected()))?;
    }
    refresh_search(tx, id).await?;
    crate::capacity::refresh_free_hours(tx, id).await?;
    refresh_rates(tx, RateScope::Profile(id)).await?;
    Ok(id)
}

/// How many profiles exist (for deciding whether demo data is loaded already).
pub async fn count<'a>(exec: impl Into<Exec<'a>>) -> Result<i64> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM profiles").fetch_one(c).await)?)
}
