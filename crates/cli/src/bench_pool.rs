//! `bench pool-search`: a buyer searching the talent pool at national scale (50,000
//! profiles), the server in its own process (issue 14, ADR 0007). Each backend is measured
//! three ways while bookings change free hours: thousands of distinct searches sampled from
//! the data with the result cache, the same with no cache at all (what a search costs), and
//! a few searches repeated (what the cache saves). The hit rate comes from the server's own
//! metrics.

use crate::bench::{cpu, fresh_database, write};
use crate::bench_server::{ceiling_rps, measure, requests, signed_in, Figures, ServerProcess};
use crate::pool_data::{self, Counts, Spec};
use anyhow::Context;
use domain::roles::Role;
use domain::weeks::Week;
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{RngExt, SeedableRng};
use serde::Serialize;
use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use store::{organisations, reference, Db};

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
    /// Distinct searches to sample from the data.
    #[arg(long, default_value_t = 20_000)]
    pub queries: usize,
    /// Holds added and released per second during the load, as bookings would: each changes
    /// one profile's free hours, so cached pages are checked (and those it reaches rebuilt)
    /// under churn. The default, one every ten seconds, is several times the busiest
    /// expected rate of bookings and profile edits together.
    #[arg(long, default_value_t = 0.1)]
    pub writes_per_second: f64,
    /// Seconds of measured load per scenario (after a two-second warm-up).
    #[arg(long, default_value_t = 20)]
    pub seconds: u64,
    /// Which backends to measure, comma-separated: sqlite, postgres.
    #[arg(long, default_value = "sqlite,postgres")]
    pub backends: String,
    /// Which scenarios to measure, comma-separated: distinct-queries-no-cache,
    /// distinct-queries, repeated-queries.
    #[arg(long, default_value = "distinct-queries-no-cache,distinct-queries,repeated-queries")]
    pub scenarios: String,
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
    /// Folder for the SQLite data set and the server's log.
    #[arg(long, default_value = "data/bench")]
    pub data_dir: PathBuf,
    /// Where to write the figures.
    #[arg(long, default_value = "bench/results/pool-search.json")]
    pub out: PathBuf,
}

#[derive(Debug, Serialize)]
struct Row {
    benchmark: &'static str,
    backend: String,
    scenario: &'static str,
    dataset: Counts,
    concurrency: usize,
    distinct_queries: usize,
    /// Memory the server had for caches (0: none; every page was built afresh).
    cache_mb: u64,
    cache_hit_rate: f64,
    writes_per_second: f64,
    writes: usize,
    #[serde(flatten)]
    figures: Figures,
    ceiling_rps: f64,
    peak_rss_mb: f64,
    cpu: String,
    date: String,
}

/// Searches sampled from the data: words from profiles' names and texts, and random
/// combinations of roles, levels, skills, services worked on, regions, rates, free hours,
/// weeks and pages. Distinct, `n` of them.
async fn sampled_queries(db: &Db, n: usize, this_week: Week) -> anyhow::Result<Vec<String>> {
    let mut rng = StdRng::seed_from_u64(50);
    let mut words: Vec<String> = Vec::new();
    for (name, headline, about) in store::bench_data::profile_texts(db, 3000).await? {
        words.extend(
            store::search::terms(&format!("{name} {headline} {about}"))
                .into_iter()
                .filter(|w| w.len() > 3),
        );
    }
    words.sort();
    words.dedup();
    let roles: Vec<i64> = reference::roles(db).await?.iter().map(|r| r.id).collect();
    let skills: Vec<i64> = reference::skills(db).await?.iter().map(|s| s.id).collect();
    let services = store::bench_data::services_worked_on(db).await?;
    let regions = domain::pool::REGIONS;
    let mut seen = HashSet::new();
    let mut queries = Vec::new();
    let mut tries = 0;
    while queries.len() < n && tries < n * 20 {
        tries += 1;
        let mut q: Vec<String> = Vec::new();
        if rng.random_bool(0.6) {
            let mut text = words.choose(&mut rng).cloned().unwrap_or_default();
            if rng.random_bool(0.4) {
                text = format!("{text}+{}", words.choose(&mut rng).cloned().unwrap_or_default());
            }
            q.push(format!("q={text}"));
        }
        if rng.random_bool(0.25) {
            q.push(format!("role={}", roles.choose(&mut rng).unwrap_or(&1)));
        }
        if rng.random_bool(0.2) {
            q.push(format!("band={}", rng.random_range(1..=8)));
        }
        if rng.random_bool(0.2) {
            q.push(format!("skill={}", skills.choose(&mut rng).unwrap_or(&1)));
        }
        if rng.random_bool(0.2) {
            q.push(format!("service={}", services.choose(&mut rng).unwrap_or(&1)));
        }
        if rng.random_bool(0.25) {
            q.push(format!(
                "region={}",
                regions.choose(&mut rng).unwrap_or(&"London").replace(' ', "+")
            ));
        }
        if rng.random_bool(0.2) {
            q.push("remote=yes".into());
        }
        if rng.random_bool(0.25) {
            q.push(format!("max_rate={}", rng.random_range(30..=100)));
        }
        if rng.random_bool(0.3) {
            q.push(format!("min_hours={}", rng.random_range(1..=20)));
        }
        if rng.random_bool(0.4) {
            let from = this_week.plus(rng.random_range(0..8));
            q.push(format!("from_week={}", from.iso()));
            q.push(format!("to_week={}", from.plus(rng.random_range(0..8)).iso()));
        }
        if rng.random_bool(0.2) {
            q.push(format!("page={}", rng.random_range(2..=4)));
        }
        if q.is_empty() {
            continue;
        }
        let url = format!("/pool?{}", q.join("&"));
        if seen.insert(url.clone()) {
            queries.push(url);
        }
    }
    Ok(queries)
}

