//! Demo peer groups: the "South Digital Peer Group" of councils in the south of England,
//! led from Wokingham, with Hackney and Bristol as members, Leeds invited, people from each
//! member council who joined, and its meetings (`demo_meetings`). Loaded once: a group that
//! exists is left as it is.

use chrono::{DateTime, Utc};
use domain::peer_groups::slug;
use store::peer_groups::{self as groups, GroupFields};
use store::{organisations, users, Db};

const NAME: &str = "South Digital Peer Group";

/// The people who joined: email, council code, whether they lead the group.
const PEOPLE: &[(&str, &str, bool)] = &[
    ("alex.morgan@wokingham.gov.uk", "WOK", true),
    ("sam.okafor@wokingham.gov.uk", "WOK", false),
    ("jo.fletcher@wokingham.gov.uk", "WOK", false),
    ("lena.novak@hackney.gov.uk", "HCK", false),
    ("kofi.mensah@bristol.gov.uk", "BST", false),
];

/// `password_hash` is the demo accounts' own, for the meeting's guest.
pub async fn load(db: &Db, operator: &str, password_hash: &str, now: DateTime<Utc>) -> anyhow::Result<()> {
    let slug = slug(NAME);
    if groups::by_slug(db, &slug).await?.is_some() {
        return Ok(());
    }
    let operator = users::find_by_email(db, operator)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the demo operator is missing"))?
        .id;
    let mut orgs = std::collections::BTreeMap::new();
    for code in ["WOK", "HCK", "BST", "LDS"] {
        let org = organisations::find_by_code(db, code)
            .await?
            .ok_or_else(|| anyhow::anyhow!("council {code} is missing from the reference data"))?;
        orgs.insert(code, org.id);
    }
    let org = |code: &str| orgs.get(code).copied().unwrap_or_default();
    let fields = GroupFields {
        name: NAME,
        region: "South East, South West and London",
        description: "Digital, data and technology teams of councils in the south of England. We meet \
            every quarter, hosted by a member council in turn: talks, a debate, a workshop at tables, \
            \"Bring a problem\" and \"Show and tell\".",
        chat_link: Some("https://ukgovernmentdigital.slack.com/archives/south-digital"),
    };
    let mut tx = db.begin().await?;
    let id = groups::create(&mut tx, &slug, &fields, None, operator, now).await?;
    for code in ["WOK", "HCK", "BST"] {
        groups::add_member_council(&mut tx, id, org(code), operator, now).await?;
    }
    groups::invite_council(&mut tx, id, org("LDS"), operator, now).await?;
    for (email, code, lead) in PEOPLE {
        if let Some(user) = users::find_by_email(&mut tx, email).await? {
            groups::join(&mut tx, id, user.id, org(code), *lead, now).await?;
        }
    }
    tx.commit().await?;
    if let Some(lead) = users::find_by_email(db, PEOPLE[0].0).await? {
        crate::demo_meetings::load(db, id, lead.id, password_hash, now).await?;
    }
    Ok(())
}
