//! Liveness and readiness for load balancers and orchestrators.

use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde_json::{json, Value};

/// The process is up.
pub async fn healthz() -> Json<Value> {
    Json(json!({ "status": "ok" }))
}

/// How long /readyz waits for the database before saying it is not ready.
const READY_WITHIN: std::time::Duration = std::time::Duration::from_secs(1);

/// The database answers within a second; until it does, take this instance out of service.
pub async fn readyz(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    match tokio::time::timeout(READY_WITHIN, state.db.ping()).await {
        Ok(Ok(())) => (StatusCode::OK, Json(json!({ "status": "ready" }))),
        Ok(Err(error)) => {
            tracing::warn!(%error, "database not reachable");
            not_ready()
        }
        Err(_) => {
            tracing::warn!("database did not answer within a second");
            not_ready()
        }
    }
}

fn not_ready() -> (StatusCode, Json<Value>) {
    (
        StatusCode::SERVICE_UNAVAILABLE,
        Json(json!({ "status": "database unreachable" })),
    )
}
