//! Peer groups through the API (SPEC §4.8): the public list and page of each group; with
//! `groups:read`, a group's meetings, a meeting with its agenda and places (who comes, for
//! its leads) and the actions it agreed and reviewed; with `groups:write`, registering and
//! cancelling, and a lead scheduling meetings and adding agenda items. Every step is
//! `app::meetings`' and `app::meeting_records`', authorised as on the pages.

use super::auth::ApiCaller;
use super::deals::deal_problem;
use super::json::ApiJson;
use super::problem::{Problem, Said};
use crate::state::AppState;
use app::meetings::{self as commands, AgendaChange};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use chrono::{DateTime, NaiveDate, Utc};
use domain::authz::Scope;
use domain::meetings::{ItemInput, MeetingInput};
use serde::{Deserialize, Serialize};
use store::meetings::{self as meetings, Meeting};
use store::peer_groups::{self as groups, Group};
use utoipa::{IntoParams, ToSchema};

fn not_found(what: &str) -> Problem {
    Problem::not_found(Said::with("api-no-group-thing", vec![("what", what.to_string())]))
}

async fn group(state: &AppState, slug: &str) -> Result<Group, Problem> {
    groups::by_slug(&state.db, slug)
        .await?
        .ok_or_else(|| not_found("group"))
}

async fn meeting(state: &AppState, id: i64) -> Result<Meeting, Problem> {
    meetings::find(&state.db, id).await?.ok_or_else(|| not_found("meeting"))
}

/// How many groups a page of the list gives.
const GROUPS_PER_PAGE: i64 = 50;

#[derive(Debug, Serialize, ToSchema)]
pub struct GroupItem {
    pub slug: String,
    pub name: String,
    pub region: String,
    /// How many councils are members.
    pub councils: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GroupPage {
    pub items: Vec<GroupItem>,
    /// Pass as `after` for the next page; absent on the last.
    pub next_after: Option<String>,
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct GroupListQuery {
    /// The name of the last group of the previous page.
    #[param(max_length = 200)]
    after: Option<String>,
}

/// The peer groups, by name (public).
#[utoipa::path(get, path = "/api/v1/groups", tag = "peer groups", params(GroupListQuery),
    responses((status = 200, body = GroupPage), (status = 400, body = Problem, content_type = "application/problem+json")))]
