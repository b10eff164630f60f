//! Fresh, migrated databases for tests: a new SQLite file, or a new PostgreSQL database on
//! the server at TEST_POSTGRES_URL (default: postgres://postgres@127.0.0.1:5432/postgres).
//! PostgreSQL is never skipped: if it cannot be reached, the test fails.

use crate::backend::exec;
use crate::{Backend, Db, Result};
use std::path::PathBuf;

pub const DEFAULT_POSTGRES_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// A database that exists for one test. Test databases are named `mc_test_*`; the test
/// script drops the ones left over from earlier runs.
pub struct TestDb {
    pub db: Db,
    pub url: String,
    sqlite_dir: Option<PathBuf>,
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(dir) = &self.sqlite_dir {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

fn unique_name() -> String {
    format!("mc_test_{}_{:016x}", std::process::id(), rand::random::<u64>())
}

pub fn postgres_admin_url() -> String {
    std::env::var("TEST_POSTGRES_URL").unwrap_or_else(|_| DEFAULT_POSTGRES_URL.to_string())
}

/// Replaces the database name at the end of a PostgreSQL URL, keeping any query string.
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = url.split_once('?').map_or((url, None), |(b, q)| (b, Some(q)));
    let prefix = base.rsplit_once('/').map_or(base, |(p, _)| p);
    match query {
        Some(q) => format!("{prefix}/{name}?{q}"),
        None => format!("{prefix}/{name}"),
    }
}

pub async fn fresh(backend: Backend) -> Result<TestDb> {
    let name = unique_name();
    let test_db = match backend {
        Backend::Sqlite => {
            let dir = std::env::temp_dir().join(&name);
            std::fs::create_dir_all(&dir).map_err(|e| crate::StoreError::Other(e.to_string()))?;
            let url = format!("sqlite://{}", dir.join("test.db").display());
            TestDb {
                db: Db::connect(&url).await?,
                url,
                sqlite_dir: Some(dir),
            }
        }
        Backend::Postgres => {
            let admin_url = postgres_admin_url();
            let admin = Db::connect(&admin_url).await.map_err(|e| {
                crate::StoreError::Other(format!(
                    "PostgreSQL is needed for the tests and did not answer at {admin_url}: {e}"
                ))
            })?;
            exec!(&admin, c => sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(c).await.map(|r| r.rows_affected()))?;
            admin.close().await;
            let url = with_database(&admin_url, &name);
            TestDb {
                db: Db::connect(&url).await?,
                url,
                sqlite_dir: None,
            }
        }
    };
    test_db.db.migrate().await?;
    Ok(test_db)
}

/// Runs a statement outside the store's API, for tests that check what the database itself
/// refuses (triggers, constraints).
pub async fn execute_raw(db: &Db, sql: &str) -> Result<u64> {
    Ok(exec!(db, c => sqlx::query(sqlx::AssertSqlSafe(sql)).execute(c).await.map(|r| r.rows_affected()))?)
}

/// Every person's display name, for tests that check no one is named where they should not be.
pub async fn display_names(db: &Db) -> Result<Vec<String>> {
    Ok(exec!(db, c => sqlx::query_scalar::<_, String>("SELECT display_name FROM users").fetch_all(c).await)?)
}

/// What a test that runs on both backends starts from, made afresh for each backend: the
/// backend itself (the test makes its own database), or a whole running service.
pub trait Setup: Sized {
    fn setup(backend: Backend) -> impl std::future::Future<Output = Self> + Send;
}

impl Setup for Backend {
    async fn setup(backend: Backend) -> Backend {
        backend
    }
}

/// Runs `test` on `backend`, from what it starts with.
pub async fn run_on<S: Setup, F: std::future::Future<Output = ()>>(backend: Backend, test: impl FnOnce(S) -> F) {
    test(S::setup(backend).await).await
}

/// Runs each named test once against SQLite and once against PostgreSQL, in modules
/// `sqlite` and `postgres`: `async fn name(start: S)` for any `S: Setup`.
#[macro_export]
macro_rules! on_both {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $( #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
               async fn $name() {
                   $crate::testing::run_on($crate::Backend::Sqlite, super::$name).await
               } )*
        }
        mod postgres {
            $( #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
               async fn $name() {
                   $crate::testing::run_on($crate::Backend::Postgres, super::$name).await
               } )*
        }
    };
}

#[cfg(test)]
mod tests {
    #[test]
    fn swaps_database_name() {
        assert_eq!(
            super::with_database("postgres://u@h:5432/postgres", "x"),
            "postgres://u@h:5432/x"
        );
        assert_eq!(
            super::with_database("postgres://u@h/db?sslmode=disable", "x"),
            "postgres://u@h/x?sslmode=disable"
        );
    }
}
