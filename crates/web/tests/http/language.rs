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

async fn problem_in(app: &TestApp, path: &str, accept: Option<&str>) -> (StatusCode, String, serde_json::Value) {
    let mut request = app.client.get(app.url(path));
    if let Some(accept) = accept {
        request = request.header("accept-language", accept);
    }
    let r = request.send().await.unwrap();
    let status = r.status();
    assert_eq!(
        r.headers()["content-type"].to_str().unwrap(),
        "application/problem+json",
        "{path}"
    );
    let lang = r.headers()["content-language"].to_str().unwrap().to_string();
    (status, lang, r.json().await.unwrap())
}

/// The API's problems are written in the language the client asks for: Welsh for `cy`,
/// English otherwise; the kind (`type`) and status stay the same.
async fn api_problems_speak_the_caller_s_language(app: TestApp) {
    let (status, lang, body) = problem_in(&app, "/api/v1/no-such-thing", Some("cy-GB,cy;q=0.9")).await;
    assert_eq!((status, lang.as_str()), (StatusCode::NOT_FOUND, "cy"));
    assert_eq!(body["type"], "/api/v1/problems/not-found");
    assert_eq!(body["title"], "Heb ddod o hyd iddo");
    assert_eq!(body["detail"], "Nid oes adnodd API o'r fath.");
    let (_, lang, body) = problem_in(&app, "/api/v1/no-such-thing", None).await;
    assert_eq!(lang, "en");
    assert_eq!(body["title"], "Not found");
    assert_eq!(body["detail"], "There is no such API resource.");

    // With arguments, and the parameter named.
    let (status, _, body) = problem_in(&app, "/api/v1/organisations?limit=0", Some("cy")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["title"], "Nid yw paramedr yn ddilys");
    assert_eq!(body["detail"], "Rhif cyfan o 1 i 200.");
    assert_eq!(body["parameter"], "limit");
    let (_, _, body) = problem_in(&app, "/api/v1/organisations?limit=0", Some("en")).await;
    assert_eq!(body["detail"], "A whole number from 1 to 200.");

    // A token is asked for; the open data's refusals too; the guard's too.
    let (status, _, body) = problem_in(&app, "/api/v1/bookings", Some("cy")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["title"], "Mae angen dilysu");
    assert!(body["detail"]
        .as_str()
        .unwrap()
        .starts_with("Anfonwch docyn mynediad personol"));
    let (status, _, body) = problem_in(&app, "/ocds/releases.json?since=yesterday", Some("cy")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["detail"], "Dyddiad (BBBB-MM-DD) neu amser RFC 3339.");
    let (status, _, body) = problem_in(&app, "/api/v1/organisations?q=a%00b", Some("cy")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["title"], "Ni dderbynnir nodau rheoli");
    // A query the extractor cannot read: its own words, inside a Welsh sentence.
    let (status, _, body) = problem_in(&app, "/api/v1/organisations?limit=many", Some("cy")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body["detail"]
        .as_str()
        .unwrap()
        .starts_with("Nid oedd modd darllen y cais: "));
}

on_both!(
    api_problems_speak_the_caller_s_language,
    the_first_visit_follows_the_browser,
    a_visitor_s_switch_is_remembered_in_a_cookie,
    a_signed_in_person_s_choice_goes_with_their_account,
    what_handlers_say_is_in_the_page_s_language,
    people_of_welsh_councils_get_welsh_first_emails
);
