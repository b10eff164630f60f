//! On the day and after (SPEC §4.8): the lead's record of a meeting (attendance, notes,
//! tables' feedback, actions and their review) and its write-up; the public write-up and
//! each group's Atom feed; members' themes and votes, and councils' offers to host. The
//! commands are `app::meeting_records`'s.

use super::{field, form_pairs, render};
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::ShownError;
use crate::refusals::{refusal, refusal_status, unexpected};
use crate::session::Viewer;
use crate::state::AppState;
use app::meeting_records::{self as commands, WriteupView};
use app::meetings::{meeting_link, MeetingError};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use minijinja::context;
use serde::Serialize;
use store::meeting_records as records;
use store::meetings::{self as meetings, Meeting};
use store::peer_groups::{self as groups, Group};

async fn meeting(state: &AppState, id: i64) -> Result<Meeting, AppError> {
    meetings::find(&state.db, id).await?.ok_or(AppError::NotFound)
}

async fn group(state: &AppState, slug: &str) -> Result<Group, AppError> {
    groups::by_slug(&state.db, slug).await?.ok_or(AppError::NotFound)
}

async fn require_keeper(state: &AppState, viewer: &Viewer, meeting: &Meeting) -> Result<(), AppError> {
    viewer.require_user()?;
    if app::meetings::keeps(state, viewer.actor.as_ref(), meeting.group_id)
        .await
        .map_err(unexpected)?
    {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// An action's owner as the form offers it: `person:ID` or `council:ID`.
#[derive(Serialize)]
struct OwnerChoice {
    value: String,
    label: String,
}

async fn owner_choices(state: &AppState, group_id: i64) -> Result<Vec<OwnerChoice>, AppError> {
    let mut choices: Vec<OwnerChoice> = groups::councils(&state.db, group_id)
        .await?
        .into_iter()
        .filter(|c| c.standing == "member")
        .map(|c| OwnerChoice {
            value: format!("council:{}", c.org_id),
            label: c.name,
        })
        .collect();
    for p in groups::people(&state.db, group_id, None, 500).await? {
        choices.push(OwnerChoice {
            value: format!("person:{}", p.user_id),
            label: format!("{}, {}", p.display_name, p.org_name),
        });
    }
    Ok(choices)
}

async fn record_page(
    state: &AppState,
    viewer: &Viewer,
    meeting: &Meeting,
    done: &str,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let registrants = meetings::registrants(&state.db, meeting.id).await?;
    let agenda = meetings::agenda(&state.db, meeting.id).await?;
    let feedback = records::feedback(&state.db, meeting.id).await?;
    let agreed = records::agreed_at(&state.db, meeting.id).await?;
    let reviewed = commands::actions_to_review(state, meeting).await.map_err(unexpected)?;
    let owners = owner_choices(state, meeting.group_id).await?;
    let started = meeting.starts_at <= state.clock.now();
    let done = Some(done).filter(|d| RECORD_DONE.contains(d));
    render(
        state,
        viewer,
        "meetings/record.html",
        context! { meeting, registrants, agenda, feedback, agreed, reviewed, owners, started, done, errors },
    )
}

/// The banners the record page shows after a step.
const RECORD_DONE: [&str; 6] = ["attendance", "notes", "feedback", "action", "review", "removed"];

#[derive(serde::Deserialize, Default)]
pub struct DoneQuery {
    #[serde(default)]
    done: String,
}

/// The lead's record of a meeting.
pub async fn record(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    axum::extract::Query(q): axum::extract::Query<DoneQuery>,
) -> Result<Html<String>, AppError> {
    let meeting = meeting(&state, id).await?;
    require_keeper(&state, &viewer, &meeting).await?;
    record_page(&state, &viewer, &meeting, &q.done, Vec::new()).await
}

/// After a step on the record page: back to it with a banner, or with why not.
async fn after_record(
    state: &AppState,
    viewer: &Viewer,
    meeting: &Meeting,
    outcome: Result<(), MeetingError>,
    (done, field_name): (&str, &str),
) -> Result<Response, AppError> {
    match outcome {
        Ok(()) => Ok(Redirect::to(&format!("{}/record?done={done}", meeting_link(meeting.id))).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(state, viewer.lang, e, field_name)?;
            let html = record_page(state, viewer, meeting, "", errors).await?;
            Ok((status, html).into_response())
        }
    }
}

pub async fn attendance(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let meeting = meeting(&state, id).await?;
    let came: Vec<i64> = form_pairs(&body)?
        .into_iter()
        .filter(|(k, _)| k == "came")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    let by = viewer.by(&ip);
    let outcome = commands::record_attendance(&state, viewer.actor.as_ref(), by, &meeting, &came)
        .await
        .map(|_| ());
    after_record(&state, &viewer, &meeting, outcome, ("attendance", "came")).await
}

pub async fn notes(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((id, item)): Path<(i64, i64)>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let meeting = meeting(&state, id).await?;
    let pairs = form_pairs(&body)?;
    let typed = (field(&pairs, "notes"), field(&pairs, "publish") == "yes");
    let by = viewer.by(&ip);
    let outcome = commands::save_notes(&state, viewer.actor.as_ref(), by, &meeting, item, typed).await;
    after_record(&state, &viewer, &meeting, outcome, ("notes", "notes")).await
}

pub async fn add_feedback(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let meeting = meeting(&state, id).await?;
    let pairs = form_pairs(&body)?;
    let typed = (
        field(&pairs, "table_name"),
        field(&pairs, "approach"),
        field(&pairs, "findings"),
    );
    let by = viewer.by(&ip);
    let outcome = commands::add_feedback(&state, viewer.actor.as_ref(), by, &meeting, typed)
        .await
        .map(|_| ());
    after_record(&state, &viewer, &meeting, outcome, ("feedback", "table_name")).await
}

pub async fn remove_feedback(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((id, feedback)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let meeting = meeting(&state, id).await?;
    let by = viewer.by(&ip);
    commands::remove_feedback(&state, viewer.actor.as_ref(), by, &meeting, feedback)
        .await
        .map_err(unexpected)?;
    Ok(Redirect::to(&format!("{}/record?done=removed", meeting_link(id))).into_response())
}

pub async fn add_action(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let meeting = meeting(&state, id).await?;
    let pairs = form_pairs(&body)?;
    let typed = (field(&pairs, "title"), field(&pairs, "owner"), field(&pairs, "due_on"));
    let by = viewer.by(&ip);
    let outcome = commands::add_action(&state, viewer.actor.as_ref(), by, &meeting, typed)
        .await
        .map(|_| ());
    after_record(&state, &viewer, &meeting, outcome, ("action", "title")).await
}

pub async fn review_action(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((id, action)): Path<(i64, i64)>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let meeting = meeting(&state, id).await?;
    let pairs = form_pairs(&body)?;
    let by = viewer.by(&ip);
    let outcome = commands::review_action(
        &state,
        viewer.actor.as_ref(),
        by,
        &meeting,
        action,
        field(&pairs, "outcome"),
    )
    .await;
    after_record(&state, &viewer, &meeting, outcome, ("review", "outcome")).await
}

fn writeup_context(view: WriteupView) -> minijinja::Value {
    context! {
        summary => view.summary, published_at => view.published_at, agenda => view.agenda,
        councils_attending => view.councils_attending, feedback => view.feedback,
        guests => view.guests.into_iter().map(|(name, organisation)| format!("{name} ({organisation})")).collect::<Vec<_>>(),
        reviewed => view.reviewed, agreed => view.agreed, themes => view.themes,
        next_host => view.next_host,
    }
}

async fn writeup_form_page(
    state: &AppState,
    viewer: &Viewer,
    meeting: &Meeting,
    summary: Option<String>,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let view = commands::writeup(state, meeting, false).await.map_err(unexpected)?;
    let summary = summary.unwrap_or_else(|| view.summary.clone());
    let public_path = crate::atom::writeup_path(&meeting.group_slug, meeting.id);
    let date = state.london_day(viewer.lang, meeting.starts_at);
    render(
        state,
        viewer,
        "meetings/writeup_form.html",
        context! { meeting, summary, errors, public_path, date, w => writeup_context(view) },
    )
}

/// The lead's write-up: what the public page will show, and the summary to edit.
pub async fn writeup_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Html<String>, AppError> {
    let meeting = meeting(&state, id).await?;
    require_keeper(&state, &viewer, &meeting).await?;
    writeup_form_page(&state, &viewer, &meeting, None, Vec::new()).await
}

pub async fn writeup_save(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let meeting = meeting(&state, id).await?;
    let pairs = form_pairs(&body)?;
    let summary = field(&pairs, "summary").to_string();
    let publish = field(&pairs, "publish") == "yes";
    let by = viewer.by(&ip);
    match commands::save_writeup(&state, viewer.actor.as_ref(), by, &meeting, &summary, publish).await {
        Ok(()) if publish => {
            let to = crate::atom::writeup_path(&meeting.group_slug, meeting.id);
            Ok(Redirect::to(&to).into_response())
        }
        Ok(()) => Ok(Redirect::to(&format!("{}/write-up", meeting_link(id))).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, "summary")?;
            let html = writeup_form_page(&state, &viewer, &meeting, Some(summary), errors).await?;
            Ok((status, html).into_response())
        }
    }
}

/// A meeting's published write-up: anyone may read it.
pub async fn writeup(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, id)): Path<(String, i64)>,
) -> Result<Html<String>, AppError> {
    let meeting = meeting(&state, id).await?;
    if meeting.group_slug != slug {
        return Err(AppError::NotFound);
    }
    let view = commands::writeup(&state, &meeting, true).await.map_err(unexpected)?;
    let date = state.london_day(viewer.lang, meeting.starts_at);
    render(
        &state,
        &viewer,
        "meetings/writeup.html",
        context! { meeting, date, w => writeup_context(view) },
    )
}

