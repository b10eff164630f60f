//! The capability map (SPEC §4.7): a council records the capabilities each of its services
//! needs and what meets each one; council admins propose components for the platform's
//! list and platform admins review them. Every change authorises through `domain::authz`,
//! is validated by `domain::capability_map`, and runs in one transaction with its audit
//! entry (and, for a review, the proposer's notification).

use super::notify::tell;
use super::{audit, By, Entry};
use crate::Ctx;
use domain::authz::{authorise, Action, Actor};
use domain::capability_map::{read_entry, ComponentKind, ComponentStatus, EntryInput};
use domain::ValidationErrors;
use serde_json::json;
use std::collections::BTreeSet;
use store::capability_map::{self as maps, Component, NewComponent, SavedEntry};
use store::reference;

step_error! {
    /// Why a change to a capability map or the list of components did not happen.
    MapError {}
}

/// Where a council's map of one service is shown.
pub fn service_link(code: &str, lgsl_id: i64) -> String {
    format!("/councils/{code}/map/{lgsl_id}")
}

/// Fails with "not found" unless the service is one a council can map.
async fn known_service(ctx: &Ctx, lgsl_id: i64) -> Result<(), MapError> {
    reference::service(&ctx.db, lgsl_id)
        .await?
        .map(|_| ())
        .ok_or(MapError::NotFound)
}

/// Whether a council can tick the capability: every one but the heading the technical
/// capabilities are grouped under.
pub fn tickable(c: &store::capability_map::Capability) -> bool {
    !(c.kind == "technical" && c.parent_id.is_none())
}

/// What changed when a council chose the capabilities of a service.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Chosen {
    pub added: Vec<i64>,
    pub removed: Vec<i64>,
}

