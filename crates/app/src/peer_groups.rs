//! Peer groups (SPEC §4.8): a platform admin creates a group with its first lead; leads
//! keep its details and invite councils, whose admins accept or decline; the people of
//! member councils join and leave. Every change authorises through `domain::authz`, runs in
//! one transaction with its audit entry, and tells the people it concerns. A group's
//! webhook address is a secret: it is never put in an audit entry, and is shown back only
//! masked.

use super::notify::{tell, tell_role};
use super::{audit, By, Entry};
use crate::Ctx;
use domain::authz::{authorise, Action, Actor};
use domain::peer_groups::{masked_webhook, read_group, slug, CouncilStanding, GroupInput, WebhookChange};
use domain::roles::Role;
use domain::ValidationErrors;
use serde_json::json;
use store::peer_groups::{self as groups, Group, GroupFields, Person, PersonKey};
use store::{members, organisations, users};

step_error! {
    /// Why a change to a peer group did not happen.
    GroupError {}
}

/// Where a group's page is.
pub fn group_link(slug: &str) -> String {
    format!("/groups/{slug}")
}

/// How the person looking stands in a group.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Seen {
    /// Joined, for this council.
    pub joined_for: Option<i64>,
    /// Leads it (or keeps it as a platform admin).
    pub keeps: bool,
}

/// How `actor` stands in `group`.
pub async fn seen_by(ctx: &Ctx, actor: Option<&Actor>, group: &Group) -> Result<Seen, GroupError> {
    let Some(actor) = actor else {
        return Ok(Seen::default());
    };
    let standing = groups::standing(&ctx.db, group.id, actor.user_id).await?;
    let lead = standing.is_some_and(|s| s.lead);
    Ok(Seen {
        joined_for: standing.map(|s| s.org_id),
        keeps: authorise(Some(actor), Action::LeadPeerGroup { lead }).is_ok(),
    })
}

/// Whether `actor` leads the group.
pub(crate) async fn is_lead(ctx: &Ctx, actor: Option<&Actor>, group_id: i64) -> store::Result<bool> {
    Ok(match actor {
        Some(a) => groups::standing(&ctx.db, group_id, a.user_id)
            .await?
            .is_some_and(|s| s.lead),
        None => false,
    })
}

async fn require_lead(ctx: &Ctx, actor: Option<&Actor>, group: &Group) -> Result<(), GroupError> {
    let lead = is_lead(ctx, actor, group.id).await?;
    authorise(actor, Action::LeadPeerGroup { lead })?;
    Ok(())
}

/// What the audit log keeps of a group's details: never the webhook address itself.
fn audited(name: &str, region: &str, chat_link: Option<&str>, webhook: &str) -> serde_json::Value {
    json!({ "name": name, "region": region, "chat_link": chat_link, "webhook": webhook })
}

fn fields(details: &domain::peer_groups::GroupDetails) -> GroupFields<'_> {
    GroupFields {
        name: &details.name,
        region: &details.region,
        description: &details.description,
        chat_link: details.chat_link.as_deref(),
    }
}

/// A platform admin creates a group with its first lead (named by email address), whose
/// council becomes the group's first member. Returns the group's address.
pub async fn create_group(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    input: &GroupInput,
    lead_email: &str,
) -> Result<String, GroupError> {
    authorise(actor, Action::CreatePeerGroups)?;
    let mut errors = ValidationErrors::default();
    let details = match read_group(input) {
        Ok(d) => Some(d),
        Err(found) => {
            errors = found;
            None
        }
    };
    let lead = users::find_by_email(&ctx.db, &lead_email.trim().to_lowercase()).await?;
    let lead_org = match &lead {
        Some(user) => members::memberships_of(&ctx.db, user.id)
            .await?
            .first()
            .map(|m| m.org_id),
        None => None,
    };
    if lead_org.is_none() {
        errors.push("lead_email", "error-group-lead-unknown");
    }
    let (Some(details), Some(lead), Some(lead_org), true) = (details, lead, lead_org, errors.is_empty()) else {
        return Err(GroupError::Invalid(errors));
    };
    let user = by.user_id.ok_or(GroupError::NotFound)?;
    let slug = slug(&details.name);
    let webhook = match &details.webhook {
        WebhookChange::Set(url) => Some(url.as_str()),
        WebhookChange::Keep | WebhookChange::Remove => None,
    };
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let id = match groups::create(&mut tx, &slug, &fields(&details), webhook, user, now).await {
        Ok(id) => id,
        Err(e) if e.is_unique_violation() => {
            return Err(GroupError::Invalid(ValidationErrors::single(
                "name",
                "error-group-name-taken",
            )))
        }
        Err(e) => return Err(e.into()),
    };
    groups::add_member_council(&mut tx, id, lead_org, user, now).await?;
    groups::join(&mut tx, id, lead.id, lead_org, true, now).await?;
    let webhook_state = if webhook.is_some() { "set" } else { "none" };
    let entry = Entry {
        org_id: None,
        action: "peer-group-created",
        subject: ("peer_group", id.to_string()),
        before: None,
        after: Some(json!({
            "group": audited(&details.name, &details.region, details.chat_link.as_deref(), webhook_state),
            "lead": lead.id, "council": lead_org,
        })),
    };
    audit(&mut tx, by, entry, now).await?;
    let link = group_link(&slug);
    tell(
        ctx,
        &mut tx,
        lead.id,
        "notify-group-lead",
        &[("group", details.name.clone())],
        &link,
    )
    .await?;
    tx.commit().await?;
    Ok(slug)
}

