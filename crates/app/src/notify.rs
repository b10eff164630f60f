//! Telling people something needs them (SPEC §4.9): an in-app notification and an email,
//! both written in the caller's transaction so they exist only if the change commits.

use super::queue_email;
use crate::Ctx;
use chrono::{DateTime, Utc};
use domain::notifications::Topic;
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
/// where to choose which emails come. The email is left out when the person turned off
/// emails for the message's topic.
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
    let note = NewNotification {
        user_id: to.user_id,
        message_key: key,
        args: json_args.into(),
        link,
    };
    notifications::add(&mut *tx, &note, now).await?;
    if !notifications::emails_wanted(&mut *tx, to.user_id, Topic::of(key).as_str()).await? {
        return Ok(());
    }
    let mut email_args = args.to_vec();
    email_args.push(("link", format!("{}{link}", ctx.settings.base_url)));
    let subject = ctx.t(&format!("{key}-subject"), &email_args);
    let footer = ctx.t(
        "email-preferences-footer",
        &[("link", format!("{}/account/notifications", ctx.settings.base_url))],
    );
    let body = format!("{}\n\n{footer}", ctx.t(&format!("{key}-email"), &email_args));
    queue_email(&mut *tx, to.email, &subject, &body, now).await?;
    Ok(())
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
