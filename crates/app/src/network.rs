//! The collaboration network (SPEC §4.11): who lends to whom over a chosen run of
//! quarters, for the whole sector (filtered by region and council type) and for one
//! council (its partners, its hours by quarter and its balance). Built from signed
//! contracts and approved time only, naming councils and never people: anyone signed in
//! may see it.

use crate::Ctx;
use domain::authz::{authorise, Action, Actor};
use domain::network::{self as rules, Drawing, Pair, Partner, Quarter, QuarterHours, Totals};
use domain::ValidationErrors;
use std::collections::BTreeMap;
use store::network::{self as stored, Council, Filter};

step_error! {
    /// Why the network could not be shown.
    NetworkError {}
}

/// Quarters a period may span at most, so that a request's cost stays bounded.
pub const LONGEST: i32 = 20;
/// Quarters shown when none are chosen: this one and the three before.
const DEFAULT_QUARTERS: i32 = 4;

/// A run of quarters, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub first: Quarter,
    pub last: Quarter,
}

/// The quarter today (in London) falls in.
pub fn this_quarter(ctx: &Ctx) -> Quarter {
    Quarter::containing(domain::weeks::london_date(ctx.clock.now()))
}

impl Period {
    /// The period chosen as `from` and `to` (quarters' first months, `YYYY-MM`); either
    /// left out, the last four quarters up to this one.
    pub fn chosen(ctx: &Ctx, from: Option<&str>, to: Option<&str>) -> Result<Period, NetworkError> {
        let now = this_quarter(ctx);
        let mut errors = ValidationErrors::default();
        let mut read = |field: &str, text: Option<&str>| match text.map(str::trim).filter(|t| !t.is_empty()) {
            None => None,
            Some(t) => {
                let q = Quarter::parse(t);
                if q.is_none() {
                    errors.push(field, "error-network-quarter");
                }
                q
            }
        };
        let last = read("to", to).unwrap_or(now);
        let first = read("from", from).unwrap_or(last.plus(1 - DEFAULT_QUARTERS));
        if errors.is_empty() && first > last {
            errors.push("from", "error-network-order");
        }
        if errors.is_empty() && first.plus(LONGEST) <= last {
            errors.push("from", "error-network-too-long");
        }
        errors.into_result().map_err(NetworkError::Invalid)?;
        Ok(Period { first, last })
    }

    pub fn quarters(&self) -> Vec<Quarter> {
        self.first.through(self.last)
    }

    /// The quarters offered to choose from: the last `LONGEST`, up to this one.
    pub fn choices(ctx: &Ctx) -> Vec<Quarter> {
        let now = this_quarter(ctx);
        let mut all = now.plus(1 - LONGEST).through(now);
        all.reverse();
        all
    }
}

/// The sector's network over a period.
#[derive(Debug, Clone)]
pub struct Sector {
    pub period: Period,
    /// Councils in the pairs, by region and name, with their totals.
    pub councils: Vec<(Council, Totals)>,
    pub pairs: Vec<Pair>,
    pub drawing: Drawing,
}

impl Sector {
    pub fn council(&self, id: i64) -> Option<&Council> {
        self.councils.iter().find(|(c, _)| c.id == id).map(|(c, _)| c)
    }
}

/// Who lent to whom over `period`, among the pairs `filter` picks.
pub async fn sector(ctx: &Ctx, actor: Option<&Actor>, period: Period, filter: &Filter) -> Result<Sector, NetworkError> {
    authorise(actor, Action::SeeNetwork)?;
    let flows = stored::flows(&ctx.db, period.first, period.last, filter).await?;
    let pairs = rules::pairs(&flows);
    let mut totals = rules::totals(&pairs);
    let ids: Vec<i64> = totals.keys().copied().collect();
    let councils = stored::councils(&ctx.db, &ids).await?;
    let order: Vec<i64> = councils.iter().map(|c| c.id).collect();
    let drawing = rules::draw(&order, &pairs);
    let councils = councils
        .into_iter()
        .map(|c| {
            let t = totals.remove(&c.id).unwrap_or_default();
            (c, t)
        })
        .collect();
    Ok(Sector {
        period,
        councils,
        pairs,
        drawing,
    })
}

/// One council's part in the network over a period.
#[derive(Debug, Clone)]
pub struct CouncilNetwork {
    pub council: store::organisations::Organisation,
    pub period: Period,
    pub totals: Totals,
    /// Its partners, the most hours either way first, each with its name.
    pub partners: Vec<(Council, Partner)>,
    pub trend: Vec<QuarterHours>,
}

/// The council `code`'s partners, hours by quarter and balance over `period`.
pub async fn council(
    ctx: &Ctx,
    actor: Option<&Actor>,
    code: &str,
    period: Period,
) -> Result<CouncilNetwork, NetworkError> {
    authorise(actor, Action::SeeNetwork)?;
    let council = store::organisations::find_by_code(&ctx.db, code)
        .await?
        .ok_or(NetworkError::NotFound)?;
    let only_this = Filter {
        org_id: Some(council.id),
        ..Filter::default()
    };
    let flows = stored::flows(&ctx.db, period.first, period.last, &only_this).await?;
    let pairs = rules::pairs(&flows);
    let totals = rules::totals(&pairs).remove(&council.id).unwrap_or(Totals {
        org_id: council.id,
        ..Totals::default()
    });
    let partners = rules::partners(council.id, &pairs);
    let ids: Vec<i64> = partners.iter().map(|p| p.org_id).collect();
    let named: BTreeMap<i64, Council> = stored::councils(&ctx.db, &ids)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let partners = partners
        .into_iter()
        .filter_map(|p| Some((named.get(&p.org_id)?.clone(), p)))
        .collect();
    let monthly = stored::monthly_of(
        &ctx.db,
        council.id,
        &period.first.first_month(),
        &period.last.last_month(),
    )
    .await?;
    let trend = rules::trend(council.id, &monthly, &period.quarters());
    Ok(CouncilNetwork {
        council,
        period,
        totals,
        partners,
        trend,
    })
}
