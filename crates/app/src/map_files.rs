//! A council's capability map as a CSV file (SPEC §4.7): written out with every entry, and
//! read back in. The columns are documented in `docs/capability-map-csv.md`. An import is
//! all or nothing: every row is checked first, each mistake named by row and column, and
//! only a file without mistakes is saved, in one transaction with its audit entry.

use super::{audit, By, Entry as AuditEntry};
use crate::capability_map::{tickable, MapError};
use crate::Ctx;
use domain::authz::{authorise, Action, Actor};
use domain::capability_map::{read_entry, ComponentStatus, Entry, EntryInput};
use serde_json::json;
use std::collections::{BTreeMap, BTreeSet};
use store::capability_map as maps;

/// The columns, in the order an export writes them. `service` and `capability` are there
/// for people reading the file; an import reads the ids.
pub const COLUMNS: [&str; 13] = [
    "lgsl_id",
    "service",
    "capability_id",
    "capability",
    "meets",
    "component",
    "provision",
    "contract_ends",
    "cost_band",
    "cost",
    "satisfaction",
    "note",
    "private",
];

/// The columns an import needs; the others may be left out.
const REQUIRED: [&str; 3] = ["lgsl_id", "capability_id", "meets"];

/// The most rows one file may hold.
pub const MAX_ROWS: usize = 5000;
/// The most mistakes one report lists.
pub const MAX_REPORTED: usize = 100;

/// One mistake in an imported file: the row (as a spreadsheet numbers it, the header being
/// row 1), the column, and the catalogue key of the message.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RowError {
    pub row: usize,
    pub column: String,
    pub key: &'static str,
}

/// Why a file could not be imported (or exported): its mistakes, or why any step on the
/// map may fail.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file's mistakes, first ones first.
    #[error("the file has {} mistakes", .0.len())]
    Rows(Vec<RowError>),
    #[error(transparent)]
    Map(#[from] MapError),
}

impl From<store::StoreError> for ImportError {
    fn from(e: store::StoreError) -> Self {
        ImportError::Map(MapError::Store(e))
    }
}

impl From<domain::authz::Denied> for ImportError {
    fn from(d: domain::authz::Denied) -> Self {
        ImportError::Map(MapError::Denied(d))
    }
}

/// A council's map as rows of the export, as `actor` may see it (private costs and notes
/// only for the council's own people).
pub async fn export(ctx: &Ctx, actor: Option<&Actor>, org_id: i64) -> Result<Vec<Vec<String>>, ImportError> {
    let entries = crate::capability_map::visible_entries(ctx, actor, org_id, None).await?;
    let services: BTreeMap<i64, String> = maps::services(&ctx.db)
        .await?
        .into_iter()
        .map(|s| (s.id, s.label))
        .collect();
    let capabilities: BTreeMap<i64, String> = maps::capabilities(&ctx.db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.label))
        .collect();
    let ids: Vec<i64> = entries
        .iter()
        .filter_map(|e| e.component_id)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let components: BTreeMap<i64, String> = maps::components_by_ids(&ctx.db, &ids)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    Ok(entries
        .into_iter()
        .map(|e| {
            vec![
                e.lgsl_id.to_string(),
                services.get(&e.lgsl_id).cloned().unwrap_or_default(),
                e.capability_id.to_string(),
                capabilities.get(&e.capability_id).cloned().unwrap_or_default(),
                e.meets,
                e.component_id
                    .and_then(|c| components.get(&c).cloned())
                    .unwrap_or_default(),
                e.provision.unwrap_or_default(),
                e.contract_ends.map(|d| d.to_string()).unwrap_or_default(),
                e.cost_band.unwrap_or_default(),
                e.cost_pence
                    .map(|p| format!("{}.{:02}", p / 100, p % 100))
                    .unwrap_or_default(),
                e.satisfaction.map(|s| s.to_string()).unwrap_or_default(),
                e.note,
                if e.private { "yes" } else { "no" }.to_string(),
            ]
        })
        .collect())
}

/// The column a rule's field is read from.
fn column_of(field: &str) -> &str {
    match field {
        "component_id" => "component",
        "cost_pence" => "cost",
        other => other,
    }
}

