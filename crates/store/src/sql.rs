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
