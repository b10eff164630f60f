//! The shared cast of the HTTP tests: councils and their people signed in, listed
//! profiles, API tokens, and contracts made active, as several features' tests need them.

use crate::harness::TestApp;
use domain::bookings::Settlement;
use domain::clock::Clock;
use domain::contracts::{InvoicingFrequency, Side, Terms, VatTreatment};
use domain::roles::Role;
use domain::weeks::Week;
use reqwest::{Client, StatusCode};
use scraper::{Html, Selector};
use serde_json::Value;
use store::contracts::{self, NewContract, NewVersion};
use store::profiles::{self, DetailsUpdate, ImportProfile};
use store::{agreements, reference, time_entries};

pub(crate) struct Cast {
    pub(crate) mei: Client,
    pub(crate) dan: Client,
    pub(crate) bea: Client,
    pub(crate) tom: Client,
    pub(crate) fay: Client,
    pub(crate) stranger: Client,
    pub(crate) leeds: i64,
    pub(crate) wokingham: i64,
}

pub(crate) async fn cast(app: &TestApp) -> Cast {
    let leeds = app.onboard("LDS", "leeds.gov.uk").await;
    let wokingham = app.onboard("WOK", "wokingham.gov.uk").await;
    app.onboard("HCK", "hackney.gov.uk").await;
    app.person("mei@leeds.gov.uk", "Mei Chen", Some("LDS"), &[Role::Practitioner])
        .await;
    app.person(
        "tom@leeds.gov.uk",
        "Tom Barker",
        Some("LDS"),
        &[Role::Manager, Role::Finance],
    )
    .await;
    app.person("dan@wokingham.gov.uk", "Dan Hughes", Some("WOK"), &[Role::Buyer])
        .await;
    app.person("bea@wokingham.gov.uk", "Bea Buyer", Some("WOK"), &[Role::Buyer])
        .await;
    app.person("fay@wokingham.gov.uk", "Fay Finance", Some("WOK"), &[Role::Finance])
        .await;
    app.person(
        "hal@hackney.gov.uk",
        "Hal Stranger",
        Some("HCK"),
        &[
            Role::Buyer,
            Role::Manager,
            Role::CouncilAdmin,
            Role::Practitioner,
            Role::Finance,
        ],
    )
    .await;
    Cast {
        mei: app.signed_in("mei@leeds.gov.uk").await,
        dan: app.signed_in("dan@wokingham.gov.uk").await,
        bea: app.signed_in("bea@wokingham.gov.uk").await,
        tom: app.signed_in("tom@leeds.gov.uk").await,
        fay: app.signed_in("fay@wokingham.gov.uk").await,
        stranger: app.signed_in("hal@hackney.gov.uk").await,
        leeds,
        wokingham,
    }
}

/// An active contract for Mei, Wokingham buying from Leeds, from last week's Monday for
/// `weeks` weeks at `hours` a week and £50 an hour.
pub(crate) async fn active_contract(app: &TestApp, c: &Cast, settlement: Settlement, weeks: i64, hours: i64) -> i64 {
    contract_with_vat(app, c, settlement, weeks, hours, VatTreatment::OutsideScope).await
}

/// An active money or credit contract for the API tests (four weeks, ten hours a week).
pub(crate) async fn active_contract_for_api(app: &TestApp, c: &Cast, settlement: Settlement) -> i64 {
    active_contract(app, c, settlement, 4, 10).await
}

