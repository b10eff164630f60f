//! What "Bring a problem" posts and "Show and tell" projects share: each is shown to one
//! peer group or to everyone signed in, spoken for by a council, and can be put on an item
//! of a meeting to come. Generic over each feature's error.

use crate::Ctx;
use domain::authz::{authorise, Action, Actor, Denied};
use store::peer_groups as groups;
use store::StoreError;

/// A page of posts, newest first, and where the next page starts.
pub struct Page<T> {
    pub rows: Vec<T>,
    /// Read the next page with ids below this; None on the last page.
    pub next_before: Option<i64>,
}

/// Makes a page of `per_page` from `rows`, read with one more than that so that whether
/// more follow is known without counting.
pub(crate) fn page_of<T>(mut rows: Vec<T>, per_page: i64, id: impl Fn(&T) -> i64) -> Page<T> {
    let per_page = usize::try_from(per_page).unwrap_or(usize::MAX);
    let more = rows.len() > per_page;
    rows.truncate(per_page);
    let next_before = rows.last().filter(|_| more).map(id);
    Page { rows, next_before }
}

/// The council `actor` joined `group_id` for, if they did.
pub async fn joined_for(ctx: &Ctx, actor: Option<&Actor>, group_id: Option<i64>) -> Result<Option<i64>, StoreError> {
    Ok(match (actor, group_id) {
        (Some(a), Some(g)) => groups::standing(&ctx.db, g, a.user_id).await?.map(|s| s.org_id),
        _ => None,
    })
}

/// Fails unless `actor` may read a post shown to `group_id` (None: everyone).
pub async fn may_see<E: From<Denied> + From<StoreError>>(
    ctx: &Ctx,
    actor: Option<&Actor>,
    group_id: Option<i64>,
) -> Result<(), E> {
    let joined = joined_for(ctx, actor, group_id).await?.is_some();
    authorise(
        actor,
        Action::SeeGroupPost {
            to_group: group_id.is_some(),
            joined,
        },
    )?;
    Ok(())
}

/// Fails unless `actor` may post, reply or answer for `org_id` where `group_id` shows it.
pub async fn may_speak<E: From<Denied> + From<StoreError>>(
    ctx: &Ctx,
    actor: Option<&Actor>,
    org_id: i64,
    group_id: Option<i64>,
) -> Result<(), E> {
    let joined = joined_for(ctx, actor, group_id).await?;
    authorise(
        actor,
        Action::SpeakForCouncil {
            org: org_id,
            to_group: group_id.is_some(),
            joined: joined == Some(org_id),
        },
    )?;
    Ok(())
}

/// The items of `kind` of meetings to come where the poster may put their post: of its
/// group, or (for a post to everyone) of the groups the poster joined.
pub async fn slots(
    ctx: &Ctx,
    poster: i64,
    group_id: Option<i64>,
    kind: &str,
) -> Result<Vec<store::meetings::Slot>, StoreError> {
    store::meetings::slots(&ctx.db, poster, group_id, kind, ctx.clock.now()).await
}

/// Fails unless `item` is one of the poster's `slots`; the field named is `item`.
pub async fn check_slot(
    ctx: &Ctx,
    (poster, group_id, kind): (i64, Option<i64>, &str),
    item: Option<i64>,
) -> Result<Result<(), domain::ValidationErrors>, StoreError> {
    let Some(item) = item else {
        return Ok(Ok(()));
    };
    let open = slots(ctx, poster, group_id, kind)
        .await?
        .iter()
        .any(|s| s.item_id == item);
    Ok(if open {
        Ok(())
    } else {
        Err(domain::ValidationErrors::single("item", "error-problem-agenda-item"))
    })
}
