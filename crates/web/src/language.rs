//! Which language a page is in: the person's own choice (kept with their account), else
//! the language switch's cookie (for visitors), else the browser's `Accept-Language`, else
//! English. The switch in every page's header (`GET /language/{lang}`) sets both.

use crate::error::AppError;
use crate::session::Viewer;
use crate::state::AppState;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Redirect, Response};
use domain::language::Lang;

/// The cookie that remembers a visitor's choice, for a year.
pub const COOKIE: &str = "mc_lang";
const COOKIE_DAYS: i64 = 365;

/// The language of a request from `headers`, given the signed-in person's own choice.
pub fn of_request(headers: &HeaderMap, chosen: Option<&str>) -> Lang {
    chosen
        .and_then(Lang::parse)
        .or_else(|| crate::csrf::read_cookie(headers, COOKIE).and_then(|v| Lang::parse(&v)))
        .or_else(|| browser_language(headers.get(header::ACCEPT_LANGUAGE)))
        .unwrap_or_default()
}

/// The language a request's `Accept-Language` header asks for, if one spoken here.
pub fn browser_language(accept_language: Option<&HeaderValue>) -> Option<Lang> {
    accept_language
        .and_then(|v| v.to_str().ok())
        .and_then(Lang::from_accept_language)
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct Back {
    return_to: Option<String>,
}

/// `GET /language/{lang}`: the header's switch. It remembers the choice (the account's, for
/// a signed-in person; the cookie's, for everyone) and goes back to the page it was on.
pub async fn switch(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(tag): Path<String>,
    Query(back): Query<Back>,
) -> Result<Response, AppError> {
    let lang = Lang::parse(&tag)
        .filter(|l| l.as_str() == tag)
        .ok_or(AppError::NotFound)?;
    if let Some(user) = &viewer.user {
        app::accounts::choose_language(&state, user.id, lang).await?;
    }
    let target = crate::forms::safe_return_to(back.return_to.as_deref(), &state.config.base_url);
    let mut response = Redirect::to(&target).into_response();
    let cookie = crate::csrf::set_cookie_header_for(COOKIE, lang.as_str(), state.config.https(), COOKIE_DAYS * 86_400);
    if let Some(cookie) = cookie {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(header::HeaderName, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(name.clone(), HeaderValue::from_str(value).unwrap());
        }
        map
    }

    #[test]
    fn the_person_s_choice_then_the_cookie_then_the_browser() {
        let welsh_browser = headers(&[(header::ACCEPT_LANGUAGE, "cy-GB,cy;q=0.9")]);
        assert_eq!(of_request(&welsh_browser, None), Lang::Cy);
        assert_eq!(of_request(&welsh_browser, Some("en")), Lang::En);
        let cookie = headers(&[
            (header::ACCEPT_LANGUAGE, "cy"),
            (header::COOKIE, "mc_csrf=x; mc_lang=en"),
        ]);
        assert_eq!(of_request(&cookie, None), Lang::En);
        assert_eq!(of_request(&cookie, Some("cy")), Lang::Cy);
        assert_eq!(of_request(&HeaderMap::new(), None), Lang::En);
        assert_eq!(of_request(&headers(&[(header::COOKIE, "mc_lang=fr")]), None), Lang::En);
    }
}
