//! Peer groups' pages (SPEC §4.8): the list and each group's public page for anyone; the
//! members' page for the people who joined; the forms that create and keep a group, invite
//! councils, answer invitations, join and leave. The commands are `app::peer_groups`'s.

use super::{field, form_pairs, render};
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::ShownError;
use crate::refusals::{refusal, refusal_status, unexpected};
use crate::session::{Viewer, ViewerCouncil};
use crate::state::AppState;
use app::peer_groups::{self as commands, group_link, GroupError, Seen};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use domain::authz::{authorise, Action};
use domain::peer_groups::GroupInput;
use minijinja::context;
use serde::{Deserialize, Serialize};
use store::peer_groups::{self as groups, Group, PersonKey};

/// How many groups a page of the list shows.
const GROUPS_PAGE: i64 = 50;

async fn group(state: &AppState, slug: &str) -> Result<Group, AppError> {
    groups::by_slug(&state.db, slug).await?.ok_or(AppError::NotFound)
}

fn viewer_councils(viewer: &Viewer) -> Vec<ViewerCouncil> {
    viewer.user.as_ref().map(|u| u.councils.clone()).unwrap_or_default()
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    after: String,
}

/// Every peer group, by name: anyone may read it.
pub async fn list(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<ListQuery>,
) -> Result<Html<String>, AppError> {
    let after = Some(q.after.as_str()).filter(|a| !a.is_empty());
    let mut listed = groups::list(&state.db, after, GROUPS_PAGE + 1).await?;
    let more = listed.len() > usize::try_from(GROUPS_PAGE).unwrap_or(usize::MAX);
    listed.truncate(usize::try_from(GROUPS_PAGE).unwrap_or(usize::MAX));
    let next = listed
        .last()
        .filter(|_| more)
        .map(|g| serde_urlencoded::to_string([("after", g.name.as_str())]).unwrap_or_default());
    let joined = match &viewer.user {
        Some(u) => groups::joined_by(&state.db, u.id).await?,
        None => Vec::new(),
    };
    let creates = authorise(viewer.actor.as_ref(), Action::CreatePeerGroups).is_ok();
    render(
        &state,
        &viewer,
        "groups/list.html",
        context! { groups => listed, next, joined, creates, first_page => after.is_none() },
    )
}

/// The group's form, as typed.
#[derive(Debug, Default, Serialize)]
struct GroupForm {
    name: String,
    region: String,
    description: String,
    chat_link: String,
    webhook_url: String,
    remove_webhook: bool,
    lead_email: String,
}

impl GroupForm {
    fn read(pairs: &[(String, String)]) -> Self {
        Self {
            name: field(pairs, "name").to_string(),
            region: field(pairs, "region").to_string(),
            description: field(pairs, "description").to_string(),
            chat_link: field(pairs, "chat_link").to_string(),
            webhook_url: field(pairs, "webhook_url").to_string(),
            remove_webhook: field(pairs, "remove_webhook") == "yes",
            lead_email: field(pairs, "lead_email").to_string(),
        }
    }

    fn of(group: &Group) -> Self {
        Self {
            name: group.name.clone(),
            region: group.region.clone(),
            description: group.description.clone(),
            chat_link: group.chat_link.clone().unwrap_or_default(),
            ..Self::default()
        }
    }

    fn input(&self) -> GroupInput {
        GroupInput {
            name: self.name.clone(),
            region: self.region.clone(),
            description: self.description.clone(),
            chat_link: self.chat_link.clone(),
            webhook_url: self.webhook_url.clone(),
            remove_webhook: self.remove_webhook,
        }
    }
}

/// The form for a group's details: a new group's (with its first lead), or one to keep.
fn form_page(
    state: &AppState,
    viewer: &Viewer,
    group: Option<&Group>,
    webhook: Option<String>,
    mut form: GroupForm,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    // The webhook address typed is never drawn back into the page.
    form.webhook_url = String::new();
    render(
        state,
        viewer,
        "groups/form.html",
        context! { group, webhook, form, errors },
    )
}

