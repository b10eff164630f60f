//! A person leaves a council (they leave, or one of its admins removes them): in one
//! transaction their profile there is withdrawn, open booking requests for their time are
//! withdrawn with each buyer told, their applications still in play are withdrawn (the
//! buyer told once they can see them), and the membership with its roles ends. The
//! withdrawn profile is anonymised by the retention schedule after its 30 days. Contracts
//! already made stay with the two councils, and invoices keep the name printed on them.

use crate::applications::ApplicationError;
use crate::bookings::BookingError;
use crate::{audit, By, Ctx, Entry};
use domain::authz::{authorise, Action, Actor};
use domain::pool::ProfileStatus;
use domain::roles::Role;
use serde_json::json;
use store::{applications, bookings, members, organisations, profiles};

step_error! {
    /// Why the person could not leave the council.
    LeavingError {}
}

step_error_from!(LeavingError <- ApplicationError);

impl From<BookingError> for LeavingError {
    fn from(e: BookingError) -> Self {
        match e {
            BookingError::NotFound => LeavingError::NotFound,
            BookingError::Refused { key } => LeavingError::Refused { key },
            BookingError::Invalid(errors) => LeavingError::Invalid(errors),
            BookingError::Denied(d) => LeavingError::Denied(d),
            BookingError::Store(e) => LeavingError::Store(e),
            // Withdrawing takes no hours, so it never runs short of them.
            BookingError::NoCapacity(_) => LeavingError::refused("error-changed-meanwhile"),
        }
    }
}

/// What leaving withdrew.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Left {
    pub profile_withdrawn: bool,
    pub requests_withdrawn: usize,
    pub applications_withdrawn: usize,
}

/// `user_id` leaves council `org_id`: asked by themselves, or by an admin of the council
/// (or a platform admin). The council's last admin cannot leave or be removed.
pub async fn leave(
    ctx: &Ctx,
    by: By<'_>,
    actor: Option<&Actor>,
    org_id: i64,
    user_id: i64,
) -> Result<Left, LeavingError> {
    if by.user_id == Some(user_id) {
        authorise(actor, Action::ManageOwnAccount)?;
    } else {
        authorise(actor, Action::ManageRoles(org_id))?;
    }
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    organisations::lock_for_membership_change(&mut tx, org_id).await?;
    let roles = members::roles_in(&mut tx, user_id, org_id)
        .await?
        .ok_or(LeavingError::NotFound)?;
    if roles.contains(&Role::CouncilAdmin) && members::count_admins_except(&mut tx, org_id, user_id).await? == 0 {
        return Err(LeavingError::refused("error-last-admin-leaving"));
    }
    let mut left = Left::default();
    if let Some(profile) = profiles::find_by_user(&mut tx, user_id)
        .await?
        .filter(|p| p.org_id == org_id)
    {
        if profile.status != ProfileStatus::Withdrawn {
            profiles::set_status(&mut tx, profile.id, ProfileStatus::Withdrawn.as_str(), None, now).await?;
            let entry = Entry {
                org_id: Some(org_id),
                action: "profile-status-changed",
                subject: ("profile", profile.id.to_string()),
                before: Some(json!({ "status": profile.status.as_str() })),
                after: Some(json!({ "status": ProfileStatus::Withdrawn.as_str(), "reason": "left the council" })),
            };
            audit(&mut tx, by, entry, now).await?;
            left.profile_withdrawn = true;
        }
    }
    for id in bookings::open_for_practitioner(&mut tx, user_id, org_id).await? {
        crate::bookings::withdraw_as_practitioner_left(ctx, &mut tx, by, id, now).await?;
        left.requests_withdrawn += 1;
    }
    for a in applications::in_play_by(&mut tx, user_id, org_id).await? {
        if crate::applications::withdraw_as_applicant_left(ctx, &mut tx, by, &a, now).await? {
            left.applications_withdrawn += 1;
        }
    }
    members::remove(&mut tx, user_id, org_id).await?;
    let names: Vec<&str> = roles.iter().map(|r| r.as_str()).collect();
    let entry = Entry {
        org_id: Some(org_id),
        action: "member-left",
        subject: ("member", user_id.to_string()),
        before: Some(json!({ "roles": names })),
        after: Some(json!(left)),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    ctx.outbox_wakeup.notify_one();
    Ok(left)
}
