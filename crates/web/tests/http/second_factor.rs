//! Two-step sign-in over HTTP: setting up an authenticator (confirmed by a code), recovery
//! codes shown once and each used once, a code needed after the password and accepted once,
//! wrong codes throttled and locked as passwords are, and a council's requirement.

use crate::harness::{error_summary, location, new_client, TestApp, PASSWORD};
use crate::on_both;
use chrono::Duration;
use domain::clock::Clock;
use domain::roles::Role;
use reqwest::{Client, StatusCode};

/// The person's authenticator secret, as their app holds it (the database keeps it sealed).
async fn secret_of(app: &TestApp, user: i64) -> String {
    let factor = store::second_factors::find(app.db(), user).await.unwrap().unwrap();
    assert!(app::sealing::is_sealed(&factor.secret), "kept sealed");
    app.state.settings.sealing.open(&factor.secret).unwrap()
}

/// The code the person's authenticator shows now.
async fn code_now(app: &TestApp, user: i64) -> String {
    domain::second_factor::code_at(&secret_of(app, user).await, app.clock.now().timestamp()).unwrap()
}

/// A code that is not the right one now.
fn wrong(right: &str) -> &'static str {
    if right == "000000" {
        "111111"
    } else {
        "000000"
    }
}

/// Sets up an authenticator for the signed-in `client`; returns the recovery codes shown.
async fn set_up(app: &TestApp, client: &Client, user: i64) -> Vec<String> {
    let r = app.post_form_as(client, "/account/two-factor/start", &[]).await;
    assert_eq!(location(&r), "/account/two-factor#set-up");
    let page = app.text_as(client, "/account/two-factor").await;
    let secret = secret_of(app, user).await;
    assert!(page.contains(&secret), "the secret is shown to type in");
    assert!(
        page.contains("<svg role=\"img\" aria-label=\"QR code"),
        "and as a QR code"
    );
    let code = code_now(app, user).await;
    let r = app
        .post_form_as(client, "/account/two-factor/confirm", &[("code", wrong(&code))])
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        error_summary(&r.text().await.unwrap()),
        vec!["Enter the code your authenticator app shows now, or one of your recovery codes"]
    );
    let r = app
        .post_form_as(client, "/account/two-factor/confirm", &[("code", &code)])
        .await;
    assert_eq!(location(&r), "/account/two-factor?done=on#recovery-codes");
    let page = app.text_as(client, "/account/two-factor?done=on").await;
    let codes: Vec<String> = page
        .split("<li><code>")
        .skip(1)
        .filter_map(|rest| rest.split("</code>").next())
        .map(str::to_string)
        .collect();
    assert_eq!(codes.len(), 10, "{page}");
    assert!(codes.iter().all(|c| c.len() == 11 && c.as_bytes()[5] == b'-'));
    let again = app.text_as(client, "/account/two-factor?done=on").await;
    assert!(!again.contains(&codes[0]), "shown once");
    assert!(again.contains("You have 10 recovery codes left"));
    codes
}

/// Signs in with the password as a new browser: the code's page is next.
async fn password_step(app: &TestApp, email: &str) -> Client {
    let client = new_client();
    let r = app.sign_in_as(&client, email, PASSWORD).await;
    assert_eq!(location(&r), "/sign-in/code?return_to=%2F");
    assert_eq!(app.get_as(&client, "/sign-in/code").await.status(), StatusCode::OK);
    assert_eq!(
        location(&app.get_as(&client, "/account").await),
        "/sign-in?return_to=%2Faccount",
        "not signed in before the code"
    );
    client
}

async fn give_code(app: &TestApp, client: &Client, code: &str) -> reqwest::Response {
    app.post_form_as(client, "/sign-in/code", &[("code", code), ("return_to", "/account")])
        .await
}