pub async fn new_form(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    viewer.authorise(Action::CreatePeerGroups)?;
    form_page(&state, &viewer, None, None, GroupForm::default(), Vec::new())
}

pub async fn create(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.authorise(Action::CreatePeerGroups)?;
    let form = GroupForm::read(&form_pairs(&body)?);
    let by = viewer.by(&ip);
    match commands::create_group(&state, viewer.actor.as_ref(), by, &form.input(), &form.lead_email).await {
        Ok(slug) => Ok(Redirect::to(&format!("{}?done=created", group_link(&slug))).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, "name")?;
            let html = form_page(&state, &viewer, None, None, form, errors)?;
            Ok((status, html).into_response())
        }
    }
}

pub async fn edit_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
) -> Result<Html<String>, AppError> {
    viewer.require_user()?;
    let group = group(&state, &slug).await?;
    let webhook = commands::shown_webhook(&state, viewer.actor.as_ref(), &group)
        .await
        .map_err(unexpected)?;
    form_page(
        &state,
        &viewer,
        Some(&group),
        webhook,
        GroupForm::of(&group),
        Vec::new(),
    )
}

pub async fn edit(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(slug): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let group = group(&state, &slug).await?;
    let form = GroupForm::read(&form_pairs(&body)?);
    let by = viewer.by(&ip);
    match commands::edit_group(&state, viewer.actor.as_ref(), by, &group, &form.input()).await {
        Ok(()) => Ok(Redirect::to(&format!("{}?done=changed", group_link(&group.slug))).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, "name")?;
            let webhook = commands::shown_webhook(&state, viewer.actor.as_ref(), &group)
                .await
                .map_err(unexpected)?;
            let html = form_page(&state, &viewer, Some(&group), webhook, form, errors)?;
            Ok((status, html).into_response())
        }
    }
}

#[derive(Deserialize, Default)]
pub struct DoneQuery {
    #[serde(default)]
    done: String,
}

/// What the viewer's councils may do about the group: join it for one, answer its
/// invitation, or take the council out.
#[derive(Serialize)]
struct CouncilChoice {
    code: String,
    name: String,
    /// "member" or "invited"
    standing: String,
    /// The viewer is an admin of the council there.
    answers: bool,
}

pub(crate) async fn group_page(
    state: &AppState,
    viewer: &Viewer,
    group: &Group,
    done: &str,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let seen: Seen = commands::seen_by(state, viewer.actor.as_ref(), group)
        .await
        .map_err(unexpected)?;
    let councils = groups::councils(&state.db, group.id).await?;
    let mine: Vec<CouncilChoice> = viewer_councils(viewer)
        .into_iter()
        .filter_map(|c| {
            let standing = councils.iter().find(|g| g.org_id == c.id)?.standing.clone();
            let answers = authorise(viewer.actor.as_ref(), Action::AnswerPeerGroupInvitation(c.id)).is_ok();
            Some(CouncilChoice {
                code: c.code,
                name: c.name,
                standing,
                answers,
            })
        })
        .collect();
    let joinable: Vec<&CouncilChoice> = mine.iter().filter(|c| c.standing == "member").collect();
    let members: Vec<_> = councils.iter().filter(|c| c.standing == "member").collect();
    let done = Some(done).filter(|d| DONE.contains(d));
    // The meetings to come, for the people who joined (and those who keep the group).
    let upcoming: Vec<UpcomingMeeting> = if seen.joined_for.is_some() || seen.keeps {
        store::meetings::upcoming(&state.db, group.id, state.clock.now(), UPCOMING_SHOWN)
            .await?
            .into_iter()
            .map(|m| UpcomingMeeting {
                id: m.id,
                theme: m.theme,
                date: state.london_day(viewer.lang, m.starts_at),
                host_name: m.host_name,
                cancelled: m.status == "cancelled",
            })
            .collect()
    } else {
        Vec::new()
    };
    let joined = seen.joined_for.is_some();
    // Past meetings' write-ups, for everyone; themes and offers to host, for the group.
    let writeups: Vec<_> = store::meeting_records::published(&state.db, group.id, WRITEUPS_SHOWN)
        .await?
        .into_iter()
        .map(|p| {
            let date = state.london_day(viewer.lang, p.starts_at);
            minijinja::context! { p, date }
        })
        .collect();
    let (themes, offers) = if joined || seen.keeps {
        let user = viewer.user.as_ref().map(|u| u.id);
        (
            store::meeting_records::themes(&state.db, group.id, user).await?,
            store::meeting_records::hosting_offers(&state.db, group.id, OFFERS_SHOWN).await?,
        )
    } else {
        (Vec::new(), Vec::new())
    };
    let next_host = store::meeting_records::next_host(&state.db, group.id).await?;
    render(
        state,
        viewer,
        "groups/show.html",
        context! {
            group, members, mine, joinable, errors, done, upcoming, writeups, themes, offers, next_host,
            joined, keeps => seen.keeps,
        },
    )
}

