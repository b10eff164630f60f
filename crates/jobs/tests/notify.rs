//! The GOV.UK Notify transport against a stand-in for Notify's email endpoint on loopback
//! (a real HTTP server, not a mock in the process): the stand-in checks the token (signed
//! by the key's secret, issued by its service, issued now) and the request's shape as
//! Notify's documentation gives them, and answers as each test tells it. A 201 is sent;
//! 400 and 403 are failed at once; 429 and 500 are tried again, and the outbox worker
//! sends the message when the stand-in recovers (both backends).

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::{Json, Router};
use chrono::Utc;
use domain::clock::{Clock, ManualClock};
use jobs::{MailTransport, NotifyTransport, OutboxWorker, OutgoingEmail};
use serde_json::{json, Value};
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use store::outbox::{self, NewEmail};
use store::{on_both, Backend};

const SERVICE: &str = "26785a09-ab16-4eb0-8407-a37497a57506";
const SECRET: &str = "3d844edf-8d35-48ac-975b-e847b4f122b0";
const TEMPLATE: &str = "f33517ff-2a88-4f6e-b855-c550268ce08a";

fn key() -> String {
    format!("microcontracts_test-{SERVICE}-{SECRET}")
}

#[derive(Default)]
struct StandIn {
    /// What to answer next, in order; 201 when none is left.
    answers: Mutex<VecDeque<u16>>,
    /// Every request that passed the checks.
    received: Mutex<Vec<Value>>,
}

#[derive(serde::Deserialize)]
struct Claims {
    iss: String,
    iat: i64,
}

fn error(status: StatusCode, kind: &str, message: &str) -> (StatusCode, Json<Value>) {
    let body = json!({ "status_code": status.as_u16(), "errors": [{ "error": kind, "message": message }] });
    (status, Json(body))
}

/// Notify's `POST /v2/notifications/email`, as its documentation describes it.
async fn send_email(
    State(stand_in): State<Arc<StandIn>>,
    headers: HeaderMap,
    Json(body): Json<Value>,
) -> (StatusCode, Json<Value>) {
    let token = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let mut rules = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::HS256);
    rules.required_spec_claims.clear();
    rules.validate_exp = false;
    let secret = jsonwebtoken::DecodingKey::from_secret(SECRET.as_bytes()).unwrap();
    let claims = token.and_then(|t| jsonwebtoken::decode::<Claims>(t, &secret, &rules).ok());
    match claims {
        Some(c) if c.claims.iss == SERVICE && (c.claims.iat - Utc::now().timestamp()).abs() <= 30 => {}
        _ => {
            return error(
                StatusCode::FORBIDDEN,
                "AuthError",
                "Invalid token: signature, api token not found",
            )
        }
    }
    let shaped = body["email_address"].is_string()
        && body["template_id"] == TEMPLATE
        && body["personalisation"]["subject"].is_string()
        && body["personalisation"]["body"].is_string()
        && body["reference"].is_string();
    if !shaped {
        return error(
            StatusCode::BAD_REQUEST,
            "ValidationError",
            "request is not in the documented shape",
        );
    }
    let answer = stand_in.answers.lock().unwrap().pop_front().unwrap_or(201);
    let status = StatusCode::from_u16(answer).unwrap();
    if status != StatusCode::CREATED {
        let kind = match answer {
            400 => "BadRequestError",
            403 => "AuthError",
            429 => "RateLimitError",
            _ => "Exception",
        };
        return error(status, kind, "as the test asked");
    }
    stand_in.received.lock().unwrap().push(body.clone());
    let created = json!({
        "id": "740e5834-3a29-46b4-9a6f-16142fde533a",
        "reference": body["reference"],
        "content": { "subject": body["personalisation"]["subject"], "body": body["personalisation"]["body"] },
        "template": { "id": TEMPLATE, "version": 1 },
    });
    (StatusCode::CREATED, Json(created))
}

