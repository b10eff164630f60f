//! The service under load as it runs in production: `microcontracts serve` in a process
//! of its own, loaded over real sockets from this process. Its peak resident memory is
//! read from the kernel, and `/healthz` is measured by the same client in the same run
//! (the ceiling the figures are compared with).

use crate::bench::process_peak_rss_mb;
use anyhow::Context;
use serde::Serialize;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub struct ServerProcess {
    child: Child,
    pub base: String,
}

impl ServerProcess {
    /// Starts this binary's `serve` on `database_url` on a free port, with the default
    /// memory for caches, and waits until it is ready. Its log goes to `log`.
    pub async fn start(database_url: &str, log: &Path) -> anyhow::Result<ServerProcess> {
        Self::start_with_cache(database_url, log, web::DEFAULT_CACHE_MB).await
    }

    /// `start`, with `cache_mb` megabytes for caches (0: none, every page built afresh).
    pub async fn start_with_cache(database_url: &str, log: &Path, cache_mb: u64) -> anyhow::Result<ServerProcess> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let base = format!("http://127.0.0.1:{port}");
        if let Some(dir) = log.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let output = std::fs::File::create(log)?;
        let child = Command::new(std::env::current_exe()?)
            .arg("serve")
            .env("DATABASE_URL", database_url)
            .env("BIND", format!("127.0.0.1:{port}"))
            .env("BASE_URL", &base)
            .env("MAIL_FOLDER", log.with_extension("mail"))
            .env("SECRETS_KEY_FILE", log.with_extension("key"))
            // The load comes from one address and one token at rates no person makes.
            .env("API_REQUESTS_PER_MINUTE", "100000000")
            .env("RUST_LOG", "warn")
            .env("CACHE_MB", cache_mb.to_string())
            .env("METRICS_TOKEN", METRICS_TOKEN)
            .stdout(Stdio::null())
            .stderr(output)
            .spawn()
            .context("starting the server process")?;
        let mut server = ServerProcess { child, base };
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(120);
        while Instant::now() < deadline {
            if let Ok(r) = client.get(format!("{}/readyz", server.base)).send().await {
                if r.status().is_success() {
                    return Ok(server);
                }
            }
            if let Some(status) = server.child.try_wait()? {
                anyhow::bail!("the server stopped ({status}); see {}", log.display());
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        server.stop();
        anyhow::bail!("the server was not ready within two minutes; see {}", log.display())
    }

    /// The server process's peak resident memory so far, in MB (VmHWM).
    pub fn peak_rss_mb(&self) -> f64 {
        (process_peak_rss_mb(&self.child.id().to_string()) * 10.0).round() / 10.0
    }

    /// The server's counter `name` with the label `outcome`, by outcome, from its
    /// Prometheus metrics.
    pub async fn outcomes(&self, name: &str) -> anyhow::Result<Outcomes> {
        let text = reqwest::Client::new()
            .get(format!("{}/metrics", self.base))
            .bearer_auth(METRICS_TOKEN)
            .send()
            .await?
            .error_for_status()?
            .text()
            .await?;
        let mut outcomes = Outcomes::default();
        for line in text.lines().filter(|l| l.starts_with(&format!("{name}{{"))) {
            let Some((labels, value)) = line.rsplit_once(' ') else {
                continue;
            };
            let value: f64 = value.parse().unwrap_or(0.0);
            if labels.contains("outcome=\"cached\"") {
                outcomes.cached += value;
            } else if labels.contains("outcome=\"built\"") {
                outcomes.built += value;
            }
        }
        Ok(outcomes)
    }

    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The token the benchmarks read the server's metrics with (the server is theirs alone).
const METRICS_TOKEN: &str = "benchmark";

/// How many pages a cache answered and how many were built, from the server's metrics.
#[derive(Debug, Default, Clone, Copy)]
pub struct Outcomes {
    pub cached: f64,
    pub built: f64,
}

impl Outcomes {
    /// The share of pages the cache answered between `before` and `self`.
    pub fn hit_rate_since(&self, before: Outcomes) -> f64 {
        let cached = self.cached - before.cached;
        let all = cached + self.built - before.built;
        if all <= 0.0 {
            0.0
        } else {
            (cached / all * 1000.0).round() / 1000.0
        }
    }
}

/// One measured scenario's figures.
#[derive(Debug, Clone, Serialize)]
pub struct Figures {
    pub requests: usize,
    pub errors: usize,
    pub rps: f64,
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub p99_ms: f64,
}

impl std::fmt::Display for Figures {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:.1} req/s, p50 {:.2} ms, p95 {:.2} ms, p99 {:.2} ms, {} errors",
            self.rps, self.p50_ms, self.p95_ms, self.p99_ms, self.errors
        )
    }
}

