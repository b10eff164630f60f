//! Signing up, verifying, signing in and out, throttling, password reset.

use crate::harness::{error_summary, link_in, location, new_client, TestApp, PASSWORD};
use crate::on_both;
use chrono::Duration;
use domain::clock::Clock;
use reqwest::StatusCode;
use store::{audit, members, users};

async fn sign_up_verify_and_land_in_council(app: TestApp) {
    let org_id = app.onboard("WOK", "wokingham.gov.uk").await;

    // An unknown domain is refused, saying whom to contact.
    let refused = app
        .post_form("/sign-up", &[("display_name", "Jo Bloggs"), ("email", "jo@gmail.com")])
        .await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    let errors = error_summary(&refused.text().await.unwrap());
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].contains("gmail.com") && errors[0].contains("support@microcontracts.test"),
        "{errors:?}"
    );
    assert!(app.deliver_mail().await.is_empty());

    let asked = app
        .post_form(
            "/sign-up",
            &[("display_name", "Jo Bloggs"), ("email", "Jo.Bloggs@Wokingham.gov.uk")],
        )
        .await;
    assert_eq!(asked.status(), StatusCode::SEE_OTHER);
    assert!(location(&asked).starts_with("/sign-up/check-email"));
    let check = app.get(&location(&asked)).await.text().await.unwrap();
    assert!(check.contains("jo.bloggs@wokingham.gov.uk"));

    let mail = app.deliver_mail().await;
    assert_eq!(mail.len(), 1);
    assert_eq!(mail[0].recipient, "jo.bloggs@wokingham.gov.uk");
    let link = link_in(&mail[0].body_text, &app.url("/verify/"));
    let path = link.trim_start_matches(&app.base).to_string();

    let form = app.get(&path).await;
    assert_eq!(form.status(), StatusCode::OK);
    assert!(form.text().await.unwrap().contains("Wokingham Borough Council"));

    let mismatch = app
        .post_form(
            &path,
            &[
                ("password", PASSWORD),
                ("password_confirmation", "something else entirely"),
            ],
        )
        .await;
    assert_eq!(mismatch.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        error_summary(&mismatch.text().await.unwrap()),
        vec!["The passwords do not match"]
    );

    let created = app
        .post_form(&path, &[("password", PASSWORD), ("password_confirmation", PASSWORD)])
        .await;
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    let home = app.get(&location(&created)).await.text().await.unwrap();
    assert!(
        home.contains("You are signed in at Wokingham Borough Council as: practitioner."),
        "{home}"
    );

    let user = users::find_by_email(app.db(), "jo.bloggs@wokingham.gov.uk")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(user.display_name, "Jo Bloggs");
    let roles = members::roles_in(app.db(), user.id, org_id).await.unwrap().unwrap();
    assert_eq!(roles, vec![domain::roles::Role::Practitioner]);
    let events = audit::list(app.db(), Some(org_id), None, 10).await.unwrap();
    assert_eq!(events[0].action, "user-signed-up");

    // The link works once.
    let again = app.get(&path).await;
    assert_eq!(again.status(), StatusCode::NOT_FOUND);
    assert!(again
        .text()
        .await
        .unwrap()
        .contains("This link has expired or has been used"));
}

async fn sign_up_link_expires(app: TestApp) {
    app.onboard("LDS", "leeds.gov.uk").await;
    app.post_form("/sign-up", &[("display_name", "Mo"), ("email", "mo@leeds.gov.uk")])
        .await;
    let mail = app.deliver_mail().await;
    let path = link_in(&mail[0].body_text, &app.url("/verify/"))
        .trim_start_matches(&app.base)
        .to_string();
    app.clock.advance(Duration::hours(25));
    assert_eq!(app.get(&path).await.status(), StatusCode::NOT_FOUND);
    let late = app
        .post_form(&path, &[("password", PASSWORD), ("password_confirmation", PASSWORD)])
        .await;
    assert_eq!(late.status(), StatusCode::NOT_FOUND);
    assert!(users::find_by_email(app.db(), "mo@leeds.gov.uk")
        .await
        .unwrap()
        .is_none());
}

