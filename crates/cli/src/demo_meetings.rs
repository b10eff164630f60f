//! Demo meetings of the South Digital Peer Group: three past quarterly meetings, each with
//! its agenda, who came, notes, tables' feedback, actions (carried from one meeting into the
//! next) and a published write-up; and one meeting to come with registrations and a guest
//! from a supplier, who agreed to be named. Made up,
//! as the group's own records would read.

use chrono::{DateTime, Duration, NaiveTime, Utc};
use domain::dates::london_instant;
use store::meeting_guests;
use store::meeting_records::{self as records, NewAction};
use store::meetings::{self as meetings, ItemFields, MeetingFields};
use store::{organisations, users, Db, Tx};

/// One agenda item: kind, title, speaker (a member's email, or a guest's name), minutes,
/// links, notes (and whether they are published).
type Item = (
    &'static str,
    &'static str,
    Speaker,
    i64,
    &'static str,
    &'static str,
    bool,
);

#[derive(Clone, Copy)]
enum Speaker {
    Nobody,
    Member(&'static str),
    Guest(&'static str),
}

struct PastMeeting {
    days_ago: i64,
    theme: &'static str,
    host: &'static str,
    venue: &'static str,
    items: &'static [Item],
    came: &'static [&'static str],
    tables: &'static [(&'static str, &'static str, &'static str)],
    /// Actions agreed: title, owner (a member's email or a council code), due in days.
    actions: &'static [(&'static str, &'static str, i64)],
    /// How this meeting reviews the actions carried into it, oldest first.
    reviews: &'static [&'static str],
    summary: &'static str,
}

const ALEX: &str = "alex.morgan@wokingham.gov.uk";
const SAM: &str = "sam.okafor@wokingham.gov.uk";
const JO: &str = "jo.fletcher@wokingham.gov.uk";
const LENA: &str = "lena.novak@hackney.gov.uk";
const KOFI: &str = "kofi.mensah@bristol.gov.uk";

const PAST: &[PastMeeting] = &[
    PastMeeting {
        days_ago: 270,
        theme: "Sharing what we build",
        host: "WOK",
        venue: "Shute End, Wokingham",
        items: &[
            (
                "welcome",
                "Welcome and introductions",
                Speaker::Member(ALEX),
                15,
                "",
                "",
                false,
            ),
            (
                "talk",
                "Our bin collection day finder, two years on",
                Speaker::Member(KOFI),
                30,
                "https://www.bristol.gov.uk/bins-and-recycling",
                "Bristol built the finder in-house and has open-sourced it; three councils have asked for the code.",
                true,
            ),
            (
                "workshop",
                "Tables: what could we share next?",
                Speaker::Nobody,
                60,
                "",
                "Lively debate; two tables ran over.",
                false,
            ),
            ("future_themes", "Future themes", Speaker::Nobody, 15, "", "", false),
        ],
        came: &[ALEX, SAM, LENA, KOFI],
        tables: &[
            (
                "Table 1",
                "Listed each council's forms and who supplies them",
                "Four councils use the same forms product; contracts end within a year of each other.",
            ),
            (
                "Table 2",
                "Mapped a resident reporting a missed bin",
                "Every council asks for the same details; nobody lets the resident track the report.",
            ),
        ],
        actions: &[
            ("Publish the bin day finder's code and a short guide", KOFI, 60),
            ("Find out when each council's forms contract ends", "WOK", 90),
        ],
        reviews: &[],
        summary: "Our first meeting: Bristol's bin collection day finder, and tables on what we could share next.",
    },
    PastMeeting {
        days_ago: 180,
        theme: "Buying together",
        host: "HCK",
        venue: "Hackney Service Centre",
        items: &[
            (
                "welcome",
                "Welcome from Hackney",
                Speaker::Member(LENA),
                10,
                "",
                "",
                false,
            ),
            (
                "review_of_actions",
                "Review of actions",
                Speaker::Nobody,
                20,
                "",
                "",
                false,
            ),
            (
                "debate",
                "Should we procure forms together?",
                Speaker::Guest("Priya Natarajan, Crown Commercial Service"),
                45,
                "https://www.crowncommercial.gov.uk/agreements",
                "CCS explained how councils can call off a shared framework together.",
                true,
            ),
            (
                "bring_a_problem",
                "Bring a problem",
                Speaker::Nobody,
                40,
                "",
                "Hackney's parking permits backlog.",
                false,
            ),
        ],
        came: &[ALEX, JO, LENA, KOFI],
        tables: &[(
            "Table 1",
            "Compared requirements for a forms product",
            "Requirements overlap by most of the list; accessibility and payments integration matter most.",
        )],
        actions: &[("Draft a joint requirement for forms", ALEX, 60)],
        reviews: &["done", "carried"],
        summary: "Hackney hosted us to talk about buying a forms product together, with Crown Commercial Service.",
    },
    PastMeeting {
        days_ago: 90,
        theme: "Show and tell",
        host: "BST",
        venue: "City Hall, Bristol",
        items: &[
            (
                "welcome",
                "Welcome to Bristol",
                Speaker::Member(KOFI),
                10,
                "",
                "",
                false,
            ),
            (
                "review_of_actions",
                "Review of actions",
                Speaker::Nobody,
                20,
                "",
                "",
                false,
            ),
            (
                "show_and_tell",
                "Wokingham's waste round planner (alpha)",
                Speaker::Member(SAM),
                30,
                "",
                "Sam showed the alpha; Hackney and Bristol want to try it.",
                true,
            ),
            ("future_themes", "Future themes", Speaker::Nobody, 15, "", "", false),
        ],
        came: &[ALEX, SAM, JO, KOFI],
        tables: &[],
        actions: &[("Let Hackney and Bristol try the waste round planner", "WOK", 45)],
        reviews: &["carried", "done"],
        summary: "Show and tell in Bristol: Wokingham's waste round planner, and where the forms procurement stands.",
    },
];

