//! Pool search on both backends: every filter alone and combined, availability at week
//! boundaries, stable pages, and nothing but listed profiles.

use chrono::{NaiveDate, Utc};
use domain::weeks::Week;
use std::sync::Arc;
use store::capacity::{self, HoldKind, NewHold};
use store::profiles::{self, DetailsUpdate, NewDoneBefore};
use store::search::{cached_search, generation, search, PoolQuery, SearchCache};
use store::testing::{fresh, TestDb};
use store::{organisations, rate_cards, reference, users, Backend, Db};

struct Pool {
    t: TestDb,
    week: Week,
}

struct Person<'s> {
    name: &'s str,
    council: &'s str,
    headline: &'s str,
    about: &'s str,
    region: &'s str,
    work_mode: &'s str,
    level: &'s str,
    skills: &'s [&'s str],
    service: Option<i64>,
    done: Option<(&'s str, &'s str)>,
    hours: i64,
    status: &'s str,
}

async fn level_id(db: &Db, name: &str) -> i64 {
    reference::levels(db)
        .await
        .unwrap()
        .into_iter()
        .find(|l| l.name == name)
        .unwrap()
        .id
}

async fn skill_id(db: &Db, name: &str) -> i64 {
    reference::skills(db)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.name == name)
        .unwrap()
        .id
}

impl Pool {
    async fn new(backend: Backend) -> Pool {
        let t = fresh(backend).await.unwrap();
        Pool {
            t,
            week: Week::parse_iso("2027-W10").unwrap(),
        }
    }

    fn db(&self) -> &Db {
        &self.t.db
    }

    async fn add(&self, p: Person<'_>) -> i64 {
        let db = self.db();
        let now = Utc::now();
        let org = organisations::find_by_code(db, p.council).await.unwrap().unwrap();
        let email = format!(
            "{}@{}.test",
            p.name.to_lowercase().replace(' ', "."),
            p.council.to_lowercase()
        );
        let user = users::create(
            db,
            &users::NewUser {
                email: &email,
                display_name: p.name,
                password_hash: "x",
                platform_admin: false,
            },
            now,
        )
        .await
        .unwrap();
        let mut tx = db.begin().await.unwrap();
        let id = profiles::create(&mut tx, user, org.id, p.name, now).await.unwrap();
        let details = DetailsUpdate {
            display_name: p.name,
            headline: p.headline,
            about: p.about,
            region: Some(p.region),
            work_mode: p.work_mode,
            contact_email: None,
        };
        profiles::update_details(&mut tx, id, &details, now).await.unwrap();
        profiles::put_role(&mut tx, id, level_id(db, p.level).await)
            .await
            .unwrap();
        for s in p.skills {
            profiles::add_skill(&mut tx, id, skill_id(db, s).await).await.unwrap();
        }
        if let Some(service) = p.service {
            profiles::add_service(&mut tx, id, service).await.unwrap();
        }
        if let Some((title, delivered)) = p.done {
            let d = NewDoneBefore {
                title,
                lgsl_id: None,
                delivered,
                year: 2024,
                link: None,
            };
            profiles::add_done_before(&mut tx, id, &d, now).await.unwrap();
        }
        let from = self.week.monday() - chrono::Duration::days(70);
        profiles::set_capacity(&mut tx, id, p.hours * 60, from, None, now)
            .await
            .unwrap();
        profiles::set_status(&mut tx, id, p.status, None, now).await.unwrap();
        tx.commit().await.unwrap();
        id
    }

    async fn find(&self, q: PoolQuery) -> Vec<i64> {
        let q = PoolQuery {
            weeks: if q.weeks.is_empty() {
                vec![self.week]
            } else {
                q.weeks.clone()
            },
            ..q
        };
        search(self.db(), &q, 100, 0)
            .await
            .unwrap()
            .into_iter()
            .map(|h| h.id)
            .collect()
    }
}

fn sorted(mut ids: Vec<i64>) -> Vec<i64> {
    ids.sort();
    ids
}

