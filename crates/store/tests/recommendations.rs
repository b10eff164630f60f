//! Recommendations on both backends: candidates are read from the pool as the ranking
//! needs them, and an evaluation on a generated pool with a known best practitioner for
//! each opportunity (SPEC §4.11: the right person in the top 5 for at least 90 %).

use chrono::Utc;
use domain::pool::WorkMode;
use domain::recommendations::{rank, Counted, Wanted};
use domain::weeks::Week;
use store::capacity;
use store::profiles::{self, DetailsUpdate, NewDoneBefore};
use store::recommendations::{alike, candidates, counted, details, skills_in_criteria};
use store::testing::fresh;
use store::{opportunities, organisations, reference, users, Backend, Db};

/// A small deterministic generator, so a failing evaluation can be replayed.
struct Draw(u64);

impl Draw {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

struct Practitioner<'s> {
    council: &'s str,
    level_id: i64,
    skills: &'s [i64],
    service: Option<i64>,
    done_on: Option<i64>,
    hours_a_week: i64,
    work_mode: &'s str,
}

async fn add(db: &Db, n: usize, p: Practitioner<'_>) -> i64 {
    let now = Utc::now();
    let org = organisations::find_by_code(db, p.council).await.unwrap().unwrap();
    let name = format!("Practitioner {n}");
    let email = format!("practitioner.{n}@{}.test", p.council.to_lowercase());
    let new = users::NewUser {
        email: &email,
        display_name: &name,
        password_hash: "x",
        platform_admin: false,
    };
    let user = users::create(db, &new, now).await.unwrap();
    let mut tx = db.begin().await.unwrap();
    let id = profiles::create(&mut tx, user, org.id, &name, now).await.unwrap();
    let details = DetailsUpdate {
        display_name: &name,
        headline: "Works on council services",
        about: "",
        region: Some("Wales"),
        work_mode: p.work_mode,
        contact_email: None,
    };
    profiles::update_details(&mut tx, id, &details, now).await.unwrap();
    profiles::put_role(&mut tx, id, p.level_id).await.unwrap();
    for skill in p.skills {
        profiles::add_skill(&mut tx, id, *skill).await.unwrap();
    }
    if let Some(service) = p.service {
        profiles::add_service(&mut tx, id, service).await.unwrap();
    }
    if let Some(service) = p.done_on {
        let done = NewDoneBefore {
            title: "Redesigned the service",
            lgsl_id: Some(service),
            delivered: "A new online form",
            year: 2025,
            link: None,
        };
        profiles::add_done_before(&mut tx, id, &done, now).await.unwrap();
    }
    let from = first_week().monday() - chrono::Duration::days(70);
    profiles::set_capacity(&mut tx, id, p.hours_a_week * 60, from, None, now)
        .await
        .unwrap();
    profiles::set_status(&mut tx, id, "listed", None, now).await.unwrap();
    tx.commit().await.unwrap();
    id
}

fn first_week() -> Week {
    Week::parse_iso("2027-W10").unwrap()
}

/// The columns of the four weeks after the first.
fn four_weeks() -> Vec<String> {
    let mut week = first_week();
    (0..4)
        .map(|_| {
            week = week.next();
            capacity::column(first_week(), week).unwrap()
        })
        .collect()
}

async fn candidates_are_read_from_the_pool(backend: Backend) {
    let t = fresh(backend).await.unwrap();
    let db = &t.db;
    let levels = reference::levels(db).await.unwrap();
    let level = &levels[0];
    let skills = reference::skills_of_role(db, level.role_id).await.unwrap();
    let expert = |council, hours| Practitioner {
        council,
        level_id: level.id,
        skills: &skills[..2],
        service: Some(524),
        done_on: Some(524),
        hours_a_week: hours,
        work_mode: "remote",
    };
    let cardiff = add(db, 1, expert("CRF", 10)).await;
    let leeds = add(db, 2, expert("LDS", 10)).await;
    let busy = add(db, 3, expert("WOK", 0)).await;
    capacity::ensure_horizon(db, first_week()).await.unwrap();
    let wanted = Wanted {
        lgsl_id: Some(524),
        role_id: Some(level.role_id),
        skill_ids: skills.clone(),
        minutes: Some(20 * 60),
        work_mode: Some(WorkMode::Remote),
        weeks: 4,
        ..Wanted::default()
    };
    let leeds_id = organisations::find_by_code(db, "LDS").await.unwrap().unwrap().id;
    let found = candidates(db, &wanted, leeds_id, &four_weeks(), 10).await.unwrap();
    let ids: Vec<i64> = found.iter().map(|c| c.profile_id).collect();
    assert_eq!(
        ids,
        vec![cardiff],
        "the buyer's own council ({leeds}) and those with no free time ({busy}) are left out"
    );
    let c = &found[0];
    assert!(c.worked_on_service);
    assert_eq!(c.done_before, vec!["Redesigned the service".to_string()]);
    assert_eq!(c.role_level.as_deref(), Some(level.name.as_str()));
    assert_eq!(c.skills.len(), 2);
    assert_eq!(c.free_minutes, 4 * 10 * 60);
    assert_eq!(c.work_mode, Some(WorkMode::Remote));
    let busy_read = details(db, &wanted, &[busy], &four_weeks()).await.unwrap();
    assert_eq!(busy_read[0].free_minutes, 0);
    assert!(
        rank(&wanted, &busy_read, 10).is_empty(),
        "no free time, no recommendation"
    );
}