/// The meeting to come: in a month, at Wokingham, with a few registrations.
const UPCOMING_THEME: &str = "Data and AI in local government";
const UPCOMING_REGISTERED: &[&str] = &[SAM, LENA, KOFI];

fn at(now: DateTime<Utc>, days: i64, hour: u32) -> DateTime<Utc> {
    let date = (now + Duration::days(days)).date_naive();
    let time = NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or_default();
    london_instant(date, time).unwrap_or(now + Duration::days(days))
}

pub(crate) async fn user(tx: &mut Tx, email: &str) -> anyhow::Result<Option<i64>> {
    Ok(users::find_by_email(&mut *tx, email).await?.map(|u| u.id))
}

pub(crate) async fn org(tx: &mut Tx, code: &str) -> anyhow::Result<i64> {
    organisations::find_by_code(&mut *tx, code)
        .await?
        .map(|o| o.id)
        .ok_or_else(|| anyhow::anyhow!("council {code} is missing from the reference data"))
}

/// Loads the meetings into group `group_id`, led by `lead`.
/// The upcoming meeting's guest, from a supplier: name, email, organisation.
pub const GUEST: (&str, &str, &str) = (
    "Dana Whitfield",
    "dana.whitfield@formbuilder.example",
    "Formbuilder Ltd",
);

