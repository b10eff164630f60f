//! "Bring a problem" over HTTP (issue 18): a problem to everyone and one to a group; replies
//! offering advice and a practitioner, the poster told; put on a meeting's "Bring a
//! problem" item; marked solved; turned by a buyer into a draft opportunity in one step,
//! linked both ways. A group's problems stay with its members.

use crate::harness::{error_summary, location, TestApp};
use crate::on_both;
use crate::south_group::{self, SLUG};
use domain::roles::Role;
use reqwest::StatusCode;
use store::problems;

fn problem_form<'a>(audience: &'a str, title: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("audience", audience),
        ("title", title),
        (
            "description",
            "When a resident reports a missed bin, they hear nothing until the crew returns.",
        ),
        ("service_words", "household waste collection"),
        ("service", "524"),
        ("tried", "An email receipt; calls did not fall."),
        ("links", "https://example.gov.uk/report-a-missed-bin"),
    ]
}

fn id_from(location: &str) -> i64 {
    location
        .trim_start_matches("/problems/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

async fn problems_are_posted_answered_solved_and_turned_into_opportunities(app: TestApp) {
    south_group::create(&app).await;
    // Bea, a Leeds buyer, joins the group; Mei posts; Hal at Hackney is outside it.
    app.person("mei@leeds.gov.uk", "Mei", Some("LDS"), &[Role::Practitioner])
        .await;
    app.person("bea@leeds.gov.uk", "Bea", Some("LDS"), &[Role::Buyer]).await;
    app.person("pip@hackney.gov.uk", "Pip", Some("HCK"), &[Role::Practitioner])
        .await;
    for email in ["mei@leeds.gov.uk", "bea@leeds.gov.uk"] {
        south_group::join(&app, email).await;
    }
    let mei = app.signed_in("mei@leeds.gov.uk").await;
    let bea = app.signed_in("bea@leeds.gov.uk").await;
    let hal = app.signed_in("hal@hackney.gov.uk").await;
    let pip = app.signed_in("pip@hackney.gov.uk").await;

    // Mistakes, all at once.
    let r = app
        .post_form_as(
            &mei,
            "/problems/new",
            &[("title", ""), ("description", ""), ("links", "intranet")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(error_summary(&r.text().await.unwrap()).len(), 3);
    // To the group (Mei joined), and to everyone.
    let r = app
        .post_form_as(&mei, "/problems/new", &problem_form(SLUG, "Tracking missed bins"))
        .await;
    let in_group = id_from(&location(&r));
    let r = app
        .post_form_as(&mei, "/problems/new", &problem_form("everyone", "Booking bulky waste"))
        .await;
    let public = id_from(&location(&r));
    let p = problems::find(app.db(), in_group).await.unwrap().unwrap();
    assert_eq!(p.service.as_deref(), Some("Household waste collection"));
    // Hal cannot post to a group he has not joined.
    let r = app
        .post_form_as(&hal, "/problems/new", &problem_form(SLUG, "Hackney's"))
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    // The group's problem stays with its members; the public one is for everyone signed in.
    assert_eq!(
        app.get_as(&hal, &format!("/problems/{in_group}")).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get_as(&hal, &format!("/groups/{SLUG}/problems")).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get_as(&hal, &format!("/problems/{public}")).await.status(),
        StatusCode::OK
    );
    let listed = app.text_as(&hal, "/problems").await;
    assert!(listed.contains("Booking bulky waste") && !listed.contains("Tracking missed bins"));
    let group_list = app.text_as(&bea, &format!("/groups/{SLUG}/problems")).await;
    assert!(group_list.contains("Tracking missed bins"));
    for path in [
        "/problems".to_string(),
        format!("/problems/{public}"),
        "/problems/new".to_string(),
    ] {
        assert!(location(&app.get(&path).await).starts_with("/sign-in"), "{path}");
    }
    let r = app
        .post_form_as(
            &hal,
            &format!("/problems/{in_group}/replies"),
            &[("kind", "advice"), ("body", "Hello")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    // Hackney replies to the public one, offering advice; a practitioner must be one of its own listed.
    let r = app
        .post_form_as(
            &hal,
            &format!("/problems/{public}/replies"),
            &[("kind", "advice"), ("body", "Text a link to track it.")],
        )
        .await;
    assert_eq!(location(&r), format!("/problems/{public}?done=replied"));
    let r = app
        .post_form_as(
            &pip,
            &format!("/problems/{public}/replies"),
            &[
                ("kind", "practitioner"),
                ("body", "Try our designer"),
                ("profile", "999999"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let mail = store::outbox::recent(app.db(), 3).await.unwrap();
    assert!(mail
        .iter()
        .any(|m| m.recipient == "mei@leeds.gov.uk" && m.subject.contains("Someone offered help")));
    let page = app.text_as(&mei, &format!("/problems/{public}")).await;
    assert!(page.contains("Text a link to track it.") && page.contains("London Borough of Hackney"));

    // Only the poster marks it solved.
    let r = app.post_form_as(&hal, &format!("/problems/{public}/solve"), &[]).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = app.post_form_as(&mei, &format!("/problems/{public}/solve"), &[]).await;
    assert_eq!(location(&r), format!("/problems/{public}?done=solved"));
    let r = app.post_form_as(&mei, &format!("/problems/{public}/solve"), &[]).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);

    // Mei brings the group's problem to a meeting's "Bring a problem" item.
    let meeting = south_group::schedule(&app, "Bring a problem day", ("18", "3"), "30").await;
    let ruth = app.signed_in("ruth@leeds.gov.uk").await;
    let r = app
        .post_form_as(
            &ruth,
            &format!("/meetings/{meeting}/agenda/new"),
            &[
                ("kind", "bring_a_problem"),
                ("title", "Bring a problem"),
                ("minutes", "45"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let item = store::meetings::agenda(app.db(), meeting).await.unwrap()[0]
        .id
        .to_string();
    let r = app
        .post_form_as(&hal, &format!("/problems/{in_group}/agenda"), &[("item", &item)])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = app
        .post_form_as(&mei, &format!("/problems/{in_group}/agenda"), &[("item", "999999")])
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = app
        .post_form_as(&mei, &format!("/problems/{in_group}/agenda"), &[("item", &item)])
        .await;
    assert_eq!(location(&r), format!("/problems/{in_group}?done=agenda"));
    let agenda = app.text_as(&bea, &format!("/meetings/{meeting}")).await;
    assert!(agenda.contains(&format!("/problems/{in_group}")) && agenda.contains("Tracking missed bins"));

    // Mei is no buyer: Bea, a buyer of Leeds, turns it into a draft opportunity.
    let to = format!("/problems/{in_group}/opportunity");
    assert_eq!(app.post_form_as(&mei, &to, &[]).await.status(), StatusCode::FORBIDDEN);
    let r = app.post_form_as(&bea, &to, &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let draft: i64 = location(&r)
        .trim_start_matches("/opportunities/")
        .trim_end_matches("/edit")
        .parse()
        .unwrap();
    let o = store::opportunities::find(app.db(), draft).await.unwrap().unwrap();
    assert_eq!(o.title.as_deref(), Some("Tracking missed bins"));
    assert_eq!(o.lgsl_id, Some(524));
    let p = problems::find(app.db(), in_group).await.unwrap().unwrap();
    assert_eq!((p.status.as_str(), p.opportunity_id), ("opportunity", Some(draft)));
    let tasks = app.text_as(&bea, &format!("/opportunities/{draft}/edit")).await;
    assert!(tasks.contains(&format!("/problems/{in_group}")), "the draft links back");
    assert!(app
        .text_as(&mei, &format!("/problems/{in_group}"))
        .await
        .contains(&format!("/opportunities/{draft}")));
    assert_eq!(app.post_form_as(&bea, &to, &[]).await.status(), StatusCode::CONFLICT);
    assert_eq!(
        app.get_as(&mei, "/problems/999999").await.status(),
        StatusCode::NOT_FOUND
    );
}

on_both!(problems_are_posted_answered_solved_and_turned_into_opportunities);
