//! Bringing a database up to date: each backend's migrations, then the reference data.

use crate::{Db, Result};

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

impl Db {
    /// Applies every pending migration, then loads the reference data.
    pub async fn migrate(&self) -> Result<()> {
        match self {
            Db::Sqlite(pools) => SQLITE_MIGRATIONS.run(&pools.write).await?,
            Db::Postgres(pool) => POSTGRES_MIGRATIONS.run(pool).await?,
        }
        crate::seed::load_reference_data(self).await
    }
}