/// Starts the stand-in on loopback; returns it and its base address.
async fn stand_in() -> (Arc<StandIn>, String) {
    let stand_in = Arc::new(StandIn::default());
    let app = Router::new()
        .route("/v2/notifications/email", post(send_email))
        .with_state(stand_in.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (stand_in, base)
}

fn email(id: i64) -> OutgoingEmail {
    OutgoingEmail {
        id,
        recipient: "mei@leeds.gov.uk".into(),
        subject: "A booking needs your approval".into(),
        body_text: "Hello Mei,\n\nOpen http://127.0.0.1/bookings/7 to approve it.".into(),
        unsubscribe_url: (id == 7).then(|| "http://127.0.0.1/email/unsubscribe/abc".into()),
    }
}

#[tokio::test]
async fn notify_is_sent_the_message_and_its_errors_are_sorted() {
    let (stand_in, base) = stand_in().await;
    let transport = NotifyTransport::new(&base, &key(), TEMPLATE).unwrap();
    transport.send(&email(7)).await.unwrap();
    {
        let received = stand_in.received.lock().unwrap();
        assert_eq!(received[0]["email_address"], "mei@leeds.gov.uk");
        assert_eq!(
            received[0]["personalisation"]["subject"],
            "A booking needs your approval"
        );
        assert!(received[0]["personalisation"]["body"]
            .as_str()
            .unwrap()
            .contains("/bookings/7"));
        assert_eq!(received[0]["reference"], "outbox-7");
        assert_eq!(
            received[0]["one_click_unsubscribe_url"],
            "http://127.0.0.1/email/unsubscribe/abc"
        );
    }
    for (answer, permanent) in [(400, true), (403, true), (429, false), (500, false)] {
        stand_in.answers.lock().unwrap().push_back(answer);
        let error = transport.send(&email(8)).await.unwrap_err();
        assert_eq!(error.is_permanent(), permanent, "{answer}: {error}");
        assert!(error.to_string().contains(&answer.to_string()), "{error}");
    }
    // A key with another secret is refused by Notify, for good.
    let wrong = format!("microcontracts_test-{SERVICE}-00000000-0000-4000-8000-000000000000");
    let error = NotifyTransport::new(&base, &wrong, TEMPLATE)
        .unwrap()
        .send(&email(9))
        .await
        .unwrap_err();
    assert!(
        error.is_permanent() && error.to_string().contains("AuthError"),
        "{error}"
    );
    // Notify not answering at all is worth trying again.
    let down = NotifyTransport::new("http://127.0.0.1:9", &key(), TEMPLATE).unwrap();
    assert!(!down.send(&email(10)).await.unwrap_err().is_permanent());
    assert!(NotifyTransport::new(&base, "not a key", TEMPLATE).is_err());
}

async fn the_outbox_retries_what_notify_asks_to_and_fails_what_it_refuses(backend: Backend) {
    let test_db = store::testing::fresh(backend).await.unwrap();
    let db = test_db.db.clone();
    let (stand_in, base) = stand_in().await;
    let clock = Arc::new(ManualClock::new(Utc::now()));
    let transport = Arc::new(NotifyTransport::new(&base, &key(), TEMPLATE).unwrap());
    let worker = OutboxWorker::new(db.clone(), transport, clock.clone() as Arc<dyn Clock>);
    let queue = |to: &'static str| {
        let db = db.clone();
        let now = clock.now();
        async move {
            let new = NewEmail {
                recipient: to,
                subject: "Subject",
                body_text: "Body",
                one_time_link: false,
                unsubscribe_url: None,
            };
            outbox::enqueue(&db, &new, now).await.unwrap()
        }
    };

    // Busy, then well: sent on the second attempt.
    let busy = queue("busy@leeds.gov.uk").await;
    stand_in.answers.lock().unwrap().extend([429, 500]);
    let first = worker.drain().await.unwrap();
    assert_eq!((first.sent, first.failed), (0, 1));
    let row = outbox::find(&db, busy).await.unwrap().unwrap();
    assert_eq!((row.status.as_str(), row.attempts), ("pending", 1));
    clock.advance(chrono::Duration::hours(1));
    let second = worker.drain().await.unwrap();
    assert_eq!((second.sent, second.failed), (0, 1), "500: again later");
    clock.advance(chrono::Duration::hours(1));
    let third = worker.drain().await.unwrap();
    assert_eq!((third.sent, third.failed), (1, 0));
    assert_eq!(outbox::find(&db, busy).await.unwrap().unwrap().status.as_str(), "sent");

    // Refused: failed at once, never tried again.
    let refused = queue("team-only@example.org").await;
    stand_in.answers.lock().unwrap().push_back(400);
    worker.drain().await.unwrap();
    let row = outbox::find(&db, refused).await.unwrap().unwrap();
    assert_eq!((row.status.as_str(), row.attempts), ("failed", 1));
    assert!(row.last_error.unwrap().contains("BadRequestError"));
    clock.advance(chrono::Duration::days(2));
    assert_eq!(worker.drain().await.unwrap().sent, 0);
}

on_both!(the_outbox_retries_what_notify_asks_to_and_fails_what_it_refuses);
