//! Demo capability maps: the products, open-source projects and shared public services UK
//! councils commonly use (facts only: name, kind, supplier, licence, address), and maps of
//! eight common services for 60 councils, so that the service and component pages, and the
//! sharing opportunities worked out from them, have something to show. The maps are made
//! up, deterministically: the same councils always get the same components.

use chrono::{DateTime, Months, NaiveDate, Utc};
use domain::capability_map::{ComponentKind, ComponentStatus, CostBand, Entry, Meets, Provision};
use std::collections::BTreeMap;
use store::capability_map::{self as maps, NewComponent};
use store::{organisations, users, Db};

/// The components on the demo's list: name, kind, supplier, licence, link, description.
const COMPONENTS_CSV: &str = include_str!("../demo/components.csv");

#[derive(serde::Deserialize)]
pub(crate) struct ListedComponent {
    pub name: String,
    kind: String,
    pub supplier: String,
    pub licence: String,
    pub link: String,
    pub description: String,
}

/// The demo's list of components, each with its kind.
pub(crate) fn listed_components() -> anyhow::Result<Vec<(ListedComponent, ComponentKind)>> {
    let mut list = Vec::new();
    for row in csv::Reader::from_reader(COMPONENTS_CSV.as_bytes()).deserialize() {
        let c: ListedComponent = row?;
        let kind = c
            .kind
            .parse::<ComponentKind>()
            .map_err(|_| anyhow::anyhow!("demo component {} has an unknown kind", c.name))?;
        list.push((c, kind));
    }
    Ok(list)
}

/// Components some demo councils built themselves: (owning council's code, name, what it does).
const IN_HOUSE: &[(&str, &str, &str)] = &[
    (
        "BST",
        "Bin collection day finder",
        "Tells residents their collection days from their address; built and run by the council.",
    ),
    (
        "HCK",
        "Parking permit service",
        "Online applications and renewals of residents' parking permits; built and run by the council.",
    ),
    (
        "CRF",
        "Eligibility checker",
        "Asks residents a few questions to tell them which benefits and discounts they may claim.",
    ),
];

/// The services mapped, with what most often meets each technical capability they need
/// and the service's own case management choices.
const SERVICES: &[(i64, &[&str])] = &[
    (524, &["Whitespace", "Bartec Collective", "Alloy", "WasteWorks"]),
    (528, &["WasteWorks", "Whitespace", "Bartec Collective"]),
    (526, &["Whitespace", "Alloy"]),
    (
        58,
        &["Civica OpenRevenues", "Capita Academy", "NEC Revenues and Benefits"],
    ),
    (
        69,
        &["Civica OpenRevenues", "Capita Academy", "NEC Revenues and Benefits"],
    ),
    (474, &["Salesforce", "Netcall Liberty Create", "Granicus Firmstep"]),
    (279, &["Salesforce", "Microsoft Dynamics 365", "Netcall Liberty Create"]),
    (487, &["Idox Uniform", "Northgate Assure"]),
];

/// Technical capabilities and the components that commonly meet each.
const TECHNICAL: &[(i64, &[&str])] = &[
    (1002, &["Azure AD B2C", "Jadu Connect", "Granicus Firmstep"]),
    (1003, &["GOV.UK Notify", "GOV.UK Notify", "Granicus Firmstep"]),
    (1004, &["GOV.UK Pay", "Civica Pay", "Pay360"]),
    (1005, &["Microsoft Bookings", "Qmatic"]),
    (
        1007,
        &["LocalGov Drupal", "Jadu Central", "Squiz Matrix", "WordPress", "Drupal"],
    ),
    (1009, &["OS Places API", "Leaflet"]),
    (1010, &["Granicus Firmstep", "Jadu Connect", "Netcall Liberty Create"]),
    (1011, &["Salesforce", "Microsoft Dynamics 365"]),
    (1012, &["Microsoft Power BI", "Metabase"]),
];

/// How many councils get maps, and the council left unmapped so that a person trying the
/// demo can map a service from the start.
const COUNCILS: usize = 60;
const LEFT_UNMAPPED: &str = "WOK";

/// A small deterministic mixer, so that maps vary between councils but not between runs.
fn mix(a: i64, b: i64, c: i64) -> u64 {
    let mut x = (a as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        ^ (b as u64).wrapping_mul(0xC2B2_AE3D_27D4_EB4F)
        ^ (c as u64).wrapping_mul(0x1656_67B1_9E37_79F9);
    x ^= x >> 31;
    x = x.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x ^ (x >> 29)
}

fn pick<'a>(list: &[&'a str], roll: u64) -> &'a str {
    list[(roll % list.len() as u64) as usize]
}

fn provision_of(kind: ComponentKind) -> Provision {
    match kind {
        ComponentKind::Product => Provision::Bought,
        ComponentKind::OpenSource => Provision::OpenSource,
        ComponentKind::SharedPublicService => Provision::SharedWithCouncil,
        ComponentKind::InHouse => Provision::BuiltInHouse,
    }
}

