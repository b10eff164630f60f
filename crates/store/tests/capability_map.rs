//! The capability map's store on both backends: components proposed and reviewed, a
//! council's entries saved in versions, removed and saved again, and every council's
//! entries for one need.

use chrono::{NaiveDate, TimeZone, Utc};
use domain::capability_map::{ComponentKind, ComponentStatus, CostBand, Entry, Meets, Provision};
use store::capability_map::{self as map, NewComponent};
use store::testing::{execute_raw, fresh};
use store::{organisations, users, Backend, Db};

struct Setup {
    db: Db,
    leeds: i64,
    york: i64,
    admin: i64,
    _t: store::testing::TestDb,
}

async fn setup(backend: Backend) -> Setup {
    let t = fresh(backend).await.unwrap();
    let db = t.db.clone();
    let leeds = organisations::find_by_code(&db, "LDS").await.unwrap().unwrap().id;
    let york = organisations::find_by_code(&db, "YOR").await.unwrap().unwrap().id;
    let admin = users::create(
        &db,
        &users::NewUser {
            email: "mapper@leeds.gov.uk",
            display_name: "Mapper",
            password_hash: "x",
            platform_admin: false,
        },
        Utc::now(),
    )
    .await
    .unwrap();
    Setup {
        db,
        leeds,
        york,
        admin,
        _t: t,
    }
}

fn component(name: &str, kind: ComponentKind) -> NewComponent<'_> {
    NewComponent {
        name,
        kind,
        supplier: "",
        licence: "",
        link: "",
        description: "",
        built_by_org_id: None,
    }
}

async fn components_are_proposed_then_reviewed(backend: Backend) {
    let s = setup(backend).await;
    let now = Utc.with_ymd_and_hms(2026, 12, 4, 10, 0, 0).unwrap();
    let mut tx = s.db.begin().await.unwrap();
    let notify = map::add_component(
        &mut tx,
        &component("GOV.UK Notify", ComponentKind::SharedPublicService),
        ComponentStatus::Listed,
        s.admin,
        None,
        now,
    )
    .await
    .unwrap();
    let built = NewComponent {
        built_by_org_id: Some(s.leeds),
        ..component("Leeds bin day finder", ComponentKind::InHouse)
    };
    let proposed = map::add_component(&mut tx, &built, ComponentStatus::Proposed, s.admin, Some(s.leeds), now)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let listed = map::components(&s.db, ComponentStatus::Listed).await.unwrap();
    assert_eq!(listed.iter().map(|c| c.id).collect::<Vec<_>>(), [notify]);
    let waiting = map::components(&s.db, ComponentStatus::Proposed).await.unwrap();
    assert_eq!(waiting[0].built_by_org_id, Some(s.leeds));
    assert_eq!(waiting[0].kind, ComponentKind::InHouse);

    let mut tx = s.db.begin().await.unwrap();
    assert!(map::review_component(&mut tx, proposed, true, s.admin, now)
        .await
        .unwrap());
    // Reviewed once: a second review changes nothing.
    assert!(!map::review_component(&mut tx, proposed, false, s.admin, now)
        .await
        .unwrap());
    assert!(!map::review_component(&mut tx, notify, false, s.admin, now)
        .await
        .unwrap());
    tx.commit().await.unwrap();
    let listed = map::components(&s.db, ComponentStatus::Listed).await.unwrap();
    assert_eq!(listed.len(), 2);
    // Names are unique on the list.
    let mut tx = s.db.begin().await.unwrap();
    assert!(map::add_component(
        &mut tx,
        &component("GOV.UK Notify", ComponentKind::Product),
        ComponentStatus::Proposed,
        s.admin,
        Some(s.york),
        now
    )
    .await
    .is_err());
}

