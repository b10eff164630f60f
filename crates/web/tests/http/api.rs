//! The JSON API: organisations and the OpenAPI document.

use crate::harness::TestApp;
use crate::on_both;
use reqwest::StatusCode;
use serde_json::Value;

async fn json(app: &TestApp, path: &str) -> (StatusCode, String, Value) {
    let r = app.get(path).await;
    let status = r.status();
    let content_type = r
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    (status, content_type, r.json().await.unwrap())
}

async fn organisations_are_listed_filtered_and_paged(app: TestApp) {
    let (status, _, page) = json(&app, "/api/v1/organisations?q=wokingham").await;
    assert_eq!(status, StatusCode::OK);
    let item = &page["items"][0];
    assert_eq!(item["name"], "Wokingham Borough Council");
    assert_eq!(item["official_code"], "WOK");
    assert_eq!(item["gss_code"], "E06000041");
    assert_eq!(item["org_id"], "GB-LAE-WOK");
    assert_eq!(item["type"], "Unitary authority");
    assert_eq!(item["nation"], "England");
    assert_eq!(item["region"], "South East");

    let (_, _, wales) = json(&app, "/api/v1/organisations?nation=Wales&limit=200").await;
    assert_eq!(wales["items"].as_array().unwrap().len(), 22);
    let (_, _, london) = json(&app, "/api/v1/organisations?type=lbo&limit=200").await;
    assert_eq!(london["items"].as_array().unwrap().len(), 32);
    let (_, _, code) = json(&app, "/api/v1/organisations?code=crf").await;
    assert_eq!(code["items"][0]["name"], "City of Cardiff Council");
    let (_, _, none) = json(&app, "/api/v1/organisations?q=%25").await;
    assert!(
        none["items"].as_array().unwrap().is_empty(),
        "% is a character, not a wildcard"
    );

    // Walking every page gives every council once, in name order.
    let mut names = Vec::new();
    let mut path = "/api/v1/organisations?limit=60".to_string();
    loop {
        let (_, _, page) = json(&app, &path).await;
        names.extend(
            page["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["name"].as_str().unwrap().to_string()),
        );
        match page["next_cursor"].as_str() {
            Some(cursor) => path = format!("/api/v1/organisations?limit=60&cursor={cursor}"),
            None => break,
        }
    }
    assert_eq!(names.len(), 397);
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
}

async fn bad_parameters_get_problem_json(app: TestApp) {
    for path in [
        "/api/v1/organisations?limit=0",
        "/api/v1/organisations?limit=abc",
        "/api/v1/organisations?cursor=%21%21",
        "/api/v1/organisations?q=%01",
    ] {
        let (status, content_type, body) = json(&app, path).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}");
        assert_eq!(content_type, "application/problem+json", "{path}");
        assert_eq!(body["status"], 400);
        assert!(body["detail"].as_str().is_some_and(|d| !d.is_empty()));
    }
    // Well formed, but not a cursor this API gave: no such page.
    let (status, content_type, body) = json(&app, "/api/v1/organisations?cursor=AAAA").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(content_type, "application/problem+json");
    assert_eq!(body["parameter"], "cursor");
    let (status, content_type, body) = json(&app, "/api/v1/nothing-here").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(content_type, "application/problem+json");
    assert_eq!(body["title"], "Not found");
}

async fn openapi_document_describes_the_api(app: TestApp) {
    let (status, _, doc) = json(&app, "/api/v1/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(doc["openapi"], "3.1.0");
    let op = &doc["paths"]["/api/v1/organisations"]["get"];
    let params: Vec<&str> = op["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    for expected in ["q", "code", "type", "nation", "limit", "cursor"] {
        assert!(params.contains(&expected), "{expected} in {params:?}");
    }
    assert!(doc["components"]["schemas"]["OrganisationPage"].is_object());

    // What programs read outside /api/v1 is documented too, with its own media types.
    let media = |path: &str, method: &str, status: &str| -> Vec<String> {
        doc["paths"][path][method]["responses"][status]["content"]
            .as_object()
            .map(|c| c.keys().cloned().collect())
            .unwrap_or_default()
    };
    for path in [
        "/ocds/releases.json",
        "/ocds/{ocid}/releases.json",
        "/ocds/{ocid}/record.json",
    ] {
        assert_eq!(media(path, "get", "200"), ["application/json"], "{path}");
        assert_eq!(media(path, "get", "404"), ["application/problem+json"], "{path}");
    }
    assert_eq!(
        doc["paths"]["/ocds/releases.json"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/ReleasePackage"
    );
    for schema in ["Release", "ReleasePackage", "RecordPackage"] {
        assert!(doc["components"]["schemas"][schema].is_object(), "{schema}");
    }
    assert_eq!(media("/opportunities/data.csv", "get", "200"), ["text/csv"]);
    assert_eq!(media("/opportunities/data.csv", "get", "400"), ["text/html"]);
    assert_eq!(media("/calendar/{token}", "get", "200"), ["text/calendar"]);
    assert_eq!(media("/contracts/{id}/calendar.ics", "get", "200"), ["text/calendar"]);
    assert!(doc["paths"]["/contracts/{id}/calendar.ics"]["get"]["responses"]["303"].is_object());
    assert!(doc["paths"]["/contracts/{id}/calendar.ics"]["get"]["responses"]["401"].is_null());
    assert_eq!(media("/email/unsubscribe/{token}", "post", "200"), ["text/html"]);
    assert_eq!(media("/email/unsubscribe/{token}", "post", "404"), ["text/html"]);
    assert_eq!(doc["components"]["securitySchemes"]["session"]["in"], "cookie");
}

on_both!(
    organisations_are_listed_filtered_and_paged,
    bad_parameters_get_problem_json,
    openapi_document_describes_the_api
);
