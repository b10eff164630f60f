//! Managing the reference lists (domain::reference_lists): a platform admin adds, changes,
//! retires and brings back roles, skills, services and capabilities. Each step is one
//! transaction with its audit entry, and moves the reference generation so that every
//! instance reloads the lists people choose from.

use crate::{audit, By, Ctx, Entry as AuditEntry};
use domain::authz::{authorise, Action, Actor};
use domain::reference_lists::{self as rules, List};
use domain::ValidationErrors;
use serde_json::json;
use store::reference_lists::{self as stored, Entry, Group, RoleLevel};

step_error! {
    /// Why a reference list could not be changed.
    ReferenceError {}
}

/// How many entries a list page shows at a time.
pub const PAGE: i64 = 100;

/// What a platform admin typed for an entry.
#[derive(Debug, Clone, Default)]
pub struct EntryInput {
    pub name: String,
    /// A role's family, or a description.
    pub detail: String,
    /// The group a new capability joins, as typed.
    pub group: String,
    /// For a role, the name typed for each band (empty where none).
    pub levels: Vec<(i64, String)>,
}

/// An entry with what its page shows beside it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct EntryView {
    pub entry: Entry,
    /// A role's levels, by band.
    pub levels: Vec<RoleLevel>,
    /// Whether its name may change (domain::reference_lists::may_rename).
    pub renamable: bool,
}

/// The lists a platform admin manages here, in the order their index shows them.
pub fn lists(actor: Option<&Actor>) -> Result<&'static [List], ReferenceError> {
    authorise(actor, Action::ManageReferenceLists)?;
    Ok(&List::ALL)
}

/// A page of a list's entries whose names contain `words`, after `after`, and the key of
/// the next page.
pub async fn entries(
    ctx: &Ctx,
    actor: Option<&Actor>,
    list: List,
    words: &str,
    after: Option<(&str, i64)>,
) -> Result<(Vec<Entry>, Option<(String, i64)>), ReferenceError> {
    authorise(actor, Action::ManageReferenceLists)?;
    let mut rows = stored::entries(&ctx.db, list, words, after, PAGE + 1).await?;
    let next = if rows.len() as i64 > PAGE {
        rows.truncate(PAGE as usize);
        rows.last().map(|e| (e.name.clone(), e.id))
    } else {
        None
    };
    Ok((rows, next))
}

pub async fn entry(ctx: &Ctx, actor: Option<&Actor>, list: List, id: i64) -> Result<EntryView, ReferenceError> {
    authorise(actor, Action::ManageReferenceLists)?;
    let entry = stored::entry(&ctx.db, list, id)
        .await?
        .ok_or(ReferenceError::NotFound)?;
    let levels = match list {
        List::Roles => stored::role_levels(&ctx.db, id).await?,
        _ => Vec::new(),
    };
    let renamable = rules::may_rename(list, entry.added_here).is_ok();
    Ok(EntryView {
        entry,
        levels,
        renamable,
    })
}

/// What the form for a new entry offers: the capability groups, or the role families.
pub async fn choices(
    ctx: &Ctx,
    actor: Option<&Actor>,
    list: List,
) -> Result<(Vec<Group>, Vec<String>), ReferenceError> {
    authorise(actor, Action::ManageReferenceLists)?;
    Ok(match list {
        List::Capabilities => (stored::capability_groups(&ctx.db).await?, Vec::new()),
        List::Roles => (Vec::new(), stored::role_families(&ctx.db).await?),
        _ => (Vec::new(), Vec::new()),
    })
}

fn typed_levels(input: &EntryInput) -> Vec<(i64, &str)> {
    input.levels.iter().map(|(band, name)| (*band, name.as_str())).collect()
}

