//! Static files embedded in the binary: the `govuk-frontend` package's CSS, JavaScript,
//! fonts and images (installed by npm from package-lock.json), and the service's own.

use axum::extract::Path;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "../../node_modules/govuk-frontend/dist/govuk/"]
#[include = "assets/*"]
#[include = "govuk-frontend.min.css"]
#[include = "govuk-frontend.min.js"]
struct GovukFrontend;

/// GOV.UK's accessible autocomplete, for the service box (`service_picker.rs`).
#[derive(RustEmbed)]
#[folder = "../../node_modules/accessible-autocomplete/dist/"]
#[include = "accessible-autocomplete.min.css"]
#[include = "accessible-autocomplete.min.js"]
struct Autocomplete;

#[derive(RustEmbed)]
#[folder = "static/"]
struct OwnStatic;

fn serve(path: &str, file: Option<rust_embed::EmbeddedFile>, cache: &'static str) -> Response {
    match file {
        Some(file) => {
            let mime = mime_guess::from_path(path).first_or_octet_stream();
            let mut response = file.data.into_owned().into_response();
            let headers = response.headers_mut();
            if let Ok(value) = HeaderValue::from_str(mime.as_ref()) {
                headers.insert(header::CONTENT_TYPE, value);
            }
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
            response
        }
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// `/assets/*`: fonts and images, at the path the GOV.UK Frontend CSS expects.
pub async fn govuk_asset(Path(path): Path<String>) -> Response {
    let key = format!("assets/{path}");
    serve(&key, GovukFrontend::get(&key), "public, max-age=604800")
}

/// `/static/*`: GOV.UK Frontend's CSS and JavaScript, the autocomplete's, and the service's own files.
pub async fn static_file(Path(path): Path<String>) -> Response {
    let file = GovukFrontend::get(&path)
        .filter(|_| path.starts_with("govuk-frontend."))
        .or_else(|| Autocomplete::get(&path).filter(|_| path.starts_with("accessible-autocomplete.")))
        .or_else(|| OwnStatic::get(&path));
    serve(&path, file, "public, max-age=3600")
}
