//! `bench opportunities`: the public opportunity list, the API list and one opportunity's
//! page at national scale (issue 14, ADR 0013), the server in its own process. For each
//! data-set size and backend: opportunities published over eight years (5 % live), about
//! five applications and two questions each; then each scenario is loaded with a query mix
//! sampled from that data (words from its texts, filter values it holds, places deep in
//! the list, ids), thousands of distinct queries.

use crate::bench::{cpu, fresh_database, write};
use crate::bench_server::{ceiling_rps, measure, requests, Figures, Progress, ServerProcess};
use crate::pool_data::{self, Spec};
use anyhow::Context;
use chrono::{DateTime, Duration, Utc};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{RngExt, SeedableRng};
use serde::Serialize;
use std::collections::HashSet;
use std::path::PathBuf;
use store::bench_data::{applications_and_questions, insert_opportunities, PublishedOpportunity};
use store::opportunity_list::{list_published, Cursor, Filter, Position};
use store::organisations::{self, OrganisationFilter};
use store::{reference, Db};

#[derive(clap::Args, Clone)]
pub struct OpportunitiesArgs {
    /// Data-set sizes (opportunities), comma-separated; each is measured in turn.
    #[arg(long, default_value = "24000,100000,200000")]
    pub sizes: String,
    /// Which backends to measure, comma-separated: sqlite, postgres.
    #[arg(long, default_value = "sqlite,postgres")]
    pub backends: String,
    /// Clients sending requests at once.
    #[arg(long, default_value_t = 32)]
    pub concurrency: usize,
    /// Seconds of measured load per scenario (after a two-second warm-up).
    #[arg(long, default_value_t = 10)]
    pub seconds: u64,
    /// Distinct queries to sample for each scenario that varies.
    #[arg(long, default_value_t = 3000)]
    pub queries: usize,
    /// PostgreSQL server for the postgres runs; a database `mc_bench_opportunities` is
    /// made there afresh for each size.
    #[arg(
        long,
        env = "BENCH_POSTGRES_URL",
        default_value = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
    )]
    pub postgres_url: String,
    /// Folder for the SQLite data sets and the server's log.
    #[arg(long, default_value = "data/bench")]
    pub data_dir: PathBuf,
    /// Where to write the figures.
    #[arg(long, default_value = "bench/results/opportunities.json")]
    pub out: PathBuf,
}

#[derive(Debug, Clone, Copy, Serialize)]
struct Dataset {
    opportunities: u64,
    live: u64,
    applications: i64,
    questions: i64,
}

#[derive(Debug, Serialize)]
struct Row {
    benchmark: &'static str,
    backend: String,
    scenario: &'static str,
    dataset: Dataset,
    concurrency: usize,
    distinct_queries: usize,
    /// These pages keep no result cache: every request is served from the database.
    cache_hit_rate: f64,
    #[serde(flatten)]
    figures: Figures,
    ceiling_rps: f64,
    share_of_ceiling: f64,
    peak_rss_mb: f64,
    cpu: String,
    date: String,
}

/// Words of the generated texts beyond service and role names.
const TOPICS: &[&str] = &[
    "accessibility",
    "analytics",
    "appointments",
    "booking",
    "casework",
    "chatbot",
    "complaints",
    "consultation",
    "dashboard",
    "discovery",
    "eligibility",
    "forms",
    "integration",
    "interviews",
    "journey",
    "mapping",
    "migration",
    "notifications",
    "onboarding",
    "payments",
    "portal",
    "prototype",
    "reporting",
    "residents",
    "retrofit",
    "roadmap",
    "scheduling",
    "search",
    "testing",
    "usability",
    "workflow",
    "alpha",
    "beta",
    "procurement",
    "data",
    "content",
    "api",
    "cloud",
    "security",
    "training",
];
const OUTCOMES: &[&str] = &[
    "Improve",
    "Redesign",
    "Replace",
    "Test",
    "Map",
    "Research",
    "Simplify",
    "Move online",
    "Review",
    "Support",
];
const REGIONS: &[&str] = &[
    "London",
    "South East",
    "South West",
    "East of England",
    "West Midlands",
    "East Midlands",
    "Yorkshire and the Humber",
    "North West",
    "North East",
    "Wales",
    "Scotland",
    "Northern Ireland",
];

struct Generated {
    dataset: Dataset,
    words: Vec<String>,
    roles: Vec<i64>,
    services: Vec<i64>,
}

