//! Full-text documents and queries in the language of people's words (domain::full_text):
//! English documents are found by their stems, Welsh ones only by their words as written.
//! On PostgreSQL a document is built with `search_words` (English stems) or `plain_words`
//! (no stemming), and a query is tried both ways. On SQLite the full-text tables keep the
//! words as written and, in columns of their own, the stems of English documents; a query
//! matches each word among the words, or its stem among the stems.

use crate::backend::exec;
use crate::{Db, Result};
use domain::full_text::{language_of, stems, stems_in};
use domain::language::Lang;

/// The PostgreSQL text search configuration a document in `language` is built with.
pub fn configuration(language: Lang) -> &'static str {
    match language {
        Lang::En => "search_words",
        Lang::Cy => "plain_words",
    }
}

/// A PostgreSQL query of the text in parameter `param`, made by `function` (`to_tsquery`,
/// `websearch_to_tsquery`), matching documents of either language.
pub fn postgres_query(function: &str, param: &str) -> String {
    format!("({function}('search_words', {param}) || {function}('plain_words', {param}))")
}

/// An FTS5 query with every term, each among `columns` as written or, by its English
/// stem, among `stem_columns`. Terms are letters, digits and hyphens only, quoted so that
/// "and" or "near" is a word, not an operator; a hyphenated term is a phrase of its parts.
pub fn sqlite_match(terms: &[String], columns: &str, stem_columns: &str) -> String {
    terms
        .iter()
        .map(|t| format!("({{{columns}}} : \"{t}\" OR {{{stem_columns}}} : \"{}\")", stems(&[t])))
        .collect::<Vec<_>>()
        .join(" AND ")
}

/// An opportunity's words as the index keeps them: the language they are written in, and
/// the stems SQLite's full-text table finds them by (none on PostgreSQL, which stems them
/// itself).
pub fn opportunity_words(db_backend: crate::Backend, texts: [Option<&str>; 4]) -> (Lang, Option<String>) {
    let texts: Vec<&str> = texts.iter().map(|t| t.unwrap_or_default()).collect();
    let language = language_of(&texts);
    let stems = (db_backend == crate::Backend::Sqlite).then(|| stems_in(language, &texts));
    (language, stems)
}

/// Rows read per transaction when documents are rebuilt.
const BATCH: i64 = 500;

/// Reads the words of every profile and opportunity not yet read (those from before
/// migration 0050) and rebuilds their documents in their language. Run by `migrate`;
/// does nothing once all are read, found by a partial index.
pub async fn read_unread(db: &Db) -> Result<()> {
    loop {
        let mut tx = db.begin().await?;
        let ids = exec!(&mut tx, c => sqlx::query_scalar::<_, i64>(
            "SELECT id FROM profiles WHERE words_in IS NULL ORDER BY id LIMIT $1")
            .bind(BATCH).fetch_all(c).await)?;
        for id in &ids {
            crate::profiles::refresh_search(&mut tx, *id).await?;
        }
        tx.commit().await?;
        if (ids.len() as i64) < BATCH {
            break;
        }
    }
    loop {
        let mut tx = db.begin().await?;
        let rows = exec!(&mut tx, c => sqlx::query_as::<_, (i64, Option<String>, Option<String>, Option<String>, Option<String>)>(
            "SELECT id, title, summary, background, work FROM opportunities WHERE words_in IS NULL ORDER BY id LIMIT $1")
            .bind(BATCH).fetch_all(c).await)?;
        for (id, title, summary, background, work) in &rows {
            let (language, stems) = opportunity_words(
                db.backend(),
                [
                    title.as_deref(),
                    summary.as_deref(),
                    background.as_deref(),
                    work.as_deref(),
                ],
            );
            exec!(&mut tx, c => sqlx::query("UPDATE opportunities SET words_in = $1, word_stems = $2 WHERE id = $3")
                .bind(language.as_str()).bind(stems.as_deref()).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
        }
        tx.commit().await?;
        if (rows.len() as i64) < BATCH {
            break;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_word_is_matched_as_written_or_by_its_stem() {
        let terms = vec!["walking".to_string(), "siân".to_string(), "drop-in".to_string()];
        assert_eq!(
            sqlite_match(&terms, "title work", "stems"),
            "({title work} : \"walking\" OR {stems} : \"walk\") AND ({title work} : \"siân\" OR {stems} : \"sian\") \
             AND ({title work} : \"drop-in\" OR {stems} : \"drop in\")"
        );
        assert_eq!(
            postgres_query("to_tsquery", "$1"),
            "(to_tsquery('search_words', $1) || to_tsquery('plain_words', $1))"
        );
    }
}
