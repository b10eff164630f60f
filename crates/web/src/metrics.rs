//! Prometheus metrics: request counts and durations by route and status, the outbox's
//! backlog and failures, database pool connections, and background job runs (counted where
//! the jobs run). Never public: served on a listener of its own (`METRICS_BIND`), or on the
//! main one only to a bearer token (`METRICS_TOKEN`).

use crate::state::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;
use std::time::Instant;
use subtle::ConstantTimeEq;

static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();

/// The process-wide recorder, installed on first use (one per process, shared by tests).
fn handle() -> Option<&'static PrometheusHandle> {
    HANDLE
        .get_or_init(|| match PrometheusBuilder::new().install_recorder() {
            Ok(handle) => Some(handle),
            Err(error) => {
                tracing::warn!(%error, "metrics recorder not installed");
                None
            }
        })
        .as_ref()
}

pub fn init() {
    let _ = handle();
}

pub async fn track(request: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = request.method().to_string();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".to_string());
    let response = next.run(request).await;
    let status = response.status().as_u16().to_string();
    let labels = [("method", method), ("route", route), ("status", status)];
    metrics::counter!("http_requests_total", &labels).increment(1);
    metrics::histogram!("http_request_duration_seconds", &labels).record(start.elapsed().as_secs_f64());
    response
}

/// Sets the gauges read at scrape time from the database and the pool.
async fn sample(state: &AppState) {
    match store::outbox::backlog(&state.db).await {
        Ok(backlog) => {
            metrics::gauge!("outbox_messages", "status" => "pending").set(backlog.pending as f64);
            metrics::gauge!("outbox_messages", "status" => "failed").set(backlog.failed as f64);
        }
        Err(error) => tracing::warn!(%error, "outbox backlog not read for metrics"),
    }
    for pool in state.db.pool_stats() {
        metrics::gauge!("db_pool_connections", "pool" => pool.name).set(f64::from(pool.size));
        metrics::gauge!("db_pool_idle_connections", "pool" => pool.name).set(pool.idle as f64);
    }
}

async fn exposition(state: &AppState) -> Response {
    sample(state).await;
    let body = handle().map(|h| h.render()).unwrap_or_default();
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], body).into_response()
}

/// `/metrics` on the public listener: only with `Authorization: Bearer <METRICS_TOKEN>`,
/// and not at all when no token is configured.
pub async fn render(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let Some(expected) = state.config.metrics_token.as_deref() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let sent = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default();
    if bool::from(sent.as_bytes().ct_eq(expected.as_bytes())) {
        exposition(&state).await
    } else {
        (StatusCode::UNAUTHORIZED, [(header::WWW_AUTHENTICATE, "Bearer")]).into_response()
    }
}

/// The router of the private metrics listener (`METRICS_BIND`): `/metrics` to anyone who
/// can reach it, which should be only the monitoring system.
pub fn private_router(state: AppState) -> Router {
    init();
    Router::new()
        .route(
            "/metrics",
            get(|State(state): State<AppState>| async move { exposition(&state).await }),
        )
        .with_state(state)
}
