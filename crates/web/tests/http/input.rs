//! What no input may do, however malformed: control characters are refused with 400 before
//! they reach the database, on pages and in the API alike.

use crate::cast::cast;
use crate::cast::token;
use crate::harness::TestApp;
use crate::on_both;
use reqwest::StatusCode;

fn content_type(r: &reqwest::Response) -> String {
    r.headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

async fn control_characters_are_refused_before_the_database(app: TestApp) {
    let c = cast(&app).await;
    let bearer = token(&app, &c.tom, &["invoices:read", "deals:write", "deals:read"]).await;
    let api = reqwest::Client::new();

    // The API answers problem+json.
    for path in [
        "/api/v1/councils/%00/income",
        "/api/v1/councils/LDS%00/invoices",
        "/api/v1/councils/%1B/rate-card",
        "/api/v1/organisations?q=%00",
        "/api/v1/profiles?q=a%00b",
        // The open contracting data is read by programs too.
        "/ocds/releases.json?since=%00",
        "/ocds/ocds-x%00/record.json",
    ] {
        let r = api.get(app.url(path)).bearer_auth(&bearer).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::BAD_REQUEST, "{path}");
        assert_eq!(content_type(&r), "application/problem+json", "{path}");
    }
    for body in [
        r#"{"council":"\u0000","profile_id":1}"#,
        "{\"council\":\"LDS\",\"purpose\":\"a\u{0}b\"}",
        r#"{"council":"L\u001bDS"}"#,
    ] {
        let r = api
            .post(app.url("/api/v1/bookings"))
            .bearer_auth(&bearer)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(content_type(&r), "application/problem+json", "{body}");
    }

    // Pages answer with the GOV.UK error page.
    for path in [
        "/councils/%00/income",
        "/councils/%00/members",
        "/councils/LDS/income.csv%00",
        "/pool?q=%00",
        "/opportunities?q=x%07",
    ] {
        let r = app.get_as(&c.tom, path).await;
        assert_eq!(r.status(), StatusCode::BAD_REQUEST, "{path}");
        assert!(content_type(&r).starts_with("text/html"), "{path}");
        assert!(r.text().await.unwrap().contains("govuk-heading-l"), "{path}");
    }
    let r = app
        .post_form_as(&c.mei, "/profile/details", &[("display_name", "Mei\u{0}Chen")])
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);

    // An ocid that is not UTF-8 once decoded names no process: problem+json, not plain text.
    let r = api.get(app.url("/ocds/%FF%FE/releases.json")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(content_type(&r), "application/problem+json");

    // An id that is not a number, on a page: the GOV.UK page, not axum's plain text.
    for path in [
        "/bookings/not-a-number",
        "/contracts/99999999999999999999",
        "/invoices/1.5",
    ] {
        let r = app.get_as(&c.tom, path).await;
        assert_eq!(r.status(), StatusCode::BAD_REQUEST, "{path}");
        assert!(content_type(&r).starts_with("text/html"), "{path}");
    }

    // Text with line breaks and tabs, and names in Welsh, are still welcome.
    let r = app.get_as(&c.tom, "/pool?q=Si%C3%A2n+Ll%C5%B7r").await;
    assert_eq!(r.status(), StatusCode::OK);
    let r = api
        .get(app.url("/api/v1/organisations?q=Ynys%20M%C3%B4n"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
}

async fn every_api_error_is_problem_json(app: TestApp) {
    let c = cast(&app).await;
    let bearer = token(&app, &c.dan, &["deals:read", "deals:write"]).await;
    let api = reqwest::Client::new();
    let post = |body: &'static str, content: &'static str| {
        api.post(app.url("/api/v1/bookings"))
            .bearer_auth(&bearer)
            .header("content-type", content)
            .body(body)
    };
    let cases = [
        (
            api.get(app.url("/api/v1/bookings/not-a-number")).bearer_auth(&bearer),
            StatusCode::BAD_REQUEST,
        ),
        (
            api.get(app.url("/api/v1/contracts/99999999999999999999"))
                .bearer_auth(&bearer),
            StatusCode::BAD_REQUEST,
        ),
        (
            api.get(app.url("/api/v1/organisations?limit=lots")),
            StatusCode::BAD_REQUEST,
        ),
        (post("{", "application/json"), StatusCode::BAD_REQUEST),
        (
            post(r#"{"council":"LDS"}"#, "text/plain"),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
        ),
        (
            post(r#"{"council":7,"profile_id":"x"}"#, "application/json"),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            api.post(app.url("/api/v1/bookings"))
                .bearer_auth(&bearer)
                .header("content-type", "application/json")
                .body(format!(r#"{{"purpose":"{}"}}"#, "x".repeat(70_000))),
            StatusCode::PAYLOAD_TOO_LARGE,
        ),
        (
            api.delete(app.url("/api/v1/organisations")),
            StatusCode::METHOD_NOT_ALLOWED,
        ),
        (api.get(app.url("/api/v1/no-such-thing")), StatusCode::NOT_FOUND),
        (api.get(app.url("/api/v1/bookings")), StatusCode::UNAUTHORIZED),
    ];
    for (request, expected) in cases {
        let r = request.send().await.unwrap();
        let url = r.url().to_string();
        assert_eq!(r.status(), expected, "{url}");
        assert_eq!(content_type(&r), "application/problem+json", "{url}");
        let problem: serde_json::Value = r.json().await.unwrap();
        assert_eq!(problem["status"], expected.as_u16(), "{url}: {problem}");
        assert!(
            problem["title"].is_string() && problem["detail"].is_string(),
            "{problem}"
        );
    }
}

on_both!(
    control_characters_are_refused_before_the_database,
    every_api_error_is_problem_json
);
