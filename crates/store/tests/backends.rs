//! Store behaviour that must hold on both SQLite and PostgreSQL.

use store::testing::{execute_raw, fresh};
use store::{audit, organisations, outbox, Backend};

async fn audit_log_is_append_only(backend: Backend) {
    let t = fresh(backend).await.unwrap();
    let now = chrono::Utc::now();
    audit::record(
        &t.db,
        audit::NewEvent {
            actor_user_id: None,
            org_id: None,
            action: "test",
            subject_type: "thing",
            subject_id: "1".into(),
            before: None,
            after: None,
            client_ip: None,
        },
        now,
    )
    .await
    .unwrap();
    assert!(execute_raw(&t.db, "UPDATE audit_events SET action = 'changed'")
        .await
        .is_err());
    assert!(execute_raw(&t.db, "DELETE FROM audit_events").await.is_err());
    assert_eq!(audit::list(&t.db, None, None, 10).await.unwrap().len(), 1);
}

async fn every_council_is_loaded_once(backend: Backend) {
    let t = fresh(backend).await.unwrap();
    // Migrating again must not duplicate the reference data.
    t.db.migrate().await.unwrap();
    let all = organisations::list(&t.db, &Default::default(), None, 1000)
        .await
        .unwrap();
    assert_eq!(all.len(), 397);
    let wok = organisations::find_by_code(&t.db, "wok").await.unwrap().unwrap();
    assert_eq!(wok.org_id(), "GB-LAE-WOK");
    assert_eq!(wok.gss_code.as_deref(), Some("E06000041"));
}

/// The capability map's lists: every interaction and technical capability, the services'
/// usual capabilities, and the back-office services beside (not among) the public ones.
async fn capability_lists_are_loaded_once(backend: Backend) {
    let t = fresh(backend).await.unwrap();
    t.db.migrate().await.unwrap();
    let all = store::capability_map::capabilities(&t.db).await.unwrap();
    assert_eq!(all.len(), 46);
    assert_eq!(all.iter().filter(|c| c.kind == "technical").count(), 14);
    let booking = all.iter().find(|c| c.label == "Appointment booking").unwrap();
    let applications = all.iter().find(|c| c.label == "Applications for service").unwrap();
    assert_eq!(booking.parent_id, Some(applications.id));
    // Abandoned vehicles (LGSL 372) involves reporting, among others.
    let reporting = all.iter().find(|c| c.label == "Reporting").unwrap();
    assert!(store::capability_map::checklist(&t.db, 372)
        .await
        .unwrap()
        .contains(&reporting.id));
    assert_eq!(store::reference::services(&t.db).await.unwrap().len(), 978);
    let internal = store::reference::service(&t.db, 1662).await.unwrap().unwrap();
    assert_eq!(internal.label, "Corporate - assets");
}

async fn outbox_claims_each_message_once(backend: Backend) {
    let t = fresh(backend).await.unwrap();
    let now = chrono::Utc::now();
    for i in 0..30 {
        let to = format!("person{i}@leeds.gov.uk");
        outbox::enqueue(
            &t.db,
            &outbox::NewEmail {
                recipient: &to,
                subject: "s",
                body_text: "b",
                one_time_link: false,
                unsubscribe_url: None,
            },
            now,
        )
        .await
        .unwrap();
    }
    let lease = chrono::Duration::minutes(5);
    let (a, b) = tokio::join!(
        outbox::claim_due(&t.db, "a", now, lease, 20),
        outbox::claim_due(&t.db, "b", now, lease, 20)
    );
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!(a.len() + b.len(), 30, "every due message is claimed");
    assert!(
        a.iter().all(|m| b.iter().all(|n| n.id != m.id)),
        "no message is claimed twice"
    );
    // While the lease runs, nobody else gets them; after it, they are due again.
    assert!(outbox::claim_due(&t.db, "c", now, lease, 50).await.unwrap().is_empty());
    let later = now + lease + chrono::Duration::seconds(1);
    assert_eq!(outbox::claim_due(&t.db, "c", later, lease, 50).await.unwrap().len(), 30);
}

store::on_both!(
    audit_log_is_append_only,
    every_council_is_loaded_once,
    capability_lists_are_loaded_once,
    outbox_claims_each_message_once
);

