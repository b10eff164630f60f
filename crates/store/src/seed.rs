//! Reference data shipped inside the binary and loaded by `migrate` (see seed/README.md).

use crate::backend::exec;
use crate::{Db, Result, StoreError};
use chrono::Utc;
use serde::Deserialize;

const COUNCILS_CSV: &str = include_str!("../seed/councils.csv");

#[derive(Debug, Deserialize)]
struct CouncilRow {
    code: String,
    official_name: String,
    nice_name: String,
    gss_code: String,
    nation: String,
    region: String,
    type_code: String,
    type_name: String,
}

fn councils() -> Result<Vec<CouncilRow>> {
    csv::Reader::from_reader(COUNCILS_CSV.as_bytes())
        .deserialize()
        .collect::<std::result::Result<Vec<CouncilRow>, _>>()
        .map_err(|e| StoreError::Seed(e.to_string()))
}

fn non_empty(value: &str) -> Option<&str> {
    Some(value).filter(|v| !v.is_empty())
}

/// Inserts or refreshes every UK council, keyed by its code. Safe to run on every start.
pub async fn load_reference_data(db: &Db) -> Result<()> {
    let rows = councils()?;
    let now = Utc::now();
    let mut tx = db.begin().await?;
    for row in &rows {
        exec!(&mut tx, c => sqlx::query(
            "INSERT INTO organisations (code, name, short_name, gss_code, nation, region, type_code, type_name, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
             ON CONFLICT (code) DO UPDATE SET name = $2, short_name = $3, gss_code = $4, nation = $5,
                 region = $6, type_code = $7, type_name = $8",
        )
        .bind(&row.code)
        .bind(&row.official_name)
        .bind(&row.nice_name)
        .bind(non_empty(&row.gss_code))
        .bind(&row.nation)
        .bind(non_empty(&row.region))
        .bind(&row.type_code)
        .bind(&row.type_name)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    }
    tx.commit().await
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_current_council_is_shipped() {
        let rows = super::councils().unwrap();
        assert_eq!(rows.len(), 397);
        assert!(rows.iter().any(|r| r.code == "WOK" && r.nation == "England"));
        assert!(rows
            .iter()
            .all(|r| !r.official_name.is_empty() && (3..=4).contains(&r.code.len())));
    }
}
