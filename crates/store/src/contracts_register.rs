//! The rows of a council's contracts register (Local Government Transparency Code): the
//! signed contracts it let, newest first, with the terms now in force, read a page at a
//! time through `contracts_register` (buyer, id) where signed. Nothing here names a person.

use crate::backend::exec;
use crate::{Exec, Result};
use chrono::NaiveDate;

/// One contract as the register shows it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Row {
    pub contract_id: i64,
    pub supplier_name: String,
    pub supplier_nation: String,
    pub supplier_code: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    /// The cap of the terms in force, before VAT.
    pub value_cap_pence: i64,
    pub hours_cap_minutes: i64,
    pub rate_pence: i64,
    #[sqlx(try_from = "String")]
    pub vat_treatment: domain::contracts::VatTreatment,
    #[sqlx(try_from = "String")]
    pub settlement: domain::bookings::Settlement,
    pub legal_basis: String,
    pub service_label: Option<String>,
    /// Set when it was awarded on an opportunity.
    pub opportunity_id: Option<i64>,
    pub opportunity_audience: Option<String>,
    /// The opportunity's title, only when its buyer published it to everyone.
    pub public_title: Option<String>,
}

/// Up to `limit` signed contracts `buyer_org_id` let whose terms in force are worth more
/// than `over_pence`, newest first, after contract `before` (the last of the page before).
pub async fn page<'a>(
    exec: impl Into<Exec<'a>>,
    buyer_org_id: i64,
    over_pence: i64,
    before: Option<i64>,
    limit: i64,
) -> Result<Vec<Row>> {
    Ok(exec!(exec, c => sqlx::query_as::<_, Row>(
        "SELECT k.id AS contract_id, s.name AS supplier_name, s.nation AS supplier_nation,
                s.code AS supplier_code, v.start_date, v.end_date, v.value_cap_pence, v.hours_cap_minutes,
                v.rate_pence, v.vat_treatment, v.settlement, l.name AS legal_basis, sv.label AS service_label,
                o.id AS opportunity_id, o.audience AS opportunity_audience,
                CASE WHEN o.visibility = 'public' THEN o.title END AS public_title
         FROM contracts k
         JOIN contract_versions v ON v.contract_id = k.id AND v.version = k.current_version
         JOIN legal_bases l ON l.id = v.legal_basis_id
         JOIN organisations s ON s.id = k.supplier_org_id
         LEFT JOIN lgsl_services sv ON sv.id = k.lgsl_id
         LEFT JOIN application_members m ON m.contract_id = k.id
         LEFT JOIN applications a ON a.id = m.application_id
         LEFT JOIN opportunities o ON o.id = a.opportunity_id
         WHERE k.buyer_org_id = $1 AND k.activated_at IS NOT NULL AND v.value_cap_pence > $2
           AND k.id < COALESCE($3, 9223372036854775807)
         ORDER BY k.id DESC LIMIT $4")
        .bind(buyer_org_id).bind(over_pence).bind(before).bind(limit)
        .fetch_all(c).await)?)
}
