//! Many small rows joined into one text column and split again in Rust. Moving rows one
//! at a time through sqlx costs more than reading them on SQLite (each crosses from the
//! database's thread), so statements that return hundreds of pairs for a page return them
//! as `a:b` pairs (or longer rows) joined by commas, one row for a group.

use crate::{Backend, Result, StoreError};
use std::str::FromStr;

/// The aggregate that joins `a:b` for each row of a group, commas between.
pub fn pairs(backend: Backend, a: &str, b: &str) -> String {
    rows(backend, &[a, b])
}

/// The aggregate that joins each row's `columns` with colons, rows with commas. The
/// columns must be numbers, dates or fixed words: neither mark can occur in them.
pub fn rows(backend: Backend, columns: &[&str]) -> String {
    let row = columns.join(" || ':' || ");
    match backend {
        Backend::Sqlite => format!("group_concat({row}, ',')"),
        Backend::Postgres => format!("string_agg({row}, ',')"),
    }
}

/// The rows of a `rows` column, in order, each read by `read` from its columns (none
/// for an empty or missing one); a row `read` refuses is an error.
pub fn split_rows<T>(joined: Option<&str>, read: impl Fn(&[&str]) -> Option<T>) -> Result<Vec<T>> {
    joined
        .into_iter()
        .filter(|j| !j.is_empty())
        .flat_map(|j| j.split(','))
        .map(|row| {
            let columns: Vec<&str> = row.split(':').collect();
            read(&columns).ok_or_else(|| StoreError::Other(format!("a joined row read as {row:?}")))
        })
        .collect()
}

/// The pairs of a joined column, in order (none for an empty or missing one).
pub fn split<A: FromStr, B: FromStr>(joined: Option<&str>) -> Result<Vec<(A, B)>> {
    split_rows(joined, |row| match row {
        [a, b] => Some((a.parse().ok()?, b.parse().ok()?)),
        _ => None,
    })
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
        assert!(split::<i64, i64>(Some("1:2:3")).is_err());
    }

    #[test]
    fn rows_split_by_their_reader() {
        let read = |row: &[&str]| match row {
            [a, word, b] => Some((a.parse::<i64>().ok()?, word.to_string(), b.parse::<i64>().ok()?)),
            _ => None,
        };
        assert_eq!(
            split_rows(Some("3:manual:0,12:component:7"), read).unwrap(),
            [(3, "manual".to_string(), 0), (12, "component".to_string(), 7)]
        );
        assert!(split_rows(None, read).unwrap().is_empty());
        assert!(split_rows(Some("3:manual"), read).is_err());
        assert!(rows(Backend::Sqlite, &["a", "b", "c"]).contains("a || ':' || b || ':' || c"));
    }
}