/// Sets which capabilities a council's service needs: each newly ticked one is recorded
/// as met by nothing yet (to be filled in), each unticked one is removed from the map (its
/// history kept).
pub async fn choose_capabilities(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    org_id: i64,
    lgsl_id: i64,
    ticked: &[i64],
) -> Result<Chosen, MapError> {
    authorise(actor, Action::MapServices(org_id))?;
    known_service(ctx, lgsl_id).await?;
    let known: BTreeSet<i64> = maps::capabilities(&ctx.db)
        .await?
        .into_iter()
        .filter(tickable)
        .map(|c| c.id)
        .collect();
    let ticked: BTreeSet<i64> = ticked.iter().copied().collect();
    if !ticked.is_subset(&known) {
        return Err(MapError::Invalid(ValidationErrors::single(
            "capabilities",
            "error-map-capability-unknown",
        )));
    }
    let user = by.user_id.ok_or(MapError::NotFound)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let held: BTreeSet<i64> = maps::service_map(&mut tx, org_id, lgsl_id)
        .await?
        .into_iter()
        .map(|e| e.capability_id)
        .collect();
    let chosen = Chosen {
        added: ticked.difference(&held).copied().collect(),
        removed: held.difference(&ticked).copied().collect(),
    };
    if chosen == Chosen::default() {
        return Ok(chosen);
    }
    for &capability_id in &chosen.added {
        let input = EntryInput {
            meets: "nothing".into(),
            ..EntryInput::default()
        };
        let entry = read_entry(org_id, lgsl_id, capability_id, &input).map_err(MapError::Invalid)?;
        maps::save_entry(&mut tx, &entry, false, user, now).await?;
    }
    for &capability_id in &chosen.removed {
        maps::remove_entry(&mut tx, org_id, lgsl_id, capability_id, user, now).await?;
    }
    let entry = Entry {
        org_id: Some(org_id),
        action: "map-capabilities-chosen",
        subject: ("service", lgsl_id.to_string()),
        before: Some(json!({ "capabilities": held })),
        after: Some(json!({ "capabilities": ticked, "added": chosen.added, "removed": chosen.removed })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(chosen)
}

/// What is recorded for one capability, as the audit log keeps it.
fn audited(e: &SavedEntry) -> serde_json::Value {
    json!({
        "meets": e.meets, "component_id": e.component_id, "provision": e.provision,
        "contract_ends": e.contract_ends, "cost_band": e.cost_band, "cost_pence": e.cost_pence,
        "satisfaction": e.satisfaction,
        "note": e.note, "private": e.private, "version": e.version,
    })
}

/// Whether a council may record a component: listed, or proposed by the council itself and
/// waiting for review.
fn usable_by(c: &Component, org_id: i64) -> bool {
    match c.status {
        ComponentStatus::Listed => true,
        ComponentStatus::Proposed => c.proposed_by_org_id == Some(org_id),
        ComponentStatus::Declined => false,
    }
}

/// Records what meets one capability of a council's service, as the next version of its
/// entry. Returns the version saved.
pub async fn save_entry(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    org_id: i64,
    (lgsl_id, capability_id): (i64, i64),
    input: &EntryInput,
    private: bool,
) -> Result<i64, MapError> {
    authorise(actor, Action::MapServices(org_id))?;
    known_service(ctx, lgsl_id).await?;
    if !maps::capabilities(&ctx.db)
        .await?
        .iter()
        .any(|c| c.id == capability_id && tickable(c))
    {
        return Err(MapError::NotFound);
    }
    let mut errors = ValidationErrors::default();
    let entry = match read_entry(org_id, lgsl_id, capability_id, input) {
        Ok(entry) => Some(entry),
        Err(found) => {
            errors = found;
            None
        }
    };
    if input.meets.trim() == "component" {
        if let Some(id) = input.component_id {
            let usable = maps::component(&ctx.db, id)
                .await?
                .is_some_and(|c| usable_by(&c, org_id));
            if !usable {
                errors.push("component_id", "error-map-component-unknown");
            }
        }
    }
    let (Some(entry), true) = (entry, errors.is_empty()) else {
        return Err(MapError::Invalid(errors));
    };
    let user = by.user_id.ok_or(MapError::NotFound)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let before = maps::entry(&mut tx, org_id, lgsl_id, capability_id).await?;
    let (_, version) = maps::save_entry(&mut tx, &entry, private, user, now).await?;
    let after = maps::entry(&mut tx, org_id, lgsl_id, capability_id).await?;
    let record = Entry {
        org_id: Some(org_id),
        action: "map-entry-saved",
        subject: ("service", lgsl_id.to_string()),
        before: Some(json!({ "capability_id": capability_id, "entry": before.as_ref().map(audited) })),
        after: Some(json!({ "capability_id": capability_id, "entry": after.as_ref().map(audited) })),
    };
    audit(&mut tx, by, record, now).await?;
    tx.commit().await?;
    Ok(version)
}

/// Takes one capability off a council's service (its history kept). Nothing happens when
/// the service's map does not have it.
pub async fn remove_entry(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    org_id: i64,
    (lgsl_id, capability_id): (i64, i64),
) -> Result<(), MapError> {
    authorise(actor, Action::MapServices(org_id))?;
    let user = by.user_id.ok_or(MapError::NotFound)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let before = maps::entry(&mut tx, org_id, lgsl_id, capability_id).await?;
    if let Some(before) = before {
        maps::remove_entry(&mut tx, org_id, lgsl_id, capability_id, user, now).await?;
        let record = Entry {
            org_id: Some(org_id),
            action: "map-entry-removed",
            subject: ("service", lgsl_id.to_string()),
            before: Some(json!({ "capability_id": capability_id, "entry": audited(&before) })),
            after: Some(json!({ "capability_id": capability_id, "entry": null })),
        };
        audit(&mut tx, by, record, now).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A council's entries (all, or one service's) as `actor` may see them: the costs and notes
/// the council marked private are blanked for people of other councils.
pub async fn visible_entries(
    ctx: &Ctx,
    actor: Option<&Actor>,
    org_id: i64,
    lgsl_id: Option<i64>,
) -> Result<Vec<SavedEntry>, MapError> {
    authorise(actor, Action::ViewMaps)?;
    let own = authorise(actor, Action::ViewPrivateMapDetails(org_id)).is_ok();
    let entries = match lgsl_id {
        Some(lgsl_id) => maps::service_map(&ctx.db, org_id, lgsl_id).await?,
        None => maps::council_entries(&ctx.db, org_id).await?,
    };
    Ok(entries.into_iter().map(|e| shown(e, own)).collect())
}

/// An entry as a person sees it: private costs and notes only for the council's own.
fn shown(mut e: SavedEntry, own: bool) -> SavedEntry {
    if e.private && !own {
        e.cost_band = None;
        e.cost_pence = None;
        e.note = String::new();
    }
    e
}

/// How many versions a page of a service's history shows.
pub const HISTORY_PAGE: i64 = 20;

/// A page of the history of a council's map of one service, newest first, as `actor` may
/// see it: private costs and notes, and who saved each version, only for the council's
/// own people. Returns the key to the next page, if there is one.
pub async fn service_history(
    ctx: &Ctx,
    actor: Option<&Actor>,
    org_id: i64,
    lgsl_id: i64,
    after: Option<maps::VersionKey>,
) -> Result<(Vec<maps::Version>, Option<maps::VersionKey>), MapError> {
    authorise(actor, Action::ViewMaps)?;
    known_service(ctx, lgsl_id).await?;
    let own = authorise(actor, Action::ViewPrivateMapDetails(org_id)).is_ok();
    let mut versions = maps::service_history(&ctx.db, org_id, lgsl_id, after, HISTORY_PAGE + 1).await?;
    let more = versions.len() > usize::try_from(HISTORY_PAGE).unwrap_or(usize::MAX);
    versions.truncate(usize::try_from(HISTORY_PAGE).unwrap_or(usize::MAX));
    let next = versions.last().filter(|_| more).map(|v| maps::VersionKey {
        entry_id: v.entry_id,
        version: v.version,
    });
    let versions = versions.into_iter().map(|v| version_shown(v, own)).collect();
    Ok((versions, next))
}

/// A version as a person sees it: private costs and notes, and the name of whoever saved
/// it, only for the council's own.
fn version_shown(mut v: maps::Version, own: bool) -> maps::Version {
    if v.private && !own {
        v.cost_band = None;
        v.cost_pence = None;
        v.note = String::new();
    }
    if !own {
        v.saved_by_name = String::new();
    }
    v
}

/// A component as typed on the form.
#[derive(Debug, Clone, Default)]
pub struct ComponentInput {
    pub name: String,
    pub kind: String,
    pub supplier: String,
    pub licence: String,
    pub link: String,
    pub description: String,
}

const NAME_MAX: usize = 120;
const SUPPLIER_MAX: usize = 120;
const LICENCE_MAX: usize = 60;
const LINK_MAX: usize = 500;
const DESCRIPTION_MAX: usize = 1000;

fn too_long(text: &str, max: usize) -> bool {
    text.chars().count() > max
}

fn read_component(input: &ComponentInput) -> Result<ComponentKind, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let name = input.name.trim();
    if name.is_empty() {
        errors.push("name", "error-component-name");
    } else if too_long(name, NAME_MAX) {
        errors.push("name", "error-component-name-too-long");
    }
    let kind = errors.check("kind", input.kind.trim().parse::<ComponentKind>());
    if too_long(input.supplier.trim(), SUPPLIER_MAX) {
        errors.push("supplier", "error-component-supplier-too-long");
    }
    if too_long(input.licence.trim(), LICENCE_MAX) {
        errors.push("licence", "error-component-licence-too-long");
    }
    if kind == Some(ComponentKind::OpenSource) && input.licence.trim().is_empty() {
        errors.push("licence", "error-component-licence");
    }
    let link = input.link.trim();
    if !link.is_empty() && (too_long(link, LINK_MAX) || !domain::text::is_web_address(link)) {
        errors.push("link", "error-component-link");
    }
    if too_long(input.description.trim(), DESCRIPTION_MAX) {
        errors.push("description", "error-component-description-too-long");
    }
    errors.into_result()?;
    kind.ok_or_else(|| ValidationErrors::single("kind", "error-component-kind"))
}

/// Adds a component to the platform's list. A platform admin's is listed at once
/// (`for_org` None); a council admin's is proposed for `for_org` and waits for review (an
/// in-house one is recorded as built by that council).
pub async fn add_component(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    for_org: Option<i64>,
    input: &ComponentInput,
) -> Result<i64, MapError> {
    let status = match for_org {
        None => {
            authorise(actor, Action::ReviewComponents)?;
            ComponentStatus::Listed
        }
        Some(org) => {
            authorise(actor, Action::ProposeComponent(org))?;
            ComponentStatus::Proposed
        }
    };
    let kind = read_component(input).map_err(MapError::Invalid)?;
    let user = by.user_id.ok_or(MapError::NotFound)?;
    let new = NewComponent {
        name: input.name.trim(),
        kind,
        supplier: input.supplier.trim(),
        licence: input.licence.trim(),
        link: input.link.trim(),
        description: input.description.trim(),
        built_by_org_id: for_org.filter(|_| kind == ComponentKind::InHouse),
    };
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let id = match maps::add_component(&mut tx, &new, status, user, for_org, now).await {
        Ok(id) => id,
        Err(e) if e.is_unique_violation() => {
            return Err(MapError::Invalid(ValidationErrors::single(
                "name",
                "error-component-name-taken",
            )))
        }
        Err(e) => return Err(e.into()),
    };
    let entry = Entry {
        org_id: for_org,
        action: if for_org.is_some() {
            "component-proposed"
        } else {
            "component-listed"
        },
        subject: ("component", id.to_string()),
        before: None,
        after: Some(json!({ "name": new.name, "kind": kind.as_str(), "status": status.as_str() })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// A platform admin lists or declines a proposed component; the person who proposed it is
/// told.
pub async fn review_component(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    id: i64,
    listed: bool,
) -> Result<(), MapError> {
    authorise(actor, Action::ReviewComponents)?;
    let user = by.user_id.ok_or(MapError::NotFound)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let component = maps::component(&mut tx, id).await?.ok_or(MapError::NotFound)?;
    if !maps::review_component(&mut tx, id, listed, user, now).await? {
        return Err(MapError::refused("error-component-not-proposed"));
    }
    let (action, key) = if listed {
        ("component-listed", "notify-component-listed")
    } else {
        ("component-declined", "notify-component-declined")
    };
    let entry = Entry {
        org_id: component.proposed_by_org_id,
        action,
        subject: ("component", id.to_string()),
        before: Some(json!({ "status": component.status.as_str() })),
        after: Some(json!({ "status": if listed { "listed" } else { "declined" } })),
    };
    audit(&mut tx, by, entry, now).await?;
    if let Some(proposer) = component.proposed_by {
        let link = format!("/maps/components/{id}");
        tell(
            ctx,
            &mut tx,
            proposer,
            key,
            &[("component", component.name.clone())],
            &link,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(name: &str, kind: &str, licence: &str, link: &str) -> ComponentInput {
        ComponentInput {
            name: name.into(),
            kind: kind.into(),
            licence: licence.into(),
            link: link.into(),
            ..ComponentInput::default()
        }
    }

    fn keys(input: &ComponentInput) -> Vec<&'static str> {
        read_component(input)
            .err()
            .map(|e| e.0.into_iter().map(|f| f.key).collect())
            .unwrap_or_default()
    }

    #[test]
    fn a_component_needs_a_name_a_kind_and_an_open_licence_if_open_source() {
        let drupal = typed(
            "LocalGov Drupal",
            "open_source",
            "GPL-2.0-or-later",
            "https://localgovdrupal.org",
        );
        assert_eq!(read_component(&drupal).ok(), Some(ComponentKind::OpenSource));
        assert_eq!(
            keys(&typed(" ", "gadget", "", "")),
            ["error-component-name", "error-component-kind"]
        );
        assert_eq!(
            keys(&typed("Forms", "open_source", "", "")),
            ["error-component-licence"]
        );
        for link in [
            "javascript:alert(1)",
            "localgovdrupal.org",
            "ftp://example.org/x",
            "https://",
        ] {
            assert_eq!(
                keys(&typed("Forms", "product", "", link)),
                ["error-component-link"],
                "{link}"
            );
        }
        assert_eq!(
            keys(&typed(&"x".repeat(NAME_MAX + 1), "product", "", "")),
            ["error-component-name-too-long"]
        );
    }
}
