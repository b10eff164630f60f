//! A peer group's meetings (SPEC §4.8): the lead's forms to schedule and change a meeting
//! and keep its agenda; the meeting's page, where the people who joined the group register
//! and cancel. The commands are `app::meetings`'s.

use super::{field, form_pairs, render};
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::ShownError;
use crate::refusals::{refusal, refusal_status, unexpected};
use crate::session::Viewer;
use crate::state::AppState;
use app::meetings::{self as commands, meeting_link, AgendaChange, MeetingError};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use chrono_tz::Europe::London;
use domain::language::Lang;
use domain::meetings::{AgendaKind, ItemInput, MeetingInput};
use minijinja::context;
use serde::{Deserialize, Serialize};
use store::meetings::{self as meetings, AgendaItem, Meeting};
use store::peer_groups::{self as groups, Group};

async fn group(state: &AppState, slug: &str) -> Result<Group, AppError> {
    groups::by_slug(&state.db, slug).await?.ok_or(AppError::NotFound)
}

pub(super) async fn meeting(state: &AppState, id: i64) -> Result<Meeting, AppError> {
    meetings::find(&state.db, id).await?.ok_or(AppError::NotFound)
}

/// A meeting's form, as typed.
#[derive(Debug, Default, Serialize)]
struct MeetingForm {
    theme: String,
    date: String,
    starts: String,
    ends: String,
    host: String,
    venue: String,
    online_link: String,
    capacity: String,
}

/// A London time of day, `HH:MM`.
fn london_time(at: DateTime<Utc>) -> String {
    at.with_timezone(&London).format("%H:%M").to_string()
}

impl MeetingForm {
    fn read(pairs: &[(String, String)]) -> Self {
        let text = |name| field(pairs, name).to_string();
        Self {
            theme: text("theme"),
            date: text("date"),
            starts: text("starts"),
            ends: text("ends"),
            host: text("host"),
            venue: text("venue"),
            online_link: text("online_link"),
            capacity: text("capacity"),
        }
    }

    fn of(m: &Meeting, host_code: Option<String>) -> Self {
        Self {
            theme: m.theme.clone(),
            date: m.starts_at.with_timezone(&London).date_naive().to_string(),
            starts: london_time(m.starts_at),
            ends: london_time(m.ends_at),
            host: host_code.unwrap_or_default(),
            venue: m.venue.clone().unwrap_or_default(),
            online_link: m.online_link.clone().unwrap_or_default(),
            capacity: m.capacity.to_string(),
        }
    }

    fn input(&self) -> MeetingInput {
        MeetingInput {
            theme: self.theme.clone(),
            date: self.date.clone(),
            starts: self.starts.clone(),
            ends: self.ends.clone(),
            venue: self.venue.clone(),
            online_link: self.online_link.clone(),
            capacity: self.capacity.clone(),
        }
    }
}

async fn meeting_form_page(
    state: &AppState,
    viewer: &Viewer,
    group: &Group,
    meeting: Option<&Meeting>,
    form: MeetingForm,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let hosts: Vec<_> = groups::councils(&state.db, group.id)
        .await?
        .into_iter()
        .filter(|c| c.standing == "member")
        .collect();
    render(
        state,
        viewer,
        "meetings/form.html",
        context! { group, meeting, form, errors, hosts },
    )
}

/// Answers a meeting form: to the meeting's page, or the form again with why not.
async fn after_form(
    state: &AppState,
    viewer: &Viewer,
    group: &Group,
    meeting: Option<&Meeting>,
    form: MeetingForm,
    outcome: Result<i64, MeetingError>,
    done: &str,
) -> Result<Response, AppError> {
    match outcome {
        Ok(id) => Ok(Redirect::to(&format!("{}?done={done}", meeting_link(id))).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(state, viewer.lang, e, "theme")?;
            let html = meeting_form_page(state, viewer, group, meeting, form, errors).await?;
            Ok((status, html).into_response())
        }
    }
}

