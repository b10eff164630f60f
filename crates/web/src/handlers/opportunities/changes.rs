//! Changes after publishing: a clarification, a new summary, a later closing time, or
//! withdrawal.

use super::*;

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ChangeForm {
    pub kind: String,
    pub body: String,
    pub closing_date: String,
    pub closing_time: String,
    pub reason: String,
}

/// The page where the buyer changes a live opportunity or withdraws it.
pub async fn change_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Html<String>, AppError> {
    let o = managed(&state, &viewer, id).await?;
    let form = ChangeForm {
        body: o.summary.clone().unwrap_or_default(),
        ..ChangeForm::default()
    };
    change_page(&state, &viewer, o, form, Vec::new())
}

fn change_page(
    state: &AppState,
    viewer: &Viewer,
    o: Opportunity,
    form: ChangeForm,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    render(state, viewer, "opportunities/change.html", context! { o, form, errors })
}

pub async fn change(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    Form(form): Form<ChangeForm>,
) -> Result<Response, AppError> {
    let o = managed(&state, &viewer, id).await?;
    let by = viewer.by(&ip);
    let result = match form.kind.as_str() {
        "withdraw" => match domain::bookings::validate_reason(&form.reason) {
            Ok(reason) => service::withdraw(&state, by, id, &reason).await,
            Err(e) => Err(app::opportunities::OpportunityError::Invalid(e)),
        },
        kind => match kind.parse::<ChangeKind>() {
            Ok(ChangeKind::ClosingTime) => {
                let day = domain::dates::parse_date(&form.closing_date, true);
                let time = rules::parse_time(&form.closing_time);
                match (day, time) {
                    (Ok(Some(d)), Ok(t)) => match rules::london_instant(d, t) {
                        Some(at) => service::change(&state, by, id, ChangeKind::ClosingTime, "", Some(at)).await,
                        None => Err(invalid("closing_time", "error-time-format")),
                    },
                    (Err(k), _) => Err(invalid("closing_date", k)),
                    (_, Err(k)) => Err(invalid("closing_time", k)),
                    _ => Err(invalid("closing_date", "error-date-required")),
                }
            }
            Ok(kind) => service::change(&state, by, id, kind, &form.body, None).await,
            Err(k) => Err(invalid("kind", k)),
        },
    };
    match result {
        Ok(()) => {
            let done = if form.kind == "withdraw" {
                "withdrawn"
            } else {
                "changed"
            };
            Ok(Redirect::to(&format!("/opportunities/{id}?done={done}")).into_response())
        }
        Err(e) => {
            let status = refusal_status(&e);
            let field = if form.kind == "withdraw" { "reason" } else { "body" };
            let errors = refusal(&state, viewer.lang, e, field)?;
            Ok((status, change_page(&state, &viewer, o, form, errors)?).into_response())
        }
    }
}

fn invalid(field: &str, key: &'static str) -> app::opportunities::OpportunityError {
    app::opportunities::OpportunityError::Invalid(domain::ValidationErrors::single(field, key))
}
