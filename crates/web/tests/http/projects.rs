//! "Show and tell" over HTTP (issue 18): a council shows a project with its phase, team and
//! the component it provides; another council responds and is answered; the project goes on
//! a meeting's "Show and tell" item and shows on its component's page. A group's project
//! stays with its members, and a council does not respond to its own.

use crate::harness::{error_summary, location, TestApp};
use crate::on_both;
use crate::south_group::{self, SLUG};
use domain::roles::Role;
use reqwest::StatusCode;
use store::projects;

fn id_from(location: &str) -> i64 {
    location
        .trim_start_matches("/projects/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

async fn projects_are_shown_answered_and_brought_to_meetings(app: TestApp) {
    south_group::create(&app).await;
    app.onboard("WOK", "wokingham.gov.uk").await;
    let mei = app
        .person("mei@leeds.gov.uk", "Mei", Some("LDS"), &[Role::Practitioner])
        .await;
    app.person("wes@wokingham.gov.uk", "Wes", Some("WOK"), &[Role::CouncilAdmin])
        .await;
    south_group::join(&app, "mei@leeds.gov.uk").await;
    let leeds = store::organisations::find_by_code(app.db(), "LDS")
        .await
        .unwrap()
        .unwrap()
        .id;
    let profile = crate::cast::listed_profile(&app, mei, leeds, 10).await;
    let operator = app.signed_in("operator@microcontracts.test").await;
    let r = app
        .post_form_as(
            &operator,
            "/maps/components/new",
            &[("name", "Waste round planner"), ("kind", "in_house")],
        )
        .await;
    let component: i64 = location(&r)
        .trim_start_matches("/maps/components/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let mei_client = app.signed_in("mei@leeds.gov.uk").await;
    let wes = app.signed_in("wes@wokingham.gov.uk").await;
    let hal = app.signed_in("hal@hackney.gov.uk").await;

    let r = app
        .post_form_as(
            &mei_client,
            "/projects/new",
            &[("title", ""), ("phase", "pilot"), ("description", "")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(error_summary(&r.text().await.unwrap()).len(), 3);
    let profile_id = profile.to_string();
    let component_id = component.to_string();
    let form = |audience: &'static str| {
        vec![
            ("audience", audience.to_string()),
            ("title", "Waste round planner".to_string()),
            ("phase", "alpha".to_string()),
            (
                "description",
                "Plans collection rounds from the address base.".to_string(),
            ),
            ("component_id", component_id.clone()),
            ("team", profile_id.clone()),
        ]
    };
    let post = |fields: Vec<(&'static str, String)>| {
        let client = mei_client.clone();
        let app = &app;
        async move {
            let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.post_form_as(&client, "/projects/new", &borrowed).await
        }
    };
    let public = id_from(&location(&post(form("everyone")).await));
    let in_group = id_from(&location(&post(form(SLUG)).await));
    let shown = projects::find(app.db(), public).await.unwrap().unwrap();
    assert_eq!((shown.phase.as_str(), shown.component_id), ("alpha", Some(component)));
    assert_eq!(projects::team(app.db(), public).await.unwrap()[0].profile_id, profile);
    // Someone else's profile cannot be on Leeds's team.
    let mut foreign = form("everyone");
    foreign[5] = ("team", "999999".to_string());
    assert_eq!(post(foreign).await.status(), StatusCode::BAD_REQUEST);

    // The group's project stays with its members; the component's page shows the public one.
    assert_eq!(
        app.get_as(&wes, &format!("/projects/{in_group}")).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get_as(&wes, &format!("/groups/{SLUG}/projects")).await.status(),
        StatusCode::FORBIDDEN
    );
    let r = app
        .post_form_as(
            &wes,
            &format!("/projects/{in_group}/responses"),
            &[("kind", "feedback"), ("body", "From outside the group")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let component_page = app.text_as(&wes, &format!("/maps/components/{component}")).await;
    assert!(
        component_page.contains(&format!("/projects/{public}"))
            && !component_page.contains(&format!("/projects/{in_group}"))
    );
    assert!(location(&app.get("/projects").await).starts_with("/sign-in"));

    // Wokingham would reuse it; Leeds answers; Leeds cannot respond to its own.
    let r = app
        .post_form_as(
            &wes,
            &format!("/projects/{public}/responses"),
            &[("kind", "would_reuse"), ("body", "We'd try it next spring.")],
        )
        .await;
    assert_eq!(location(&r), format!("/projects/{public}?done=responded"));
    let r = app
        .post_form_as(
            &mei_client,
            &format!("/projects/{public}/responses"),
            &[("kind", "feedback"), ("body", "Ours")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let response = projects::responses(app.db(), public, 5).await.unwrap()[0].id;
    let answer = format!("/projects/{public}/responses/{response}/answer");
    let r = app
        .post_form_as(&hal, &answer, &[("answer", "Not mine to answer")])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = app
        .post_form_as(&mei_client, &answer, &[("answer", "Come and see it at Leeds.")])
        .await;
    assert_eq!(location(&r), format!("/projects/{public}?done=answered"));
    let mail = store::outbox::recent(app.db(), 5).await.unwrap();
    assert!(mail
        .iter()
        .any(|m| m.recipient == "mei@leeds.gov.uk" && m.subject.contains("responded to your project")));
    assert!(mail
        .iter()
        .any(|m| m.recipient == "wes@wokingham.gov.uk" && m.subject.contains("was answered")));
    let page = app.text_as(&wes, &format!("/projects/{public}")).await;
    assert!(page.contains("We&#x27;d try it next spring.") || page.contains("We'd try it next spring."));
    assert!(page.contains("Come and see it at Leeds."));

    // On a meeting's "Show and tell" item.
    let meeting = south_group::schedule(&app, "Show and tell day", ("18", "3"), "30").await;
    let ruth = app.signed_in("ruth@leeds.gov.uk").await;
    app.post_form_as(
        &ruth,
        &format!("/meetings/{meeting}/agenda/new"),
        &[("kind", "show_and_tell"), ("title", "Show and tell"), ("minutes", "30")],
    )
    .await;
    let item = store::meetings::agenda(app.db(), meeting).await.unwrap()[0]
        .id
        .to_string();
    let r = app
        .post_form_as(&wes, &format!("/projects/{in_group}/agenda"), &[("item", &item)])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = app
        .post_form_as(&mei_client, &format!("/projects/{in_group}/agenda"), &[("item", &item)])
        .await;
    assert_eq!(location(&r), format!("/projects/{in_group}?done=agenda"));
    let agenda = app.text_as(&ruth, &format!("/meetings/{meeting}")).await;
    assert!(agenda.contains(&format!("/projects/{in_group}")));
    assert_eq!(
        app.get_as(&ruth, "/projects/999999").await.status(),
        StatusCode::NOT_FOUND
    );
}

on_both!(projects_are_shown_answered_and_brought_to_meetings);
