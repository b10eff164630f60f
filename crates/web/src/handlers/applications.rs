//! Application pages: the form (evidence per criterion, rate, start, and for an outcome the
//! council's team), each application's page where the manager decides and the applicant
//! withdraws, the buyer's evaluation (ranking, scoring) and the outcome.

use super::opportunities::{applying_councils, managed, visible};
use super::render;
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::ShownError;
use crate::refusals::unexpected;
use crate::refusals::{refusal, refusal_status};
use crate::session::Viewer;
use crate::state::AppState;
use app::applications::ApplicationError;
use app::applications::{self as service, Evaluation, Offer};
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Form;
use domain::authz::{authorise, Action};
use domain::opportunities::{self as rules, ApplicationInput, Event, SCORE_MEANINGS};
use minijinja::context;
use serde::Serialize;
use std::collections::HashMap;
use store::applications::{self, Application};
use store::opportunities::{self as store_opps, Opportunity};
use store::profiles;

type Fields = Vec<(String, String)>;

fn field<'a>(fields: &'a Fields, name: &str) -> &'a str {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or("")
}

#[derive(Serialize)]
struct TeamMember {
    profile_id: i64,
    name: String,
    hours: String,
}

async fn form_page(
    state: &AppState,
    viewer: &Viewer,
    o: &Opportunity,
    org_id: i64,
    typed: &HashMap<String, String>,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let criteria = store_opps::criteria(&state.db, o.id).await?;
    // Every field the form shows, empty where nothing was typed (templates are strict).
    let mut typed = typed.clone();
    let names = criteria.iter().map(|c| format!("evidence-{}", c.id));
    for name in names.chain(["rate", "earliest_start", "offer"].map(String::from)) {
        typed.entry(name).or_default();
    }
    let team = if o.kind.as_deref() == Some("outcome") {
        profiles::list_for_org(&state.db, org_id)
            .await?
            .into_iter()
            .filter(|p| p.status == domain::pool::ProfileStatus::Listed)
            .map(|p| TeamMember {
                hours: typed.get(&format!("hours-{}", p.id)).cloned().unwrap_or_default(),
                profile_id: p.id,
                name: p.display_name,
            })
            .collect()
    } else {
        Vec::new()
    };
    render(
        state,
        viewer,
        "opportunities/apply.html",
        context! { o, criteria, typed, errors, team, evidence_words => rules::EVIDENCE_MAX_WORDS },
    )
}

/// The first council of the viewer that may apply, or 403.
async fn applying_org(state: &AppState, viewer: &Viewer, o: &Opportunity) -> Result<i64, AppError> {
    applying_councils(state, viewer, o)
        .await?
        .first()
        .copied()
        .ok_or(AppError::Forbidden)
}

pub async fn apply_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Html<String>, AppError> {
    let user = viewer.require_user()?.id;
    let o = visible(&state, &viewer, id).await?;
    let org = applying_org(&state, &viewer, &o).await?;
    let mut typed = HashMap::new();
    if let Some(a) = applications::find_by_applicant(&state.db, id, user).await? {
        for e in applications::evidence(&state.db, a.id).await? {
            typed.insert(format!("evidence-{}", e.criterion_id), e.evidence);
        }
        typed.insert("rate".into(), format!("{:.2}", a.rate_pence as f64 / 100.0));
        typed.insert("earliest_start".into(), a.earliest_start.to_string());
        if a.team {
            typed.insert("offer".into(), "team".into());
            for m in applications::members(&state.db, a.id).await? {
                typed.insert(
                    format!("hours-{}", m.profile_id),
                    domain::hours::format_hours(m.minutes),
                );
            }
        }
    }
    form_page(&state, &viewer, &o, org, &typed, Vec::new()).await
}

