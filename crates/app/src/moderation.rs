//! Moderation (domain::moderation): a platform admin hides a post with a reason, its
//! owner is told and may appeal once, and a platform admin restores it or keeps it
//! hidden, the owner told again. Each step is one transaction with its audit entry.

use crate::notify::tell;
use crate::{audit, By, Ctx, Entry};
use domain::authz::{authorise, Action, Actor};
use domain::moderation::{self as rules, Decision, Kind};
use serde_json::json;
use store::moderation::{self as stored, Moderation};

step_error! {
    /// Why a moderation step could not be taken.
    ModerationError {}
}

/// How many appeals and hidden posts the admin page shows at a time.
pub const PAGE: i64 = 50;

/// Where the owner reads the moderation and appeals.
pub fn link(id: i64) -> String {
    format!("/moderation/{id}")
}

/// What the admin is about to hide: the post of `kind` and `id`, if it exists.
pub async fn subject(
    ctx: &Ctx,
    actor: Option<&Actor>,
    kind: Kind,
    id: i64,
) -> Result<stored::Subject, ModerationError> {
    authorise(actor, Action::Moderate)?;
    stored::subject(&ctx.db, kind, id)
        .await?
        .ok_or(ModerationError::NotFound)
}

/// Hides a post, giving the reason; returns the moderation's id.
pub async fn hide(
    ctx: &Ctx,
    by: By<'_>,
    actor: Option<&Actor>,
    kind: Kind,
    subject_id: i64,
    reason: &str,
) -> Result<i64, ModerationError> {
    authorise(actor, Action::Moderate)?;
    let reason = rules::read_reason(reason).map_err(ModerationError::Invalid)?;
    let admin = by.user_id.ok_or(ModerationError::NotFound)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let subject = stored::subject(&mut tx, kind, subject_id)
        .await?
        .ok_or(ModerationError::NotFound)?;
    // A post already hidden has its standing moderation, which the insert keeps single.
    let id = stored::hide(&mut tx, kind, subject_id, &subject, &reason, admin, now)
        .await?
        .ok_or(ModerationError::refused("error-moderation-already-hidden"))?;
    let entry = Entry {
        org_id: subject.org_id,
        action: "content-hidden",
        subject: (kind.as_str(), subject_id.to_string()),
        before: None,
        after: Some(json!({ "moderation": id, "reason": reason })),
    };
    audit(&mut tx, by, entry, now).await?;
    if let Some(owner) = subject.owner_id {
        let args = [("title", subject.title.clone()), ("reason", reason.clone())];
        tell(ctx, &mut tx, owner, "notify-moderation-hidden", &args, &link(id)).await?;
    }
    if kind == Kind::Opportunity {
        tell_applicants(ctx, &mut tx, subject_id, &subject.title, "notify-opportunity-hidden").await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// Tells those whose applications on an opportunity wait for its outcome that it was
/// hidden or shown again: their applications stay as they are.
async fn tell_applicants(
    ctx: &Ctx,
    tx: &mut store::Tx,
    opportunity_id: i64,
    title: &str,
    key: &str,
) -> store::Result<()> {
    for (application, applicant) in store::applications::waiting_on(&mut *tx, opportunity_id).await? {
        let args = [("title", title.to_string())];
        tell(
            ctx,
            tx,
            applicant,
            key,
            &args,
            &crate::applications::link_to(application),
        )
        .await?;
    }
    Ok(())
}

/// A moderation, to the admins and to the owner of the post.
pub async fn view(ctx: &Ctx, actor: Option<&Actor>, id: i64) -> Result<Moderation, ModerationError> {
    let m = stored::find(&ctx.db, id).await?.ok_or(ModerationError::NotFound)?;
    if authorise(actor, Action::Moderate).is_err() {
        owner_only(actor, &m)?;
    }
    Ok(m)
}

/// Refuses anyone but the owner of the post: to them the moderation does not exist.
fn owner_only(actor: Option<&Actor>, m: &Moderation) -> Result<(), ModerationError> {
    let owner = m.owner_id.unwrap_or_default();
    authorise(actor, Action::AppealModeration { owner }).map_err(|d| match d {
        domain::authz::Denied::NotSignedIn => ModerationError::Denied(d),
        domain::authz::Denied::Forbidden => ModerationError::NotFound,
    })
}

/// The owner appeals, once.
pub async fn appeal(ctx: &Ctx, by: By<'_>, actor: Option<&Actor>, id: i64, text: &str) -> Result<(), ModerationError> {
    let m = stored::find(&ctx.db, id).await?.ok_or(ModerationError::NotFound)?;
    owner_only(actor, &m)?;
    rules::may_appeal(m.standing()).map_err(ModerationError::refused)?;
    let text = rules::read_appeal(text).map_err(ModerationError::Invalid)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    if !stored::appeal(&mut tx, id, &text, now).await? {
        return Err(ModerationError::refused("error-moderation-appealed-once"));
    }
    let entry = Entry {
        org_id: m.org_id,
        action: "moderation-appealed",
        subject: (m.kind.as_str(), m.subject_id.to_string()),
        before: None,
        after: Some(json!({ "moderation": id, "appeal": text })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(())
}

/// A platform admin decides an appeal: the post is restored, or stays hidden.
pub async fn decide(
    ctx: &Ctx,
    by: By<'_>,
    actor: Option<&Actor>,
    id: i64,
    decision: Decision,
    note: &str,
) -> Result<(), ModerationError> {
    authorise(actor, Action::Moderate)?;
    let admin = by.user_id.ok_or(ModerationError::NotFound)?;
    let m = stored::find(&ctx.db, id).await?.ok_or(ModerationError::NotFound)?;
    rules::may_decide(m.standing()).map_err(ModerationError::refused)?;
    let note = rules::read_note(note).map_err(ModerationError::Invalid)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    if !stored::decide(&mut tx, id, decision, &note, admin, now).await? {
        return Err(ModerationError::refused("error-moderation-decided"));
    }
    if decision == Decision::Restored {
        stored::restore(&mut tx, &m, now).await?;
        if m.kind == Kind::Opportunity {
            tell_applicants(ctx, &mut tx, m.subject_id, &m.title, "notify-opportunity-shown-again").await?;
        }
    }
    let entry = Entry {
        org_id: m.org_id,
        action: "moderation-decided",
        subject: (m.kind.as_str(), m.subject_id.to_string()),
        before: None,
        after: Some(json!({ "moderation": id, "decision": decision.as_str(), "note": note })),
    };
    audit(&mut tx, by, entry, now).await?;
    if let Some(owner) = m.owner_id {
        let key = match decision {
            Decision::Restored => "notify-moderation-restored",
            Decision::Upheld => "notify-moderation-upheld",
        };
        let args = [("title", m.title.clone()), ("note", note.clone())];
        tell(ctx, &mut tx, owner, key, &args, &link(id)).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The admins' page: appeals waiting (the longest waiting first), and what is hidden,
/// newest first, older than `before`.
pub async fn overview(
    ctx: &Ctx,
    actor: Option<&Actor>,
    before: Option<i64>,
) -> Result<(Vec<Moderation>, Vec<Moderation>), ModerationError> {
    authorise(actor, Action::Moderate)?;
    Ok((
        stored::appeals_waiting(&ctx.db, PAGE).await?,
        stored::hidden(&ctx.db, before, PAGE).await?,
    ))
}
