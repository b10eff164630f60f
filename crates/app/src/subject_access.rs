//! Subject access (UK GDPR Article 15): everything held about a person, for the person,
//! for an admin of a council they belong to, or for a platform admin. Every export is
//! recorded in the audit log, under the council it was asked through.

use crate::{By, Ctx, Entry};
use chrono::{DateTime, Utc};
use domain::authz::{authorise, Action, Actor};
use store::subject_access::Rows;

step_error! {
    /// Why the data could not be exported.
    SubjectAccessError {}
}

/// What is held about a person, as of `made_at`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Export {
    pub person: i64,
    pub made_at: DateTime<Utc>,
    pub tables: Vec<Rows>,
}

/// Exports what is held about `person`, asked for through council `org` (an admin's
/// request: the person must be a member there) or for themselves or by a platform admin
/// (`org` None).
pub async fn export(
    ctx: &Ctx,
    by: By<'_>,
    actor: Option<&Actor>,
    person: i64,
    org: Option<i64>,
) -> Result<Export, SubjectAccessError> {
    authorise(actor, Action::ExportPersonalData { person, org })?;
    if let Some(org) = org {
        if store::members::roles_in(&ctx.db, person, org).await?.is_none() {
            return Err(SubjectAccessError::NotFound);
        }
    }
    let tables = store::subject_access::export(&ctx.db, person).await?;
    if tables.is_empty() {
        return Err(SubjectAccessError::NotFound);
    }
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let entry = Entry {
        org_id: org,
        action: "personal-data-exported",
        subject: ("user", person.to_string()),
        before: None,
        after: Some(serde_json::json!({ "tables": tables.len() })),
    };
    crate::audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(Export {
        person,
        made_at: now,
        tables,
    })
}
