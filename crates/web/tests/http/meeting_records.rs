//! A meeting's record and write-up over HTTP (issue 18): the lead records who came, notes,
//! tables' feedback and actions; open actions are carried into the next meetings' review
//! until done or dropped; members propose themes and vote once each; a council offers to
//! host and the lead accepts; the published write-up shows only what was published, and
//! the group's Atom feed carries it. Nobody but the leads keeps the record.

use crate::harness::{error_summary, location, TestApp};
use crate::on_both;
use crate::south_group::{self, SLUG};
use chrono::{Datelike, Utc};
use domain::clock::Clock;
use reqwest::StatusCode;
use store::meeting_records as records;

/// The group with Mei (Leeds) and Wes (Wokingham) joined; Hal (Hackney) outside it.
async fn a_group(app: &TestApp) {
    south_group::create_with_wokingham(app).await;
}

/// Schedules a meeting on `day` `month` of next year, as Ruth; returns its id.
async fn meeting_on(app: &TestApp, day: &str, month: &str, theme: &str) -> i64 {
    south_group::schedule(app, theme, (day, month), "30").await
}

/// Moves the test clock to just after 15:00 on `day` `month` of next year.
fn clock_to(app: &TestApp, month: u32, day: u32) {
    let target = chrono::NaiveDate::from_ymd_opt(Utc::now().year() + 1, month, day)
        .unwrap()
        .and_hms_opt(16, 0, 0)
        .unwrap()
        .and_utc();
    let now = app.clock.now();
    if target > now {
        app.clock.advance(target - now);
    }
}

async fn user_id(app: &TestApp, email: &str) -> i64 {
    store::users::find_by_email(app.db(), email).await.unwrap().unwrap().id
}

