//! The binary as an operator uses it: help, migrate, demo data, and a backup that restores.

mod common;

use common::{free_port, microcontracts, wait_until_up, Served};
use std::path::Path;
use std::process::Command;
use store::{organisations, outbox, users, Db};

#[test]
fn every_subcommand_documents_its_flags() {
    for command in [
        vec!["--help"],
        vec!["serve", "--help"],
        vec!["demo", "--help"],
        vec!["migrate", "--help"],
        vec!["backup", "--help"],
        vec!["verify", "--help"],
        vec!["month-end", "--help"],
    ] {
        let out = microcontracts(&command, "sqlite://unused.db");
        assert!(out.status.success(), "{command:?}");
        let help = String::from_utf8_lossy(&out.stdout);
        assert!(help.contains("Usage: microcontracts"), "{help}");
    }
    let serve = String::from_utf8_lossy(&microcontracts(&["serve", "--help"], "sqlite://unused.db").stdout).to_string();
    for flag in [
        "--database-url",
        "--bind",
        "--base-url",
        "--mail-transport",
        "--smtp-url",
        "--mail-from",
        "[env: DATABASE_URL",
        "[env: BIND",
        "[env: BASE_URL",
    ] {
        assert!(serve.contains(flag), "{flag} missing from serve --help");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_data_survives_backup_and_restore() {
    let dir = std::env::temp_dir().join(format!("mc-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}", dir.join("live.db").display());
    assert!(microcontracts(&["migrate"], &url).status.success());
    let loaded = microcontracts(&["demo", "--load-only"], &url);
    assert!(loaded.status.success(), "{}", String::from_utf8_lossy(&loaded.stderr));
    // Loading twice changes nothing.
    assert!(microcontracts(&["demo", "--load-only"], &url).status.success());

    let live = Db::connect(&url).await.unwrap();
    // The demo's own notifications are queued already; one more is added here.
    let queued = outbox::recent(&live, 1000).await.unwrap().len();
    assert!(queued > 0, "the demo deals told people by email");
    outbox::enqueue(
        &live,
        &outbox::NewEmail {
            recipient: "a@leeds.gov.uk",
            subject: "s",
            body_text: "b",
            one_time_link: false,
            unsubscribe_url: None,
        },
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    let backup_file = dir.join("backup.db");
    let out = microcontracts(&["backup", "--to", backup_file.to_str().unwrap()], &url);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let again = microcontracts(&["backup", "--to", backup_file.to_str().unwrap()], &url);
    assert!(!again.status.success(), "an existing file is never overwritten");

    let restored = Db::connect(&format!("sqlite://{}", backup_file.display()))
        .await
        .unwrap();
    for (live_db, name) in [(&live, "live"), (&restored, "restored")] {
        let wok = organisations::find_by_code(live_db, "WOK").await.unwrap().unwrap();
        assert_eq!(
            organisations::domains(live_db, wok.id).await.unwrap().len(),
            1,
            "{name}"
        );
        assert!(
            users::find_by_email(live_db, "alex.morgan@wokingham.gov.uk")
                .await
                .unwrap()
                .is_some(),
            "{name}"
        );
        assert_eq!(outbox::recent(live_db, 1000).await.unwrap().len(), queued + 1, "{name}");
        assert_eq!(store::bookings::count(live_db).await.unwrap(), 13, "{name}");
    }
    assert!(
        users::find_by_email(&restored, "operator@microcontracts.invalid")
            .await
            .unwrap()
            .unwrap()
            .platform_admin
    );
    live.close().await;
    restored.close().await;
    let _ = std::fs::remove_dir_all(Path::new(&dir));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verify_reports_every_breach_of_the_ledger() {
    let dir = std::env::temp_dir().join(format!("mc-verify-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}", dir.join("ledger.db").display());
    assert!(microcontracts(&["demo", "--load-only"], &url).status.success());
    let clean = microcontracts(&["verify"], &url);
    assert!(clean.status.success(), "{}", String::from_utf8_lossy(&clean.stdout));
    assert!(String::from_utf8_lossy(&clean.stdout).contains("keeps every invariant"));

    // Someone edits the database behind the service's back: an entry that does not
    // balance, a kept balance that no longer equals its postings, and the network's sums.
    let db = Db::connect(&url).await.unwrap();
    store::testing::execute_raw(
        &db,
        "INSERT INTO journal_entries (id, kind, source_type, source_id, memo, created_at)
         VALUES (9001, 'hour_credits', 'manual', 1, 'tampered', '2026-11-27T10:00:00Z');
         INSERT INTO journal_postings (entry_id, org_id, account, currency, amount)
         VALUES (9001, 1, 'hour_credits', 'minutes', 60);
         INSERT INTO ledger_balances (org_id, account, balance) VALUES (2, 'bank', 500);
         UPDATE lending_monthly SET minutes = minutes + 60
         WHERE month = (SELECT MIN(month) FROM lending_monthly)
           AND supplier_org_id = (SELECT MIN(supplier_org_id) FROM lending_monthly
                                  WHERE month = (SELECT MIN(month) FROM lending_monthly))",
    )
    .await
    .unwrap();
    db.close().await;
    let out = microcontracts(&["verify"], &url);
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(!out.status.success());
    assert!(
        text.contains("BREACH entry-balances: journal entry 9001 is out by 60 in minutes"),
        "{text}"
    );
    assert!(
        text.contains("BREACH balance-equals-postings: council 1 account hour_credits"),
        "{text}"
    );
    assert!(
        text.contains("BREACH balance-equals-postings: council 2 account bank"),
        "{text}"
    );
    // The collaboration network's kept sums, changed behind the service's back.
    assert!(text.contains("BREACH network-equals-approved-time: council "), "{text}");
    let _ = std::fs::remove_dir_all(Path::new(&dir));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn month_end_runs_as_a_platform_admin_and_never_twice() {
    let dir = std::env::temp_dir().join(format!("mc-month-end-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}", dir.join("m.db").display());
    assert!(microcontracts(&["demo", "--load-only"], &url).status.success());
    let db = Db::connect(&url).await.unwrap();
    let before = store::invoices::count(&db).await.unwrap();
    assert!(before > 0, "the demo drafts and issues invoices");

    let not_admin = microcontracts(&["month-end", "--by", "alex.morgan@wokingham.gov.uk"], &url);
    assert!(!not_admin.status.success());
    assert!(String::from_utf8_lossy(&not_admin.stderr).contains("is not a platform admin"));
    let bad_month = microcontracts(
        &[
            "month-end",
            "--by",
            "operator@microcontracts.invalid",
            "--month",
            "2026-13",
        ],
        &url,
    );
    assert!(!bad_month.status.success());
    assert!(String::from_utf8_lossy(&bad_month.stderr).contains("--month must be a month as YYYY-MM"));

    // The demo has run month-end for this month already: its time is taken, so a run
    // (as the scheduler might repeat it) drafts nothing again.
    let this_month = domain::weeks::london_date(chrono::Utc::now())
        .format("%Y-%m")
        .to_string();
    let out = microcontracts(
        &[
            "month-end",
            "--by",
            "operator@microcontracts.invalid",
            "--month",
            &this_month,
        ],
        &url,
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("0 draft invoices made for {this_month}.")
    );
    assert_eq!(store::invoices::count(&db).await.unwrap(), before);
    db.close().await;
    let _ = std::fs::remove_dir_all(Path::new(&dir));
}

#[test]
fn operator_commands_refuse_a_database_that_is_not_there() {
    let dir = std::env::temp_dir().join(format!("mc-cli-missing-{}", std::process::id()));
    let missing = dir.join("mistyped.db");
    let url = format!("sqlite://{}", missing.display());
    let backup_to = dir.join("backup.db");
    for args in [vec!["verify"], vec!["backup", "--to", backup_to.to_str().unwrap()]] {
        let out = microcontracts(&args, &url);
        assert!(!out.status.success(), "{args:?} must fail");
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(said.contains("there is no SQLite database at"), "{args:?}: {said}");
        assert!(!missing.exists(), "{args:?} created the database");
        assert!(!backup_to.exists(), "{args:?} wrote a backup");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_are_served_only_on_their_own_listener() {
    let dir = std::env::temp_dir().join(format!("mc-cli-metrics-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (port, metrics_port) = (free_port(), free_port());
    let _served = Served(
        Command::new(env!("CARGO_BIN_EXE_microcontracts"))
            .arg("serve")
            .env("DATABASE_URL", format!("sqlite://{}", dir.join("m.db").display()))
            .env("BIND", format!("127.0.0.1:{port}"))
            .env("METRICS_BIND", format!("127.0.0.1:{metrics_port}"))
            .env("MAIL_FOLDER", dir.join("mail"))
            .env("SECRETS_KEY_FILE", dir.join("secrets.key"))
            .env("SECRETS_KEY_FILE", dir.join("secrets.key"))
            .env("RUST_LOG", "warn")
            .spawn()
            .expect("the binary runs"),
    );
    app::outbound::install_tls_provider();
    let client = reqwest::Client::new();
    let base = format!("http://127.0.0.1:{port}");
    wait_until_up(&client, &base).await;
    let public = client.get(format!("{base}/metrics")).send().await.unwrap();
    assert_eq!(public.status(), 404, "not on the public listener");
    let private = client
        .get(format!("http://127.0.0.1:{metrics_port}/metrics"))
        .send()
        .await
        .unwrap();
    assert_eq!(private.status(), 200);
    let body = private.text().await.unwrap();
    assert!(
        body.contains("http_requests_total") && body.contains("db_pool_connections"),
        "{body}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_logs_carry_each_requests_reference() {
    let dir = std::env::temp_dir().join(format!("mc-cli-logs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let port = free_port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_microcontracts"))
        .arg("serve")
        .env("DATABASE_URL", format!("sqlite://{}", dir.join("l.db").display()))
        .env("BIND", format!("127.0.0.1:{port}"))
        .env("MAIL_FOLDER", dir.join("mail"))
        .env("SECRETS_KEY_FILE", dir.join("secrets.key"))
        .env("LOG_FORMAT", "json")
        .env("RUST_LOG", "info")
        .stderr(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("the binary runs");
    app::outbound::install_tls_provider();
    let client = reqwest::Client::new();
    let base = format!("http://127.0.0.1:{port}");
    let mut page = None;
    for _ in 0..100 {
        if let Ok(r) = client.get(format!("{base}/no-such-page")).send().await {
            page = Some(r);
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let page = page.expect("the service started");
    let reference = page.headers()["x-request-id"].to_str().unwrap().to_string();
    assert_eq!(reference.len(), 16, "{reference}");
    let html = page.text().await.unwrap();
    assert!(html.contains(&format!("quote this reference: {reference}")), "{html}");
    // A proxy's own reference is kept; a client's attempt to write into the logs is not.
    let kept = client
        .get(format!("{base}/healthz"))
        .header("x-request-id", "proxy-42.a")
        .send()
        .await
        .unwrap();
    assert_eq!(kept.headers()["x-request-id"], "proxy-42.a");
    let replaced = client
        .get(format!("{base}/healthz"))
        .header("x-request-id", "x\" injected=1")
        .send()
        .await
        .unwrap();
    assert_ne!(replaced.headers()["x-request-id"], "x\" injected=1");
    let _ = child.kill();
    let output = child.wait_with_output().unwrap();
    let logs = String::from_utf8_lossy(&output.stderr);
    let lines: Vec<serde_json::Value> = logs
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|_| panic!("not a JSON log line: {l}")))
        .collect();
    let about_it = lines
        .iter()
        .find(|l| l["span"]["request_id"] == reference.as_str())
        .unwrap_or_else(|| panic!("no log line carries {reference}: {logs}"));
    assert_eq!(about_it["span"]["path"], "/no-such-page");
    assert!(about_it["level"].is_string() && about_it["timestamp"].is_string());
    let _ = std::fs::remove_dir_all(&dir);
}