/// Adds an entry; returns its id.
pub async fn add(
    ctx: &Ctx,
    by: By<'_>,
    actor: Option<&Actor>,
    list: List,
    input: &EntryInput,
) -> Result<i64, ReferenceError> {
    authorise(actor, Action::ManageReferenceLists)?;
    let mut errors = ValidationErrors::default();
    let name = keep(&mut errors, rules::read_name(&input.name));
    let detail = keep(&mut errors, rules::read_detail(list, &input.detail));
    let levels = match list {
        List::Roles => keep(&mut errors, rules::read_levels(&typed_levels(input), &[], true)),
        _ => Some(Vec::new()),
    };
    let group = match list {
        List::Capabilities => {
            let groups = stored::capability_groups(&ctx.db).await?;
            let chosen = input
                .group
                .trim()
                .parse::<i64>()
                .ok()
                .filter(|g| groups.iter().any(|k| k.id == *g));
            if chosen.is_none() {
                errors.push("group", "error-reference-group");
            }
            chosen
        }
        _ => None,
    };
    let (Some(name), Some(detail), Some(levels)) = (name, detail, levels) else {
        return Err(ReferenceError::Invalid(errors));
    };
    errors.into_result().map_err(ReferenceError::Invalid)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    if stored::name_taken(&mut tx, list, &name, None).await? {
        return Err(ReferenceError::Invalid(ValidationErrors::single(
            "name",
            "error-reference-name-taken",
        )));
    }
    let id = stored::add(&mut tx, list, &name, &detail, group, now).await?;
    if list == List::Roles {
        stored::add_levels(&mut tx, id, &levels, now).await?;
    }
    stored::bump_generation(&mut tx).await?;
    let entry = AuditEntry {
        org_id: None,
        action: "reference-added",
        subject: (list.as_str(), id.to_string()),
        before: None,
        after: Some(json!({ "name": name, "detail": detail, "group": group, "levels": levels })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(id)
}

fn keep<T>(errors: &mut ValidationErrors, read: Result<T, ValidationErrors>) -> Option<T> {
    match read {
        Ok(value) => Some(value),
        Err(e) => {
            errors.0.extend(e.0);
            None
        }
    }
}

/// Changes an entry's name (where it may change) and detail, and adds a role's levels at
/// bands it does not have yet.
pub async fn change(
    ctx: &Ctx,
    by: By<'_>,
    actor: Option<&Actor>,
    list: List,
    id: i64,
    input: &EntryInput,
) -> Result<(), ReferenceError> {
    authorise(actor, Action::ManageReferenceLists)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let before = stored::entry(&mut tx, list, id)
        .await?
        .ok_or(ReferenceError::NotFound)?;
    let held: Vec<i64> = match list {
        List::Roles => stored::role_levels(&mut tx, id).await?.iter().map(|l| l.band).collect(),
        _ => Vec::new(),
    };
    let mut errors = ValidationErrors::default();
    let name = if rules::may_rename(list, before.added_here).is_ok() {
        keep(&mut errors, rules::read_name(&input.name))
    } else {
        Some(before.name.clone())
    };
    let detail = keep(&mut errors, rules::read_detail(list, &input.detail));
    let levels = match list {
        List::Roles => keep(&mut errors, rules::read_levels(&typed_levels(input), &held, false)),
        _ => Some(Vec::new()),
    };
    let (Some(name), Some(detail), Some(levels)) = (name, detail, levels) else {
        return Err(ReferenceError::Invalid(errors));
    };
    if stored::name_taken(&mut tx, list, &name, Some(id)).await? {
        return Err(ReferenceError::Invalid(ValidationErrors::single(
            "name",
            "error-reference-name-taken",
        )));
    }
    stored::change(&mut tx, list, id, &name, &detail, now).await?;
    if !levels.is_empty() {
        stored::add_levels(&mut tx, id, &levels, now).await?;
    }
    stored::bump_generation(&mut tx).await?;
    let entry = AuditEntry {
        org_id: None,
        action: "reference-changed",
        subject: (list.as_str(), id.to_string()),
        before: Some(json!({ "name": before.name, "detail": before.detail })),
        after: Some(json!({ "name": name, "detail": detail, "levels": levels })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Retires an entry, so that no list offers it, or brings it back.
pub async fn set_retired(
    ctx: &Ctx,
    by: By<'_>,
    actor: Option<&Actor>,
    list: List,
    id: i64,
    retire: bool,
) -> Result<(), ReferenceError> {
    authorise(actor, Action::ManageReferenceLists)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let entry = stored::entry(&mut tx, list, id)
        .await?
        .ok_or(ReferenceError::NotFound)?;
    if !stored::set_retired(&mut tx, list, id, retire.then_some(now)).await? {
        let key = if retire {
            "error-reference-already-retired"
        } else {
            "error-reference-not-retired"
        };
        return Err(ReferenceError::refused(key));
    }
    stored::bump_generation(&mut tx).await?;
    let audit_entry = AuditEntry {
        org_id: None,
        action: if retire {
            "reference-retired"
        } else {
            "reference-restored"
        },
        subject: (list.as_str(), id.to_string()),
        before: None,
        after: Some(json!({ "name": entry.name })),
    };
    audit(&mut tx, by, audit_entry, now).await?;
    tx.commit().await?;
    Ok(())
}
