//! Email is never lost when the mail server is down: it is retried with backoff and stays
//! visible in the outbox.

use crate::harness::TestApp;
use crate::on_both;
use chrono::Duration;
use std::sync::atomic::Ordering;
use store::outbox;

async fn mail_server_down_then_up(app: TestApp) {
    app.onboard("LDS", "leeds.gov.uk").await;
    app.mail.failing.store(true, Ordering::SeqCst);
    app.post_form("/sign-up", &[("display_name", "Mo"), ("email", "mo@leeds.gov.uk")])
        .await;
    assert!(app.deliver_mail().await.is_empty());
    let queued = &outbox::recent(app.db(), 10).await.unwrap()[0];
    assert_eq!(queued.status, "pending");
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
    assert_eq!((row.status.as_str(), row.attempts), ("sent", 2));
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
    assert_eq!(row.status, "failed");
    assert_eq!(row.attempts, jobs::outbox_worker::MAX_ATTEMPTS);
    let operator = app.signed_in("operator@microcontracts.test").await;
    let page = app.get_as(&operator, "/admin/outbox").await.text().await.unwrap();
    assert!(page.contains("mo@leeds.gov.uk") && page.contains("Failed"), "{page}");
    assert!(
        !page.contains("/reset-password/"),
        "the outbox page never shows the links in messages"
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

on_both!(
    mail_server_down_then_up,
    failed_mail_stays_visible,
    housekeeping_forgets_what_has_expired
);
