//! Peer groups over HTTP (issue 18): a platform admin creates a group with its first lead;
//! the lead invites a council, whose admin accepts; its people join, lead and leave; the
//! webhook stays secret; and nobody acts without the standing or the role.

use crate::harness::{error_summary, location, TestApp};
use crate::on_both;
use domain::roles::Role;
use reqwest::StatusCode;
use store::peer_groups as groups;

const SLUG: &str = "south-digital-peer-group";
const SECRET: &str = "https://hooks.slack.com/services/T0001/B0001/secretWXYZ";

async fn people(app: &TestApp) {
    app.onboard("LDS", "leeds.gov.uk").await;
    app.onboard("WOK", "wokingham.gov.uk").await;
    app.onboard("HCK", "hackney.gov.uk").await;
    app.person("operator@microcontracts.test", "Operator", None, &[]).await;
    app.person("ruth@leeds.gov.uk", "Ruth", Some("LDS"), &[Role::CouncilAdmin])
        .await;
    app.person("mei@leeds.gov.uk", "Mei", Some("LDS"), &[Role::Practitioner])
        .await;
    app.person("wes@wokingham.gov.uk", "Wes", Some("WOK"), &[Role::CouncilAdmin])
        .await;
    app.person("pia@wokingham.gov.uk", "Pia", Some("WOK"), &[Role::Practitioner])
        .await;
    app.person("hal@hackney.gov.uk", "Hal", Some("HCK"), &[Role::CouncilAdmin])
        .await;
}

fn group_form<'a>(name: &'a str, webhook: &'a str, lead: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        ("region", "South East and South West"),
        (
            "description",
            "Council digital teams in the south.\nWe meet every quarter.",
        ),
        ("chat_link", "https://ukgovernmentdigital.slack.com/archives/C0SOUTH"),
        ("webhook_url", webhook),
        ("lead_email", lead),
    ]
}

