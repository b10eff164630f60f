//! Time over HTTP: recording and submitting a week, the buyer's approval and query, the
//! contract's cap and dates, hour credits moving at approval within the credit limit
//! (also when approvals race), deemed approval, and who may do what.

use crate::cast::{active_contract, cast, decide, post_week};
use crate::harness::{error_summary, location, TestApp};
use crate::on_both;
use domain::bank_holidays::HolidayArea;
use domain::bookings::Settlement;
use domain::clock::Clock;
use domain::ledger::Account;
use domain::roles::Role;
use reqwest::{Client, StatusCode};
use store::contracts;
use store::{ledger, time_entries};

async fn entries(app: &TestApp, contract: i64) -> Vec<(String, i64)> {
    let mut e: Vec<(String, i64)> = time_entries::for_contract(app.db(), contract)
        .await
        .unwrap()
        .into_iter()
        .map(|e| (e.status.to_string(), e.minutes))
        .collect();
    e.reverse();
    e
}

async fn record_submit_query_and_approve(app: TestApp) {
    let c = cast(&app).await;
    let k = active_contract(&app, &c, Settlement::Money, 4, 10).await;
    assert_eq!(app.get_as(&c.mei, "/timesheet").await.status(), StatusCode::OK);
    // A bad cell says which cell, and nothing is saved.
    let r = post_week(&app, &c.mei, k, &["2", "1.3"], "save").await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        error_summary(&r.text().await.unwrap()),
        vec!["Enter hours in quarter hours, like 2.25, 2.5 or 2.75"]
    );
    assert!(entries(&app, k).await.is_empty());
    let r = post_week(&app, &c.mei, k, &["2", "1.5"], "save").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        entries(&app, k).await,
        vec![("draft".into(), 120), ("draft".into(), 90)]
    );
    let r = post_week(&app, &c.mei, k, &["2", "1.5"], "submit").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        entries(&app, k).await,
        vec![("submitted".into(), 120), ("submitted".into(), 90)]
    );
    // Submitted time is no longer Mei's to change.
    post_week(&app, &c.mei, k, &["8", "8"], "save").await;
    assert_eq!(
        entries(&app, k).await,
        vec![("submitted".into(), 120), ("submitted".into(), 90)]
    );
    // Dan queries it; Mei fixes and submits again; Dan approves.
    let r = decide(&app, &c.dan, k, "query", "").await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = decide(&app, &c.dan, k, "query", "Tuesday was 1.25 hours, I think").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let sheet = app.get_as(&c.mei, "/timesheet").await.text().await.unwrap();
    assert!(sheet.contains("Tuesday was 1.25 hours, I think"));
    post_week(&app, &c.mei, k, &["2", "1.25"], "submit").await;
    let r = decide(&app, &c.dan, k, "approve", "").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        entries(&app, k).await,
        vec![("approved".into(), 120), ("approved".into(), 75)]
    );
    let page = app
        .get_as(&c.dan, &format!("/contracts/{k}/time"))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("3.25 hours approved"), "{page}");
    // Money contracts move nothing in the ledger until invoiced.
    assert_eq!(
        ledger::balance(app.db(), c.wokingham, Account::HourCredits)
            .await
            .unwrap(),
        0
    );
    assert!(ledger::verify(app.db()).await.unwrap().is_empty());
}

