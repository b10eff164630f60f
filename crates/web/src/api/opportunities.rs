//! Opportunities and applications over the API, with the pages' access rules. The list
//! and published opportunities need no token (a token adds those shown to signed-in
//! people only); drafts, applications and evaluations need `opportunities:read`, and
//! questions, applications, approvals and awards `opportunities:write`.

use super::auth::ApiCaller;
use super::deals::deal_problem;
use super::json::ApiJson;
use super::problem::{Problem, Said};
use crate::opportunity_filters::FilterInput;
use crate::state::AppState;
use app::applications::ApplicationError;
use app::applications::{self as application_service, Offer};
use app::failure::Failure;
use app::opportunities as service;
use axum::extract::rejection::QueryRejection;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::Json;
use chrono::{DateTime, NaiveDate, Utc};
use domain::authz::{authorise, Action, Scope};
use domain::opportunities::{self as rules, Status};
use serde::{Deserialize, Serialize};
use store::applications::{self, Application};
use store::opportunities::{self as store_opps, Opportunity};
use store::opportunity_list::{self, Cursor, Position};
use utoipa::{IntoParams, ToSchema};

/// The caller, if the request carries a token (a wrong token is still refused).
pub struct MaybeCaller(pub Option<ApiCaller>);

impl FromRequestParts<AppState> for MaybeCaller {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        if parts.headers.contains_key(header::AUTHORIZATION) {
            Ok(MaybeCaller(Some(ApiCaller::from_request_parts(parts, state).await?)))
        } else {
            Ok(MaybeCaller(None))
        }
    }
}

