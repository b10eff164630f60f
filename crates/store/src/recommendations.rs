//! What recommendations are made from (domain::recommendations): the listed practitioners
//! of other councils who have worked on the opportunity's service or hold its role,
//! counted in one statement and ranked, and what is known of the best, read in a few
//! statements over their ids; and the invitations buyers send them.

use crate::backend::exec;
use crate::sql::{bind_all, contains, id_list, in_id_list, json_rows, Bind, SqlBuilder};
use crate::{Backend, Db, Exec, Result, Tx};
use chrono::{DateTime, Utc};
use domain::pool::WorkMode;
use domain::recommendations::alike::{self, Alike};
use domain::recommendations::{best_counted, Candidate, Counted, Wanted};
use std::collections::HashMap;

/// The best `n` candidates for `wanted` from councils other than `buyer_org_id`, read in
/// full (their free minutes summed over the `profile_free` columns `weeks`): everyone is
/// counted in one statement (`counted`) and ranked by the domain (`best_counted`), and
/// only the best are read with the names their reasons give (`details`).
pub async fn candidates(
    db: &Db,
    wanted: &Wanted,
    buyer_org_id: i64,
    weeks: &[String],
    n: usize,
) -> Result<Vec<Candidate>> {
    let everyone = counted(db, wanted, buyer_org_id, weeks).await?;
    details(db, wanted, &best_counted(wanted, &everyone, n), weeks).await
}