async fn a_group_is_created_councils_are_invited_and_people_join(app: TestApp) {
    people(&app).await;
    let operator = app.signed_in("operator@microcontracts.test").await;
    assert_eq!(app.get_as(&operator, "/groups/new").await.status(), StatusCode::OK);

    // Every mistake at once; nothing saved.
    let r = app
        .post_form_as(
            &operator,
            "/groups/new",
            &group_form("", "http://hooks.example.org/x", "nobody@nowhere.gov.uk"),
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let page = r.text().await.unwrap();
    assert_eq!(error_summary(&page).len(), 3, "{:?}", error_summary(&page));
    assert!(!page.contains("hooks.example.org"), "a typed webhook is not drawn back");

    let r = app
        .post_form_as(
            &operator,
            "/groups/new",
            &group_form("South Digital Peer Group", SECRET, "Ruth@Leeds.gov.uk"),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), format!("/groups/{SLUG}?done=created"));
    let again = app
        .post_form_as(
            &operator,
            "/groups/new",
            &group_form("South Digital Peer Group", "", "ruth@leeds.gov.uk"),
        )
        .await;
    assert_eq!(again.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        error_summary(&again.text().await.unwrap()),
        ["There is already a group with that name"]
    );
    // The secret is in no audit entry, and the first lead is told.
    let events = store::audit::list(app.db(), None, None, 20).await.unwrap();
    assert!(events.iter().any(|e| e.action == "peer-group-created"));
    assert!(events
        .iter()
        .all(|e| !e.after_json.as_deref().unwrap_or("").contains("hooks.slack.com")));
    let mail = store::outbox::recent(app.db(), 5).await.unwrap();
    assert!(mail.iter().any(
        |m| m.recipient == "ruth@leeds.gov.uk" && m.subject.contains("You are a lead of South Digital Peer Group")
    ));

    // Anyone reads the list and the public page: the member councils, not the chat link.
    let list = app.get("/groups").await;
    assert_eq!(list.status(), StatusCode::OK);
    assert!(list.text().await.unwrap().contains("South Digital Peer Group"));
    let public = app.get(&format!("/groups/{SLUG}")).await.text().await.unwrap();
    assert!(public.contains("Leeds City Council") && public.contains("We meet every quarter."));
    assert!(!public.contains("C0SOUTH") && !public.contains("hooks.slack.com") && !public.contains("Ruth"));

    // The lead sees the webhook masked; nobody else keeps the group.
    let ruth = app.signed_in("ruth@leeds.gov.uk").await;
    let edit = app.text_as(&ruth, &format!("/groups/{SLUG}/edit")).await;
    assert!(edit.contains("hooks.slack.com") && edit.contains("…WXYZ"));
    assert!(!edit.contains("secretWXYZ") && !edit.contains("T0001"));
    let mei = app.signed_in("mei@leeds.gov.uk").await;
    let wes = app.signed_in("wes@wokingham.gov.uk").await;
    let pia = app.signed_in("pia@wokingham.gov.uk").await;
    let hal = app.signed_in("hal@hackney.gov.uk").await;
    for client in [&mei, &wes, &hal] {
        let edit_path = format!("/groups/{SLUG}/edit");
        assert_eq!(app.get_as(client, &edit_path).await.status(), StatusCode::FORBIDDEN);
        let posted = app
            .post_form_as(client, &edit_path, &group_form("Taken over", "", ""))
            .await;
        assert_eq!(posted.status(), StatusCode::FORBIDDEN);
        let invite = app
            .post_form_as(client, &format!("/groups/{SLUG}/councils"), &[("council", "HCK")])
            .await;
        assert_eq!(invite.status(), StatusCode::FORBIDDEN);
    }
    for path in ["/groups/new"] {
        assert_eq!(app.get_as(&ruth, path).await.status(), StatusCode::FORBIDDEN);
    }
    assert_eq!(
        app.post_form_as(&ruth, "/groups/new", &group_form("Mine", "", "ruth@leeds.gov.uk"))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );

    // The lead invites Wokingham; its admin is told and accepts.
    let invite = format!("/groups/{SLUG}/councils");
    let r = app.post_form_as(&ruth, &invite, &[("council", "WOK")]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = app.post_form_as(&ruth, &invite, &[("council", "WOK")]).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let r = app.post_form_as(&ruth, &invite, &[("council", "")]).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let mail = store::outbox::recent(app.db(), 5).await.unwrap();
    assert!(mail
        .iter()
        .any(|m| m.recipient == "wes@wokingham.gov.uk" && m.subject.contains("has invited Wokingham")));
    let answer = format!("/groups/{SLUG}/councils/WOK/answer");
    // Wokingham's people cannot join before it accepts, nor its practitioner accept.
    let r = app.post_form_as(&pia, &format!("/groups/{SLUG}/join"), &[]).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = app.post_form_as(&pia, &answer, &[("answer", "accept")]).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // Another council's admin cannot answer for Wokingham, nor for an invitation never sent.
    let r = app.post_form_as(&hal, &answer, &[("answer", "accept")]).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = app
        .post_form_as(
            &hal,
            &format!("/groups/{SLUG}/councils/HCK/answer"),
            &[("answer", "accept")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let r = app.post_form_as(&wes, &answer, &[("answer", "perhaps")]).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let page = app.text_as(&wes, &format!("/groups/{SLUG}")).await;
    assert!(page.contains("has invited Wokingham Borough Council to join"));
    let r = app.post_form_as(&wes, &answer, &[("answer", "accept")]).await;
    assert_eq!(location(&r), format!("/groups/{SLUG}?done=accepted"));
    let mail = store::outbox::recent(app.db(), 5).await.unwrap();
    assert!(mail
        .iter()
        .any(|m| m.recipient == "ruth@leeds.gov.uk" && m.subject.contains("accepted the invitation")));

    // Pia joins; the members' page is for the people who joined.
    let join = format!("/groups/{SLUG}/join");
    let r = app.post_form_as(&pia, &join, &[]).await;
    assert_eq!(location(&r), format!("/groups/{SLUG}?done=joined"));
    assert_eq!(app.post_form_as(&pia, &join, &[]).await.status(), StatusCode::CONFLICT);
    let r = app.post_form_as(&hal, &join, &[("council", "HCK")]).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN, "Hackney is not a member");
    let members = format!("/groups/{SLUG}/members");
    let page = app.text_as(&pia, &members).await;
    assert!(page.contains("Ruth") && page.contains("Pia") && page.contains("C0SOUTH"));
    assert!(!page.contains("Make a lead"), "only leads appoint leads");
    for client in [&mei, &hal] {
        assert_eq!(app.get_as(client, &members).await.status(), StatusCode::FORBIDDEN);
    }
    assert!(location(&app.get(&members).await).starts_with("/sign-in"));
    assert_eq!(app.get_as(&operator, &members).await.status(), StatusCode::OK);

    // The lead makes Pia a lead too; then she keeps the group.
    let pia_id = store::users::find_by_email(app.db(), "pia@wokingham.gov.uk")
        .await
        .unwrap()
        .unwrap()
        .id;
    let lead = format!("/groups/{SLUG}/leads/{pia_id}");
    let r = app.post_form_as(&mei, &lead, &[("lead", "yes")]).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = app.post_form_as(&ruth, &lead, &[("lead", "maybe")]).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = app.post_form_as(&ruth, &lead, &[("lead", "yes")]).await;
    assert_eq!(location(&r), format!("/groups/{SLUG}/members?done=lead"));
    assert_eq!(
        app.get_as(&pia, &format!("/groups/{SLUG}/edit")).await.status(),
        StatusCode::OK
    );
    let r = app
        .post_form_as(&ruth, &format!("/groups/{SLUG}/leads/999999"), &[("lead", "yes")])
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    // A webhook that would travel in clear is refused; removing it clears it.
    let edit_path = format!("/groups/{SLUG}/edit");
    let mut form = group_form("South Digital Peer Group", "http://hooks.example.org/x", "");
    let r = app.post_form_as(&pia, &edit_path, &form).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    form[4] = ("webhook_url", "");
    form.push(("remove_webhook", "yes"));
    let r = app.post_form_as(&pia, &edit_path, &form).await;
    assert_eq!(location(&r), format!("/groups/{SLUG}?done=changed"));
    let group = groups::by_slug(app.db(), SLUG).await.unwrap().unwrap();
    assert_eq!(groups::webhook_url(app.db(), group.id).await.unwrap(), None);

    // Pia leaves; then Wokingham's admin takes the council out.
    let r = app.post_form_as(&pia, &format!("/groups/{SLUG}/leave"), &[]).await;
    assert_eq!(location(&r), format!("/groups/{SLUG}?done=left"));
    assert_eq!(app.get_as(&pia, &members).await.status(), StatusCode::FORBIDDEN);
    let r = app.post_form_as(&pia, &format!("/groups/{SLUG}/leave"), &[]).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let withdraw = format!("/groups/{SLUG}/councils/WOK/withdraw");
    assert_eq!(
        app.post_form_as(&pia, &withdraw, &[]).await.status(),
        StatusCode::FORBIDDEN
    );
    let r = app.post_form_as(&wes, &withdraw, &[]).await;
    assert_eq!(location(&r), format!("/groups/{SLUG}?done=withdrawn"));
    let wokingham = store::organisations::find_by_code(app.db(), "WOK")
        .await
        .unwrap()
        .unwrap()
        .id;
    assert_eq!(
        groups::council_standing(app.db(), group.id, wokingham).await.unwrap(),
        None
    );

    // No such group.
    for path in ["/groups/nowhere", "/groups/nowhere/members", "/groups/nowhere/edit"] {
        assert_eq!(app.get_as(&ruth, path).await.status(), StatusCode::NOT_FOUND, "{path}");
    }
    assert_eq!(
        app.post_form_as(&ruth, "/groups/nowhere/join", &[]).await.status(),
        StatusCode::NOT_FOUND
    );
}

async fn visitors_read_groups_but_act_only_once_signed_in(app: TestApp) {
    people(&app).await;
    let operator = app.signed_in("operator@microcontracts.test").await;
    let r = app
        .post_form_as(
            &operator,
            "/groups/new",
            &group_form("South Digital Peer Group", "", "ruth@leeds.gov.uk"),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    for path in [
        "/groups/new",
        &format!("/groups/{SLUG}/edit"),
        &format!("/groups/{SLUG}/members"),
    ] {
        let r = app.get(path).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{path}");
        assert!(location(&r).starts_with("/sign-in"), "{path}");
    }
    for path in [
        "/groups/new".to_string(),
        format!("/groups/{SLUG}/join"),
        format!("/groups/{SLUG}/leave"),
        format!("/groups/{SLUG}/councils"),
        format!("/groups/{SLUG}/councils/LDS/answer"),
        format!("/groups/{SLUG}/councils/LDS/withdraw"),
        format!("/groups/{SLUG}/leads/1"),
    ] {
        let r = app.post_form(&path, &[]).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{path}");
        assert!(location(&r).starts_with("/sign-in"), "{path}");
    }
    let group = groups::by_slug(app.db(), SLUG).await.unwrap().unwrap();
    assert_eq!(groups::people(app.db(), group.id, None, 10).await.unwrap().len(), 1);
}

on_both!(
    a_group_is_created_councils_are_invited_and_people_join,
    visitors_read_groups_but_act_only_once_signed_in,
);
