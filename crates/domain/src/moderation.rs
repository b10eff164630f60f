//! Moderation (SPEC §4.12): a platform admin hides something people posted — a profile,
//! an opportunity, a question, a problem or a project — giving a reason. Its owner is
//! told, and may appeal once; a platform admin then restores it or keeps it hidden.
//! While hidden it is left out of every list, search, API answer and open data release.

use crate::errors::ValidationErrors;
use crate::text::{multi_line, with_keys};

/// What can be hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Profile,
    Opportunity,
    Question,
    Problem,
    Project,
}

string_enum!(Kind, "error-moderation-kind", {
    Kind::Profile => "profile",
    Kind::Opportunity => "opportunity",
    Kind::Question => "question",
    Kind::Problem => "problem",
    Kind::Project => "project",
});

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Profile,
        Kind::Opportunity,
        Kind::Question,
        Kind::Problem,
        Kind::Project,
    ];

    /// The table whose rows it hides (each has a `hidden_at` column).
    pub fn table(self) -> &'static str {
        match self {
            Kind::Profile => "profiles",
            Kind::Opportunity => "opportunities",
            Kind::Question => "opportunity_questions",
            Kind::Problem => "problems",
            Kind::Project => "projects",
        }
    }
}

/// What a platform admin decided on an appeal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Shown again.
    Restored,
    /// Kept hidden.
    Upheld,
}

string_enum!(Decision, "error-moderation-decision", {
    Decision::Restored => "restored",
    Decision::Upheld => "upheld",
});

pub const REASON_MAX_CHARS: usize = 2000;
pub const APPEAL_MAX_CHARS: usize = 4000;

/// Why something is hidden: required, several lines allowed.
pub fn read_reason(input: &str) -> Result<String, ValidationErrors> {
    with_keys(
        multi_line(input, REASON_MAX_CHARS),
        "error-moderation-reason",
        "error-moderation-reason-too-long",
    )
    .map_err(|key| ValidationErrors::single("reason", key))
}

/// What the owner says in their appeal.
pub fn read_appeal(input: &str) -> Result<String, ValidationErrors> {
    with_keys(
        multi_line(input, APPEAL_MAX_CHARS),
        "error-moderation-appeal",
        "error-moderation-appeal-too-long",
    )
    .map_err(|key| ValidationErrors::single("appeal", key))
}

/// The admin's note on a decision: optional, as long as a reason at most.
pub fn read_note(input: &str) -> Result<String, ValidationErrors> {
    let note = input.trim();
    if note.chars().count() > REASON_MAX_CHARS {
        return Err(ValidationErrors::single("note", "error-moderation-reason-too-long"));
    }
    Ok(note.to_string())
}

/// Where a moderation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub appealed: bool,
    pub decision: Option<Decision>,
}

/// Whether the owner may appeal now: once, and only before a decision.
pub fn may_appeal(s: Standing) -> Result<(), &'static str> {
    if s.appealed || s.decision.is_some() {
        return Err("error-moderation-appealed-once");
    }
    Ok(())
}

/// Whether a platform admin may decide now: on an appeal not yet decided.
pub fn may_decide(s: Standing) -> Result<(), &'static str> {
    match (s.appealed, s.decision) {
        (false, _) => Err("error-moderation-not-appealed"),
        (true, Some(_)) => Err("error-moderation-decided"),
        (true, None) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_is_required_and_bounded() {
        assert_eq!(
            read_reason("  Personal data in the summary.  ").unwrap(),
            "Personal data in the summary."
        );
        assert_eq!(read_reason(" ").unwrap_err().0[0].key, "error-moderation-reason");
        let long = "x".repeat(REASON_MAX_CHARS + 1);
        assert_eq!(
            read_reason(&long).unwrap_err().0[0].key,
            "error-moderation-reason-too-long"
        );
        assert_eq!(read_appeal("").unwrap_err().0[0].field, "appeal");
        assert_eq!(read_note("  ").unwrap(), "");
        assert_eq!(read_note(&long).unwrap_err().0[0].field, "note");
    }

    #[test]
    fn an_owner_appeals_once_and_an_admin_decides_once() {
        let fresh = Standing {
            appealed: false,
            decision: None,
        };
        assert!(may_appeal(fresh).is_ok());
        assert_eq!(may_decide(fresh), Err("error-moderation-not-appealed"));
        let appealed = Standing {
            appealed: true,
            ..fresh
        };
        assert_eq!(may_appeal(appealed), Err("error-moderation-appealed-once"));
        assert!(may_decide(appealed).is_ok());
        let decided = Standing {
            appealed: true,
            decision: Some(Decision::Upheld),
        };
        assert_eq!(may_decide(decided), Err("error-moderation-decided"));
        assert_eq!(may_appeal(decided), Err("error-moderation-appealed-once"));
    }

    #[test]
    fn every_kind_reads_back_and_names_its_table() {
        for kind in Kind::ALL {
            assert_eq!(kind.as_str().parse::<Kind>(), Ok(kind));
            assert!(!kind.table().is_empty());
        }
        assert!("comment".parse::<Kind>().is_err());
    }
}