async fn require_keeper(state: &AppState, viewer: &Viewer, group_id: i64) -> Result<(), AppError> {
    viewer.require_user()?;
    if commands::keeps(state, viewer.actor.as_ref(), group_id)
        .await
        .map_err(unexpected)?
    {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

pub async fn new_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
) -> Result<Html<String>, AppError> {
    let group = group(&state, &slug).await?;
    require_keeper(&state, &viewer, group.id).await?;
    let form = MeetingForm {
        capacity: "40".into(),
        starts: "10:00".into(),
        ends: "15:00".into(),
        ..MeetingForm::default()
    };
    meeting_form_page(&state, &viewer, &group, None, form, Vec::new()).await
}

pub async fn schedule(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(slug): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let group = group(&state, &slug).await?;
    let form = MeetingForm::read(&form_pairs(&body)?);
    let by = viewer.by(&ip);
    let outcome = commands::schedule(&state, viewer.actor.as_ref(), by, &group, &form.input(), &form.host).await;
    after_form(&state, &viewer, &group, None, form, outcome, "scheduled").await
}

pub async fn edit_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Html<String>, AppError> {
    let meeting = meeting(&state, id).await?;
    require_keeper(&state, &viewer, meeting.group_id).await?;
    let group = group(&state, &meeting.group_slug).await?;
    let host = match meeting.host_org_id {
        Some(org) => store::organisations::find_by_id(&state.db, org).await?.map(|o| o.code),
        None => None,
    };
    let form = MeetingForm::of(&meeting, host);
    meeting_form_page(&state, &viewer, &group, Some(&meeting), form, Vec::new()).await
}

pub async fn edit(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let meeting = meeting(&state, id).await?;
    let group = group(&state, &meeting.group_slug).await?;
    let form = MeetingForm::read(&form_pairs(&body)?);
    let by = viewer.by(&ip);
    let outcome = commands::change(&state, viewer.actor.as_ref(), by, &meeting, &form.input(), &form.host)
        .await
        .map(|()| meeting.id);
    after_form(&state, &viewer, &group, Some(&meeting), form, outcome, "changed").await
}

#[derive(Deserialize, Default)]
pub struct DoneQuery {
    #[serde(default)]
    done: String,
}

/// The banners a meeting's page shows after a step.
const DONE: [&str; 12] = [
    "guest-invited",
    "guest-withdrawn",
    "naming",
    "welcome-guest",
    "scheduled",
    "changed",
    "agenda",
    "registered",
    "waiting",
    "cancelled",
    "removed",
    "meeting-cancelled",
];

/// An agenda item as the page shows it: its links one by one.
#[derive(Serialize)]
struct ShownItem {
    #[serde(flatten)]
    item: AgendaItem,
    link_list: Vec<String>,
}

/// The lead's guest invitation form, empty.
fn blank_guest_form() -> minijinja::Value {
    context! { name => "", email => "", organisation => "" }
}

/// A meeting's page; `guest_form` is the lead's guest invitation as typed, after a mistake.
pub(super) async fn meeting_page(
    state: &AppState,
    viewer: &Viewer,
    meeting: &Meeting,
    done: &str,
    errors: Vec<ShownError>,
    guest_form: minijinja::Value,
) -> Result<Html<String>, AppError> {
    let view = commands::view(state, viewer.actor.as_ref(), meeting)
        .await
        .map_err(unexpected)?;
    let agenda: Vec<ShownItem> = view
        .agenda
        .into_iter()
        .map(|item| ShownItem {
            link_list: item.links.lines().map(str::to_string).collect(),
            item,
        })
        .collect();
    let done = Some(done).filter(|d| DONE.contains(d));
    let open = meeting.status == "scheduled" && meeting.ends_at > state.clock.now();
    // Problems put on its "Bring a problem" items, for those who may read each.
    let mut brought = Vec::new();
    for p in store::problems::on_agenda(&state.db, meeting.id).await? {
        if app::problems::may_see(state, viewer.actor.as_ref(), &p).await.is_ok() {
            brought.push(p);
        }
    }
    let mut shown = Vec::new();
    for p in store::projects::on_agenda(&state.db, meeting.id).await? {
        if app::projects::may_see(state, viewer.actor.as_ref(), &p).await.is_ok() {
            shown.push(p);
        }
    }
    let last = agenda.len();
    render(
        state,
        viewer,
        "meetings/show.html",
        context! {
            meeting, agenda, last, places => view.places, own_place => view.own_place,
            registrants => view.registrants, keeps => view.keeps, may_register => view.may_register,
            guest => view.guest, guests => view.guests, guest_form,
            open, done, errors, brought, shown,
            date => state.london_day(viewer.lang, meeting.starts_at),
            starts => london_time(meeting.starts_at), ends => london_time(meeting.ends_at),
        },
    )
}

/// A meeting's page: when and where, the agenda, places; registering and cancelling.
pub async fn show(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Query(q): Query<DoneQuery>,
) -> Result<Html<String>, AppError> {
    viewer.require_user()?;
    let meeting = meeting(&state, id).await?;
    meeting_page(&state, &viewer, &meeting, &q.done, Vec::new(), blank_guest_form()).await
}

pub(super) async fn after_step(
    state: &AppState,
    viewer: &Viewer,
    meeting: &Meeting,
    outcome: Result<&str, MeetingError>,
) -> Result<Response, AppError> {
    match outcome {
        Ok(done) => Ok(Redirect::to(&format!("{}?done={done}", meeting_link(meeting.id))).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(state, viewer.lang, e, "register")?;
            let html = meeting_page(state, viewer, meeting, "", errors, blank_guest_form()).await?;
            Ok((status, html).into_response())
        }
    }
}

pub async fn register(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let meeting = meeting(&state, id).await?;
    let outcome = commands::register(&state, viewer.actor.as_ref(), viewer.by(&ip), &meeting)
        .await
        .map(|place| match place {
            domain::meetings::Place::Registered => "registered",
            domain::meetings::Place::Waiting => "waiting",
        });
    after_step(&state, &viewer, &meeting, outcome).await
}

pub async fn cancel(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let meeting = meeting(&state, id).await?;
    let outcome = commands::cancel(&state, viewer.actor.as_ref(), viewer.by(&ip), &meeting)
        .await
        .map(|()| "cancelled");
    after_step(&state, &viewer, &meeting, outcome).await
}

/// A lead cancels the meeting.
pub async fn cancel_meeting(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let meeting = meeting(&state, id).await?;
    let outcome = commands::cancel_meeting(&state, viewer.actor.as_ref(), viewer.by(&ip), &meeting)
        .await
        .map(|()| "meeting-cancelled");
    after_step(&state, &viewer, &meeting, outcome).await
}

/// An agenda item's form, as typed.
#[derive(Debug, Default, Serialize)]
struct ItemForm {
    kind: String,
    title: String,
    speaker: String,
    guest_speaker: String,
    minutes: String,
    links: String,
}

impl ItemForm {
    fn read(pairs: &[(String, String)]) -> Self {
        let text = |name| field(pairs, name).to_string();
        Self {
            kind: text("kind"),
            title: text("title"),
            speaker: text("speaker"),
            guest_speaker: text("guest_speaker"),
            minutes: text("minutes"),
            links: text("links"),
        }
    }

    fn of(item: &AgendaItem) -> Self {
        Self {
            kind: item.kind.clone(),
            title: item.title.clone(),
            speaker: item.speaker_user_id.map(|id| id.to_string()).unwrap_or_default(),
            guest_speaker: if item.speaker_user_id.is_none() {
                item.speaker_name.clone().unwrap_or_default()
            } else {
                String::new()
            },
            minutes: item.minutes.to_string(),
            links: item.links.clone(),
        }
    }

    fn input(&self) -> ItemInput {
        ItemInput {
            kind: self.kind.clone(),
            title: self.title.clone(),
            speaker: self.speaker.clone(),
            guest_speaker: self.guest_speaker.clone(),
            minutes: self.minutes.clone(),
            links: self.links.clone(),
        }
    }
}

async fn item_page(
    state: &AppState,
    viewer: &Viewer,
    meeting: &Meeting,
    item_id: Option<i64>,
    form: ItemForm,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    // Speakers from the group: the people who joined it (its leads among them), by name.
    let speakers = groups::people(&state.db, meeting.group_id, None, 500).await?;
    let kinds: Vec<&str> = AgendaKind::ALL.iter().map(|k| k.as_str()).collect();
    render(
        state,
        viewer,
        "meetings/item.html",
        context! { meeting, item_id, form, errors, speakers, kinds },
    )
}

async fn after_item(
    state: &AppState,
    viewer: &Viewer,
    meeting: &Meeting,
    item_id: Option<i64>,
    form: ItemForm,
    outcome: Result<(), MeetingError>,
) -> Result<Response, AppError> {
    match outcome {
        Ok(()) => Ok(Redirect::to(&format!("{}?done=agenda#agenda", meeting_link(meeting.id))).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(state, viewer.lang, e, "kind")?;
            let html = item_page(state, viewer, meeting, item_id, form, errors).await?;
            Ok((status, html).into_response())
        }
    }
}

pub async fn new_item_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Html<String>, AppError> {
    let meeting = meeting(&state, id).await?;
    require_keeper(&state, &viewer, meeting.group_id).await?;
    let form = ItemForm {
        minutes: "30".into(),
        ..ItemForm::default()
    };
    item_page(&state, &viewer, &meeting, None, form, Vec::new()).await
}

pub async fn add_item(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let meeting = meeting(&state, id).await?;
    let form = ItemForm::read(&form_pairs(&body)?);
    let input = form.input();
    let by = viewer.by(&ip);
    let outcome = commands::change_agenda(&state, viewer.actor.as_ref(), by, &meeting, AgendaChange::Add(&input)).await;
    after_item(&state, &viewer, &meeting, None, form, outcome).await
}

async fn item(state: &AppState, meeting_id: i64, item_id: i64) -> Result<AgendaItem, AppError> {
    meetings::agenda(&state.db, meeting_id)
        .await?
        .into_iter()
        .find(|i| i.id == item_id)
        .ok_or(AppError::NotFound)
}

pub async fn item_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((id, item_id)): Path<(i64, i64)>,
) -> Result<Html<String>, AppError> {
    let meeting = meeting(&state, id).await?;
    require_keeper(&state, &viewer, meeting.group_id).await?;
    let item = item(&state, id, item_id).await?;
    item_page(
        &state,
        &viewer,
        &meeting,
        Some(item_id),
        ItemForm::of(&item),
        Vec::new(),
    )
    .await
}

