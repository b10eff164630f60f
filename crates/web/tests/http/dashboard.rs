//! The platform dashboard: what waits and what is stuck, read as a platform admin sees it.
//! Other features' tests check their own items appear (bookings about to lapse, overdue
//! invoices, failed emails); this file holds the reader and the checks of the page itself.

use crate::harness::TestApp;
use crate::on_both;
use reqwest::{Client, StatusCode};
use scraper::{Html, Selector};

/// The rows of the dashboard's table under the heading `section` ("bookings-lapsing",
/// "invoices-overdue", "profiles-awaiting", "signups"), each as its cells' text.
pub(crate) async fn rows(app: &TestApp, operator: &Client, section: &str) -> Vec<Vec<String>> {
    let html = app.text_as(operator, "/admin").await;
    let page = Html::parse_document(&html);
    let rows = Selector::parse(&format!("[aria-labelledby=\"{section}\"] tbody tr")).unwrap();
    let cell = Selector::parse("td").unwrap();
    page.select(&rows)
        .map(|row| {
            row.select(&cell)
                .map(|c| c.text().collect::<String>().trim().to_string())
                .collect()
        })
        .collect()
}

/// The "At a glance" figure whose label starts with `label`.
pub(crate) async fn figure(app: &TestApp, operator: &Client, label: &str) -> String {
    let html = app.text_as(operator, "/admin").await;
    let page = Html::parse_document(&html);
    let row = Selector::parse(".govuk-summary-list__row").unwrap();
    let key = Selector::parse(".govuk-summary-list__key").unwrap();
    let value = Selector::parse(".govuk-summary-list__value").unwrap();
    page.select(&row)
        .find(|r| {
            r.select(&key)
                .any(|k| k.text().collect::<String>().trim().starts_with(label))
        })
        .and_then(|r| r.select(&value).next())
        .map(|v| v.text().collect::<String>().trim().to_string())
        .unwrap_or_else(|| panic!("no figure {label}"))
}

async fn sign_ups_and_profiles_waiting_show(app: TestApp) {
    let leeds = app.onboard("LDS", "leeds.gov.uk").await;
    let mei = app
        .person(
            "mei@leeds.gov.uk",
            "Mei Chen",
            Some("LDS"),
            &[domain::roles::Role::Practitioner],
        )
        .await;
    let operator = app.signed_in("operator@microcontracts.test").await;
    assert_eq!(figure(&app, &operator, "Accounts made in the last 7 days").await, "2");
    assert_eq!(figure(&app, &operator, "Profiles waiting").await, "0");
    let newest = rows(&app, &operator, "signups").await;
    assert_eq!(newest[0][..2], ["Mei Chen", "Leeds City Council"]);
    assert_eq!(newest[1][..2], ["Operator", "Not yet a member of a council"]);

    let now = domain::clock::Clock::now(app.clock.as_ref());
    let mut tx = app.db().begin().await.unwrap();
    let profile = store::profiles::create(&mut tx, mei, leeds, "Mei Chen", now)
        .await
        .unwrap();
    store::profiles::set_status(&mut tx, profile, "awaiting_approval", None, now)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let mei_client = app.signed_in("mei@leeds.gov.uk").await;
    assert_eq!(figure(&app, &operator, "Profiles waiting").await, "1");
    let waiting = rows(&app, &operator, "profiles-awaiting").await;
    assert_eq!(waiting[0][..2], ["Mei Chen", "Leeds City Council"]);
    let html = app.text_as(&operator, "/admin").await;
    assert!(html.contains(&format!("href=\"/admin/profiles/{profile}\"")));

    // A week on, the accounts are no longer new; the profile still waits.
    app.clock.advance(chrono::Duration::days(8));
    let operator = app.signed_in("operator@microcontracts.test").await;
    assert_eq!(figure(&app, &operator, "Accounts made in the last 7 days").await, "0");
    assert_eq!(figure(&app, &operator, "Accounts made in the last 30 days").await, "2");

    // Only a platform admin sees it.
    for client in [&mei_client, &crate::harness::new_client()] {
        let r = app.get_as(client, "/admin").await;
        assert!(
            matches!(r.status(), StatusCode::FORBIDDEN | StatusCode::SEE_OTHER),
            "{}",
            r.status()
        );
    }
}

on_both!(sign_ups_and_profiles_waiting_show);
