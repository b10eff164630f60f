//! Rate limits: asking for sign-up and reset links is limited per address and per client,
//! across every instance sharing the database; each API token's requests are limited.
//! Over a limit the answer is 429 with Retry-After: a GOV.UK page, or problem+json.

use crate::cast::token;
use crate::harness::{new_client, Spawn, TestApp};
use crate::on_both;
use domain::roles::Role;
use reqwest::StatusCode;

async fn ask(app: &TestApp, path: &str, fields: &[(&str, &str)], from: &str) -> reqwest::Response {
    let client = new_client();
    let token = app.csrf_token(&client).await;
    let mut all = vec![("csrf_token", token.as_str())];
    all.extend_from_slice(fields);
    client
        .post(app.url(path))
        .header("x-forwarded-for", from)
        .form(&all)
        .send()
        .await
        .unwrap()
}

fn assert_limited(r: &reqwest::Response) {
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = r.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=3600).contains(&wait), "Retry-After {wait}");
}

async fn links_are_limited_per_address_across_instances(app: TestApp) {
    app.onboard("LDS", "leeds.gov.uk").await;
    app.person("ola@leeds.gov.uk", "Ola", Some("LDS"), &[Role::Practitioner])
        .await;
    // A second instance on the same database.
    let url = app.test_db.url.clone();
    let other = TestApp::spawn_with(
        app.backend(),
        Spawn {
            connect_via: Some(Box::new(move |_| url)),
            clock: Some(app.clock.clone()),
            ..Spawn::default()
        },
    )
    .await;
    let forgot = [("email", "ola@leeds.gov.uk")];
    for (i, instance) in [&app, &other, &app].into_iter().enumerate() {
        let r = ask(instance, "/forgot-password", &forgot, &format!("198.51.100.{i}")).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
    }
    let r = ask(&other, "/forgot-password", &forgot, "198.51.100.9").await;
    assert_limited(&r);
    assert!(r.text().await.unwrap().contains("You have asked too many times"));
    assert_eq!(app.deliver_mail().await.len(), 3, "three links, no more");

    let sign_up = [("display_name", "Mo"), ("email", "mo@leeds.gov.uk")];
    for i in 0..3 {
        let r = ask(&other, "/sign-up", &sign_up, &format!("198.51.100.{i}")).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
    }
    assert_limited(&ask(&app, "/sign-up", &sign_up, "198.51.100.7").await);

    // One client asking for many addresses is limited too.
    for i in 0..30 {
        let email = format!("person{i}@leeds.gov.uk");
        let r = ask(&app, "/forgot-password", &[("email", &email)], "203.0.113.5").await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "request {i}");
    }
    assert_limited(
        &ask(
            &other,
            "/forgot-password",
            &[("email", "one.more@leeds.gov.uk")],
            "203.0.113.5",
        )
        .await,
    );

    // An hour later the window has passed.
    app.clock.advance(chrono::Duration::minutes(61));
    let r = ask(&app, "/forgot-password", &forgot, "198.51.100.9").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

on_both!(links_are_limited_per_address_across_instances);

mod api_limit {
    use super::*;

    async fn each_token_is_limited(backend: store::Backend) {
        let spawn = Spawn {
            configure: Box::new(|config| config.api_requests_per_minute = 5),
            ..Spawn::default()
        };
        let app = TestApp::spawn_with(backend, spawn).await;
        app.onboard("LDS", "leeds.gov.uk").await;
        app.person("ola@leeds.gov.uk", "Ola", Some("LDS"), &[Role::Practitioner])
            .await;
        let ola = app.signed_in("ola@leeds.gov.uk").await;
        let first = token(&app, &ola, &["profiles:read"]).await;
        let second = token(&app, &ola, &["profiles:read"]).await;
        let api = reqwest::Client::new();
        for _ in 0..5 {
            let r = api
                .get(app.url("/api/v1/profiles"))
                .bearer_auth(&first)
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), StatusCode::OK);
        }
        let r = api
            .get(app.url("/api/v1/profiles"))
            .bearer_auth(&first)
            .send()
            .await
            .unwrap();
        assert_limited(&r);
        assert_eq!(r.headers()["content-type"], "application/problem+json");
        // Another token is counted on its own.
        let r = api
            .get(app.url("/api/v1/profiles"))
            .bearer_auth(&second)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        each_token_is_limited(store::Backend::Sqlite).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        each_token_is_limited(store::Backend::Postgres).await;
    }
}
