//! "Show and tell" (SPEC §4.8): a project a council shows other councils, and their
//! responses (feedback, "we'd reuse this", "we're doing the same").

use crate::errors::ValidationErrors;
use crate::text::{links, multi_line, single_line, with_keys};
use std::str::FromStr;

const TITLE_MAX: usize = 120;
const DESCRIPTION_MAX: usize = 4000;
const RESPONSE_MAX: usize = 2000;

/// A project's phase, as the GOV.UK service standard names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Discovery,
    Alpha,
    Beta,
    Live,
}

impl Phase {
    pub const ALL: [Phase; 4] = [Phase::Discovery, Phase::Alpha, Phase::Beta, Phase::Live];

    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Discovery => "discovery",
            Phase::Alpha => "alpha",
            Phase::Beta => "beta",
            Phase::Live => "live",
        }
    }
}

impl FromStr for Phase {
    type Err = &'static str;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Phase::ALL
            .into_iter()
            .find(|p| p.as_str() == s.trim())
            .ok_or("error-project-phase")
    }
}

/// A project, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project {
    pub title: String,
    pub phase: Phase,
    pub description: String,
    pub links: Vec<String>,
}

pub fn read_project(
    title: &str,
    phase: &str,
    description: &str,
    links_typed: &str,
) -> Result<Project, ValidationErrors> {
    let mut e = ValidationErrors::default();
    let title = e.check(
        "title",
        with_keys(
            single_line(title, TITLE_MAX),
            "error-project-title",
            "error-project-title-too-long",
        ),
    );
    let phase = e.check("phase", phase.parse::<Phase>());
    let description = e.check(
        "description",
        with_keys(
            multi_line(description, DESCRIPTION_MAX),
            "error-project-description",
            "error-project-description-too-long",
        ),
    );
    let links = e.check("links", links(links_typed));
    e.into_result()?;
    match (title, phase, description, links) {
        (Some(title), Some(phase), Some(description), Some(links)) => Ok(Project {
            title,
            phase,
            description,
            links,
        }),
        _ => Err(ValidationErrors::single("title", "error-project-title")),
    }
}

/// What another council says about a project.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResponseKind {
    Feedback,
    WouldReuse,
    DoingSame,
}

impl ResponseKind {
    pub const ALL: [ResponseKind; 3] = [
        ResponseKind::Feedback,
        ResponseKind::WouldReuse,
        ResponseKind::DoingSame,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ResponseKind::Feedback => "feedback",
            ResponseKind::WouldReuse => "would_reuse",
            ResponseKind::DoingSame => "doing_same",
        }
    }
}

impl FromStr for ResponseKind {
    type Err = &'static str;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ResponseKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s.trim())
            .ok_or("error-response-kind")
    }
}

pub fn read_response(kind: &str, body: &str) -> Result<(ResponseKind, String), ValidationErrors> {
    let mut e = ValidationErrors::default();
    let kind = e.check("kind", kind.parse::<ResponseKind>());
    let body = e.check(
        "body",
        with_keys(
            multi_line(body, RESPONSE_MAX),
            "error-response-body",
            "error-response-body-too-long",
        ),
    );
    e.into_result()?;
    match (kind, body) {
        (Some(kind), Some(body)) => Ok((kind, body)),
        _ => Err(ValidationErrors::single("body", "error-response-body")),
    }
}

/// The project's council's answer to a response.
pub fn read_answer(body: &str) -> Result<String, ValidationErrors> {
    with_keys(
        multi_line(body, RESPONSE_MAX),
        "error-answer-body",
        "error-answer-body-too-long",
    )
    .map_err(|k| ValidationErrors::single("answer", k))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_project_has_a_phase_and_a_description() {
        let p = read_project(
            "Waste round planner",
            "alpha",
            "Plans rounds from the address base.",
            "",
        )
        .unwrap();
        assert_eq!(p.phase, Phase::Alpha);
        let fields: Vec<String> = read_project("", "pilot", "", "not a link")
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["title", "phase", "description", "links"]);
        for phase in Phase::ALL {
            assert_eq!(phase.as_str().parse::<Phase>(), Ok(phase));
        }
    }

    #[test]
    fn responses_and_answers_are_checked() {
        assert_eq!(
            read_response("would_reuse", " We would reuse it "),
            Ok((ResponseKind::WouldReuse, "We would reuse it".into()))
        );
        assert_eq!(read_response("like", "").unwrap_err().0.len(), 2);
        assert!(read_answer("").is_err());
        assert_eq!(
            read_answer("Thanks, come and see it"),
            Ok("Thanks, come and see it".into())
        );
    }
}
