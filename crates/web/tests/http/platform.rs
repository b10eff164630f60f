//! What every page and request gets: headers, CSRF, error pages, limits, escaping, health.

use crate::harness::{error_summary, link_in, new_client, TestApp, PASSWORD};
use crate::on_both;
use reqwest::StatusCode;
use store::users;

async fn pages_carry_security_headers(app: TestApp) {
    for path in [
        "/",
        "/cookies",
        "/accessibility",
        "/privacy",
        "/sign-in",
        "/sign-up",
        "/forgot-password",
        "/no-such-page",
    ] {
        let r = app.get(path).await;
        let h = r.headers();
        let csp = h.get("content-security-policy").unwrap().to_str().unwrap();
        assert!(
            csp.contains("script-src 'self'")
                && !csp.contains("unsafe-inline")
                && csp.contains("frame-ancestors 'none'"),
            "{path}"
        );
        assert_eq!(h.get("x-content-type-options").unwrap(), "nosniff");
        assert_eq!(h.get("referrer-policy").unwrap(), "strict-origin-when-cross-origin");
        assert!(h.get("strict-transport-security").is_none(), "no HSTS over plain HTTP");
        let html = r.text().await.unwrap();
        assert!(!html.contains("<script>"), "{path} has inline script");
    }
}

async fn static_pages_and_errors(app: TestApp) {
    for (path, text) in [
        ("/cookies", "Cookies"),
        ("/accessibility", "Accessibility statement"),
        ("/privacy", "Privacy notice"),
    ] {
        let r = app.get(path).await;
        assert_eq!(r.status(), StatusCode::OK);
        assert!(r.text().await.unwrap().contains(text));
    }
    let missing = app.get("/no-such-page").await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert!(missing.text().await.unwrap().contains("Page not found"));
}

async fn govuk_frontend_assets_are_served(app: TestApp) {
    let css = app.get("/static/govuk-frontend.min.css").await;
    assert_eq!(css.status(), StatusCode::OK);
    assert_eq!(css.headers().get("content-type").unwrap(), "text/css");
    let body = css.text().await.unwrap();
    let font = body
        .split("url(")
        .nth(1)
        .unwrap()
        .split(')')
        .next()
        .unwrap()
        .to_string();
    assert!(font.starts_with("/assets/fonts/"), "{font}");
    assert_eq!(app.get(&font).await.status(), StatusCode::OK);
    assert_eq!(app.get("/static/govuk-frontend.min.js").await.status(), StatusCode::OK);
    assert_eq!(app.get("/assets/images/favicon.ico").await.status(), StatusCode::OK);
    assert_eq!(app.get("/static/app.js").await.status(), StatusCode::OK);
    assert_eq!(app.get("/static/../Cargo.toml").await.status(), StatusCode::NOT_FOUND);
}