pub(crate) async fn contract_with_vat(
    app: &TestApp,
    c: &Cast,
    settlement: Settlement,
    weeks: i64,
    hours: i64,
    vat: VatTreatment,
) -> i64 {
    let now = app.clock.now();
    let mei = app.person("mei@leeds.gov.uk", "", None, &[]).await;
    let dan = app.person("dan@wokingham.gov.uk", "", None, &[]).await;
    let profile = match store::profiles::find_by_user(app.db(), mei).await.unwrap() {
        Some(p) => p.id,
        None => listed_profile(app, mei, c.leeds, 20).await,
    };
    let first = Week::current(now).plus(-1);
    let last = first.plus(weeks - 1);
    let mut tx = app.db().begin().await.unwrap();
    let agreement = match agreements::current(&mut tx).await.unwrap() {
        Some(a) => a.id,
        None => agreements::publish(&mut tx, "1.0", "Agreement", "1. Terms.", dan, now)
            .await
            .unwrap(),
    };
    let legal_basis = agreements::legal_bases(&mut tx, false).await.unwrap()[0].id;
    let new = NewContract {
        buyer_org_id: c.wokingham,
        supplier_org_id: c.leeds,
        profile_id: profile,
        practitioner_id: mei,
        booking_id: None,
        purpose: "Research with residents",
        lgsl_id: None,
        agreement_version_id: agreement,
        buyer_contact_id: Some(dan),
        supplier_contact_id: None,
    };
    let id = contracts::create(&mut tx, &new, now).await.unwrap();
    let terms = Terms {
        rate_pence: 5000,
        schedule: domain::bookings::weekly(first, last, hours * 60),
        start: first.monday(),
        end: last.sunday(),
        settlement,
        invoicing: InvoicingFrequency::Monthly,
        po_number: None,
        vat,
        payment_terms_days: 30,
        legal_basis_id: legal_basis,
    };
    let version = NewVersion {
        contract_id: id,
        version: 1,
        status: "accepted",
        terms: &terms,
        summary: "",
        proposed_by_side: Side::Supplier,
        proposed_by: dan,
    };
    contracts::add_version(&mut tx, &version, now).await.unwrap();
    contracts::record_acceptance(&mut tx, id, Side::Buyer, dan, now)
        .await
        .unwrap();
    contracts::record_acceptance(&mut tx, id, Side::Supplier, dan, now)
        .await
        .unwrap();
    assert!(contracts::activate_if_accepted(&mut tx, id, now).await.unwrap());
    tx.commit().await.unwrap();
    id
}

pub(crate) fn week(app: &TestApp) -> Week {
    Week::current(app.clock.now())
}

/// Posts the week with `hours` on its first days for `contract`.
pub(crate) async fn post_week(
    app: &TestApp,
    client: &Client,
    contract: i64,
    hours: &[&str],
    action: &str,
) -> reqwest::Response {
    let w = week(app);
    let mut fields = vec![
        ("week".to_string(), w.iso()),
        ("action".to_string(), action.to_string()),
    ];
    for (i, h) in hours.iter().enumerate() {
        let date = w.monday() + chrono::Duration::days(i as i64);
        fields.push((format!("c{contract}-{date}-hours"), h.to_string()));
        fields.push((
            format!("c{contract}-{date}-description"),
            "Interviews with residents".to_string(),
        ));
    }
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    app.post_form_as(client, "/timesheet", &borrowed).await
}

pub(crate) async fn decide(
    app: &TestApp,
    client: &Client,
    contract: i64,
    action: &str,
    comment: &str,
) -> reqwest::Response {
    let ids: Vec<String> = time_entries::for_contract(app.db(), contract)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.status == domain::timesheets::TimeStatus::Submitted)
        .map(|e| e.id.to_string())
        .collect();
    let mut fields = vec![("action", action), ("comment", comment)];
    fields.extend(ids.iter().map(|id| ("entry", id.as_str())));
    app.post_form_as(client, &format!("/contracts/{contract}/time"), &fields)
        .await
}