/// Three listed researchers and developers in different places, and three that must never show.
async fn sample(pool: &Pool) -> [i64; 3] {
    let mei = pool
        .add(Person {
            name: "Mei Chen",
            council: "LDS",
            headline: "User researcher for waste services",
            about: "Interviews with residents about bin collections.",
            region: "Yorkshire and The Humber",
            work_mode: "either",
            level: "Senior user researcher",
            skills: &["User research methods", "Accessibility"],
            service: Some(524),
            done: Some(("Garden waste subscriptions", "Discovery with 40 households")),
            hours: 4,
            status: "listed",
        })
        .await;
    let sam = pool
        .add(Person {
            name: "Sam Okafor",
            council: "WOK",
            headline: "Developer of booking forms",
            about: "Built appointment booking in Rails.",
            region: "South East",
            work_mode: "on_site",
            level: "Senior developer",
            skills: &["Programming and build (software engineering)"],
            service: None,
            done: Some(("Bulky waste booking", "Online payments and slots")),
            hours: 2,
            status: "listed",
        })
        .await;
    let seren = pool
        .add(Person {
            name: "Seren Davies",
            council: "CRF",
            headline: "Content designer, Welsh and English",
            about: "Bilingual content for council tax pages.",
            region: "Wales",
            work_mode: "remote",
            level: "Content designer",
            skills: &["User focus"],
            service: None,
            done: None,
            hours: 8,
            status: "listed",
        })
        .await;
    for status in ["draft", "awaiting_approval", "paused", "withdrawn"] {
        pool.add(Person {
            name: &format!("Hidden {status}"),
            council: "LDS",
            headline: "User researcher for waste services",
            about: "Interviews with residents about bin collections.",
            region: "Yorkshire and The Humber",
            work_mode: "either",
            level: "Senior user researcher",
            skills: &["User research methods"],
            service: Some(524),
            done: None,
            hours: 40,
            status,
        })
        .await;
    }
    [mei, sam, seren]
}

async fn words_are_found_in_every_searchable_field(backend: Backend) {
    let pool = Pool::new(backend).await;
    let [mei, sam, seren] = sample(&pool).await;
    let words = |w: &str| PoolQuery {
        words: Some(w.to_string()),
        ..Default::default()
    };
    assert_eq!(pool.find(words("researcher")).await, vec![mei], "headline, stemmed");
    assert_eq!(pool.find(words("residents")).await, vec![mei], "about");
    assert_eq!(pool.find(words("accessibility")).await, vec![mei], "skills");
    assert_eq!(pool.find(words("households")).await, vec![mei], "done-before");
    assert_eq!(pool.find(words("bulky waste")).await, vec![sam], "all words must match");
    assert_eq!(pool.find(words("content designer")).await, vec![seren], "role names");
    assert_eq!(sorted(pool.find(words("waste")).await), sorted(vec![mei, sam]));
    assert!(pool.find(words("astronaut")).await.is_empty());
    assert!(
        pool.find(words("\" OR 1=1 --")).await.len() <= 3,
        "operators are only words"
    );
    // Headline matches outrank matches further down.
    let ranked = pool.find(words("waste")).await;
    assert_eq!(ranked[0], mei, "{ranked:?}");
}

async fn people_are_found_by_name_with_or_without_accents(backend: Backend) {
    let pool = Pool::new(backend).await;
    let [_, _, seren] = sample(&pool).await;
    let sian = pool
        .add(Person {
            name: "Siân Llŷr",
            council: "CRF",
            headline: "Service designer",
            about: "Redesigned the council tax reduction journey.",
            region: "Wales",
            work_mode: "remote",
            level: "Content designer",
            skills: &["User focus"],
            service: None,
            done: None,
            hours: 6,
            status: "listed",
        })
        .await;
    let words = |w: &str| PoolQuery {
        words: Some(w.to_string()),
        ..Default::default()
    };
    for asked in ["Siân Llŷr", "Sian Llyr", "Llŷr", "llyr", "SIAN"] {
        assert_eq!(pool.find(words(asked)).await, vec![sian], "{asked}");
    }
    assert_eq!(pool.find(words("Seren Davies")).await, vec![seren]);
    assert!(
        pool.find(words("Siân Davies")).await.is_empty(),
        "every word must match"
    );
}

/// Welsh words are found as written, not by English stems (domain::full_text); a Welsh
/// profile's roles and skills (reference data, in English) and English profiles' words
/// still are.
async fn welsh_words_are_not_stemmed_as_english(backend: Backend) {
    let pool = Pool::new(backend).await;
    let [mei, _, seren] = sample(&pool).await;
    let gwen = pool
        .add(Person {
            name: "Gwen Morgan",
            council: "CRF",
            headline: "Dylunydd gwasanaethau yn y cyngor",
            about: "Mae tynged y gwasanaeth yn bwysig i'r bobl yng Nghymru.",
            region: "Wales",
            work_mode: "remote",
            level: "Content designer",
            skills: &["User focus"],
            service: None,
            done: None,
            hours: 6,
            status: "listed",
        })
        .await;
    let words = |w: &str| PoolQuery {
        words: Some(w.to_string()),
        ..Default::default()
    };
    assert_eq!(pool.find(words("tynged")).await, vec![gwen], "a Welsh word as written");
    assert_eq!(pool.find(words("dylunydd gwasanaethau")).await, vec![gwen]);
    assert!(
        pool.find(words("tyng")).await.is_empty(),
        "an English stemmer would find tynged by tyng"
    );
    for (asked, what) in [("content designers", "roles"), ("focused", "skills")] {
        assert_eq!(
            sorted(pool.find(words(asked)).await),
            sorted(vec![gwen, seren]),
            "{what} are stemmed as English on a Welsh profile too"
        );
    }
    assert_eq!(
        pool.find(words("researchers")).await,
        vec![mei],
        "English words by their stems"
    );
}

