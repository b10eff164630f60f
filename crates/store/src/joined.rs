//! Many small rows joined into one text column and split again in Rust. Moving rows one
//! at a time through sqlx costs more than reading them on SQLite (each crosses from the
//! database's thread), so statements that return hundreds of pairs for a page return them
//! as `a:b` pairs joined by commas, one row for a group.

use crate::{Backend, Result, StoreError};
use std::str::FromStr;

/// The aggregate that joins `a:b` for each row of a group, commas between.
pub fn pairs(backend: Backend, a: &str, b: &str) -> String {
    match backend {
        Backend::Sqlite => format!("group_concat({a} || ':' || {b}, ',')"),
        Backend::Postgres => format!("string_agg({a} || ':' || {b}, ',')"),
    }
}

/// The pairs of a joined column, in order (none for an empty or missing one).
pub fn split<A: FromStr, B: FromStr>(joined: Option<&str>) -> Result<Vec<(A, B)>> {
    joined
        .into_iter()
        .filter(|j| !j.is_empty())
        .flat_map(|j| j.split(','))
        .map(|pair| {
            pair.split_once(':')
                .and_then(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?)))
                .ok_or_else(|| StoreError::Other(format!("a joined pair read as {pair:?}")))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn pairs_split_in_order_and_nonsense_is_an_error() {
        let read: Vec<(i64, NaiveDate)> = split(Some("12:2027-04-01,3:2026-12-31")).unwrap();
        assert_eq!(
            read,
            [
                (12, NaiveDate::from_ymd_opt(2027, 4, 1).unwrap()),
                (3, NaiveDate::from_ymd_opt(2026, 12, 31).unwrap())
            ]
        );
        assert!(split::<i64, i64>(None).unwrap().is_empty());
        assert!(split::<i64, i64>(Some("")).unwrap().is_empty());
        assert!(split::<i64, i64>(Some("1:2,x:3")).is_err());
        assert!(split::<i64, i64>(Some("12")).is_err());
    }
}
