//! Which pages a person is offered, decided by the same `authorise` table that guards the
//! pages, so that no one is shown a link they may not follow, and no page a person may use
//! is linked from nowhere.

use crate::authz::{authorise, Action, Actor, OrgId};

/// A page about one council, at `/councils/{code}/…`, each guarded by one action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CouncilPage {
    /// The council's own opportunities, in every status.
    Opportunities,
    Profiles,
    Invoices,
    Income,
    RateCard,
    /// The council's capability map, to keep.
    Map,
    Members,
    Audit,
    Agreement,
}

impl CouncilPage {
    /// In the order the home page lists them: the daily work first, the settings last.
    pub const ALL: [CouncilPage; 9] = [
        CouncilPage::Opportunities,
        CouncilPage::Profiles,
        CouncilPage::Invoices,
        CouncilPage::Income,
        CouncilPage::RateCard,
        CouncilPage::Map,
        CouncilPage::Members,
        CouncilPage::Audit,
        CouncilPage::Agreement,
    ];

    /// The path after `/councils/{code}/`.
    pub fn path(self) -> &'static str {
        match self {
            CouncilPage::Opportunities => "opportunities",
            CouncilPage::Profiles => "profiles",
            CouncilPage::Invoices => "invoices",
            CouncilPage::Income => "income",
            CouncilPage::RateCard => "rate-card",
            CouncilPage::Map => "map",
            CouncilPage::Members => "members",
            CouncilPage::Audit => "audit",
            CouncilPage::Agreement => "agreement",
        }
    }

    /// The action the page's handler authorises.
    pub fn guard(self, org: OrgId) -> Action {
        match self {
            CouncilPage::Opportunities => Action::ManageOpportunities(org),
            CouncilPage::Profiles => Action::ManageProfiles(org),
            CouncilPage::Invoices | CouncilPage::Income => Action::ViewInvoices(org),
            CouncilPage::RateCard => Action::ViewRateCard(org),
            CouncilPage::Map => Action::MapServices(org),
            CouncilPage::Members => Action::ViewMembers(org),
            CouncilPage::Audit => Action::ViewAuditLog(org),
            CouncilPage::Agreement => Action::SignAgreement(org),
        }
    }
}

/// The council pages `actor` may open for `org`, in the order they are listed.
pub fn council_pages(actor: &Actor, org: OrgId) -> Vec<CouncilPage> {
    CouncilPage::ALL
        .into_iter()
        .filter(|page| authorise(Some(actor), page.guard(org)).is_ok())
        .collect()
}

/// Something waiting for a person to act on, counted on their home page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Waiting {
    /// Booking requests for the person's own hours, to accept or decline.
    BookingRequests,
    /// Bookings the council's practitioners accepted, for a manager to approve.
    BookingsToApprove,
    /// Applications that use the council's staff time, for a manager to approve.
    ApplicationsToApprove,
    /// Profiles asking to be listed, for a manager to review.
    ProfilesToReview,
    /// Contracts with submitted time, for the buying council to approve.
    TimeToApprove,
    /// Unanswered questions on the council's live opportunities.
    QuestionsToAnswer,
    /// Draft invoices, for the supplying council's finance officers to issue.
    InvoicesToIssue,
    /// Invoices the council sent that are past their due date and unpaid.
    OverdueSent,
    /// Invoices the council received that are past their due date and unpaid.
    OverdueReceived,
}

impl Waiting {
    /// The kinds counted per council, in the order they are shown.
    pub const FOR_COUNCILS: [Waiting; 8] = [
        Waiting::BookingsToApprove,
        Waiting::ApplicationsToApprove,
        Waiting::ProfilesToReview,
        Waiting::TimeToApprove,
        Waiting::QuestionsToAnswer,
        Waiting::InvoicesToIssue,
        Waiting::OverdueSent,
        Waiting::OverdueReceived,
    ];