/// Reads every row of `file` into entries for council `org_id`, with every mistake found.
async fn read_rows(
    ctx: &Ctx,
    org_id: i64,
    file: &[u8],
) -> Result<Result<Vec<(Entry, bool)>, Vec<RowError>>, ImportError> {
    let mut errors: Vec<RowError> = Vec::new();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(file);
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h
            .iter()
            .map(|c| c.trim_start_matches('\u{feff}').to_ascii_lowercase())
            .collect(),
        Err(_) => {
            return Ok(Err(vec![RowError {
                row: 1,
                column: String::new(),
                key: "error-import-not-csv",
            }]))
        }
    };
    for column in &header {
        if !COLUMNS.contains(&column.as_str()) {
            errors.push(RowError {
                row: 1,
                column: column.clone(),
                key: "error-import-unknown-column",
            });
        }
    }
    for column in REQUIRED {
        if !header.iter().any(|h| h == column) {
            errors.push(RowError {
                row: 1,
                column: column.to_string(),
                key: "error-import-missing-column",
            });
        }
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let services: BTreeSet<i64> = maps::services(&ctx.db).await?.into_iter().map(|s| s.id).collect();
    let capabilities: BTreeSet<i64> = maps::capabilities(&ctx.db)
        .await?
        .into_iter()
        .filter(tickable)
        .map(|c| c.id)
        .collect();
    let components: BTreeMap<String, i64> = maps::usable_components(&ctx.db, org_id)
        .await?
        .into_iter()
        .filter(|c| c.status != ComponentStatus::Declined)
        .map(|c| (c.name.to_lowercase(), c.id))
        .collect();
    let mut seen: BTreeSet<(i64, i64)> = BTreeSet::new();
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let row = i + 2;
        if i >= MAX_ROWS {
            errors.push(RowError {
                row,
                column: String::new(),
                key: "error-import-too-many-rows",
            });
            break;
        }
        let Ok(record) = record else {
            errors.push(RowError {
                row,
                column: String::new(),
                key: "error-import-not-csv",
            });
            continue;
        };
        let cell = |name: &str| {
            header
                .iter()
                .position(|h| h == name)
                .and_then(|at| record.get(at))
                .unwrap_or("")
                .to_string()
        };
        let mut wrong = |column: &str, key: &'static str| {
            errors.push(RowError {
                row,
                column: column.to_string(),
                key,
            })
        };
        let lgsl_id = cell("lgsl_id").parse::<i64>().ok().filter(|id| services.contains(id));
        if lgsl_id.is_none() {
            wrong("lgsl_id", "error-import-service");
        }
        let capability_id = cell("capability_id")
            .parse::<i64>()
            .ok()
            .filter(|id| capabilities.contains(id));
        if capability_id.is_none() {
            wrong("capability_id", "error-map-capability-unknown");
        }
        let component_name = cell("component");
        let component_id = if component_name.is_empty() {
            None
        } else {
            let found = components.get(&component_name.to_lowercase()).copied();
            if found.is_none() && cell("meets") == "component" {
                wrong("component", "error-map-component-unknown");
            }
            found
        };
        let contract_ends = match domain::dates::parse_date(&cell("contract_ends"), false) {
            Ok(date) => date,
            Err(key) => {
                wrong("contract_ends", key);
                None
            }
        };
        let cost_pence = match cell("cost").as_str() {
            "" => None,
            typed => match domain::money::parse_pounds(typed) {
                Ok(pence) => Some(pence),
                Err(key) => {
                    wrong("cost", key);
                    None
                }
            },
        };
        let private = match cell("private").to_lowercase().as_str() {
            "" | "no" | "false" => false,
            "yes" | "true" => true,
            _ => {
                wrong("private", "error-import-private");
                false
            }
        };
        let input = EntryInput {
            meets: cell("meets"),
            component_id,
            provision: cell("provision"),
            contract_ends,
            cost_band: cell("cost_band"),
            cost_pence,
            satisfaction: cell("satisfaction"),
            note: cell("note"),
        };
        let (Some(lgsl_id), Some(capability_id)) = (lgsl_id, capability_id) else {
            continue;
        };
        if !seen.insert((lgsl_id, capability_id)) {
            wrong("capability_id", "error-import-repeated");
        }
        match read_entry(org_id, lgsl_id, capability_id, &input) {
            Ok(entry) => rows.push((entry, private)),
            Err(found) => {
                for e in found.0 {
                    // A component the council cannot use is named once, above.
                    if e.field == "component_id" && component_id.is_none() && !component_name.is_empty() {
                        continue;
                    }
                    errors.push(RowError {
                        row,
                        column: column_of(&e.field).to_string(),
                        key: e.key,
                    });
                }
            }
        }
    }
    if rows.is_empty() && errors.is_empty() {
        errors.push(RowError {
            row: 2,
            column: String::new(),
            key: "error-import-empty",
        });
    }
    errors.truncate(MAX_REPORTED);
    Ok(if errors.is_empty() { Ok(rows) } else { Err(errors) })
}

/// Imports a council's map from a CSV file: each row records what meets one capability of
/// one service (a new entry, or the next version of one). Rows not in the file are left as
/// they are. Returns how many rows were saved.
pub async fn import(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    org_id: i64,
    file: &[u8],
) -> Result<usize, ImportError> {
    authorise(actor, Action::MapServices(org_id))?;
    let rows = read_rows(ctx, org_id, file).await?.map_err(ImportError::Rows)?;
    let user = by.user_id.ok_or(ImportError::Map(MapError::NotFound))?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    for (entry, private) in &rows {
        maps::save_entry(&mut tx, entry, *private, user, now).await?;
    }
    let services: BTreeSet<i64> = rows.iter().map(|(e, _)| e.service_id).collect();
    let record = AuditEntry {
        org_id: Some(org_id),
        action: "map-imported",
        subject: ("council", org_id.to_string()),
        before: None,
        after: Some(json!({ "rows": rows.len(), "services": services })),
    };
    audit(&mut tx, by, record, now).await?;
    tx.commit().await?;
    Ok(rows.len())
}