/// Everyone is counted and only the best read in full: what that ranks first is what
/// ranking every holder of the service or the role read in full would, and what is counted
/// of each is what reading them in full finds.
async fn counting_everyone_ranks_as_reading_everyone(backend: Backend) {
    let t = fresh(backend).await.unwrap();
    let db = &t.db;
    let mut draw = Draw(20_261_208);
    let levels = reference::levels(db).await.unwrap();
    let level = &levels[0];
    let role_skills = reference::skills_of_role(db, level.role_id).await.unwrap();
    let councils = ["CRF", "WOK", "BST", "MAN", "SWA"];
    let mut added = Vec::new();
    for n in 0..300 {
        let skills = &role_skills[..role_skills.len().min(draw.below(4))];
        let holds_role = draw.below(3) > 0;
        let someone = Practitioner {
            council: councils[draw.below(councils.len())],
            level_id: if holds_role {
                level.id
            } else {
                levels[1 + draw.below(levels.len() - 1)].id
            },
            skills,
            service: (draw.below(3) == 0).then_some(524),
            done_on: (draw.below(6) == 0).then_some(524),
            hours_a_week: draw.below(12) as i64,
            work_mode: ["remote", "on_site", "either"][draw.below(3)],
        };
        added.push(add(db, n + 1, someone).await);
    }
    capacity::ensure_horizon(db, first_week()).await.unwrap();
    let leeds = organisations::find_by_code(db, "LDS").await.unwrap().unwrap().id;
    // The first asks for a level one band from the one held: its band is counted too.
    let asked = [
        (Some(524), Some(level.role_id), None, Some(level.band + 1)),
        (None, Some(level.role_id), Some(9_000), None),
        (Some(524), None, None, None),
    ];
    for (lgsl_id, role_id, max_rate_pence, band) in asked {
        let wanted = Wanted {
            lgsl_id,
            role_id,
            band,
            skill_ids: role_skills.clone(),
            minutes: Some(30 * 60),
            max_rate_pence,
            work_mode: Some(WorkMode::Remote),
            weeks: 4,
            ..Wanted::default()
        };
        // Everyone who has worked on the service or holds the role, read in full.
        let everyone: Vec<_> = details(db, &wanted, &added, &four_weeks())
            .await
            .unwrap()
            .into_iter()
            .filter(|c| {
                (lgsl_id.is_some() && (c.worked_on_service || !c.done_before.is_empty()))
                    || (role_id.is_some() && c.role_level.is_some())
            })
            .collect();
        assert!(everyone.len() > 100, "{}", everyone.len());
        let read = candidates(db, &wanted, leeds, &four_weeks(), 10).await.unwrap();
        assert_eq!(read.len(), 10, "only the best are read in full");
        assert_eq!(
            rank(&wanted, &read, 10),
            rank(&wanted, &everyone, 10),
            "{lgsl_id:?} {role_id:?}"
        );
        let mut found = counted(db, &wanted, leeds, &four_weeks()).await.unwrap();
        found.sort_by_key(|k| k.profile_id);
        let able: Vec<Counted> = everyone
            .iter()
            .filter(|c| c.free_minutes > 0)
            .map(Counted::of)
            .collect();
        assert_eq!(found, able, "everyone who could take the work, counted as read in full");
    }
}

