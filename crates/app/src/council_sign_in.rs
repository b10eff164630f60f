//! Council sign-in (SPEC §4.1, issue 19 item 3): a council's admin records the council's
//! own OpenID Connect provider (Microsoft Entra ID, Google Workspace or another), and its
//! people then sign in with their organisation's account. The authorisation code flow with
//! PKCE, state and nonce; the ID token's signature, issuer, audience, expiry and nonce are
//! checked by `openidconnect`. The first sign-in links the account with the same address,
//! or creates one in the council; later ones find the person by the provider's subject.
//! A council can require it: passwords are then refused for the domains it serves.

use super::{audit, By, Entry};
use crate::Ctx;
use chrono::{DateTime, Duration, Utc};
use domain::authz::{authorise, Action, Actor};
use domain::email::EmailAddress;
use domain::roles::Role;
use domain::sign_in_providers::{self as rules, Claims, Refusal};
use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata};
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, LoginHint, Nonce, PkceCodeChallenge,
    PkceCodeVerifier, RedirectUrl, Scope, TokenResponse,
};
use serde_json::json;
use store::sign_in_providers as providers;
use store::{members, users};

step_error! {
    /// Why a council's provider settings did not change.
    ProviderSettingsError {}
}

/// How long the service waits for a provider's answer.
const PROVIDER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// Where the provider sends people back to.
pub const CALLBACK_PATH: &str = "/sign-in/organisation/callback";

/// A council's provider as its settings page shows it: never the secret.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ProviderView {
    pub configured: bool,
    pub issuer: String,
    pub client_id: String,
    pub secret_kept: bool,
    pub required: bool,
    /// The council's domains, and whether each signs in through the provider.
    pub domains: Vec<DomainChoice>,
    /// The address to register with the provider as the redirect URI.
    pub redirect_uri: String,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct DomainChoice {
    pub domain: String,
    pub served: bool,
}

pub async fn settings(ctx: &Ctx, actor: Option<&Actor>, org_id: i64) -> Result<ProviderView, ProviderSettingsError> {
    authorise(actor, Action::ManageSignInProvider(org_id))?;
    let provider = providers::find(&ctx.db, org_id).await?;
    let domains = providers::domains(&ctx.db, org_id)
        .await?
        .into_iter()
        .map(|(domain, served)| DomainChoice { domain, served })
        .collect();
    let configured = provider.is_some();
    let kept = provider.unwrap_or_default();
    Ok(ProviderView {
        configured,
        secret_kept: !kept.client_secret.is_empty(),
        issuer: kept.issuer,
        client_id: kept.client_id,
        required: kept.required,
        domains,
        redirect_uri: redirect_uri(ctx),
    })
}

fn redirect_uri(ctx: &Ctx) -> String {
    format!("{}{CALLBACK_PATH}", ctx.settings.base_url.trim_end_matches('/'))
}