pub async fn apply(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    Form(fields): Form<Fields>,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let o = visible(&state, &viewer, id).await?;
    let org = applying_org(&state, &viewer, &o).await?;
    let criteria = store_opps::criteria(&state.db, id).await?;
    let evidence = |essential: bool| {
        criteria
            .iter()
            .filter(|c| c.essential == essential)
            .map(|c| (c.id, field(&fields, &format!("evidence-{}", c.id)).to_string()))
            .collect()
    };
    let input = ApplicationInput {
        essential: evidence(true),
        nice: evidence(false),
        rate: field(&fields, "rate").to_string(),
        earliest_start: field(&fields, "earliest_start").to_string(),
    };
    let typed: HashMap<String, String> = fields.iter().cloned().collect();
    let today = domain::weeks::london_date(state.clock.now());
    let result = match rules::validate_application(&input, o.max_rate_pence.unwrap_or_default(), today) {
        Err(e) => Err(ApplicationError::Invalid(e)),
        Ok(terms) => match team_offer(&fields) {
            Err(k) => Err(ApplicationError::Invalid(domain::ValidationErrors::single("team", k))),
            Ok(offer) => service::apply(&state, viewer.by(&ip), id, org, &terms, offer).await,
        },
    };
    match result {
        Ok(app) => Ok(Redirect::to(&format!("/applications/{app}?done=submitted")).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, "rate")?;
            Ok((status, form_page(&state, &viewer, &o, org, &typed, errors).await?).into_response())
        }
    }
}

/// `offer=team` with `hours-<profile>` for each colleague offered, or the applicant alone.
fn team_offer(fields: &Fields) -> Result<Offer, &'static str> {
    if field(fields, "offer") != "team" {
        return Ok(Offer::Myself);
    }
    let mut named = Vec::new();
    for (k, v) in fields {
        if let Some(id) = k.strip_prefix("hours-").and_then(|p| p.parse::<i64>().ok()) {
            if v.trim().is_empty() {
                continue;
            }
            let minutes = domain::hours::parse_hours(v)?;
            if minutes > 0 {
                named.push((id, minutes));
            }
        }
    }
    Ok(Offer::Team(named))
}

/// The application, if the viewer may read it.
async fn readable(state: &AppState, viewer: &Viewer, id: i64) -> Result<Application, AppError> {
    viewer.require_user()?;
    let a = applications::find(&state.db, id).await?.ok_or(AppError::NotFound)?;
    viewer.authorise(service::view_action(&a))?;
    Ok(a)
}

#[derive(Serialize)]
struct EvidenceRow {
    criterion: String,
    essential: bool,
    evidence: String,
    score: Option<i64>,
}

