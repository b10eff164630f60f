//! Server-rendered pages. Templates are embedded in the binary and rendered with
//! minijinja, which escapes every value by default; `t()` looks strings up in the catalogue.

use app::i18n::Catalogue;
use domain::language::Lang;
use minijinja::value::Kwargs;
use minijinja::{Environment, State, Value};
use rust_embed::RustEmbed;
use std::sync::Arc;

#[derive(RustEmbed)]
#[folder = "templates/"]
struct TemplateFiles;

pub struct Templates {
    env: Environment<'static>,
}

impl Templates {
    pub fn load(catalogue: Arc<Catalogue>) -> Self {
        let for_t = catalogue.clone();
        let mut env = Environment::new();
        env.set_loader(
            |name| Ok(TemplateFiles::get(name).map(|file| String::from_utf8_lossy(&file.data).into_owned())),
        );
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".txt") {
                minijinja::AutoEscape::None
            } else {
                minijinja::AutoEscape::Html
            }
        });
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        env.add_function(
            "t",
            move |state: &State, key: &str, kwargs: Kwargs| -> Result<String, minijinja::Error> {
                let lang = lang_of(state);
                let mut args = Vec::new();
                for name in kwargs.args() {
                    let value: Value = kwargs.get(name)?;
                    args.push((name, value.to_string()));
                }
                Ok(for_t.message(&lang, key, &args))
            },
        );
        let words = catalogue.clone();
        env.add_filter("london_time", move |state: &State, value: Value| {
            london_time(&words, &lang_of(state), value)
        });
        env.add_filter("words", own_words);
        env.add_filter("pounds", |pence: i64| domain::money::format_pence(pence));
        env.add_filter("hours", |minutes: i64| domain::hours::format_hours(minutes));
        env.add_filter("contract_ref", domain::contracts::reference);
        env.add_filter("invoice_number", |code: String, number: i64| {
            domain::invoices::number_label(&code, number)
        });
        let dates = catalogue.clone();
        env.add_filter("date_long", move |state: &State, value: Value| {
            format_date(&value, |d| dates.long_date(&lang_of(state), d))
        });
        let dates = catalogue.clone();
        env.add_filter("date_short", move |state: &State, value: Value| {
            format_date(&value, |d| dates.short_date(&lang_of(state), d))
        });
        Self { env }
    }

    pub fn render(&self, name: &str, context: Value) -> Result<String, minijinja::Error> {
        self.env.get_template(name)?.render(context)
    }

    /// Every template name, for the test that renders them all.
    pub fn names() -> Vec<String> {
        TemplateFiles::iter().map(|n| n.into_owned()).collect()
    }
}

/// People's own words (or reference data, with the language it exists in: `words("en")`),
/// marked with their language when it is not the page's, so that a screen reader reads
/// them in the right voice (WCAG 3.1.2). Nothing is added when the words are in the page's
/// language or in neither (a name, a code).
fn own_words(state: &State, text: Value, stated: Option<&str>) -> Value {
    if text.is_undefined() || text.is_none() || text.is_safe() {
        return text;
    }
    let shown = text.to_string();
    let lang = match stated {
        Some(tag) => Lang::parse(tag),
        None => domain::written_in::written_in(&shown),
    };
    match lang {
        Some(lang) if lang.as_str() != lang_of(state) => Value::from_safe_string(format!(
            "<span lang=\"{}\">{}</span>",
            lang.as_str(),
            minijinja::HtmlEscape(&shown)
        )),
        _ => text,
    }
}

/// The page's language, as `render` puts it in every page's context.
fn lang_of(state: &State) -> String {
    state
        .lookup("lang")
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "en".to_string())
}

/// Shows a UTC timestamp as a date and time in Europe/London, as GOV.UK writes them:
/// `9 December 2026 at 5:30pm`, `9 December 2026 at midday`, and a deadline at 00:00 as
/// `midnight at the end of 8 December 2026` (never the ambiguous "12:00am").
fn london_time(catalogue: &Catalogue, lang: &str, value: Value) -> String {
    let text = value.to_string();
    match chrono::DateTime::parse_from_rfc3339(&text) {
        Ok(t) => describe_london_time(catalogue, lang, t.with_timezone(&chrono_tz::Europe::London)),
        Err(_) => text,
    }
}

fn describe_london_time(catalogue: &Catalogue, lang: &str, t: chrono::DateTime<chrono_tz::Tz>) -> String {
    use chrono::Timelike;
    let date = |d: chrono::NaiveDate| ("date", catalogue.long_date(lang, d));
    match (t.hour(), t.minute(), t.second()) {
        (0, 0, 0) => catalogue.message(
            lang,
            "time-midnight-ending",
            &[date(t.date_naive() - chrono::Days::new(1))],
        ),
        (12, 0, 0) => catalogue.message(lang, "time-midday", &[date(t.date_naive())]),
        _ => catalogue.message(
            lang,
            "time-at",
            &[date(t.date_naive()), ("time", catalogue.clock_time(lang, t.time()))],
        ),
    }
}

