//! The capability map's reference lists (SPEC §4.7): what services need, and the
//! capabilities each service usually involves.

use crate::backend::exec;
use crate::{Exec, Result};
use serde::Serialize;

/// A capability a service may need: an esd interaction or a technical capability.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct Capability {
    pub id: i64,
    pub kind: String,
    pub label: String,
    pub parent_id: Option<i64>,
    pub description: String,
}

/// Every capability, in the lists' order (each group before its members).
pub async fn capabilities<'a>(exec: impl Into<Exec<'a>>) -> Result<Vec<Capability>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Capability>(
        "SELECT id, kind, label, parent_id, description FROM capabilities ORDER BY position")
        .fetch_all(c).await)?)
}

/// The capabilities a service usually involves (the LGBM's links): the checklist a council
/// starts from when it maps the service.
pub async fn checklist<'a>(exec: impl Into<Exec<'a>>, lgsl_id: i64) -> Result<Vec<i64>> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "SELECT s.capability_id FROM service_capabilities s JOIN capabilities k ON k.id = s.capability_id
         WHERE s.lgsl_id = $1 ORDER BY k.position")
        .bind(lgsl_id).fetch_all(c).await)?)
}