async fn signing_up_again_with_an_account_sends_a_reset_link(app: TestApp) {
    app.onboard("LDS", "leeds.gov.uk").await;
    app.person("mei@leeds.gov.uk", "Mei", Some("LDS"), &[]).await;
    let response = app
        .post_form("/sign-up", &[("display_name", "Mei"), ("email", "mei@leeds.gov.uk")])
        .await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "the page does not reveal that the account exists"
    );
    let mail = app.deliver_mail().await;
    assert_eq!(mail.len(), 1);
    assert!(mail[0].body_text.contains("/reset-password/"));
}

async fn sign_in_and_out(app: TestApp) {
    app.person("sam@wokingham.gov.uk", "Sam Okafor", Some("WOK"), &[]).await;
    let wrong = app
        .sign_in_as(&app.client, "sam@wokingham.gov.uk", "not the password")
        .await;
    assert_eq!(wrong.status(), StatusCode::BAD_REQUEST);
    assert!(error_summary(&wrong.text().await.unwrap())[0].starts_with("Enter a correct email address and password"));

    let ok = app
        .post_form(
            "/sign-in",
            &[
                ("email", "SAM@wokingham.gov.uk"),
                ("password", PASSWORD),
                ("return_to", "/account"),
            ],
        )
        .await;
    assert_eq!(ok.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&ok), "/account");
    let cookie = ok
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect::<Vec<_>>();
    let session = cookie
        .iter()
        .find(|c| c.starts_with("mc_session="))
        .expect("a session cookie");
    assert!(
        session.contains("HttpOnly") && session.contains("SameSite=Lax"),
        "{session}"
    );
    assert!(!session.contains("Secure"), "served over plain HTTP in tests");

    let account = app.get("/account").await.text().await.unwrap();
    assert!(account.contains("Sam Okafor"));

    let out = app.post_form("/sign-out", &[]).await;
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    let after = app.get("/account").await;
    assert_eq!(after.status(), StatusCode::SEE_OTHER);
    assert!(location(&after).starts_with("/sign-in?return_to="));

    // Never sent to another site after signing in.
    let offsite = app
        .post_form(
            "/sign-in",
            &[
                ("email", "sam@wokingham.gov.uk"),
                ("password", PASSWORD),
                ("return_to", "//evil.example"),
            ],
        )
        .await;
    assert_eq!(location(&offsite), "/");
    // Browsers drop a tab and read a backslash as a slash: `/%09/evil.example` would land
    // on //evil.example. The sign-in page does not carry it, and signing in ignores it.
    for sneaky in [
        "/\t/evil.example",
        "/\\evil.example",
        "/\u{a0}/evil.example",
        "/é//evil.example",
    ] {
        let page = app
            .get(&format!("/sign-in?return_to={}", web::error::urlencode(sneaky)))
            .await
            .text()
            .await
            .unwrap();
        let doc = scraper::Html::parse_document(&page);
        let field = scraper::Selector::parse("input[name=return_to]").unwrap();
        let carried = doc.select(&field).next().and_then(|e| e.value().attr("value"));
        assert_eq!(carried, Some("/"), "{sneaky:?}");
        let offsite = app
            .post_form(
                "/sign-in",
                &[
                    ("email", "sam@wokingham.gov.uk"),
                    ("password", PASSWORD),
                    ("return_to", sneaky),
                ],
            )
            .await;
        assert_eq!(location(&offsite), "/", "{sneaky:?}");
    }
}

async fn failed_sign_ins_are_slowed_then_locked(app: TestApp) {
    app.person("jo@wokingham.gov.uk", "Jo", Some("WOK"), &[]).await;
    for _ in 0..5 {
        let r = app
            .sign_in_as(&app.client, "jo@wokingham.gov.uk", "wrong password here")
            .await;
        assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    }
    // Locked now: even the right password is not checked.
    let locked = app.sign_in_as(&app.client, "jo@wokingham.gov.uk", PASSWORD).await;
    assert_eq!(locked.status(), StatusCode::BAD_REQUEST);
    let message = &error_summary(&locked.text().await.unwrap())[0];
    assert!(
        message.starts_with("There have been too many failed attempts"),
        "{message}"
    );

    app.clock.advance(Duration::minutes(16));
    let ok = app.sign_in_as(&app.client, "jo@wokingham.gov.uk", PASSWORD).await;
    assert_eq!(ok.status(), StatusCode::SEE_OTHER);
}