async fn the_cap_and_the_dates_hold(app: TestApp) {
    let c = cast(&app).await;
    // Last week only: this week is outside the contract's dates.
    let ended = active_contract(&app, &c, Settlement::Money, 1, 3).await;
    let sheet = app.get_as(&c.mei, "/timesheet").await.text().await.unwrap();
    assert!(
        !sheet.contains(&format!("c{ended}-")),
        "no cells after the contract ends"
    );
    let r = post_week(&app, &c.mei, ended, &["2"], "save").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(
        entries(&app, ended).await.is_empty(),
        "cells the page did not offer are ignored"
    );
    // Two weeks of 3 hours: 6 hours in all.
    let k = active_contract(&app, &c, Settlement::Money, 2, 3).await;
    let r = post_week(&app, &c.mei, k, &["4", "2.25"], "submit").await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let text = error_summary(&r.text().await.unwrap()).join(" ");
    assert!(
        text.contains("has 6 hours left under its cap") && text.contains("variation"),
        "{text}"
    );
    assert_eq!(
        entries(&app, k).await,
        vec![("draft".into(), 240), ("draft".into(), 135)]
    );
    let r = post_week(&app, &c.mei, k, &["4", "2"], "submit").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

async fn hour_credits_move_at_approval_within_the_limit(app: TestApp) {
    let c = cast(&app).await;
    let k = active_contract(&app, &c, Settlement::HourCredits, 4, 10).await;
    let operator = app.person("operator@microcontracts.test", "Operator", None, &[]).await;
    let mut tx = app.db().begin().await.unwrap();
    ledger::set_credit_limit(&mut tx, c.wokingham, 120, operator, app.clock.now())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    post_week(&app, &c.mei, k, &["2", "1"], "submit").await;
    let r = decide(&app, &c.dan, k, "approve", "").await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let text = error_summary(&r.text().await.unwrap()).join(" ");
    assert!(
        text.contains("below its hour-credit limit") && text.contains("2 more hours"),
        "{text}"
    );
    assert_eq!(
        entries(&app, k).await,
        vec![("submitted".into(), 120), ("submitted".into(), 60)]
    );
    assert_eq!(
        ledger::balance(app.db(), c.wokingham, Account::HourCredits)
            .await
            .unwrap(),
        0
    );
    let mut tx = app.db().begin().await.unwrap();
    ledger::set_credit_limit(&mut tx, c.wokingham, 600, operator, app.clock.now())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    // Two buyers approve at once: the credits move once.
    let (a, b) = tokio::join!(
        decide(&app, &c.dan, k, "approve", ""),
        decide(&app, &c.bea, k, "approve", "")
    );
    assert!(a.status() == StatusCode::SEE_OTHER && b.status() == StatusCode::SEE_OTHER);
    assert_eq!(
        ledger::balance(app.db(), c.wokingham, Account::HourCredits)
            .await
            .unwrap(),
        -180
    );
    assert_eq!(
        ledger::balance(app.db(), c.leeds, Account::HourCredits).await.unwrap(),
        180
    );
    // Approving again changes nothing.
    decide(&app, &c.dan, k, "approve", "").await;
    assert_eq!(
        ledger::balance(app.db(), c.leeds, Account::HourCredits).await.unwrap(),
        180
    );
    assert!(ledger::verify(app.db()).await.unwrap().is_empty());
}

async fn deemed_approval_after_the_buyers_days(app: TestApp) {
    let c = cast(&app).await;
    let k = active_contract(&app, &c, Settlement::HourCredits, 4, 10).await;
    let dan = app.person("dan@wokingham.gov.uk", "", None, &[]).await;
    let mut tx = app.db().begin().await.unwrap();
    time_entries::set_deemed_days(&mut tx, c.wokingham, Some(3), dan, app.clock.now())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    post_week(&app, &c.mei, k, &["2"], "submit").await;
    let deem = || app::timesheets::deem_due(&app.state);
    assert_eq!(deem().await.unwrap(), 0);
    // Three working days in England (Wokingham's), whatever day the clock starts on.
    let submitted = app.clock.now();
    let due = domain::calendar::working_days_deadline(HolidayArea::EnglandAndWales, submitted, 3);
    assert!(due - submitted >= chrono::Duration::days(3));
    app.clock.advance(due - submitted - chrono::Duration::seconds(1));
    assert_eq!(deem().await.unwrap(), 0);
    app.clock.advance(chrono::Duration::seconds(1));
    assert_eq!(deem().await.unwrap(), 1);
    assert_eq!(deem().await.unwrap(), 0);
    let e = &time_entries::for_contract(app.db(), k).await.unwrap()[0];
    assert_eq!((e.status.as_str(), e.deemed), ("approved", true));
    assert_eq!(
        ledger::balance(app.db(), c.leeds, Account::HourCredits).await.unwrap(),
        120
    );
    assert!(ledger::verify(app.db()).await.unwrap().is_empty());
}

async fn only_the_buyer_answers_and_only_the_parties_see(app: TestApp) {
    let c = cast(&app).await;
    let k = active_contract(&app, &c, Settlement::Money, 4, 10).await;
    post_week(&app, &c.mei, k, &["2"], "submit").await;
    let path = format!("/contracts/{k}/time");
    assert_eq!(app.get_as(&c.stranger, &path).await.status(), StatusCode::FORBIDDEN);
    for client in [&c.stranger, &c.mei, &c.tom] {
        let r = decide(&app, client, k, "approve", "").await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
    }
    // Hal cannot record time on Mei's contract: the cells are not his to fill.
    let r = post_week(&app, &c.stranger, k, &["5"], "save").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(entries(&app, k).await, vec![("submitted".into(), 120)]);
    assert_eq!(app.get_as(&c.tom, &path).await.status(), StatusCode::OK);
}

async fn settings_are_kept_by_their_owners(app: TestApp) {
    let c = cast(&app).await;
    app.person("wes@wokingham.gov.uk", "Wes Admin", Some("WOK"), &[Role::CouncilAdmin])
        .await;
    app.person("operator@microcontracts.test", "Operator", None, &[]).await;
    let wes = app.signed_in("wes@wokingham.gov.uk").await;
    let operator = app.signed_in("operator@microcontracts.test").await;
    // Deemed approval: Wokingham's admins only.
    for client in [&c.dan, &c.stranger] {
        let r = app
            .post_form_as(client, "/councils/WOK/time-settings", &[("deemed_days", "5")])
            .await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
    }
    let r = app
        .post_form_as(&wes, "/councils/WOK/time-settings", &[("deemed_days", "45")])
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = app
        .post_form_as(&wes, "/councils/WOK/time-settings", &[("deemed_days", "5")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(time_entries::deemed_days(app.db(), c.wokingham).await.unwrap(), Some(5));
    // Credit limits: platform admins only.
    for client in [&wes, &c.stranger] {
        let r = app
            .post_form_as(client, "/admin/councils/WOK/credit-limit", &[("hours", "500")])
            .await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
    }
    let r = app
        .post_form_as(&operator, "/admin/councils/WOK/credit-limit", &[("hours", "-1")])
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = app
        .post_form_as(&operator, "/admin/councils/WOK/credit-limit", &[("hours", "40")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(ledger::credit_limit(app.db(), c.wokingham).await.unwrap(), 40 * 60);
}

async fn feedback_once_each_side_after_completion(app: TestApp) {
    let c = cast(&app).await;
    let k = active_contract(&app, &c, Settlement::Money, 4, 10).await;
    let path = format!("/contracts/{k}/feedback");
    let give = |client: &Client, side: &'static str, rating: &'static str| {
        let path = path.clone();
        let client = client.clone();
        let app = &app;
        async move {
            app.post_form_as(
                &client,
                &path,
                &[("side", side), ("rating", rating), ("comment", "Thorough and kind")],
            )
            .await
        }
    };
    assert_eq!(
        give(&c.dan, "buyer", "4").await.status(),
        StatusCode::CONFLICT,
        "not completed yet"
    );
    let dan = app.person("dan@wokingham.gov.uk", "", None, &[]).await;
    let mut tx = app.db().begin().await.unwrap();
    assert!(
        contracts::end(&mut tx, k, "active", "completed", dan, None, app.clock.now())
            .await
            .unwrap()
    );
    tx.commit().await.unwrap();
    assert_eq!(give(&c.dan, "buyer", "9").await.status(), StatusCode::BAD_REQUEST);
    let given = give(&c.dan, "buyer", "4").await;
    assert_eq!(given.status(), StatusCode::SEE_OTHER);
    let confirmed = app.get_as(&c.dan, &location(&given)).await.text().await.unwrap();
    assert!(
        confirmed.contains("Thank you: your feedback is recorded"),
        "a confirmation"
    );
    assert_eq!(
        give(&c.bea, "buyer", "1").await.status(),
        StatusCode::CONFLICT,
        "once per side"
    );
    assert_eq!(give(&c.dan, "supplier", "5").await.status(), StatusCode::FORBIDDEN);
    assert_eq!(give(&c.mei, "supplier", "5").await.status(), StatusCode::FORBIDDEN);
    assert_eq!(give(&c.stranger, "buyer", "1").await.status(), StatusCode::FORBIDDEN);
    assert_eq!(give(&c.tom, "supplier", "5").await.status(), StatusCode::SEE_OTHER);
    let page = app.get_as(&c.mei, &path).await.text().await.unwrap();
    assert!(
        page.contains("The buying council&#x27;s rating: 4 out of 5")
            || page.contains("The buying council's rating: 4 out of 5"),
        "{page}"
    );
    let profile = store::profiles::find_by_user(app.db(), app.person("mei@leeds.gov.uk", "", None, &[]).await)
        .await
        .unwrap()
        .unwrap()
        .id;
    let page = app
        .get_as(&c.dan, &format!("/pool/{profile}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Rated 4.0 out of 5 by buying councils (1 contract)"),
        "{page}"
    );
    // The practitioner sees it on their own profile page too.
    let own = app.get_as(&c.mei, "/profile").await.text().await.unwrap();
    assert!(
        own.contains("Rated 4.0 out of 5 by buying councils (1 contract)"),
        "{own}"
    );
}

on_both!(
    feedback_once_each_side_after_completion,
    settings_are_kept_by_their_owners,
    record_submit_query_and_approve,
    the_cap_and_the_dates_hold,
    hour_credits_move_at_approval_within_the_limit,
    deemed_approval_after_the_buyers_days,
    only_the_buyer_answers_and_only_the_parties_see
);
