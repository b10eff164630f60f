//! Sharing opportunities (SPEC §4.7): what one council could take up from others, worked
//! out from the maps each time it is asked (the rules are `domain::capability_map`'s), and
//! the two things a council does with one: dismiss it with a reason, or turn it into a
//! draft opportunity. Each change authorises, validates and runs in one transaction with
//! its audit entry.

use super::{audit, By, Entry as AuditEntry};
use crate::opportunities::OpportunityError;
use crate::Ctx;
use chrono::NaiveDate;
use domain::authz::{authorise, Action, Actor};
use domain::capability_map::{self as rules, Meets, Provision, SharingKey, Wanting, DISMISS_REASON_MAX_CHARS};
use domain::opportunities::AboutInput;
use domain::ValidationErrors;
use serde::Serialize;
use serde_json::json;
use std::collections::BTreeSet;
use store::capability_map as maps;
use store::sharing::{self as found, Practitioner};

step_error! {
    /// Why a sharing opportunity could not be dismissed or turned into a draft.
    SharingError {}
}

step_error_from!(SharingError <- OpportunityError);

/// How many of the building council's practitioners an opportunity names.
const PRACTITIONERS_SHOWN: i64 = 3;

/// A component other councils use for a capability this council wants.
#[derive(Debug, Clone, Serialize)]
pub struct Reuse {
    pub key: String,
    pub lgsl_id: i64,
    pub capability_id: i64,
    pub component_id: i64,
    /// Why the capability is wanting here.
    pub because: Wanting,
    /// How many other councils use the component for it.
    pub councils: i64,
    /// For a component built by another council: that council, and its listed
    /// practitioners who have worked on the service (a microcontract opportunity).
    pub built_by_org_id: Option<i64>,
    pub practitioners: Vec<Practitioner>,
}

/// Councils buying the same product whose contracts end within a year of each other.
#[derive(Debug, Clone, Serialize)]
pub struct Together {
    pub key: String,
    pub component_id: i64,
    /// Each council with the end of its contract, earliest first (this council among them).
    pub councils: Vec<(i64, NaiveDate)>,
}

/// One capability of one service the council wants, with the components others meet it
/// with, most used first.
#[derive(Debug, Clone, Serialize)]
pub struct Need {
    pub lgsl_id: i64,
    pub capability_id: i64,
    pub because: Wanting,
    pub offers: Vec<Reuse>,
}

/// Which part of a council's opportunities to show: a page of needs, and how many
/// components for each.
#[derive(Debug, Clone, Copy)]
pub struct Shown {
    /// From 1; beyond the last page, the last.
    pub page: usize,
    pub needs_per_page: usize,
    pub offers_per_need: usize,
}

/// A page of a council's sharing opportunities, without those it dismissed.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Opportunities {
    pub needs: Vec<Need>,
    pub page: usize,
    pub pages: usize,
    pub together: Vec<Together>,
    pub dismissed: Vec<found::Dismissal>,
}

/// The sharing opportunities of council `org_id` on `today`, for anyone signed in: the
/// needs on the page asked for (the building councils' practitioners are looked up for
/// those only) and every joint procurement.
pub async fn for_council(
    ctx: &Ctx,
    actor: Option<&Actor>,
    org_id: i64,
    today: NaiveDate,
    shown: Shown,
) -> Result<Opportunities, SharingError> {
    authorise(actor, Action::ViewMaps)?;
    let horizon = today.checked_add_months(rules::ENDING_WITHIN).unwrap_or(NaiveDate::MAX);
    let dismissed = found::dismissed(&ctx.db, org_id).await?;
    let hidden: BTreeSet<&str> = dismissed.iter().map(|d| d.opportunity.as_str()).collect();

    let mut reuse = Vec::new();
    for row in found::reuse_for(&ctx.db, org_id, horizon).await? {
        let key = SharingKey::Reuse {
            service_id: row.lgsl_id,
            capability_id: row.capability_id,
            component_id: row.component_id,
        }
        .as_text();
        if hidden.contains(key.as_str()) {
            continue;
        }
        // The statement found the candidates; the rule says why each is wanting.
        let entry = rules::Entry {
            org_id,
            service_id: row.lgsl_id,
            capability_id: row.capability_id,
            meets: match row.meets.as_str() {
                "nothing" => Meets::Nothing,
                "manual" => Meets::Manual,
                _ => Meets::Component {
                    id: 0,
                    provision: Provision::Bought,
                },
            },
            contract_ends: row.contract_ends,
            cost_band: None,
            cost_pence: None,
            satisfaction: None,
            note: String::new(),
        };
        let Some(because) = rules::wanting(&entry, today) else {
            continue;
        };
        reuse.push(Reuse {
            key,
            lgsl_id: row.lgsl_id,
            capability_id: row.capability_id,
            component_id: row.component_id,
            because,
            councils: row.councils,
            built_by_org_id: row.built_by_org_id,
            practitioners: Vec::new(),
        });
    }
    // One need per service and capability, in the order found; then the page's.
    let mut needs: Vec<Need> = Vec::new();
    for r in reuse {
        match needs.last_mut() {
            Some(n) if n.lgsl_id == r.lgsl_id && n.capability_id == r.capability_id => n.offers.push(r),
            _ => needs.push(Need {
                lgsl_id: r.lgsl_id,
                capability_id: r.capability_id,
                because: r.because,
                offers: vec![r],
            }),
        }
    }
    let per_page = shown.needs_per_page.max(1);
    let pages = needs.len().div_ceil(per_page).max(1);
    let page = shown.page.clamp(1, pages);
    let mut needs: Vec<Need> = needs.into_iter().skip((page - 1) * per_page).take(per_page).collect();
    for need in &mut needs {
        need.offers.truncate(shown.offers_per_need.max(1));
        for offer in &mut need.offers {
            if let Some(builder) = offer.built_by_org_id.filter(|b| *b != org_id) {
                offer.practitioners =
                    found::practitioners_of(&ctx.db, builder, offer.lgsl_id, PRACTITIONERS_SHOWN).await?;
            }
        }
    }

    let contracts: Vec<rules::Entry> = found::contracts_beside(&ctx.db, org_id, today)
        .await?
        .iter()
        .map(found::ContractEnd::entry)
        .collect();
    let together = rules::together(&contracts, today)
        .into_iter()
        .filter(|g| g.councils.iter().any(|(org, _)| *org == org_id))
        .map(|g| Together {
            key: SharingKey::Together {
                component_id: g.component_id,
            }
            .as_text(),
            component_id: g.component_id,
            councils: g.councils,
        })
        .filter(|g| !hidden.contains(g.key.as_str()))
        .collect();
    Ok(Opportunities {
        needs,
        page,
        pages,
        together,
        dismissed,
    })
}

