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

/// A product the council buys, and the councils whose contracts for it end within a year
/// of its own (`domain::capability_map::together_for`).
#[derive(Debug, Clone, Serialize)]
pub struct Together {
    pub key: String,
    pub component_id: i64,
    /// The end of this council's contract: its earliest still running.
    pub ends: NaiveDate,
    /// How many councils the group has, this one among them.
    pub count: i64,
    /// The councils shown, whose contracts end nearest this council's (this council among
    /// them), earliest first.
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

/// Which page of a council's needs to show, and how many components for each.
#[derive(Debug, Clone, Copy)]
pub struct Shown {
    /// From 1; beyond the last page, the last.
    pub page: usize,
    pub needs_per_page: usize,
    pub offers_per_need: usize,
}

/// A page of the council's needs that other councils offer components for, without the
/// offers it dismissed; and what it dismissed.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Needs {
    pub needs: Vec<Need>,
    pub page: usize,
    pub pages: usize,
    pub dismissed: Vec<found::Dismissal>,
}

/// The page of needs asked for: the council's own entries and the offers for the page's
/// needs are read, and the building councils' practitioners for those offers only.
pub async fn needs(
    ctx: &Ctx,
    actor: Option<&Actor>,
    org_id: i64,
    today: NaiveDate,
    shown: Shown,
) -> Result<Needs, SharingError> {
    authorise(actor, Action::ViewMaps)?;
    let dismissed = found::dismissed(&ctx.db, org_id).await?;
    needs_page(ctx, org_id, today, shown, dismissed).await
}

/// `needs`, once authorised, with the council's dismissals read.
async fn needs_page(
    ctx: &Ctx,
    org_id: i64,
    today: NaiveDate,
    shown: Shown,
    dismissed: Vec<found::Dismissal>,
) -> Result<Needs, SharingError> {
    let horizon = rules::ending_horizon(today).unwrap_or(NaiveDate::MAX);
    let per_page = shown.needs_per_page.max(1);
    let page_of = |page: usize| found::NeedsPage {
        skip: i64::try_from((page - 1).saturating_mul(per_page)).unwrap_or(i64::MAX),
        needs: i64::try_from(per_page).unwrap_or(i64::MAX),
        offers: i64::try_from(shown.offers_per_need.max(1)).unwrap_or(i64::MAX),
        any_dismissed: !dismissed.is_empty(),
    };
    let mut page = shown.page.max(1);
    let mut read = found::reuse_page(&ctx.db, org_id, horizon, page_of(page)).await?;
    if read.rows.is_empty() && page > 1 {
        // Beyond the last page: the last.
        let offered = usize::try_from(found::needs_offered(&ctx.db, org_id, horizon).await?).unwrap_or(0);
        page = offered.div_ceil(per_page).max(1);
        read = found::reuse_page(&ctx.db, org_id, horizon, page_of(page)).await?;
    }
    let pages = usize::try_from(read.offered).unwrap_or(0).div_ceil(per_page).max(1);
    let rows = read.rows;
    let mut needs: Vec<Need> = Vec::new();
    for row in rows {
        let Some(because) = rules::wanting(&wanting_entry(org_id, &row), today) else {
            continue;
        };
        let offer = Reuse {
            key: SharingKey::Reuse {
                service_id: row.lgsl_id,
                capability_id: row.capability_id,
                component_id: row.component_id,
            }
            .as_text(),
            lgsl_id: row.lgsl_id,
            capability_id: row.capability_id,
            component_id: row.component_id,
            because,
            councils: row.councils,
            built_by_org_id: row.built_by_org_id,
            practitioners: Vec::new(),
        };
        // One need per service and capability, in the order found.
        match needs.last_mut() {
            Some(n) if n.lgsl_id == offer.lgsl_id && n.capability_id == offer.capability_id => n.offers.push(offer),
            _ => needs.push(Need {
                lgsl_id: offer.lgsl_id,
                capability_id: offer.capability_id,
                because,
                offers: vec![offer],
            }),
        }
    }

    // The building councils' practitioners, for the page's offers only.
    let mut asked: Vec<(i64, i64)> = needs
        .iter()
        .flat_map(|n| n.offers.iter())
        .filter_map(|o| o.built_by_org_id.filter(|b| *b != org_id).map(|b| (b, o.lgsl_id)))
        .collect();
    asked.sort_unstable();
    asked.dedup();
    let named = found::practitioners_of(&ctx.db, &asked, PRACTITIONERS_SHOWN).await?;
    for offer in needs.iter_mut().flat_map(|n| n.offers.iter_mut()) {
        if let Some(builder) = offer.built_by_org_id.filter(|b| *b != org_id) {
            offer.practitioners = named
                .iter()
                .filter(|(org, lgsl, _)| (*org, *lgsl) == (builder, offer.lgsl_id))
                .map(|(_, _, p)| p.clone())
                .collect();
        }
    }

    Ok(Needs {
        needs,
        page,
        pages,
        dismissed,
    })
}

/// Which page of the products a council buys to show, and how many councils to name for
/// each.
#[derive(Debug, Clone, Copy)]
pub struct ProductsShown {
    /// From 1; beyond the last page, the last.
    pub page: usize,
    pub products_per_page: usize,
    pub councils_per_group: usize,
}

/// A page of the products a council buys under a running contract (soonest end first,
/// without the joint procurements it dismissed), each with the councils whose contracts
/// end within a year of its own: a joint procurement where there is another council.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Products {
    pub products: Vec<Together>,
    pub page: usize,
    pub pages: usize,
}

