//! A profile's private fields: its owner and its council's managers and admins see them;
//! platform admins only to answer a support request, which goes in the council's audit
//! log. The profile editor obeys the profile's own council, as the API does.

use crate::cast::{api, listed_in_leeds_with_contact as listed_profile, token};
use crate::harness::{error_summary, location, TestApp};
use crate::on_both;
use domain::clock::Clock;
use domain::roles::Role;
use reqwest::{Method, StatusCode};
use store::{audit, members, organisations};

const PRIVATE: &str = "mei.private@leeds.gov.uk";

async fn platform_admins_see_private_fields_only_for_a_recorded_support_request(app: TestApp) {
    let profile = listed_profile(&app).await;
    let operator = app.signed_in("operator@microcontracts.test").await;
    let page = app
        .get_as(&operator, &format!("/pool/{profile}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(!page.contains(PRIVATE), "not on the ordinary page");
    assert!(
        page.contains(&format!("/admin/profiles/{profile}")),
        "a way to answer a support request: {page}"
    );

    let path = format!("/admin/profiles/{profile}");
    assert_eq!(app.get_as(&operator, &path).await.status(), StatusCode::OK);
    let r = app.post_form_as(&operator, &path, &[("reference", " ")]).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        error_summary(&r.text().await.unwrap()),
        ["Enter the support request you are answering"]
    );
    let r = app.post_form_as(&operator, &path, &[("reference", "INC-2041")]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let support = format!("{path}/support");
    assert_eq!(location(&r), support);
    // Shown on the page the form redirects to, and again on a refresh, recorded once.
    for _ in 0..2 {
        let page = app.get_as(&operator, &support).await.text().await.unwrap();
        assert!(page.contains(PRIVATE) && page.contains("INC-2041"), "{page}");
    }
    let leeds = organisations::find_by_code(app.db(), "LDS").await.unwrap().unwrap();
    let events = audit::list(app.db(), Some(leeds.id), None, 50).await.unwrap();
    let seen: Vec<_> = events
        .iter()
        .filter(|e| e.action == "profile-viewed-for-support")
        .collect();
    assert_eq!(seen.len(), 1, "the look is in Leeds's audit log, once");
    assert_eq!(seen[0].subject_id, profile.to_string());
    assert!(seen[0].after_json.as_deref().unwrap_or_default().contains("INC-2041"));
    // An hour on, the admin must give a support request again.
    app.clock.advance(chrono::Duration::minutes(61));
    let later = app.get_as(&operator, &support).await;
    assert_eq!(later.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&later), path);

    // Nobody else can use the support door.
    app.person(
        "ann@leeds.gov.uk",
        "Ann",
        Some("LDS"),
        &[Role::CouncilAdmin, Role::Manager],
    )
    .await;
    let ann = app.signed_in("ann@leeds.gov.uk").await;
    assert_eq!(app.get_as(&ann, &path).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.get_as(&ann, &support).await.status(), StatusCode::FORBIDDEN);
    let r = app.post_form_as(&ann, &path, &[("reference", "x")]).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // Leeds's own managers see the private fields as before.
    let page = app
        .get_as(&ann, &format!("/pool/{profile}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains(PRIVATE));
}

async fn the_profile_editor_obeys_the_profiles_council(app: TestApp) {
    listed_profile(&app).await;
    let mei_id = app.person("mei@leeds.gov.uk", "", None, &[]).await;
    let york = app.onboard("YOR", "york.gov.uk").await;
    let leeds = organisations::find_by_code(app.db(), "LDS").await.unwrap().unwrap();
    let mei = app.signed_in("mei@leeds.gov.uk").await;
    let bearer = token(&app, &mei, &["profiles:read", "profiles:write"]).await;
    assert_eq!(app.get_as(&mei, "/profile").await.status(), StatusCode::OK);
    // Leeds takes away her practitioner role; York gives her one.
    let now = app.clock.now();
    members::set_roles(app.db(), mei_id, leeds.id, &[], now).await.unwrap();
    members::add(app.db(), mei_id, york, &[Role::Practitioner], now)
        .await
        .unwrap();
    let mei = app.signed_in("mei@leeds.gov.uk").await;
    for path in ["/profile", "/profile/details", "/profile/capacity"] {
        assert_eq!(app.get_as(&mei, path).await.status(), StatusCode::FORBIDDEN, "{path}");
    }
    let r = app
        .post_form_as(&mei, "/profile/details", &[("display_name", "Mei"), ("headline", "x")])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let (status, _) = api(&app, Method::GET, Some(&bearer), "/api/v1/profile", None).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "the API refuses the same");
}

on_both!(
    platform_admins_see_private_fields_only_for_a_recorded_support_request,
    the_profile_editor_obeys_the_profiles_council
);
