//! Demo "Bring a problem" posts in every state: one to the South group on its next
//! meeting's agenda, one to everyone with offers of help, one solved, and one a buyer
//! turned into a draft opportunity.

use crate::demo_meetings::{org, user};
use chrono::{DateTime, Duration, Utc};
use domain::problems::{brief_from, Problem};
use store::problems::{self as problems, NewProblem};
use store::Tx;

/// Household waste collection, on the Local Government Service List.
const WASTE: i64 = 524;

struct DemoProblem {
    poster: &'static str,
    council: &'static str,
    to_group: bool,
    title: &'static str,
    description: &'static str,
    tried: &'static str,
    lgsl_id: Option<i64>,
    days_ago: i64,
}

const PROBLEMS: [DemoProblem; 4] = [
    DemoProblem {
        poster: "lena.novak@hackney.gov.uk",
        council: "HCK",
        to_group: true,
        title: "A backlog of parking permit renewals",
        description: "Renewals pile up every spring: residents apply late, and each needs checking by hand.",
        tried: "Reminder letters six weeks ahead; overtime in March.",
        lgsl_id: None,
        days_ago: 10,
    },
    DemoProblem {
        poster: "kofi.mensah@bristol.gov.uk",
        council: "BST",
        to_group: false,
        title: "Residents cannot track a missed bin report",
        description: "When a resident reports a missed bin, they hear nothing until the crew returns, so they ring the contact centre.",
        tried: "An email receipt; calls did not fall.",
        lgsl_id: Some(WASTE),
        days_ago: 40,
    },
    DemoProblem {
        poster: "jo.fletcher@wokingham.gov.uk",
        council: "WOK",
        to_group: true,
        title: "Our PDF forms fail accessibility checks",
        description: "Twelve downloadable PDF forms fail WCAG 2.2 AA, and we must fix or replace them.",
        tried: "",
        lgsl_id: None,
        days_ago: 120,
    },
    DemoProblem {
        poster: "kofi.mensah@bristol.gov.uk",
        council: "BST",
        to_group: true,
        title: "Booking bulky waste collections online",
        description: "Residents book bulky waste collections by phone; we want an online booking that takes payment and offers slots by round.",
        tried: "A web form that staff re-key into the rounds system.",
        lgsl_id: Some(WASTE),
        days_ago: 60,
    },
];

/// Replies to the problem to everyone: who, council, kind, what they said.
const REPLIES: [(&str, &str, &str, &str); 2] = [
    (
        "alex.morgan@wokingham.gov.uk",
        "WOK",
        "advice",
        "We send a text with a link to track the report; calls fell by a third.",
    ),
    (
        "lena.novak@hackney.gov.uk",
        "HCK",
        "solved_this",
        "We show the crew's progress from the rounds system on the report's page. Happy to show you.",
    ),
];

/// Loads the problems into `group_id`, the first on the agenda item `bring_a_problem`.
pub async fn load(tx: &mut Tx, group_id: i64, bring_a_problem: Option<i64>, now: DateTime<Utc>) -> anyhow::Result<()> {
    for (i, d) in PROBLEMS.iter().enumerate() {
        let Some(poster) = user(tx, d.poster).await? else {
            continue;
        };
        let org_id = org(tx, d.council).await?;
        let at = now - Duration::days(d.days_ago);
        let new = NewProblem {
            org_id,
            group_id: d.to_group.then_some(group_id),
            title: d.title,
            description: d.description,
            lgsl_id: d.lgsl_id,
            tried: d.tried,
            links: "",
        };
        let id = problems::create(tx, &new, poster, at).await?;
        match i {
            0 => problems::put_on_agenda(tx, id, bring_a_problem, at).await?,
            1 => {
                for (email, code, kind, body) in REPLIES {
                    if let Some(replier) = user(tx, email).await? {
                        let council = org(tx, code).await?;
                        problems::add_reply(tx, id, (replier, council), (kind, body, None), at + Duration::days(1))
                            .await?;
                    }
                }
            }
            2 => {
                problems::mark_solved(tx, id, at + Duration::days(30)).await?;
            }
            _ => {
                // A buyer at Bristol turned it into a draft opportunity.
                let problem = Problem {
                    title: d.title.into(),
                    description: d.description.into(),
                    tried: d.tried.into(),
                    links: Vec::new(),
                };
                let about = brief_from(&problem);
                let draft = store::opportunities::create(tx, org_id, poster, &about.kind, at).await?;
                let o = store::opportunities::find(&mut *tx, draft)
                    .await?
                    .ok_or_else(|| anyhow::anyhow!("the demo draft is missing"))?;
                let mut brief = o.brief(&[]);
                domain::opportunities::validate_about(&about, &mut brief)
                    .map_err(|e| anyhow::anyhow!("the demo problem's brief is not valid: {e:?}"))?;
                domain::opportunities::validate_role_and_service(None, None, d.lgsl_id, &mut brief)
                    .map_err(|e| anyhow::anyhow!("the demo problem's service is not valid: {e:?}"))?;
                store::opportunities::save_draft(tx, draft, &brief, at).await?;
                problems::link_opportunity(tx, id, draft, at).await?;
            }
        }
    }
    Ok(())
}
