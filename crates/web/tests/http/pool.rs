//! The talent pool over HTTP: writing a profile, the manager's approval, search, rates,
//! and what other councils may and may not see.

use crate::harness::{error_summary, location, new_client, TestApp};
use crate::on_both;
use domain::roles::Role;
use reqwest::{Client, StatusCode};
use store::{notifications, profiles, reference};

/// Writes a complete profile for the signed-in practitioner and returns its id.
async fn write_profile(app: &TestApp, client: &Client) -> i64 {
    let details = [
        ("display_name", "Mei Chen"),
        ("headline", "User researcher for waste services"),
        ("about", "Interviews with residents about bin collections."),
        ("region", "Yorkshire and The Humber"),
        ("work_mode", "either"),
        ("contact_email", "mei.private@leeds.gov.uk"),
    ];
    assert_eq!(
        app.post_form_as(client, "/profile/details", &details).await.status(),
        StatusCode::SEE_OTHER
    );
    let level = reference::levels(app.db())
        .await
        .unwrap()
        .into_iter()
        .find(|l| l.name == "Senior user researcher")
        .unwrap();
    assert_eq!(
        app.post_form_as(client, "/profile/roles/add", &[("level_id", &level.id.to_string())])
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    let skill = reference::skills(app.db())
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.name == "User research methods")
        .unwrap();
    app.post_form_as(client, "/profile/skills/add", &[("skill_id", &skill.id.to_string())])
        .await;
    app.post_form_as(client, "/profile/services/add", &[("lgsl_id", "524")])
        .await;
    let done = [
        ("title", "Garden waste subscriptions"),
        ("lgsl_id", "524"),
        ("delivered", "Discovery with 40 households"),
        ("year", "2024"),
        ("link", ""),
    ];
    assert_eq!(
        app.post_form_as(client, "/profile/done-before", &done).await.status(),
        StatusCode::SEE_OTHER
    );
    // Dates come as the GOV.UK date input sends them: day, month and year apart, as typed
    // (no leading zeros); an optional date left blank.
    let today = domain::weeks::london_date(chrono::Utc::now());
    let (day, month, year) = (
        today.format("%-d").to_string(),
        today.format("%-m").to_string(),
        today.format("%Y").to_string(),
    );
    let capacity = [
        ("hours_per_week", "4"),
        ("available_from-day", day.as_str()),
        ("available_from-month", month.as_str()),
        ("available_from-year", year.as_str()),
        ("available_to-day", ""),
        ("available_to-month", ""),
        ("available_to-year", ""),
    ];
    assert_eq!(
        app.post_form_as(client, "/profile/capacity", &capacity).await.status(),
        StatusCode::SEE_OTHER
    );
    let user = store::users::find_by_email(app.db(), "mei@leeds.gov.uk")
        .await
        .unwrap()
        .unwrap();
    profiles::find_by_user(app.db(), user.id).await.unwrap().unwrap().id
}

async fn people(app: &TestApp) -> (Client, Client, Client) {
    app.onboard("LDS", "leeds.gov.uk").await;
    app.onboard("WOK", "wokingham.gov.uk").await;
    app.person("mei@leeds.gov.uk", "Mei Chen", Some("LDS"), &[Role::Practitioner])
        .await;
    app.person("tom@leeds.gov.uk", "Tom Barker", Some("LDS"), &[Role::Manager])
        .await;
    app.person("dan@wokingham.gov.uk", "Dan Hughes", Some("WOK"), &[Role::Buyer])
        .await;
    (
        app.signed_in("mei@leeds.gov.uk").await,
        app.signed_in("tom@leeds.gov.uk").await,
        app.signed_in("dan@wokingham.gov.uk").await,
    )
}

