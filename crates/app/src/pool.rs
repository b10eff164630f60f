//! Keeping a profile in the talent pool, and its council's side: approving listings,
//! rates and rate cards. Each change runs in one transaction with its audit entry and any
//! notifications.

use super::notify::{notify, Recipient};
use super::{audit, By, Entry};
use crate::Ctx;
use domain::pool::{self, Capacity, Details, DoneBefore, ListingEvent, NotAllowed, ProfileStatus};
use domain::roles::Role;
use domain::ValidationErrors;
use serde_json::json;
use store::profiles::{self, DetailsUpdate, NewDoneBefore, Profile};
use store::{members, organisations, rate_cards, reference, users, Tx};

#[derive(Debug, thiserror::Error)]
pub enum PoolError {
    #[error("no such profile")]
    NotFound,
    #[error(transparent)]
    NotAllowed(#[from] NotAllowed),
    #[error("the profile is not complete")]
    Incomplete(ValidationErrors),
    #[error("that choice is not on the list")]
    UnknownChoice,
    #[error(transparent)]
    Store(#[from] store::StoreError),
}

/// The practitioner's profile, started as a draft in `org_id` on first use.
pub async fn own_profile(ctx: &Ctx, by: By<'_>, user_id: i64, org_id: i64) -> Result<Profile, PoolError> {
    if let Some(profile) = profiles::find_by_user(&ctx.db, user_id).await? {
        return Ok(profile);
    }
    let now = ctx.clock.now();
    let user = users::find_by_id(&ctx.db, user_id).await?.ok_or(PoolError::NotFound)?;
    let mut tx = ctx.db.begin().await?;
    let id = match profiles::find_by_user(&mut tx, user_id).await? {
        Some(existing) => existing.id,
        None => {
            let id = profiles::create(&mut tx, user_id, org_id, &user.display_name, now).await?;
            let entry = Entry {
                org_id: Some(org_id),
                action: "profile-started",
                subject: ("profile", id.to_string()),
                before: None,
                after: None,
            };
            audit(&mut tx, by, entry, now).await?;
            id
        }
    };
    tx.commit().await?;
    profiles::find(&ctx.db, id).await?.ok_or(PoolError::NotFound)
}

async fn load(tx: &mut Tx, id: i64) -> Result<Profile, PoolError> {
    profiles::find(tx, id).await?.ok_or(PoolError::NotFound)
}

fn status(profile: &Profile) -> ProfileStatus {
    profile.status
}

async fn record(
    tx: &mut Tx,
    by: By<'_>,
    profile: &Profile,
    action: &str,
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
    ctx: &Ctx,
) -> store::Result<()> {
    let entry = Entry {
        org_id: Some(profile.org_id),
        action,
        subject: ("profile", profile.id.to_string()),
        before,
        after,
    };
    audit(tx, by, entry, ctx.clock.now()).await
}

pub async fn update_details(ctx: &Ctx, by: By<'_>, id: i64, d: &Details) -> Result<(), PoolError> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let before = load(&mut tx, id).await?;
    let update = DetailsUpdate {
        display_name: &d.display_name,
        headline: &d.headline,
        about: &d.about,
        region: d.region.as_deref(),
        work_mode: d.work_mode.as_str(),
        contact_email: d.contact_email.as_deref(),
    };
    profiles::update_details(&mut tx, id, &update, now).await?;
    let shape = |p: (&str, &str, &str, Option<&str>, &str, Option<&str>)| json!({ "display_name": p.0, "headline": p.1, "about": p.2, "region": p.3, "work_mode": p.4, "contact_email": p.5 });
    let old = shape((
        &before.display_name,
        &before.headline,
        &before.about,
        before.region.as_deref(),
        before.work_mode.as_str(),
        before.contact_email.as_deref(),
    ));
    let new = shape((
        update.display_name,
        update.headline,
        update.about,
        update.region,
        update.work_mode,
        update.contact_email,
    ));
    record(
        &mut tx,
        by,
        &before,
        "profile-details-changed",
        Some(old),
        Some(new),
        ctx,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The parts of a profile that are chosen from lists or added one at a time.
pub enum Part {
    Role { level_id: i64 },
    RemoveRole { role_id: i64 },
    Skill { skill_id: i64 },
    RemoveSkill { skill_id: i64 },
    Service { lgsl_id: i64 },
    RemoveService { lgsl_id: i64 },
    DoneBefore(DoneBefore),
    RemoveDoneBefore { entry_id: i64 },
    Capacity(Capacity),
    UnavailableWeek(chrono::NaiveDate),
    AvailableWeek(chrono::NaiveDate),
}

pub async fn change_part(ctx: &Ctx, by: By<'_>, id: i64, part: Part) -> Result<(), PoolError> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let profile = load(&mut tx, id).await?;
    let (action, after) = match part {
        Part::Role { level_id } => {
            let level = reference::level(&mut tx, level_id)
                .await?
                .ok_or(PoolError::UnknownChoice)?;
            profiles::put_role(&mut tx, id, level_id).await?;
            (
                "profile-role-set",
                json!({ "role": level.role_name, "level": level.name }),
            )
        }
        Part::RemoveRole { role_id } => {
            profiles::remove_role(&mut tx, id, role_id).await?;
            ("profile-role-removed", json!({ "role_id": role_id }))
        }
        Part::Skill { skill_id } => {
            if !reference::skill_exists(&mut tx, skill_id).await? {
                return Err(PoolError::UnknownChoice);
            }
            profiles::add_skill(&mut tx, id, skill_id).await?;
            ("profile-skill-added", json!({ "skill_id": skill_id }))
        }
        Part::RemoveSkill { skill_id } => {
            profiles::remove_skill(&mut tx, id, skill_id).await?;
            ("profile-skill-removed", json!({ "skill_id": skill_id }))
        }
        Part::Service { lgsl_id } => {
            let service = reference::service(&mut tx, lgsl_id)
                .await?
                .ok_or(PoolError::UnknownChoice)?;
            profiles::add_service(&mut tx, id, lgsl_id).await?;
            (
                "profile-service-added",
                json!({ "lgsl": lgsl_id, "service": service.label }),
            )
        }
        Part::RemoveService { lgsl_id } => {
            profiles::remove_service(&mut tx, id, lgsl_id).await?;
            ("profile-service-removed", json!({ "lgsl": lgsl_id }))
        }
        Part::DoneBefore(d) => {
            if let Some(lgsl) = d.lgsl_id {
                reference::service(&mut tx, lgsl)
                    .await?
                    .ok_or(PoolError::UnknownChoice)?;
            }
            let new = NewDoneBefore {
                title: &d.title,
                lgsl_id: d.lgsl_id,
                delivered: &d.delivered,
                year: i64::from(d.year),
                link: d.link.as_deref(),
            };
            let entry = profiles::add_done_before(&mut tx, id, &new, now).await?;
            (
                "profile-done-before-added",
                json!({ "entry": entry, "title": d.title, "year": d.year }),
            )
        }
        Part::RemoveDoneBefore { entry_id } => {
            if !profiles::remove_done_before(&mut tx, id, entry_id).await? {
                return Err(PoolError::NotFound);
            }
            ("profile-done-before-removed", json!({ "entry": entry_id }))
        }
        Part::Capacity(c) => {
            profiles::set_capacity(&mut tx, id, c.minutes_per_week, c.available_from, c.available_to, now).await?;
            let before = json!({ "minutes_per_week": profile.capacity_minutes, "from": profile.available_from, "to": profile.available_to });
            let after =
                json!({ "minutes_per_week": c.minutes_per_week, "from": c.available_from, "to": c.available_to });
            record(
                &mut tx,
                by,
                &profile,
                "profile-capacity-changed",
                Some(before),
                Some(after),
                ctx,
            )
            .await?;
            tx.commit().await?;
            return Ok(());
        }
        Part::UnavailableWeek(monday) => {
            profiles::add_unavailable_week(&mut tx, id, monday).await?;
            ("profile-week-unavailable", json!({ "week_start": monday }))
        }
        Part::AvailableWeek(monday) => {
            profiles::remove_unavailable_week(&mut tx, id, monday).await?;
            ("profile-week-available", json!({ "week_start": monday }))
        }
    };
    record(&mut tx, by, &profile, action, None, Some(after), ctx).await?;
    tx.commit().await?;
    Ok(())
}

async fn completeness(tx: &mut Tx, profile: &Profile) -> store::Result<pool::Completeness> {
    Ok(pool::Completeness {
        has_headline: !profile.headline.is_empty(),
        has_about: !profile.about.is_empty(),
        roles: profiles::roles(&mut *tx, profile.id).await?.len(),
        capacity_minutes: profile.capacity_minutes,
        has_available_from: profile.available_from.is_some(),
    })
}

/// A change to the listing by the practitioner (submit, pause, resume, withdraw) or a
/// manager of their council (approve, decline with a reason, withdraw).
pub async fn change_listing(
    ctx: &Ctx,
    by: By<'_>,
    id: i64,
    event: ListingEvent,
    reason: Option<&str>,
) -> Result<(), PoolError> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let profile = load(&mut tx, id).await?;
    let from = status(&profile);
    let to = pool::next_status(from, event)?;
    // Hidden by a moderator, it stays out of the pool until an appeal restores it.
    if to == ProfileStatus::Listed && profile.hidden_at.is_some() {
        return Err(PoolError::NotAllowed(NotAllowed { from }));
    }
    if event == ListingEvent::Submit {
        pool::check_ready_to_list(&completeness(&mut tx, &profile).await?).map_err(PoolError::Incomplete)?;
    }
    let reason = if event == ListingEvent::Decline { reason } else { None };
    profiles::set_status(&mut tx, id, to.as_str(), reason, now).await?;
    let after = json!({ "status": to.as_str(), "reason": reason });
    record(
        &mut tx,
        by,
        &profile,
        "profile-status-changed",
        Some(json!({ "status": from.as_str() })),
        Some(after),
        ctx,
    )
    .await?;

    let owner = users::find_by_id(&mut tx, profile.user_id)
        .await?
        .ok_or(PoolError::NotFound)?;
    let org = organisations::find_by_id(&mut tx, profile.org_id)
        .await?
        .ok_or(PoolError::NotFound)?;
    match event {
        ListingEvent::Submit => {
            for manager in members::with_role(&mut tx, profile.org_id, Role::Manager).await? {
                let to = Recipient {
                    user_id: manager.user_id,
                    email: &manager.email,
                };
                let link = format!("/councils/{}/profiles/{}", org.code, profile.id);
                notify(
                    ctx,
                    &mut tx,
                    &to,
                    "notify-listing-requested",
                    &[("name", profile.display_name.clone())],
                    &link,
                    now,
                )
                .await?;
            }
        }
        ListingEvent::Approve | ListingEvent::Decline => {
            let key = if event == ListingEvent::Approve {
                "notify-listing-approved"
            } else {
                "notify-listing-declined"
            };
            let to = Recipient {
                user_id: owner.id,
                email: &owner.email,
            };
            let args = [
                ("council", org.name.clone()),
                ("reason", reason.unwrap_or_default().to_string()),
            ];
            notify(ctx, &mut tx, &to, key, &args, "/profile", now).await?;
        }
        ListingEvent::Withdraw if by.user_id != Some(owner.id) => {
            let to = Recipient {
                user_id: owner.id,
                email: &owner.email,
            };
            notify(
                ctx,
                &mut tx,
                &to,
                "notify-listing-withdrawn",
                &[("council", org.name.clone())],
                "/profile",
                now,
            )
            .await?;
        }
        _ => {}
    }
    tx.commit().await?;
    ctx.outbox_wakeup.notify_one();
    Ok(())
}

/// A manager's rate for one practitioner (None: use the rate card) and private notes.
pub async fn set_manager_fields(
    ctx: &Ctx,
    by: By<'_>,
    id: i64,
    rate: Option<i64>,
    notes: Option<&str>,
) -> Result<(), PoolError> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let profile = load(&mut tx, id).await?;
    profiles::set_manager_fields(&mut tx, id, rate, notes, now).await?;
    let before = json!({ "rate_override_pence": profile.rate_override_pence, "notes_changed": false });
    let after = json!({ "rate_override_pence": rate, "notes_changed": profile.manager_notes.as_deref() != notes });
    record(
        &mut tx,
        by,
        &profile,
        "profile-rate-set",
        Some(before),
        Some(after),
        ctx,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Sets one rate on the council's rate card (None removes it).
pub async fn set_rate(ctx: &Ctx, by: By<'_>, org_id: i64, level_id: i64, rate: Option<i64>) -> Result<(), PoolError> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let level = reference::level(&mut tx, level_id)
        .await?
        .ok_or(PoolError::UnknownChoice)?;
    let before = rate_cards::rate(&mut tx, org_id, level_id).await?;
    rate_cards::set(&mut tx, org_id, level_id, rate, by.user_id, now).await?;
    let entry = Entry {
        org_id: Some(org_id),
        action: "rate-card-changed",
        subject: ("rate_card", level_id.to_string()),
        before: Some(json!({ "level": level.name, "rate_pence": before })),
        after: Some(json!({ "level": level.name, "rate_pence": rate })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(())
}
