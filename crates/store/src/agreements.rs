//! The platform's agreement versions and the councils' signatures of them, the legal
//! bases contracts rest on, and each council's defaults for the contracts it supplies.

use crate::backend::exec;
use crate::{Exec, Result, Tx};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct AgreementVersion {
    pub id: i64,
    pub version: String,
    pub title: String,
    pub body: String,
    pub published_at: DateTime<Utc>,
}

const AGREEMENT: &str = "SELECT id, version, title, body, published_at FROM agreement_versions";

/// The version councils sign now: the latest published.
pub async fn current<'a>(exec: impl Into<Exec<'a>>) -> Result<Option<AgreementVersion>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, AgreementVersion>(
        sqlx::AssertSqlSafe(format!("{AGREEMENT} ORDER BY published_at DESC, id DESC LIMIT 1"))).fetch_optional(c).await)?)
}

pub async fn find<'a>(exec: impl Into<Exec<'a>>, id: i64) -> Result<Option<AgreementVersion>> {
    Ok(
        exec!(exec, c => sqlx::query_as::<_, AgreementVersion>(sqlx::AssertSqlSafe(format!("{AGREEMENT} WHERE id = $1")))
        .bind(id).fetch_optional(c).await)?,
    )
}

/// Every version, newest first.
pub async fn all<'a>(exec: impl Into<Exec<'a>>) -> Result<Vec<AgreementVersion>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, AgreementVersion>(
        sqlx::AssertSqlSafe(format!("{AGREEMENT} ORDER BY published_at DESC, id DESC"))).fetch_all(c).await)?)
}

/// Publishes a new version (it becomes the current one). Fails on a version name in use.
pub async fn publish(tx: &mut Tx, version: &str, title: &str, body: &str, by: i64, now: DateTime<Utc>) -> Result<i64> {
    Ok(exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO agreement_versions (version, title, body, published_at, published_by)
         VALUES ($1, $2, $3, $4, $5) RETURNING id")
        .bind(version).bind(title).bind(body).bind(now).bind(by).fetch_one(c).await)?)
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Signature {
    pub org_id: i64,
    pub agreement_version_id: i64,
    pub signatory_name: String,
    pub signatory_role: String,
    pub signed_on: NaiveDate,
    pub recorded_by_name: String,
    pub recorded_at: DateTime<Utc>,
}

pub async fn signature<'a>(
    exec: impl Into<Exec<'a>>,
    org_id: i64,
    agreement_version_id: i64,
) -> Result<Option<Signature>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Signature>(
        "SELECT s.org_id, s.agreement_version_id, s.signatory_name, s.signatory_role, s.signed_on,
                u.display_name AS recorded_by_name, s.recorded_at
         FROM agreement_signatures s JOIN users u ON u.id = s.recorded_by
         WHERE s.org_id = $1 AND s.agreement_version_id = $2")
        .bind(org_id).bind(agreement_version_id).fetch_optional(c).await)?)
}

pub struct NewSignature<'s> {
    pub org_id: i64,
    pub agreement_version_id: i64,
    pub signatory_name: &'s str,
    pub signatory_role: &'s str,
    pub signed_on: NaiveDate,
    pub recorded_by: i64,
}

/// Records a signature; a second record of the same version replaces the first.
pub async fn record_signature(tx: &mut Tx, s: &NewSignature<'_>, now: DateTime<Utc>) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query(
        "INSERT INTO agreement_signatures
             (org_id, agreement_version_id, signatory_name, signatory_role, signed_on, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (org_id, agreement_version_id) DO UPDATE SET signatory_name = $3, signatory_role = $4,
             signed_on = $5, recorded_by = $6, recorded_at = $7")
        .bind(s.org_id).bind(s.agreement_version_id).bind(s.signatory_name).bind(s.signatory_role)
        .bind(s.signed_on).bind(s.recorded_by).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct LegalBasis {
    pub id: i64,
    pub name: String,
    pub description: String,
    pub retired_at: Option<DateTime<Utc>>,
}

/// The legal bases, in name order; retired ones only when asked for.
pub async fn legal_bases<'a>(exec: impl Into<Exec<'a>>, with_retired: bool) -> Result<Vec<LegalBasis>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, LegalBasis>(
        "SELECT id, name, description, retired_at FROM legal_bases
         WHERE $1 OR retired_at IS NULL ORDER BY name, id")
        .bind(with_retired).fetch_all(c).await)?)
}

pub async fn add_legal_basis(tx: &mut Tx, name: &str, description: &str, now: DateTime<Utc>) -> Result<i64> {
    Ok(exec!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO legal_bases (name, description, created_at) VALUES ($1, $2, $3) RETURNING id")
        .bind(name).bind(description).bind(now).fetch_one(c).await)?)
}

/// Retires (or, with `retired` false, restores) a legal basis. Contracts that use it keep it.
pub async fn retire_legal_basis(tx: &mut Tx, id: i64, retired: bool, now: DateTime<Utc>) -> Result<bool> {
    let at: Option<DateTime<Utc>> = retired.then_some(now);
    let n = exec!(&mut *tx, c => sqlx::query("UPDATE legal_bases SET retired_at = $1 WHERE id = $2")
        .bind(at).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// A council's defaults for the contracts it supplies.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct ContractDefaults {
    #[sqlx(try_from = "String")]
    pub vat_treatment: domain::contracts::VatTreatment,
    pub payment_terms_days: i64,
    /// The department the council names in its contracts register for the contracts it
    /// lets (Local Government Transparency Code).
    pub register_department: Option<String>,
}

impl Default for ContractDefaults {
    fn default() -> Self {
        Self {
            vat_treatment: domain::contracts::VatTreatment::OutsideScope,
            payment_terms_days: domain::contracts::DEFAULT_PAYMENT_TERMS_DAYS,
            register_department: None,
        }
    }
}

pub async fn contract_defaults<'a>(exec: impl Into<Exec<'a>>, org_id: i64) -> Result<ContractDefaults> {
    Ok(exec!(exec, c => sqlx::query_as::<_, ContractDefaults>(
        "SELECT vat_treatment, payment_terms_days, register_department FROM contract_defaults WHERE org_id = $1")
        .bind(org_id).fetch_optional(c).await)?
    .unwrap_or_default())
}

pub async fn set_contract_defaults(
    tx: &mut Tx,
    org_id: i64,
    vat_treatment: &str,
    payment_terms_days: i64,
    register_department: Option<&str>,
    by: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    exec!(&mut *tx, c => sqlx::query(
        "INSERT INTO contract_defaults (org_id, vat_treatment, payment_terms_days, register_department, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (org_id) DO UPDATE SET vat_treatment = $2, payment_terms_days = $3, register_department = $4,
             updated_by = $5, updated_at = $6")
        .bind(org_id).bind(vat_treatment).bind(payment_terms_days).bind(register_department).bind(by).bind(now)
        .execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}