/// What is known of the profiles `ids` as candidates for `wanted`, with their free
/// minutes summed over the `profile_free` columns `weeks`.
pub async fn details(db: &Db, wanted: &Wanted, ids: &[i64], weeks: &[String]) -> Result<Vec<Candidate>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = id_list(ids);
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
            "SELECT pr.profile_id, l.name, l.band FROM profile_roles pr JOIN ddat_levels l ON l.id = pr.level_id
             WHERE pr.role_id = $1 AND {}",
            within("pr.profile_id", "$2")
        );
        for (id, level, band) in exec!(db, c => sqlx::query_as::<_, (i64, String, i64)>(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(role).bind(&list).fetch_all(c).await)?
        {
            found.entry(id).and_modify(|c| {
                c.role_level = Some(level);
                c.role_band = band;
            });
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

/// What `domain::recommendations::points` needs of each candidate for `wanted`, counted in
/// one statement: the listed profiles of councils other than `buyer_org_id` who have
/// worked on the opportunity's service (or done work on it before) or hold its role — or,
/// with neither asked for, hold its skills — and could take the work (free time in the
/// `profile_free` columns `weeks`, a rate within the maximum). Found through the narrow
/// service, role and skill indexes; a row each, without names.
pub async fn counted(db: &Db, wanted: &Wanted, buyer_org_id: i64, weeks: &[String]) -> Result<Vec<Counted>> {
    let backend = db.backend();
    let mut b = SqlBuilder::default();
    let mut held = Vec::new();
    if let Some(service) = wanted.lgsl_id {
        let service = b.bind(Bind::I64(service));
        held.push(format!(
            "SELECT profile_id, 1, 0, 0, 0 FROM done_before WHERE lgsl_id = {service}"
        ));
        held.push(format!(
            "SELECT profile_id, 0, 1, 0, 0 FROM profile_services WHERE lgsl_id = {service}"
        ));
    }
    if let Some(role) = wanted.role_id {
        let role = b.bind(Bind::I64(role));
        // The role column carries the band of their level in it (1 to 8; 0 without it).
        held.push(format!(
            "SELECT pr.profile_id, 0, 0, l.band, 0 FROM profile_roles pr JOIN ddat_levels l ON l.id = pr.level_id
             WHERE pr.role_id = {role}"
        ));
    }
    let skills = (!wanted.skill_ids.is_empty()).then(|| b.bind(Bind::Text(id_list(&wanted.skill_ids))));
    let skills_held = match &skills {
        // Only skills asked for: their holders are the candidates, counted as they are found.
        Some(list) if held.is_empty() => {
            held.push(format!(
                "SELECT profile_id, 0, 0, 0, 1 FROM profile_skills WHERE {}",
                in_id_list(backend, "skill_id", list)
            ));
            "c.skills".to_string()
        }
        // Each candidate's few skills, read through the primary key (the `+` keeps the
        // planner from seeking each wanted skill in turn instead).
        Some(list) => format!(
            "(SELECT COUNT(*) FROM profile_skills ps WHERE ps.profile_id = c.profile_id AND {})",
            in_id_list(backend, "+ps.skill_id", list)
        ),
        None => "0".to_string(),
    };
    if held.is_empty() || weeks.is_empty() {
        return Ok(Vec::new());
    }
    let buyer = b.bind(Bind::I64(buyer_org_id));
    let free = weeks.iter().map(|c| format!("f.{c}")).collect::<Vec<_>>().join(" + ");
    let within_rate = match wanted.max_rate_pence {
        Some(max) => {
            let max = b.bind(Bind::I64(max));
            format!("AND (p.rate_pence IS NULL OR p.rate_pence <= {max})")
        }
        None => String::new(),
    };
    b.push(&format!(
        "WITH held (profile_id, done_n, worked, role, skills) AS ({held}),
         c AS (SELECT profile_id, SUM(done_n) AS done_n, MAX(worked) AS worked, MAX(role) AS role,
                      SUM(skills) AS skills
               FROM held GROUP BY profile_id),
         rated AS (SELECT k.profile_id, SUM(r.rating) AS total, COUNT(*) AS ratings
                   FROM contracts k JOIN contract_feedback r ON r.contract_id = k.id AND r.side = 'buyer'
                   WHERE k.profile_id IN (SELECT profile_id FROM c) GROUP BY k.profile_id)
         SELECT {rows}
         FROM c JOIN profiles p ON p.id = c.profile_id JOIN profile_free f ON f.profile_id = c.profile_id
              LEFT JOIN rated ON rated.profile_id = c.profile_id
         WHERE p.status = 'listed' AND p.org_id <> {buyer} AND {free} > 0 {within_rate}",
        held = held.join(" UNION ALL "),
        rows = json_rows(
            backend,
            &format!(
                "c.profile_id, c.done_n, c.worked, c.role, {skills_held}, {free}, p.rate_pence, p.work_mode,
                 p.region, COALESCE(rated.total, 0), COALESCE(rated.ratings, 0)"
            )
        ),
    ));
    // Thousands of candidates come back as one value: row by row costs several times more.
    let rows = exec!(db, c => bind_all!(sqlx::query_scalar::<_, String>(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds)
        .fetch_one(c).await)?;
    type Row = (
        i64,
        i64,
        i64,
        i64,
        i64,
        i64,
        Option<i64>,
        String,
        Option<String>,
        i64,
        i64,
    );
    let rows: Vec<Row> = crate::sql::read_json_rows(&rows)?;
    Ok(rows
        .into_iter()
        .map(
            |(
                profile_id,
                done_before,
                worked,
                role,
                skills,
                free_minutes,
                rate_pence,
                work_mode,
                region,
                sum,
                count,
            )| {
                Counted {
                    profile_id,
                    done_before,
                    worked_on_service: worked > 0,
                    holds_role: role > 0,
                    role_band: role,
                    skills,
                    free_minutes,
                    rate_pence,
                    work_mode: work_mode.parse::<WorkMode>().ok(),
                    region,
                    ratings: (sum, count),
                }
            },
        )
        .collect())
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
    pub band: Option<i64>,
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
            band: o.band,
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
        "SELECT o.id, o.title, g.name AS org_name, o.lgsl_id, o.role_id, o.band, o.minutes, o.max_rate_pence, o.work_mode,
                o.region, o.earliest_start, o.latest_end
         FROM opportunities o JOIN organisations g ON g.id = o.org_id
         WHERE o.listed_rank IS NOT NULL AND o.hidden_at IS NULL AND o.status = 'live' AND o.org_id <> $1
           AND (o.audience IS NULL OR o.audience <> 'invited'
                OR EXISTS (SELECT 1 FROM opportunity_invites i WHERE i.opportunity_id = o.id AND i.org_id = $1))
         ORDER BY o.id DESC LIMIT $2")
        .bind(org_id).bind(OPEN_CONSIDERED).fetch_all(c).await)?)
}

/// Which of `skill_ids` the criteria of each of `opportunity_ids` name (matched as
/// `reference::skills_named_in` matches them), as (opportunity, skill) pairs.
pub async fn skills_in_criteria(db: &Db, opportunity_ids: &[i64], skill_ids: &[i64]) -> Result<Vec<(i64, i64)>> {
    if opportunity_ids.is_empty() || skill_ids.is_empty() {
        return Ok(Vec::new());
    }
    let backend = db.backend();
    let named = contains(backend, "lower(c.body)", "lower(s.name)");
    let sql = format!(
        "SELECT DISTINCT c.opportunity_id, s.id FROM opportunity_criteria c JOIN ddat_skills s ON {named}
         WHERE {} AND {} ORDER BY c.opportunity_id, s.id",
        in_id_list(backend, "c.opportunity_id", "$1"),
        in_id_list(backend, "s.id", "$2"),
    );
    Ok(
        exec!(db, c => sqlx::query_as::<_, (i64, i64)>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(id_list(opportunity_ids)).bind(id_list(skill_ids)).fetch_all(c).await)?,
    )
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
