//! Rules for free text typed into forms: stored exactly as typed (after trimming the ends),
//! or refused with a specific reason. Escaping is the templates' job, not this module's.

/// A single-line field: no control characters at all.
pub fn single_line(input: &str, max_chars: usize) -> Result<String, &'static str> {
    let value = input.trim();
    if value.is_empty() {
        return Err("error-required");
    }
    if value.chars().count() > max_chars {
        return Err("error-too-long");
    }
    if value.chars().any(char::is_control) {
        return Err("error-control-characters");
    }
    Ok(value.to_string())
}

/// A single-line field that may be left empty.
pub fn optional_single_line(input: &str, max_chars: usize) -> Result<Option<String>, &'static str> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        single_line(input, max_chars).map(Some)
    }
}

/// Several lines: line breaks and tabs are allowed, other control characters are not.
pub fn multi_line(input: &str, max_chars: usize) -> Result<String, &'static str> {
    let value = input.trim();
    if value.is_empty() {
        return Err("error-required");
    }
    if value.chars().count() > max_chars {
        return Err("error-too-long");
    }
    if value
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err("error-control-characters");
    }
    Ok(value.to_string())
}

/// Names a field in the generic messages, e.g. "Enter your full name" for a missing name.
pub fn with_keys(
    result: Result<String, &'static str>,
    required: &'static str,
    too_long: &'static str,
) -> Result<String, &'static str> {
    result.map_err(|k| match k {
        "error-required" => required,
        "error-too-long" => too_long,
        other => other,
    })
}

/// A person's full name, as every form that asks for one checks it.
pub fn display_name(input: &str) -> Result<String, &'static str> {
    with_keys(
        single_line(input, 100),
        "error-display-name-required",
        "error-display-name-too-long",
    )
}

/// Whether `link` is a web address people can follow: http or https, with a host.
pub fn is_web_address(link: &str) -> bool {
    url::Url::parse(link).is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
}

/// The most links a field of links takes, one a line.
pub const LINKS_MAX: usize = 5;
const LINK_MAX_CHARS: usize = 500;

/// Web addresses typed one a line (blank lines ignored): up to five, each one people can
/// follow.
pub fn links(input: &str) -> Result<Vec<String>, &'static str> {
    let links: Vec<String> = input
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    if links.len() > LINKS_MAX {
        Err("error-links-too-many")
    } else if links
        .iter()
        .any(|l| l.chars().count() > LINK_MAX_CHARS || !is_web_address(l))
    {
        Err("error-links")
    } else {
        Ok(links)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_markup_and_sql_exactly() {
        let typed = "<script>alert(1)</script> '; DROP TABLE users; --";
        assert_eq!(single_line(typed, 200), Ok(typed.to_string()));
    }

    #[test]
    fn trims_and_refuses_empty() {
        assert_eq!(single_line("  Leeds  ", 10), Ok("Leeds".into()));
        assert_eq!(single_line("   ", 10), Err("error-required"));
        assert_eq!(optional_single_line("  ", 10), Ok(None));
    }

    #[test]
    fn counts_characters_not_bytes() {
        assert_eq!(single_line("Ysgol Gymraeg Llŷn", 18), Ok("Ysgol Gymraeg Llŷn".into()));
        assert_eq!(single_line("abcdef", 5), Err("error-too-long"));
    }

    #[test]
    fn names_have_their_own_messages() {
        assert_eq!(display_name(" Mei Chen "), Ok("Mei Chen".into()));
        assert_eq!(display_name(""), Err("error-display-name-required"));
        assert_eq!(display_name(&"n".repeat(101)), Err("error-display-name-too-long"));
    }

    #[test]
    fn web_addresses_have_a_host_and_a_web_scheme() {
        assert!(is_web_address("https://localgovdrupal.org/"));
        assert!(is_web_address("http://example.gov.uk/path?q=1"));
        for not in [
            "",
            "localgovdrupal.org",
            "javascript:alert(1)",
            "ftp://x.org/",
            "https://",
        ] {
            assert!(!is_web_address(not), "{not}");
        }
    }

    #[test]
    fn refuses_control_characters() {
        assert_eq!(single_line("a\u{0}b", 10), Err("error-control-characters"));
        assert_eq!(single_line("a\nb", 10), Err("error-control-characters"));
        assert_eq!(multi_line("a\nb\tc", 10), Ok("a\nb\tc".into()));
        assert_eq!(multi_line("a\u{1b}[31m", 10), Err("error-control-characters"));
    }
}