/// How many write-ups a group's feed carries.
const FEED_ENTRIES: i64 = 50;

/// A group's published write-ups as an Atom feed, titled in the reader's language.
pub async fn writeups_feed(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let group = group(&state, &slug).await?;
    let published = records::published(&state.db, group.id, FEED_ENTRIES).await?;
    let lang = crate::language::of_request(&headers, None);
    let title = state.t_in(lang, "writeups-feed-title", &[("group", group.name.clone())]);
    let body = crate::atom::writeups(&state.config.base_url, &group, &title, &published);
    Ok(([(axum::http::header::CONTENT_TYPE, crate::atom::CONTENT_TYPE)], body).into_response())
}

/// After a step on a group's page: back to it, or to it with why not.
fn to_group(slug: &str, done: &str) -> Response {
    Redirect::to(&format!("/groups/{slug}?done={done}#future")).into_response()
}

async fn refused_on_group(
    state: &AppState,
    viewer: &Viewer,
    group: &Group,
    e: MeetingError,
) -> Result<Response, AppError> {
    match e {
        MeetingError::Invalid(_) | MeetingError::Refused { .. } => {
            let status = refusal_status(&e);
            let shown = refusal(state, viewer.lang, e, "title")?;
            Ok((
                status,
                super::groups::group_page(state, viewer, group, "", shown).await?,
            )
                .into_response())
        }
        other => Err(unexpected(other)),
    }
}

