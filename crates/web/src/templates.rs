//! Server-rendered pages. Templates are embedded in the binary and rendered with
//! minijinja, which escapes every value by default; `t()` looks strings up in the catalogue.

use crate::i18n::Catalogue;
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
                let lang = state
                    .lookup("lang")
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_else(|| "en".to_string());
                let mut args = Vec::new();
                for name in kwargs.args() {
                    let value: Value = kwargs.get(name)?;
                    args.push((name, value.to_string()));
                }
                Ok(catalogue.message(&lang, key, &args))
            },
        );
        env.add_filter("london_time", london_time);
        env.add_filter("pounds", |pence: i64| domain::money::format_pence(pence));
        env.add_filter("hours", |minutes: i64| domain::money::format_hours(minutes));
        env.add_filter("contract_ref", domain::contracts::reference);
        env.add_filter("date_long", |value: Value| format_date(&value, "%-d %B %Y"));
        env.add_filter("date_short", |value: Value| format_date(&value, "%-d %b %Y"));
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

/// Shows a UTC timestamp as a date and time in Europe/London, as GOV.UK writes them.
fn london_time(value: Value) -> String {
    let text = value.to_string();
    match chrono::DateTime::parse_from_rfc3339(&text) {
        Ok(t) => t
            .with_timezone(&chrono_tz::Europe::London)
            .format("%-d %B %Y at %-I:%M%P")
            .to_string(),
        Err(_) => text,
    }
}

/// Shows a date (YYYY-MM-DD) as GOV.UK writes dates, e.g. `30 November 2026`.
fn format_date(value: &Value, format: &str) -> String {
    let text = value.to_string();
    match chrono::NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
        Ok(date) => date.format(format).to_string(),
        Err(_) => text,
    }
}