/// A lead (or a platform admin) changes a group's details. Its address stays as it was, so
/// that links to it keep working.
pub async fn edit_group(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    group: &Group,
    input: &GroupInput,
) -> Result<(), GroupError> {
    require_lead(ctx, actor, group).await?;
    let details = read_group(input).map_err(GroupError::Invalid)?;
    let (webhook, webhook_state) = match &details.webhook {
        WebhookChange::Keep => (None, if group.webhook_set { "kept" } else { "none" }),
        WebhookChange::Set(url) => (Some(Some(url.as_str())), "changed"),
        WebhookChange::Remove => (Some(None), "removed"),
    };
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    match groups::update(&mut tx, group.id, &fields(&details), webhook, now).await {
        Ok(()) => {}
        Err(e) if e.is_unique_violation() => {
            return Err(GroupError::Invalid(ValidationErrors::single(
                "name",
                "error-group-name-taken",
            )))
        }
        Err(e) => return Err(e.into()),
    }
    let before_webhook = if group.webhook_set { "set" } else { "none" };
    let entry = Entry {
        org_id: None,
        action: "peer-group-changed",
        subject: ("peer_group", group.id.to_string()),
        before: Some(audited(
            &group.name,
            &group.region,
            group.chat_link.as_deref(),
            before_webhook,
        )),
        after: Some(audited(
            &details.name,
            &details.region,
            details.chat_link.as_deref(),
            webhook_state,
        )),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(())
}

/// The group's webhook as its keepers may see it: masked.
pub async fn shown_webhook(ctx: &Ctx, actor: Option<&Actor>, group: &Group) -> Result<Option<String>, GroupError> {
    require_lead(ctx, actor, group).await?;
    Ok(groups::webhook_url(&ctx.db, group.id)
        .await?
        .map(|url| masked_webhook(&url)))
}

/// A lead invites a council (by its code) to join the group; its admins are told.
pub async fn invite_council(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    group: &Group,
    code: &str,
) -> Result<(), GroupError> {
    require_lead(ctx, actor, group).await?;
    let org = match code.trim() {
        "" => None,
        code => organisations::find_by_code(&ctx.db, code).await?,
    };
    let Some(org) = org else {
        return Err(GroupError::Invalid(ValidationErrors::single(
            "council",
            "error-group-council-choose",
        )));
    };
    let user = by.user_id.ok_or(GroupError::NotFound)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    if !groups::invite_council(&mut tx, group.id, org.id, user, now).await? {
        return Err(GroupError::refused("error-group-council-already"));
    }
    let entry = Entry {
        org_id: Some(org.id),
        action: "peer-group-council-invited",
        subject: ("peer_group", group.id.to_string()),
        before: None,
        after: Some(json!({ "council": org.code, "standing": CouncilStanding::Invited.as_str() })),
    };
    audit(&mut tx, by, entry, now).await?;
    let args = [("group", group.name.clone()), ("council", org.name.clone())];
    tell_role(
        ctx,
        &mut tx,
        org.id,
        Role::CouncilAdmin,
        "notify-group-invited",
        &args,
        &group_link(&group.slug),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A council's admin accepts or declines the group's invitation; the group's leads are told.
pub async fn answer_invitation(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    group: &Group,
    org_id: i64,
    accept: bool,
) -> Result<(), GroupError> {
    authorise(actor, Action::AnswerPeerGroupInvitation(org_id))?;
    let org = organisations::find_by_id(&ctx.db, org_id)
        .await?
        .ok_or(GroupError::NotFound)?;
    let user = by.user_id.ok_or(GroupError::NotFound)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    if !groups::answer_invitation(&mut tx, group.id, org_id, accept, user, now).await? {
        return Err(GroupError::refused("error-group-no-invitation"));
    }
    let entry = Entry {
        org_id: Some(org_id),
        action: if accept {
            "peer-group-invitation-accepted"
        } else {
            "peer-group-invitation-declined"
        },
        subject: ("peer_group", group.id.to_string()),
        before: Some(json!({ "standing": CouncilStanding::Invited.as_str() })),
        after: Some(json!({ "standing": if accept { Some(CouncilStanding::Member.as_str()) } else { None } })),
    };
    audit(&mut tx, by, entry, now).await?;
    let key = if accept {
        "notify-group-council-joined"
    } else {
        "notify-group-council-declined"
    };
    let args = [("group", group.name.clone()), ("council", org.name.clone())];
    let link = format!("{}/members", group_link(&group.slug));
    for lead in groups::leads(&mut tx, group.id).await? {
        tell(ctx, &mut tx, lead.user_id, key, &args, &link).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A council's admin takes the council out of a group: its people who joined leave with it.
pub async fn withdraw_council(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    group: &Group,
    org_id: i64,
) -> Result<(), GroupError> {
    authorise(actor, Action::AnswerPeerGroupInvitation(org_id))?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let Some(people) = groups::remove_council(&mut tx, group.id, org_id).await? else {
        return Err(GroupError::refused("error-group-not-member"));
    };
    let entry = Entry {
        org_id: Some(org_id),
        action: "peer-group-council-withdrawn",
        subject: ("peer_group", group.id.to_string()),
        before: Some(json!({ "standing": CouncilStanding::Member.as_str() })),
        after: Some(json!({ "standing": null, "people_left": people })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(())
}

/// A person of a member council joins the group for that council.
pub async fn join(ctx: &Ctx, actor: Option<&Actor>, by: By<'_>, group: &Group, org_id: i64) -> Result<(), GroupError> {
    let standing = groups::council_standing(&ctx.db, group.id, org_id).await?;
    let council_in_group = standing.as_deref() == Some(CouncilStanding::Member.as_str());
    authorise(
        actor,
        Action::JoinPeerGroup {
            org: org_id,
            council_in_group,
        },
    )?;
    let user = by.user_id.ok_or(GroupError::NotFound)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    if groups::standing(&mut tx, group.id, user).await?.is_some() {
        return Err(GroupError::refused("error-group-joined-already"));
    }
    groups::join(&mut tx, group.id, user, org_id, false, now).await?;
    let entry = Entry {
        org_id: Some(org_id),
        action: "peer-group-joined",
        subject: ("peer_group", group.id.to_string()),
        before: None,
        after: Some(json!({ "user": user })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(())
}

/// A person leaves a group they joined.
pub async fn leave(ctx: &Ctx, actor: Option<&Actor>, by: By<'_>, group: &Group) -> Result<(), GroupError> {
    authorise(actor, Action::ManageOwnAccount)?;
    let user = by.user_id.ok_or(GroupError::NotFound)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let standing = groups::standing(&mut tx, group.id, user)
        .await?
        .ok_or(GroupError::refused("error-group-not-joined"))?;
    groups::leave(&mut tx, group.id, user).await?;
    let entry = Entry {
        org_id: Some(standing.org_id),
        action: "peer-group-left",
        subject: ("peer_group", group.id.to_string()),
        before: Some(json!({ "user": user, "lead": standing.lead })),
        after: None,
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(())
}

/// A lead makes someone who joined the group a lead too, or no longer one; a new lead is
/// told.
pub async fn set_lead(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    group: &Group,
    user_id: i64,
    lead: bool,
) -> Result<(), GroupError> {
    require_lead(ctx, actor, group).await?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let standing = groups::standing(&mut tx, group.id, user_id)
        .await?
        .ok_or(GroupError::NotFound)?;
    if !groups::set_lead(&mut tx, group.id, user_id, lead).await? {
        return Ok(());
    }
    let entry = Entry {
        org_id: Some(standing.org_id),
        action: if lead {
            "peer-group-lead-appointed"
        } else {
            "peer-group-lead-stood-down"
        },
        subject: ("peer_group", group.id.to_string()),
        before: Some(json!({ "user": user_id, "lead": standing.lead })),
        after: Some(json!({ "user": user_id, "lead": lead })),
    };
    audit(&mut tx, by, entry, now).await?;
    if lead {
        let link = group_link(&group.slug);
        tell(
            ctx,
            &mut tx,
            user_id,
            "notify-group-lead",
            &[("group", group.name.clone())],
            &link,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// How many people a page of a group's members lists.
pub const PEOPLE_PAGE: i64 = 50;

/// A page of the group's members' page: its leads, and its people by name from after
/// `after`, with the key to the next page.
pub struct MembersPage {
    pub leads: Vec<Person>,
    pub people: Vec<Person>,
    pub next: Option<PersonKey>,
    /// How the viewer stands in the group (read once for the page).
    pub seen: Seen,
}

/// The group's members' page, for the people who joined it (and platform admins).
pub async fn members_page(
    ctx: &Ctx,
    actor: Option<&Actor>,
    group: &Group,
    after: Option<&PersonKey>,
) -> Result<MembersPage, GroupError> {
    let seen = seen_by(ctx, actor, group).await?;
    let joined = seen.joined_for.is_some();
    authorise(actor, Action::SeePeerGroupMembers { joined })?;
    let leads = groups::leads(&ctx.db, group.id).await?;
    let mut people = groups::people(&ctx.db, group.id, after, PEOPLE_PAGE + 1).await?;
    let more = people.len() > usize::try_from(PEOPLE_PAGE).unwrap_or(usize::MAX);
    people.truncate(usize::try_from(PEOPLE_PAGE).unwrap_or(usize::MAX));
    let next = people.last().filter(|_| more).map(|p| PersonKey {
        name: p.display_name.clone(),
        user_id: p.user_id,
    });
    Ok(MembersPage {
        leads,
        people,
        next,
        seen,
    })
}
