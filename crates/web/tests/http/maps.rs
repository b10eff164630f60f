//! The capability map over HTTP (issue 17): a council maps a service, other councils see
//! it (without what it kept private), components are proposed and reviewed, and nobody
//! keeps another council's map or acts without the role.

use crate::harness::{error_summary, location, TestApp};
use crate::on_both;
use domain::roles::Role;
use reqwest::StatusCode;
use store::capability_map as maps;

/// Household waste collection, which the LGBM links to applications, bookings and more.
const WASTE: i64 = 524;
const TAKE_A_PAYMENT: i64 = 1004;
const BOOK_AN_APPOINTMENT: i64 = 1005;

async fn two_councils(app: &TestApp) -> (i64, i64) {
    let leeds = app.onboard("LDS", "leeds.gov.uk").await;
    let wokingham = app.onboard("WOK", "wokingham.gov.uk").await;
    app.person("ruth@leeds.gov.uk", "Ruth", Some("LDS"), &[Role::CouncilAdmin])
        .await;
    app.person("wes@wokingham.gov.uk", "Wes", Some("WOK"), &[Role::CouncilAdmin])
        .await;
    (leeds, wokingham)
}

/// Lists a component as a platform admin would, and returns its id.
async fn listed(app: &TestApp, name: &str, kind: &str) -> i64 {
    let operator = app.signed_in("operator@microcontracts.test").await;
    let licence = if kind == "open_source" { "MIT" } else { "" };
    let r = app
        .post_form_as(
            &operator,
            "/maps/components/new",
            &[("name", name), ("kind", kind), ("licence", licence), ("supplier", "")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "listing {name}");
    location(&r)
        .trim_start_matches("/maps/components/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

async fn a_council_maps_a_service_and_others_see_it(app: TestApp) {
    let (leeds, _) = two_councils(&app).await;
    app.person("operator@microcontracts.test", "Operator", None, &[]).await;
    let pay = listed(&app, "GOV.UK Pay", "shared_public_service").await;
    let ruth = app.signed_in("ruth@leeds.gov.uk").await;

    // Choosing the service by its words leads to its checklist, pre-ticked from the LGBM.
    let chosen = app
        .get_as(
            &ruth,
            "/councils/LDS/map?service_words=household+waste+collection&service=524",
        )
        .await;
    assert_eq!(location(&chosen), format!("/councils/LDS/map/{WASTE}/capabilities"));
    let checklist = app.get_as(&ruth, &location(&chosen)).await.text().await.unwrap();
    let usual = maps::checklist(app.db(), WASTE).await.unwrap();
    assert!(!usual.is_empty());
    for id in &usual {
        assert!(
            checklist.contains(&format!("value=\"{id}\" checked")),
            "capability {id} is ticked to start with"
        );
    }
    assert!(
        !checklist.contains("value=\"1000\""),
        "the technical heading is not a choice"
    );

    let path = format!("/councils/LDS/map/{WASTE}/capabilities");
    let r = app
        .post_form_as(
            &ruth,
            &path,
            &[
                ("capabilities", "1004"),
                ("capabilities", "1005"),
                ("capabilities", "0"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), format!("/councils/LDS/map/{WASTE}?saved=capabilities"));
    let held: Vec<i64> = maps::service_map(app.db(), leeds, WASTE)
        .await
        .unwrap()
        .iter()
        .map(|e| e.capability_id)
        .collect();
    assert_eq!(held, vec![0, TAKE_A_PAYMENT, BOOK_AN_APPOINTMENT]);

    // What takes payments, bought, with a private cost and note.
    let entry = format!("/councils/LDS/map/{WASTE}/capabilities/{TAKE_A_PAYMENT}");
    let pay_id = pay.to_string();
    let r = app
        .post_form_as(
            &ruth,
            &entry,
            &[
                ("meets", "component"),
                ("component_id", &pay_id),
                ("provision", "bought"),
                ("contract_ends-day", "31"),
                ("contract_ends-month", "3"),
                ("contract_ends-year", "2028"),
                ("cost_band", "10k_to_50k"),
                ("cost", "12,500"),
                ("satisfaction", "4"),
                ("note", "Reconciles nightly with the ledger"),
                ("private", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let saved = maps::entry(app.db(), leeds, WASTE, TAKE_A_PAYMENT)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        saved.contract_ends.map(|d| d.to_string()).as_deref(),
        Some("2028-03-31")
    );
    assert_eq!(saved.version, 2, "ticked, then filled in");
    assert_eq!(saved.cost_pence, Some(1_250_000));
    let history = maps::service_history(app.db(), leeds, WASTE, None, 100).await.unwrap();
    let payments = history.iter().filter(|v| v.capability_id == TAKE_A_PAYMENT).count();
    assert_eq!(payments, 2, "ticked, then filled in");

    let own = app
        .get_as(&ruth, &format!("/councils/LDS/map/{WASTE}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(own.contains("GOV.UK Pay") && own.contains("£10,000 to £49,999") && own.contains("Reconciles nightly"));
    assert!(own.contains("£12,500.00 a year"), "the exact cost, given");

    // Another council sees what meets it, not the cost or the note.
    let wes = app.signed_in("wes@wokingham.gov.uk").await;
    let theirs = app.get_as(&wes, &format!("/councils/LDS/map/{WASTE}")).await;
    assert_eq!(theirs.status(), StatusCode::OK);
    let theirs = theirs.text().await.unwrap();
    assert!(theirs.contains("GOV.UK Pay") && theirs.contains("31 March 2028"));
    assert!(!theirs.contains("£10,000") && !theirs.contains("£12,500") && !theirs.contains("Reconciles nightly"));
    assert!(
        !theirs.contains("/capabilities/"),
        "no change links for another council"
    );

    // The service across councils counts each way of meeting each capability.
    let usage = app
        .get_as(&wes, &format!("/maps/services/{WASTE}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(usage.contains("1 council has mapped this service."));
    assert!(usage.contains("GOV.UK Pay") && usage.contains("Nothing yet"));
    let component = app
        .get_as(&wes, &format!("/maps/components/{pay}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(component.contains("Used by 1 council.") && component.contains("Household waste collection"));

    // Unticking a capability takes it off the map, keeping its history.
    let r = app
        .post_form_as(&ruth, &path, &[("capabilities", "1004"), ("capabilities", "0")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(maps::entry(app.db(), leeds, WASTE, BOOK_AN_APPOINTMENT)
        .await
        .unwrap()
        .is_none());
    let events = store::audit::list(app.db(), Some(leeds), None, 10).await.unwrap();
    let actions: Vec<&str> = events.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        ["map-capabilities-chosen", "map-entry-saved", "map-capabilities-chosen"],
        "newest first"
    );

    // The history keeps every version, the removed capability's too; who saved each, and
    // private costs and notes, only for the council's own people.
    let history = format!("/councils/LDS/map/{WASTE}/history");
    let own = app.text_as(&ruth, &history).await;
    assert!(own.contains("Taken off the map") && own.contains("Book an appointment"));
    assert!(own.contains("Reconciles nightly") && own.contains("£10,000 to £49,999") && own.contains("Ruth"));
    assert!(own.contains("Version 2") && !own.contains("after="), "one page");
    let theirs = app.get_as(&wes, &history).await;
    assert_eq!(theirs.status(), StatusCode::OK);
    let theirs = theirs.text().await.unwrap();
    assert!(theirs.contains("Taken off the map") && theirs.contains("GOV.UK Pay") && theirs.contains("Someone at"));
    assert!(!theirs.contains("Reconciles nightly") && !theirs.contains("£10,000") && !theirs.contains("Ruth"));
    let service = app.text_as(&wes, &format!("/councils/LDS/map/{WASTE}")).await;
    assert!(service.contains(&history), "the service's map links to its history");
    for missing in [
        "/councils/LDS/map/999999/history".to_string(),
        format!("/councils/XXX/map/{WASTE}/history"),
    ] {
        assert_eq!(
            app.get_as(&wes, &missing).await.status(),
            StatusCode::NOT_FOUND,
            "{missing}"
        );
    }
    let r = app.get(&history).await;
    assert!(location(&r).starts_with("/sign-in"), "visitors sign in first");
}

/// Counts the versions a history page lists (its table's body rows).
fn rows_shown(page: &str) -> usize {
    page.matches("<tr class=\"govuk-table__row\">")
        .count()
        .saturating_sub(1)
}

async fn a_long_history_is_paged_newest_first(app: TestApp) {
    let (leeds, _) = two_councils(&app).await;
    let ruth = app.signed_in("ruth@leeds.gov.uk").await;
    let entry = format!("/councils/LDS/map/{WASTE}/capabilities/{TAKE_A_PAYMENT}");
    for score in 0..25 {
        let note = format!("Review number {score}");
        let satisfaction = (score % 5 + 1).to_string();
        let r = app
            .post_form_as(
                &ruth,
                &entry,
                &[("meets", "manual"), ("satisfaction", &satisfaction), ("note", &note)],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
    }
    let all = maps::service_history(app.db(), leeds, WASTE, None, 100).await.unwrap();
    assert_eq!(all.len(), 25);
    let history = format!("/councils/LDS/map/{WASTE}/history");
    let first = app.text_as(&ruth, &history).await;
    assert_eq!(rows_shown(&first), 20);
    assert!(first.contains("Review number 24") && !first.contains("Review number 4<"));
    let next = first
        .split("history?after=")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a link to older changes");
    let second = app.text_as(&ruth, &format!("{history}?after={next}")).await;
    assert_eq!(rows_shown(&second), 5);
    assert!(second.contains("Review number 0<") && !second.contains("Review number 5<"));
    assert!(!second.contains("history?after="), "the last page");
    // A cursor that names no version, or is not one, shows nothing or the newest.
    for after in ["999999.1", "x.y"] {
        let page = app.get_as(&ruth, &format!("{history}?after={after}")).await;
        assert_eq!(page.status(), StatusCode::OK, "{after}");
    }
}

async fn mistakes_are_shown_on_the_form(app: TestApp) {
    two_councils(&app).await;
    app.person("operator@microcontracts.test", "Operator", None, &[]).await;
    let drupal = listed(&app, "LocalGov Drupal", "open_source").await.to_string();
    let ruth = app.signed_in("ruth@leeds.gov.uk").await;
    let entry = format!("/councils/LDS/map/{WASTE}/capabilities/{TAKE_A_PAYMENT}");
    let r = app
        .post_form_as(
            &ruth,
            &entry,
            &[
                ("meets", "component"),
                ("component_id", &drupal),
                ("provision", "open_source"),
                ("contract_ends-day", "31"),
                ("contract_ends-month", "13"),
                ("contract_ends-year", "2028"),
                ("satisfaction", "9"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let errors = error_summary(&r.text().await.unwrap());
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors[0].contains("contract end date"), "{errors:?}");
    assert!(errors[1].contains("from 1 to 5"), "{errors:?}");

    let r = app
        .post_form_as(
            &ruth,
            &entry,
            &[
                ("meets", "component"),
                ("component_id", &drupal),
                ("provision", "built_in_house"),
                ("contract_ends", "2028-03-31"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        error_summary(&r.text().await.unwrap()),
        ["Enter a contract end date only for a component you buy"]
    );
    for (meets, component) in [("paper", ""), ("component", "999999"), ("component", "x")] {
        let r = app
            .post_form_as(
                &ruth,
                &entry,
                &[("meets", meets), ("component_id", component), ("provision", "bought")],
            )
            .await;
        assert_eq!(r.status(), StatusCode::BAD_REQUEST, "{meets} {component}");
    }
    let unknown = app
        .post_form_as(
            &ruth,
            &format!("/councils/LDS/map/{WASTE}/capabilities"),
            &[("capabilities", "1000")],
        )
        .await;
    assert_eq!(unknown.status(), StatusCode::BAD_REQUEST);
    let garbled = app
        .post_form_as(
            &ruth,
            &format!("/councils/LDS/map/{WASTE}/capabilities"),
            &[("capabilities", "pay")],
        )
        .await;
    assert_eq!(garbled.status(), StatusCode::BAD_REQUEST);
    // The map's service box suggests back-office services too; the others' boxes do not.
    let mappable = app.get_as(&ruth, "/services/suggest-mappable?q=corporate+assets").await;
    assert!(mappable.text().await.unwrap().contains("Corporate - assets"));
    let public = app.get_as(&ruth, "/services/suggest?q=corporate+assets").await;
    assert_eq!(public.text().await.unwrap(), "[]");
    for missing in [
        "/councils/LDS/map/999999/capabilities".to_string(),
        format!("/councils/LDS/map/{WASTE}/capabilities/999999"),
        format!("/councils/LDS/map/{WASTE}/capabilities/1000"),
        "/councils/XXX/map".to_string(),
        "/maps/services/999999".to_string(),
        "/maps/components/999999".to_string(),
    ] {
        assert_eq!(
            app.get_as(&ruth, &missing).await.status(),
            StatusCode::NOT_FOUND,
            "{missing}"
        );
    }
}

async fn proposed_components_wait_for_review(app: TestApp) {
    let (leeds, _) = two_councils(&app).await;
    let operator_id = app.person("operator@microcontracts.test", "Operator", None, &[]).await;
    let ruth = app.signed_in("ruth@leeds.gov.uk").await;
    let r = app
        .post_form_as(
            &ruth,
            "/maps/components/new",
            &[
                ("name", "Leeds Bin Day Finder"),
                ("kind", "in_house"),
                ("link", "https://github.com/leeds/bin-day"),
                ("description", "Tells residents their collection day"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let id: i64 = location(&r)
        .trim_start_matches("/maps/components/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let c = maps::component(app.db(), id).await.unwrap().unwrap();
    assert_eq!(
        c.built_by_org_id,
        Some(leeds),
        "in-house: built by the proposing council"
    );
    let same_name = app
        .post_form_as(
            &ruth,
            "/maps/components/new",
            &[("name", "Leeds Bin Day Finder"), ("kind", "in_house")],
        )
        .await;
    assert_eq!(same_name.status(), StatusCode::BAD_REQUEST);

    // Leeds can record it at once; Wokingham neither sees nor records it until it is listed.
    let form = app
        .get_as(
            &ruth,
            &format!("/councils/LDS/map/{WASTE}/capabilities/{BOOK_AN_APPOINTMENT}"),
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(form.contains("Leeds Bin Day Finder (waiting for review)"));
    let wes = app.signed_in("wes@wokingham.gov.uk").await;
    assert_eq!(
        app.get_as(&wes, &format!("/maps/components/{id}")).await.status(),
        StatusCode::NOT_FOUND
    );
    let id_text = id.to_string();
    let use_it = [
        ("meets", "component"),
        ("component_id", id_text.as_str()),
        ("provision", "shared_with_council"),
    ];
    let early = app
        .post_form_as(
            &wes,
            &format!("/councils/WOK/map/{WASTE}/capabilities/{BOOK_AN_APPOINTMENT}"),
            &use_it,
        )
        .await;
    assert_eq!(early.status(), StatusCode::BAD_REQUEST);

    let operator = app.signed_in("operator@microcontracts.test").await;
    let queue = app.get_as(&operator, "/admin/components").await.text().await.unwrap();
    assert!(queue.contains("Leeds Bin Day Finder") && queue.contains("Leeds"));
    let r = app
        .post_form_as(
            &operator,
            &format!("/admin/components/{id}/review"),
            &[("decision", "list")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let again = app
        .post_form_as(
            &operator,
            &format!("/admin/components/{id}/review"),
            &[("decision", "decline")],
        )
        .await;
    assert_eq!(
        again.status(),
        StatusCode::SEE_OTHER,
        "already reviewed: nothing changes"
    );
    assert_eq!(
        maps::component(app.db(), id).await.unwrap().unwrap().status,
        domain::capability_map::ComponentStatus::Listed
    );
    let mail = app.deliver_mail().await;
    assert!(mail
        .iter()
        .any(|m| m.recipient == "ruth@leeds.gov.uk" && m.subject.contains("Leeds Bin Day Finder")));
    let later = app
        .post_form_as(
            &wes,
            &format!("/councils/WOK/map/{WASTE}/capabilities/{BOOK_AN_APPOINTMENT}"),
            &use_it,
        )
        .await;
    assert_eq!(later.status(), StatusCode::SEE_OTHER);
    let _ = operator_id;
}

async fn nobody_keeps_another_councils_map_or_acts_without_the_role(app: TestApp) {
    let (_, wokingham) = two_councils(&app).await;
    app.person("operator@microcontracts.test", "Operator", None, &[]).await;
    let mei = app
        .person(
            "mei@wokingham.gov.uk",
            "Mei",
            Some("WOK"),
            &[Role::Practitioner, Role::Manager, Role::Buyer, Role::Finance],
        )
        .await;
    app.person("max@wokingham.gov.uk", "Max", Some("WOK"), &[Role::CapabilityMapper])
        .await;
    let keep_paths = [
        format!("/councils/LDS/map/{WASTE}/capabilities"),
        format!("/councils/LDS/map/{WASTE}/capabilities/{TAKE_A_PAYMENT}"),
    ];
    let forms: [&[(&str, &str)]; 2] = [&[("capabilities", "1004")], &[("meets", "manual")]];
    // Another council's admin and mapper: refused.
    for who in ["wes@wokingham.gov.uk", "max@wokingham.gov.uk"] {
        let client = app.signed_in(who).await;
        for (path, form) in keep_paths.iter().zip(forms) {
            assert_eq!(
                app.get_as(&client, path).await.status(),
                StatusCode::FORBIDDEN,
                "{who} {path}"
            );
            let r = app.post_form_as(&client, path, form).await;
            assert_eq!(r.status(), StatusCode::FORBIDDEN, "{who} {path}");
        }
    }
    // Members without the role, of the council itself: refused.
    let others = app.signed_in("mei@wokingham.gov.uk").await;
    let own_paths = [
        format!("/councils/WOK/map/{WASTE}/capabilities"),
        format!("/councils/WOK/map/{WASTE}/capabilities/{TAKE_A_PAYMENT}"),
    ];
    for (path, form) in own_paths.iter().zip(forms) {
        assert_eq!(
            app.get_as(&others, path).await.status(),
            StatusCode::FORBIDDEN,
            "{path}"
        );
        assert_eq!(
            app.post_form_as(&others, path, form).await.status(),
            StatusCode::FORBIDDEN
        );
    }
    for path in ["/maps/components/new", "/admin/components"] {
        assert_eq!(
            app.get_as(&others, path).await.status(),
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    let mapper = app.signed_in("max@wokingham.gov.uk").await;
    assert_eq!(
        app.get_as(&mapper, "/maps/components/new").await.status(),
        StatusCode::FORBIDDEN,
        "proposing is the council admin's"
    );
    let r = app
        .post_form_as(&mapper, "/maps/components/new", &[("name", "X"), ("kind", "product")])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let wes = app.signed_in("wes@wokingham.gov.uk").await;
    assert_eq!(
        app.get_as(&wes, "/admin/components").await.status(),
        StatusCode::FORBIDDEN
    );
    let r = app
        .post_form_as(&wes, "/admin/components/1/review", &[("decision", "list")])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    // The council's own mapper keeps its map.
    for (path, form) in own_paths.iter().zip(forms) {
        assert_eq!(app.get_as(&mapper, path).await.status(), StatusCode::OK, "{path}");
        let r = app.post_form_as(&mapper, path, form).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{path}");
    }
    assert!(maps::entry(app.db(), wokingham, WASTE, TAKE_A_PAYMENT)
        .await
        .unwrap()
        .is_some());

    // Visitors are asked to sign in, for reading too.
    for path in [
        "/maps".to_string(),
        format!("/maps/services/{WASTE}"),
        "/maps/components".to_string(),
        "/councils/WOK/map".to_string(),
        format!("/councils/WOK/map/{WASTE}"),
        format!("/councils/WOK/map/{WASTE}/history"),
        own_paths[0].clone(),
    ] {
        let r = app.get(&path).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{path}");
        assert!(location(&r).starts_with("/sign-in"), "{path}");
    }
    let _ = mei;
}

on_both!(
    a_council_maps_a_service_and_others_see_it,
    mistakes_are_shown_on_the_form,
    a_long_history_is_paged_newest_first,
    proposed_components_wait_for_review,
    nobody_keeps_another_councils_map_or_acts_without_the_role,
);
