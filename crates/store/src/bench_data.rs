//! Bulk data for the ledger benchmarks, made inside the database (a row per contract and
//! per time entry would take hours over the wire): active contracts between the councils
//! that have practitioners, and approved time on each, spread over the past months.
//! Only `microcontracts bench` uses this.

use crate::backend::exec;
use crate::{Backend, Db, Result};
use chrono::{DateTime, NaiveDate, Utc};

/// Numbers 0..n as a table `seq(i)` (a recursive query both databases run).
fn numbers(n: i64) -> String {
    format!(
        "WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < {})",
        n - 1
    )
}

#[derive(Debug, Clone, Copy)]
pub struct Spec {
    pub contracts: i64,
    /// Time entries per contract.
    pub entries: i64,
    pub agreement_id: i64,
    pub legal_basis_id: i64,
    pub by: i64,
    pub today: NaiveDate,
    pub now: DateTime<Utc>,
}

/// Active contracts, each with approved entries of two hours every fortnight from a start
/// in the months before `today`; every tenth settled in hour credits, every third
/// standard-rated. Entries are made fortnight by fortnight, as people record time, so a
/// month's time lies together in the table as it would in service. Returns (contracts,
/// entries) made.
pub async fn contracts_and_time(db: &Db, spec: &Spec, progress: impl Fn(&'static str, i64, i64)) -> Result<(i64, i64)> {
    let Spec {
        contracts,
        entries,
        agreement_id,
        legal_basis_id,
        by,
        today,
        now,
    } = *spec;
    let backend = db.backend();
    let first_day = today - chrono::Duration::days(14 * entries + 30);
    // Day arithmetic is the one thing the two databases spell differently.
    let plus_days = |base: &str, days: &str| match backend {
        Backend::Sqlite => format!("date({base}, '+' || ({days}) || ' days')"),
        Backend::Postgres => format!("(CAST({base} AS DATE) + CAST({days} AS INTEGER))"),
    };
    let mut tx = db.begin().await?;
    let sql = format!(
        "{seq}, p AS (SELECT id, user_id, org_id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS rn FROM profiles),
             o AS (SELECT org_id AS id, ROW_NUMBER() OVER (ORDER BY org_id) - 1 AS rn
                   FROM (SELECT DISTINCT org_id FROM profiles) d),
             counts AS (SELECT (SELECT COUNT(*) FROM p) AS pc, (SELECT COUNT(*) FROM o) AS oc),
             n AS (SELECT seq.i FROM seq)
         INSERT INTO contracts (buyer_org_id, supplier_org_id, profile_id, practitioner_id, status, current_version,
             purpose, lgsl_id, agreement_version_id, buyer_accepted_at, supplier_accepted_at, created_at, activated_at)
         SELECT ob.id, p.org_id, p.id, p.user_id, 'active', 1, 'Benchmark work', NULL, $1, $2, $2, $2, $2
         FROM n CROSS JOIN counts
         JOIN p ON p.rn = n.i % counts.pc
         JOIN o os ON os.id = p.org_id
         JOIN o ob ON ob.rn = (os.rn + 1 + n.i % (counts.oc - 1)) % counts.oc",
        seq = numbers(contracts)
    );
    let made = exec!(&mut tx, c => sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(agreement_id).bind(now)
        .execute(c).await.map(|r| r.rows_affected()))? as i64;
    let start = plus_days("$1", "n.i % 30");
    let end = plus_days("$1", &format!("n.i % 30 + {}", 14 * entries + 14));
    let sql = format!(
        "INSERT INTO contract_versions (contract_id, version, status, rate_pence, hours_cap_minutes, value_cap_pence,
             start_date, end_date, settlement, invoicing, po_number, vat_treatment, payment_terms_days, legal_basis_id,
             summary, proposed_by_side, proposed_by, proposed_at)
         SELECT n.id, 1, 'accepted', 4000 + (n.i % 40) * 100, {cap}, {cap} * (4000 + (n.i % 40) * 100) / 60,
             {start}, {end},
             CASE WHEN n.i % 10 = 0 THEN 'hour_credits' ELSE 'money' END, 'monthly', NULL,
             CASE WHEN n.i % 3 = 0 THEN 'standard' ELSE 'outside_scope' END, 30, $2, '', 'supplier', $3, $4
         FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS i FROM contracts WHERE purpose = 'Benchmark work'
               AND NOT EXISTS (SELECT 1 FROM contract_versions v WHERE v.contract_id = contracts.id)) n",
        cap = entries * 120 + 600,
    );
    exec!(&mut tx, c => sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(first_day).bind(legal_basis_id).bind(by).bind(now)
        .execute(c).await.map(|r| r.rows_affected()))?;
    progress("contracts", made, made);
    // A fortnight of time on every contract per statement, as people record it.
    let work_date = plus_days("v.start_date", "$3 * 14 + k.id % 5");
    let sql = format!(
        "INSERT INTO time_entries (contract_id, practitioner_id, work_date, minutes, description, status, created_at,
             updated_at, submitted_at, decided_at, decided_by)
         SELECT k.id, k.practitioner_id, {work_date}, 120, 'Benchmark work', 'approved', $1, $1, $1, $1, $2
         FROM contracts k JOIN contract_versions v ON v.contract_id = k.id AND v.version = 1
         WHERE k.purpose = 'Benchmark work'
         ORDER BY k.id"
    );
    let mut time = 0;
    for fortnight in 0..entries {
        time += exec!(&mut tx, c => sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(now).bind(by).bind(fortnight)
            .execute(c).await.map(|r| r.rows_affected()))? as i64;
        progress("time entries", time, made * entries);
    }
    tx.commit().await?;
    Ok((made, time))
}