async fn signing_in_asks_for_a_code_once_set_up(app: TestApp) {
    app.onboard("LDS", "leeds.gov.uk").await;
    let mei = app
        .person("mei@leeds.gov.uk", "Mei Chen", Some("LDS"), &[Role::Practitioner])
        .await;
    let client = app.signed_in("mei@leeds.gov.uk").await;
    let codes = set_up(&app, &client, mei).await;
    // Starting again once it is on is refused.
    let r = app.post_form_as(&client, "/account/two-factor/start", &[]).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);

    // The password is not enough now; the code confirming the set-up does not work twice.
    let browser = password_step(&app, "mei@leeds.gov.uk").await;
    let used = code_now(&app, mei).await;
    let r = give_code(&app, &browser, &used).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    app.clock.advance(Duration::seconds(30));
    let r = give_code(&app, &browser, &code_now(&app, mei).await).await;
    assert_eq!(location(&r), "/account");
    assert_eq!(app.get_as(&browser, "/account").await.status(), StatusCode::OK);

    // A recovery code instead, once only (typed in capitals and without its hyphen).
    let browser = password_step(&app, "mei@leeds.gov.uk").await;
    let typed = codes[0].replace('-', "").to_uppercase();
    let r = give_code(&app, &browser, &typed).await;
    assert_eq!(location(&r), "/account");
    let other = password_step(&app, "mei@leeds.gov.uk").await;
    let r = give_code(&app, &other, &codes[0]).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert!(app
        .text_as(&client, "/account/two-factor")
        .await
        .contains("You have 9 recovery codes left"));

    // Wrong codes count as failed sign-ins: five lock the account, right code or not.
    app.clock.advance(Duration::seconds(30));
    for _ in 0..5 {
        let r = give_code(&app, &other, "123 456").await;
        assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    }
    let right = code_now(&app, mei).await;
    let r = give_code(&app, &other, &right).await;
    let message = error_summary(&r.text().await.unwrap()).join(" ");
    assert!(
        message.starts_with("There have been too many failed attempts"),
        "{message}"
    );
    let r = app.sign_in_as(&new_client(), "mei@leeds.gov.uk", PASSWORD).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST, "the password is locked too");
    // The challenge lasts five minutes: after the lock, signing in starts again.
    app.clock.advance(Duration::minutes(16));
    let r = give_code(&app, &other, &code_now(&app, mei).await).await;
    assert_eq!(location(&r), "/sign-in?return_to=%2F");
    // Without a challenge, the code's page sends people to sign in.
    let r = app.get_as(&new_client(), "/sign-in/code").await;
    assert_eq!(location(&r), "/sign-in");
    let r = give_code(&app, &new_client(), "123456").await;
    assert_eq!(location(&r), "/sign-in");

    // New recovery codes replace the old; turning it off needs a code.
    let r = app
        .post_form_as(&client, "/account/two-factor/recovery-codes", &[])
        .await;
    assert_eq!(location(&r), "/account/two-factor?done=renewed#recovery-codes");
    let page = app.text_as(&client, "/account/two-factor?done=renewed").await;
    assert!(!page.contains(&codes[1]) && page.matches("<li><code>").count() == 10);
    let r = app
        .post_form_as(&client, "/account/two-factor/off", &[("code", "nonsense")])
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = app
        .post_form_as(
            &client,
            "/account/two-factor/off",
            &[("code", &code_now(&app, mei).await)],
        )
        .await;
    assert_eq!(location(&r), "/account/two-factor?done=off");
    let r = app.sign_in_as(&new_client(), "mei@leeds.gov.uk", PASSWORD).await;
    assert_eq!(location(&r), "/", "the password alone again");
    let audit: Vec<String> = store::audit::list(app.db(), None, None, 50)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.subject_id == mei.to_string())
        .map(|e| e.action)
        .collect();
    for action in [
        "second-factor-on",
        "second-factor-recovery-renewed",
        "second-factor-off",
    ] {
        assert!(audit.iter().any(|a| a == action), "{action} in {audit:?}");
    }
    assert!(
        store::audit::list(app.db(), None, None, 50)
            .await
            .unwrap()
            .iter()
            .all(|e| !e.after_json.as_deref().unwrap_or("").contains(&codes[2])),
        "no recovery code in the audit log"
    );
}