/// How many meetings to come a group's page lists.
const UPCOMING_SHOWN: i64 = 10;

/// A meeting to come, as a group's page lists it.
#[derive(Serialize)]
struct UpcomingMeeting {
    id: i64,
    theme: String,
    date: String,
    host_name: Option<String>,
    cancelled: bool,
}

/// The banners a group's page shows after a step.
const DONE: [&str; 14] = [
    "created",
    "changed",
    "joined",
    "left",
    "accepted",
    "declined",
    "withdrawn",
    "invited",
    "theme",
    "voted",
    "unvoted",
    "offered",
    "host-accepted",
    "host-declined",
];

/// How many write-ups, and offers to host, a group's page lists.
const WRITEUPS_SHOWN: i64 = 20;
const OFFERS_SHOWN: i64 = 10;

/// A group's public page: what it is and its member councils; for signed-in people of its
/// councils, joining and answering invitations.
pub async fn show(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    Query(q): Query<DoneQuery>,
) -> Result<Html<String>, AppError> {
    let group = group(&state, &slug).await?;
    group_page(&state, &viewer, &group, &q.done, Vec::new()).await
}

/// After a step on the group's page: to the page with a banner, or back to it with why not.
async fn after_step(
    state: &AppState,
    viewer: &Viewer,
    group: &Group,
    outcome: Result<(), GroupError>,
    done: &str,
) -> Result<Response, AppError> {
    match outcome {
        Ok(()) => Ok(Redirect::to(&format!("{}?done={done}", group_link(&group.slug))).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(state, viewer.lang, e, "council")?;
            let html = group_page(state, viewer, group, "", errors).await?;
            Ok((status, html).into_response())
        }
    }
}

/// The viewer's council with this code, or the only one when no code was given.
fn chosen_council(viewer: &Viewer, code: &str) -> Option<ViewerCouncil> {
    let councils = viewer_councils(viewer);
    match code.trim() {
        "" if councils.len() == 1 => councils.into_iter().next(),
        code => councils.into_iter().find(|c| c.code == code),
    }
}

pub async fn join(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(slug): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let group = group(&state, &slug).await?;
    let pairs = form_pairs(&body)?;
    let council = chosen_council(&viewer, field(&pairs, "council")).ok_or(AppError::Forbidden)?;
    let outcome = commands::join(&state, viewer.actor.as_ref(), viewer.by(&ip), &group, council.id).await;
    after_step(&state, &viewer, &group, outcome, "joined").await
}

pub async fn leave(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let group = group(&state, &slug).await?;
    let outcome = commands::leave(&state, viewer.actor.as_ref(), viewer.by(&ip), &group).await;
    after_step(&state, &viewer, &group, outcome, "left").await
}

