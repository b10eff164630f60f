//! A subject access export must cover every table that holds something about a person.
//! The export finds them in the schema; this test fails when a migration adds a table
//! that refers to a person without giving it a place (a heading) in the export.

use store::subject_access::{person_columns, DERIVED, SECTIONS};
use store::testing::fresh;
use store::{on_both, schema, Backend};

async fn every_table_about_a_person_has_a_section(backend: Backend) {
    let t = fresh(backend).await.unwrap();
    let schema = schema::read(&t.db).await.unwrap();
    let referring = person_columns(&schema);
    assert!(referring.len() > 50, "the schema's person columns are found");
    let missing: Vec<&str> = referring
        .iter()
        .map(|(table, _)| table.as_str())
        .filter(|table| !SECTIONS.iter().any(|(name, _)| name == table) && !DERIVED.contains(table))
        .collect();
    assert!(
        missing.is_empty(),
        "tables that refer to a person but have no place in the subject access export: {missing:?}"
    );
    // And no section names a table that is not there.
    for (table, _) in SECTIONS {
        assert!(
            schema.contains_key(*table),
            "{table} is in SECTIONS but not in the schema"
        );
    }
}

on_both!(every_table_about_a_person_has_a_section);