/// Skills an opportunity's criteria name are found by name, whatever the case.
async fn skills_named_in_criteria_are_found(backend: Backend) {
    let t = fresh(backend).await.unwrap();
    let db = &t.db;
    let skills = reference::skills(db).await.unwrap();
    let (first, second) = (&skills[0], &skills[1]);
    let text = format!(
        "Must have: {}.\nNice to have: {} and a driving licence.",
        first.name.to_uppercase(),
        second.name
    );
    let mut expected = vec![first.id, second.id];
    expected.sort_unstable();
    let found = reference::skills_named_in(db, &text).await.unwrap();
    for id in &expected {
        assert!(found.contains(id), "{found:?} lacks {id}");
    }
    assert!(reference::skills_named_in(db, "Nothing relevant here")
        .await
        .unwrap()
        .is_empty());

    // The same matching, from the practitioner's side: which of their skills each
    // opportunity's criteria name.
    let now = Utc::now();
    let buyer = users::NewUser {
        email: "buyer@leeds.test",
        display_name: "Buyer",
        password_hash: "x",
        platform_admin: false,
    };
    let buyer = users::create(db, &buyer, now).await.unwrap();
    let leeds = organisations::find_by_code(db, "LDS").await.unwrap().unwrap().id;
    let mut tx = db.begin().await.unwrap();
    let asks_both = opportunities::create(&mut tx, leeds, buyer, "specialist", now)
        .await
        .unwrap();
    opportunities::set_criteria(&mut tx, asks_both, std::slice::from_ref(&text), &[])
        .await
        .unwrap();
    let asks_none = opportunities::create(&mut tx, leeds, buyer, "specialist", now)
        .await
        .unwrap();
    opportunities::set_criteria(&mut tx, asks_none, &["Kind to residents".into()], &[])
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let named = skills_in_criteria(db, &[asks_both, asks_none], &[first.id, skills[2].id])
        .await
        .unwrap();
    assert_eq!(
        named,
        vec![(asks_both, first.id)],
        "only the practitioner's skills, where named"
    );
}

/// Thirty opportunities, each with one practitioner planted as its best match (done-before
/// work on its service, its role and skills, enough free time, remote), among generalists
/// of its role with more free time, people who have only worked on its service, experts
/// with no time, and a crowd of others.
async fn the_best_match_is_in_the_top_five(backend: Backend) {
    let t = fresh(backend).await.unwrap();
    let db = &t.db;
    let mut draw = Draw(20_261_207);
    let levels = reference::levels(db).await.unwrap();
    let services: Vec<i64> = reference::services(db)
        .await
        .unwrap()
        .iter()
        .map(|s| s.id)
        .take(200)
        .collect();
    let councils = ["CRF", "WOK", "BST", "MAN", "SWA", "GWN"];
    let mut n = 0;
    let mut next = || {
        n += 1;
        n
    };
    let mut opportunities = Vec::new();
    for i in 0..30 {
        let level = &levels[draw.below(levels.len())];
        let role_skills = reference::skills_of_role(db, level.role_id).await.unwrap();
        let service = services[(i * 7) % services.len()];
        let council = councils[draw.below(councils.len())];
        let skills = &role_skills[..role_skills.len().min(1 + draw.below(3))];
        let best = Practitioner {
            council,
            level_id: level.id,
            skills,
            service: Some(service),
            done_on: Some(service),
            hours_a_week: 4 + draw.below(8) as i64,
            work_mode: ["remote", "either"][draw.below(2)],
        };
        let best = add(db, next(), best).await;
        for _ in 0..3 {
            let generalist = Practitioner {
                council: councils[draw.below(councils.len())],
                level_id: level.id,
                skills: &role_skills[..role_skills.len().min(3)],
                service: None,
                done_on: None,
                hours_a_week: 20 + draw.below(15) as i64,
                work_mode: "remote",
            };
            add(db, next(), generalist).await;
        }
        let other = &levels[draw.below(levels.len())];
        let worked_on = Practitioner {
            council: councils[draw.below(councils.len())],
            level_id: other.id,
            skills: &[],
            service: Some(service),
            done_on: None,
            hours_a_week: 1 + draw.below(20) as i64,
            work_mode: "either",
        };
        add(db, next(), worked_on).await;
        let no_time = Practitioner {
            hours_a_week: 0,
            ..best_like(level.id, skills, service)
        };
        add(db, next(), no_time).await;
        opportunities.push((level.role_id, role_skills, service, best));
    }
    for _ in 0..120 {
        let level = &levels[draw.below(levels.len())];
        let service = services[draw.below(services.len())];
        let crowd = Practitioner {
            council: councils[draw.below(councils.len())],
            level_id: level.id,
            skills: &[],
            service: (draw.below(2) == 0).then_some(service),
            done_on: (draw.below(4) == 0).then_some(service),
            hours_a_week: draw.below(30) as i64,
            work_mode: ["remote", "on_site", "either"][draw.below(3)],
        };
        add(db, next(), crowd).await;
    }
    capacity::ensure_horizon(db, first_week()).await.unwrap();
    let leeds = organisations::find_by_code(db, "LDS").await.unwrap().unwrap().id;
    let mut found = 0;
    for (role_id, skill_ids, service, best) in &opportunities {
        let wanted = Wanted {
            lgsl_id: Some(*service),
            role_id: Some(*role_id),
            skill_ids: skill_ids.clone(),
            minutes: Some(16 * 60),
            work_mode: Some(WorkMode::Remote),
            weeks: 4,
            ..Wanted::default()
        };
        let pool = candidates(db, &wanted, leeds, &four_weeks(), 5).await.unwrap();
        let top: Vec<i64> = rank(&wanted, &pool, 5).iter().map(|r| r.profile_id).collect();
        found += usize::from(top.contains(best));
    }
    assert!(
        found * 10 >= opportunities.len() * 9,
        "{found} of {} in the top 5",
        opportunities.len()
    );
}

