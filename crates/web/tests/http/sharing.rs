//! Sharing opportunities over HTTP (issue 17): a component one council built and another
//! wants, with the builder's practitioners; councils whose contracts for a product end
//! together; dismissing one, turning one into a draft opportunity; and who may do what.

use crate::cast::listed_profile;
use crate::harness::{error_summary, location, TestApp};
use crate::on_both;
use domain::capability_map::{Entry, Meets, Provision};
use domain::clock::Clock;
use domain::roles::Role;
use reqwest::StatusCode;
use store::capability_map::{self as maps, NewComponent};

const WASTE: i64 = 524;
const FORMS: i64 = 1010;
const TAKE_A_PAYMENT: i64 = 1004;

struct Maps {
    finder: i64,
    pay: i64,
}

/// Leeds built a bin day finder and uses it for forms; Wokingham fills its forms in by
/// hand. Both buy the same payments product, under contracts ending five months apart.
async fn two_maps(app: &TestApp) -> Maps {
    let leeds = app.onboard("LDS", "leeds.gov.uk").await;
    let wokingham = app.onboard("WOK", "wokingham.gov.uk").await;
    let operator = app.person("operator@microcontracts.test", "Operator", None, &[]).await;
    app.person("ruth@leeds.gov.uk", "Ruth", Some("LDS"), &[Role::CouncilAdmin])
        .await;
    app.person(
        "wes@wokingham.gov.uk",
        "Wes",
        Some("WOK"),
        &[Role::CouncilAdmin, Role::Buyer],
    )
    .await;
    let mei = app
        .person("mei@leeds.gov.uk", "Mei Chen", Some("LDS"), &[Role::Practitioner])
        .await;
    listed_profile(app, mei, leeds, 10).await;
    // Mei names the component on her profile, as practitioners do.
    let as_mei = app.signed_in("mei@leeds.gov.uk").await;
    let details = [
        ("display_name", "Mei Chen"),
        ("headline", "User researcher for waste services"),
        ("about", "Researched the Leeds Bin Day Finder with residents."),
        ("region", "Yorkshire and The Humber"),
        ("work_mode", "either"),
    ];
    let r = app.post_form_as(&as_mei, "/profile/details", &details).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let now = app.clock.now();
    let today = domain::weeks::london_date(now);
    let mut tx = app.db().begin().await.unwrap();
    let component = |name, kind, built_by_org_id| NewComponent {
        name,
        kind,
        supplier: "",
        licence: "",
        link: "",
        description: "",
        built_by_org_id,
    };
    let finder = maps::add_component(
        &mut tx,
        &component(
            "Leeds Bin Day Finder",
            domain::capability_map::ComponentKind::InHouse,
            Some(leeds),
        ),
        domain::capability_map::ComponentStatus::Listed,
        operator,
        Some(leeds),
        now,
    )
    .await
    .unwrap();
    let pay = maps::add_component(
        &mut tx,
        &component("Civica Pay", domain::capability_map::ComponentKind::Product, None),
        domain::capability_map::ComponentStatus::Listed,
        operator,
        None,
        now,
    )
    .await
    .unwrap();
    let entry = |org_id, capability_id, meets, months: Option<u32>| Entry {
        org_id,
        service_id: WASTE,
        capability_id,
        meets,
        contract_ends: months.map(|m| today.checked_add_months(chrono::Months::new(m)).unwrap()),
        cost_band: None,
        cost_pence: None,
        satisfaction: None,
        note: String::new(),
    };
    let bought = Meets::Component {
        id: pay,
        provision: Provision::Bought,
    };
    for e in [
        entry(
            leeds,
            FORMS,
            Meets::Component {
                id: finder,
                provision: Provision::BuiltInHouse,
            },
            None,
        ),
        entry(wokingham, FORMS, Meets::Manual, None),
        entry(leeds, TAKE_A_PAYMENT, bought, Some(20)),
        entry(wokingham, TAKE_A_PAYMENT, bought, Some(25)),
    ] {
        maps::save_entry(&mut tx, &e, false, operator, now).await.unwrap();
    }
    tx.commit().await.unwrap();
    Maps { finder, pay }
}

