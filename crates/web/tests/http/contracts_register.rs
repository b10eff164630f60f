//! A council's contracts register (Local Government Transparency Code): public, it lists
//! the signed contracts the council let that are worth more than £5,000, with the Code's
//! columns, never names a person, and its CSV neutralises what councils typed.

use crate::cast::{active_contract, cast};
use crate::harness::TestApp;
use crate::on_both;
use domain::bookings::Settlement;
use domain::roles::Role;
use reqwest::StatusCode;

async fn lists_contracts_over_five_thousand_pounds(app: TestApp) {
    let c = cast(&app).await;
    // £50 an hour: 12 weeks of 10 hours is £6,000 (listed), 4 weeks of 10 hours £2,000 (not).
    let listed = active_contract(&app, &c, Settlement::Money, 12, 10).await;
    let small = active_contract(&app, &c, Settlement::Money, 4, 10).await;
    let credits = active_contract(&app, &c, Settlement::HourCredits, 12, 10).await;
    let reference = |id: i64| domain::contracts::reference(id);

    // Open to everyone, signed in or not.
    let r = app.get("/councils/WOK/contracts-register").await;
    assert_eq!(r.status(), StatusCode::OK);
    let page = r.text().await.unwrap();
    assert!(page.contains(&reference(listed)), "{page}");
    assert!(page.contains(&reference(credits)));
    assert!(!page.contains(&reference(small)), "£2,000 is under the threshold");
    for shown in [
        "£6,000.00",
        "Leeds City Council",
        "GB-LAE-LDS",
        "Up to 120 hours of a digital practitioner&#x27;s time from another council at £50.00 an hour.",
        "Settled in hour credits, not money.",
        "Direct award to another council",
        "Not given by the council",
    ] {
        assert!(page.contains(shown), "{shown}: {page}");
    }
    for hidden in ["Mei Chen", "Dan Hughes", "Research with residents"] {
        assert!(!page.contains(hidden), "{hidden} is not public");
    }
    // The supplier lets nothing here as a buyer.
    let leeds = app.text_as(&c.stranger, "/councils/LDS/contracts-register").await;
    assert!(leeds.contains("This council has let no contract worth more than the threshold."));

    // The council's admin names the department responsible; only they may.
    app.person("ada@wokingham.gov.uk", "Ada Admin", Some("WOK"), &[Role::CouncilAdmin])
        .await;
    let ada = app.signed_in("ada@wokingham.gov.uk").await;
    let fields = [
        ("vat", "outside_scope"),
        ("payment_terms_days", "30"),
        ("register_department", "=HYPERLINK(\"evil\")"),
    ];
    for refused in [&c.dan, &c.stranger] {
        let r = app
            .post_form_as(refused, "/councils/WOK/agreement/defaults", &fields)
            .await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
    }
    let long = "a".repeat(121);
    let r = app
        .post_form_as(
            &ada,
            "/councils/WOK/agreement/defaults",
            &[
                ("vat", "outside_scope"),
                ("payment_terms_days", "30"),
                ("register_department", &long),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = app
        .post_form_as(&ada, "/councils/WOK/agreement/defaults", &fields)
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = app.text_as(&ada, "/councils/WOK/agreement").await;
    assert!(page.contains("value=\"=HYPERLINK(&quot;evil&quot;)\""), "{page}");
    let page = app.get("/councils/WOK/contracts-register").await.text().await.unwrap();
    assert!(page.contains("=HYPERLINK(&quot;evil&quot;)"));

    // The CSV: the Code's columns, every listed contract, typed text neutralised.
    let r = app.get("/councils/WOK/contracts-register.csv").await;
    assert_eq!(r.status(), StatusCode::OK);
    let csv = r.text().await.unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "Reference,Title,Description,Department,Supplier name,Supplier ID,Start date,End date,\
             Review date,Value,VAT not recoverable,Procurement route"
        )
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 2, "{csv}");
    assert!(rows[0].starts_with(&reference(credits)), "newest first: {csv}");
    let row = rows[1];
    assert!(row.starts_with(&format!("{},", reference(listed))), "{row}");
    assert!(
        row.contains(",\"'=HYPERLINK(\"\"evil\"\")\",Leeds City Council,GB-LAE-LDS,"),
        "{row}"
    );
    assert!(row.contains(",6000.00,0.00,"), "{row}");
    assert!(!csv.contains("Mei Chen"));

    // Pages of fifty, newest first, and the CSV holds them all.
    for _ in 0..49 {
        active_contract(&app, &c, Settlement::Money, 12, 10).await;
    }
    let page = app.get("/councils/WOK/contracts-register").await.text().await.unwrap();
    assert!(!page.contains(&format!(">{}<", reference(listed))));
    assert!(page.contains("Older contracts"));
    // The first page ends with the credits contract (the fifty newest listed).
    let older = format!("/councils/WOK/contracts-register?before={credits}");
    assert!(page.contains(&older), "{page}");
    let page = app.get(&older).await.text().await.unwrap();
    assert!(page.contains(&format!(">{}<", reference(listed))), "{page}");
    assert!(page.contains("Newest contracts"));
    let csv = app
        .get("/councils/WOK/contracts-register.csv")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(csv.lines().count(), 1 + 51);

    // Malformed or unknown, refused without a server error.
    for (path, status) in [
        ("/councils/WOK/contracts-register?before=abc", StatusCode::BAD_REQUEST),
        ("/councils/WOK/contracts-register?before=-1", StatusCode::BAD_REQUEST),
        ("/councils/NOPE/contracts-register", StatusCode::NOT_FOUND),
        ("/councils/NOPE/contracts-register.csv", StatusCode::NOT_FOUND),
    ] {
        assert_eq!(app.get(path).await.status(), status, "{path}");
    }
}
on_both!(lists_contracts_over_five_thousand_pounds);
