//! `bench capability-map`: a council's sharing opportunities and the capability matrix
//! with every council's map filled in (issue 17), the server in its own process. Every
//! council maps 40 services drawn from 120 (so that maps overlap as real ones would), each
//! with the capabilities the LGBM links to it and some technical ones, met by components
//! from the demo's list, by in-house components some councils built, by hand or by
//! nothing (a council's contract for a product has one end, whatever it uses the product
//! for); then each kind of page is loaded with every page of that kind the data has.

use crate::bench::{cpu, fresh_database, write};
use crate::bench_server::{ceiling_rps, measure, requests, signed_in, Figures, ServerProcess};
use anyhow::Context;
use chrono::{DateTime, Months, Utc};
use domain::capability_map::{ComponentKind, ComponentStatus, CostBand, Entry, Meets, Provision};
use domain::roles::Role;
use rand::rngs::StdRng;
use rand::seq::{IndexedRandom, SliceRandom};
use rand::{RngExt, SeedableRng};
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use store::capability_map::{self as maps, NewComponent};
use store::organisations::{self, OrganisationFilter};
use store::Db;

#[derive(clap::Args, Clone)]
pub struct CapabilityMapArgs {
    /// Which backends to measure, comma-separated: sqlite, postgres.
    #[arg(long, default_value = "sqlite,postgres")]
    pub backends: String,
    /// Councils with a map (at most every council on the service: 397).
    #[arg(long, default_value_t = 397)]
    pub councils: usize,
    /// Services each council maps.
    #[arg(long, default_value_t = 40)]
    pub services: usize,
    /// Clients sending requests at once.
    #[arg(long, default_value_t = 32)]
    pub concurrency: usize,
    /// Seconds of measured load per scenario (after a two-second warm-up).
    #[arg(long, default_value_t = 10)]
    pub seconds: u64,
    /// PostgreSQL server for the postgres runs; a database `mc_bench_maps` is made there
    /// afresh.
    #[arg(
        long,
        env = "BENCH_POSTGRES_URL",
        default_value = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
    )]
    pub postgres_url: String,
    /// Folder for the SQLite data set and the server's log.
    #[arg(long, default_value = "data/bench")]
    pub data_dir: PathBuf,
    /// Where to write the figures.
    #[arg(long, default_value = "bench/results/capability-map.json")]
    pub out: PathBuf,
}

#[derive(Debug, Clone, Copy, Serialize)]
struct Dataset {
    councils: usize,
    services_per_council: usize,
    entries: u64,
    components: usize,
}

#[derive(Debug, Serialize)]
struct Row {
    benchmark: &'static str,
    backend: String,
    scenario: &'static str,
    dataset: Dataset,
    concurrency: usize,
    distinct_queries: usize,
    /// These pages keep no result cache: every request is served from the database.
    cache_hit_rate: f64,
    #[serde(flatten)]
    figures: Figures,
    ceiling_rps: f64,
    share_of_ceiling: f64,
    peak_rss_mb: f64,
    cpu: String,
    date: String,
}

/// Services drawn on: those the LGBM links to capabilities, then back-office ones.
const SERVICE_POOL: usize = 120;

/// The technical capabilities and how often a service needs each (in tenths).
const TECHNICAL: &[(i64, u32)] = &[
    (1001, 3),
    (1002, 5),
    (1003, 8),
    (1004, 5),
    (1005, 4),
    (1006, 7),
    (1007, 6),
    (1008, 5),
    (1009, 4),
    (1010, 8),
    (1011, 5),
    (1012, 5),
    (1013, 3),
];

struct Generated {
    dataset: Dataset,
    codes: Vec<String>,
    services: Vec<i64>,
    /// Each council's mapped services, as (council code, service).
    mapped: Vec<(String, i64)>,
    types: Vec<String>,
}

