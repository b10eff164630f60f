//! Money is integer pence. These parse the amounts people type and show them back.

/// Parses an amount in pounds such as `45`, `45.5`, `£45.50` or `1,200` into pence.
pub fn parse_pounds(input: &str) -> Result<i64, &'static str> {
    let text: String = input
        .trim()
        .trim_start_matches('£')
        .chars()
        .filter(|c| *c != ',')
        .collect();
    if text.is_empty() {
        return Err("error-money-required");
    }
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    if whole.is_empty() || !whole.chars().all(|c| c.is_ascii_digit()) || !fraction.chars().all(|c| c.is_ascii_digit()) {
        return Err("error-money-format");
    }
    if fraction.len() > 2 || whole.len() > 9 {
        return Err("error-money-format");
    }
    let pounds: i64 = whole.parse().map_err(|_| "error-money-format")?;
    let pence: i64 = format!("{fraction:0<2}").parse().map_err(|_| "error-money-format")?;
    Ok(pounds * 100 + pence)
}

/// `4550` → `£45.50`; whole pounds keep their pence (`£45.00`) as invoices do. Negative
/// amounts take a minus sign (U+2212) joined to the pound sign by a word joiner (U+2060), so
/// that a narrow table cell never puts "−" and "£1,296.00" on separate lines.
pub fn format_pence(pence: i64) -> String {
    let sign = if pence < 0 { "\u{2212}\u{2060}" } else { "" };
    let abs = pence.unsigned_abs();
    let pounds = (abs / 100).to_string();
    let mut grouped = String::new();
    for (i, ch) in pounds.chars().enumerate() {
        if i > 0 && (pounds.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    format!("{sign}£{grouped}.{:02}", abs % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pounds_to_pence() {
        assert_eq!(parse_pounds("45"), Ok(4500));
        assert_eq!(parse_pounds("£45.5"), Ok(4550));
        assert_eq!(parse_pounds(" 1,200.05 "), Ok(120_005));
        assert_eq!(parse_pounds(""), Err("error-money-required"));
        for bad in ["4.555", "abc", "-5", ".5", "1e3"] {
            assert_eq!(parse_pounds(bad), Err("error-money-format"), "{bad}");
        }
    }

    #[test]
    fn pence_to_pounds() {
        assert_eq!(format_pence(4550), "£45.50");
        assert_eq!(format_pence(123_456_789), "£1,234,567.89");
        assert_eq!(format_pence(5), "£0.05");
        assert_eq!(format_pence(-1050), "\u{2212}\u{2060}£10.50");
        assert_eq!(
            format_pence(-129_600),
            "−\u{2060}£1,296.00",
            "no break between sign and amount"
        );
    }
}
