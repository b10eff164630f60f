//! The message catalogue (SPEC §5.4). Every string a person reads comes from
//! `locales/<lang>/main.ftl` (Fluent): English, and Welsh (`locales/cy`, with the glossary
//! of the service's terms beside it). Both have the same keys and arguments; a test holds
//! them to it.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use unic_langid::LanguageIdentifier;

/// Each language and its catalogue.
const LOCALES: &[(&str, &str)] = &[
    ("en", include_str!("../locales/en/main.ftl")),
    ("cy", include_str!("../locales/cy/main.ftl")),
];

pub struct Catalogue {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    #[error("message catalogue {0} does not parse: {1}")]
    Parse(&'static str, String),
}

impl Catalogue {
    pub fn load() -> Result<Self, CatalogueError> {
        let mut bundles = HashMap::new();
        for &(lang, source) in LOCALES {
            let resource = FluentResource::try_new(source.to_string())
                .map_err(|(_, errors)| CatalogueError::Parse(lang, format!("{errors:?}")))?;
            let id: LanguageIdentifier = lang
                .parse()
                .map_err(|_| CatalogueError::Parse(lang, "bad language tag".into()))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Templates escape HTML themselves; Unicode isolation marks would show in emails.
            bundle.set_use_isolating(false);
            bundle
                .add_resource(resource)
                .map_err(|errors| CatalogueError::Parse(lang, format!("{errors:?}")))?;
            bundles.insert(lang, bundle);
        }
        Ok(Self { bundles })
    }

