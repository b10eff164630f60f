//! Peer groups' webhooks over real HTTP (issue 18): a new meeting and a new problem are
//! posted as Slack-compatible JSON to a receiver listening on this machine (a new
//! opportunity's post is checked with the opportunities); a failing receiver gets the post
//! again later; a group whose webhook was removed gets nothing more; the address never
//! reaches the log of posts.

use crate::harness::TestApp;
use crate::on_both;
use crate::south_group::{self, SLUG};
use axum::http::StatusCode as Answer;
use domain::clock::Clock;
use reqwest::StatusCode;
use std::sync::{Arc, Mutex};

/// A receiver on a free local port: keeps each body posted to /hook and answers with the
/// status it is set to.
struct Receiver {
    url: String,
    bodies: Arc<Mutex<Vec<serde_json::Value>>>,
    answer: Arc<Mutex<Answer>>,
}

async fn receiver() -> Receiver {
    let bodies = Arc::new(Mutex::new(Vec::new()));
    let answer = Arc::new(Mutex::new(Answer::OK));
    let (kept, status) = (bodies.clone(), answer.clone());
    let router = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |body: String| {
            let (kept, status) = (kept.clone(), status.clone());
            async move {
                let answer = *status.lock().unwrap();
                if answer.is_success() {
                    kept.lock().unwrap().push(serde_json::from_str(&body).unwrap());
                }
                answer
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await });
    Receiver { url, bodies, answer }
}

fn texts(r: &Receiver) -> Vec<String> {
    r.bodies
        .lock()
        .unwrap()
        .iter()
        .map(|b| b["text"].as_str().unwrap_or_default().to_string())
        .collect()
}

async fn a_groups_webhook_hears_of_meetings_and_problems(app: TestApp) {
    south_group::create(&app).await;
    let hook = receiver().await;
    let ruth = app.signed_in("ruth@leeds.gov.uk").await;
    let r = app
        .post_form_as(
            &ruth,
            &format!("/groups/{SLUG}/edit"),
            &[
                ("name", "South Digital Peer Group"),
                ("region", "South"),
                ("webhook_url", &hook.url),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let worker = jobs::WebhookWorker::new(app.db().clone(), app.clock.clone() as Arc<dyn Clock>).unwrap();

    // A new meeting and a new problem: each posted once, with a link back.
    let meeting = south_group::schedule(&app, "Data & <AI>", ("18", "3"), "30").await;
    let r = app
        .post_form_as(
            &ruth,
            "/problems/new",
            &[
                ("audience", SLUG),
                ("title", "Tracking missed bins"),
                ("description", "Residents hear nothing."),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let sent = worker.drain().await.unwrap();
    assert_eq!((sent.sent, sent.failed), (2, 0));
    let got = texts(&hook);
    assert_eq!(got.len(), 2);
    assert!(
        got[0].contains("Data &amp; &lt;AI&gt;"),
        "escaped for Slack: {}",
        got[0]
    );
    assert!(got[0].contains(&format!("/meetings/{meeting}|")));
    assert!(got[1].contains("Leeds City Council brings a problem") && got[1].contains("Tracking missed bins"));
    assert_eq!(worker.drain().await.unwrap().sent, 0, "sent once");

    // A failing receiver: the post waits and goes again after the backoff.
    *hook.answer.lock().unwrap() = Answer::INTERNAL_SERVER_ERROR;
    let group = store::peer_groups::by_slug(app.db(), SLUG).await.unwrap().unwrap();
    south_group::schedule(&app, "Cyber resilience", ("17", "6"), "30").await;
    assert_eq!(worker.drain().await.unwrap().failed, 1);
    let waiting = store::webhooks::recent(app.db(), group.id, 1).await.unwrap();
    assert_eq!((waiting[0].status.as_str(), waiting[0].attempts), ("pending", 1));
    assert!(
        !waiting[0].last_error.as_deref().unwrap_or("").contains("127.0.0.1"),
        "no address in errors"
    );
    *hook.answer.lock().unwrap() = Answer::OK;
    assert_eq!(worker.drain().await.unwrap().sent, 0, "not before its time");
    app.clock.advance(chrono::Duration::seconds(31));
    assert_eq!(worker.drain().await.unwrap().sent, 1);
    assert!(texts(&hook)[2].contains("Cyber resilience"));

    // The webhook removed: what is queued is not sent anywhere.
    let r = app
        .post_form_as(
            &ruth,
            &format!("/groups/{SLUG}/edit"),
            &[
                ("name", "South Digital Peer Group"),
                ("region", "South"),
                ("remove_webhook", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    south_group::schedule(&app, "Nobody hears", ("16", "9"), "30").await;
    assert_eq!(worker.drain().await.unwrap().sent, 0);
    assert_eq!(texts(&hook).len(), 3);
}

on_both!(a_groups_webhook_hears_of_meetings_and_problems);