/// A few searches repeated: words only, filters only, and words with free hours.
async fn repeated_queries(db: &Db) -> anyhow::Result<Vec<String>> {
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
    let this_week = Week::current(chrono::Utc::now());
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

/// The data set, generated unless `--reuse`, with its database URL and size.
pub(crate) async fn prepare(backend: &str, args: &PoolSearchArgs) -> anyhow::Result<(Db, String, Counts)> {
    let (db, url) = fresh_database(
        backend,
        &args.data_dir,
        "pool-search.db",
        &args.postgres_url,
        "mc_bench_pool",
        args.reuse,
    )
    .await?;
    db.migrate().await?;
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
            progress: true,
        };
        let hash = app::passwords::hash("benchmark passphrase".into()).await?;
        let counts = pool_data::generate(&db, &spec, &hash, chrono::Utc::now()).await?;
        println!("  generated in {:.0} s: {counts:?}", generating.elapsed().as_secs_f64());
        // A live database has planner statistics; a freshly loaded one must be analysed first.
        db.analyze(true).await?;
        counts
    };
    Ok((db, url, counts))
}

/// A buyer of Wokingham, signed in: the session cookie and their user id.
pub(crate) async fn signed_in_buyer(db: &Db) -> anyhow::Result<(String, i64)> {
    let now = chrono::Utc::now();
    let hash = app::passwords::hash("benchmark passphrase".into()).await?;
    let org = organisations::find_by_code(db, "WOK")
        .await?
        .context("reference data")?;
    let mut tx = db.begin().await?;
    let email = format!("buyer-{}@bench.test", now.timestamp_millis());
    let cookie = signed_in(&mut tx, org.id, Role::Buyer, &email, &hash).await?;
    tx.commit().await?;
    let user = store::users::find_by_email(db, &email)
        .await?
        .context("the buyer just made")?;
    Ok((cookie, user.id))
}

async fn run_backend(backend: &str, args: &PoolSearchArgs) -> anyhow::Result<Vec<Row>> {
    println!(
        "pool-search [{backend}]: {} profiles over {} councils…",
        args.profiles, args.councils
    );
    let (db, url, counts) = prepare(backend, args).await?;
    let now = chrono::Utc::now();
    let this_week = Week::current(now);
    let (cookie, _) = signed_in_buyer(&db).await?;
    let sampled = sampled_queries(&db, args.queries, this_week).await?;
    let repeated = repeated_queries(&db).await?;
    // Kept beside the data set, so that a run can be replayed (or broken down by kind of
    // search) from outside with the same cookie.
    std::fs::write(
        args.data_dir.join(format!("pool-search-{backend}.queries")),
        sampled.join("\n"),
    )?;
    std::fs::write(args.data_dir.join(format!("pool-search-{backend}.cookie")), &cookie)?;
    // Bookings on the profiles most searches find first.
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

    let mut rows = Vec::new();
    let mut ceiling = 0.0;
    let log = args.data_dir.join(format!("pool-search-{backend}.log"));
    let plan: [(&'static str, &Vec<String>, u64); 3] = [
        ("distinct-queries-no-cache", &sampled, 0),
        ("distinct-queries", &sampled, web::DEFAULT_CACHE_MB),
        ("repeated-queries", &repeated, web::DEFAULT_CACHE_MB),
    ];
    let chosen: Vec<&str> = args.scenarios.split(',').map(str::trim).collect();
    for (scenario, paths, cache_mb) in plan.into_iter().filter(|(s, _, _)| chosen.contains(s)) {
        // A server of its own for each scenario: the caches and the peak memory are its own.
        let server = ServerProcess::start_with_cache(&url, &log, cache_mb).await?;
        if ceiling == 0.0 {
            ceiling = ceiling_rps(&server.base, args.concurrency, args.seconds.min(10)).await;
            println!("  /healthz ceiling {ceiling:.0} req/s");
        }
        let written = Arc::new(AtomicUsize::new(0));
        let writer = tokio::spawn(churn(
            db.clone(),
            churned.clone(),
            args.writes_per_second,
            written.clone(),
        ));
        let before = server.outcomes("search_pages_total").await?;
        let figures = measure(
            &server.base,
            &requests(&cookie, paths.clone()),
            args.concurrency,
            args.seconds,
        )
        .await;
        let after = server.outcomes("search_pages_total").await?;
        writer.abort();
        let row = Row {
            benchmark: "pool-search",
            backend: backend.to_string(),
            scenario,
            dataset: counts,
            concurrency: args.concurrency,
            distinct_queries: paths.len(),
            cache_mb,
            // Counted over the warm-up too: the pages it built are what later requests hit.
            cache_hit_rate: after.hit_rate_since(before),
            writes_per_second: args.writes_per_second,
            writes: written.load(Ordering::Relaxed),
            figures,
            ceiling_rps: (ceiling * 10.0).round() / 10.0,
            peak_rss_mb: server.peak_rss_mb(),
            cpu: cpu(),
            date: now.format("%Y-%m-%d").to_string(),
        };
        println!(
            "  {scenario}: {} distinct, hit rate {:.3}, {}, peak RSS {} MB",
            row.distinct_queries, row.cache_hit_rate, row.figures, row.peak_rss_mb
        );
        rows.push(row);
    }
    db.close().await;
    Ok(rows)
}

pub async fn pool_search(args: PoolSearchArgs) -> anyhow::Result<()> {
    let mut results = Vec::new();
    for backend in args.backends.split(',').map(str::trim).filter(|b| !b.is_empty()) {
        results.extend(run_backend(backend, &args).await?);
        write(&args.out, &results)?;
    }
    Ok(())
}
