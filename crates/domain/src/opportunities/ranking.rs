//! How the buyer scores and ranks applications, with DOS weightings.

use super::*;

/// Weightings as DOS allows them, in percent.
pub const TECHNICAL_WEIGHT: (i64, i64) = (10, 75);
pub const CULTURAL_WEIGHT: (i64, i64) = (5, 20);
pub const PRICE_WEIGHT: (i64, i64) = (20, 85);
pub const EVALUATE_COUNT: (i64, i64) = (3, 15);
/// Each criterion is scored 0 to 3.
pub const MAX_SCORE: i64 = 3;

/// What each score means, as the buyer sees it beside the score (catalogue keys).
pub const SCORE_MEANINGS: [&str; 4] = ["score-0", "score-1", "score-2", "score-3"];

pub fn parse_score(input: &str) -> Result<Option<i64>, &'static str> {
    match input.trim() {
        "" => Ok(None),
        t => match t.parse::<i64>() {
            Ok(n) if (0..=MAX_SCORE).contains(&n) => Ok(Some(n)),
            _ => Err("error-score"),
        },
    }
}

/// The weights of a brief, in percent, summing to 100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Weights {
    pub technical: i64,
    pub cultural: i64,
    pub price: i64,
}

/// One application's scores: one per criterion (None where not yet scored), the cultural
/// fit score, and the proposed rate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scorecard {
    pub application_id: i64,
    pub criteria: Vec<Option<i64>>,
    pub cultural: Option<i64>,
    pub rate_pence: i64,
}

/// An application's place in the ranking, with its parts in basis points (10,000 = 100%).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Ranked {
    pub application_id: i64,
    pub technical_bp: i64,
    pub cultural_bp: i64,
    pub price_bp: i64,
    pub total_bp: i64,
    /// False until every criterion and cultural fit have a score; such applications rank
    /// after every fully scored one.
    pub complete: bool,
}

/// Weighted ranking as DOS does it: technical = criterion scores as a share of the most
/// possible; cultural fit = its score as a share of 3; price = the lowest proposed rate
/// as a share of this one's. Total = the weighted sum. Integer arithmetic throughout
/// (rounded down), so the same scores always give the same order. Ties go to the lower
/// rate, then the earlier application.
pub fn rank(cards: &[Scorecard], weights: Weights) -> Vec<Ranked> {
    let lowest = cards.iter().map(|c| c.rate_pence).filter(|r| *r > 0).min().unwrap_or(1);
    let mut ranked: Vec<(Ranked, i64)> = cards
        .iter()
        .map(|c| {
            let scored: i64 = c.criteria.iter().flatten().sum();
            let possible = MAX_SCORE * c.criteria.len() as i64;
            let technical_bp = if possible == 0 { 0 } else { scored * 10_000 / possible };
            let cultural_bp = c.cultural.unwrap_or(0) * 10_000 / MAX_SCORE;
            let price_bp = if c.rate_pence <= 0 {
                10_000
            } else {
                lowest * 10_000 / c.rate_pence
            };
            let total_bp =
                (technical_bp * weights.technical + cultural_bp * weights.cultural + price_bp * weights.price) / 100;
            let complete = c.cultural.is_some() && c.criteria.iter().all(Option::is_some);
            (
                Ranked {
                    application_id: c.application_id,
                    technical_bp,
                    cultural_bp,
                    price_bp,
                    total_bp,
                    complete,
                },
                c.rate_pence,
            )
        })
        .collect();
    ranked.sort_by(|(a, ra), (b, rb)| {
        b.complete
            .cmp(&a.complete)
            .then(b.total_bp.cmp(&a.total_bp))
            .then(ra.cmp(rb))
            .then(a.application_id.cmp(&b.application_id))
    });
    ranked.into_iter().map(|(r, _)| r).collect()
}

/// How many may be awarded: exactly one for a specialist, one or more for an outcome.
pub fn check_award_count(kind: Kind, chosen: usize) -> Result<(), &'static str> {
    match (kind, chosen) {
        (_, 0) => Err("error-award-none"),
        (Kind::Specialist, n) if n > 1 => Err("error-award-one-only"),
        _ => Ok(()),
    }
}