/// Records or changes the council's provider; the secret is sealed before it is kept.
pub async fn save(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    org_id: i64,
    typed: &rules::Typed<'_>,
) -> Result<(), ProviderSettingsError> {
    authorise(actor, Action::ManageSignInProvider(org_id))?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let before = providers::find(&mut tx, org_id).await?;
    let council_domains: Vec<String> = providers::domains(&mut tx, org_id)
        .await?
        .into_iter()
        .map(|(d, _)| d)
        .collect();
    let secret_kept = before.as_ref().is_some_and(|p| !p.client_secret.is_empty());
    let checked = rules::check(typed, &council_domains, secret_kept).map_err(ProviderSettingsError::Invalid)?;
    let sealed = checked.client_secret.as_deref().map(|s| ctx.settings.sealing.seal(s));
    let settings = providers::Settings {
        issuer: &checked.issuer,
        client_id: &checked.client_id,
        client_secret: sealed.as_deref(),
        required: checked.required,
        domains: &checked.domains,
    };
    providers::save(&mut tx, org_id, &settings, by.user_id, now).await?;
    let entry = Entry {
        org_id: Some(org_id),
        action: "sign-in-provider-saved",
        subject: ("organisation", org_id.to_string()),
        before: before.map(|p| json!({ "issuer": p.issuer, "client_id": p.client_id, "required": p.required })),
        after: Some(json!({
            "issuer": checked.issuer, "client_id": checked.client_id, "required": checked.required,
            "domains": checked.domains, "secret_changed": checked.client_secret.is_some(),
        })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Removes the council's provider: its people sign in with passwords again.
pub async fn remove(ctx: &Ctx, actor: Option<&Actor>, by: By<'_>, org_id: i64) -> Result<(), ProviderSettingsError> {
    authorise(actor, Action::ManageSignInProvider(org_id))?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let Some(before) = providers::find(&mut tx, org_id).await? else {
        return Err(ProviderSettingsError::NotFound);
    };
    providers::remove(&mut tx, org_id).await?;
    let entry = Entry {
        org_id: Some(org_id),
        action: "sign-in-provider-removed",
        subject: ("organisation", org_id.to_string()),
        before: Some(json!({ "issuer": before.issuer, "client_id": before.client_id, "required": before.required })),
        after: None,
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Whether the address's council requires its provider: then passwords are refused.
pub async fn password_refused(ctx: &Ctx, email: &EmailAddress) -> store::Result<bool> {
    Ok(providers::for_domain(&ctx.db, email.domain().as_str())
        .await?
        .is_some_and(|p| p.required))
}

/// Why a sign-in through a provider did not happen.
#[derive(Debug, thiserror::Error)]
pub enum ProviderSignInError {
    /// No council's provider serves the address's domain.
    #[error("no provider serves this address")]
    NoProvider,
    /// The state is unknown, used already, expired, or not this browser's.
    #[error("the sign-in is not one this browser started, or it was used or expired")]
    StateNotUsable,
    /// The provider answered with an error (the person cancelled, say).
    #[error("the provider refused: {0}")]
    ProviderRefused(String),
    /// The provider could not be reached, or its answer was not one to trust: discovery,
    /// the token exchange, or the ID token's signature, issuer, audience, expiry or nonce.
    #[error("the provider's answer was not usable: {0}")]
    Untrusted(String),
    /// The ID token is sound but does not name someone who may sign in here.
    #[error(transparent)]
    Refused(#[from] Refusal),
    #[error(transparent)]
    Store(#[from] store::StoreError),
}

/// A sign-in on its way to the provider: where to send the browser, and the state to keep
/// in its cookie until it comes back.
pub struct Started {
    pub authorize_url: String,
    pub state: String,
}

/// Starts signing in `email` through its council's provider, coming back to `return_to`.
pub async fn start(ctx: &Ctx, email: &EmailAddress, return_to: &str) -> Result<Started, ProviderSignInError> {
    let provider = providers::for_domain(&ctx.db, email.domain().as_str())
        .await?
        .ok_or(ProviderSignInError::NoProvider)?;
    let client = Connection::discover(ctx, &provider).await?;
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (url, state, nonce) = client
        .oidc
        .authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        )
        .add_scope(Scope::new("email".into()))
        .add_scope(Scope::new("profile".into()))
        .set_pkce_challenge(challenge)
        .set_login_hint(LoginHint::new(email.as_str().to_string()))
        .url();
    let now = ctx.clock.now();
    let pending = providers::NewSignIn {
        state_hash: &crate::sessions::hash_secret(state.secret()),
        org_id: provider.org_id,
        nonce: nonce.secret(),
        pkce_verifier: verifier.secret(),
        return_to,
        expires_at: now + Duration::minutes(rules::SIGN_IN_MINUTES),
    };
    providers::start_sign_in(&ctx.db, &pending, now).await?;
    Ok(Started {
        authorize_url: url.to_string(),
        state: state.secret().clone(),
    })
}

/// What the provider sent the browser back with.
#[derive(Debug, Default)]
pub struct Callback<'a> {
    pub code: Option<&'a str>,
    pub state: Option<&'a str>,
    /// The issuer (RFC 9207), when the provider names itself.
    pub iss: Option<&'a str>,
    pub error: Option<&'a str>,
    /// The state this browser's cookie kept when the sign-in started.
    pub kept_state: Option<&'a str>,
}

/// Signed in through a provider: the session's cookie token and where to go next.
#[derive(Debug)]
pub struct SignedInVia {
    pub session_token: String,
    pub return_to: String,
}

/// Finishes a sign-in the provider sent back: takes the state (once), exchanges the code
/// with the PKCE verifier, checks the ID token, then finds, links or creates the person.
pub async fn finish(
    ctx: &Ctx,
    back: &Callback<'_>,
    client_ip: &str,
    user_agent: Option<&str>,
) -> Result<SignedInVia, ProviderSignInError> {
    let state = back.state.ok_or(ProviderSignInError::StateNotUsable)?;
    if back.kept_state != Some(state) {
        return Err(ProviderSignInError::StateNotUsable);
    }
    let pending = providers::take_sign_in(&ctx.db, &crate::sessions::hash_secret(state), ctx.clock.now())
        .await?
        .ok_or(ProviderSignInError::StateNotUsable)?;
    if let Some(error) = back.error {
        return Err(ProviderSignInError::ProviderRefused(error.chars().take(100).collect()));
    }
    let code = back
        .code
        .ok_or_else(|| ProviderSignInError::Untrusted("no code came back".into()))?;
    let provider = providers::find(&ctx.db, pending.org_id)
        .await?
        .ok_or(ProviderSignInError::NoProvider)?;
    if back.iss.is_some_and(|iss| iss != provider.issuer) {
        return Err(ProviderSignInError::Untrusted("the answer names another issuer".into()));
    }
    let connection = Connection::discover(ctx, &provider).await?;
    let claims = connection.claims(code, &pending).await?;
    let served: Vec<String> = providers::domains(&ctx.db, provider.org_id)
        .await?
        .into_iter()
        .filter_map(|(domain, served)| served.then_some(domain))
        .collect();
    let person = rules::person(&claims, &served)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let user_id = match providers::identity(&mut tx, &provider.issuer, &claims.subject, now).await? {
        Some(user_id) => user_id,
        None => link_or_create(&mut tx, &provider, &claims, &person, client_ip, now).await?,
    };
    let session_token = crate::sessions::start_with(&mut tx, user_id, client_ip, user_agent, now, true).await?;
    tx.commit().await?;
    Ok(SignedInVia {
        session_token,
        return_to: pending.return_to,
    })
}

/// The first sign-in of a provider's subject: links the account with the same address, or
/// creates one as a practitioner of the council, and records which.
async fn link_or_create(
    tx: &mut store::Tx,
    provider: &providers::Provider,
    claims: &Claims,
    person: &rules::Person,
    client_ip: &str,
    now: DateTime<Utc>,
) -> store::Result<i64> {
    let email = person.email.as_str();
    let (user_id, action) = match users::find_by_email(&mut *tx, email).await? {
        Some(existing) => (existing.id, "provider-account-linked"),
        None => {
            let id = users::create_without_password(&mut *tx, email, &person.display_name, now).await?;
            members::add(&mut *tx, id, provider.org_id, &[Role::Practitioner], now).await?;
            (id, "provider-account-created")
        }
    };
    providers::link(tx, &provider.issuer, &claims.subject, user_id, provider.org_id, now).await?;
    let by = By {
        user_id: Some(user_id),
        client_ip,
    };
    let entry = Entry {
        org_id: Some(provider.org_id),
        action,
        subject: ("user", user_id.to_string()),
        before: None,
        after: Some(json!({ "email": email, "issuer": provider.issuer })),
    };
    audit(&mut *tx, by, entry, now).await?;
    Ok(user_id)
}

type OidcClient = CoreClient<
    openidconnect::EndpointSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointMaybeSet,
    openidconnect::EndpointMaybeSet,
>;

/// A provider's discovered metadata and keys, with the council's client.
struct Connection {
    oidc: OidcClient,
    http: &'static Http,
}

impl Connection {
    async fn discover(ctx: &Ctx, provider: &providers::Provider) -> Result<Self, ProviderSignInError> {
        let untrusted = |e: &dyn std::fmt::Display| ProviderSignInError::Untrusted(e.to_string());
        let http = Http::shared().map_err(|e| untrusted(&e))?;
        let issuer = IssuerUrl::new(provider.issuer.clone()).map_err(|e| untrusted(&e))?;
        let metadata = CoreProviderMetadata::discover_async(issuer, http)
            .await
            .map_err(|e| untrusted(&chain(&e)))?;
        // A secret that will not open (the database restored under another SECRETS_KEY)
        // fails the token exchange, which the council's admin can mend by typing it again.
        let secret = ctx.settings.sealing.open(&provider.client_secret).unwrap_or_else(|error| {
            tracing::error!(org = provider.org_id, %error, "a sign-in provider's secret could not be opened: check SECRETS_KEY");
            String::new()
        });
        let redirect = RedirectUrl::new(redirect_uri(ctx)).map_err(|e| untrusted(&e))?;
        let oidc = CoreClient::from_provider_metadata(
            metadata,
            ClientId::new(provider.client_id.clone()),
            Some(ClientSecret::new(secret)),
        )
        .set_redirect_uri(redirect);
        Ok(Self { oidc, http })
    }

    /// Exchanges the code and checks the ID token; returns what it says of the person.
    async fn claims(&self, code: &str, pending: &providers::PendingSignIn) -> Result<Claims, ProviderSignInError> {
        let untrusted = |e: &dyn std::fmt::Display| ProviderSignInError::Untrusted(e.to_string());
        let tokens = self
            .oidc
            .exchange_code(AuthorizationCode::new(code.to_string()))
            .map_err(|e| untrusted(&e))?
            .set_pkce_verifier(PkceCodeVerifier::new(pending.pkce_verifier.clone()))
            .request_async(self.http)
            .await
            .map_err(|e| untrusted(&chain(&e)))?;
        let id_token = tokens
            .id_token()
            .ok_or_else(|| ProviderSignInError::Untrusted("no ID token came back".into()))?;
        let verified = id_token
            .claims(&self.oidc.id_token_verifier(), &Nonce::new(pending.nonce.clone()))
            .map_err(|e| untrusted(&e))?;
        Ok(Claims {
            subject: verified.subject().to_string(),
            email: verified.email().map(|e| e.to_string()),
            email_verified: verified.email_verified(),
            name: verified.name().and_then(|n| n.get(None)).map(|n| n.to_string()),
        })
    }
}

/// An error and its causes on one line, for the log.
fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(c) = cause {
        text.push_str(": ");
        text.push_str(&c.to_string());
        cause = c.source();
    }
    text
}

/// The service's HTTP client, as `openidconnect` calls it.
struct Http(reqwest::Client);

impl Http {
    /// One client for every provider request of the process (its connections are pooled),
    /// built at the first sign-in.
    fn shared() -> reqwest::Result<&'static Http> {
        static SHARED: std::sync::OnceLock<Http> = std::sync::OnceLock::new();
        if let Some(http) = SHARED.get() {
            return Ok(http);
        }
        let built = Http(crate::outbound::client(PROVIDER_TIMEOUT)?);
        Ok(SHARED.get_or_init(|| built))
    }
}

impl<'c> openidconnect::AsyncHttpClient<'c> for Http {
    type Error = reqwest::Error;
    type Future = std::pin::Pin<
        Box<dyn std::future::Future<Output = Result<openidconnect::HttpResponse, Self::Error>> + Send + 'c>,
    >;

    fn call(&'c self, request: openidconnect::HttpRequest) -> Self::Future {
        Box::pin(send(&self.0, request))
    }
}

/// Sends one of `openidconnect`'s requests.
async fn send(
    client: &reqwest::Client,
    request: openidconnect::HttpRequest,
) -> Result<openidconnect::HttpResponse, reqwest::Error> {
    let response = client.execute(reqwest::Request::try_from(request)?).await?;
    let mut answer = openidconnect::http::Response::builder().status(response.status());
    if let Some(headers) = answer.headers_mut() {
        headers.extend(response.headers().iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    let body = response.bytes().await?.to_vec();
    // Status and headers came from a response already parsed, so building cannot fail.
    Ok(answer.body(body).unwrap_or_default())
}
