//! The ledger benchmarks on a national-scale data set: month-end invoicing for every
//! contract (`month-end-invoicing`: seconds in all) and a council's income page at 32
//! concurrent clients (`income-page`: latency percentiles), on SQLite and PostgreSQL.

use crate::bench::{cpu, fresh_database, load, peak_rss_mb, percentile, serve, write};
use crate::pool_data::{self, Spec};
use anyhow::Context;
use chrono::{Datelike, Duration as Days};
use domain::roles::Role;
use serde::Serialize;
use std::path::PathBuf;
use std::time::{Duration, Instant};
use store::{agreements, Db};

#[derive(clap::Args, Clone)]
pub struct LedgerArgs {
    /// Active contracts to generate.
    #[arg(long, default_value_t = 500_000)]
    pub contracts: i64,
    /// Approved time entries per contract (20 × 500,000 = 10 million).
    #[arg(long, default_value_t = 20)]
    pub entries_per_contract: i64,
    /// Practitioner profiles the contracts are spread over.
    #[arg(long, default_value_t = 50_000)]
    pub profiles: usize,
    /// Councils the profiles are spread over.
    #[arg(long, default_value_t = 400)]
    pub councils: usize,
    /// Clients sending requests at once (income-page).
    #[arg(long, default_value_t = 32)]
    pub concurrency: usize,
    /// Seconds of measured load per backend (income-page).
    #[arg(long, default_value_t = 20)]
    pub seconds: u64,
    /// Which backends to measure, comma-separated: sqlite, postgres.
    #[arg(long, default_value = "sqlite,postgres")]
    pub backends: String,
    /// PostgreSQL server; a database `mc_bench_ledger` is made there afresh.
    #[arg(
        long,
        env = "BENCH_POSTGRES_URL",
        default_value = "postgres://postgres@127.0.0.1:5432/postgres"
    )]
    pub postgres_url: String,
    /// Measure the data set an earlier run left instead of generating a new one (for
    /// month-end-invoicing, only time not yet invoiced is left to invoice).
    #[arg(long)]
    pub reuse: bool,
    /// Folder for the SQLite data set.
    #[arg(long, default_value = "data/bench")]
    pub data_dir: PathBuf,
    /// Where to write the figures (default bench/results/<benchmark>.json).
    #[arg(long)]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, Serialize)]
struct Dataset {
    councils: i64,
    profiles: i64,
    contracts: i64,
    time_entries: i64,
}

async fn dataset(db: &Db) -> anyhow::Result<Dataset> {
    let (councils, profiles, _) = store::search::pool_size(db).await?;
    Ok(Dataset {
        councils,
        profiles,
        contracts: store::contracts::count(db).await?,
        time_entries: store::time_entries::count(db).await?,
    })
}

/// The data set for `backend`, generated unless `--reuse`: returns it and the id of a
/// person who acts in the benchmarks.
async fn prepare(backend: &str, args: &LedgerArgs) -> anyhow::Result<(Db, i64)> {
    let db = fresh_database(
        backend,
        &args.data_dir,
        "ledger.db",
        &args.postgres_url,
        "mc_bench_ledger",
        args.reuse,
    )
    .await?;
    db.migrate().await?;
    let now = chrono::Utc::now();
    let hash = web::passwords::hash("benchmark passphrase".into()).await?;
    let email = format!("finance-{}@bench.test", now.timestamp_millis());
    let mut tx = db.begin().await?;
    let user = store::users::create(
        &mut tx,
        &store::users::NewUser {
            email: &email,
            display_name: "Finance officer",
            password_hash: &hash,
            platform_admin: false,
        },
        now,
    )
    .await?;
    tx.commit().await?;
    if !args.reuse {
        let started = Instant::now();
        println!(
            "  generating {} profiles over {} councils, {} contracts with {} entries each…",
            args.profiles, args.councils, args.contracts, args.entries_per_contract
        );
        let spec = Spec {
            councils: args.councils,
            profiles: args.profiles,
            seed: 11,
            holds: false,
        };
        pool_data::generate(&db, &spec, &hash, now).await?;
        let mut tx = db.begin().await?;
        let agreement = agreements::publish(&mut tx, "1.0", "Agreement", "1. Terms.", user, now).await?;
        let basis = agreements::legal_bases(&mut tx, false)
            .await?
            .first()
            .context("legal basis")?
            .id;
        tx.commit().await?;
        let bulk = store::bench_data::Spec {
            contracts: args.contracts,
            entries: args.entries_per_contract,
            agreement_id: agreement,
            legal_basis_id: basis,
            by: user,
            today: domain::weeks::london_date(now),
            now,
        };
        let (contracts, entries) = store::bench_data::contracts_and_time(&db, &bulk).await?;
        let mut tx = db.begin().await?;
        let rows = store::income::rebuild(&mut tx, db.backend()).await?;
        tx.commit().await?;
        db.analyze(true).await?;
        println!(
            "  generated {contracts} contracts, {entries} time entries, {rows} income rows in {:.0} s",
            started.elapsed().as_secs_f64()
        );
    }
    Ok((db, user))
}

#[derive(Debug, Serialize)]
struct InvoicingResult {
    benchmark: &'static str,
    backend: String,
    dataset: Dataset,
    month: String,
    invoices: usize,
    seconds: f64,
    peak_rss_mb: f64,
    cpu: String,
    date: String,
    note: &'static str,
}

