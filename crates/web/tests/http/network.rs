//! The collaboration network: built from signed contracts and approved time only, its
//! figures equal what was approved, it names councils and never people, and it is for
//! people signed in.

use crate::cast::{active_contract, cast, decide, post_week};
use crate::harness::{location, new_client, TestApp};
use crate::on_both;
use domain::bookings::Settlement;
use domain::clock::Clock;
use reqwest::StatusCode;

async fn lending_shows_once_time_is_approved(app: TestApp) {
    let c = cast(&app).await;
    let page = app.text_as(&c.dan, "/network").await;
    assert!(page.contains("No council lent time to another in this period."));
    let k = active_contract(&app, &c, Settlement::Money, 4, 10).await;
    let r = post_week(&app, &c.mei, k, &["7.5", "7.5"], "submit").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // Signed, with time submitted but not approved: the contract counts, the hours do not.
    let page = app.text_as(&c.dan, "/network").await;
    assert!(page.contains("2 councils in 1 lending relationship"), "{page}");
    let json: serde_json::Value = app.get_as(&c.dan, "/network.json").await.json().await.unwrap();
    assert_eq!(json["flows"][0]["contracts_signed"], 1);
    assert_eq!(json["flows"][0]["minutes"], 0);
    decide(&app, &c.dan, k, "approve", "").await;
    let json: serde_json::Value = app.get_as(&c.tom, "/network.json").await.json().await.unwrap();
    let flow = &json["flows"][0];
    assert_eq!(
        (flow["lender"].as_str(), flow["borrower"].as_str()),
        (Some("LDS"), Some("WOK"))
    );
    assert_eq!(
        (flow["minutes"].as_i64(), flow["money_value_pence"].as_i64()),
        (Some(900), Some(75_000))
    );
    assert_eq!(flow["settlement"], "money");
    let leeds = json["councils"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["code"] == "LDS")
        .unwrap();
    assert_eq!(
        (leeds["given_minutes"].as_i64(), leeds["received_minutes"].as_i64()),
        (Some(900), Some(0))
    );
    // The map: a keyboard-reachable link per council with its figures, and the table.
    let page = app.text_as(&c.stranger, "/network").await;
    assert!(
        page.contains("aria-label=\"Leeds: gave 15 hours, received 0 hours\""),
        "{page}"
    );
    assert!(page.contains("<path d=\"M"), "an edge is drawn");
    assert!(page.contains("id=\"network-table\""));
    assert!(page.contains("£750.00"));
    // The CSV: the same row.
    let csv = app.get_as(&c.dan, "/network.csv").await.text().await.unwrap();
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("lender_code,lender,borrower_code"));
    let row = lines.next().unwrap();
    assert!(row.starts_with("LDS,Leeds City Council,WOK,"), "{row}");
    assert!(row.contains(",money,1,15,750.00,0"), "{row}");
    // Nobody is named: only councils.
    for shown in [page.as_str(), csv.as_str(), &json.to_string()] {
        assert!(!shown.contains("Mei Chen"));
    }
    // A council's own view: its partner, balance and quarters.
    let leeds_page = app.text_as(&c.stranger, "/network/LDS").await;
    assert!(leeds_page.contains("Wokingham"));
    assert!(
        leeds_page.contains("Gave 15 hours more than it received"),
        "{leeds_page}"
    );
    let wokingham_page = app.text_as(&c.dan, "/network/WOK").await;
    assert!(wokingham_page.contains("Received 15 hours more than it gave"));
    assert!(wokingham_page.contains("id=\"quarters\""));
    // Filters: a region neither council is in shows nothing; one of them shows the pair.
    let page = app.text_as(&c.dan, "/network?region=London").await;
    assert!(page.contains("No council lent time to another in this period."));
    let page = app.text_as(&c.dan, "/network?region=South+East").await;
    assert!(page.contains("1 lending relationship"));
    // The network's sums agree with approved time.
    assert!(store::income::verify(app.db(), app.backend()).await.unwrap().is_empty());
    // The public statistics: three councils with members, Mei listed, one contract of 40
    // hours signed, 15 hours worked worth £750.00; no person or council named.
    let page = new_client()
        .get(app.url("/statistics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for figure in [
        "id=\"councils-taking-part\">3<",
        "id=\"practitioners-listed\">1<",
        "id=\"hours-worked\">15<",
        "id=\"value\">£750.00<",
    ] {
        assert!(page.contains(figure), "{figure}");
    }
    let current = page
        .split("<tbody")
        .nth(1)
        .unwrap()
        .split("</tr>")
        .filter(|r| r.contains("<td"))
        .last()
        .unwrap();
    assert!(current.contains(">40</td>"), "hours contracted this quarter: {current}");
    assert!(!page.contains("Mei Chen") && !page.contains("Leeds"));
}