async fn posts_without_the_form_token_are_refused(app: TestApp) {
    app.person("sam@wokingham.gov.uk", "Sam", Some("WOK"), &[]).await;
    let client = new_client();
    let none = client
        .post(app.url("/sign-in"))
        .form(&[("email", "sam@wokingham.gov.uk"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(none.status(), StatusCode::FORBIDDEN);
    assert!(none.text().await.unwrap().contains("Your form could not be submitted"));
    app.csrf_token(&client).await;
    let wrong = client
        .post(app.url("/sign-in"))
        .form(&[
            ("csrf_token", "0".repeat(64).as_str()),
            ("email", "sam@wokingham.gov.uk"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::FORBIDDEN);
    // Signed in, a forged sign-out-everywhere is refused too.
    let signed_in = app.signed_in("sam@wokingham.gov.uk").await;
    let forged = signed_in
        .post(app.url("/account/sign-out-everywhere"))
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.get_as(&signed_in, "/account").await.status(), StatusCode::OK);
}

async fn oversized_bodies_get_a_clear_error(app: TestApp) {
    let client = new_client();
    let token = app.csrf_token(&client).await;
    let huge = "x".repeat(1024 * 1024);
    let r = client
        .post(app.url("/sign-up"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("display_name", huge.as_str()),
            ("email", "a@leeds.gov.uk"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert!(r.text().await.unwrap().contains("What you sent is too large"));
}

async fn input_is_stored_exactly_and_shown_escaped(app: TestApp) {
    app.onboard("LDS", "leeds.gov.uk").await;
    let name = r#"<script>alert("x")</script> O'Brien; DROP TABLE users;--"#;
    app.post_form("/sign-up", &[("display_name", name), ("email", "ob@leeds.gov.uk")])
        .await;
    let mail = app.deliver_mail().await;
    let path = link_in(&mail[0].body_text, &app.url("/verify/"))
        .trim_start_matches(&app.base)
        .to_string();
    let done = app
        .post_form(&path, &[("password", PASSWORD), ("password_confirmation", PASSWORD)])
        .await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    let stored = users::find_by_email(app.db(), "ob@leeds.gov.uk")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.display_name, name);
    let page = app.get("/account").await.text().await.unwrap();
    assert!(!page.contains("<script>alert"), "markup is escaped");
    assert!(page.contains("&lt;script&gt;alert("), "{page}");

    let bad_inputs = [
        ("a\u{0007}b", "Remove the special (control) characters from this answer"),
        ("", "Enter your full name"),
        (&"n".repeat(101), "Full name must be 100 characters or fewer"),
    ];
    for (value, message) in bad_inputs {
        let r = app
            .post_form("/sign-up", &[("display_name", value), ("email", "z@leeds.gov.uk")])
            .await;
        assert_eq!(r.status(), StatusCode::BAD_REQUEST);
        assert_eq!(error_summary(&r.text().await.unwrap()), vec![message]);
    }
    let bad_email = app
        .post_form("/sign-up", &[("display_name", "Z"), ("email", "z at leeds")])
        .await;
    let html = bad_email.text().await.unwrap();
    assert_eq!(
        error_summary(&html),
        vec!["Enter an email address in the correct format, like name@yourcouncil.gov.uk"]
    );
    assert!(html.contains(r#"value="z at leeds""#), "what was typed is kept");
}

async fn health_readiness_and_metrics(app: TestApp) {
    assert_eq!(app.get("/healthz").await.status(), StatusCode::OK);
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status(), StatusCode::OK);
    app.get("/").await;
    assert_eq!(
        app.get("/metrics").await.status(),
        StatusCode::NOT_FOUND,
        "metrics are not public"
    );
    let with_token = TestApp::spawn_with(
        app.backend(),
        crate::harness::Spawn {
            configure: Box::new(|c| c.metrics_token = Some("scrape-secret".into())),
            ..Default::default()
        },
    )
    .await;
    let scrape = |token: &'static str| {
        let url = with_token.url("/metrics");
        async move { reqwest::Client::new().get(url).bearer_auth(token).send().await.unwrap() }
    };
    assert_eq!(scrape("wrong").await.status(), StatusCode::UNAUTHORIZED);
    let metrics = scrape("scrape-secret").await.text().await.unwrap();
    for series in [
        "http_requests_total",
        "outbox_messages{status=\"pending\"}",
        "db_pool_connections{pool=",
    ] {
        assert!(metrics.contains(series), "{series} in {metrics}");
    }
    app.person("sam@wokingham.gov.uk", "Sam", Some("WOK"), &[]).await;
    let signed_in = app.signed_in("sam@wokingham.gov.uk").await;
    app.db().close().await;
    assert_eq!(app.get("/readyz").await.status(), StatusCode::SERVICE_UNAVAILABLE);
    // With the database gone, pages that need it say so plainly: never a blank 500.
    let broken = app.get_as(&signed_in, "/account").await;
    assert_eq!(broken.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(broken
        .text()
        .await
        .unwrap()
        .contains("Sorry, the service is unavailable"));
}

async fn https_deployments_get_strict_cookies_and_hsts(app: TestApp) {
    let https = TestApp::spawn_with_base_url(app.backend(), "https://microcontracts.example").await;
    let r = https.get("/sign-in").await;
    assert!(r
        .headers()
        .get("strict-transport-security")
        .unwrap()
        .to_str()
        .unwrap()
        .contains("max-age=31536000"));
    let cookie = r.headers().get("set-cookie").unwrap().to_str().unwrap().to_string();
    assert!(
        cookie.starts_with("__Host-mc_csrf=") && cookie.contains("; Secure") && cookie.contains("HttpOnly"),
        "{cookie}"
    );
}

on_both!(
    pages_carry_security_headers,
    static_pages_and_errors,
    govuk_frontend_assets_are_served,
    posts_without_the_form_token_are_refused,
    oversized_bodies_get_a_clear_error,
    input_is_stored_exactly_and_shown_escaped,
    health_readiness_and_metrics,
    https_deployments_get_strict_cookies_and_hsts,
);