async fn a_council_can_require_it(app: TestApp) {
    app.onboard("LDS", "leeds.gov.uk").await;
    app.onboard("HCK", "hackney.gov.uk").await;
    let mei = app
        .person("mei@leeds.gov.uk", "Mei Chen", Some("LDS"), &[Role::Practitioner])
        .await;
    let lia = app
        .person("lia@leeds.gov.uk", "Lia Admin", Some("LDS"), &[Role::CouncilAdmin])
        .await;
    app.person(
        "hal@hackney.gov.uk",
        "Hal Stranger",
        Some("HCK"),
        &[Role::CouncilAdmin, Role::Manager],
    )
    .await;
    let mei_client = app.signed_in("mei@leeds.gov.uk").await;
    let lia_client = app.signed_in("lia@leeds.gov.uk").await;
    let hal = app.signed_in("hal@hackney.gov.uk").await;
    set_up(&app, &mei_client, mei).await;
    let require = [("required", "yes")];
    // Only the council's own admins decide.
    for client in [&hal, &mei_client] {
        let r = app.post_form_as(client, "/councils/LDS/second-factor", &require).await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
    }
    let r = app
        .post_form_as(&new_client(), "/councils/LDS/second-factor", &require)
        .await;
    assert!(location(&r).starts_with("/sign-in"), "a visitor is asked to sign in");
    let r = app
        .post_form_as(&lia_client, "/councils/LDS/second-factor", &require)
        .await;
    assert_eq!(location(&r), "/councils/LDS/members?second_factor=required");
    let leeds = store::organisations::find_by_code(app.db(), "LDS")
        .await
        .unwrap()
        .unwrap();
    assert!(store::second_factors::council_requires(app.db(), leeds.id)
        .await
        .unwrap());

    // Lia has none: every page but setting it up (and signing out) sends her there.
    for path in ["/", "/account", "/councils/LDS/members"] {
        let r = app.get_as(&lia_client, path).await;
        assert_eq!(location(&r), "/account/two-factor?required=yes", "{path}");
    }
    let page = app.text_as(&lia_client, "/account/two-factor").await;
    assert!(page.contains("A council you belong to requires two-step sign-in"));
    assert_eq!(app.get_as(&lia_client, "/privacy").await.status(), StatusCode::OK);
    // Mei has one, keeps going, and cannot turn it off.
    assert_eq!(app.get_as(&mei_client, "/account").await.status(), StatusCode::OK);
    app.clock.advance(Duration::seconds(30));
    let r = app
        .post_form_as(
            &mei_client,
            "/account/two-factor/off",
            &[("code", &code_now(&app, mei).await)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    assert_eq!(
        error_summary(&r.text().await.unwrap()),
        vec!["A council you belong to requires two-step sign-in, so it cannot be turned off"]
    );
    // Once Lia sets hers up she is let through, and can lift the requirement.
    set_up(&app, &lia_client, lia).await;
    assert_eq!(
        app.get_as(&lia_client, "/councils/LDS/members").await.status(),
        StatusCode::OK
    );
    let r = app
        .post_form_as(&lia_client, "/councils/LDS/second-factor", &[("required", "no")])
        .await;
    assert_eq!(location(&r), "/councils/LDS/members?second_factor=not-required");
}

/// Secrets written before sealing existed are sealed at start, and still give the same codes.
async fn secrets_kept_in_the_clear_are_sealed(app: TestApp) {
    app.onboard("LDS", "leeds.gov.uk").await;
    let user = app
        .person("kofi@leeds.gov.uk", "Kofi Mensah", Some("LDS"), &[Role::Practitioner])
        .await;
    let clear = "JBSWY3DPEHPK3PXP";
    let mut tx = app.db().begin().await.unwrap();
    assert!(store::second_factors::start(&mut tx, user, clear, app.clock.now())
        .await
        .unwrap());
    tx.commit().await.unwrap();
    assert_eq!(app::second_factor::seal_kept_secrets(&app.state).await.unwrap(), 1);
    assert_eq!(
        app::second_factor::seal_kept_secrets(&app.state).await.unwrap(),
        0,
        "once"
    );
    let kept = store::second_factors::find(app.db(), user)
        .await
        .unwrap()
        .unwrap()
        .secret;
    assert!(!kept.contains(clear));
    assert_eq!(secret_of(&app, user).await, clear);
}

on_both!(
    signing_in_asks_for_a_code_once_set_up,
    a_council_can_require_it,
    secrets_kept_in_the_clear_are_sealed
);