pub async fn edit_item(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((id, item_id)): Path<(i64, i64)>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let meeting = meeting(&state, id).await?;
    let form = ItemForm::read(&form_pairs(&body)?);
    let input = form.input();
    let by = viewer.by(&ip);
    let change = AgendaChange::Edit(item_id, &input);
    let outcome = commands::change_agenda(&state, viewer.actor.as_ref(), by, &meeting, change).await;
    after_item(&state, &viewer, &meeting, Some(item_id), form, outcome).await
}

pub async fn remove_item(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((id, item_id)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let meeting = meeting(&state, id).await?;
    let by = viewer.by(&ip);
    commands::change_agenda(
        &state,
        viewer.actor.as_ref(),
        by,
        &meeting,
        AgendaChange::Remove(item_id),
    )
    .await
    .map_err(unexpected)?;
    Ok(Redirect::to(&format!("{}?done=removed#agenda", meeting_link(id))).into_response())
}

pub async fn move_item(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((id, item_id)): Path<(i64, i64)>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let meeting = meeting(&state, id).await?;
    let up = match field(&form_pairs(&body)?, "direction") {
        "up" => true,
        "down" => false,
        _ => return Err(AppError::BadRequest),
    };
    let by = viewer.by(&ip);
    let change = AgendaChange::Move { item: item_id, up };
    commands::change_agenda(&state, viewer.actor.as_ref(), by, &meeting, change)
        .await
        .map_err(unexpected)?;
    Ok(Redirect::to(&format!("{}?done=agenda#agenda", meeting_link(id))).into_response())
}

/// What a calendar event says of a meeting: its host and its online link.
fn described(state: &AppState, lang: Lang, m: &Meeting) -> String {
    let mut lines = Vec::new();
    if let Some(host) = &m.host_name {
        lines.push(state.t_in(lang, "ics-hosted-by", &[("council", host.clone())]));
    }
    if let Some(link) = &m.online_link {
        lines.push(state.t_in(lang, "ics-online", &[("link", link.clone())]));
    }
    lines.join("\n")
}

pub(crate) fn calendar_response(body: String, file_name: &str) -> Response {
    (
        [
            (axum::http::header::CONTENT_TYPE, crate::ics::CONTENT_TYPE.to_string()),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file_name}\""),
            ),
        ],
        body,
    )
        .into_response()
}