/// Shows a date (YYYY-MM-DD) with `format`, e.g. `30 November 2026`; anything else as it is.
fn format_date(value: &Value, format: impl Fn(chrono::NaiveDate) -> String) -> String {
    let text = value.to_string();
    match chrono::NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
        Ok(date) => format(date),
        Err(_) => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn deadlines_at_midnight_and_midday_are_unambiguous() {
        let catalogue = Catalogue::load().unwrap();
        let describe_london_time = |t| super::describe_london_time(&catalogue, "en", t);
        let london_time = |v| super::london_time(&catalogue, "en", v);
        let london = |y, m, d, h, min| chrono_tz::Europe::London.with_ymd_and_hms(y, m, d, h, min, 0).unwrap();
        assert_eq!(
            describe_london_time(london(2026, 12, 10, 0, 0)),
            "midnight at the end of 9 December 2026"
        );
        assert_eq!(
            describe_london_time(london(2026, 12, 9, 12, 0)),
            "9 December 2026 at midday"
        );
        assert_eq!(
            describe_london_time(london(2026, 7, 1, 17, 30)),
            "1 July 2026 at 5:30pm"
        );
        assert_eq!(
            super::describe_london_time(&catalogue, "cy", london(2026, 12, 10, 0, 0)),
            "hanner nos ar ddiwedd 9 Rhagfyr 2026"
        );
        assert_eq!(
            super::describe_london_time(&catalogue, "cy", london(2026, 7, 1, 17, 30)),
            "1 Gorffennaf 2026 am 5:30yp"
        );
        let utc = chrono::Utc.with_ymd_and_hms(2026, 6, 30, 23, 0, 0).unwrap();
        assert_eq!(
            london_time(Value::from(utc.to_rfc3339())),
            "midnight at the end of 30 June 2026",
            "British Summer Time"
        );
    }

    #[test]
    fn people_s_words_are_marked_with_their_language_when_it_is_not_the_page_s() {
        let templates = Templates::load(Arc::new(Catalogue::load().unwrap()));
        let render = |lang: &str, text: &str, stated: &str| {
            let source = if stated.is_empty() {
                "{{ text | words }}".to_string()
            } else {
                format!("{{{{ text | words(\"{stated}\") }}}}")
            };
            templates
                .env
                .render_str(&source, minijinja::context! { lang => lang, text => text })
                .unwrap()
        };
        let english = "We'd reuse this for our <garden> waste rounds";
        assert_eq!(
            render("cy", english, ""),
            "<span lang=\"en\">We&#x27;d reuse this for our &lt;garden&gt; waste rounds</span>"
        );
        assert_eq!(
            render("en", english, ""),
            "We&#x27;d reuse this for our &lt;garden&gt; waste rounds"
        );
        let welsh = "Byddem yn ailddefnyddio hwn";
        assert_eq!(
            render("en", welsh, ""),
            "<span lang=\"cy\">Byddem yn ailddefnyddio hwn</span>"
        );
        assert_eq!(render("cy", welsh, ""), welsh);
        // Names and codes are in no language; reference data says which it is in.
        assert_eq!(render("cy", "Siân Davies", ""), "Siân Davies");
        assert_eq!(
            render("cy", "Missed bin collection", "en"),
            "<span lang=\"en\">Missed bin collection</span>"
        );
        assert_eq!(render("en", "Missed bin collection", "en"), "Missed bin collection");
        let absent = |source: &str| {
            templates
                .env
                .render_str(source, minijinja::context! { lang => "cy", text => () })
                .unwrap()
        };
        assert_eq!(
            absent("{{ text | words }}"),
            absent("{{ text }}"),
            "nothing is made of an absent value"
        );
    }

    #[test]
    fn date_inputs_are_refilled_part_by_part() {
        let templates = Templates::load(Arc::new(Catalogue::load().unwrap()));
        let html = templates
            .env
            .render_str(
                r#"{% from "macros.html" import date_input %}{{ date_input("when", "When", "2026-12-03") }}{{ date_input("m", "Month", "2027-04", month_only=true) }}{{ date_input("none", "None") }}"#,
                minijinja::context! { lang => "en" },
            )
            .unwrap();
        for part in [
            r#"name="when-day" type="text" inputmode="numeric" value="03""#,
            r#"name="when-month" type="text" inputmode="numeric" value="12""#,
            r#"name="when-year" type="text" inputmode="numeric" value="2026""#,
            r#"name="m-month" type="text" inputmode="numeric" value="04""#,
            r#"name="m-year" type="text" inputmode="numeric" value="2027""#,
            r#"name="none-year" type="text" inputmode="numeric" value="""#,
        ] {
            assert!(html.contains(part), "{part}: {html}");
        }
        assert!(!html.contains("m-day"), "a month input has no day");
    }

    /// Every message a template names by a literal key is in the catalogue (a missing one
    /// would show the key itself to people).
    #[test]
    fn every_key_a_template_names_is_in_the_catalogue() {
        let catalogue = Catalogue::load().unwrap();
        let mut missing = Vec::new();
        for name in TemplateFiles::iter() {
            let file = TemplateFiles::get(&name).unwrap();
            let text = String::from_utf8_lossy(&file.data);
            for (start, _) in text.match_indices("t(\"") {
                // `t(` itself, not the end of another name (`input("email")`).
                let before = text[..start].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &text[start + 3..];
                let Some(end) = rest.find('"') else { continue };
                let key = &rest[..end];
                // A key ending in `-` is completed by a value (`"scope-" ~ s`).
                let is_key = !key.is_empty()
                    && !key.ends_with('-')
                    && key
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if is_key && !catalogue.has("en", key) {
                    missing.push(format!("{name}: {key}"));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "keys missing from the catalogue:\n{}",
            missing.join("\n")
        );
    }
}
