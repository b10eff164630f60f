//! The practitioners recommended for an opportunity, with why, and the buyer's invitations
//! to them to apply (app::recommendations).

use super::*;
use app::recommendations as recommend;
use app::recommendations::Reader;
use domain::recommendations::Reason;

/// A recommendation as the page shows it: who, and each reason as a phrase.
#[derive(Debug, Serialize)]
struct Shown {
    profile_id: i64,
    display_name: String,
    headline: String,
    org_name: String,
    reasons: Vec<String>,
    invited: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DoneParams {
    pub done: String,
}

pub async fn recommendations(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Query(params): Query<DoneParams>,
) -> Result<Html<String>, AppError> {
    let o = managed(&state, &viewer, id).await?;
    recommendations_page(&state, &viewer, o, Vec::new(), &params.done).await
}

async fn recommendations_page(
    state: &AppState,
    viewer: &Viewer,
    o: Opportunity,
    errors: Vec<ShownError>,
    done: &str,
) -> Result<Html<String>, AppError> {
    let (recommended, invitations) = recommend::for_opportunity(state, viewer.actor.as_ref(), &o)
        .await
        .map_err(unexpected)?;
    let shown: Vec<Shown> = recommended
        .into_iter()
        .map(|r| Shown {
            reasons: r
                .recommendation
                .reasons
                .iter()
                .map(|reason| said(state, viewer, reason, Reader::Buyer))
                .collect(),
            profile_id: r.profile_id,
            display_name: r.display_name,
            headline: r.headline,
            org_name: r.org_name,
            invited: r.invited,
        })
        .collect();
    let done = (done == "invited").then_some(done);
    render(
        state,
        viewer,
        "opportunities/recommendations.html",
        context! { o, recommended => shown, invitations, errors, done },
    )
}

/// A reason in the viewer's language, worded for who reads it.
pub(crate) fn said(state: &AppState, viewer: &Viewer, reason: &Reason, reader: Reader) -> String {
    recommend::phrase(state, viewer.lang, reason, reader)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct InviteForm {
    pub profile: String,
}

pub async fn invite(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    Form(form): Form<InviteForm>,
) -> Result<Response, AppError> {
    let o = managed(&state, &viewer, id).await?;
    let profile = form.profile.trim().parse::<i64>().map_err(|_| AppError::NotFound)?;
    match recommend::invite(&state, viewer.actor.as_ref(), viewer.by(&ip), id, profile).await {
        Ok(_) => Ok(Redirect::to(&format!("/opportunities/{id}/recommendations?done=invited")).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, "invite")?;
            let html = recommendations_page(&state, &viewer, o, errors, "").await?;
            Ok((status, html).into_response())
        }
    }
}