/// A sign-in from `address` as the operator's proxy reports it, after whatever the client
/// itself put in X-Forwarded-For.
async fn sign_in_from(
    app: &TestApp,
    client_chose: Option<&str>,
    address: &str,
    email: &str,
    password: &str,
) -> reqwest::Response {
    let client = new_client();
    let token = app.csrf_token(&client).await;
    let forwarded = match client_chose {
        Some(spoof) => format!("{spoof}, {address}"),
        None => address.to_string(),
    };
    client
        .post(app.url("/sign-in"))
        .header("x-forwarded-for", forwarded)
        .form(&[("csrf_token", token.as_str()), ("email", email), ("password", password)])
        .send()
        .await
        .unwrap()
}

async fn one_address_trying_many_accounts_is_slowed_not_locked(app: TestApp) {
    app.person("kim@wokingham.gov.uk", "Kim", Some("WOK"), &[]).await;
    let proxy = "203.0.113.9";
    for i in 0..20 {
        // Half of them name another address first, as a client may: it is not believed.
        let spoof = format!("198.51.100.{i}");
        let chose = (i % 2 == 0).then_some(spoof.as_str());
        let email = format!("guess{i}@wokingham.gov.uk");
        let r = sign_in_from(&app, chose, proxy, &email, "wrong password").await;
        assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    }
    let since = app.clock.now() - Duration::hours(1);
    let counted = store::sign_in_attempts::address_failures(app.db(), proxy, since)
        .await
        .unwrap();
    assert_eq!(
        counted.count, 20,
        "every failure counts against the address the proxy saw"
    );
    let spoofed = store::sign_in_attempts::address_failures(app.db(), "198.51.100.0", since)
        .await
        .unwrap();
    assert_eq!(spoofed.count, 0, "never against one the client named");
    // A colleague behind the same council proxy is slowed down, not locked out.
    let ok = sign_in_from(&app, None, proxy, "kim@wokingham.gov.uk", PASSWORD).await;
    assert_eq!(ok.status(), StatusCode::SEE_OTHER);
}

async fn concurrent_guesses_are_counted_before_they_are_checked(app: TestApp) {
    app.person("ola@wokingham.gov.uk", "Ola", Some("WOK"), &[]).await;
    let mut guesses = Vec::new();
    for i in 0..40 {
        let client = new_client();
        let token = app.csrf_token(&client).await;
        let url = app.url("/sign-in");
        guesses.push(tokio::spawn(async move {
            let r = client
                .post(url)
                .header("x-forwarded-for", format!("198.51.100.{i}"))
                .form(&[
                    ("csrf_token", token.as_str()),
                    ("email", "ola@wokingham.gov.uk"),
                    ("password", "wrong password"),
                ])
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), StatusCode::BAD_REQUEST);
            error_summary(&r.text().await.unwrap()).join(" ")
        }));
    }
    let (mut checked, mut locked) = (0, 0);
    for guess in guesses {
        let message = guess.await.unwrap();
        if message.starts_with("Enter a correct email address and password") {
            checked += 1;
        } else if message.starts_with("There have been too many failed attempts") {
            locked += 1;
        } else {
            panic!("unexpected answer: {message}");
        }
    }
    assert!(checked <= 5, "{checked} guesses were checked against the password");
    assert_eq!(checked + locked, 40);
    let since = app.clock.now() - Duration::hours(1);
    let counted = store::sign_in_attempts::account_failures(app.db(), "ola@wokingham.gov.uk", since)
        .await
        .unwrap();
    assert_eq!(counted.count, checked, "only the checked guesses were recorded");
}

