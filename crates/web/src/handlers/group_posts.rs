//! What the pages of problems and projects share: whom a post is for.

use crate::error::AppError;
use crate::session::{Viewer, ViewerCouncil};
use crate::state::AppState;
use store::peer_groups as groups;

/// The council a person posts for: the one they joined the group for, or the one chosen
/// (or their only one) for everyone. Someone of no council, or posting to a group they
/// have not joined, is refused.
pub async fn posting_council(
    state: &AppState,
    viewer: &Viewer,
    audience: &str,
    council: &str,
) -> Result<(Option<ViewerCouncil>, Option<i64>), AppError> {
    let user = viewer.require_user()?;
    let councils = &user.councils;
    if councils.is_empty() {
        return Err(AppError::Forbidden);
    }
    match audience.trim() {
        "" | "everyone" => {
            let chosen = councils
                .iter()
                .find(|c| c.code == council)
                .or_else(|| (councils.len() == 1).then(|| &councils[0]))
                .cloned();
            Ok((chosen, None))
        }
        slug => {
            let group = groups::by_slug(&state.db, slug).await?.ok_or(AppError::NotFound)?;
            let standing = groups::standing(&state.db, group.id, user.id)
                .await?
                .ok_or(AppError::Forbidden)?;
            let chosen = councils.iter().find(|c| c.id == standing.org_id).cloned();
            Ok((chosen, Some(group.id)))
        }
    }
}
