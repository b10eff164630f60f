//! Time and invoices through the API: the pages' rules and access, narrowed by scopes.

use crate::cast::{active_contract_for_api, cast};
use crate::cast::{api, token};
use crate::on_both;
use domain::bookings::Settlement;
use reqwest::{Method, StatusCode};
use serde_json::json;

async fn time_to_paid_invoice(app: crate::harness::TestApp) {
    let c = cast(&app).await;
    let k = active_contract_for_api(&app, &c, Settlement::Money).await;
    let monday = domain::weeks::Week::current(domain::clock::Clock::now(app.clock.as_ref())).monday();
    let mei = token(&app, &c.mei, &["deals:read", "deals:write"]).await;
    let path = format!("/api/v1/contracts/{k}/time");
    // Quarter hours only; then 2.5 hours submitted at once.
    let bad = json!({ "days": [{ "date": monday, "minutes": 20, "description": "x" }], "submit": true });
    let (status, _) = api(&app, Method::POST, Some(&mei), &path, Some(bad)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let good = json!({ "days": [{ "date": monday, "minutes": 150, "description": "Interviews" }], "submit": true });
    let (status, body) = api(&app, Method::POST, Some(&mei), &path, Some(good)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body[0]["status"], "submitted");
    let entry = body[0]["id"].clone();
    // Only the buyer answers; a token without deals:write cannot.
    let dan_read = token(&app, &c.dan, &["deals:read"]).await;
    let answer = json!({ "entries": [entry] });
    let (status, _) = api(
        &app,
        Method::POST,
        Some(&dan_read),
        &format!("{path}/approve"),
        Some(answer.clone()),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = api(
        &app,
        Method::POST,
        Some(&mei),
        &format!("{path}/approve"),
        Some(answer.clone()),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let dan = token(&app, &c.dan, &["deals:read", "deals:write"]).await;
    let (status, body) = api(&app, Method::POST, Some(&dan), &format!("{path}/approve"), Some(answer)).await;
    assert_eq!((status, body[0]["status"].as_str()), (StatusCode::OK, Some("approved")));
    // An approved day is the buyer's now: changing or clearing it is refused, naming it.
    let tuesday = monday + chrono::Duration::days(1);
    for minutes in [60, 0] {
        let change = json!({ "days": [
            { "date": tuesday, "minutes": 30, "description": "More" },
            { "date": monday, "minutes": minutes, "description": "Again" }
        ] });
        let (status, problem) = api(&app, Method::POST, Some(&mei), &path, Some(change)).await;
        assert_eq!(status, StatusCode::CONFLICT, "{problem}");
        assert!(
            problem["detail"].as_str().unwrap().contains(&monday.to_string()),
            "{problem}"
        );
    }
    let (_, time) = api(&app, Method::GET, Some(&mei), &path, None).await;
    assert_eq!(time.as_array().unwrap().len(), 1, "nothing saved: {time}");
    assert_eq!(
        (time[0]["minutes"].as_i64(), time[0]["status"].as_str()),
        (Some(150), Some("approved"))
    );
    let hal = token(&app, &c.stranger, &["deals:read", "invoices:read", "invoices:write"]).await;
    let (status, _) = api(&app, Method::GET, Some(&hal), &path, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Leeds's finance officer invoices the month, issues; Wokingham's pays.
    let tom = token(&app, &c.tom, &["invoices:read", "invoices:write"]).await;
    let month = monday.format("%Y-%m").to_string();
    let (status, drafts) = api(
        &app,
        Method::POST,
        Some(&tom),
        "/api/v1/councils/LDS/invoices",
        Some(json!({ "month": month })),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{drafts}");
    assert_eq!(drafts[0]["total_pence"], 12_500);
    let id = drafts[0]["id"].clone();
    let (status, _) = api(
        &app,
        Method::POST,
        Some(&hal),
        "/api/v1/councils/LDS/invoices",
        Some(json!({ "month": month })),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, issued) = api(
        &app,
        Method::POST,
        Some(&tom),
        &format!("/api/v1/invoices/{id}/issue"),
        None,
    )
    .await;
    assert_eq!(
        (status, issued["number"].as_str()),
        (StatusCode::OK, Some("LDS-000001"))
    );
    assert_eq!(issued["lines"][0]["minutes"], 150);
    let fay = token(&app, &c.fay, &["invoices:read", "invoices:write"]).await;
    let (status, received) = api(
        &app,
        Method::GET,
        Some(&fay),
        "/api/v1/councils/WOK/invoices?side=buyer",
        None,
    )
    .await;
    assert_eq!(
        (status, received.as_array().map(|a| a.len())),
        (StatusCode::OK, Some(1))
    );
    let today = domain::weeks::london_date(domain::clock::Clock::now(app.clock.as_ref()));
    let pay = json!({ "paid_on": today, "reference": "BACS 99" });
    let (status, _) = api(
        &app,
        Method::POST,
        Some(&hal),
        &format!("/api/v1/invoices/{id}/pay"),
        Some(pay.clone()),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, paid) = api(
        &app,
        Method::POST,
        Some(&fay),
        &format!("/api/v1/invoices/{id}/pay"),
        Some(pay),
    )
    .await;
    assert_eq!((status, paid["status"].as_str()), (StatusCode::OK, Some("paid")));
    // Income and balances.
    let (status, income) = api(&app, Method::GET, Some(&tom), "/api/v1/councils/LDS/income", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(income["months"][0]["value_pence"], 12_500);
    let bank = income["balances"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["account"] == "bank")
        .unwrap();
    assert_eq!(bank["balance"], 12_500);
    let (status, _) = api(&app, Method::GET, Some(&hal), "/api/v1/councils/LDS/income", None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

on_both!(time_to_paid_invoice);
