//! Guests of one meeting (SPEC §4.8): a lead invites people from outside the group's
//! councils (government, suppliers) by email; the link makes a guest account (or joins the
//! invitation to the address's account), which sees only that meeting's page and agenda and
//! keeps its own registration. The guest says whether the write-up may name them. A lead
//! can withdraw an invitation, which gives up the guest's place.

use super::meetings::{give_up_place, require_lead, MeetingError};
use super::{audit, queue_one_time_link, By, Entry};
use crate::Ctx;
use domain::authz::{authorise, Action, Actor};
use domain::meetings::read_guest;
use serde_json::json;
use store::meeting_guests::{self as guests, Guest, NewGuest};
use store::meetings::{self as meetings, Meeting};
use store::users;

/// Where a guest takes up their invitation.
fn invitation_link(ctx: &Ctx, token: &str) -> String {
    format!("{}/guest/{token}", ctx.settings.base_url)
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

fn still_open(ctx: &Ctx, meeting: &Meeting) -> Result<(), MeetingError> {
    if meeting.status != "scheduled" || meeting.ends_at <= ctx.clock.now() {
        return Err(MeetingError::refused("error-meeting-closed"));
    }
    Ok(())
}

/// A lead invites a named guest by email; the guest is sent a link. Returns the invitation.
pub async fn invite(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    meeting: &Meeting,
    name: &str,
    email: &str,
    organisation: &str,
) -> Result<i64, MeetingError> {
    require_lead(ctx, actor, meeting.group_id).await?;
    let guest = read_guest(name, email, organisation).map_err(MeetingError::Invalid)?;
    still_open(ctx, meeting)?;
    let lead = by.user_id.ok_or(MeetingError::NotFound)?;
    let now = ctx.clock.now();
    let (token, hash) = crate::sessions::new_secret();
    let mut tx = ctx.db.begin().await?;
    let new = NewGuest {
        meeting_id: meeting.id,
        email: guest.email.as_str(),
        name: &guest.name,
        organisation: &guest.organisation,
        token_hash: &hash,
        invited_by: lead,
    };
    let Some(id) = guests::invite(&mut tx, &new, now).await? else {
        return Err(MeetingError::refused("error-guest-invited-already"));
    };
    // A guest belongs to no council here: they are written to as the inviting lead's own
    // emails are (the lead's language; Welsh first for a lead of a council in Wales).
    let langs = crate::notify::email_languages(&mut tx, lead).await?;
    let (subject, body) = crate::notify::written(langs, |lang| {
        let args = [
            ("name", guest.name.clone()),
            ("group", meeting.group_name.clone()),
            ("theme", meeting.theme.clone()),
            ("date", ctx.london_day(lang, meeting.starts_at)),
            ("link", invitation_link(ctx, &token)),
        ];
        (
            ctx.t_in(lang, "email-guest-subject", &args),
            ctx.t_in(lang, "email-guest-body", &args),
        )
    });
    queue_one_time_link(&mut tx, guest.email.as_str(), &subject, &body, now).await?;
    let after = json!({ "guest": id, "name": guest.name, "organisation": guest.organisation });
    audit(&mut tx, by, entry("meeting-guest-invited", meeting.id, after), now).await?;
    tx.commit().await?;
    ctx.outbox_wakeup.notify_one();
    Ok(id)
}

/// A lead withdraws an invitation: the link stops working, the guest can no longer see the
/// meeting, and any place they held goes to the first waiting.
pub async fn withdraw(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    meeting: &Meeting,
    guest_id: i64,
) -> Result<(), MeetingError> {
    require_lead(ctx, actor, meeting.group_id).await?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let guest = guests::find(&mut tx, meeting.id, guest_id)
        .await?
        .ok_or(MeetingError::NotFound)?;
    if !guests::withdraw(&mut tx, guest.id, now).await? {
        return Err(MeetingError::refused("error-guest-withdrawn-already"));
    }
    let gave_up = match guest.user_id {
        Some(user) => give_up_place(ctx, &mut tx, meeting, user).await?,
        None => None,
    };
    let after = json!({ "guest": guest.id, "withdrawn": true, "place_given_up": gave_up.map(|(held, _)| held) });
    audit(&mut tx, by, entry("meeting-guest-withdrawn", meeting.id, after), now).await?;
    tx.commit().await?;
    Ok(())
}

/// How the person following an invitation's link stands with its address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Taker {
    /// Nobody has an account with the address: following the link makes one.
    NewAccount,
    /// Signed in with the invited address: following the link joins it to their account.
    SignedIn,
    /// The address has an account, not signed in here: they sign in first.
    SignInFirst,
    /// Signed in with another address: they sign out first.
    OtherAccount,
}

