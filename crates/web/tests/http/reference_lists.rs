//! Reference lists managed by platform admins: roles, skills, services and capabilities
//! are added, changed, retired and brought back; every list that offers them follows, on
//! this instance at once and on another within the recheck interval; loading the shipped
//! lists again keeps what an admin changed. Nobody else may reach the pages.

use crate::harness::{error_summary, location, TestApp};
use crate::on_both;
use domain::roles::Role;
use reqwest::StatusCode;
use std::sync::Arc;
use tokio::sync::Notify;
use web::state::AppState;

fn skill_named(lists: &web::state::ReferenceLists, name: &str) -> Option<i64> {
    lists.skills.iter().find(|s| s.label == name).map(|s| s.id)
}

/// The entry of `list` named `name`.
async fn find(app: &TestApp, list: domain::reference_lists::List, name: &str) -> store::reference_lists::Entry {
    let rows = store::reference_lists::entries(app.db(), list, name, None, 10)
        .await
        .unwrap();
    rows.into_iter().find(|e| e.name == name).expect(name)
}

async fn only_platform_admins_reach_the_pages(app: TestApp) {
    app.onboard("LDS", "leeds.gov.uk").await;
    app.person(
        "ruth@leeds.gov.uk",
        "Ruth Admin",
        Some("LDS"),
        &[Role::CouncilAdmin, Role::Manager],
    )
    .await;
    let ruth = app.signed_in("ruth@leeds.gov.uk").await;
    let skill = find(&app, domain::reference_lists::List::Skills, "Inclusive research")
        .await
        .id;
    let gets = [
        "/admin/reference".to_string(),
        "/admin/reference/skills".to_string(),
        "/admin/reference/roles/new".to_string(),
        format!("/admin/reference/skills/{skill}"),
    ];
    for path in &gets {
        assert_eq!(app.get_as(&ruth, path).await.status(), StatusCode::FORBIDDEN, "{path}");
        assert_eq!(app.get(path).await.status(), StatusCode::SEE_OTHER, "{path} signed out");
    }
    let posts = [
        "/admin/reference/skills/new".to_string(),
        format!("/admin/reference/skills/{skill}"),
        format!("/admin/reference/skills/{skill}/retire"),
        format!("/admin/reference/skills/{skill}/restore"),
    ];
    for path in &posts {
        let r = app
            .post_form_as(&ruth, path, &[("name", "Mine"), ("detail", "Mine")])
            .await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{path}");
    }
    let s = store::reference_lists::entry(app.db(), domain::reference_lists::List::Skills, skill)
        .await
        .unwrap()
        .unwrap();
    assert!(!s.retired);
    assert!(
        store::reference_lists::entries(app.db(), domain::reference_lists::List::Skills, "mine", None, 5)
            .await
            .unwrap()
            .is_empty()
    );
    // An unknown list or entry is not found, even to a platform admin.
    app.person("operator@microcontracts.test", "Operator", None, &[]).await;
    let operator = app.signed_in("operator@microcontracts.test").await;
    for path in [
        "/admin/reference/components",
        "/admin/reference/skills/999999",
        "/admin/reference/skills/x",
    ] {
        let status = app.get_as(&operator, path).await.status();
        assert!(
            matches!(status, StatusCode::NOT_FOUND | StatusCode::BAD_REQUEST),
            "{path}: {status}"
        );
    }
}

