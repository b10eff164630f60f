//! Demo opportunities in every state, made through the same services people use (so audit
//! entries, notifications and contracts exist too): a draft, two open ones (one public,
//! one for invited councils) with questions and applications, one closed and waiting to be
//! evaluated (its buyer reminded), one awarded with its contract, one closed without a
//! suitable applicant, one cancelled and one withdrawn; and two saved searches.

use anyhow::Context;
use app::applications::{self as application_service, Evaluation, Offer};
use app::opportunities::{self as service, SectionInput};
use app::By;
use app::{Ctx, Settings};
use chrono::{DateTime, Duration, Utc};
use domain::clock::{Clock, ManualClock};
use domain::opportunities::{self as rules, ApplicationTerms, Event};
use domain::weeks::london_date;
use std::sync::Arc;
use store::{opportunities, organisations, saved_searches, users, Db};
use tokio::sync::Notify;

struct Demo {
    ctx: Ctx,
    clock: Arc<ManualClock>,
}

/// What differs between the demo opportunities.
struct Brief {
    buyer: &'static str,
    council: &'static str,
    kind: &'static str,
    title: &'static str,
    summary: &'static str,
    work: &'static str,
    role: Option<&'static str>,
    hours: &'static str,
    max_rate: &'static str,
    essential: &'static str,
    nice: &'static str,
    visibility: &'static str,
    invited: &'static str,
    closes_in_days: i64,
}

fn fail<E: std::fmt::Debug>(what: &str) -> impl FnOnce(E) -> anyhow::Error + '_ {
    move |e| anyhow::anyhow!("demo {what}: {e:?}")
}