pub async fn propose_theme(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(slug): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let group = group(&state, &slug).await?;
    let pairs = form_pairs(&body)?;
    let typed = (field(&pairs, "kind"), field(&pairs, "title"));
    let by = viewer.by(&ip);
    match commands::propose_theme(&state, viewer.actor.as_ref(), by, &group, typed).await {
        Ok(_) => Ok(to_group(&slug, "theme")),
        Err(e) => refused_on_group(&state, &viewer, &group, e).await,
    }
}

pub async fn vote(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((slug, theme)): Path<(String, i64)>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let group = group(&state, &slug).await?;
    if records::theme_group(&state.db, theme).await? != Some(group.id) {
        return Err(AppError::NotFound);
    }
    let on = match field(&form_pairs(&body)?, "vote") {
        "yes" => true,
        "no" => false,
        _ => return Err(AppError::BadRequest),
    };
    let by = viewer.by(&ip);
    match commands::vote(&state, viewer.actor.as_ref(), by, theme, on).await {
        Ok(()) => Ok(to_group(&slug, if on { "voted" } else { "unvoted" })),
        Err(e) => refused_on_group(&state, &viewer, &group, e).await,
    }
}

pub async fn offer_to_host(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(slug): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let group = group(&state, &slug).await?;
    let pairs = form_pairs(&body)?;
    let by = viewer.by(&ip);
    match commands::offer_to_host(&state, viewer.actor.as_ref(), by, &group, field(&pairs, "note")).await {
        Ok(_) => Ok(to_group(&slug, "offered")),
        Err(e) => refused_on_group(&state, &viewer, &group, e).await,
    }
}

pub async fn answer_offer(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((slug, offer)): Path<(String, i64)>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let group = group(&state, &slug).await?;
    let accept = match field(&form_pairs(&body)?, "answer") {
        "accept" => true,
        "decline" => false,
        _ => return Err(AppError::BadRequest),
    };
    let by = viewer.by(&ip);
    match commands::answer_offer(&state, viewer.actor.as_ref(), by, &group, offer, accept).await {
        Ok(()) => Ok(to_group(&slug, if accept { "host-accepted" } else { "host-declined" })),
        Err(e) => refused_on_group(&state, &viewer, &group, e).await,
    }
}