async fn generate(db: &Db, args: &CapabilityMapArgs, now: DateTime<Utc>) -> anyhow::Result<(Generated, i64)> {
    let mut rng = StdRng::seed_from_u64(17);
    let hash = app::passwords::hash("benchmark passphrase".into()).await?;
    let by = store::users::create(
        db,
        &store::users::NewUser {
            email: "mapper@bench.invalid",
            display_name: "Benchmark mapper",
            password_hash: &hash,
            platform_admin: true,
        },
        now,
    )
    .await?;
    let councils: Vec<organisations::Organisation> =
        organisations::list(db, &OrganisationFilter::default(), None, 1000).await?;
    let mut councils = councils;
    councils.shuffle(&mut rng);
    councils.truncate(args.councils);

    // Components: the demo's list, and in-house ones built by one council in ten.
    let mut tx = db.begin().await?;
    let mut components: Vec<(i64, ComponentKind)> = Vec::new();
    for (c, kind) in crate::demo_maps::listed_components()? {
        let new = NewComponent {
            name: &c.name,
            kind,
            supplier: &c.supplier,
            licence: &c.licence,
            link: &c.link,
            description: &c.description,
            built_by_org_id: None,
        };
        components.push((
            maps::add_component(&mut tx, &new, ComponentStatus::Listed, by, None, now).await?,
            kind,
        ));
    }
    let mut built: BTreeMap<i64, i64> = BTreeMap::new();
    for org in councils.iter().step_by(10) {
        let name = format!("{} forms and case system", org.short_name);
        let new = NewComponent {
            name: &name,
            kind: ComponentKind::InHouse,
            supplier: "",
            licence: "",
            link: "",
            description: "Built and run by the council.",
            built_by_org_id: Some(org.id),
        };
        let id = maps::add_component(&mut tx, &new, ComponentStatus::Listed, by, Some(org.id), now).await?;
        built.insert(org.id, id);
    }
    tx.commit().await?;

    let mut checklists: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    for (lgsl, capability) in maps::checklists(db).await? {
        checklists.entry(lgsl).or_default().push(capability);
    }
    let mut pool: Vec<i64> = checklists.keys().copied().take(SERVICE_POOL).collect();
    let internal: Vec<i64> = maps::services(db)
        .await?
        .into_iter()
        .filter(|s| s.internal)
        .map(|s| s.id)
        .collect();
    pool.extend(internal.iter().take(SERVICE_POOL.saturating_sub(pool.len())));

    let today = domain::weeks::london_date(now);
    // A council has one contract for a product, whatever it uses the product for: one end.
    let mut contracts: BTreeMap<(i64, i64), chrono::NaiveDate> = BTreeMap::new();
    let mut entries = Vec::new();
    let mut mapped = Vec::new();
    for org in &councils {
        let chosen: Vec<i64> = pool.sample(&mut rng, args.services.min(pool.len())).copied().collect();
        for service in chosen {
            mapped.push((org.code.clone(), service));
            let mut needs: Vec<i64> = checklists.get(&service).cloned().unwrap_or_default();
            needs.extend(
                TECHNICAL
                    .iter()
                    .filter(|(_, tenths)| rng.random_range(0..10) < *tenths)
                    .map(|(id, _)| *id),
            );
            for capability in needs {
                let meets = match rng.random_range(0..10) {
                    0 => Meets::Manual,
                    1 => Meets::Nothing,
                    _ => {
                        let (id, kind) = match built.get(&org.id) {
                            Some(own) if capability == 1010 => (*own, ComponentKind::InHouse),
                            _ => *components.choose(&mut rng).context("components")?,
                        };
                        let provision = match kind {
                            ComponentKind::Product => Provision::Bought,
                            ComponentKind::OpenSource => Provision::OpenSource,
                            ComponentKind::SharedPublicService => Provision::SharedWithCouncil,
                            ComponentKind::InHouse => Provision::BuiltInHouse,
                        };
                        Meets::Component { id, provision }
                    }
                };
                let bought = matches!(
                    meets,
                    Meets::Component {
                        provision: Provision::Bought,
                        ..
                    }
                );
                let contract_ends = match meets {
                    Meets::Component { id, .. } if bought => Some(
                        *contracts
                            .entry((org.id, id))
                            .or_insert_with(|| today + Months::new(rng.random_range(1..48))),
                    ),
                    _ => None,
                };
                entries.push(Entry {
                    org_id: org.id,
                    service_id: service,
                    capability_id: capability,
                    meets,
                    contract_ends,
                    cost_band: bought.then(|| {
                        [
                            CostBand::Under10k,
                            CostBand::From10kTo50k,
                            CostBand::From50kTo250k,
                            CostBand::From250k,
                        ][rng.random_range(0..4)]
                    }),
                    cost_pence: None,
                    satisfaction: Some(rng.random_range(1..=5)),
                    note: String::new(),
                });
            }
        }
    }
    println!("  {} entries…", entries.len());
    let made = store::bench_data::insert_map_entries(db, &entries, by, now).await?;
    db.analyze(true).await?;
    let mut types: Vec<String> = councils.iter().map(|o| o.type_code.clone()).collect();
    types.sort();
    types.dedup();
    Ok((
        Generated {
            dataset: Dataset {
                councils: councils.len(),
                services_per_council: args.services,
                entries: made,
                components: components.len() + built.len(),
            },
            codes: councils.iter().map(|o| o.code.clone()).collect(),
            services: pool,
            mapped,
            types,
        },
        by,
    ))
}

