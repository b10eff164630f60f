//! Nobody reads or changes another council's members, roles or audit log by editing ids,
//! and nobody without the role gets in (SPEC §4.1).

use crate::harness::{location, new_client, TestApp};
use crate::on_both;
use domain::roles::Role;
use reqwest::StatusCode;
use store::members;

async fn other_councils_are_out_of_reach(app: TestApp) {
    let leeds = app.onboard("LDS", "leeds.gov.uk").await;
    app.onboard("WOK", "wokingham.gov.uk").await;
    app.person("alex@wokingham.gov.uk", "Alex", Some("WOK"), &[Role::CouncilAdmin])
        .await;
    let mei = app
        .person("mei@leeds.gov.uk", "Mei", Some("LDS"), &[Role::Practitioner])
        .await;
    app.person("ruth@leeds.gov.uk", "Ruth", Some("LDS"), &[Role::CouncilAdmin])
        .await;
    let wokingham_admin = app.signed_in("alex@wokingham.gov.uk").await;

    for path in [
        "/councils/LDS/members",
        "/councils/LDS/audit",
        &format!("/councils/LDS/members/{mei}/roles"),
    ] {
        let r = app.get_as(&wokingham_admin, path).await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{path}");
        let body = r.text().await.unwrap();
        assert!(
            body.contains("You cannot see this page") && !body.contains("mei@leeds.gov.uk"),
            "{path}"
        );
    }
    let change = app
        .post_form_as(
            &wokingham_admin,
            &format!("/councils/LDS/members/{mei}/roles"),
            &[("roles", "council_admin")],
        )
        .await;
    assert_eq!(change.status(), StatusCode::FORBIDDEN);
    // A Leeds member's id under Wokingham's code is not found, not shown.
    let swapped = app
        .get_as(&wokingham_admin, &format!("/councils/WOK/members/{mei}/roles"))
        .await;
    assert_eq!(swapped.status(), StatusCode::NOT_FOUND);
    let swapped_post = app
        .post_form_as(
            &wokingham_admin,
            &format!("/councils/WOK/members/{mei}/roles"),
            &[("roles", "buyer")],
        )
        .await;
    assert_eq!(swapped_post.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        members::roles_in(app.db(), mei, leeds).await.unwrap().unwrap(),
        vec![Role::Practitioner]
    );
}

async fn members_without_the_role_are_refused(app: TestApp) {
    app.onboard("LDS", "leeds.gov.uk").await;
    let mei = app
        .person(
            "mei@leeds.gov.uk",
            "Mei",
            Some("LDS"),
            &[Role::Practitioner, Role::Manager, Role::Buyer, Role::Finance],
        )
        .await;
    let client = app.signed_in("mei@leeds.gov.uk").await;
    for path in [
        "/councils/LDS/members",
        "/councils/LDS/audit",
        &format!("/councils/LDS/members/{mei}/roles"),
        "/admin",
        "/admin/councils",
        "/admin/councils/LDS",
        "/admin/audit",
        "/admin/outbox",
        "/admin/agreements",
        "/councils/LDS/agreement",
    ] {
        assert_eq!(
            app.get_as(&client, path).await.status(),
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    let own = app
        .post_form_as(
            &client,
            &format!("/councils/LDS/members/{mei}/roles"),
            &[("roles", "council_admin")],
        )
        .await;
    assert_eq!(own.status(), StatusCode::FORBIDDEN, "nobody grants themselves admin");
    for (path, field, value) in [
        ("/admin/councils/LDS/domains", "domain", "evil.example"),
        ("/admin/councils/LDS/admins", "email", "mei@leeds.gov.uk"),
    ] {
        assert_eq!(
            app.post_form_as(&client, path, &[(field, value)]).await.status(),
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
}

async fn visitors_are_asked_to_sign_in(app: TestApp) {
    let visitor = new_client();
    for path in [
        "/account",
        "/councils/LDS/members",
        "/councils/LDS/audit",
        "/councils/LDS/members/1/roles",
        "/admin",
        "/admin/councils",
        "/admin/audit",
        "/admin/outbox",
        "/admin/agreements",
        "/work",
        "/pool/1/book",
        "/bookings/1",
        "/contracts/1",
        "/contracts/1/summary",
        "/contracts/1/versions/1",
        "/contracts/1/variations/new?side=buyer",
        "/councils/LDS/agreement",
    ] {
        let r = app.get_as(&visitor, path).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{path}");
        assert!(location(&r).starts_with("/sign-in?return_to="), "{path}");
    }
    for path in [
        "/councils/LDS/members/1/roles",
        "/pool/1/book",
        "/bookings/1/accept",
        "/contracts/1/accept",
        "/contracts/1/variations/new",
        "/councils/LDS/agreement/sign",
        "/admin/agreements",
        "/admin/legal-bases",
    ] {
        let post = app.post_form_as(&visitor, path, &[("side", "buyer")]).await;
        assert_eq!(post.status(), StatusCode::SEE_OTHER, "{path}");
        assert!(location(&post).starts_with("/sign-in"), "{path}");
    }
}

async fn platform_admin_sees_every_council(app: TestApp) {
    app.onboard("LDS", "leeds.gov.uk").await;
    app.person("ruth@leeds.gov.uk", "Ruth", Some("LDS"), &[Role::CouncilAdmin])
        .await;
    let operator = app.signed_in("operator@microcontracts.test").await;
    for path in [
        "/councils/LDS/members",
        "/councils/LDS/audit",
        "/admin",
        "/admin/councils?q=leeds",
        "/admin/councils/LDS",
        "/admin/audit",
        "/admin/outbox",
    ] {
        assert_eq!(app.get_as(&operator, path).await.status(), StatusCode::OK, "{path}");
    }
}

on_both!(
    other_councils_are_out_of_reach,
    members_without_the_role_are_refused,
    visitors_are_asked_to_sign_in,
    platform_admin_sees_every_council,
);