/// An invitation a link stands for, with its meeting.
pub struct Invitation {
    pub guest: Guest,
    pub meeting: Meeting,
    pub taker: Taker,
}

/// The invitation behind a link, while it can still be taken up: not taken up, not
/// withdrawn, the meeting neither cancelled nor over.
pub async fn invitation(ctx: &Ctx, token: &str, actor: Option<&Actor>) -> Result<Option<Invitation>, MeetingError> {
    let hash = crate::sessions::hash_secret(token);
    let Some(guest) = guests::by_token(&ctx.db, &hash).await? else {
        return Ok(None);
    };
    let Some(meeting) = meetings::find(&ctx.db, guest.meeting_id).await? else {
        return Ok(None);
    };
    if still_open(ctx, &meeting).is_err() {
        return Ok(None);
    }
    let taker = taker(ctx, &guest.email, actor).await?;
    Ok(Some(Invitation { guest, meeting, taker }))
}

async fn taker(ctx: &Ctx, email: &str, actor: Option<&Actor>) -> store::Result<Taker> {
    Ok(match actor {
        Some(a) => match users::find_by_id(&ctx.db, a.user_id).await? {
            Some(me) if me.email.eq_ignore_ascii_case(email) => Taker::SignedIn,
            _ => Taker::OtherAccount,
        },
        None => match users::find_by_email(&ctx.db, email).await? {
            Some(_) => Taker::SignInFirst,
            None => Taker::NewAccount,
        },
    })
}

/// A new guest account's name and password (hashed).
pub struct NewAccount<'a> {
    pub display_name: &'a str,
    pub password_hash: &'a str,
}

/// What taking up an invitation did: the meeting, and a session when it made an account.
pub struct Accepted {
    pub meeting_id: i64,
    pub session_token: Option<String>,
}

/// Takes up an invitation: joins it to the signed-in account of the invited address, or
/// makes a guest account (no council) and signs it in. The link works once.
pub async fn accept(
    ctx: &Ctx,
    token: &str,
    actor: Option<&Actor>,
    account: Option<NewAccount<'_>>,
    may_name: bool,
    client_ip: &str,
    user_agent: Option<&str>,
) -> Result<Accepted, MeetingError> {
    let Some(found) = invitation(ctx, token, actor).await? else {
        return Err(MeetingError::NotFound);
    };
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let (user_id, session_token) = match (&found.taker, actor, account) {
        (Taker::SignedIn, Some(a), _) => (a.user_id, None),
        (Taker::NewAccount, None, Some(account)) => {
            if users::find_by_email(&mut tx, &found.guest.email).await?.is_some() {
                return Err(MeetingError::refused("error-guest-sign-in-first"));
            }
            let new = users::NewUser {
                email: &found.guest.email,
                display_name: account.display_name,
                password_hash: account.password_hash,
                platform_admin: false,
            };
            let user_id = users::create(&mut tx, &new, now).await?;
            let session = crate::sessions::start(&mut tx, user_id, client_ip, user_agent, now).await?;
            (user_id, Some(session))
        }
        (Taker::SignInFirst | Taker::NewAccount, _, _) => {
            return Err(MeetingError::refused("error-guest-sign-in-first"))
        }
        (Taker::OtherAccount | Taker::SignedIn, _, _) => {
            return Err(MeetingError::refused("error-guest-other-account"))
        }
    };
    if !guests::accept(&mut tx, found.guest.id, user_id, may_name, now).await? {
        return Err(MeetingError::NotFound);
    }
    let by = By {
        user_id: Some(user_id),
        client_ip,
    };
    let after = json!({ "guest": found.guest.id, "user": user_id, "may_name": may_name });
    audit(
        &mut tx,
        by,
        entry("meeting-guest-accepted", found.meeting.id, after),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Accepted {
        meeting_id: found.meeting.id,
        session_token,
    })
}

/// A guest changes whether the write-up may name them.
pub async fn set_may_name(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    meeting: &Meeting,
    may_name: bool,
) -> Result<(), MeetingError> {
    authorise(actor, Action::ManageOwnAccount)?;
    let user = by.user_id.ok_or(MeetingError::NotFound)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    if !guests::set_may_name(&mut tx, meeting.id, user, may_name).await? {
        return Err(MeetingError::NotFound);
    }
    let after = json!({ "user": user, "may_name": may_name });
    audit(&mut tx, by, entry("meeting-guest-naming", meeting.id, after), now).await?;
    tx.commit().await?;
    Ok(())
}
