//! The message catalogue (SPEC §5.4). Every string a person reads comes from
//! `locales/<lang>/main.ftl` (Fluent), so Welsh can be added without touching templates
//! or handlers.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use unic_langid::LanguageIdentifier;

/// Each language and its catalogue. Welsh (`cy`) is added here.
const LOCALES: &[(&str, &str)] = &[("en", include_str!("../locales/en/main.ftl"))];

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

    /// The message `key` in `lang` (English when missing), with `args` filled in. A missing
    /// key shows as the key itself, which the render tests catch.
    pub fn message(&self, lang: &str, key: &str, args: &[(&str, String)]) -> String {
        let bundle = self.bundles.get(lang).or_else(|| self.bundles.get("en"));
        let Some(bundle) = bundle else {
            return key.to_string();
        };
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
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

    pub fn has(&self, lang: &str, key: &str) -> bool {
        self.bundles.get(lang).is_some_and(|b| b.get_message(key).is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
