//! Platform admin: onboarding councils (domains, first admin), the whole audit log, the outbox.

use super::council::audit_page;
use super::render;
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::{self, ShownError};
use crate::refusals::unexpected;
use crate::session::Viewer;
use crate::state::AppState;
use app::councils::{self, AppointError, Appointed, DomainError};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Form;
use domain::authz::Action;
use domain::email::{EmailAddress, EmailDomain};
use minijinja::context;
use serde::Deserialize;
use store::organisations::{self, Organisation, OrganisationFilter};
use store::{dashboard, outbox};

/// The platform dashboard: what waits or is stuck, with links to where to act.
pub async fn index(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    let d = app::dashboard::platform(&state, viewer.actor.as_ref())
        .await
        .map_err(unexpected)?;
    let counts = &d.counts;
    let bounded = |n: i64| crate::views::bounded_count(&state, viewer.lang, n, dashboard::COUNT_BOUND);
    render(
        &state,
        &viewer,
        "admin/index.html",
        context! {
            signups_week => bounded(counts.signups_week),
            signups_month => bounded(counts.signups_month),
            profiles_awaiting_count => bounded(counts.profiles_awaiting),
            components_proposed => bounded(counts.components_proposed),
            appeals_waiting => bounded(counts.appeals_waiting),
            bookings_lapsing_count => bounded(counts.bookings_lapsing),
            invoices_overdue_count => bounded(counts.invoices_overdue),
            emails_failed => bounded(counts.emails_failed),
            counts => context! {
                profiles_awaiting => counts.profiles_awaiting,
                components_proposed => counts.components_proposed,
                appeals_waiting => counts.appeals_waiting,
                bookings_lapsing => counts.bookings_lapsing,
                invoices_overdue => counts.invoices_overdue,
                emails_failed => counts.emails_failed,
            },
            lapsing_within_hours => app::dashboard::LAPSING_WITHIN_HOURS,
            signups => d.signups,
            profiles_awaiting => d.profiles_awaiting,
            bookings_lapsing => d.bookings_lapsing,
            invoices_overdue => d.invoices_overdue,
        },
    )
}

#[derive(Deserialize)]
pub struct CouncilSearch {
    #[serde(default)]
    q: String,
}

pub async fn councils_list(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(search): Query<CouncilSearch>,
) -> Result<Html<String>, AppError> {
    viewer.authorise(Action::ManageCouncils)?;
    let words = search.q.trim();
    let results = if words.is_empty() {
        Vec::new()
    } else {
        let filter = OrganisationFilter {
            words: Some(words.to_string()),
            ..Default::default()
        };
        organisations::list(&state.db, &filter, None, 50).await?
    };
    let onboarded = organisations::onboarded(&state.db).await?;
    render(
        &state,
        &viewer,
        "admin/councils.html",
        context! { q => words, results, searched => !words.is_empty(), onboarded },
    )
}

#[derive(Deserialize)]
pub struct CouncilQuery {
    done: Option<String>,
    /// The domain or address the finished action was about, shown in the banner.
    value: Option<String>,
}

/// What the forms on a council's page show: values typed and errors found.
#[derive(Default)]
struct CouncilForms {
    domain_value: String,
    domain_errors: Vec<ShownError>,
    admin_value: String,
    admin_errors: Vec<ShownError>,
    credit_errors: Vec<ShownError>,
}

async fn council_page(
    state: &AppState,
    viewer: &Viewer,
    org: Organisation,
    banner: Option<(String, String)>,
    forms: CouncilForms,
) -> Result<Html<String>, AppError> {
    let CouncilForms {
        domain_value,
        domain_errors,
        admin_value,
        admin_errors,
        credit_errors,
    } = forms;
    let domains = organisations::domains(&state.db, org.id).await?;
    let org_id_code = org.org_id();
    let credit_limit = store::ledger::credit_limit(&state.db, org.id).await? / 60;
    let credit_balance = store::ledger::balance(&state.db, org.id, domain::ledger::Account::HourCredits).await?;
    let errors: Vec<ShownError> = domain_errors
        .iter()
        .chain(admin_errors.iter())
        .chain(credit_errors.iter())
        .cloned()
        .collect();
    render(
        state,
        viewer,
        "admin/council.html",
        context! {
            council => org, org_id_code, domains, done => banner.as_ref().map(|b| b.0.clone()),
            banner_value => banner.map(|b| b.1).unwrap_or_default(), errors, domain_errors, domain_value, admin_errors, admin_value,
            credit_limit, credit_balance, credit_errors,
        },
    )
}

