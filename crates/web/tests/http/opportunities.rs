//! Opportunities over HTTP: the whole lifecycle from draft to contract, the closing job,
//! the award race, changes after publishing, and who may see and do what.

use crate::cast::listed_profile;
use crate::harness::{error_summary, location, new_client, TestApp};
use crate::on_both;
use domain::clock::Clock;
use domain::roles::Role;
use reqwest::{Client, StatusCode};
use store::{applications, contracts, opportunities};

/// Wokingham buys; Leeds lends Mei (listed) with Tom as her manager; Hackney is a stranger.
pub(crate) struct Cast {
    pub(crate) dan: Client,
    pub(crate) mei: Client,
    pub(crate) tom: Client,
    pub(crate) stranger: Client,
    pub(crate) other_buyer: Client,
}

pub(crate) async fn cast(app: &TestApp) -> Cast {
    let leeds = app.onboard("LDS", "leeds.gov.uk").await;
    app.onboard("WOK", "wokingham.gov.uk").await;
    app.onboard("HCK", "hackney.gov.uk").await;
    let mei = app
        .person("mei@leeds.gov.uk", "Mei Chen", Some("LDS"), &[Role::Practitioner])
        .await;
    app.person("tom@leeds.gov.uk", "Tom Barker", Some("LDS"), &[Role::Manager])
        .await;
    app.person("dan@wokingham.gov.uk", "Dan Hughes", Some("WOK"), &[Role::Buyer])
        .await;
    app.person("bea@wokingham.gov.uk", "Bea Buyer", Some("WOK"), &[Role::Buyer])
        .await;
    app.person(
        "hal@hackney.gov.uk",
        "Hal Stranger",
        Some("HCK"),
        &[Role::Buyer, Role::Manager, Role::CouncilAdmin, Role::Practitioner],
    )
    .await;
    app.person("operator@microcontracts.test", "Operator", None, &[]).await;
    listed_profile(app, mei, leeds, 10).await;
    let operator = app.signed_in("operator@microcontracts.test").await;
    let published = app
        .post_form_as(
            &operator,
            "/admin/agreements",
            &[("version", "1.0"), ("title", "Agreement"), ("body", "1. Terms.")],
        )
        .await;
    assert_eq!(published.status(), StatusCode::SEE_OTHER);
    signed_in(app).await
}

/// Everyone signs in (again: after the clock moves past closing, sessions have lapsed).
async fn signed_in(app: &TestApp) -> Cast {
    Cast {
        dan: app.signed_in("dan@wokingham.gov.uk").await,
        mei: app.signed_in("mei@leeds.gov.uk").await,
        tom: app.signed_in("tom@leeds.gov.uk").await,
        stranger: app.signed_in("hal@hackney.gov.uk").await,
        other_buyer: app.signed_in("bea@wokingham.gov.uk").await,
    }
}

fn date(app: &TestApp, days: i64) -> String {
    (domain::weeks::london_date(app.clock.now()) + chrono::Duration::days(days)).to_string()
}

fn id_from(location: &str) -> i64 {
    location
        .trim_start_matches("/opportunities/")
        .split(['/', '?'])
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// Posts owned field pairs (built in a loop) as a form.
async fn post_owned(app: &TestApp, client: &Client, path: &str, fields: &[(String, String)]) -> reqwest::Response {
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    app.post_form_as(client, path, &borrowed).await
}

async fn save(app: &TestApp, client: &Client, id: i64, section: &str, fields: &[(&str, &str)]) {
    let r = app
        .post_form_as(client, &format!("/opportunities/{id}/edit/{section}"), fields)
        .await;
    let status = r.status();
    let body = r.text().await.unwrap();
    assert_eq!(status, StatusCode::SEE_OTHER, "{section}: {:?}", error_summary(&body));
}

/// A complete specialist draft written by Dan; returns its id.
pub(crate) async fn draft(app: &TestApp, c: &Cast, kind: &str, visibility: &str) -> i64 {
    let r = app
        .post_form_as(&c.dan, "/councils/WOK/opportunities", &[("kind", kind)])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let id = id_from(&location(&r));
    save(
        app,
        &c.dan,
        id,
        "about",
        &[
            ("kind", kind),
            ("title", "User researcher for garden waste renewals"),
            (
                "summary",
                "Interview residents about renewing garden waste collections online.",
            ),
            ("background", "Our renewal form has a high drop-out rate."),
            ("work", "Plan and run 10 interviews and share findings."),
        ],
    )
    .await;
    let role = store::reference::roles(app.db())
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.name == "User researcher")
        .unwrap()
        .id
        .to_string();
    save(
        app,
        &c.dan,
        id,
        "role-and-service",
        &[("role_id", &role), ("lgsl_id_words", "household waste collection")],
    )
    .await;
    save(
        app,
        &c.dan,
        id,
        "location",
        &[("work_mode", "remote"), ("arrangements", "Video calls twice a week.")],
    )
    .await;
    let (start, end) = (date(app, 21), date(app, 60));
    save(
        app,
        &c.dan,
        id,
        "hours-and-budget",
        &[
            ("hours", "30"),
            ("max_rate", "60"),
            ("earliest_start", &start),
            ("latest_end", &end),
        ],
    )
    .await;
    save(
        app,
        &c.dan,
        id,
        "criteria",
        &[
            (
                "essential",
                "Has run interviews with residents\nHas written up findings",
            ),
            ("nice", "Knows waste services"),
        ],
    )
    .await;
    save(
        app,
        &c.dan,
        id,
        "evaluation",
        &[
            ("technical_weight", "60"),
            ("cultural_weight", "20"),
            ("price_weight", "20"),
            ("evaluate_count", "3"),
        ],
    )
    .await;
    let (questions, closing) = (date(app, 5), date(app, 10));
    save(
        app,
        &c.dan,
        id,
        "timing",
        &[
            ("questions_deadline", &questions),
            ("closing_date", &closing),
            ("closing_time", "12:00"),
            ("visibility", visibility),
            ("audience", "all"),
        ],
    )
    .await;
    id
}

pub(crate) async fn apply(app: &TestApp, client: &Client, id: i64, rate: &str) -> reqwest::Response {
    let criteria = opportunities::criteria(app.db(), id).await.unwrap();
    let start = date(app, 21);
    let mut fields: Vec<(String, String)> = criteria
        .iter()
        .filter(|c| c.essential)
        .map(|c| {
            (
                format!("evidence-{}", c.id),
                "I ran 40 interviews for Leeds.".to_string(),
            )
        })
        .collect();
    fields.push(("rate".into(), rate.into()));
    fields.push(("earliest_start".into(), start));
    post_owned(app, client, &format!("/opportunities/{id}/apply"), &fields).await
}

