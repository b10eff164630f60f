//! A person's notification preferences (SPEC §4.9): which topics are emailed as well as
//! shown in the service.

use super::{audit, By, Entry};
use crate::Ctx;
use domain::authz::{authorise, Action, Actor, Denied};
use domain::notifications::{read_email_topics, Topic};
use serde_json::json;
use store::notifications;

step_error! {
    /// Why preferences were not saved.
    PreferenceError {}
}

/// Each topic, and whether it is emailed to the person.
pub async fn emailed(ctx: &Ctx, actor: Option<&Actor>) -> Result<Vec<(Topic, bool)>, PreferenceError> {
    authorise(actor, Action::ManageOwnAccount)?;
    let user = actor.ok_or(Denied::NotSignedIn)?.user_id;
    let off = notifications::emails_off(&ctx.db, user).await?;
    Ok(Topic::ALL
        .into_iter()
        .map(|t| (t, !off.iter().any(|o| o == t.as_str())))
        .collect())
}

/// Saves which topics are emailed: those `chosen`, and none of the others.
pub async fn save(ctx: &Ctx, actor: Option<&Actor>, by: By<'_>, chosen: &[&str]) -> Result<(), PreferenceError> {
    authorise(actor, Action::ManageOwnAccount)?;
    let user = actor.ok_or(Denied::NotSignedIn)?.user_id;
    let on = read_email_topics(chosen)
        .map_err(|key| PreferenceError::Invalid(domain::ValidationErrors::single("topics", key)))?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let before = notifications::emails_off(&mut tx, user).await?;
    for topic in Topic::ALL {
        notifications::set_emails(&mut tx, user, topic.as_str(), on.contains(&topic)).await?;
    }
    let after: Vec<&str> = Topic::ALL
        .into_iter()
        .filter(|t| !on.contains(t))
        .map(Topic::as_str)
        .collect();
    let entry = Entry {
        org_id: None,
        action: "notification-preferences-changed",
        subject: ("user", user.to_string()),
        before: Some(json!({ "emails_off": before })),
        after: Some(json!({ "emails_off": after })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(())
}