async fn generate(db: &Db, size: u64, now: DateTime<Utc>) -> anyhow::Result<Generated> {
    let mut rng = StdRng::seed_from_u64(14);
    let hash = app::passwords::hash("benchmark passphrase".into()).await?;
    // Practitioners to apply and ask (councils with people, rate cards and profiles).
    pool_data::generate(
        db,
        &Spec {
            councils: 300,
            profiles: 2000,
            seed: 14,
            holds: false,
            progress: true,
        },
        &hash,
        now,
    )
    .await?;
    let councils: Vec<i64> = organisations::list(db, &OrganisationFilter::default(), None, 1000)
        .await?
        .iter()
        .map(|o| o.id)
        .collect();
    let roles: Vec<(i64, String)> = reference::roles(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r.name))
        .collect();
    let services: Vec<(i64, String)> = reference::services(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s.label))
        .collect();
    let created_by = store::users::create(
        db,
        &store::users::NewUser {
            email: "buyer@bench.invalid",
            display_name: "Benchmark buyer",
            password_hash: &hash,
            platform_admin: false,
        },
        now,
    )
    .await?;
    let eight_years = Duration::days(8 * 365);
    let mut progress = Progress::new("opportunities", size);
    let mut made = 0;
    let mut live = 0;
    let batch = 5000;
    while made < size {
        let rows: Vec<PublishedOpportunity> = (0..batch.min(size - made))
            .map(|_| {
                let (role_id, role) = roles.choose(&mut rng).cloned().unwrap_or_default();
                let (lgsl_id, service) = services.choose(&mut rng).cloned().unwrap_or_default();
                let topics: Vec<&str> = TOPICS.sample(&mut rng, 3).copied().collect();
                let is_live = rng.random_bool(0.05);
                let published_at = if is_live {
                    now - Duration::minutes(rng.random_range(0..30 * 24 * 60))
                } else {
                    now - Duration::minutes(rng.random_range(30 * 24 * 60..eight_years.num_minutes()))
                };
                let status = match (is_live, rng.random_range(0..20)) {
                    (true, _) => "live",
                    (false, 0) => "cancelled",
                    (false, 1..=2) => "unsuccessful",
                    (false, 3..=9) => "closed",
                    (false, _) => "awarded",
                };
                let specialist = rng.random_bool(0.6);
                let mode = ["remote", "on_site", "either"][rng.random_range(0..3)];
                PublishedOpportunity {
                    org_id: *councils.choose(&mut rng).unwrap_or(&1),
                    created_by,
                    status,
                    kind: if specialist { "specialist" } else { "outcome" },
                    title: if specialist {
                        format!("{role} for {}", service.to_lowercase())
                    } else {
                        format!(
                            "{} {}",
                            OUTCOMES.choose(&mut rng).unwrap_or(&"Improve"),
                            service.to_lowercase()
                        )
                    },
                    summary: format!(
                        "We need help with {} and {} for our {} service.",
                        topics[0],
                        topics[1],
                        service.to_lowercase()
                    ),
                    background: format!("Residents have told us about {}.", topics[2]),
                    work: format!("Work with our team on {} and {}.", topics[0], topics[2]),
                    role_id: specialist.then_some(role_id),
                    lgsl_id: Some(lgsl_id),
                    region: (mode != "remote").then(|| REGIONS.choose(&mut rng).unwrap_or(&"London").to_string()),
                    work_mode: mode,
                    minutes: rng.random_range(2..=40) * 60,
                    max_rate_pence: rng.random_range(40..=110) * 100,
                    published_at,
                    closes_at: published_at + Duration::days(14),
                    signed_in_only: rng.random_bool(0.1),
                }
            })
            .collect();
        live += rows.iter().filter(|r| r.status == "live").count() as u64;
        made += insert_opportunities(db, &rows).await?;
        progress.update(made);
    }
    let earliest = now.date_naive();
    println!("  applications and questions…");
    let (applications, questions) = applications_and_questions(db, earliest).await?;
    println!("  {applications} applications, {questions} questions; analysing…");
    db.analyze(true).await?;
    let mut words: Vec<String> = TOPICS.iter().map(|t| t.to_string()).collect();
    for (_, label) in services.iter().take(400) {
        words.extend(store::search::terms(label).into_iter().filter(|w| w.len() > 3));
    }
    words.sort();
    words.dedup();
    Ok(Generated {
        dataset: Dataset {
            opportunities: made,
            live,
            applications,
            questions,
        },
        words,
        roles: roles.iter().map(|(id, _)| *id).collect(),
        services: services.iter().map(|(id, _)| *id).collect(),
    })
}