/// Dismisses one of a council's sharing opportunities, with the reason: its admins and
/// capability mappers.
pub async fn dismiss(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    org_id: i64,
    key: &str,
    reason: &str,
) -> Result<(), SharingError> {
    authorise(actor, Action::MapServices(org_id))?;
    let key = SharingKey::parse(key).ok_or(SharingError::NotFound)?;
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(SharingError::Invalid(ValidationErrors::single(
            "reason",
            "error-sharing-reason",
        )));
    }
    if reason.chars().count() > DISMISS_REASON_MAX_CHARS {
        return Err(SharingError::Invalid(ValidationErrors::single(
            "reason",
            "error-sharing-reason-too-long",
        )));
    }
    let user = by.user_id.ok_or(SharingError::NotFound)?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    if found::dismiss(&mut tx, org_id, &key.as_text(), reason, user, now).await? {
        let entry = AuditEntry {
            org_id: Some(org_id),
            action: "sharing-dismissed",
            subject: ("sharing", key.as_text()),
            before: None,
            after: Some(json!({ "reason": reason })),
        };
        audit(&mut tx, by, entry, now).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Turns one of a council's sharing opportunities into a draft opportunity of the council,
/// its brief begun with what the opportunity is about: its buyers. Returns the draft's id.
pub async fn to_draft(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    org_id: i64,
    key: &str,
) -> Result<i64, SharingError> {
    authorise(actor, Action::ManageOpportunities(org_id))?;
    let key = SharingKey::parse(key).ok_or(SharingError::NotFound)?;
    let component_of = |id: i64| async move { maps::component(&ctx.db, id).await };
    let (about, lgsl_id) = match key {
        SharingKey::Reuse {
            service_id,
            capability_id,
            component_id,
        } => {
            let component = component_of(component_id).await?.ok_or(SharingError::NotFound)?;
            let service = store::reference::service(&ctx.db, service_id)
                .await?
                .ok_or(SharingError::NotFound)?;
            let capability = maps::capabilities(&ctx.db)
                .await?
                .into_iter()
                .find(|c| c.id == capability_id)
                .ok_or(SharingError::NotFound)?;
            let args = [
                ("component", component.name.clone()),
                ("capability", capability.label.clone()),
                ("service", service.label.clone()),
            ];
            let about = AboutInput {
                kind: "outcome".into(),
                title: ctx.t("sharing-draft-reuse-title", &args),
                summary: ctx.t("sharing-draft-reuse-summary", &args),
                background: ctx.t("sharing-draft-reuse-background", &args),
                work: ctx.t("sharing-draft-reuse-work", &args),
            };
            (about, Some(service_id))
        }
        SharingKey::Together { component_id } => {
            let component = component_of(component_id).await?.ok_or(SharingError::NotFound)?;
            let args = [("component", component.name.clone())];
            let about = AboutInput {
                kind: "outcome".into(),
                title: ctx.t("sharing-draft-together-title", &args),
                summary: ctx.t("sharing-draft-together-summary", &args),
                background: ctx.t("sharing-draft-together-background", &args),
                work: ctx.t("sharing-draft-together-work", &args),
            };
            (about, None)
        }
    };
    let from = json!({ "sharing": key.as_text() });
    Ok(crate::opportunities::start_with(ctx, by, org_id, &about, lgsl_id, from).await?)
}
