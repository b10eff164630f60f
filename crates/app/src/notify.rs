//! Telling people something needs them (SPEC §4.9): an in-app notification and an email,
//! both written in the caller's transaction so they exist only if the change commits.

use super::{queue_email, queue_email_with_unsubscribe};
use crate::Ctx;
use chrono::{DateTime, Utc};
use domain::notifications::{is_alert, Delivery, Topic, UnsubscribeScope};
use domain::roles::Role;
use store::notifications::{self, NewNotification};
use store::{members, users, Tx};

/// One person to tell.
pub struct Recipient<'s> {
    pub user_id: i64,
    pub email: &'s str,
}

/// Notifies with catalogue message `key` (in-app), `key-subject` and `key-email` (email),
/// each given `args`; the email also gets `link` as an absolute address, and ends with
/// where to choose which emails come. As the person chose for the message's kind, the
/// email goes now, or the notification waits for their daily digest, or no email goes.
pub async fn notify(
    ctx: &Ctx,
    tx: &mut Tx,
    to: &Recipient<'_>,
    key: &str,
    args: &[(&str, String)],
    link: &str,
    now: DateTime<Utc>,
) -> store::Result<()> {
    let json_args: serde_json::Map<String, serde_json::Value> = args
        .iter()
        .map(|(k, v)| (k.to_string(), serde_json::Value::String(v.clone())))
        .collect();
    let kind = Topic::of(key);
    let delivery = notifications::delivery_for(&mut *tx, to.user_id, kind.as_str())
        .await?
        .and_then(|d| d.parse::<Delivery>().ok())
        .unwrap_or(Delivery::Immediately);
    let note = NewNotification {
        user_id: to.user_id,
        message_key: key,
        args: json_args.into(),
        link,
        for_digest: delivery == Delivery::Daily,
    };
    notifications::add(&mut *tx, &note, now).await?;
    if delivery != Delivery::Immediately {
        return Ok(());
    }
    let mut email_args = args.to_vec();
    email_args.push(("link", format!("{}{link}", ctx.settings.base_url)));
    let subject = ctx.t(&format!("{key}-subject"), &email_args);
    let footer = preferences_footer(ctx);
    let text = ctx.t(&format!("{key}-email"), &email_args);
    if is_alert(key) {
        let url = crate::unsubscribe::new_link(ctx, tx, to.user_id, UnsubscribeScope::Kind(kind), now).await?;
        let stop = ctx.t("email-unsubscribe-alerts", &[("link", url.clone())]);
        let body = format!("{text}\n\n{stop}\n\n{footer}");
        queue_email_with_unsubscribe(&mut *tx, to.email, &subject, &body, &url, now).await?;
    } else {
        let body = format!("{text}\n\n{footer}");
        queue_email(&mut *tx, to.email, &subject, &body, now).await?;
    }
    Ok(())
}

/// The line that ends every notification email: where to choose what is emailed.
pub fn preferences_footer(ctx: &Ctx) -> String {
    let link = format!("{}/account/notifications", ctx.settings.base_url);
    ctx.t("email-preferences-footer", &[("link", link)])
}

/// A notification's text in the catalogue, with its stored arguments.
pub fn text_of(ctx: &Ctx, n: &notifications::Notification) -> String {
    let stored: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&n.args_json).unwrap_or_default();
    let args: Vec<(&str, String)> = stored
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str().unwrap_or_default().to_string()))
        .collect();
    ctx.t(&n.message_key, &args)
}

/// Tells one person, by user id (nobody, if the account is gone).
pub async fn tell(
    ctx: &Ctx,
    tx: &mut Tx,
    user_id: i64,
    key: &str,
    args: &[(&str, String)],
    link: &str,
) -> store::Result<()> {
    let now = ctx.clock.now();
    if let Some(user) = users::find_by_id(&mut *tx, user_id).await? {
        let to = Recipient {
            user_id: user.id,
            email: &user.email,
        };
        notify(ctx, tx, &to, key, args, link, now).await?;
    }
    Ok(())
}

/// Tells everyone who holds `role` in a council.
pub async fn tell_role(
    ctx: &Ctx,
    tx: &mut Tx,
    org_id: i64,
    role: Role,
    key: &str,
    args: &[(&str, String)],
    link: &str,
) -> store::Result<()> {
    let now = ctx.clock.now();
    for person in members::with_role(&mut *tx, org_id, role).await? {
        let to = Recipient {
            user_id: person.user_id,
            email: &person.email,
        };
        notify(ctx, tx, &to, key, args, link, now).await?;
    }
    Ok(())
}
