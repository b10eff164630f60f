//! Peer group meetings over HTTP (issue 18): a lead schedules a meeting and keeps its
//! agenda; members register, exactly the capacity is admitted however many register at
//! once, the rest wait in order, and a cancellation gives the first waiting their place;
//! nobody outside the group sees or acts on a meeting.

use crate::harness::{error_summary, location, TestApp};
use crate::on_both;
use crate::south_group::{self, next_year, SLUG};
use domain::roles::Role;
use icalendar::{Component, EventLike};
use reqwest::StatusCode;
use store::meetings;

/// The group with `members` more Leeds people who joined it.
async fn a_group(app: &TestApp, members: usize) -> Vec<String> {
    south_group::create(app).await;
    let mut emails = Vec::new();
    for i in 0..members {
        let email = format!("member{i}@leeds.gov.uk");
        app.person(&email, &format!("Member {i:02}"), Some("LDS"), &[Role::Practitioner])
            .await;
        south_group::join(app, &email).await;
        emails.push(email);
    }
    emails
}

const THEME: &str = "Data and AI in local government";

fn meeting_form<'a>(capacity: &'a str, year: &'a str) -> Vec<(&'a str, &'a str)> {
    south_group::meeting_form(THEME, ("18", "3"), capacity, year)
}

/// Schedules the meeting as Ruth and returns its id.
async fn scheduled(app: &TestApp, capacity: &str) -> i64 {
    south_group::schedule(app, THEME, ("18", "3"), capacity).await
}

