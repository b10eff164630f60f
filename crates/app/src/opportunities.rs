//! Opportunities (SPEC §4.3): drafting a section at a time, publishing, changes after
//! publishing, questions, closing (by a job), evaluation and the outcome. Every step is one
//! transaction with its audit entry and the notifications it causes. Authorisation is the
//! handlers' (through `domain::authz`); these check the lifecycle and the rules.

use super::notify::{tell, tell_role};
use super::{audit, By, Entry};
use crate::Ctx;
use chrono::{DateTime, Utc};
use domain::authz::{authorise, Action, Actor};
use domain::opportunities::{self as rules, Alert, AlertSubject, Audience, ChangeKind, Event, Section, Status};
use domain::roles::Role;
use domain::ValidationErrors;
use serde_json::json;
use std::collections::hash_map::Entry as Slot;
use store::opportunities::{self as store_opps, Opportunity};
use store::{applications, saved_searches, Tx};

step_error! {
    /// Why a step on an opportunity (its brief, publishing, changes, questions) did not
    /// happen.
    OpportunityError {}
}

pub fn link(id: i64) -> String {
    format!("/opportunities/{id}")
}

/// What reading this opportunity asks of the viewer (the pages and the API ask alike): a
/// withdrawn one stays readable to people signed in (those who applied are sent to it).
pub fn view_action(o: &Opportunity) -> Option<domain::authz::Action> {
    let status: Status = o.status;
    // Hidden by a moderator, it is as unpublished: only its own council sees it.
    Some(domain::authz::Action::ViewOpportunity {
        owner: o.org_id,
        published: status != Status::Draft && o.hidden_at.is_none(),
        public: o.visibility.as_deref() == Some("public") && status != Status::Withdrawn,
    })
}

/// Whether `org` may ask and apply: the opportunity is open to all, or `org` was invited.
pub async fn is_open_to(db: &store::Db, o: &Opportunity, org: i64) -> store::Result<bool> {
    Ok(open_to_all(o) || store_opps::is_invited(db, o.id, org).await?)
}

/// Whether any council may apply, not only invited ones.
fn open_to_all(o: &Opportunity) -> bool {
    o.audience.as_deref() != Some(Audience::Invited.as_str())
}

/// A section of a draft as typed, with what some sections need checked against the
/// database (role and service ids, invited councils).
pub enum SectionInput {
    About(rules::AboutInput),
    RoleAndService {
        role_id: Option<i64>,
        /// The level of the role asked for, as a DDaT band.
        band: Option<i64>,
        lgsl_id: Option<i64>,
    },
    Location(rules::LocationInput),
    HoursAndBudget(rules::HoursInput),
    Criteria {
        essential: String,
        nice: String,
    },
    Evaluation(rules::EvaluationInput),
    Timing {
        input: rules::TimingInput,
        /// Council codes typed one to a line.
        invited: String,
    },
}

pub async fn load(tx: &mut Tx, id: i64) -> Result<(Opportunity, Status), OpportunityError> {
    let o = store_opps::find(&mut *tx, id)
        .await?
        .ok_or(OpportunityError::NotFound)?;
    let status = o.status;
    Ok((o, status))
}

async fn record(
    tx: &mut Tx,
    by: By<'_>,
    o: &Opportunity,
    action: &str,
    after: serde_json::Value,
    now: DateTime<Utc>,
) -> store::Result<()> {
    let entry = Entry {
        org_id: Some(o.org_id),
        action,
        subject: ("opportunity", o.id.to_string()),
        before: Some(json!({ "status": o.status })),
        after: Some(after),
    };
    audit(&mut *tx, by, entry, now).await
}

