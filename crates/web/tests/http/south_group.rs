//! The peer group the meetings' tests share: the South Digital Peer Group, led by Ruth at
//! Leeds, with Hal, Hackney's admin, outside it.

use crate::harness::{location, TestApp};
use chrono::Datelike;
use domain::roles::Role;
use reqwest::StatusCode;

pub const SLUG: &str = "south-digital-peer-group";

/// Next year: a day in it is always ahead of the test clock.
pub fn next_year() -> String {
    (chrono::Utc::now().year() + 1).to_string()
}

/// Onboards Leeds and Hackney with Ruth and Hal, and has the operator create the group
/// with Ruth as its first lead.
pub async fn create(app: &TestApp) {
    app.onboard("LDS", "leeds.gov.uk").await;
    app.onboard("HCK", "hackney.gov.uk").await;
    app.person("operator@microcontracts.test", "Operator", None, &[]).await;
    app.person("ruth@leeds.gov.uk", "Ruth", Some("LDS"), &[Role::CouncilAdmin])
        .await;
    app.person("hal@hackney.gov.uk", "Hal", Some("HCK"), &[Role::CouncilAdmin])
        .await;
    let operator = app.signed_in("operator@microcontracts.test").await;
    let r = app
        .post_form_as(
            &operator,
            "/groups/new",
            &[
                ("name", "South Digital Peer Group"),
                ("region", "South"),
                ("lead_email", "ruth@leeds.gov.uk"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

/// The person with this email joins the group (their council must be a member).
pub async fn join(app: &TestApp, email: &str) {
    let client = app.signed_in(email).await;
    let r = app.post_form_as(&client, &format!("/groups/{SLUG}/join"), &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "{email} joins");
}

/// A meeting's form: on `day` `month` of next year, 10:00 to 15:30 at Leeds.
pub fn meeting_form<'a>(
    theme: &'a str,
    (day, month): (&'a str, &'a str),
    capacity: &'a str,
    year: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("theme", theme),
        ("date-day", day),
        ("date-month", month),
        ("date-year", year),
        ("starts", "10:00"),
        ("ends", "15:30"),
        ("host", "LDS"),
        ("venue", "Civic Hall, Leeds"),
        ("online_link", ""),
        ("capacity", capacity),
    ]
}

/// Ruth schedules a meeting; returns its id.
pub async fn schedule(app: &TestApp, theme: &str, day: (&str, &str), capacity: &str) -> i64 {
    let ruth = app.signed_in("ruth@leeds.gov.uk").await;
    let year = next_year();
    let r = app
        .post_form_as(
            &ruth,
            &format!("/groups/{SLUG}/meetings/new"),
            &meeting_form(theme, day, capacity, &year),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "{theme}");
    location(&r)
        .trim_start_matches("/meetings/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// The group with Mei (Leeds) and Wes (Wokingham's admin) joined, Wokingham a member;
/// Hal (Hackney) outside it.
pub async fn create_with_wokingham(app: &TestApp) {
    create(app).await;
    app.onboard("WOK", "wokingham.gov.uk").await;
    app.person("mei@leeds.gov.uk", "Mei", Some("LDS"), &[Role::Practitioner])
        .await;
    app.person("wes@wokingham.gov.uk", "Wes", Some("WOK"), &[Role::CouncilAdmin])
        .await;
    let ruth = app.signed_in("ruth@leeds.gov.uk").await;
    app.post_form_as(&ruth, &format!("/groups/{SLUG}/councils"), &[("council", "WOK")])
        .await;
    let wes = app.signed_in("wes@wokingham.gov.uk").await;
    app.post_form_as(
        &wes,
        &format!("/groups/{SLUG}/councils/WOK/answer"),
        &[("answer", "accept")],
    )
    .await;
    for email in ["wes@wokingham.gov.uk", "mei@leeds.gov.uk"] {
        join(app, email).await;
    }
}
