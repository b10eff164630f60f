//! Benchmarks: timings belong here, not in tests. Each prints its figures and the data-set
//! size and writes them to `bench/results/<name>.json`; none fails on a timing.

use crate::pool_data::{self, Counts, Spec};
use anyhow::Context;
use domain::clock::SystemClock;
use domain::roles::Role;
use serde::Serialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use store::{organisations, reference, Db};
use tokio::sync::Notify;

#[derive(clap::Args, Clone)]
pub struct PoolSearchArgs {
    /// Practitioner profiles to generate.
    #[arg(long, default_value_t = 50_000)]
    pub profiles: usize,
    /// Councils to spread them over.
    #[arg(long, default_value_t = 400)]
    pub councils: usize,
    /// Clients sending requests at once.
    #[arg(long, default_value_t = 32)]
    pub concurrency: usize,
    /// Holds added and released per second during the load, as bookings would: each changes
    /// one profile's free hours, so cached pages are checked (and those it reaches rebuilt)
    /// under churn. The default, one every ten seconds, is several times the busiest
    /// expected rate of bookings and profile edits together.
    #[arg(long, default_value_t = 0.1)]
    pub writes_per_second: f64,
    /// Seconds of measured load per backend (after a short warm-up).
    #[arg(long, default_value_t = 20)]
    pub seconds: u64,
    /// Which backends to measure, comma-separated: sqlite, postgres.
    #[arg(long, default_value = "sqlite,postgres")]
    pub backends: String,
    /// PostgreSQL server for the postgres run; a database `mc_bench_pool` is made there afresh.
    #[arg(
        long,
        env = "BENCH_POSTGRES_URL",
        default_value = "postgres://postgres@127.0.0.1:5432/postgres"
    )]
    pub postgres_url: String,
    /// Measure the SQLite data set (or PostgreSQL database) left by an earlier run instead
    /// of generating a new one.
    #[arg(long)]
    pub reuse: bool,
    /// Folder for the SQLite data set.
    #[arg(long, default_value = "data/bench")]
    pub data_dir: PathBuf,
    /// Where to write the figures.
    #[arg(long, default_value = "bench/results/pool-search.json")]
    pub out: PathBuf,
}

#[derive(Debug, Serialize)]
struct Dataset {
    councils: usize,
    profiles: usize,
    holds: usize,
}

#[derive(Debug, Serialize)]
struct Result_ {
    benchmark: &'static str,
    backend: String,
    dataset: Dataset,
    concurrency: usize,
    writes_per_second: f64,
    writes: usize,
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

pub(crate) fn cpu() -> String {
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into());
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    format!("{model} ({cores} cores)")
}

pub(crate) fn peak_rss_mb() -> f64 {
    process_peak_rss_mb("self")
}

/// A process's peak resident memory so far (VmHWM), in MB: `pid` or `self`.
pub(crate) fn process_peak_rss_mb(pid: &str) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).map(|l| l.to_string()))
        .and_then(|l| l.split_whitespace().nth(1).and_then(|kb| kb.parse::<f64>().ok()))
        .map(|kb| kb / 1024.0)
        .unwrap_or(0.0)
}

/// A database for a benchmark: a SQLite file in `data_dir`, or a PostgreSQL database
/// `pg_name` on the server at `pg_url` — made afresh unless `reuse`.
pub(crate) async fn fresh_database(
    backend: &str,
    data_dir: &Path,
    file: &str,
    pg_url: &str,
    pg_name: &str,
    reuse: bool,
) -> anyhow::Result<Db> {
    match backend {
        "sqlite" => {
            std::fs::create_dir_all(data_dir)?;
            let file = data_dir.join(file);
            if !reuse {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
                }
            }
            Ok(Db::connect(&format!("sqlite://{}", file.display())).await?)
        }
        "postgres" => {
            let admin = Db::connect(pg_url)
                .await
                .with_context(|| format!("PostgreSQL at {pg_url}"))?;
            if !reuse {
                admin.recreate_postgres_database(pg_name).await?;
            }
            admin.close().await;
            let base = pg_url.rsplit_once('/').map(|(b, _)| b).unwrap_or(pg_url);
            Ok(Db::connect(&format!("{base}/{pg_name}")).await?)
        }
        other => anyhow::bail!("unknown backend {other}: use sqlite or postgres"),
    }
}

/// Serves the service on `db` in this process; returns its address.
pub(crate) async fn serve(db: &Db) -> anyhow::Result<(String, tokio::task::JoinHandle<()>)> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let config = web::WebConfig {
        base_url: base.clone(),
        ..Default::default()
    };
    let state = web::AppState::new(db.clone(), Arc::new(SystemClock), config, Arc::new(Notify::new()))?;
    let server = tokio::spawn(async move {
        let app = web::router(state).into_make_service_with_connect_info::<SocketAddr>();
        let _ = axum::serve(listener, app).await;
    });
    Ok((base, server))
}