async fn evidence_rows(state: &AppState, a: &Application) -> Result<Vec<EvidenceRow>, AppError> {
    let criteria = store_opps::criteria(&state.db, a.opportunity_id).await?;
    let evidence = applications::evidence(&state.db, a.id).await?;
    Ok(criteria
        .into_iter()
        .map(|c| {
            let e = evidence.iter().find(|e| e.criterion_id == c.id);
            EvidenceRow {
                criterion: c.body,
                essential: c.essential,
                evidence: e.map(|e| e.evidence.clone()).unwrap_or_default(),
                score: e.and_then(|e| e.score),
            }
        })
        .collect())
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct ShowParams {
    pub done: String,
}

pub async fn show(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    axum::extract::Query(params): axum::extract::Query<ShowParams>,
) -> Result<Html<String>, AppError> {
    let a = readable(&state, &viewer, id).await?;
    show_page(&state, &viewer, a, &params.done, Vec::new()).await
}

async fn show_page(
    state: &AppState,
    viewer: &Viewer,
    a: Application,
    done: &str,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let rows = evidence_rows(state, &a).await?;
    let members = applications::members(&state.db, a.id).await?;
    let now = state.clock.now();
    let o = store_opps::find(&state.db, a.opportunity_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let open = o.status == domain::opportunities::Status::Live && o.closes_at.is_some_and(|c| c > now);
    let own = viewer.user.as_ref().is_some_and(|u| u.id == a.applicant_id);
    let can_withdraw = own && open && matches!(a.status.as_str(), "submitted" | "approved");
    let can_edit = own && open && a.status != domain::opportunities::ApplicationStatus::Awarded;
    let can_decide = a.status == domain::opportunities::ApplicationStatus::Submitted
        && matches!(o.status.as_str(), "live" | "closed")
        && authorise(viewer.actor.as_ref(), Action::ApproveApplication(a.org_id)).is_ok();
    let buyer = authorise(viewer.actor.as_ref(), Action::ManageOpportunities(a.opportunity_org_id)).is_ok();
    let value = service::offered_value(&a);
    render(
        state,
        viewer,
        "opportunities/application.html",
        context! { a, rows, members, can_withdraw, can_edit, can_decide, buyer, done, errors, value },
    )
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct StepForm {
    pub reason: String,
}

/// `approve` and `decline` (a manager of the applying council), `withdraw` (the applicant).
pub async fn step(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((id, action)): Path<(i64, String)>,
    Form(form): Form<StepForm>,
) -> Result<Response, AppError> {
    let a = readable(&state, &viewer, id).await?;
    let by = viewer.by(&ip);
    let result = match action.as_str() {
        "approve" => {
            viewer.authorise(Action::ApproveApplication(a.org_id))?;
            service::decide(&state, by, id, true, None).await
        }
        "decline" => {
            viewer.authorise(Action::ApproveApplication(a.org_id))?;
            match domain::bookings::validate_reason(&form.reason) {
                Ok(reason) => service::decide(&state, by, id, false, Some(&reason)).await,
                Err(e) => Err(ApplicationError::Invalid(e)),
            }
        }
        "withdraw" => {
            if viewer.user.as_ref().map(|u| u.id) != Some(a.applicant_id) {
                return Err(AppError::Forbidden);
            }
            service::withdraw(&state, by, id).await
        }
        _ => return Err(AppError::NotFound),
    };
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/applications/{id}?done={action}")).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, "reason")?;
            Ok((status, show_page(&state, &viewer, a, "", errors).await?).into_response())
        }
    }
}

/// The viewer's own applications, and (for managers) those of their councils waiting for
/// approval.
pub async fn mine(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    let user = viewer.require_user()?;
    let own = applications::list(&state.db, applications::Scope::Applicant(user.id)).await?;
    let mut to_approve = Vec::new();
    for c in &user.councils {
        if authorise(viewer.actor.as_ref(), Action::ApproveApplication(c.id)).is_ok() {
            to_approve.extend(
                applications::list(&state.db, applications::Scope::Council(c.id))
                    .await?
                    .into_iter()
                    .filter(|a| a.status == domain::opportunities::ApplicationStatus::Submitted),
            );
        }
    }
    render(
        &state,
        &viewer,
        "opportunities/applications.html",
        context! { own, to_approve },
    )
}

#[derive(Serialize)]
struct RankedRow {
    rank: usize,
    ranked: rules::Ranked,
    application: Application,
}

/// After closing: the approved applications ranked by their weighted scores, with the
/// outcome forms.
pub async fn evaluate(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Html<String>, AppError> {
    let o = managed(&state, &viewer, id).await?;
    evaluate_page(&state, &viewer, o, Vec::new()).await
}

async fn evaluate_page(
    state: &AppState,
    viewer: &Viewer,
    o: Opportunity,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let shown = applications::list(&state.db, applications::Scope::ForBuyer(o.id)).await?;
    let ranking = service::ranking(&state.db, &o).await.map_err(unexpected)?;
    let rows: Vec<RankedRow> = ranking
        .into_iter()
        .enumerate()
        .filter_map(|(i, r)| {
            shown.iter().find(|a| a.id == r.application_id).map(|a| RankedRow {
                rank: i + 1,
                ranked: r,
                application: a.clone(),
            })
        })
        .collect();
    let awards = applications::awards(&state.db, o.id).await?;
    render(
        state,
        viewer,
        "opportunities/evaluate.html",
        context! { o, rows, errors, awards, closed => o.status == domain::opportunities::Status::Closed },
    )
}

/// The scoring form for one application: each criterion 0–3 with the meaning of each
/// score, cultural fit, notes, feedback and the shortlist.
pub async fn score_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Html<String>, AppError> {
    let a = readable(&state, &viewer, id).await?;
    viewer.authorise(Action::ManageOpportunities(a.opportunity_org_id))?;
    score_page(&state, &viewer, a, None, Vec::new()).await
}

async fn score_page(
    state: &AppState,
    viewer: &Viewer,
    a: Application,
    typed: Option<HashMap<String, String>>,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let criteria = store_opps::criteria(&state.db, a.opportunity_id).await?;
    let evidence = applications::evidence(&state.db, a.id).await?;
    let typed = typed.unwrap_or_else(|| {
        let mut t: HashMap<String, String> = evidence
            .iter()
            .filter_map(|e| e.score.map(|s| (format!("score-{}", e.criterion_id), s.to_string())))
            .collect();
        if let Some(c) = a.cultural_score {
            t.insert("cultural".into(), c.to_string());
        }
        t.insert("notes".into(), a.notes.clone().unwrap_or_default());
        t.insert("feedback".into(), a.feedback.clone().unwrap_or_default());
        if a.shortlisted {
            t.insert("shortlisted".into(), "yes".into());
        }
        t
    });
    let mut typed = typed;
    let names = criteria.iter().map(|c| format!("score-{}", c.id));
    for name in names.chain(["cultural", "notes", "feedback", "shortlisted"].map(String::from)) {
        typed.entry(name).or_default();
    }
    let rows: Vec<(store_opps::Criterion, String)> = criteria
        .into_iter()
        .map(|c| {
            let e = evidence
                .iter()
                .find(|e| e.criterion_id == c.id)
                .map(|e| e.evidence.clone())
                .unwrap_or_default();
            (c, e)
        })
        .collect();
    render(
        state,
        viewer,
        "opportunities/score.html",
        context! { a, rows, typed, errors, meanings => SCORE_MEANINGS },
    )
}

pub async fn score(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    Form(fields): Form<Fields>,
) -> Result<Response, AppError> {
    let a = readable(&state, &viewer, id).await?;
    viewer.authorise(Action::ManageOpportunities(a.opportunity_org_id))?;
    let criteria = store_opps::criteria(&state.db, a.opportunity_id).await?;
    let mut errors = domain::ValidationErrors::default();
    let mut scores = Vec::new();
    for c in &criteria {
        let name = format!("score-{}", c.id);
        if let Some(s) = errors.check(&name, rules::parse_score(field(&fields, &name))) {
            scores.push((c.id, s));
        }
    }
    let cultural = errors
        .check("cultural", rules::parse_score(field(&fields, "cultural")))
        .flatten();
    let text = |name: &str, max| -> Option<String> {
        let t = field(&fields, name);
        (!t.trim().is_empty()).then(|| t.to_string()).map(|t| {
            if rules::word_count(&t) > max {
                String::new()
            } else {
                t.trim().to_string()
            }
        })
    };
    let notes = text("notes", rules::NOTES_MAX_WORDS);
    let feedback = text("feedback", rules::FEEDBACK_MAX_WORDS);
    if notes.as_deref() == Some("") {
        errors.push("notes", "error-too-many-words");
    }
    if feedback.as_deref() == Some("") {
        errors.push("feedback", "error-too-many-words");
    }
    let result = match errors.into_result() {
        Err(e) => Err(ApplicationError::Invalid(e)),
        Ok(()) => {
            let e = Evaluation {
                scores,
                cultural,
                notes,
                feedback,
                shortlisted: field(&fields, "shortlisted") == "yes",
            };
            service::evaluate(&state, viewer.by(&ip), id, &e).await
        }
    };
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/opportunities/{}/evaluate", a.opportunity_id)).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, "cultural")?;
            let typed = fields.into_iter().collect();
            Ok((status, score_page(&state, &viewer, a, Some(typed), errors).await?).into_response())
        }
    }
}

