//! Notification preferences (issues 18 and 19): every notification is shown in the
//! service; a person chooses for each kind whether it is emailed at once, in a daily
//! digest or not at all, and only that kind's emails change.

use crate::cast::{api, token};
use crate::harness::{location, TestApp};
use crate::on_both;
use crate::south_group::{self, SLUG};
use domain::clock::Clock;
use reqwest::{Method, StatusCode};
use serde_json::json;
use store::{notifications, outbox, users};

async fn a_person_chooses_which_notifications_are_emailed(app: TestApp) {
    south_group::create_with_wokingham(&app).await;
    let mei = app.signed_in("mei@leeds.gov.uk").await;
    assert!(location(&app.get("/account/notifications").await).starts_with("/sign-in"));
    let page = app.text_as(&mei, "/account/notifications").await;
    assert_eq!(
        page.matches("value=\"immediately\" checked").count(),
        10,
        "every kind is emailed at once at first"
    );

    let choose = |groups: &'static str, posts: &'static str| -> Vec<(String, &'static str)> {
        domain::notifications::Topic::ALL
            .iter()
            .map(|t| match t.as_str() {
                "groups" => ("delivery-groups".to_string(), groups),
                "posts" => ("delivery-posts".to_string(), posts),
                other => (format!("delivery-{other}"), "immediately"),
            })
            .collect()
    };
    let form = |pairs: &[(String, &'static str)]| -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.clone(), v.to_string())).collect()
    };
    for bad in [choose("hourly", "off"), choose("off", "off")[1..].to_vec()] {
        let bad = form(&bad);
        let fields: Vec<(&str, &str)> = bad.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let r = app.post_form_as(&mei, "/account/notifications", &fields).await;
        assert_eq!(
            r.status(),
            StatusCode::BAD_REQUEST,
            "an unknown choice, or a kind left out"
        );
    }
    let chosen = form(&choose("off", "daily"));
    let fields: Vec<(&str, &str)> = chosen.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let r = app.post_form_as(&mei, "/account/notifications", &fields).await;
    assert_eq!(location(&r), "/account/notifications?saved=true");
    let page = app.text_as(&mei, "/account/notifications").await;
    assert_eq!(page.matches("value=\"immediately\" checked").count(), 8);
    assert!(page.contains("name=\"delivery-groups\" type=\"radio\" value=\"off\" checked"));
    assert!(page.contains("name=\"delivery-posts\" type=\"radio\" value=\"daily\" checked"));

    // A new meeting: Mei is told in the service, not by email; Wes by both.
    south_group::schedule(&app, "Open standards", ("18", "3"), "30").await;
    let mei_id = users::find_by_email(app.db(), "mei@leeds.gov.uk")
        .await
        .unwrap()
        .unwrap()
        .id;
    let told = notifications::recent(app.db(), mei_id, 5).await.unwrap();
    assert!(told.iter().any(|n| n.message_key == "notify-meeting-scheduled"));
    let mail = outbox::recent(app.db(), 20).await.unwrap();
    let about_meeting = |to: &str| mail.iter().any(|m| m.recipient == to && m.subject.contains("meets on"));
    assert!(!about_meeting("mei@leeds.gov.uk"));
    assert!(about_meeting("wes@wokingham.gov.uk"));

    // Replies to her problem wait for her daily digest.
    let mei_token = token(&app, &mei, &["groups:read", "groups:write"]).await;
    let wes_token = token(&app, &app.signed_in("wes@wokingham.gov.uk").await, &["groups:write"]).await;
    let problem = json!({ "council": "LDS", "group": SLUG, "title": "Bins", "description": "Missed." });
    let (_, created) = api(&app, Method::POST, Some(&mei_token), "/api/v1/problems", Some(problem)).await;
    let reply = json!({ "council": "WOK", "kind": "advice", "body": "Try this." });
    let path = format!("/api/v1/problems/{}/replies", created["id"]);
    let (status, _) = api(&app, Method::POST, Some(&wes_token), &path, Some(reply)).await;
    assert_eq!(status, StatusCode::CREATED);
    let to_mei = |mail: &[outbox::OutboxEmail]| mail.iter().filter(|m| m.recipient == "mei@leeds.gov.uk").count();
    let before = to_mei(&outbox::recent(app.db(), 50).await.unwrap());
    let told = notifications::recent(app.db(), mei_id, 5).await.unwrap();
    assert!(
        told.iter().any(|n| n.message_key == "notify-problem-reply"),
        "shown in the service at once"
    );
    assert_eq!(
        app::digests::send_due(&app.state).await.unwrap(),
        0,
        "not before the next morning"
    );

    app.clock.advance(chrono::Duration::days(1));
    assert_eq!(app::digests::send_due(&app.state).await.unwrap(), 1);
    assert_eq!(app::digests::send_due(&app.state).await.unwrap(), 0, "once only");
    let mail = outbox::recent(app.db(), 50).await.unwrap();
    assert_eq!(to_mei(&mail), before + 1);
    let digest = mail
        .iter()
        .find(|m| m.recipient == "mei@leeds.gov.uk" && m.subject.contains("daily digest"))
        .expect("the digest is emailed");
    assert!(digest.subject.contains("1 notification"), "{}", digest.subject);
    assert!(digest.body_text.contains("offered help"), "{}", digest.body_text);
    assert!(
        digest
            .body_text
            .contains(&format!("{}/problems/{}", app.base, created["id"])),
        "{}",
        digest.body_text
    );
    assert!(
        digest
            .body_text
            .ends_with(&format!("{}/account/notifications", app.base)),
        "every notification email says where to change what is emailed"
    );

    // One click (RFC 8058) stops the digest without signing in: the page says what it
    // stops, the POST a mail client sends stops it, and a second use changes nothing.
    let stop = digest
        .unsubscribe_url
        .clone()
        .expect("a digest names its unsubscribe address");
    assert!(digest.body_text.contains(&stop));
    let path = stop.trim_start_matches(&app.base).to_string();
    let page = app.get(&path).await;
    assert_eq!(page.status(), StatusCode::OK);
    assert!(page.text().await.unwrap().contains("Stop your daily digest"));
    let mail_client = crate::harness::new_client();
    for _ in 0..2 {
        let r = mail_client
            .post(&stop)
            .header("content-type", "application/x-www-form-urlencoded")
            .body("List-Unsubscribe=One-Click")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        let done = r.text().await.unwrap();
        assert!(done.contains("Your daily digest is stopped"), "{done}");
    }
    // A day on, her session has lapsed: she signs in again to look.
    let mei = app.signed_in("mei@leeds.gov.uk").await;
    let page = app.text_as(&mei, "/account/notifications").await;
    assert!(
        page.contains("name=\"delivery-posts\" type=\"radio\" value=\"off\" checked"),
        "{page}"
    );
    assert_eq!(
        page.matches("value=\"immediately\" checked").count(),
        8,
        "other kinds unchanged"
    );
    let wrong = format!("{}/email/unsubscribe/{}", app.base, "0".repeat(64));
    let r = mail_client
        .post(&wrong)
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND, "an unknown address is refused");
    assert_eq!(
        app.get("/email/unsubscribe/nonsense").await.status(),
        StatusCode::NOT_FOUND
    );
    // The link works for 90 days.
    let another = {
        let mut tx = app.db().begin().await.unwrap();
        let scope = domain::notifications::UnsubscribeScope::Kind(domain::notifications::Topic::Bookings);
        let url = app::unsubscribe::new_link(&app.state, &mut tx, mei_id, scope, app.clock.now())
            .await
            .unwrap();
        tx.commit().await.unwrap();
        url
    };
    app.clock.advance(chrono::Duration::days(91));
    let r = mail_client
        .post(&another)
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND, "an old address no longer works");
}

on_both!(a_person_chooses_which_notifications_are_emailed);