/// An expert of the service and role: the best match but for what the caller changes.
fn best_like(level_id: i64, skills: &[i64], service: i64) -> Practitioner<'_> {
    Practitioner {
        council: "CRF",
        level_id,
        skills,
        service: Some(service),
        done_on: Some(service),
        hours_a_week: 10,
        work_mode: "remote",
    }
}

/// People like a profile: those sharing its services count more than those sharing its
/// skills; the looker's own councils, unlisted profiles and the profile itself are left
/// out; what they share is named.
async fn people_like_a_profile(backend: Backend) {
    let t = fresh(backend).await.unwrap();
    let db = &t.db;
    let levels = reference::levels(db).await.unwrap();
    let level = &levels[0];
    let skills = reference::skills_of_role(db, level.role_id).await.unwrap();
    let someone = |council, skills, service| Practitioner {
        council,
        level_id: level.id,
        skills,
        service,
        done_on: None,
        hours_a_week: 10,
        work_mode: "remote",
    };
    let looked_at = add(db, 1, someone("CRF", &skills[..3], Some(524))).await;
    let same_service = add(db, 2, someone("LDS", &skills[..0], Some(524))).await;
    let two_skills = add(db, 3, someone("LDS", &skills[1..3], None)).await;
    let service_and_skill = add(db, 4, someone("CRF", &skills[..1], Some(524))).await;
    let in_lookers_council = add(db, 5, someone("WOK", &skills[..3], Some(524))).await;
    let nothing_shared = add(db, 6, someone("LDS", &skills[3..4], None)).await;
    let paused = add(db, 7, someone("LDS", &skills[..3], Some(524))).await;
    let mut tx = db.begin().await.unwrap();
    profiles::set_status(&mut tx, paused, "paused", None, Utc::now())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let wokingham = organisations::find_by_code(db, "WOK").await.unwrap().unwrap().id;
    let found = alike(db, looked_at, &[wokingham], 5).await.unwrap();
    let ids: Vec<i64> = found.iter().map(|a| a.profile_id).collect();
    assert_eq!(
        ids,
        vec![service_and_skill, two_skills, same_service],
        "3 + 2 points, then 2 + 2, then 3; not {in_lookers_council}, {nothing_shared}, {paused} or {looked_at}"
    );
    let service = reference::services(db)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.id == 524)
        .unwrap();
    assert_eq!(found[0].services, vec![service.label.clone()]);
    assert_eq!(found[0].skills.len(), 1);
    assert_eq!((found[1].services.len(), found[1].skills.len()), (0, 2));
    assert_eq!(found[2].services, vec![service.label]);
    let with_own = alike(db, looked_at, &[], 10).await.unwrap();
    assert_eq!(
        with_own[0].profile_id, in_lookers_council,
        "shares most when not excluded"
    );
}

store::on_both!(
    candidates_are_read_from_the_pool,
    skills_named_in_criteria_are_found,
    counting_everyone_ranks_as_reading_everyone,
    the_best_match_is_in_the_top_five,
    people_like_a_profile
);
