//! The JSON API under /api/v1 (SPEC §4.10). The OpenAPI 3.1 document is generated from
//! these handlers' annotations; errors are `application/problem+json` (RFC 9457).

pub mod organisations;
pub mod problem;

use crate::state::AppState;
use axum::routing::get;
use axum::{Json, Router};
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(title = "Microcontracts API", version = "1", description = "Councils lending digital practitioners' time to each other."),
    paths(organisations::list),
    components(schemas(organisations::OrganisationItem, organisations::OrganisationPage, problem::Problem)),
    tags((name = "organisations", description = "UK councils on the service"))
)]
pub struct ApiDoc;

pub async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

/// The API's routes, to be nested under `/api/v1`.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(openapi_json))
        .route("/organisations", get(organisations::list))
        .fallback(problem::not_found)
}
