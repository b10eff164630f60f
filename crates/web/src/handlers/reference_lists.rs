//! Reference list pages (app::reference_lists): a platform admin finds, adds, changes,
//! retires and brings back roles, skills, services and capabilities
//! (`/admin/reference/{list}`). Each change reaches every instance's copy of the lists.

use super::{field, form_pairs, render};
use crate::client::ClientIp;
use crate::error::AppError;
use crate::forms::ShownError;
use crate::refusals::{refusal, refusal_status, unexpected};
use crate::session::Viewer;
use crate::state::AppState;
use app::reference_lists::{self as commands, EntryInput, EntryView};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use domain::reference_lists::{List, BANDS};
use minijinja::context;
use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    q: String,
    after: Option<String>,
    after_id: Option<i64>,
    done: String,
}

/// How much of a description the list shows.
const DETAIL_SHOWN_CHARS: usize = 120;

fn shortened(text: &str) -> String {
    match text.char_indices().nth(DETAIL_SHOWN_CHARS) {
        Some((end, _)) => format!("{}…", text[..end].trim_end()),
        None => text.to_string(),
    }
}

fn named(list: &str) -> Result<List, AppError> {
    list.parse::<List>().map_err(|_| AppError::NotFound)
}

/// `GET /admin/reference`: the lists.
pub async fn index(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    viewer.require_user()?;
    let lists: Vec<&str> = commands::lists(viewer.actor.as_ref())
        .map_err(unexpected)?
        .iter()
        .map(|l| l.as_str())
        .collect();
    render(&state, &viewer, "admin/reference_index.html", context! { lists })
}

/// `GET /admin/reference/{list}`: its entries by name, a page at a time, found by words.
pub async fn list(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(list): Path<String>,
    Query(q): Query<ListQuery>,
) -> Result<Html<String>, AppError> {
    viewer.require_user()?;
    let list = named(&list)?;
    let after = q.after.as_deref().map(|name| (name, q.after_id.unwrap_or(0)));
    let (mut rows, next) = commands::entries(&state, viewer.actor.as_ref(), list, &q.q, after)
        .await
        .map_err(unexpected)?;
    for row in &mut rows {
        row.detail = shortened(&row.detail);
    }
    let words = q.q.trim();
    let encode = |s: &str| percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string();
    let base = format!("/admin/reference/{}?q={}", list.as_str(), encode(words));
    let next_href = next.map(|(name, id)| format!("{base}&after={}&after_id={id}", encode(&name)));
    let first_href = after.is_some().then_some(base);
    let done = matches!(q.done.as_str(), "added" | "changed" | "retired" | "restored").then_some(q.done.as_str());
    render(
        &state,
        &viewer,
        "admin/reference_list.html",
        context! { list => list.as_str(), rows, words, next_href, first_href, done },
    )
}

async fn entry_page(
    state: &AppState,
    viewer: &Viewer,
    list: List,
    view: Option<EntryView>,
    input: &EntryInput,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let (groups, families) = commands::choices(state, viewer.actor.as_ref(), list)
        .await
        .map_err(unexpected)?;
    let held: Vec<i64> = view
        .as_ref()
        .map(|v| v.levels.iter().map(|l| l.band).collect())
        .unwrap_or_default();
    let typed = |band: i64| {
        input
            .levels
            .iter()
            .find(|(b, _)| *b == band)
            .map(|(_, n)| n.clone())
            .unwrap_or_default()
    };
    let open_bands: Vec<(i64, String)> = BANDS.filter(|b| !held.contains(b)).map(|b| (b, typed(b))).collect();
    render(
        state,
        viewer,
        "admin/reference_entry.html",
        context! {
            list => list.as_str(), view, groups, families, open_bands,
            name => input.name, detail => input.detail, group => input.group, errors,
        },
    )
}

