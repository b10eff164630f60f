//! Bookings and contracts over HTTP: the whole lifecycle, the capacity race, lapsing,
//! refusals out of turn, and who may see and do what.

use crate::cast::listed_profile;
use crate::harness::{error_summary, location, new_client, TestApp};
use crate::on_both;
use domain::clock::Clock;
use domain::roles::Role;
use domain::weeks::Week;
use reqwest::{Client, StatusCode};
use store::{bookings, capacity, contracts};

/// Leeds lends, Wokingham and Cardiff buy, Hackney is a stranger to every deal.
struct Cast {
    mei: Client,
    tom: Client,
    dan: Client,
    cara: Client,
    leeds_admin: Client,
    wok_admin: Client,
    stranger: Client,
    profile_id: i64,
}

async fn cast(app: &TestApp) -> Cast {
    let leeds = app.onboard("LDS", "leeds.gov.uk").await;
    app.onboard("WOK", "wokingham.gov.uk").await;
    app.onboard("CRF", "cardiff.gov.uk").await;
    app.onboard("HCK", "hackney.gov.uk").await;
    let mei = app
        .person("mei@leeds.gov.uk", "Mei Chen", Some("LDS"), &[Role::Practitioner])
        .await;
    app.person("tom@leeds.gov.uk", "Tom Barker", Some("LDS"), &[Role::Manager])
        .await;
    app.person("lia@leeds.gov.uk", "Lia Admin", Some("LDS"), &[Role::CouncilAdmin])
        .await;
    app.person("dan@wokingham.gov.uk", "Dan Hughes", Some("WOK"), &[Role::Buyer])
        .await;
    app.person("wes@wokingham.gov.uk", "Wes Admin", Some("WOK"), &[Role::CouncilAdmin])
        .await;
    app.person("cara@cardiff.gov.uk", "Cara Jones", Some("CRF"), &[Role::Buyer])
        .await;
    app.person(
        "hal@hackney.gov.uk",
        "Hal Stranger",
        Some("HCK"),
        &[Role::Buyer, Role::Manager, Role::CouncilAdmin, Role::Finance],
    )
    .await;
    app.person("operator@microcontracts.test", "Operator", None, &[]).await;
    let profile_id = listed_profile(app, mei, leeds, 4).await;
    let operator = app.signed_in("operator@microcontracts.test").await;
    let published = app
        .post_form_as(
            &operator,
            "/admin/agreements",
            &[
                ("version", "1.0"),
                ("title", "Council to council services agreement"),
                ("body", "1. The supplying council provides the officer's time."),
            ],
        )
        .await;
    assert_eq!(published.status(), StatusCode::SEE_OTHER);
    Cast {
        mei: app.signed_in("mei@leeds.gov.uk").await,
        tom: app.signed_in("tom@leeds.gov.uk").await,
        dan: app.signed_in("dan@wokingham.gov.uk").await,
        cara: app.signed_in("cara@cardiff.gov.uk").await,
        leeds_admin: app.signed_in("lia@leeds.gov.uk").await,
        wok_admin: app.signed_in("wes@wokingham.gov.uk").await,
        stranger: app.signed_in("hal@hackney.gov.uk").await,
        profile_id,
    }
}

fn this_week(app: &TestApp) -> Week {
    Week::current(app.clock.now())
}

/// Sends a booking of `hours` a week for the weeks `first`..=`last`; returns the response.
async fn request(
    app: &TestApp,
    client: &Client,
    profile: i64,
    hours: &str,
    first: Week,
    last: Week,
) -> reqwest::Response {
    let path = format!("/pool/{profile}/book");
    let from = first.iso();
    let to = last.iso();
    app.post_form_as(
        client,
        &path,
        &[
            ("mode", "weekly"),
            ("hours_per_week", hours),
            ("from_week", &from),
            ("to_week", &to),
            ("purpose", "Usability testing of the garden waste form"),
            ("lgsl_id", "524"),
            ("po_number", "PO-1234"),
            ("settlement", "money"),
            ("confirm", "yes"),
        ],
    )
    .await
}

