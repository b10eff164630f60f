//! Peer groups through the API (issue 18): the public list and page; a group's meetings,
//! a meeting with its agenda and places, and its actions with `groups:read` for members
//! only; registering (capacity kept, the first waiting promoted), a lead scheduling and
//! adding agenda items, and problems and projects with `groups:write`, each refused to
//! people outside the group, to those without the role, and to tokens without the scope.

use crate::cast::{api, token};
use crate::harness::TestApp;
use crate::on_both;
use crate::south_group::{self, SLUG};
use reqwest::{Method, StatusCode};
use serde_json::json;

async fn groups_meetings_problems_and_projects_through_the_api(app: TestApp) {
    south_group::create_with_wokingham(&app).await;
    let rw = ["groups:read", "groups:write"];
    let ruth = token(&app, &app.signed_in("ruth@leeds.gov.uk").await, &rw).await;
    let mei_client = app.signed_in("mei@leeds.gov.uk").await;
    let mei = token(&app, &mei_client, &rw).await;
    let mei_reader = token(&app, &mei_client, &["groups:read"]).await;
    let mei_maps = token(&app, &mei_client, &["maps:read"]).await;
    let wes = token(&app, &app.signed_in("wes@wokingham.gov.uk").await, &rw).await;
    let hal = token(&app, &app.signed_in("hal@hackney.gov.uk").await, &rw).await;
    let call = |token: &str, method: Method, path: &str, body: Option<serde_json::Value>| {
        let (app, token, path) = (&app, token.to_string(), path.to_string());
        async move { api(app, method, Some(&token), &path, body).await }
    };

    // Public: the list and the group's page.
    let (status, page) = api(&app, Method::GET, None, "/api/v1/groups", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(page["items"][0]["slug"], SLUG);
    assert_eq!(page["items"][0]["councils"], 2);
    let (status, group) = api(&app, Method::GET, None, &format!("/api/v1/groups/{SLUG}"), None).await;
    assert_eq!(status, StatusCode::OK);
    let councils: Vec<&str> = group["councils"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    assert_eq!(councils, ["LDS", "WOK"]);
    let (status, _) = api(&app, Method::GET, None, "/api/v1/groups/nowhere", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // A lead schedules; nobody else does, and a token without the scope cannot.
    let year = south_group::next_year();
    let meeting = json!({
        "theme": "Open standards", "date": format!("{year}-03-18"), "starts": "10:00", "ends": "15:30",
        "host": "LDS", "venue": "Civic Hall, Leeds", "capacity": 1
    });
    let schedule = format!("/api/v1/groups/{SLUG}/meetings");
    for (who, expected) in [
        (&mei, StatusCode::FORBIDDEN),
        (&hal, StatusCode::FORBIDDEN),
        (&mei_reader, StatusCode::FORBIDDEN),
    ] {
        let (status, _) = call(who, Method::POST, &schedule, Some(meeting.clone())).await;
        assert_eq!(status, expected);
    }
    let mut wrong = meeting.clone();
    wrong["ends"] = json!("09:00");
    let (status, problem) = call(&ruth, Method::POST, &schedule, Some(wrong)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{problem}");
    let (status, created) = call(&ruth, Method::POST, &schedule, Some(meeting)).await;
    assert_eq!(status, StatusCode::CREATED);
    let id = created["id"].as_i64().unwrap();

    // The agenda: the lead adds; a member cannot.
    let item = json!({ "kind": "bring_a_problem", "title": "Bring a problem", "minutes": 45,
        "links": ["https://example.org/brief"] });
    let agenda = format!("/api/v1/meetings/{id}/agenda");
    let (status, _) = call(&mei, Method::POST, &agenda, Some(item.clone())).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = call(
        &ruth,
        Method::POST,
        &agenda,
        Some(json!({ "kind": "nap", "title": "", "minutes": 5 })),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = call(&ruth, Method::POST, &agenda, Some(item)).await;
    assert_eq!(status, StatusCode::NO_CONTENT);

    // Members read the meetings and the meeting; those outside the group do not.
    let (status, listed) = call(&mei_reader, Method::GET, &schedule, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(listed["upcoming"][0]["id"], id);
    let path = format!("/api/v1/meetings/{id}");
    let (status, shown) = call(&mei, Method::GET, &path, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(shown["agenda"][0]["kind"], "bring_a_problem");
    assert_eq!(shown["agenda"][0]["links"][0], "https://example.org/brief");
    assert!(shown["registrants"].is_null(), "members do not see who comes");
    for (who, path) in [
        (&hal, schedule.clone()),
        (&hal, path.clone()),
        (&hal, format!("/api/v1/meetings/{id}/actions")),
        (&mei_maps, path.clone()),
    ] {
        let (status, _) = call(who, Method::GET, &path, None).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{path}");
    }

    // One place: Mei takes it, Wes waits; Mei cancels and Wes has it.
    let registration = format!("/api/v1/meetings/{id}/registration");
    let (status, place) = call(&mei, Method::PUT, &registration, None).await;
    assert_eq!((status, place["place"].as_str()), (StatusCode::OK, Some("registered")));
    let (status, place) = call(&wes, Method::PUT, &registration, None).await;
    assert_eq!((status, place["place"].as_str()), (StatusCode::OK, Some("waiting")));
    let (status, _) = call(&mei, Method::PUT, &registration, None).await;
    assert_eq!(status, StatusCode::CONFLICT);
    for (who, method) in [
        (&hal, Method::PUT),
        (&mei_reader, Method::PUT),
        (&mei_reader, Method::DELETE),
    ] {
        let (status, _) = call(who, method, &registration, None).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
    let (status, _) = call(&mei, Method::DELETE, &registration, None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, shown) = call(&wes, Method::GET, &path, None).await;
    assert_eq!(shown["own_place"], "registered");
    let (_, shown) = call(&ruth, Method::GET, &path, None).await;
    assert_eq!(shown["registrants"][0]["name"], "Wes");
    let (status, actions) = call(&mei, Method::GET, &format!("/api/v1/meetings/{id}/actions"), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(actions["agreed"], json!([]));

    // A problem to the group: its members read and reply; Hackney neither sees nor posts.
    let problem = json!({ "council": "LDS", "group": SLUG, "title": "Bins missed on new estates",
        "description": "Addresses arrive late.", "links": ["https://example.org/estates"], "service_id": 524 });
    let (status, _) = call(&hal, Method::POST, "/api/v1/problems", Some(problem.clone())).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let mut unknown = problem.clone();
    unknown["service_id"] = json!(999_999);
    let (status, _) = call(&mei, Method::POST, "/api/v1/problems", Some(unknown)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, created) = call(&mei, Method::POST, "/api/v1/problems", Some(problem)).await;
    assert_eq!(status, StatusCode::CREATED);
    let problem_id = created["id"].as_i64().unwrap();
    let group_problems = format!("/api/v1/problems?group={SLUG}");
    let (status, listed) = call(&wes, Method::GET, &group_problems, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(listed["items"][0]["id"], problem_id);
    assert_eq!(listed["items"][0]["service_id"], 524);
    let (status, _) = call(&hal, Method::GET, &group_problems, None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (_, everyone) = call(&hal, Method::GET, "/api/v1/problems", None).await;
    assert_eq!(everyone["items"], json!([]), "the group's problem is not everyone's");
    let replies = format!("/api/v1/problems/{problem_id}/replies");
    let reply = json!({ "council": "WOK", "kind": "solved_this", "body": "We feed addresses nightly." });
    let (status, _) = call(
        &hal,
        Method::POST,
        &replies,
        Some(json!({ "council": "HCK", "kind": "advice", "body": "x" })),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = call(&wes, Method::POST, &replies, Some(reply)).await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, read) = call(&mei, Method::GET, &format!("/api/v1/problems/{problem_id}"), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(read["replies"][0]["kind"], "solved_this");
    let (status, _) = call(&hal, Method::GET, &format!("/api/v1/problems/{problem_id}"), None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // A project to everyone: Hackney responds; Leeds cannot respond to its own.
    let project = json!({ "council": "LDS", "title": "Report it once", "phase": "alpha",
        "description": "One form for every street problem." });
    let (status, _) = call(&hal, Method::POST, "/api/v1/projects", Some(project.clone())).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "not Hackney's to post for Leeds");
    let (status, created) = call(&mei, Method::POST, "/api/v1/projects", Some(project)).await;
    assert_eq!(status, StatusCode::CREATED);
    let project_id = created["id"].as_i64().unwrap();
    let responses = format!("/api/v1/projects/{project_id}/responses");
    let (status, _) = call(
        &hal,
        Method::POST,
        &responses,
        Some(json!({ "council": "HCK", "kind": "would_reuse", "body": "We'd reuse it." })),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, _) = call(
        &mei,
        Method::POST,
        &responses,
        Some(json!({ "council": "LDS", "kind": "feedback", "body": "Ours" })),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (status, read) = call(&hal, Method::GET, &format!("/api/v1/projects/{project_id}"), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(read["responses"][0]["kind"], "would_reuse");
    let (_, listed) = call(&hal, Method::GET, "/api/v1/projects", None).await;
    assert_eq!(listed["items"][0]["phase"], "alpha");

    // The OpenAPI document has them.
    let (_, doc) = api(&app, Method::GET, None, "/api/v1/openapi.json", None).await;
    let registration = &doc["paths"]["/api/v1/meetings/{id}/registration"];
    assert!(registration["put"].is_object() && registration["delete"].is_object());
    assert!(doc["components"]["schemas"]["MeetingDetail"].is_object());
    assert!(doc["paths"]["/api/v1/projects/{id}/responses"]["post"]["responses"]["409"].is_object());
}

on_both!(groups_meetings_problems_and_projects_through_the_api);
