//! The statements behind a council's sharing opportunities agree with the domain's rules
//! on maps made up at random (both backends): what each council could reuse, and the
//! councils whose contracts for a product end together. The matrix's kept counts agree
//! with the maps, after entries are added, changed, taken off and put back.

use chrono::{Months, NaiveDate, Utc};
use domain::capability_map::{self as rules, ComponentKind, ComponentStatus, Entry, Meets, Provision};
use std::collections::{BTreeMap, BTreeSet};
use store::capability_map::{self as map, NewComponent};
use store::sharing;
use store::testing::fresh;
use store::{organisations, users, Backend};

/// A small deterministic generator, so a failure can be replayed.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, sides: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % sides
    }
}

const SERVICES: [i64; 3] = [524, 528, 69];
const CAPABILITIES: [i64; 4] = [0, 17, 1004, 1010];

async fn statements_agree_with_the_rules(backend: Backend) {
    let t = fresh(backend).await.unwrap();
    let db = &t.db;
    let now = Utc::now();
    let today = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
    let by = users::create(
        db,
        &users::NewUser {
            email: "mapper@leeds.gov.uk",
            display_name: "Mapper",
            password_hash: "x",
            platform_admin: false,
        },
        now,
    )
    .await
    .unwrap();
    let councils: Vec<i64> = organisations::list(db, &organisations::OrganisationFilter::default(), None, 14)
        .await
        .unwrap()
        .into_iter()
        .map(|o| o.id)
        .collect();
    let kinds_in_order = [
        ComponentKind::Product,
        ComponentKind::Product,
        ComponentKind::OpenSource,
        ComponentKind::InHouse,
        ComponentKind::SharedPublicService,
        ComponentKind::Product,
    ];
    let mut tx = db.begin().await.unwrap();
    let mut kinds = BTreeMap::new();
    for (i, kind) in kinds_in_order.iter().enumerate() {
        let name = format!("Component {i}");
        let new = NewComponent {
            name: &name,
            kind: *kind,
            supplier: "",
            licence: "",
            link: "",
            description: "",
            built_by_org_id: (*kind == ComponentKind::InHouse).then_some(councils[0]),
        };
        let id = map::add_component(&mut tx, &new, ComponentStatus::Listed, by, None, now)
            .await
            .unwrap();
        kinds.insert(id, *kind);
    }
    let ids: Vec<i64> = kinds.keys().copied().collect();
    let provisions = [
        Provision::Bought,
        Provision::BuiltInHouse,
        Provision::SharedWithCouncil,
        Provision::OpenSource,
    ];
    let mut dice = Dice(0x5eed_2026);
    let mut entries = Vec::new();
    for &org in &councils {
        for service in SERVICES {
            for capability in CAPABILITIES {
                if dice.roll(4) == 0 {
                    continue;
                }
                let meets = match dice.roll(6) {
                    0 => Meets::Nothing,
                    1 => Meets::Manual,
                    _ => Meets::Component {
                        id: ids[dice.roll(ids.len() as u64) as usize],
                        // Mostly bought, so that contracts meet and end.
                        provision: if dice.roll(2) == 0 {
                            Provision::Bought
                        } else {
                            provisions[dice.roll(4) as usize]
                        },
                    },
                };
                let bought = matches!(
                    meets,
                    Meets::Component {
                        provision: Provision::Bought,
                        ..
                    }
                );
                // Ends from two years ago to three years ahead, some on the boundaries.
                let contract_ends = bought.then(|| match dice.roll(8) {
                    0 => today.checked_add_months(rules::ENDING_WITHIN).unwrap(),
                    1 => today,
                    months => {
                        today.checked_add_months(Months::new(months as u32 * 5)).unwrap()
                            - chrono::Duration::days(dice.roll(700) as i64)
                    }
                });
                let e = Entry {
                    org_id: org,
                    service_id: service,
                    capability_id: capability,
                    meets,
                    contract_ends,
                    cost_band: None,
                    cost_pence: None,
                    satisfaction: None,
                    note: String::new(),
                };
                map::save_entry(&mut tx, &e, false, by, now).await.unwrap();
                entries.push(e);
            }
        }
    }
    tx.commit().await.unwrap();

    let compared = compare(db, &councils, &entries, &kinds, today).await;
    assert!(
        councils
            .iter()
            .any(|o| !rules::together_for(*o, &entries, today).is_empty()),
        "some contracts end together"
    );
    assert!(
        compared > 20,
        "the made-up maps offer something to compare ({compared})"
    );

    // The kept counts are the maps' counts, for every council and for each type.
    let mut tx = db.begin().await.unwrap();
    for e in entries.iter().step_by(3) {
        map::remove_entry(&mut tx, e.org_id, e.service_id, e.capability_id, by, now)
            .await
            .unwrap();
    }
    for e in entries.iter().step_by(6) {
        map::save_entry(&mut tx, e, true, by, now).await.unwrap();
    }
    // Saving again what is there already counts nothing more.
    for e in entries.iter().skip(1).step_by(3) {
        map::save_entry(&mut tx, e, false, by, now).await.unwrap();
    }
    tx.commit().await.unwrap();
    let standing: Vec<Entry> = entries
        .iter()
        .enumerate()
        .filter(|(i, _)| !(i % 3 == 0 && i % 6 != 0))
        .map(|(_, e)| e.clone())
        .collect();
    compare(db, &councils, &standing, &kinds, today).await;
    let orgs = organisations::find_many(db, &councils).await.unwrap();
    let mut types: Vec<&str> = orgs.iter().map(|o| o.type_code.as_str()).collect();
    types.sort_unstable();
    types.dedup();
    for type_code in std::iter::once(None).chain(types.into_iter().map(Some)) {
        let mut expected: BTreeMap<(i64, i64), i64> = BTreeMap::new();
        for (i, e) in entries.iter().enumerate() {
            let taken_off = i % 3 == 0 && i % 6 != 0;
            let of_type = orgs
                .iter()
                .any(|o| o.id == e.org_id && type_code.is_none_or(|t| o.type_code == t));
            if !taken_off && of_type {
                *expected.entry((e.service_id, e.capability_id)).or_default() += 1;
            }
        }
        let kept: BTreeMap<(i64, i64), i64> = map::matrix(db, type_code, None)
            .await
            .unwrap()
            .into_iter()
            .map(|c| ((c.lgsl_id, c.capability_id), c.councils))
            .collect();
        assert_eq!(kept, expected, "counts for type {type_code:?}");
    }

    // Dismissing is kept once.
    let mut tx = db.begin().await.unwrap();
    assert!(
        sharing::dismiss(&mut tx, councils[1], "together:1", "Signed for five years", by, now)
            .await
            .unwrap()
    );
    assert!(!sharing::dismiss(&mut tx, councils[1], "together:1", "again", by, now)
        .await
        .unwrap());
    tx.commit().await.unwrap();
    let dismissed = sharing::dismissed(db, councils[1]).await.unwrap();
    assert_eq!(dismissed.len(), 1);
    assert_eq!(dismissed[0].reason, "Signed for five years");

    // A dismissed reuse offer is read no more; its need goes when it was the only offer.
    let horizon = today.checked_add_months(rules::ENDING_WITHIN).unwrap();
    let all = sharing::NeedsPage {
        skip: 0,
        needs: 1000,
        offers: 1000,
        any_dismissed: true,
    };
    let mut checked = 0;
    for &org in &councils {
        let before = sharing::reuse_page(db, org, horizon, all).await.unwrap().rows;
        let Some(first) = before.first().cloned() else { continue };
        let key = format!("reuse:{}:{}:{}", first.lgsl_id, first.capability_id, first.component_id);
        let offers_of_need = before
            .iter()
            .filter(|r| (r.lgsl_id, r.capability_id) == (first.lgsl_id, first.capability_id))
            .count();
        let needs_before = sharing::needs_offered(db, org, horizon).await.unwrap();
        let mut tx = db.begin().await.unwrap();
        assert!(sharing::dismiss(&mut tx, org, &key, "Not for us", by, now)
            .await
            .unwrap());
        tx.commit().await.unwrap();
        let after = sharing::reuse_page(db, org, horizon, all).await.unwrap().rows;
        let expected: Vec<_> = before.into_iter().filter(|r| *r != first).collect();
        assert_eq!(after, expected, "dismissed {key} for council {org}");
        let gone = i64::from(offers_of_need == 1);
        assert_eq!(
            sharing::needs_offered(db, org, horizon).await.unwrap(),
            needs_before - gone
        );
        checked += 1;
    }
    assert!(checked > 3, "dismissals checked for several councils");
}

