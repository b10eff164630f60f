//! `bench recommendations`: a buyer opening the recommended practitioners of their
//! opportunities at national scale (50,000 profiles), the server in its own process
//! (issue 21: p99 under 50 ms at 32 clients). The opportunities are live ones of the
//! buyer's council, each with a service practitioners have worked on and a role, so every
//! page ranks real candidates; each request asks for a different opportunity's page in
//! turn. Nothing is cached: every page is worked out afresh.

use crate::bench::{cpu, write};
use crate::bench_pool::{prepare, signed_in_buyer, PoolSearchArgs};
use crate::bench_server::{ceiling_rps, measure, requests, Figures, ServerProcess};
use crate::pool_data::Counts;
use anyhow::Context;
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{RngExt, SeedableRng};
use serde::Serialize;
use std::path::PathBuf;
use store::bench_data::{self, PublishedOpportunity};
use store::{organisations, reference};

#[derive(clap::Args, Clone)]
pub struct RecommendationsArgs {
    /// Practitioner profiles to generate.
    #[arg(long, default_value_t = 50_000)]
    pub profiles: usize,
    /// Councils to spread them over.
    #[arg(long, default_value_t = 400)]
    pub councils: usize,
    /// Live opportunities of the buyer's council whose recommendations are asked for.
    #[arg(long, default_value_t = 3_000)]
    pub opportunities: usize,
    /// Clients sending requests at once.
    #[arg(long, default_value_t = 32)]
    pub concurrency: usize,
    /// Seconds of measured load (after a two-second warm-up).
    #[arg(long, default_value_t = 20)]
    pub seconds: u64,
    /// Which backends to measure, comma-separated: sqlite, postgres.
    #[arg(long, default_value = "sqlite,postgres")]
    pub backends: String,
    /// PostgreSQL server for the postgres run; a database `mc_bench_pool` is made there
    /// afresh (the pool-search benchmark's, so `--reuse` can measure its data set).
    #[arg(
        long,
        env = "BENCH_POSTGRES_URL",
        default_value = "postgres://postgres@127.0.0.1:5432/postgres"
    )]
    pub postgres_url: String,
    /// Measure the data set an earlier run (of this or of `bench pool-search`) left,
    /// adding the opportunities if it has none.
    #[arg(long)]
    pub reuse: bool,
    /// Folder for the SQLite data set and the server's log.
    #[arg(long, default_value = "data/bench")]
    pub data_dir: PathBuf,
    /// Where to write the figures.
    #[arg(long, default_value = "bench/results/recommendations.json")]
    pub out: PathBuf,
}

#[derive(Debug, Serialize)]
struct Row {
    benchmark: &'static str,
    backend: String,
    dataset: Counts,
    opportunities: usize,
    concurrency: usize,
    /// Distinct pages asked for: one per opportunity.
    distinct_queries: usize,
    /// Recommendations are never cached.
    cache_hit_rate: f64,
    #[serde(flatten)]
    figures: Figures,
    ceiling_rps: f64,
    peak_rss_mb: f64,
    cpu: String,
    date: String,
}

/// `n` live opportunities of Wokingham by `buyer`, each with a service practitioners
/// have worked on and a role, unless it has some already; their ids.
async fn opportunities(db: &store::Db, buyer: i64, n: usize) -> anyhow::Result<Vec<i64>> {
    let org = organisations::find_by_code(db, "WOK")
        .await?
        .context("reference data")?;
    let existing = bench_data::live_opportunities_of(db, org.id).await?;
    if !existing.is_empty() {
        return Ok(existing);
    }
    let mut rng = StdRng::seed_from_u64(21);
    let services = bench_data::services_worked_on(db).await?;
    let roles = reference::roles(db).await?;
    let now = chrono::Utc::now();
    let rows: Vec<PublishedOpportunity> = (0..n)
        .map(|i| {
            let role = roles.choose(&mut rng).context("reference roles")?;
            Ok(PublishedOpportunity {
                org_id: org.id,
                created_by: buyer,
                status: "live",
                kind: "specialist",
                title: format!("{} for a service review {i}", role.name),
                summary: "Help us understand what residents need from this service.".into(),
                background: String::new(),
                work: String::new(),
                role_id: Some(role.id),
                lgsl_id: services.choose(&mut rng).copied(),
                region: None,
                work_mode: ["remote", "on_site", "either"][i % 3],
                minutes: rng.random_range(10..=60) * 60,
                max_rate_pence: rng.random_range(50..=95) * 100,
                published_at: now,
                closes_at: now + chrono::Duration::days(14),
                signed_in_only: false,
            })
        })
        .collect::<anyhow::Result<_>>()?;
    bench_data::insert_opportunities(db, &rows).await?;
    Ok(bench_data::live_opportunities_of(db, org.id).await?)
}

async fn run_backend(backend: &str, args: &RecommendationsArgs) -> anyhow::Result<Row> {
    println!(
        "recommendations [{backend}]: {} profiles over {} councils…",
        args.profiles, args.councils
    );
    let pool = PoolSearchArgs {
        profiles: args.profiles,
        councils: args.councils,
        concurrency: args.concurrency,
        queries: 0,
        writes_per_second: 0.0,
        seconds: args.seconds,
        backends: backend.to_string(),
        scenarios: String::new(),
        postgres_url: args.postgres_url.clone(),
        reuse: args.reuse,
        data_dir: args.data_dir.clone(),
        out: args.out.clone(),
    };
    let (db, url, counts) = prepare(backend, &pool).await?;
    let (cookie, buyer) = signed_in_buyer(&db).await?;
    let ids = opportunities(&db, buyer, args.opportunities).await?;
    db.analyze(true).await?;
    let paths: Vec<String> = ids
        .iter()
        .map(|id| format!("/opportunities/{id}/recommendations"))
        .collect();
    // Kept beside the data set, so that a run can be replayed or timed page by page from
    // outside with the same cookie.
    std::fs::write(
        args.data_dir.join(format!("recommendations-{backend}.queries")),
        paths.join("\n"),
    )?;
    std::fs::write(args.data_dir.join(format!("recommendations-{backend}.cookie")), &cookie)?;
    let log = args.data_dir.join(format!("recommendations-{backend}.log"));
    let server = ServerProcess::start_with_cache(&url, &log, 0).await?;
    let ceiling = ceiling_rps(&server.base, args.concurrency, args.seconds.min(10)).await;
    println!("  /healthz ceiling {ceiling:.0} req/s");
    let figures = measure(
        &server.base,
        &requests(&cookie, paths.clone()),
        args.concurrency,
        args.seconds,
    )
    .await;
    let row = Row {
        benchmark: "recommendations",
        backend: backend.to_string(),
        dataset: counts,
        opportunities: ids.len(),
        concurrency: args.concurrency,
        distinct_queries: paths.len(),
        cache_hit_rate: 0.0,
        figures,
        ceiling_rps: (ceiling * 10.0).round() / 10.0,
        peak_rss_mb: server.peak_rss_mb(),
        cpu: cpu(),
        date: chrono::Utc::now().format("%Y-%m-%d").to_string(),
    };
    println!(
        "  {} opportunities: {}, peak RSS {} MB",
        row.opportunities, row.figures, row.peak_rss_mb
    );
    db.close().await;
    Ok(row)
}

pub async fn recommendations(args: RecommendationsArgs) -> anyhow::Result<()> {
    let mut results = Vec::new();
    for backend in args.backends.split(',').map(str::trim).filter(|b| !b.is_empty()) {
        results.push(run_backend(backend, &args).await?);
        write(&args.out, &results)?;
    }
    Ok(())
}