pub(crate) async fn listed_profile(app: &TestApp, user_id: i64, org_id: i64, hours: i64) -> i64 {
    let level = reference::levels(app.db())
        .await
        .unwrap()
        .into_iter()
        .find(|l| l.name == "Senior user researcher")
        .unwrap();
    let today = domain::weeks::london_date(app.clock.now());
    let p = ImportProfile {
        user_id,
        org_id,
        details: DetailsUpdate {
            display_name: "Mei Chen",
            headline: "User researcher for waste services",
            about: "Interviews with residents about bin collections.",
            region: Some("Yorkshire and The Humber"),
            work_mode: "either",
            contact_email: None,
        },
        level_ids: &[level.id],
        skill_ids: &[],
        lgsl_ids: &[524],
        done_before: &[],
        capacity_minutes: hours * 60,
        available_from: today - chrono::Duration::days(30),
        available_to: None,
        unavailable_weeks: &[],
        status: "listed",
    };
    let mut tx = app.db().begin().await.unwrap();
    let id = store::profiles::import(&mut tx, &p, app.clock.now()).await.unwrap();
    store::profiles::set_manager_fields(&mut tx, id, Some(6500), None, app.clock.now())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    id
}

/// A listed profile in Leeds with a private contact email.
pub(crate) async fn listed_in_leeds_with_contact(app: &TestApp) -> i64 {
    app.onboard("LDS", "leeds.gov.uk").await;
    let user = app
        .person("mei@leeds.gov.uk", "Mei Chen", Some("LDS"), &[Role::Practitioner])
        .await;
    let org = store::organisations::find_by_code(app.db(), "LDS")
        .await
        .unwrap()
        .unwrap();
    let level = reference::levels(app.db())
        .await
        .unwrap()
        .into_iter()
        .find(|l| l.name == "Senior user researcher")
        .unwrap();
    let now = chrono::Utc::now();
    let mut tx = app.db().begin().await.unwrap();
    let id = profiles::create(&mut tx, user, org.id, "Mei Chen", now).await.unwrap();
    let details = DetailsUpdate {
        display_name: "Mei Chen",
        headline: "User researcher",
        about: "Residents.",
        region: Some("London"),
        work_mode: "remote",
        contact_email: Some("mei.private@leeds.gov.uk"),
    };
    profiles::update_details(&mut tx, id, &details, now).await.unwrap();
    profiles::put_role(&mut tx, id, level.id).await.unwrap();
    profiles::set_capacity(
        &mut tx,
        id,
        240,
        domain::weeks::london_date(now) - chrono::Duration::days(7),
        None,
        now,
    )
    .await
    .unwrap();
    profiles::set_status(&mut tx, id, "listed", None, now).await.unwrap();
    tx.commit().await.unwrap();
    id
}

/// Creates a token on the account page, as a person would, and returns it.
pub(crate) async fn token(app: &TestApp, client: &Client, scopes: &[&str]) -> String {
    let mut fields = vec![("name", "Rota system")];
    fields.extend(scopes.iter().map(|s| ("scopes", *s)));
    let made = app.post_form_as(client, "/account/api-tokens", &fields).await;
    shown_once(app, client, made).await
}

/// Follows the redirect after a token is made: the next page shows the token, and a
/// refresh of it does not.
pub(crate) async fn shown_once(app: &TestApp, client: &Client, made: reqwest::Response) -> String {
    assert_eq!(made.status(), StatusCode::SEE_OTHER, "post/redirect/get");
    let next = crate::harness::location(&made);
    let new_token = |html: &str| -> Option<String> {
        Html::parse_document(html)
            .select(&Selector::parse("#new-token").unwrap())
            .next()
            .map(|e| e.text().collect())
    };
    let first = app.get_as(client, &next).await.text().await.unwrap();
    let again = app.get_as(client, &next).await.text().await.unwrap();
    assert_eq!(new_token(&again), None, "a refresh does not show the token again");
    new_token(&first).expect("the new token is shown")
}

pub(crate) async fn api(
    app: &TestApp,
    method: reqwest::Method,
    token: Option<&str>,
    path: &str,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let mut request = Client::new().request(method, app.url(path));
    if let Some(t) = token {
        request = request.bearer_auth(t);
    }
    if let Some(b) = body {
        request = request.json(&b);
    }
    let response = request.send().await.unwrap();
    let status = response.status();
    let text = response.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}