/// How many pages each council's sharing opportunities and joint procurements fill, as
/// the pages count them: every page that exists is in the query mixes.
struct Pages {
    code: String,
    needs: usize,
    products: usize,
}

async fn pages(db: &Db, codes: &[String], now: DateTime<Utc>) -> anyhow::Result<Vec<Pages>> {
    use web::handlers::sharing::{NEEDS_PER_PAGE, PRODUCTS_PER_PAGE};
    let today = domain::weeks::london_date(now);
    let horizon = domain::capability_map::ending_horizon(today).context("a date 18 months on")?;
    let mut all = Vec::with_capacity(codes.len());
    for code in codes {
        let org = organisations::find_by_code(db, code).await?.context("a council")?;
        let needs = usize::try_from(store::sharing::needs_offered(db, org.id, horizon).await?)?;
        let products = store::sharing::products_bought(db, org.id, today).await?.len();
        all.push(Pages {
            code: code.clone(),
            needs: needs.div_ceil(NEEDS_PER_PAGE).max(1),
            products: products.div_ceil(PRODUCTS_PER_PAGE).max(1),
        });
    }
    Ok(all)
}

/// The scenarios and their query mixes, sampled from the data.
fn scenarios(g: &Generated, pages: &[Pages]) -> Vec<(&'static str, Vec<String>)> {
    let mut rng = StdRng::seed_from_u64(71);
    let distinct = |set: Vec<String>| -> Vec<String> {
        let mut seen = HashSet::new();
        set.into_iter().filter(|q| seen.insert(q.clone())).collect()
    };
    // Every page of every council's opportunities, in a random order.
    let mut sharing: Vec<String> = Vec::new();
    let mut products: Vec<String> = Vec::new();
    for p in pages {
        let code = &p.code;
        sharing.push(format!("/councils/{code}/sharing"));
        sharing.extend((2..=p.needs).map(|n| format!("/councils/{code}/sharing?page={n}")));
        products.push(format!("/councils/{code}/sharing/products"));
        products.extend((2..=p.products).map(|n| format!("/councils/{code}/sharing/products?page={n}")));
    }
    sharing.shuffle(&mut rng);
    products.shuffle(&mut rng);
    let regions = domain::pool::REGIONS;
    let mut matrix = vec!["/maps/matrix".to_string(), "/maps/matrix?view=list".to_string()];
    for t in &g.types {
        matrix.push(format!("/maps/matrix?type={t}"));
        for r in regions {
            matrix.push(format!("/maps/matrix?type={t}&region={}", r.replace(' ', "+")));
        }
    }
    for r in regions {
        matrix.push(format!("/maps/matrix?region={}&view=list", r.replace(' ', "+")));
    }
    let usage: Vec<String> = g.services.iter().map(|s| format!("/maps/services/{s}")).collect();
    let mut council_maps: Vec<String> = g
        .mapped
        .iter()
        .map(|(code, service)| format!("/councils/{code}/map/{service}"))
        .collect();
    council_maps.shuffle(&mut rng);
    vec![
        ("sharing-opportunities", distinct(sharing)),
        ("joint-procurement", distinct(products)),
        ("matrix", distinct(matrix)),
        ("matrix-everyone", vec!["/maps/matrix".to_string()]),
        ("service-across-councils", distinct(usage)),
        ("council-service-map", distinct(council_maps)),
    ]
}

