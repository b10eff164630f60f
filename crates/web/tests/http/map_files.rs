//! A council's capability map as a CSV file (issue 17): an import with a good file saves
//! every row; a bad one saves nothing and names each mistake by row and column; the export
//! writes the map back (without another council's private costs and notes, and with no
//! cell a spreadsheet would run); and only the council's keepers import.

use crate::harness::{location, TestApp};
use crate::on_both;
use domain::roles::Role;
use reqwest::StatusCode;
use store::capability_map as maps;

async fn setup(app: &TestApp) -> i64 {
    let leeds = app.onboard("LDS", "leeds.gov.uk").await;
    app.onboard("WOK", "wokingham.gov.uk").await;
    app.person("ruth@leeds.gov.uk", "Ruth", Some("LDS"), &[Role::CouncilAdmin])
        .await;
    app.person("wes@wokingham.gov.uk", "Wes", Some("WOK"), &[Role::CouncilAdmin])
        .await;
    app.person(
        "pia@leeds.gov.uk",
        "Pia",
        Some("LDS"),
        &[Role::Practitioner, Role::Buyer, Role::Finance],
    )
    .await;
    app.person("operator@microcontracts.test", "Operator", None, &[]).await;
    let operator = app.signed_in("operator@microcontracts.test").await;
    for (name, kind) in [("GOV.UK Notify", "shared_public_service"), ("Whitespace", "product")] {
        let r = app
            .post_form_as(&operator, "/maps/components/new", &[("name", name), ("kind", kind)])
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
    }
    leeds
}

