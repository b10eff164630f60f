//! The capability map through the API (issue 17): reference lists without a token; a
//! council's map, usage and sharing opportunities with `maps:read`; changes with
//! `maps:write`, only to the caller's own council and only by its keepers.

use crate::cast::{api, token};
use crate::harness::TestApp;
use crate::on_both;
use domain::roles::Role;
use reqwest::{Method, StatusCode};
use serde_json::json;

async fn the_map_is_read_and_written_through_the_api(app: TestApp) {
    app.onboard("LDS", "leeds.gov.uk").await;
    app.onboard("WOK", "wokingham.gov.uk").await;
    app.person("ruth@leeds.gov.uk", "Ruth", Some("LDS"), &[Role::CouncilAdmin])
        .await;
    app.person("wes@wokingham.gov.uk", "Wes", Some("WOK"), &[Role::CouncilAdmin])
        .await;
    app.person("pia@leeds.gov.uk", "Pia", Some("LDS"), &[Role::Practitioner])
        .await;
    app.person("operator@microcontracts.test", "Operator", None, &[]).await;
    let operator = app.signed_in("operator@microcontracts.test").await;
    let r = app
        .post_form_as(
            &operator,
            "/maps/components/new",
            &[
                ("name", "LocalGov Drupal"),
                ("kind", "open_source"),
                ("licence", "GPL-2.0-or-later"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let drupal: i64 = crate::harness::location(&r)
        .trim_start_matches("/maps/components/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap();

    // Reference lists need no token.
    let (status, capabilities) = api(&app, Method::GET, None, "/api/v1/reference/capabilities", None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(capabilities
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["id"] == 1004 && c["label"] == "Take a payment"));
    let (status, services) = api(&app, Method::GET, None, "/api/v1/reference/map-services", None).await;
    assert_eq!(status, StatusCode::OK);
    let waste = services.as_array().unwrap().iter().find(|s| s["id"] == 524).unwrap();
    assert_eq!(waste["internal"], false);
    assert!(!waste["usual_capabilities"].as_array().unwrap().is_empty());
    assert!(services.as_array().unwrap().iter().any(|s| s["internal"] == true));

    let ruth_client = app.signed_in("ruth@leeds.gov.uk").await;
    let ruth = token(&app, &ruth_client, &["maps:read", "maps:write"]).await;
    let wes_client = app.signed_in("wes@wokingham.gov.uk").await;
    let wes = token(&app, &wes_client, &["maps:read", "maps:write"]).await;
    let wes_reader = token(&app, &wes_client, &["maps:read"]).await;
    let pia_client = app.signed_in("pia@leeds.gov.uk").await;
    let pia = token(&app, &pia_client, &["maps:read", "maps:write"]).await;

    let entry = json!({ "meets": "component", "component_id": drupal, "provision": "open_source", "satisfaction": 4,
                        "note": "Shared with the LocalGov Drupal community", "private": true });
    let (status, saved) = api(
        &app,
        Method::PUT,
        Some(&ruth),
        "/api/v1/councils/LDS/map/524/1007",
        Some(entry.clone()),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    assert_eq!(
        (saved["meets"].as_str(), saved["version"].as_i64()),
        (Some("component"), Some(1))
    );
    let (status, _) = api(
        &app,
        Method::PUT,
        Some(&wes),
        "/api/v1/councils/WOK/map/524/1007",
        Some(json!({ "meets": "nothing" })),
    )
    .await;
    assert_eq!(status, StatusCode::OK);

    // Mistakes are problems naming the field; nobody changes another council's map.
    for (body, field) in [
        (json!({ "meets": "paper" }), "meets"),
        (json!({ "meets": "component", "provision": "bought" }), "component_id"),
        (
            json!({ "meets": "component", "component_id": 999999, "provision": "bought" }),
            "component_id",
        ),
        (json!({ "meets": "manual", "satisfaction": 9 }), "satisfaction"),
        (
            json!({ "meets": "component", "component_id": drupal, "provision": "open_source", "contract_ends": "2028-01-31" }),
            "contract_ends",
        ),
    ] {
        let (status, problem) = api(
            &app,
            Method::PUT,
            Some(&ruth),
            "/api/v1/councils/LDS/map/524/1004",
            Some(body.clone()),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(problem["parameter"], field, "{problem}");
    }
    let (status, _) = api(
        &app,
        Method::PUT,
        Some(&ruth),
        "/api/v1/councils/LDS/map/524/1004",
        Some(json!({ "meets": "manual", "colour": "red" })),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "unknown fields are refused");
    for path in [
        "/api/v1/councils/LDS/map/999999/1004",
        "/api/v1/councils/LDS/map/524/1000",
        "/api/v1/councils/XXX/map/524/1004",
    ] {
        let (status, _) = api(&app, Method::PUT, Some(&ruth), path, Some(json!({ "meets": "manual" }))).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
    for (who, why) in [
        (&wes, "another council"),
        (&wes_reader, "no maps:write"),
        (&pia, "no role"),
    ] {
        let (status, _) = api(
            &app,
            Method::PUT,
            Some(who),
            "/api/v1/councils/LDS/map/524/1004",
            Some(json!({ "meets": "manual" })),
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{why}");
        let (status, _) = api(
            &app,
            Method::DELETE,
            Some(who),
            "/api/v1/councils/LDS/map/524/1007",
            None,
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{why}");
    }
    let (status, _) = api(&app, Method::GET, None, "/api/v1/councils/LDS/map", None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // Reading: the map (private parts for its own council only), usage, components, sharing.
    let (status, own) = api(&app, Method::GET, Some(&ruth), "/api/v1/councils/LDS/map", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(own[0]["note"], "Shared with the LocalGov Drupal community");
    let (_, theirs) = api(&app, Method::GET, Some(&wes_reader), "/api/v1/councils/LDS/map", None).await;
    assert_eq!(
        (theirs[0]["note"].as_str(), theirs[0]["private"].as_bool()),
        (Some(""), Some(true))
    );
    let (status, usage) = api(&app, Method::GET, Some(&wes_reader), "/api/v1/services/524/map", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(usage["councils"], json!(["LDS", "WOK"]));
    let (status, _) = api(
        &app,
        Method::GET,
        Some(&wes_reader),
        "/api/v1/services/999999/map",
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, list) = api(&app, Method::GET, Some(&wes_reader), "/api/v1/components", None).await;
    assert_eq!(list[0]["name"], "LocalGov Drupal");
    let (_, used) = api(
        &app,
        Method::GET,
        Some(&wes_reader),
        &format!("/api/v1/components/{drupal}"),
        None,
    )
    .await;
    assert_eq!(used["uses"][0]["council"], "LDS");
    let (status, sharing) = api(
        &app,
        Method::GET,
        Some(&wes_reader),
        "/api/v1/councils/WOK/sharing",
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(sharing["reuse"][0]["component_id"], drupal, "{sharing}");
    assert_eq!(sharing["reuse"][0]["because"], "nothing");
    assert_eq!(
        (sharing["page"].as_u64(), sharing["pages"].as_u64()),
        (Some(1), Some(1))
    );
    let (status, last) = api(
        &app,
        Method::GET,
        Some(&wes_reader),
        "/api/v1/councils/WOK/sharing?page=99999",
        None,
    )
    .await;
    assert_eq!(
        (status, last["page"].as_u64()),
        (StatusCode::OK, Some(1)),
        "beyond the last: the last"
    );
    let (status, _) = api(
        &app,
        Method::GET,
        Some(&wes_reader),
        "/api/v1/councils/WOK/sharing?page=x",
        None,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let (status, _) = api(
        &app,
        Method::DELETE,
        Some(&ruth),
        "/api/v1/councils/LDS/map/524/1007",
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, after) = api(&app, Method::GET, Some(&ruth), "/api/v1/councils/LDS/map", None).await;
    assert_eq!(after, json!([]));
}

on_both!(the_map_is_read_and_written_through_the_api);