pub async fn load(db: &Db, group_id: i64, lead: i64, password_hash: &str, now: DateTime<Utc>) -> anyhow::Result<()> {
    let mut tx = db.begin().await?;
    let mut open: Vec<i64> = Vec::new();
    for past in PAST {
        let fields = MeetingFields {
            theme: past.theme,
            starts_at: at(now, -past.days_ago, 10),
            ends_at: at(now, -past.days_ago, 15),
            host_org_id: Some(org(&mut tx, past.host).await?),
            venue: Some(past.venue),
            online_link: None,
            capacity: 40,
        };
        let created = fields.starts_at - Duration::days(30);
        let id = meetings::create(&mut tx, group_id, &fields, lead, created).await?;
        for (kind, title, speaker, minutes, links, notes, published) in past.items {
            let (speaker_user_id, speaker_name) = match speaker {
                Speaker::Nobody => (None, None),
                Speaker::Member(email) => (user(&mut tx, email).await?, None),
                Speaker::Guest(name) => (None, Some(*name)),
            };
            let item = ItemFields {
                kind,
                title,
                speaker_user_id,
                speaker_name,
                minutes: *minutes,
                links,
            };
            let item_id = meetings::add_item(&mut tx, id, &item).await?;
            records::set_notes(&mut tx, id, item_id, notes, *published).await?;
        }
        for email in past.came {
            if let Some(person) = user(&mut tx, email).await? {
                meetings::register(&mut tx, id, person, "registered", created).await?;
                records::set_attended(&mut tx, id, person, true).await?;
            }
        }
        for (table, approach, findings) in past.tables {
            records::add_feedback(&mut tx, id, (table, approach, findings), fields.ends_at).await?;
        }
        // The actions carried into this meeting, reviewed in order; those carried on stay
        // open for the next.
        let carried_in = std::mem::take(&mut open);
        for (action, outcome) in carried_in.iter().zip(past.reviews) {
            let status = if *outcome == "carried" { "open" } else { outcome };
            records::review(&mut tx, (*action, id), (outcome, status), lead, fields.ends_at).await?;
            if *outcome == "carried" {
                open.push(*action);
            }
        }
        for (title, owner, due_in) in past.actions {
            let (owner_user_id, owner_org_id) = if owner.contains('@') {
                (user(&mut tx, owner).await?, None)
            } else {
                (None, Some(org(&mut tx, owner).await?))
            };
            let action = NewAction {
                group_id,
                meeting_id: id,
                title,
                owner_user_id,
                owner_org_id,
                due_on: Some((fields.starts_at + Duration::days(*due_in)).date_naive()),
            };
            open.push(records::add_action(&mut tx, &action, lead, fields.ends_at).await?);
        }
        records::save_writeup(
            &mut tx,
            id,
            past.summary,
            true,
            lead,
            fields.ends_at + Duration::days(2),
        )
        .await?;
    }
    let fields = MeetingFields {
        theme: UPCOMING_THEME,
        starts_at: at(now, 30, 10),
        ends_at: at(now, 30, 15),
        host_org_id: Some(org(&mut tx, "WOK").await?),
        venue: Some("Shute End, Wokingham"),
        online_link: Some("https://teams.microsoft.com/l/meetup-join/south-digital"),
        capacity: 40,
    };
    let upcoming = meetings::create(&mut tx, group_id, &fields, lead, now).await?;
    let agenda: [(&str, &str, i64); 4] = [
        ("welcome", "Welcome and introductions", 15),
        ("review_of_actions", "Review of actions", 20),
        ("talk", "What AI can and cannot do for casework", 30),
        ("bring_a_problem", "Bring a problem", 45),
    ];
    let mut bring_a_problem = None;
    for (kind, title, minutes) in agenda {
        let item = ItemFields {
            kind,
            title,
            speaker_user_id: None,
            speaker_name: None,
            minutes,
            links: "",
        };
        let id = meetings::add_item(&mut tx, upcoming, &item).await?;
        if kind == "bring_a_problem" {
            bring_a_problem = Some(id);
        }
    }
    for email in UPCOMING_REGISTERED {
        if let Some(person) = user(&mut tx, email).await? {
            meetings::register(&mut tx, upcoming, person, "registered", now).await?;
        }
    }
    invite_guest(&mut tx, upcoming, lead, password_hash, now).await?;
    for (kind, title) in [
        ("standing_item", "Bring a problem"),
        ("standing_item", "Show and tell"),
        ("theme", "Data and AI"),
        ("theme", "Cyber resilience"),
    ] {
        records::propose_theme(&mut tx, group_id, (kind, title), lead, now).await?;
    }
    crate::demo_problems::load(&mut tx, group_id, bring_a_problem, now).await?;
    crate::demo_projects::load(&mut tx, group_id, now).await?;
    tx.commit().await?;
    Ok(())
}

/// The supplier's guest: an account of their own (no council), the invitation taken up,
/// agreeing to be named, and a place.
async fn invite_guest(
    tx: &mut Tx,
    meeting: i64,
    lead: i64,
    password_hash: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let (name, email, organisation) = GUEST;
    let user = match user(tx, email).await? {
        Some(id) => id,
        None => {
            let new = users::NewUser {
                email,
                display_name: name,
                password_hash,
                platform_admin: false,
            };
            users::create(&mut *tx, &new, now).await?
        }
    };
    let (_, unused_link) = app::sessions::new_secret();
    let invitation = meeting_guests::NewGuest {
        meeting_id: meeting,
        email,
        name,
        organisation,
        token_hash: &unused_link,
        invited_by: lead,
    };
    if let Some(id) = meeting_guests::invite(tx, &invitation, now).await? {
        meeting_guests::accept(tx, id, user, true, now).await?;
        meetings::register(tx, meeting, user, "registered", now).await?;
    }
    Ok(())
}