/// Profiles and opportunities written before their language was recorded (migration
/// 0050) are read, and their documents rebuilt, by `migrate`.
async fn migrate_reads_the_words_of_rows_from_before_languages(backend: Backend) {
    let pool = Pool::new(backend).await;
    let [mei, _, _] = sample(&pool).await;
    let db = pool.db();
    store::testing::execute_raw(db, "UPDATE profiles SET words_in = NULL")
        .await
        .unwrap();
    if backend == Backend::Sqlite {
        // Migration 0050 made the full-text table again, empty.
        store::testing::execute_raw(db, "DELETE FROM profile_search")
            .await
            .unwrap();
    }
    let words = |w: &str| PoolQuery {
        words: Some(w.to_string()),
        ..Default::default()
    };
    db.migrate().await.unwrap();
    assert_eq!(pool.find(words("researchers")).await, vec![mei]);
    assert_eq!(
        store::testing::execute_raw(db, "UPDATE profiles SET headline = headline WHERE words_in IS NULL")
            .await
            .unwrap(),
        0,
        "every profile is read"
    );
}

async fn each_filter_alone_and_combined(backend: Backend) {
    let pool = Pool::new(backend).await;
    let [mei, sam, seren] = sample(&pool).await;
    let db = pool.db();
    let researcher = reference::roles(db)
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.name == "User researcher")
        .unwrap()
        .id;
    let research_skill = skill_id(db, "User research methods").await;

    assert_eq!(
        sorted(pool.find(PoolQuery::default()).await),
        sorted(vec![mei, sam, seren]),
        "only listed profiles"
    );
    assert_eq!(
        pool.find(PoolQuery {
            role_id: Some(researcher),
            ..Default::default()
        })
        .await,
        vec![mei]
    );
    assert_eq!(
        sorted(
            pool.find(PoolQuery {
                band: Some(5),
                ..Default::default()
            })
            .await
        ),
        sorted(vec![mei, sam]),
        "senior"
    );
    assert_eq!(
        pool.find(PoolQuery {
            band: Some(4),
            ..Default::default()
        })
        .await,
        vec![seren]
    );
    assert!(pool
        .find(PoolQuery {
            role_id: Some(researcher),
            band: Some(4),
            ..Default::default()
        })
        .await
        .is_empty());
    assert_eq!(
        pool.find(PoolQuery {
            skill_id: Some(research_skill),
            ..Default::default()
        })
        .await,
        vec![mei]
    );
    assert_eq!(
        pool.find(PoolQuery {
            lgsl_id: Some(524),
            ..Default::default()
        })
        .await,
        vec![mei]
    );
    assert_eq!(
        pool.find(PoolQuery {
            region: Some("South East".into()),
            ..Default::default()
        })
        .await,
        vec![sam]
    );
    assert_eq!(
        sorted(
            pool.find(PoolQuery {
                remote: true,
                ..Default::default()
            })
            .await
        ),
        sorted(vec![mei, seren])
    );
    assert_eq!(
        sorted(
            pool.find(PoolQuery {
                region: Some("South East".into()),
                remote: true,
                ..Default::default()
            })
            .await
        ),
        sorted(vec![mei, sam, seren]),
        "in the region, or working remotely"
    );

    // Rates come from each council's rate card; a profile with no rate is left out.
    let now = Utc::now();
    let mut tx = db.begin().await.unwrap();
    let leeds = organisations::find_by_code(db, "LDS").await.unwrap().unwrap();
    let wokingham = organisations::find_by_code(db, "WOK").await.unwrap().unwrap();
    rate_cards::set(
        &mut tx,
        leeds.id,
        level_id(db, "Senior user researcher").await,
        Some(5500),
        None,
        now,
    )
    .await
    .unwrap();
    rate_cards::set(
        &mut tx,
        wokingham.id,
        level_id(db, "Senior developer").await,
        Some(7000),
        None,
        now,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(
        pool.find(PoolQuery {
            max_rate_pence: Some(6000),
            ..Default::default()
        })
        .await,
        vec![mei]
    );
    assert_eq!(
        sorted(
            pool.find(PoolQuery {
                max_rate_pence: Some(7000),
                ..Default::default()
            })
            .await
        ),
        sorted(vec![mei, sam])
    );
    // A manager's override wins over the card.
    let mut tx = db.begin().await.unwrap();
    profiles::set_manager_fields(&mut tx, sam, Some(5000), None, now)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(
        sorted(
            pool.find(PoolQuery {
                max_rate_pence: Some(6000),
                ..Default::default()
            })
            .await
        ),
        sorted(vec![mei, sam])
    );

    let combined = PoolQuery {
        words: Some("waste".into()),
        skill_id: Some(research_skill),
        region: Some("Yorkshire and The Humber".into()),
        max_rate_pence: Some(6000),
        min_free_minutes: Some(4 * 60),
        ..Default::default()
    };
    assert_eq!(pool.find(combined).await, vec![mei]);
}

