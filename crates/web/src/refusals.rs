//! How a refused or invalid step of the application layer shows on a page: one mapping of
//! every feature's error (through `app::failure::Failure`) to the GOV.UK error summary and
//! the response's status. (The API's one
//! mapping is `api::deals::deal_problem`.)

use crate::error::AppError;
use crate::forms::{self, ShownError};
use crate::state::AppState;
use app::failure::{Failure, StepError};
use axum::http::StatusCode;
use domain::language::Lang;

/// The status a refused step answers with: 400 when the input is not valid, 409 when the
/// state of things does not allow it now.
pub fn refusal_status(e: &impl StepError) -> StatusCode {
    if e.is_invalid() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::CONFLICT
    }
}

/// What a refused or invalid step says on the page, as an error summary. `field` is the
/// element the summary links to.
pub fn refusal(state: &AppState, lang: Lang, e: impl Into<Failure>, field: &str) -> Result<Vec<ShownError>, AppError> {
    match e.into() {
        Failure::NotFound => Err(AppError::NotFound),
        Failure::Refused { key } => Ok(forms::one(field, state.t_in(lang, key, &[]))),
        Failure::NoCapacity(short) => Ok(forms::one(
            field,
            state.t_in(
                lang,
                "error-booking-no-capacity",
                &[("weeks", crate::views::describe_shortfalls(state, lang, &short))],
            ),
        )),
        Failure::Invalid(errors) => Ok(forms::shown(state, lang, &errors)),
        Failure::Denied(d) => Err(d.into()),
        Failure::Store(e) => Err(e.into()),
    }
}

/// A step that can only fail for reasons the person cannot act on.
pub fn unexpected(e: impl Into<Failure>) -> AppError {
    match e.into() {
        Failure::Store(e) => e.into(),
        Failure::Denied(d) => d.into(),
        _ => AppError::NotFound,
    }
}
