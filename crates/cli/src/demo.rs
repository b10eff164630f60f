//! Demo data: a few councils with verified email domains and made-up people in every role,
//! a generated talent pool, and bookings and contracts in every state.
//! Loading is idempotent: people and domains that exist already are left as they are.

use chrono::Utc;
use domain::roles::Role;
use store::{members, organisations, users, Db};
use web::{DemoAccount, DemoInfo};

struct DemoCouncil {
    code: &'static str,
    domain: &'static str,
    people: &'static [(&'static str, &'static str, &'static [Role])],
}

const COUNCILS: &[DemoCouncil] = &[
    DemoCouncil {
        code: "WOK",
        domain: "wokingham.gov.uk",
        people: &[
            ("Alex Morgan", "alex.morgan", &[Role::CouncilAdmin]),
            ("Priya Shah", "priya.shah", &[Role::Manager]),
            ("Sam Okafor", "sam.okafor", &[Role::Practitioner]),
            ("Jo Fletcher", "jo.fletcher", &[Role::Practitioner]),
            ("Bernie Walsh", "bernie.walsh", &[Role::Finance]),
        ],
    },
    DemoCouncil {
        code: "LDS",
        domain: "leeds.gov.uk",
        people: &[
            ("Ruth Adeyemi", "ruth.adeyemi", &[Role::CouncilAdmin, Role::Buyer]),
            ("Dan Hughes", "dan.hughes", &[Role::Buyer]),
            ("Mei Chen", "mei.chen", &[Role::Practitioner]),
            ("Tom Barker", "tom.barker", &[Role::Manager]),
            ("Aisha Khan", "aisha.khan", &[Role::Finance]),
        ],
    },
    DemoCouncil {
        code: "CRF",
        domain: "cardiff.gov.uk",
        people: &[
            ("Gareth Evans", "gareth.evans", &[Role::CouncilAdmin, Role::Manager]),
            ("Seren Davies", "seren.davies", &[Role::Practitioner]),
            ("Owain Price", "owain.price", &[Role::Buyer, Role::Finance]),
        ],
    },
    DemoCouncil {
        code: "HCK",
        domain: "hackney.gov.uk",
        people: &[("Lena Novak", "lena.novak", &[Role::CouncilAdmin, Role::Practitioner])],
    },
    DemoCouncil {
        code: "BST",
        domain: "bristol.gov.uk",
        people: &[("Kofi Mensah", "kofi.mensah", &[Role::CouncilAdmin, Role::Buyer])],
    },
];

pub const OPERATOR: (&str, &str) = ("Pat Operator", "operator@microcontracts.invalid");

pub async fn load(db: &Db, password: &str, base_url: &str) -> anyhow::Result<DemoInfo> {
    let hash = app::passwords::hash(password.to_string()).await?;
    let now = Utc::now();
    let mut accounts = Vec::new();
    let mut tx = db.begin().await?;
    let operator_id = match users::find_by_email(&mut tx, OPERATOR.1).await? {
        Some(u) => u.id,
        None => {
            let new = users::NewUser {
                email: OPERATOR.1,
                display_name: OPERATOR.0,
                password_hash: &hash,
                platform_admin: true,
            };
            users::create(&mut tx, &new, now).await?
        }
    };
    accounts.push(DemoAccount {
        name: OPERATOR.0.into(),
        email: OPERATOR.1.into(),
        council: String::new(),
        roles: vec!["platform_admin".into()],
    });
    for council in COUNCILS {
        let org = organisations::find_by_code(&mut tx, council.code)
            .await?
            .ok_or_else(|| anyhow::anyhow!("council {} is missing from the reference data", council.code))?;
        if organisations::find_by_domain(&mut tx, council.domain).await?.is_none() {
            organisations::add_domain(&mut tx, org.id, council.domain, Some(operator_id), now).await?;
        }
        for (name, local, roles) in council.people {
            let email = format!("{local}@{}", council.domain);
            let user_id = match users::find_by_email(&mut tx, &email).await? {
                Some(u) => u.id,
                None => {
                    let new = users::NewUser {
                        email: &email,
                        display_name: name,
                        password_hash: &hash,
                        platform_admin: false,
                    };
                    let id = users::create(&mut tx, &new, now).await?;
                    members::add(&mut tx, id, org.id, roles, now).await?;
                    id
                }
            };
            let held = members::roles_in(&mut tx, user_id, org.id).await?.unwrap_or_default();
            accounts.push(DemoAccount {
                name: (*name).into(),
                email,
                council: org.name.clone(),
                roles: held.iter().map(|r| r.as_str().to_string()).collect(),
            });
        }
    }
    tx.commit().await?;
    store::capacity::ensure_horizon(db, domain::weeks::Week::current(now)).await?;
    if store::profiles::count(db).await? == 0 {
        let spec = crate::pool_data::Spec {
            councils: 45,
            profiles: 340,
            seed: 2026,
            holds: false,
            progress: false,
        };
        let counts = crate::pool_data::generate(db, &spec, &hash, now).await?;
        tracing::info!(
            councils = counts.councils,
            profiles = counts.profiles,
            "demo talent pool generated"
        );
    }
    crate::demo_deals::load(db, base_url, now).await?;
    crate::demo_opportunities::load(db, base_url, now).await?;
    crate::demo_ledger::load(db, base_url, now).await?;
    crate::demo_maps::load(db, now).await?;
    crate::demo_groups::load(db, OPERATOR.1, &hash, now).await?;
    // The meeting's guest belongs to no council.
    let (name, email, _) = crate::demo_meetings::GUEST;
    accounts.push(DemoAccount {
        name: name.into(),
        email: email.into(),
        council: String::new(),
        roles: vec!["meeting_guest".into()],
    });
    Ok(DemoInfo {
        password: password.to_string(),
        accounts,
    })
}