/// Month-end for the last full month, for every supplying council at once.
pub async fn month_end_invoicing(args: LedgerArgs) -> anyhow::Result<()> {
    let mut results = Vec::new();
    for backend in args.backends.split(',').map(str::trim).filter(|b| !b.is_empty()) {
        println!("month-end-invoicing [{backend}]:");
        let (db, user) = prepare(backend, &args).await?;
        let now = chrono::Utc::now();
        let today = domain::weeks::london_date(now);
        let month = domain::invoices::parse_month(&format!(
            "{}",
            (today.with_day(1).unwrap_or(today) - Days::days(1)).format("%Y-%m")
        ))
        .map_err(|k| anyhow::anyhow!(k))?;
        let config = web::WebConfig {
            base_url: "http://127.0.0.1".into(),
            ..Default::default()
        };
        let state = web::AppState::new(
            db.clone(),
            std::sync::Arc::new(domain::clock::SystemClock),
            config,
            std::sync::Arc::new(tokio::sync::Notify::new()),
        )?;
        let by = web::services::By {
            user_id: Some(user),
            client_ip: "bench",
        };
        let started = Instant::now();
        let invoices = web::services::invoices::generate_all(&state, by, month)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let seconds = started.elapsed().as_secs_f64();
        let data = dataset(&db).await?;
        println!(
            "  {backend}: {invoices} draft invoices for {} in {seconds:.1} s ({} contracts, {} time entries)",
            month.0.format("%Y-%m"),
            data.contracts,
            data.time_entries
        );
        db.close().await;
        results.push(InvoicingResult {
            benchmark: "month-end-invoicing",
            backend: backend.to_string(),
            dataset: data,
            month: month.0.format("%Y-%m").to_string(),
            invoices,
            seconds: (seconds * 10.0).round() / 10.0,
            peak_rss_mb: (peak_rss_mb() * 10.0).round() / 10.0,
            cpu: cpu(),
            date: today.to_string(),
            note: "drafts for every money contract with approved, uninvoiced time in the month: contracts in id order, a block of 20,000 per transaction, as many blocks at once as there are cores (2 to 4) on PostgreSQL (ADR 0010)",
        });
    }
    write(
        &args
            .out
            .clone()
            .unwrap_or_else(|| "bench/results/month-end-invoicing.json".into()),
        &results,
    )
}

#[derive(Debug, Serialize)]
struct PageResult {
    benchmark: &'static str,
    backend: String,
    dataset: Dataset,
    concurrency: usize,
    requests: usize,
    errors: usize,
    rps: f64,
    p50_ms: f64,
    p95_ms: f64,
    p99_ms: f64,
    ceiling_rps: f64,
    peak_rss_mb: f64,
    cpu: String,
    date: String,
    note: &'static str,
}

/// The income pages of the busiest councils, read by a finance officer of each.
pub async fn income_page(args: LedgerArgs) -> anyhow::Result<()> {
    let mut results = Vec::new();
    for backend in args.backends.split(',').map(str::trim).filter(|b| !b.is_empty()) {
        println!("income-page [{backend}]:");
        let (db, user) = prepare(backend, &args).await?;
        let now = chrono::Utc::now();
        let councils = store::organisations::onboarded(&db).await?;
        let mut tx = db.begin().await?;
        for org in councils.iter().take(50) {
            store::members::add(&mut tx, user, org.id, &[Role::Finance], now).await?;
        }
        let session = web::session::start(&mut tx, user, "127.0.0.1", None, now).await?;
        tx.commit().await?;
        let cookie = format!("{}={session}", web::session::cookie_name(false));
        let paths: Vec<String> = councils
            .iter()
            .take(50)
            .map(|o| format!("/councils/{}/income", o.code))
            .collect();
        let (base, server) = serve(&db).await?;
        load(&base, &cookie, &paths, args.concurrency, Duration::from_secs(2)).await;
        let measured = load(
            &base,
            &cookie,
            &paths,
            args.concurrency,
            Duration::from_secs(args.seconds),
        )
        .await;
        let ceiling = load(
            &base,
            "",
            &["/healthz".to_string()],
            args.concurrency,
            Duration::from_secs(args.seconds.min(10)),
        )
        .await;
        server.abort();
        let data = dataset(&db).await?;
        db.close().await;
        let result = PageResult {
            benchmark: "income-page",
            backend: backend.to_string(),
            dataset: data,
            concurrency: args.concurrency,
            requests: measured.requests,
            errors: measured.errors,
            rps: (measured.rps * 10.0).round() / 10.0,
            p50_ms: percentile(&measured.latencies_ms, 50.0),
            p95_ms: percentile(&measured.latencies_ms, 95.0),
            p99_ms: percentile(&measured.latencies_ms, 99.0),
            ceiling_rps: (ceiling.rps * 10.0).round() / 10.0,
            peak_rss_mb: (peak_rss_mb() * 10.0).round() / 10.0,
            cpu: cpu(),
            date: now.format("%Y-%m-%d").to_string(),
            note: "50 councils' income pages read in turn by one finance officer of all 50; drawn figures kept per council (ADR 0011); server and load generator share one process",
        };
        println!(
            "  {backend}: {} requests, {} errors, {:.1} req/s, p50 {:.2} ms, p95 {:.2} ms, p99 {:.2} ms; /healthz ceiling {:.1} req/s",
            result.requests, result.errors, result.rps, result.p50_ms, result.p95_ms, result.p99_ms, result.ceiling_rps
        );
        results.push(result);
    }
    write(
        &args
            .out
            .clone()
            .unwrap_or_else(|| "bench/results/income-page.json".into()),
        &results,
    )
}