async fn a_period_must_be_quarters_in_order(app: TestApp) {
    let c = cast(&app).await;
    let this = domain::network::Quarter::containing(domain::weeks::london_date(app.clock.now()));
    let cases = [
        (
            format!("from={}&to={}", "2026-05", this.first_month()),
            "Choose a quarter from the list",
        ),
        (
            format!("from={}&to={}", this.first_month(), this.plus(-1).first_month()),
            "The first quarter must be the same as or before the last",
        ),
        (
            format!("from={}&to={}", this.plus(-20).first_month(), this.first_month()),
            "Choose a period of 20 quarters (5 years) or less",
        ),
    ];
    for (query, message) in cases {
        for path in ["/network", "/network/LDS"] {
            let r = app.get_as(&c.dan, &format!("{path}?{query}")).await;
            assert_eq!(r.status(), StatusCode::BAD_REQUEST, "{path}?{query}");
            let page = r.text().await.unwrap();
            assert!(
                page.contains("govuk-error-summary") && page.contains(message),
                "{path}?{query}"
            );
        }
        let r = app.get_as(&c.dan, &format!("/network.csv?{query}")).await;
        assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    }
    let r = app.get_as(&c.dan, "/network/NOWHERE").await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

async fn visitors_are_asked_to_sign_in(app: TestApp) {
    cast(&app).await;
    let visitor = new_client();
    for path in ["/network", "/network.csv", "/network.json", "/network/LDS"] {
        let r = app.get_as(&visitor, path).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{path}");
        assert!(location(&r).starts_with("/sign-in?return_to="), "{path}");
    }
}

/// The network and the sector statistics through the API: the same figures as the pages'
/// downloads; the network needs a token, the statistics do not.
async fn the_picture_through_the_api(app: TestApp) {
    use crate::cast::{api, token};
    use reqwest::Method;
    let c = cast(&app).await;
    let k = active_contract(&app, &c, Settlement::HourCredits, 4, 10).await;
    post_week(&app, &c.mei, k, &["7.5"], "submit").await;
    decide(&app, &c.dan, k, "approve", "").await;
    let reader = token(&app, &c.dan, &["profiles:read"]).await;
    let (status, body) = api(&app, Method::GET, Some(&reader), "/api/v1/network", None).await;
    assert_eq!(status, StatusCode::OK);
    let page: serde_json::Value = app.get_as(&c.dan, "/network.json").await.json().await.unwrap();
    assert_eq!(body, page, "the API gives what the page's download gives");
    assert_eq!(body["flows"][0]["hour_credit_minutes"], 450);
    assert_eq!(body["flows"][0]["settlement"], "hour_credits");
    let this = domain::network::Quarter::containing(domain::weeks::london_date(app.clock.now()));
    let later = format!(
        "/api/v1/network?from={}&to={}",
        this.plus(1).first_month(),
        this.plus(2).first_month()
    );
    let (status, body) = api(&app, Method::GET, Some(&reader), &later, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["flows"].as_array().map(Vec::len), Some(0), "nothing lent then");
    for bad in [
        format!("from={}&to={}", this.first_month(), this.plus(-1).first_month()),
        "from=2026-05".to_string(),
    ] {
        let (status, body) = api(
            &app,
            Method::GET,
            Some(&reader),
            &format!("/api/v1/network?{bad}"),
            None,
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}: {body}");
    }
    let (status, _) = api(&app, Method::GET, None, "/api/v1/network", None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    let (status, quarters) = api(&app, Method::GET, None, "/api/v1/statistics", None).await;
    assert_eq!(status, StatusCode::OK);
    let last = quarters.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["first_month"], this.first_month());
    assert_eq!(last["contracts_signed"], 1);
    // The day worked may fall in the quarter before, in a quarter's first days.
    let worked: i64 = quarters
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|q| q["worked_minutes"].as_i64())
        .sum();
    assert_eq!(worked, 450);
    assert_eq!(last["value_pence"], 0, "settled in hour credits");
    assert_eq!(last["councils"], 3);
}

on_both!(
    lending_shows_once_time_is_approved,
    a_period_must_be_quarters_in_order,
    visitors_are_asked_to_sign_in,
    the_picture_through_the_api
);