fn id_from(location: &str, prefix: &str) -> i64 {
    location
        .trim_start_matches(prefix)
        .split(['?', '/'])
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

async fn free(app: &TestApp, profile: i64, weeks: &[Week]) -> Vec<i64> {
    capacity::free_by_week(app.db(), &[profile], weeks)
        .await
        .unwrap()
        .remove(&profile)
        .unwrap()
}

async fn sign_agreement(app: &TestApp, admin: &Client, code: &str) {
    let page = app
        .get_as(admin, &format!("/councils/{code}/agreement"))
        .await
        .text()
        .await
        .unwrap();
    let version_id = page
        .split("name=\"agreement_version_id\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_string();
    let today = domain::weeks::london_date(app.clock.now()).to_string();
    let signed = app
        .post_form_as(
            admin,
            &format!("/councils/{code}/agreement/sign"),
            &[
                ("agreement_version_id", &version_id),
                ("signatory_name", "Jo Chief"),
                ("signatory_role", "Chief Digital Officer"),
                ("signed_on", &today),
            ],
        )
        .await;
    assert_eq!(signed.status(), StatusCode::SEE_OTHER, "signature recorded for {code}");
}

/// A manager approves with the usual terms and the first legal basis.
async fn approve(app: &TestApp, manager: &Client, booking: i64) -> reqwest::Response {
    let basis = store::agreements::legal_bases(app.db(), false).await.unwrap()[0]
        .id
        .to_string();
    let terms = [
        ("legal_basis_id", basis.as_str()),
        ("invoicing", "monthly"),
        ("vat", "outside_scope"),
        ("payment_terms_days", "30"),
    ];
    app.post_form_as(manager, &format!("/bookings/{booking}/approve"), &terms)
        .await
}

async fn a_booking_becomes_an_active_contract(app: TestApp) {
    let c = cast(&app).await;
    let w = this_week(&app).next();
    let weeks = w.through(w.plus(1));
    assert_eq!(free(&app, c.profile_id, &weeks).await, vec![240, 240]);

    // The form shows free hours; the check page the cost at the listed rate.
    let form = app.get_as(&c.dan, &format!("/pool/{}/book", c.profile_id)).await;
    assert_eq!(form.status(), StatusCode::OK);
    let from = w.iso();
    let to = w.next().iso();
    let check = app
        .post_form_as(
            &c.dan,
            &format!("/pool/{}/book", c.profile_id),
            &[
                ("mode", "weekly"),
                ("hours_per_week", "3"),
                ("from_week", &from),
                ("to_week", &to),
                ("purpose", "Usability testing"),
                ("lgsl_id", ""),
                ("po_number", ""),
                ("settlement", "money"),
            ],
        )
        .await;
    assert_eq!(check.status(), StatusCode::OK);
    let check = check.text().await.unwrap();
    assert!(check.contains("£390.00 at £65.00 an hour"), "6 hours at £65");
    // The service is typed, not picked from 978 options: words matching several are
    // answered with those to choose from; a service's name is taken as it is.
    let with_service = |words: &'static str| {
        let (app, dan, path, from, to) = (
            &app,
            &c.dan,
            format!("/pool/{}/book", c.profile_id),
            from.clone(),
            to.clone(),
        );
        async move {
            let r = app
                .post_form_as(
                    dan,
                    &path,
                    &[
                        ("mode", "weekly"),
                        ("hours_per_week", "3"),
                        ("from_week", &from),
                        ("to_week", &to),
                        ("purpose", "Usability testing"),
                        ("lgsl_id_words", words),
                        ("settlement", "money"),
                    ],
                )
                .await;
            (r.status(), r.text().await.unwrap())
        }
    };
    let (status, several) = with_service("household waste").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        error_summary(&several),
        vec!["More than one service matches those words: choose one, or type more of its name"]
    );
    assert!(
        several.contains(r#"name="lgsl_id" type="radio" value="524""#),
        "{several}"
    );
    let (status, named) = with_service("household waste COLLECTION").await;
    assert_eq!(status, StatusCode::OK);
    assert!(named.contains("Household waste collection") && named.contains(r#"name="lgsl_id" value="524""#));
    assert_eq!(
        free(&app, c.profile_id, &weeks).await,
        vec![240, 240],
        "nothing held before sending"
    );

    let sent = request(&app, &c.dan, c.profile_id, "3", w, w.next()).await;
    assert_eq!(sent.status(), StatusCode::SEE_OTHER);
    let booking = id_from(&location(&sent), "/bookings/");
    assert_eq!(free(&app, c.profile_id, &weeks).await, vec![60, 60], "held at once");
    let mail = app.deliver_mail().await;
    assert!(mail
        .iter()
        .any(|m| m.recipient == "mei@leeds.gov.uk" && m.body_text.contains(&format!("/bookings/{booking}"))));

    // The manager cannot approve before the practitioner accepts.
    let basis = store::agreements::legal_bases(app.db(), false).await.unwrap()[0]
        .id
        .to_string();
    let terms = [
        ("legal_basis_id", basis.as_str()),
        ("invoicing", "monthly"),
        ("vat", "outside_scope"),
        ("payment_terms_days", "30"),
    ];
    let early = app
        .post_form_as(&c.tom, &format!("/bookings/{booking}/approve"), &terms)
        .await;
    assert_eq!(early.status(), StatusCode::CONFLICT);
    assert_eq!(
        error_summary(&early.text().await.unwrap()),
        vec!["The practitioner has not accepted this request yet"]
    );
    let accepted = app
        .post_form_as(&c.mei, &format!("/bookings/{booking}/accept"), &[])
        .await;
    assert_eq!(accepted.status(), StatusCode::SEE_OTHER);
    let again = app
        .post_form_as(&c.mei, &format!("/bookings/{booking}/accept"), &[])
        .await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    assert_eq!(
        error_summary(&again.text().await.unwrap()),
        vec!["This request has already been accepted and is waiting for a manager"]
    );
    let mail = app.deliver_mail().await;
    assert!(mail.iter().any(|m| m.recipient == "tom@leeds.gov.uk"));
    assert!(mail.iter().any(|m| m.recipient == "dan@wokingham.gov.uk"));
    // The legal bases offered include the Procurement Act's exemptions for arrangements
    // between contracting authorities.
    let form = app.text_as(&c.tom, &format!("/bookings/{booking}")).await;
    for exemption in [
        "Procurement Act 2023, Schedule 2, paragraph 3 (horizontal arrangements)",
        "Procurement Act 2023, Schedule 2, paragraph 2 (vertical arrangements)",
    ] {
        assert!(form.contains(exemption), "{exemption}");
    }

    // Approval needs a legal basis from the list.
    let missing = app
        .post_form_as(
            &c.tom,
            &format!("/bookings/{booking}/approve"),
            &[
                ("legal_basis_id", ""),
                ("invoicing", "monthly"),
                ("vat", "outside_scope"),
                ("payment_terms_days", "30"),
            ],
        )
        .await;
    assert_eq!(missing.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        error_summary(&missing.text().await.unwrap()),
        vec!["Choose a legal basis"]
    );
    let approved = app
        .post_form_as(&c.tom, &format!("/bookings/{booking}/approve"), &terms)
        .await;
    assert_eq!(approved.status(), StatusCode::SEE_OTHER);
    let contract = id_from(&location(&approved), "/contracts/");
    let k = contracts::find(app.db(), contract).await.unwrap().unwrap();
    assert_eq!(k.status, domain::contracts::ContractStatus::Proposed);
    assert_eq!(
        (k.rate_pence, k.hours_cap_minutes, k.value_cap_pence),
        (6500, 360, 39000)
    );
    assert_eq!(
        free(&app, c.profile_id, &weeks).await,
        vec![60, 60],
        "the contract holds the same hours"
    );
    assert_eq!(
        bookings::find(app.db(), booking).await.unwrap().unwrap().status,
        domain::bookings::BookingStatus::Approved
    );
    // A booking cannot be withdrawn once approved.
    let late = app
        .post_form_as(&c.dan, &format!("/bookings/{booking}/withdraw"), &[])
        .await;
    assert_eq!(late.status(), StatusCode::CONFLICT);

    // Neither council can accept before it has recorded signing the agreement.
    let unsigned = app
        .post_form_as(&c.dan, &format!("/contracts/{contract}/accept"), &[("side", "buyer")])
        .await;
    assert_eq!(unsigned.status(), StatusCode::CONFLICT);
    assert!(error_summary(&unsigned.text().await.unwrap())[0].contains("has not recorded signing"));
    sign_agreement(&app, &c.wok_admin, "WOK").await;
    sign_agreement(&app, &c.leeds_admin, "LDS").await;
    let buyer_accepts = app
        .post_form_as(&c.dan, &format!("/contracts/{contract}/accept"), &[("side", "buyer")])
        .await;
    assert_eq!(buyer_accepts.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        contracts::find(app.db(), contract).await.unwrap().unwrap().status,
        domain::contracts::ContractStatus::Proposed
    );
    let as_supplier = app
        .post_form_as(
            &c.dan,
            &format!("/contracts/{contract}/accept"),
            &[("side", "supplier")],
        )
        .await;
    assert_eq!(
        as_supplier.status(),
        StatusCode::FORBIDDEN,
        "a buyer cannot accept for the supplier"
    );
    let supplier_accepts = app
        .post_form_as(
            &c.tom,
            &format!("/contracts/{contract}/accept"),
            &[("side", "supplier")],
        )
        .await;
    assert_eq!(supplier_accepts.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        contracts::find(app.db(), contract).await.unwrap().unwrap().status,
        domain::contracts::ContractStatus::Active
    );

    // A variation: one more hour in each week, held while it waits, in force once accepted.
    let variation = app
        .post_form_as(
            &c.dan,
            &format!("/contracts/{contract}/variations/new"),
            &[
                ("side", "buyer"),
                ("extra_hours_per_week", "1"),
                ("from_week", &from),
                ("to_week", &to),
                ("end_date", ""),
                ("rate", ""),
                ("summary", "One more hour a week for analysis"),
            ],
        )
        .await;
    assert_eq!(variation.status(), StatusCode::SEE_OTHER);
    assert_eq!(free(&app, c.profile_id, &weeks).await, vec![0, 0]);
    let own = app
        .post_form_as(
            &c.dan,
            &format!("/contracts/{contract}/variation-accept"),
            &[("side", "buyer")],
        )
        .await;
    assert_eq!(
        own.status(),
        StatusCode::CONFLICT,
        "the proposer cannot accept its own variation"
    );
    let agreed = app
        .post_form_as(
            &c.tom,
            &format!("/contracts/{contract}/variation-accept"),
            &[("side", "supplier")],
        )
        .await;
    assert_eq!(agreed.status(), StatusCode::SEE_OTHER);
    let k = contracts::find(app.db(), contract).await.unwrap().unwrap();
    assert_eq!((k.current_version, k.hours_cap_minutes), (2, 480));
    assert_eq!(free(&app, c.profile_id, &weeks).await, vec![0, 0]);
    let versions = contracts::versions(app.db(), contract).await.unwrap();
    assert_eq!(versions.len(), 2, "every version is kept");
    // Both versions were agreed by both councils, and each says so.
    let page = app
        .get_as(&c.dan, &format!("/contracts/{contract}"))
        .await
        .text()
        .await
        .unwrap();
    let table = &page[page.find("Version 1").expect("the versions table")..];
    assert_eq!(table.matches(">Agreed</strong>").count(), 2, "{table}");
    assert!(!page.contains("Waiting for a manager"));
    for path in [
        format!("/contracts/{contract}"),
        format!("/contracts/{contract}/versions/1"),
        format!("/contracts/{contract}/summary"),
        "/work".to_string(),
    ] {
        let page = app.get_as(&c.dan, &path).await;
        assert_eq!(page.status(), StatusCode::OK, "{path}");
    }
    let summary = app
        .get_as(&c.tom, &format!("/contracts/{contract}/summary"))
        .await
        .text()
        .await
        .unwrap();
    for term in [
        "£65.00",
        "8 hours",
        "Outside the scope of VAT",
        "30 days",
        "Council to council services agreement",
        "Wokingham",
        "Leeds",
    ] {
        assert!(summary.contains(term), "the summary shows {term}");
    }

    // Ending it early releases the hours from next week on.
    let no_reason = app
        .post_form_as(
            &c.tom,
            &format!("/contracts/{contract}/terminate"),
            &[("side", "supplier"), ("reason", "")],
        )
        .await;
    assert_eq!(no_reason.status(), StatusCode::BAD_REQUEST);
    let ended = app
        .post_form_as(
            &c.tom,
            &format!("/contracts/{contract}/terminate"),
            &[("side", "supplier"), ("reason", "Mei is needed on a local emergency")],
        )
        .await;
    assert_eq!(ended.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        contracts::find(app.db(), contract).await.unwrap().unwrap().status,
        domain::contracts::ContractStatus::Terminated
    );
    assert_eq!(free(&app, c.profile_id, &weeks).await, vec![240, 240]);
    let complete = app
        .post_form_as(&c.dan, &format!("/contracts/{contract}/complete"), &[("side", "buyer")])
        .await;
    assert_eq!(
        complete.status(),
        StatusCode::CONFLICT,
        "an ended contract cannot be completed"
    );
    let _ = c.cara;
}

/// However requests race, no week is taken beyond the practitioner's capacity.
/// The check page of a request for more hours than are free says which weeks fall short,
/// in words, and offers only the way back; never a button that would fail.
async fn the_check_page_never_offers_a_request_that_would_fail(app: TestApp) {
    let c = cast(&app).await;
    let w = this_week(&app).next();
    let check = |hours: &'static str| {
        let (app, dan, week) = (&app, &c.dan, w.iso());
        async move {
            let fields = [
                ("mode", "weekly"),
                ("hours_per_week", hours),
                ("from_week", week.as_str()),
                ("to_week", week.as_str()),
                ("purpose", "Usability testing of the garden waste form"),
                ("lgsl_id", ""),
                ("po_number", ""),
                ("settlement", "money"),
            ];
            let path = format!("/pool/{}/book", c.profile_id);
            app.post_form_as(dan, &path, &fields).await.text().await.unwrap()
        }
    };
    let fits = check("1").await;
    assert!(fits.contains("Send the request") && !fits.contains("govuk-error-summary"));
    let short = check("6").await;
    let monday = w.monday().format("%-d %B %Y").to_string();
    assert!(
        short.contains(&format!("Week of {monday}: you asked for 6 hours, 4 are free")),
        "{short}"
    );
    assert!(short.contains("govuk-error-summary") && !short.contains("Send the request"));
    assert!(short.contains("Change the hours or weeks"));
    let summary = &short[short.find("govuk-error-summary").unwrap()..];
    let summary = &summary[..summary.find("</ul>").unwrap()];
    assert!(!summary.contains(&w.iso()), "no ISO week code is shown: {summary}");
}

async fn racing_requests_never_overbook(app: TestApp) {
    let c = cast(&app).await;
    let w = this_week(&app).next();
    // Eight one-hour requests at once for a week with four free hours, from two councils.
    let mut tasks = Vec::new();
    for i in 0..8 {
        let client = if i % 2 == 0 { c.dan.clone() } else { c.cara.clone() };
        let token = app.csrf_token(&client).await;
        let url = app.url(&format!("/pool/{}/book", c.profile_id));
        let week = w.iso();
        tasks.push(tokio::spawn(async move {
            client
                .post(url)
                .form(&[
                    ("csrf_token", token.as_str()),
                    ("mode", "weekly"),
                    ("hours_per_week", "1"),
                    ("from_week", &week),
                    ("to_week", &week),
                    ("purpose", "Quick review"),
                    ("settlement", "money"),
                    ("confirm", "yes"),
                ])
                .send()
                .await
                .unwrap()
        }));
    }
    let mut made = 0;
    let mut refused = Vec::new();
    for task in tasks {
        let response = task.await.unwrap();
        match response.status() {
            StatusCode::SEE_OTHER => made += 1,
            StatusCode::CONFLICT => refused.push(response.text().await.unwrap()),
            other => panic!("unexpected {other}"),
        }
    }
    assert_eq!(made, 4, "exactly the four free hours were booked");
    assert_eq!(refused.len(), 4);
    for page in refused {
        let errors = error_summary(&page);
        assert!(
            errors[0].contains("There are not enough free hours")
                && errors[0].contains("you asked for 1 hour, 0 are free"),
            "says what is still free: {errors:?}"
        );
    }
    assert_eq!(free(&app, c.profile_id, &[w]).await, vec![0]);
    let _ = (c.mei, c.tom, c.leeds_admin, c.wok_admin, c.stranger);
}

/// A variation and a new request racing for the last free hours: exactly one gets them.
async fn a_variation_and_a_request_race_for_the_last_hours(app: TestApp) {
    let c = cast(&app).await;
    let w = this_week(&app).next();
    let sent = request(&app, &c.dan, c.profile_id, "3", w, w).await;
    let booking = id_from(&location(&sent), "/bookings/");
    app.post_form_as(&c.mei, &format!("/bookings/{booking}/accept"), &[])
        .await;
    let approved = approve(&app, &c.tom, booking).await;
    let contract = id_from(&location(&approved), "/contracts/");
    sign_agreement(&app, &c.wok_admin, "WOK").await;
    sign_agreement(&app, &c.leeds_admin, "LDS").await;
    app.post_form_as(&c.dan, &format!("/contracts/{contract}/accept"), &[("side", "buyer")])
        .await;
    app.post_form_as(
        &c.tom,
        &format!("/contracts/{contract}/accept"),
        &[("side", "supplier")],
    )
    .await;
    assert_eq!(free(&app, c.profile_id, &[w]).await, vec![60]);

    let week = w.iso();
    let dan_token = app.csrf_token(&c.dan).await;
    let cara_token = app.csrf_token(&c.cara).await;
    let variation = c
        .dan
        .post(app.url(&format!("/contracts/{contract}/variations/new")))
        .form(&[
            ("csrf_token", dan_token.as_str()),
            ("side", "buyer"),
            ("extra_hours_per_week", "1"),
            ("from_week", &week),
            ("to_week", &week),
            ("summary", "One more hour"),
        ])
        .send();
    let booking = c
        .cara
        .post(app.url(&format!("/pool/{}/book", c.profile_id)))
        .form(&[
            ("csrf_token", cara_token.as_str()),
            ("mode", "weekly"),
            ("hours_per_week", "1"),
            ("from_week", &week),
            ("to_week", &week),
            ("purpose", "Quick review"),
            ("settlement", "money"),
            ("confirm", "yes"),
        ])
        .send();
    let (variation, booking) = tokio::join!(variation, booking);
    let outcomes = [variation.unwrap().status(), booking.unwrap().status()];
    assert_eq!(
        outcomes.iter().filter(|s| **s == StatusCode::SEE_OTHER).count(),
        1,
        "exactly one took the hour: {outcomes:?}"
    );
    assert_eq!(
        outcomes.iter().filter(|s| **s == StatusCode::CONFLICT).count(),
        1,
        "{outcomes:?}"
    );
    assert_eq!(free(&app, c.profile_id, &[w]).await, vec![0]);
    let _ = c.stranger;
}

/// A request nobody answers lapses after five working days and gives its hours back.
async fn unanswered_requests_lapse(app: TestApp) {
    let c = cast(&app).await;
    let w = this_week(&app).plus(2);
    let sent = request(&app, &c.dan, c.profile_id, "2", w, w).await;
    let booking = id_from(&location(&sent), "/bookings/");
    let declined = request(&app, &c.cara, c.profile_id, "1", w, w).await;
    let declined = id_from(&location(&declined), "/bookings/");
    assert_eq!(free(&app, c.profile_id, &[w]).await, vec![60]);
    // Declining releases at once, and needs a reason.
    let no_reason = app
        .post_form_as(&c.mei, &format!("/bookings/{declined}/decline"), &[("reason", " ")])
        .await;
    assert_eq!(no_reason.status(), StatusCode::BAD_REQUEST);
    let no = app
        .post_form_as(
            &c.mei,
            &format!("/bookings/{declined}/decline"),
            &[("reason", "Fully booked that week")],
        )
        .await;
    assert_eq!(no.status(), StatusCode::SEE_OTHER);
    assert_eq!(free(&app, c.profile_id, &[w]).await, vec![120]);
    app.deliver_mail().await;

    assert_eq!(app::bookings::expire_lapsed(&app.state).await.unwrap(), 0);
    // The platform dashboard lists the request once it is within two days of lapsing.
    let operator = app.signed_in("operator@microcontracts.test").await;
    assert!(crate::dashboard::rows(&app, &operator, "bookings-lapsing")
        .await
        .is_empty());
    let start = domain::clock::Clock::now(app.clock.as_ref());
    let expires = bookings::find(app.db(), booking).await.unwrap().unwrap().expires_at;
    let almost = expires - start - chrono::Duration::hours(1);
    app.clock.advance(almost);
    let operator = app.signed_in("operator@microcontracts.test").await;
    let lapsing = crate::dashboard::rows(&app, &operator, "bookings-lapsing").await;
    assert_eq!(lapsing.len(), 1, "{lapsing:?}");
    assert_eq!(
        lapsing[0][..3],
        [
            "Leeds City Council",
            "Wokingham Borough Council",
            "The practitioner to answer"
        ]
    );
    // Five working days, even over Christmas, are within sixteen days.
    app.clock.advance(chrono::Duration::days(16) - almost);
    assert_eq!(app::bookings::expire_lapsed(&app.state).await.unwrap(), 1);
    assert_eq!(app::bookings::expire_lapsed(&app.state).await.unwrap(), 0, "once only");
    assert_eq!(
        bookings::find(app.db(), booking).await.unwrap().unwrap().status,
        domain::bookings::BookingStatus::Expired
    );
    assert_eq!(free(&app, c.profile_id, &[w]).await, vec![240]);
    let mail = app.deliver_mail().await;
    let told: Vec<&str> = mail.iter().map(|m| m.recipient.as_str()).collect();
    assert!(told.contains(&"dan@wokingham.gov.uk") && told.contains(&"mei@leeds.gov.uk"));
    let mei = app.signed_in("mei@leeds.gov.uk").await;
    let accept = app
        .post_form_as(&mei, &format!("/bookings/{booking}/accept"), &[])
        .await;
    assert_eq!(accept.status(), StatusCode::CONFLICT, "nothing left to answer");
    assert_eq!(
        error_summary(&accept.text().await.unwrap()),
        vec!["This request has already been answered, withdrawn or has lapsed"]
    );
    let _ = (c.tom, c.leeds_admin, c.wok_admin, c.stranger);
}

/// Only the two councils (and the practitioner) see a deal; each step needs its role.
async fn only_the_parties_see_or_act(app: TestApp) {
    let c = cast(&app).await;
    let w = this_week(&app).next();
    let sent = request(&app, &c.dan, c.profile_id, "1", w, w).await;
    let booking = id_from(&location(&sent), "/bookings/");
    app.post_form_as(&c.mei, &format!("/bookings/{booking}/accept"), &[])
        .await;
    let basis = store::agreements::legal_bases(app.db(), false).await.unwrap()[0]
        .id
        .to_string();
    let approved = approve(&app, &c.tom, booking).await;
    let contract = id_from(&location(&approved), "/contracts/");
    let pages = [
        format!("/bookings/{booking}"),
        format!("/contracts/{contract}"),
        format!("/contracts/{contract}/summary"),
        format!("/contracts/{contract}/calendar.ics"),
        format!("/contracts/{contract}/versions/1"),
        format!("/contracts/{contract}/variations/new?side=buyer"),
    ];
    let posts = [
        (format!("/bookings/{booking}/accept"), vec![]),
        (format!("/bookings/{booking}/decline"), vec![("reason", "No")]),
        (format!("/bookings/{booking}/withdraw"), vec![]),
        (
            format!("/bookings/{booking}/approve"),
            vec![("legal_basis_id", basis.as_str())],
        ),
        (format!("/contracts/{contract}/accept"), vec![("side", "buyer")]),
        (format!("/contracts/{contract}/accept"), vec![("side", "supplier")]),
        (
            format!("/contracts/{contract}/terminate"),
            vec![("side", "buyer"), ("reason", "x")],
        ),
        (format!("/contracts/{contract}/complete"), vec![("side", "buyer")]),
        (
            format!("/contracts/{contract}/variation-accept"),
            vec![("side", "supplier")],
        ),
        (
            format!("/contracts/{contract}/variations/new"),
            vec![("side", "buyer"), ("summary", "x"), ("rate", "70")],
        ),
    ];
    // Someone from another council, whatever their roles there.
    for path in &pages {
        assert_eq!(
            app.get_as(&c.stranger, path).await.status(),
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    for (path, fields) in &posts {
        let response = app.post_form_as(&c.stranger, path, fields).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{path}");
    }
    // Nobody signed in is sent to sign in.
    let visitor = new_client();
    for path in &pages {
        let response = app.get_as(&visitor, path).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{path}");
        assert!(location(&response).starts_with("/sign-in"));
    }
    // Inside the councils, each step needs its role.
    let cara_books_own = app.get_as(&c.mei, &format!("/pool/{}/book", c.profile_id)).await;
    assert_eq!(
        cara_books_own.status(),
        StatusCode::FORBIDDEN,
        "no buyer role, and her own council"
    );
    assert_eq!(
        app.post_form_as(
            &c.mei,
            &format!("/contracts/{contract}/accept"),
            &[("side", "supplier")]
        )
        .await
        .status(),
        StatusCode::FORBIDDEN,
        "the practitioner does not accept for the council"
    );
    assert_eq!(
        app.post_form_as(&c.leeds_admin, &format!("/bookings/{booking}/withdraw"), &[])
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.post_form_as(
            &c.wok_admin,
            &format!("/contracts/{contract}/accept"),
            &[("side", "buyer")]
        )
        .await
        .status(),
        StatusCode::FORBIDDEN,
        "an admin is not a buyer"
    );
    assert_eq!(
        app.get_as(&c.wok_admin, &format!("/contracts/{contract}"))
            .await
            .status(),
        StatusCode::OK,
        "but may read it"
    );
    assert_eq!(
        app.get_as(&c.mei, &format!("/contracts/{contract}")).await.status(),
        StatusCode::OK
    );
    // Agreement pages: a council's admins only; platform terms: platform admins only.
    for (client, path) in [
        (&c.dan, "/councils/WOK/agreement"),
        (&c.stranger, "/councils/WOK/agreement"),
        (&c.leeds_admin, "/admin/agreements"),
    ] {
        assert_eq!(app.get_as(client, path).await.status(), StatusCode::FORBIDDEN, "{path}");
    }
    for (client, path, fields) in [
        (
            &c.stranger,
            "/councils/WOK/agreement/sign",
            vec![("signatory_name", "x")],
        ),
        (&c.dan, "/councils/WOK/agreement/defaults", vec![("vat", "standard")]),
        (&c.leeds_admin, "/admin/agreements", vec![("version", "9")]),
        (&c.leeds_admin, "/admin/legal-bases", vec![("name", "x")]),
        (&c.leeds_admin, "/admin/legal-bases/1/retire", vec![]),
    ] {
        assert_eq!(
            app.post_form_as(client, path, &fields).await.status(),
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    let _ = c.cara;
}

/// A practitioner removed from their council: their profile is withdrawn, the request for
/// their time is withdrawn with its hours released and the buyer told, and the membership
/// ends; only the council's admins may remove them, and the last admin cannot leave.
async fn leaving_the_council_withdraws_what_is_open(app: TestApp) {
    let c = cast(&app).await;
    let mei = app.person("mei@leeds.gov.uk", "", None, &[]).await;
    let lia = app.person("lia@leeds.gov.uk", "", None, &[]).await;
    let weeks = [this_week(&app).plus(1), this_week(&app).plus(2)];
    let before = free(&app, c.profile_id, &weeks).await;
    let r = request(&app, &c.dan, c.profile_id, "2", weeks[0], weeks[1]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let booking = id_from(&location(&r), "/bookings/");
    assert_ne!(free(&app, c.profile_id, &weeks).await, before, "hours held");
    app.deliver_mail().await;

    let remove = format!("/councils/LDS/members/{mei}/remove");
    for refused in [&c.tom, &c.wok_admin, &c.stranger, &c.mei] {
        assert_eq!(app.get_as(refused, &remove).await.status(), StatusCode::FORBIDDEN);
        let r = app.post_form_as(refused, &remove, &[]).await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
    }
    let page = app.text_as(&c.leeds_admin, &remove).await;
    assert!(page.contains("Remove Mei Chen from"), "{page}");
    let r = app.post_form_as(&c.leeds_admin, &remove, &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), format!("/councils/LDS/members?left={mei}"));
    let page = app.text_as(&c.leeds_admin, &location(&r)).await;
    assert!(page.contains("Mei Chen is no longer a member of"), "{page}");

    let leeds = store::organisations::find_by_code(app.db(), "LDS")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(store::members::roles_in(app.db(), mei, leeds.id).await.unwrap(), None);
    let b = bookings::find(app.db(), booking).await.unwrap().unwrap();
    assert_eq!(b.status, domain::bookings::BookingStatus::Withdrawn);
    assert_eq!(free(&app, c.profile_id, &weeks).await, before, "hours released");
    let profile = store::profiles::find_by_user(app.db(), mei).await.unwrap().unwrap();
    assert_eq!(profile.status, domain::pool::ProfileStatus::Withdrawn);
    let pool = app.text_as(&c.dan, "/pool?q=waste").await;
    assert!(!pool.contains("Mei Chen"), "gone from search");
    let mail = app.deliver_mail().await;
    assert!(
        mail.iter()
            .any(|m| m.recipient == "dan@wokingham.gov.uk" && m.body_text.contains("Mei Chen has left Leeds")),
        "the buyer is told"
    );
    let audit = store::audit::list(app.db(), Some(leeds.id), None, 50).await.unwrap();
    assert!(audit
        .iter()
        .any(|e| e.action == "member-left" && e.subject_id == mei.to_string()));
    // Not a member any more: nothing to remove.
    assert_eq!(
        app.post_form_as(&c.leeds_admin, &remove, &[]).await.status(),
        StatusCode::NOT_FOUND
    );
    // The last admin cannot leave; leaving oneself needs no admin.
    let r = app.post_form_as(&c.leeds_admin, "/councils/LDS/leave", &[]).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    assert!(error_summary(&r.text().await.unwrap())
        .iter()
        .any(|e| e.contains("must keep at least one council admin")));
    assert!(store::members::roles_in(app.db(), lia, leeds.id)
        .await
        .unwrap()
        .is_some());
    let page = app.text_as(&c.tom, "/councils/LDS/leave").await;
    assert!(page.contains("Leave Leeds"), "{page}");
    let r = app.post_form_as(&c.tom, "/councils/LDS/leave", &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.get_as(&c.tom, "/councils/LDS/leave").await.status(),
        StatusCode::NOT_FOUND
    );
}

on_both!(
    a_booking_becomes_an_active_contract,
    leaving_the_council_withdraws_what_is_open,
    racing_requests_never_overbook,
    unanswered_requests_lapse,
    only_the_parties_see_or_act,
    the_api_books_with_the_same_rules,
    a_variation_and_a_request_race_for_the_last_hours,
    the_check_page_never_offers_a_request_that_would_fail,
    work_shows_in_calendars
);

/// An event of a calendar as the test reads it: UID, summary, status, first day and the
/// day after the last.
type Event = (String, String, String, String, String);

async fn events(app: &TestApp, path: &str, client: Option<&Client>) -> Vec<Event> {
    use icalendar::Component;
    let response = match client {
        Some(client) => app.get_as(client, path).await,
        None => app.get(path).await,
    };
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    let calendar: icalendar::Calendar = response.text().await.unwrap().parse().unwrap();
    let day = |d: Option<icalendar::DatePerhapsTime>| match d {
        Some(icalendar::DatePerhapsTime::Date(d)) => d.to_string(),
        other => panic!("an all-day event, not {other:?}"),
    };
    let mut found: Vec<Event> = calendar
        .events()
        .map(|e| {
            (
                e.get_uid().unwrap().to_string(),
                e.get_summary().unwrap().to_string(),
                format!("{:?}", e.get_status().unwrap()),
                day(e.get_start()),
                day(e.get_end()),
            )
        })
        .collect();
    found.sort();
    found
}

/// A practitioner's and their manager's calendar feeds hold the work: a waiting request's
/// weeks, tentative; then the contract's period and weeks, tentative until both councils
/// accept; a buyer's or a stranger's feed holds none of it. Each contract is an `.ics` file
/// for the parties.
async fn work_shows_in_calendars(app: TestApp) {
    use crate::harness::calendar_feed;
    let c = cast(&app).await;
    let w = this_week(&app).next();
    let sent = request(&app, &c.dan, c.profile_id, "3", w, w.next()).await;
    let booking = id_from(&location(&sent), "/bookings/");
    let feeds = [calendar_feed(&app, &c.mei).await, calendar_feed(&app, &c.tom).await];
    let others = [
        calendar_feed(&app, &c.dan).await,
        calendar_feed(&app, &c.stranger).await,
    ];
    let friday = |week: Week| (week.monday() + chrono::Duration::days(5)).to_string();
    for feed in &feeds {
        let found = events(&app, &format!("/calendar/{feed}.ics"), None).await;
        let expected: Vec<Event> = [w, w.next()]
            .into_iter()
            .map(|week| {
                (
                    format!("booking-{booking}-week-{}@127.0.0.1", week.monday()),
                    "Requested, 3 hours: Mei Chen for Wokingham Borough Council".to_string(),
                    "Tentative".to_string(),
                    week.monday().to_string(),
                    friday(week),
                )
            })
            .collect();
        assert_eq!(found, expected);
    }
    for feed in &others {
        assert!(events(&app, &format!("/calendar/{feed}.ics"), None).await.is_empty());
    }

    app.post_form_as(&c.mei, &format!("/bookings/{booking}/accept"), &[])
        .await;
    let approved = approve(&app, &c.tom, booking).await;
    let contract = id_from(&location(&approved), "/contracts/");
    let k = contracts::find(app.db(), contract).await.unwrap().unwrap();
    let check = |found: Vec<Event>, status: &str| {
        assert_eq!(found.len(), 3, "{found:?}");
        let period = format!("contract-{contract}@127.0.0.1");
        let (_, summary, state, first, after) = found.iter().find(|e| e.0 == period).unwrap();
        assert_eq!(
            summary,
            "Contract: Mei Chen for Wokingham Borough Council: Usability testing of the garden waste form"
        );
        assert_eq!(state, status);
        assert_eq!(first, &k.start_date.to_string());
        assert_eq!(after, &k.end_date.succ_opt().unwrap().to_string());
        for week in [w, w.next()] {
            let uid = format!("contract-{contract}-week-{}@127.0.0.1", week.monday());
            let event = found.iter().find(|e| e.0 == uid).unwrap();
            assert_eq!(event.1, "3 hours: Mei Chen for Wokingham Borough Council");
            assert_eq!(event.2, status);
            assert_eq!(
                (event.3.clone(), event.4.clone()),
                (week.monday().to_string(), friday(week))
            );
        }
    };
    for feed in &feeds {
        check(events(&app, &format!("/calendar/{feed}.ics"), None).await, "Tentative");
    }
    sign_agreement(&app, &c.wok_admin, "WOK").await;
    sign_agreement(&app, &c.leeds_admin, "LDS").await;
    for (client, side) in [(&c.dan, "buyer"), (&c.tom, "supplier")] {
        let r = app
            .post_form_as(client, &format!("/contracts/{contract}/accept"), &[("side", side)])
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
    }
    for feed in &feeds {
        check(events(&app, &format!("/calendar/{feed}.ics"), None).await, "Confirmed");
    }
    // The contract's own file, for each party.
    let path = format!("/contracts/{contract}/calendar.ics");
    for client in [&c.mei, &c.tom, &c.dan] {
        check(events(&app, &path, Some(client)).await, "Confirmed");
    }
    assert!(app
        .text_as(&c.mei, &format!("/contracts/{contract}"))
        .await
        .contains(&format!("/contracts/{contract}/calendar.ics")));
}

/// The API gives the same answers as the pages, with the same access rules.
async fn the_api_books_with_the_same_rules(app: TestApp) {
    use crate::cast::{api, token};
    use reqwest::Method;
    use serde_json::json;
    let c = cast(&app).await;
    let w = this_week(&app).next();
    let dan = token(&app, &c.dan, &["deals:read", "deals:write"]).await;
    let dan_reads = token(&app, &c.dan, &["deals:read"]).await;
    let mei = token(&app, &c.mei, &["deals:read", "deals:write"]).await;
    let tom = token(&app, &c.tom, &["deals:read", "deals:write"]).await;
    let hal = token(&app, &c.stranger, &["deals:read", "deals:write"]).await;
    let body = |minutes: i64| {
        json!({
            "profile_id": c.profile_id, "council": "WOK",
            "weeks": [{ "week": w.iso(), "minutes": minutes }],
            "purpose": "Accessibility review", "settlement": "hour_credits"
        })
    };
    let (status, _) = api(&app, Method::POST, Some(&dan_reads), "/api/v1/bookings", Some(body(60))).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a read-only token cannot book");
    let (status, problem) = api(&app, Method::POST, Some(&dan), "/api/v1/bookings", Some(body(50))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(problem["parameter"], "weeks");
    let (status, problem) = api(&app, Method::POST, Some(&dan), "/api/v1/bookings", Some(body(300))).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("you asked for 5 hours, 4 are free"),
        "{problem}"
    );
    let (status, booking) = api(&app, Method::POST, Some(&dan), "/api/v1/bookings", Some(body(120))).await;
    assert_eq!(status, StatusCode::CREATED, "{booking}");
    assert_eq!(booking["status"], "requested");
    assert_eq!(booking["weeks"][0]["minutes"], 120);
    let id = booking["id"].as_i64().unwrap();
    let path = format!("/api/v1/bookings/{id}");
    let (status, _) = api(&app, Method::GET, Some(&hal), &path, None).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "another council cannot read it");
    let (status, _) = api(&app, Method::GET, Some(&hal), "/api/v1/bookings?council=WOK", None).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "nor list a council it is not in");
    let (status, problem) = api(&app, Method::GET, Some(&hal), "/api/v1/bookings?council=ZZZ", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "no council has that code: {problem}");
    assert_eq!(problem["parameter"], "council");
    let (status, list) = api(&app, Method::GET, Some(&mei), "/api/v1/bookings", None).await;
    assert_eq!((status, list[0]["id"].as_i64()), (StatusCode::OK, Some(id)));
    let (_, bases) = api(&app, Method::GET, Some(&tom), "/api/v1/legal-bases", None).await;
    let basis = bases[0]["id"].as_i64().unwrap();
    let approval = json!({ "legal_basis_id": basis });
    let (status, problem) = api(
        &app,
        Method::POST,
        Some(&tom),
        &format!("{path}/approve"),
        Some(approval),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "not accepted yet: {problem}");
    let (status, _) = api(&app, Method::POST, Some(&mei), &format!("{path}/accept"), None).await;
    assert_eq!(status, StatusCode::OK);
    let (status, problem) = api(
        &app,
        Method::POST,
        Some(&tom),
        &format!("{path}/approve"),
        Some(json!({})),
    )
    .await;
    assert_eq!(
        (status, problem["parameter"].as_str()),
        (StatusCode::BAD_REQUEST, Some("legal_basis_id"))
    );
    let (status, approved) = api(
        &app,
        Method::POST,
        Some(&tom),
        &format!("{path}/approve"),
        Some(json!({ "legal_basis_id": basis })),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{approved}");
    let contract = approved["contract_id"].as_i64().unwrap();
    let cpath = format!("/api/v1/contracts/{contract}");
    let (status, k) = api(&app, Method::GET, Some(&dan), &cpath, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        (k["status"].as_str(), k["settlement"].as_str()),
        (Some("proposed"), Some("hour_credits"))
    );
    assert_eq!(k["versions"][0]["vat_treatment"], "outside_scope");
    let (status, _) = api(&app, Method::GET, Some(&hal), &cpath, None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let accept = |side: &str| json!({ "side": side });
    let (status, _) = api(
        &app,
        Method::POST,
        Some(&dan),
        &format!("{cpath}/accept"),
        Some(accept("supplier")),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a buyer cannot act for the supplier");
    let (status, problem) = api(
        &app,
        Method::POST,
        Some(&dan),
        &format!("{cpath}/accept"),
        Some(accept("buyer")),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(problem["detail"].as_str().unwrap().contains("signing the agreement"));
    sign_agreement(&app, &c.wok_admin, "WOK").await;
    sign_agreement(&app, &c.leeds_admin, "LDS").await;
    for (t, side) in [(&dan, "buyer"), (&tom, "supplier")] {
        let (status, _) = api(
            &app,
            Method::POST,
            Some(t),
            &format!("{cpath}/accept"),
            Some(accept(side)),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
    }
    let (status, done) = api(
        &app,
        Method::POST,
        Some(&dan),
        &format!("{cpath}/complete"),
        Some(accept("buyer")),
    )
    .await;
    assert_eq!((status, done["status"].as_str()), (StatusCode::OK, Some("completed")));
    let (status, list) = api(
        &app,
        Method::GET,
        Some(&tom),
        "/api/v1/contracts?council=LDS&side=supplier",
        None,
    )
    .await;
    assert_eq!(
        (status, list[0]["reference"].as_str()),
        (StatusCode::OK, Some(format!("MC-{contract:06}").as_str()))
    );
    // Without filters, a buyer's list holds every contract they may see; filters narrow it.
    let reference = format!("MC-{contract:06}");
    for (path, expected) in [
        ("/api/v1/contracts", 1),
        ("/api/v1/contracts?side=buyer", 1),
        ("/api/v1/contracts?side=supplier", 0),
        ("/api/v1/contracts?council=WOK", 1),
        ("/api/v1/bookings", 1),
    ] {
        let (status, list) = api(&app, Method::GET, Some(&dan), path, None).await;
        let items = list.as_array().unwrap();
        assert_eq!((status, items.len()), (StatusCode::OK, expected), "{path}: {list}");
        if path.contains("contracts") && expected == 1 {
            assert_eq!(items[0]["reference"].as_str(), Some(reference.as_str()), "{path}");
        }
    }
    let (status, _) = api(&app, Method::GET, Some(&dan), "/api/v1/contracts?council=LDS", None).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "another council's list");
    let (_, openapi) = api(&app, Method::GET, None, "/api/v1/openapi.json", None).await;
    for p in [
        "/api/v1/bookings",
        "/api/v1/bookings/{id}/{step}",
        "/api/v1/contracts/{id}",
        "/api/v1/legal-bases",
    ] {
        assert!(openapi["paths"][p].is_object(), "{p} is documented");
    }
}
