//! The start page and the pages every service has: cookies, accessibility, privacy.

use super::render;
use crate::error::AppError;
use crate::session::Viewer;
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::response::Html;
use domain::authz::{authorise, Action};
use domain::language::Lang;
use domain::navigation::{council_pages, waiting_for, Waiting};
use minijinja::context;
use serde::{Deserialize, Serialize};
use store::waiting::{self, CouncilWaiting, WAITING_BOUND};

#[derive(Deserialize)]
pub struct HomeQuery {
    welcome: Option<String>,
}

pub async fn home(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<HomeQuery>,
) -> Result<Html<String>, AppError> {
    // Just signed up: which council, and the roles they were given there.
    let welcome = match (&q.welcome, &viewer.user) {
        (Some(_), Some(user)) => user.councils.first().map(|c| {
            let roles: Vec<String> = c
                .roles
                .iter()
                .map(|r| viewer.t(&state, &format!("role-{r}"), &[]))
                .collect();
            viewer.t(
                &state,
                "welcome-banner",
                &[("council", c.name.clone()), ("roles", roles.join(", ").to_lowercase())],
            )
        }),
        _ => None,
    };
    let (councils, booking_requests) = match &viewer.actor {
        Some(actor) => (your_councils(&state, &viewer, actor).await?, {
            let n = waiting::booking_requests(&state.db, actor.user_id).await?;
            (n > 0).then(|| waiting_line(&state, viewer.lang, Waiting::BookingRequests, n, ""))
        }),
        None => (Vec::new(), None),
    };
    let actor = viewer.actor.as_ref();
    let may = |action| authorise(actor, action).is_ok();
    let reviews_applications = viewer
        .user
        .as_ref()
        .is_some_and(|u| u.councils.iter().any(|c| may(Action::ApproveApplication(c.id))));
    render(
        &state,
        &viewer,
        "pages/home.html",
        context! {
            demo_info => state.config.demo.clone(), welcome, councils, booking_requests,
            reviews_applications, platform_admin => may(Action::ManageCouncils),
        },
    )
}

/// One of the viewer's councils on their home page: the pages they may open there and
/// what waits for them to act on.
#[derive(Serialize)]
struct YourCouncil {
    code: String,
    name: String,
    roles: Vec<String>,
    pages: Vec<&'static str>,
    waiting: Vec<WaitingLine>,
}

#[derive(Serialize)]
struct WaitingLine {
    text: String,
    link: String,
}

async fn your_councils(
    state: &AppState,
    viewer: &Viewer,
    actor: &domain::authz::Actor,
) -> Result<Vec<YourCouncil>, AppError> {
    let today = domain::weeks::london_date(state.clock.now());
    let mut councils = Vec::new();
    for council in viewer.user.iter().flat_map(|u| u.councils.iter()) {
        let asked = waiting_for(actor, council.id);
        let counts = if asked.is_empty() {
            CouncilWaiting::default()
        } else {
            waiting::in_council(&state.db, council.id, today).await?
        };
        let waiting = asked
            .into_iter()
            .filter_map(|w| {
                let n = count_of(&counts, w);
                (n > 0).then(|| waiting_line(state, viewer.lang, w, n, &council.code))
            })
            .collect();
        councils.push(YourCouncil {
            code: council.code.clone(),
            name: council.name.clone(),
            roles: council.roles.clone(),
            pages: council_pages(actor, council.id).into_iter().map(|p| p.path()).collect(),
            waiting,
        });
    }
    Ok(councils)
}

fn count_of(counts: &CouncilWaiting, kind: Waiting) -> i64 {
    match kind {
        Waiting::BookingRequests => 0,
        Waiting::BookingsToApprove => counts.bookings_to_approve,
        Waiting::ApplicationsToApprove => counts.applications_to_approve,
        Waiting::ProfilesToReview => counts.profiles_to_review,
        Waiting::TimeToApprove => counts.time_to_approve,
        Waiting::QuestionsToAnswer => counts.questions_to_answer,
        Waiting::InvoicesToIssue => counts.invoices_to_issue,
        Waiting::OverdueSent => counts.overdue_sent,
        Waiting::OverdueReceived => counts.overdue_received,
    }
}

/// "3 bookings to approve", or "100 or more …" once a count reaches its bound.
fn waiting_line(state: &AppState, lang: Lang, kind: Waiting, count: i64, code: &str) -> WaitingLine {
    let shown = crate::views::bounded_count(state, lang, count, WAITING_BOUND);
    WaitingLine {
        text: state.t_in(
            lang,
            kind.message_key(),
            &[("count", count.to_string()), ("shown", shown)],
        ),
        link: kind.link(code),
    }
}

pub async fn cookies(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    render(
        &state,
        &viewer,
        "pages/cookies.html",
        context! {
            session_cookie => crate::session::cookie_name(state.config.https()),
            csrf_cookie => crate::csrf::cookie_name(state.config.https()),
        },
    )
}

pub async fn accessibility(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    render(&state, &viewer, "pages/accessibility.html", context! {})
}

/// The privacy notice, with the retention schedule the jobs apply.
pub async fn privacy(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    use domain::retention::{Kept, Outcome, SCHEDULE};
    let t = |key: &str, args: &[(&str, String)]| viewer.t(&state, key, args);
    let retention: Vec<_> = SCHEDULE
        .iter()
        .map(|rule| {
            let kept = match rule.kept {
                Kept::Days(days) => t("retention-kept-days", &[("days", days.to_string())]),
                Kept::Years(years) => t("retention-kept-years", &[("years", years.to_string())]),
                Kept::UntilExpiry => t("retention-kept-until-expiry", &[]),
                Kept::UntilSent => t("retention-kept-until-sent", &[]),
                Kept::YearsAfterFinancialYear(years) => {
                    t("retention-kept-after-financial-year", &[("years", years.to_string())])
                }
            };
            let then = match rule.then {
                Outcome::Deleted => t("retention-then-deleted", &[]),
                Outcome::Anonymised => t("retention-then-anonymised", &[]),
                Outcome::Redacted => t("retention-then-redacted", &[]),
                Outcome::DeletedKeepingTotals => t("retention-then-deleted-keeping-totals", &[]),
            };
            [t(rule.record.message_key(), &[]), kept, then]
        })
        .collect();
    let purposes: Vec<_> = ["accounts", "profiles", "contracts", "security", "messages", "published"]
        .iter()
        .map(|p| ["purpose", "held", "basis"].map(|part| t(&format!("privacy-{part}-{p}"), &[])))
        .collect();
    render(
        &state,
        &viewer,
        "pages/privacy.html",
        context! {
            operator => state.config.operator_name.clone(),
            privacy_contact => state.config.privacy_contact().to_string(),
            purposes,
            retention,
        },
    )
}

pub async fn not_found() -> AppError {
    AppError::NotFound
}
