//! Moderation: a platform admin hides a profile, an opportunity, a question, a problem or
//! a project with a reason; it leaves every list, search, API answer and open data
//! release; its owner is told and appeals once; the admin restores it or keeps it hidden.
//! Nobody else may hide, read the moderation or appeal.

use crate::harness::{error_summary, location, TestApp};
use crate::on_both;
use crate::opportunities::{cast, draft, mei_within_the_maximum};
use domain::clock::Clock;
use reqwest::StatusCode;
use store::notifications;

async fn hide(app: &TestApp, client: &reqwest::Client, kind: &str, id: i64, reason: &str) -> reqwest::Response {
    app.post_form_as(
        client,
        "/admin/moderation/hide",
        &[("kind", kind), ("id", &id.to_string()), ("reason", reason)],
    )
    .await
}

/// The moderation last made.
async fn last_moderation(app: &TestApp) -> i64 {
    store::moderation::hidden(app.db(), None, 1).await.unwrap()[0].id
}

async fn a_profile_is_hidden_appealed_and_restored(app: TestApp) {
    let c = cast(&app).await;
    let operator = app.signed_in("operator@microcontracts.test").await;
    let profile = mei_within_the_maximum(&app).await;
    let mei = app.person("mei@leeds.gov.uk", "", None, &[]).await;
    let page = format!("/pool/{profile}");
    assert_eq!(app.get_as(&c.dan, &page).await.status(), StatusCode::OK);
    assert!(app.text_as(&operator, &page).await.contains("Hide (moderation)"));
    assert!(!app.text_as(&c.dan, &page).await.contains("Hide (moderation)"));

    // Only a platform admin hides, and only with a reason.
    let form = format!("/admin/moderation/hide?kind=profile&id={profile}");
    for client in [&c.dan, &c.mei, &c.stranger] {
        assert_eq!(app.get_as(client, &form).await.status(), StatusCode::FORBIDDEN);
        let r = hide(&app, client, "profile", profile, "Contact details in the summary.").await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
        assert_eq!(
            app.get_as(client, "/admin/moderation").await.status(),
            StatusCode::FORBIDDEN
        );
    }
    assert!(app.text_as(&operator, &form).await.contains("Mei Chen"));
    let r = hide(&app, &operator, "profile", profile, "  ").await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(error_summary(&r.text().await.unwrap()), vec!["Enter why it is hidden"]);
    for (kind, id) in [
        ("comment", profile.to_string()),
        ("profile", "x".into()),
        ("profile", "999999".into()),
    ] {
        let r = app
            .post_form_as(
                &operator,
                "/admin/moderation/hide",
                &[("kind", kind), ("id", &id), ("reason", "r")],
            )
            .await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{kind} {id}");
    }
    let r = hide(&app, &operator, "profile", profile, "Contact details in the summary.").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/admin/moderation?done=hidden");
    let r = hide(&app, &operator, "profile", profile, "Again.").await;
    assert_eq!(r.status(), StatusCode::CONFLICT, "hidden once");
    let id = last_moderation(&app).await;

    // Gone from the pool, its page, search and the API; the owner cannot list it again.
    assert_eq!(app.get_as(&c.dan, &page).await.status(), StatusCode::NOT_FOUND);
    let p = store::profiles::find(app.db(), profile).await.unwrap().unwrap();
    assert_eq!(p.status.as_str(), "paused");
    let search = app.text_as(&c.dan, "/pool?words=research").await;
    assert!(!search.contains("Mei Chen"));
    let r = app.post_form_as(&c.mei, "/profile/listing/resume", &[]).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);

    // Mei is told, reads why, and appeals once; nobody else sees it.
    let told = notifications::recent(app.db(), mei, 10).await.unwrap();
    assert!(told
        .iter()
        .any(|n| n.message_key == "notify-moderation-hidden" && n.link == format!("/moderation/{id}")));
    let path = format!("/moderation/{id}");
    let body = app.text_as(&c.mei, &path).await;
    assert!(body.contains("Contact details in the summary.") && body.contains("Send appeal"));
    assert_eq!(app.get_as(&c.dan, &path).await.status(), StatusCode::NOT_FOUND);
    let appeal = format!("{path}/appeal");
    let r = app.post_form_as(&c.dan, &appeal, &[("appeal", "Mine now")]).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = app.post_form_as(&c.mei, &appeal, &[("appeal", "")]).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    // Deciding before any appeal is refused.
    let decide = format!("/admin/moderation/{id}/decide");
    let r = app.post_form_as(&operator, &decide, &[("decision", "restored")]).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let r = app
        .post_form_as(&c.mei, &appeal, &[("appeal", "I have taken my phone number out.")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = app.post_form_as(&c.mei, &appeal, &[("appeal", "And again.")]).await;
    assert_eq!(r.status(), StatusCode::CONFLICT, "once");

    // The admin's dashboard counts it, and the admin restores it: listed again, Mei told.
    let dashboard = app.text_as(&operator, "/admin").await;
    assert!(dashboard.contains("Appeals against moderation waiting for a decision"));
    assert!(dashboard.contains(r#"href="/admin/moderation">Decide"#));
    let queue = app.text_as(&operator, "/admin/moderation").await;
    assert!(queue.contains("I have taken my phone number out.") && queue.contains("Mei Chen"));
    let r = app.post_form_as(&c.dan, &decide, &[("decision", "restored")]).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = app.post_form_as(&operator, &decide, &[("decision", "maybe")]).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let r = app
        .post_form_as(&operator, &decide, &[("decision", "restored"), ("note", "Thank you.")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = app.post_form_as(&operator, &decide, &[("decision", "upheld")]).await;
    assert_eq!(r.status(), StatusCode::CONFLICT, "decided once");
    assert_eq!(app.get_as(&c.dan, &page).await.status(), StatusCode::OK);
    let p = store::profiles::find(app.db(), profile).await.unwrap().unwrap();
    assert_eq!((p.status.as_str(), p.hidden_at), ("listed", None));
    let told = notifications::recent(app.db(), mei, 10).await.unwrap();
    assert!(told.iter().any(|n| n.message_key == "notify-moderation-restored"));
    let actions: Vec<String> = store::audit::list(app.db(), None, None, 1000)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    for action in ["content-hidden", "moderation-appealed", "moderation-decided"] {
        assert!(actions.iter().any(|a| a == action), "{action}");
    }
}

async fn hidden_posts_leave_lists_pages_and_the_api(app: TestApp) {
    use crate::cast::{api, token};
    let c = cast(&app).await;
    let operator = app.signed_in("operator@microcontracts.test").await;
    let id = draft(&app, &c, "specialist", "public").await;
    let r = app
        .post_form_as(&c.dan, &format!("/opportunities/{id}/publish"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let now = app.clock.now();
    let mei = app.person("mei@leeds.gov.uk", "", None, &[]).await;
    let r = crate::opportunities::apply(&app, &c.mei, id, "55").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let application = location(&r).split('?').next().unwrap().to_string();
    let mut tx = app.db().begin().await.unwrap();
    let question = store::opportunities::ask(&mut tx, id, mei, "Is a DBS check needed?", now)
        .await
        .unwrap();
    store::opportunities::answer(&mut tx, id, question, "No.", mei, now)
        .await
        .unwrap();
    let leeds = store::organisations::find_by_code(app.db(), "LDS")
        .await
        .unwrap()
        .unwrap()
        .id;
    let problem = store::problems::NewProblem {
        org_id: leeds,
        group_id: None,
        title: "Tracking missed bins",
        description: "Residents hear nothing.",
        lgsl_id: None,
        tried: "",
        links: "",
    };
    let problem = store::problems::create(&mut tx, &problem, mei, now).await.unwrap();
    let project = store::projects::NewProject {
        org_id: leeds,
        group_id: None,
        title: "Garden waste renewals",
        lgsl_id: None,
        phase: "alpha",
        description: "A new renewal form.",
        links: "",
        component_id: None,
    };
    let project = store::projects::create(&mut tx, &project, &[], mei, now).await.unwrap();
    tx.commit().await.unwrap();
    let page = format!("/opportunities/{id}");
    assert!(app.text_as(&c.stranger, &page).await.contains("Is a DBS check needed?"));
    assert!(app
        .text_as(&c.stranger, "/problems")
        .await
        .contains("Tracking missed bins"));
    assert!(app
        .text_as(&c.stranger, "/projects")
        .await
        .contains("Garden waste renewals"));

    for (kind, subject) in [
        ("question", question),
        ("opportunity", id),
        ("problem", problem),
        ("project", project),
    ] {
        let r = hide(&app, &operator, kind, subject, "Breaks the rules.").await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{kind}");
    }
    // Whoever applied is told, and their application stays as it is.
    let told_mei = |key: &'static str| {
        let application = application.clone();
        let db = app.db().clone();
        async move {
            notifications::recent(&db, mei, 20)
                .await
                .unwrap()
                .iter()
                .any(|n| n.message_key == key && n.link == application)
        }
    };
    assert!(told_mei("notify-opportunity-hidden").await);
    assert_eq!(app.get_as(&c.mei, &application).await.status(), StatusCode::OK);
    // The buyer's own council still sees its opportunity, without the hidden question.
    let own = app.text_as(&c.dan, &page).await;
    assert!(own.contains("User researcher for garden waste renewals") && !own.contains("Is a DBS check needed?"));
    // Everyone else: not on the list, not found, not in the API.
    assert_eq!(app.get_as(&c.stranger, &page).await.status(), StatusCode::NOT_FOUND);
    // Someone signed out is asked to sign in, as for a draft: nothing of it is shown.
    assert_eq!(app.get(&page).await.status(), StatusCode::SEE_OTHER);
    let list = app.text_as(&c.stranger, "/opportunities").await;
    assert!(!list.contains("User researcher for garden waste renewals"));
    let words = app.text_as(&c.stranger, "/opportunities?words=garden").await;
    assert!(!words.contains("User researcher for garden waste renewals"));
    let reader = token(&app, &c.mei, &["opportunities:read"]).await;
    let (status, _) = api(
        &app,
        reqwest::Method::GET,
        Some(&reader),
        &format!("/api/v1/opportunities/{id}"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, body) = api(&app, reqwest::Method::GET, Some(&reader), "/api/v1/opportunities", None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body["items"].as_array().unwrap().iter().all(|o| o["id"] != id));
    // Nor in the daily digest of new opportunities.
    let since = now - chrono::Duration::days(1);
    let digest = store::opportunities::published_since(app.db(), since).await.unwrap();
    assert!(digest.iter().all(|o| o.id != id));
    assert_eq!(
        app.get_as(&c.stranger, &format!("/problems/{problem}")).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get_as(&c.stranger, &format!("/projects/{project}")).await.status(),
        StatusCode::NOT_FOUND
    );
    assert!(!app
        .text_as(&c.stranger, "/problems")
        .await
        .contains("Tracking missed bins"));
    assert!(!app
        .text_as(&c.stranger, "/projects")
        .await
        .contains("Garden waste renewals"));
    // The admin's page lists all four.
    let hidden = app.text_as(&operator, "/admin/moderation").await;
    for title in [
        "Is a DBS check needed?",
        "Tracking missed bins",
        "Garden waste renewals",
        "User researcher for garden waste renewals",
    ] {
        assert!(hidden.contains(title), "{title}");
    }
    // The buyer appeals and the opportunity is shown again: the applicant is told.
    let moderation = store::moderation::hidden(app.db(), None, 10)
        .await
        .unwrap()
        .into_iter()
        .find(|m| m.subject_id == id && m.kind == domain::moderation::Kind::Opportunity)
        .unwrap()
        .id;
    let r = app
        .post_form_as(
            &c.dan,
            &format!("/moderation/{moderation}/appeal"),
            &[("appeal", "Fixed.")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(!told_mei("notify-opportunity-shown-again").await);
    let r = app
        .post_form_as(
            &operator,
            &format!("/admin/moderation/{moderation}/decide"),
            &[("decision", "restored"), ("note", "")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(told_mei("notify-opportunity-shown-again").await);
}

on_both!(
    a_profile_is_hidden_appealed_and_restored,
    hidden_posts_leave_lists_pages_and_the_api
);