    /// The message `key` in `lang`, with `args` filled in: in English when the language is
    /// not spoken here or lacks the message (the parity test keeps that from happening). A
    /// key in no catalogue shows as the key itself, which the render tests catch.
    pub fn message(&self, lang: &str, key: &str, args: &[(&str, String)]) -> String {
        let found = [lang, "en"].into_iter().find_map(|l| {
            let bundle = self.bundles.get(l)?;
            let pattern = bundle.get_message(key)?.value()?;
            Some((bundle, pattern))
        });
        let Some((bundle, pattern)) = found else {
            tracing::warn!(key, lang, "message missing from catalogue");
            return key.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            // A `count` is a number, so that messages can choose their plural form.
            let fluent = match (*name, value.parse::<i64>()) {
                ("count", Ok(n)) => FluentValue::from(n),
                _ => FluentValue::from(value.clone()),
            };
            fluent_args.set(*name, fluent);
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// A date as GOV.UK writes dates, in `lang`: `30 November 2026`, `30 Tachwedd 2026`.
    pub fn long_date(&self, lang: &str, date: NaiveDate) -> String {
        let month = self.message(lang, &format!("month-{}", date.month()), &[]);
        format!("{} {month} {}", date.day(), date.year())
    }

    /// A date with the month shortened: `30 Nov 2026`, `30 Tach 2026`.
    pub fn short_date(&self, lang: &str, date: NaiveDate) -> String {
        let month = self.message(lang, &format!("month-short-{}", date.month()), &[]);
        format!("{} {month} {}", date.day(), date.year())
    }

    /// A month with its year, the month shortened: `Nov 2026`, `Tach 2026`.
    pub fn short_month(&self, lang: &str, date: NaiveDate) -> String {
        let month = self.message(lang, &format!("month-short-{}", date.month()), &[]);
        format!("{month} {}", date.year())
    }

    /// A time of day on the 12-hour clock, as GOV.UK writes times: `5:30pm`, `5:30yp`.
    pub fn clock_time(&self, lang: &str, time: NaiveTime) -> String {
        let (pm, hour) = time.hour12();
        let suffix = self.message(lang, if pm { "clock-pm" } else { "clock-am" }, &[]);
        format!("{hour}:{:02}{suffix}", time.minute())
    }

    pub fn has(&self, lang: &str, key: &str) -> bool {
        self.bundles.get(lang).is_some_and(|b| b.get_message(key).is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;
    use std::collections::{BTreeMap, BTreeSet};

    /// Each message's key, and the variables it uses (anywhere, selectors included).
    fn variables(source: &str) -> BTreeMap<String, BTreeSet<String>> {
        fn in_pattern(pattern: &ast::Pattern<&str>, found: &mut BTreeSet<String>) {
            for element in &pattern.elements {
                if let ast::PatternElement::Placeable { expression } = element {
                    in_expression(expression, found);
                }
            }
        }
        fn in_inline(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
            match inline {
                ast::InlineExpression::VariableReference { id } => {
                    found.insert(id.name.to_string());
                }
                ast::InlineExpression::Placeable { expression } => in_expression(expression, found),
                _ => {}
            }
        }
        fn in_expression(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
            match expression {
                ast::Expression::Inline(inline) => in_inline(inline, found),
                ast::Expression::Select { selector, variants } => {
                    in_inline(selector, found);
                    for v in variants {
                        in_pattern(&v.value, found);
                    }
                }
            }
        }
        let resource = fluent_syntax::parser::parse(source).expect("the catalogue parses");
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                ast::Entry::Message(m) => {
                    let mut found = BTreeSet::new();
                    if let Some(value) = &m.value {
                        in_pattern(value, &mut found);
                    }
                    Some((m.id.name.to_string(), found))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn english_and_welsh_have_the_same_keys_and_arguments() {
        let english = variables(LOCALES[0].1);
        let welsh = variables(LOCALES[1].1);
        let missing: Vec<&String> = english.keys().filter(|k| !welsh.contains_key(*k)).collect();
        let extra: Vec<&String> = welsh.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty(), "missing from the Welsh catalogue: {missing:?}");
        assert!(extra.is_empty(), "only in the Welsh catalogue: {extra:?}");
        let differ: Vec<String> = english
            .iter()
            .filter(|(k, args)| welsh.get(*k) != Some(args))
            .map(|(k, args)| format!("{k}: {args:?} in English, {:?} in Welsh", welsh[k]))
            .collect();
        assert!(differ.is_empty(), "arguments differ:\n{}", differ.join("\n"));
    }

    #[test]
    fn welsh_counts_take_welsh_plural_forms() {
        let catalogue = Catalogue::load().unwrap();
        // hours-phrase's count is 1 for exactly one hour and 0 for any other number of them
        // (it picks the form): in Welsh, "0" must not read as the zero form.
        let phrase = |count: i64, hours: &str| {
            catalogue.message(
                "cy",
                "hours-phrase",
                &[("count", count.to_string()), ("hours", hours.to_string())],
            )
        };
        assert_eq!(phrase(1, "1"), "1 awr");
        assert_eq!(phrase(0, "2.5"), "2.5 awr");
        assert_eq!(phrase(0, "7"), "7 awr");
        let found = |n: i64| catalogue.message("cy", "opportunities-found", &[("count", n.to_string())]);
        assert_eq!(found(0), "Dim cyfleoedd");
        assert_eq!(found(2), "2 gyfle");
        assert_eq!(found(3), "3 chyfle");
        assert_eq!(found(6), "6 chyfle");
        assert_eq!(found(11), "11 cyfle");
        assert_eq!(
            catalogue.message("en", "opportunities-found", &[("count", "2".into())]),
            "2 opportunities"
        );
    }

    #[test]
    fn dates_and_times_in_each_language() {
        let catalogue = Catalogue::load().unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        assert_eq!(catalogue.long_date("en", day), "30 November 2026");
        assert_eq!(catalogue.long_date("cy", day), "30 Tachwedd 2026");
        assert_eq!(catalogue.short_date("cy", day), "30 Tach 2026");
        let half_past_five = NaiveTime::from_hms_opt(17, 30, 0).unwrap();
        assert_eq!(catalogue.clock_time("en", half_past_five), "5:30pm");
        assert_eq!(catalogue.clock_time("cy", half_past_five), "5:30yp");
        assert_eq!(
            catalogue.clock_time("cy", NaiveTime::from_hms_opt(9, 5, 0).unwrap()),
            "9:05yb"
        );
    }

    #[test]
    fn a_language_not_spoken_here_reads_english() {
        let catalogue = Catalogue::load().unwrap();
        assert_eq!(catalogue.message("fr", "sign-in-title", &[]), "Sign in");
        assert_eq!(catalogue.message("cy", "sign-in-title", &[]), "Mewngofnodi");
    }

    #[test]
    fn fills_in_arguments() {
        let catalogue = Catalogue::load().unwrap();
        let text = catalogue.message("en", "check-email-body", &[("email", "jo@leeds.gov.uk".into())]);
        assert!(text.contains("jo@leeds.gov.uk"), "{text}");
    }

    #[test]
    fn every_domain_error_key_has_a_message() {
        let catalogue = Catalogue::load().unwrap();
        for key in [
            "error-required",
            "error-too-long",
            "error-control-characters",
            "error-email-required",
            "error-email-too-long",
            "error-email-format",
            "error-password-required",
            "error-password-too-short",
            "error-password-too-long",
            "error-password-mismatch",
            "error-domain-required",
            "error-domain-format",
        ] {
            assert!(catalogue.has("en", key), "{key} missing");
        }
    }
}