pub async fn list(
    State(state): State<AppState>,
    query: Result<Query<GroupListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<GroupPage>, Problem> {
    let Query(q) = query.map_err(|e| Problem::bad_query(&e))?;
    let mut listed = groups::list(&state.db, q.after.as_deref(), GROUPS_PER_PAGE + 1).await?;
    let more = listed.len() as i64 > GROUPS_PER_PAGE;
    listed.truncate(GROUPS_PER_PAGE as usize);
    let next_after = if more {
        listed.last().map(|g| g.name.clone())
    } else {
        None
    };
    Ok(Json(GroupPage {
        items: listed
            .into_iter()
            .map(|g| GroupItem {
                slug: g.slug,
                name: g.name,
                region: g.region,
                councils: g.councils,
            })
            .collect(),
        next_after,
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CouncilItem {
    pub code: String,
    pub name: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MeetingItem {
    pub id: i64,
    pub group: String,
    pub theme: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// The host council's name.
    pub host: Option<String>,
    pub venue: Option<String>,
    pub online_link: Option<String>,
    pub capacity: i64,
    /// `scheduled` or `cancelled`.
    pub status: String,
}

fn meeting_item(m: Meeting) -> MeetingItem {
    MeetingItem {
        id: m.id,
        group: m.group_slug,
        theme: m.theme,
        starts_at: m.starts_at,
        ends_at: m.ends_at,
        host: m.host_name,
        venue: m.venue,
        online_link: m.online_link,
        capacity: m.capacity,
        status: m.status,
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GroupDetail {
    pub slug: String,
    pub name: String,
    pub region: String,
    pub description: String,
    pub chat_link: Option<String>,
    /// The member councils, by name.
    pub councils: Vec<CouncilItem>,
}

/// A group's public details and member councils.
#[utoipa::path(get, path = "/api/v1/groups/{slug}", tag = "peer groups",
    params(("slug" = String, Path, description = "The group's address, e.g. south-digital-peer-group")),
    responses((status = 200, body = GroupDetail), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn read(State(state): State<AppState>, Path(slug): Path<String>) -> Result<Json<GroupDetail>, Problem> {
    let g = group(&state, &slug).await?;
    let councils = groups::councils(&state.db, g.id)
        .await?
        .into_iter()
        .filter(|c| c.standing == "member")
        .map(|c| CouncilItem {
            code: c.code,
            name: c.name,
        })
        .collect();
    Ok(Json(GroupDetail {
        slug: g.slug,
        name: g.name,
        region: g.region,
        description: g.description,
        chat_link: g.chat_link,
        councils,
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GroupMeetings {
    /// Meetings that have not ended, soonest first (at most 50).
    pub upcoming: Vec<MeetingItem>,
    /// Meetings that have ended, latest first (at most 50).
    pub past: Vec<MeetingItem>,
}

/// A group's meetings: for the people who joined it.
#[utoipa::path(get, path = "/api/v1/groups/{slug}/meetings", tag = "peer groups", security(("token" = ["groups:read"])),
    params(("slug" = String, Path, description = "The group's address")),
    responses((status = 200, body = GroupMeetings), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn group_meetings(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(slug): Path<String>,
) -> Result<Json<GroupMeetings>, Problem> {
    caller.require(Scope::GroupsRead)?;
    let g = group(&state, &slug).await?;
    let (upcoming, past) = commands::of_group(&state, Some(&caller.actor), &g)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    Ok(Json(GroupMeetings {
        upcoming: upcoming.into_iter().map(meeting_item).collect(),
        past: past.into_iter().map(meeting_item).collect(),
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AgendaItemOut {
    pub id: i64,
    pub position: i64,
    /// `welcome`, `talk`, `debate`, `workshop`, `bring_a_problem`, `show_and_tell`,
    /// `review_of_actions` or `future_themes`.
    pub kind: String,
    pub title: String,
    /// A member who speaks (their person id), or a guest's name.
    pub speaker_user_id: Option<i64>,
    pub speaker: Option<String>,
    pub minutes: i64,
    pub links: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RegistrantItem {
    pub user_id: i64,
    pub name: String,
    /// `registered` or `waiting`.
    pub place: String,
    pub attended: Option<bool>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MeetingDetail {
    pub meeting: MeetingItem,
    pub agenda: Vec<AgendaItemOut>,
    pub places_taken: i64,
    pub waiting: i64,
    /// The caller's place: `registered`, `waiting`, or absent.
    pub own_place: Option<String>,
    /// Who comes, in order: for the group's leads only.
    pub registrants: Option<Vec<RegistrantItem>>,
}

/// A meeting, its agenda and its places: for the people who joined the group and the
/// meeting's guests.
#[utoipa::path(get, path = "/api/v1/meetings/{id}", tag = "peer groups", security(("token" = ["groups:read"])),
    params(("id" = i64, Path, description = "Meeting id")),
    responses((status = 200, body = MeetingDetail), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn read_meeting(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
) -> Result<Json<MeetingDetail>, Problem> {
    caller.require(Scope::GroupsRead)?;
    let m = meeting(&state, id).await?;
    let view = commands::view(&state, Some(&caller.actor), &m)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    Ok(Json(MeetingDetail {
        agenda: view
            .agenda
            .into_iter()
            .map(|a| AgendaItemOut {
                id: a.id,
                position: a.position,
                kind: a.kind,
                title: a.title,
                speaker_user_id: a.speaker_user_id,
                speaker: a.speaker_name,
                minutes: a.minutes,
                links: a.links.lines().map(str::to_string).collect(),
            })
            .collect(),
        places_taken: view.places.registered,
        waiting: view.places.waiting,
        own_place: view.own_place,
        registrants: view.registrants.map(|people| {
            people
                .into_iter()
                .map(|r| RegistrantItem {
                    user_id: r.user_id,
                    name: r.display_name,
                    place: r.place,
                    attended: r.attended,
                })
                .collect()
        }),
        meeting: meeting_item(m),
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PlaceItem {
    /// `registered`, or `waiting` when the meeting is full.
    pub place: String,
}

/// Register the caller for a meeting: a place while there is room, else the waiting list.
#[utoipa::path(put, path = "/api/v1/meetings/{id}/registration", tag = "peer groups", security(("token" = ["groups:write"])),
    params(("id" = i64, Path, description = "Meeting id")),
    responses((status = 200, body = PlaceItem), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, description = "Registered already, or the meeting has ended or was cancelled", content_type = "application/problem+json")))]
pub async fn register(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
) -> Result<Json<PlaceItem>, Problem> {
    caller.require(Scope::GroupsWrite)?;
    let m = meeting(&state, id).await?;
    let place = commands::register(&state, Some(&caller.actor), caller.by(), &m)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    Ok(Json(PlaceItem {
        place: place.as_str().to_string(),
    }))
}

/// Cancel the caller's place (or place on the waiting list); the first waiting gets it.
#[utoipa::path(delete, path = "/api/v1/meetings/{id}/registration", tag = "peer groups", security(("token" = ["groups:write"])),
    params(("id" = i64, Path, description = "Meeting id")),
    responses((status = 204, description = "Cancelled"), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, description = "Not registered", content_type = "application/problem+json")))]
pub async fn cancel(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
) -> Result<StatusCode, Problem> {
    caller.require(Scope::GroupsWrite)?;
    let m = meeting(&state, id).await?;
    commands::cancel(&state, Some(&caller.actor), caller.by(), &m)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ActionItem {
    pub id: i64,
    /// The meeting that agreed it.
    pub meeting_id: i64,
    pub title: String,
    /// A person (by id) or a council owns it; `owner` names either.
    pub owner_user_id: Option<i64>,
    pub owner: Option<String>,
    pub due_on: Option<NaiveDate>,
    /// `open`, `done` or `dropped`.
    pub status: String,
    /// What this meeting decided of an earlier action: `done`, `carried` or `dropped`.
    pub outcome: Option<String>,
}

fn action_item(a: store::meeting_records::Action) -> ActionItem {
    ActionItem {
        id: a.id,
        meeting_id: a.meeting_id,
        title: a.title,
        owner_user_id: a.owner_user_id,
        owner: a.owner_name,
        due_on: a.due_on,
        status: a.status,
        outcome: a.outcome,
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MeetingActions {
    /// Agreed at this meeting.
    pub agreed: Vec<ActionItem>,
    /// From earlier meetings, open when this one began: its review of actions.
    pub reviewed: Vec<ActionItem>,
}

/// The actions a meeting agreed and those it reviews: for the people who joined the group.
#[utoipa::path(get, path = "/api/v1/meetings/{id}/actions", tag = "peer groups", security(("token" = ["groups:read"])),
    params(("id" = i64, Path, description = "Meeting id")),
    responses((status = 200, body = MeetingActions), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn actions(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
) -> Result<Json<MeetingActions>, Problem> {
    caller.require(Scope::GroupsRead)?;
    let m = meeting(&state, id).await?;
    let (agreed, reviewed) = app::meeting_records::actions(&state, Some(&caller.actor), &m)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    Ok(Json(MeetingActions {
        agreed: agreed.into_iter().map(action_item).collect(),
        reviewed: reviewed.into_iter().map(action_item).collect(),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MeetingBody {
    /// Up to 200 characters.
    #[schema(max_length = 200)]
    pub theme: String,
    /// The London date, in the future.
    pub date: NaiveDate,
    /// London time, `HH:MM`.
    #[schema(example = "10:00")]
    pub starts: String,
    /// London time, `HH:MM`, after `starts`.
    #[schema(example = "15:30")]
    pub ends: String,
    /// A member council's code, to host it.
    pub host: Option<String>,
    /// A venue, an online link, or both; up to 300 characters.
    #[schema(max_length = 300)]
    pub venue: Option<String>,
    /// An http(s) address, up to 500 characters.
    #[schema(max_length = 500)]
    pub online_link: Option<String>,
    #[schema(minimum = 1, maximum = 1000)]
    pub capacity: i64,
}

/// What a request made.
#[derive(Debug, Serialize, ToSchema)]
pub struct Created {
    pub id: i64,
}

/// A lead schedules a meeting of the group; everyone who joined it is told.
#[utoipa::path(post, path = "/api/v1/groups/{slug}/meetings", tag = "peer groups", security(("token" = ["groups:write"])),
    params(("slug" = String, Path, description = "The group's address")), request_body = MeetingBody,
    responses((status = 201, body = Created), (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, description = "Not a lead of the group", content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn schedule(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<MeetingBody>,
) -> Result<(StatusCode, Json<Created>), Problem> {
    caller.require(Scope::GroupsWrite)?;
    let g = group(&state, &slug).await?;
    let input = MeetingInput {
        theme: body.theme,
        date: body.date.format("%Y-%m-%d").to_string(),
        starts: body.starts,
        ends: body.ends,
        venue: body.venue.unwrap_or_default(),
        online_link: body.online_link.unwrap_or_default(),
        capacity: body.capacity.to_string(),
    };
    let host = body.host.unwrap_or_default();
    let id = commands::schedule(&state, Some(&caller.actor), caller.by(), &g, &input, &host)
        .await
        .map_err(|e| deal_problem(&state, e))?;
    Ok((StatusCode::CREATED, Json(Created { id })))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AgendaItemBody {
    /// `welcome`, `talk`, `debate`, `workshop`, `bring_a_problem`, `show_and_tell`,
    /// `review_of_actions` or `future_themes`.
    pub kind: String,
    #[schema(max_length = 200)]
    pub title: String,
    /// A member of the group who speaks, by person id; or else `guest_speaker`.
    pub speaker_user_id: Option<i64>,
    /// A guest's name (and organisation), up to 120 characters.
    #[schema(max_length = 120)]
    pub guest_speaker: Option<String>,
    #[schema(minimum = 0, maximum = 600)]
    pub minutes: i64,
    /// Up to five http(s) links.
    #[serde(default)]
    pub links: Vec<String>,
}

/// A lead adds an item at the end of a meeting's agenda; those registered are told.
#[utoipa::path(post, path = "/api/v1/meetings/{id}/agenda", tag = "peer groups", security(("token" = ["groups:write"])),
    params(("id" = i64, Path, description = "Meeting id")), request_body = AgendaItemBody,
    responses((status = 204, description = "Added"), (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, description = "Not a lead of the group", content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, description = "The meeting has ended or was cancelled", content_type = "application/problem+json")))]
pub async fn add_item(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<AgendaItemBody>,
) -> Result<StatusCode, Problem> {
    caller.require(Scope::GroupsWrite)?;
    let m = meeting(&state, id).await?;
    let input = ItemInput {
        kind: body.kind,
        title: body.title,
        speaker: body.speaker_user_id.map(|s| s.to_string()).unwrap_or_default(),
        guest_speaker: body.guest_speaker.unwrap_or_default(),
        minutes: body.minutes.to_string(),
        links: body.links.join("\n"),
    };
    commands::change_agenda(&state, Some(&caller.actor), caller.by(), &m, AgendaChange::Add(&input))
        .await
        .map_err(|e| deal_problem(&state, e))?;
    Ok(StatusCode::NO_CONTENT)
}
