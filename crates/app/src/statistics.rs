//! Sector statistics (issue 21): councils taking part, practitioners listed, hours
//! contracted and worked, their value, opportunities published and awarded and the median
//! time from publication to award, for each of the last eight financial quarters. Public:
//! nothing here names a person or a council.

use crate::Ctx;
use domain::network::Quarter;
use domain::statistics::{median_tenths_of_a_day, running_totals, QuarterFigures};
use store::statistics as counted;

step_error! {
    /// Why the statistics could not be counted.
    StatisticsError {}
}

/// Quarters shown: this one and the seven before.
pub const QUARTERS: i32 = 8;

/// Each quarter's figures, oldest first.
pub async fn sector(ctx: &Ctx) -> Result<Vec<(Quarter, QuarterFigures)>, StatisticsError> {
    let now = crate::network::this_quarter(ctx);
    let quarters = now.plus(1 - QUARTERS).through(now);
    let joined: Vec<Quarter> = counted::councils_joined(&ctx.db)
        .await?
        .into_iter()
        .map(|t| Quarter::containing(domain::weeks::london_date(t)))
        .collect();
    let councils = running_totals(&joined, &quarters);
    let mut out = Vec::new();
    for (q, councils) in quarters.into_iter().zip(councils) {
        let (start, end) = q.instants();
        let (contracts, contracted_minutes) = counted::contracted(&ctx.db, start, end).await?;
        let (worked_minutes, value_pence) = counted::worked(&ctx.db, &q.first_month(), &q.last_month()).await?;
        let awarded = counted::awarded(&ctx.db, start, end).await?;
        let figures = QuarterFigures {
            councils,
            practitioners: counted::listed_before(&ctx.db, end).await?,
            contracts,
            contracted_minutes,
            worked_minutes,
            value_pence,
            published: counted::published(&ctx.db, start, end).await?,
            awarded: awarded.len() as i64,
            median_award_tenths: median_tenths_of_a_day(&awarded),
        };
        out.push((q, figures));
    }
    Ok(out)
}
