//! Applications: what a practitioner (or a council, for a team) sends, and its status.

use super::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationStatus {
    /// Waiting for a manager of the applicant's council.
    Submitted,
    /// The manager approved: the buyer will see it after closing.
    Approved,
    /// The manager declined.
    Declined,
    Withdrawn,
    Awarded,
    Unsuccessful,
}

string_enum!(ApplicationStatus, "error-status", {
    ApplicationStatus::Submitted => "submitted",
    ApplicationStatus::Approved => "approved",
    ApplicationStatus::Declined => "declined",
    ApplicationStatus::Withdrawn => "withdrawn",
    ApplicationStatus::Awarded => "awarded",
    ApplicationStatus::Unsuccessful => "unsuccessful",
});

/// An application as typed: evidence per criterion id, a rate and a start date.
#[derive(Debug, Clone, Default)]
pub struct ApplicationInput {
    pub essential: Vec<(i64, String)>,
    pub nice: Vec<(i64, String)>,
    pub rate: String,
    pub earliest_start: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicationTerms {
    /// Evidence by criterion id; nice-to-haves left empty are not included.
    pub evidence: Vec<(i64, String)>,
    pub rate_pence: i64,
    pub earliest_start: NaiveDate,
}

/// A council's team offer for an outcome: at least one colleague, each named once by a
/// real profile id, each with whole quarter hours from a quarter hour up to the most an
/// opportunity can ask for. The page and the API refuse the same things (field `team`).
pub fn validate_team(members: &[(i64, i64)]) -> Result<(), ValidationErrors> {
    let refuse = |key| Err(ValidationErrors::single("team", key));
    if members.is_empty() {
        return refuse("error-team-empty");
    }
    let mut seen = std::collections::BTreeSet::new();
    for &(profile_id, minutes) in members {
        if profile_id <= 0 {
            return refuse("error-team-member");
        }
        if !seen.insert(profile_id) {
            return refuse("error-team-duplicate");
        }
        if minutes <= 0 || minutes > MAX_ESTIMATED_MINUTES {
            return refuse("error-team-hours-range");
        }
        if minutes % 15 != 0 {
            return refuse("error-hours-quarters");
        }
    }
    Ok(())
}

/// Every essential criterion needs evidence; every piece at most 100 words; the rate at
/// most the maximum; the start no earlier than today. Field names are `evidence-<id>`.
pub fn validate_application(
    input: &ApplicationInput,
    max_rate_pence: i64,
    today: NaiveDate,
) -> Result<ApplicationTerms, ValidationErrors> {
    let mut e = ValidationErrors::default();
    let mut evidence = Vec::new();
    for (id, text) in &input.essential {
        let field = format!("evidence-{id}");
        let checked = words(text, EVIDENCE_MAX_WORDS).map_err(|k| match k {
            "error-required" => "error-evidence-required",
            other => other,
        });
        if let Some(t) = e.check(&field, checked) {
            evidence.push((*id, t));
        }
    }
    for (id, text) in &input.nice {
        if let Some(Some(t)) = e.check(&format!("evidence-{id}"), optional_words(text, EVIDENCE_MAX_WORDS)) {
            evidence.push((*id, t));
        }
    }
    let rate = e.check(
        "rate",
        parse_rate(&input.rate).and_then(|r| match r {
            None => Err("error-rate-required"),
            Some(r) if r > max_rate_pence => Err("error-rate-above-maximum"),
            Some(r) => Ok(r),
        }),
    );
    let start = e
        .check("earliest_start", parse_date(&input.earliest_start, true))
        .flatten();
    if matches!(start, Some(s) if s < today) {
        e.push("earliest_start", "error-date-past");
    }
    e.into_result()?;
    match (rate, start) {
        (Some(rate_pence), Some(earliest_start)) => Ok(ApplicationTerms {
            evidence,
            rate_pence,
            earliest_start,
        }),
        _ => Err(ValidationErrors::single("rate", "error-rate-required")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(members: &[(i64, i64)]) -> &'static str {
        validate_team(members).unwrap_err().0[0].key
    }

    #[test]
    fn a_team_names_each_colleague_once_with_quarter_hours_in_range() {
        assert!(validate_team(&[(1, 60), (2, 15)]).is_ok());
        assert!(validate_team(&[(1, MAX_ESTIMATED_MINUTES)]).is_ok());
        assert_eq!(refused(&[]), "error-team-empty");
        assert_eq!(refused(&[(1, 60), (1, 30)]), "error-team-duplicate");
        assert_eq!(refused(&[(-4, 60)]), "error-team-member");
        assert_eq!(refused(&[(1, 0)]), "error-team-hours-range");
        assert_eq!(refused(&[(1, -60)]), "error-team-hours-range");
        assert_eq!(refused(&[(1, 9_000_000_000_000_000_000)]), "error-team-hours-range");
        assert_eq!(refused(&[(1, 7)]), "error-hours-quarters");
    }
}
