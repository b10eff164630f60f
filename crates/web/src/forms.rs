//! Form plumbing: error summaries in the GOV.UK pattern, and safe return addresses.

use app::Ctx;
use domain::language::Lang;
use domain::ValidationErrors;
use serde::Serialize;

/// One message in the error summary, linked to its field.
#[derive(Debug, Clone, Serialize)]
pub struct ShownError {
    pub field: String,
    pub text: String,
}

/// The messages for a form's errors in `lang`, in field order. Keys come from the catalogue.
pub fn shown(ctx: &Ctx, lang: Lang, errors: &ValidationErrors) -> Vec<ShownError> {
    errors
        .0
        .iter()
        .map(|e| ShownError {
            field: e.field.clone(),
            text: field_message(ctx, lang, &e.field, e.key),
        })
        .collect()
}

/// The message for one field's error. Messages that speak of a field by name (the GOV.UK
/// date messages: "The start date must include a month") get it as `$field`, from the
/// catalogue's `field-name-<field>`, or "date" when the field has none.
pub fn field_message(ctx: &Ctx, lang: Lang, field: &str, key: &str) -> String {
    let name_key = format!("field-name-{field}");
    let name = if ctx.catalogue.has("en", &name_key) {
        ctx.t_in(lang, &name_key, &[])
    } else {
        ctx.t_in(lang, "field-name-date", &[])
    };
    ctx.t_in(lang, key, &[("field", name)])
}

pub fn one(field: &str, text: String) -> Vec<ShownError> {
    vec![ShownError {
        field: field.to_string(),
        text,
    }]
}

/// Where to go after signing in: `value` only when it is a path of visible ASCII that,
/// resolved against `base_url`, stays on the service's own origin; `/` otherwise.
/// Browsers drop tabs and newlines and read `\\` as `/`, so `/\t/evil.example` or
/// `/\\evil.example` would otherwise land on another site.
pub fn safe_return_to(value: Option<&str>, base_url: &str) -> String {
    let Some(v) = value else {
        return "/".to_string();
    };
    let visible_ascii = !v.is_empty() && v.bytes().all(|b| b.is_ascii_graphic());
    let plain_path = v.starts_with('/') && !v.starts_with("//") && !v.contains('\\');
    let same_origin = url::Url::parse(base_url)
        .ok()
        .and_then(|base| base.join(v).ok().map(|target| target.origin() == base.origin()))
        .unwrap_or(false);
    if visible_ascii && plain_path && same_origin {
        v.to_string()
    } else {
        "/".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::safe_return_to;

    const BASE: &str = "https://microcontracts.example";

    #[test]
    fn keeps_paths_on_this_site() {
        for path in [
            "/councils/WOK/members",
            "/pool?q=user+research&page=2",
            "/a%20b",
            "/x/../y",
        ] {
            assert_eq!(safe_return_to(Some(path), BASE), path);
        }
    }

    #[test]
    fn refuses_other_sites() {
        for offsite in [
            "//evil.example",
            "https://evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r//evil.example",
            " //evil.example",
            "/ /evil.example",
            "/\u{3000}/evil.example",
            "/é/evil.example",
            "/ｅvil",
            "javascript:alert(1)",
            "evil.example",
            "",
        ] {
            assert_eq!(safe_return_to(Some(offsite), BASE), "/", "{offsite:?}");
        }
        assert_eq!(safe_return_to(None, BASE), "/");
    }

    #[test]
    fn encoded_slashes_stay_a_path() {
        // Decoded once by the query string; what is left is a path on this site.
        assert_eq!(safe_return_to(Some("/%2F%2Fevil.example"), BASE), "/%2F%2Fevil.example");
        assert_eq!(safe_return_to(Some("/%5C%5Cevil.example"), BASE), "/%5C%5Cevil.example");
    }
}