/// One meeting as an iCalendar file, for the people who may see it.
pub async fn calendar_file(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let meeting = meeting(&state, id).await?;
    let place = commands::own_place(&state, viewer.actor.as_ref(), &meeting)
        .await
        .map_err(unexpected)?;
    let entry = crate::ics::Entry {
        meeting: &meeting,
        place: place.as_deref(),
        description: described(&state, viewer.lang, &meeting),
    };
    let body = crate::ics::calendar(
        &meeting.group_name,
        &state.config.base_url,
        &[entry],
        &[],
        state.clock.now(),
    );
    Ok(calendar_response(body, &format!("meeting-{id}.ics")))
}

/// A person's feed of the meetings they registered for and their booked work (as a manager,
/// also their councils'): the secret in its address is the only key, so calendar programs
/// can read it without signing in.
#[utoipa::path(get, path = "/calendar/{token}", tag = "email and calendars",
    summary = "A person's calendar feed",
    description = "An iCalendar feed (RFC 5545) of the peer-group meetings the person registered for and the weeks of their booked work and contract periods (for a manager, their councils' too), for a calendar program to subscribe to. The secret address is made, and turned off, on the account's calendar page (`/account/calendar`); making a new one stops the old.",
    params(("token" = String, Path, description = "The feed's secret, with or without `.ics` after it.")),
    responses(
        (status = 200, description = "The feed.", body = String, content_type = "text/calendar"),
        (status = 404, description = "No such feed, or it was turned off (an HTML page).", body = String, content_type = "text/html"),
    ))]
