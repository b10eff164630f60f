//! One-click unsubscribe (RFC 8058) from daily digests and alerts: each such email names a
//! secret address in its `List-Unsubscribe` header and body; a POST to it (the mail
//! client's one click, or the button on its page) turns those emails off without
//! signing in. The secret is the authority, as for calendar feeds; each use is audited.

use super::{audit, By, Entry};
use crate::Ctx;
use chrono::{DateTime, Utc};
use domain::notifications::{Delivery, UnsubscribeScope, UNSUBSCRIBE_LINKS_LAST};
use serde_json::json;
use store::{email_unsubscribes, notifications, Tx};

step_error! {
    /// Why a link did not unsubscribe: it is unknown or past its life (`NotFound`).
    UnsubscribeError {}
}

/// A new link turning off `scope`'s emails to `user_id`, recorded in the caller's
/// transaction: the absolute address to put in the email.
pub async fn new_link(
    ctx: &Ctx,
    tx: &mut Tx,
    user_id: i64,
    scope: UnsubscribeScope,
    now: DateTime<Utc>,
) -> store::Result<String> {
    let (token, hash) = crate::sessions::new_secret();
    email_unsubscribes::add(&mut *tx, &hash, user_id, scope.as_str(), now).await?;
    Ok(format!("{}/email/unsubscribe/{token}", ctx.settings.base_url))
}

/// What the link with secret `token` turns off, for its page.
pub async fn scope_of(ctx: &Ctx, token: &str) -> Result<UnsubscribeScope, UnsubscribeError> {
    Ok(find(ctx, token).await?.1)
}

async fn find(ctx: &Ctx, token: &str) -> Result<(i64, UnsubscribeScope), UnsubscribeError> {
    let since = ctx.clock.now() - UNSUBSCRIBE_LINKS_LAST;
    let hash = crate::sessions::hash_secret(token);
    let (user, scope) = email_unsubscribes::find(&ctx.db, &hash, since)
        .await?
        .ok_or(UnsubscribeError::NotFound)?;
    let scope = scope.parse().map_err(|_| UnsubscribeError::NotFound)?;
    Ok((user, scope))
}

/// Turns off what the link with secret `token` names: one kind's emails, or every kind
/// sent in the daily digest (with the notifications waiting for the next one). Using a
/// link again changes nothing more.
pub async fn unsubscribe(ctx: &Ctx, token: &str, by: By<'_>) -> Result<UnsubscribeScope, UnsubscribeError> {
    let (user, scope) = find(ctx, token).await?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let kinds: Vec<String> = match scope {
        UnsubscribeScope::Kind(topic) => {
            notifications::set_delivery(&mut tx, user, topic.as_str(), Delivery::Off.as_str()).await?;
            vec![topic.as_str().to_string()]
        }
        UnsubscribeScope::Digest => {
            notifications::leave_digest(&mut tx, user).await?;
            notifications::stop_daily(&mut tx, user).await?
        }
    };
    let entry = Entry {
        org_id: None,
        action: "emails-unsubscribed",
        subject: ("user", user.to_string()),
        before: None,
        after: Some(json!({
            "scope": scope.as_str(),
            "off": kinds,
        })),
    };
    let by = By {
        user_id: Some(user),
        ..by
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(scope)
}
