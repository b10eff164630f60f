//! Guests of a meeting over HTTP (issue 18): a lead invites a named guest from outside the
//! group's councils by email; the link makes a guest account that sees only that meeting's
//! page and agenda and keeps its own registration, and nothing of the group's members-only
//! pages; the write-up names a guest only if they agreed; a withdrawn invitation ends it all.

use crate::harness::{error_summary, link_in, location, new_client, TestApp, PASSWORD};
use crate::on_both;
use crate::south_group::{self, SLUG};
use domain::roles::Role;
use reqwest::StatusCode;

const KIM: &str = "kim.lee@openforms.example";

async fn a_meeting(app: &TestApp) -> i64 {
    south_group::create(app).await;
    app.person("mei@leeds.gov.uk", "Mei", Some("LDS"), &[Role::Practitioner])
        .await;
    south_group::join(app, "mei@leeds.gov.uk").await;
    south_group::schedule(app, "Open standards", ("18", "3"), "30").await
}

fn invitation(name: &'static str, email: &'static str) -> Vec<(&'static str, &'static str)> {
    vec![("name", name), ("email", email), ("organisation", "Open Forms Ltd")]
}

async fn guests_see_their_meeting_only_and_are_named_if_they_agree(app: TestApp) {
    let id = a_meeting(&app).await;
    let other = south_group::schedule(&app, "Cyber", ("17", "6"), "30").await;
    let ruth = app.signed_in("ruth@leeds.gov.uk").await;
    let mei = app.signed_in("mei@leeds.gov.uk").await;
    let hal = app.signed_in("hal@hackney.gov.uk").await;
    let invite = format!("/meetings/{id}/guests");

    // Only a lead invites.
    for client in [&mei, &hal] {
        let r = app.post_form_as(client, &invite, &invitation("Kim Lee", KIM)).await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
    }
    let r = app
        .post_form_as(&ruth, &invite, &[("name", ""), ("email", "nope"), ("organisation", "")])
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(error_summary(&r.text().await.unwrap()).len(), 3);
    let r = app.post_form_as(&ruth, &invite, &invitation("Kim Lee", KIM)).await;
    assert_eq!(location(&r), format!("/meetings/{id}?done=guest-invited#guests"));
    let r = app.post_form_as(&ruth, &invite, &invitation("Kim Lee", KIM)).await;
    assert_eq!(r.status(), StatusCode::CONFLICT, "invited already");
    let page = app.text_as(&ruth, &format!("/meetings/{id}")).await;
    assert!(page.contains("Kim Lee") && page.contains("Open Forms Ltd"));
    assert!(!app
        .text_as(&mei, &format!("/meetings/{id}"))
        .await
        .contains("Open Forms Ltd"));

    // Kim follows the link and makes a guest account, agreeing to be named.
    let mail = app.deliver_mail().await;
    let sent = mail.iter().find(|m| m.recipient == KIM).expect("Kim is emailed");
    let link = link_in(&sent.body_text, &app.url("/guest/"));
    let path = link.trim_start_matches(&app.base).to_string();
    let kim = new_client();
    let page = app.text_as(&kim, &path).await;
    assert!(page.contains("Open standards") && page.contains("South Digital Peer Group"));
    let r = app
        .post_form_as(
            &kim,
            &path,
            &[
                ("display_name", "Kim Lee"),
                ("password", PASSWORD),
                ("password_confirmation", "other"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = app
        .post_form_as(
            &kim,
            &path,
            &[
                ("display_name", "Kim Lee"),
                ("password", PASSWORD),
                ("password_confirmation", PASSWORD),
                ("may_name", "yes"),
            ],
        )
        .await;
    assert_eq!(location(&r), format!("/meetings/{id}?done=welcome-guest"));
    // The link works once.
    assert_eq!(app.get(&path).await.status(), StatusCode::NOT_FOUND);

    // Kim sees the meeting and registers; nothing else of the group's.
    let page = app.text_as(&kim, &format!("/meetings/{id}")).await;
    assert!(page.contains("Open standards") && !page.contains("Who is coming"));
    let r = app.post_form_as(&kim, &format!("/meetings/{id}/register"), &[]).await;
    assert_eq!(location(&r), format!("/meetings/{id}?done=registered"));
    assert_eq!(
        app.get_as(&kim, &format!("/meetings/{id}/calendar.ics")).await.status(),
        StatusCode::OK
    );
    for path in [
        format!("/meetings/{other}"),
        format!("/meetings/{id}/record"),
        format!("/meetings/{id}/edit"),
        format!("/meetings/{id}/agenda/new"),
        format!("/meetings/{id}/write-up"),
        format!("/groups/{SLUG}/members"),
        format!("/groups/{SLUG}/problems"),
        format!("/groups/{SLUG}/projects"),
    ] {
        assert_eq!(app.get_as(&kim, &path).await.status(), StatusCode::FORBIDDEN, "{path}");
    }
    for (path, form) in [
        (format!("/meetings/{other}/register"), vec![]),
        (format!("/groups/{SLUG}/join"), vec![]),
        (
            format!("/meetings/{id}/guests"),
            invitation("Sam", "sam@openforms.example"),
        ),
        (
            format!("/groups/{SLUG}/themes"),
            vec![("kind", "theme"), ("title", "Mine")],
        ),
        (format!("/groups/{SLUG}/hosting"), vec![("note", "Ours")]),
        (format!("/meetings/{id}/edit"), vec![("theme", "Taken over")]),
        (
            format!("/meetings/{id}/agenda/new"),
            vec![("kind", "talk"), ("title", "Mine"), ("minutes", "10")],
        ),
        (format!("/meetings/{id}/cancel-meeting"), vec![]),
        (format!("/meetings/{id}/attendance"), vec![("came", "1")]),
        (format!("/meetings/{id}/actions"), vec![("title", "Mine")]),
        (format!("/meetings/{id}/write-up"), vec![("summary", "Mine")]),
        (
            "/problems/new".to_string(),
            vec![("audience", SLUG), ("title", "Mine"), ("description", "Mine")],
        ),
    ] {
        let r = app.post_form_as(&kim, &path, &form).await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{path}");
    }

    // The write-up names Kim, who agreed; once Kim withdraws agreement, it does not.
    let writeup = app.text_as(&ruth, &format!("/meetings/{id}/write-up")).await;
    assert!(writeup.contains("Kim Lee (Open Forms Ltd)"));
    let r = app.post_form_as(&kim, &format!("/meetings/{id}/naming"), &[]).await;
    assert_eq!(location(&r), format!("/meetings/{id}?done=naming"));
    let writeup = app.text_as(&ruth, &format!("/meetings/{id}/write-up")).await;
    assert!(!writeup.contains("Kim Lee"));
    let r = app
        .post_form_as(&hal, &format!("/meetings/{id}/naming"), &[("may_name", "yes")])
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND, "not a guest");

    // Withdrawn: Kim's place goes, and so does the meeting's page.
    let guest = store::meeting_guests::of_meeting(app.db(), id).await.unwrap()[0].id;
    let withdraw = format!("/meetings/{id}/guests/{guest}/withdraw");
    for client in [&mei, &hal, &kim] {
        assert_eq!(
            app.post_form_as(client, &withdraw, &[]).await.status(),
            StatusCode::FORBIDDEN
        );
    }
    let r = app.post_form_as(&ruth, &withdraw, &[]).await;
    assert_eq!(location(&r), format!("/meetings/{id}?done=guest-withdrawn"));
    assert_eq!(
        app.get_as(&kim, &format!("/meetings/{id}")).await.status(),
        StatusCode::FORBIDDEN
    );
    let places = store::meetings::places(app.db(), id).await.unwrap();
    assert_eq!(places.registered, 0);
    assert_eq!(
        app.post_form_as(&ruth, &withdraw, &[]).await.status(),
        StatusCode::CONFLICT
    );
}

/// A guest belongs to no council, so they are written to as the inviting lead's own emails
/// are: in English, or in Welsh once the lead chose Welsh, the meeting's date in Welsh too.
async fn a_guest_is_written_to_in_the_lead_s_language(app: TestApp) {
    let id = a_meeting(&app).await;
    let ruth = app.signed_in("ruth@leeds.gov.uk").await;
    let invite = format!("/meetings/{id}/guests");
    app.post_form_as(&ruth, &invite, &invitation("Kim Lee", KIM)).await;
    app.get_as(&ruth, "/language/cy").await;
    app.post_form_as(&ruth, &invite, &invitation("Alun Ifans", "alun@openforms.example"))
        .await;
    let mail = app.deliver_mail().await;
    let to = |who: &str| mail.iter().find(|m| m.recipient == who).expect("an invitation");
    assert_eq!(
        to(KIM).subject,
        "Invitation to South Digital Peer Group: Open standards"
    );
    assert!(to(KIM).body_text.contains(" March "), "{}", to(KIM).body_text);
    let welsh = to("alun@openforms.example");
    assert_eq!(welsh.subject, "Gwahoddiad i South Digital Peer Group: Open standards");
    assert!(welsh.body_text.contains(" Mawrth "), "{}", welsh.body_text);
    assert!(!welsh.body_text.contains("March"));
}

async fn an_invitation_to_an_address_with_an_account_needs_that_account(app: TestApp) {
    let id = a_meeting(&app).await;
    let ruth = app.signed_in("ruth@leeds.gov.uk").await;
    // Hal, of a council outside the group, comes as a guest with his own account.
    let r = app
        .post_form_as(
            &ruth,
            &format!("/meetings/{id}/guests"),
            &invitation("Hal", "hal@hackney.gov.uk"),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let mail = app.deliver_mail().await;
    let sent = mail.iter().find(|m| m.recipient == "hal@hackney.gov.uk").unwrap();
    let path = link_in(&sent.body_text, &app.url("/guest/"))
        .trim_start_matches(&app.base)
        .to_string();
    // Not signed in: sign in first; no account is made over his.
    let visitor = new_client();
    assert!(app.text_as(&visitor, &path).await.contains("already has an account"));
    let r = app
        .post_form_as(
            &visitor,
            &path,
            &[
                ("display_name", "Impostor"),
                ("password", PASSWORD),
                ("password_confirmation", PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    // Signed in as someone else: refused.
    let mei = app.signed_in("mei@leeds.gov.uk").await;
    assert_eq!(app.post_form_as(&mei, &path, &[]).await.status(), StatusCode::CONFLICT);
    // As Hal: taken up.
    let hal = app.signed_in("hal@hackney.gov.uk").await;
    let r = app.post_form_as(&hal, &path, &[]).await;
    assert_eq!(location(&r), format!("/meetings/{id}?done=welcome-guest"));
    assert_eq!(
        app.get_as(&hal, &format!("/meetings/{id}")).await.status(),
        StatusCode::OK
    );
}

on_both!(
    guests_see_their_meeting_only_and_are_named_if_they_agree,
    an_invitation_to_an_address_with_an_account_needs_that_account,
    a_guest_is_written_to_in_the_lead_s_language
);