/// One published opportunity as the opportunity benchmark makes it.
#[derive(Debug, Clone)]
pub struct PublishedOpportunity {
    pub org_id: i64,
    pub created_by: i64,
    /// live, closed, awarded, unsuccessful or cancelled.
    pub status: &'static str,
    pub kind: &'static str,
    pub title: String,
    pub summary: String,
    pub background: String,
    pub work: String,
    pub role_id: Option<i64>,
    pub lgsl_id: Option<i64>,
    pub region: Option<String>,
    pub work_mode: &'static str,
    pub minutes: i64,
    pub max_rate_pence: i64,
    pub published_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    pub signed_in_only: bool,
}

/// Rows per INSERT: 21 values each, well inside both backends' limit on bound values.
const OPPORTUNITY_BATCH: usize = 500;

/// Inserts published opportunities in batches, each batch one statement in one
/// transaction. Returns how many were made.
pub async fn insert_opportunities(db: &Db, rows: &[PublishedOpportunity]) -> Result<u64> {
    let mut made = 0;
    for batch in rows.chunks(OPPORTUNITY_BATCH) {
        let mut sql = String::from(
            "INSERT INTO opportunities (org_id, created_by, status, kind, title, summary, background, work, role_id,
                 lgsl_id, region, work_mode, minutes, max_rate_pence, published_at, closes_at, closed_at, visibility,
                 audience, created_at, updated_at, outcome_at, words_in, word_stems) VALUES ",
        );
        for (i, _) in batch.iter().enumerate() {
            let n = i * 21;
            let p: Vec<String> = (1..=21).map(|k| format!("${}", n + k)).collect();
            if i > 0 {
                sql.push(',');
            }
            // created and updated at publication; outcomes a week after closing.
            sql.push_str(&format!(
                "({}, 'all', {}, {}, {}, {}, {})",
                p[..18].join(", "),
                p[14],
                p[14],
                p[18],
                p[19],
                p[20]
            ));
        }
        let words: Vec<_> = batch
            .iter()
            .map(|r| {
                crate::full_text::opportunity_words(
                    db.backend(),
                    [Some(&r.title), Some(&r.summary), Some(&r.background), Some(&r.work)]
                        .map(|t| t.map(String::as_str)),
                )
            })
            .collect();
        let mut tx = db.begin().await?;
        made += exec!(&mut tx, c => {
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.as_str()));
            for (r, (language, stems)) in batch.iter().zip(&words) {
                let closed = (r.status != "live").then_some(r.closes_at);
                let outcome = matches!(r.status, "awarded" | "unsuccessful" | "cancelled")
                    .then(|| r.closes_at + chrono::Duration::days(7));
                q = q.bind(r.org_id).bind(r.created_by).bind(r.status).bind(r.kind).bind(r.title.as_str())
                    .bind(r.summary.as_str()).bind(r.background.as_str()).bind(r.work.as_str()).bind(r.role_id)
                    .bind(r.lgsl_id).bind(r.region.as_deref()).bind(r.work_mode).bind(r.minutes)
                    .bind(r.max_rate_pence).bind(r.published_at).bind(r.closes_at).bind(closed)
                    .bind(if r.signed_in_only { "signed_in" } else { "public" }).bind(outcome)
                    .bind(language.as_str()).bind(stems.as_deref());
            }
            q.execute(c).await.map(|r| r.rows_affected())
        })?;
        tx.commit().await?;
    }
    Ok(made)
}

