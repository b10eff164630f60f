//! Holds in the database, on both backends: a long random run of requests (checked under
//! the profile's capacity lock, as bookings are) and releases, compared at every step with
//! a simple model. Free hours never go negative, the search's kept free hours agree with
//! the live figures, and releasing gives back exactly what was held.

use chrono::{Duration, Utc};
use domain::bookings::{shortfalls, Schedule};
use domain::weeks::Week;
use rand::{RngExt, SeedableRng};
use std::collections::BTreeMap;
use store::capacity::{self, HoldKind};
use store::profiles::{DetailsUpdate, ImportProfile};
use store::search::{search, PoolQuery};
use store::testing::fresh;
use store::{organisations, users, Backend, Db};

async fn profile(db: &Db, minutes: i64) -> i64 {
    let now = Utc::now();
    let org = organisations::find_by_code(db, "LDS").await.unwrap().unwrap();
    let user = users::create(
        db,
        &users::NewUser {
            email: "kit@leeds.gov.uk",
            display_name: "Kit Holder",
            password_hash: "x",
            platform_admin: false,
        },
        now,
    )
    .await
    .unwrap();
    let p = ImportProfile {
        user_id: user,
        org_id: org.id,
        details: DetailsUpdate {
            display_name: "Kit Holder",
            headline: "Delivery manager",
            about: "Runs discoveries.",
            region: None,
            work_mode: "remote",
            contact_email: None,
        },
        level_ids: &[],
        skill_ids: &[],
        lgsl_ids: &[],
        done_before: &[],
        capacity_minutes: minutes,
        available_from: domain::weeks::london_date(now) - Duration::days(7),
        available_to: None,
        unavailable_weeks: &[],
        status: "listed",
    };
    let mut tx = db.begin().await.unwrap();
    let id = store::profiles::import(&mut tx, &p, now).await.unwrap();
    tx.commit().await.unwrap();
    id
}

async fn free(db: &Db, id: i64, weeks: &[Week]) -> Schedule {
    let live = capacity::free_by_week(db, &[id], weeks).await.unwrap();
    weeks.iter().copied().zip(live[&id].iter().copied()).collect()
}

async fn random_requests_and_releases_match_the_model(backend: Backend) {
    let t = fresh(backend).await.unwrap();
    let db = &t.db;
    let this_week = Week::current(Utc::now());
    capacity::ensure_horizon(db, this_week).await.unwrap();
    let id = profile(db, 10 * 60).await;
    let weeks: Vec<Week> = this_week.through(this_week.plus(5));
    let mut rng = rand::rngs::StdRng::seed_from_u64(20261127);
    let mut held: BTreeMap<Week, i64> = BTreeMap::new();
    let mut live: Vec<(i64, Schedule)> = Vec::new();
    for source in 0..120_i64 {
        let now = Utc::now();
        if rng.random_bool(0.6) || live.is_empty() {
            let first = rng.random_range(0..5);
            let len = rng.random_range(1..=2);
            let minutes = 15 * rng.random_range(1..=24);
            let asked: Schedule = weeks[first..(first + len).min(weeks.len())]
                .iter()
                .map(|w| (*w, minutes))
                .collect();
            let mut tx = db.begin().await.unwrap();
            capacity::lock_profile_capacity(&mut tx, id).await.unwrap();
            let asked_weeks: Vec<Week> = asked.keys().copied().collect();
            let now_free: Schedule = {
                let f = capacity::free_by_week(&mut tx, &[id], &asked_weeks).await.unwrap();
                asked_weeks.iter().copied().zip(f[&id].iter().copied()).collect()
            };
            let model_ok = asked.iter().all(|(w, m)| held.get(w).copied().unwrap_or(0) + m <= 600);
            assert_eq!(
                shortfalls(&asked, &now_free).is_empty(),
                model_ok,
                "the store and the model agree"
            );
            if model_ok {
                capacity::add_holds(&mut tx, id, &asked, HoldKind::Request, ("test", source), now)
                    .await
                    .unwrap();
                tx.commit().await.unwrap();
                for (w, m) in &asked {
                    *held.entry(*w).or_insert(0) += m;
                }
                live.push((source, asked));
            }
        } else {
            let (source, asked) = live.swap_remove(rng.random_range(0..live.len()));
            let before = free(db, id, &weeks).await;
            let mut tx = db.begin().await.unwrap();
            capacity::release_holds(&mut tx, "test", source, now).await.unwrap();
            tx.commit().await.unwrap();
            let after = free(db, id, &weeks).await;
            for (w, m) in &asked {
                assert_eq!(after[w] - before[w], *m, "releasing gives back exactly what was held");
                *held.get_mut(w).unwrap() -= m;
            }
        }
        let now_free = free(db, id, &weeks).await;
        for w in &weeks {
            let expected = 600 - held.get(w).copied().unwrap_or(0);
            assert_eq!(now_free[w], expected);
            assert!(now_free[w] >= 0);
        }
    }
    // The search reads the same free hours: the profile is found with exactly its
    // smallest free week as the minimum, and not with a quarter hour more.
    let least = weeks
        .iter()
        .map(|w| 600 - held.get(w).copied().unwrap_or(0))
        .min()
        .unwrap();
    let query = |min: i64| PoolQuery {
        min_free_minutes: Some(min),
        weeks: weeks.clone(),
        this_week: Some(this_week),
        ..Default::default()
    };
    assert_eq!(search(db, &query(least), 10, 0).await.unwrap().len(), 1);
    assert!(search(db, &query(least + 15), 10, 0).await.unwrap().is_empty());
}

store::on_both!(random_requests_and_releases_match_the_model);
