//! The platform dashboard (SPEC §4.12): what a platform admin should look at today —
//! sign-ups, listings waiting for approval, and workflow items that are stuck (booking
//! requests about to lapse, invoices overdue, emails that failed), each with where to act.

use crate::Ctx;
use chrono::Duration;
use domain::authz::{authorise, Action, Actor};
use store::dashboard::{self as read, AsOf, AwaitingProfile, Counts, LapsingBooking, OverdueInvoice, SignUp};

step_error! {
    /// Why the dashboard could not be shown.
    DashboardError {}
}

/// A booking request lapsing within this many hours is "about to lapse".
pub const LAPSING_WITHIN_HOURS: i64 = 48;

/// What the dashboard shows.
#[derive(Debug, Clone)]
pub struct Dashboard {
    pub counts: Counts,
    pub signups: Vec<SignUp>,
    pub profiles_awaiting: Vec<AwaitingProfile>,
    pub bookings_lapsing: Vec<LapsingBooking>,
    pub invoices_overdue: Vec<OverdueInvoice>,
}

/// The dashboard as of now, for a platform admin only.
pub async fn platform(ctx: &Ctx, actor: Option<&Actor>) -> Result<Dashboard, DashboardError> {
    authorise(actor, Action::ManageCouncils)?;
    let now = ctx.clock.now();
    let at = AsOf {
        week_ago: now - Duration::days(7),
        month_ago: now - Duration::days(30),
        lapsing_before: now + Duration::hours(LAPSING_WITHIN_HOURS),
        today: domain::weeks::london_date(now),
    };
    Ok(Dashboard {
        counts: read::counts(&ctx.db, at).await?,
        signups: read::latest_signups(&ctx.db).await?,
        profiles_awaiting: read::profiles_awaiting(&ctx.db).await?,
        bookings_lapsing: read::bookings_lapsing(&ctx.db, at.lapsing_before).await?,
        invoices_overdue: read::invoices_overdue(&ctx.db, at.today).await?,
    })
}
