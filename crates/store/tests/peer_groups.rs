//! Peer groups' store on both backends: a group's councils invited, accepted, declined and
//! withdrawn (their people with them); people joining, leading and leaving; the lists read
//! a page at a time; the webhook address read only on its own.

use chrono::{TimeZone, Utc};
use store::peer_groups::{self as groups, GroupFields, PersonKey};
use store::testing::fresh;
use store::{organisations, users, Backend, Db};

async fn user(db: &Db, email: &str, name: &str) -> i64 {
    let new = users::NewUser {
        email,
        display_name: name,
        password_hash: "x",
        platform_admin: false,
    };
    users::create(db, &new, Utc::now()).await.unwrap()
}

async fn org(db: &Db, code: &str) -> i64 {
    organisations::find_by_code(db, code).await.unwrap().unwrap().id
}

fn fields(name: &str) -> GroupFields<'_> {
    GroupFields {
        name,
        region: "South East",
        description: "",
        chat_link: None,
    }
}

async fn a_groups_councils_and_people(backend: Backend) {
    let t = fresh(backend).await.unwrap();
    let db = t.db.clone();
    let now = Utc.with_ymd_and_hms(2026, 12, 4, 10, 0, 0).unwrap();
    let (leeds, york, wokingham) = (org(&db, "LDS").await, org(&db, "YOR").await, org(&db, "WOK").await);
    let admin = user(&db, "operator@microcontracts.test", "Operator").await;

    let mut tx = db.begin().await.unwrap();
    let south = groups::create(
        &mut tx,
        "south",
        &fields("South"),
        Some("https://hooks.slack.com/services/T/B/secret"),
        admin,
        now,
    )
    .await
    .unwrap();
    let north = groups::create(&mut tx, "north", &fields("North"), None, admin, now)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let group = groups::by_slug(&db, "south").await.unwrap().unwrap();
    assert!(group.webhook_set && group.chat_link.is_none());
    assert_eq!(
        groups::webhook_url(&db, south).await.unwrap().as_deref(),
        Some("https://hooks.slack.com/services/T/B/secret")
    );
    assert_eq!(groups::webhook_url(&db, north).await.unwrap(), None);

    // Changing the details keeps the webhook unless told otherwise.
    let mut tx = db.begin().await.unwrap();
    groups::update(&mut tx, south, &fields("South Digital"), None, now)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert!(groups::webhook_url(&db, south).await.unwrap().is_some());
    let mut tx = db.begin().await.unwrap();
    groups::update(&mut tx, south, &fields("South Digital"), Some(None), now)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(groups::webhook_url(&db, south).await.unwrap(), None);
    assert!(!groups::by_slug(&db, "south").await.unwrap().unwrap().webhook_set);

    // Leeds is a member at once; York and Wokingham are invited; York declines.
    let mut tx = db.begin().await.unwrap();
    assert!(groups::add_member_council(&mut tx, south, leeds, admin, now)
        .await
        .unwrap());
    assert!(!groups::add_member_council(&mut tx, south, leeds, admin, now)
        .await
        .unwrap());
    assert!(groups::invite_council(&mut tx, south, york, admin, now).await.unwrap());
    assert!(groups::invite_council(&mut tx, south, wokingham, admin, now)
        .await
        .unwrap());
    assert!(!groups::invite_council(&mut tx, south, leeds, admin, now).await.unwrap());
    assert!(groups::answer_invitation(&mut tx, south, york, false, admin, now)
        .await
        .unwrap());
    assert!(!groups::answer_invitation(&mut tx, south, york, true, admin, now)
        .await
        .unwrap());
    tx.commit().await.unwrap();
    let standing = |org| groups::council_standing(&db, south, org);
    assert_eq!(standing(leeds).await.unwrap().as_deref(), Some("member"));
    assert_eq!(standing(york).await.unwrap(), None);
    assert_eq!(standing(wokingham).await.unwrap().as_deref(), Some("invited"));
    let councils = groups::councils(&db, south).await.unwrap();
    assert_eq!(
        councils.iter().map(|c| c.standing.as_str()).collect::<Vec<_>>(),
        ["member", "invited"],
        "members first"
    );
    let mut tx = db.begin().await.unwrap();
    assert!(groups::answer_invitation(&mut tx, south, wokingham, true, admin, now)
        .await
        .unwrap());
    tx.commit().await.unwrap();

    // Five people join, two of them from Wokingham; one leads.
    let mut people = Vec::new();
    for (i, name) in ["Cara", "Abe", "Bea", "Abe", "Dev"].iter().enumerate() {
        people.push(user(&db, &format!("p{i}@example.gov.uk"), name).await);
    }
    let mut tx = db.begin().await.unwrap();
    for (i, &id) in people.iter().enumerate() {
        let council = if i < 3 { leeds } else { wokingham };
        assert!(groups::join(&mut tx, south, id, council, i == 0, now).await.unwrap());
    }
    assert!(!groups::join(&mut tx, south, people[1], leeds, false, now)
        .await
        .unwrap());
    assert!(groups::set_lead(&mut tx, south, people[4], true).await.unwrap());
    assert!(!groups::set_lead(&mut tx, south, people[4], true).await.unwrap());
    tx.commit().await.unwrap();
    let leads = groups::leads(&db, south).await.unwrap();
    assert_eq!(
        leads.iter().map(|p| p.display_name.as_str()).collect::<Vec<_>>(),
        ["Cara", "Dev"]
    );
    assert_eq!(
        groups::standing(&db, south, people[0])
            .await
            .unwrap()
            .map(|s| (s.org_id, s.lead)),
        Some((leeds, true))
    );
    assert_eq!(groups::standing(&db, north, people[0]).await.unwrap(), None);

    // Read two at a time, by name then id, the pages join up to everyone once.
    let mut paged = Vec::new();
    let mut after: Option<PersonKey> = None;
    loop {
        let page = groups::people(&db, south, after.as_ref(), 2).await.unwrap();
        let Some(last) = page.last() else { break };
        after = Some(PersonKey {
            name: last.display_name.clone(),
            user_id: last.user_id,
        });
        paged.extend(page);
    }
    let names: Vec<&str> = paged.iter().map(|p| p.display_name.as_str()).collect();
    assert_eq!(names, ["Abe", "Abe", "Bea", "Cara", "Dev"]);
    assert!(paged[0].user_id < paged[1].user_id);

    let joined = groups::joined_by(&db, people[0]).await.unwrap();
    assert_eq!(joined.len(), 1);
    assert!(joined[0].lead);

    // Wokingham leaves the group, and its two people with it.
    let mut tx = db.begin().await.unwrap();
    assert_eq!(
        groups::remove_council(&mut tx, south, wokingham).await.unwrap(),
        Some(2)
    );
    assert_eq!(groups::remove_council(&mut tx, south, wokingham).await.unwrap(), None);
    assert!(groups::leave(&mut tx, south, people[1]).await.unwrap());
    assert!(!groups::leave(&mut tx, south, people[1]).await.unwrap());
    tx.commit().await.unwrap();
    let left = groups::people(&db, south, None, 10).await.unwrap();
    assert_eq!(left.len(), 2);

    // The list, by name, a page at a time.
    let first = groups::list(&db, None, 1).await.unwrap();
    assert_eq!(first[0].name, "North");
    let second = groups::list(&db, Some("North"), 1).await.unwrap();
    assert_eq!((second[0].name.as_str(), second[0].councils), ("South Digital", 1));
    assert!(groups::list(&db, Some("South Digital"), 1).await.unwrap().is_empty());
}

store::on_both!(a_groups_councils_and_people);
