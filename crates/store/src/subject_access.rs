//! Everything held about one person, for a subject access request (UK GDPR Article 15).
//! What to read is found in the schema itself: every table with a column that refers to
//! the person's account or profile, plus the few that know them by email address, and
//! the audit events about them. So a table added later is exported without anyone
//! remembering to; `SECTIONS` must still place it under a heading (a test holds that).
//! Secrets (password and token hashes, authenticator secrets, session ids) never leave.

use crate::backend::exec;
use crate::schema::{self, Schema};
use crate::sql::{bind_all, Bind, SqlBuilder};
use crate::{Backend, Db, Result};
use serde_json::{Map, Value};

/// Where each table's rows appear in the export, by the catalogue key of the heading.
/// Every table that refers to a person must be here.
pub const SECTIONS: &[(&str, &str)] = &[
    ("users", "data-section-account"),
    ("sessions", "data-section-security"),
    ("sign_in_attempts", "data-section-security"),
    ("second_factors", "data-section-security"),
    ("recovery_codes", "data-section-security"),
    ("sign_in_challenges", "data-section-security"),
    ("provider_identities", "data-section-security"),
    ("api_tokens", "data-section-security"),
    ("calendar_feeds", "data-section-security"),
    ("memberships", "data-section-memberships"),
    ("membership_roles", "data-section-memberships"),
    ("profiles", "data-section-profile"),
    ("profile_roles", "data-section-profile"),
    ("profile_skills", "data-section-profile"),
    ("profile_services", "data-section-profile"),
    ("done_before", "data-section-profile"),
    ("unavailable_weeks", "data-section-profile"),
    ("profile_free", "data-section-profile"),
    ("capacity_holds", "data-section-profile"),
    ("practitioner_invitations", "data-section-profile"),
    ("bookings", "data-section-deals"),
    ("contracts", "data-section-deals"),
    ("contract_versions", "data-section-deals"),
    ("contract_feedback", "data-section-deals"),
    ("time_entries", "data-section-money"),
    ("journal_entries", "data-section-money"),
    ("invoices", "data-section-money"),
    ("invoice_lines", "data-section-money"),
    ("opportunities", "data-section-opportunities"),
    ("opportunity_changes", "data-section-opportunities"),
    ("opportunity_questions", "data-section-opportunities"),
    ("applications", "data-section-opportunities"),
    ("application_members", "data-section-opportunities"),
    ("saved_searches", "data-section-opportunities"),
    ("moderations", "data-section-messages"),
    ("notifications", "data-section-messages"),
    ("outbox_emails", "data-section-messages"),
    ("email_choices", "data-section-messages"),
    ("email_unsubscribes", "data-section-messages"),
    ("peer_groups", "data-section-groups"),
    ("peer_group_councils", "data-section-groups"),
    ("peer_group_people", "data-section-groups"),
    ("meetings", "data-section-groups"),
    ("agenda_items", "data-section-groups"),
    ("meeting_registrations", "data-section-groups"),
    ("meeting_guests", "data-section-groups"),
    ("meeting_writeups", "data-section-groups"),
    ("group_actions", "data-section-groups"),
    ("action_reviews", "data-section-groups"),
    ("group_themes", "data-section-groups"),
    ("theme_votes", "data-section-groups"),
    ("hosting_offers", "data-section-groups"),
    ("problems", "data-section-groups"),
    ("problem_replies", "data-section-groups"),
    ("projects", "data-section-groups"),
    ("project_team", "data-section-groups"),
    ("project_responses", "data-section-groups"),
    ("components", "data-section-maps"),
    ("map_entries", "data-section-maps"),
    ("map_entry_versions", "data-section-maps"),
    ("sharing_dismissals", "data-section-maps"),
    ("org_domains", "data-section-administration"),
    ("rate_cards", "data-section-administration"),
    ("agreement_versions", "data-section-administration"),
    ("agreement_signatures", "data-section-administration"),
    ("contract_defaults", "data-section-administration"),
    ("hour_credit_limits", "data-section-administration"),
    ("time_settings", "data-section-administration"),
    ("sign_in_providers", "data-section-administration"),
    ("audit_events", "data-section-audit"),
];

/// Tables that refer to a person but only restate, for searching, what another exported
/// table holds (a profile's words): not exported again.
pub const DERIVED: &[&str] = &["profile_search"];

/// Tables that know a person by their email address rather than by a reference.
const BY_EMAIL: &[(&str, &str)] = &[("sign_in_attempts", "email"), ("outbox_emails", "recipient")];

/// Whether a column holds a secret, which no export gives out.
pub fn withheld(table: &str, column: &str) -> bool {
    column.ends_with("_hash")
        || column == "secret"
        || column.ends_with("_secret")
        || column == "claim"
        || column == "unsubscribe_url"
        || (table == "sessions" && column == "id")
}