async fn councils_see_what_they_could_share_and_act_on_it(app: TestApp) {
    let m = two_maps(&app).await;
    // Hackney buys the payments product too, its contract ending eleven months after
    // Wokingham's (sixteen after Leeds's).
    let hackney = app.onboard("HCK", "hackney.gov.uk").await;
    let operator = store::users::find_by_email(app.db(), "operator@microcontracts.test")
        .await
        .unwrap()
        .unwrap()
        .id;
    let now = app.clock.now();
    let ends = domain::weeks::london_date(now).checked_add_months(chrono::Months::new(36));
    let bought = Entry {
        org_id: hackney,
        service_id: WASTE,
        capability_id: TAKE_A_PAYMENT,
        meets: Meets::Component {
            id: m.pay,
            provision: Provision::Bought,
        },
        contract_ends: ends,
        cost_band: None,
        cost_pence: None,
        satisfaction: None,
        note: String::new(),
    };
    let mut tx = app.db().begin().await.unwrap();
    maps::save_entry(&mut tx, &bought, false, operator, now).await.unwrap();
    tx.commit().await.unwrap();
    let wes = app.signed_in("wes@wokingham.gov.uk").await;
    let page = app.get_as(&wes, "/councils/WOK/sharing").await;
    assert_eq!(page.status(), StatusCode::OK);
    let page = page.text().await.unwrap();
    assert!(
        page.contains("Leeds Bin Day Finder") && page.contains("Leeds City Council"),
        "the reuse"
    );
    assert!(page.contains("A manual or paper process meets this capability."));
    assert!(
        page.contains("Mei Chen") && page.contains("/book?lgsl_id=524"),
        "the microcontract"
    );
    assert!(
        page.contains("/councils/WOK/sharing/products"),
        "the products' page is linked"
    );
    let products = app.get_as(&wes, "/councils/WOK/sharing/products").await;
    assert_eq!(products.status(), StatusCode::OK);
    let products = products.text().await.unwrap();
    assert!(
        products.contains("Civica Pay")
            && products.contains("2 other councils&#x27; contracts end within 12 months of yours")
            && products.contains("Leeds City Council")
            && products.contains("Hackney"),
        "the joint procurement, with each council whose contract ends within a year of Wokingham's: {products}"
    );
    // Leeds wants nothing Wokingham offers, but shares the joint procurement; Hackney's
    // contract ends too long after Leeds's to be bought with it.
    let ruth = app.signed_in("ruth@leeds.gov.uk").await;
    let leeds = app.text_as(&ruth, "/councils/LDS/sharing").await;
    assert!(!leeds.contains("Leeds Bin Day Finder"));
    let leeds = app.text_as(&ruth, "/councils/LDS/sharing/products").await;
    assert!(leeds.contains("Civica Pay") && leeds.contains("One other council&#x27;s contract ends"));
    assert!(leeds.contains("Wokingham") && !leeds.contains("Hackney"), "{leeds}");
    // Hackney, sixteen months after Leeds, sees Wokingham only.
    app.person("hal@hackney.gov.uk", "Hal", Some("HCK"), &[Role::CouncilAdmin])
        .await;
    let hal = app.signed_in("hal@hackney.gov.uk").await;
    let hackney = app.text_as(&hal, "/councils/HCK/sharing/products").await;
    assert!(
        hackney.contains("Wokingham") && !hackney.contains("Leeds City Council"),
        "{hackney}"
    );

    // The component's page names the practitioners whose profiles name it.
    let finder = app
        .get_as(&wes, &format!("/maps/components/{}", m.finder))
        .await
        .text()
        .await
        .unwrap();
    assert!(finder.contains("Practitioners who know it") && finder.contains("Mei Chen"));
    let pay = app
        .get_as(&wes, &format!("/maps/components/{}", m.pay))
        .await
        .text()
        .await
        .unwrap();
    assert!(pay.contains("Nobody in the pool names Civica Pay"));

    // Wokingham turns the reuse into a draft opportunity in one step.
    let reuse = format!("reuse:{WASTE}:{FORMS}:{}", m.finder);
    let r = app
        .post_form_as(&wes, "/councils/WOK/sharing/draft", &[("key", &reuse)])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let id: i64 = location(&r)
        .trim_start_matches("/opportunities/")
        .trim_end_matches("/edit")
        .parse()
        .unwrap();
    let o = store::opportunities::find(app.db(), id).await.unwrap().unwrap();
    assert_eq!(
        o.title.as_deref(),
        Some("Adopt Leeds Bin Day Finder for Forms in Household waste collection")
    );
    assert_eq!(o.lgsl_id, Some(WASTE));
    assert_eq!(o.status, domain::opportunities::Status::Draft);

    // And dismisses the joint procurement, giving a reason (which it must).
    let together = format!("together:{}", m.pay);
    let form = app
        .get_as(&wes, &format!("/councils/WOK/sharing/dismiss?key={together}"))
        .await;
    assert_eq!(form.status(), StatusCode::OK);
    let empty = app
        .post_form_as(
            &wes,
            "/councils/WOK/sharing/dismiss",
            &[("key", &together), ("reason", " ")],
        )
        .await;
    assert_eq!(empty.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        error_summary(&empty.text().await.unwrap()),
        ["Enter why you are dismissing the opportunity"]
    );
    let r = app
        .post_form_as(
            &wes,
            "/councils/WOK/sharing/dismiss",
            &[("key", &together), ("reason", "We renewed for five years in 2025")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/councils/WOK/sharing/products?done=dismissed");
    let after = app.text_as(&wes, "/councils/WOK/sharing").await;
    assert!(after.contains("We renewed for five years in 2025"));
    assert!(after.contains("Leeds Bin Day Finder"), "the other stays");
    let after = app.text_as(&wes, "/councils/WOK/sharing/products").await;
    assert!(!after.contains("Civica Pay"), "dismissed");
    let again = app.text_as(&ruth, "/councils/LDS/sharing/products").await;
    assert!(again.contains("Civica Pay"), "dismissed for Wokingham only");
    let wokingham = store::organisations::find_by_code(app.db(), "WOK")
        .await
        .unwrap()
        .unwrap()
        .id;
    let events = store::audit::list(app.db(), Some(wokingham), None, 5).await.unwrap();
    assert_eq!(events[0].action, "sharing-dismissed");
    assert_eq!(events[1].action, "opportunity-drafted");
}

async fn only_the_councils_own_people_act_on_its_opportunities(app: TestApp) {
    let m = two_maps(&app).await;
    app.person("max@wokingham.gov.uk", "Max", Some("WOK"), &[Role::CapabilityMapper])
        .await;
    app.person(
        "pia@wokingham.gov.uk",
        "Pia",
        Some("WOK"),
        &[Role::Practitioner, Role::Manager, Role::Finance],
    )
    .await;
    let key = format!("reuse:{WASTE}:{FORMS}:{}", m.finder);
    let dismiss = [("key", key.as_str()), ("reason", "Not for us")];
    let draft = [("key", key.as_str())];
    // Another council's admin: neither.
    let ruth = app.signed_in("ruth@leeds.gov.uk").await;
    assert_eq!(
        app.get_as(&ruth, &format!("/councils/WOK/sharing/dismiss?key={key}"))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    for (path, form) in [
        ("/councils/WOK/sharing/dismiss", &dismiss[..]),
        ("/councils/WOK/sharing/draft", &draft[..]),
    ] {
        assert_eq!(
            app.post_form_as(&ruth, path, form).await.status(),
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    // Members without the roles: they read the page, but act on nothing.
    let pia = app.signed_in("pia@wokingham.gov.uk").await;
    let page = app.text_as(&pia, "/councils/WOK/sharing").await;
    assert!(page.contains("Leeds Bin Day Finder") && !page.contains("Turn into a draft") && !page.contains("Dismiss"));
    let products = app.text_as(&pia, "/councils/WOK/sharing/products").await;
    assert!(
        products.contains("Civica Pay") && !products.contains("Turn into a draft") && !products.contains("Dismiss")
    );
    // Another council's people read it too (maps are for sharing), and act on nothing.
    let products = app.text_as(&ruth, "/councils/WOK/sharing/products").await;
    assert!(
        products.contains("Civica Pay") && !products.contains("Turn into a draft") && !products.contains("Dismiss")
    );
    for (path, form) in [
        ("/councils/WOK/sharing/dismiss", &dismiss[..]),
        ("/councils/WOK/sharing/draft", &draft[..]),
    ] {
        assert_eq!(
            app.post_form_as(&pia, path, form).await.status(),
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    // A mapper dismisses, but drafting an opportunity is a buyer's.
    let max = app.signed_in("max@wokingham.gov.uk").await;
    assert_eq!(
        app.post_form_as(&max, "/councils/WOK/sharing/draft", &draft)
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    let bad = [("key", "reuse:1:2"), ("reason", "x")];
    assert_eq!(
        app.post_form_as(&max, "/councils/WOK/sharing/dismiss", &bad)
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get_as(&max, "/councils/WOK/sharing/dismiss?key=nonsense")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.post_form_as(&max, "/councils/WOK/sharing/dismiss", &dismiss)
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    let wes = app.signed_in("wes@wokingham.gov.uk").await;
    let unknown = [("key", "reuse:524:1010:999999")];
    assert_eq!(
        app.post_form_as(&wes, "/councils/WOK/sharing/draft", &unknown)
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    // Visitors are asked to sign in.
    for path in [
        "/maps/sharing",
        "/councils/WOK/sharing",
        "/councils/WOK/sharing/products",
    ] {
        let r = app.get(path).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{path}");
        assert!(location(&r).starts_with("/sign-in"), "{path}");
    }
    assert_eq!(
        location(&app.get_as(&wes, "/maps/sharing").await),
        "/councils/WOK/sharing"
    );
    assert_eq!(
        app.get_as(&wes, "/councils/XXX/sharing/products").await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get_as(&wes, "/councils/XXX/sharing").await.status(),
        StatusCode::NOT_FOUND
    );
}

async fn the_matrix_counts_councils_by_kind_and_region(app: TestApp) {
    two_maps(&app).await;
    let wes = app.signed_in("wes@wokingham.gov.uk").await;
    let all = app.get_as(&wes, "/maps/matrix").await;
    assert_eq!(all.status(), StatusCode::OK);
    let all = all.text().await.unwrap();
    assert!(all.contains("Household waste collection") && all.contains("Take a payment") && all.contains("Forms"));
    assert!(
        all.contains("<td class=\"app-s4\">2</td>"),
        "both councils in a cell of the most"
    );
    // Leeds is a metropolitan district in Yorkshire; Wokingham a unitary in the South East.
    let district = app.text_as(&wes, "/maps/matrix?type=MD&view=list").await;
    assert!(district.contains(">1</td>") && !district.contains(">2</td>"));
    let london = app.text_as(&wes, "/maps/matrix?region=London").await;
    assert!(london.contains("No council matching these filters has mapped a service yet."));
    // Unknown filters are "any", not an error.
    let odd = app
        .get_as(&wes, "/maps/matrix?type=%3Cb%3E&region=Atlantis&view=grid")
        .await;
    assert_eq!(odd.status(), StatusCode::OK);
    let csv = app.get_as(&wes, "/maps/matrix.csv?region=South+East").await;
    assert_eq!(csv.status(), StatusCode::OK);
    assert_eq!(
        csv.headers().get("content-type").and_then(|v| v.to_str().ok()),
        Some("text/csv; charset=utf-8")
    );
    let csv = csv.text().await.unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "lgsl_id,service,capability_id,capability,councils");
    assert!(
        lines.contains(&"524,Household waste collection,1004,Take a payment,1"),
        "{csv}"
    );
    assert_eq!(lines.len(), 3, "{csv}");
    for path in ["/maps/matrix", "/maps/matrix.csv"] {
        let r = app.get(path).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{path}");
    }
}

on_both!(
    the_matrix_counts_councils_by_kind_and_region,
    councils_see_what_they_could_share_and_act_on_it,
    only_the_councils_own_people_act_on_its_opportunities,
);