/// A council admin accepts or declines the group's invitation to their council.
pub async fn answer(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((slug, code)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let group = group(&state, &slug).await?;
    let council = chosen_council(&viewer, &code).ok_or(AppError::Forbidden)?;
    let pairs = form_pairs(&body)?;
    let accept = match field(&pairs, "answer") {
        "accept" => true,
        "decline" => false,
        _ => return Err(AppError::BadRequest),
    };
    let by = viewer.by(&ip);
    let outcome = commands::answer_invitation(&state, viewer.actor.as_ref(), by, &group, council.id, accept).await;
    let done = if accept { "accepted" } else { "declined" };
    after_step(&state, &viewer, &group, outcome, done).await
}

/// A council admin takes their council out of the group.
pub async fn withdraw(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((slug, code)): Path<(String, String)>,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let group = group(&state, &slug).await?;
    let council = chosen_council(&viewer, &code).ok_or(AppError::Forbidden)?;
    let by = viewer.by(&ip);
    let outcome = commands::withdraw_council(&state, viewer.actor.as_ref(), by, &group, council.id).await;
    after_step(&state, &viewer, &group, outcome, "withdrawn").await
}

#[derive(Deserialize, Default)]
pub struct MembersQuery {
    /// The last person of the previous page, as `user_id.name`.
    #[serde(default)]
    after: String,
    #[serde(default)]
    done: String,
}

async fn members_page(
    state: &AppState,
    viewer: &Viewer,
    group: &Group,
    q: &MembersQuery,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let after = q.after.split_once('.').and_then(|(id, name)| {
        Some(PersonKey {
            user_id: id.parse().ok()?,
            name: name.to_string(),
        })
    });
    let page = commands::members_page(state, viewer.actor.as_ref(), group, after.as_ref())
        .await
        .map_err(unexpected)?;
    let seen = page.seen;
    let councils = groups::councils(&state.db, group.id).await?;
    let invited: Vec<_> = councils.iter().filter(|c| c.standing == "invited").collect();
    // Councils on the service a lead may still invite.
    let invitable: Vec<_> = if seen.keeps {
        store::organisations::onboarded(&state.db)
            .await?
            .into_iter()
            .filter(|o| !councils.iter().any(|c| c.org_id == o.id))
            .collect()
    } else {
        Vec::new()
    };
    let next = page
        .next
        .map(|k| format!("{}.{}", k.user_id, k.name))
        .map(|after| serde_urlencoded::to_string([("after", after)]).unwrap_or_default());
    let done = Some(q.done.as_str()).filter(|d| ["invited", "lead", "not-lead"].contains(d));
    render(
        state,
        viewer,
        "groups/members.html",
        context! {
            group, leads => page.leads, people => page.people, next, invited, invitable,
            keeps => seen.keeps, errors, done, first_page => after.is_none(),
        },
    )
}

/// A group's members' page: its leads, people, chat link and invitations.
pub async fn members(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    Query(q): Query<MembersQuery>,
) -> Result<Html<String>, AppError> {
    viewer.require_user()?;
    let group = group(&state, &slug).await?;
    members_page(&state, &viewer, &group, &q, Vec::new()).await
}

/// A lead invites a council to the group.
pub async fn invite(
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
    match commands::invite_council(&state, viewer.actor.as_ref(), by, &group, field(&pairs, "council")).await {
        Ok(()) => Ok(Redirect::to(&format!("{}/members?done=invited", group_link(&group.slug))).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, "council")?;
            let html = members_page(&state, &viewer, &group, &MembersQuery::default(), errors).await?;
            Ok((status, html).into_response())
        }
    }
}

/// A lead makes someone who joined a lead, or no longer one.
pub async fn set_lead(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((slug, user_id)): Path<(String, i64)>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let group = group(&state, &slug).await?;
    let pairs = form_pairs(&body)?;
    let lead = match field(&pairs, "lead") {
        "yes" => true,
        "no" => false,
        _ => return Err(AppError::BadRequest),
    };
    let by = viewer.by(&ip);
    commands::set_lead(&state, viewer.actor.as_ref(), by, &group, user_id, lead)
        .await
        .map_err(unexpected)?;
    let done = if lead { "lead" } else { "not-lead" };
    Ok(Redirect::to(&format!("{}/members?done={done}", group_link(&group.slug))).into_response())
}
