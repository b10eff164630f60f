//! Invoices over HTTP: drafts from approved time, issue with gapless numbers, payment by
//! either council's finance officers, credit notes, the ledger and `verify` after each
//! step, concurrent runs and issues, and who may do what.

use crate::cast::{cast, contract_with_vat, decide, post_week, Cast};
use crate::harness::{location, TestApp};
use crate::on_both;
use domain::bookings::Settlement;
use domain::contracts::VatTreatment;
use domain::ledger::Account;
use reqwest::StatusCode;
use store::{invoices, ledger, time_entries};

/// A month's approved time on a fresh money contract: Mei records 7.5 hours on Monday and
/// Dan approves it. Returns the contract and the month (`YYYY-MM`) of that Monday.
async fn approved_time(app: &TestApp, c: &Cast, vat: VatTreatment) -> (i64, String) {
    let k = contract_with_vat(app, c, Settlement::Money, 4, 10, vat).await;
    assert_eq!(
        post_week(app, &c.mei, k, &["7.5"], "submit").await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        decide(app, &c.dan, k, "approve", "").await.status(),
        StatusCode::SEE_OTHER
    );
    let monday = domain::weeks::Week::current(domain::clock::Clock::now(app.clock.as_ref())).monday();
    (k, monday.format("%Y-%m").to_string())
}

async fn generate(app: &TestApp, c: &Cast, month: &str) -> reqwest::Response {
    app.post_form_as(&c.tom, "/councils/LDS/invoices/generate", &[("month", month)])
        .await
}

async fn drafts(app: &TestApp, c: &Cast) -> Vec<invoices::Invoice> {
    invoices::list(app.db(), c.leeds, true)
        .await
        .unwrap()
        .into_iter()
        .filter(|i| i.status == domain::invoices::InvoiceStatus::Draft)
        .collect()
}

async fn assert_ledger_clean(app: &TestApp) {
    let mut breaches = ledger::verify(app.db()).await.unwrap();
    breaches.extend(invoices::verify(app.db()).await.unwrap());
    breaches.extend(store::income::verify(app.db(), app.backend()).await.unwrap());
    assert!(breaches.is_empty(), "{breaches:?}");
}

