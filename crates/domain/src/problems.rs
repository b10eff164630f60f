//! "Bring a problem" (SPEC §4.8): a problem a council describes for others to help with,
//! the replies offering help, and the draft opportunity a problem becomes.

use crate::errors::ValidationErrors;
use crate::opportunities::{AboutInput, BACKGROUND_MAX_WORDS, OUTCOME_MAX_WORDS, SUMMARY_MAX_WORDS, TITLE_MAX_CHARS};
use crate::text::{links, multi_line, single_line, with_keys};
use std::str::FromStr;

const TITLE_MAX: usize = 120;
const DESCRIPTION_MAX: usize = 4000;
const TRIED_MAX: usize = 2000;
const REPLY_MAX: usize = 2000;

/// A problem as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProblemInput {
    pub title: String,
    pub description: String,
    pub tried: String,
    pub links: String,
}

/// A problem, checked: its links one a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub title: String,
    pub description: String,
    pub tried: String,
    pub links: Vec<String>,
}

pub fn read_problem(input: &ProblemInput) -> Result<Problem, ValidationErrors> {
    let mut e = ValidationErrors::default();
    let title = e.check(
        "title",
        with_keys(
            single_line(&input.title, TITLE_MAX),
            "error-problem-title",
            "error-problem-title-too-long",
        ),
    );
    let description = e.check(
        "description",
        with_keys(
            multi_line(&input.description, DESCRIPTION_MAX),
            "error-problem-description",
            "error-problem-description-too-long",
        ),
    );
    let tried = if input.tried.trim().is_empty() {
        Some(String::new())
    } else {
        e.check(
            "tried",
            with_keys(
                multi_line(&input.tried, TRIED_MAX),
                "error-required",
                "error-problem-tried-too-long",
            ),
        )
    };
    let links = e.check("links", links(&input.links));
    e.into_result()?;
    match (title, description, tried, links) {
        (Some(title), Some(description), Some(tried), Some(links)) => Ok(Problem {
            title,
            description,
            tried,
            links,
        }),
        _ => Err(ValidationErrors::single("title", "error-problem-title")),
    }
}

/// How a reply offers help.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyKind {
    Advice,
    SolvedThis,
    /// One of the replying council's practitioners could help: a listed profile.
    Practitioner,
}

impl ReplyKind {
    pub const ALL: [ReplyKind; 3] = [ReplyKind::Advice, ReplyKind::SolvedThis, ReplyKind::Practitioner];

    pub fn as_str(self) -> &'static str {
        match self {
            ReplyKind::Advice => "advice",
            ReplyKind::SolvedThis => "solved_this",
            ReplyKind::Practitioner => "practitioner",
        }
    }
}

impl FromStr for ReplyKind {
    type Err = &'static str;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ReplyKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s.trim())
            .ok_or("error-reply-kind")
    }
}

/// A reply, checked: a practitioner reply names a profile.
pub fn read_reply(kind: &str, body: &str, profile: &str) -> Result<(ReplyKind, String, Option<i64>), ValidationErrors> {
    let mut e = ValidationErrors::default();
    let kind = e.check("kind", kind.parse::<ReplyKind>());
    let body = e.check(
        "body",
        with_keys(
            multi_line(body, REPLY_MAX),
            "error-reply-body",
            "error-reply-body-too-long",
        ),
    );
    let profile = profile.trim().parse::<i64>().ok();
    if kind == Some(ReplyKind::Practitioner) && profile.is_none() {
        e.push("profile", "error-reply-profile");
    }
    e.into_result()?;
    match (kind, body) {
        (Some(kind), Some(body)) => {
            let profile = profile.filter(|_| kind == ReplyKind::Practitioner);
            Ok((kind, body, profile))
        }
        _ => Err(ValidationErrors::single("body", "error-reply-body")),
    }
}

/// The first `max` words of `text`, marked as cut when there were more.
fn first_words(text: &str, max: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= max {
        words.join(" ")
    } else {
        format!("{} …", words[..max.saturating_sub(1)].join(" "))
    }
}

/// The start of a draft opportunity's brief from a problem: its title (cut to the brief's
/// limit), a summary and background from its description and what was tried, each within
/// the brief's word limits, and the work as the problem to be solved (an outcome).
pub fn brief_from(problem: &Problem) -> AboutInput {
    let title: String = if problem.title.chars().count() > TITLE_MAX_CHARS {
        let cut: String = problem.title.chars().take(TITLE_MAX_CHARS - 2).collect();
        format!("{} …", cut.trim_end())
    } else {
        problem.title.clone()
    };
    let background = if problem.tried.is_empty() {
        problem.description.clone()
    } else {
        format!("{}\n\n{}", problem.description, problem.tried)
    };
    AboutInput {
        kind: "outcome".into(),
        title,
        summary: first_words(&problem.description, SUMMARY_MAX_WORDS),
        background: first_words(&background, BACKGROUND_MAX_WORDS),
        work: first_words(&problem.description, OUTCOME_MAX_WORDS),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::opportunities::{validate_about, word_count};

    fn problem() -> ProblemInput {
        ProblemInput {
            title: "Residents cannot track a missed bin report".into(),
            description: "When a resident reports a missed bin, they hear nothing until the crew returns.".into(),
            tried: "We added an email receipt; calls did not fall.".into(),
            links: "https://example.gov.uk/report-a-missed-bin".into(),
        }
    }

    #[test]
    fn a_problem_is_checked() {
        let p = read_problem(&problem()).unwrap();
        assert_eq!(p.links.len(), 1);
        let bad = ProblemInput {
            title: String::new(),
            description: " ".into(),
            tried: "t".repeat(2001),
            links: "our intranet".into(),
        };
        let fields: Vec<String> = read_problem(&bad).unwrap_err().0.into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["title", "description", "tried", "links"]);
    }

    #[test]
    fn replies_offering_a_practitioner_name_one() {
        assert_eq!(
            read_reply("practitioner", "Mei built ours", "12"),
            Ok((ReplyKind::Practitioner, "Mei built ours".into(), Some(12)))
        );
        assert_eq!(read_reply("advice", "Try texts", "12").unwrap().2, None);
        let fields: Vec<String> = read_reply("practitioner", "", "")
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["body", "profile"]);
        assert!(read_reply("thanks", "x", "").is_err());
    }

    #[test]
    fn a_long_problem_fits_the_brief() {
        let long = Problem {
            title: "A".repeat(119),
            description: "word ".repeat(400),
            tried: "tried ".repeat(100),
            links: Vec::new(),
        };
        let about = brief_from(&long);
        assert!(about.title.chars().count() <= TITLE_MAX_CHARS);
        assert!(word_count(&about.summary) <= SUMMARY_MAX_WORDS);
        assert!(word_count(&about.background) <= BACKGROUND_MAX_WORDS);
        let mut brief = crate::opportunities::Brief::default();
        assert_eq!(validate_about(&about, &mut brief), Ok(()));
        let short = brief_from(&read_problem(&problem()).unwrap());
        assert_eq!(short.title, "Residents cannot track a missed bin report");
        assert!(short.background.contains("email receipt"));
    }
}