fn not_found() -> Problem {
    Problem::not_found(Said::message("api-no-opportunity"))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OpportunitySummary {
    pub id: i64,
    pub council: String,
    /// live, closed, awarded, unsuccessful or cancelled.
    pub status: String,
    /// specialist or outcome.
    pub kind: String,
    pub title: String,
    pub summary: String,
    pub role: Option<String>,
    pub service: Option<String>,
    pub region: Option<String>,
    /// remote, on_site or either.
    pub work_mode: String,
    pub minutes: i64,
    pub max_rate_pence: i64,
    pub closes_at: DateTime<Utc>,
    pub published_at: DateTime<Utc>,
    /// Applications sent and not withdrawn.
    pub applications: i64,
    pub outcome: Vec<AwardItem>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AwardItem {
    pub supplier_council: String,
    pub value_pence: i64,
    pub start_date: NaiveDate,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OpportunityPage {
    /// How many match: exact up to 500; when `total_is_at_least` is true, more than that.
    pub total: i64,
    pub total_is_at_least: bool,
    pub items: Vec<OpportunitySummary>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

/// The public list's filters.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// Words, each found in the title, summary, background or work.
    pub q: Option<String>,
    /// specialist or outcome.
    pub kind: Option<String>,
    /// A DDaT role id.
    pub role: Option<i64>,
    /// An LGSL service id.
    pub service: Option<i64>,
    /// Work in this region, or remote work.
    pub region: Option<String>,
    /// Only remote work.
    pub remote: Option<bool>,
    /// live, closed, awarded, unsuccessful or cancelled.
    pub status: Option<String>,
    /// Only those whose maximum rate is at least this, in pounds an hour.
    pub rate: Option<String>,
    /// A `next_cursor` from an earlier page of the same query: the page after it.
    pub cursor: Option<String>,
}

async fn awards(state: &AppState, id: i64) -> Result<Vec<AwardItem>, Problem> {
    Ok(applications::awards(&state.db, id)
        .await?
        .into_iter()
        .map(award_item)
        .collect())
}

fn award_item(a: applications::Award) -> AwardItem {
    AwardItem {
        supplier_council: a.org_name,
        value_pence: a.value_pence,
        start_date: a.start_date,
    }
}

/// List published opportunities: what the public list shows, with the same filters. With
/// a token, also those shown to signed-in people only. Never drafts or withdrawn ones.
#[utoipa::path(get, path = "/api/v1/opportunities", tag = "opportunities", params(ListQuery),
    responses((status = 200, body = OpportunityPage), (status = 400, body = Problem, content_type = "application/problem+json")))]
pub async fn list(
    State(state): State<AppState>,
    MaybeCaller(caller): MaybeCaller,
    query: Result<Query<ListQuery>, QueryRejection>,
) -> Result<Json<OpportunityPage>, Problem> {
    let Query(q) = query.map_err(|e| Problem::bad_query(&e))?;
    let (filter, errors) = FilterInput {
        words: q.q.as_deref().unwrap_or_default(),
        kind: q.kind.as_deref().unwrap_or_default(),
        role_id: q.role,
        lgsl_id: q.service,
        region: q.region.as_deref().unwrap_or_default(),
        remote_only: q.remote == Some(true),
        status: q.status.as_deref().unwrap_or_default(),
        rate: q.rate.as_deref().unwrap_or_default(),
    }
    .check(caller.is_some());
    if let Some((field, key)) = errors.first() {
        return Err(Problem::bad_parameter(field, Said::message(key)));
    }
    let position = match q.cursor.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
        None => Position::First,
        Some(c) => Position::After(
            Cursor::decode(c).ok_or_else(|| Problem::bad_parameter("cursor", Said::message("api-cursor-unknown")))?,
        ),
    };
    let page = opportunity_list::list_published(&state.db, &filter, position).await?;
    // The page's awards in one statement, not one per awarded opportunity.
    let awarded: Vec<i64> = page
        .rows
        .iter()
        .filter(|o| o.status == domain::opportunities::Status::Awarded)
        .map(|o| o.id)
        .collect();
    let mut outcomes: std::collections::HashMap<i64, Vec<AwardItem>> = std::collections::HashMap::new();
    for a in applications::awards_of(&state.db, &awarded).await? {
        outcomes.entry(a.opportunity_id).or_default().push(award_item(a.award));
    }
    let mut items = Vec::with_capacity(page.rows.len());
    for o in page.rows {
        let outcome = outcomes.remove(&o.id).unwrap_or_default();
        items.push(OpportunitySummary {
            id: o.id,
            council: o.org_name,
            status: o.status.to_string(),
            kind: o.kind.to_string(),
            title: o.title,
            summary: o.summary,
            role: o.role_name,
            service: o.service_label,
            region: o.region,
            work_mode: o.work_mode.to_string(),
            minutes: o.minutes,
            max_rate_pence: o.max_rate_pence,
            closes_at: o.closes_at,
            published_at: o.published_at,
            applications: o.applications,
            outcome,
        });
    }
    Ok(Json(OpportunityPage {
        total: page.count.count,
        total_is_at_least: page.count.more,
        items,
        next_cursor: page.next.map(|c| c.encode()),
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CriterionItem {
    pub id: i64,
    pub essential: bool,
    pub text: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct QuestionItem {
    pub question: String,
    pub answer: Option<String>,
    pub answered_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ChangeItem {
    /// summary, clarification or closing_time.
    pub kind: String,
    pub text: String,
    pub made_at: DateTime<Utc>,
}

/// An opportunity in full. Fields a draft has not filled yet are null.
#[derive(Debug, Serialize, ToSchema)]
pub struct OpportunityDetail {
    pub id: i64,
    pub council: String,
    /// draft, live, closed, awarded, unsuccessful, cancelled or withdrawn.
    pub status: String,
    pub kind: Option<String>,
    pub title: Option<String>,
    pub summary: Option<String>,
    pub background: Option<String>,
    pub work: Option<String>,
    pub role: Option<String>,
    /// The level of the role asked for, as a DDaT band: 1 trainee or apprentice, 2 junior,
    /// 3 associate, 4 practitioner, 5 senior, 6 lead, 7 principal, 8 head or chief.
    #[schema(minimum = 1, maximum = 8)]
    pub band: Option<i64>,
    pub service: Option<String>,
    pub region: Option<String>,
    pub work_mode: Option<String>,
    pub arrangements: Option<String>,
    pub security_clearance: Option<String>,
    pub minutes: Option<i64>,
    pub max_rate_pence: Option<i64>,
    pub earliest_start: Option<NaiveDate>,
    pub latest_end: Option<NaiveDate>,
    pub technical_weight: Option<i64>,
    pub cultural_weight: Option<i64>,
    pub price_weight: Option<i64>,
    pub evaluate_count: Option<i64>,
    pub questions_deadline: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
    /// public or signed_in.
    pub visibility: Option<String>,
    /// all or invited.
    pub audience: Option<String>,
    pub published_at: Option<DateTime<Utc>>,
    pub outcome_reason: Option<String>,
    pub applications: i64,
    pub criteria: Vec<CriterionItem>,
    /// Answered questions (askers are never named).
    pub questions: Vec<QuestionItem>,
    pub changes: Vec<ChangeItem>,
    pub outcome: Vec<AwardItem>,
}

/// The opportunity, if the caller may read it (drafts only the owning council's buyers).
async fn visible(state: &AppState, caller: Option<&ApiCaller>, id: i64) -> Result<Opportunity, Problem> {
    let o = store_opps::find(&state.db, id).await?.ok_or_else(not_found)?;
    let action = service::view_action(&o).ok_or_else(not_found)?;
    if o.status == Status::Draft {
        caller.ok_or_else(not_found)?.require(Scope::OpportunitiesRead)?;
    }
    authorise(caller.map(|c| &c.actor), action).map_err(|_| not_found())?;
    Ok(o)
}

async fn detail(state: &AppState, o: Opportunity) -> Result<Json<OpportunityDetail>, Problem> {
    let criteria = store_opps::criteria(&state.db, o.id).await?;
    let questions = store_opps::questions(&state.db, o.id, true).await?;
    let changes = store_opps::changes(&state.db, o.id).await?;
    let outcome = awards(state, o.id).await?;
    Ok(Json(OpportunityDetail {
        id: o.id,
        council: o.org_name,
        status: o.status.to_string(),
        kind: o.kind,
        title: o.title,
        summary: o.summary,
        background: o.background,
        work: o.work,
        role: o.role_name,
        band: o.band,
        service: o.service_label,
        region: o.region,
        work_mode: o.work_mode,
        arrangements: o.arrangements,
        security_clearance: o.security_clearance,
        minutes: o.minutes,
        max_rate_pence: o.max_rate_pence,
        earliest_start: o.earliest_start,
        latest_end: o.latest_end,
        technical_weight: o.technical_weight,
        cultural_weight: o.cultural_weight,
        price_weight: o.price_weight,
        evaluate_count: o.evaluate_count,
        questions_deadline: o.questions_deadline,
        closes_at: o.closes_at,
        visibility: o.visibility,
        audience: o.audience,
        published_at: o.published_at,
        outcome_reason: o.outcome_reason,
        applications: o.applications,
        criteria: criteria
            .into_iter()
            .map(|c| CriterionItem {
                id: c.id,
                essential: c.essential,
                text: c.body,
            })
            .collect(),
        questions: questions
            .into_iter()
            .map(|q| QuestionItem {
                question: q.question,
                answer: q.answer,
                answered_at: q.answered_at,
            })
            .collect(),
        changes: changes
            .into_iter()
            .map(|c| ChangeItem {
                kind: c.kind.to_string(),
                text: c.body,
                made_at: c.made_at,
            })
            .collect(),
        outcome,
    }))
}

/// Read an opportunity: published ones as the public page shows them (a token for those
/// shown to signed-in people only); drafts only for the owning council's buyers.
#[utoipa::path(get, path = "/api/v1/opportunities/{id}", tag = "opportunities",
    responses((status = 200, body = OpportunityDetail), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn read(
    State(state): State<AppState>,
    MaybeCaller(caller): MaybeCaller,
    Path(id): Path<i64>,
) -> Result<Json<OpportunityDetail>, Problem> {
    let o = visible(&state, caller.as_ref(), id).await?;
    detail(&state, o).await
}

/// Whether the caller may ask and apply for `o` for council `org`.
async fn may_apply(state: &AppState, caller: &ApiCaller, o: &Opportunity, org: i64) -> Result<(), Problem> {
    let invited = service::is_open_to(&state.db, o, org).await?;
    caller.authorise(Action::Apply {
        owner: o.org_id,
        org,
        invited,
    })
}

/// The caller's first council with a practitioner role (the one they apply for).
fn own_council(caller: &ApiCaller) -> Result<i64, Problem> {
    caller
        .actor
        .memberships
        .iter()
        .find(|m| m.roles.contains(&domain::roles::Role::Practitioner))
        .map(|m| m.org_id)
        .ok_or_else(|| {
            Problem::new(
                StatusCode::FORBIDDEN,
                "forbidden",
                Said::message("api-only-practitioners"),
            )
        })
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionBody {
    pub question: String,
}

/// Ask a clarification question (until the questions deadline). It is published with its
/// answer, without your name.
#[utoipa::path(post, path = "/api/v1/opportunities/{id}/questions", tag = "opportunities",
    security(("token" = ["opportunities:write"])), request_body = QuestionBody,
    responses((status = 201), (status = 409, body = Problem, content_type = "application/problem+json")))]
pub async fn ask(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
    body: Result<ApiJson<QuestionBody>, Problem>,
) -> Result<StatusCode, Problem> {
    caller.require(Scope::OpportunitiesWrite)?;
    let ApiJson(b) = body?;
    let o = visible(&state, Some(&caller), id).await?;
    may_apply(&state, &caller, &o, own_council(&caller)?).await?;
    service::ask(&state, caller.by(), &o, &b.question)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    Ok(StatusCode::CREATED)
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EvidenceItem {
    pub criterion_id: i64,
    pub evidence: String,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MemberItem {
    pub profile_id: i64,
    pub minutes: i64,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ApplicationBody {
    /// Evidence for every essential criterion, and any nice-to-have.
    pub evidence: Vec<EvidenceItem>,
    /// Pounds an hour, e.g. "55" or "55.50"; not above the maximum.
    pub rate: String,
    pub earliest_start: NaiveDate,
    /// For an outcome only: the colleagues your council offers, with their minutes.
    #[serde(default)]
    pub team: Vec<MemberItem>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ApplicationItem {
    pub id: i64,
    pub opportunity_id: i64,
    pub council: String,
    pub applicant: String,
    /// submitted, approved, declined, withdrawn, awarded or unsuccessful.
    pub status: String,
    pub team: bool,
    pub rate_pence: i64,
    pub minutes: i64,
    pub earliest_start: NaiveDate,
    pub submitted_at: DateTime<Utc>,
    pub decline_reason: Option<String>,
    pub evidence: Vec<EvidenceItem>,
    pub members: Vec<MemberItem>,
    /// The buyer's evaluation (only to the buyer): cultural fit score and shortlisting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cultural_score: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shortlisted: Option<bool>,
}

async fn application_item(state: &AppState, a: Application, buyer: bool) -> Result<ApplicationItem, Problem> {
    let evidence = applications::evidence(&state.db, a.id).await?;
    let members = applications::members(&state.db, a.id).await?;
    Ok(ApplicationItem {
        id: a.id,
        opportunity_id: a.opportunity_id,
        council: a.org_name,
        applicant: a.applicant_name,
        status: a.status.to_string(),
        team: a.team,
        rate_pence: a.rate_pence,
        minutes: a.minutes,
        earliest_start: a.earliest_start,
        submitted_at: a.submitted_at,
        decline_reason: a.decline_reason,
        evidence: evidence
            .into_iter()
            .filter(|e| !e.evidence.is_empty())
            .map(|e| EvidenceItem {
                criterion_id: e.criterion_id,
                evidence: e.evidence,
            })
            .collect(),
        members: members
            .into_iter()
            .map(|m| MemberItem {
                profile_id: m.profile_id,
                minutes: m.minutes,
            })
            .collect(),
        cultural_score: if buyer { a.cultural_score } else { None },
        shortlisted: buyer.then_some(a.shortlisted),
    })
}

/// Apply (or apply again, replacing your application) until closing. It goes to a manager
/// of your council to approve before the buyer can see it.
#[utoipa::path(post, path = "/api/v1/opportunities/{id}/applications", tag = "opportunities",
    security(("token" = ["opportunities:write"])), request_body = ApplicationBody,
    responses((status = 201, body = ApplicationItem), (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json")))]
pub async fn apply(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
    body: Result<ApiJson<ApplicationBody>, Problem>,
) -> Result<(StatusCode, Json<ApplicationItem>), Problem> {
    caller.require(Scope::OpportunitiesWrite)?;
    let ApiJson(b) = body?;
    let o = visible(&state, Some(&caller), id).await?;
    let org = own_council(&caller)?;
    may_apply(&state, &caller, &o, org).await?;
    let criteria = store_opps::criteria(&state.db, id).await?;
    let text = |cid: i64| {
        b.evidence
            .iter()
            .find(|e| e.criterion_id == cid)
            .map(|e| e.evidence.clone())
            .unwrap_or_default()
    };
    let input = rules::ApplicationInput {
        essential: criteria
            .iter()
            .filter(|c| c.essential)
            .map(|c| (c.id, text(c.id)))
            .collect(),
        nice: criteria
            .iter()
            .filter(|c| !c.essential)
            .map(|c| (c.id, text(c.id)))
            .collect(),
        rate: b.rate.clone(),
        earliest_start: b.earliest_start.to_string(),
    };
    let today = domain::weeks::london_date(state.clock.now());
    let terms = rules::validate_application(&input, o.max_rate_pence.unwrap_or_default(), today)
        .map_err(|e| deal_problem(&state, Failure::Invalid(e)))?;
    let offer = if b.team.is_empty() {
        Offer::Myself
    } else {
        Offer::Team(b.team.iter().map(|m| (m.profile_id, m.minutes)).collect())
    };
    let application = application_service::apply(&state, caller.by(), id, org, &terms, offer)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    let a = applications::find(&state.db, application)
        .await?
        .ok_or_else(not_found)?;
    Ok((StatusCode::CREATED, Json(application_item(&state, a, false).await?)))
}

/// The application, if the caller may read it; and whether they read it as the buyer.
async fn readable(state: &AppState, caller: &ApiCaller, id: i64) -> Result<(Application, bool), Problem> {
    let a = applications::find(&state.db, id).await?.ok_or_else(not_found)?;
    caller
        .authorise(application_service::view_action(&a))
        .map_err(|_| not_found())?;
    let buyer = application_service::shown_to_buyer(&a)
        && authorise(Some(&caller.actor), Action::ManageOpportunities(a.opportunity_org_id)).is_ok();
    Ok((a, buyer))
}

/// Read an application: the applicant, their council's managers, and the buyer once it is
/// approved and the opportunity has closed.
#[utoipa::path(get, path = "/api/v1/applications/{id}", tag = "opportunities",
    security(("token" = ["opportunities:read"])),
    responses((status = 200, body = ApplicationItem), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn read_application(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
) -> Result<Json<ApplicationItem>, Problem> {
    caller.require(Scope::OpportunitiesRead)?;
    let (a, buyer) = readable(&state, &caller, id).await?;
    Ok(Json(application_item(&state, a, buyer).await?))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ApplicationStepBody {
    /// Why, when declining.
    pub reason: String,
}

/// Take a step on an application: approve or decline (a manager of the applying council),
/// withdraw (the applicant, until closing).
#[utoipa::path(post, path = "/api/v1/applications/{id}/{step}", tag = "opportunities",
    security(("token" = ["opportunities:write"])),
    params(("id" = i64, Path), ("step" = String, Path, description = "approve, decline or withdraw")),
    request_body = ApplicationStepBody,
    responses((status = 200, body = ApplicationItem), (status = 409, body = Problem, content_type = "application/problem+json")))]
pub async fn application_step(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path((id, step)): Path<(i64, String)>,
    body: Result<Option<ApiJson<ApplicationStepBody>>, Problem>,
) -> Result<Json<ApplicationItem>, Problem> {
    caller.require(Scope::OpportunitiesWrite)?;
    let (a, _) = readable(&state, &caller, id).await?;
    let body = body?.map(|ApiJson(b)| b).unwrap_or_default();
    let outcome = match step.as_str() {
        "approve" => {
            caller.authorise(Action::ApproveApplication(a.org_id))?;
            application_service::decide(&state, caller.by(), id, true, None).await
        }
        "decline" => {
            caller.authorise(Action::ApproveApplication(a.org_id))?;
            match domain::bookings::validate_reason(&body.reason) {
                Ok(reason) => application_service::decide(&state, caller.by(), id, false, Some(&reason)).await,
                Err(e) => Err(ApplicationError::Invalid(e)),
            }
        }
        "withdraw" if a.applicant_id == caller.user_id => application_service::withdraw(&state, caller.by(), id).await,
        "withdraw" => {
            return Err(Problem::new(
                StatusCode::FORBIDDEN,
                "forbidden",
                Said::message("api-only-applicant"),
            ))
        }
        _ => return Err(not_found()),
    };
    outcome.map_err(|e| deal_problem(&state, e))?;
    let (a, buyer) = readable(&state, &caller, id).await?;
    Ok(Json(application_item(&state, a, buyer).await?))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RankedItem {
    pub rank: usize,
    pub application: ApplicationItem,
    /// Parts of the weighted score, in basis points (10,000 = 100%).
    pub technical_bp: i64,
    pub cultural_bp: i64,
    pub price_bp: i64,
    pub total_bp: i64,
    /// False until every criterion and cultural fit are scored.
    pub complete: bool,
}

/// The applications the buyer may evaluate (approved, after closing), ranked by their
/// weighted scores. Only the owning council's buyers.
#[utoipa::path(get, path = "/api/v1/opportunities/{id}/applications", tag = "opportunities",
    security(("token" = ["opportunities:read"])),
    responses((status = 200, body = [RankedItem]), (status = 403, body = Problem, content_type = "application/problem+json")))]
pub async fn ranking(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
) -> Result<Json<Vec<RankedItem>>, Problem> {
    caller.require(Scope::OpportunitiesRead)?;
    let o = store_opps::find(&state.db, id).await?.ok_or_else(not_found)?;
    caller.authorise(Action::ManageOpportunities(o.org_id))?;
    let shown = applications::list(&state.db, applications::Scope::ForBuyer(id)).await?;
    let ranked = application_service::ranking(&state.db, &o)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    let mut items = Vec::new();
    for (i, r) in ranked.into_iter().enumerate() {
        if let Some(a) = shown.iter().find(|a| a.id == r.application_id) {
            items.push(RankedItem {
                rank: i + 1,
                application: application_item(&state, a.clone(), true).await?,
                technical_bp: r.technical_bp,
                cultural_bp: r.cultural_bp,
                price_bp: r.price_bp,
                total_bp: r.total_bp,
                complete: r.complete,
            });
        }
    }
    Ok(Json(items))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AwardBody {
    /// The approved applications to award: one for a specialist, one or more for an outcome.
    pub applications: Vec<i64>,
}

/// Award a closed opportunity: each awarded practitioner gets a proposed contract, the
/// other applicants are told. Only one award stands, however they race.
#[utoipa::path(post, path = "/api/v1/opportunities/{id}/award", tag = "opportunities",
    security(("token" = ["opportunities:write"])), request_body = AwardBody,
    responses((status = 200, body = OpportunityDetail), (status = 409, body = Problem, content_type = "application/problem+json")))]
pub async fn award(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
    body: Result<ApiJson<AwardBody>, Problem>,
) -> Result<Json<OpportunityDetail>, Problem> {
    caller.require(Scope::OpportunitiesWrite)?;
    let ApiJson(b) = body?;
    let o = store_opps::find(&state.db, id).await?.ok_or_else(not_found)?;
    caller.authorise(Action::ManageOpportunities(o.org_id))?;
    application_service::award(&state, caller.by(), id, &b.applications)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    let o = store_opps::find(&state.db, id).await?.ok_or_else(not_found)?;
    detail(&state, o).await
}
