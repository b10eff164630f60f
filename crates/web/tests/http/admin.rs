//! Platform admins onboarding a council: its email domain and its first council admin.

use crate::harness::{error_summary, link_in, location, TestApp, PASSWORD};
use crate::on_both;
use domain::roles::Role;
use reqwest::StatusCode;
use store::{audit, members, organisations, users};

async fn onboard_a_council_and_invite_its_first_admin(app: TestApp) {
    app.person("operator@microcontracts.test", "Pat Operator", None, &[])
        .await;
    let operator = app.signed_in("operator@microcontracts.test").await;

    let search = app
        .get_as(&operator, "/admin/councils?q=york")
        .await
        .text()
        .await
        .unwrap();
    assert!(search.contains("City of York Council"));

    let bad = app
        .post_form_as(&operator, "/admin/councils/YOR/domains", &[("domain", "not a domain")])
        .await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        error_summary(&bad.text().await.unwrap()),
        vec!["Enter a domain in the correct format, like wokingham.gov.uk"]
    );

    let added = app
        .post_form_as(&operator, "/admin/councils/YOR/domains", &[("domain", "York.gov.uk")])
        .await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    let page = app.get_as(&operator, &location(&added)).await.text().await.unwrap();
    assert!(page.contains("york.gov.uk added to City of York Council"), "{page}");

    let taken = app
        .post_form_as(&operator, "/admin/councils/LDS/domains", &[("domain", "york.gov.uk")])
        .await;
    assert_eq!(taken.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        error_summary(&taken.text().await.unwrap()),
        vec!["york.gov.uk is already a verified domain of a council."]
    );

    let elsewhere = app
        .post_form_as(
            &operator,
            "/admin/councils/YOR/admins",
            &[("email", "someone@leeds.gov.uk")],
        )
        .await;
    assert_eq!(elsewhere.status(), StatusCode::BAD_REQUEST);

    let invited = app
        .post_form_as(
            &operator,
            "/admin/councils/YOR/admins",
            &[("email", "chief.digital@york.gov.uk")],
        )
        .await;
    assert_eq!(invited.status(), StatusCode::SEE_OTHER);
    let mail = app.deliver_mail().await;
    assert_eq!(mail.len(), 1);
    assert!(mail[0].subject.contains("City of York Council"));
    let path = link_in(&mail[0].body_text, &app.url("/verify/"))
        .trim_start_matches(&app.base)
        .to_string();

    let newcomer = crate::harness::new_client();
    let form = app.get_as(&newcomer, &path).await.text().await.unwrap();
    assert!(
        form.contains(r#"name="display_name""#),
        "an invited person gives their name"
    );
    let no_name = app
        .post_form_as(
            &newcomer,
            &path,
            &[
                ("display_name", ""),
                ("password", PASSWORD),
                ("password_confirmation", PASSWORD),
            ],
        )
        .await;
    assert_eq!(
        error_summary(&no_name.text().await.unwrap()),
        vec!["Enter your full name"]
    );
    let done = app
        .post_form_as(
            &newcomer,
            &path,
            &[
                ("display_name", "Chris Digital"),
                ("password", PASSWORD),
                ("password_confirmation", PASSWORD),
            ],
        )
        .await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    let home = app.get_as(&newcomer, &location(&done)).await.text().await.unwrap();
    assert!(
        home.contains("You are signed in at City of York Council as: council admin."),
        "{home}"
    );

    let york = organisations::find_by_code(app.db(), "YOR").await.unwrap().unwrap();
    let chris = users::find_by_email(app.db(), "chief.digital@york.gov.uk")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        members::roles_in(app.db(), chris.id, york.id).await.unwrap().unwrap(),
        vec![Role::CouncilAdmin],
        "an admin invitation gives admin only"
    );
    assert_eq!(
        app.get_as(&newcomer, "/councils/YOR/members").await.status(),
        StatusCode::OK
    );

    let actions: Vec<String> = audit::list(app.db(), Some(york.id), None, 10)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(actions, vec!["user-signed-up", "council-admin-invited", "domain-added"]);
    let platform_log = app.get_as(&operator, "/admin/audit").await.text().await.unwrap();
    assert!(platform_log.contains("Added an email domain") && platform_log.contains("City of York Council"));
}

async fn appointing_an_existing_member_makes_them_admin(app: TestApp) {
    let org = app.onboard("BST", "bristol.gov.uk").await;
    let kofi = app
        .person("kofi@bristol.gov.uk", "Kofi", Some("BST"), &[Role::Practitioner])
        .await;
    let operator = app.signed_in("operator@microcontracts.test").await;
    let done = app
        .post_form_as(
            &operator,
            "/admin/councils/BST/admins",
            &[("email", "kofi@bristol.gov.uk")],
        )
        .await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    assert!(app.deliver_mail().await.is_empty());
    assert_eq!(
        members::roles_in(app.db(), kofi, org).await.unwrap().unwrap(),
        vec![Role::Practitioner, Role::CouncilAdmin]
    );
}

on_both!(
    onboard_a_council_and_invite_its_first_admin,
    appointing_an_existing_member_makes_them_admin
);
