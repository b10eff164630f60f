//! CSV downloads for finance systems: one writer (the `csv` crate quotes what needs it),
//! sent with a file name so that browsers save it.

use crate::error::AppError;
use axum::http::header;
use axum::response::{IntoResponse, Response};

/// Writes `header` and `rows` as CSV and sends them as `filename`.
pub fn download(
    filename: &str,
    header: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> Result<Response, AppError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header).map_err(|e| AppError::Internal(e.into()))?;
    for row in rows {
        w.write_record(&row).map_err(|e| AppError::Internal(e.into()))?;
    }
    let body = w.into_inner().map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        body,
    )
        .into_response())
}

/// Pence as pounds with two decimals and no symbol, as finance systems import them.
pub fn pounds(pence: i64) -> String {
    let sign = if pence < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", pence.abs() / 100, pence.abs() % 100)
}

#[cfg(test)]
mod tests {
    #[test]
    fn pounds_are_plain_decimals() {
        assert_eq!(super::pounds(123_456), "1234.56");
        assert_eq!(super::pounds(-5), "-0.05");
        assert_eq!(super::pounds(0), "0.00");
    }
}
