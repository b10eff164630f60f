//! Subject access: a person downloads everything held about them; an admin of their
//! council or a platform admin can too; nobody else can; every export is audited and no
//! secret is given out.

use crate::cast::{active_contract, cast, listed_profile};
use crate::harness::{location, new_client, TestApp};
use crate::on_both;
use domain::bookings::Settlement;
use domain::roles::Role;
use reqwest::StatusCode;

async fn exports(app: &TestApp) -> usize {
    store::audit::list(app.db(), None, None, 10_000)
        .await
        .unwrap()
        .iter()
        .filter(|e| e.action == "personal-data-exported")
        .count()
}

async fn a_person_gets_everything_held_about_them(app: TestApp) {
    let c = cast(&app).await;
    let mei = app.person("mei@leeds.gov.uk", "", None, &[]).await;
    let dan = app.person("dan@wokingham.gov.uk", "", None, &[]).await;
    listed_profile(&app, mei, c.leeds, 20).await;
    let contract = active_contract(&app, &c, Settlement::Money, 4, 10).await;

    let page = app.text_as(&c.mei, "/account/data").await;
    for shown in [
        "Data held about Mei Chen",
        "Account",
        "Councils and roles",
        "Profile in the talent pool",
        "Bookings and contracts",
        "mei@leeds.gov.uk",
        "User researcher for waste services",
        "practitioner",
    ] {
        assert!(page.contains(shown), "{shown}");
    }
    assert!(!page.contains("$argon2"), "no password hash");
    let r = app.get_as(&c.mei, "/account/data.json").await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains(&format!("personal-data-{mei}.json")));
    let json: serde_json::Value = r.json().await.unwrap();
    let tables: Vec<&str> = json["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["table"].as_str().unwrap())
        .collect();
    for table in [
        "users",
        "memberships",
        "membership_roles",
        "profiles",
        "contracts",
        "sessions",
    ] {
        assert!(tables.contains(&table), "{table} in {tables:?}");
    }
    let contracts = json["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["table"] == "contracts")
        .unwrap();
    assert_eq!(contracts["rows"][0]["id"].as_i64(), Some(contract));
    let text = json.to_string();
    for secret in ["password_hash", "token_hash", "$argon2"] {
        assert!(!text.contains(secret), "{secret} is never exported");
    }
    assert_eq!(exports(&app).await, 2, "each export is audited");

    // Her council's admin may; a manager may not; nor another council's admin.
    app.person("ruth@leeds.gov.uk", "Ruth Admin", Some("LDS"), &[Role::CouncilAdmin])
        .await;
    let ruth = app.signed_in("ruth@leeds.gov.uk").await;
    let hers = format!("/councils/LDS/members/{mei}/data");
    let page = app.text_as(&ruth, &hers).await;
    assert!(page.contains("Data held about Mei Chen"));
    let r = app.get_as(&ruth, &format!("{hers}.json")).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(exports(&app).await, 4);
    for (client, path, status) in [
        (&c.tom, hers.clone(), StatusCode::FORBIDDEN),
        (&c.stranger, hers.clone(), StatusCode::FORBIDDEN),
        (
            &c.stranger,
            format!("/councils/HCK/members/{mei}/data"),
            StatusCode::NOT_FOUND,
        ),
        (
            &ruth,
            format!("/councils/LDS/members/{dan}/data"),
            StatusCode::NOT_FOUND,
        ),
        (&c.stranger, format!("/admin/people/{mei}/data"), StatusCode::FORBIDDEN),
        (&c.mei, format!("/admin/people/{mei}/data.json"), StatusCode::FORBIDDEN),
    ] {
        assert_eq!(app.get_as(client, &path).await.status(), status, "{path}");
    }
    assert_eq!(exports(&app).await, 4, "refusals export nothing");
    // Nobody signed in is sent to sign in.
    let r = new_client().get(app.url("/account/data")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(location(&r).starts_with("/sign-in"));
    // A platform admin may, for anyone who exists.
    let operator = app.signed_in("operator@microcontracts.test").await;
    let page = app.text_as(&operator, &format!("/admin/people/{mei}/data")).await;
    assert!(page.contains("Data held about Mei Chen"));
    let r = app.get_as(&operator, "/admin/people/999999/data").await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = app.get_as(&operator, "/admin/people/abc/data").await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
}
on_both!(a_person_gets_everything_held_about_them);
