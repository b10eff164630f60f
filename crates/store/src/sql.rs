//! A small builder for statements whose filters depend on the request: it numbers the
//! placeholders and keeps the values to bind, so user input never becomes SQL text.

use chrono::{DateTime, NaiveDate, Utc};

#[derive(Debug, Clone)]
pub enum Bind {
    I64(i64),
    Text(String),
    Date(NaiveDate),
    Time(DateTime<Utc>),
}

#[derive(Debug, Default)]
pub struct SqlBuilder {
    pub sql: String,
    pub binds: Vec<Bind>,
}

impl SqlBuilder {
    pub fn push(&mut self, sql: &str) -> &mut Self {
        self.sql.push_str(sql);
        self
    }

    /// Adds a placeholder for `value` and returns its name (`$n`) for reuse.
    pub fn bind(&mut self, value: Bind) -> String {
        self.binds.push(value);
        format!("${}", self.binds.len())
    }

    /// Adds `ids` as placeholders separated by commas: the inside of an `IN (…)`.
    pub fn push_ids(&mut self, ids: impl IntoIterator<Item = i64>) -> &mut Self {
        let list: Vec<String> = ids.into_iter().map(|id| self.bind(Bind::I64(id))).collect();
        self.push(&list.join(", "))
    }
}

/// `column IN (…)` over ids bound as one JSON array (`id_list`) at placeholder `param`: the
/// statement's text is the same however many ids there are, so each connection prepares
/// it once rather than once for each length of list.
pub fn in_id_list(backend: crate::Backend, column: &str, param: &str) -> String {
    match backend {
        crate::Backend::Sqlite => format!("{column} IN (SELECT value FROM json_each({param}))"),
        crate::Backend::Postgres => {
            format!("{column} IN (SELECT CAST(jsonb_array_elements_text(CAST({param} AS jsonb)) AS BIGINT))")
        }
    }
}

/// An aggregate that gathers every row of a select into one text value, a JSON array of
/// arrays of `columns` (an empty array when there are none). A statement that would
/// return thousands of small rows costs far less as one value than row by row; read it
/// back with `serde_json` into tuples. Columns must be numbers, text or nulls.
pub fn json_rows(backend: crate::Backend, columns: &str) -> String {
    match backend {
        crate::Backend::Sqlite => format!("json_group_array(json_array({columns}))"),
        crate::Backend::Postgres => {
            format!("CAST(COALESCE(json_agg(json_build_array({columns})), CAST('[]' AS json)) AS TEXT)")
        }
    }
}

/// Reads back a `json_rows` value into its rows (tuples, or anything else serde reads
/// from arrays).
pub fn read_json_rows<T: serde::de::DeserializeOwned>(text: &str) -> crate::Result<Vec<T>> {
    serde_json::from_str(text).map_err(|e| crate::StoreError::Other(e.to_string()))
}

/// A condition true when the text `haystack` contains the text `needle` (both SQL
/// expressions), on either backend.
pub fn contains(backend: crate::Backend, haystack: &str, needle: &str) -> String {
    match backend {
        crate::Backend::Sqlite => format!("instr({haystack}, {needle}) > 0"),
        crate::Backend::Postgres => format!("strpos({haystack}, {needle}) > 0"),
    }
}

/// Ids as the JSON array `in_id_list` reads.
pub fn id_list(ids: &[i64]) -> String {
    let listed: Vec<String> = ids.iter().map(i64::to_string).collect();
    format!("[{}]", listed.join(","))
}

/// Applies the builder's values to a query, in order. Works for `query` and `query_as`.
macro_rules! bind_all {
    ($query:expr, $binds:expr) => {{
        let mut query = $query;
        for value in $binds {
            query = match value {
                $crate::sql::Bind::I64(v) => query.bind(*v),
                $crate::sql::Bind::Text(v) => query.bind(v.as_str()),
                $crate::sql::Bind::Date(v) => query.bind(*v),
                $crate::sql::Bind::Time(v) => query.bind(*v),
            };
        }
        query
    }};
}
pub(crate) use bind_all;

/// The bookings or contracts a person may list: those for their own hours, and those of the
/// councils where they handle deals, on one side or both.
#[derive(Debug, Clone, Default)]
pub struct DealsVisible {
    /// The practitioner whose own deals are included, if any.
    pub practitioner: Option<i64>,
    /// Councils whose deals are included.
    pub orgs: Vec<i64>,
    /// Only deals where those councils buy (or supply); both when `None`.
    pub side: Option<domain::contracts::Side>,
}

impl DealsVisible {
    /// Appends the condition on the table aliased `alias`; false matches nothing.
    pub fn push_condition(&self, b: &mut SqlBuilder, alias: &str) {
        use domain::contracts::Side;
        let mut any = Vec::new();
        if let Some(user) = self.practitioner {
            any.push(format!("{alias}.practitioner_id = {}", b.bind(Bind::I64(user))));
        }
        if !self.orgs.is_empty() {
            let list: Vec<String> = self.orgs.iter().map(|o| b.bind(Bind::I64(*o))).collect();
            let list = list.join(", ");
            if self.side != Some(Side::Supplier) {
                any.push(format!("{alias}.buyer_org_id IN ({list})"));
            }
            if self.side != Some(Side::Buyer) {
                any.push(format!("{alias}.supplier_org_id IN ({list})"));
            }
        }
        if any.is_empty() {
            b.push("FALSE");
        } else {
            b.push(&format!("({})", any.join(" OR ")));
        }
    }
}