/// Checks, for every council, that the statements find what the rules find over every
/// entry standing; returns how many reuse opportunities were compared.
async fn compare(
    db: &store::Db,
    councils: &[i64],
    entries: &[Entry],
    kinds: &BTreeMap<i64, ComponentKind>,
    today: NaiveDate,
) -> usize {
    let horizon = today.checked_add_months(rules::ENDING_WITHIN).unwrap();
    let everything = rules::reuse(entries, kinds, today);
    let mut compared = 0;
    for &org in councils {
        // Reuse: the same (service, capability, component) with the same number of councils.
        let mut expected: BTreeMap<(i64, i64, i64), BTreeSet<i64>> = BTreeMap::new();
        for r in everything.iter().filter(|r| r.to_org == org) {
            expected
                .entry((r.service_id, r.capability_id, r.component_id))
                .or_default()
                .insert(r.from_org);
        }
        // Nothing is dismissed yet: whether the statement looks for dismissals or not, the
        // same offers.
        let all = sharing::NeedsPage {
            skip: 0,
            needs: 1000,
            offers: 1000,
            any_dismissed: false,
        };
        let read = sharing::reuse_page(db, org, horizon, all).await.unwrap();
        let rows = read.rows;
        let found: BTreeMap<(i64, i64, i64), i64> = rows
            .iter()
            .map(|r| ((r.lgsl_id, r.capability_id, r.component_id), r.councils))
            .collect();
        let expected: BTreeMap<(i64, i64, i64), i64> = expected.into_iter().map(|(k, v)| (k, v.len() as i64)).collect();
        assert_eq!(found, expected, "reuse for council {org}");
        compared += found.len();

        // Counted and paged: pages of two needs, two offers each, are the whole in order.
        let needs: BTreeSet<(i64, i64)> = found.keys().map(|(s, c, _)| (*s, *c)).collect();
        let offered = sharing::needs_offered(db, org, horizon).await.unwrap();
        assert_eq!(offered, needs.len() as i64, "needs offered to council {org}");
        assert_eq!(read.offered, offered, "counted with the page for council {org}");
        let mut paged = Vec::new();
        for skip in (0..offered.max(1)).step_by(2) {
            let page = sharing::NeedsPage {
                skip,
                needs: 2,
                offers: 2,
                any_dismissed: skip % 4 == 0,
            };
            let read = sharing::reuse_page(db, org, horizon, page).await.unwrap();
            assert_eq!(read.offered, if read.rows.is_empty() { 0 } else { offered });
            paged.extend(read.rows);
        }
        let mut first_two = Vec::new();
        for r in &rows {
            let of_need = first_two
                .iter()
                .filter(|p: &&store::sharing::ReuseRow| (p.lgsl_id, p.capability_id) == (r.lgsl_id, r.capability_id))
                .count();
            if of_need < 2 {
                first_two.push(r.clone());
            }
        }
        assert_eq!(paged, first_two, "pages of needs for council {org}");

        // Together: for each product the council buys, the councils the domain groups with
        // it are those counted in the window and read nearest its own end.
        let groups = rules::together_for(org, entries, today);
        let windows: Vec<sharing::Window> = sharing::products_bought(db, org, today)
            .await
            .unwrap()
            .into_iter()
            .map(|p| {
                let (from, to) = rules::together_window(p.ends, today);
                sharing::Window {
                    component_id: p.component_id,
                    from,
                    own: p.ends,
                    to,
                }
            })
            .collect();
        let mut from_rows = Vec::new();
        for (w, near) in windows
            .iter()
            .zip(sharing::together_near(db, &windows, 1000).await.unwrap())
        {
            assert_eq!(w.component_id, near.component_id);
            let contracts: Vec<(i64, NaiveDate)> = near.contracts.iter().map(|c| (c.org_id, c.ends)).collect();
            let councils = rules::nearest(w.own, &contracts, usize::MAX);
            assert_eq!(
                near.councils,
                councils.len() as i64,
                "councils counted for council {org}"
            );
            if near.councils >= 2 {
                from_rows.push(rules::Together {
                    component_id: w.component_id,
                    ends: w.own,
                    councils,
                });
            }
        }
        // Few a side: the nearest on each side of the own end, in order.
        for (w, near) in windows
            .iter()
            .zip(sharing::together_near(db, &windows, 1).await.unwrap())
        {
            let before = near.contracts.iter().filter(|c| c.ends <= w.own).count();
            assert!(before <= 1 && near.contracts.len() - before <= 1, "{near:?}");
            assert!(
                near.contracts.iter().any(|c| c.ends == w.own),
                "the own end is nearest: {near:?}"
            );
        }
        assert_eq!(from_rows, groups, "joint procurement for council {org}");
    }
    compared
}

store::on_both!(statements_agree_with_the_rules);
