//! Online backup of the SQLite database (SPEC §5.2). `VACUUM INTO` writes a consistent
//! copy while the service keeps running; PostgreSQL uses pg_dump (docs/operations.md).

use crate::{Db, Result, StoreError};
use std::path::Path;

pub async fn sqlite_backup(db: &Db, destination: &Path) -> Result<()> {
    let writer = db
        .sqlite_writer()
        .ok_or_else(|| StoreError::Other("backup is for SQLite; back up PostgreSQL with pg_dump".into()))?;
    if destination.exists() {
        return Err(StoreError::Other(format!(
            "{} exists already; choose a new file",
            destination.display()
        )));
    }
    let path = destination
        .to_str()
        .ok_or_else(|| StoreError::Other("the backup path is not valid UTF-8".into()))?;
    sqlx::query("VACUUM INTO $1").bind(path).execute(writer).await?;
    Ok(())
}