const GOOD: &str = "lgsl_id,service,capability_id,capability,meets,component,provision,contract_ends,cost_band,satisfaction,note,private
524,Household waste collection,1003,Notify a resident,component,gov.uk notify,shared_with_council,,,5,,no
524,Household waste collection,1006,Manage a case,component,Whitespace,bought,2028-06-30,50k_to_250k,3,=HYPERLINK(\"http://x\"),yes
524,Household waste collection,17,Reporting,manual,,,,,2,Phone calls logged by hand,
1621,Corporate - audit and inspection,1012,Data and reporting,nothing,,,,,,,no
";

async fn a_good_file_is_imported_and_exported_back(app: TestApp) {
    let leeds = setup(&app).await;
    let ruth = app.signed_in("ruth@leeds.gov.uk").await;
    assert_eq!(
        app.get_as(&ruth, "/councils/LDS/map/import").await.status(),
        StatusCode::OK
    );
    let r = app
        .post_file_as(
            &ruth,
            "/councils/LDS/map/import",
            "file",
            "map.csv",
            GOOD.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/councils/LDS/map?imported=4");
    let entries = maps::council_entries(app.db(), leeds).await.unwrap();
    assert_eq!(entries.len(), 4);
    let case = maps::entry(app.db(), leeds, 524, 1006).await.unwrap().unwrap();
    assert_eq!(case.cost_band.as_deref(), Some("50k_to_250k"));
    assert!(case.private);
    let page = app
        .get_as(&ruth, "/councils/LDS/map?imported=4")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("4 rows were imported"));

    // Its own export has everything, with the formula made harmless.
    let own = app.get_as(&ruth, "/councils/LDS/map.csv").await.text().await.unwrap();
    assert!(own.starts_with("lgsl_id,service,capability_id,capability,meets,component,provision,"));
    assert!(
        own.contains("Whitespace,bought,2028-06-30,50k_to_250k,,3,\"'=HYPERLINK(\"\"http://x\"\")\",yes"),
        "{own}"
    );
    assert!(own.contains("1621,Corporate - audit and inspection,1012,Data and reporting,nothing"));
    // Another council's has neither the private cost nor the note.
    let wes = app.signed_in("wes@wokingham.gov.uk").await;
    let theirs = app.get_as(&wes, "/councils/LDS/map.csv").await.text().await.unwrap();
    assert!(theirs.contains("Whitespace,bought,2028-06-30,,,3,,yes"), "{theirs}");
    // Importing the export again changes nothing but the versions.
    let again = app
        .post_file_as(&ruth, "/councils/LDS/map/import", "file", "again.csv", own.into_bytes())
        .await;
    assert_eq!(again.status(), StatusCode::SEE_OTHER);
    let after = maps::entry(app.db(), leeds, 524, 1006).await.unwrap().unwrap();
    assert_eq!((after.version, after.cost_band), (2, case.cost_band));
    let events = store::audit::list(app.db(), Some(leeds), None, 2).await.unwrap();
    assert_eq!(events[0].action, "map-imported");
}

async fn a_bad_file_saves_nothing_and_names_each_mistake(app: TestApp) {
    let leeds = setup(&app).await;
    let ruth = app.signed_in("ruth@leeds.gov.uk").await;
    let bad = "lgsl_id,capability_id,meets,component,provision,contract_ends,satisfaction,colour
524,1003,component,GOV.UK Notify,shared_with_council,,5,red
";
    let r = app
        .post_file_as(
            &ruth,
            "/councils/LDS/map/import",
            "file",
            "bad.csv",
            bad.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let page = r.text().await.unwrap();
    assert!(page.contains("<code>colour</code>") && page.contains("This column is not one the file may have"));

    let rows = "lgsl_id,capability_id,meets,component,provision,contract_ends,cost_band,satisfaction,private
524,1003,component,GOV.UK Notify,shared_with_council,,,5,no
999999,1003,manual,,,,,,
524,1000,manual,,,,,,
524,1004,component,Civica Pay,bought,,,,
524,1006,component,Whitespace,built_in_house,2028-02-30,cheap,7,maybe
524,1003,nothing,,,,,,
";
    let r = app
        .post_file_as(
            &ruth,
            "/councils/LDS/map/import",
            "file",
            "rows.csv",
            rows.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let page = r.text().await.unwrap();
    let table = scraper::Html::parse_document(&page);
    let cells = scraper::Selector::parse("table tbody tr").unwrap();
    let td = scraper::Selector::parse("td").unwrap();
    let found: Vec<(String, String)> = table
        .select(&cells)
        .map(|tr| {
            let cols: Vec<String> = tr
                .select(&td)
                .map(|c| c.text().collect::<String>().trim().to_string())
                .collect();
            (cols[0].clone(), cols[1].clone())
        })
        .collect();
    let expected: Vec<(String, String)> = [
        ("3", "lgsl_id"),
        ("4", "capability_id"),
        ("5", "component"),
        ("6", "contract_ends"),
        ("6", "private"),
        ("6", "cost_band"),
        ("6", "satisfaction"),
        ("7", "capability_id"),
    ]
    .iter()
    .map(|(r, c)| (r.to_string(), c.to_string()))
    .collect();
    assert_eq!(found, expected, "{page}");
    assert!(page.contains("The file has 8 mistakes. Nothing was saved"));
    assert!(
        maps::council_entries(app.db(), leeds).await.unwrap().is_empty(),
        "nothing saved"
    );

    for (name, bytes) in [("empty.csv", Vec::new()), ("binary.csv", vec![0xff, 0xfe, 0x00, 0x12])] {
        let r = app
            .post_file_as(&ruth, "/councils/LDS/map/import", "file", name, bytes)
            .await;
        assert_eq!(r.status(), StatusCode::BAD_REQUEST, "{name}");
    }
    let header_only = "lgsl_id,capability_id,meets\n";
    let r = app
        .post_file_as(
            &ruth,
            "/councils/LDS/map/import",
            "file",
            "h.csv",
            header_only.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("The file has no rows under its header"));
}

async fn only_the_councils_keepers_import(app: TestApp) {
    setup(&app).await;
    for who in ["wes@wokingham.gov.uk", "pia@leeds.gov.uk"] {
        let client = app.signed_in(who).await;
        assert_eq!(
            app.get_as(&client, "/councils/LDS/map/import").await.status(),
            StatusCode::FORBIDDEN,
            "{who}"
        );
        let r = app
            .post_file_as(
                &client,
                "/councils/LDS/map/import",
                "file",
                "m.csv",
                GOOD.as_bytes().to_vec(),
            )
            .await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{who}");
    }
    // Anyone signed in may download a map and the example; visitors sign in first.
    let pia = app.signed_in("pia@leeds.gov.uk").await;
    assert_eq!(app.get_as(&pia, "/councils/WOK/map.csv").await.status(), StatusCode::OK);
    let example = app.get_as(&pia, "/maps/import-example.csv").await.text().await.unwrap();
    assert!(example.starts_with("lgsl_id,service,capability_id"));
    for path in [
        "/councils/LDS/map.csv",
        "/maps/import-example.csv",
        "/councils/LDS/map/import",
    ] {
        let r = app.get(path).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{path}");
    }
    // A file with no form token is refused before anything is read.
    let client = app.signed_in("ruth@leeds.gov.uk").await;
    let form = reqwest::multipart::Form::new().part("file", reqwest::multipart::Part::bytes(GOOD.as_bytes().to_vec()));
    let r = client
        .post(app.url("/councils/LDS/map/import"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}

on_both!(
    a_good_file_is_imported_and_exported_back,
    a_bad_file_saves_nothing_and_names_each_mistake,
    only_the_councils_keepers_import,
);
