//! What a migrated database holds, read back from the database itself: tables, columns
//! (by kind, and whether they may be empty), the indexes created by name, unique column
//! sets, foreign keys and CHECK constraints. Tests hold the SQLite and PostgreSQL schemas
//! against each other.

use crate::{Db, Result};
use std::collections::{BTreeMap, BTreeSet};

/// The kind of a column, as both backends can hold it: SQLite keeps dates, times and JSON
/// as text and true/false as integers, so those are their own kinds only on PostgreSQL
/// and `Kind::matches` allows for that.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Integer,
    Real,
    Text,
    Boolean,
    Date,
    Timestamp,
    Json,
    Bytes,
    Other,
}

impl Kind {
    fn of_sqlite(declared: &str) -> Kind {
        let t = declared.to_ascii_uppercase();
        if t.contains("BOOL") {
            Kind::Boolean
        } else if t.contains("INT") {
            Kind::Integer
        } else if t.contains("REAL") || t.contains("DOUBLE") || t.contains("FLOA") {
            Kind::Real
        } else if t.contains("BLOB") {
            Kind::Bytes
        } else if t.contains("TEXT") || t.contains("CHAR") || t.is_empty() {
            Kind::Text
        } else {
            Kind::Other
        }
    }

    fn of_postgres(data_type: &str) -> Kind {
        match data_type {
            "bigint" | "integer" | "smallint" => Kind::Integer,
            "double precision" | "real" | "numeric" => Kind::Real,
            "text" | "character varying" | "character" => Kind::Text,
            "boolean" => Kind::Boolean,
            "date" => Kind::Date,
            "timestamp with time zone" | "timestamp without time zone" => Kind::Timestamp,
            "json" | "jsonb" => Kind::Json,
            "bytea" => Kind::Bytes,
            _ => Kind::Other,
        }
    }

    /// Whether a SQLite column of kind `self` holds what a PostgreSQL column of `pg` does.
    pub fn matches(self, pg: Kind) -> bool {
        match (self, pg) {
            (Kind::Text, Kind::Text | Kind::Date | Kind::Timestamp | Kind::Json) => true,
            (Kind::Integer, Kind::Integer | Kind::Boolean) => true,
            (a, b) => a == b && a != Kind::Other,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub kind: Kind,
    pub not_null: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    pub columns: BTreeMap<String, Column>,
    /// Indexes created by name (not those behind a key or a UNIQUE constraint), and
    /// whether each is unique.
    pub indexes: BTreeSet<(String, bool)>,
    /// Column sets declared UNIQUE or PRIMARY KEY, each as a comma-separated list.
    pub unique: BTreeSet<String>,
    /// (column, referenced table, referenced column).
    pub foreign_keys: BTreeSet<(String, String, String)>,
    /// CHECK constraints, each as what both backends' text of it shares: the columns it
    /// reads and the text values it names (so a status one backend allows and the other
    /// refuses shows).
    pub checks: BTreeSet<Check>,
}

/// A CHECK constraint: its columns and its text literals, each sorted and comma-separated.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Check {
    pub columns: String,
    pub values: String,
}

impl Check {
    /// Reads a CHECK expression in either backend's spelling (PostgreSQL writes
    /// `status = ANY (ARRAY['a'::text, …])` for SQLite's `status IN ('a', …)`).
    fn of(expression: &str, table_columns: &BTreeMap<String, Column>) -> Check {
        Check::from_tokens(tokens(expression), table_columns)
    }

    fn from_tokens(expression: Vec<Token>, table_columns: &BTreeMap<String, Column>) -> Check {
        let mut columns = BTreeSet::new();
        let mut values = BTreeSet::new();
        for token in expression {
            match token {
                Token::Text(v) => {
                    values.insert(v);
                }
                Token::Word(w) if table_columns.contains_key(&w.to_ascii_lowercase()) => {
                    columns.insert(w.to_ascii_lowercase());
                }
                Token::Word(_) | Token::Open | Token::Close | Token::Other => {}
            }
        }
        let join = |set: BTreeSet<String>| set.into_iter().collect::<Vec<_>>().join(",");
        Check {
            columns: join(columns),
            values: join(values),
        }
    }
}

#[derive(Debug, PartialEq)]
enum Token {
    /// A name (a column, a function, a keyword); not one after `::`, which is a type.
    Word(String),
    /// A quoted text literal, unescaped.
    Text(String),
    Open,
    Close,
    Other,
}

/// Splits SQL into names, text literals and parentheses; double-quoted names are names.
fn tokens(sql: &str) -> Vec<Token> {
    let chars: Vec<char> = sql.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut after_cast = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '\'' || c == '"' {
            let mut text = String::new();
            i += 1;
            while i < chars.len() {
                if chars[i] == c {
                    if chars.get(i + 1) == Some(&c) {
                        text.push(c);
                        i += 2;
                        continue;
                    }
                    break;
                }
                text.push(chars[i]);
                i += 1;
            }
            i += 1;
            out.push(if c == '\'' {
                Token::Text(text)
            } else {
                Token::Word(text)
            });
            after_cast = false;
        } else if c.is_ascii_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            out.push(if after_cast { Token::Other } else { Token::Word(word) });
            after_cast = false;
        } else if c.is_whitespace() {
            i += 1;
        } else {
            after_cast = c == ':' && chars.get(i + 1) == Some(&':');
            out.push(match c {
                '(' => Token::Open,
                ')' => Token::Close,
                _ => Token::Other,
            });
            i += if after_cast { 2 } else { 1 };
        }
    }
    out
}

