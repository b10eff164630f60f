//! Questions practitioners ask before the questions deadline, and the buyer's answers.

use super::*;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct QuestionForm {
    pub question: String,
}

pub async fn ask(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    Form(form): Form<QuestionForm>,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let o = visible(&state, &viewer, id).await?;
    if applying_councils(&state, &viewer, &o).await?.is_empty() {
        return Err(AppError::Forbidden);
    }
    match service::ask(&state, viewer.by(&ip), &o, &form.question).await {
        Ok(_) => Ok(Redirect::to(&format!("/opportunities/{id}?done=asked")).into_response()),
        Err(e) => {
            let errors = refusal(&state, viewer.lang, e, "question")?;
            page(&state, &viewer, o, false, "", errors, &form.question).await
        }
    }
}

/// Every question, for the buyer, with a form to answer each unanswered one.
pub async fn questions(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Html<String>, AppError> {
    let o = managed(&state, &viewer, id).await?;
    questions_page(&state, &viewer, o, Vec::new(), None).await
}

async fn questions_page(
    state: &AppState,
    viewer: &Viewer,
    o: Opportunity,
    errors: Vec<ShownError>,
    typed: Option<(i64, String)>,
) -> Result<Html<String>, AppError> {
    let all = store_opps::questions(&state.db, o.id, false).await?;
    render(
        state,
        viewer,
        "opportunities/questions.html",
        context! { o, questions => all, errors, typed },
    )
}

pub async fn answer(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((id, question)): Path<(i64, i64)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let o = managed(&state, &viewer, id).await?;
    // The field is named after the question, so that each answer box has its own id.
    let name = format!("answer-{question}");
    let typed = fields
        .into_iter()
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
        .unwrap_or_default();
    match service::answer(&state, viewer.by(&ip), id, question, &typed).await {
        Ok(()) => Ok(Redirect::to(&format!("/opportunities/{id}/questions")).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, &format!("answer-{question}"))?;
            let html = questions_page(&state, &viewer, o, errors, Some((question, typed))).await?;
            Ok((status, html).into_response())
        }
    }
}