pub async fn council_show(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    Query(q): Query<CouncilQuery>,
) -> Result<Html<String>, AppError> {
    viewer.authorise(Action::ManageCouncils)?;
    let org = organisations::find_by_code(&state.db, &code)
        .await?
        .ok_or(AppError::NotFound)?;
    let banner = q
        .done
        .as_deref()
        .and_then(|d| match d {
            "domain" => Some("domain"),
            "appointed" => Some("appointed"),
            "invited" => Some("invited"),
            "credit-limit" => Some("credit-limit"),
            _ => None,
        })
        .map(|d| (d.to_string(), q.value.clone().unwrap_or_default()));
    council_page(&state, &viewer, org, banner, CouncilForms::default()).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DomainForm {
    domain: String,
}

pub async fn add_domain(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(code): Path<String>,
    Form(form): Form<DomainForm>,
) -> Result<Response, AppError> {
    viewer.authorise(Action::ManageCouncils)?;
    let org = organisations::find_by_code(&state.db, &code)
        .await?
        .ok_or(AppError::NotFound)?;
    let by = viewer.by(&ip);
    let errors = match EmailDomain::parse(&form.domain) {
        Err(key) => forms::one("domain", viewer.t(&state, key, &[])),
        Ok(domain) => match councils::add_domain(&state, by, org.id, &domain).await {
            Ok(()) => {
                return Ok(Redirect::to(&format!(
                    "/admin/councils/{}?done=domain&value={}",
                    org.code,
                    crate::error::urlencode(domain.as_str())
                ))
                .into_response())
            }
            Err(DomainError::Taken) => forms::one(
                "domain",
                viewer.t(&state, "domain-taken", &[("domain", domain.to_string())]),
            ),
            Err(DomainError::Store(e)) => return Err(e.into()),
        },
    };
    let page = council_page(
        &state,
        &viewer,
        org,
        None,
        CouncilForms {
            domain_value: form.domain,
            domain_errors: errors,
            ..Default::default()
        },
    )
    .await?;
    Ok((StatusCode::BAD_REQUEST, page).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AdminForm {
    email: String,
}

pub async fn appoint_admin(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(code): Path<String>,
    Form(form): Form<AdminForm>,
) -> Result<Response, AppError> {
    viewer.authorise(Action::ManageCouncils)?;
    let org = organisations::find_by_code(&state.db, &code)
        .await?
        .ok_or(AppError::NotFound)?;
    let by = viewer.by(&ip);
    let errors = match EmailAddress::parse(&form.email) {
        Err(key) => forms::one("email", viewer.t(&state, key, &[])),
        Ok(email) => match councils::appoint_admin(&state, by, &org, &email).await {
            Ok(Appointed::Now) => {
                return Ok(Redirect::to(&format!(
                    "/admin/councils/{}?done=appointed&value={}",
                    org.code,
                    crate::error::urlencode(email.as_str())
                ))
                .into_response())
            }
            Ok(Appointed::Invited) => {
                return Ok(Redirect::to(&format!(
                    "/admin/councils/{}?done=invited&value={}",
                    org.code,
                    crate::error::urlencode(email.as_str())
                ))
                .into_response())
            }
            Err(AppointError::WrongDomain) | Err(AppointError::OtherCouncil) => forms::one(
                "email",
                viewer.t(
                    &state,
                    "first-admin-wrong-domain",
                    &[("email", email.to_string()), ("council", org.name.clone())],
                ),
            ),
            Err(AppointError::Store(e)) => return Err(e.into()),
        },
    };
    let page = council_page(
        &state,
        &viewer,
        org,
        None,
        CouncilForms {
            admin_value: form.email,
            admin_errors: errors,
            ..Default::default()
        },
    )
    .await?;
    Ok((StatusCode::BAD_REQUEST, page).into_response())
}

#[derive(Deserialize)]
pub struct AuditQuery {
    before: Option<i64>,
}

pub async fn audit_log(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<AuditQuery>,
) -> Result<Html<String>, AppError> {
    viewer.authorise(Action::ViewPlatformAuditLog)?;
    let (events, next) = audit_page(&state, None, q.before).await?;
    render(
        &state,
        &viewer,
        "council/audit.html",
        context! { council => (), events, next, base => "/admin/audit", show_council => true },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct OutboxQuery {
    /// "failed" shows only the emails that could not be sent.
    status: String,
}

pub async fn outbox_list(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<OutboxQuery>,
) -> Result<Html<String>, AppError> {
    viewer.authorise(Action::ManageCouncils)?;
    let failed_only = q.status == "failed";
    let emails = if failed_only {
        outbox::failed(&state.db, 100).await?
    } else {
        outbox::recent(&state.db, 100).await?
    };
    render(&state, &viewer, "admin/outbox.html", context! { emails, failed_only })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CreditLimitForm {
    hours: String,
}

/// A platform admin sets how many hours of credit a council may owe.
pub async fn set_credit_limit(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(code): Path<String>,
    Form(form): Form<CreditLimitForm>,
) -> Result<Response, AppError> {
    viewer.authorise(Action::ManageCreditLimits)?;
    let org = organisations::find_by_code(&state.db, &code)
        .await?
        .ok_or(AppError::NotFound)?;
    let Some(hours) = form
        .hours
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|h| (0..=10_000).contains(h))
    else {
        let forms = CouncilForms {
            credit_errors: forms::one("hours", viewer.t(&state, "error-credit-limit", &[])),
            ..CouncilForms::default()
        };
        let html = council_page(&state, &viewer, org, None, forms).await?;
        return Ok((axum::http::StatusCode::BAD_REQUEST, html).into_response());
    };
    let now = state.clock.now();
    let user = viewer.require_user()?.id;
    let mut tx = state.db.begin().await?;
    let before = store::ledger::credit_limit(&mut tx, org.id).await?;
    store::ledger::set_credit_limit(&mut tx, org.id, hours * 60, user, now).await?;
    let entry = app::Entry {
        org_id: Some(org.id),
        action: "credit-limit-changed",
        subject: ("organisation", org.id.to_string()),
        before: Some(serde_json::json!({ "limit_minutes": before })),
        after: Some(serde_json::json!({ "limit_minutes": hours * 60 })),
    };
    app::audit(&mut tx, viewer.by(&ip), entry, now).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/admin/councils/{}?done=credit-limit", org.code)).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SupportForm {
    reference: String,
}

/// Asks a platform admin for the support request they are answering before a profile's
/// private fields are shown.
pub async fn support_profile_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Html<String>, AppError> {
    viewer.authorise(Action::SupportAccess)?;
    let p = store::profiles::find(&state.db, id).await?.ok_or(AppError::NotFound)?;
    render(
        &state,
        &viewer,
        "admin/support_profile.html",
        context! { profile_id => p.id, name => p.display_name, org_name => p.org_name, reference => "", errors => Vec::<()>::new() },
    )
}

/// Shows a profile in full to a platform admin answering a support request, and records
/// the request's reference in the audit log of the practitioner's council.
pub async fn support_profile(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    Form(form): Form<SupportForm>,
) -> Result<Response, AppError> {
    viewer.authorise(Action::SupportAccess)?;
    let p = store::profiles::find(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let reference = match domain::text::single_line(&form.reference, 200) {
        Ok(r) => r,
        Err(key) => {
            let key = if key == "error-required" {
                "error-support-reference-required"
            } else {
                key
            };
            let html = render(
                &state,
                &viewer,
                "admin/support_profile.html",
                context! {
                    profile_id => p.id, name => p.display_name, org_name => p.org_name,
                    reference => form.reference, errors => forms::one("reference", viewer.t(&state, key, &[])),
                },
            )?;
            return Ok((StatusCode::BAD_REQUEST, html).into_response());
        }
    };
    councils::record_support_access(&state, viewer.by(&ip), &p, &reference).await?;
    Ok(Redirect::to(&format!("/admin/profiles/{}/support", p.id)).into_response())
}

/// How long a recorded support request keeps a profile open in full to the admin who
/// recorded it (so that a refresh shows it again without recording it twice).
const SUPPORT_ACCESS_MINUTES: i64 = 60;

/// The profile in full, under the support request the viewer recorded for it within the
/// last hour; otherwise the form that asks for one.
pub async fn support_profile_view(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    viewer.authorise(Action::SupportAccess)?;
    let admin = viewer.user.as_ref().ok_or(AppError::Forbidden)?.id;
    let p = store::profiles::find(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let since = state.clock.now() - chrono::Duration::minutes(SUPPORT_ACCESS_MINUTES);
    let Some(reference) = store::audit::recent_support_access(&state.db, admin, p.id, since).await? else {
        return Ok(Redirect::to(&format!("/admin/profiles/{}", p.id)).into_response());
    };
    let view = crate::views::ProfileView::load(&state, p, true).await?;
    Ok(render(
        &state,
        &viewer,
        "pool/profile.html",
        context! { profile => view, can_book => false, support_reference => reference },
    )?
    .into_response())
}
