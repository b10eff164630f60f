//! Made-up but realistic talent-pool data: councils with email domains and rate cards,
//! practitioners with roles, skills, services, done-before work and weekly capacity.
//! Deterministic for a given seed. Used by `demo` and by the `bench pool-search` data set.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use domain::roles::Role;
use domain::weeks::Week;
use rand::rngs::StdRng;
use rand::seq::{IndexedRandom, SliceRandom};
use rand::{RngExt, SeedableRng};
use store::capacity::{self, HoldKind, NewHold};
use store::organisations::{self, OrganisationFilter};
use store::profiles::{self, DetailsUpdate, ImportProfile, NewDoneBefore};
use store::{members, rate_cards, reference, users, Db};

pub struct Spec {
    pub councils: usize,
    pub profiles: usize,
    pub seed: u64,
    /// Also take some of each week's hours with holds, as bookings would.
    pub holds: bool,
    /// Print a line every few seconds with how many profiles are made (benchmarks).
    pub progress: bool,
}

#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub struct Counts {
    pub councils: usize,
    pub profiles: usize,
    pub holds: usize,
}

const FIRST: &[&str] = &[
    "Aisha", "Alex", "Amir", "Bethan", "Callum", "Chloe", "Dafydd", "Deepa", "Eilidh", "Emeka", "Fatima", "Finn",
    "Gareth", "Grace", "Hannah", "Harpreet", "Isla", "Jamal", "Jess", "Kasia", "Kieran", "Lauren", "Liam", "Maya",
    "Mohammed", "Niamh", "Oliver", "Olu", "Priya", "Rhys", "Rosie", "Ruth", "Sadia", "Sam", "Sian", "Tom", "Usha",
    "Wei", "Yusuf", "Zara",
];
const LAST: &[&str] = &[
    "Adeyemi", "Ahmed", "Bailey", "Begum", "Campbell", "Chen", "Clarke", "Davies", "Edwards", "Evans", "Fraser",
    "Green", "Hughes", "Hussain", "Jones", "Kaur", "Kowalski", "Lewis", "MacLeod", "Mensah", "Morgan", "Murphy",
    "Nowak", "O'Brien", "Okafor", "Patel", "Price", "Roberts", "Robinson", "Shah", "Singh", "Smith", "Taylor",
    "Thomas", "Walsh", "Williams", "Wilson", "Wright", "Young", "Zhang",
];
const SERVICE_WORDS: &[&str] = &[
    "waste",
    "recycling",
    "council tax",
    "parking",
    "housing",
    "planning",
    "library",
    "school",
    "benefit",
    "licen",
    "bus pass",
    "blue badge",
    "pothole",
    "noise",
    "register",
    "adult social care",
    "foster",
    "allotment",
    "street",
];
const DELIVERED: &[&str] = &[
    "Ran discovery with residents and staff, then built and tested an alpha.",
    "Replaced a paper form with an accessible online service; calls fell by a third.",
    "Mapped the end-to-end journey and cut the steps from twelve to five.",
    "Moved payments online and integrated with the council's case management system.",
    "Rewrote the content in plain English and Welsh, tested with screen reader users.",
    "Set up performance measures and a dashboard that the service team now owns.",
    "Led the procurement of a shared component with two neighbouring councils.",
    "Ran usability testing with 30 residents, including people with low digital confidence.",
];
const VERBS: &[&str] = &[
    "Redesigned",
    "Discovery on",
    "Moved online:",
    "Rebuilt",
    "Improved",
    "Automated",
];
const STRENGTHS: &[&str] = &[
    "who has done this for councils before",
    "with a background in frontline services",
    "who likes messy problems",
    "with experience across county and district councils",
    "who works in the open",
    "who has shipped services used by thousands of residents",
];

/// Rates by seniority band, before each council's own adjustment.
const BAND_RATE_PENCE: [i64; 8] = [2500, 3200, 4000, 4800, 5800, 6800, 7800, 9000];

fn slug(name: &str) -> String {
    name.to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect()
}

