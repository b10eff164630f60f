//! The ledger benchmarks on a national-scale data set: `microcontracts month-end` for every
//! contract in a process of its own (`month-end-invoicing`: seconds in all) and councils'
//! income pages at 32 concurrent clients, the server in its own process (`income-page`:
//! latency percentiles, with and without the figures cache), on SQLite and PostgreSQL.

use crate::bench::{cpu, fresh_database, process_peak_rss_mb, write};
use crate::bench_server::{ceiling_rps, measure, signed_in, Figures, Request, ServerProcess};
use crate::pool_data::{self, Spec};
use anyhow::Context;
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

/// The data set for `backend`, generated unless `--reuse`: returns it, its URL, and a
/// platform admin who acts in the benchmarks (id and email).
async fn prepare(backend: &str, args: &LedgerArgs) -> anyhow::Result<(Db, String, i64, String)> {
    let (db, url) = fresh_database(
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
    let hash = app::passwords::hash("benchmark passphrase".into()).await?;
    let email = format!("finance-{}@bench.test", now.timestamp_millis());
    let mut tx = db.begin().await?;
    let user = store::users::create(
        &mut tx,
        &store::users::NewUser {
            email: &email,
            display_name: "Platform admin",
            password_hash: &hash,
            platform_admin: true,
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
            progress: true,
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
        let started_bulk = Instant::now();
        let (contracts, entries) = store::bench_data::contracts_and_time(&db, &bulk, |what, done, of| {
            println!(
                "  {what}: {done} of {of} ({:.0} s)",
                started_bulk.elapsed().as_secs_f64()
            );
        })
        .await?;
        let mut tx = db.begin().await?;
        let rows = store::income::rebuild(&mut tx, db.backend()).await?;
        tx.commit().await?;
        db.analyze(true).await?;
        println!(
            "  generated {contracts} contracts, {entries} time entries, {rows} income rows in {:.0} s",
            started.elapsed().as_secs_f64()
        );
    }
    Ok((db, url, user, email))
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

/// `microcontracts month-end` for the last full month, in a process of its own: how long
/// it takes and its peak memory (read from the kernel while it runs).
pub async fn month_end_invoicing(args: LedgerArgs) -> anyhow::Result<()> {
    let mut results = Vec::new();
    for backend in args.backends.split(',').map(str::trim).filter(|b| !b.is_empty()) {
        println!("month-end-invoicing [{backend}]:");
        let (db, url, _, email) = prepare(backend, &args).await?;
        let before = store::invoices::count(&db).await?;
        db.close().await;
        let today = domain::weeks::london_date(chrono::Utc::now());
        let month = domain::invoices::last_month(today);
        let started = Instant::now();
        let mut child = std::process::Command::new(std::env::current_exe()?)
            .args(["month-end", "--month", &month, "--by", &email])
            .env("DATABASE_URL", &url)
            .env("RUST_LOG", "warn")
            .stdout(std::process::Stdio::null())
            .spawn()
            .context("starting month-end")?;
        let pid = child.id().to_string();
        let mut peak = 0.0_f64;
        let status = loop {
            peak = peak.max(process_peak_rss_mb(&pid));
            if let Some(status) = child.try_wait()? {
                break status;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        let seconds = started.elapsed().as_secs_f64();
        anyhow::ensure!(status.success(), "month-end failed: {status}");
        let db = Db::connect(&url).await?;
        let invoices = usize::try_from(store::invoices::count(&db).await? - before).unwrap_or(0);
        let data = dataset(&db).await?;
        db.close().await;
        println!(
            "  {backend}: {invoices} draft invoices for {month} in {seconds:.1} s, peak RSS {peak:.1} MB ({} contracts, {} time entries)",
            data.contracts, data.time_entries
        );
        results.push(InvoicingResult {
            benchmark: "month-end-invoicing",
            backend: backend.to_string(),
            dataset: data,
            month,
            invoices,
            seconds: (seconds * 10.0).round() / 10.0,
            peak_rss_mb: (peak * 10.0).round() / 10.0,
            cpu: cpu(),
            date: today.to_string(),
            note: "`microcontracts month-end` in its own process, timed from start to exit: drafts for every money contract with approved, uninvoiced time in the month: contracts in id order, a block of 20,000 per transaction, as many blocks at once as there are cores (2 to 4) on PostgreSQL (ADR 0010)",
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
    scenario: &'static str,
    dataset: Dataset,
    concurrency: usize,
    distinct_queries: usize,
    cache_mb: u64,
    cache_hit_rate: f64,
    #[serde(flatten)]
    figures: Figures,
    ceiling_rps: f64,
    peak_rss_mb: f64,
    cpu: String,
    date: String,
}

/// Every onboarded council's income page, each read by a finance officer of that council:
/// once with no cache (what a page costs) and once with the figures cache.
pub async fn income_page(args: LedgerArgs) -> anyhow::Result<()> {
    let mut results = Vec::new();
    for backend in args.backends.split(',').map(str::trim).filter(|b| !b.is_empty()) {
        println!("income-page [{backend}]:");
        let (db, url, _, _) = prepare(backend, &args).await?;
        let now = chrono::Utc::now();
        let hash = app::passwords::hash("benchmark passphrase".into()).await?;
        let councils = store::organisations::onboarded(&db).await?;
        let mut pages = Vec::new();
        let mut tx = db.begin().await?;
        for org in &councils {
            let email = format!(
                "finance-{}-{}@bench.test",
                org.code.to_lowercase(),
                now.timestamp_millis()
            );
            let cookie = signed_in(&mut tx, org.id, Role::Finance, &email, &hash).await?;
            pages.push(Request {
                path: format!("/councils/{}/income", org.code),
                cookie,
            });
        }
        tx.commit().await?;
        let data = dataset(&db).await?;
        db.close().await;
        let log = args.data_dir.join(format!("income-page-{backend}.log"));
        let mut ceiling = 0.0;
        for (scenario, cache_mb) in [("every-council-no-cache", 0), ("every-council", web::DEFAULT_CACHE_MB)] {
            let server = ServerProcess::start_with_cache(&url, &log, cache_mb).await?;
            if ceiling == 0.0 {
                ceiling = ceiling_rps(&server.base, args.concurrency, args.seconds.min(10)).await;
                println!("  /healthz ceiling {ceiling:.0} req/s");
            }
            let before = server.outcomes("income_figures_total").await?;
            let figures = measure(&server.base, &pages, args.concurrency, args.seconds).await;
            let after = server.outcomes("income_figures_total").await?;
            let result = PageResult {
                benchmark: "income-page",
                backend: backend.to_string(),
                scenario,
                dataset: data,
                concurrency: args.concurrency,
                distinct_queries: pages.len(),
                cache_mb,
                cache_hit_rate: after.hit_rate_since(before),
                figures,
                ceiling_rps: (ceiling * 10.0).round() / 10.0,
                peak_rss_mb: server.peak_rss_mb(),
                cpu: cpu(),
                date: now.format("%Y-%m-%d").to_string(),
            };
            println!(
                "  {scenario}: {} councils, hit rate {:.3}, {}, peak RSS {} MB",
                result.distinct_queries, result.cache_hit_rate, result.figures, result.peak_rss_mb
            );
            results.push(result);
        }
    }
    write(
        &args
            .out
            .clone()
            .unwrap_or_else(|| "bench/results/income-page.json".into()),
        &results,
    )
}