pub async fn calendar_feed(State(state): State<AppState>, Path(token): Path<String>) -> Result<Response, AppError> {
    let token = token.trim_end_matches(".ics");
    let feed = commands::calendar_feed(&state, token)
        .await
        .map_err(unexpected)?
        .ok_or(AppError::NotFound)?;
    // In the language of the feed's owner: calendar programs send none of their own.
    let lang = feed.lang;
    let entries: Vec<crate::ics::Entry<'_>> = feed
        .meetings
        .iter()
        .map(|r| crate::ics::Entry {
            meeting: &r.meeting,
            place: Some(r.place.as_str()),
            description: described(&state, lang, &r.meeting),
        })
        .collect();
    let name = state.t_in(lang, "ics-feed-name", &[]);
    let work = crate::work_events::of_work(&state, lang, &feed.work);
    let body = crate::ics::calendar(&name, &state.config.base_url, &entries, &work, state.clock.now());
    Ok(calendar_response(body, "calendar.ics"))
}

/// The person's calendar feed: whether they have one, its address once when just made, and
/// the buttons to make a new one or turn it off.
pub async fn calendar_page(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: axum::http::HeaderMap,
    Query(q): Query<DoneQuery>,
) -> Result<Response, AppError> {
    viewer.authorise(domain::authz::Action::ManageOwnAccount)?;
    let user = viewer.require_user()?;
    let https = state.config.https();
    let new_token = match crate::one_time::waiting(&headers, https) {
        Some(token)
            if commands::is_own_feed(&state, user.id, &token)
                .await
                .map_err(unexpected)? =>
        {
            Some(token)
        }
        _ => None,
    };
    let feed_url = new_token
        .as_ref()
        .map(|t| format!("{}/calendar/{t}.ics", state.config.base_url));
    let made_at = store::calendar_feeds::made_at(&state.db, user.id).await?;
    let done = Some(q.done.as_str()).filter(|d| ["started", "stopped"].contains(d));
    let html = render(
        &state,
        &viewer,
        "meetings/calendar.html",
        context! { feed_url, has_feed => made_at.is_some(), made_at, done },
    )?;
    Ok(if new_token.is_some() {
        (crate::one_time::clear(https), html).into_response()
    } else {
        html.into_response()
    })
}

pub async fn calendar_start(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
) -> Result<Response, AppError> {
    viewer.authorise(domain::authz::Action::ManageOwnAccount)?;
    let token = commands::start_calendar_feed(&state, viewer.actor.as_ref(), viewer.by(&ip))
        .await
        .map_err(unexpected)?;
    let keep = crate::one_time::keep(&token, state.config.https());
    Ok((keep, Redirect::to("/account/calendar?done=started")).into_response())
}

pub async fn calendar_stop(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
) -> Result<Response, AppError> {
    viewer.authorise(domain::authz::Action::ManageOwnAccount)?;
    match commands::stop_calendar_feed(&state, viewer.actor.as_ref(), viewer.by(&ip)).await {
        Ok(()) => Ok(Redirect::to("/account/calendar?done=stopped").into_response()),
        Err(MeetingError::Refused { .. }) => Ok(Redirect::to("/account/calendar").into_response()),
        Err(e) => Err(unexpected(e)),
    }
}
