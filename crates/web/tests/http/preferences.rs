//! Notification preferences (issue 18): every notification is shown in the service; a
//! person turns off the emails of a topic, and only that topic's emails stop.

use crate::cast::{api, token};
use crate::harness::{location, TestApp};
use crate::on_both;
use crate::south_group::{self, SLUG};
use reqwest::{Method, StatusCode};
use serde_json::json;
use store::{notifications, outbox, users};

async fn a_person_chooses_which_notifications_are_emailed(app: TestApp) {
    south_group::create_with_wokingham(&app).await;
    let mei = app.signed_in("mei@leeds.gov.uk").await;
    assert!(location(&app.get("/account/notifications").await).starts_with("/sign-in"));
    let page = app.text_as(&mei, "/account/notifications").await;
    assert_eq!(page.matches(" checked").count(), 6, "every topic is emailed at first");

    let r = app
        .post_form_as(
            &mei,
            "/account/notifications",
            &[("email", "work"), ("email", "everything")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let keep: Vec<(&str, &str)> = ["work", "opportunities", "profile", "components", "posts"]
        .into_iter()
        .map(|t| ("email", t))
        .collect();
    let r = app.post_form_as(&mei, "/account/notifications", &keep).await;
    assert_eq!(location(&r), "/account/notifications?saved=true");
    let page = app.text_as(&mei, "/account/notifications").await;
    assert_eq!(page.matches(" checked").count(), 5);
    assert!(page.contains("value=\"groups\">"), "groups left unchecked");

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

    // Replies to her problem are still emailed.
    let mei_token = token(&app, &mei, &["groups:read", "groups:write"]).await;
    let wes_token = token(&app, &app.signed_in("wes@wokingham.gov.uk").await, &["groups:write"]).await;
    let problem = json!({ "council": "LDS", "group": SLUG, "title": "Bins", "description": "Missed." });
    let (_, created) = api(&app, Method::POST, Some(&mei_token), "/api/v1/problems", Some(problem)).await;
    let reply = json!({ "council": "WOK", "kind": "advice", "body": "Try this." });
    let path = format!("/api/v1/problems/{}/replies", created["id"]);
    let (status, _) = api(&app, Method::POST, Some(&wes_token), &path, Some(reply)).await;
    assert_eq!(status, StatusCode::CREATED);
    let mail = outbox::recent(app.db(), 5).await.unwrap();
    let reply_mail = mail
        .iter()
        .find(|m| m.recipient == "mei@leeds.gov.uk" && m.subject.contains("offered help"))
        .expect("the reply is emailed");
    assert!(
        reply_mail
            .body_text
            .ends_with(&format!("{}/account/notifications", app.base)),
        "every notification email says where to change what is emailed"
    );
}

on_both!(a_person_chooses_which_notifications_are_emailed);
