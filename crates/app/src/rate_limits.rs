//! Rate limits that protect accounts (SPEC §5.2), counted in the database so that they
//! hold across every instance: asking for sign-up and reset links, per email address and
//! per client address.

use crate::Ctx;
use domain::rate_limits::{self, Limit};

#[derive(Debug, thiserror::Error)]
pub enum Limited {
    #[error("too many requests; try again in {0:?}")]
    Wait(std::time::Duration),
    #[error(transparent)]
    Store(#[from] store::StoreError),
}

/// Counts one request of `bucket` for each subject and its limit; refuses it with the
/// longest wait when any is over its limit. Every subject is counted either way.
pub async fn count(ctx: &Ctx, bucket: &str, subjects: &[(&str, Limit)]) -> Result<(), Limited> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let mut wait = None;
    for (subject, limit) in subjects {
        let hits = store::rate_limits::hit(&mut tx, bucket, subject, rate_limits::window_start(*limit, now)).await?;
        if let Err(w) = rate_limits::decide(*limit, hits, now) {
            wait = wait.max(Some(w));
        }
    }
    tx.commit().await?;
    match wait {
        Some(w) => Err(Limited::Wait(w)),
        None => Ok(()),
    }
}
