//! Saved searches of the opportunity list, and how often each is sent.

use super::*;

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct AlertForm {
    pub name: String,
    pub q: String,
    pub kind: String,
    pub role: String,
    pub service: String,
    pub region: String,
    pub frequency: String,
}

/// The viewer's saved searches, with how often each is sent.
pub async fn alerts(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    let user = viewer.require_user()?;
    let searches = saved_searches::of_user(&state.db, user.id).await?;
    render(
        &state,
        &viewer,
        "opportunities/alerts.html",
        context! { searches, errors => Vec::<ShownError>::new() },
    )
}

pub async fn alert_save(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Form(form): Form<AlertForm>,
) -> Result<Response, AppError> {
    let user = viewer.require_user()?;
    viewer.authorise(Action::ManageOwnAccount)?;
    let params = ListParams {
        q: form.q.clone(),
        kind: form.kind.clone(),
        role: form.role.clone(),
        service: form.service.clone(),
        region: form.region.clone(),
        ..ListParams::default()
    };
    let (filter, _) = params.filter(true);
    let mut errors = domain::ValidationErrors::default();
    let name = errors.check("name", domain::text::single_line(&form.name, 100));
    let frequency = errors.check("frequency", form.frequency.parse::<rules::AlertFrequency>());
    if let (Some(name), Some(frequency), true) = (name, frequency, errors.is_empty()) {
        let now = state.clock.now();
        let mut tx = state.db.begin().await?;
        let new = saved_searches::NewSavedSearch {
            user_id: user.id,
            name: &name,
            words: &filter.words.join(" "),
            kind: filter.kind.as_deref(),
            role_id: filter.role_id,
            lgsl_id: filter.lgsl_id,
            region: filter.region.as_deref(),
            frequency: frequency.as_str(),
        };
        let id = saved_searches::create(&mut tx, &new, now).await?;
        app::audit(
            &mut tx,
            viewer.by(&ip),
            app::Entry {
                org_id: None,
                action: "saved-search-created",
                subject: ("saved_search", id.to_string()),
                before: None,
                after: Some(serde_json::json!({ "frequency": frequency.as_str() })),
            },
            now,
        )
        .await?;
        tx.commit().await?;
        return Ok(Redirect::to("/opportunities/alerts").into_response());
    }
    let searches = saved_searches::of_user(&state.db, user.id).await?;
    let errors = forms::shown(&state, viewer.lang, &errors);
    let html = render(
        &state,
        &viewer,
        "opportunities/alerts.html",
        context! { searches, errors, form },
    )?;
    Ok((axum::http::StatusCode::BAD_REQUEST, html).into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AlertChange {
    pub frequency: String,
}

/// Changes how often a saved search is sent, or deletes it (`frequency=delete`).
pub async fn alert_change(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(form): Form<AlertChange>,
) -> Result<Response, AppError> {
    let user = viewer.require_user()?;
    let mut tx = state.db.begin().await?;
    let changed = if form.frequency == "delete" {
        saved_searches::delete(&mut tx, id, user.id).await?
    } else {
        let frequency = form
            .frequency
            .parse::<rules::AlertFrequency>()
            .map_err(|_| AppError::BadRequest)?;
        saved_searches::set_frequency(&mut tx, id, user.id, frequency.as_str()).await?
    };
    if !changed {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(Redirect::to("/opportunities/alerts").into_response())
}