/// The scenarios and their query mixes, sampled from the data.
async fn scenarios(db: &Db, g: &Generated, n: usize) -> anyhow::Result<Vec<(&'static str, Vec<String>)>> {
    let mut rng = StdRng::seed_from_u64(41);
    let distinct = |set: Vec<String>| -> Vec<String> {
        let mut seen = HashSet::new();
        set.into_iter().filter(|q| seen.insert(q.clone())).collect()
    };
    let word = |rng: &mut StdRng| g.words.choose(rng).cloned().unwrap_or_default();
    let words: Vec<String> = (0..n)
        .map(|i| match i % 3 {
            0 => format!("/opportunities?q={}", word(&mut rng)),
            _ => format!("/opportunities?q={}+{}", word(&mut rng), word(&mut rng)),
        })
        .collect();
    let filters: Vec<String> = (0..n)
        .map(|_| {
            let mut q: Vec<String> = Vec::new();
            if rng.random_bool(0.3) {
                q.push(format!(
                    "status={}",
                    ["live", "closed", "awarded", "unsuccessful", "cancelled"][rng.random_range(0..5)]
                ));
            }
            if rng.random_bool(0.3) {
                q.push(format!("kind={}", ["specialist", "outcome"][rng.random_range(0..2)]));
            }
            if rng.random_bool(0.3) {
                q.push(format!("role={}", g.roles.choose(&mut rng).unwrap_or(&1)));
            }
            if rng.random_bool(0.3) {
                q.push(format!("service={}", g.services.choose(&mut rng).unwrap_or(&1)));
            }
            if rng.random_bool(0.3) {
                q.push(format!(
                    "region={}",
                    REGIONS.choose(&mut rng).unwrap_or(&"London").replace(' ', "+")
                ));
            }
            if rng.random_bool(0.2) {
                q.push("remote=yes".into());
            }
            if rng.random_bool(0.3) {
                q.push(format!("rate={}", rng.random_range(40..=110)));
            }
            if q.is_empty() {
                q.push(format!(
                    "status={}",
                    ["live", "closed", "awarded"][rng.random_range(0..3)]
                ));
            }
            format!("/opportunities?{}", q.join("&"))
        })
        .collect();
    // Places deep in the list: cursors of rows read from it, sampled across its length.
    let mut deep = Vec::new();
    let mut public_ids = Vec::new();
    let mut position = Position::First;
    let mut pages = 0;
    while deep.len() < n && pages < 400 {
        let page = list_published(db, &Filter::default(), position).await?;
        pages += 1;
        public_ids.extend(page.rows.iter().map(|r| r.id));
        deep.extend(
            page.rows
                .iter()
                .map(|r| format!("/opportunities?after={}", Cursor::of(r).encode())),
        );
        // Jump ahead: the next page after a row some way on.
        let skip = rng.random_range(1..200);
        let Some(next) = page.next else { break };
        // The key's seconds sit above its 30 bits of id (migration 0025).
        position = Position::After(Cursor {
            list_key: next.list_key - ((skip * 3600) << 30),
        });
    }
    // Public ones, so that every request finds its page (signed-in-only ones ask to sign in).
    let one: Vec<String> = (0..n)
        .filter_map(|_| public_ids.choose(&mut rng).map(|id| format!("/opportunities/{id}")))
        .collect();
    let api_words: Vec<String> = words
        .iter()
        .map(|w| w.replacen("/opportunities?", "/api/v1/opportunities?", 1))
        .collect();
    Ok(vec![
        ("list-first-page", vec!["/opportunities".to_string()]),
        ("list-live", vec!["/opportunities?status=live".to_string()]),
        ("list-words", distinct(words)),
        ("list-filters", distinct(filters)),
        ("list-deep-page", distinct(deep)),
        ("api-list-first-page", vec!["/api/v1/opportunities".to_string()]),
        ("api-list-words", distinct(api_words)),
        ("one-opportunity", distinct(one)),
    ])
}

async fn run(backend: &str, size: u64, args: &OpportunitiesArgs) -> anyhow::Result<Vec<Row>> {
    println!("opportunities [{backend}, {size}]: generating…");
    let (db, url) = fresh_database(
        backend,
        &args.data_dir,
        &format!("opportunities-{size}.db"),
        &args.postgres_url,
        "mc_bench_opportunities",
        false,
    )
    .await?;
    db.migrate().await?;
    let now = Utc::now();
    let generated = generate(&db, size, now).await?;
    let mixes = scenarios(&db, &generated, args.queries).await?;
    db.close().await;

    let server = ServerProcess::start(&url, &args.data_dir.join(format!("opportunities-{backend}.log"))).await?;
    let ceiling = ceiling_rps(&server.base, args.concurrency, args.seconds.min(10)).await;
    println!("  /healthz ceiling {ceiling:.0} req/s");
    let mut rows = Vec::new();
    for (scenario, paths) in mixes {
        let figures = measure(
            &server.base,
            &requests("", paths.clone()),
            args.concurrency,
            args.seconds,
        )
        .await;
        println!("  {scenario}: {} distinct, {figures}", paths.len());
        rows.push(Row {
            benchmark: "opportunities",
            backend: backend.to_string(),
            scenario,
            dataset: generated.dataset,
            concurrency: args.concurrency,
            distinct_queries: paths.len(),
            cache_hit_rate: 0.0,
            share_of_ceiling: ((figures.rps / ceiling.max(1.0)) * 1000.0).round() / 1000.0,
            figures,
            ceiling_rps: (ceiling * 10.0).round() / 10.0,
            peak_rss_mb: 0.0,
            cpu: cpu(),
            date: now.format("%Y-%m-%d").to_string(),
        });
    }
    let peak = server.peak_rss_mb();
    println!("  server peak RSS {peak} MB");
    for row in &mut rows {
        row.peak_rss_mb = peak;
    }
    Ok(rows)
}

pub async fn opportunities(args: OpportunitiesArgs) -> anyhow::Result<()> {
    let mut results = Vec::new();
    for size in args.sizes.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let size: u64 = size.parse().with_context(|| format!("size {size}"))?;
        for backend in args.backends.split(',').map(str::trim).filter(|b| !b.is_empty()) {
            results.extend(run(backend, size, &args).await?);
            // Written after each run, so a long run's figures survive an interruption.
            write(&args.out, &results)?;
        }
    }
    Ok(())
}
