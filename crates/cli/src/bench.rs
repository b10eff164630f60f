//! Benchmarks: timings belong here, not in tests. Each prints its figures and the data-set
//! size and writes them to `bench/results/<name>.json`; none fails on a timing.

use anyhow::Context;
use serde::Serialize;
use std::path::Path;
use store::Db;

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

/// A process's peak resident memory so far (VmHWM), in MB: `pid` or `self`.
pub(crate) fn process_peak_rss_mb(pid: &str) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).map(|l| l.to_string()))
        .and_then(|l| l.split_whitespace().nth(1).and_then(|kb| kb.parse::<f64>().ok()))
        .map(|kb| kb / 1024.0)
        .unwrap_or(0.0)
}

/// A database for a benchmark, and its URL: a SQLite file in `data_dir`, or a PostgreSQL
/// database `pg_name` on the server at `pg_url` — made afresh unless `reuse`.
pub(crate) async fn fresh_database(
    backend: &str,
    data_dir: &Path,
    file: &str,
    pg_url: &str,
    pg_name: &str,
    reuse: bool,
) -> anyhow::Result<(Db, String)> {
    let url = match backend {
        "sqlite" => {
            std::fs::create_dir_all(data_dir)?;
            let file = data_dir.join(file);
            if reuse && !file.exists() {
                anyhow::bail!("{}", no_earlier_data_set(&file.display().to_string()));
            }
            if !reuse {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
                }
            }
            format!("sqlite://{}", file.display())
        }
        "postgres" => {
            let admin = Db::connect(pg_url)
                .await
                .with_context(|| format!("PostgreSQL at {pg_url}"))?;
            if !reuse {
                admin.recreate_postgres_database(pg_name).await?;
            }
            admin.close().await;
            let (base, query) = match pg_url.split_once('?') {
                Some((b, q)) => (b, format!("?{q}")),
                None => (pg_url, String::new()),
            };
            let base = base.rsplit_once('/').map(|(b, _)| b).unwrap_or(base);
            format!("{base}/{pg_name}{query}")
        }
        other => anyhow::bail!("unknown backend {other}: use sqlite or postgres"),
    };
    let db = Db::connect(&url).await.with_context(|| {
        if reuse {
            no_earlier_data_set(&url)
        } else {
            format!("connecting to {url}")
        }
    })?;
    Ok((db, url))
}

/// Why `--reuse` found nothing to measure, and what to do instead.
fn no_earlier_data_set(at: &str) -> String {
    format!("--reuse: no data set an earlier run left at {at}; run once without --reuse to make one")
}

pub(crate) fn write(path: &Path, results: &[impl Serialize]) -> anyhow::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, serde_json::to_string_pretty(results)? + "\n")?;
    println!("figures written to {}", path.display());
    Ok(())
}
