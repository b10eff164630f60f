//! The two backends behind one type, and the `exec!` macro that runs one statement on either.

use crate::{Result, StoreError};
use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Postgres, Sqlite, Transaction};
use std::str::FromStr;
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// SQLite allows one writer at a time. Every transaction goes through a one-connection
/// writer pool, so a transaction that reads and then writes can never fail to upgrade its
/// lock; plain reads use a separate pool and run alongside it (WAL).
#[derive(Debug, Clone)]
pub struct SqlitePools {
    pub(crate) read: SqlitePool,
    pub(crate) write: SqlitePool,
}

#[derive(Debug, Clone)]
pub enum Db {
    Sqlite(SqlitePools),
    Postgres(PgPool),
}

/// One open transaction on either backend. Dropped without `commit`, it rolls back.
pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

/// Where a statement runs: straight on the pool, or inside a transaction.
pub enum Exec<'a> {
    Db(&'a Db),
    Tx(&'a mut Tx),
}

impl Exec<'_> {
    pub fn backend(&self) -> Backend {
        match self {
            Exec::Db(db) => db.backend(),
            Exec::Tx(tx) => tx.backend(),
        }
    }
}

impl<'a> From<&'a Db> for Exec<'a> {
    fn from(db: &'a Db) -> Self {
        Exec::Db(db)
    }
}

impl<'a> From<&'a mut Tx> for Exec<'a> {
    fn from(tx: &'a mut Tx) -> Self {
        Exec::Tx(tx)
    }
}

impl<'a, 'b> From<&'b mut Exec<'a>> for Exec<'b> {
    /// Lends an `Exec` for one statement, so a function can run several in a row.
    fn from(exec: &'b mut Exec<'a>) -> Self {
        match exec {
            Exec::Db(db) => Exec::Db(db),
            Exec::Tx(tx) => Exec::Tx(tx),
        }
    }
}

/// Runs `$body` with `$c` bound to an sqlx executor for whichever backend `$exec` is.
/// The body is compiled once per backend, so both must accept the statement's types.
macro_rules! exec {
    ($exec:expr, $c:ident => $body:expr) => {
        match $crate::backend::into_exec($exec) {
            $crate::Exec::Db($crate::Db::Sqlite(pools)) => {
                let $c = &pools.read;
                $body
            }
            $crate::Exec::Db($crate::Db::Postgres(pool)) => {
                let $c = pool;
                $body
            }
            $crate::Exec::Tx($crate::Tx::Sqlite(tx)) => {
                let $c = &mut **tx;
                $body
            }
            $crate::Exec::Tx($crate::Tx::Postgres(tx)) => {
                let $c = &mut **tx;
                $body
            }
        }
    };
}
pub(crate) use exec;

/// Lets `exec!` accept a pool, a transaction or an `Exec` alike.
pub(crate) fn into_exec<'a>(exec: impl Into<Exec<'a>>) -> Exec<'a> {
    exec.into()
}

/// Four PostgreSQL connections per processor core, between 4 and 32: more sessions than
/// that on few cores only take turns on them (on 2 cores, 8 connections served pool search
/// a fifth faster than 16, with a shorter tail).
fn default_postgres_connections() -> u32 {
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    u32::try_from(cores * 4).unwrap_or(32).clamp(4, 32)
}

/// One pool's connections, for monitoring.
#[derive(Debug, Clone, Copy)]
pub struct PoolStats {
    pub name: &'static str,
    pub size: u32,
    pub idle: usize,
}

/// How many connections to keep and how long a request waits for one.
#[derive(Debug, Clone, Copy)]
pub struct PoolSettings {
    /// Most PostgreSQL connections (None: `default_postgres_connections()`). SQLite always
    /// has one writer and four readers.
    pub postgres_connections: Option<u32>,
    /// How long a statement waits for a connection before failing as unavailable (`503`):
    /// short, so that while the database is down requests fail fast instead of queueing.
    /// SQLite's one writer is waited for up to its busy timeout, as writers take turns.
    pub acquire_timeout: Duration,
}

impl Default for PoolSettings {
    fn default() -> Self {
        Self {
            postgres_connections: None,
            acquire_timeout: Duration::from_secs(2),
        }
    }
}

/// How long SQLite waits for another connection's lock (and a writer for the writer pool).
const SQLITE_BUSY_TIMEOUT: Duration = Duration::from_secs(10);

impl Db {
    /// Connects to `sqlite://FILE` (created when missing) or `postgres://…` with the
    /// default pool settings.
    pub async fn connect(url: &str) -> Result<Db> {
        Db::connect_with(url, PoolSettings::default()).await
    }

