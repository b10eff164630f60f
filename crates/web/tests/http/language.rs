//! Pages in Welsh or English: the browser's language on a first visit, the header's switch
//! remembered in a cookie for visitors and with the account for people signed in.

use crate::harness::{location, new_client, TestApp};
use crate::on_both;
use domain::roles::Role;
use reqwest::StatusCode;

async fn html_lang(client: &reqwest::Client, app: &TestApp, path: &str, accept: &str) -> (String, String) {
    let r = client
        .get(app.url(path))
        .header("accept-language", accept)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK, "{path}");
    let body = r.text().await.unwrap();
    let lang = body
        .split("<html lang=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_default()
        .to_string();
    (lang, body)
}

async fn the_first_visit_follows_the_browser(app: TestApp) {
    let client = new_client();
    let (lang, body) = html_lang(&client, &app, "/sign-in", "cy-GB,cy;q=0.9,en;q=0.8").await;
    assert_eq!(lang, "cy");
    assert!(body.contains("Mewngofnodi"), "Welsh heading");
    // The switch goes back to this page (the template escapes its slash as HTML does).
    assert!(
        body.contains(r#"href="/language/en?return_to=&#x2f;sign-in""#),
        "a switch to English"
    );
    let (lang, body) = html_lang(&client, &app, "/sign-in", "en-GB,en;q=0.9").await;
    assert_eq!(lang, "en");
    assert!(body.contains("Sign in"));
    assert!(
        body.contains(r#"href="/language/cy?return_to=&#x2f;sign-in""#),
        "a switch to Welsh"
    );
    // A language not spoken here reads English; so does a page missing.
    assert_eq!(html_lang(&client, &app, "/sign-in", "fr").await.0, "en");
    let missing = client
        .get(app.url("/no-such-page"))
        .header("accept-language", "cy")
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    let text = missing.text().await.unwrap();
    assert!(text.contains("<html lang=\"cy\"") && text.contains("Heb ddod o hyd"));
}

async fn a_visitor_s_switch_is_remembered_in_a_cookie(app: TestApp) {
    let client = new_client();
    let r = app
        .get_as(&client, "/language/cy?return_to=/opportunities%3Fq%3Dbins")
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/opportunities?q=bins");
    let cookie = r.headers().get("set-cookie").unwrap().to_str().unwrap().to_string();
    assert!(
        cookie.starts_with("mc_lang=cy;") && cookie.contains("Max-Age=31536000"),
        "{cookie}"
    );
    // The cookie outweighs the browser's language.
    let (lang, body) = html_lang(&client, &app, "/opportunities", "en").await;
    assert_eq!(lang, "cy");
    assert!(body.contains("Cyfleoedd"));
    // Only the two languages, and only back to this service.
    assert_eq!(
        app.get_as(&client, "/language/fr").await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get_as(&client, "/language/CY").await.status(),
        StatusCode::NOT_FOUND
    );
    let away = app.get_as(&client, "/language/en?return_to=//evil.example/").await;
    assert_eq!(location(&away), "/");
}

async fn a_signed_in_person_s_choice_goes_with_their_account(app: TestApp) {
    app.onboard("LDS", "leeds.gov.uk").await;
    app.person("mei@leeds.gov.uk", "Mei", Some("LDS"), &[Role::Practitioner])
        .await;
    let laptop = app.signed_in("mei@leeds.gov.uk").await;
    let r = app.get_as(&laptop, "/language/cy?return_to=/work").await;
    assert_eq!(location(&r), "/work");
    // Another browser, in English and without the cookie, shows Mei's pages in Welsh.
    let phone = app.signed_in("mei@leeds.gov.uk").await;
    let (lang, body) = html_lang(&phone, &app, "/work", "en").await;
    assert_eq!(lang, "cy");
    assert!(body.contains("Fy ngwaith"));
    app.get_as(&phone, "/language/en?return_to=/work").await;
    let (lang, _) = html_lang(&laptop, &app, "/", "cy").await;
    assert_eq!(
        lang, "en",
        "the account's choice outweighs the browser and the old cookie"
    );
}

async fn what_handlers_say_is_in_the_page_s_language(app: TestApp) {
    app.onboard("LDS", "leeds.gov.uk").await;
    app.person("mei@leeds.gov.uk", "Mei", Some("LDS"), &[Role::Practitioner])
        .await;
    let client = new_client();
    app.get_as(&client, "/language/cy").await;
    // A refused sign-in, and a form's field errors, come from the handlers: in Welsh too.
    let r = app
        .post_form_as(
            &client,
            "/sign-in",
            &[("email", "mei@leeds.gov.uk"), ("password", "not it at all")],
        )
        .await;
    let body = r.text().await.unwrap();
    assert!(body.contains("Rhowch gyfeiriad e-bost a chyfrinair cywir"), "{body}");
    let r = app
        .post_form_as(&client, "/sign-up", &[("email", ""), ("display_name", "")])
        .await;
    let body = r.text().await.unwrap();
    assert!(body.contains("Rhowch eich cyfeiriad e-bost gwaith"), "{body}");
    assert!(!body.contains("Enter your work email address"));
}

/// The newest email queued to `to`: its subject and body.
async fn newest_email_to(app: &TestApp, to: &str) -> (String, String) {
    let mail = store::outbox::recent(app.db(), 20).await.unwrap();
    let email = mail.into_iter().find(|m| m.recipient == to).expect("an email");
    (email.subject, email.body_text)
}

async fn tell(app: &TestApp, user: i64) {
    let mut tx = app.db().begin().await.unwrap();
    app::notify::tell(
        &app.state,
        &mut tx,
        user,
        "notify-listing-approved",
        &[("council", "Cardiff".to_string())],
        "/profile",
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
}

async fn people_of_welsh_councils_get_welsh_first_emails(app: TestApp) {
    app.onboard("CRF", "cardiff.gov.uk").await;
    app.onboard("LDS", "leeds.gov.uk").await;
    let rhys = app
        .person("rhys@cardiff.gov.uk", "Rhys", Some("CRF"), &[Role::Practitioner])
        .await;
    let mei = app
        .person("mei@leeds.gov.uk", "Mei", Some("LDS"), &[Role::Practitioner])
        .await;

    // Rhys, of a Welsh council, has chosen nothing: Welsh first, then English, in one email.
    tell(&app, rhys).await;
    let (subject, body) = newest_email_to(&app, "rhys@cardiff.gov.uk").await;
    assert_eq!(
        subject,
        "Mae eich proffil Microgontractau wedi'i restru / Your Microcontracts profile is listed"
    );
    let (welsh, english) = (
        body.find("Mae rheolwr yn Cardiff").unwrap(),
        body.find("A manager at Cardiff").unwrap(),
    );
    assert!(welsh < english, "{body}");
    assert!(body.contains("I ddewis pa hysbysiadau") && body.contains("To choose which notifications"));

    // Mei, of an English council: English only. Having chosen Welsh: Welsh only.
    tell(&app, mei).await;
    let (subject, body) = newest_email_to(&app, "mei@leeds.gov.uk").await;
    assert_eq!(subject, "Your Microcontracts profile is listed");
    assert!(!body.contains("Microgontractau"));
    let client = app.signed_in("mei@leeds.gov.uk").await;
    app.get_as(&client, "/language/cy").await;
    tell(&app, mei).await;
    let (subject, body) = newest_email_to(&app, "mei@leeds.gov.uk").await;
    assert_eq!(subject, "Mae eich proffil Microgontractau wedi'i restru");
    assert!(!body.contains("A manager at"));
    // Rhys, having chosen English: English only.
    let client = app.signed_in("rhys@cardiff.gov.uk").await;
    app.get_as(&client, "/language/en").await;
    tell(&app, rhys).await;
    assert_eq!(
        newest_email_to(&app, "rhys@cardiff.gov.uk").await.0,
        "Your Microcontracts profile is listed"
    );
    // Someone joining a Welsh council, with no account yet, is written to in both.
    let r = app
        .post_form("/sign-up", &[("email", "new@cardiff.gov.uk"), ("display_name", "Nia")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        newest_email_to(&app, "new@cardiff.gov.uk").await.0,
        "Cadarnhewch eich cyfeiriad e-bost ar gyfer Microgontractau / Confirm your email address for Microcontracts"
    );
    // The notifications page shows each in the reader's language.
    let page = app.text_as(&client, "/notifications").await;
    assert!(page.contains("Your profile is listed in the talent pool"));
}

on_both!(
    the_first_visit_follows_the_browser,
    a_visitor_s_switch_is_remembered_in_a_cookie,
    a_signed_in_person_s_choice_goes_with_their_account,
    what_handlers_say_is_in_the_page_s_language,
    people_of_welsh_councils_get_welsh_first_emails
);
