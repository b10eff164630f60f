//! Email is never lost when the mail server is down: it is retried with backoff and stays
//! visible in the outbox.

use crate::harness::TestApp;
use crate::on_both;
use chrono::Duration;
use domain::email::OutboxStatus;
use std::sync::atomic::Ordering;
use store::outbox;

async fn mail_server_down_then_up(app: TestApp) {
    app.onboard("LDS", "leeds.gov.uk").await;
    app.mail.failing.store(true, Ordering::SeqCst);
    app.post_form("/sign-up", &[("display_name", "Mo"), ("email", "mo@leeds.gov.uk")])
        .await;
    assert!(app.deliver_mail().await.is_empty());
    let queued = &outbox::recent(app.db(), 10).await.unwrap()[0];
    assert_eq!(queued.status, OutboxStatus::Pending);
    assert_eq!(queued.attempts, 1);
    assert_eq!(
        queued.last_error.as_deref(),
        Some("the mail server refused or did not answer: connection refused")
    );

    // Not retried before its time, even with the server back.
    app.mail.failing.store(false, Ordering::SeqCst);
    assert!(app.deliver_mail().await.is_empty());
    app.clock.advance(Duration::seconds(31));
    let sent = app.deliver_mail().await;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].recipient, "mo@leeds.gov.uk");
    let row = &outbox::recent(app.db(), 10).await.unwrap()[0];
    assert_eq!((row.status, row.attempts), (OutboxStatus::Sent, 2));
    assert!(app.deliver_mail().await.is_empty(), "sent once only");
}

async fn failed_mail_stays_visible(app: TestApp) {
    app.onboard("LDS", "leeds.gov.uk").await;
    app.mail.failing.store(true, Ordering::SeqCst);
    app.post_form("/forgot-password", &[("email", "x@leeds.gov.uk")]).await;
    app.person("mo@leeds.gov.uk", "Mo", Some("LDS"), &[]).await;
    app.post_form("/forgot-password", &[("email", "mo@leeds.gov.uk")]).await;
    for _ in 0..jobs::outbox_worker::MAX_ATTEMPTS {
        app.deliver_mail().await;
        app.clock.advance(Duration::hours(2));
    }
    let row = &outbox::recent(app.db(), 10).await.unwrap()[0];
    assert_eq!(row.status, OutboxStatus::Failed);
    assert_eq!(row.attempts, jobs::outbox_worker::MAX_ATTEMPTS);
    let operator = app.signed_in("operator@microcontracts.test").await;
    let page = app.get_as(&operator, "/admin/outbox").await.text().await.unwrap();
    assert!(page.contains("mo@leeds.gov.uk") && page.contains("Failed"), "{page}");
    assert!(
        !page.contains("/reset-password/"),
        "the outbox page never shows the links in messages"
    );
    // The dashboard counts it and links to the failed emails alone.
    assert_eq!(
        crate::dashboard::figure(&app, &operator, "Emails that could not be sent").await,
        "1"
    );
    assert!(app
        .text_as(&operator, "/admin")
        .await
        .contains("href=\"/admin/outbox?status=failed\""));
    let failed = app.text_as(&operator, "/admin/outbox?status=failed").await;
    assert!(
        failed.contains("mo@leeds.gov.uk") && failed.contains("Showing only emails"),
        "{failed}"
    );
}

async fn housekeeping_forgets_what_has_expired(app: TestApp) {
    app.person("mo@leeds.gov.uk", "Mo", Some("LDS"), &[]).await;
    let browser = app.signed_in("mo@leeds.gov.uk").await;
    app.sign_in_as(&crate::harness::new_client(), "mo@leeds.gov.uk", "wrong password here")
        .await;
    app.post_form("/forgot-password", &[("email", "mo@leeds.gov.uk")]).await;
    let clock: std::sync::Arc<dyn domain::clock::Clock> = app.clock.clone();

    let nothing_yet = jobs::housekeeping::sweep(app.db(), &clock).await.unwrap();
    assert_eq!(nothing_yet, jobs::housekeeping::Swept::default());

    app.clock.advance(Duration::days(91));
    let swept = jobs::housekeeping::sweep(app.db(), &clock).await.unwrap();
    assert_eq!((swept.sessions, swept.sign_in_attempts, swept.email_links), (1, 2, 1));
    assert_eq!(
        app.get_as(&browser, "/account").await.status(),
        reqwest::StatusCode::SEE_OTHER
    );
}

async fn one_time_links_are_not_kept_once_sent(app: TestApp) {
    app.onboard("LDS", "leeds.gov.uk").await;
    app.person("ola@leeds.gov.uk", "Ola", Some("LDS"), &[]).await;
    app.post_form("/sign-up", &[("display_name", "Mo"), ("email", "mo@leeds.gov.uk")])
        .await;
    app.post_form("/forgot-password", &[("email", "ola@leeds.gov.uk")])
        .await;
    let queued = outbox::recent(app.db(), 10).await.unwrap();
    assert!(
        queued.iter().all(|m| m.body_text.contains("http")),
        "links are there until sent"
    );
    let sent = app.deliver_mail().await;
    assert_eq!(sent.len(), 2);
    let links: Vec<String> = sent
        .iter()
        .map(|m| {
            let link = m.body_text.split_whitespace().find(|w| w.starts_with("http")).unwrap();
            link.rsplit('/').next().unwrap().to_string()
        })
        .collect();
    for row in outbox::recent(app.db(), 10).await.unwrap() {
        assert_eq!(row.status, OutboxStatus::Sent);
        assert_eq!(row.body_text, "", "the body with its link is gone");
        assert!(row.redacted_at.is_some() && row.sent_at.is_some());
        assert!(!row.subject.is_empty() && row.recipient.ends_with("@leeds.gov.uk"));
    }
    let operator = app.signed_in("operator@microcontracts.test").await;
    let page = app.get_as(&operator, "/admin/outbox").await.text().await.unwrap();
    assert!(
        page.contains("mo@leeds.gov.uk") && page.contains("Body removed under the retention schedule"),
        "{page}"
    );
    // A backup made now holds no working link.
    if app.backend() == store::Backend::Sqlite {
        let file = std::env::temp_dir().join(format!("mc-redacted-{}.db", std::process::id()));
        let _ = std::fs::remove_file(&file);
        store::backup::sqlite_backup(app.db(), &file).await.unwrap();
        let bytes = std::fs::read(&file).unwrap();
        let _ = std::fs::remove_file(&file);
        for token in &links {
            let found = bytes.windows(token.len()).any(|w| w == token.as_bytes());
            assert!(!found, "the backup holds a one-time link");
        }
    }
}

on_both!(
    one_time_links_are_not_kept_once_sent,
    mail_server_down_then_up,
    failed_mail_stays_visible,
    housekeeping_forgets_what_has_expired
);
