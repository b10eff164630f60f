//! The retention schedule: the privacy notice prints it, and the daily run applies it on
//! the right day, once a day, to nothing that is not due, with an audit entry of counts.

use crate::cast::{active_contract, cast, listed_profile};
use crate::harness::{Spawn, TestApp};
use crate::on_both;
use chrono::Duration;
use domain::bookings::Settlement;
use domain::clock::Clock;
use reqwest::StatusCode;
use serde_json::json;
use store::notifications::{self, NewNotification};

/// Every audit event, newest first.
async fn audit(app: &TestApp) -> Vec<store::audit::Event> {
    store::audit::list(app.db(), None, None, 100_000).await.unwrap()
}

async fn runs_recorded(app: &TestApp) -> usize {
    audit(app)
        .await
        .iter()
        .filter(|e| e.action == "retention-applied")
        .count()
}

async fn each_kind_goes_on_its_day(app: TestApp) {
    let c = cast(&app).await;
    let mei = app.person("mei@leeds.gov.uk", "", None, &[]).await;
    let profile = listed_profile(&app, mei, c.leeds, 20).await;
    active_contract(&app, &c, Settlement::Money, 4, 10).await;
    let note = NewNotification {
        user_id: mei,
        message_key: "notification-booking-requested",
        args: json!({}),
        link: "/work",
        for_digest: false,
    };
    notifications::add(app.db(), &note, app.clock.now()).await.unwrap();
    let r = app.post_form_as(&c.mei, "/profile/listing/withdraw", &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);

    // Today: nothing is due yet, and the day's run is made once only.
    let first = app::retention::run(&app.state).await.unwrap().expect("today's run");
    assert_eq!(first, app::retention::Applied::default());
    assert_eq!(app::retention::run(&app.state).await.unwrap(), None, "once a day");
    assert_eq!(runs_recorded(&app).await, 1);
    // The audit log stays append-only for what is not yet due.
    let deleted = store::testing::execute_raw(app.db(), "DELETE FROM audit_events").await;
    assert!(deleted.is_err(), "recent audit events cannot be deleted");

    // 31 days on: the withdrawn profile is anonymised; nothing else is due.
    app.clock.advance(Duration::days(31));
    let applied = app::retention::run(&app.state).await.unwrap().unwrap();
    assert_eq!(
        (
            applied.profiles_anonymised,
            applied.notifications_deleted,
            applied.audit_events_deleted
        ),
        (1, 0, 0)
    );
    let p = store::profiles::find_by_user(app.db(), mei).await.unwrap().unwrap();
    assert_eq!((p.id, p.headline.as_str(), p.about.as_str()), (profile, "", ""));
    assert_eq!(p.display_name, "Mei Chen", "the name stays: the contract carries it");
    assert_eq!(
        notifications::recent(app.db(), mei, 10).await.unwrap().len(),
        1,
        "kept for a year"
    );

    // A year on: the notification goes.
    app.clock.advance(Duration::days(365));
    let applied = app::retention::run(&app.state).await.unwrap().unwrap();
    assert_eq!((applied.notifications_deleted, applied.profiles_anonymised), (1, 0));
    assert!(notifications::recent(app.db(), mei, 10).await.unwrap().is_empty());
    let before = audit(&app).await.len();

    // Six years after the first events: they go, and nothing later does.
    app.clock.advance(Duration::days(6 * 365 + 2 - 396 + 2));
    let applied = app::retention::run(&app.state).await.unwrap().unwrap();
    assert!(applied.audit_events_deleted > 0);
    let after = audit(&app).await;
    assert_eq!(
        after.len(),
        before - applied.audit_events_deleted as usize + 1,
        "only what was due"
    );
    assert_eq!(runs_recorded(&app).await, 3, "the runs of the last six years stay");
    assert!(after
        .iter()
        .all(|e| e.occurred_at >= app.clock.now() - Duration::days(6 * 365)));
    // The ledger's sums still equal approved time.
    assert!(store::income::verify(app.db(), app.backend()).await.unwrap().is_empty());
}
on_both!(each_kind_goes_on_its_day);

async fn the_privacy_notice_prints_the_schedule(app: TestApp) {
    let page = app.get("/privacy").await.text().await.unwrap();
    for shown in [
        "Example Borough Services Ltd runs the platform",
        "dpo@example.test",
        "Sign-in records",
        "90 days",
        "Audit log",
        "6 years",
        "1 year",
        "Withdrawn profiles",
        "30 days",
        "6 years after the end of the financial year in which the contract ended",
        "Public task (Article 6(1)(e))",
        "Information Commissioner&#x27;s Office",
        "0303 123 1113",
    ] {
        assert!(page.contains(shown), "{shown}");
    }
}

mod privacy_notice {
    use super::*;

    async fn privacy_notice(backend: store::Backend) {
        let app = TestApp::spawn_with(
            backend,
            Spawn {
                configure: Box::new(|config| {
                    config.operator_name = "Example Borough Services Ltd".into();
                    config.privacy_contact = Some("dpo@example.test".into());
                }),
                ..Spawn::default()
            },
        )
        .await;
        the_privacy_notice_prints_the_schedule(app).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        privacy_notice(store::Backend::Sqlite).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        privacy_notice(store::Backend::Postgres).await;
    }
}