    /// The catalogue key of the sentence that shows the count.
    pub fn message_key(self) -> &'static str {
        match self {
            Waiting::BookingRequests => "waiting-booking-requests",
            Waiting::BookingsToApprove => "waiting-bookings-to-approve",
            Waiting::ApplicationsToApprove => "waiting-applications-to-approve",
            Waiting::ProfilesToReview => "waiting-profiles-to-review",
            Waiting::TimeToApprove => "waiting-time-to-approve",
            Waiting::QuestionsToAnswer => "waiting-questions-to-answer",
            Waiting::InvoicesToIssue => "waiting-invoices-to-issue",
            Waiting::OverdueSent => "waiting-overdue-sent",
            Waiting::OverdueReceived => "waiting-overdue-received",
        }
    }

    /// Who is asked to act: the same action that lets them act.
    pub fn guard(self, user_id: i64, org: OrgId) -> Action {
        match self {
            Waiting::BookingRequests => Action::AnswerBooking { practitioner: user_id },
            Waiting::BookingsToApprove => Action::ApproveBooking(org),
            Waiting::ApplicationsToApprove => Action::ApproveApplication(org),
            Waiting::ProfilesToReview => Action::ManageProfiles(org),
            Waiting::TimeToApprove => Action::ApproveTime(org),
            Waiting::QuestionsToAnswer => Action::ManageOpportunities(org),
            Waiting::InvoicesToIssue => Action::ManageInvoices(org),
            Waiting::OverdueSent | Waiting::OverdueReceived => Action::ViewInvoices(org),
        }
    }

    /// Where the person goes to act on it; `code` is the council's code.
    pub fn link(self, code: &str) -> String {
        match self {
            Waiting::BookingRequests | Waiting::BookingsToApprove | Waiting::TimeToApprove => "/work".to_string(),
            Waiting::ApplicationsToApprove => "/applications".to_string(),
            Waiting::ProfilesToReview => format!("/councils/{code}/profiles"),
            Waiting::QuestionsToAnswer => format!("/councils/{code}/opportunities"),
            Waiting::InvoicesToIssue | Waiting::OverdueSent | Waiting::OverdueReceived => {
                format!("/councils/{code}/invoices")
            }
        }
    }
}

/// The kinds of waiting work `actor` is asked to act on for `org`.
pub fn waiting_for(actor: &Actor, org: OrgId) -> Vec<Waiting> {
    Waiting::FOR_COUNCILS
        .into_iter()
        .filter(|w| authorise(Some(actor), w.guard(actor.user_id, org)).is_ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::authz::member_of;
    use crate::roles::Role;

    const LEEDS: OrgId = 1;

    fn person(roles: &[Role]) -> Actor {
        member_of(LEEDS, roles)
    }

    #[test]
    fn a_finance_officer_is_offered_invoices_income_and_the_rate_card() {
        let pages = council_pages(&person(&[Role::Finance]), LEEDS);
        assert_eq!(
            pages,
            vec![CouncilPage::Invoices, CouncilPage::Income, CouncilPage::RateCard]
        );
        let waiting = waiting_for(&person(&[Role::Finance]), LEEDS);
        assert_eq!(
            waiting,
            vec![Waiting::InvoicesToIssue, Waiting::OverdueSent, Waiting::OverdueReceived]
        );
    }

    #[test]
    fn nobody_is_offered_another_councils_pages() {
        let admin = person(&Role::ALL);
        assert_eq!(council_pages(&admin, 2), Vec::<CouncilPage>::new());
        assert_eq!(waiting_for(&admin, 2), Vec::<Waiting>::new());
    }

    #[test]
    fn every_offered_page_is_one_its_guard_allows() {
        for role in Role::ALL {
            let actor = person(&[role]);
            for page in council_pages(&actor, LEEDS) {
                assert_eq!(authorise(Some(&actor), page.guard(LEEDS)), Ok(()));
            }
            assert!(council_pages(&actor, LEEDS).contains(&CouncilPage::RateCard));
        }
    }

    #[test]
    fn a_buyer_is_asked_about_time_and_questions() {
        let waiting = waiting_for(&person(&[Role::Buyer]), LEEDS);
        assert_eq!(waiting, vec![Waiting::TimeToApprove, Waiting::QuestionsToAnswer]);
        assert_eq!(Waiting::QuestionsToAnswer.link("LDS"), "/councils/LDS/opportunities");
    }
}
