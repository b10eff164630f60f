//! Server-side sessions and the `Viewer`: who is asking, loaded once per request.
//! The cookie is HttpOnly, SameSite=Lax, and Secure with the `__Host-` prefix on HTTPS.

use crate::csrf::{self, CsrfToken};
use crate::error::AppError;
use crate::state::AppState;
use app::sessions::hash_secret;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue};
use chrono::Duration;
use domain::authz::{Action, Actor};
use domain::language::Lang;
use serde::Serialize;
use store::sessions;

/// The expiry is slid forward at most this often, to save writes (never past the session's
/// absolute lifetime: `domain::sessions`).
const TOUCH_EVERY: Duration = Duration::minutes(5);

pub fn cookie_name(https: bool) -> &'static str {
    if https {
        "__Host-mc_session"
    } else {
        "mc_session"
    }
}

/// A council the viewer belongs to, for navigation and pages.
#[derive(Debug, Clone, Serialize)]
pub struct ViewerCouncil {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub roles: Vec<String>,
    pub is_admin: bool,
    pub is_manager: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct ViewerUser {
    pub id: i64,
    pub display_name: String,
    pub email: String,
    pub platform_admin: bool,
    pub councils: Vec<ViewerCouncil>,
    /// Keeps a profile in the talent pool (a practitioner in some council).
    pub practitioner: bool,
    pub unread_notifications: i64,
}

/// The person making the request (if signed in) and the form token for the page.
#[derive(Debug, Clone)]
pub struct Viewer {
    pub user: Option<ViewerUser>,
    pub actor: Option<Actor>,
    pub session_hash: Option<String>,
    pub csrf_token: String,
    pub path: String,
    /// The language of their pages (`crate::language`).
    pub lang: Lang,
}

impl Viewer {
    /// Asks the one authorisation module; a visitor is sent to sign in and come back.
    pub fn authorise(&self, action: Action) -> Result<(), AppError> {
        domain::authz::authorise(self.actor.as_ref(), action).map_err(|denied| match denied {
            domain::authz::Denied::NotSignedIn => AppError::SignInRequired {
                return_to: self.path.clone(),
            },
            domain::authz::Denied::Forbidden => AppError::Forbidden,
        })
    }

    /// The message `key` of the catalogue in the viewer's language, with `args` filled in.
    pub fn t(&self, state: &AppState, key: &str, args: &[(&str, String)]) -> String {
        state.t_in(self.lang, key, args)
    }

    /// Who is acting, for the audit log.
    pub fn by<'s>(&self, client_ip: &'s str) -> app::By<'s> {
        app::By {
            user_id: self.user.as_ref().map(|u| u.id),
            client_ip,
        }
    }

    /// The signed-in person, or a redirect to sign in.
    pub fn require_user(&self) -> Result<&ViewerUser, AppError> {
        self.user.as_ref().ok_or_else(|| AppError::SignInRequired {
            return_to: self.path.clone(),
        })
    }
}

/// Pages open to a person whose council requires a second factor before they set one up:
/// setting it up, the pages of signing in and out, and the service's own notices
/// (cookies, accessibility, privacy), which hold nobody's data.
fn may_go_without_second_factor(path: &str) -> bool {
    path == "/account/two-factor"
        || path.starts_with("/account/two-factor/")
        || path.starts_with("/sign-in")
        || [
            "/sign-out",
            "/signed-out",
            "/forgot-password",
            "/cookies",
            "/accessibility",
            "/privacy",
        ]
        .contains(&path)
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let csrf_token = parts
            .extensions
            .get::<CsrfToken>()
            .map(|t| t.0.clone())
            .unwrap_or_default();
        let path = parts
            .uri
            .path_and_query()
            .map(|p| p.as_str().to_string())
            .unwrap_or_else(|| "/".to_string());
        let mut viewer = Viewer {
            user: None,
            actor: None,
            session_hash: None,
            csrf_token,
            path,
            lang: crate::language::of_request(&parts.headers, None),
        };
        let Some(token) = csrf::read_cookie(&parts.headers, cookie_name(state.config.https())) else {
            return Ok(viewer);
        };
        let hash = hash_secret(&token);
        let now = state.clock.now();
        let Some(user) = sessions::find_live_user(&state.db, &hash, now).await? else {
            return Ok(viewer);
        };
        let required = user.councils.iter().any(|m| m.second_factor_required);
        if required && !user.second_factor && !user.via_provider && !may_go_without_second_factor(parts.uri.path()) {
            return Err(AppError::SecondFactorRequired);
        }
        if now - user.last_seen_at > TOUCH_EVERY {
            sessions::touch(&state.db, &hash, now, domain::sessions::expiry(user.created_at, now)).await?;
        }
        let councils = user
            .councils
            .iter()
            .map(|m| ViewerCouncil {
                id: m.org_id,
                code: m.code.clone(),
                name: m.name.clone(),
                roles: m.roles.iter().map(|r| r.as_str().to_string()).collect(),
                is_admin: m.roles.contains(&domain::roles::Role::CouncilAdmin),
                is_manager: m.roles.contains(&domain::roles::Role::Manager),
            })
            .collect();
        let memberships: Vec<domain::authz::Membership> = user
            .councils
            .into_iter()
            .map(|m| domain::authz::Membership {
                org_id: m.org_id,
                roles: m.roles,
            })
            .collect();
        let practitioner = memberships
            .iter()
            .any(|m| m.roles.contains(&domain::roles::Role::Practitioner));
        viewer.actor = Some(Actor {
            user_id: user.user_id,
            platform_admin: user.platform_admin,
            memberships,
        });
        viewer.user = Some(ViewerUser {
            id: user.user_id,
            display_name: user.display_name,
            email: user.email,
            platform_admin: user.platform_admin,
            councils,
            practitioner,
            unread_notifications: user.unread_notifications,
        });
        viewer.session_hash = Some(hash);
        viewer.lang = crate::language::of_request(&parts.headers, user.language.as_deref());
        Ok(viewer)
    }
}

/// Headers that set the session cookie and a fresh CSRF cookie (new at every sign-in).
pub fn sign_in_cookies(token: &str, https: bool) -> HeaderMap {
    let mut headers = HeaderMap::new();
    let secure = if https { "; Secure" } else { "" };
    if let Ok(v) = HeaderValue::from_str(&format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Lax{secure}",
        cookie_name(https)
    )) {
        headers.append(header::SET_COOKIE, v);
    }
    if let Some(v) = csrf::set_cookie_header(csrf::cookie_name(https), &csrf::new_token(), https) {
        headers.append(header::SET_COOKIE, v);
    }
    headers
}

/// Headers that remove the session cookie (and any value waiting to be shown once).
pub fn sign_out_cookies(https: bool) -> HeaderMap {
    let mut headers = crate::one_time::clear(https);
    if let Some(v) = csrf::set_cookie_header_for(cookie_name(https), "", https, 0) {
        headers.append(header::SET_COOKIE, v);
    }
    headers
}