/// The query mix: words only, filters only, and words with free hours.
async fn queries(db: &Db) -> anyhow::Result<Vec<String>> {
    let words = [
        "waste",
        "research",
        "council tax",
        "developer",
        "accessibility",
        "planning",
        "parking",
        "delivery",
        "content",
        "data",
    ];
    let roles = reference::roles(db).await?;
    let skills = reference::skills(db).await?;
    let regions = domain::pool::REGIONS;
    let mut urls = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let q = w.replace(' ', "+");
        urls.push(format!("/pool?q={q}"));
        let role = &roles[(i * 7) % roles.len()];
        let skill = &skills[(i * 13) % skills.len()];
        urls.push(format!(
            "/pool?role={}&region={}&remote=yes&max_rate=70",
            role.id,
            regions[i % regions.len()].replace(' ', "+")
        ));
        urls.push(format!("/pool?skill={}&band={}", skill.id, 1 + i % 8));
        urls.push(format!("/pool?q={q}&min_hours={}", 1 + i % 4));
    }
    Ok(urls)
}

/// Adds and releases a one-hour hold on one of `profiles` in turn, `per_second` times a
/// second, until aborted, counting the writes in `done`.
async fn churn(db: Db, profiles: Vec<i64>, per_second: f64, done: Arc<AtomicUsize>) {
    if per_second <= 0.0 || profiles.is_empty() {
        return;
    }
    let mut tick = tokio::time::interval(Duration::from_secs_f64(1.0 / per_second));
    let this_week = domain::weeks::Week::current(chrono::Utc::now());
    for n in 0_i64.. {
        tick.tick().await;
        let profile_id = profiles[usize::try_from(n).unwrap_or(0) % profiles.len()];
        let now = chrono::Utc::now();
        let hold = store::capacity::NewHold {
            profile_id,
            week: this_week.plus(n % 4),
            minutes: 60,
            kind: store::capacity::HoldKind::Request,
            source_type: "benchmark",
            source_id: n,
        };
        let wrote = async {
            let mut tx = db.begin().await?;
            store::capacity::add_hold(&mut tx, &hold, now).await?;
            tx.commit().await?;
            let mut tx = db.begin().await?;
            store::capacity::release_holds(&mut tx, "benchmark", n, now).await?;
            tx.commit().await?;
            Ok::<_, store::StoreError>(())
        };
        match wrote.await {
            Ok(()) => {
                done.fetch_add(1, Ordering::Relaxed);
            }
            Err(e) => eprintln!("  writer: {e}"),
        }
    }
}

pub(crate) struct Load {
    pub requests: usize,
    pub errors: usize,
    pub rps: f64,
    pub latencies_ms: Vec<f64>,
}

pub(crate) async fn load(base: &str, cookie: &str, paths: &[String], concurrency: usize, duration: Duration) -> Load {
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(concurrency)
        .build()
        .unwrap_or_default();
    let deadline = Instant::now() + duration;
    let started = Instant::now();
    let mut tasks = Vec::new();
    for worker in 0..concurrency {
        let client = client.clone();
        let base = base.to_string();
        let cookie = cookie.to_string();
        let paths = paths.to_vec();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut errors = 0;
            let mut i = worker;
            while Instant::now() < deadline {
                let url = format!("{base}{}", paths[i % paths.len()]);
                i += 1;
                let t = Instant::now();
                match client.get(&url).header("cookie", &cookie).send().await {
                    Ok(r) if r.status().is_success() => {
                        let _ = r.bytes().await;
                        latencies.push(t.elapsed().as_secs_f64() * 1000.0);
                    }
                    _ => errors += 1,
                }
            }
            (latencies, errors)
        }));
    }
    let mut latencies_ms = Vec::new();
    let mut errors = 0;
    for task in tasks {
        if let Ok((l, e)) = task.await {
            latencies_ms.extend(l);
            errors += e;
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    latencies_ms.sort_by(|a, b| a.total_cmp(b));
    Load {
        requests: latencies_ms.len(),
        errors,
        rps: latencies_ms.len() as f64 / elapsed,
        latencies_ms,
    }
}

pub(crate) fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * (sorted.len() as f64 - 1.0)).round() as usize;
    (sorted[rank.min(sorted.len() - 1)] * 100.0).round() / 100.0
}

