//! Announcing to peer groups' Slack-compatible webhooks (SPEC §4.8): new meetings, new
//! problems and new opportunities from member councils. Each post is queued in the
//! transaction of the change it announces, as `{"text": …}` with a link back, and sent by
//! `jobs::webhooks` with retries; a group without a webhook gets nothing.

use crate::Ctx;
use chrono::{DateTime, Utc};
use serde_json::json;
use store::Tx;

/// Slack's message text escapes these three; everything else is shown as written.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The JSON a Slack-compatible incoming webhook takes: `text` (the catalogue's message
/// `key` with `args`, escaped) and a link to `path` on the service.
pub fn payload(ctx: &Ctx, key: &str, args: &[(&str, String)], (path, link_key): (&str, &str)) -> String {
    let args: Vec<(&str, String)> = crate::notify::in_language(&ctx.catalogue, domain::language::Lang::En, args)
        .into_iter()
        .map(|(k, v)| (k, escaped(&v)))
        .collect();
    let text = format!(
        "{} <{}{path}|{}>",
        ctx.t(key, &args),
        ctx.settings.base_url,
        escaped(&ctx.t(link_key, &[]))
    );
    json!({ "text": text }).to_string()
}

/// Queues `payload` for each of `groups` that has a webhook.
pub async fn announce(
    tx: &mut Tx,
    groups: &[i64],
    event: &str,
    payload: &str,
    now: DateTime<Utc>,
) -> store::Result<()> {
    for &group in groups {
        store::webhooks::enqueue(tx, group, event, payload, now).await?;
    }
    Ok(())
}

/// The groups with a webhook that `org_id` is a member of: where its news goes.
pub async fn groups_of(tx: &mut Tx, org_id: i64) -> store::Result<Vec<i64>> {
    Ok(store::webhooks::groups_of_council(&mut *tx, org_id)
        .await?
        .into_iter()
        .map(|(id, _)| id)
        .collect())
}