async fn a_meeting_is_recorded_written_up_and_its_actions_carried_on(app: TestApp) {
    a_group(&app).await;
    let first = meeting_on(&app, "18", "3", "Data and AI").await;
    let second = meeting_on(&app, "17", "6", "Digital inclusion").await;
    let third = meeting_on(&app, "16", "9", "Cyber resilience").await;
    let ruth = app.signed_in("ruth@leeds.gov.uk").await;
    let mei = app.signed_in("mei@leeds.gov.uk").await;
    let wes = app.signed_in("wes@wokingham.gov.uk").await;
    let hal = app.signed_in("hal@hackney.gov.uk").await;
    let (mei_id, wes_id) = (
        user_id(&app, "mei@leeds.gov.uk").await,
        user_id(&app, "wes@wokingham.gov.uk").await,
    );
    for client in [&mei, &wes] {
        let r = app
            .post_form_as(client, &format!("/meetings/{first}/register"), &[])
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
    }
    let add = format!("/meetings/{first}/agenda/new");
    for (kind, title) in [("talk", "Our data platform"), ("workshop", "Tables: AI in casework")] {
        let r = app
            .post_form_as(&ruth, &add, &[("kind", kind), ("title", title), ("minutes", "30")])
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
    }
    let agenda = store::meetings::agenda(app.db(), first).await.unwrap();

    // Only the leads keep the record.
    let record = format!("/meetings/{first}/record");
    assert_eq!(app.get_as(&ruth, &record).await.status(), StatusCode::OK);
    for client in [&mei, &hal] {
        assert_eq!(app.get_as(client, &record).await.status(), StatusCode::FORBIDDEN);
        for (path, form) in [
            (format!("/meetings/{first}/attendance"), vec![("came", "1")]),
            (
                format!("/meetings/{first}/feedback"),
                vec![("table_name", "T"), ("findings", "F")],
            ),
            (format!("/meetings/{first}/actions"), vec![("title", "Mine")]),
            (
                format!("/meetings/{first}/write-up"),
                vec![("summary", "Mine"), ("publish", "yes")],
            ),
        ] {
            let r = app.post_form_as(client, &path, &form).await;
            assert_eq!(r.status(), StatusCode::FORBIDDEN, "{path}");
        }
    }
    // Who came is recorded once the meeting has begun.
    let mei_came = mei_id.to_string();
    let attendance = format!("/meetings/{first}/attendance");
    let r = app.post_form_as(&ruth, &attendance, &[("came", &mei_came)]).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    // Months pass: everyone signs in again.
    clock_to(&app, 3, 18);
    let ruth = app.signed_in("ruth@leeds.gov.uk").await;
    let mei = app.signed_in("mei@leeds.gov.uk").await;
    let wes = app.signed_in("wes@wokingham.gov.uk").await;
    let hal = app.signed_in("hal@hackney.gov.uk").await;
    let r = app.post_form_as(&ruth, &attendance, &[("came", &mei_came)]).await;
    assert_eq!(location(&r), format!("{record}?done=attendance"));

    // Notes: the talk's published, the workshop's kept to the group.
    for (item, notes, publish) in [
        (agenda[0].id, "Leeds showed its data platform on open standards.", "yes"),
        (agenda[1].id, "Private: budgets are tight at Wokingham.", ""),
    ] {
        let r = app
            .post_form_as(
                &ruth,
                &format!("/meetings/{first}/agenda/{item}/notes"),
                &[("notes", notes), ("publish", publish)],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
    }
    let r = app
        .post_form_as(
            &ruth,
            &format!("/meetings/{first}/feedback"),
            &[
                ("table_name", "Table 2"),
                ("approach", "Mapped a resident's journey"),
                ("findings", "Residents want one place to report and track."),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = app
        .post_form_as(
            &ruth,
            &format!("/meetings/{first}/feedback"),
            &[("table_name", ""), ("findings", "")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(error_summary(&r.text().await.unwrap()).len(), 2);

    // Two actions: one for Wes, one for Leeds; both owners are told.
    let wes_owner = format!("person:{wes_id}");
    let leeds = store::organisations::find_by_code(app.db(), "LDS")
        .await
        .unwrap()
        .unwrap()
        .id;
    let leeds_owner = format!("council:{leeds}");
    let year = (Utc::now().year() + 1).to_string();
    for (title, owner) in [
        ("Share the casework prompts", wes_owner.as_str()),
        ("Host a data clinic", leeds_owner.as_str()),
    ] {
        let r = app
            .post_form_as(
                &ruth,
                &format!("/meetings/{first}/actions"),
                &[
                    ("title", title),
                    ("owner", owner),
                    ("due_on-day", "30"),
                    ("due_on-month", "4"),
                    ("due_on-year", &year),
                ],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{title}");
    }
    let hal_owner = format!("person:{}", user_id(&app, "hal@hackney.gov.uk").await);
    let r = app
        .post_form_as(
            &ruth,
            &format!("/meetings/{first}/actions"),
            &[("title", "Hal's"), ("owner", &hal_owner)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST, "an owner from outside the group");
    let mail = store::outbox::recent(app.db(), 5).await.unwrap();
    assert!(mail
        .iter()
        .any(|m| m.recipient == "wes@wokingham.gov.uk" && m.subject.contains("An action for you")));
    assert!(mail
        .iter()
        .any(|m| m.recipient == "mei@leeds.gov.uk" && m.subject.contains("An action for you")));

    // Themes: proposed by a member, one vote each.
    let r = app
        .post_form_as(
            &mei,
            &format!("/groups/{SLUG}/themes"),
            &[("kind", "standing_item"), ("title", "Bring a problem")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = app
        .post_form_as(
            &wes,
            &format!("/groups/{SLUG}/themes"),
            &[("kind", "theme"), ("title", "Bring a problem")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST, "proposed already");
    let r = app
        .post_form_as(
            &hal,
            &format!("/groups/{SLUG}/themes"),
            &[("kind", "theme"), ("title", "Hackney's")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let group = store::peer_groups::by_slug(app.db(), SLUG).await.unwrap().unwrap();
    let theme = records::themes(app.db(), group.id, None).await.unwrap()[0].id;
    let vote = format!("/groups/{SLUG}/themes/{theme}/vote");
    for client in [&mei, &wes] {
        assert_eq!(
            app.post_form_as(client, &vote, &[("vote", "yes")]).await.status(),
            StatusCode::SEE_OTHER
        );
    }
    assert_eq!(
        app.post_form_as(&wes, &vote, &[("vote", "yes")]).await.status(),
        StatusCode::CONFLICT
    );
    assert_eq!(
        app.post_form_as(&hal, &vote, &[("vote", "yes")]).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(records::themes(app.db(), group.id, None).await.unwrap()[0].votes, 2);

    // Wokingham offers to host; Ruth accepts.
    let r = app
        .post_form_as(
            &wes,
            &format!("/groups/{SLUG}/hosting"),
            &[("note", "Shute End, any month but August")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let offer = records::hosting_offers(app.db(), group.id, 5).await.unwrap()[0].id;
    let answer = format!("/groups/{SLUG}/hosting/{offer}/answer");
    assert_eq!(
        app.post_form_as(&wes, &answer, &[("answer", "accept")]).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.post_form_as(&ruth, &answer, &[("answer", "accept")]).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.post_form_as(&ruth, &answer, &[("answer", "decline")])
            .await
            .status(),
        StatusCode::CONFLICT
    );

    // The write-up: a draft is not public; published, it shows what was published only.
    let public = format!("/groups/{SLUG}/write-ups/{first}");
    let r = app
        .post_form_as(
            &ruth,
            &format!("/meetings/{first}/write-up"),
            &[("summary", "A good day in Leeds."), ("publish", "no")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.get(&public).await.status(), StatusCode::NOT_FOUND);
    let preview = app.text_as(&ruth, &format!("/meetings/{first}/write-up")).await;
    assert!(preview.contains("A good day in Leeds.") && !preview.contains("budgets are tight"));
    let r = app
        .post_form_as(
            &ruth,
            &format!("/meetings/{first}/write-up"),
            &[("summary", "A good day in Leeds."), ("publish", "yes")],
        )
        .await;
    assert_eq!(location(&r), public);
    let page = app.get(&public).await.text().await.unwrap();
    for shown in [
        "A good day in Leeds.",
        "Leeds City Council",
        "Leeds showed its data platform",
        "Table 2",
        "Residents want one place",
        "Share the casework prompts",
        "Wes",
        "Bring a problem",
        "Wokingham Borough Council",
    ] {
        assert!(page.contains(shown), "the write-up shows {shown}");
    }
    assert!(
        !page.contains("budgets are tight"),
        "notes kept to the group stay private"
    );
    assert_eq!(
        app.get(&format!("/groups/nowhere/write-ups/{first}")).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&format!("/groups/{SLUG}/write-ups/{second}")).await.status(),
        StatusCode::NOT_FOUND
    );
    // The group's public page lists it, and its Atom feed carries it.
    let group_page = app.get(&format!("/groups/{SLUG}")).await.text().await.unwrap();
    assert!(group_page.contains(&public) && group_page.contains("hosts the next meeting"));
    let feed = app.get(&format!("/groups/{SLUG}/write-ups.atom")).await;
    assert!(feed.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/atom+xml"));
    let feed: atom_syndication::Feed = feed.text().await.unwrap().parse().unwrap();
    assert_eq!(feed.entries().len(), 1);
    assert_eq!(feed.entries()[0].title().as_str(), "Data and AI");
    assert!(feed.entries()[0].links()[0].href().ends_with(&public));

    // The next meeting reviews both actions: one done, one carried on.
    clock_to(&app, 6, 17);
    let ruth = app.signed_in("ruth@leeds.gov.uk").await;
    let to_review = |meeting| {
        let db = app.db().clone();
        async move {
            let m = store::meetings::find(&db, meeting).await.unwrap().unwrap();
            records::reviewable(&db, m.group_id, meeting).await.unwrap()
        }
    };
    assert_eq!(to_review(second).await.len(), 2);
    let review_page = app.text_as(&ruth, &format!("/meetings/{second}/record")).await;
    assert!(review_page.contains("Share the casework prompts") && review_page.contains("Host a data clinic"));
    let actions = records::agreed_at(app.db(), first).await.unwrap();
    for (action, outcome) in [(actions[0].id, "done"), (actions[1].id, "carried")] {
        let r = app
            .post_form_as(
                &ruth,
                &format!("/meetings/{second}/actions/{action}/review"),
                &[("outcome", outcome)],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
    }
    let r = app
        .post_form_as(
            &ruth,
            &format!("/meetings/{second}/actions/{}/review", actions[0].id),
            &[("outcome", "maybe")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    // Nobody but a lead edits the agenda's items, notes, feedback, reviews or write-up.
    let feedback = records::feedback(app.db(), first).await.unwrap()[0].id;
    let item = agenda[0].id;
    let mei = app.signed_in("mei@leeds.gov.uk").await;
    let hal = app.signed_in("hal@hackney.gov.uk").await;
    for client in [&mei, &hal] {
        for path in [
            format!("/meetings/{first}/agenda/{item}"),
            format!("/meetings/{first}/write-up"),
        ] {
            assert_eq!(
                app.get_as(client, &path).await.status(),
                StatusCode::FORBIDDEN,
                "{path}"
            );
        }
        for (path, form) in [
            (
                format!("/meetings/{first}/agenda/{item}"),
                vec![("kind", "talk"), ("title", "Taken over"), ("minutes", "10")],
            ),
            (
                format!("/meetings/{first}/agenda/{item}/notes"),
                vec![("notes", "Mine"), ("publish", "yes")],
            ),
            (format!("/meetings/{first}/feedback/{feedback}/remove"), vec![]),
            (
                format!("/meetings/{second}/actions/{}/review", actions[1].id),
                vec![("outcome", "dropped")],
            ),
        ] {
            let r = app.post_form_as(client, &path, &form).await;
            assert_eq!(r.status(), StatusCode::FORBIDDEN, "{path}");
        }
    }
    // Still on the second meeting's record, with what it decided.
    let review_page = app.text_as(&ruth, &format!("/meetings/{second}/record")).await;
    assert!(review_page.contains("done") && review_page.contains("carried on"));
    // The third reviews only the one carried on; the first meeting reviews none.
    clock_to(&app, 9, 16);
    let ruth = app.signed_in("ruth@leeds.gov.uk").await;
    let third_page = app.text_as(&ruth, &format!("/meetings/{third}/record")).await;
    assert!(third_page.contains("Host a data clinic") && !third_page.contains("Share the casework prompts"));
    let first_page = app.text_as(&ruth, &format!("/meetings/{first}/record")).await;
    assert!(first_page.contains("No actions were open from earlier meetings."));
    let r = app
        .post_form_as(
            &ruth,
            &format!("/meetings/{third}/actions/{}/review", actions[0].id),
            &[("outcome", "dropped")],
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::NOT_FOUND,
        "done already: not the third's to review"
    );
}

on_both!(a_meeting_is_recorded_written_up_and_its_actions_carried_on);