/// Generates `spec` into `db`: councils first (by code order, skipping none), then
/// profiles spread over them. Practitioners can sign in with `password_hash`'s password.
pub async fn generate(db: &Db, spec: &Spec, password_hash: &str, now: DateTime<Utc>) -> anyhow::Result<Counts> {
    let mut rng = StdRng::seed_from_u64(spec.seed);
    let mut all = organisations::list(db, &OrganisationFilter::default(), None, 1000).await?;
    all.sort_by(|a, b| a.code.cmp(&b.code));
    all.shuffle(&mut rng);
    let councils: Vec<_> = all.into_iter().take(spec.councils).collect();
    let levels = reference::levels(db).await?;
    let services: Vec<_> = reference::services(db)
        .await?
        .into_iter()
        .filter(|s| SERVICE_WORDS.iter().any(|w| s.label.to_lowercase().contains(w)))
        .collect();
    let mut role_skills = std::collections::HashMap::new();
    for level in &levels {
        if let std::collections::hash_map::Entry::Vacant(slot) = role_skills.entry(level.role_id) {
            slot.insert(reference::skills_of_role(db, level.role_id).await?);
        }
    }
    let this_week = Week::current(now);
    let mut counts = Counts {
        councils: councils.len(),
        ..Counts::default()
    };

    let mut tx = db.begin().await?;
    for council in &councils {
        let domain = format!("{}.gov.uk", slug(&council.short_name));
        if organisations::domains(&mut tx, council.id).await?.is_empty()
            && organisations::find_by_domain(&mut tx, &domain).await?.is_none()
        {
            organisations::add_domain(&mut tx, council.id, &domain, None, now).await?;
        }
        let adjust = rng.random_range(90..=115);
        for level in &levels {
            let base = BAND_RATE_PENCE[usize::try_from(level.band - 1).unwrap_or(0).min(7)];
            let rate = (base * adjust / 100 / 50) * 50;
            rate_cards::set_without_refresh(&mut tx, council.id, level.id, rate, now).await?;
        }
    }
    tx.commit().await?;

    let per_tx = 200;
    let mut progress = spec
        .progress
        .then(|| crate::bench_server::Progress::new("profiles", spec.profiles as u64));
    let mut tx = db.begin().await?;
    for n in 0..spec.profiles {
        let council = &councils[n % councils.len()];
        let domain = organisations::domains(&mut tx, council.id)
            .await?
            .first()
            .map(|d| d.domain.clone())
            .unwrap_or_else(|| format!("{}.gov.uk", slug(&council.short_name)));
        let first = FIRST[rng.random_range(0..FIRST.len())];
        let last = LAST[rng.random_range(0..LAST.len())];
        let name = format!("{first} {last}");
        let email = format!("{}.{}.{n}@{domain}", slug(first), slug(last));
        let new = users::NewUser {
            email: &email,
            display_name: &name,
            password_hash,
            platform_admin: false,
        };
        let user_id = users::create(&mut tx, &new, now).await?;
        members::add(&mut tx, user_id, council.id, &[Role::Practitioner], now).await?;

        let level = &levels[rng.random_range(0..levels.len())];
        let mut level_ids = vec![level.id];
        if rng.random_bool(0.2) {
            let second = &levels[rng.random_range(0..levels.len())];
            if second.role_id != level.role_id {
                level_ids.push(second.id);
            }
        }
        let mut skills: Vec<i64> = role_skills.get(&level.role_id).cloned().unwrap_or_default();
        skills.shuffle(&mut rng);
        skills.truncate(rng.random_range(3..=6));
        let how_many = rng.random_range(2..=4);
        let mut picked: Vec<&reference::Service> = services.sample(&mut rng, how_many).collect();
        picked.sort_by_key(|s| s.id);
        let lgsl_ids: Vec<i64> = picked.iter().map(|s| s.id).collect();
        let titles: Vec<String> = picked
            .iter()
            .take(rng.random_range(1..=3))
            .map(|s| format!("{} {}", VERBS[rng.random_range(0..VERBS.len())], s.label.to_lowercase()))
            .collect();
        let done: Vec<NewDoneBefore> = titles
            .iter()
            .zip(picked.iter())
            .map(|(title, s)| NewDoneBefore {
                title,
                lgsl_id: Some(s.id),
                delivered: DELIVERED[rng.random_range(0..DELIVERED.len())],
                year: rng.random_range(2018..=2026),
                link: None,
            })
            .collect();
        let headline = format!("{} {}", level.name, STRENGTHS[rng.random_range(0..STRENGTHS.len())]);
        let about = format!(
            "I work at {}, where my role is {}. I have worked on {} and {}. {}",
            council.name,
            level.name.to_lowercase(),
            picked.first().map(|s| s.label.to_lowercase()).unwrap_or_default(),
            picked.last().map(|s| s.label.to_lowercase()).unwrap_or_default(),
            DELIVERED[rng.random_range(0..DELIVERED.len())]
        );
        let work_mode = ["remote", "on_site", "either"][rng.random_range(0..3)];
        let capacity_minutes = 15 * rng.random_range(4..=32);
        let available_from: NaiveDate = this_week.monday() + Duration::days(rng.random_range(-28..=28));
        let available_to = rng
            .random_bool(0.3)
            .then(|| this_week.monday() + Duration::days(rng.random_range(90..=270)));
        let unavailable: Vec<NaiveDate> = (0..rng.random_range(0..=2))
            .map(|_| this_week.plus(rng.random_range(0..12)).monday())
            .collect();
        let status = if rng.random_bool(0.93) {
            "listed"
        } else {
            ["draft", "awaiting_approval", "paused"][rng.random_range(0..3)]
        };
        let profile = ImportProfile {
            user_id,
            org_id: council.id,
            details: DetailsUpdate {
                display_name: &name,
                headline: &headline,
                about: &about,
                region: council.region.as_deref(),
                work_mode,
                contact_email: None,
            },
            level_ids: &level_ids,
            skill_ids: &skills,
            lgsl_ids: &lgsl_ids,
            done_before: &done,
            capacity_minutes,
            available_from,
            available_to,
            unavailable_weeks: &unavailable,
            status,
        };
        let id = profiles::import(&mut tx, &profile, now).await?;
        counts.profiles += 1;
        if spec.holds {
            for _ in 0..rng.random_range(0..=3) {
                let minutes = 15 * rng.random_range(1..=(capacity_minutes / 15).max(1));
                let hold = NewHold {
                    profile_id: id,
                    week: this_week.plus(rng.random_range(0..8)),
                    minutes,
                    kind: HoldKind::Booking,
                    source_type: "generated",
                    source_id: id,
                };
                capacity::add_hold(&mut tx, &hold, now).await?;
                counts.holds += 1;
            }
        }
        if (n + 1) % per_tx == 0 {
            tx.commit().await?;
            tx = db.begin().await?;
            if let Some(p) = progress.as_mut() {
                p.update(n as u64 + 1);
            }
        }
    }
    tx.commit().await?;
    Ok(counts)
}