/// The columns of each table that refer to a person: to `users` or to `profiles`.
pub fn person_columns(schema: &Schema) -> Vec<(String, Vec<(String, &'static str)>)> {
    schema
        .iter()
        .filter_map(|(table, t)| {
            let columns: Vec<(String, &'static str)> = t
                .foreign_keys
                .iter()
                .filter_map(|(column, to, _)| match to.as_str() {
                    "users" => Some((column.clone(), "users")),
                    "profiles" => Some((column.clone(), "profiles")),
                    _ => None,
                })
                .collect();
            (!columns.is_empty()).then(|| (table.clone(), columns))
        })
        .collect()
}

/// The profile ids as the inside of an `IN (…)`; a list that matches nothing when empty.
fn profile_literals(ids: &[i64]) -> String {
    if ids.is_empty() {
        return "NULL".into();
    }
    ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", ")
}

/// One table's rows about the person.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Rows {
    pub table: String,
    /// The catalogue key of its heading.
    pub section: &'static str,
    pub columns: Vec<String>,
    pub rows: Vec<Map<String, Value>>,
}

/// Everything held about the account `user_id`, table by table (tables with nothing
/// about them left out), in `SECTIONS` order.
pub async fn export(db: &Db, user_id: i64) -> Result<Vec<Rows>> {
    let schema = schema::read(db).await?;
    let backend = db.backend();
    let email: Option<String> = exec!(db, c => sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
        .bind(user_id).fetch_optional(c).await)?;
    let Some(email) = email else {
        return Ok(Vec::new());
    };
    let profiles: Vec<i64> = exec!(db, c => sqlx::query_scalar("SELECT id FROM profiles WHERE user_id = $1")
        .bind(user_id).fetch_all(c).await)?;
    let referring = person_columns(&schema);
    let mut out = Vec::new();
    for (table, section) in SECTIONS {
        let Some(t) = schema.get(*table) else {
            continue;
        };
        let mut b = SqlBuilder::default();
        let mut conditions: Vec<String> = Vec::new();
        if let Some((_, columns)) = referring.iter().find(|(name, _)| name == table) {
            for (column, to) in columns {
                conditions.push(match *to {
                    "users" => format!("{column} = {}", b.bind(Bind::I64(user_id))),
                    // Profile ids come from the database: numbers, safe as literals.
                    _ => format!("{column} IN ({})", profile_literals(&profiles)),
                });
            }
        }
        match *table {
            "users" => conditions.push(format!("id = {}", b.bind(Bind::I64(user_id)))),
            "membership_roles" => conditions.push(format!(
                "membership_id IN (SELECT id FROM memberships WHERE user_id = {})",
                b.bind(Bind::I64(user_id))
            )),
            "audit_events" => {
                let about = b.bind(Bind::Text(user_id.to_string()));
                conditions.push(format!("(subject_type IN ('user', 'member') AND subject_id = {about})"));
                let texts: Vec<String> = profiles.iter().map(|id| format!("'{id}'")).collect();
                if !texts.is_empty() {
                    conditions.push(format!(
                        "(subject_type = 'profile' AND subject_id IN ({}))",
                        texts.join(", ")
                    ));
                }
            }
            _ => {}
        }
        for (_, column) in BY_EMAIL.iter().filter(|(name, _)| name == table) {
            conditions.push(format!("{column} = {}", b.bind(Bind::Text(email.clone()))));
        }
        if conditions.is_empty() {
            continue;
        }
        let columns: Vec<String> = t.columns.keys().filter(|c| !withheld(table, c)).cloned().collect();
        let object = match backend {
            Backend::Sqlite => {
                let pairs: Vec<String> = columns.iter().map(|c| format!("'{c}', \"{c}\"")).collect();
                format!("json_object({})", pairs.join(", "))
            }
            Backend::Postgres => "CAST(row_to_json(t) AS TEXT)".to_string(),
        };
        b.push(&format!(
            "SELECT {object} FROM \"{table}\" t WHERE {} ORDER BY 1",
            conditions.join(" OR ")
        ));
        let found: Vec<String> = exec!(db, c => bind_all!(sqlx::query_scalar(sqlx::AssertSqlSafe(b.sql.as_str())), &b.binds)
            .fetch_all(c).await)?;
        if found.is_empty() {
            continue;
        }
        let rows = found
            .iter()
            .filter_map(|text| serde_json::from_str::<Map<String, Value>>(text).ok())
            .map(|mut row| {
                row.retain(|column, _| !withheld(table, column));
                row
            })
            .collect();
        out.push(Rows {
            table: table.to_string(),
            section,
            columns,
            rows,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::withheld;

    #[test]
    fn secrets_never_leave() {
        assert!(withheld("users", "password_hash"));
        assert!(withheld("api_tokens", "token_hash"));
        assert!(withheld("second_factors", "secret"));
        assert!(withheld("sign_in_providers", "client_secret"));
        assert!(withheld("sessions", "id"));
        assert!(!withheld("users", "email"));
        assert!(!withheld("contracts", "id"));
    }
}