    /// Connects with the given pool settings.
    pub async fn connect_with(url: &str, settings: PoolSettings) -> Result<Db> {
        if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(SQLITE_BUSY_TIMEOUT)
                // 32 MiB of pages for the writer rather than SQLite's 2 MiB: month-end runs
                // revisit the same index pages many times.
                .pragma("cache_size", "-32768");
            // No ping before each use (sqlx's default): it is a round trip per statement, to
            // SQLite's worker thread or PostgreSQL's server; a broken connection fails its
            // statement instead and is replaced.
            let write = SqlitePoolOptions::new()
                .max_connections(1)
                .acquire_timeout(SQLITE_BUSY_TIMEOUT.max(settings.acquire_timeout))
                .test_before_acquire(false)
                .connect_with(options.clone())
                .await?;
            // 16 MiB for each reader: the pages' indexes stay cached, and the four stay well
            // within the server's memory budget (each cache fills to its size over time; the
            // operating system caches the file too).
            let read = SqlitePoolOptions::new()
                .max_connections(4)
                .acquire_timeout(settings.acquire_timeout)
                .test_before_acquire(false)
                .connect_with(options.pragma("cache_size", "-16384"))
                .await?;
            Ok(Db::Sqlite(SqlitePools { read, write }))
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let pool = PgPoolOptions::new()
                .max_connections(
                    settings
                        .postgres_connections
                        .unwrap_or_else(default_postgres_connections)
                        .max(1),
                )
                .test_before_acquire(false)
                .acquire_timeout(settings.acquire_timeout)
                .connect(url)
                .await?;
            Ok(Db::Postgres(pool))
        } else {
            Err(StoreError::UnsupportedUrl(url.to_string()))
        }
    }

    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite(_) => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    pub async fn begin(&self) -> Result<Tx> {
        Ok(match self {
            // IMMEDIATE takes the write lock at once (waiting up to the busy timeout). A
            // deferred transaction that read first could not write after a statement on a
            // read connection had written (SQLITE_BUSY_SNAPSHOT, which no wait cures).
            Db::Sqlite(pools) => Tx::Sqlite(pools.write.begin_with("BEGIN IMMEDIATE").await?),
            Db::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    /// Answers when the database can run a query (for /readyz).
    pub async fn ping(&self) -> Result<()> {
        exec!(self, c => sqlx::query("SELECT 1").execute(c).await.map(|r| r.rows_affected()))?;
        Ok(())
    }

    /// Whether this instance's connection to the database is encrypted (TLS): always false
    /// for SQLite, which is a local file. Logged at start-up, so operators see it.
    pub async fn connection_encrypted(&self) -> Result<bool> {
        match self {
            Db::Sqlite(_) => Ok(false),
            Db::Postgres(pool) => Ok(sqlx::query_scalar::<_, bool>(
                "SELECT COALESCE((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), FALSE)",
            )
            .fetch_one(pool)
            .await?),
        }
    }

    /// Refreshes the query planner's statistics: after bulk loads, and from housekeeping
    /// on SQLite (`PRAGMA optimize`; PostgreSQL's autovacuum does this itself).
    pub async fn analyze(&self, thorough: bool) -> Result<()> {
        match self {
            Db::Sqlite(pools) => {
                let sql = if thorough { "ANALYZE" } else { "PRAGMA optimize" };
                sqlx::query(sql).execute(&pools.write).await?;
            }
            Db::Postgres(pool) if thorough => {
                sqlx::query("VACUUM ANALYZE").execute(pool).await?;
            }
            Db::Postgres(_) => {}
        }
        Ok(())
    }

    /// Drops and creates a PostgreSQL database on this server (for benchmarks). The name
    /// must be lower-case letters, digits and underscores.
    pub async fn recreate_postgres_database(&self, name: &str) -> Result<()> {
        if name.is_empty()
            || !name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            return Err(StoreError::Other(format!("{name:?} is not a plain database name")));
        }
        let Db::Postgres(pool) = self else {
            return Err(StoreError::Other(
                "only PostgreSQL servers hold several databases".into(),
            ));
        };
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
        )))
        .execute(pool)
        .await?;
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(pool)
            .await?;
        Ok(())
    }

    pub async fn close(&self) {
        match self {
            Db::Sqlite(pools) => {
                pools.read.close().await;
                pools.write.close().await;
            }
            Db::Postgres(pool) => pool.close().await,
        }
    }

    /// Each pool's open and idle connections, for monitoring.
    pub fn pool_stats(&self) -> Vec<PoolStats> {
        let stats = |name, size: u32, idle: usize| PoolStats { name, size, idle };
        match self {
            Db::Sqlite(pools) => vec![
                stats("sqlite_read", pools.read.size(), pools.read.num_idle()),
                stats("sqlite_write", pools.write.size(), pools.write.num_idle()),
            ],
            Db::Postgres(pool) => vec![stats("postgres", pool.size(), pool.num_idle())],
        }
    }

    pub(crate) fn sqlite_writer(&self) -> Option<&SqlitePool> {
        match self {
            Db::Sqlite(pools) => Some(&pools.write),
            Db::Postgres(_) => None,
        }
    }
}

impl Tx {
    /// Undoes the transaction (dropping it does the same, without waiting).
    pub async fn rollback(self) -> Result<()> {
        match self {
            Tx::Sqlite(tx) => tx.rollback().await?,
            Tx::Postgres(tx) => tx.rollback().await?,
        }
        Ok(())
    }

    pub async fn commit(self) -> Result<()> {
        match self {
            Tx::Sqlite(tx) => tx.commit().await?,
            Tx::Postgres(tx) => tx.commit().await?,
        }
        Ok(())
    }

    pub fn backend(&self) -> Backend {
        match self {
            Tx::Sqlite(_) => Backend::Sqlite,
            Tx::Postgres(_) => Backend::Postgres,
        }
    }
}
