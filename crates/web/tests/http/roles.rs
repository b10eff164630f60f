//! Council admins granting and removing roles, and the audit log that records it.

use crate::harness::{error_summary, location, TestApp};
use crate::on_both;
use domain::roles::Role;
use reqwest::StatusCode;
use store::members;

async fn admin_grants_and_removes_roles(app: TestApp) {
    let org = app.onboard("WOK", "wokingham.gov.uk").await;
    app.person(
        "alex@wokingham.gov.uk",
        "Alex Morgan",
        Some("WOK"),
        &[Role::CouncilAdmin],
    )
    .await;
    let sam = app
        .person("sam@wokingham.gov.uk", "Sam Okafor", Some("WOK"), &[Role::Practitioner])
        .await;
    let admin = app.signed_in("alex@wokingham.gov.uk").await;

    let list = app.get_as(&admin, "/councils/WOK/members").await.text().await.unwrap();
    assert!(list.contains("Sam Okafor") && list.contains("sam@wokingham.gov.uk"));

    let form = app
        .get_as(&admin, &format!("/councils/WOK/members/{sam}/roles"))
        .await
        .text()
        .await
        .unwrap();
    assert!(form.contains(r#"value="practitioner" checked"#), "{form}");

    let path = format!("/councils/WOK/members/{sam}/roles");
    let saved = app
        .post_form_as(&admin, &path, &[("roles", "practitioner"), ("roles", "buyer")])
        .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let page = app.get_as(&admin, &location(&saved)).await.text().await.unwrap();
    assert!(page.contains("Roles of Sam Okafor updated"));
    assert_eq!(
        members::roles_in(app.db(), sam, org).await.unwrap().unwrap(),
        vec![Role::Practitioner, Role::Buyer]
    );

    // Removing every role keeps the membership, with no roles.
    app.post_form_as(&admin, &path, &[]).await;
    assert_eq!(members::roles_in(app.db(), sam, org).await.unwrap().unwrap(), vec![]);

    let audit = app.get_as(&admin, "/councils/WOK/audit").await.text().await.unwrap();
    assert!(audit.contains("Changed roles"));
    assert!(
        audit.contains("[&quot;practitioner&quot;,&quot;buyer&quot;]"),
        "before and after are shown: {audit}"
    );
    assert!(audit.contains("Alex Morgan"));

    // A role that does not exist is refused outright.
    let bad = app.post_form_as(&admin, &path, &[("roles", "owner")]).await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
}

async fn last_council_admin_cannot_be_removed(app: TestApp) {
    let org = app.onboard("LDS", "leeds.gov.uk").await;
    let ruth = app
        .person("ruth@leeds.gov.uk", "Ruth", Some("LDS"), &[Role::CouncilAdmin])
        .await;
    let admin = app.signed_in("ruth@leeds.gov.uk").await;
    let path = format!("/councils/LDS/members/{ruth}/roles");
    let refused = app.post_form_as(&admin, &path, &[("roles", "buyer")]).await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    let errors = error_summary(&refused.text().await.unwrap());
    assert_eq!(
        errors,
        vec!["Leeds City Council must keep at least one council admin. Make someone else council admin first."]
    );
    assert_eq!(
        members::roles_in(app.db(), ruth, org).await.unwrap().unwrap(),
        vec![Role::CouncilAdmin]
    );

    // With a second admin, the first may step down.
    app.person("tom@leeds.gov.uk", "Tom", Some("LDS"), &[Role::CouncilAdmin])
        .await;
    let ok = app.post_form_as(&admin, &path, &[("roles", "buyer")]).await;
    assert_eq!(ok.status(), StatusCode::SEE_OTHER);
}

async fn two_admins_removing_each_other_at_once_leave_one(app: TestApp) {
    let org = app.onboard("LDS", "leeds.gov.uk").await;
    let a = app
        .person("a@leeds.gov.uk", "A", Some("LDS"), &[Role::CouncilAdmin])
        .await;
    let b = app
        .person("b@leeds.gov.uk", "B", Some("LDS"), &[Role::CouncilAdmin])
        .await;
    let as_a = app.signed_in("a@leeds.gov.uk").await;
    let as_b = app.signed_in("b@leeds.gov.uk").await;
    let path_b = format!("/councils/LDS/members/{b}/roles");
    let path_a = format!("/councils/LDS/members/{a}/roles");
    let (r1, r2) = tokio::join!(
        app.post_form_as(&as_a, &path_b, &[("roles", "buyer")]),
        app.post_form_as(&as_b, &path_a, &[("roles", "buyer")])
    );
    let outcomes = [r1.status(), r2.status()];
    assert!(outcomes.contains(&StatusCode::SEE_OTHER), "{outcomes:?}");
    let admins = members::count_admins_except(app.db(), org, 0).await.unwrap();
    assert_eq!(admins, 1, "exactly one admin is left: {outcomes:?}");
}

on_both!(
    admin_grants_and_removes_roles,
    last_council_admin_cannot_be_removed,
    two_admins_removing_each_other_at_once_leave_one,
);
