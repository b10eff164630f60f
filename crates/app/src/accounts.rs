//! Signing up, verifying an address, signing in and out, resetting a password.

use super::rate_limits::{self, Limited};
use super::{audit, queue_one_time_link, By, Entry};
use crate::notify::{email_languages, written};
use domain::language::Lang;

use crate::Ctx;
use chrono::{DateTime, Duration, Utc};
use domain::email::EmailAddress;
use domain::roles::Role;
use domain::throttle::{self, Decision};
use serde_json::json;
use store::tokens::{self, Purpose};
use store::{members, organisations, sessions, sign_in_attempts, users};

pub const SIGN_UP_LINK_LIFETIME: Duration = Duration::hours(24);
pub const RESET_LINK_LIFETIME: Duration = Duration::hours(1);

#[derive(Debug, thiserror::Error)]
pub enum SignUpError {
    #[error("no council has this email domain")]
    UnknownDomain,
    /// The council signs its people in through its own provider, which makes accounts.
    #[error("the council requires its own sign-in")]
    UseProvider,
    #[error(transparent)]
    Limited(#[from] Limited),
    #[error(transparent)]
    Store(#[from] store::StoreError),
}

/// Counts a request for an emailed link against the address and the client's, refusing it
/// over either limit (so nobody can fill a person's inbox).
async fn count_link_request(ctx: &Ctx, bucket: &str, email: &EmailAddress, client_ip: &str) -> Result<(), Limited> {
    rate_limits::count(
        ctx,
        bucket,
        &[
            (email.as_str(), domain::rate_limits::LINKS_PER_EMAIL),
            (client_ip, domain::rate_limits::LINKS_PER_ADDRESS),
        ],
    )
    .await
}

/// Starts signing up: checks the council by the address's domain and emails a one-time link.
/// When the address already has an account, it emails a password reset link instead, so
/// the page shown never tells a stranger which addresses have accounts.
pub async fn request_sign_up(
    ctx: &Ctx,
    email: &EmailAddress,
    display_name: &str,
    client_ip: &str,
) -> Result<(), SignUpError> {
    if crate::council_sign_in::password_refused(ctx, email).await? {
        return Err(SignUpError::UseProvider);
    }
    count_link_request(ctx, "sign-up", email, client_ip).await?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let org = organisations::find_by_domain(&mut tx, email.domain().as_str())
        .await?
        .ok_or(SignUpError::UnknownDomain)?;
    if let Some(user) = users::find_by_email(&mut tx, email.as_str()).await? {
        send_reset_link(ctx, &mut tx, &user, now).await?;
    } else {
        let link = issue_sign_up_link(ctx, &mut tx, email, Some(display_name), org.id, false, now).await?;
        let args = [("name", display_name.to_string()), ("link", link)];
        let (subject, body) = written(newcomer_languages(&org), |lang| {
            (
                ctx.t_in(lang, "email-verify-subject", &[]),
                ctx.t_in(lang, "email-verify-body", &args),
            )
        });
        queue_one_time_link(&mut tx, email.as_str(), &subject, &body, now).await?;
    }
    tx.commit().await?;
    ctx.outbox_wakeup.notify_one();
    Ok(())
}

/// The languages of an email to someone who has no account yet, joining `org`: Welsh
/// first, then English, for a council in Wales; English for the others.
pub(super) fn newcomer_languages(org: &organisations::Organisation) -> &'static [Lang] {
    domain::language::email_languages(None, domain::language::in_wales(&org.nation))
}

/// Stores a one-time sign-up link for `email` to join council `org_id` (as council admin
/// too when `grant_council_admin`), and returns the link to put in an email.
pub(super) async fn issue_sign_up_link(
    ctx: &Ctx,
    tx: &mut store::Tx,
    email: &EmailAddress,
    display_name: Option<&str>,
    org_id: i64,
    grant_council_admin: bool,
    now: DateTime<Utc>,
) -> store::Result<String> {
    let (token, hash) = crate::sessions::new_secret();
    let new = tokens::NewToken {
        token_hash: &hash,
        purpose: Purpose::SignUp,
        email: email.as_str(),
        display_name,
        org_id: Some(org_id),
        grant_council_admin,
        expires_at: now + SIGN_UP_LINK_LIFETIME,
    };
    tokens::create(tx, &new, now).await?;
    Ok(format!("{}/verify/{token}", ctx.settings.base_url))
}

async fn send_reset_link(ctx: &Ctx, tx: &mut store::Tx, user: &users::User, now: DateTime<Utc>) -> store::Result<()> {
    let (token, hash) = crate::sessions::new_secret();
    tokens::create(
        &mut *tx,
        &tokens::NewToken {
            token_hash: &hash,
            purpose: Purpose::ResetPassword,
            email: &user.email,
            display_name: None,
            org_id: None,
            grant_council_admin: false,
            expires_at: now + RESET_LINK_LIFETIME,
        },
        now,
    )
    .await?;
    let link = format!("{}/reset-password/{token}", ctx.settings.base_url);
    let args = [("name", user.display_name.clone()), ("link", link)];
    let (subject, body) = written(email_languages(tx, user.id).await?, |lang| {
        (
            ctx.t_in(lang, "email-reset-subject", &[]),
            ctx.t_in(lang, "email-reset-body", &args),
        )
    });
    queue_one_time_link(&mut *tx, &user.email, &subject, &body, now).await?;
    Ok(())
}

/// A sign-up link that can still be used, with the council it joins.
pub struct PendingSignUp {
    pub email: String,
    pub display_name: String,
    pub council: organisations::Organisation,
}

pub async fn pending_sign_up(ctx: &Ctx, token: &str) -> store::Result<Option<PendingSignUp>> {
    let now = ctx.clock.now();
    let Some(found) = tokens::find_usable(&ctx.db, &crate::sessions::hash_secret(token), Purpose::SignUp, now).await?
    else {
        return Ok(None);
    };
    let Some(org_id) = found.org_id else {
        return Ok(None);
    };
    let Some(council) = organisations::find_by_id(&ctx.db, org_id).await? else {
        return Ok(None);
    };
    Ok(Some(PendingSignUp {
        email: found.email,
        display_name: found.display_name.unwrap_or_default(),
        council,
    }))
}

#[derive(Debug, thiserror::Error)]
pub enum CompleteError {
    #[error("the link has expired or has been used")]
    LinkNotUsable,
    #[error(transparent)]
    Store(#[from] store::StoreError),
}

pub struct SignedIn {
    pub session_token: String,
    pub council_name: String,
}

/// Finishes signing up: creates the person as a practitioner of their council (or its
/// council admin, when invited as one), signs them in, and records it, all in one
/// transaction.
pub async fn complete_sign_up(
    ctx: &Ctx,
    token: &str,
    display_name: &str,
    password_hash: &str,
    client_ip: &str,
    user_agent: Option<&str>,
) -> Result<SignedIn, CompleteError> {
    let now = ctx.clock.now();
    let hash = crate::sessions::hash_secret(token);
    let mut tx = ctx.db.begin().await?;
    let found = tokens::find_usable(&mut tx, &hash, Purpose::SignUp, now)
        .await?
        .ok_or(CompleteError::LinkNotUsable)?;
    let org_id = found.org_id.ok_or(CompleteError::LinkNotUsable)?;
    let council = organisations::find_by_id(&mut tx, org_id)
        .await?
        .ok_or(CompleteError::LinkNotUsable)?;
    if !tokens::consume(&mut tx, &hash, now).await? {
        return Err(CompleteError::LinkNotUsable);
    }
    // An admin invitation gives admin only: the admin grants themselves other roles if
    // they also do the work.
    let roles = if found.grant_council_admin {
        vec![Role::CouncilAdmin]
    } else {
        vec![Role::Practitioner]
    };
    let user_id = match users::find_by_email(&mut tx, &found.email).await? {
        // The address already has an account (invited after signing up): the link only adds roles.
        Some(existing) => existing.id,
        None => {
            users::create(
                &mut tx,
                &users::NewUser {
                    email: &found.email,
                    display_name,
                    password_hash,
                    platform_admin: false,
                },
                now,
            )
            .await?
        }
    };
    members::add(&mut tx, user_id, org_id, &roles, now).await?;
    let by = By {
        user_id: Some(user_id),
        client_ip,
    };
    let roles_json: Vec<&str> = roles.iter().map(|r| r.as_str()).collect();
    audit(
        &mut tx,
        by,
        Entry {
            org_id: Some(org_id),
            action: "user-signed-up",
            subject: ("user", user_id.to_string()),
            before: None,
            after: Some(json!({ "email": found.email, "council": council.code, "roles": roles_json })),
        },
        now,
    )
    .await?;
    let session_token = crate::sessions::start(&mut tx, user_id, client_ip, user_agent, now).await?;
    tx.commit().await?;
    Ok(SignedIn {
        session_token,
        council_name: council.name,
    })
}

#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    #[error("wrong email address or password")]
    WrongCredentials,
    #[error("wrong second-factor code")]
    WrongCode,
    #[error("the time to give a code ran out")]
    ChallengeOver,
    #[error("too many failed attempts")]
    Locked { until: DateTime<Utc> },
    /// The council requires its own sign-in provider: no passwords for its addresses.
    #[error("the council requires its own sign-in")]
    UseProvider,
    #[error(transparent)]
    Store(#[from] store::StoreError),
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

/// What a right password leads to.
#[derive(Debug)]
pub enum SignedInOr {
    /// Signed in: the session's cookie token.
    Session(String),
    /// The person has a second factor: the challenge's token, for the code's page.
    CodeWanted(String),
}

/// Counts an attempt on `email` from `client_ip` before anything is checked, under a lock
/// on the account, and waits as the policy says (SPEC §4.1): of any number of concurrent
/// guesses, only as many as the policy allows go on to be checked. Passwords and
/// second-factor codes are counted together. Returns the attempt, to mark if it succeeds.
async fn count_attempt(ctx: &Ctx, email: &str, client_ip: &str) -> Result<i64, SignInError> {
    let now = ctx.clock.now();
    let since = now - ctx.settings.throttle.window;
    let mut tx = ctx.db.begin().await?;
    sign_in_attempts::lock_account(&mut tx, email).await?;
    let account = sign_in_attempts::account_failures(&mut tx, email, since).await?;
    let address = sign_in_attempts::address_failures(&mut tx, client_ip, since).await?;
    let delay = match throttle::decide(&ctx.settings.throttle, account, address, now) {
        Decision::Locked { until } => return Err(SignInError::Locked { until }),
        Decision::Allow { delay } => delay,
    };
    let attempt = sign_in_attempts::record(&mut tx, email, client_ip, false, now).await?;
    tx.commit().await?;
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    Ok(attempt)
}

/// Checks the password, slowing and then locking repeated failures per account and
/// slowing them per client address (`count_attempt`). A person with a second factor is
/// then asked for a code (`answer_challenge`) before a session starts.
pub async fn sign_in(
    ctx: &Ctx,
    email: &str,
    password: &str,
    client_ip: &str,
    user_agent: Option<&str>,
) -> Result<SignedInOr, SignInError> {
    if let Ok(address) = EmailAddress::parse(email) {
        if crate::council_sign_in::password_refused(ctx, &address).await? {
            return Err(SignInError::UseProvider);
        }
    }
    let attempt = count_attempt(ctx, email, client_ip).await?;
    let user = users::find_by_email(&ctx.db, email).await?;
    let matches = crate::passwords::verify(
        password.to_string(),
        user.as_ref().and_then(|u| u.password_hash.clone()),
    )
    .await?;
    let user = match (matches, user) {
        (true, Some(user)) => user,
        _ => return Err(SignInError::WrongCredentials),
    };
    let now = ctx.clock.now();
    let has_factor = store::second_factors::find(&ctx.db, user.id)
        .await?
        .is_some_and(|f| f.confirmed_at.is_some());
    let mut tx = ctx.db.begin().await?;
    let outcome = if has_factor {
        // The attempt stays a failure until a right code follows, so that a known password
        // does not reset the count of wrong codes: guesses at codes lock the account too.
        let (token, hash) = crate::sessions::new_secret();
        let expires = now + crate::second_factor::CHALLENGE_LIFETIME;
        store::second_factors::add_challenge(&mut tx, &hash, user.id, email, expires).await?;
        SignedInOr::CodeWanted(token)
    } else {
        sign_in_attempts::mark_succeeded(&mut tx, attempt).await?;
        SignedInOr::Session(crate::sessions::start(&mut tx, user.id, client_ip, user_agent, now).await?)
    };
    tx.commit().await?;
    Ok(outcome)
}

/// The second step of signing in: a code from the authenticator app, or a recovery code,
/// for the challenge a right password made. Wrong codes count as failed sign-ins.
pub async fn answer_challenge(
    ctx: &Ctx,
    challenge: &str,
    typed: &str,
    client_ip: &str,
    user_agent: Option<&str>,
) -> Result<String, SignInError> {
    let hash = crate::sessions::hash_secret(challenge);
    let Some((user, email)) = store::second_factors::challenge(&ctx.db, &hash, ctx.clock.now()).await? else {
        return Err(SignInError::ChallengeOver);
    };
    let attempt = count_attempt(ctx, &email, client_ip).await?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    if !crate::second_factor::take_code(ctx, &mut tx, user, typed).await? {
        return Err(SignInError::WrongCode);
    }
    sign_in_attempts::mark_succeeded(&mut tx, attempt).await?;
    store::second_factors::end_challenge(&mut tx, &hash, now).await?;
    let token = crate::sessions::start(&mut tx, user, client_ip, user_agent, now).await?;
    tx.commit().await?;
    Ok(token)
}

/// Remembers the language a person chose for their pages and emails.
pub async fn choose_language(ctx: &Ctx, user_id: i64, lang: domain::language::Lang) -> store::Result<()> {
    users::set_language(&ctx.db, user_id, lang.as_str(), ctx.clock.now()).await
}

pub async fn sign_out(ctx: &Ctx, session_hash: &str) -> store::Result<()> {
    sessions::delete(&ctx.db, session_hash).await
}

/// What "sign out everywhere" ended.
#[derive(Debug, Clone, Copy)]
pub struct SignedOutEverywhere {
    pub sessions: u64,
    pub api_tokens: u64,
}

/// Ends every session of the person, and their API tokens too when they ask, and records it.
pub async fn sign_out_everywhere(
    ctx: &Ctx,
    user_id: i64,
    client_ip: &str,
    revoke_api_tokens: bool,
) -> store::Result<SignedOutEverywhere> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let sessions = sessions::delete_all_for_user(&mut tx, user_id).await?;
    let api_tokens = if revoke_api_tokens {
        store::api_tokens::revoke_all_for_user(&mut tx, user_id, now).await?
    } else {
        0
    };
    audit(
        &mut tx,
        By {
            user_id: Some(user_id),
            client_ip,
        },
        Entry {
            org_id: None,
            action: "signed-out-everywhere",
            subject: ("user", user_id.to_string()),
            before: None,
            after: Some(json!({ "sessions_ended": sessions, "api_tokens_revoked": api_tokens })),
        },
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(SignedOutEverywhere { sessions, api_tokens })
}

/// What asking for a reset link led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResetRequested {
    /// Emailed, if the address has an account (the page never says which).
    Sent,
    /// The council requires its own sign-in provider: a password would not be accepted.
    UseProvider,
}

/// Emails a reset link when the address has an account; silent otherwise.
pub async fn request_password_reset(
    ctx: &Ctx,
    email: &EmailAddress,
    client_ip: &str,
) -> Result<ResetRequested, Limited> {
    if crate::council_sign_in::password_refused(ctx, email).await? {
        return Ok(ResetRequested::UseProvider);
    }
    count_link_request(ctx, "forgot-password", email, client_ip).await?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    if let Some(user) = users::find_by_email(&mut tx, email.as_str()).await? {
        send_reset_link(ctx, &mut tx, &user, now).await?;
    }
    tx.commit().await?;
    ctx.outbox_wakeup.notify_one();
    Ok(ResetRequested::Sent)
}

pub async fn reset_link_usable(ctx: &Ctx, token: &str) -> store::Result<bool> {
    let now = ctx.clock.now();
    Ok(tokens::find_usable(
        &ctx.db,
        &crate::sessions::hash_secret(token),
        Purpose::ResetPassword,
        now,
    )
    .await?
    .is_some())
}

/// Sets the new password, ends every other session and signs in afresh.
pub async fn reset_password(
    ctx: &Ctx,
    token: &str,
    password_hash: &str,
    client_ip: &str,
    user_agent: Option<&str>,
) -> Result<String, CompleteError> {
    let now = ctx.clock.now();
    let hash = crate::sessions::hash_secret(token);
    let mut tx = ctx.db.begin().await?;
    let found = tokens::find_usable(&mut tx, &hash, Purpose::ResetPassword, now)
        .await?
        .ok_or(CompleteError::LinkNotUsable)?;
    let user = users::find_by_email(&mut tx, &found.email)
        .await?
        .ok_or(CompleteError::LinkNotUsable)?;
    if !tokens::consume(&mut tx, &hash, now).await? {
        return Err(CompleteError::LinkNotUsable);
    }
    users::set_password(&mut tx, user.id, password_hash, now).await?;
    let ended = sessions::delete_all_for_user(&mut tx, user.id).await?;
    // Whoever knew the old password may have made tokens with it.
    let revoked = store::api_tokens::revoke_all_for_user(&mut tx, user.id, now).await?;
    audit(
        &mut tx,
        By {
            user_id: Some(user.id),
            client_ip,
        },
        Entry {
            org_id: None,
            action: "password-reset",
            subject: ("user", user.id.to_string()),
            before: None,
            after: Some(json!({ "sessions_ended": ended, "api_tokens_revoked": revoked })),
        },
        now,
    )
    .await?;
    let session_token = crate::sessions::start(&mut tx, user.id, client_ip, user_agent, now).await?;
    tx.commit().await?;
    Ok(session_token)
}

/// Records a new personal access token (its hash only), living `lifetime` from now, and
/// the audit entry.
pub async fn create_api_token(
    ctx: &Ctx,
    by: By<'_>,
    user_id: i64,
    name: &str,
    hash: &str,
    scopes: &str,
    lifetime: Duration,
) -> store::Result<i64> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let new = store::api_tokens::NewToken {
        user_id,
        name,
        hash,
        scopes,
        expires_at: now + lifetime,
    };
    let id = store::api_tokens::create(&mut tx, &new, now).await?;
    let entry = Entry {
        org_id: None,
        action: "api-token-created",
        subject: ("api_token", id.to_string()),
        before: None,
        after: Some(json!({ "name": name, "scopes": scopes, "expires_at": new.expires_at })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// Revokes one of the person's tokens; false when they have no such live token.
pub async fn revoke_api_token(ctx: &Ctx, by: By<'_>, user_id: i64, id: i64) -> store::Result<bool> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    if !store::api_tokens::revoke(&mut tx, user_id, id, now).await? {
        return Ok(false);
    }
    let entry = Entry {
        org_id: None,
        action: "api-token-revoked",
        subject: ("api_token", id.to_string()),
        before: None,
        after: None,
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(true)
}