/// A buyer starts a draft of `kind` for their council.
pub async fn start(ctx: &Ctx, by: By<'_>, org_id: i64, kind: &str) -> Result<i64, OpportunityError> {
    let kind: rules::Kind = kind
        .parse()
        .map_err(|k| OpportunityError::Invalid(ValidationErrors::single("kind", k)))?;
    let now = ctx.clock.now();
    let user = by.user_id.ok_or(OpportunityError::NotFound)?;
    let mut tx = ctx.db.begin().await?;
    let id = store_opps::create(&mut tx, org_id, user, kind.as_str(), now).await?;
    let entry = Entry {
        org_id: Some(org_id),
        action: "opportunity-drafted",
        subject: ("opportunity", id.to_string()),
        before: None,
        after: Some(json!({ "status": "draft", "kind": kind.as_str() })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// A buyer starts a draft with its brief begun: what the work is about and the service it
/// is for, in one transaction (a sharing opportunity turned into a draft). `from` says
/// what it was started from, for the audit log.
pub async fn start_with(
    ctx: &Ctx,
    by: By<'_>,
    org_id: i64,
    about: &rules::AboutInput,
    lgsl_id: Option<i64>,
    from: serde_json::Value,
) -> Result<i64, OpportunityError> {
    let mut tx = ctx.db.begin().await?;
    let id = start_within(ctx, &mut tx, by, org_id, (about, lgsl_id), from).await?;
    tx.commit().await?;
    Ok(id)
}

/// `start_with` inside the caller's transaction, for a step that does more in the same one
/// (a problem turned into a draft and linked to it).
pub async fn start_within(
    ctx: &Ctx,
    tx: &mut store::Tx,
    by: By<'_>,
    org_id: i64,
    (about, lgsl_id): (&rules::AboutInput, Option<i64>),
    from: serde_json::Value,
) -> Result<i64, OpportunityError> {
    let now = ctx.clock.now();
    let user = by.user_id.ok_or(OpportunityError::NotFound)?;
    let id = store_opps::create(&mut *tx, org_id, user, &about.kind, now).await?;
    let (o, _) = load(&mut *tx, id).await?;
    let mut brief = o.brief(&[]);
    rules::validate_about(about, &mut brief).map_err(OpportunityError::Invalid)?;
    rules::validate_role_and_service(None, None, lgsl_id, &mut brief).map_err(OpportunityError::Invalid)?;
    store_opps::save_draft(&mut *tx, id, &brief, now).await?;
    let entry = Entry {
        org_id: Some(org_id),
        action: "opportunity-drafted",
        subject: ("opportunity", id.to_string()),
        before: None,
        after: Some(json!({ "status": "draft", "kind": about.kind, "from": from })),
    };
    audit(&mut *tx, by, entry, now).await?;
    Ok(id)
}

/// A buyer copies an earlier opportunity of their council into a new draft (all but its
/// timing, which must be set again).
pub async fn copy(ctx: &Ctx, by: By<'_>, from: &Opportunity) -> Result<i64, OpportunityError> {
    let now = ctx.clock.now();
    let user = by.user_id.ok_or(OpportunityError::NotFound)?;
    let mut tx = ctx.db.begin().await?;
    let id = store_opps::copy(&mut tx, from.id, from.org_id, user, now).await?;
    let entry = Entry {
        org_id: Some(from.org_id),
        action: "opportunity-copied",
        subject: ("opportunity", id.to_string()),
        before: None,
        after: Some(json!({ "status": "draft", "copied_from": from.id })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// Saves one section of a draft; nothing is kept from a section with errors.
pub async fn save_section(ctx: &Ctx, by: By<'_>, id: i64, input: SectionInput) -> Result<(), OpportunityError> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let (o, status) = load(&mut tx, id).await?;
    if status != Status::Draft {
        return Err(OpportunityError::refused("error-opportunity-not-draft"));
    }
    let criteria = store_opps::criteria(&mut tx, id).await?;
    let mut brief = o.brief(&criteria);
    let today = domain::weeks::london_date(now);
    let section = match input {
        SectionInput::About(i) => {
            rules::validate_about(&i, &mut brief).map_err(OpportunityError::Invalid)?;
            Section::About
        }
        SectionInput::RoleAndService { role_id, band, lgsl_id } => {
            let mut e = ValidationErrors::default();
            if let Some(r) = role_id {
                if store::reference::role(&mut tx, r).await?.is_none() {
                    e.push("role_id", "error-role");
                }
            }
            if let Some(s) = lgsl_id {
                if store::reference::service(&mut tx, s).await?.is_none() {
                    e.push("lgsl_id", "error-service");
                }
            }
            e.into_result().map_err(OpportunityError::Invalid)?;
            rules::validate_role_and_service(role_id, band, lgsl_id, &mut brief).map_err(OpportunityError::Invalid)?;
            Section::RoleAndService
        }
        SectionInput::Location(i) => {
            rules::validate_location(&i, &mut brief).map_err(OpportunityError::Invalid)?;
            Section::Location
        }
        SectionInput::HoursAndBudget(i) => {
            rules::validate_hours(&i, today, &mut brief).map_err(OpportunityError::Invalid)?;
            Section::HoursAndBudget
        }
        SectionInput::Criteria { essential, nice } => {
            rules::validate_criteria(&essential, &nice, &mut brief).map_err(OpportunityError::Invalid)?;
            store_opps::set_criteria(&mut tx, id, &brief.essential, &brief.nice).await?;
            Section::Criteria
        }
        SectionInput::Evaluation(i) => {
            rules::validate_evaluation(&i, &mut brief).map_err(OpportunityError::Invalid)?;
            Section::Evaluation
        }
        SectionInput::Timing { input, invited } => {
            let result = rules::validate_timing(&input, now, &mut brief);
            let orgs = invited_councils(&mut tx, &invited, o.org_id).await?;
            let mut e = result.err().unwrap_or_default();
            if let Err(key) = &orgs {
                e.push("invited", key);
            }
            e.into_result().map_err(OpportunityError::Invalid)?;
            let orgs = orgs.unwrap_or_default();
            if brief.audience == Some(Audience::Invited) && orgs.is_empty() {
                return Err(OpportunityError::Invalid(ValidationErrors::single(
                    "invited",
                    "error-invited-none",
                )));
            }
            store_opps::set_invites(&mut tx, id, &orgs).await?;
            Section::Timing
        }
    };
    store_opps::save_draft(&mut tx, id, &brief, now).await?;
    record(
        &mut tx,
        by,
        &o,
        "opportunity-section-saved",
        json!({ "status": "draft", "section": section.as_str() }),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Council codes or names typed one to a line, as organisation ids; the buying council
/// itself is left out. An unknown line refuses the lot.
async fn invited_councils(
    tx: &mut Tx,
    typed: &str,
    own: i64,
) -> Result<Result<Vec<i64>, &'static str>, OpportunityError> {
    let mut ids = Vec::new();
    for line in typed.lines().map(str::trim).filter(|l| !l.is_empty()) {
        match store::organisations::find_by_code_or_name(&mut *tx, line).await? {
            Some(org) if org.id != own => {
                if !ids.contains(&org.id) {
                    ids.push(org.id)
                }
            }
            Some(_) => {}
            None => return Ok(Err("error-invited-unknown")),
        }
    }
    Ok(Ok(ids))
}

/// The buyer publishes a complete draft: it goes live, and saved searches that alert at
/// once and match it are sent.
pub async fn publish(ctx: &Ctx, by: By<'_>, id: i64) -> Result<(), OpportunityError> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let (o, from) = load(&mut tx, id).await?;
    let criteria = store_opps::criteria(&mut tx, id).await?;
    let invited = store_opps::invites(&mut tx, id).await?;
    rules::check_publishable(&o.brief(&criteria), now, invited.len()).map_err(OpportunityError::Invalid)?;
    step(&mut tx, &o, from, Event::Publish, by.user_id, None, now).await?;
    record(
        &mut tx,
        by,
        &o,
        "opportunity-published",
        json!({ "status": "live" }),
        now,
    )
    .await?;
    let args = [
        ("title", o.title.clone().unwrap_or_default()),
        ("council", o.org_name.clone()),
    ];
    // One alert per person, however many of their saved searches match, and only to
    // people who may apply to it.
    let mut told = std::collections::BTreeSet::new();
    for search in saved_searches::due(&mut tx, "immediate", now + chrono::Duration::seconds(1)).await? {
        if search.user_id == by.user_id.unwrap_or_default() || told.contains(&search.user_id) || !matches(&o, &search) {
            continue;
        }
        told.insert(search.user_id);
        let actor = applicant(&mut tx, search.user_id).await?;
        if may_apply(&actor, &o, &invited) {
            tell(
                ctx,
                &mut tx,
                search.user_id,
                "notify-opportunity-alert",
                &args,
                &link(id),
            )
            .await?;
        }
    }
    for org in invited {
        tell_role(
            ctx,
            &mut tx,
            org.org_id,
            Role::Manager,
            "notify-opportunity-invited",
            &args,
            &link(id),
        )
        .await?;
    }
    // Posted to the webhooks of the peer groups the council belongs to.
    let groups = crate::webhooks::groups_of(&mut tx, o.org_id).await?;
    if !groups.is_empty() {
        let payload = crate::webhooks::payload(
            ctx,
            "webhook-opportunity",
            &args,
            (&link(id), "webhook-see-opportunity"),
        );
        crate::webhooks::announce(&mut tx, &groups, "opportunity-published", &payload, now).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The person with their councils and roles, as the Apply rule needs them.
async fn applicant(tx: &mut Tx, user: i64) -> store::Result<Actor> {
    Ok(Actor {
        user_id: user,
        platform_admin: false,
        memberships: store::members::memberships_of(&mut *tx, user).await?,
    })
}

/// Whether `actor` may apply to `o` through any council they belong to: the same rule that
/// guards applying decides who hears of it.
fn may_apply(actor: &Actor, o: &Opportunity, invited: &[store_opps::Invite]) -> bool {
    actor.memberships.iter().any(|m| {
        let invited = open_to_all(o) || invited.iter().any(|i| i.org_id == m.org_id);
        authorise(
            Some(actor),
            Action::Apply {
                owner: o.org_id,
                org: m.org_id,
                invited,
            },
        )
        .is_ok()
    })
}

/// Whether a published opportunity matches a saved search (the same rule as the digest).
pub fn matches(o: &Opportunity, s: &saved_searches::SavedSearch) -> bool {
    let alert = Alert {
        words: rules::search_words(&s.words),
        kind: s.kind.as_deref().and_then(|k| k.parse().ok()),
        role_id: s.role_id,
        lgsl_id: s.lgsl_id,
        region: s.region.clone(),
    };
    let text = [&o.title, &o.summary, &o.background, &o.work]
        .iter()
        .filter_map(|t| t.as_deref())
        .collect::<Vec<_>>()
        .join(" ");
    let subject = AlertSubject {
        text: &text,
        kind: o.kind.as_deref().and_then(|k| k.parse().ok()),
        role_id: o.role_id,
        lgsl_id: o.lgsl_id,
        region: o.region.as_deref(),
        remote: matches!(o.work_mode.as_deref(), Some("remote" | "either")),
    };
    rules::alert_matches(&alert, &subject)
}

async fn step(
    tx: &mut Tx,
    o: &Opportunity,
    from: Status,
    event: Event,
    by: Option<i64>,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Status, OpportunityError> {
    let to = rules::next_status(from, event).map_err(|e| OpportunityError::refused(e.key()))?;
    if !store_opps::transition(tx, o.id, from.as_str(), to.as_str(), by, reason, now).await? {
        return Err(OpportunityError::refused("error-changed-meanwhile"));
    }
    Ok(to)
}

/// Everyone who applied (whatever became of it) or asked a question: told of changes.
async fn interested(tx: &mut Tx, id: i64) -> store::Result<Vec<i64>> {
    let mut people: Vec<i64> = applications::list(&mut *tx, applications::Scope::AllFor(id))
        .await?
        .into_iter()
        .map(|a| a.applicant_id)
        .collect();
    people.extend(store_opps::askers(&mut *tx, id).await?);
    people.sort_unstable();
    people.dedup();
    Ok(people)
}

async fn tell_interested(
    ctx: &Ctx,
    tx: &mut Tx,
    o: &Opportunity,
    key: &str,
    args: &[(&str, String)],
) -> store::Result<()> {
    for person in interested(tx, o.id).await? {
        tell(ctx, tx, person, key, args, &link(o.id)).await?;
    }
    Ok(())
}

/// The buyer takes a live opportunity down; everyone who applied or asked is told.
pub async fn withdraw(ctx: &Ctx, by: By<'_>, id: i64, reason: &str) -> Result<(), OpportunityError> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let (o, from) = load(&mut tx, id).await?;
    step(&mut tx, &o, from, Event::Withdraw, by.user_id, Some(reason), now).await?;
    applications::settle_remaining(&mut tx, id, "unsuccessful").await?;
    record(
        &mut tx,
        by,
        &o,
        "opportunity-withdrawn",
        json!({ "status": "withdrawn" }),
        now,
    )
    .await?;
    let args = [
        ("title", o.title.clone().unwrap_or_default()),
        ("reason", reason.to_string()),
    ];
    tell_interested(ctx, &mut tx, &o, "notify-opportunity-withdrawn", &args).await?;
    tx.commit().await?;
    Ok(())
}

/// A change after publishing: a corrected summary, a clarification of the criteria, or a
/// later closing time. Kept in the change history; everyone who applied or asked is told.
pub async fn change(
    ctx: &Ctx,
    by: By<'_>,
    id: i64,
    kind: ChangeKind,
    body: &str,
    new_closing: Option<DateTime<Utc>>,
) -> Result<(), OpportunityError> {
    let now = ctx.clock.now();
    let user = by.user_id.ok_or(OpportunityError::NotFound)?;
    let mut tx = ctx.db.begin().await?;
    let (o, status) = load(&mut tx, id).await?;
    if status != Status::Live {
        return Err(OpportunityError::refused("error-opportunity-not-live"));
    }
    let (text, previous) = match kind {
        ChangeKind::Summary => {
            let summary = rules::words(body, rules::SUMMARY_MAX_WORDS)
                .map_err(|k| OpportunityError::Invalid(ValidationErrors::single("body", k)))?;
            if !store_opps::correct_summary(&mut tx, id, &summary, now).await? {
                return Err(OpportunityError::refused("error-changed-meanwhile"));
            }
            (summary, o.summary.clone())
        }
        ChangeKind::Clarification => (
            rules::words(body, rules::CHANGE_MAX_WORDS)
                .map_err(|k| OpportunityError::Invalid(ValidationErrors::single("body", k)))?,
            None,
        ),
        ChangeKind::ClosingTime => {
            let (current, proposed) = match (o.closes_at, new_closing) {
                (Some(c), Some(p)) => (c, p),
                _ => {
                    return Err(OpportunityError::Invalid(ValidationErrors::single(
                        "closing_date",
                        "error-date-required",
                    )))
                }
            };
            rules::check_extension(current, proposed)
                .map_err(|k| OpportunityError::Invalid(ValidationErrors::single("closing_date", k)))?;
            if !store_opps::extend_closing(&mut tx, id, proposed, now).await? {
                return Err(OpportunityError::refused("error-changed-meanwhile"));
            }
            (proposed.to_rfc3339(), Some(current.to_rfc3339()))
        }
    };
    store_opps::add_change(&mut tx, id, kind.as_str(), &text, previous.as_deref(), user, now).await?;
    record(
        &mut tx,
        by,
        &o,
        "opportunity-changed",
        json!({ "status": "live", "change": kind.as_str() }),
        now,
    )
    .await?;
    let args = [("title", o.title.clone().unwrap_or_default())];
    tell_interested(ctx, &mut tx, &o, "notify-opportunity-changed", &args).await?;
    tx.commit().await?;
    Ok(())
}

/// Closes every live opportunity whose closing time has passed and tells its buyers.
/// Safe on several instances: each close is conditional on the status it saw.
pub async fn close_due(ctx: &Ctx) -> Result<usize, OpportunityError> {
    let now = ctx.clock.now();
    let mut closed = 0;
    loop {
        let due = store_opps::due_to_close(&ctx.db, now, 100).await?;
        let batch = due.len();
        for id in due {
            let mut tx = ctx.db.begin().await?;
            let (o, from) = load(&mut tx, id).await?;
            match step(&mut tx, &o, from, Event::Close, None, None, now).await {
                Ok(_) => {}
                Err(OpportunityError::Refused { .. }) => continue,
                Err(e) => return Err(e),
            }
            let system = By {
                user_id: None,
                client_ip: "",
            };
            record(
                &mut tx,
                system,
                &o,
                "opportunity-closed",
                json!({ "status": "closed" }),
                now,
            )
            .await?;
            let shown = applications::list(&mut tx, applications::Scope::ForBuyer(id))
                .await?
                .len();
            let args = [
                ("title", o.title.clone().unwrap_or_default()),
                ("count", shown.to_string()),
            ];
            tell_role(
                ctx,
                &mut tx,
                o.org_id,
                Role::Buyer,
                "notify-opportunity-closed",
                &args,
                &format!("{}/evaluate", link(id)),
            )
            .await?;
            tx.commit().await?;
            closed += 1;
        }
        if batch < 100 {
            return Ok(closed);
        }
    }
}

/// Reminds the buyers of opportunities closed 28 days ago without an outcome, once.
pub async fn remind_overdue(ctx: &Ctx) -> Result<usize, OpportunityError> {
    let now = ctx.clock.now();
    let cutoff = now - chrono::Duration::days(rules::OUTCOME_REMINDER_DAYS);
    let mut reminded = 0;
    for id in store_opps::due_reminder(&ctx.db, cutoff, 100).await? {
        let mut tx = ctx.db.begin().await?;
        if !store_opps::mark_reminded(&mut tx, id, now).await? {
            continue;
        }
        let (o, _) = load(&mut tx, id).await?;
        let args = [("title", o.title.clone().unwrap_or_default())];
        tell_role(
            ctx,
            &mut tx,
            o.org_id,
            Role::Buyer,
            "notify-opportunity-outcome-due",
            &args,
            &format!("{}/evaluate", link(id)),
        )
        .await?;
        tx.commit().await?;
        reminded += 1;
    }
    Ok(reminded)
}

/// Sends each daily saved search last sent a day or more ago the opportunities published
/// since then that match it: one notification and one email listing them. Safe on several
/// instances: a search is marked sent only if nobody marked it since it was read.
pub async fn send_daily_digests(ctx: &Ctx) -> Result<usize, OpportunityError> {
    let now = ctx.clock.now();
    let mut sent = 0;
    // Opportunities already in a digest to a person in this run: their other searches
    // leave them out, so nobody hears of one opportunity twice.
    let mut listed: std::collections::HashMap<i64, std::collections::HashSet<i64>> = Default::default();
    // Each person's councils and each opportunity's invitations, read once per run.
    let mut actors: std::collections::HashMap<i64, Actor> = Default::default();
    let mut invitations: std::collections::HashMap<i64, Vec<store_opps::Invite>> = Default::default();
    for search in saved_searches::due(&ctx.db, "daily", now - chrono::Duration::days(1)).await? {
        let since = search.last_sent_at.unwrap_or(now - chrono::Duration::days(1));
        let already = listed.entry(search.user_id).or_default();
        let candidates: Vec<Opportunity> = store_opps::published_since(&ctx.db, since)
            .await?
            .into_iter()
            .filter(|o| o.created_by != search.user_id && !already.contains(&o.id) && matches(o, &search))
            .collect();
        let mut tx = ctx.db.begin().await?;
        if !saved_searches::mark_sent(&mut tx, search.id, search.last_sent_at, now).await? {
            continue;
        }
        if let (false, Slot::Vacant(slot)) = (candidates.is_empty(), actors.entry(search.user_id)) {
            slot.insert(applicant(&mut tx, search.user_id).await?);
        }
        let mut found = Vec::new();
        for o in candidates {
            if let Slot::Vacant(slot) = invitations.entry(o.id) {
                slot.insert(store_opps::invites(&mut tx, o.id).await?);
            }
            let (Some(actor), Some(invited)) = (actors.get(&search.user_id), invitations.get(&o.id)) else {
                continue;
            };
            if may_apply(actor, &o, invited) {
                already.insert(o.id);
                found.push(o);
            }
        }
        if !found.is_empty() {
            let titles = found
                .iter()
                .map(|o| {
                    format!(
                        "- {} ({}): {}{}",
                        o.title.clone().unwrap_or_default(),
                        o.org_name,
                        ctx.settings.base_url,
                        link(o.id)
                    )
                })
                .collect::<Vec<_>>()
                .join("\n");
            let args = [
                ("name", search.name.clone()),
                ("count", found.len().to_string()),
                ("titles", titles),
            ];
            let link = format!("/opportunities?{}", digest_query(&search));
            tell(ctx, &mut tx, search.user_id, "notify-opportunity-digest", &args, &link).await?;
            sent += 1;
        }
        tx.commit().await?;
    }
    Ok(sent)
}

/// The list's address for a saved search, so the digest links to the same filters.
fn digest_query(s: &saved_searches::SavedSearch) -> String {
    let mut pairs = vec![("q", s.words.clone())];
    if let Some(k) = &s.kind {
        pairs.push(("kind", k.clone()));
    }
    if let Some(r) = s.role_id {
        pairs.push(("role", r.to_string()));
    }
    if let Some(l) = s.lgsl_id {
        pairs.push(("service", l.to_string()));
    }
    if let Some(r) = &s.region {
        pairs.push(("region", r.clone()));
    }
    serde_urlencoded::to_string(pairs).unwrap_or_default()
}

/// A signed-in practitioner asks a question until the questions deadline; the buyers are told.
pub async fn ask(ctx: &Ctx, by: By<'_>, o: &Opportunity, question: &str) -> Result<i64, OpportunityError> {
    let now = ctx.clock.now();
    let user = by.user_id.ok_or(OpportunityError::NotFound)?;
    let text = rules::words(question, rules::QUESTION_MAX_WORDS)
        .map_err(|k| OpportunityError::Invalid(ValidationErrors::single("question", k)))?;
    let mut tx = ctx.db.begin().await?;
    let (o, status) = load(&mut tx, o.id).await?;
    if status != Status::Live || o.questions_deadline.is_none_or(|d| d <= now) {
        return Err(OpportunityError::refused("error-questions-closed"));
    }
    let qid = store_opps::ask(&mut tx, o.id, user, &text, now).await?;
    let args = [("title", o.title.clone().unwrap_or_default())];
    tell_role(
        ctx,
        &mut tx,
        o.org_id,
        Role::Buyer,
        "notify-opportunity-question",
        &args,
        &format!("{}/questions", link(o.id)),
    )
    .await?;
    tx.commit().await?;
    Ok(qid)
}

/// The buyer publishes an answer; the asker is told (the page never names them).
pub async fn answer(ctx: &Ctx, by: By<'_>, id: i64, question_id: i64, text: &str) -> Result<(), OpportunityError> {
    let now = ctx.clock.now();
    let user = by.user_id.ok_or(OpportunityError::NotFound)?;
    let text = rules::words(text, rules::ANSWER_MAX_WORDS)
        .map_err(|k| OpportunityError::Invalid(ValidationErrors::single(format!("answer-{question_id}"), k)))?;
    let mut tx = ctx.db.begin().await?;
    let (o, _) = load(&mut tx, id).await?;
    let asker = store_opps::questions(&mut tx, id, false)
        .await?
        .into_iter()
        .find(|q| q.id == question_id)
        .ok_or(OpportunityError::NotFound)?
        .asked_by;
    if !store_opps::answer(&mut tx, id, question_id, &text, user, now).await? {
        return Err(OpportunityError::refused("error-question-answered"));
    }
    record(
        &mut tx,
        by,
        &o,
        "opportunity-answered",
        json!({ "status": o.status, "question": question_id }),
        now,
    )
    .await?;
    let args = [("title", o.title.clone().unwrap_or_default())];
    tell(ctx, &mut tx, asker, "notify-opportunity-answered", &args, &link(id)).await?;
    tx.commit().await?;
    Ok(())
}