/// The fields posted for an entry.
fn posted(body: &Bytes) -> Result<EntryInput, AppError> {
    let pairs = form_pairs(body)?;
    let levels = BANDS
        .map(|band| (band, field(&pairs, &format!("level-{band}")).to_string()))
        .collect();
    Ok(EntryInput {
        name: field(&pairs, "name").to_string(),
        detail: field(&pairs, "detail").to_string(),
        group: field(&pairs, "group").to_string(),
        levels,
    })
}

/// `GET /admin/reference/{list}/new`.
pub async fn new_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(list): Path<String>,
) -> Result<Html<String>, AppError> {
    viewer.require_user()?;
    let list = named(&list)?;
    entry_page(&state, &viewer, list, None, &EntryInput::default(), Vec::new()).await
}

/// `POST /admin/reference/{list}/new`.
pub async fn add(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(list): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let list = named(&list)?;
    let input = posted(&body)?;
    match commands::add(&state, viewer.by(&ip), viewer.actor.as_ref(), list, &input).await {
        Ok(_) => {
            state.reference_changed();
            Ok(Redirect::to(&format!("/admin/reference/{}?done=added", list.as_str())).into_response())
        }
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, "name")?;
            let html = entry_page(&state, &viewer, list, None, &input, errors).await?;
            Ok((status, html).into_response())
        }
    }
}

/// The entry's form filled in as it is stored.
fn as_stored(view: &EntryView) -> EntryInput {
    EntryInput {
        name: view.entry.name.clone(),
        detail: view.entry.detail.clone(),
        ..Default::default()
    }
}

/// The entry, for its page.
async fn read(state: &AppState, viewer: &Viewer, list: List, id: i64) -> Result<EntryView, AppError> {
    commands::entry(state, viewer.actor.as_ref(), list, id)
        .await
        .map_err(unexpected)
}

/// `GET /admin/reference/{list}/{id}`.
pub async fn show(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((list, id)): Path<(String, i64)>,
) -> Result<Html<String>, AppError> {
    viewer.require_user()?;
    let list = named(&list)?;
    let view = read(&state, &viewer, list, id).await?;
    let input = as_stored(&view);
    entry_page(&state, &viewer, list, Some(view), &input, Vec::new()).await
}

/// `POST /admin/reference/{list}/{id}`: saves the changes.
pub async fn change(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((list, id)): Path<(String, i64)>,
    body: Bytes,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let list = named(&list)?;
    let input = posted(&body)?;
    match commands::change(&state, viewer.by(&ip), viewer.actor.as_ref(), list, id, &input).await {
        Ok(()) => {
            state.reference_changed();
            Ok(Redirect::to(&format!("/admin/reference/{}?done=changed", list.as_str())).into_response())
        }
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, "name")?;
            let view = read(&state, &viewer, list, id).await?;
            let html = entry_page(&state, &viewer, list, Some(view), &input, errors).await?;
            Ok((status, html).into_response())
        }
    }
}

async fn retire_or_restore(
    state: AppState,
    viewer: Viewer,
    ip: String,
    (list, id): (String, i64),
    retire: bool,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let list = named(&list)?;
    match commands::set_retired(&state, viewer.by(&ip), viewer.actor.as_ref(), list, id, retire).await {
        Ok(()) => {
            state.reference_changed();
            let done = if retire { "retired" } else { "restored" };
            Ok(Redirect::to(&format!("/admin/reference/{}?done={done}", list.as_str())).into_response())
        }
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, "retire")?;
            let view = read(&state, &viewer, list, id).await?;
            let input = as_stored(&view);
            let html = entry_page(&state, &viewer, list, Some(view), &input, errors).await?;
            Ok((status, html).into_response())
        }
    }
}

/// `POST /admin/reference/{list}/{id}/retire`.
pub async fn retire(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(path): Path<(String, i64)>,
) -> Result<Response, AppError> {
    retire_or_restore(state, viewer, ip, path, true).await
}

/// `POST /admin/reference/{list}/{id}/restore`.
pub async fn restore(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(path): Path<(String, i64)>,
) -> Result<Response, AppError> {
    retire_or_restore(state, viewer, ip, path, false).await
}