async fn a_lead_schedules_a_meeting_and_keeps_its_agenda(app: TestApp) {
    let members = a_group(&app, 1).await;
    let year = next_year();
    let ruth = app.signed_in("ruth@leeds.gov.uk").await;
    let member = app.signed_in(&members[0]).await;
    let hal = app.signed_in("hal@hackney.gov.uk").await;
    let new = format!("/groups/{SLUG}/meetings/new");
    assert_eq!(app.get_as(&ruth, &new).await.status(), StatusCode::OK);
    for client in [&member, &hal] {
        assert_eq!(app.get_as(client, &new).await.status(), StatusCode::FORBIDDEN);
        let r = app.post_form_as(client, &new, &meeting_form("40", &year)).await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
    }
    // Every mistake at once: a host outside the group, nowhere, ends before it starts.
    let mut bad = meeting_form("0", &year);
    bad[4] = ("starts", "16:00");
    bad[6] = ("host", "HCK");
    bad[7] = ("venue", "");
    let r = app.post_form_as(&ruth, &new, &bad).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let errors = error_summary(&r.text().await.unwrap());
    assert_eq!(errors.len(), 4, "{errors:?}");

    let id = scheduled(&app, "40").await;
    let meeting = meetings::find(app.db(), id).await.unwrap().unwrap();
    assert_eq!(
        meeting.starts_at.to_rfc3339(),
        format!("{year}-03-18T10:00:00+00:00"),
        "GMT in March"
    );
    assert_eq!(meeting.host_name.as_deref(), Some("Leeds City Council"));
    // The member was told; the group's page lists it for members, not for the public.
    let mail = store::outbox::recent(app.db(), 5).await.unwrap();
    assert!(mail
        .iter()
        .any(|m| m.recipient == members[0] && m.subject.contains(&format!("meets on 18 March {year}"))));
    let group_page = app.text_as(&member, &format!("/groups/{SLUG}")).await;
    assert!(group_page.contains(&format!("/meetings/{id}")));
    let public = app.get(&format!("/groups/{SLUG}")).await.text().await.unwrap();
    assert!(!public.contains(&format!("/meetings/{id}")));

    // The agenda: a welcome, a "Bring a problem" with a guest, a talk by the member.
    let member_id = store::users::find_by_email(app.db(), &members[0])
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    let add = format!("/meetings/{id}/agenda/new");
    let items: [&[(&str, &str)]; 3] = [
        &[
            ("kind", "welcome"),
            ("title", "Welcome from the host"),
            ("minutes", "15"),
        ],
        &[
            ("kind", "bring_a_problem"),
            ("title", "Bring a problem"),
            ("guest_speaker", "Kim Lee, MHCLG"),
            ("minutes", "45"),
            ("links", "https://example.gov.uk/problems"),
        ],
        &[
            ("kind", "talk"),
            ("title", "Our data platform"),
            ("speaker", &member_id),
            ("minutes", "30"),
        ],
    ];
    for item in items {
        let r = app.post_form_as(&ruth, &add, item).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{item:?}");
    }
    let r = app
        .post_form_as(&member, &add, &[("kind", "talk"), ("title", "Mine"), ("minutes", "5")])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = app
        .post_form_as(
            &ruth,
            &add,
            &[
                ("kind", "talk"),
                ("title", "Hal's talk"),
                ("speaker", "999999"),
                ("minutes", "5"),
            ],
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::BAD_REQUEST,
        "a speaker must have joined the group"
    );
    let agenda = meetings::agenda(app.db(), id).await.unwrap();
    let titles: Vec<&str> = agenda.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Welcome from the host", "Bring a problem", "Our data platform"]
    );
    assert_eq!(agenda[2].speaker_name.as_deref(), Some("Member 00"));
    // Moved up, then the first taken off: the order closes up.
    let talk = agenda[2].id;
    let r = app
        .post_form_as(
            &ruth,
            &format!("/meetings/{id}/agenda/{talk}/move"),
            &[("direction", "up")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let welcome = agenda[0].id;
    let r = app
        .post_form_as(&ruth, &format!("/meetings/{id}/agenda/{welcome}/remove"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let agenda = meetings::agenda(app.db(), id).await.unwrap();
    let order: Vec<(i64, &str)> = agenda.iter().map(|a| (a.position, a.title.as_str())).collect();
    assert_eq!(order, [(1, "Our data platform"), (2, "Bring a problem")]);
    for path in [
        format!("/meetings/{id}/agenda/{talk}/remove"),
        format!("/meetings/{id}/agenda/{talk}/move"),
    ] {
        let r = app.post_form_as(&member, &path, &[("direction", "down")]).await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{path}");
    }
    let page = app.text_as(&member, &format!("/meetings/{id}")).await;
    assert!(page.contains("Bring a problem") && page.contains("Kim Lee, MHCLG") && page.contains("10:00 to 15:30"));
    assert!(!page.contains("Move up"), "members do not keep the agenda");

    // Outside the group: no meeting page, no registering; visitors sign in first.
    for path in [format!("/meetings/{id}"), format!("/meetings/{id}/edit"), add.clone()] {
        let r = app.get_as(&hal, &path).await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{path}");
        assert!(location(&app.get(&path).await).starts_with("/sign-in"), "{path}");
    }
    for step in ["register", "cancel", "cancel-meeting"] {
        let r = app.post_form_as(&hal, &format!("/meetings/{id}/{step}"), &[]).await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{step}");
    }
    assert_eq!(
        app.get_as(&ruth, "/meetings/999999").await.status(),
        StatusCode::NOT_FOUND
    );

    // Changing it tells those registered.
    let r = app
        .post_form_as(&member, &format!("/meetings/{id}/register"), &[])
        .await;
    assert_eq!(location(&r), format!("/meetings/{id}?done=registered"));
    let mut changed = meeting_form("40", &year);
    changed[4] = ("starts", "09:30");
    let r = app.post_form_as(&ruth, &format!("/meetings/{id}/edit"), &changed).await;
    assert_eq!(location(&r), format!("/meetings/{id}?done=changed"));
    let mail = store::outbox::recent(app.db(), 3).await.unwrap();
    assert!(mail
        .iter()
        .any(|m| m.recipient == members[0] && m.subject.contains("has changed")));
    let r = app
        .post_form_as(&member, &format!("/meetings/{id}/edit"), &changed)
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    // The meeting as an iCalendar file that parses, for members only.
    let file = app.get_as(&member, &format!("/meetings/{id}/calendar.ics")).await;
    assert_eq!(file.status(), StatusCode::OK);
    assert!(file.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/calendar"));
    let calendar: icalendar::Calendar = file.text().await.unwrap().parse().unwrap();
    let events: Vec<_> = calendar.events().collect();
    assert_eq!(events.len(), 1);
    assert_eq!(
        events[0].get_summary(),
        Some("South Digital Peer Group: Data and AI in local government")
    );
    assert_eq!(events[0].get_location(), Some("Civic Hall, Leeds"));
    let starts = chrono::DateTime::parse_from_rfc3339(&format!("{year}-03-18T09:30:00Z"))
        .unwrap()
        .with_timezone(&chrono::Utc);
    assert_eq!(
        events[0].get_start(),
        Some(icalendar::DatePerhapsTime::DateTime(icalendar::CalendarDateTime::Utc(
            starts
        )))
    );
    let r = app.get_as(&hal, &format!("/meetings/{id}/calendar.ics")).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    // A calendar feed: its address shown once, read without signing in, revocable.
    let token = crate::harness::calendar_feed(&app, &member).await;
    let again = app.text_as(&member, "/account/calendar").await;
    assert!(!again.contains(&token), "shown only once");
    let feed = app.get(&format!("/calendar/{token}.ics")).await;
    assert_eq!(feed.status(), StatusCode::OK);
    let feed: icalendar::Calendar = feed.text().await.unwrap().parse().unwrap();
    assert_eq!(feed.events().count(), 1);
    assert_eq!(
        app.get("/calendar/not-a-token.ics").await.status(),
        StatusCode::NOT_FOUND
    );
    // A new address revokes the old one; turning it off revokes that too.
    let r = app.post_form_as(&member, "/account/calendar", &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.get(&format!("/calendar/{token}.ics")).await.status(),
        StatusCode::NOT_FOUND
    );
    let r = app.post_form_as(&member, "/account/calendar/stop", &[]).await;
    assert_eq!(location(&r), "/account/calendar?done=stopped");
    let member_id: i64 = member_id.parse().unwrap();
    assert!(store::calendar_feeds::made_at(app.db(), member_id)
        .await
        .unwrap()
        .is_none());
    assert!(location(&app.get("/account/calendar").await).starts_with("/sign-in"));

    // The lead cancels it: those registered are told, nobody registers any more, and the
    // calendar file says it is cancelled.
    let cancel = format!("/meetings/{id}/cancel-meeting");
    assert_eq!(
        app.post_form_as(&member, &cancel, &[]).await.status(),
        StatusCode::FORBIDDEN
    );
    let r = app.post_form_as(&ruth, &cancel, &[]).await;
    assert_eq!(location(&r), format!("/meetings/{id}?done=meeting-cancelled"));
    assert_eq!(
        app.post_form_as(&ruth, &cancel, &[]).await.status(),
        StatusCode::CONFLICT
    );
    let mail = store::outbox::recent(app.db(), 3).await.unwrap();
    assert!(mail
        .iter()
        .any(|m| m.recipient == members[0] && m.subject.starts_with("Cancelled:")));
    let r = app.post_form_as(&ruth, &format!("/meetings/{id}/register"), &[]).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let file = app.text_as(&member, &format!("/meetings/{id}/calendar.ics")).await;
    let calendar: icalendar::Calendar = file.parse().unwrap();
    assert_eq!(
        calendar.events().next().and_then(|e| e.get_status()),
        Some(icalendar::EventStatus::Cancelled)
    );
}

async fn exactly_the_capacity_is_admitted_and_the_rest_wait_in_order(app: TestApp) {
    let members = a_group(&app, 8).await;
    let id = scheduled(&app, "3").await;
    let mut clients = Vec::new();
    for email in &members {
        clients.push(app.signed_in(email).await);
    }
    // All eight at once.
    let path = format!("/meetings/{id}/register");
    let answers = futures_util::future::join_all(clients.iter().map(|c| app.post_form_as(c, &path, &[]))).await;
    let mut done: Vec<String> = answers.iter().map(location).collect();
    done.sort();
    assert_eq!(done.iter().filter(|d| d.ends_with("done=registered")).count(), 3);
    assert_eq!(done.iter().filter(|d| d.ends_with("done=waiting")).count(), 5);
    let places = meetings::places(app.db(), id).await.unwrap();
    assert_eq!((places.registered, places.waiting), (3, 5));
    // Registering twice is refused.
    let r = app.post_form_as(&clients[0], &path, &[]).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);

    // A place comes free: the first waiting takes it, and is told.
    let waiting: Vec<_> = meetings::registrants(app.db(), id)
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.place == "waiting")
        .collect();
    let holder = meetings::registrants(app.db(), id)
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.place == "registered")
        .unwrap();
    let holder_email = store::users::find_by_id(app.db(), holder.user_id)
        .await
        .unwrap()
        .unwrap()
        .email;
    let holder_client = app.signed_in(&holder_email).await;
    let r = app
        .post_form_as(&holder_client, &format!("/meetings/{id}/cancel"), &[])
        .await;
    assert_eq!(location(&r), format!("/meetings/{id}?done=cancelled"));
    assert_eq!(
        meetings::place_of(app.db(), id, waiting[0].user_id)
            .await
            .unwrap()
            .as_deref(),
        Some("registered")
    );
    assert_eq!(
        meetings::place_of(app.db(), id, waiting[1].user_id)
            .await
            .unwrap()
            .as_deref(),
        Some("waiting")
    );
    let promoted = store::users::find_by_id(app.db(), waiting[0].user_id)
        .await
        .unwrap()
        .unwrap()
        .email;
    let mail = store::outbox::recent(app.db(), 3).await.unwrap();
    assert!(mail
        .iter()
        .any(|m| m.recipient == promoted && m.subject.contains("You have a place")));
    let r = app
        .post_form_as(&holder_client, &format!("/meetings/{id}/cancel"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    // Registering again goes to the back of the waiting list.
    let r = app.post_form_as(&holder_client, &path, &[]).await;
    assert_eq!(location(&r), format!("/meetings/{id}?done=waiting"));
    let last = meetings::registrants(app.db(), id).await.unwrap().pop().unwrap();
    assert_eq!(last.user_id, holder.user_id);

    // More places give them to the waiting, first come first served.
    let year = next_year();
    let ruth = app.signed_in("ruth@leeds.gov.uk").await;
    let r = app
        .post_form_as(&ruth, &format!("/meetings/{id}/edit"), &meeting_form("5", &year))
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let places = meetings::places(app.db(), id).await.unwrap();
    assert_eq!((places.registered, places.waiting), (5, 3));
    assert_eq!(
        meetings::place_of(app.db(), id, waiting[2].user_id)
            .await
            .unwrap()
            .as_deref(),
        Some("registered")
    );
    // The lead sees who is coming.
    let page = app.text_as(&ruth, &format!("/meetings/{id}")).await;
    assert!(page.contains("Who is coming") && page.contains("5 of 5 places taken, 3 waiting"));
}

on_both!(
    a_lead_schedules_a_meeting_and_keeps_its_agenda,
    exactly_the_capacity_is_admitted_and_the_rest_wait_in_order,
);