async fn run(backend: &str, args: &CapabilityMapArgs) -> anyhow::Result<Vec<Row>> {
    println!(
        "capability-map [{backend}]: {} councils × {} services…",
        args.councils, args.services
    );
    let (db, url) = fresh_database(
        backend,
        &args.data_dir,
        "capability-map.db",
        &args.postgres_url,
        "mc_bench_maps",
        false,
    )
    .await?;
    db.migrate().await?;
    let now = Utc::now();
    let (generated, _) = generate(&db, args, now).await?;
    let pages = pages(&db, &generated.codes, now).await?;
    let mixes = scenarios(&generated, &pages);
    // The viewer: an admin of one council, so that the pages draw its buttons.
    let org = organisations::find_by_code(&db, generated.codes.first().map(String::as_str).unwrap_or("WOK"))
        .await?
        .context("a council")?;
    let hash = app::passwords::hash("benchmark passphrase".into()).await?;
    let mut tx = db.begin().await?;
    let cookie = signed_in(&mut tx, org.id, Role::CouncilAdmin, "viewer@bench.invalid", &hash).await?;
    tx.commit().await?;
    db.close().await;
    // Kept beside the data set, so that a run can be replayed (or profiled) from outside
    // with the same cookie.
    std::fs::write(args.data_dir.join(format!("capability-map-{backend}.cookie")), &cookie)?;
    for (scenario, paths) in &mixes {
        std::fs::write(
            args.data_dir
                .join(format!("capability-map-{backend}-{scenario}.queries")),
            paths.join("\n"),
        )?;
    }

    let server = ServerProcess::start(&url, &args.data_dir.join(format!("capability-map-{backend}.log"))).await?;
    let ceiling = ceiling_rps(&server.base, args.concurrency, args.seconds.min(10)).await;
    println!("  /healthz ceiling {ceiling:.0} req/s");
    let mut rows = Vec::new();
    for (scenario, paths) in mixes {
        let figures = measure(
            &server.base,
            &requests(&cookie, paths.clone()),
            args.concurrency,
            args.seconds,
        )
        .await;
        println!("  {scenario}: {} distinct, {figures}", paths.len());
        rows.push(Row {
            benchmark: "capability-map",
            backend: backend.to_string(),
            scenario,
            dataset: generated.dataset,
            concurrency: args.concurrency,
            distinct_queries: paths.len(),
            cache_hit_rate: 0.0,
            share_of_ceiling: ((figures.rps / ceiling.max(1.0)) * 1000.0).round() / 1000.0,
            figures,
            ceiling_rps: (ceiling * 10.0).round() / 10.0,
            peak_rss_mb: 0.0,
            cpu: cpu(),
            date: now.format("%Y-%m-%d").to_string(),
        });
    }
    let peak = server.peak_rss_mb();
    println!("  server peak RSS {peak} MB");
    for row in &mut rows {
        row.peak_rss_mb = peak;
    }
    Ok(rows)
}

pub async fn capability_map(args: CapabilityMapArgs) -> anyhow::Result<()> {
    let mut results = Vec::new();
    for backend in args.backends.split(',').map(str::trim).filter(|b| !b.is_empty()) {
        results.extend(run(backend, &args).await?);
        // Written after each run, so a long run's figures survive an interruption.
        write(&args.out, &results)?;
    }
    Ok(())
}
