//! The service under load as it runs in production: `microcontracts serve` in a process
//! of its own, loaded over real sockets from this process. Its peak resident memory is
//! read from the kernel, and `/healthz` is measured by the same client in the same run
//! (the ceiling the figures are compared with).

use crate::bench::{load, percentile, process_peak_rss_mb, Load};
use anyhow::Context;
use serde::Serialize;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct ServerProcess {
    child: Child,
    pub base: String,
}

impl ServerProcess {
    /// Starts this binary's `serve` on `database_url` on a free port, and waits until it is
    /// ready. Its log goes to `log`.
    pub async fn start(database_url: &str, log: &Path) -> anyhow::Result<ServerProcess> {
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
            // The load comes from one address and one token at rates no person makes.
            .env("API_REQUESTS_PER_MINUTE", "100000000")
            .env("RUST_LOG", "warn")
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

/// Loads `paths` (cycled, each client starting at its own place) for `seconds` after a
/// two-second warm-up.
pub async fn measure(base: &str, paths: &[String], concurrency: usize, seconds: u64) -> Figures {
    load(base, "", paths, concurrency, Duration::from_secs(2)).await;
    Figures::from(&load(base, "", paths, concurrency, Duration::from_secs(seconds)).await)
}

/// `/healthz` from the same client: the most this machine serves of anything.
pub async fn ceiling_rps(base: &str, concurrency: usize, seconds: u64) -> f64 {
    measure(base, &["/healthz".to_string()], concurrency, seconds).await.rps
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