/// The page of products asked for: the council's running contracts are read, and for the
/// page's products an index range each (the count and the nearest contracts).
pub async fn products(
    ctx: &Ctx,
    actor: Option<&Actor>,
    org_id: i64,
    today: NaiveDate,
    shown: ProductsShown,
) -> Result<Products, SharingError> {
    authorise(actor, Action::ViewMaps)?;
    let dismissed = found::dismissed(&ctx.db, org_id).await?;
    products_page(ctx, org_id, today, shown, &dismissed).await
}

/// The key a council dismisses a joint procurement of a product by.
fn together_key(component_id: i64) -> String {
    SharingKey::Together { component_id }.as_text()
}

/// `products`, once authorised, with the council's dismissals read.
async fn products_page(
    ctx: &Ctx,
    org_id: i64,
    today: NaiveDate,
    shown: ProductsShown,
    dismissed: &[found::Dismissal],
) -> Result<Products, SharingError> {
    let hidden: BTreeSet<&str> = dismissed.iter().map(|d| d.opportunity.as_str()).collect();
    let bought: Vec<found::ContractEnd> = found::products_bought(&ctx.db, org_id, today)
        .await?
        .into_iter()
        .filter(|p| !hidden.contains(together_key(p.component_id).as_str()))
        .collect();
    let per_page = shown.products_per_page.max(1);
    let pages = bought.len().div_ceil(per_page).max(1);
    let page = shown.page.clamp(1, pages);
    let windows: Vec<found::Window> = bought
        .iter()
        .skip((page - 1).saturating_mul(per_page))
        .take(per_page)
        .map(|p| {
            let (from, to) = rules::together_window(p.ends, today);
            found::Window {
                component_id: p.component_id,
                from,
                own: p.ends,
                to,
            }
        })
        .collect();
    let per_group = shown.councils_per_group.max(1);
    let per_side = i64::try_from(per_group).unwrap_or(i64::MAX);
    let nearby = found::together_near(&ctx.db, &windows, per_side).await?;
    let mut products = Vec::new();
    for (window, near) in windows.iter().zip(nearby) {
        let others: Vec<(i64, NaiveDate)> = near
            .contracts
            .iter()
            .filter(|c| c.org_id != org_id)
            .map(|c| (c.org_id, c.ends))
            .collect();
        // This council is always shown, however many others end on the same day.
        let mut councils = rules::nearest(window.own, &others, per_group - 1);
        councils.push((org_id, window.own));
        councils.sort_by_key(|&(org, ends)| (ends, org));
        products.push(Together {
            key: together_key(window.component_id),
            component_id: window.component_id,
            ends: window.own,
            count: near.councils.max(1),
            councils,
        });
    }
    Ok(Products { products, page, pages })
}

/// A council's sharing opportunities, as the API gives them: a page of needs, and every
/// product it buys where another council's contract ends within a year of its own.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Opportunities {
    pub needs: Needs,
    pub together: Vec<Together>,
}

/// The page of needs asked for and every joint procurement of council `org_id` on `today`.
pub async fn for_council(
    ctx: &Ctx,
    actor: Option<&Actor>,
    org_id: i64,
    today: NaiveDate,
    shown: Shown,
    councils_per_group: usize,
) -> Result<Opportunities, SharingError> {
    authorise(actor, Action::ViewMaps)?;
    let dismissed = found::dismissed(&ctx.db, org_id).await?;
    let every = ProductsShown {
        page: 1,
        products_per_page: usize::MAX,
        councils_per_group,
    };
    let together = products_page(ctx, org_id, today, every, &dismissed)
        .await?
        .products
        .into_iter()
        .filter(|g| g.count >= 2)
        .collect();
    let needs = needs_page(ctx, org_id, today, shown, dismissed).await?;
    Ok(Opportunities { needs, together })
}

/// A wanting need as the domain's rules read an entry (the component itself does not matter
/// to why it is wanting).
fn wanting_entry(org_id: i64, row: &found::ReuseRow) -> rules::Entry {
    rules::Entry {
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
    }
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
/// its brief begun with what the opportunity is about: its buyers. The brief is written in
/// `lang`, the language of the person who asks. Returns the draft's id.
pub async fn to_draft(
    ctx: &Ctx,
    lang: domain::language::Lang,
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
                title: ctx.t_in(lang, "sharing-draft-reuse-title", &args),
                summary: ctx.t_in(lang, "sharing-draft-reuse-summary", &args),
                background: ctx.t_in(lang, "sharing-draft-reuse-background", &args),
                work: ctx.t_in(lang, "sharing-draft-reuse-work", &args),
            };
            (about, Some(service_id))
        }
        SharingKey::Together { component_id } => {
            let component = component_of(component_id).await?.ok_or(SharingError::NotFound)?;
            let args = [("component", component.name.clone())];
            let about = AboutInput {
                kind: "outcome".into(),
                title: ctx.t_in(lang, "sharing-draft-together-title", &args),
                summary: ctx.t_in(lang, "sharing-draft-together-summary", &args),
                background: ctx.t_in(lang, "sharing-draft-together-background", &args),
                work: ctx.t_in(lang, "sharing-draft-together-work", &args),
            };
            (about, None)
        }
    };
    let from = json!({ "sharing": key.as_text() });
    Ok(crate::opportunities::start_with(ctx, by, org_id, &about, lgsl_id, from).await?)
}