async fn practitioner_is_listed_after_manager_approves(app: TestApp) {
    let (mei, tom, dan) = people(&app).await;

    // An incomplete profile cannot be put forward.
    app.get_as(&mei, "/profile").await;
    let early = app.post_form_as(&mei, "/profile/listing/submit", &[]).await;
    assert_eq!(early.status(), StatusCode::BAD_REQUEST);
    assert_eq!(error_summary(&early.text().await.unwrap()).len(), 3);

    let id = write_profile(&app, &mei).await;
    // Not listed yet: other councils cannot find or open it.
    let search = app.get_as(&dan, "/pool?q=researcher").await.text().await.unwrap();
    assert!(!search.contains("Mei Chen"));
    assert_eq!(
        app.get_as(&dan, &format!("/pool/{id}")).await.status(),
        StatusCode::NOT_FOUND
    );

    let submitted = app.post_form_as(&mei, "/profile/listing/submit", &[]).await;
    assert_eq!(submitted.status(), StatusCode::SEE_OTHER);
    let mail = app.deliver_mail().await;
    assert_eq!(mail.len(), 1);
    assert_eq!(mail[0].recipient, "tom@leeds.gov.uk");
    assert!(mail[0].body_text.contains(&format!("/councils/LDS/profiles/{id}")));
    let tom_id = store::users::find_by_email(app.db(), "tom@leeds.gov.uk")
        .await
        .unwrap()
        .unwrap()
        .id;
    assert_eq!(notifications::unread_count(app.db(), tom_id).await.unwrap(), 1);

    // A manager of another council cannot approve it; the buyer cannot either.
    app.person("priya@wokingham.gov.uk", "Priya", Some("WOK"), &[Role::Manager])
        .await;
    let priya = app.signed_in("priya@wokingham.gov.uk").await;
    let path = format!("/councils/LDS/profiles/{id}/listing/approve");
    assert_eq!(
        app.post_form_as(&priya, &path, &[]).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.post_form_as(&priya, &format!("/councils/WOK/profiles/{id}/listing/approve"), &[])
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.post_form_as(&dan, &path, &[]).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        app.post_form_as(&mei, &path, &[]).await.status(),
        StatusCode::FORBIDDEN,
        "nobody approves themselves"
    );

    let review = app
        .get_as(&tom, &format!("/councils/LDS/profiles/{id}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        review.contains("mei.private@leeds.gov.uk"),
        "the manager sees the contact email"
    );
    let approved = app.post_form_as(&tom, &path, &[]).await;
    assert_eq!(approved.status(), StatusCode::SEE_OTHER);
    let mail = app.deliver_mail().await;
    assert_eq!(mail[0].recipient, "mei@leeds.gov.uk");
    assert!(mail[0].subject.contains("listed"));

    // Now the buyer in another council finds it by skill and free hours.
    let skill = reference::skills(app.db())
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.name == "User research methods")
        .unwrap();
    let found = app
        .get_as(&dan, &format!("/pool?skill={}&min_hours=3", skill.id))
        .await
        .text()
        .await
        .unwrap();
    assert!(found.contains("Mei Chen"), "{found}");
    let too_many = app
        .get_as(&dan, &format!("/pool?skill={}&min_hours=5", skill.id))
        .await
        .text()
        .await
        .unwrap();
    assert!(!too_many.contains("Mei Chen"));
    // A service is named by words: its exact name, the only one matching, or one chosen
    // from those matching.
    let get = |path: &'static str| {
        let (app, dan) = (&app, &dan);
        async move { app.get_as(dan, path).await.text().await.unwrap() }
    };
    assert!(get("/pool?service_words=Household+waste+COLLECTION")
        .await
        .contains("Mei Chen"));
    let several = get("/pool?service_words=household+waste").await;
    assert!(several.contains("Services that match"), "{several}");
    assert!(
        several.contains("service=524"),
        "each choice links to a search by that service"
    );
    assert_eq!(
        error_summary(&get("/pool?service_words=zzzz").await),
        vec!["No service on the Local Government Service List matches those words"]
    );
    let by_id = get("/pool?service=524").await;
    assert!(by_id.contains("Mei Chen") && by_id.contains("value=\"Household waste collection\""));
    let page = app.get_as(&dan, &format!("/pool/{id}")).await.text().await.unwrap();
    assert!(page.contains("Garden waste subscriptions") && page.contains("Household waste collection"));
    assert!(
        !page.contains("mei.private@leeds.gov.uk"),
        "private fields never reach other councils"
    );

    // Paused: still visible, no longer found; resumed: found again.
    app.post_form_as(&mei, "/profile/listing/pause", &[]).await;
    assert!(!app
        .get_as(&dan, "/pool?q=researcher")
        .await
        .text()
        .await
        .unwrap()
        .contains("Mei Chen"));
    assert_eq!(app.get_as(&dan, &format!("/pool/{id}")).await.status(), StatusCode::OK);
    app.post_form_as(&mei, "/profile/listing/resume", &[]).await;
    assert!(app
        .get_as(&dan, "/pool?q=researcher")
        .await
        .text()
        .await
        .unwrap()
        .contains("Mei Chen"));

    // The manager withdraws it; Mei is told.
    let withdrawn = app
        .post_form_as(&tom, &format!("/councils/LDS/profiles/{id}/listing/withdraw"), &[])
        .await;
    assert_eq!(withdrawn.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.deliver_mail().await[0].recipient, "mei@leeds.gov.uk");
    assert_eq!(
        app.get_as(&dan, &format!("/pool/{id}")).await.status(),
        StatusCode::NOT_FOUND
    );
}

