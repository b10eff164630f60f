//! On the day and after (SPEC §4.8): a group's lead records who came, notes per agenda
//! item, each table's workshop feedback and the actions agreed; the next meetings' review
//! of actions marks each done, carried on or dropped; members propose themes and standing
//! items and vote (one vote each); member councils offer to host; the lead writes the
//! meeting up and publishes it. Each change is authorised, audited and runs in one
//! transaction.

use super::meetings::{require_lead, MeetingError};
use super::notify::tell;
use super::{audit, By, Entry};
use crate::Ctx;
use domain::authz::{authorise, Action, Actor};
use domain::meetings::{
    read_action, read_feedback, read_notes, read_offer_note, read_summary, read_theme, reviewed_at, ActionFacts,
    ActionStatus, Owner, Review,
};
use domain::ValidationErrors;
use serde_json::json;
use store::meeting_records::{self as records, NewAction};
use store::meetings::{self as meetings, Meeting};
use store::peer_groups::{self as groups, Group};

/// The council `actor` joined the group for: they must have joined it.
async fn joined_for(ctx: &Ctx, actor: Option<&Actor>, group_id: i64) -> Result<i64, MeetingError> {
    let standing = match actor {
        Some(a) => groups::standing(&ctx.db, group_id, a.user_id).await?,
        None => None,
    };
    authorise(
        actor,
        Action::SeeMeeting {
            joined: standing.is_some(),
            guest: false,
        },
    )?;
    standing.map(|s| s.org_id).ok_or(MeetingError::NotFound)
}

