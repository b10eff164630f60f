//! Authenticating API calls with personal access tokens (`Authorization: Bearer mc_…`).
//! The caller's permissions are those of the token's owner, narrowed by its scopes, and
//! decided by the same `domain::authz` as the pages.

use super::problem::{Problem, Said};
use crate::state::AppState;
use app::sessions::hash_secret;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use chrono::Duration;
use domain::authz::{Action, Actor, Scope};
use store::{api_tokens, members, users};

pub const TOKEN_PREFIX: &str = "mc_";
/// `last_used_at` is written at most this often per token.
const TOUCH_EVERY: Duration = Duration::minutes(1);

pub struct ApiCaller {
    pub user_id: i64,
    pub actor: Actor,
    pub scopes: Vec<Scope>,
}

impl ApiCaller {
    /// Who is acting, for the audit log: the token's owner, through the API.
    pub fn by(&self) -> app::By<'static> {
        app::By {
            user_id: Some(self.user_id),
            client_ip: "api",
        }
    }

    pub fn require(&self, scope: Scope) -> Result<(), Problem> {
        if self.scopes.contains(&scope) {
            Ok(())
        } else {
            Err(Problem::new(
                StatusCode::FORBIDDEN,
                "insufficient-scope",
                Said::with("api-scope-needed", vec![("scope", scope.as_str().to_string())]),
            ))
        }
    }

    pub fn authorise(&self, action: Action) -> Result<(), Problem> {
        domain::authz::authorise(Some(&self.actor), action).map_err(|_| Problem::forbidden())
    }

    /// Both checks at once: the token's scope and the owner's permission.
    pub fn may(&self, scope: Scope, action: Action) -> Result<(), Problem> {
        self.require(scope)?;
        self.authorise(action)
    }
}

fn unauthorised(key: &'static str) -> Problem {
    Problem::new(StatusCode::UNAUTHORIZED, "unauthorised", Said::message(key))
}

impl FromRequestParts<AppState> for ApiCaller {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .ok_or_else(|| unauthorised("api-no-token"))?;
        let now = state.clock.now();
        let found = api_tokens::find_live(&state.db, &hash_secret(token), now)
            .await?
            .ok_or_else(|| unauthorised("api-token-not-valid"))?;
        if let Err(not_until) = state.api_limiter.check_key(&found.id) {
            use governor::clock::Clock;
            let wait = not_until.wait_time_from(governor::clock::DefaultClock::default().now());
            let mut p = Problem::new(
                StatusCode::TOO_MANY_REQUESTS,
                "too-many-requests",
                Said::with(
                    "api-rate-limited",
                    vec![("count", state.config.api_requests_per_minute.to_string())],
                ),
            );
            p.retry_after = Some(domain::rate_limits::retry_after_seconds(wait).max(1));
            return Err(p);
        }
        let user = users::find_by_id(&state.db, found.user_id)
            .await?
            .ok_or_else(|| unauthorised("api-account-gone"))?;
        if found.last_used_at.is_none_or(|t| now - t > TOUCH_EVERY) {
            api_tokens::touch(&state.db, found.id, now).await?;
        }
        let memberships = members::memberships_of(&state.db, user.id).await?;
        Ok(ApiCaller {
            user_id: user.id,
            actor: Actor {
                user_id: user.id,
                platform_admin: user.platform_admin,
                memberships,
            },
            scopes: found.scopes.split_whitespace().filter_map(Scope::parse).collect(),
        })
    }
}
