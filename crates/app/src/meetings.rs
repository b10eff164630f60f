//! A peer group's meetings (SPEC §4.8): a lead schedules a meeting and keeps its agenda;
//! the people who joined the group register (on the waiting list when it is full) and
//! cancel, which gives the first waiting their place. Places are counted under a lock on
//! the meeting, so that exactly the capacity is admitted however many register at once.
//! Every change is audited, and the people it concerns are told.

use super::notify::tell;
use super::peer_groups::is_lead;
use super::{audit, By, Entry};
use crate::Ctx;
use domain::authz::{authorise, Action, Actor};
use domain::meetings::{place_for, read_item, read_meeting, to_promote, ItemInput, MeetingInput, Place, Speaker};
use domain::ValidationErrors;
use serde_json::json;
use store::meeting_guests::{self, Guest};
use store::meetings::{self as meetings, AgendaItem, ItemFields, Meeting, MeetingFields, Places, Registrant};
use store::peer_groups::{self as groups, Group};
use store::Tx;

step_error! {
    /// Why a change to a meeting, its agenda or a registration did not happen.
    MeetingError {}
}

/// Where a meeting's page is.
pub fn meeting_link(id: i64) -> String {
    format!("/meetings/{id}")
}

pub(crate) async fn require_lead(ctx: &Ctx, actor: Option<&Actor>, group_id: i64) -> Result<(), MeetingError> {
    let lead = is_lead(ctx, actor, group_id).await?;
    authorise(actor, Action::LeadPeerGroup { lead })?;
    Ok(())
}

/// How `actor` comes to a meeting: as someone who joined its group (and whether they lead
/// it), or else as one of its guests.
#[derive(Default)]
struct Comes {
    joined: bool,
    lead: bool,
    guest: Option<Guest>,
}

async fn comes(ctx: &Ctx, actor: Option<&Actor>, meeting: &Meeting) -> Result<Comes, MeetingError> {
    let Some(a) = actor else {
        return Ok(Comes::default());
    };
    if let Some(standing) = groups::standing(&ctx.db, meeting.group_id, a.user_id).await? {
        return Ok(Comes {
            joined: true,
            lead: standing.lead,
            guest: None,
        });
    }
    Ok(Comes {
        guest: meeting_guests::of_person(&ctx.db, meeting.id, a.user_id).await?,
        ..Comes::default()
    })
}

impl Comes {
    fn may_see(&self) -> Action {
        Action::SeeMeeting {
            joined: self.joined,
            guest: self.guest.is_some(),
        }
    }

    fn may_register(&self) -> Action {
        Action::RegisterForMeeting {
            joined: self.joined,
            guest: self.guest.is_some(),
        }
    }
}

/// The meeting's host: a member council of the group, by code; none when left empty.
async fn host(
    ctx: &Ctx,
    group_id: i64,
    code: &str,
    errors: &mut ValidationErrors,
) -> Result<Option<i64>, MeetingError> {
    if code.trim().is_empty() {
        return Ok(None);
    }
    let member = groups::councils(&ctx.db, group_id)
        .await?
        .into_iter()
        .find(|c| c.code == code.trim() && c.standing == "member");
    if member.is_none() {
        errors.push("host", "error-meeting-host");
    }
    Ok(member.map(|c| c.org_id))
}

/// Checks a meeting's form and its host, every mistake at once.
async fn checked(
    ctx: &Ctx,
    group_id: i64,
    input: &MeetingInput,
    host_code: &str,
) -> Result<(domain::meetings::MeetingDetails, Option<i64>), MeetingError> {
    let mut errors = ValidationErrors::default();
    let details = match read_meeting(input, ctx.clock.now()) {
        Ok(d) => Some(d),
        Err(found) => {
            errors = found;
            None
        }
    };
    let host = host(ctx, group_id, host_code, &mut errors).await?;
    match (details, errors.is_empty()) {
        (Some(details), true) => Ok((details, host)),
        _ => Err(MeetingError::Invalid(errors)),
    }
}