async fn free_hours_at_week_boundaries(backend: Backend) {
    let pool = Pool::new(backend).await;
    let [mei, sam, seren] = sample(&pool).await;
    let db = pool.db();
    let w = pool.week;
    let now = Utc::now();
    // Mei: 4 h a week, 3 h held in week w+1. Seren: 8 h, unavailable in week w+2.
    let mut tx = db.begin().await.unwrap();
    let hold = NewHold {
        profile_id: mei,
        week: w.next(),
        minutes: 180,
        kind: HoldKind::Booking,
        source_type: "test",
        source_id: 1,
    };
    capacity::add_hold(&mut tx, &hold, now).await.unwrap();
    profiles::add_unavailable_week(&mut tx, seren, w.plus(2).monday())
        .await
        .unwrap();
    // Sam's availability ends on the Monday of week w+1: that week still counts, w+2 does not.
    profiles::set_capacity(
        &mut tx,
        sam,
        120,
        w.monday() - chrono::Duration::days(70),
        Some(w.next().monday()),
        now,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();

    let at_least = |hours: i64, weeks: Vec<Week>| PoolQuery {
        min_free_minutes: Some(hours * 60),
        weeks,
        ..Default::default()
    };
    assert_eq!(
        sorted(pool.find(at_least(2, vec![w])).await),
        sorted(vec![mei, sam, seren])
    );
    assert_eq!(
        sorted(pool.find(at_least(2, w.through(w.next()))).await),
        sorted(vec![sam, seren]),
        "Mei has 1 h left in w+1"
    );
    assert_eq!(
        sorted(pool.find(at_least(1, w.through(w.next()))).await),
        sorted(vec![mei, sam, seren])
    );
    assert_eq!(
        pool.find(at_least(1, w.through(w.plus(2)))).await,
        vec![mei],
        "Sam has ended, Seren is away"
    );
    assert_eq!(pool.find(at_least(5, vec![w])).await, vec![seren]);
    assert_eq!(pool.find(at_least(9, vec![w])).await, Vec::<i64>::new());

    // Released holds give the hours back.
    let mut tx = db.begin().await.unwrap();
    capacity::release_holds(&mut tx, "test", 1, now).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(
        sorted(pool.find(at_least(2, w.through(w.next()))).await),
        sorted(vec![mei, sam, seren])
    );

    let free = capacity::free_by_week(db, &[mei, sam, seren], &w.through(w.plus(2)))
        .await
        .unwrap();
    assert_eq!(free[&mei], vec![240, 240, 240]);
    assert_eq!(free[&sam], vec![120, 120, 0]);
    assert_eq!(free[&seren], vec![480, 480, 0]);
    // The figures the search keeps are the same, inside its horizon and beyond it.
    for weeks in [w.through(w.plus(2)), w.plus(2).through(w.plus(30))] {
        let computed = capacity::free_by_week(db, &[mei, sam, seren], &weeks).await.unwrap();
        let kept = capacity::kept_free_by_week(db, &[mei, sam, seren], &weeks)
            .await
            .unwrap();
        assert_eq!(kept, computed);
    }

    // Before the available dates start, nothing is free.
    let early = Week::containing(NaiveDate::from_ymd_opt(2026, 1, 5).unwrap());
    assert!(pool.find(at_least(1, vec![early])).await.is_empty());
}

async fn pages_are_stable(backend: Backend) {
    let pool = Pool::new(backend).await;
    for i in 0..25 {
        pool.add(Person {
            name: &format!("Person {i:02}"),
            council: "LDS",
            headline: "Delivery manager",
            about: "Agile delivery.",
            region: "London",
            work_mode: "remote",
            level: "Delivery manager",
            skills: &[],
            service: None,
            done: None,
            hours: 1 + (i % 3),
            status: "listed",
        })
        .await;
    }
    let q = PoolQuery {
        words: Some("delivery".into()),
        weeks: vec![pool.week],
        ..Default::default()
    };
    let all: Vec<i64> = search(pool.db(), &q, 100, 0)
        .await
        .unwrap()
        .into_iter()
        .map(|h| h.id)
        .collect();
    assert_eq!(all.len(), 25);
    let mut paged = Vec::new();
    for page in 0..3 {
        paged.extend(
            search(pool.db(), &q, 10, page * 10)
                .await
                .unwrap()
                .into_iter()
                .map(|h| h.id),
        );
    }
    assert_eq!(paged, all, "pages join up without gaps or repeats");
    let hits = search(pool.db(), &q, 100, 0).await.unwrap();
    assert!(
        hits.windows(2)
            .all(|p| p[0].relevance > p[1].relevance || p[0].total_free >= p[1].total_free),
        "more free hours first among equals"
    );
}

async fn without_words_the_most_free_come_first(backend: Backend) {
    let pool = Pool::new(backend).await;
    let [mei, sam, seren] = sample(&pool).await;
    let w = pool.week;
    // The usual four weeks from this week, read through the next4 index…
    let usual = PoolQuery {
        weeks: w.through(w.plus(3)),
        this_week: Some(w),
        ..Default::default()
    };
    assert_eq!(pool.find(usual.clone()).await, vec![seren, mei, sam]);
    let hits = search(pool.db(), &usual, 10, 0).await.unwrap();
    assert_eq!(
        hits.iter().map(|h| h.total_free).collect::<Vec<_>>(),
        vec![4 * 480, 4 * 240, 4 * 120]
    );
    let filtered = PoolQuery {
        remote: true,
        min_free_minutes: Some(300),
        ..usual.clone()
    };
    assert_eq!(pool.find(filtered).await, vec![seren]);
    assert_eq!(search(pool.db(), &usual, 1, 1).await.unwrap()[0].id, mei, "pages");
    // …give the same answer as any other window of weeks.
    let other = PoolQuery {
        weeks: w.through(w.plus(4)),
        this_week: Some(w),
        ..Default::default()
    };
    assert_eq!(pool.find(other).await, vec![seren, mei, sam]);
}

async fn free_hours_follow_the_weeks_as_they_roll(backend: Backend) {
    let pool = Pool::new(backend).await;
    let [mei, sam, seren] = sample(&pool).await;
    let w = pool.week;
    let at_least = |weeks: Vec<Week>| PoolQuery {
        min_free_minutes: Some(60),
        weeks,
        ..Default::default()
    };
    assert_eq!(
        sorted(pool.find(at_least(vec![w])).await),
        sorted(vec![mei, sam, seren])
    );
    // Months later, beyond the weeks kept so far: they are computed then, holds included.
    let later = w.plus(40);
    let mut tx = pool.db().begin().await.unwrap();
    let hold = NewHold {
        profile_id: seren,
        week: later,
        minutes: 480,
        kind: HoldKind::Contract,
        source_type: "test",
        source_id: 9,
    };
    capacity::add_hold(&mut tx, &hold, Utc::now()).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(sorted(pool.find(at_least(vec![later])).await), sorted(vec![mei, sam]));
    assert_eq!(capacity::horizon(pool.db()).await.unwrap(), Some(later));
}

/// A cached search, checked against the statement itself.
async fn cached(pool: &Pool, cache: &SearchCache<Vec<store::search::Hit>>, q: PoolQuery) -> Vec<i64> {
    let hits: Vec<i64> = cached_search(pool.db(), cache, &q, 100, 0)
        .await
        .unwrap()
        .iter()
        .map(|h| h.id)
        .collect();
    assert_eq!(hits, pool.find(q).await, "the cache agrees with the statement");
    hits
}

/// Cached results are only ever what the statement would return now: every kind of change
/// a search reads moves the generation, in the writer's own transaction.
async fn cached_results_follow_every_change(backend: Backend) {
    let pool = Pool::new(backend).await;
    let [mei, sam, seren] = sample(&pool).await;
    let db = pool.db();
    let w = pool.week;
    let cache = SearchCache::new(1 << 20);
    let at_least_3 = PoolQuery {
        min_free_minutes: Some(180),
        weeks: vec![w],
        ..Default::default()
    };
    let researchers = PoolQuery {
        words: Some("researcher".into()),
        weeks: vec![w],
        ..Default::default()
    };
    assert_eq!(
        sorted(cached(&pool, &cache, at_least_3.clone()).await),
        sorted(vec![mei, seren])
    );
    assert_eq!(cached(&pool, &cache, researchers.clone()).await, vec![mei]);
    let generation_before_hold = generation(db).await.unwrap();
    let before = generation_before_hold.value;
    assert_eq!(
        cached(&pool, &cache, researchers.clone()).await,
        vec![mei],
        "unchanged, from the cache"
    );
    assert_eq!(generation(db).await.unwrap().value, before, "reading does not move it");

    // A hold takes Mei below 3 free hours.
    let now = Utc::now();
    let mut tx = db.begin().await.unwrap();
    let hold = NewHold {
        profile_id: mei,
        week: w,
        minutes: 120,
        kind: HoldKind::Request,
        source_type: "test",
        source_id: 9,
    };
    capacity::add_hold(&mut tx, &hold, now).await.unwrap();
    tx.commit().await.unwrap();
    let after = generation(db).await.unwrap();
    assert!(after.free > generation_before_hold.free);
    assert_eq!(
        after.matches, generation_before_hold.matches,
        "free hours do not change which profiles match"
    );
    assert_eq!(cached(&pool, &cache, at_least_3.clone()).await, vec![seren]);

    // A rolled-back change leaves the generation, and the answers, as they were.
    let settled = generation(db).await.unwrap().value;
    let mut tx = db.begin().await.unwrap();
    profiles::set_status(&mut tx, mei, "paused", None, now).await.unwrap();
    tx.rollback().await.unwrap();
    assert_eq!(generation(db).await.unwrap().value, settled);
    assert_eq!(cached(&pool, &cache, researchers.clone()).await, vec![mei]);

    // New words in a profile, and a profile leaving the pool.
    let mut tx = db.begin().await.unwrap();
    let details = DetailsUpdate {
        display_name: "Sam Okafor",
        headline: "Developer and researcher",
        about: "Built appointment booking in Rails.",
        region: Some("South East"),
        work_mode: "on_site",
        contact_email: None,
    };
    profiles::update_details(&mut tx, sam, &details, now).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(
        sorted(cached(&pool, &cache, researchers.clone()).await),
        sorted(vec![mei, sam])
    );
    let mut tx = db.begin().await.unwrap();
    profiles::set_status(&mut tx, mei, "paused", None, now).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(cached(&pool, &cache, researchers).await, vec![sam]);
}

/// A change to free hours keeps a cached first page when it cannot reach it (the same page
/// is served, not rebuilt) and rebuilds it when it can: a profile on the page changed, or a
/// profile off it now ranks onto it.
async fn pages_outlast_free_hours_that_cannot_reach_them(backend: Backend) {
    let pool = Pool::new(backend).await;
    let [mei, sam, seren] = sample(&pool).await;
    let db = pool.db();
    let w = pool.week;
    let cache = SearchCache::new(1 << 20);
    let first_two = |q: PoolQuery| {
        let cache = &cache;
        async move {
            let page = cached_search(db, cache, &q, 2, 0).await.unwrap();
            let ids: Vec<i64> = page.iter().map(|h| h.id).collect();
            let expected: Vec<i64> = search(db, &q, 2, 0).await.unwrap().iter().map(|h| h.id).collect();
            assert_eq!(ids, expected, "the cache agrees with the statement");
            (page, ids)
        }
    };
    let hold = |profile_id: i64, minutes: i64, source_id: i64| async move {
        let mut tx = db.begin().await.unwrap();
        let hold = NewHold {
            profile_id,
            week: w,
            minutes,
            kind: HoldKind::Request,
            source_type: "test",
            source_id,
        };
        capacity::add_hold(&mut tx, &hold, Utc::now()).await.unwrap();
        tx.commit().await.unwrap();
    };
    let release = |source_id: i64| async move {
        let mut tx = db.begin().await.unwrap();
        capacity::release_holds(&mut tx, "test", source_id, Utc::now())
            .await
            .unwrap();
        tx.commit().await.unwrap();
    };
    let most_free = PoolQuery {
        weeks: vec![w],
        ..Default::default()
    };
    let waste = PoolQuery {
        words: Some("waste".into()),
        weeks: vec![w],
        ..Default::default()
    };
    // The weeks kept in profile_free start this week (the first search would roll them).
    capacity::ensure_horizon(db, w).await.unwrap();
    let (kept, ids) = first_two(most_free.clone()).await;
    assert_eq!(ids, vec![seren, mei]);

    // Sam (off the first page) loses an hour: the page stands, served as it was kept.
    let before = generation(db).await.unwrap();
    hold(sam, 60, 1).await;
    let after = generation(db).await.unwrap();
    assert!(after.free > before.free);
    assert_eq!(after.value, before.value, "free hours move only their own counter");
    let (page, _) = first_two(most_free.clone()).await;
    assert!(Arc::ptr_eq(&kept, &page), "kept, not rebuilt");
    // Seren is not found by the words at all.
    let (kept_words, words_ids) = first_two(waste.clone()).await;
    assert_eq!(sorted(words_ids), sorted(vec![mei, sam]));
    hold(seren, 60, 2).await;
    let (page, _) = first_two(waste.clone()).await;
    assert!(Arc::ptr_eq(&kept_words, &page), "kept, not rebuilt");

    // Mei, on the page, loses all her hours: rebuilt, Sam now second.
    hold(mei, 240, 3).await;
    let (page, ids) = first_two(most_free.clone()).await;
    assert!(!Arc::ptr_eq(&kept, &page));
    assert_eq!(ids, vec![seren, sam]);
    // Mei's hours come back: she is off the page but now ranks onto it.
    release(3).await;
    let (_, ids) = first_two(most_free.clone()).await;
    assert_eq!(ids, vec![seren, mei]);
    // And a search for at least 3 free hours finds the change too.
    let at_least_3 = PoolQuery {
        min_free_minutes: Some(180),
        ..most_free.clone()
    };
    assert_eq!(first_two(at_least_3.clone()).await.1, vec![seren, mei]);
    release(2).await;
    hold(seren, 360, 4).await;
    assert_eq!(first_two(at_least_3).await.1, vec![mei]);
}

/// Equal relevance is broken by free hours, then id, across page boundaries.
async fn ties_in_relevance_go_to_the_most_free(backend: Backend) {
    let pool = Pool::new(backend).await;
    let twin = |name: &'static str, hours: i64| Person {
        name,
        council: "BST",
        headline: "Service designer for parking permits",
        about: "Maps journeys for residents.",
        region: "South West",
        work_mode: "remote",
        level: "Senior user researcher",
        skills: &[],
        service: None,
        done: None,
        hours,
        status: "listed",
    };
    let a = pool.add(twin("Ada Twin", 2)).await;
    let b = pool.add(twin("Bea Twin", 6)).await;
    let c = pool.add(twin("Cy Twin", 6)).await;
    let q = PoolQuery {
        words: Some("parking permits".into()),
        weeks: vec![pool.week],
        ..Default::default()
    };
    let page = |limit, offset| {
        let q = q.clone();
        let db = pool.db().clone();
        async move {
            search(&db, &q, limit, offset)
                .await
                .unwrap()
                .into_iter()
                .map(|h| h.id)
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(page(10, 0).await, vec![b, c, a]);
    assert_eq!(page(1, 0).await, vec![b]);
    assert_eq!(page(1, 1).await, vec![c]);
    assert_eq!(page(1, 2).await, vec![a]);
    assert_eq!(page(1, 3).await, Vec::<i64>::new());
}

/// More profiles than the search ranks one by one (1,000): common words and filters most
/// profiles pass are walked from the most free down, and still give exactly the order a
/// full sort would: headline matches first for common words, then free hours, then id.
async fn many_matches_are_walked_in_the_same_order(backend: Backend) {
    let pool = Pool::new(backend).await;
    let mut people = Vec::new();
    for i in 0..1060_i64 {
        let paused = i % 53 == 0;
        let id = pool
            .add(Person {
                name: &format!("Person {i:04}"),
                council: if i % 3 == 0 { "LDS" } else { "WOK" },
                headline: if i % 2 == 0 { "Bins expert" } else { "Generalist" },
                about: "I work on bins and recycling.",
                region: if i % 4 == 0 { "London" } else { "Wales" },
                work_mode: if i % 5 == 0 { "on_site" } else { "remote" },
                level: "Delivery manager",
                skills: &[],
                service: None,
                done: None,
                hours: 1 + (i * 7 % 11),
                status: if paused { "paused" } else { "listed" },
            })
            .await;
        if !paused {
            people.push((id, i));
        }
    }
    let w = pool.week;
    let hours = |i: i64| 1 + (i * 7 % 11);
    // The order a full sort gives: `first` before the rest, then more hours, then id.
    let expected = |keep: &dyn Fn(i64) -> bool, first: &dyn Fn(i64) -> bool| -> Vec<i64> {
        let mut v: Vec<(bool, i64, i64)> = people
            .iter()
            .filter(|(_, i)| keep(*i))
            .map(|(id, i)| (!first(*i), -hours(*i), *id))
            .collect();
        v.sort();
        v.into_iter().map(|(_, _, id)| id).collect()
    };
    let db = pool.db();
    let found = |q: PoolQuery, limit: i64, offset: i64| async move {
        search(db, &q, limit, offset)
            .await
            .unwrap()
            .into_iter()
            .map(|h| h.id)
            .collect::<Vec<i64>>()
    };
    let two_weeks = w.through(w.plus(1));
    // A word every profile has, in none of their headlines: by free hours.
    let work = PoolQuery {
        words: Some("work".into()),
        weeks: two_weeks.clone(),
        this_week: Some(w),
        ..Default::default()
    };
    let all = expected(&|_| true, &|_| false);
    assert_eq!(found(work.clone(), 30, 0).await, all[..30].to_vec());
    assert_eq!(found(work, 10, 200).await, all[200..210].to_vec());
    // A word every profile has, half in their headline: those first, pages join up.
    let bins = PoolQuery {
        words: Some("bins".into()),
        weeks: two_weeks.clone(),
        this_week: Some(w),
        ..Default::default()
    };
    let headline_first = expected(&|_| true, &|i| i % 2 == 0);
    let evens = people.iter().filter(|(_, i)| i % 2 == 0).count();
    assert_eq!(found(bins.clone(), 20, 0).await, headline_first[..20].to_vec());
    assert_eq!(
        found(bins, 10, i64::try_from(evens - 5).unwrap()).await,
        headline_first[evens - 5..evens + 5].to_vec(),
        "the last headline matches, then the first of the rest"
    );
    // Filters most profiles pass, over weeks other than the usual four.
    let wales_remote = PoolQuery {
        region: Some("Wales".into()),
        weeks: two_weeks.clone(),
        this_week: Some(w),
        min_free_minutes: Some(4 * 60),
        ..Default::default()
    };
    let wales = expected(&|i| i % 4 != 0 && hours(i) >= 4, &|_| false);
    assert_eq!(found(wales_remote, 25, 0).await, wales[..25].to_vec());
    let remote = PoolQuery {
        remote: true,
        words: Some("recycling work".into()),
        weeks: two_weeks,
        this_week: Some(w),
        ..Default::default()
    };
    let remote_expected = expected(&|i| i % 5 != 0, &|_| false);
    assert_eq!(found(remote, 15, 40).await, remote_expected[40..55].to_vec());
    // Deep in the matches of a word and a region: more than a walk reads before it reads
    // the matches at once instead.
    let london = PoolQuery {
        words: Some("work".into()),
        region: Some("London".into()),
        weeks: w.through(w.plus(1)),
        this_week: Some(w),
        ..Default::default()
    };
    let london_expected = expected(&|i| i % 4 == 0, &|_| false);
    assert_eq!(found(london.clone(), 100, 200).await, london_expected[200..].to_vec());
    // The same searches when their words count as common enough to walk (matches checked
    // a window of ids at a time), and, with a sparse filter, to give up the walk for one
    // statement: the same order.
    store::search::set_dense_matches(100);
    let walked = found(london, 100, 200).await;
    let bins_remote = PoolQuery {
        words: Some("bins".into()),
        remote: true,
        weeks: w.through(w.plus(1)),
        this_week: Some(w),
        ..Default::default()
    };
    let bins_remote_found = found(bins_remote, 30, 10).await;
    store::search::set_dense_matches(10_000);
    assert_eq!(walked, london_expected[200..].to_vec());
    let bins_remote_expected = expected(&|i| i % 5 != 0, &|i| i % 2 == 0);
    assert_eq!(bins_remote_found, bins_remote_expected[10..40].to_vec());
}

/// A level band is found through each profile's own row (`level_bands`, kept by triggers
/// on its roles): it follows a role's level changing, a second role, and a role removed.
async fn level_bands_follow_roles_as_they_change(backend: Backend) {
    let pool = Pool::new(backend).await;
    let seren = pool
        .add(Person {
            name: "Seren Jones",
            council: "WOK",
            headline: "Content designer",
            about: "Plain English.",
            region: "Wales",
            work_mode: "remote",
            level: "Content designer",
            skills: &[],
            service: None,
            done: None,
            hours: 8,
            status: "listed",
        })
        .await;
    let db = pool.db();
    let levels = reference::levels(db).await.unwrap();
    let first = levels.iter().find(|l| l.name == "Content designer").unwrap();
    let other = levels
        .iter()
        .find(|l| l.role_id == first.role_id && l.band != first.band)
        .unwrap();
    let second_role = levels
        .iter()
        .find(|l| l.role_id != first.role_id && l.band != first.band && l.band != other.band)
        .unwrap();
    let by_band = |band: i64| {
        pool.find(PoolQuery {
            band: Some(band),
            ..Default::default()
        })
    };
    assert_eq!(by_band(first.band).await, vec![seren]);
    assert!(by_band(other.band).await.is_empty());
    let mut tx = db.begin().await.unwrap();
    profiles::put_role(&mut tx, seren, other.id).await.unwrap();
    tx.commit().await.unwrap();
    assert!(by_band(first.band).await.is_empty(), "the level changed");
    assert_eq!(by_band(other.band).await, vec![seren]);
    let mut tx = db.begin().await.unwrap();
    profiles::put_role(&mut tx, seren, second_role.id).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(by_band(other.band).await, vec![seren], "a second role adds its band");
    assert_eq!(by_band(second_role.band).await, vec![seren]);
    let mut tx = db.begin().await.unwrap();
    profiles::remove_role(&mut tx, seren, first.role_id).await.unwrap();
    tx.commit().await.unwrap();
    assert!(by_band(other.band).await.is_empty(), "the role was removed");
    assert_eq!(by_band(second_role.band).await, vec![seren]);
    assert!(by_band(9).await.is_empty());
}

store::on_both!(
    level_bands_follow_roles_as_they_change,
    people_are_found_by_name_with_or_without_accents,
    welsh_words_are_not_stemmed_as_english,
    migrate_reads_the_words_of_rows_from_before_languages,
    words_are_found_in_every_searchable_field,
    each_filter_alone_and_combined,
    free_hours_at_week_boundaries,
    pages_are_stable,
    without_words_the_most_free_come_first,
    free_hours_follow_the_weeks_as_they_roll,
    cached_results_follow_every_change,
    pages_outlast_free_hours_that_cannot_reach_them,
    ties_in_relevance_go_to_the_most_free,
    many_matches_are_walked_in_the_same_order
);
