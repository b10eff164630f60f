//! Public reference lists: DDaT roles with their levels, skills, LGSL services.

use super::problem::Problem;
use crate::state::AppState;
use axum::extract::State;
use axum::Json;
use serde::Serialize;
use store::reference;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
pub struct LevelItem {
    pub id: i64,
    pub name: String,
    /// Seniority: 1 trainee or apprentice … 8 head or chief.
    pub band: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RoleItem {
    pub id: i64,
    pub family: String,
    pub name: String,
    pub levels: Vec<LevelItem>,
}

/// DDaT roles and their levels (Government Digital and Data Profession Capability Framework, OGL v3.0).
#[utoipa::path(get, path = "/api/v1/reference/roles", tag = "reference", responses((status = 200, body = [RoleItem])))]
pub async fn roles(State(state): State<AppState>) -> Result<Json<Vec<RoleItem>>, Problem> {
    let levels = reference::levels(&state.db).await?;
    let items = reference::roles(&state.db)
        .await?
        .into_iter()
        .map(|r| RoleItem {
            levels: levels
                .iter()
                .filter(|l| l.role_id == r.id)
                .map(|l| LevelItem {
                    id: l.id,
                    name: l.name.clone(),
                    band: l.band,
                })
                .collect(),
            id: r.id,
            family: r.family,
            name: r.name,
        })
        .collect();
    Ok(Json(items))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct NamedItem {
    pub id: i64,
    pub name: String,
    pub description: String,
}

/// DDaT skills.
#[utoipa::path(get, path = "/api/v1/reference/skills", tag = "reference", responses((status = 200, body = [NamedItem])))]
pub async fn skills(State(state): State<AppState>) -> Result<Json<Vec<NamedItem>>, Problem> {
    let items = reference::skills(&state.db)
        .await?
        .into_iter()
        .map(|s| NamedItem {
            id: s.id,
            name: s.name,
            description: s.description,
        })
        .collect();
    Ok(Json(items))
}

/// Local Government Service List services (LG Inform Plus, OGL).
#[utoipa::path(get, path = "/api/v1/reference/services", tag = "reference", responses((status = 200, body = [NamedItem])))]
pub async fn services(State(state): State<AppState>) -> Result<Json<Vec<NamedItem>>, Problem> {
    let items = reference::services(&state.db)
        .await?
        .into_iter()
        .map(|s| NamedItem {
            id: s.id,
            name: s.label,
            description: s.description,
        })
        .collect();
    Ok(Json(items))
}
