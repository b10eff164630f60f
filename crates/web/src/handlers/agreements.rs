//! The terms contracts rest on: platform admins keep the agreement versions and the list
//! of legal bases; a council's admins record that it signed the current version and set
//! its defaults for the contracts it supplies.

use super::council::council;
use super::render;
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::{self, ShownError};
use crate::refusals::refusal;
use crate::session::Viewer;
use crate::state::AppState;
use app::contracts as contract_service;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Form;
use domain::authz::Action;
use domain::contracts::VatTreatment;
use domain::{text, ValidationErrors};
use minijinja::context;
use serde::{Deserialize, Serialize};
use store::agreements;
use store::organisations::Organisation;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Done {
    done: String,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct AgreementForm {
    version: String,
    title: String,
    body: String,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct LegalBasisForm {
    name: String,
    description: String,
}

async fn admin_page(
    state: &AppState,
    viewer: &Viewer,
    done: &str,
    agreement: AgreementForm,
    basis: LegalBasisForm,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let versions = agreements::all(&state.db).await?;
    let bases = agreements::legal_bases(&state.db, true).await?;
    let done = ["published", "added", "retired", "restored"]
        .contains(&done)
        .then_some(done);
    render(
        state,
        viewer,
        "admin/agreements.html",
        context! { versions, bases, agreement, basis, errors, done },
    )
}

pub async fn admin(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<Done>,
) -> Result<Html<String>, AppError> {
    viewer.authorise(Action::ManagePlatformTerms)?;
    admin_page(
        &state,
        &viewer,
        &q.done,
        Default::default(),
        Default::default(),
        Vec::new(),
    )
    .await
}

pub async fn publish(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Form(form): Form<AgreementForm>,
) -> Result<Response, AppError> {
    viewer.authorise(Action::ManagePlatformTerms)?;
    let mut errors = ValidationErrors::default();
    let version = errors.check("version", text::single_line(&form.version, 20));
    let title = errors.check("title", text::single_line(&form.title, 200));
    let body = errors.check("body", text::multi_line(&form.body, 50_000));
    let outcome = match (version, title, body) {
        (Some(v), Some(t), Some(b)) if errors.is_empty() => {
            contract_service::publish_agreement(&state, viewer.by(&ip), &v, &t, &b).await
        }
        _ => Err(app::contracts::ContractError::Invalid(errors)),
    };
    match outcome {
        Ok(_) => Ok(Redirect::to("/admin/agreements?done=published").into_response()),
        Err(e) => {
            let errors = refusal(&state, viewer.lang, e, "version")?;
            let html = admin_page(&state, &viewer, "", form, Default::default(), errors).await?;
            Ok((StatusCode::BAD_REQUEST, html).into_response())
        }
    }
}

pub async fn add_legal_basis(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Form(form): Form<LegalBasisForm>,
) -> Result<Response, AppError> {
    viewer.authorise(Action::ManagePlatformTerms)?;
    let mut errors = ValidationErrors::default();
    let name = errors.check("name", text::single_line(&form.name, 200));
    let description = errors.check("description", text::multi_line(&form.description, 1000));
    let outcome = match (name, description) {
        (Some(n), Some(d)) if errors.is_empty() => {
            contract_service::add_legal_basis(&state, viewer.by(&ip), &n, &d).await
        }
        _ => Err(app::contracts::ContractError::Invalid(errors)),
    };
    match outcome {
        Ok(_) => Ok(Redirect::to("/admin/agreements?done=added").into_response()),
        Err(e) => {
            let errors = refusal(&state, viewer.lang, e, "name")?;
            let html = admin_page(&state, &viewer, "", Default::default(), form, errors).await?;
            Ok((StatusCode::BAD_REQUEST, html).into_response())
        }
    }
}

pub async fn retire_legal_basis(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((id, action)): Path<(i64, String)>,
) -> Result<Response, AppError> {
    viewer.authorise(Action::ManagePlatformTerms)?;
    let retired = match action.as_str() {
        "retire" => true,
        "restore" => false,
        _ => return Err(AppError::NotFound),
    };
    match contract_service::retire_legal_basis(&state, viewer.by(&ip), id, retired).await {
        Ok(()) => {
            let done = if retired { "retired" } else { "restored" };
            Ok(Redirect::to(&format!("/admin/agreements?done={done}")).into_response())
        }
        Err(app::contracts::ContractError::NotFound) => Err(AppError::NotFound),
        Err(e) => Err(refusal(&state, viewer.lang, e, "name")
            .err()
            .unwrap_or(AppError::BadRequest)),
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct SignatureForm {
    agreement_version_id: String,
    signatory_name: String,
    signatory_role: String,
    signed_on: String,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct DefaultsForm {
    vat: String,
    payment_terms_days: String,
    register_department: String,
}

pub(crate) async fn council_page(
    state: &AppState,
    viewer: &Viewer,
    org: Organisation,
    done: &str,
    signature: SignatureForm,
    defaults: Option<DefaultsForm>,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let current = agreements::current(&state.db).await?;
    let signed = match &current {
        Some(a) => agreements::signature(&state.db, org.id, a.id).await?,
        None => None,
    };
    let stored = agreements::contract_defaults(&state.db, org.id).await?;
    let defaults = defaults.unwrap_or(DefaultsForm {
        vat: stored.vat_treatment.to_string(),
        payment_terms_days: stored.payment_terms_days.to_string(),
        register_department: stored.register_department.unwrap_or_default(),
    });
    let done = ["signed", "defaults", "time"].contains(&done).then_some(done);
    let deemed_days = store::time_entries::deemed_days(&state.db, org.id)
        .await?
        .map(|d| d.to_string())
        .unwrap_or_default();
    render(
        state,
        viewer,
        "council/agreement.html",
        context! { council => org, current, signed, signature, defaults, errors, done, deemed_days },
    )
}

pub async fn council_show(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    Query(q): Query<Done>,
) -> Result<Html<String>, AppError> {
    let org = council(&state, &code).await?;
    viewer.authorise(Action::SignAgreement(org.id))?;
    council_page(&state, &viewer, org, &q.done, Default::default(), None, Vec::new()).await
}

pub async fn sign(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(code): Path<String>,
    Form(form): Form<SignatureForm>,
) -> Result<Response, AppError> {
    let org = council(&state, &code).await?;
    viewer.authorise(Action::SignAgreement(org.id))?;
    let mut errors = ValidationErrors::default();
    let name = errors.check("signatory_name", text::single_line(&form.signatory_name, 200));
    let role = errors.check("signatory_role", text::single_line(&form.signatory_role, 200));
    let today = domain::weeks::london_date(state.clock.now());
    let signed_on = errors
        .check(
            "signed_on",
            domain::dates::parse_date(&form.signed_on, true).and_then(|d| match d {
                Some(d) if d > today => Err("error-date-future"),
                other => Ok(other),
            }),
        )
        .flatten();
    let agreement_version_id: Option<i64> = form.agreement_version_id.trim().parse().ok();
    let outcome = match (name, role, signed_on, agreement_version_id) {
        (Some(n), Some(r), Some(d), Some(a)) if errors.is_empty() => {
            let input = contract_service::SignatureInput {
                org_id: org.id,
                agreement_version_id: a,
                signatory_name: &n,
                signatory_role: &r,
                signed_on: d,
            };
            contract_service::record_signature(&state, viewer.by(&ip), &input).await
        }
        (_, _, _, None) if errors.is_empty() => return Err(AppError::BadRequest),
        _ => Err(app::contracts::ContractError::Invalid(errors)),
    };
    match outcome {
        Ok(()) => Ok(Redirect::to(&format!("/councils/{}/agreement?done=signed", org.code)).into_response()),
        Err(e) => {
            let errors = refusal(&state, viewer.lang, e, "signatory_name")?;
            let html = council_page(&state, &viewer, org, "", form, None, errors).await?;
            Ok((StatusCode::BAD_REQUEST, html).into_response())
        }
    }
}

pub async fn set_defaults(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(code): Path<String>,
    Form(form): Form<DefaultsForm>,
) -> Result<Response, AppError> {
    let org = council(&state, &code).await?;
    viewer.authorise(Action::SignAgreement(org.id))?;
    let mut errors = ValidationErrors::default();
    let vat = errors.check("vat", form.vat.parse::<VatTreatment>());
    let days = errors.check(
        "payment_terms_days",
        domain::contracts::payment_terms(&form.payment_terms_days),
    );
    let department = errors.check(
        "register_department",
        domain::contracts_register::department(&form.register_department),
    );
    if let (Some(vat), Some(days), Some(department)) = (vat, days, department) {
        contract_service::set_defaults(&state, viewer.by(&ip), org.id, vat, days, department.as_deref())
            .await
            .map_err(|e| {
                refusal(&state, viewer.lang, e, "vat")
                    .err()
                    .unwrap_or(AppError::BadRequest)
            })?;
        return Ok(Redirect::to(&format!("/councils/{}/agreement?done=defaults", org.code)).into_response());
    }
    let errors = forms::shown(&state, viewer.lang, &errors);
    let html = council_page(&state, &viewer, org, "", Default::default(), Some(form), errors).await?;
    Ok((StatusCode::BAD_REQUEST, html).into_response())
}
