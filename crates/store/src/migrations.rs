//! Bringing a database up to date: each backend's migrations, the reference data, then
//! the full-text documents of rows written before their language was recorded.

use crate::{Db, Result};

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

impl Db {
    /// Applies every pending migration, loads the reference data and reads the words of
    /// rows not yet read.
    pub async fn migrate(&self) -> Result<()> {
        match self {
            Db::Sqlite(pools) => SQLITE_MIGRATIONS.run(&pools.write).await?,
            Db::Postgres(pool) => POSTGRES_MIGRATIONS.run(pool).await?,
        }
        crate::seed::load_reference_data(self).await?;
        crate::full_text::read_unread(self).await
    }
}