impl Demo {
    fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    async fn by(&self, email: &str) -> anyhow::Result<By<'static>> {
        let user = users::find_by_email(&self.ctx.db, email)
            .await?
            .with_context(|| format!("demo person {email}"))?;
        Ok(By {
            user_id: Some(user.id),
            client_ip: "demo",
        })
    }

    async fn org(&self, code: &str) -> anyhow::Result<i64> {
        Ok(organisations::find_by_code(&self.ctx.db, code)
            .await?
            .with_context(|| format!("demo council {code}"))?
            .id)
    }

    fn day(&self, days: i64) -> String {
        (london_date(self.now()) + Duration::days(days)).to_string()
    }

    /// Writes every section of a draft; returns its id (published when `publish`).
    async fn write(&self, b: &Brief, publish: bool) -> anyhow::Result<i64> {
        let by = self.by(b.buyer).await?;
        let org = self.org(b.council).await?;
        let id = service::start(&self.ctx, by, org, b.kind)
            .await
            .map_err(fail("draft"))?;
        let role_id = match b.role {
            Some(name) => store::reference::roles(&self.ctx.db)
                .await?
                .into_iter()
                .find(|r| r.name == name)
                .map(|r| r.id),
            None => None,
        };
        let audience = if b.invited.is_empty() { "all" } else { "invited" };
        let sections = vec![
            SectionInput::About(rules::AboutInput {
                kind: b.kind.into(),
                title: b.title.into(),
                summary: b.summary.into(),
                background: "Residents tell us this part of the service is hard to use, and our own team is busy with other work until the spring.".into(),
                work: b.work.into(),
            }),
            SectionInput::RoleAndService {
                role_id,
                // A practitioner-level person, where a role is asked for.
                band: role_id.map(|_| 4),
                lgsl_id: Some(524),
            },
            SectionInput::Location(rules::LocationInput {
                region: String::new(),
                work_mode: "remote".into(),
                arrangements: "Remote, with a video call each week with the service team and access to our collaboration tools.".into(),
                security_clearance: String::new(),
            }),
            SectionInput::HoursAndBudget(rules::HoursInput {
                hours: b.hours.into(),
                max_rate: b.max_rate.into(),
                earliest_start: self.day(b.closes_in_days + 7),
                latest_end: self.day(b.closes_in_days + 63),
            }),
            SectionInput::Criteria {
                essential: b.essential.into(),
                nice: b.nice.into(),
            },
            SectionInput::Evaluation(rules::EvaluationInput {
                technical_weight: "60".into(),
                cultural_weight: "10".into(),
                price_weight: "30".into(),
                evaluate_count: "3".into(),
            }),
            SectionInput::Timing {
                input: rules::TimingInput {
                    questions_deadline: self.day(b.closes_in_days - 2),
                    closing_date: self.day(b.closes_in_days),
                    closing_time: "12:00".into(),
                    visibility: b.visibility.into(),
                    audience: audience.into(),
                },
                invited: b.invited.into(),
            },
        ];
        let count = if publish { sections.len() } else { 1 };
        for section in sections.into_iter().take(count) {
            service::save_section(&self.ctx, by, id, section)
                .await
                .map_err(fail("section"))?;
        }
        if publish {
            service::publish(&self.ctx, by, id).await.map_err(fail("publish"))?;
        }
        Ok(id)
    }

    /// Applies as `who` (with evidence for every criterion) and has `manager` approve.
    async fn apply(&self, id: i64, who: &str, rate_pence: i64, manager: Option<&str>) -> anyhow::Result<i64> {
        let user = self.by(who).await?;
        let profile = store::profiles::find_by_user(&self.ctx.db, user.user_id.unwrap_or_default())
            .await?
            .context("demo applicant's profile")?;
        let o = opportunities::find(&self.ctx.db, id).await?.context("opportunity")?;
        let evidence = opportunities::criteria(&self.ctx.db, id)
            .await?
            .into_iter()
            .map(|c| {
                let text = if c.essential {
                    "Last year I led this for our own council: I planned the work with the service team, did it in fortnightly steps and showed the results to residents and councillors."
                } else {
                    "Yes: I did this for two neighbouring councils in a shared project."
                };
                (c.id, text.to_string())
            })
            .collect();
        let terms = ApplicationTerms {
            evidence,
            rate_pence,
            earliest_start: o.earliest_start.unwrap_or(london_date(self.now())),
        };
        let application = application_service::apply(&self.ctx, user, id, profile.org_id, &terms, Offer::Myself)
            .await
            .map_err(fail("application"))?;
        if let Some(manager) = manager {
            application_service::decide(&self.ctx, self.by(manager).await?, application, true, None)
                .await
                .map_err(fail("approval"))?;
        }
        Ok(application)
    }

    /// Scores every criterion of an application `score`, with cultural fit and feedback.
    async fn score(&self, buyer: &str, application: i64, score: i64, feedback: &str) -> anyhow::Result<()> {
        let a = store::applications::find(&self.ctx.db, application)
            .await?
            .context("application")?;
        let scores = opportunities::criteria(&self.ctx.db, a.opportunity_id)
            .await?
            .into_iter()
            .map(|c| (c.id, Some(score)))
            .collect();
        let e = Evaluation {
            scores,
            cultural: Some(score.min(2)),
            notes: Some("Good evidence; checked with a referee in their council.".into()),
            feedback: Some(feedback.into()),
            shortlisted: score >= 2,
        };
        application_service::evaluate(&self.ctx, self.by(buyer).await?, application, &e)
            .await
            .map_err(fail("score"))
    }

    fn advance(&self, days: i64) {
        self.clock.advance(Duration::days(days));
    }
}

const FORMS: &str = "Has built accessible online forms for a council service\nHas moved a service to GOV.UK Pay";
const RESEARCH: &str = "Has planned and run research with residents\nHas shared findings that changed a service";