fn entry(action: &'static str, meeting_id: i64, after: serde_json::Value) -> Entry<'static> {
    Entry {
        org_id: None,
        action,
        subject: ("meeting", meeting_id.to_string()),
        before: None,
        after: Some(after),
    }
}

/// The lead records who came: those registered with a place whose ids are in `came`.
pub async fn record_attendance(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    meeting: &Meeting,
    came: &[i64],
) -> Result<usize, MeetingError> {
    require_lead(ctx, actor, meeting.group_id).await?;
    if meeting.starts_at > ctx.clock.now() {
        return Err(MeetingError::refused("error-attendance-too-early"));
    }
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let registered: Vec<i64> = meetings::registrants(&mut tx, meeting.id)
        .await?
        .into_iter()
        .filter(|r| r.place == "registered")
        .map(|r| r.user_id)
        .collect();
    let mut attended = 0;
    for user in &registered {
        let here = came.contains(user);
        records::set_attended(&mut tx, meeting.id, *user, here).await?;
        attended += usize::from(here);
    }
    let after = json!({ "attended": attended, "registered": registered.len() });
    audit(
        &mut tx,
        by,
        entry("meeting-attendance-recorded", meeting.id, after),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(attended)
}

/// The lead keeps an agenda item's notes, published in the write-up or kept to the group.
pub async fn save_notes(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    meeting: &Meeting,
    item_id: i64,
    (notes, published): (&str, bool),
) -> Result<(), MeetingError> {
    require_lead(ctx, actor, meeting.group_id).await?;
    let notes = read_notes(notes).map_err(MeetingError::Invalid)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    if !records::set_notes(&mut tx, meeting.id, item_id, &notes, published).await? {
        return Err(MeetingError::NotFound);
    }
    let after = json!({ "item": item_id, "characters": notes.chars().count(), "published": published });
    audit(&mut tx, by, entry("meeting-notes-saved", meeting.id, after), now).await?;
    tx.commit().await?;
    Ok(())
}

/// The lead records what a table reported from a workshop.
pub async fn add_feedback(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    meeting: &Meeting,
    (table_name, approach, findings): (&str, &str, &str),
) -> Result<i64, MeetingError> {
    require_lead(ctx, actor, meeting.group_id).await?;
    let f = read_feedback(table_name, approach, findings).map_err(MeetingError::Invalid)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let id = records::add_feedback(&mut tx, meeting.id, (&f.table_name, &f.approach, &f.findings), now).await?;
    let after = json!({ "feedback": id, "table": f.table_name });
    audit(&mut tx, by, entry("meeting-feedback-added", meeting.id, after), now).await?;
    tx.commit().await?;
    Ok(id)
}

pub async fn remove_feedback(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    meeting: &Meeting,
    id: i64,
) -> Result<(), MeetingError> {
    require_lead(ctx, actor, meeting.group_id).await?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    if !records::remove_feedback(&mut tx, meeting.id, id).await? {
        return Err(MeetingError::NotFound);
    }
    audit(
        &mut tx,
        by,
        entry("meeting-feedback-removed", meeting.id, json!({ "feedback": id })),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The lead records an action the meeting agreed. Its owner — someone who joined the group,
/// or one of its member councils — is told (a council through its people in the group).
pub async fn add_action(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    meeting: &Meeting,
    (title, owner, due_on): (&str, &str, &str),
) -> Result<i64, MeetingError> {
    require_lead(ctx, actor, meeting.group_id).await?;
    let action = read_action(title, owner, due_on).map_err(MeetingError::Invalid)?;
    let told: Vec<i64> = match action.owner {
        Owner::Nobody => Vec::new(),
        Owner::Person(id) => {
            groups::standing(&ctx.db, meeting.group_id, id)
                .await?
                .ok_or_else(|| MeetingError::Invalid(ValidationErrors::single("owner", "error-action-owner")))?;
            vec![id]
        }
        Owner::Council(org) => {
            let member = groups::council_standing(&ctx.db, meeting.group_id, org).await?;
            if member.as_deref() != Some("member") {
                return Err(MeetingError::Invalid(ValidationErrors::single(
                    "owner",
                    "error-action-owner",
                )));
            }
            groups::people_of_council(&ctx.db, meeting.group_id, org).await?
        }
    };
    let user = by.user_id.ok_or(MeetingError::NotFound)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let new = NewAction {
        group_id: meeting.group_id,
        meeting_id: meeting.id,
        title: &action.title,
        owner_user_id: match action.owner {
            Owner::Person(id) => Some(id),
            _ => None,
        },
        owner_org_id: match action.owner {
            Owner::Council(id) => Some(id),
            _ => None,
        },
        due_on: action.due_on,
    };
    let id = records::add_action(&mut tx, &new, user, now).await?;
    let after = json!({ "action": id, "title": action.title, "due_on": action.due_on });
    audit(&mut tx, by, entry("meeting-action-agreed", meeting.id, after), now).await?;
    let args = [("group", meeting.group_name.clone()), ("action", action.title.clone())];
    let link = format!("{}/record#actions", super::meetings::meeting_link(meeting.id));
    for person in told.into_iter().filter(|&p| Some(p) != by.user_id) {
        tell(ctx, &mut tx, person, "notify-action-assigned", &args, &link).await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// The actions a meeting reviews: agreed at earlier meetings and still open when it
/// began, or reviewed by it already (with what it decided).
pub async fn actions_to_review(ctx: &Ctx, meeting: &Meeting) -> Result<Vec<records::Action>, MeetingError> {
    let candidates = records::reviewable(&ctx.db, meeting.group_id, meeting.id).await?;
    Ok(candidates
        .into_iter()
        .filter(|a| {
            let facts = ActionFacts {
                raised_at: a.raised_at,
                status: a.status.parse().unwrap_or(ActionStatus::Open),
                reviewed_here: a.outcome.as_deref().and_then(|o| o.parse::<Review>().ok()),
            };
            reviewed_at(&facts, meeting.starts_at)
        })
        .collect())
}

/// The meeting's review of an action: done, carried on (open for the next meeting) or
/// dropped.
pub async fn review_action(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    meeting: &Meeting,
    action_id: i64,
    outcome: &str,
) -> Result<(), MeetingError> {
    require_lead(ctx, actor, meeting.group_id).await?;
    let review: Review = outcome
        .parse()
        .map_err(|k| MeetingError::Invalid(ValidationErrors::single("outcome", k)))?;
    if !actions_to_review(ctx, meeting).await?.iter().any(|a| a.id == action_id) {
        return Err(MeetingError::NotFound);
    }
    let user = by.user_id.ok_or(MeetingError::NotFound)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    records::review(
        &mut tx,
        (action_id, meeting.id),
        (review.as_str(), review.status().as_str()),
        user,
        now,
    )
    .await?;
    let after = json!({ "action": action_id, "outcome": review.as_str() });
    audit(&mut tx, by, entry("meeting-action-reviewed", meeting.id, after), now).await?;
    tx.commit().await?;
    Ok(())
}

/// Someone who joined the group proposes a theme or standing item for future meetings.
pub async fn propose_theme(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    group: &Group,
    (kind, title): (&str, &str),
) -> Result<i64, MeetingError> {
    joined_for(ctx, actor, group.id).await?;
    let (kind, title) = read_theme(kind, title).map_err(MeetingError::Invalid)?;
    let user = by.user_id.ok_or(MeetingError::NotFound)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let id = match records::propose_theme(&mut tx, group.id, (kind.as_str(), &title), user, now).await {
        Ok(id) => id,
        Err(e) if e.is_unique_violation() => {
            return Err(MeetingError::Invalid(ValidationErrors::single(
                "title",
                "error-theme-taken",
            )))
        }
        Err(e) => return Err(e.into()),
    };
    let record = Entry {
        org_id: None,
        action: "group-theme-proposed",
        subject: ("peer_group", group.id.to_string()),
        before: None,
        after: Some(json!({ "theme": id, "kind": kind.as_str(), "title": title })),
    };
    audit(&mut tx, by, record, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// Someone who joined the theme's group votes for it (one vote each), or takes the vote
/// back.
pub async fn vote(ctx: &Ctx, actor: Option<&Actor>, by: By<'_>, theme_id: i64, on: bool) -> Result<(), MeetingError> {
    let group_id = records::theme_group(&ctx.db, theme_id)
        .await?
        .ok_or(MeetingError::NotFound)?;
    joined_for(ctx, actor, group_id).await?;
    let user = by.user_id.ok_or(MeetingError::NotFound)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    if !records::vote(&mut tx, theme_id, user, on, now).await? {
        return Err(MeetingError::refused(if on {
            "error-theme-voted-already"
        } else {
            "error-theme-not-voted"
        }));
    }
    let record = Entry {
        org_id: None,
        action: if on {
            "group-theme-voted"
        } else {
            "group-theme-vote-withdrawn"
        },
        subject: ("peer_group", group_id.to_string()),
        before: None,
        after: Some(json!({ "theme": theme_id })),
    };
    audit(&mut tx, by, record, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Someone who joined the group offers, for the council they joined for, to host a future
/// meeting; the group's leads are told.
pub async fn offer_to_host(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    group: &Group,
    note: &str,
) -> Result<i64, MeetingError> {
    let org = joined_for(ctx, actor, group.id).await?;
    let note = read_offer_note(note).map_err(MeetingError::Invalid)?;
    let user = by.user_id.ok_or(MeetingError::NotFound)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let id = records::offer_to_host(&mut tx, group.id, org, &note, user, now).await?;
    let record = Entry {
        org_id: Some(org),
        action: "group-hosting-offered",
        subject: ("peer_group", group.id.to_string()),
        before: None,
        after: Some(json!({ "offer": id })),
    };
    audit(&mut tx, by, record, now).await?;
    let council = store::organisations::find_by_id(&mut tx, org)
        .await?
        .map(|o| o.name)
        .unwrap_or_default();
    let args = [("group", group.name.clone()), ("council", council)];
    let link = super::peer_groups::group_link(&group.slug);
    for lead in groups::leads(&mut tx, group.id).await? {
        if Some(lead.user_id) != by.user_id {
            tell(ctx, &mut tx, lead.user_id, "notify-hosting-offered", &args, &link).await?;
        }
    }
    tx.commit().await?;
    Ok(id)
}

/// A lead accepts (the council hosts next) or declines an offer to host.
pub async fn answer_offer(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    group: &Group,
    offer_id: i64,
    accept: bool,
) -> Result<(), MeetingError> {
    require_lead(ctx, actor, group.id).await?;
    let user = by.user_id.ok_or(MeetingError::NotFound)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    if !records::answer_offer(&mut tx, group.id, offer_id, accept, user, now).await? {
        return Err(MeetingError::refused("error-offer-answered"));
    }
    let record = Entry {
        org_id: None,
        action: if accept {
            "group-hosting-accepted"
        } else {
            "group-hosting-declined"
        },
        subject: ("peer_group", group.id.to_string()),
        before: None,
        after: Some(json!({ "offer": offer_id })),
    };
    audit(&mut tx, by, record, now).await?;
    tx.commit().await?;
    Ok(())
}

/// The lead saves the write-up's summary and, once the meeting has begun, may publish it.
pub async fn save_writeup(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    meeting: &Meeting,
    summary: &str,
    publish: bool,
) -> Result<(), MeetingError> {
    require_lead(ctx, actor, meeting.group_id).await?;
    let summary = read_summary(summary).map_err(MeetingError::Invalid)?;
    let now = ctx.clock.now();
    if publish && meeting.starts_at > now {
        return Err(MeetingError::refused("error-writeup-too-early"));
    }
    let user = by.user_id.ok_or(MeetingError::NotFound)?;
    let mut tx = ctx.db.begin().await?;
    records::save_writeup(&mut tx, meeting.id, &summary, publish, user, now).await?;
    let after = json!({ "characters": summary.chars().count(), "published": publish });
    let action = if publish {
        "meeting-writeup-published"
    } else {
        "meeting-writeup-saved"
    };
    audit(&mut tx, by, entry(action, meeting.id, after), now).await?;
    tx.commit().await?;
    Ok(())
}

/// The actions a meeting agreed, and those from earlier meetings it reviews (or reviewed):
/// for the people who joined the group, and platform admins.
pub async fn actions(
    ctx: &Ctx,
    actor: Option<&Actor>,
    meeting: &Meeting,
) -> Result<(Vec<records::Action>, Vec<records::Action>), MeetingError> {
    let joined = match actor {
        Some(a) => groups::standing(&ctx.db, meeting.group_id, a.user_id).await?.is_some(),
        None => false,
    };
    authorise(actor, Action::SeeMeeting { joined, guest: false })?;
    Ok((
        records::agreed_at(&ctx.db, meeting.id).await?,
        actions_to_review(ctx, meeting).await?,
    ))
}

/// A meeting's write-up as a page shows it, made from what was recorded: the lead's
/// summary, notes marked for publication, tables' feedback, actions since the last meeting
/// and those agreed, themes for future meetings and the next host.
pub struct WriteupView {
    pub summary: String,
    pub published_at: Option<chrono::DateTime<chrono::Utc>>,
    pub agenda: Vec<meetings::AgendaItem>,
    pub councils_attending: Vec<String>,
    /// Guests who came (or kept their place) and agreed to be named: name and organisation.
    pub guests: Vec<(String, String)>,
    pub feedback: Vec<records::TableFeedback>,
    pub reviewed: Vec<records::Action>,
    pub agreed: Vec<records::Action>,
    pub themes: Vec<records::Theme>,
    pub next_host: Option<String>,
}

/// The most themes a write-up lists.
const WRITEUP_THEMES: usize = 10;

/// The write-up of a meeting, as the public sees it (notes the lead kept to the group left
/// out); `public` refuses one that is not (yet) published, which the lead may preview.
pub async fn writeup(ctx: &Ctx, meeting: &Meeting, public: bool) -> Result<WriteupView, MeetingError> {
    let saved = records::writeup(&ctx.db, meeting.id).await?;
    if public && saved.as_ref().is_none_or(|w| w.published_at.is_none()) {
        return Err(MeetingError::NotFound);
    }
    let mut agenda = meetings::agenda(&ctx.db, meeting.id).await?;
    for item in &mut agenda {
        if !item.notes_published {
            item.notes = String::new();
        }
    }
    let mut themes = records::themes(&ctx.db, meeting.group_id, None).await?;
    themes.truncate(WRITEUP_THEMES);
    Ok(WriteupView {
        summary: saved.as_ref().map(|w| w.summary.clone()).unwrap_or_default(),
        published_at: saved.and_then(|w| w.published_at),
        agenda,
        councils_attending: meetings::councils_attending(&ctx.db, meeting.id).await?,
        guests: store::meeting_guests::named(&ctx.db, meeting.id).await?,
        feedback: records::feedback(&ctx.db, meeting.id).await?,
        reviewed: actions_to_review(ctx, meeting).await?,
        agreed: records::agreed_at(&ctx.db, meeting.id).await?,
        themes,
        next_host: records::next_host(&ctx.db, meeting.group_id).await?,
    })
}