async fn issue_pay_and_export(app: TestApp) {
    let c = cast(&app).await;
    let (_, month) = approved_time(&app, &c, VatTreatment::Standard).await;
    let r = generate(&app, &c, &month).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let second = generate(&app, &c, &month).await;
    assert!(location(&second).ends_with("count=0"), "the time is claimed once");
    let draft = &drafts(&app, &c).await[0];
    // 7.5 hours at £50 = £375, VAT 20% = £75.
    assert_eq!(
        (draft.net_pence, draft.vat_pence, draft.total_pence),
        (37_500, 7_500, 45_000)
    );
    let path = format!("/invoices/{}", draft.id);
    assert_eq!(
        app.get_as(&c.fay, &path).await.status(),
        StatusCode::FORBIDDEN,
        "buyers never see drafts"
    );
    assert_eq!(app.get_as(&c.tom, &path).await.status(), StatusCode::OK);
    let r = app.post_form_as(&c.tom, &format!("{path}/issue"), &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let issued = invoices::find(app.db(), draft.id).await.unwrap().unwrap();
    assert_eq!((issued.status.as_str(), issued.number), ("issued", Some(1)));
    assert_eq!(
        ledger::balance(app.db(), c.leeds, Account::Receivable).await.unwrap(),
        45_000
    );
    assert_eq!(
        ledger::balance(app.db(), c.leeds, Account::Income).await.unwrap(),
        -37_500
    );
    assert_eq!(
        ledger::balance(app.db(), c.wokingham, Account::Payable).await.unwrap(),
        -45_000
    );
    assert_ledger_clean(&app).await;
    let page = app.get_as(&c.fay, &path).await.text().await.unwrap();
    assert!(page.contains("LDS-000001") && page.contains("£450.00"), "{page}");
    // Wokingham's finance officer records payment; a date in the future is refused.
    let tomorrow = (domain::weeks::london_date(domain::clock::Clock::now(app.clock.as_ref()))
        + chrono::Duration::days(1))
    .to_string();
    let r = app
        .post_form_as(
            &c.fay,
            &format!("{path}/pay"),
            &[("paid_on", &tomorrow), ("reference", "BACS 1")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let today = domain::weeks::london_date(domain::clock::Clock::now(app.clock.as_ref())).to_string();
    let r = app
        .post_form_as(
            &c.fay,
            &format!("{path}/pay"),
            &[("paid_on", &today), ("reference", "BACS 4471")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        ledger::balance(app.db(), c.leeds, Account::Receivable).await.unwrap(),
        0
    );
    assert_eq!(ledger::balance(app.db(), c.leeds, Account::Bank).await.unwrap(), 45_000);
    assert_eq!(
        ledger::balance(app.db(), c.wokingham, Account::Bank).await.unwrap(),
        -45_000
    );
    assert_ledger_clean(&app).await;
    // Paid twice? No.
    let r = app
        .post_form_as(
            &c.tom,
            &format!("{path}/pay"),
            &[("paid_on", &today), ("reference", "again")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let csv = app.get_as(&c.fay, "/councils/WOK/invoices.csv").await;
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = csv.text().await.unwrap();
    assert!(
        csv.lines()
            .nth(1)
            .unwrap()
            .starts_with("LDS-000001,invoice,paid,Leeds City Council"),
        "{csv}"
    );
    assert!(csv.contains("7.5,50.00,375.00,375.00,75.00,450.00"), "{csv}");
    // Payroll: Mei's approved hours in the month, for Leeds to pay her.
    let payroll = app
        .get_as(&c.tom, &format!("/councils/LDS/payroll.csv?month={month}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(payroll.contains(",Mei Chen,mei@leeds.gov.uk,MC-"), "{payroll}");
    assert!(
        payroll.trim_end().ends_with(",Wokingham Borough Council,1,7.5"),
        "{payroll}"
    );
    // Transparency: Wokingham's spend, with Leeds as supplier.
    let spend = app
        .get_as(&c.fay, &format!("/councils/WOK/spend.csv?from={today}&to={today}"))
        .await
        .text()
        .await
        .unwrap();
    let row = spend.lines().nth(1).unwrap_or_default();
    assert!(row.starts_with("Wokingham Borough Council,GB-LAE-WOK,"), "{spend}");
    assert!(
        row.contains(",LDS-000001,375.00,0.00,") && row.contains(",Leeds City Council,GB-LAE-LDS,"),
        "{spend}"
    );
    for client in [&c.mei, &c.dan] {
        let r = app
            .get_as(client, &format!("/councils/LDS/payroll.csv?month={month}"))
            .await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
        let r = app
            .get_as(client, &format!("/councils/WOK/spend.csv?from={today}&to={today}"))
            .await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
    }
}

async fn a_credit_note_cancels_and_frees_the_time(app: TestApp) {
    let c = cast(&app).await;
    let (k, month) = approved_time(&app, &c, VatTreatment::OutsideScope).await;
    generate(&app, &c, &month).await;
    let draft = drafts(&app, &c).await[0].id;
    app.post_form_as(&c.tom, &format!("/invoices/{draft}/issue"), &[]).await;
    let r = app
        .post_form_as(&c.fay, &format!("/invoices/{draft}/credit"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN, "only the supplier credits");
    let r = app
        .post_form_as(&c.tom, &format!("/invoices/{draft}/credit"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let original = invoices::find(app.db(), draft).await.unwrap().unwrap();
    assert_eq!(original.status, domain::invoices::InvoiceStatus::Credited);
    assert_eq!(
        ledger::balance(app.db(), c.leeds, Account::Receivable).await.unwrap(),
        0
    );
    assert_eq!(ledger::balance(app.db(), c.wokingham, Account::Spend).await.unwrap(), 0);
    assert_ledger_clean(&app).await;
    // The time can be invoiced again, with the next number.
    assert!(time_entries::for_contract(app.db(), k).await.unwrap()[0]
        .invoice_id
        .is_none());
    generate(&app, &c, &month).await;
    let again = drafts(&app, &c).await[0].id;
    app.post_form_as(&c.tom, &format!("/invoices/{again}/issue"), &[]).await;
    assert_eq!(invoices::find(app.db(), again).await.unwrap().unwrap().number, Some(3));
    assert_ledger_clean(&app).await;
}

async fn concurrent_runs_and_issues_never_double_count(app: TestApp) {
    let c = cast(&app).await;
    let (_, month) = approved_time(&app, &c, VatTreatment::OutsideScope).await;
    let (_, _) = approved_time(&app, &c, VatTreatment::OutsideScope).await;
    // Two runs at once: each contract's time lands on one draft.
    let tom2 = app.signed_in("tom@leeds.gov.uk").await;
    let fields = [("month", month.as_str())];
    let (a, b) = tokio::join!(
        generate(&app, &c, &month),
        app.post_form_as(&tom2, "/councils/LDS/invoices/generate", &fields)
    );
    assert_eq!((a.status(), b.status()), (StatusCode::SEE_OTHER, StatusCode::SEE_OTHER));
    let ds = drafts(&app, &c).await;
    assert_eq!(ds.len(), 2);
    // Two issues at once: numbers 1 and 2, no gap, no repeat.
    let (first, second) = (
        format!("/invoices/{}/issue", ds[0].id),
        format!("/invoices/{}/issue", ds[1].id),
    );
    let (x, y) = tokio::join!(
        app.post_form_as(&c.tom, &first, &[]),
        app.post_form_as(&tom2, &second, &[])
    );
    assert_eq!((x.status(), y.status()), (StatusCode::SEE_OTHER, StatusCode::SEE_OTHER));
    let mut numbers: Vec<i64> = invoices::list(app.db(), c.leeds, true)
        .await
        .unwrap()
        .into_iter()
        .filter_map(|i| i.number)
        .collect();
    numbers.sort();
    assert_eq!(numbers, vec![1, 2]);
    // The same draft issued twice at once: one number only.
    let k = contract_with_vat(&app, &c, Settlement::Money, 4, 10, VatTreatment::OutsideScope).await;
    post_week(&app, &c.mei, k, &["1"], "submit").await;
    // An approval racing a run: the time is on at most one invoice.
    let (_, _) = tokio::join!(decide(&app, &c.dan, k, "approve", ""), generate(&app, &c, &month));
    generate(&app, &c, &month).await;
    let draft = drafts(&app, &c).await[0].id;
    let path = format!("/invoices/{draft}/issue");
    let (p, q) = tokio::join!(
        app.post_form_as(&c.tom, &path, &[]),
        app.post_form_as(&tom2, &path, &[])
    );
    let mut statuses = [p.status(), q.status()];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::SEE_OTHER, StatusCode::CONFLICT]);
    assert_eq!(invoices::find(app.db(), draft).await.unwrap().unwrap().number, Some(3));
    assert_ledger_clean(&app).await;
}

async fn month_end_drafts_every_contract_once(app: TestApp) {
    let c = cast(&app).await;
    let (first, month) = approved_time(&app, &c, VatTreatment::Standard).await;
    let (second, _) = approved_time(&app, &c, VatTreatment::OutsideScope).await;
    let period = domain::dates::parse_month(&month).unwrap();
    let tom = store::users::find_by_email(app.db(), "tom@leeds.gov.uk")
        .await
        .unwrap()
        .unwrap()
        .id;
    let by = app::By {
        user_id: Some(tom),
        client_ip: "test",
    };
    // Month-end for every council racing the council's own run: each contract's time lands
    // on one draft, whichever run made it.
    let (all, own) = tokio::join!(
        app::invoices::generate_all(&app.state, by, period),
        generate(&app, &c, &month)
    );
    assert_eq!(own.status(), StatusCode::SEE_OTHER);
    let own: usize = location(&own).rsplit("count=").next().unwrap().parse().unwrap();
    assert_eq!(all.unwrap() + own, 2);
    let mut drafted: Vec<i64> = drafts(&app, &c).await.iter().map(|d| d.contract_id).collect();
    drafted.sort();
    assert_eq!(drafted, vec![first, second]);
    assert_ledger_clean(&app).await;
    // Nothing is left to draft.
    let again = app::invoices::generate_all(&app.state, by, period).await;
    assert_eq!(again.unwrap(), 0);
}

async fn only_finance_officers_handle_invoices(app: TestApp) {
    let c = cast(&app).await;
    let (_, month) = approved_time(&app, &c, VatTreatment::OutsideScope).await;
    for client in [&c.mei, &c.dan, &c.stranger, &c.fay] {
        let r = app
            .post_form_as(client, "/councils/LDS/invoices/generate", &[("month", &month)])
            .await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
    }
    for client in [&c.mei, &c.dan, &c.stranger] {
        assert_eq!(
            app.get_as(client, "/councils/LDS/invoices").await.status(),
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            app.get_as(client, "/councils/LDS/invoices.csv").await.status(),
            StatusCode::FORBIDDEN
        );
    }
    generate(&app, &c, &month).await;
    let draft = drafts(&app, &c).await[0].id;
    for client in [&c.fay, &c.stranger, &c.dan] {
        let r = app.post_form_as(client, &format!("/invoices/{draft}/issue"), &[]).await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
    }
    app.post_form_as(&c.tom, &format!("/invoices/{draft}/issue"), &[]).await;
    let today = domain::weeks::london_date(domain::clock::Clock::now(app.clock.as_ref())).to_string();
    let r = app
        .post_form_as(
            &c.stranger,
            &format!("/invoices/{draft}/pay"),
            &[("paid_on", &today), ("reference", "x")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        app.get_as(&c.stranger, &format!("/invoices/{draft}")).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        invoices::find(app.db(), draft).await.unwrap().unwrap().status,
        domain::invoices::InvoiceStatus::Issued
    );
}

async fn the_income_page_shows_what_lending_earned(app: TestApp) {
    let c = cast(&app).await;
    approved_time(&app, &c, VatTreatment::Standard).await;
    let k = crate::cast::contract_with_vat(&app, &c, Settlement::HourCredits, 4, 10, VatTreatment::OutsideScope).await;
    post_week(&app, &c.mei, k, &["2"], "submit").await;
    // Both councils' figures are kept between requests (ADR 0011): read them before the
    // approval, so that the pages below show they were not served from before it.
    let before = app.get_as(&c.tom, "/councils/LDS/income").await.text().await.unwrap();
    assert!(before.contains("0 earned, 0 spent"), "{before}");
    let before = app.get_as(&c.fay, "/councils/WOK/income").await.text().await.unwrap();
    assert!(before.contains("0 earned, 0 spent"), "{before}");
    decide(&app, &c.dan, k, "approve", "").await;
    assert_ledger_clean(&app).await;
    let page = app.get_as(&c.tom, "/councils/LDS/income").await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    // 7.5 hours at £50 on the money contract; 2 hours of credits.
    assert!(html.contains("id=\"total-income\">£375.00"), "{html}");
    assert!(html.contains("2 earned, 0 spent"), "{html}");
    assert!(html.contains("<svg class=\"app-chart\"") && html.contains("Income and spend by month"));
    let wok = app.get_as(&c.fay, "/councils/WOK/income").await.text().await.unwrap();
    assert!(wok.contains("0 earned, 2 spent"), "{wok}");
    let csv = app
        .get_as(&c.tom, "/councils/LDS/income.csv")
        .await
        .text()
        .await
        .unwrap();
    assert!(csv.starts_with("month,side,settlement,service,role,hours,value"));
    assert!(csv.contains(",given,money,,User researcher,7.5,375.00"), "{csv}");
    for client in [&c.mei, &c.dan, &c.stranger] {
        assert_eq!(
            app.get_as(client, "/councils/LDS/income").await.status(),
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            app.get_as(client, "/councils/LDS/income.csv").await.status(),
            StatusCode::FORBIDDEN
        );
    }
}

async fn overdue_invoices_are_flagged_and_the_buyer_reminded_once(app: TestApp) {
    let c = cast(&app).await;
    let (_, month) = approved_time(&app, &c, VatTreatment::OutsideScope).await;
    generate(&app, &c, &month).await;
    let id = drafts(&app, &c).await[0].id;
    app.post_form_as(&c.tom, &format!("/invoices/{id}/issue"), &[]).await;
    app.deliver_mail().await;
    let remind = || app::invoices::remind_overdue(&app.state);
    assert_eq!(remind().await.unwrap(), 0, "not due yet");
    app.clock.advance(chrono::Duration::days(31));
    assert_eq!(remind().await.unwrap(), 1);
    assert_eq!(remind().await.unwrap(), 0);
    let mail = app.deliver_mail().await;
    assert_eq!(mail.len(), 1);
    assert_eq!(mail[0].recipient, "fay@wokingham.gov.uk");
    assert!(mail[0].subject.starts_with("Overdue: invoice LDS-000001"));
    let fay = app.signed_in("fay@wokingham.gov.uk").await;
    let list = app.get_as(&fay, "/councils/WOK/invoices").await.text().await.unwrap();
    assert!(list.contains("Overdue"));
    // The platform dashboard counts and lists it.
    let operator = app.signed_in("operator@microcontracts.test").await;
    assert_eq!(crate::dashboard::figure(&app, &operator, "Invoices overdue").await, "1");
    let overdue = crate::dashboard::rows(&app, &operator, "invoices-overdue").await;
    assert_eq!(overdue.len(), 1);
    assert_eq!(
        overdue[0][..3],
        ["LDS-000001", "Leeds City Council", "Wokingham Borough Council"]
    );
}

/// The "Waiting for you" lines of a person's home page.
async fn waiting(app: &TestApp, client: &reqwest::Client) -> Vec<String> {
    let html = app.get_as(client, "/").await.text().await.unwrap();
    let Some(start) = html.find("id=\"waiting\"") else {
        return Vec::new();
    };
    let list = &html[start..html[start..].find("</ul>").map_or(html.len(), |e| start + e)];
    list.split("<li>")
        .skip(1)
        .map(|item| {
            let text = item.split('>').nth(1).unwrap_or("");
            text.split('<').next().unwrap_or("").to_string()
        })
        .collect()
}

async fn home_pages_count_what_waits_for_each_role(app: TestApp) {
    let c = cast(&app).await;
    let k = contract_with_vat(&app, &c, Settlement::Money, 4, 10, VatTreatment::OutsideScope).await;
    assert_eq!(waiting(&app, &c.dan).await, Vec::<String>::new());
    post_week(&app, &c.mei, k, &["7.5"], "submit").await;
    assert_eq!(waiting(&app, &c.dan).await, vec!["1 contract with time to approve"]);
    let fay = app.signed_in("fay@wokingham.gov.uk").await;
    assert_eq!(
        waiting(&app, &fay).await,
        Vec::<String>::new(),
        "finance is not asked to approve time"
    );
    decide(&app, &c.dan, k, "approve", "").await;
    assert_eq!(waiting(&app, &c.dan).await, Vec::<String>::new());

    let monday = domain::weeks::Week::current(domain::clock::Clock::now(app.clock.as_ref())).monday();
    generate(&app, &c, &monday.format("%Y-%m").to_string()).await;
    assert_eq!(waiting(&app, &c.tom).await, vec!["1 draft invoice to issue"]);
    let id = drafts(&app, &c).await[0].id;
    app.post_form_as(&c.tom, &format!("/invoices/{id}/issue"), &[]).await;
    assert_eq!(waiting(&app, &c.tom).await, Vec::<String>::new());
    app.clock.advance(chrono::Duration::days(31));
    // Sessions have lapsed in a month: everyone signs in again.
    let (tom, fay, dan) = (
        app.signed_in("tom@leeds.gov.uk").await,
        app.signed_in("fay@wokingham.gov.uk").await,
        app.signed_in("dan@wokingham.gov.uk").await,
    );
    assert_eq!(waiting(&app, &tom).await, vec!["1 invoice you sent is overdue"]);
    assert_eq!(waiting(&app, &fay).await, vec!["1 invoice you received is overdue"]);
    assert_eq!(
        waiting(&app, &dan).await,
        Vec::<String>::new(),
        "buyers do not handle invoices"
    );

    // The finance officer's start page links to every finance page they may open.
    let home = app.get_as(&tom, "/").await.text().await.unwrap();
    for page in ["invoices", "income", "rate-card", "profiles"] {
        assert!(home.contains(&format!("href=\"/councils/LDS/{page}\"")), "{page}");
    }
    assert!(!home.contains("href=\"/councils/LDS/members\""), "not an admin");
    assert!(!home.contains("/councils/WOK/"), "another council's pages");
}

on_both!(
    home_pages_count_what_waits_for_each_role,
    overdue_invoices_are_flagged_and_the_buyer_reminded_once,
    the_income_page_shows_what_lending_earned,
    issue_pay_and_export,
    a_credit_note_cancels_and_frees_the_time,
    concurrent_runs_and_issues_never_double_count,
    month_end_drafts_every_contract_once,
    only_finance_officers_handle_invoices
);