async fn manager_declines_with_a_reason(app: TestApp) {
    let (mei, tom, _) = people(&app).await;
    let id = write_profile(&app, &mei).await;
    app.post_form_as(&mei, "/profile/listing/submit", &[]).await;
    app.deliver_mail().await;
    let path = format!("/councils/LDS/profiles/{id}/listing/decline");
    let no_reason = app.post_form_as(&tom, &path, &[("reason", "")]).await;
    assert_eq!(no_reason.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        error_summary(&no_reason.text().await.unwrap()),
        vec!["Enter the reason for declining"]
    );
    let declined = app
        .post_form_as(
            &tom,
            &path,
            &[("reason", "Please add your hours after the restructure")],
        )
        .await;
    assert_eq!(declined.status(), StatusCode::SEE_OTHER);
    let mail = app.deliver_mail().await;
    assert!(mail[0]
        .body_text
        .contains("Please add your hours after the restructure"));
    let own = app.get_as(&mei, "/profile").await.text().await.unwrap();
    assert!(own.contains("Please add your hours after the restructure") && own.contains("Draft"));
    // Approving a declined (draft) profile is refused.
    let late = app
        .post_form_as(&tom, &format!("/councils/LDS/profiles/{id}/listing/approve"), &[])
        .await;
    assert_eq!(late.status(), StatusCode::CONFLICT);
}

async fn rates_come_from_the_card_or_the_manager(app: TestApp) {
    let (mei, tom, dan) = people(&app).await;
    let id = write_profile(&app, &mei).await;
    app.person("fin@leeds.gov.uk", "Fin", Some("LDS"), &[Role::Finance])
        .await;
    let finance = app.signed_in("fin@leeds.gov.uk").await;
    let level = reference::levels(app.db())
        .await
        .unwrap()
        .into_iter()
        .find(|l| l.name == "Senior user researcher")
        .unwrap();

    assert_eq!(
        app.post_form_as(
            &mei,
            "/councils/LDS/rate-card",
            &[("level_id", &level.id.to_string()), ("rate", "55")]
        )
        .await
        .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.post_form_as(
            &dan,
            "/councils/LDS/rate-card",
            &[("level_id", &level.id.to_string()), ("rate", "55")]
        )
        .await
        .status(),
        StatusCode::FORBIDDEN
    );
    let bad = app
        .post_form_as(
            &finance,
            "/councils/LDS/rate-card",
            &[("level_id", &level.id.to_string()), ("rate", "fifty")],
        )
        .await;
    assert_eq!(
        error_summary(&bad.text().await.unwrap()),
        vec!["Enter an amount in pounds, like 45 or 52.50"]
    );
    let set = app
        .post_form_as(
            &finance,
            "/councils/LDS/rate-card",
            &[("level_id", &level.id.to_string()), ("rate", "55.50")],
        )
        .await;
    assert_eq!(set.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        profiles::find(app.db(), id).await.unwrap().unwrap().rate_pence,
        Some(5550)
    );
    assert!(app
        .get_as(&mei, "/councils/LDS/rate-card")
        .await
        .text()
        .await
        .unwrap()
        .contains("£55.50"));
    assert_eq!(
        app.get_as(&dan, "/councils/LDS/rate-card").await.status(),
        StatusCode::FORBIDDEN,
        "another council's card is theirs"
    );

    let override_rate = app
        .post_form_as(
            &tom,
            &format!("/councils/LDS/profiles/{id}/rate"),
            &[("rate", "48"), ("notes", "Agreed overtime rate")],
        )
        .await;
    assert_eq!(override_rate.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        profiles::find(app.db(), id).await.unwrap().unwrap().rate_pence,
        Some(4800)
    );
    let cleared = app
        .post_form_as(
            &tom,
            &format!("/councils/LDS/profiles/{id}/rate"),
            &[("rate", ""), ("notes", "")],
        )
        .await;
    assert_eq!(cleared.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        profiles::find(app.db(), id).await.unwrap().unwrap().rate_pence,
        Some(5550)
    );
}

