//! Personal access tokens live as long as chosen (90 days unless chosen, a year at most),
//! show when they were last used, and end with a password reset, or with "sign out
//! everywhere" when the person asks.

use crate::cast::token;
use crate::harness::{error_summary, link_in, TestApp};
use crate::on_both;
use chrono::Duration;
use domain::roles::Role;
use reqwest::{Client, StatusCode};

async fn status(app: &TestApp, bearer: &str) -> StatusCode {
    Client::new()
        .get(app.url("/api/v1/profiles"))
        .bearer_auth(bearer)
        .send()
        .await
        .unwrap()
        .status()
}

async fn token_for(app: &TestApp, client: &Client, lifetime: &str) -> reqwest::Response {
    app.post_form_as(
        client,
        "/account/api-tokens",
        &[("name", "Rota"), ("scopes", "profiles:read"), ("lifetime", lifetime)],
    )
    .await
}

async fn tokens_expire_as_chosen(app: TestApp) {
    app.onboard("LDS", "leeds.gov.uk").await;
    app.person("ola@leeds.gov.uk", "Ola", Some("LDS"), &[Role::Practitioner])
        .await;
    let ola = app.signed_in("ola@leeds.gov.uk").await;
    let default = token(&app, &ola, &["profiles:read"]).await;
    let made = token_for(&app, &ola, "30").await;
    let month = crate::cast::shown_once(&app, &ola, made).await;
    for too_long in ["400", "3650", "-1", "forever"] {
        let r = token_for(&app, &ola, too_long).await;
        assert_eq!(r.status(), StatusCode::BAD_REQUEST, "{too_long}");
        let errors = error_summary(&r.text().await.unwrap());
        assert_eq!(errors, ["Choose how long the token lasts: at most a year"]);
    }
    assert_eq!(status(&app, &month).await, StatusCode::OK);
    let account = app.get_as(&ola, "/account").await.text().await.unwrap();
    assert_eq!(
        account.matches("Never used").count(),
        1,
        "the other one was used: {account}"
    );

    app.clock.advance(Duration::days(31));
    assert_eq!(
        status(&app, &month).await,
        StatusCode::UNAUTHORIZED,
        "30 days have passed"
    );
    assert_eq!(status(&app, &default).await, StatusCode::OK);
    app.clock.advance(Duration::days(60));
    assert_eq!(
        status(&app, &default).await,
        StatusCode::UNAUTHORIZED,
        "90 days have passed"
    );
    let account = app.get_as(&ola, "/account").await;
    // The session may have ended meanwhile; sign in again to see the list.
    let ola = if account.status() == StatusCode::OK {
        ola
    } else {
        app.signed_in("ola@leeds.gov.uk").await
    };
    let account = app.get_as(&ola, "/account").await.text().await.unwrap();
    assert_eq!(account.matches("Expired").count(), 2, "{account}");
}

async fn a_password_reset_revokes_every_token(app: TestApp) {
    app.onboard("LDS", "leeds.gov.uk").await;
    app.person("ola@leeds.gov.uk", "Ola", Some("LDS"), &[Role::Practitioner])
        .await;
    let ola = app.signed_in("ola@leeds.gov.uk").await;
    let bearer = token(&app, &ola, &["profiles:read"]).await;
    assert_eq!(status(&app, &bearer).await, StatusCode::OK);
    app.post_form("/forgot-password", &[("email", "ola@leeds.gov.uk")])
        .await;
    let mail = app.deliver_mail().await;
    let path = link_in(&mail[0].body_text, &app.url("/reset-password/"))
        .trim_start_matches(&app.base)
        .to_string();
    let new_password = "another long passphrase";
    let r = app
        .post_form(
            &path,
            &[("password", new_password), ("password_confirmation", new_password)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(status(&app, &bearer).await, StatusCode::UNAUTHORIZED);
}

async fn signing_out_everywhere_revokes_tokens_when_asked(app: TestApp) {
    app.onboard("LDS", "leeds.gov.uk").await;
    app.person("ola@leeds.gov.uk", "Ola", Some("LDS"), &[Role::Practitioner])
        .await;
    let ola = app.signed_in("ola@leeds.gov.uk").await;
    let kept = token(&app, &ola, &["profiles:read"]).await;
    let r = app.post_form_as(&ola, "/account/sign-out-everywhere", &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(status(&app, &kept).await, StatusCode::OK, "tokens stay unless asked");

    let ola = app.signed_in("ola@leeds.gov.uk").await;
    let second = token(&app, &ola, &["profiles:read"]).await;
    let r = app
        .post_form_as(&ola, "/account/sign-out-everywhere", &[("revoke_api_tokens", "yes")])
        .await;
    let done = app.get(&crate::harness::location(&r)).await.text().await.unwrap();
    assert!(done.contains("2 API tokens were revoked"), "{done}");
    assert_eq!(status(&app, &kept).await, StatusCode::UNAUTHORIZED);
    assert_eq!(status(&app, &second).await, StatusCode::UNAUTHORIZED);
}

on_both!(
    tokens_expire_as_chosen,
    a_password_reset_revokes_every_token,
    signing_out_everywhere_revokes_tokens_when_asked
);
