//! The service box of forms and searches. A person types words from a service's name
//! instead of scrolling 978 options: where JavaScript runs, suggestions appear as they
//! type (`/services/suggest`, drawn by GOV.UK's accessible autocomplete); without it the
//! words are sent, and when several services match the page offers them to choose from.
//!
//! A form sends the words as `<name>_words` and, once a choice was offered, the chosen
//! service's id as `<name>`, which wins.

use crate::state::Choice;
use domain::choices::{self, Found};
use serde::Serialize;

/// What the service box asked for.
#[derive(Debug, Clone)]
pub enum Picked {
    Nothing,
    Chosen(Choice),
    Several { choices: Vec<Choice>, more: bool },
    NoMatch,
}

pub fn pick(services: &[Choice], id: &str, words: &str) -> Picked {
    let by_id = id
        .trim()
        .parse::<i64>()
        .ok()
        .and_then(|id| services.iter().find(|s| s.id == id));
    if let Some(chosen) = by_id {
        return Picked::Chosen(chosen.clone());
    }
    match choices::find(services, |s| s.label.as_str(), words) {
        Found::Empty => Picked::Nothing,
        Found::One(s) => Picked::Chosen(s.clone()),
        Found::Several { first, more } => Picked::Several {
            choices: first.into_iter().cloned().collect(),
            more,
        },
        Found::NoMatch => Picked::NoMatch,
    }
}

/// The service a form names (`None` when left empty), or the message key that says why
/// it names none.
pub fn resolve(services: &[Choice], id: &str, words: &str) -> Result<Option<i64>, &'static str> {
    match pick(services, id, words) {
        Picked::Nothing => Ok(None),
        Picked::Chosen(s) => Ok(Some(s.id)),
        Picked::Several { .. } => Err("error-service-several"),
        Picked::NoMatch => Err("error-service-none"),
    }
}

/// Settles a posted form's service fields: `id` becomes the chosen service's id (empty
/// when none was asked for), or the error says why none could be chosen.
pub fn settle(services: &[Choice], id: &mut String, words: &str) -> Result<(), &'static str> {
    let chosen = resolve(services, id, words)?;
    *id = chosen.map(|i| i.to_string()).unwrap_or_default();
    Ok(())
}

/// What the box shows: the chosen service's name, or the words as typed with the
/// services they match to choose from.
#[derive(Debug, Default, Serialize)]
pub struct PickerView {
    pub words: String,
    pub choices: Vec<ChoiceView>,
    pub more: bool,
}

#[derive(Debug, Serialize)]
pub struct ChoiceView {
    pub id: i64,
    pub label: String,
    /// For searches (GET forms): the address of the search with this service chosen.
    pub href: Option<String>,
}

impl PickerView {
    /// For a form: choices become radios named after the field.
    pub fn of(services: &[Choice], id: &str, words: &str) -> Self {
        Self::shown(pick(services, id, words), words, |_| None)
    }

    /// For a search, from what its box picked: each choice links to the search with that
    /// service chosen.
    pub fn with_links(picked: &Picked, words: &str, href: impl Fn(i64) -> Option<String>) -> Self {
        Self::shown(picked.clone(), words, href)
    }

    fn shown(picked: Picked, words: &str, href: impl Fn(i64) -> Option<String>) -> Self {
        match picked {
            Picked::Chosen(s) => Self {
                words: s.label,
                ..Self::default()
            },
            Picked::Several { choices, more } => Self {
                words: words.trim().to_string(),
                choices: choices
                    .into_iter()
                    .map(|c| ChoiceView {
                        href: href(c.id),
                        id: c.id,
                        label: c.label,
                    })
                    .collect(),
                more,
            },
            Picked::Nothing | Picked::NoMatch => Self {
                words: words.trim().to_string(),
                ..Self::default()
            },
        }
    }
}

/// `/services/suggest?q=`: the names of the public services matching what was typed, best
/// first, for the autocomplete. Reference data, open to anyone, as the opportunity list is.
pub async fn suggest(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
    axum::extract::Query(q): axum::extract::Query<SuggestQuery>,
) -> Result<axum::Json<Vec<String>>, crate::error::AppError> {
    Ok(axum::Json(suggestions(&state.reference().await?.services, &q.q)))
}

/// `/services/suggest-mappable?q=`: the same, among every service a council can map (the
/// back-office ones too).
pub async fn suggest_mappable(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
    axum::extract::Query(q): axum::extract::Query<SuggestQuery>,
) -> Result<axum::Json<Vec<String>>, crate::error::AppError> {
    Ok(axum::Json(suggestions(
        &state.reference().await?.map_service_choices,
        &q.q,
    )))
}

fn suggestions(services: &[Choice], typed: &str) -> Vec<String> {
    let typed: String = typed.chars().take(200).collect();
    match choices::find(services, |s| s.label.as_str(), &typed) {
        Found::One(s) => vec![s.label.clone()],
        Found::Several { first, .. } => first.into_iter().map(|s| s.label.clone()).collect(),
        Found::Empty | Found::NoMatch => Vec::new(),
    }
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct SuggestQuery {
    q: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn services() -> Vec<Choice> {
        ["Missed bin collection", "Bulky waste collection", "Housing benefit"]
            .iter()
            .enumerate()
            .map(|(i, label)| Choice {
                id: 10 + i as i64,
                label: label.to_string(),
            })
            .collect()
    }

    #[test]
    fn an_offered_choice_wins_over_the_words() {
        let s = services();
        assert_eq!(resolve(&s, "12", "collection"), Ok(Some(12)));
        assert_eq!(resolve(&s, "", "collection"), Err("error-service-several"));
        assert_eq!(resolve(&s, "", "housing"), Ok(Some(12)));
        assert_eq!(resolve(&s, "", "parking"), Err("error-service-none"));
        assert_eq!(resolve(&s, "", " "), Ok(None));
        assert_eq!(
            resolve(&s, "999", ""),
            Ok(None),
            "an id not in the list is not a choice"
        );
    }

    #[test]
    fn the_box_shows_the_chosen_name_or_the_choices() {
        let s = services();
        let chosen = PickerView::of(&s, "10", "");
        assert_eq!(chosen.words, "Missed bin collection");
        assert!(chosen.choices.is_empty());
        let several = PickerView::with_links(&pick(&s, "", " collection "), " collection ", |id| {
            Some(format!("/x?service={id}"))
        });
        assert_eq!(several.words, "collection");
        assert_eq!(several.choices.len(), 2);
        assert_eq!(several.choices[0].href.as_deref(), Some("/x?service=10"));
    }
}