async fn entries_are_saved_in_versions(backend: Backend) {
    let s = setup(backend).await;
    let now = Utc.with_ymd_and_hms(2026, 12, 4, 10, 0, 0).unwrap();
    let mut tx = s.db.begin().await.unwrap();
    let product = map::add_component(
        &mut tx,
        &component("Bookings Pro", ComponentKind::Product),
        ComponentStatus::Listed,
        s.admin,
        None,
        now,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    // Abandoned vehicles (372): appointment booking (21) and reporting (17).
    let bought = Entry {
        org_id: s.leeds,
        service_id: 372,
        capability_id: 17,
        meets: Meets::Component {
            id: product,
            provision: Provision::Bought,
        },
        contract_ends: NaiveDate::from_ymd_opt(2027, 3, 31),
        cost_band: Some(CostBand::From10kTo50k),
        cost_pence: Some(1_850_000),
        satisfaction: Some(2),
        note: "Renewal under review".into(),
    };
    let manual = Entry {
        capability_id: 21,
        meets: Meets::Manual,
        contract_ends: None,
        cost_band: None,
        cost_pence: None,
        satisfaction: None,
        note: String::new(),
        ..bought.clone()
    };
    let mut tx = s.db.begin().await.unwrap();
    let (id, v1) = map::save_entry(&mut tx, &bought, true, s.admin, now).await.unwrap();
    map::save_entry(&mut tx, &manual, false, s.admin, now).await.unwrap();
    let changed = Entry {
        satisfaction: Some(4),
        ..bought.clone()
    };
    let (same, v2) = map::save_entry(&mut tx, &changed, true, s.admin, now).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!((same, v1, v2), (id, 1, 2));
    let leeds = map::service_map(&s.db, s.leeds, 372).await.unwrap();
    // In the capabilities' order: reporting (17) comes after appointment booking (21).
    assert_eq!(leeds.iter().map(|e| e.capability_id).collect::<Vec<_>>(), [21, 17]);
    assert_eq!(leeds[1].entry(), Some(changed.clone()));
    assert!(leeds[1].private);

    // York reports abandoned vehicles on paper too.
    let york = Entry {
        org_id: s.york,
        ..manual.clone()
    };
    let mut tx = s.db.begin().await.unwrap();
    map::save_entry(&mut tx, &york, false, s.admin, now).await.unwrap();
    // Taken off, then back.
    let removed = map::remove_entry(&mut tx, s.leeds, 372, 17, s.admin, now)
        .await
        .unwrap();
    assert_eq!(removed, Some((id, 3)));
    assert_eq!(
        map::remove_entry(&mut tx, s.leeds, 372, 17, s.admin, now)
            .await
            .unwrap(),
        None
    );
    tx.commit().await.unwrap();
    assert_eq!(map::service_map(&s.db, s.leeds, 372).await.unwrap().len(), 1);
    // The kept counts the service's page reads follow: Leeds and York on paper for booking.
    let councils = |db: Db| async move {
        let mut ids: Vec<i64> = map::service_usage(&db, 372)
            .await
            .unwrap()
            .councils
            .iter()
            .map(|c| c.id)
            .collect();
        ids.sort();
        ids
    };
    let counts = |db: Db| async move {
        map::service_usage(&db, 372)
            .await
            .unwrap()
            .counts
            .into_iter()
            .map(|c| (c.capability_id, c.meets, c.component_id, c.councils))
            .collect::<Vec<_>>()
    };
    assert_eq!(councils(s.db.clone()).await, {
        let mut orgs = vec![s.leeds, s.york];
        orgs.sort();
        orgs
    });
    assert_eq!(counts(s.db.clone()).await, [(21, "manual".to_string(), None, 2)]);
    let need = map::need_map(&s.db, 372, 21).await.unwrap();
    assert_eq!(need.iter().map(|e| e.org_id).collect::<Vec<_>>(), {
        let mut orgs = vec![s.leeds, s.york];
        orgs.sort();
        orgs
    });
    let mut tx = s.db.begin().await.unwrap();
    assert_eq!(
        map::save_entry(&mut tx, &bought, false, s.admin, now).await.unwrap(),
        (id, 4)
    );
    tx.commit().await.unwrap();
    assert_eq!(
        counts(s.db.clone()).await,
        [
            (17, "component".to_string(), Some(product), 1),
            (21, "manual".to_string(), None, 2)
        ]
    );
    // The page names the components it counts.
    assert_eq!(
        map::service_usage(&s.db, 372).await.unwrap().components,
        [(product, "Bookings Pro".to_string())]
    );
    // York takes booking off: only Leeds is left on the service.
    let mut tx = s.db.begin().await.unwrap();
    map::remove_entry(&mut tx, s.york, 372, 21, s.admin, now).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(councils(s.db.clone()).await, [s.leeds]);
    assert_eq!(
        counts(s.db.clone()).await,
        [
            (17, "component".to_string(), Some(product), 1),
            (21, "manual".to_string(), None, 1)
        ]
    );
    let history = map::service_history(&s.db, s.leeds, 372, None, 100).await.unwrap();
    assert!(
        history.iter().all(|v| [17, 21].contains(&v.capability_id)),
        "Leeds's, not York's"
    );
    let versions: Vec<(i64, String)> = history
        .iter()
        .rev()
        .filter(|v| v.entry_id == id)
        .map(|v| (v.version, v.meets.clone()))
        .collect();
    // Read two at a time, the pages join up to the whole history, newest first.
    let mut paged = Vec::new();
    let mut after = None;
    loop {
        let page = map::service_history(&s.db, s.leeds, 372, after, 2).await.unwrap();
        let Some(last) = page.last() else { break };
        after = Some(map::VersionKey {
            entry_id: last.entry_id,
            version: last.version,
        });
        paged.extend(page);
    }
    assert_eq!(paged, history);
    assert_eq!(
        versions,
        [
            (1, "component".to_string()),
            (2, "component".to_string()),
            (3, "removed".to_string()),
            (4, "component".to_string())
        ]
    );
    // The schema holds a component and its provision to entries met by a component.
    assert!(execute_raw(
        &s.db,
        &format!("UPDATE map_entries SET meets = 'manual' WHERE id = {id}")
    )
    .await
    .is_err());
}

store::on_both!(components_are_proposed_then_reviewed, entries_are_saved_in_versions);
