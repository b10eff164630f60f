//! What recommendations are made from (domain::recommendations): the listed practitioners
//! of other councils who have worked on the opportunity's service or hold its role, and
//! what is known of each, read in a few statements over the candidates' ids, and the
//! invitations buyers send them.

use crate::backend::exec;
use crate::sql::{bind_all, id_list, in_id_list, Bind, SqlBuilder};
use crate::{Backend, Db, Exec, Result, Tx};
use chrono::{DateTime, Utc};
use domain::pool::WorkMode;
use domain::recommendations::alike::{self, Alike};
use domain::recommendations::{Candidate, Wanted};
use std::collections::HashMap;

/// Holders of the role considered at most, the freest first: everyone with the service is
/// considered, since their work on it outweighs anything else.
const ROLE_HOLDERS: i64 = 2000;

/// The candidates for `wanted`, from councils other than `buyer_org_id`, with their free
/// minutes summed over the `profile_free` columns `weeks`.
pub async fn candidates(db: &Db, wanted: &Wanted, buyer_org_id: i64, weeks: &[String]) -> Result<Vec<Candidate>> {
    let ids = candidate_ids(db, wanted, buyer_org_id).await?;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = id_list(&ids);
    let backend = db.backend();
    let within = |column: &str, param: &str| in_id_list(backend, column, param);
    let free = if weeks.is_empty() {
        "0".to_string()
    } else {
        weeks.iter().map(|c| format!("f.{c}")).collect::<Vec<_>>().join(" + ")
    };
    let base = format!(
        "SELECT p.id, g.name, p.rate_pence, p.work_mode, p.region, CAST({free} AS BIGINT)
         FROM profiles p JOIN organisations g ON g.id = p.org_id JOIN profile_free f ON f.profile_id = p.id
         WHERE {}",
        within("p.id", "$1")
    );
    let rows = exec!(db, c => sqlx::query_as::<_, (i64, String, Option<i64>, String, Option<String>, i64)>(
        sqlx::AssertSqlSafe(base.as_str())).bind(&list).fetch_all(c).await)?;
    let mut found: HashMap<i64, Candidate> = rows
        .into_iter()
        .map(|(id, council, rate_pence, work_mode, region, free_minutes)| {
            let candidate = Candidate {
                profile_id: id,
                council,
                rate_pence,
                work_mode: work_mode.parse::<WorkMode>().ok(),
                region,
                free_minutes,
                ..Candidate::default()
            };
            (id, candidate)
        })
        .collect();
    if let Some(service) = wanted.lgsl_id {
        let sql = format!(
            "SELECT profile_id FROM profile_services WHERE lgsl_id = $1 AND {}",
            within("profile_id", "$2")
        );
        for id in exec!(db, c => sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(service).bind(&list).fetch_all(c).await)?
        {
            found.entry(id).and_modify(|c| c.worked_on_service = true);
        }
        let sql = format!(
            "SELECT profile_id, title FROM done_before WHERE lgsl_id = $1 AND {} ORDER BY year DESC, id",
            within("profile_id", "$2")
        );
        for (id, title) in exec!(db, c => sqlx::query_as::<_, (i64, String)>(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(service).bind(&list).fetch_all(c).await)?
        {
            found.entry(id).and_modify(|c| c.done_before.push(title));
        }
    }
    if let Some(role) = wanted.role_id {
        let sql = format!(
            "SELECT pr.profile_id, l.name FROM profile_roles pr JOIN ddat_levels l ON l.id = pr.level_id
             WHERE pr.role_id = $1 AND {}",
            within("pr.profile_id", "$2")
        );
        for (id, level) in exec!(db, c => sqlx::query_as::<_, (i64, String)>(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(role).bind(&list).fetch_all(c).await)?
        {
            found.entry(id).and_modify(|c| c.role_level = Some(level));
        }
    }
    if !wanted.skill_ids.is_empty() {
        let sql = format!(
            "SELECT ps.profile_id, s.name FROM profile_skills ps JOIN ddat_skills s ON s.id = ps.skill_id
             WHERE {} AND {} ORDER BY s.name",
            within("ps.skill_id", "$1"),
            within("ps.profile_id", "$2")
        );
        for (id, name) in exec!(db, c => sqlx::query_as::<_, (i64, String)>(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(id_list(&wanted.skill_ids)).bind(&list).fetch_all(c).await)?
        {
            found.entry(id).and_modify(|c| c.skills.push(name));
        }
    }
    let sql = format!(
        "SELECT k.profile_id, CAST(SUM(f.rating) AS BIGINT), CAST(COUNT(*) AS BIGINT)
         FROM contracts k JOIN contract_feedback f ON f.contract_id = k.id AND f.side = 'buyer'
         WHERE {} GROUP BY k.profile_id",
        within("k.profile_id", "$1")
    );
    for (id, sum, count) in exec!(db, c => sqlx::query_as::<_, (i64, i64, i64)>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(&list).fetch_all(c).await)?
    {
        found.entry(id).and_modify(|c| c.ratings = (sum, count));
    }
    let mut candidates: Vec<Candidate> = found.into_values().collect();
    candidates.sort_by_key(|c| c.profile_id);
    Ok(candidates)
}

/// Listed profiles of other councils with the service (worked on, or done-before work),
/// and up to `ROLE_HOLDERS` of the role's holders, the freest first. With neither a
/// service nor a role, holders of the wanted skills, the same way.
async fn candidate_ids(db: &Db, wanted: &Wanted, buyer_org_id: i64) -> Result<Vec<i64>> {
    let mut ids = Vec::new();
    if let Some(service) = wanted.lgsl_id {
        ids.extend(exec!(db, c => sqlx::query_scalar::<_, i64>(
            "SELECT p.id FROM profiles p WHERE p.status = 'listed' AND p.org_id <> $1
               AND p.id IN (SELECT profile_id FROM profile_services WHERE lgsl_id = $2
                            UNION SELECT profile_id FROM done_before WHERE lgsl_id = $2)")
            .bind(buyer_org_id).bind(service).fetch_all(c).await)?);
    }
    let mut b = SqlBuilder::default();
    let buyer = b.bind(Bind::I64(buyer_org_id));
    let holding = match (wanted.role_id, wanted.lgsl_id) {
        (Some(role), _) => {
            let role = b.bind(Bind::I64(role));
            Some(format!("SELECT profile_id FROM profile_roles WHERE role_id = {role}"))
        }
        (None, None) if !wanted.skill_ids.is_empty() => {
            let skills = b.bind(Bind::Text(id_list(&wanted.skill_ids)));
            Some(format!(
                "SELECT profile_id FROM profile_skills WHERE {}",
                in_id_list(db.backend(), "skill_id", &skills)
            ))
        }
        _ => None,
    };
    if let Some(holding) = holding {
        b.push(&format!(
            "SELECT p.id FROM profiles p JOIN profile_free f ON f.profile_id = p.id
             WHERE p.status = 'listed' AND p.org_id <> {buyer} AND p.id IN ({holding})
             ORDER BY f.most_free DESC, p.id LIMIT {ROLE_HOLDERS}"
        ));
        ids.extend(
            exec!(db, c => bind_all!(sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds)
            .fetch_all(c).await)?,
        );
    }
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

/// Invites a practitioner to apply; false when they were already invited.
pub async fn invite(tx: &mut Tx, opportunity_id: i64, profile_id: i64, by: i64, now: DateTime<Utc>) -> Result<bool> {
    let sql = match tx.backend() {
        Backend::Sqlite => {
            "INSERT OR IGNORE INTO practitioner_invitations (opportunity_id, profile_id, invited_by, invited_at)
                            VALUES ($1, $2, $3, $4)"
        }
        Backend::Postgres => {
            "INSERT INTO practitioner_invitations (opportunity_id, profile_id, invited_by, invited_at)
                              VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING"
        }
    };
    let n = exec!(&mut *tx, c => sqlx::query(sql).bind(opportunity_id).bind(profile_id).bind(by).bind(now)
        .execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

#[derive(Debug, Clone, serde::Serialize, sqlx::FromRow)]
pub struct Invitation {
    pub profile_id: i64,
    pub display_name: String,
    pub org_name: String,
    pub invited_at: DateTime<Utc>,
    /// Whether they have applied since (an application sent and not withdrawn).
    pub applied: bool,
}

/// The practitioners invited to apply for an opportunity, the latest first.
pub async fn invitations<'a>(exec: impl Into<Exec<'a>>, opportunity_id: i64) -> Result<Vec<Invitation>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Invitation>(
        "SELECT i.profile_id, p.display_name, g.name AS org_name, i.invited_at,
                EXISTS (SELECT 1 FROM applications a WHERE a.opportunity_id = i.opportunity_id
                        AND a.applicant_id = p.user_id AND a.status <> 'withdrawn') AS applied
         FROM practitioner_invitations i JOIN profiles p ON p.id = i.profile_id JOIN organisations g ON g.id = p.org_id
         WHERE i.opportunity_id = $1 ORDER BY i.invited_at DESC, i.profile_id")
        .bind(opportunity_id).fetch_all(c).await)?)
}

/// An open opportunity as ranking it for a practitioner needs it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Open {
    pub id: i64,
    pub title: Option<String>,
    pub org_name: String,
    pub lgsl_id: Option<i64>,
    pub role_id: Option<i64>,
    pub minutes: Option<i64>,
    pub max_rate_pence: Option<i64>,
    pub work_mode: Option<String>,
    pub region: Option<String>,
    pub earliest_start: Option<chrono::NaiveDate>,
    pub latest_end: Option<chrono::NaiveDate>,
}

impl From<&crate::opportunities::Opportunity> for Open {
    fn from(o: &crate::opportunities::Opportunity) -> Self {
        Open {
            id: o.id,
            title: o.title.clone(),
            org_name: o.org_name.clone(),
            lgsl_id: o.lgsl_id,
            role_id: o.role_id,
            minutes: o.minutes,
            max_rate_pence: o.max_rate_pence,
            work_mode: o.work_mode.clone(),
            region: o.region.clone(),
            earliest_start: o.earliest_start,
            latest_end: o.latest_end,
        }
    }
}

/// Opportunities considered at most for a practitioner, the newest first.
const OPEN_CONSIDERED: i64 = 2000;

/// The open opportunities of other councils that `org_id`'s people may apply for (open to
/// all councils, or inviting `org_id`), the newest first.
pub async fn open_to(db: &Db, org_id: i64) -> Result<Vec<Open>> {
    Ok(exec!(db, c => sqlx::query_as::<_, Open>(
        "SELECT o.id, o.title, g.name AS org_name, o.lgsl_id, o.role_id, o.minutes, o.max_rate_pence, o.work_mode,
                o.region, o.earliest_start, o.latest_end
         FROM opportunities o JOIN organisations g ON g.id = o.org_id
         WHERE o.listed_rank IS NOT NULL AND o.status = 'live' AND o.org_id <> $1
           AND (o.audience IS NULL OR o.audience <> 'invited'
                OR EXISTS (SELECT 1 FROM opportunity_invites i WHERE i.opportunity_id = o.id AND i.org_id = $1))
         ORDER BY o.id DESC LIMIT $2")
        .bind(org_id).bind(OPEN_CONSIDERED).fetch_all(c).await)?)
}

/// The roles each of `skill_ids` belongs to, as (role, skill) pairs.
pub async fn roles_with_skills(db: &Db, skill_ids: &[i64]) -> Result<Vec<(i64, i64)>> {
    if skill_ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT role_id, skill_id FROM ddat_role_skills WHERE {}",
        in_id_list(db.backend(), "skill_id", "$1")
    );
    Ok(
        exec!(db, c => sqlx::query_as::<_, (i64, i64)>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(id_list(skill_ids)).fetch_all(c).await)?,
    )
}

/// The `n` listed profiles most like `profile_id` (domain::recommendations::alike): those
/// sharing its services and skills, outside `excluded_orgs` (the looker's own councils,
/// whose people they cannot book), with the names of what they share. Read through the service
/// and skill indexes from the profile's own few services and skills.
pub async fn alike(db: &Db, profile_id: i64, excluded_orgs: &[i64], n: usize) -> Result<Vec<Alike>> {
    let sql = format!(
        "SELECT m.profile_id FROM (
           SELECT o.profile_id, {service} AS points FROM profile_services mine
             JOIN profile_services o ON o.lgsl_id = mine.lgsl_id WHERE mine.profile_id = $1
           UNION ALL
           SELECT o.profile_id, {skill} AS points FROM profile_skills mine
             JOIN profile_skills o ON o.skill_id = mine.skill_id WHERE mine.profile_id = $1
         ) m JOIN profiles p ON p.id = m.profile_id
         WHERE p.status = 'listed' AND p.id <> $1 AND NOT ({excluded})
         GROUP BY m.profile_id ORDER BY SUM(m.points) DESC, m.profile_id LIMIT $3",
        service = alike::SERVICE_POINTS,
        skill = alike::SKILL_POINTS,
        excluded = in_id_list(db.backend(), "p.org_id", "$2"),
    );
    let ids = exec!(db, c => sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(profile_id).bind(id_list(excluded_orgs)).bind(n as i64).fetch_all(c).await)?;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = id_list(&ids);
    let shared = |table: &str, key: &str, names: &str, name: &str| {
        format!(
            "SELECT o.profile_id, s.{name} FROM {table} mine JOIN {table} o ON o.{key} = mine.{key}
             JOIN {names} s ON s.id = o.{key}
             WHERE mine.profile_id = $1 AND {} ORDER BY s.{name}",
            in_id_list(db.backend(), "o.profile_id", "$2")
        )
    };
    let mut found: Vec<Alike> = ids
        .iter()
        .map(|id| Alike {
            profile_id: *id,
            services: Vec::new(),
            skills: Vec::new(),
        })
        .collect();
    let services = shared("profile_services", "lgsl_id", "lgsl_services", "label");
    for (id, name) in exec!(db, c => sqlx::query_as::<_, (i64, String)>(sqlx::AssertSqlSafe(services.as_str()))
        .bind(profile_id).bind(&list).fetch_all(c).await)?
    {
        if let Some(a) = found.iter_mut().find(|a| a.profile_id == id) {
            a.services.push(name);
        }
    }
    let skills = shared("profile_skills", "skill_id", "ddat_skills", "name");
    for (id, name) in exec!(db, c => sqlx::query_as::<_, (i64, String)>(sqlx::AssertSqlSafe(skills.as_str()))
        .bind(profile_id).bind(&list).fetch_all(c).await)?
    {
        if let Some(a) = found.iter_mut().find(|a| a.profile_id == id) {
            a.skills.push(name);
        }
    }
    Ok(alike::rank_alike(found, n))
}
