//! Council administration: members' roles, email domains, the first council admin.

use super::{audit, queue_one_time_link, By, Entry};
use crate::Ctx;
use domain::email::{EmailAddress, EmailDomain};
use domain::roles::{check_role_change, Role, RoleChangeError};
use serde_json::json;
use store::{members, organisations, users};

#[derive(Debug, thiserror::Error)]
pub enum RolesError {
    #[error("not a member of this council")]
    NotAMember,
    #[error(transparent)]
    Rule(#[from] RoleChangeError),
    #[error(transparent)]
    Store(#[from] store::StoreError),
}

/// Replaces a member's roles. The last-admin rule is checked inside the transaction, so two
/// admins removing each other at once cannot leave the council with none.
pub async fn change_roles(ctx: &Ctx, by: By<'_>, org_id: i64, user_id: i64, roles: &[Role]) -> Result<(), RolesError> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    organisations::lock_for_membership_change(&mut tx, org_id).await?;
    let before = members::roles_in(&mut tx, user_id, org_id)
        .await?
        .ok_or(RolesError::NotAMember)?;
    let other_admins = members::count_admins_except(&mut tx, org_id, user_id).await?;
    check_role_change(&before, roles, usize::try_from(other_admins).unwrap_or(0))?;
    members::set_roles(&mut tx, user_id, org_id, roles, now).await?;
    let names = |rs: &[Role]| rs.iter().map(|r| r.as_str()).collect::<Vec<_>>();
    let mut after = roles.to_vec();
    after.sort();
    audit(
        &mut tx,
        by,
        Entry {
            org_id: Some(org_id),
            action: "roles-changed",
            subject: ("member", user_id.to_string()),
            before: Some(json!({ "roles": names(&before) })),
            after: Some(json!({ "roles": names(&after) })),
        },
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum DomainError {
    #[error("the domain is taken")]
    Taken,
    #[error(transparent)]
    Store(store::StoreError),
}

impl From<store::StoreError> for DomainError {
    fn from(e: store::StoreError) -> Self {
        if e.is_unique_violation() {
            DomainError::Taken
        } else {
            DomainError::Store(e)
        }
    }
}

pub async fn add_domain(ctx: &Ctx, by: By<'_>, org_id: i64, domain: &EmailDomain) -> Result<(), DomainError> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let id = organisations::add_domain(&mut tx, org_id, domain.as_str(), by.user_id, now).await?;
    audit(
        &mut tx,
        by,
        Entry {
            org_id: Some(org_id),
            action: "domain-added",
            subject: ("org_domain", id.to_string()),
            before: None,
            after: Some(json!({ "domain": domain.as_str() })),
        },
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum AppointError {
    #[error("the address is not at a verified domain of the council")]
    WrongDomain,
    #[error("the person belongs to another council")]
    OtherCouncil,
    #[error(transparent)]
    Store(#[from] store::StoreError),
}

#[derive(Debug, PartialEq, Eq)]
pub enum Appointed {
    /// They had an account: they are council admin now.
    Now,
    /// They had none: they were emailed a link to create one as council admin.
    Invited,
}

/// Makes the person at `email` a council admin of the council, or invites them to join as one.
pub async fn appoint_admin(
    ctx: &Ctx,
    by: By<'_>,
    org: &organisations::Organisation,
    email: &EmailAddress,
) -> Result<Appointed, AppointError> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let domain_council = organisations::find_by_domain(&mut tx, email.domain().as_str()).await?;
    if domain_council.map(|o| o.id) != Some(org.id) {
        return Err(AppointError::WrongDomain);
    }
    let outcome = match users::find_by_email(&mut tx, email.as_str()).await? {
        Some(user) => {
            let before = members::roles_in(&mut tx, user.id, org.id).await?;
            let memberships = members::memberships_of(&mut tx, user.id).await?;
            if memberships.iter().any(|m| m.org_id != org.id) && before.is_none() {
                return Err(AppointError::OtherCouncil);
            }
            members::add(&mut tx, user.id, org.id, &[Role::CouncilAdmin], now).await?;
            let roles_before: Vec<&str> = before
                .as_deref()
                .unwrap_or_default()
                .iter()
                .map(|r| r.as_str())
                .collect();
            audit(
                &mut tx,
                by,
                Entry {
                    org_id: Some(org.id),
                    action: "council-admin-appointed",
                    subject: ("member", user.id.to_string()),
                    before: Some(json!({ "roles": roles_before })),
                    after: Some(json!({ "added_role": "council_admin" })),
                },
                now,
            )
            .await?;
            Appointed::Now
        }
        None => {
            let link = super::accounts::issue_sign_up_link(ctx, &mut tx, email, None, org.id, true, now).await?;
            let args = [("council", org.name.clone()), ("link", link)];
            let (subject, body) = crate::notify::written(super::accounts::newcomer_languages(org), |lang| {
                (
                    ctx.t_in(lang, "email-invite-subject", &args),
                    ctx.t_in(lang, "email-invite-body", &args),
                )
            });
            queue_one_time_link(&mut tx, email.as_str(), &subject, &body, now).await?;
            audit(
                &mut tx,
                by,
                Entry {
                    org_id: Some(org.id),
                    action: "council-admin-invited",
                    subject: ("email", email.as_str().to_string()),
                    before: None,
                    after: Some(json!({ "email": email.as_str(), "role": "council_admin" })),
                },
                now,
            )
            .await?;
            Appointed::Invited
        }
    };
    tx.commit().await?;
    ctx.outbox_wakeup.notify_one();
    Ok(outcome)
}

/// Records that a platform admin looked at a profile in full to answer a support request:
/// in the audit log of the practitioner's council, so that its admins see it.
pub async fn record_support_access(
    ctx: &Ctx,
    by: By<'_>,
    profile: &store::profiles::Profile,
    reference: &str,
) -> store::Result<()> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let entry = Entry {
        org_id: Some(profile.org_id),
        action: "profile-viewed-for-support",
        subject: ("profile", profile.id.to_string()),
        before: None,
        after: Some(json!({ "support_request": reference })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(())
}
