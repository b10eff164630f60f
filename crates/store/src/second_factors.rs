//! People's second factors: the authenticator secret (usable once confirmed), the last
//! time step accepted, recovery codes (hashes, each used once), the challenge between a
//! right password and a right code, and councils' requirement of a second factor.

use crate::backend::exec;
use crate::{Exec, Result, Tx};
use chrono::{DateTime, Utc};

/// A person's authenticator secret.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Factor {
    pub secret: String,
    pub confirmed_at: Option<DateTime<Utc>>,
    pub last_step: i64,
}

/// A person's factor, confirmed or still being set up.
pub async fn find<'a>(exec: impl Into<Exec<'a>>, user_id: i64) -> Result<Option<Factor>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Factor>(
        "SELECT secret, confirmed_at, last_step FROM second_factors WHERE user_id = $1")
        .bind(user_id).fetch_optional(c).await)?)
}

/// Every factor whose secret is kept as it was written before sealing (no `v1:`).
pub async fn unsealed<'a>(exec: impl Into<Exec<'a>>) -> Result<Vec<(i64, String)>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, (i64, String)>(
        "SELECT user_id, secret FROM second_factors WHERE secret NOT LIKE 'v1:%' ORDER BY user_id")
        .fetch_all(c).await)?)
}

/// Replaces a factor's secret `old` with its sealed form; false when it changed meanwhile.
pub async fn reseal<'a>(exec: impl Into<Exec<'a>>, user_id: i64, old: &str, sealed: &str) -> Result<bool> {
    let n = exec!(exec, c => sqlx::query("UPDATE second_factors SET secret = $3 WHERE user_id = $1 AND secret = $2")
        .bind(user_id).bind(old).bind(sealed).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Starts setting up a factor with this secret, replacing one not yet confirmed. False when
/// the person already has a confirmed one (which stays).
pub async fn start(tx: &mut Tx, user_id: i64, secret: &str, now: DateTime<Utc>) -> Result<bool> {
    let n = exec!(&mut *tx, c => sqlx::query(
        "INSERT INTO second_factors (user_id, secret, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (user_id) DO UPDATE SET secret = $2, created_at = $3, last_step = 0
         WHERE second_factors.confirmed_at IS NULL")
        .bind(user_id).bind(secret).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Takes time step `step` as used, if it is later than the last one used: false when it
/// is not (the code was used already, or a concurrent request used it first). Confirms a
/// factor being set up.
pub async fn use_step(tx: &mut Tx, user_id: i64, step: i64, now: DateTime<Utc>) -> Result<bool> {
    let n = exec!(&mut *tx, c => sqlx::query(
        "UPDATE second_factors SET last_step = $2, confirmed_at = COALESCE(confirmed_at, $3)
         WHERE user_id = $1 AND last_step < $2")
        .bind(user_id).bind(step).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Removes the person's factor and recovery codes; false when they had none.
pub async fn remove(tx: &mut Tx, user_id: i64) -> Result<bool> {
    exec!(&mut *tx, c => sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
        .bind(user_id).execute(c).await.map(|_| ()))?;
    let n = exec!(&mut *tx, c => sqlx::query("DELETE FROM second_factors WHERE user_id = $1")
        .bind(user_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Replaces the person's recovery codes with these hashes.
pub async fn replace_recovery_codes(tx: &mut Tx, user_id: i64, hashes: &[String]) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
        .bind(user_id).execute(c).await.map(|_| ()))?;
    for hash in hashes {
        exec!(&mut *tx, c => sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
            .bind(user_id).bind(hash).execute(c).await.map(|_| ()))?;
    }
    Ok(())
}

/// Uses the recovery code with this hash, if it is the person's and unused.
pub async fn use_recovery_code(tx: &mut Tx, user_id: i64, hash: &str, now: DateTime<Utc>) -> Result<bool> {
    let n = exec!(&mut *tx, c => sqlx::query(
        "UPDATE recovery_codes SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL")
        .bind(user_id).bind(hash).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// How many of the person's recovery codes are left.
pub async fn recovery_codes_left<'a>(exec: impl Into<Exec<'a>>, user_id: i64) -> Result<i64> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL")
        .bind(user_id).fetch_one(c).await)?)
}

/// Whether any council the person belongs to requires a second factor.
pub async fn required_for<'a>(exec: impl Into<Exec<'a>>, user_id: i64) -> Result<bool> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, bool>(
        "SELECT EXISTS (SELECT 1 FROM memberships m JOIN organisations o ON o.id = m.org_id
                        WHERE m.user_id = $1 AND o.second_factor_required)")
        .bind(user_id).fetch_one(c).await)?)
}

/// Whether the council requires a second factor.
pub async fn council_requires<'a>(exec: impl Into<Exec<'a>>, org_id: i64) -> Result<bool> {
    Ok(exec!(exec, c => sqlx::query_scalar::<_, bool>(
        "SELECT second_factor_required FROM organisations WHERE id = $1")
        .bind(org_id).fetch_optional(c).await)?
    .unwrap_or(false))
}

/// Sets whether the council requires a second factor; false when it already was so.
pub async fn set_council_requires(tx: &mut Tx, org_id: i64, required: bool) -> Result<bool> {
    let n = exec!(&mut *tx, c => sqlx::query(
        "UPDATE organisations SET second_factor_required = $2 WHERE id = $1 AND second_factor_required <> $2")
        .bind(org_id).bind(required).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Records a challenge: the password was right, a code is wanted.
pub async fn add_challenge<'a>(
    exec: impl Into<Exec<'a>>,
    id_hash: &str,
    user_id: i64,
    email: &str,
    expires_at: DateTime<Utc>,
) -> Result<()> {
    exec!(exec, c => sqlx::query(
        "INSERT INTO sign_in_challenges (id_hash, user_id, email, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(id_hash).bind(user_id).bind(email).bind(expires_at).execute(c).await.map(|_| ()))?;
    Ok(())
}

/// The person and email address of a live challenge.
pub async fn challenge<'a>(
    exec: impl Into<Exec<'a>>,
    id_hash: &str,
    now: DateTime<Utc>,
) -> Result<Option<(i64, String)>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, (i64, String)>(
        "SELECT user_id, email FROM sign_in_challenges WHERE id_hash = $1 AND expires_at > $2")
        .bind(id_hash).bind(now).fetch_optional(c).await)?)
}

/// Ends a challenge (answered), and any that have expired.
pub async fn end_challenge(tx: &mut Tx, id_hash: &str, now: DateTime<Utc>) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query("DELETE FROM sign_in_challenges WHERE id_hash = $1 OR expires_at <= $2")
        .bind(id_hash).bind(now).execute(c).await.map(|_| ()))?;
    Ok(())
}