/// Applications (about five an opportunity, from the practitioners with profiles; an
/// awarded opportunity's first won, one in three opportunities has one withdrawn) and
/// questions (two an opportunity, answered) for every published opportunity. Returns
/// (applications, questions) made.
pub async fn applications_and_questions(db: &Db, earliest_start: NaiveDate) -> Result<(i64, i64)> {
    let mut tx = db.begin().await?;
    let people = "p AS (SELECT user_id, org_id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS rn FROM profiles),
                  counts AS (SELECT COUNT(*) AS pc FROM p)";
    let sql = format!(
        "{seq}, {people}
         INSERT INTO applications (opportunity_id, org_id, applicant_id, team, status, rate_pence, earliest_start,
             submitted_at)
         SELECT o.id, p.org_id, p.user_id, FALSE,
             CASE WHEN o.status = 'awarded' AND seq.i = 0 THEN 'awarded'
                  WHEN o.status IN ('awarded', 'unsuccessful') THEN 'unsuccessful'
                  WHEN seq.i = 4 AND o.id % 3 = 0 THEN 'withdrawn'
                  ELSE 'submitted' END,
             o.max_rate_pence, $1, o.published_at
         FROM opportunities o CROSS JOIN seq CROSS JOIN counts
         JOIN p ON p.rn = (o.id * 7 + seq.i * 13) % counts.pc
         WHERE o.listed_rank IS NOT NULL AND seq.i < 3 + o.id % 4",
        seq = numbers(6)
    );
    let applications = exec!(&mut tx, c => sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(earliest_start)
        .execute(c).await.map(|r| r.rows_affected()))? as i64;
    let sql = format!(
        "{seq}, {people}
         INSERT INTO opportunity_questions (opportunity_id, asked_by, asked_at, question, answer, answered_by, answered_at)
         SELECT o.id, p.user_id, o.published_at,
             CASE seq.i WHEN 0 THEN 'Could part of the work be done remotely?' ELSE 'Is there a budget for travel?' END,
             CASE seq.i WHEN 0 THEN 'Yes, up to three days a week.' ELSE 'Travel is paid at the council''s rates.' END,
             o.created_by, o.published_at
         FROM opportunities o CROSS JOIN seq CROSS JOIN counts
         JOIN p ON p.rn = (o.id * 11 + seq.i * 17) % counts.pc
         WHERE o.listed_rank IS NOT NULL",
        seq = numbers(2)
    );
    let questions = exec!(&mut tx, c => sqlx::query(sqlx::AssertSqlSafe(sql.as_str()))
        .execute(c).await.map(|r| r.rows_affected()))? as i64;
    tx.commit().await?;
    Ok((applications, questions))
}