/// Loads the demo opportunities once (nothing happens if any opportunity exists).
pub async fn load(db: &Db, base_url: &str, now: DateTime<Utc>) -> anyhow::Result<()> {
    if opportunities::count(db).await? > 0 {
        return Ok(());
    }
    let clock = Arc::new(ManualClock::new(now - Duration::days(45)));
    let settings = Settings {
        base_url: base_url.trim_end_matches('/').to_string(),
        ..Default::default()
    };
    let ctx = Ctx::new(db.clone(), clock.clone(), settings, Arc::new(Notify::new()))?;
    let demo = Demo { ctx, clock };
    let brief = |buyer, council, kind, title, closes_in_days| {
        Brief {
        buyer,
        council,
        kind,
        title,
        summary: "Help our small team improve a service residents use every week, working remotely a few hours a week.",
        work: "Review what we have, agree a plan with the service manager, do the work in small steps and hand it over to our team.",
        role: None,
        hours: "40",
        max_rate: "75",
        essential: FORMS,
        nice: "Has worked on waste or parking services",
        visibility: "public",
        invited: "",
        closes_in_days,
    }
    };

    // Forty-five days ago: four opportunities that have since ended, and one withdrawn.
    let evaluating = demo
        .write(
            &Brief {
                role: Some("User researcher"),
                essential: RESEARCH,
                ..brief(
                    "kofi.mensah@bristol.gov.uk",
                    "BST",
                    "specialist",
                    "User researcher for resident parking permits",
                    10,
                )
            },
            true,
        )
        .await?;
    let awarded = demo
        .write(
            &Brief {
                role: Some("Frontend developer"),
                ..brief(
                    "owain.price@cardiff.gov.uk",
                    "CRF",
                    "specialist",
                    "Developer to move bulky waste bookings to GOV.UK Pay",
                    12,
                )
            },
            true,
        )
        .await?;
    let unsuccessful = demo
        .write(
            &brief(
                "ruth.adeyemi@leeds.gov.uk",
                "LDS",
                "outcome",
                "Accessibility fixes for the school admissions form",
                8,
            ),
            true,
        )
        .await?;
    let cancelled = demo
        .write(
            &brief(
                "kofi.mensah@bristol.gov.uk",
                "BST",
                "outcome",
                "Content review of the libraries pages",
                8,
            ),
            true,
        )
        .await?;
    let withdrawn = demo
        .write(
            &Brief {
                role: Some("Delivery manager"),
                ..brief(
                    "dan.hughes@leeds.gov.uk",
                    "LDS",
                    "specialist",
                    "Delivery manager for the new customer portal",
                    20,
                )
            },
            true,
        )
        .await?;
    demo.advance(1);
    demo.apply(
        evaluating,
        "seren.davies@cardiff.gov.uk",
        6500,
        Some("gareth.evans@cardiff.gov.uk"),
    )
    .await?;
    demo.apply(
        evaluating,
        "sam.okafor@wokingham.gov.uk",
        7000,
        Some("priya.shah@wokingham.gov.uk"),
    )
    .await?;
    let winner = demo
        .apply(
            awarded,
            "sam.okafor@wokingham.gov.uk",
            7000,
            Some("priya.shah@wokingham.gov.uk"),
        )
        .await?;
    let runner_up = demo
        .apply(awarded, "mei.chen@leeds.gov.uk", 5200, Some("tom.barker@leeds.gov.uk"))
        .await?;
    demo.apply(
        unsuccessful,
        "sam.okafor@wokingham.gov.uk",
        7200,
        Some("priya.shah@wokingham.gov.uk"),
    )
    .await?;
    demo.apply(withdrawn, "seren.davies@cardiff.gov.uk", 6000, None).await?;
    demo.advance(2);
    service::withdraw(
        &demo.ctx,
        demo.by("dan.hughes@leeds.gov.uk").await?,
        withdrawn,
        "The portal project has been paused until next year.",
    )
    .await
    .map_err(fail("withdrawal"))?;

    // They close at their closing times; the buyers evaluate and record outcomes.
    demo.advance(11);
    service::close_due(&demo.ctx).await.map_err(fail("closing"))?;
    let owain = demo.by("owain.price@cardiff.gov.uk").await?;
    demo.score(
        "owain.price@cardiff.gov.uk",
        winner,
        3,
        "Thank you: a strong application.",
    )
    .await?;
    demo.score(
        "owain.price@cardiff.gov.uk",
        runner_up,
        1,
        "Your evidence on GOV.UK Pay was thinner than the winning application's.",
    )
    .await?;
    application_service::award(&demo.ctx, owain, awarded, &[winner])
        .await
        .map_err(fail("award"))?;
    application_service::end_without_award(
        &demo.ctx,
        demo.by("ruth.adeyemi@leeds.gov.uk").await?,
        unsuccessful,
        Event::NoneSuitable,
        "No applicant had worked on admissions; we will ask again with a longer closing time.",
    )
    .await
    .map_err(fail("no award"))?;
    application_service::end_without_award(
        &demo.ctx,
        demo.by("kofi.mensah@bristol.gov.uk").await?,
        cancelled,
        Event::Cancel,
        "Our own content team will do this after all.",
    )
    .await
    .map_err(fail("cancel"))?;

    // Two days ago: the buyer of the one still being evaluated is reminded, and two
    // opportunities are open with questions and applications.
    demo.clock.advance(now - Duration::days(2) - demo.now());
    service::remind_overdue(&demo.ctx).await.map_err(fail("reminder"))?;
    let open = demo
        .write(
            &Brief {
                role: Some("User researcher"),
                essential: RESEARCH,
                nice: "Has researched with people who use assisted digital support\nSpeaks Welsh",
                ..brief(
                    "dan.hughes@leeds.gov.uk",
                    "LDS",
                    "specialist",
                    "User researcher for garden waste renewals",
                    10,
                )
            },
            true,
        )
        .await?;
    let invited = demo
        .write(
            &Brief {
                visibility: "signed_in",
                invited: "WOK\nLDS",
                essential: "Has audited council web content for plain English\nHas written in Welsh and English",
                ..brief(
                    "owain.price@cardiff.gov.uk",
                    "CRF",
                    "outcome",
                    "Bilingual content audit of council tax pages",
                    14,
                )
            },
            true,
        )
        .await?;
    let sam = demo.by("sam.okafor@wokingham.gov.uk").await?;
    let o = opportunities::find(db, open).await?.context("open opportunity")?;
    service::ask(
        &demo.ctx,
        sam,
        &o,
        "Would you accept someone who can start two weeks later than the earliest start?",
    )
    .await
    .map_err(fail("question"))?;
    let answered = service::ask(
        &demo.ctx,
        demo.by("mei.chen@leeds.gov.uk").await?,
        &o,
        "How many residents do you expect the research to involve?",
    )
    .await
    .map_err(fail("question"))?;
    service::answer(
        &demo.ctx,
        demo.by("dan.hughes@leeds.gov.uk").await?,
        open,
        answered,
        "About twelve, recruited from people who renewed last year; we arrange the recruitment.",
    )
    .await
    .map_err(fail("answer"))?;
    demo.apply(
        open,
        "seren.davies@cardiff.gov.uk",
        6500,
        Some("gareth.evans@cardiff.gov.uk"),
    )
    .await?;
    demo.apply(open, "sam.okafor@wokingham.gov.uk", 7000, None).await?;
    demo.apply(invited, "mei.chen@leeds.gov.uk", 5200, Some("tom.barker@leeds.gov.uk"))
        .await?;

    // Yesterday: a draft, and saved searches.
    demo.advance(1);
    demo.write(
        &brief(
            "dan.hughes@leeds.gov.uk",
            "LDS",
            "specialist",
            "Content designer for council tax letters",
            21,
        ),
        false,
    )
    .await?;
    let mut tx = db.begin().await?;
    for (email, name, words, frequency) in [
        (
            "sam.okafor@wokingham.gov.uk",
            "Forms and payments",
            "forms",
            "immediate",
        ),
        ("seren.davies@cardiff.gov.uk", "Research", "research", "daily"),
    ] {
        let user = users::find_by_email(&mut tx, email).await?.context("demo person")?;
        let search = saved_searches::NewSavedSearch {
            user_id: user.id,
            name,
            words,
            kind: None,
            role_id: None,
            lgsl_id: None,
            region: None,
            frequency,
        };
        saved_searches::create(&mut tx, &search, demo.now()).await?;
    }
    tx.commit().await?;
    Ok(())
}