fn fields(d: &domain::meetings::MeetingDetails, host_org_id: Option<i64>) -> MeetingFields<'_> {
    MeetingFields {
        theme: &d.theme,
        starts_at: d.starts_at,
        ends_at: d.ends_at,
        host_org_id,
        venue: d.venue.as_deref(),
        online_link: d.online_link.as_deref(),
        capacity: i64::from(d.capacity),
    }
}

fn audited(d: &domain::meetings::MeetingDetails, host: Option<i64>) -> serde_json::Value {
    json!({
        "theme": d.theme, "starts_at": d.starts_at, "ends_at": d.ends_at, "host_org_id": host,
        "venue": d.venue, "online_link": d.online_link, "capacity": d.capacity,
    })
}

/// Tells each of `people` (but the person acting) with catalogue message `key`.
async fn tell_all(
    ctx: &Ctx,
    tx: &mut Tx,
    people: &[i64],
    except: Option<i64>,
    key: &str,
    args: &[(&str, String)],
    link: &str,
) -> store::Result<()> {
    for &person in people.iter().filter(|&&p| Some(p) != except) {
        tell(ctx, tx, person, key, args, link).await?;
    }
    Ok(())
}

/// A lead schedules a meeting of the group; everyone who joined it is told. Returns the
/// meeting's id.
pub async fn schedule(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    group: &Group,
    input: &MeetingInput,
    host_code: &str,
) -> Result<i64, MeetingError> {
    require_lead(ctx, actor, group.id).await?;
    let (details, host) = checked(ctx, group.id, input, host_code).await?;
    let user = by.user_id.ok_or(MeetingError::NotFound)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let id = meetings::create(&mut tx, group.id, &fields(&details, host), user, now).await?;
    let entry = Entry {
        org_id: None,
        action: "meeting-scheduled",
        subject: ("meeting", id.to_string()),
        before: None,
        after: Some(audited(&details, host)),
    };
    audit(&mut tx, by, entry, now).await?;
    let people = groups::people_ids(&mut tx, group.id).await?;
    let args = [
        ("group", group.name.clone()),
        ("theme", details.theme.clone()),
        ("date", domain::weeks::london_date(details.starts_at).to_string()),
    ];
    tell_all(
        ctx,
        &mut tx,
        &people,
        Some(user),
        "notify-meeting-scheduled",
        &args,
        &meeting_link(id),
    )
    .await?;
    let payload = crate::webhooks::payload(
        ctx,
        "webhook-meeting",
        &args,
        (&meeting_link(id), "webhook-see-meeting"),
    );
    crate::webhooks::announce(&mut tx, &[group.id], "meeting-scheduled", &payload, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// A lead changes a meeting; the people registered are told. More places give the first
/// waiting theirs (fewer take nobody's away).
pub async fn change(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    meeting: &Meeting,
    input: &MeetingInput,
    host_code: &str,
) -> Result<(), MeetingError> {
    require_lead(ctx, actor, meeting.group_id).await?;
    let (details, host) = checked(ctx, meeting.group_id, input, host_code).await?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    meetings::lock(&mut tx, meeting.id).await?;
    meetings::update(&mut tx, meeting.id, &fields(&details, host), now).await?;
    let promoted = fill_places(&mut tx, meeting.id, i64::from(details.capacity), now).await?;
    let entry = Entry {
        org_id: None,
        action: "meeting-changed",
        subject: ("meeting", meeting.id.to_string()),
        before: Some(json!({
            "theme": meeting.theme, "starts_at": meeting.starts_at, "ends_at": meeting.ends_at,
            "host_org_id": meeting.host_org_id, "venue": meeting.venue, "online_link": meeting.online_link,
            "capacity": meeting.capacity,
        })),
        after: Some(json!({ "meeting": audited(&details, host), "promoted": promoted })),
    };
    audit(&mut tx, by, entry, now).await?;
    let link = meeting_link(meeting.id);
    let args = [("group", meeting.group_name.clone()), ("theme", details.theme.clone())];
    tell_place_given(ctx, &mut tx, &promoted, &args, &link).await?;
    let registered = registered_ids(&mut tx, meeting.id).await?;
    tell_all(
        ctx,
        &mut tx,
        &registered,
        by.user_id,
        "notify-meeting-changed",
        &args,
        &link,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

async fn registered_ids(tx: &mut Tx, meeting_id: i64) -> store::Result<Vec<i64>> {
    Ok(meetings::registrants(&mut *tx, meeting_id)
        .await?
        .into_iter()
        .map(|r| r.user_id)
        .collect())
}

/// Gives the first waiting the places free under `capacity`; returns who they are.
async fn fill_places(
    tx: &mut Tx,
    meeting_id: i64,
    capacity: i64,
    now: chrono::DateTime<chrono::Utc>,
) -> store::Result<Vec<i64>> {
    let held = meetings::places(&mut *tx, meeting_id).await?;
    let count = to_promote(
        u32::try_from(capacity).unwrap_or(0),
        u32::try_from(held.registered).unwrap_or(u32::MAX),
        u32::try_from(held.waiting).unwrap_or(u32::MAX),
    );
    if count == 0 {
        return Ok(Vec::new());
    }
    meetings::promote(tx, meeting_id, i64::from(count), now).await
}

async fn tell_place_given(
    ctx: &Ctx,
    tx: &mut Tx,
    promoted: &[i64],
    args: &[(&str, String)],
    link: &str,
) -> store::Result<()> {
    tell_all(ctx, tx, promoted, None, "notify-meeting-place", args, link).await
}

/// A lead cancels a meeting that has not ended; everyone registered or waiting is told.
pub async fn cancel_meeting(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    meeting: &Meeting,
) -> Result<(), MeetingError> {
    require_lead(ctx, actor, meeting.group_id).await?;
    let now = ctx.clock.now();
    if meeting.ends_at <= now {
        return Err(MeetingError::refused("error-meeting-closed"));
    }
    let mut tx = ctx.db.begin().await?;
    meetings::lock(&mut tx, meeting.id).await?;
    if !meetings::cancel_meeting(&mut tx, meeting.id, now).await? {
        return Err(MeetingError::refused("error-meeting-closed"));
    }
    let entry = Entry {
        org_id: None,
        action: "meeting-cancelled",
        subject: ("meeting", meeting.id.to_string()),
        before: Some(json!({ "status": meeting.status })),
        after: Some(json!({ "status": "cancelled" })),
    };
    audit(&mut tx, by, entry, now).await?;
    let coming = registered_ids(&mut tx, meeting.id).await?;
    let args = [
        ("group", meeting.group_name.clone()),
        ("theme", meeting.theme.clone()),
        ("date", domain::weeks::london_date(meeting.starts_at).to_string()),
    ];
    tell_all(
        ctx,
        &mut tx,
        &coming,
        by.user_id,
        "notify-meeting-cancelled",
        &args,
        &meeting_link(meeting.id),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// One change to a meeting's agenda.
pub enum AgendaChange<'i> {
    Add(&'i ItemInput),
    Edit(i64, &'i ItemInput),
    Remove(i64),
    Move { item: i64, up: bool },
}

/// A lead changes the agenda. A speaker from the group must have joined it. The people
/// registered are told of items added, changed or removed (not of the order).
pub async fn change_agenda(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    meeting: &Meeting,
    change: AgendaChange<'_>,
) -> Result<(), MeetingError> {
    require_lead(ctx, actor, meeting.group_id).await?;
    let details = match &change {
        AgendaChange::Add(input) | AgendaChange::Edit(_, input) => {
            let mut details = read_item(input).map_err(MeetingError::Invalid)?;
            if let Speaker::Member(id) = details.speaker {
                if groups::standing(&ctx.db, meeting.group_id, id).await?.is_none() {
                    return Err(MeetingError::Invalid(ValidationErrors::single(
                        "speaker",
                        "error-agenda-speaker",
                    )));
                }
            }
            details.links.dedup();
            Some(details)
        }
        AgendaChange::Remove(_) | AgendaChange::Move { .. } => None,
    };
    let links = details.as_ref().map(|d| d.links.join("\n")).unwrap_or_default();
    let item_fields = details.as_ref().map(|d| ItemFields {
        kind: d.kind.as_str(),
        title: &d.title,
        speaker_user_id: match d.speaker {
            Speaker::Member(id) => Some(id),
            _ => None,
        },
        speaker_name: match &d.speaker {
            Speaker::Guest(name) => Some(name.as_str()),
            _ => None,
        },
        minutes: i64::from(d.minutes),
        links: &links,
    });
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let (action, item, done, tells) = match (&change, &item_fields) {
        (AgendaChange::Add(_), Some(f)) => {
            let id = meetings::add_item(&mut tx, meeting.id, f).await?;
            ("agenda-item-added", id, true, true)
        }
        (AgendaChange::Edit(id, _), Some(f)) => (
            "agenda-item-changed",
            *id,
            meetings::update_item(&mut tx, meeting.id, *id, f).await?,
            true,
        ),
        (AgendaChange::Remove(id), _) => (
            "agenda-item-removed",
            *id,
            meetings::remove_item(&mut tx, meeting.id, *id).await?,
            true,
        ),
        (AgendaChange::Move { item, up }, _) => (
            "agenda-item-moved",
            *item,
            meetings::move_item(&mut tx, meeting.id, *item, *up).await?,
            false,
        ),
        _ => return Err(MeetingError::NotFound),
    };
    if !done {
        return match change {
            AgendaChange::Move { .. } => Ok(()),
            _ => Err(MeetingError::NotFound),
        };
    }
    let entry = Entry {
        org_id: None,
        action,
        subject: ("meeting", meeting.id.to_string()),
        before: None,
        after: Some(json!({
            "item": item,
            "kind": details.as_ref().map(|d| d.kind.as_str()),
            "title": details.as_ref().map(|d| d.title.clone()),
        })),
    };
    audit(&mut tx, by, entry, now).await?;
    if tells {
        let registered = registered_ids(&mut tx, meeting.id).await?;
        let args = [("group", meeting.group_name.clone()), ("theme", meeting.theme.clone())];
        let link = meeting_link(meeting.id);
        tell_all(
            ctx,
            &mut tx,
            &registered,
            by.user_id,
            "notify-agenda-changed",
            &args,
            &link,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Someone who joined the group registers: a place while there is room, else the waiting
/// list. Returns where they stand.
pub async fn register(ctx: &Ctx, actor: Option<&Actor>, by: By<'_>, meeting: &Meeting) -> Result<Place, MeetingError> {
    authorise(actor, comes(ctx, actor, meeting).await?.may_register())?;
    let now = ctx.clock.now();
    if meeting.status != "scheduled" || meeting.ends_at <= now {
        return Err(MeetingError::refused("error-meeting-closed"));
    }
    let user = by.user_id.ok_or(MeetingError::NotFound)?;
    let mut tx = ctx.db.begin().await?;
    meetings::lock(&mut tx, meeting.id).await?;
    if matches!(
        meetings::place_of(&mut tx, meeting.id, user).await?.as_deref(),
        Some("registered" | "waiting")
    ) {
        return Err(MeetingError::refused("error-meeting-registered-already"));
    }
    let Places { registered, waiting } = meetings::places(&mut tx, meeting.id).await?;
    let place = place_for(
        u32::try_from(meeting.capacity).unwrap_or(0),
        u32::try_from(registered).unwrap_or(u32::MAX),
        u32::try_from(waiting).unwrap_or(u32::MAX),
    );
    meetings::register(&mut tx, meeting.id, user, place.as_str(), now).await?;
    let entry = Entry {
        org_id: None,
        action: "meeting-registered",
        subject: ("meeting", meeting.id.to_string()),
        before: None,
        after: Some(json!({ "user": user, "place": place.as_str() })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(place)
}

/// Someone cancels their place (or their place on the waiting list); a place that comes
/// free goes to the first waiting, who is told.
pub async fn cancel(ctx: &Ctx, actor: Option<&Actor>, by: By<'_>, meeting: &Meeting) -> Result<(), MeetingError> {
    authorise(actor, Action::ManageOwnAccount)?;
    let user = by.user_id.ok_or(MeetingError::NotFound)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let Some((held, promoted)) = give_up_place(ctx, &mut tx, meeting, user).await? else {
        return Err(MeetingError::refused("error-meeting-not-registered"));
    };
    let entry = Entry {
        org_id: None,
        action: "meeting-cancelled-place",
        subject: ("meeting", meeting.id.to_string()),
        before: Some(json!({ "user": user, "place": held })),
        after: Some(json!({ "user": user, "place": "cancelled", "promoted": promoted })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Gives up `user`'s place (or place on the waiting list) under the meeting's lock; a place
/// that comes free goes to the first waiting, who is told. Returns the place given up and
/// who was promoted; None when they held none.
pub(crate) async fn give_up_place(
    ctx: &Ctx,
    tx: &mut Tx,
    meeting: &Meeting,
    user: i64,
) -> store::Result<Option<(String, Vec<i64>)>> {
    let now = ctx.clock.now();
    meetings::lock(&mut *tx, meeting.id).await?;
    let Some(held) = meetings::cancel(&mut *tx, meeting.id, user, now).await? else {
        return Ok(None);
    };
    let promoted = fill_places(&mut *tx, meeting.id, meeting.capacity, now).await?;
    let args = [("group", meeting.group_name.clone()), ("theme", meeting.theme.clone())];
    tell_place_given(ctx, &mut *tx, &promoted, &args, &meeting_link(meeting.id)).await?;
    Ok(Some((held, promoted)))
}

/// A meeting as the person looking may see it.
pub struct MeetingView {
    pub agenda: Vec<AgendaItem>,
    pub places: Places,
    /// The viewer's own place, if they registered.
    pub own_place: Option<String>,
    /// Who comes: for the group's leads.
    pub registrants: Option<Vec<Registrant>>,
    pub keeps: bool,
    pub may_register: bool,
    /// The viewer's own invitation, when they come as a guest.
    pub guest: Option<Guest>,
    /// The meeting's guests: for the group's leads.
    pub guests: Option<Vec<Guest>>,
}

/// The viewer's own place at a meeting they may see (for its calendar file), without
/// reading the rest of the page.
pub async fn own_place(ctx: &Ctx, actor: Option<&Actor>, meeting: &Meeting) -> Result<Option<String>, MeetingError> {
    authorise(actor, comes(ctx, actor, meeting).await?.may_see())?;
    Ok(place_held(ctx, actor, meeting.id).await?)
}

/// The place `actor` holds at a meeting, registered or waiting.
async fn place_held(ctx: &Ctx, actor: Option<&Actor>, meeting_id: i64) -> store::Result<Option<String>> {
    Ok(match actor {
        Some(a) => meetings::place_of(&ctx.db, meeting_id, a.user_id)
            .await?
            .filter(|p| p != "cancelled"),
        None => None,
    })
}

/// A meeting's page: for the people who joined the group, its guests, and platform admins.
pub async fn view(ctx: &Ctx, actor: Option<&Actor>, meeting: &Meeting) -> Result<MeetingView, MeetingError> {
    let comes = comes(ctx, actor, meeting).await?;
    authorise(actor, comes.may_see())?;
    let keeps = authorise(actor, Action::LeadPeerGroup { lead: comes.lead }).is_ok();
    let own_place = place_held(ctx, actor, meeting.id).await?;
    Ok(MeetingView {
        agenda: meetings::agenda(&ctx.db, meeting.id).await?,
        places: meetings::places(&ctx.db, meeting.id).await?,
        own_place,
        registrants: if keeps {
            Some(meetings::registrants(&ctx.db, meeting.id).await?)
        } else {
            None
        },
        keeps,
        may_register: authorise(actor, comes.may_register()).is_ok(),
        guest: comes.guest,
        guests: if keeps {
            Some(meeting_guests::of_meeting(&ctx.db, meeting.id).await?)
        } else {
            None
        },
    })
}

/// How many of a group's meetings, to come and past, a list gives.
pub const GROUP_MEETINGS_LISTED: i64 = 50;

/// A group's meetings that have not ended (soonest first) and those that have (latest
/// first): for the people who joined it, and platform admins.
pub async fn of_group(
    ctx: &Ctx,
    actor: Option<&Actor>,
    group: &Group,
) -> Result<(Vec<Meeting>, Vec<Meeting>), MeetingError> {
    let joined = match actor {
        Some(a) => groups::standing(&ctx.db, group.id, a.user_id).await?.is_some(),
        None => false,
    };
    authorise(actor, Action::SeeMeeting { joined, guest: false })?;
    let now = ctx.clock.now();
    Ok((
        meetings::upcoming(&ctx.db, group.id, now, GROUP_MEETINGS_LISTED).await?,
        meetings::past(&ctx.db, group.id, now, GROUP_MEETINGS_LISTED).await?,
    ))
}

/// Whether `actor` may keep the meeting's group (to offer the forms).
pub async fn keeps(ctx: &Ctx, actor: Option<&Actor>, group_id: i64) -> Result<bool, MeetingError> {
    Ok(require_lead(ctx, actor, group_id).await.is_ok())
}

/// How far back a calendar feed reaches: meetings that ended within this many days.
const FEED_DAYS_BACK: i64 = 90;
/// The most meetings a calendar feed lists.
const FEED_MEETINGS: i64 = 200;

/// A person starts (or replaces) their calendar feed: returns the secret for its address,
/// which is shown once; any earlier address stops working.
pub async fn start_calendar_feed(ctx: &Ctx, actor: Option<&Actor>, by: By<'_>) -> Result<String, MeetingError> {
    authorise(actor, Action::ManageOwnAccount)?;
    let user = by.user_id.ok_or(MeetingError::NotFound)?;
    let (token, hash) = crate::sessions::new_secret();
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let replaced = store::calendar_feeds::made_at(&mut tx, user).await?.is_some();
    store::calendar_feeds::set(&mut tx, user, &hash, now).await?;
    let entry = Entry {
        org_id: None,
        action: "calendar-feed-started",
        subject: ("user", user.to_string()),
        before: Some(json!({ "feed": replaced })),
        after: Some(json!({ "feed": true })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(token)
}

/// A person turns their calendar feed off: its address stops working.
pub async fn stop_calendar_feed(ctx: &Ctx, actor: Option<&Actor>, by: By<'_>) -> Result<(), MeetingError> {
    authorise(actor, Action::ManageOwnAccount)?;
    let user = by.user_id.ok_or(MeetingError::NotFound)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    if !store::calendar_feeds::remove(&mut tx, user).await? {
        return Err(MeetingError::refused("error-calendar-feed-none"));
    }
    let entry = Entry {
        org_id: None,
        action: "calendar-feed-stopped",
        subject: ("user", user.to_string()),
        before: Some(json!({ "feed": true })),
        after: Some(json!({ "feed": false })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(())
}

/// What a person's calendar feed holds.
pub struct Feed {
    /// The meetings they registered for (or wait for), from recent ones on.
    pub meetings: Vec<meetings::Registered>,
    /// Their booked work, and as a manager their councils' (`work_calendar`).
    pub work: crate::work_calendar::Work,
    /// The language they chose for what the service writes to them.
    pub lang: domain::language::Lang,
}

/// The feed with this secret; None when no feed has it.
pub async fn calendar_feed(ctx: &Ctx, token: &str) -> Result<Option<Feed>, MeetingError> {
    let Some(user) = store::calendar_feeds::owner(&ctx.db, &crate::sessions::hash_secret(token)).await? else {
        return Ok(None);
    };
    let now = ctx.clock.now();
    let since = now - chrono::Duration::days(FEED_DAYS_BACK);
    let meetings = meetings::registered_for(&ctx.db, user, since, FEED_MEETINGS).await?;
    let today = domain::weeks::london_date(now);
    let work = crate::work_calendar::of_person(ctx, user, today).await?;
    let lang = store::users::find_by_id(&ctx.db, user)
        .await?
        .and_then(|u| u.language.as_deref().and_then(domain::language::Lang::parse))
        .unwrap_or_default();
    Ok(Some(Feed { meetings, work, lang }))
}

/// Whether the person's feed has this secret (to show its address once, to them only).
pub async fn is_own_feed(ctx: &Ctx, user_id: i64, token: &str) -> Result<bool, MeetingError> {
    let owner = store::calendar_feeds::owner(&ctx.db, &crate::sessions::hash_secret(token)).await?;
    Ok(owner == Some(user_id))
}