/// The expressions of the CHECK constraints in a SQLite `CREATE TABLE` statement, column
/// and table constraints alike, as tokens.
fn sqlite_checks(create: &str) -> Vec<Vec<Token>> {
    let mut tokens = tokens(create).into_iter().peekable();
    let mut found = Vec::new();
    while let Some(token) = tokens.next() {
        let is_check = matches!(&token, Token::Word(w) if w.eq_ignore_ascii_case("check"));
        if !is_check || tokens.peek() != Some(&Token::Open) {
            continue;
        }
        let mut depth = 0;
        let mut expression = Vec::new();
        for token in tokens.by_ref() {
            match token {
                Token::Open => depth += 1,
                Token::Close => depth -= 1,
                _ => {}
            }
            expression.push(token);
            if depth == 0 {
                break;
            }
        }
        found.push(expression);
    }
    found
}

pub type Schema = BTreeMap<String, Table>;

/// The schema of `db` (the migrations' own bookkeeping left out).
pub async fn read(db: &Db) -> Result<Schema> {
    match db {
        Db::Sqlite(pools) => read_sqlite(&pools.read).await,
        Db::Postgres(pool) => read_postgres(pool).await,
    }
}

async fn read_sqlite(pool: &sqlx::SqlitePool) -> Result<Schema> {
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table'
         AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%' ORDER BY name",
    )
    .fetch_all(pool)
    .await?;
    let mut schema = Schema::new();
    for name in names {
        let mut table = Table::default();
        // Hidden columns of a virtual table (1) are left out; generated ones (2, 3) kept.
        let columns: Vec<(String, String, bool, i64, i64)> =
            sqlx::query_as(r#"SELECT name, type, "notnull", pk, hidden FROM pragma_table_xinfo(?) WHERE hidden <> 1"#)
                .bind(&name)
                .fetch_all(pool)
                .await?;
        let mut primary_key: Vec<(i64, String)> = Vec::new();
        for (column, declared, not_null, pk, _) in columns {
            // An INTEGER PRIMARY KEY is the rowid: never empty, whatever it says.
            let not_null = not_null || pk > 0;
            if pk > 0 {
                primary_key.push((pk, column.clone()));
            }
            table.columns.insert(
                column,
                Column {
                    kind: Kind::of_sqlite(&declared),
                    not_null,
                },
            );
        }
        primary_key.sort();
        if !primary_key.is_empty() {
            table.unique.insert(
                primary_key
                    .iter()
                    .map(|(_, c)| c.as_str())
                    .collect::<Vec<_>>()
                    .join(","),
            );
        }
        let indexes: Vec<(String, bool, String)> =
            sqlx::query_as(r#"SELECT name, "unique", origin FROM pragma_index_list(?)"#)
                .bind(&name)
                .fetch_all(pool)
                .await?;
        for (index, unique, origin) in indexes {
            match origin.as_str() {
                "c" => {
                    table.indexes.insert((index, unique));
                }
                "u" => {
                    let columns: Vec<String> =
                        sqlx::query_scalar("SELECT name FROM pragma_index_info(?) ORDER BY seqno")
                            .bind(&index)
                            .fetch_all(pool)
                            .await?;
                    table.unique.insert(columns.join(","));
                }
                _ => {}
            }
        }
        let create: Option<String> =
            sqlx::query_scalar("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")
                .bind(&name)
                .fetch_one(pool)
                .await?;
        for expression in sqlite_checks(create.as_deref().unwrap_or_default()) {
            table.checks.insert(Check::from_tokens(expression, &table.columns));
        }
        let keys: Vec<(String, String, Option<String>)> =
            sqlx::query_as(r#"SELECT "from", "table", "to" FROM pragma_foreign_key_list(?)"#)
                .bind(&name)
                .fetch_all(pool)
                .await?;
        for (column, referenced, to) in keys {
            // No column named: the referenced table's key, which is `id` throughout.
            table
                .foreign_keys
                .insert((column, referenced, to.unwrap_or_else(|| "id".into())));
        }
        schema.insert(name, table);
    }
    Ok(schema)
}

async fn read_postgres(pool: &sqlx::PgPool) -> Result<Schema> {
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT table_name::text FROM information_schema.tables
         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
           AND table_name NOT LIKE '\\_sqlx%' ORDER BY table_name",
    )
    .fetch_all(pool)
    .await?;
    let mut schema = Schema::new();
    for name in names {
        let mut table = Table::default();
        let columns: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT column_name::text, data_type::text, is_nullable::text FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name = $1",
        )
        .bind(&name)
        .fetch_all(pool)
        .await?;
        for (column, data_type, nullable) in columns {
            table.columns.insert(
                column,
                Column {
                    kind: Kind::of_postgres(&data_type),
                    not_null: nullable == "NO",
                },
            );
        }
        let indexes: Vec<(String, bool)> = sqlx::query_as(
            "SELECT i.relname::text, x.indisunique FROM pg_index x
             JOIN pg_class i ON i.oid = x.indexrelid
             JOIN pg_class t ON t.oid = x.indrelid
             WHERE t.relname = $1 AND t.relnamespace = current_schema()::regnamespace
               AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)",
        )
        .bind(&name)
        .fetch_all(pool)
        .await?;
        table.indexes.extend(indexes);
        let unique: Vec<String> = sqlx::query_scalar(
            "SELECT string_agg(a.attname::text, ',' ORDER BY k.n) FROM pg_constraint c
             JOIN pg_class t ON t.oid = c.conrelid
             CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, n)
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
             WHERE t.relname = $1 AND t.relnamespace = current_schema()::regnamespace AND c.contype IN ('u', 'p')
             GROUP BY c.oid",
        )
        .bind(&name)
        .fetch_all(pool)
        .await?;
        table.unique.extend(unique);
        let keys: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT a.attname::text, r.relname::text, ra.attname::text FROM pg_constraint c
             JOIN pg_class t ON t.oid = c.conrelid
             JOIN pg_class r ON r.oid = c.confrelid
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
             JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1]
             WHERE t.relname = $1 AND t.relnamespace = current_schema()::regnamespace AND c.contype = 'f'",
        )
        .bind(&name)
        .fetch_all(pool)
        .await?;
        table.foreign_keys.extend(keys);
        let checks: Vec<String> = sqlx::query_scalar(
            "SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c
             JOIN pg_class t ON t.oid = c.conrelid
             WHERE t.relname = $1 AND t.relnamespace = current_schema()::regnamespace AND c.contype = 'c'",
        )
        .bind(&name)
        .fetch_all(pool)
        .await?;
        for definition in checks {
            table.checks.insert(Check::of(&definition, &table.columns));
        }
        schema.insert(name, table);
    }
    Ok(schema)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn columns(names: &[&str]) -> BTreeMap<String, Column> {
        names
            .iter()
            .map(|n| {
                let column = Column {
                    kind: Kind::Text,
                    not_null: true,
                };
                (n.to_string(), column)
            })
            .collect()
    }

    #[test]
    fn a_check_reads_the_same_in_either_backends_spelling() {
        let table = columns(&["status", "minutes", "text"]);
        let sqlite = sqlite_checks(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, status TEXT NOT NULL CHECK (status IN ('open', 'it''s')),
             minutes INTEGER, text TEXT, CHECK (minutes > 0 AND length(\"text\") < 10))",
        );
        assert_eq!(sqlite.len(), 2);
        let lite: BTreeSet<Check> = sqlite.into_iter().map(|e| Check::from_tokens(e, &table)).collect();
        let pg: BTreeSet<Check> = [
            "CHECK ((status = ANY (ARRAY['open'::text, 'it''s'::text])))",
            "CHECK (((minutes > 0) AND (length(text) < 10)))",
        ]
        .iter()
        .map(|d| Check::of(d, &table))
        .collect();
        assert_eq!(lite, pg);
        assert!(lite.contains(&Check {
            columns: "status".into(),
            values: "it's,open".into()
        }));
    }

    #[test]
    fn a_value_allowed_on_one_side_only_differs() {
        let table = columns(&["status"]);
        let a = Check::of("status IN ('open', 'closed')", &table);
        let b = Check::of("(status = ANY (ARRAY['open'::text]))", &table);
        assert_ne!(a, b);
    }

    #[test]
    fn a_cast_is_not_a_column() {
        let table = columns(&["text", "kind"]);
        assert_eq!(Check::of("(kind = 'a'::text)", &table).columns, "kind");
    }
}
