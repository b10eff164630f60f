//! A person's notification preferences (SPEC §4.9): how each kind of notification is
//! emailed as well as shown in the service — at once, in a daily digest, or not at all.

use super::{audit, By, Entry};
use crate::Ctx;
use domain::authz::{authorise, Action, Actor, Denied};
use domain::notifications::{read_choices, Delivery, Topic};
use serde_json::json;
use store::notifications;

step_error! {
    /// Why preferences were not saved.
    PreferenceError {}
}

/// Each kind, and how it is emailed to the person (at once unless they chose otherwise).
pub async fn choices(ctx: &Ctx, actor: Option<&Actor>) -> Result<Vec<(Topic, Delivery)>, PreferenceError> {
    authorise(actor, Action::ManageOwnAccount)?;
    let user = actor.ok_or(Denied::NotSignedIn)?.user_id;
    let saved = notifications::email_choices(&ctx.db, user).await?;
    Ok(Topic::ALL
        .into_iter()
        .map(|t| {
            let delivery = saved
                .iter()
                .find(|(topic, _)| topic == t.as_str())
                .and_then(|(_, d)| d.parse().ok())
                .unwrap_or(Delivery::Immediately);
            (t, delivery)
        })
        .collect())
}

/// Saves how each kind is emailed: `chosen` gives every kind once, as `(topic, delivery)`.
pub async fn save(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    chosen: &[(&str, &str)],
) -> Result<(), PreferenceError> {
    authorise(actor, Action::ManageOwnAccount)?;
    let before = choices(ctx, actor).await?;
    let user = actor.ok_or(Denied::NotSignedIn)?.user_id;
    let after = read_choices(chosen)
        .map_err(|key| PreferenceError::Invalid(domain::ValidationErrors::single("delivery", key)))?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    for (topic, delivery) in &after {
        notifications::set_delivery(&mut tx, user, topic.as_str(), delivery.as_str()).await?;
    }
    let shown = |c: &[(Topic, Delivery)]| {
        c.iter()
            .map(|(t, d)| (t.as_str().to_string(), json!(d.as_str())))
            .collect::<serde_json::Map<_, _>>()
    };
    let entry = Entry {
        org_id: None,
        action: "notification-preferences-changed",
        subject: ("user", user.to_string()),
        before: Some(json!({ "emails": shown(&before) })),
        after: Some(json!({ "emails": shown(&after) })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(())
}