async fn pool_pages_need_the_right_people(app: TestApp) {
    let (mei, tom, dan) = people(&app).await;
    let id = write_profile(&app, &mei).await;
    let visitor = new_client();
    for path in [
        "/pool",
        &format!("/pool/{id}"),
        "/profile",
        "/profile/details",
        "/notifications",
        "/councils/LDS/profiles",
        "/councils/LDS/rate-card",
    ] {
        let r = app.get_as(&visitor, path).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{path}");
        assert!(location(&r).starts_with("/sign-in"));
    }
    // Only practitioners keep a profile.
    assert_eq!(app.get_as(&dan, "/profile").await.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        app.post_form_as(&dan, "/profile/details", &[("headline", "x")])
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    // Managers' pages are for the practitioner's own council.
    assert_eq!(
        app.get_as(&dan, "/councils/LDS/profiles").await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get_as(&mei, "/councils/LDS/profiles").await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get_as(&tom, "/councils/LDS/profiles").await.status(),
        StatusCode::OK
    );
    assert_eq!(
        app.get_as(&tom, &format!("/councils/WOK/profiles/{id}")).await.status(),
        StatusCode::FORBIDDEN
    );
    // The owner and their managers see a draft; another council does not.
    assert_eq!(app.get_as(&mei, &format!("/pool/{id}")).await.status(), StatusCode::OK);
    assert_eq!(app.get_as(&tom, &format!("/pool/{id}")).await.status(), StatusCode::OK);
    assert_eq!(
        app.get_as(&dan, &format!("/pool/{id}")).await.status(),
        StatusCode::NOT_FOUND
    );
    // Removing another profile's done-before entry by id does nothing to it.
    let other = app
        .person("sam@wokingham.gov.uk", "Sam", Some("WOK"), &[Role::Practitioner])
        .await;
    let sam = app.signed_in("sam@wokingham.gov.uk").await;
    app.get_as(&sam, "/profile").await;
    let entries = profiles::done_before(app.db(), id).await.unwrap();
    let r = app
        .post_form_as(&sam, &format!("/profile/done-before/{}/remove", entries[0].id), &[])
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(profiles::done_before(app.db(), id).await.unwrap().len(), 1);
    assert!(profiles::find_by_user(app.db(), other).await.unwrap().is_some());
}

async fn profile_forms_explain_mistakes(app: TestApp) {
    let (mei, _, _) = people(&app).await;
    let bad = app
        .post_form_as(
            &mei,
            "/profile/details",
            &[
                ("display_name", "Mei"),
                ("headline", ""),
                ("about", "x"),
                ("region", "Atlantis"),
                ("work_mode", "either"),
            ],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        error_summary(&bad.text().await.unwrap()),
        vec!["Enter a headline", "Choose a region from the list"]
    );
    let hours = app
        .post_form_as(
            &mei,
            "/profile/capacity",
            &[("hours_per_week", "2.1"), ("available_from", "2026-13-01")],
        )
        .await;
    assert_eq!(
        error_summary(&hours.text().await.unwrap()),
        vec![
            "Enter hours in quarter hours, like 2.25, 2.5 or 2.75",
            "The date you are available from must be a real date"
        ]
    );
    // The GOV.UK date input's boxes: the message names the box left empty.
    let parts = app
        .post_form_as(
            &mei,
            "/profile/capacity",
            &[
                ("hours_per_week", "2"),
                ("available_from-day", "7"),
                ("available_from-month", ""),
                ("available_from-year", "2027"),
                ("available_to-day", "31"),
                ("available_to-month", "6"),
                ("available_to-year", "27"),
            ],
        )
        .await;
    assert_eq!(
        error_summary(&parts.text().await.unwrap()),
        vec![
            "The date you are available from must include a month",
            "The year of the date you are available until must include 4 numbers"
        ]
    );
    let link = app
        .post_form_as(
            &mei,
            "/profile/done-before",
            &[
                ("title", "T"),
                ("delivered", "D"),
                ("year", "2024"),
                ("link", "javascript:alert(1)"),
            ],
        )
        .await;
    assert_eq!(
        error_summary(&link.text().await.unwrap()),
        vec!["Enter a link starting http:// or https://"]
    );
    let unknown = app
        .post_form_as(&mei, "/profile/skills/add", &[("skill_id", "999999")])
        .await;
    assert_eq!(unknown.status(), StatusCode::BAD_REQUEST);
    let search = app.get_as(&mei, "/pool?max_rate=cheap&min_hours=lots").await;
    assert_eq!(
        error_summary(&search.text().await.unwrap()),
        vec![
            "Enter an amount in pounds, like 45 or 52.50",
            "Enter hours as a number, like 2 or 3.5"
        ]
    );
}

async fn people_are_found_by_name_and_no_results_says_what_was_searched(app: TestApp) {
    app.onboard("LDS", "leeds.gov.uk").await;
    let cardiff = app.onboard("CRF", "cardiff.gov.uk").await;
    let sian = app
        .person("sian@cardiff.gov.uk", "Siân Llŷr", Some("CRF"), &[Role::Practitioner])
        .await;
    let profile = crate::cast::listed_profile(&app, sian, cardiff, 6).await;
    let mut tx = app.db().begin().await.unwrap();
    let details = profiles::DetailsUpdate {
        display_name: "Siân Llŷr",
        headline: "Service designer",
        about: "Redesigned the council tax reduction journey.",
        region: Some("Wales"),
        work_mode: "remote",
        contact_email: None,
    };
    profiles::update_details(
        &mut tx,
        profile,
        &details,
        domain::clock::Clock::now(app.clock.as_ref()),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    app.person("dan@leeds.gov.uk", "Dan Hughes", Some("LDS"), &[Role::Buyer])
        .await;
    let dan = app.signed_in("dan@leeds.gov.uk").await;
    let search = |q: &str| {
        let path = format!("/pool?{}", serde_urlencoded::to_string([("q", q)]).unwrap());
        let (app, dan) = (&app, &dan);
        async move { app.get_as(dan, &path).await.text().await.unwrap() }
    };
    for asked in ["Siân Llŷr", "Sian Llyr", "Llŷr"] {
        let page = search(asked).await;
        assert!(page.contains(&format!("href=\"/pool/{profile}\"")), "{asked}");
        assert!(!page.contains("id=\"no-results\""), "{asked}");
    }
    let page = app
        .get_as(&dan, "/pool?q=Si%C3%A2n+Davies&region=Wales&remote=yes")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("id=\"no-results\""));
    for said in [
        "the words “Siân Davies”",
        "in Wales, or working remotely",
        "free hours in the weeks from",
    ] {
        assert!(page.contains(said), "{said}");
    }
}

/// Services are typed, not scrolled: suggestions as one types (where JavaScript runs), and
/// without JavaScript the words are sent and several matches are offered to choose from.
async fn services_are_found_by_typing_their_name(app: TestApp) {
    let (mei, _, _) = people(&app).await;
    let visitor = new_client();
    let suggest = |q: &'static str| {
        let (app, visitor) = (&app, &visitor);
        async move {
            let r = app.get_as(visitor, &format!("/services/suggest?q={q}")).await;
            assert_eq!(r.status(), StatusCode::OK);
            r.json::<Vec<String>>().await.unwrap()
        }
    };
    let names = suggest("household+waste").await;
    assert!(names.len() > 1 && names.len() <= 12, "{names:?}");
    assert!(
        names.iter().all(|n| {
            let n = n.to_lowercase();
            n.contains("household") && n.contains("waste")
        }),
        "{names:?}"
    );
    assert!(
        names[0].starts_with("Household waste"),
        "names starting so come first: {names:?}"
    );
    assert!(suggest("zzzz").await.is_empty());
    assert!(suggest("").await.is_empty());

    let add = |fields: Vec<(&'static str, &'static str)>| {
        let (app, mei) = (&app, &mei);
        async move {
            let r = app.post_form_as(mei, "/profile/services/add", &fields).await;
            (r.status(), r.text().await.unwrap())
        }
    };
    let (status, several) = add(vec![("lgsl_id_words", "household waste")]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        error_summary(&several),
        vec!["More than one service matches those words: choose one, or type more of its name"]
    );
    assert!(
        several.contains(r#"name="lgsl_id" type="radio" value="524""#),
        "{several}"
    );
    assert!(!several.contains("<select"), "no 978-option list");
    let (status, _) = add(vec![("lgsl_id_words", "household waste"), ("lgsl_id", "524")]).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "the offered choice is taken");
    for (words, said) in [
        (
            "zzzz",
            "No service on the Local Government Service List matches those words",
        ),
        ("  ", "Type part of the service’s name, then choose it"),
    ] {
        let (status, page) = add(vec![("lgsl_id_words", words)]).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{words}");
        assert_eq!(error_summary(&page), vec![said]);
    }
    let services = app.get_as(&mei, "/profile/services").await.text().await.unwrap();
    assert!(services.contains("Household waste collection"));

    let done = |words: &'static str, title: &'static str| {
        let (app, mei) = (&app, &mei);
        async move {
            let fields = [
                ("title", title),
                ("lgsl_id_words", words),
                ("delivered", "Discovery"),
                ("year", "2024"),
            ];
            let r = app.post_form_as(mei, "/profile/done-before", &fields).await;
            (r.status(), r.text().await.unwrap())
        }
    };
    let (status, page) = done("zzzz", "").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        error_summary(&page),
        vec![
            "Enter a title",
            "No service on the Local Government Service List matches those words"
        ]
    );
    assert!(page.contains(r#"name="lgsl_id_words" type="text""#) && page.contains(r#"value="zzzz""#));
    assert_eq!(
        done("Household waste collection", "Bins").await.0,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        done("", "Not for one service").await.0,
        StatusCode::SEE_OTHER,
        "optional"
    );

    // The public opportunity list filters by a service the same way, choices as links.
    let list = app
        .get_as(&visitor, "/opportunities?service_words=household+waste")
        .await
        .text()
        .await
        .unwrap();
    assert!(list.contains("Services that match “household waste”"), "{list}");
    assert!(list.contains("service=524"));
    let chosen = app
        .get_as(&visitor, "/opportunities?service=524")
        .await
        .text()
        .await
        .unwrap();
    assert!(chosen.contains(r#"value="Household waste collection""#));
    let none = app
        .get_as(&visitor, "/opportunities?service_words=zzzz")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(
        error_summary(&none),
        vec!["No service on the Local Government Service List matches those words"]
    );
}

on_both!(
    services_are_found_by_typing_their_name,
    people_are_found_by_name_and_no_results_says_what_was_searched,
    practitioner_is_listed_after_manager_approves,
    manager_declines_with_a_reason,
    rates_come_from_the_card_or_the_manager,
    pool_pages_need_the_right_people,
    profile_forms_explain_mistakes,
);