async fn sign_out_everywhere_ends_every_session(app: TestApp) {
    app.person("ruth@leeds.gov.uk", "Ruth", Some("LDS"), &[]).await;
    let laptop = app.signed_in("ruth@leeds.gov.uk").await;
    let phone = app.signed_in("ruth@leeds.gov.uk").await;
    let done = app.post_form_as(&laptop, "/account/sign-out-everywhere", &[]).await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    let page = app.get_as(&laptop, &location(&done)).await.text().await.unwrap();
    assert!(page.contains("2 sessions ended"), "{page}");
    assert_eq!(app.get_as(&phone, "/account").await.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.get_as(&laptop, "/account").await.status(), StatusCode::SEE_OTHER);
}

async fn sessions_end_when_idle_and_seven_days_after_sign_in(app: TestApp) {
    app.person("lee@leeds.gov.uk", "Lee", Some("LDS"), &[]).await;
    let idle = app.signed_in("lee@leeds.gov.uk").await;
    let busy = app.signed_in("lee@leeds.gov.uk").await;
    let every = chrono::Duration::hours(6);
    for step in 1..28 {
        app.clock.advance(every);
        assert_eq!(
            app.get_as(&busy, "/account").await.status(),
            StatusCode::OK,
            "used every six hours, alive after {} hours",
            step * 6
        );
        if step == 2 {
            assert_eq!(
                app.get_as(&idle, "/account").await.status(),
                StatusCode::SEE_OTHER,
                "twelve hours unused"
            );
        }
    }
    app.clock.advance(every);
    let r = app.get_as(&busy, "/account").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "seven days after signing in");
    assert!(location(&r).starts_with("/sign-in"));
}

async fn forgotten_password_is_reset_by_link(app: TestApp) {
    app.person("dan@leeds.gov.uk", "Dan", Some("LDS"), &[]).await;
    let other_device = app.signed_in("dan@leeds.gov.uk").await;

    let unknown = app
        .post_form("/forgot-password", &[("email", "nobody@leeds.gov.uk")])
        .await;
    assert_eq!(unknown.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&unknown), "/forgot-password/sent?email=nobody%40leeds.gov.uk");
    let sent = app.get(&location(&unknown)).await.text().await.unwrap();
    assert!(
        sent.contains("If nobody@leeds.gov.uk has an account"),
        "the same answer whether or not the account exists"
    );
    assert!(app.deliver_mail().await.is_empty());

    app.post_form("/forgot-password", &[("email", "dan@leeds.gov.uk")])
        .await;
    let mail = app.deliver_mail().await;
    assert_eq!(mail.len(), 1);
    let path = link_in(&mail[0].body_text, &app.url("/reset-password/"))
        .trim_start_matches(&app.base)
        .to_string();

    let short = app
        .post_form(&path, &[("password", "short"), ("password_confirmation", "short")])
        .await;
    assert_eq!(
        error_summary(&short.text().await.unwrap()),
        vec!["Password must be 12 characters or more"]
    );

    let new_password = "a completely new passphrase";
    let done = app
        .post_form(
            &path,
            &[("password", new_password), ("password_confirmation", new_password)],
        )
        .await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.get_as(&other_device, "/account").await.status(),
        StatusCode::SEE_OTHER,
        "other sessions end"
    );
    assert_eq!(
        app.sign_in_as(&new_client(), "dan@leeds.gov.uk", PASSWORD)
            .await
            .status(),
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        app.sign_in_as(&new_client(), "dan@leeds.gov.uk", new_password)
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.get(&path).await.status(),
        StatusCode::NOT_FOUND,
        "the link works once"
    );
}

on_both!(
    sign_up_verify_and_land_in_council,
    sign_up_link_expires,
    signing_up_again_with_an_account_sends_a_reset_link,
    sign_in_and_out,
    failed_sign_ins_are_slowed_then_locked,
    one_address_trying_many_accounts_is_slowed_not_locked,
    concurrent_guesses_are_counted_before_they_are_checked,
    sign_out_everywhere_ends_every_session,
    sessions_end_when_idle_and_seven_days_after_sign_in,
    forgotten_password_is_reset_by_link,
);