impl From<&Load> for Figures {
    fn from(l: &Load) -> Self {
        Figures {
            requests: l.requests,
            errors: l.errors,
            rps: (l.rps * 10.0).round() / 10.0,
            p50_ms: percentile(&l.latencies_ms, 50.0),
            p95_ms: percentile(&l.latencies_ms, 95.0),
            p99_ms: percentile(&l.latencies_ms, 99.0),
        }
    }
}

/// A request the load sends: a path, and the session cookie it goes with ("" for none).
#[derive(Debug, Clone)]
pub struct Request {
    pub path: String,
    pub cookie: String,
}

/// `paths` as requests with `cookie` ("" for none).
pub fn requests(cookie: &str, paths: Vec<String>) -> Vec<Request> {
    paths
        .into_iter()
        .map(|path| Request {
            path,
            cookie: cookie.to_string(),
        })
        .collect()
}

/// Loads `requests` (cycled: the clients take them in turn, so each is sent once a round)
/// for `seconds` after a two-second warm-up.
pub async fn measure(base: &str, requests: &[Request], concurrency: usize, seconds: u64) -> Figures {
    load(base, requests, concurrency, Duration::from_secs(2)).await;
    Figures::from(&load(base, requests, concurrency, Duration::from_secs(seconds)).await)
}

/// `/healthz` from the same client: the most this machine serves of anything.
pub async fn ceiling_rps(base: &str, concurrency: usize, seconds: u64) -> f64 {
    measure(base, &requests("", vec!["/healthz".into()]), concurrency, seconds)
        .await
        .rps
}

pub struct Load {
    pub requests: usize,
    pub errors: usize,
    pub rps: f64,
    pub latencies_ms: Vec<f64>,
}

/// `concurrency` clients sending `requests` in turn until `duration` has passed; a request
/// that fails or is not answered 2xx counts as an error.
pub async fn load(base: &str, requests: &[Request], concurrency: usize, duration: Duration) -> Load {
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(concurrency)
        .build()
        .unwrap_or_default();
    let deadline = Instant::now() + duration;
    let started = Instant::now();
    let requests: Arc<[Request]> = requests.into();
    // One counter for all clients: each request is sent once a round, not by every client
    // at nearly the same moment.
    let next = Arc::new(AtomicUsize::new(0));
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let (client, base, requests, next) = (client.clone(), base.to_string(), requests.clone(), next.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut errors = 0;
            while Instant::now() < deadline && !requests.is_empty() {
                let request = &requests[next.fetch_add(1, Ordering::Relaxed) % requests.len()];
                let t = Instant::now();
                let mut builder = client.get(format!("{base}{}", request.path));
                if !request.cookie.is_empty() {
                    builder = builder.header("cookie", &request.cookie);
                }
                match builder.send().await {
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

pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * (sorted.len() as f64 - 1.0)).round() as usize;
    (sorted[rank.min(sorted.len() - 1)] * 100.0).round() / 100.0
}

/// Prints a line every few seconds while data is generated: counts and rate.
pub struct Progress {
    what: &'static str,
    total: u64,
    started: Instant,
    last: Instant,
}

impl Progress {
    pub fn new(what: &'static str, total: u64) -> Self {
        let now = Instant::now();
        Progress {
            what,
            total,
            started: now,
            last: now,
        }
    }

    pub fn update(&mut self, done: u64) {
        if self.last.elapsed() >= Duration::from_secs(3) || done == self.total {
            self.last = Instant::now();
            let seconds = self.started.elapsed().as_secs_f64().max(0.001);
            println!(
                "  {}: {done} of {} ({:.0} a second, {:.0} s)",
                self.what,
                self.total,
                done as f64 / seconds,
                seconds
            );
        }
    }
}

/// A new person of council `org_id` with `role`, signed in within `tx`: their session
/// cookie, as the browser sends it.
pub async fn signed_in(
    tx: &mut store::Tx,
    org_id: i64,
    role: domain::roles::Role,
    email: &str,
    password_hash: &str,
) -> anyhow::Result<String> {
    let now = chrono::Utc::now();
    let person = store::users::create(
        &mut *tx,
        &store::users::NewUser {
            email,
            display_name: "Benchmark user",
            password_hash,
            platform_admin: false,
        },
        now,
    )
    .await?;
    store::members::add(&mut *tx, person, org_id, &[role], now).await?;
    let session = app::sessions::start(tx, person, "127.0.0.1", None, now).await?;
    Ok(format!("{}={session}", web::session::cookie_name(false)))
}