/// What meets one capability in one council: a component (bought ones with a contract end
/// and a cost band), or now and then a manual process or nothing.
fn entry(org: i64, service: i64, capability: i64, component: Option<(i64, ComponentKind)>, today: NaiveDate) -> Entry {
    let roll = mix(org, service, capability);
    let meets = match (component, roll % 10) {
        (_, 0) => Meets::Manual,
        (None, _) | (_, 1) => Meets::Nothing,
        (Some((id, kind)), _) => Meets::Component {
            id,
            provision: provision_of(kind),
        },
    };
    let bought = matches!(
        meets,
        Meets::Component {
            provision: Provision::Bought,
            ..
        }
    );
    // Contracts end between 2 and 40 months from now, by council and component, so that
    // some councils on one product end together and some soon.
    let component_roll = component.map(|(id, _)| mix(org, id, 7)).unwrap_or(0);
    let contract_ends = bought
        .then(|| today.checked_add_months(Months::new(2 + (component_roll % 39) as u32)))
        .flatten();
    let cost_band = bought.then_some(match component_roll % 4 {
        0 => CostBand::Under10k,
        1 => CostBand::From10kTo50k,
        2 => CostBand::From50kTo250k,
        _ => CostBand::From250k,
    });
    Entry {
        org_id: org,
        service_id: service,
        capability_id: capability,
        meets,
        contract_ends,
        cost_band,
        cost_pence: None,
        satisfaction: (!roll.is_multiple_of(3)).then_some(2 + (roll % 4) as u8),
        note: String::new(),
    }
}

pub async fn load(db: &Db, now: DateTime<Utc>) -> anyhow::Result<()> {
    let operator = users::find_by_email(db, crate::demo::OPERATOR.1)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the demo operator is missing"))?;
    if !maps::components(db, ComponentStatus::Listed).await?.is_empty() {
        return Ok(());
    }
    let mut tx = db.begin().await?;
    let components = listed_components()?;
    let mut ids: BTreeMap<&str, (i64, ComponentKind)> = BTreeMap::new();
    for (c, kind) in &components {
        let new = NewComponent {
            name: &c.name,
            kind: *kind,
            supplier: &c.supplier,
            licence: &c.licence,
            link: &c.link,
            description: &c.description,
            built_by_org_id: None,
        };
        let id = maps::add_component(&mut tx, &new, ComponentStatus::Listed, operator.id, None, now).await?;
        ids.insert(&c.name, (id, *kind));
    }
    let mut built: BTreeMap<i64, (i64, &str)> = BTreeMap::new();
    for &(code, name, description) in IN_HOUSE {
        let Some(org) = organisations::find_by_code(&mut tx, code).await? else {
            continue;
        };
        let new = NewComponent {
            name,
            kind: ComponentKind::InHouse,
            supplier: "",
            licence: "",
            link: "",
            description,
            built_by_org_id: Some(org.id),
        };
        let id = maps::add_component(&mut tx, &new, ComponentStatus::Listed, operator.id, Some(org.id), now).await?;
        ids.insert(name, (id, ComponentKind::InHouse));
        built.insert(org.id, (id, name));
    }
    let today = domain::weeks::london_date(now);
    let councils = demo_councils(&mut tx).await?;
    for org in councils {
        for &(service, own) in SERVICES {
            let mut needs: Vec<(i64, Option<(i64, ComponentKind)>)> = Vec::new();
            for capability in maps::checklist(&mut tx, service).await? {
                let case = pick(own, mix(org, service, 1));
                needs.push((capability, ids.get(case).copied()));
            }
            for &(capability, choices) in TECHNICAL {
                // Each service needs some of the technical capabilities, not all.
                if mix(org, service, capability).is_multiple_of(3) {
                    continue;
                }
                let mut component = ids.get(pick(choices, mix(org, capability, 3))).copied();
                if let Some(&(id, name)) = built.get(&org) {
                    let fits = matches!(
                        (service, name),
                        (524 | 528 | 526, "Bin collection day finder")
                            | (474, "Parking permit service")
                            | (58 | 69, "Eligibility checker")
                    );
                    if fits && capability == 1010 {
                        component = Some((id, ComponentKind::InHouse));
                    }
                }
                needs.push((capability, component));
            }
            for (capability, component) in needs {
                let e = entry(org, service, capability, component, today);
                maps::save_entry(&mut tx, &e, false, operator.id, now).await?;
            }
        }
    }
    tx.commit().await?;
    Ok(())
}

/// The councils given maps: the demo's own councils but one, then others by code, up to
/// `COUNCILS`.
async fn demo_councils(tx: &mut store::Tx) -> anyhow::Result<Vec<i64>> {
    let mut chosen = Vec::new();
    for code in ["LDS", "CRF", "HCK", "BST"] {
        if let Some(org) = organisations::find_by_code(&mut *tx, code).await? {
            chosen.push(org.id);
        }
    }
    let filter = organisations::OrganisationFilter::default();
    let all = organisations::list(&mut *tx, &filter, None, i64::try_from(COUNCILS * 2).unwrap_or(i64::MAX)).await?;
    for org in all {
        if chosen.len() >= COUNCILS {
            break;
        }
        if org.code != LEFT_UNMAPPED && !chosen.contains(&org.id) {
            chosen.push(org.id);
        }
    }
    Ok(chosen)
}