/// Managed PostgreSQL services require TLS (`sslmode=require` or `verify-full`): the
/// service connects over it. The test server has TLS on (Debian's cluster, with its own
/// certificate, or the test script's throwaway cluster with a fresh one).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgresql_connections_can_require_tls() {
    let admin = store::testing::postgres_admin_url();
    let separator = if admin.contains('?') { '&' } else { '?' };
    let db = store::Db::connect(&format!("{admin}{separator}sslmode=require"))
        .await
        .expect("a TLS connection to the test server");
    assert!(db.connection_encrypted().await.unwrap(), "the connection is encrypted");
    db.close().await;
    let plain = store::Db::connect(&format!("{admin}{separator}sslmode=disable"))
        .await
        .unwrap();
    assert!(!plain.connection_encrypted().await.unwrap());
    plain.close().await;
}

/// Both backends, once migrated, hold the same tables with the same columns (of matching
/// kinds, equally required), the same named indexes, unique column sets, foreign keys
/// and CHECK constraints (their columns and the values they name). The full-text search tables are the one difference, by design (ADR 0007): each
/// backend's own kind.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_backends_have_the_same_schema() {
    let sqlite = store::testing::fresh(store::Backend::Sqlite).await.unwrap();
    let postgres = store::testing::fresh(store::Backend::Postgres).await.unwrap();
    let mut lite = store::schema::read(&sqlite.db).await.unwrap();
    let mut pg = store::schema::read(&postgres.db).await.unwrap();
    // Full text is native to each backend: FTS5 tables (with their shadow tables) on
    // SQLite; a tsvector column or table with a GIN index on PostgreSQL.
    lite.retain(|name, _| !name.starts_with("opportunity_words") && !name.starts_with("profile_search"));
    pg.remove("profile_search");
    if let Some(o) = pg.get_mut("opportunities") {
        o.columns.remove("search_document");
        o.indexes.remove(&("opportunities_search".to_string(), false));
    }
    let mut differences = Vec::new();
    let names = |s: &store::schema::Schema| s.keys().cloned().collect::<std::collections::BTreeSet<_>>();
    for only in names(&lite).difference(&names(&pg)) {
        differences.push(format!("{only}: only on SQLite"));
    }
    for only in names(&pg).difference(&names(&lite)) {
        differences.push(format!("{only}: only on PostgreSQL"));
    }
    for (name, l) in &lite {
        let Some(p) = pg.get(name) else { continue };
        for (column, lc) in &l.columns {
            match p.columns.get(column) {
                None => differences.push(format!("{name}.{column}: only on SQLite")),
                Some(pc) if !lc.kind.matches(pc.kind) => differences.push(format!(
                    "{name}.{column}: {:?} on SQLite, {:?} on PostgreSQL",
                    lc.kind, pc.kind
                )),
                Some(pc) if lc.not_null != pc.not_null => differences.push(format!(
                    "{name}.{column}: NOT NULL {} on SQLite, {} on PostgreSQL",
                    lc.not_null, pc.not_null
                )),
                _ => {}
            }
        }
        for column in p.columns.keys().filter(|c| !l.columns.contains_key(*c)) {
            differences.push(format!("{name}.{column}: only on PostgreSQL"));
        }
        if l.indexes != p.indexes {
            differences.push(format!(
                "{name} indexes: {:?} on SQLite, {:?} on PostgreSQL",
                l.indexes, p.indexes
            ));
        }
        if l.unique != p.unique {
            differences.push(format!(
                "{name} unique: {:?} on SQLite, {:?} on PostgreSQL",
                l.unique, p.unique
            ));
        }
        for only in l.checks.difference(&p.checks) {
            differences.push(format!("{name}: CHECK {only:?} only on SQLite"));
        }
        for only in p.checks.difference(&l.checks) {
            differences.push(format!("{name}: CHECK {only:?} only on PostgreSQL"));
        }
        if l.foreign_keys != p.foreign_keys {
            differences.push(format!(
                "{name} foreign keys: {:?} on SQLite, {:?} on PostgreSQL",
                l.foreign_keys, p.foreign_keys
            ));
        }
    }
    assert!(
        differences.is_empty(),
        "the schemas differ:\n{}",
        differences.join("\n")
    );
}