async fn run_backend(backend: &str, args: &PoolSearchArgs) -> anyhow::Result<Result_> {
    if args.reuse {
        println!("pool-search [{backend}]: measuring the data set an earlier run left…");
    } else {
        println!(
            "pool-search [{backend}]: generating {} profiles over {} councils…",
            args.profiles, args.councils
        );
    }
    let db = fresh_database(
        backend,
        &args.data_dir,
        "pool-search.db",
        &args.postgres_url,
        "mc_bench_pool",
        args.reuse,
    )
    .await?;
    db.migrate().await?;
    let now = chrono::Utc::now();
    let hash = web::passwords::hash("benchmark passphrase".into()).await?;
    let counts = if args.reuse {
        let (councils, profiles, holds) = store::search::pool_size(&db).await?;
        let size = |n: i64| usize::try_from(n).unwrap_or(0);
        Counts {
            councils: size(councils),
            profiles: size(profiles),
            holds: size(holds),
        }
    } else {
        let generating = Instant::now();
        let spec = Spec {
            councils: args.councils,
            profiles: args.profiles,
            seed: 7,
            holds: true,
        };
        let counts: Counts = pool_data::generate(&db, &spec, &hash, now).await?;
        println!("  generated in {:.0} s: {counts:?}", generating.elapsed().as_secs_f64());
        // A live database has planner statistics; a freshly loaded one must be analysed first.
        db.analyze(true).await?;
        counts
    };
    // A buyer somewhere, signed in.
    let org = organisations::find_by_code(&db, "WOK")
        .await?
        .context("reference data")?;
    let mut tx = db.begin().await?;
    let email = format!("buyer-{}@bench.test", now.timestamp_millis());
    let buyer = store::users::create(
        &mut tx,
        &store::users::NewUser {
            email: &email,
            display_name: "Buyer",
            password_hash: &hash,
            platform_admin: false,
        },
        now,
    )
    .await?;
    store::members::add(&mut tx, buyer, org.id, &[Role::Buyer], now).await?;
    let session = web::session::start(&mut tx, buyer, "127.0.0.1", None, now).await?;
    tx.commit().await?;
    let cookie = format!("{}={session}", web::session::cookie_name(false));

    let (base, server) = serve(&db).await?;
    let paths = queries(&db).await?;
    load(&base, &cookie, &paths, args.concurrency, Duration::from_secs(2)).await;
    let this_week = domain::weeks::Week::current(now);
    let everyone = store::search::PoolQuery {
        weeks: this_week.through(this_week.plus(3)),
        this_week: Some(this_week),
        ..Default::default()
    };
    let churned: Vec<i64> = store::search::search(&db, &everyone, 1000, 0)
        .await?
        .into_iter()
        .map(|h| h.id)
        .collect();
    let written = Arc::new(AtomicUsize::new(0));
    let writer = tokio::spawn(churn(db.clone(), churned, args.writes_per_second, written.clone()));
    let measured = load(
        &base,
        &cookie,
        &paths,
        args.concurrency,
        Duration::from_secs(args.seconds),
    )
    .await;
    writer.abort();
    let writes = written.load(Ordering::Relaxed);
    let ceiling = load(
        &base,
        "",
        &["/healthz".to_string()],
        args.concurrency,
        Duration::from_secs(args.seconds.min(10)),
    )
    .await;
    server.abort();
    db.close().await;

    let result = Result_ {
        benchmark: "pool-search",
        backend: backend.to_string(),
        dataset: Dataset { councils: counts.councils, profiles: counts.profiles, holds: counts.holds },
        concurrency: args.concurrency,
        writes_per_second: args.writes_per_second,
        writes,
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
        note: "server, load generator and writer share one process and the machine's cores; writes add then release a hold (each changes one profile's free hours; cached pages it cannot reach stay valid, ADR 0007); peak_rss_mb is that process's high-water mark",
    };
    println!(
        "  {backend}: {} requests, {} errors, {} writes, {:.1} req/s, p50 {:.2} ms, p95 {:.2} ms, p99 {:.2} ms; /healthz ceiling {:.1} req/s",
        result.requests, result.errors, result.writes, result.rps, result.p50_ms, result.p95_ms, result.p99_ms, result.ceiling_rps
    );
    Ok(result)
}

pub async fn pool_search(args: PoolSearchArgs) -> anyhow::Result<()> {
    let mut results = Vec::new();
    for backend in args.backends.split(',').map(str::trim).filter(|b| !b.is_empty()) {
        results.push(run_backend(backend, &args).await?);
    }
    write(&args.out, &results)
}

pub(crate) fn write(path: &Path, results: &[impl Serialize]) -> anyhow::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, serde_json::to_string_pretty(results)? + "\n")?;
    println!("figures written to {}", path.display());
    Ok(())
}
