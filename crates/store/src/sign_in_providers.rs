//! Councils' own sign-in providers (OpenID Connect): each council's provider and the
//! domains it serves, the sign-ins sent to a provider and not yet back, and who each
//! provider's subjects are here.

use crate::backend::exec;
use crate::{Exec, Result, Tx};
use chrono::{DateTime, Utc};

/// A council's provider. The client secret is sealed (`v1:…`).
#[derive(Debug, Clone, Default, sqlx::FromRow)]
pub struct Provider {
    pub org_id: i64,
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
    pub required: bool,
}

const COLUMNS: &str = "org_id, issuer, client_id, client_secret, required";

pub async fn find<'a>(exec: impl Into<Exec<'a>>, org_id: i64) -> Result<Option<Provider>> {
    let sql = format!("SELECT {COLUMNS} FROM sign_in_providers WHERE org_id = $1");
    Ok(
        exec!(exec, c => sqlx::query_as::<_, Provider>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(org_id).fetch_optional(c).await)?,
    )
}

/// The provider serving this email domain, if any.
pub async fn for_domain<'a>(exec: impl Into<Exec<'a>>, domain: &str) -> Result<Option<Provider>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Provider>(
        "SELECT p.org_id, p.issuer, p.client_id, p.client_secret, p.required
         FROM org_domains d JOIN sign_in_providers p ON p.org_id = d.org_id
         WHERE d.domain = $1 AND d.signs_in_with_provider")
        .bind(domain).fetch_optional(c).await)?)
}

/// What a council's admin sets.
pub struct Settings<'a> {
    pub issuer: &'a str,
    pub client_id: &'a str,
    /// Sealed. None keeps the secret already kept.
    pub client_secret: Option<&'a str>,
    pub required: bool,
    /// The council's domains that sign in through the provider; its others do not.
    pub domains: &'a [String],
}

/// Records or replaces the council's provider and which of its domains it serves.
pub async fn save(tx: &mut Tx, org_id: i64, s: &Settings<'_>, by: Option<i64>, now: DateTime<Utc>) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query(
        "INSERT INTO sign_in_providers (org_id, issuer, client_id, client_secret, required, updated_by, updated_at)
         VALUES ($1, $2, $3, COALESCE($4, ''), $5, $6, $7)
         ON CONFLICT (org_id) DO UPDATE SET issuer = $2, client_id = $3,
             client_secret = COALESCE($4, sign_in_providers.client_secret), required = $5,
             updated_by = $6, updated_at = $7")
        .bind(org_id).bind(s.issuer).bind(s.client_id).bind(s.client_secret).bind(s.required)
        .bind(by).bind(now).execute(c).await.map(|_| ()))?;
    set_domains(tx, org_id, s.domains).await
}

async fn set_domains(tx: &mut Tx, org_id: i64, domains: &[String]) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query("UPDATE org_domains SET signs_in_with_provider = FALSE WHERE org_id = $1")
        .bind(org_id).execute(c).await.map(|_| ()))?;
    for domain in domains {
        exec!(&mut *tx, c => sqlx::query(
            "UPDATE org_domains SET signs_in_with_provider = TRUE WHERE org_id = $1 AND domain = $2")
            .bind(org_id).bind(domain).execute(c).await.map(|_| ()))?;
    }
    Ok(())
}

/// Removes the council's provider: its people sign in with passwords again. False when
/// it had none. Links to subjects stay, for if it comes back with the same issuer.
pub async fn remove(tx: &mut Tx, org_id: i64) -> Result<bool> {
    set_domains(tx, org_id, &[]).await?;
    let n = exec!(&mut *tx, c => sqlx::query("DELETE FROM sign_in_providers WHERE org_id = $1")
        .bind(org_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// The council's domains and whether each signs in through its provider.
pub async fn domains<'a>(exec: impl Into<Exec<'a>>, org_id: i64) -> Result<Vec<(String, bool)>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, (String, bool)>(
        "SELECT domain, signs_in_with_provider FROM org_domains WHERE org_id = $1 ORDER BY domain")
        .bind(org_id).fetch_all(c).await)?)
}

/// A sign-in on its way to a provider.
pub struct NewSignIn<'a> {
    pub state_hash: &'a str,
    pub org_id: i64,
    pub nonce: &'a str,
    pub pkce_verifier: &'a str,
    pub return_to: &'a str,
    pub expires_at: DateTime<Utc>,
}

pub async fn start_sign_in<'a>(exec: impl Into<Exec<'a>>, s: &NewSignIn<'_>, now: DateTime<Utc>) -> Result<()> {
    exec!(exec, c => sqlx::query(
        "INSERT INTO provider_sign_ins (state_hash, org_id, nonce, pkce_verifier, return_to, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .bind(s.state_hash).bind(s.org_id).bind(s.nonce).bind(s.pkce_verifier).bind(s.return_to)
        .bind(now).bind(s.expires_at).execute(c).await.map(|_| ()))?;
    Ok(())
}

/// A sign-in back from its provider.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PendingSignIn {
    pub org_id: i64,
    pub nonce: String,
    pub pkce_verifier: String,
    pub return_to: String,
}

/// Takes the sign-in with this state, if it is unused and unexpired, marking it used: a
/// state comes back once.
pub async fn take_sign_in<'a>(
    exec: impl Into<Exec<'a>>,
    state_hash: &str,
    now: DateTime<Utc>,
) -> Result<Option<PendingSignIn>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, PendingSignIn>(
        "UPDATE provider_sign_ins SET used_at = $2
         WHERE state_hash = $1 AND used_at IS NULL AND expires_at > $2
         RETURNING org_id, nonce, pkce_verifier, return_to")
        .bind(state_hash).bind(now).fetch_optional(c).await)?)
}

/// Deletes sign-ins started before `before`; returns how many.
pub async fn delete_sign_ins_before<'a>(exec: impl Into<Exec<'a>>, before: DateTime<Utc>) -> Result<u64> {
    Ok(
        exec!(exec, c => sqlx::query("DELETE FROM provider_sign_ins WHERE created_at < $1")
        .bind(before).execute(c).await.map(|r| r.rows_affected()))?,
    )
}

/// The person a provider's subject was linked to, noting this sign-in.
pub async fn identity(tx: &mut Tx, issuer: &str, subject: &str, now: DateTime<Utc>) -> Result<Option<i64>> {
    Ok(exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
        "UPDATE provider_identities SET last_signed_in_at = $3 WHERE issuer = $1 AND subject = $2
         RETURNING user_id")
        .bind(issuer).bind(subject).bind(now).fetch_optional(c).await)?)
}

pub async fn link(
    tx: &mut Tx,
    issuer: &str,
    subject: &str,
    user_id: i64,
    org_id: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query(
        "INSERT INTO provider_identities (issuer, subject, user_id, org_id, linked_at, last_signed_in_at)
         VALUES ($1, $2, $3, $4, $5, $5)")
        .bind(issuer).bind(subject).bind(user_id).bind(org_id).bind(now).execute(c).await.map(|_| ()))?;
    Ok(())
}
