//! The retention schedule: the privacy notice prints it, and the daily run applies it on
//! the right day, once a day, to nothing that is not due, with an audit entry of counts.

use crate::cast::{active_contract, cast, decide, listed_profile, post_week};
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

/// Every council's balance in every account.
async fn balances(app: &TestApp, councils: &[i64]) -> Vec<i64> {
    use domain::ledger::Account;
    let mut all = Vec::new();
    for &org in councils {
        for account in Account::ALL {
            all.push(store::ledger::balance(app.db(), org, account).await.unwrap());
        }
    }
    all
}

async fn assert_verified(app: &TestApp) {
    let mut breaches = store::ledger::verify(app.db()).await.unwrap();
    breaches.extend(store::invoices::verify(app.db()).await.unwrap());
    breaches.extend(store::income::verify(app.db(), app.backend()).await.unwrap());
    assert!(breaches.is_empty(), "{breaches:?}");
}

/// Records a day of Mei's time on `contract` this week and has Dan approve it.
async fn approved_day(app: &TestApp, c: &crate::cast::Cast, contract: i64, hours: &str) {
    let r = post_week(app, &c.mei, contract, &[hours], "submit").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        decide(app, &c.dan, contract, "approve", "").await.status(),
        StatusCode::SEE_OTHER
    );
}

async fn contract_records_go_after_six_financial_years(app: TestApp) {
    let c = cast(&app).await;
    listed_profile(&app, app.person("mei@leeds.gov.uk", "", None, &[]).await, c.leeds, 40).await;
    let paid = active_contract(&app, &c, Settlement::Money, 4, 5).await;
    let unpaid = active_contract(&app, &c, Settlement::Money, 4, 5).await;
    let credits = active_contract(&app, &c, Settlement::HourCredits, 4, 5).await;
    // Runs for 60 weeks: it ends in a later financial year than the others.
    let longer = active_contract(&app, &c, Settlement::Money, 60, 1).await;
    for (contract, hours) in [(paid, "7.5"), (unpaid, "3"), (credits, "4"), (longer, "1")] {
        approved_day(&app, &c, contract, hours).await;
    }
    let month = domain::weeks::Week::current(app.clock.now())
        .monday()
        .format("%Y-%m")
        .to_string();
    let r = app
        .post_form_as(&c.tom, "/councils/LDS/invoices/generate", &[("month", &month)])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let today = domain::weeks::london_date(app.clock.now()).to_string();
    for invoice in store::invoices::list(app.db(), c.leeds, true).await.unwrap() {
        let path = format!("/invoices/{}", invoice.id);
        let r = app.post_form_as(&c.tom, &format!("{path}/issue"), &[]).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        if invoice.contract_id != unpaid {
            let paying = [("paid_on", today.as_str()), ("reference", "BACS 1")];
            let r = app.post_form_as(&c.fay, &format!("{path}/pay"), &paying).await;
            assert_eq!(r.status(), StatusCode::SEE_OTHER);
        }
    }
    for contract in [paid, unpaid, credits] {
        let r = app
            .post_form_as(&c.dan, &format!("/contracts/{contract}/complete"), &[("side", "buyer")])
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
    }
    let councils = [c.leeds, c.wokingham];
    let before = balances(&app, &councils).await;
    assert!(before.iter().any(|b| *b != 0));
    assert_verified(&app).await;

    // Kept to the last day of the sixth financial year after the one the contract ended in.
    let paid_contract = store::contracts::find(app.db(), paid).await.unwrap().unwrap();
    let (_, terms) = app::contracts::current_terms(app.db(), &paid_contract).await.unwrap();
    let ended = domain::weeks::london_date(app.clock.now()).max(terms.end);
    let last_kept = domain::retention::contract_records_kept_until(ended);
    let noon = domain::dates::start_of_london_day(last_kept) + Duration::hours(12);
    app.clock.advance(noon - app.clock.now());
    let applied = app::retention::run(&app.state).await.unwrap().unwrap();
    assert_eq!(applied.contracts_removed, 0, "kept to the end of {last_kept}");
    assert!(store::contracts::find(app.db(), paid).await.unwrap().is_some());

    // The next day the settled contracts go with their time, invoices and journal entries;
    // the one with an unpaid invoice stays, and so does the one that ended later.
    app.clock.advance(Duration::days(1));
    let applied = app::retention::run(&app.state).await.unwrap().unwrap();
    assert_eq!(
        (
            applied.contracts_removed,
            applied.time_entries_removed,
            applied.invoices_removed
        ),
        (2, 2, 1)
    );
    for (contract, kept) in [(paid, false), (credits, false), (unpaid, true), (longer, true)] {
        let found = store::contracts::find(app.db(), contract).await.unwrap();
        assert_eq!(found.is_some(), kept, "contract {contract}");
        let time = store::time_entries::for_contract(app.db(), contract).await.unwrap();
        assert_eq!(time.len(), usize::from(kept), "time of contract {contract}");
    }
    let invoices = store::invoices::list(app.db(), c.leeds, true).await.unwrap();
    assert_eq!(
        invoices
            .iter()
            .map(|i| i.contract_id)
            .collect::<std::collections::BTreeSet<_>>(),
        [unpaid, longer].into(),
    );
    assert_eq!(balances(&app, &councils).await, before, "balances are brought forward");
    assert_verified(&app).await;
    let run = audit(&app).await;
    let last = run.iter().find(|e| e.action == "retention-applied").unwrap();
    let counts: serde_json::Value = serde_json::from_str(last.after_json.as_deref().unwrap()).unwrap();
    assert_eq!(counts["contracts_removed"], 2);

    // Paid at last, the other goes on the next run; the longer one in its own year.
    let unpaid_invoice = invoices.iter().find(|i| i.contract_id == unpaid).unwrap().id;
    let fay = app.person("fay@wokingham.gov.uk", "", None, &[]).await;
    let by = app::By {
        user_id: Some(fay),
        client_ip: "",
    };
    let paid_on = domain::weeks::london_date(app.clock.now());
    app::invoices::pay(&app.state, by, unpaid_invoice, paid_on, "BACS 2")
        .await
        .unwrap();
    app.clock.advance(Duration::days(1));
    let applied = app::retention::run(&app.state).await.unwrap().unwrap();
    assert_eq!(applied.contracts_removed, 1);
    assert!(store::contracts::find(app.db(), longer).await.unwrap().is_some());
    assert_verified(&app).await;
}
on_both!(each_kind_goes_on_its_day, contract_records_go_after_six_financial_years);

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
        "not while an invoice on the contract is unpaid",
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
