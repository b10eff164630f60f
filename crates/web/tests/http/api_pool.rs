//! The talent pool through the API, with personal access tokens: the pages' access rules,
//! narrowed by scopes.

use crate::cast::{api, listed_in_leeds_with_contact as listed_profile, token};
use crate::harness::TestApp;
use crate::on_both;
use domain::roles::Role;
use reqwest::StatusCode;
use serde_json::json;
use store::reference;

async fn tokens_search_and_read_with_the_pages_rules(app: TestApp) {
    let id = listed_profile(&app).await;
    app.onboard("WOK", "wokingham.gov.uk").await;
    app.person("dan@wokingham.gov.uk", "Dan", Some("WOK"), &[Role::Buyer])
        .await;
    let dan = app.signed_in("dan@wokingham.gov.uk").await;
    let read = token(&app, &dan, &["profiles:read"]).await;
    assert!(read.starts_with("mc_"));

    let (status, body) = api(&app, reqwest::Method::GET, None, "/api/v1/profiles", None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["status"], 401);
    assert_eq!(
        api(
            &app,
            reqwest::Method::GET,
            Some("mc_not-a-token"),
            "/api/v1/profiles",
            None
        )
        .await
        .0,
        StatusCode::UNAUTHORIZED
    );

    let (status, page) = api(
        &app,
        reqwest::Method::GET,
        Some(&read),
        "/api/v1/profiles?q=researcher&min_free_minutes=120",
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert_eq!(page["items"][0]["id"], id);
    assert_eq!(page["items"][0]["free"].as_array().unwrap().len(), 4);
    assert_eq!(page["items"][0]["free"][0]["free_minutes"], 240);
    let (_, none) = api(
        &app,
        reqwest::Method::GET,
        Some(&read),
        "/api/v1/profiles?min_free_minutes=300",
        None,
    )
    .await;
    assert!(none["items"].as_array().unwrap().is_empty());
    let (status, bad) = api(
        &app,
        reqwest::Method::GET,
        Some(&read),
        "/api/v1/profiles?from_week=soon",
        None,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(bad["parameter"], "from_week");

    let (status, profile) = api(
        &app,
        reqwest::Method::GET,
        Some(&read),
        &format!("/api/v1/profiles/{id}"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(profile["roles"][0], "Senior user researcher");
    assert!(
        profile.get("contact_email").is_none(),
        "private fields never reach another council: {profile}"
    );
    assert!(!profile.to_string().contains("mei.private"));

    // Mei's own token sees her private fields and can change her hours, with the write scope.
    let mei = app.signed_in("mei@leeds.gov.uk").await;
    let mine = token(&app, &mei, &["profiles:read"]).await;
    let (_, own) = api(&app, reqwest::Method::GET, Some(&mine), "/api/v1/profile", None).await;
    assert_eq!(own["contact_email"], "mei.private@leeds.gov.uk");
    let body = json!({ "minutes_per_week": 300, "available_from": "2026-01-05", "available_to": null });
    let (status, problem) = api(
        &app,
        reqwest::Method::PUT,
        Some(&mine),
        "/api/v1/profile/capacity",
        Some(body.clone()),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "read scope cannot write");
    assert_eq!(problem["type"], "/api/v1/problems/insufficient-scope");
    let writer = token(&app, &mei, &["profiles:read", "profiles:write"]).await;
    let (status, changed) = api(
        &app,
        reqwest::Method::PUT,
        Some(&writer),
        "/api/v1/profile/capacity",
        Some(body),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{changed}");
    assert_eq!(changed["capacity_minutes_per_week"], 300);
    let bad = json!({ "minutes_per_week": 301, "available_from": "2026-01-05" });
    assert_eq!(
        api(
            &app,
            reqwest::Method::PUT,
            Some(&writer),
            "/api/v1/profile/capacity",
            Some(bad)
        )
        .await
        .0,
        StatusCode::BAD_REQUEST
    );
    let this_week = domain::weeks::Week::current(chrono::Utc::now()).iso();
    let path = format!("/api/v1/profile/unavailable-weeks/{this_week}");
    assert_eq!(
        api(&app, reqwest::Method::PUT, Some(&writer), &path, None).await.0,
        StatusCode::NO_CONTENT
    );
    let (_, after) = api(
        &app,
        reqwest::Method::GET,
        Some(&read),
        &format!("/api/v1/profiles/{id}"),
        None,
    )
    .await;
    assert_eq!(after["free"][0]["free_minutes"], 0);
    assert_eq!(
        api(&app, reqwest::Method::DELETE, Some(&writer), &path, None).await.0,
        StatusCode::NO_CONTENT
    );
    // A buyer's token cannot change someone else's hours: there is no profile of theirs.
    let dan_writer = token(&app, &dan, &["profiles:write"]).await;
    assert_eq!(
        api(&app, reqwest::Method::PUT, Some(&dan_writer), &path, None).await.0,
        StatusCode::NOT_FOUND
    );

    // Revoked tokens stop working.
    let tokens = store::api_tokens::list_for_user(
        app.db(),
        store::users::find_by_email(app.db(), "dan@wokingham.gov.uk")
            .await
            .unwrap()
            .unwrap()
            .id,
    )
    .await
    .unwrap();
    let revoke = app
        .post_form_as(
            &dan,
            &format!("/account/api-tokens/{}/revoke", tokens.last().unwrap().id),
            &[],
        )
        .await;
    assert_eq!(revoke.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        api(&app, reqwest::Method::GET, Some(&read), "/api/v1/profiles", None)
            .await
            .0,
        StatusCode::UNAUTHORIZED
    );
    // Nobody revokes another person's token.
    let mei_tokens = store::api_tokens::list_for_user(
        app.db(),
        store::users::find_by_email(app.db(), "mei@leeds.gov.uk")
            .await
            .unwrap()
            .unwrap()
            .id,
    )
    .await
    .unwrap();
    assert_eq!(
        app.post_form_as(&dan, &format!("/account/api-tokens/{}/revoke", mei_tokens[0].id), &[])
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}

async fn rate_cards_through_the_api(app: TestApp) {
    listed_profile(&app).await;
    app.person("fin@leeds.gov.uk", "Fin", Some("LDS"), &[Role::Finance])
        .await;
    app.person("dan@wokingham.gov.uk", "Dan", Some("WOK"), &[Role::Finance])
        .await;
    let fin = app.signed_in("fin@leeds.gov.uk").await;
    let dan = app.signed_in("dan@wokingham.gov.uk").await;
    let fin_token = token(&app, &fin, &["profiles:read", "rate-cards:write"]).await;
    let dan_token = token(&app, &dan, &["profiles:read", "rate-cards:write"]).await;
    let level = reference::levels(app.db())
        .await
        .unwrap()
        .into_iter()
        .find(|l| l.name == "Senior user researcher")
        .unwrap();
    let path = format!("/api/v1/councils/LDS/rate-card/{}", level.id);
    // A level that does not exist is not found, whether setting or removing its rate.
    let nowhere = "/api/v1/councils/LDS/rate-card/9336000";
    for (method, body) in [
        (reqwest::Method::PUT, Some(json!({ "rate_pence": 5600 }))),
        (reqwest::Method::DELETE, None),
    ] {
        assert_eq!(
            api(&app, method, Some(&fin_token), nowhere, body).await.0,
            StatusCode::NOT_FOUND
        );
    }
    assert_eq!(
        api(
            &app,
            reqwest::Method::PUT,
            Some(&dan_token),
            &path,
            Some(json!({ "rate_pence": 100 }))
        )
        .await
        .0,
        StatusCode::FORBIDDEN,
        "another council's finance officer"
    );
    assert_eq!(
        api(
            &app,
            reqwest::Method::PUT,
            Some(&fin_token),
            &path,
            Some(json!({ "rate_pence": -5 }))
        )
        .await
        .0,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        api(
            &app,
            reqwest::Method::PUT,
            Some(&fin_token),
            &path,
            Some(json!({ "rate_pence": 5600 }))
        )
        .await
        .0,
        StatusCode::NO_CONTENT
    );
    let (status, card) = api(
        &app,
        reqwest::Method::GET,
        Some(&fin_token),
        "/api/v1/councils/LDS/rate-card",
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(card[0]["rate_pence"], 5600);
    assert_eq!(
        api(
            &app,
            reqwest::Method::GET,
            Some(&dan_token),
            "/api/v1/councils/LDS/rate-card",
            None
        )
        .await
        .0,
        StatusCode::FORBIDDEN
    );
    let (_, found) = api(
        &app,
        reqwest::Method::GET,
        Some(&dan_token),
        "/api/v1/profiles?max_rate_pence=5600",
        None,
    )
    .await;
    assert_eq!(found["items"][0]["rate_pence"], 5600);

    // A misspelled key or an empty body never removes the rate: the field is required.
    for body in [json!({ "rate_pense": 100 }), json!({}), json!({ "rate_pence": null })] {
        let (status, problem) = api(&app, reqwest::Method::PUT, Some(&fin_token), &path, Some(body.clone())).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(problem["status"], 422, "{body}: {problem}");
    }
    let card = |token: String| {
        let app = &app;
        async move {
            api(
                app,
                reqwest::Method::GET,
                Some(&token),
                "/api/v1/councils/LDS/rate-card",
                None,
            )
            .await
            .1
        }
    };
    assert_eq!(card(fin_token.clone()).await[0]["rate_pence"], 5600, "still there");
    // DELETE removes it, and only for the council's own finance officers.
    let (status, _) = api(&app, reqwest::Method::DELETE, Some(&dan_token), &path, None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = api(&app, reqwest::Method::DELETE, Some(&fin_token), &path, None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(card(fin_token.clone()).await, json!([]), "removed");
}

async fn reference_lists_and_openapi(app: TestApp) {
    let (status, roles) = api(&app, reqwest::Method::GET, None, "/api/v1/reference/roles", None).await;
    assert_eq!(status, StatusCode::OK);
    // 52 DDaT roles, less the four chief roles whose only level is marked NOT IN USE.
    assert_eq!(roles.as_array().unwrap().len(), 48);
    assert!(
        !roles.to_string().contains("NOT IN USE"),
        "no level not in use is offered"
    );
    let (_, skills) = api(&app, reqwest::Method::GET, None, "/api/v1/reference/skills", None).await;
    assert_eq!(skills.as_array().unwrap().len(), 188);
    let (_, services) = api(&app, reqwest::Method::GET, None, "/api/v1/reference/services", None).await;
    assert_eq!(services.as_array().unwrap().len(), 978);
    let (_, doc) = api(&app, reqwest::Method::GET, None, "/api/v1/openapi.json", None).await;
    for path in [
        "/api/v1/profiles",
        "/api/v1/profiles/{id}",
        "/api/v1/profile/capacity",
        "/api/v1/councils/{code}/rate-card/{level_id}",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} missing");
    }
    assert_eq!(doc["components"]["securitySchemes"]["token"]["scheme"], "bearer");
}

on_both!(
    tokens_search_and_read_with_the_pages_rules,
    rate_cards_through_the_api,
    reference_lists_and_openapi
);