/// Texts of up to `n` listed profiles spread over the table (every k-th by id), for
/// benchmark queries sampled from the data: (name, headline, about).
pub async fn profile_texts(db: &Db, n: i64) -> Result<Vec<(String, String, String)>> {
    Ok(exec!(db, c => sqlx::query_as::<_, (String, String, String)>(
        "SELECT display_name, headline, about FROM profiles
         WHERE status = 'listed' AND id % (1 + (SELECT COUNT(*) FROM profiles) / $1) = 0
         ORDER BY id LIMIT $1")
        .bind(n.max(1)).fetch_all(c).await)?)
}

/// The LGSL services some listed profile has worked on.
pub async fn services_worked_on(db: &Db) -> Result<Vec<i64>> {
    Ok(exec!(db, c => sqlx::query_scalar::<_, i64>(
        "SELECT DISTINCT lgsl_id FROM profile_services ORDER BY lgsl_id")
        .fetch_all(c).await)?)
}

/// Map entries for the capability-map benchmark, in multi-row inserts (each with its first
/// version), then the kept counts (the matrix's, the offers' and the contracts') worked out
/// afresh from them. Entries must be
/// new (one per council, service and capability).
pub async fn insert_map_entries(
    db: &Db,
    entries: &[domain::capability_map::Entry],
    by: i64,
    now: DateTime<Utc>,
) -> Result<u64> {
    use domain::capability_map::Meets;
    const BATCH: usize = 2000;
    let mut made = 0;
    for batch in entries.chunks(BATCH) {
        let mut sql = String::from(
            "INSERT INTO map_entries (org_id, lgsl_id, capability_id, meets, component_id, provision, contract_ends,
                 cost_band, satisfaction, note, private, version, updated_by, updated_at) VALUES ",
        );
        for i in 0..batch.len() {
            let n = i * 9;
            if i > 0 {
                sql.push(',');
            }
            sql.push_str(&format!(
                "(${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, '', FALSE, 1, $1, $2)",
                n + 3,
                n + 4,
                n + 5,
                n + 6,
                n + 7,
                n + 8,
                n + 9,
                n + 10,
                n + 11
            ));
        }
        let mut tx = db.begin().await?;
        made += exec!(&mut tx, c => {
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(by).bind(now);
            for e in batch {
                let (meets, component, provision) = match e.meets {
                    Meets::Component { id, provision } => ("component", Some(id), Some(provision.as_str())),
                    Meets::Nothing => ("nothing", None, None),
                    Meets::Manual => ("manual", None, None),
                };
                q = q.bind(e.org_id).bind(e.service_id).bind(e.capability_id).bind(meets).bind(component)
                    .bind(provision).bind(e.contract_ends).bind(e.cost_band.map(|b| b.as_str()))
                    .bind(e.satisfaction.map(i64::from));
            }
            q.execute(c).await.map(|r| r.rows_affected())
        })?;
        tx.commit().await?;
    }
    let mut tx = db.begin().await?;
    for sql in [
        "INSERT INTO map_entry_versions (entry_id, version, meets, component_id, provision, contract_ends, cost_band,
             satisfaction, note, private, saved_by, saved_at)
         SELECT id, version, meets, component_id, provision, contract_ends, cost_band, satisfaction, note, private,
             updated_by, updated_at FROM map_entries e
         WHERE NOT EXISTS (SELECT 1 FROM map_entry_versions v WHERE v.entry_id = e.id)",
        "DELETE FROM map_counts",
        "INSERT INTO map_counts (type_code, region, lgsl_id, capability_id, councils)
         SELECT o.type_code, COALESCE(o.region, ''), e.lgsl_id, e.capability_id, COUNT(*)
         FROM map_entries e JOIN organisations o ON o.id = e.org_id WHERE e.meets <> 'removed'
         GROUP BY o.type_code, COALESCE(o.region, ''), e.lgsl_id, e.capability_id",
        "INSERT INTO map_counts (type_code, region, lgsl_id, capability_id, councils)
         SELECT o.type_code, '*', e.lgsl_id, e.capability_id, COUNT(*)
         FROM map_entries e JOIN organisations o ON o.id = e.org_id WHERE e.meets <> 'removed'
         GROUP BY o.type_code, e.lgsl_id, e.capability_id",
        "INSERT INTO map_counts (type_code, region, lgsl_id, capability_id, councils)
         SELECT '*', COALESCE(o.region, ''), e.lgsl_id, e.capability_id, COUNT(*)
         FROM map_entries e JOIN organisations o ON o.id = e.org_id WHERE e.meets <> 'removed'
         GROUP BY COALESCE(o.region, ''), e.lgsl_id, e.capability_id",
        "INSERT INTO map_counts (type_code, region, lgsl_id, capability_id, councils)
         SELECT '*', '*', e.lgsl_id, e.capability_id, COUNT(*) FROM map_entries e WHERE e.meets <> 'removed'
         GROUP BY e.lgsl_id, e.capability_id",
        "DELETE FROM map_needs",
        "INSERT INTO map_needs (lgsl_id, capability_id, meets, component_key, councils)
         SELECT lgsl_id, capability_id, meets, COALESCE(component_id, 0), COUNT(*) FROM map_entries
         WHERE meets <> 'removed' GROUP BY lgsl_id, capability_id, meets, COALESCE(component_id, 0)",
        "DELETE FROM map_service_councils",
        "INSERT INTO map_service_councils (lgsl_id, org_id, entries)
         SELECT lgsl_id, org_id, COUNT(*) FROM map_entries WHERE meets <> 'removed' GROUP BY lgsl_id, org_id",
        "DELETE FROM map_offers",
        "INSERT INTO map_offers (lgsl_id, capability_id, component_id, councils)
         SELECT e.lgsl_id, e.capability_id, e.component_id, COUNT(*)
         FROM map_entries e JOIN components c ON c.id = e.component_id
         WHERE e.meets = 'component'
           AND (e.provision IN ('built_in_house', 'open_source') OR c.kind IN ('in_house', 'open_source'))
         GROUP BY e.lgsl_id, e.capability_id, e.component_id",
        "DELETE FROM map_contracts",
        "INSERT INTO map_contracts (component_id, org_id, ends, entries)
         SELECT component_id, org_id, contract_ends, COUNT(*) FROM map_entries
         WHERE meets = 'component' AND provision = 'bought' AND contract_ends IS NOT NULL
         GROUP BY component_id, org_id, contract_ends",
    ] {
        exec!(&mut tx, c => sqlx::query(sql).execute(c).await.map(|r| r.rows_affected()))?;
    }
    tx.commit().await?;
    Ok(made)
}

/// The live opportunities of `org_id`, by id.
pub async fn live_opportunities_of(db: &Db, org_id: i64) -> Result<Vec<i64>> {
    Ok(exec!(db, c => sqlx::query_scalar::<_, i64>(
        "SELECT id FROM opportunities WHERE org_id = $1 AND status = 'live' ORDER BY id")
        .bind(org_id).fetch_all(c).await)?)
}