/// Applies as Mei and has Tom approve; returns the application id.
async fn approved_application(app: &TestApp, c: &Cast, id: i64) -> i64 {
    let r = apply(app, &c.mei, id, "55").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let application: i64 = location(&r)
        .trim_start_matches("/applications/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let r = app
        .post_form_as(&c.tom, &format!("/applications/{application}/approve"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    application
}

/// Moves the clock past the closing time and runs the closing job; everyone signs in again.
async fn close(app: &TestApp) -> (usize, Cast) {
    app.clock.advance(chrono::Duration::days(11));
    let closed = app::opportunities::close_due(&app.state).await.unwrap();
    (closed, signed_in(app).await)
}

async fn whole_lifecycle(app: TestApp) {
    let c = cast(&app).await;
    let r = app
        .post_form_as(&c.dan, "/councils/WOK/opportunities", &[("kind", "specialist")])
        .await;
    let empty = id_from(&location(&r));
    // Publishing an incomplete draft says which sections are missing.
    let r = app
        .post_form_as(&c.dan, &format!("/opportunities/{empty}/publish"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(error_summary(&r.text().await.unwrap()).len(), 7);
    // A section with errors keeps nothing and says why.
    let r = app
        .post_form_as(
            &c.dan,
            &format!("/opportunities/{empty}/edit/evaluation"),
            &[
                ("technical_weight", "60"),
                ("cultural_weight", "20"),
                ("price_weight", "30"),
                ("evaluate_count", "3"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        error_summary(&r.text().await.unwrap()),
        vec!["The three weights must add up to 100"]
    );

    let id = draft(&app, &c, "specialist", "public").await;
    // Nobody outside Wokingham sees the draft.
    assert_eq!(
        app.get_as(&c.stranger, &format!("/opportunities/{id}")).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get_as(&c.mei, &format!("/opportunities/{id}/edit")).await.status(),
        StatusCode::FORBIDDEN
    );
    assert!(!app
        .get("/opportunities")
        .await
        .text()
        .await
        .unwrap()
        .contains("garden waste renewals"));
    // Wokingham is in a peer group that has a webhook, and another without one.
    let wokingham = store::organisations::find_by_code(app.db(), "WOK")
        .await
        .unwrap()
        .unwrap()
        .id;
    let operator = store::users::find_by_email(app.db(), "operator@microcontracts.test")
        .await
        .unwrap()
        .unwrap()
        .id;
    let mut tx = app.db().begin().await.unwrap();
    let fields = |name| store::peer_groups::GroupFields {
        name,
        region: "South",
        description: "",
        chat_link: None,
    };
    let now = app.clock.now();
    let hooked = store::peer_groups::create(
        &mut tx,
        "south",
        &fields("South"),
        Some("https://hooks.example.org/x"),
        operator,
        now,
    )
    .await
    .unwrap();
    let quiet = store::peer_groups::create(&mut tx, "quiet", &fields("Quiet"), None, operator, now)
        .await
        .unwrap();
    for group in [hooked, quiet] {
        store::peer_groups::add_member_council(&mut tx, group, wokingham, operator, now)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    let r = app
        .post_form_as(&c.dan, &format!("/opportunities/{id}/publish"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // Its peer group's webhook is told; the one without a webhook gets nothing.
    let posts = store::webhooks::recent(app.db(), hooked, 5).await.unwrap();
    assert_eq!(posts.len(), 1);
    assert_eq!(posts[0].event, "opportunity-published");
    assert!(
        posts[0].payload.contains("garden waste renewals")
            && posts[0].payload.contains(&format!("/opportunities/{id}|"))
    );
    assert!(store::webhooks::recent(app.db(), quiet, 5).await.unwrap().is_empty());

    // Published and public: visitors see it on the list and its page.
    let list = app.get("/opportunities?q=garden+renewals").await.text().await.unwrap();
    assert!(list.contains("garden waste renewals"));
    let none = app.get("/opportunities?q=parking").await.text().await.unwrap();
    assert!(!none.contains("garden waste renewals"));
    assert_eq!(app.get(&format!("/opportunities/{id}")).await.status(), StatusCode::OK);

    // A question, answered without the asker's name.
    let r = app
        .post_form_as(
            &c.mei,
            &format!("/opportunities/{id}/questions"),
            &[("question", "Are evening interviews needed?")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let question = opportunities::questions(app.db(), id, false).await.unwrap()[0].id;
    let r = app
        .post_form_as(
            &c.dan,
            &format!("/opportunities/{id}/questions/{question}/answer"),
            &[(
                &format!("answer-{question}") as &str,
                "Two evenings, paid as normal hours.",
            )],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = app.get(&format!("/opportunities/{id}")).await.text().await.unwrap();
    assert!(page.contains("Are evening interviews needed?") && page.contains("Two evenings"));
    assert!(!page.contains("Mei Chen"), "askers stay anonymous");

    // An application needs evidence for every essential criterion and a rate within the maximum.
    let r = apply(&app, &c.mei, id, "61").await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        error_summary(&r.text().await.unwrap()),
        vec!["Your rate cannot be more than the maximum"]
    );
    let application = approved_application(&app, &c, id).await;
    // The buyer sees nothing before closing; others never.
    let path = format!("/applications/{application}");
    assert_eq!(app.get_as(&c.dan, &path).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.get_as(&c.stranger, &path).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.get_as(&c.tom, &path).await.status(), StatusCode::OK);
    let page = app.get(&format!("/opportunities/{id}")).await.text().await.unwrap();
    assert!(page.contains("1 application so far"));

    // Closing happens without anyone acting, once.
    let (closed, c) = close(&app).await;
    assert_eq!(closed, 1);
    assert_eq!(app::opportunities::close_due(&app.state).await.unwrap(), 0);
    let late = apply(&app, &c.mei, id, "50").await;
    assert_eq!(late.status(), StatusCode::CONFLICT, "no applying after closing");
    let r = app.post_form_as(&c.mei, &format!("{path}/withdraw"), &[]).await;
    assert_eq!(r.status(), StatusCode::CONFLICT, "no withdrawing after closing");

    // Scoring, with notes only Wokingham sees.
    assert_eq!(app.get_as(&c.dan, &path).await.status(), StatusCode::OK);
    let criteria = opportunities::criteria(app.db(), id).await.unwrap();
    let mut fields: Vec<(String, String)> = criteria
        .iter()
        .map(|k| (format!("score-{}", k.id), "3".to_string()))
        .collect();
    fields.push(("cultural".into(), "2".into()));
    fields.push(("notes".into(), "Strong on interviews".into()));
    fields.push(("shortlisted".into(), "yes".into()));
    let r = post_owned(&app, &c.dan, &format!("{path}/score"), &fields).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let ranking = app
        .get_as(&c.dan, &format!("/opportunities/{id}/evaluate"))
        .await
        .text()
        .await
        .unwrap();
    // 60% × 100% + 20% × 66.66% + 20% × 100% = 93.33%.
    assert!(ranking.contains("93.33%"), "{ranking}");
    assert!(!app
        .get_as(&c.mei, &path)
        .await
        .text()
        .await
        .unwrap()
        .contains("Strong on interviews"));

    // The award creates a proposed contract and publishes the outcome.
    let chosen = application.to_string();
    let r = app
        .post_form_as(
            &c.dan,
            &format!("/opportunities/{id}/outcome/award"),
            &[("chosen", &chosen)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let members = applications::members(app.db(), application).await.unwrap();
    let contract = contracts::find(app.db(), members[0].contract_id.unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!((contract.status.as_str(), contract.rate_pence), ("proposed", 5500));
    assert_eq!(contract.hours_cap_minutes, 30 * 60);
    let page = app.get(&format!("/opportunities/{id}")).await.text().await.unwrap();
    assert!(
        page.contains("Leeds") && page.contains("£1,650.00"),
        "outcome published"
    );
}

async fn one_award_stands(app: TestApp) {
    let c = cast(&app).await;
    let id = draft(&app, &c, "specialist", "signed_in").await;
    app.post_form_as(&c.dan, &format!("/opportunities/{id}/publish"), &[])
        .await;
    let application = approved_application(&app, &c, id).await;
    let (_, c) = close(&app).await;
    let chosen = application.to_string();
    let path = format!("/opportunities/{id}/outcome/award");
    let fields = [("chosen", chosen.as_str())];
    let (a, b) = tokio::join!(
        app.post_form_as(&c.dan, &path, &fields),
        app.post_form_as(&c.other_buyer, &path, &fields),
    );
    let mut statuses = [a.status(), b.status()];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::SEE_OTHER, StatusCode::CONFLICT]);
    let members = applications::members(app.db(), application).await.unwrap();
    assert!(members[0].contract_id.is_some());
    assert_eq!(
        contracts::list(
            app.db(),
            contracts::Scope::Buyer(opportunities::find(app.db(), id).await.unwrap().unwrap().org_id),
            false,
            10
        )
        .await
        .unwrap()
        .len(),
        1
    );
    // The public statistics count it: one awarded, and the days from publication to award.
    let o = opportunities::find(app.db(), id).await.unwrap().unwrap();
    let seconds = (o.outcome_at.unwrap() - o.published_at.unwrap()).num_seconds();
    let tenths = domain::statistics::median_tenths_of_a_day(&[seconds]).unwrap();
    let page = app.get("/statistics").await.text().await.unwrap();
    assert!(page.contains("1 opportunity awarded in the eight quarters."), "{page}");
    assert!(
        page.contains(&format!(">{}.{}</td>", tenths / 10, tenths % 10)),
        "{page}"
    );
}

async fn closing_time_only_moves_later_and_changes_are_told(app: TestApp) {
    let c = cast(&app).await;
    let id = draft(&app, &c, "specialist", "signed_in").await;
    app.post_form_as(&c.dan, &format!("/opportunities/{id}/publish"), &[])
        .await;
    // Signed-in only: visitors are asked to sign in.
    let r = app.get(&format!("/opportunities/{id}")).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(!app
        .get("/opportunities")
        .await
        .text()
        .await
        .unwrap()
        .contains("garden waste renewals"));
    approved_application(&app, &c, id).await;
    app.deliver_mail().await;
    let path = format!("/opportunities/{id}/change");
    let earlier = date(&app, 9);
    let r = app
        .post_form_as(
            &c.dan,
            &path,
            &[
                ("kind", "closing_time"),
                ("closing_date", &earlier),
                ("closing_time", "12:00"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let later = date(&app, 14);
    let r = app
        .post_form_as(
            &c.dan,
            &path,
            &[
                ("kind", "closing_time"),
                ("closing_date", &later),
                ("closing_time", "12:00"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = app
        .post_form_as(
            &c.dan,
            &path,
            &[("kind", "clarification"), ("body", "Interviews can be by phone.")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = app
        .get_as(&c.mei, &format!("/opportunities/{id}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Interviews can be by phone.") && page.contains("Closing time extended"));
    // The change history says from what to what, without "12:00pm".
    let new_time = chrono::NaiveDate::parse_from_str(&later, "%Y-%m-%d")
        .unwrap()
        .format("%-d %B %Y at midday")
        .to_string();
    let history = &page[page.find("Closing time extended").unwrap()..];
    let detail = &history[..history.find("</li>").unwrap()];
    assert!(
        detail.contains("from ") && detail.contains(&format!(" to {new_time}")),
        "{detail}"
    );
    let mail = app.deliver_mail().await;
    assert_eq!(mail.iter().filter(|m| m.recipient == "mei@leeds.gov.uk").count(), 2);
    // Eleven days on it has not closed: the new time is later.
    let (closed, c) = close(&app).await;
    assert_eq!(closed, 0);
    // Withdrawing tells the applicant.
    let r = app
        .post_form_as(&c.dan, &path, &[("kind", "withdraw"), ("reason", "Budget withdrawn")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let mail = app.deliver_mail().await;
    assert!(mail
        .iter()
        .any(|m| m.recipient == "mei@leeds.gov.uk" && m.body_text.contains("Budget withdrawn")));
    assert!(!app
        .get_as(&c.mei, "/opportunities")
        .await
        .text()
        .await
        .unwrap()
        .contains("garden waste renewals"));
}

async fn refusals_and_access(app: TestApp) {
    let c = cast(&app).await;
    let id = draft(&app, &c, "specialist", "public").await;
    // Only Wokingham's buyers write, publish and evaluate.
    for (client, path) in [
        (&c.stranger, format!("/opportunities/{id}/publish")),
        (&c.mei, format!("/opportunities/{id}/publish")),
        (&c.stranger, format!("/opportunities/{id}/edit/about")),
        (&c.stranger, "/councils/WOK/opportunities".to_string()),
    ] {
        let r = app.post_form_as(client, &path, &[("kind", "specialist")]).await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{path}");
    }
    app.post_form_as(&c.dan, &format!("/opportunities/{id}/publish"), &[])
        .await;
    for path in [
        format!("/opportunities/{id}/evaluate"),
        format!("/opportunities/{id}/questions"),
        format!("/opportunities/{id}/change"),
    ] {
        assert_eq!(
            app.get_as(&c.stranger, &path).await.status(),
            StatusCode::FORBIDDEN,
            "{path}"
        );
        assert_eq!(
            app.get_as(&c.mei, &path).await.status(),
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    // Buyers cannot apply to their own council's opportunity; Hal has no listed profile.
    assert_eq!(apply(&app, &c.dan, id, "50").await.status(), StatusCode::FORBIDDEN);
    assert_eq!(apply(&app, &c.stranger, id, "50").await.status(), StatusCode::CONFLICT);
    let r = apply(&app, &c.mei, id, "55").await;
    let application = location(&r)
        .trim_start_matches("/applications/")
        .split('?')
        .next()
        .unwrap()
        .to_string();
    // A manager of another council cannot approve it.
    let r = app
        .post_form_as(&c.stranger, &format!("/applications/{application}/approve"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let anonymous = new_client();
    let r = app.get_as(&anonymous, &format!("/applications/{application}")).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // Closed and unapproved: still hidden from the buyer.
    let (_, c) = close(&app).await;
    assert_eq!(
        app.get_as(&c.dan, &format!("/applications/{application}"))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    let evaluate = app
        .get_as(&c.dan, &format!("/opportunities/{id}/evaluate"))
        .await
        .text()
        .await
        .unwrap();
    assert!(!evaluate.contains("Mei Chen"));
    // Ending without an award needs a reason; then the outcome is public.
    let r = app
        .post_form_as(
            &c.dan,
            &format!("/opportunities/{id}/outcome/cancel"),
            &[("reason", "")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = app
        .post_form_as(
            &c.dan,
            &format!("/opportunities/{id}/outcome/cancel"),
            &[("reason", "Done in house")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(app
        .get(&format!("/opportunities/{id}"))
        .await
        .text()
        .await
        .unwrap()
        .contains("Done in house"));
}

async fn reminded_once_after_28_days(app: TestApp) {
    let c = cast(&app).await;
    let id = draft(&app, &c, "outcome", "public").await;
    app.post_form_as(&c.dan, &format!("/opportunities/{id}/publish"), &[])
        .await;
    close(&app).await;
    let remind = || app::opportunities::remind_overdue(&app.state);
    assert_eq!(remind().await.unwrap(), 0);
    app.clock.advance(chrono::Duration::days(28));
    assert_eq!(remind().await.unwrap(), 1);
    assert_eq!(remind().await.unwrap(), 0);
}

async fn through_the_api(app: TestApp) {
    use crate::cast::{api, token};
    use reqwest::Method;
    use serde_json::json;
    let c = cast(&app).await;
    let public = draft(&app, &c, "specialist", "public").await;
    let hidden = draft(&app, &c, "specialist", "signed_in").await;
    // Drafts are nobody's business outside the council, with or without a token.
    let (status, _) = api(
        &app,
        Method::GET,
        None,
        &format!("/api/v1/opportunities/{public}"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let dan_token = token(&app, &c.dan, &["opportunities:read", "opportunities:write"]).await;
    let (status, body) = api(
        &app,
        Method::GET,
        Some(&dan_token),
        &format!("/api/v1/opportunities/{public}"),
        None,
    )
    .await;
    assert_eq!((status, body["status"].as_str()), (StatusCode::OK, Some("draft")));
    for id in [public, hidden] {
        app.post_form_as(&c.dan, &format!("/opportunities/{id}/publish"), &[])
            .await;
    }
    // The public list: published public ones only; a token adds the signed-in ones.
    let (status, body) = api(&app, Method::GET, None, "/api/v1/opportunities?q=garden", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["total"], 1);
    assert_eq!(body["items"][0]["id"], public);
    let mei_token = token(&app, &c.mei, &["opportunities:read", "opportunities:write"]).await;
    let (_, body) = api(&app, Method::GET, Some(&mei_token), "/api/v1/opportunities", None).await;
    assert_eq!(body["total"], 2);
    assert_eq!(body["total_is_at_least"], false);
    assert!(body.get("next_cursor").is_none(), "one page: no next");
    // A cursor names a place in the list: the page after it (here, beyond every key).
    let newest = body["items"][0]["id"].as_i64().unwrap();
    let (status, rest) = api(
        &app,
        Method::GET,
        Some(&mei_token),
        "/api/v1/opportunities?cursor=9999999999999999999",
        None,
    )
    .await;
    assert_eq!(
        (status, rest["items"][0]["id"].as_i64()),
        (StatusCode::OK, Some(newest))
    );
    let (status, problem) = api(&app, Method::GET, None, "/api/v1/opportunities?cursor=garbage", None).await;
    assert_eq!(
        (status, problem["parameter"].as_str()),
        (StatusCode::BAD_REQUEST, Some("cursor"))
    );
    let (status, _) = api(&app, Method::GET, None, "/api/v1/opportunities?status=draft", None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = api(
        &app,
        Method::GET,
        None,
        &format!("/api/v1/opportunities/{hidden}"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Mei asks and applies; Tom approves; nobody else sees the application.
    let path = format!("/api/v1/opportunities/{public}");
    let (status, _) = api(
        &app,
        Method::POST,
        Some(&mei_token),
        &format!("{path}/questions"),
        Some(json!({ "question": "Is travel paid?" })),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let criteria = opportunities::criteria(app.db(), public).await.unwrap();
    let evidence: Vec<_> = criteria
        .iter()
        .filter(|k| k.essential)
        .map(|k| json!({ "criterion_id": k.id, "evidence": "Did it for Leeds." }))
        .collect();
    let start = date(&app, 21);
    let body = json!({ "evidence": evidence, "rate": "70", "earliest_start": start });
    let (status, problem) = api(
        &app,
        Method::POST,
        Some(&mei_token),
        &format!("{path}/applications"),
        Some(body),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{problem}");
    let body = json!({ "evidence": evidence, "rate": "58.50", "earliest_start": start });
    let (status, application) = api(
        &app,
        Method::POST,
        Some(&mei_token),
        &format!("{path}/applications"),
        Some(body),
    )
    .await;
    assert_eq!(
        (status, application["status"].as_str()),
        (StatusCode::CREATED, Some("submitted"))
    );
    let application_path = format!("/api/v1/applications/{}", application["id"]);
    let hal_token = token(&app, &c.stranger, &["opportunities:read", "opportunities:write"]).await;
    let (status, _) = api(&app, Method::GET, Some(&hal_token), &application_path, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = api(&app, Method::GET, Some(&dan_token), &application_path, None).await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "the buyer waits for approval and closing"
    );
    let tom_token = token(&app, &c.tom, &["opportunities:write", "opportunities:read"]).await;
    let (status, _) = api(
        &app,
        Method::POST,
        Some(&hal_token),
        &format!("{application_path}/approve"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, body) = api(
        &app,
        Method::POST,
        Some(&tom_token),
        &format!("{application_path}/approve"),
        None,
    )
    .await;
    assert_eq!((status, body["status"].as_str()), (StatusCode::OK, Some("approved")));

    // After closing the buyer ranks and awards; the outcome is public.
    let (_, c) = close(&app).await;
    let dan_token = token(&app, &c.dan, &["opportunities:read", "opportunities:write"]).await;
    let (status, ranked) = api(
        &app,
        Method::GET,
        Some(&dan_token),
        &format!("{path}/applications"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(ranked[0]["application"]["rate_pence"], 5850);
    let (status, _) = api(
        &app,
        Method::GET,
        Some(&mei_token),
        &format!("{path}/applications"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let award = json!({ "applications": [application["id"]] });
    let (status, body) = api(
        &app,
        Method::POST,
        Some(&dan_token),
        &format!("{path}/award"),
        Some(award.clone()),
    )
    .await;
    assert_eq!((status, body["status"].as_str()), (StatusCode::OK, Some("awarded")));
    let (status, _) = api(
        &app,
        Method::POST,
        Some(&dan_token),
        &format!("{path}/award"),
        Some(award),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (_, body) = api(&app, Method::GET, None, "/api/v1/opportunities?status=awarded", None).await;
    assert_eq!(body["items"][0]["outcome"][0]["supplier_council"], "Leeds City Council");
    assert_eq!(body["items"][0]["outcome"][0]["value_pence"], 30 * 5850);
    open_data_as_csv(&app, &c, public, hidden).await;
}

/// The list as CSV: the same filters, the outcome on the awarded row, a file at a time
/// with the next one's address in `Link`, and only what the reader may see.
async fn open_data_as_csv(app: &TestApp, c: &Cast, awarded: i64, hidden: i64) {
    let rows_of = |body: &str| -> Vec<Vec<String>> {
        let mut reader = csv::Reader::from_reader(body.as_bytes());
        reader
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect()
    };
    let response = app.get("/opportunities/data.csv?status=awarded").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    assert!(response.headers().get("link").is_none(), "one file holds them all");
    let body = response.text().await.unwrap();
    assert!(
        body.starts_with("id,link,title,buyer,kind,role,service,region,work_mode,hours,"),
        "{body}"
    );
    let rows = rows_of(&body);
    assert_eq!(rows.len(), 1, "{body}");
    let row = &rows[0];
    assert_eq!(row[0], awarded.to_string());
    assert_eq!(row[3], "Wokingham Borough Council");
    assert_eq!(row[13], "awarded");
    assert_eq!(row[14], "1", "one application");
    assert_eq!(row[15], "Leeds City Council");
    assert_eq!(row[16], "1755.00", "30 hours at £58.50");
    assert_eq!(row[18], "1");
    // Without signing in, the opportunity shown to signed-in people only is left out; Mei
    // sees both, one file at a time.
    let all = rows_of(&app.get("/opportunities/data.csv").await.text().await.unwrap());
    assert!(all.iter().all(|r| r[0] != hidden.to_string()));
    let first = app.get_as(&c.mei, "/opportunities/data.csv?rows=1").await;
    let link = first.headers()["link"].to_str().unwrap().to_string();
    let first = rows_of(&first.text().await.unwrap());
    assert_eq!(first.len(), 1);
    let next = link
        .strip_prefix('<')
        .and_then(|l| l.split_once(">; rel=\"next\""))
        .map(|(url, _)| url.to_string())
        .unwrap_or_else(|| panic!("{link}"));
    assert!(next.contains("rows=1") && next.contains("after="), "{next}");
    let path = &next[next.find("/opportunities/").unwrap()..];
    let second = app.get_as(&c.mei, path).await;
    assert!(second.headers().get("link").is_none(), "the last file");
    let second = rows_of(&second.text().await.unwrap());
    let mut ids = vec![first[0][0].clone(), second[0][0].clone()];
    ids.sort();
    let mut expected = vec![awarded.to_string(), hidden.to_string()];
    expected.sort();
    assert_eq!(ids, expected);
    // Values the list refuses are refused here too.
    for bad in [
        "status=draft",
        "rows=0",
        "rows=1001",
        "after=garbage",
        "region=Atlantis",
    ] {
        let response = app.get(&format!("/opportunities/data.csv?{bad}")).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{bad}");
    }
    // The list page links to both forms with its filters.
    let page = app.text_as(&c.mei, "/opportunities?status=awarded&remote=yes").await;
    assert!(page.contains("/opportunities/data.csv?"), "{page}");
    assert!(
        page.contains("/api/v1/opportunities?remote=true&amp;status=awarded"),
        "{page}"
    );
}

async fn a_council_team_for_an_outcome(app: TestApp) {
    let c = cast(&app).await;
    let leeds = store::organisations::find_by_code(app.db(), "LDS")
        .await
        .unwrap()
        .unwrap()
        .id;
    let raj = app
        .person("raj@leeds.gov.uk", "Raj Patel", Some("LDS"), &[Role::Practitioner])
        .await;
    let raj_profile = listed_profile(&app, raj, leeds, 10).await;
    let mei_profile = store::profiles::find_by_user(app.db(), app.person("mei@leeds.gov.uk", "", None, &[]).await)
        .await
        .unwrap()
        .unwrap()
        .id;
    let specialist = draft(&app, &c, "specialist", "public").await;
    let outcome = draft(&app, &c, "outcome", "public").await;
    for id in [specialist, outcome] {
        app.post_form_as(&c.dan, &format!("/opportunities/{id}/publish"), &[])
            .await;
    }
    let mut criteria = opportunities::criteria(app.db(), outcome).await.unwrap();
    criteria.extend(opportunities::criteria(app.db(), specialist).await.unwrap());
    let start = date(&app, 21);
    let team = |id: i64| {
        let mut f: Vec<(String, String)> = criteria
            .iter()
            .filter(|k| k.essential)
            .map(|k| (format!("evidence-{}", k.id), "Our team did this together.".to_string()))
            .collect();
        f.push(("rate".into(), "50".into()));
        f.push(("earliest_start".into(), start.clone()));
        f.push(("offer".into(), "team".into()));
        f.push((format!("hours-{mei_profile}"), "10".into()));
        f.push((format!("hours-{raj_profile}"), "20".into()));
        (id, f)
    };
    // A team applies only for an outcome.
    let (id, fields) = team(specialist);
    let r = post_owned(&app, &c.mei, &format!("/opportunities/{id}/apply"), &fields).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    // The API and the page refuse the same teams: hours that overflow, are not quarter
    // hours or are out of range, a colleague named twice, an id that cannot be a profile.
    let bearer = crate::cast::token(&app, &c.mei, &["opportunities:read", "opportunities:write"]).await;
    let evidence: Vec<serde_json::Value> = criteria
        .iter()
        .filter(|k| k.essential)
        .map(|k| serde_json::json!({ "criterion_id": k.id, "evidence": "Our team did this together." }))
        .collect();
    let path = format!("/api/v1/opportunities/{outcome}/applications");
    for team in [
        serde_json::json!([{ "profile_id": mei_profile, "minutes": 9_000_000_000_000_000_000i64 }]),
        serde_json::json!([{ "profile_id": mei_profile, "minutes": 7 }]),
        serde_json::json!([{ "profile_id": mei_profile, "minutes": -60 }]),
        serde_json::json!([{ "profile_id": mei_profile, "minutes": 60 }, { "profile_id": mei_profile, "minutes": 60 }]),
        serde_json::json!([{ "profile_id": -1, "minutes": 60 }]),
        serde_json::json!([{ "profile_id": 0, "minutes": 60 }]),
    ] {
        let body = serde_json::json!({ "evidence": evidence, "rate": "50", "earliest_start": start, "team": team });
        let (status, problem) = crate::cast::api(&app, reqwest::Method::POST, Some(&bearer), &path, Some(body)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{team}: {problem}");
        assert_eq!(problem["status"], 400, "{team}: {problem}");
    }
    let raw = format!(
        r#"{{"evidence":{},"rate":"50","earliest_start":"{start}","team":[{{"profile_id":{mei_profile},"minutes":9e18}}]}}"#,
        serde_json::Value::from(evidence.clone())
    );
    let r = Client::new()
        .post(app.url(&path))
        .bearer_auth(&bearer)
        .header("content-type", "application/json")
        .body(raw)
        .send()
        .await
        .unwrap();
    // 9e18 is a whole number, far more minutes than anyone may offer.
    assert_eq!(r.status(), StatusCode::BAD_REQUEST, "9e18 minutes is too many");
    let (id, mut fields) = team(outcome);
    fields.retain(|(k, _)| !k.starts_with("hours-"));
    fields.push((format!("hours-{mei_profile}"), "9999".into()));
    let r = post_owned(&app, &c.mei, &format!("/opportunities/{id}/apply"), &fields).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        error_summary(&r.text().await.unwrap()),
        ["Give each colleague from 0.25 to 2,000 hours"]
    );
    assert!(
        applications::list(app.db(), applications::Scope::AllFor(outcome))
            .await
            .unwrap()
            .is_empty(),
        "nothing was stored"
    );

    let (id, fields) = team(outcome);
    let r = post_owned(&app, &c.mei, &format!("/opportunities/{id}/apply"), &fields).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let application: i64 = location(&r)
        .trim_start_matches("/applications/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    app.post_form_as(&c.tom, &format!("/applications/{application}/approve"), &[])
        .await;
    let (_, c) = close(&app).await;
    let chosen = application.to_string();
    let r = app
        .post_form_as(
            &c.dan,
            &format!("/opportunities/{outcome}/outcome/award"),
            &[("chosen", &chosen)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let mut hours: Vec<i64> = Vec::new();
    for m in applications::members(app.db(), application).await.unwrap() {
        let k = contracts::find(app.db(), m.contract_id.unwrap())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(k.rate_pence, 5000);
        hours.push(k.hours_cap_minutes / 60);
    }
    hours.sort();
    assert_eq!(hours, vec![10, 20], "one contract per colleague, with their hours");
}

async fn invited_councils_only(app: TestApp) {
    let c = cast(&app).await;
    let id = draft(&app, &c, "specialist", "public").await;
    let (questions, closing) = (date(&app, 5), date(&app, 10));
    let timing = |invited: &'static str| {
        vec![
            ("questions_deadline", questions.clone()),
            ("closing_date", closing.clone()),
            ("closing_time", "12:00".to_string()),
            ("visibility", "public".to_string()),
            ("audience", "invited".to_string()),
            ("invited", invited.to_string()),
        ]
    };
    let fields = timing("");
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = app
        .post_form_as(&c.dan, &format!("/opportunities/{id}/edit/timing"), &borrowed)
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        error_summary(&r.text().await.unwrap()),
        vec!["Name at least one council to invite"]
    );
    let fields = timing("Nowhere Borough");
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = app
        .post_form_as(&c.dan, &format!("/opportunities/{id}/edit/timing"), &borrowed)
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let fields = timing("hck");
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    save(&app, &c.dan, id, "timing", &borrowed).await;
    // Saved searches that match it: two of Mei's, one of Hal's.
    for (client, q) in [(&c.mei, "garden"), (&c.mei, "interviews"), (&c.stranger, "garden")] {
        let fields = [("name", q), ("q", q), ("frequency", "immediate")];
        app.post_form_as(client, "/opportunities/alerts", &fields).await;
    }
    app.deliver_mail().await;
    app.clock.advance(chrono::Duration::minutes(5));
    app.post_form_as(&c.dan, &format!("/opportunities/{id}/publish"), &[])
        .await;
    let alerts: Vec<String> = app
        .deliver_mail()
        .await
        .into_iter()
        .filter(|m| m.subject.starts_with("New opportunity"))
        .map(|m| m.recipient)
        .collect();
    assert_eq!(
        alerts,
        vec!["hal@hackney.gov.uk"],
        "only people who may apply are alerted"
    );
    // Leeds was not invited: Mei reads it but cannot ask or apply.
    let page = app
        .get_as(&c.mei, &format!("/opportunities/{id}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Only the councils I invite") && !page.contains("Send question"));
    assert_eq!(apply(&app, &c.mei, id, "50").await.status(), StatusCode::FORBIDDEN);
    let r = app
        .post_form_as(
            &c.mei,
            &format!("/opportunities/{id}/questions"),
            &[("question", "May I?")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // Hackney was: Hal may ask.
    let r = app
        .post_form_as(
            &c.stranger,
            &format!("/opportunities/{id}/questions"),
            &[("question", "Is travel paid?")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

async fn saved_searches_alert_at_once_or_daily(app: TestApp) {
    let c = cast(&app).await;
    for (client, name, q, frequency) in [
        (&c.mei, "Garden waste", "garden", "immediate"),
        (&c.mei, "Interviews", "interviews", "immediate"),
        (&c.tom, "Research", "interviews", "daily"),
        (&c.stranger, "Research", "interviews", "daily"),
        (&c.stranger, "Residents", "residents", "daily"),
        (&c.stranger, "Parking", "parking", "immediate"),
    ] {
        let r = app
            .post_form_as(
                client,
                "/opportunities/alerts",
                &[("name", name), ("q", q), ("frequency", frequency)],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
    }
    let r = app
        .post_form_as(
            &c.mei,
            "/opportunities/alerts",
            &[("name", ""), ("frequency", "hourly")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let page = app.get_as(&c.mei, "/opportunities/alerts").await.text().await.unwrap();
    assert!(page.contains("Garden waste"));
    app.deliver_mail().await;
    app.clock.advance(chrono::Duration::minutes(5));
    let id = draft(&app, &c, "specialist", "public").await;
    app.post_form_as(&c.dan, &format!("/opportunities/{id}/publish"), &[])
        .await;
    let mail = app.deliver_mail().await;
    let to: Vec<&str> = mail.iter().map(|m| m.recipient.as_str()).collect();
    assert_eq!(
        to,
        vec!["mei@leeds.gov.uk"],
        "one alert for Mei's two matching searches, none for the others"
    );
    let stop = mail[0].unsubscribe_url.as_deref().unwrap_or_default();
    assert!(
        stop.starts_with(&format!("{}/email/unsubscribe/", app.base)) && mail[0].body_text.contains(stop),
        "an alert names its one-click unsubscribe address in its headers and its body"
    );
    // The daily digest goes the next day, once.
    assert_eq!(app::opportunities::send_daily_digests(&app.state).await.unwrap(), 0);
    app.clock.advance(chrono::Duration::hours(25));
    assert_eq!(app::opportunities::send_daily_digests(&app.state).await.unwrap(), 1);
    assert_eq!(app::opportunities::send_daily_digests(&app.state).await.unwrap(), 0);
    // Hal may apply and two of his daily searches match: one digest lists it. Tom is a
    // manager, not a practitioner: he may not apply, so he is not told.
    let mail = app.deliver_mail().await;
    assert_eq!(mail.len(), 1);
    assert_eq!(mail[0].recipient, "hal@hackney.gov.uk");
    assert!(mail[0].body_text.contains("User researcher for garden waste renewals"));
    assert!(
        mail[0].unsubscribe_url.is_some(),
        "a digest of alerts can be stopped in one click"
    );
}

/// Every opportunity route, as someone from another council (Hal holds every role in
/// Hackney) and as someone of the right council without the role: refused, and nothing
/// changes.
async fn every_route_refuses_strangers_and_the_roleless(app: TestApp) {
    let c = cast(&app).await;
    let draft_id = draft(&app, &c, "specialist", "public").await;
    let id = draft(&app, &c, "specialist", "public").await;
    app.post_form_as(&c.dan, &format!("/opportunities/{id}/publish"), &[])
        .await;
    app.post_form_as(
        &c.mei,
        &format!("/opportunities/{id}/questions"),
        &[("question", "Travel?")],
    )
    .await;
    let question = opportunities::questions(app.db(), id, false).await.unwrap()[0].id;
    let application = approved_application(&app, &c, id).await;
    app.post_form_as(
        &c.mei,
        "/opportunities/alerts",
        &[("name", "All"), ("frequency", "daily")],
    )
    .await;
    let (_, c) = close(&app).await;
    let answer_field = format!("answer-{question}");
    // Mei is a Leeds practitioner, not a Wokingham buyer; Hal is in another council.
    for client in [&c.stranger, &c.mei] {
        for path in [
            format!("/opportunities/{id}/edit"),
            format!("/opportunities/{id}/edit/about"),
            format!("/opportunities/{id}/change"),
            format!("/opportunities/{id}/questions"),
            format!("/opportunities/{id}/recommendations"),
            format!("/opportunities/{id}/evaluate"),
            format!("/applications/{application}/score"),
            "/councils/WOK/opportunities".to_string(),
        ] {
            assert_eq!(
                app.get_as(client, &path).await.status(),
                StatusCode::FORBIDDEN,
                "GET {path}"
            );
        }
        for (path, fields) in [
            (format!("/opportunities/{id}/publish"), vec![]),
            (format!("/opportunities/{id}/copy"), vec![]),
            (format!("/opportunities/{id}/edit/about"), vec![("title", "Taken over")]),
            (
                format!("/opportunities/{id}/change"),
                vec![("kind", "clarification"), ("body", "Mine now")],
            ),
            (
                format!("/opportunities/{id}/questions/{question}/answer"),
                vec![(answer_field.as_str(), "No")],
            ),
            (format!("/opportunities/{id}/recommendations"), vec![("profile", "1")]),
            (format!("/opportunities/{id}/outcome/award"), vec![("chosen", "1")]),
            (
                format!("/opportunities/{id}/outcome/cancel"),
                vec![("reason", "Because")],
            ),
            (format!("/applications/{application}/score"), vec![("cultural", "0")]),
            ("/councils/WOK/opportunities".to_string(), vec![("kind", "outcome")]),
        ] {
            let r = app.post_form_as(client, &path, &fields).await;
            assert_eq!(r.status(), StatusCode::FORBIDDEN, "POST {path}");
        }
        for path in [
            format!("/opportunities/{draft_id}"),
            format!("/opportunities/{draft_id}/edit"),
        ] {
            let status = app.get_as(client, &path).await.status();
            assert!(
                matches!(status, StatusCode::NOT_FOUND | StatusCode::FORBIDDEN),
                "{path}"
            );
        }
    }
    // The application: not Hal's to read; not Tom's or Dan's to withdraw; not Dan's to approve.
    let path = format!("/applications/{application}");
    assert_eq!(app.get_as(&c.stranger, &path).await.status(), StatusCode::FORBIDDEN);
    let r = app.post_form_as(&c.tom, &format!("{path}/withdraw"), &[]).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = app
        .post_form_as(&c.dan, &format!("{path}/decline"), &[("reason", "No")])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // Someone else's saved search cannot be changed or deleted.
    let search = saved_searches_of(&app, "mei@leeds.gov.uk").await;
    let r = app
        .post_form_as(
            &c.stranger,
            &format!("/opportunities/alerts/{search}"),
            &[("frequency", "delete")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // Nothing changed.
    let o = opportunities::find(app.db(), id).await.unwrap().unwrap();
    assert_eq!(
        (o.status.as_str(), o.summary.as_deref()),
        (
            "closed",
            Some("Interview residents about renewing garden waste collections online.")
        )
    );
    assert!(opportunities::changes(app.db(), id).await.unwrap().is_empty());
    assert!(opportunities::questions(app.db(), id, true).await.unwrap().is_empty());
    let a = applications::find(app.db(), application).await.unwrap().unwrap();
    assert_eq!((a.status.as_str(), a.cultural_score), ("approved", None));
    assert_eq!(opportunities::count(app.db()).await.unwrap(), 2);
    assert_eq!(saved_searches_of(&app, "mei@leeds.gov.uk").await, search);
}

/// The buyer sees who could do the work, and why, and invites them to apply: the
/// practitioner and their manager are told, once however often the buyer asks.
async fn recommends_practitioners_and_invites_them(app: TestApp) {
    let c = cast(&app).await;
    let id = draft(&app, &c, "specialist", "public").await;
    let path = format!("/opportunities/{id}/recommendations");
    let r = app.get_as(&c.dan, &path).await;
    assert_eq!(r.status(), StatusCode::OK);
    let body = r.text().await.unwrap();
    assert!(!body.contains("Mei Chen"), "her rate, £65, is above the £60 maximum");
    assert!(body.contains("Nobody in other councils matches this opportunity yet"));
    let mei = store::users::find_by_email(app.db(), "mei@leeds.gov.uk")
        .await
        .unwrap()
        .unwrap();
    let profile = store::profiles::find_by_user(app.db(), mei.id)
        .await
        .unwrap()
        .unwrap()
        .id;
    let mut tx = app.db().begin().await.unwrap();
    store::profiles::set_manager_fields(&mut tx, profile, Some(5500), None, app.clock.now())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let r = app.get_as(&c.dan, &path).await;
    let body = r.text().await.unwrap();
    for why in [
        "Mei Chen",
        "Has worked on this service at",
        "Senior user researcher",
        "free hours a week in the period",
        "Rate within your maximum",
        "Can work the way this work is done",
    ] {
        assert!(body.contains(why), "{why}");
    }
    let profile = profile.to_string();
    app.deliver_mail().await;
    for _ in 0..2 {
        let r = app.post_form_as(&c.dan, &path, &[("profile", &profile)]).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        assert_eq!(location(&r), format!("{path}?done=invited"));
    }
    let invited = store::recommendations::invitations(app.db(), id).await.unwrap();
    assert_eq!(invited.len(), 1, "one invitation however often");
    assert_eq!(
        (invited[0].display_name.as_str(), invited[0].applied),
        ("Mei Chen", false)
    );
    let mail = app.deliver_mail().await;
    let to = |who: &str| mail.iter().filter(|m| m.recipient == who).collect::<Vec<_>>();
    assert_eq!(to("mei@leeds.gov.uk").len(), 1);
    assert!(to("mei@leeds.gov.uk")[0]
        .subject
        .contains("invites you to apply for User researcher for garden waste renewals"));
    assert_eq!(to("tom@leeds.gov.uk").len(), 1, "her manager is told");
    let page = app.text_as(&c.dan, &path).await;
    assert!(page.contains("Invited to apply"));
    // Once it is open, it shows on Mei's work page as fitting her, and why.
    let before = app.text_as(&c.mei, "/work").await;
    assert!(
        !before.contains("User researcher for garden waste renewals"),
        "a draft fits nobody"
    );
    let r = app
        .post_form_as(&c.dan, &format!("/opportunities/{id}/publish"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let work = app.text_as(&c.mei, "/work").await;
    for why in [
        "Opportunities that fit you",
        "User researcher for garden waste renewals",
        "You have worked on this service",
        "Your rate is within its maximum",
    ] {
        assert!(work.contains(why), "{why}");
    }
    // Nobody of the buyer's own council, and no unknown profile, is invited.
    for wrong in ["999999", "not a number"] {
        let r = app.post_form_as(&c.dan, &path, &[("profile", wrong)]).await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{wrong}");
    }
}

/// Recommendations, invitations, fits and people like a profile through the API: the
/// same as the pages show, to those the pages show them to.
/// Mei's rate brought to £55, within the drafts' £60 maximum; returns her profile id.
pub(crate) async fn mei_within_the_maximum(app: &TestApp) -> i64 {
    let mei = app.person("mei@leeds.gov.uk", "", None, &[]).await;
    let profile = store::profiles::find_by_user(app.db(), mei).await.unwrap().unwrap().id;
    let mut tx = app.db().begin().await.unwrap();
    store::profiles::set_manager_fields(&mut tx, profile, Some(5500), None, app.clock.now())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    profile
}

async fn recommendations_through_the_api(app: TestApp) {
    use crate::cast::{api, token};
    use reqwest::Method;
    use serde_json::json;
    let c = cast(&app).await;
    let id = draft(&app, &c, "specialist", "public").await;
    let profile = mei_within_the_maximum(&app).await;
    let path = format!("/api/v1/opportunities/{id}/recommendations");
    let dan_token = token(&app, &c.dan, &["opportunities:read", "opportunities:write"]).await;
    let (status, body) = api(&app, Method::GET, Some(&dan_token), &path, None).await;
    assert_eq!(status, StatusCode::OK);
    let first = &body["items"][0];
    assert_eq!(
        (first["profile_id"].as_i64(), first["name"].as_str()),
        (Some(profile), Some("Mei Chen"))
    );
    assert!(first["score"].as_i64().unwrap() > 0);
    let reasons: Vec<&str> = first["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r.as_str())
        .collect();
    assert!(
        reasons.iter().any(|r| r.starts_with("Has worked on this service at")),
        "{reasons:?}"
    );
    assert!(reasons.contains(&"Rate within your maximum"), "{reasons:?}");
    assert_eq!(first["invited"], false);
    // Invited once: 201, then 200 and nothing more is sent.
    let invitations = format!("/api/v1/opportunities/{id}/invitations");
    app.deliver_mail().await;
    for expected in [StatusCode::CREATED, StatusCode::OK] {
        let (status, body) = api(
            &app,
            Method::POST,
            Some(&dan_token),
            &invitations,
            Some(json!({ "profile_id": profile })),
        )
        .await;
        assert_eq!(status, expected);
        assert_eq!(body["invitations"][0]["name"], "Mei Chen");
        assert_eq!(body["items"][0]["invited"], true);
    }
    let mail = app.deliver_mail().await;
    assert_eq!(mail.iter().filter(|m| m.recipient == "mei@leeds.gov.uk").count(), 1);
    // Nobody unknown is invited; a body that is not an invitation is refused.
    let (status, _) = api(
        &app,
        Method::POST,
        Some(&dan_token),
        &invitations,
        Some(json!({ "profile_id": 999999 })),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = api(
        &app,
        Method::POST,
        Some(&dan_token),
        &invitations,
        Some(json!({ "profile": "x" })),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    // Refused: another council's buyer, the practitioner, and a token without the scope.
    let hal_token = token(
        &app,
        &c.stranger,
        &["opportunities:read", "opportunities:write", "profiles:read"],
    )
    .await;
    let mei_token = token(
        &app,
        &c.mei,
        &["opportunities:read", "opportunities:write", "profiles:read"],
    )
    .await;
    for t in [&hal_token, &mei_token] {
        let (status, _) = api(&app, Method::GET, Some(t), &path, None).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, _) = api(
            &app,
            Method::POST,
            Some(t),
            &invitations,
            Some(json!({ "profile_id": profile })),
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
    let narrow = token(&app, &c.dan, &["profiles:read"]).await;
    let (status, problem) = api(&app, Method::GET, Some(&narrow), &path, None).await;
    assert_eq!(
        (
            status,
            problem["type"].as_str().map(|t| t.ends_with("insufficient-scope"))
        ),
        (StatusCode::FORBIDDEN, Some(true))
    );
    let (status, _) = api(&app, Method::GET, None, &path, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // Published, it fits Mei, and she reads why.
    app.post_form_as(&c.dan, &format!("/opportunities/{id}/publish"), &[])
        .await;
    let (status, fits) = api(
        &app,
        Method::GET,
        Some(&mei_token),
        "/api/v1/profile/opportunities",
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(fits[0]["opportunity_id"].as_i64(), Some(id));
    assert!(fits[0]["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r == "You have worked on this service"));
    let (status, _) = api(
        &app,
        Method::GET,
        Some(&dan_token),
        "/api/v1/profile/opportunities",
        None,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "the token has no profiles:read");
    // People like Mei: Hal of Hackney has worked on the same service.
    let hal = app.person("hal@hackney.gov.uk", "", None, &[]).await;
    let hackney = store::organisations::find_by_code(app.db(), "HCK")
        .await
        .unwrap()
        .unwrap()
        .id;
    let hal_profile = listed_profile(&app, hal, hackney, 10).await;
    let dan_reader = token(&app, &c.dan, &["profiles:read"]).await;
    let (status, alike) = api(
        &app,
        Method::GET,
        Some(&dan_reader),
        &format!("/api/v1/profiles/{profile}/alike"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(alike[0]["profile_id"].as_i64(), Some(hal_profile));
    assert_eq!(alike[0]["council"].as_str().map(|c| c.contains("Hackney")), Some(true));
    assert_eq!(alike[0]["services"].as_array().map(Vec::len), Some(1));
    let page = app.text_as(&c.dan, &format!("/pool/{profile}")).await;
    assert!(page.contains("People like this"));
    assert!(page.contains(&format!("href=\"/pool/{hal_profile}\"")));
    // Hal does not see himself offered, his own council being left out.
    let (_, alike) = api(
        &app,
        Method::GET,
        Some(&hal_token),
        &format!("/api/v1/profiles/{profile}/alike"),
        None,
    )
    .await;
    assert_eq!(alike, json!([]));
    let (status, _) = api(
        &app,
        Method::GET,
        Some(&dan_reader),
        "/api/v1/profiles/999999/alike",
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// The level of the role a buyer asks for: a band, shown on the opportunity and in the
/// API, refused when not a band or without a role, and weighed in recommendations.
async fn the_level_asked_for_shapes_recommendations(app: TestApp) {
    use crate::cast::{api, token};
    let c = cast(&app).await;
    let id = draft(&app, &c, "specialist", "public").await;
    let profile = mei_within_the_maximum(&app).await;
    let her_band = store::profiles::roles(app.db(), profile).await.unwrap()[0].band;
    let o = opportunities::find(app.db(), id).await.unwrap().unwrap();
    let role = o.role_id.unwrap().to_string();
    let section = format!("/opportunities/{id}/edit/role-and-service");
    for (band, error) in [
        ("9", "Choose a level from the list"),
        ("senior", "Choose a level from the list"),
    ] {
        let r = app
            .post_form_as(&c.dan, &section, &[("role_id", &role), ("band", band)])
            .await;
        assert_eq!(r.status(), StatusCode::BAD_REQUEST, "{band}");
        assert_eq!(error_summary(&r.text().await.unwrap()), vec![error.to_string()]);
    }
    let recommendations = format!("/opportunities/{id}/recommendations");
    for (band, shown) in [
        (her_band, "At the level asked for"),
        (her_band - 1, "One level from the one asked for"),
    ] {
        save(
            &app,
            &c.dan,
            id,
            "role-and-service",
            &[("role_id", &role), ("band", &band.to_string())],
        )
        .await;
        let body = app.text_as(&c.dan, &recommendations).await;
        assert!(body.contains("Mei Chen") && body.contains(shown), "band {band}");
    }
    save(
        &app,
        &c.dan,
        id,
        "role-and-service",
        &[("role_id", &role), ("band", "1")],
    )
    .await;
    let body = app.text_as(&c.dan, &recommendations).await;
    assert!(body.contains("Mei Chen") && !body.contains("level asked for") && !body.contains("One level from"));
    let page = app.text_as(&c.dan, &section).await;
    assert!(page.contains("Level of the role") && page.contains(r#"<option value="1" selected>"#));
    let dan_token = token(&app, &c.dan, &["opportunities:read"]).await;
    let (status, body) = api(
        &app,
        reqwest::Method::GET,
        Some(&dan_token),
        &format!("/api/v1/opportunities/{id}"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["band"], 1);
    // A level without a role is refused.
    let r = app
        .post_form_as(&c.dan, &section, &[("role_id", ""), ("band", "4")])
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
}

async fn saved_searches_of(app: &TestApp, email: &str) -> i64 {
    let user = store::users::find_by_email(app.db(), email).await.unwrap().unwrap();
    store::saved_searches::of_user(app.db(), user.id).await.unwrap()[0].id
}

on_both!(
    every_route_refuses_strangers_and_the_roleless,
    a_council_team_for_an_outcome,
    invited_councils_only,
    saved_searches_alert_at_once_or_daily,
    through_the_api,
    whole_lifecycle,
    one_award_stands,
    closing_time_only_moves_later_and_changes_are_told,
    refusals_and_access,
    reminded_once_after_28_days,
    recommends_practitioners_and_invites_them,
    recommendations_through_the_api,
    the_level_asked_for_shapes_recommendations
);
