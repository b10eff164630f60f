//! Durations are integer minutes, typed and shown as hours in whole quarters.

/// Parses hours such as `2`, `2.5` or `7.25` into minutes; only whole quarter hours.
pub fn parse_hours(input: &str) -> Result<i64, &'static str> {
    let text = input.trim();
    if text.is_empty() {
        return Err("error-hours-required");
    }
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty() && fraction.is_empty() {
        return Err("error-hours-format");
    }
    if !whole.chars().all(|c| c.is_ascii_digit())
        || !fraction.chars().all(|c| c.is_ascii_digit())
        || whole.len() > 4
        || fraction.len() > 2
    {
        return Err("error-hours-format");
    }
    let hours: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| "error-hours-format")?
    };
    let hundredths: i64 = format!("{fraction:0<2}").parse().map_err(|_| "error-hours-format")?;
    if hundredths % 25 != 0 {
        return Err("error-hours-quarters");
    }
    Ok(hours * 60 + hundredths * 60 / 100)
}

/// Minutes as hours for people: `150` → `2.5`, `120` → `2`, `135` → `2.25`.
pub fn format_hours(minutes: i64) -> String {
    let hours = minutes / 60;
    let rest = minutes % 60;
    match rest {
        0 => hours.to_string(),
        15 => format!("{hours}.25"),
        30 => format!("{hours}.5"),
        45 => format!("{hours}.75"),
        _ => format!("{:.2}", minutes as f64 / 60.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_in_quarters() {
        assert_eq!(parse_hours("2"), Ok(120));
        assert_eq!(parse_hours("2.5"), Ok(150));
        assert_eq!(parse_hours("0.25"), Ok(15));
        assert_eq!(parse_hours(".75"), Ok(45));
        assert_eq!(parse_hours("2.1"), Err("error-hours-quarters"));
        assert_eq!(parse_hours("two"), Err("error-hours-format"));
        assert_eq!(parse_hours(""), Err("error-hours-required"));
        assert_eq!(format_hours(150), "2.5");
        assert_eq!(format_hours(120), "2");
        assert_eq!(format_hours(45), "0.75");
    }
}
