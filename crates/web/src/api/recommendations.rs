//! Recommendations over the API (app::recommendations): the practitioners recommended for
//! an opportunity and the invitations to apply, for its council's buyers; the open
//! opportunities that fit the caller; and the people like a profile. Reasons are phrased
//! in the language `Accept-Language` asks for (Welsh for `cy`, else English).

use super::auth::ApiCaller;
use super::deals::deal_problem;
use super::json::ApiJson;
use super::problem::{Problem, Said};
use crate::state::AppState;
use app::recommendations::{self as recommend, Reader};
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::Json;
use chrono::{DateTime, Utc};
use domain::authz::{Action, Scope};
use domain::language::Lang;
use serde::{Deserialize, Serialize};
use store::opportunities as store_opps;
use utoipa::ToSchema;

fn language(headers: &HeaderMap) -> Lang {
    crate::language::browser_language(headers.get(header::ACCEPT_LANGUAGE)).unwrap_or(Lang::En)
}

fn no_opportunity() -> Problem {
    Problem::not_found(Said::message("api-no-opportunity"))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RecommendedItem {
    pub profile_id: i64,
    pub name: String,
    pub headline: String,
    pub council: String,
    /// Points out of the documented score (ADR 0028): higher is a better match.
    pub score: i64,
    /// Why, best reason first, as phrases.
    pub reasons: Vec<String>,
    /// Already invited to apply.
    pub invited: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationItem {
    pub profile_id: i64,
    pub name: String,
    pub council: String,
    pub invited_at: DateTime<Utc>,
    /// Whether they have applied since (an application sent and not withdrawn).
    pub applied: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Recommendations {
    /// At most 10, best first.
    pub items: Vec<RecommendedItem>,
    /// The latest first.
    pub invitations: Vec<InvitationItem>,
}

/// The practitioners of other councils recommended for a draft or published opportunity,
/// best first, with why; and those invited to apply. Only the opportunity's council's
/// buyers.
#[utoipa::path(get, path = "/api/v1/opportunities/{id}/recommendations", tag = "opportunities",
    security(("token" = ["opportunities:read"])),
    params(("id" = i64, Path, description = "Opportunity id")),
    responses((status = 200, body = Recommendations), (status = 403, body = Problem, content_type = "application/problem+json")))]
pub async fn recommendations(
    State(state): State<AppState>,
    caller: ApiCaller,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Result<Json<Recommendations>, Problem> {
    caller.require(Scope::OpportunitiesRead)?;
    let o = store_opps::find(&state.db, id).await?.ok_or_else(no_opportunity)?;
    caller.authorise(Action::ManageOpportunities(o.org_id))?;
    let lang = language(&headers);
    let (recommended, invitations) = recommend::for_opportunity(&state, Some(&caller.actor), &o)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    Ok(Json(Recommendations {
        items: recommended
            .into_iter()
            .map(|r| RecommendedItem {
                reasons: r
                    .recommendation
                    .reasons
                    .iter()
                    .map(|reason| recommend::phrase(&state, lang, reason, Reader::Buyer))
                    .collect(),
                score: r.recommendation.score,
                profile_id: r.profile_id,
                name: r.display_name,
                headline: r.headline,
                council: r.org_name,
                invited: r.invited,
            })
            .collect(),
        invitations: invitations
            .into_iter()
            .map(|i| InvitationItem {
                profile_id: i.profile_id,
                name: i.display_name,
                council: i.org_name,
                invited_at: i.invited_at,
                applied: i.applied,
            })
            .collect(),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InvitationBody {
    /// A listed profile of another council.
    pub profile_id: i64,
}

/// Invite a listed practitioner of another council to apply for a draft or published
/// opportunity: they and their council's managers are told. `201` when invited, `200` when
/// they already were (nothing is sent again); `409` once the opportunity has closed.
#[utoipa::path(post, path = "/api/v1/opportunities/{id}/invitations", tag = "opportunities",
    security(("token" = ["opportunities:write"])), request_body = InvitationBody,
    params(("id" = i64, Path, description = "Opportunity id")),
    responses((status = 201, body = Recommendations), (status = 200, body = Recommendations),
        (status = 409, body = Problem, content_type = "application/problem+json")))]
pub async fn invite(
    State(state): State<AppState>,
    caller: ApiCaller,
    headers: HeaderMap,
    Path(id): Path<i64>,
    body: Result<ApiJson<InvitationBody>, Problem>,
) -> Result<(StatusCode, Json<Recommendations>), Problem> {
    caller.require(Scope::OpportunitiesWrite)?;
    let ApiJson(b) = body?;
    let o = store_opps::find(&state.db, id).await?.ok_or_else(no_opportunity)?;
    caller.authorise(Action::ManageOpportunities(o.org_id))?;
    let sent = recommend::invite(&state, Some(&caller.actor), caller.by(), id, b.profile_id)
        .await
        .map_err(|e| match app::failure::Failure::from(e) {
            app::failure::Failure::NotFound => Problem::not_found(Said::message("api-no-profile-for-you")),
            other => deal_problem(&state, other),
        })?;
    let status = if sent { StatusCode::CREATED } else { StatusCode::OK };
    let Json(shown) = recommendations(State(state), caller, headers, Path(id)).await?;
    Ok((status, Json(shown)))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FitItem {
    pub opportunity_id: i64,
    pub title: String,
    pub council: String,
    /// Why it fits, as phrases addressed to the practitioner.
    pub reasons: Vec<String>,
}

/// The open opportunities that fit your listed profile best (at most 5), ranked by the
/// same points as recommendations. Empty while your profile is not listed.
#[utoipa::path(get, path = "/api/v1/profile/opportunities", tag = "talent pool",
    security(("token" = ["profiles:read"])),
    responses((status = 200, body = [FitItem]), (status = 403, body = Problem, content_type = "application/problem+json")))]
pub async fn fitting(
    State(state): State<AppState>,
    caller: ApiCaller,
    headers: HeaderMap,
) -> Result<Json<Vec<FitItem>>, Problem> {
    caller.require(Scope::ProfilesRead)?;
    let lang = language(&headers);
    let fits = recommend::fitting(&state, Some(&caller.actor), caller.user_id)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    Ok(Json(
        fits.into_iter()
            .map(|f| FitItem {
                reasons: f
                    .reasons
                    .iter()
                    .map(|reason| recommend::phrase(&state, lang, reason, Reader::Practitioner))
                    .collect(),
                opportunity_id: f.opportunity_id,
                title: f.title,
                council: f.org_name,
            })
            .collect(),
    ))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AlikeItem {
    pub profile_id: i64,
    pub name: String,
    pub headline: String,
    pub council: String,
    /// Services both have worked on.
    pub services: Vec<String>,
    /// Skills both hold.
    pub skills: Vec<String>,
}

/// People like a profile: up to 5 listed practitioners outside your own councils who
/// share its services and skills, services counting more, most alike first.
#[utoipa::path(get, path = "/api/v1/profiles/{id}/alike", tag = "talent pool",
    security(("token" = ["profiles:read"])),
    params(("id" = i64, Path, description = "Profile id")),
    responses((status = 200, body = [AlikeItem]), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn alike(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
) -> Result<Json<Vec<AlikeItem>>, Problem> {
    let (p, _) = super::pool::readable(&state, &caller, id).await?;
    let found = recommend::like_this(&state, Some(&caller.actor), p.id)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    Ok(Json(
        found
            .into_iter()
            .map(|a| AlikeItem {
                profile_id: a.profile_id,
                name: a.display_name,
                headline: a.headline,
                council: a.org_name,
                services: a.services,
                skills: a.skills,
            })
            .collect(),
    ))
}
