//! Daily digests (SPEC §4.9): each morning, one email per person listing the
//! notifications of the kinds they chose to have in a digest since the last one.
//! Several instances may run it at once: each person's notifications are taken out of the
//! queue by one conditional statement, so each goes into one digest.

use super::notify::{email_languages, preferences_footer, text_of, written};
use super::queue_email_with_unsubscribe;
use crate::unsubscribe::new_link;
use crate::Ctx;
use domain::notifications::{digest_cutoff, UnsubscribeScope};
use store::{notifications, users};

/// People whose digests one pass sends; the job's next pass sends the rest.
const PEOPLE_PER_PASS: i64 = 500;

/// Sends the digests due now: notifications waiting from before this morning's digest
/// time, one email per person. Returns how many were sent.
pub async fn send_due(ctx: &Ctx) -> store::Result<usize> {
    let now = ctx.clock.now();
    let Some(cutoff) = digest_cutoff(now) else {
        return Ok(0);
    };
    let mut sent = 0;
    for user_id in notifications::digest_due(&ctx.db, cutoff, PEOPLE_PER_PASS).await? {
        let mut tx = ctx.db.begin().await?;
        let taken = notifications::take_for_digest(&mut tx, user_id, cutoff).await?;
        let user = users::find_by_id(&mut tx, user_id).await?;
        if let (false, Some(user)) = (taken.is_empty(), user) {
            let url = new_link(ctx, &mut tx, user_id, UnsubscribeScope::Digest, now).await?;
            let langs = email_languages(&mut tx, user_id).await?;
            let count = [("count", taken.len().to_string())];
            let (subject, body) = written(langs, |lang| {
                let lines: Vec<String> = taken
                    .iter()
                    .map(|n| format!("- {}: {}{}", text_of(ctx, lang, n), ctx.settings.base_url, n.link))
                    .collect();
                let stop = ctx.t_in(lang, "email-unsubscribe-digest", &[("link", url.clone())]);
                let body = format!(
                    "{}\n\n{}\n\n{stop}\n\n{}",
                    ctx.t_in(lang, "email-digest-intro", &count),
                    lines.join("\n"),
                    preferences_footer(ctx, lang)
                );
                (ctx.t_in(lang, "email-digest-subject", &count), body)
            });
            queue_email_with_unsubscribe(&mut tx, &user.email, &subject, &body, &url, now).await?;
            sent += 1;
        }
        tx.commit().await?;
    }
    Ok(sent)
}