async fn a_skill_is_added_offered_everywhere_retired_and_brought_back(app: TestApp) {
    use domain::reference_lists::List;
    app.person("operator@microcontracts.test", "Operator", None, &[]).await;
    let operator = app.signed_in("operator@microcontracts.test").await;
    // Another instance on the same database, which has read the lists already.
    let other = AppState::new(
        app.db().clone(),
        app.clock.clone(),
        web::config::WebConfig::default(),
        Arc::new(Notify::new()),
    )
    .unwrap();
    assert!(skill_named(&other.reference().await.unwrap(), "Low-code platforms").is_none());
    assert!(skill_named(&app.state.reference().await.unwrap(), "Low-code platforms").is_none());

    let r = app
        .post_form_as(
            &operator,
            "/admin/reference/skills/new",
            &[("name", " "), ("detail", "")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(error_summary(&r.text().await.unwrap()), vec!["Enter a name"]);
    let r = app
        .post_form_as(
            &operator,
            "/admin/reference/skills/new",
            &[
                ("name", "Low-code platforms"),
                ("detail", "Building services on low-code platforms."),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/admin/reference/skills?done=added");
    let r = app
        .post_form_as(
            &operator,
            "/admin/reference/skills/new",
            &[("name", "low-code PLATFORMS")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        error_summary(&r.text().await.unwrap()),
        vec!["An entry with this name is already in the list"]
    );

    // Offered at once here, in the pool search form too; on the other instance once it
    // reads the generation again.
    let added = find(&app, List::Skills, "Low-code platforms").await.id;
    assert_eq!(
        skill_named(&app.state.reference().await.unwrap(), "Low-code platforms"),
        Some(added)
    );
    assert!(app.text_as(&operator, "/pool").await.contains("Low-code platforms"));
    assert!(skill_named(&other.reference().await.unwrap(), "Low-code platforms").is_none());
    app.clock.advance(chrono::TimeDelta::seconds(6));
    assert_eq!(
        skill_named(&other.reference().await.unwrap(), "Low-code platforms"),
        Some(added)
    );
    let page = app.text_as(&operator, "/admin/reference/skills?q=low-code").await;
    assert!(page.contains("Low-code platforms") && page.contains("Added here"));

    // Its name may change, as it was added here; the framework's own names stay.
    let r = app
        .post_form_as(
            &operator,
            &format!("/admin/reference/skills/{added}"),
            &[("name", "Low-code development"), ("detail", "Low-code.")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let research = find(&app, List::Skills, "Inclusive research").await;
    assert!(app
        .text_as(&operator, &format!("/admin/reference/skills/{}", research.id))
        .await
        .contains("cannot be changed here"));
    let r = app
        .post_form_as(
            &operator,
            &format!("/admin/reference/skills/{}", research.id),
            &[("name", "Research"), ("detail", "Finding out what users need.")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let research = store::reference_lists::entry(app.db(), List::Skills, research.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (research.name.as_str(), research.detail.as_str()),
        ("Inclusive research", "Finding out what users need.")
    );

    // Retired: offered nowhere, the API included; retired twice is refused; brought back.
    let retire = format!("/admin/reference/skills/{added}/retire");
    let r = app.post_form_as(&operator, &retire, &[]).await;
    assert_eq!(location(&r), "/admin/reference/skills?done=retired");
    assert!(skill_named(&app.state.reference().await.unwrap(), "Low-code development").is_none());
    assert!(!app.text_as(&operator, "/pool").await.contains("Low-code development"));
    assert!(!store::reference::skills(app.db())
        .await
        .unwrap()
        .iter()
        .any(|s| s.id == added));
    assert_eq!(
        app.post_form_as(&operator, &retire, &[]).await.status(),
        StatusCode::CONFLICT
    );
    let r = app
        .post_form_as(&operator, &format!("/admin/reference/skills/{added}/restore"), &[])
        .await;
    assert_eq!(location(&r), "/admin/reference/skills?done=restored");
    assert_eq!(
        skill_named(&app.state.reference().await.unwrap(), "Low-code development"),
        Some(added)
    );

    // Every step is in the audit log.
    let audit = app.text_as(&operator, "/admin/audit").await;
    for action in ["Added to a reference list", "Retired an entry of a reference list"] {
        assert!(audit.contains(action), "{action}");
    }
}

async fn services_capabilities_and_roles_are_added_with_their_own_rules(app: TestApp) {
    use domain::reference_lists::{List, FIRST_LOCAL_ID};
    app.person("operator@microcontracts.test", "Operator", None, &[]).await;
    let operator = app.signed_in("operator@microcontracts.test").await;

    // A service takes a number beyond the LGSL's, and the service box offers it.
    let r = app
        .post_form_as(
            &operator,
            "/admin/reference/services/new",
            &[
                ("name", "Community energy schemes"),
                ("detail", "Local energy projects."),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let service = find(&app, List::Services, "Community energy schemes").await;
    assert_eq!(service.id, FIRST_LOCAL_ID);
    let suggested = app.text_as(&operator, "/services/suggest?q=community%20energy").await;
    assert!(suggested.contains("Community energy schemes"), "{suggested}");

    // A capability joins a group, which must be chosen.
    let r = app
        .post_form_as(&operator, "/admin/reference/capabilities/new", &[("name", "Chatbot")])
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        error_summary(&r.text().await.unwrap()),
        vec!["Choose the group the capability belongs to"]
    );
    let r = app
        .post_form_as(
            &operator,
            "/admin/reference/capabilities/new",
            &[("name", "Chatbot"), ("detail", "Answer questions."), ("group", "1000")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let lists = app.state.reference().await.unwrap();
    let chatbot = lists.capabilities.iter().find(|c| c.label == "Chatbot").unwrap();
    assert_eq!(
        (chatbot.id, chatbot.kind.as_str(), chatbot.parent_id),
        (FIRST_LOCAL_ID, "technical", Some(1000))
    );
    // Listed last among the technical capabilities, not at the end of every list.
    let technical: Vec<&str> = lists
        .capabilities
        .iter()
        .filter(|c| c.parent_id == Some(1000))
        .map(|c| c.label.as_str())
        .collect();
    assert_eq!(technical.last(), Some(&"Chatbot"));

    // A role needs a family and at least one level; levels fill bands it does not have.
    let r = app
        .post_form_as(
            &operator,
            "/admin/reference/roles/new",
            &[("name", "Low-code developer"), ("detail", "Technical")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        error_summary(&r.text().await.unwrap()),
        vec!["Name the level at one band at least"]
    );
    let r = app
        .post_form_as(
            &operator,
            "/admin/reference/roles/new",
            &[
                ("name", "Low-code developer"),
                ("detail", "Technical"),
                ("level-2", "Junior low-code developer"),
                ("level-4", "Low-code developer"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let role = find(&app, List::Roles, "Low-code developer").await;
    let bands = |levels: Vec<store::reference::Level>| -> Vec<i64> {
        levels.iter().filter(|l| l.role_id == role.id).map(|l| l.band).collect()
    };
    assert_eq!(bands(store::reference::levels(app.db()).await.unwrap()), vec![2, 4]);
    let r = app
        .post_form_as(
            &operator,
            &format!("/admin/reference/roles/{}", role.id),
            &[
                ("name", "Low-code developer"),
                ("detail", "Technical"),
                ("level-5", "Senior low-code developer"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(bands(store::reference::levels(app.db()).await.unwrap()), vec![2, 4, 5]);
    // Retiring a role retires its levels from every choice.
    app.post_form_as(&operator, &format!("/admin/reference/roles/{}/retire", role.id), &[])
        .await;
    assert!(bands(store::reference::levels(app.db()).await.unwrap()).is_empty());
    assert!(!store::reference::roles(app.db())
        .await
        .unwrap()
        .iter()
        .any(|r| r.id == role.id));
}

async fn loading_the_shipped_lists_again_keeps_what_an_admin_changed(app: TestApp) {
    use domain::reference_lists::List;
    app.person("operator@microcontracts.test", "Operator", None, &[]).await;
    let operator = app.signed_in("operator@microcontracts.test").await;
    let waste = find(&app, List::Services, "Household waste collection").await;
    let r = app
        .post_form_as(
            &operator,
            &format!("/admin/reference/services/{}", waste.id),
            &[
                ("name", "Household waste and recycling collection"),
                ("detail", "Bins."),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = app
        .post_form_as(
            &operator,
            &format!("/admin/reference/services/{}/retire", waste.id),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    store::testing::execute_raw(app.db(), "DELETE FROM reference_data")
        .await
        .unwrap();
    store::seed::load_reference_data(app.db()).await.unwrap();
    let after = store::reference_lists::entry(app.db(), List::Services, waste.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after.name, "Household waste and recycling collection");
    assert!(after.retired);
    // Entries nobody changed are loaded as shipped.
    assert!(store::reference::services(app.db()).await.unwrap().len() > 900);
}

on_both!(
    only_platform_admins_reach_the_pages,
    a_skill_is_added_offered_everywhere_retired_and_brought_back,
    services_capabilities_and_roles_are_added_with_their_own_rules,
    loading_the_shipped_lists_again_keeps_what_an_admin_changed
);
