//! The opportunity list's filters as a URL carries them, read into the store's filter and
//! the page's position: one reading for the list page and the API.

use domain::opportunities::{self as rules, Status};
use domain::pool::REGIONS;
use serde::{Deserialize, Serialize};
use store::opportunity_list::{Cursor, Filter, Position};

/// The list's filters, as the URL carries them.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ListParams {
    pub q: String,
    pub kind: String,
    pub role: String,
    pub service: String,
    /// Words from a service's name, until one service is chosen (`service_picker`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub service_words: String,
    pub region: String,
    pub remote: String,
    pub status: String,
    pub rate: String,
    /// The page after this place in the list (a cursor the list gave).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub after: String,
    /// The page before this place.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub before: String,
}

/// The list's filters as the page's form and the API's query both give them, before
/// they are checked: one reading for both.
#[derive(Debug, Clone, Copy, Default)]
pub struct FilterInput<'a> {
    pub words: &'a str,
    pub kind: &'a str,
    pub role_id: Option<i64>,
    pub lgsl_id: Option<i64>,
    pub region: &'a str,
    pub remote_only: bool,
    pub status: &'a str,
    pub rate: &'a str,
}

impl FilterInput<'_> {
    /// The store's filter, and the errors (field, catalogue key) of values that are not
    /// valid: an unknown kind, region or rate, or a status the public list does not show.
    pub fn check(&self, signed_in: bool) -> (Filter, Vec<(&'static str, &'static str)>) {
        let mut errors = Vec::new();
        let kind = match self.kind {
            "" => None,
            k if k.parse::<rules::Kind>().is_ok() => Some(k.to_string()),
            _ => {
                errors.push(("kind", "error-opportunity-kind"));
                None
            }
        };
        let status = match self.status {
            "" => None,
            s => match s.parse::<Status>() {
                Ok(status) if status.is_public() => Some(status),
                _ => {
                    errors.push(("status", "error-status"));
                    None
                }
            },
        };
        let min_rate_pence = match domain::pool::parse_rate(self.rate) {
            Ok(r) => r,
            Err(k) => {
                errors.push(("rate", k));
                None
            }
        };
        let region = match self.region {
            "" => None,
            r if REGIONS.contains(&r) => Some(r.to_string()),
            _ => {
                errors.push(("region", "error-region"));
                None
            }
        };
        let filter = Filter {
            words: rules::search_words(self.words),
            kind,
            role_id: self.role_id,
            lgsl_id: self.lgsl_id,
            region,
            remote_only: self.remote_only,
            status,
            min_rate_pence,
            signed_in,
        };
        (filter, errors)
    }
}

impl ListParams {
    /// The store's filter, and the errors of values that do not parse.
    pub fn filter(&self, signed_in: bool) -> (Filter, Vec<(&'static str, &'static str)>) {
        FilterInput {
            words: &self.q,
            kind: &self.kind,
            role_id: self.role.trim().parse().ok(),
            lgsl_id: self.service.trim().parse().ok(),
            region: &self.region,
            remote_only: self.remote == "yes",
            status: &self.status,
            rate: &self.rate,
        }
        .check(signed_in)
    }

    /// The same filters as `GET /api/v1/opportunities` reads them (its `remote` is a
    /// boolean), for the list's link to its data as JSON.
    pub fn api_query(&self) -> String {
        let remote = if self.remote == "yes" { "true" } else { "" };
        let pairs = [
            ("q", self.q.as_str()),
            ("kind", &self.kind),
            ("role", &self.role),
            ("service", &self.service),
            ("region", &self.region),
            ("remote", remote),
            ("status", &self.status),
            ("rate", &self.rate),
        ];
        let set: Vec<(&str, &str)> = pairs.into_iter().filter(|(_, v)| !v.trim().is_empty()).collect();
        serde_urlencoded::to_string(set).unwrap_or_default()
    }

    /// Which page: a cursor the list gave, or else the first (an unreadable cursor is
    /// read as no cursor).
    pub fn position(&self) -> Position {
        match (Cursor::decode(self.after.trim()), Cursor::decode(self.before.trim())) {
            (Some(c), _) => Position::After(c),
            (None, Some(c)) => Position::Before(c),
            (None, None) => Position::First,
        }
    }
}
