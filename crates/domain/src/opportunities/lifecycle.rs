//! An opportunity's lifecycle: its status and the events that move it, who may see it and
//! apply, and the changes a buyer makes after publishing.

use super::*;

/// A buyer who has not recorded an outcome this many days after closing is reminded.
pub const OUTCOME_REMINDER_DAYS: i64 = 28;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Draft,
    Live,
    Closed,
    Awarded,
    Unsuccessful,
    Cancelled,
    Withdrawn,
}

string_enum!(Status, "error-status", {
    Status::Draft => "draft",
    Status::Live => "live",
    Status::Closed => "closed",
    Status::Awarded => "awarded",
    Status::Unsuccessful => "unsuccessful",
    Status::Cancelled => "cancelled",
    Status::Withdrawn => "withdrawn",
});

impl Status {
    /// Shown on the public list (everything published except what was withdrawn).
    pub fn is_public(self) -> bool {
        matches!(
            self,
            Status::Live | Status::Closed | Status::Awarded | Status::Unsuccessful | Status::Cancelled
        )
    }
    /// The buyer has recorded how it ended.
    pub fn has_outcome(self) -> bool {
        matches!(self, Status::Awarded | Status::Unsuccessful | Status::Cancelled)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Publish,
    /// The closing time passed.
    Close,
    Award,
    /// No suitable applicant.
    NoneSuitable,
    Cancel,
    /// The buyer takes a live opportunity down before it closes.
    Withdraw,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("an opportunity that is {from:?} cannot take that step")]
pub struct NotAllowed {
    pub from: Status,
}

impl NotAllowed {
    pub fn key(&self) -> &'static str {
        match self.from {
            Status::Draft => "error-opportunity-draft",
            Status::Live => "error-opportunity-live",
            Status::Closed => "error-opportunity-closed",
            _ => "error-opportunity-ended",
        }
    }
}

pub fn next_status(from: Status, event: Event) -> Result<Status, NotAllowed> {
    use Event::*;
    use Status::*;
    match (from, event) {
        (Draft, Publish) => Ok(Live),
        (Live, Close) => Ok(Closed),
        (Live, Event::Withdraw) => Ok(Status::Withdrawn),
        (Closed, Award) => Ok(Awarded),
        (Closed, NoneSuitable) => Ok(Unsuccessful),
        (Closed, Cancel) => Ok(Cancelled),
        _ => Err(NotAllowed { from }),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// Anyone, signed in or not, can read it.
    Public,
    /// Only people signed in to the service.
    SignedIn,
}

string_enum!(Visibility, "error-opportunity-visibility", {
    Visibility::Public => "public",
    Visibility::SignedIn => "signed_in",
});

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// Every council may ask and apply.
    All,
    /// Only the councils the buyer invited.
    Invited,
}

string_enum!(Audience, "error-opportunity-audience", {
    Audience::All => "all",
    Audience::Invited => "invited",
});

/// A change the buyer makes after publishing, kept in the change history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Summary,
    Clarification,
    ClosingTime,
}

string_enum!(ChangeKind, "error-change-kind", {
    ChangeKind::Summary => "summary",
    ChangeKind::Clarification => "clarification",
    ChangeKind::ClosingTime => "closing_time",
});