/// `award` (the `chosen` applications), `unsuccessful` or `cancel` (with a reason).
pub async fn outcome(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((id, action)): Path<(i64, String)>,
    Form(fields): Form<Fields>,
) -> Result<Response, AppError> {
    let o = managed(&state, &viewer, id).await?;
    let by = viewer.by(&ip);
    let reason = || domain::bookings::validate_reason(field(&fields, "reason")).map_err(ApplicationError::Invalid);
    let result = match action.as_str() {
        "award" => {
            let chosen: Vec<i64> = fields
                .iter()
                .filter(|(k, _)| k == "chosen")
                .filter_map(|(_, v)| v.parse().ok())
                .collect();
            service::award(&state, by, id, &chosen).await.map(|_| ())
        }
        "unsuccessful" => match reason() {
            Ok(r) => service::end_without_award(&state, by, id, Event::NoneSuitable, &r).await,
            Err(e) => Err(e),
        },
        "cancel" => match reason() {
            Ok(r) => service::end_without_award(&state, by, id, Event::Cancel, &r).await,
            Err(e) => Err(e),
        },
        _ => return Err(AppError::NotFound),
    };
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/opportunities/{id}?done={action}")).into_response()),
        Err(e) => {
            let field = if action == "award" { "chosen" } else { "reason" };
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, field)?;
            Ok((status, evaluate_page(&state, &viewer, o, errors).await?).into_response())
        }
    }
}
