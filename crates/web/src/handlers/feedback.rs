//! Feedback on a completed contract: each side rates the other once, 1 to 5 with a
//! comment; both councils and the practitioner read it.

use super::contracts::visible;
use super::render;
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::{self, ShownError};
use crate::session::Viewer;
use crate::state::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Form;
use domain::authz::{authorise, Action};
use domain::contracts::Side;
use minijinja::context;
use serde::Deserialize;
use serde_json::json;
use store::contracts::Contract;
use store::feedback;

fn org_of(c: &Contract, side: Side) -> i64 {
    match side {
        Side::Buyer => c.buyer_org_id,
        Side::Supplier => c.supplier_org_id,
    }
}

async fn page(
    state: &AppState,
    viewer: &Viewer,
    c: Contract,
    errors: Vec<ShownError>,
    done: bool,
) -> Result<Html<String>, AppError> {
    let given = feedback::for_contract(&state.db, c.id).await?;
    let open: Vec<&str> = [Side::Buyer, Side::Supplier]
        .into_iter()
        .filter(|s| c.status == domain::contracts::ContractStatus::Completed && !given.iter().any(|g| g.side == *s))
        .filter(|s| {
            authorise(
                viewer.actor.as_ref(),
                Action::ActFor {
                    side: *s,
                    org: org_of(&c, *s),
                },
            )
            .is_ok()
        })
        .map(|s| s.as_str())
        .collect();
    render(
        state,
        viewer,
        "contracts/feedback.html",
        context! { contract => c, reference => domain::contracts::reference(c.id), given, open, errors, done },
    )
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Done {
    /// `given` after feedback was recorded: the page confirms it.
    done: String,
}

pub async fn show(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Query(done): Query<Done>,
) -> Result<Html<String>, AppError> {
    let c = visible(&state, &viewer, id).await?;
    page(&state, &viewer, c, Vec::new(), done.done == "given").await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FeedbackForm {
    pub side: String,
    pub rating: String,
    pub comment: String,
}

pub async fn give(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    Form(form): Form<FeedbackForm>,
) -> Result<Response, AppError> {
    let c = visible(&state, &viewer, id).await?;
    let side: Side = form.side.parse().map_err(|_| AppError::BadRequest)?;
    viewer.authorise(Action::ActFor {
        side,
        org: org_of(&c, side),
    })?;
    let refuse = |key: &str| (StatusCode::CONFLICT, forms::one("rating", viewer.t(&state, key, &[])));
    let (status, errors) = if c.status != domain::contracts::ContractStatus::Completed {
        refuse("error-feedback-not-completed")
    } else {
        match domain::contracts::validate_feedback(&form.rating, &form.comment) {
            Err(e) => (StatusCode::BAD_REQUEST, forms::shown(&state, viewer.lang, &e)),
            Ok((rating, comment)) => {
                let now = state.clock.now();
                let user = viewer.require_user()?.id;
                let mut tx = state.db.begin().await?;
                if feedback::give(&mut tx, id, side.as_str(), rating, &comment, user, now).await? {
                    app::deals::audit_both(
                        &mut tx,
                        viewer.by(&ip),
                        (c.buyer_org_id, c.supplier_org_id),
                        "contract-feedback",
                        ("contract", id),
                        None,
                        Some(json!({ "side": side.as_str(), "rating": rating })),
                        now,
                    )
                    .await?;
                    tx.commit().await?;
                    return Ok(Redirect::to(&format!("/contracts/{id}/feedback?done=given")).into_response());
                }
                refuse("error-feedback-given")
            }
        }
    };
    Ok((status, page(&state, &viewer, c, errors, false).await?).into_response())
}
