//! The collaboration network (SPEC §4.11): which councils lend practitioners' time to
//! which, over financial quarters, from signed contracts and approved time. Councils are
//! nodes sized by the hours they gave and received; each lender–borrower pair is one
//! directed edge, as thick as its hours and coloured by how it was settled. The drawing is
//! laid out here so the server can send it as SVG, with nothing for a browser to work out.

use crate::bookings::Settlement;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use std::collections::BTreeMap;
use std::f64::consts::PI;

/// A financial quarter (April to June, July to September, October to December, January
/// to March), named by its first month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    year: i32,
    /// The first month: 1, 4, 7 or 10.
    month: u32,
}

impl Quarter {
    pub fn containing(date: NaiveDate) -> Quarter {
        Quarter {
            year: date.year(),
            month: (date.month() - 1) / 3 * 3 + 1,
        }
    }

    /// The quarter a `YYYY-MM` month falls in.
    pub fn of_month(month: &str) -> Option<Quarter> {
        let date = NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d").ok()?;
        Some(Quarter::containing(date))
    }

    /// A quarter named by its first month, `YYYY-MM` (`2026-04`); None for anything else.
    pub fn parse(text: &str) -> Option<Quarter> {
        let q = Quarter::of_month(text.trim())?;
        (q.first_month() == text.trim()).then_some(q)
    }

    pub fn plus(self, quarters: i32) -> Quarter {
        let index = self.year * 4 + (self.month as i32 - 1) / 3 + quarters;
        Quarter {
            year: index.div_euclid(4),
            month: (index.rem_euclid(4) * 3 + 1) as u32,
        }
    }

    /// Its first month, `YYYY-MM`: also its name in links and forms.
    pub fn first_month(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    /// Its last month, `YYYY-MM`.
    pub fn last_month(self) -> String {
        format!("{:04}-{:02}", self.year, self.month + 2)
    }

    /// Its first day.
    pub fn start(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or_default()
    }

    /// The first day after it.
    pub fn end(self) -> NaiveDate {
        self.plus(1).start()
    }

    /// When it begins and when the next begins, as UTC instants of London midnight.
    pub fn instants(self) -> (DateTime<Utc>, DateTime<Utc>) {
        (
            crate::dates::start_of_london_day(self.start()),
            crate::dates::start_of_london_day(self.end()),
        )
    }

    /// Its months as the message catalogue's month numbers: (first, last, year).
    pub fn months(self) -> (u32, u32, i32) {
        (self.month, self.month + 2, self.year)
    }

    /// The quarters from `self` to `last`, both included (none when `last` is earlier).
    pub fn through(self, last: Quarter) -> Vec<Quarter> {
        let mut out = Vec::new();
        let mut q = self;
        while q <= last {
            out.push(q);
            q = q.plus(1);
        }
        out
    }
}

/// Approved time and contracts between a lender and a borrower under one settlement, over
/// a period (or one month of it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flow {
    pub lender: i64,
    pub borrower: i64,
    pub settlement: Settlement,
    pub minutes: i64,
    /// The approved time at the contract's rate (for hour credits, what the hours are worth).
    pub value_pence: i64,
    /// Contracts signed in the period.
    pub contracts: i64,
}

/// How a pair settled: in money, in hour credits, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Settled {
    Money,
    HourCredits,
    Both,
}

impl Settled {
    pub fn as_str(self) -> &'static str {
        match self {
            Settled::Money => "money",
            Settled::HourCredits => "hour_credits",
            Settled::Both => "both",
        }
    }
}

/// One lender–borrower pair over the period: a row of the table, an edge of the map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    pub lender: i64,
    pub borrower: i64,
    pub settled: Settled,
    pub contracts: i64,
    pub minutes: i64,
    /// Value of the time settled in money.
    pub money_pence: i64,
    /// Minutes settled in hour credits.
    pub credit_minutes: i64,
}

/// The pairs of `flows`, the most hours first (then by lender and borrower).
pub fn pairs(flows: &[Flow]) -> Vec<Pair> {
    let mut by_pair: BTreeMap<(i64, i64), Pair> = BTreeMap::new();
    for f in flows {
        let p = by_pair.entry((f.lender, f.borrower)).or_insert(Pair {
            lender: f.lender,
            borrower: f.borrower,
            settled: match f.settlement {
                Settlement::Money => Settled::Money,
                Settlement::HourCredits => Settled::HourCredits,
            },
            contracts: 0,
            minutes: 0,
            money_pence: 0,
            credit_minutes: 0,
        });
        let this = match f.settlement {
            Settlement::Money => Settled::Money,
            Settlement::HourCredits => Settled::HourCredits,
        };
        if p.settled != this {
            p.settled = Settled::Both;
        }
        p.contracts += f.contracts;
        p.minutes += f.minutes;
        match f.settlement {
            Settlement::Money => p.money_pence += f.value_pence,
            Settlement::HourCredits => p.credit_minutes += f.minutes,
        }
    }
    let mut out: Vec<Pair> = by_pair.into_values().collect();
    out.sort_by(|a, b| {
        b.minutes
            .cmp(&a.minutes)
            .then(a.lender.cmp(&b.lender))
            .then(a.borrower.cmp(&b.borrower))
    });
    out
}

/// What a council gave and received over the period.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Totals {
    pub org_id: i64,
    pub given_minutes: i64,
    pub received_minutes: i64,
    /// Money earned by lending.
    pub earned_pence: i64,
    /// Money spent borrowing.
    pub spent_pence: i64,
    /// Hour credits earned less those spent, in minutes.
    pub credit_balance_minutes: i64,
    pub contracts: i64,
}

impl Totals {
    /// Hours given less hours received, in minutes.
    pub fn balance_minutes(&self) -> i64 {
        self.given_minutes - self.received_minutes
    }
}

/// Each council's totals over the pairs it is in, by council id.
pub fn totals(pairs: &[Pair]) -> BTreeMap<i64, Totals> {
    let mut out: BTreeMap<i64, Totals> = BTreeMap::new();
    for p in pairs {
        let lender = out.entry(p.lender).or_insert_with(|| Totals {
            org_id: p.lender,
            ..Totals::default()
        });
        lender.given_minutes += p.minutes;
        lender.earned_pence += p.money_pence;
        lender.credit_balance_minutes += p.credit_minutes;
        lender.contracts += p.contracts;
        let borrower = out.entry(p.borrower).or_insert_with(|| Totals {
            org_id: p.borrower,
            ..Totals::default()
        });
        borrower.received_minutes += p.minutes;
        borrower.spent_pence += p.money_pence;
        borrower.credit_balance_minutes -= p.credit_minutes;
        borrower.contracts += p.contracts;
    }
    out
}

/// A council's partner over the period: what went each way between them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Partner {
    pub org_id: i64,
    pub given_minutes: i64,
    pub received_minutes: i64,
    pub earned_pence: i64,
    pub spent_pence: i64,
    pub contracts: i64,
}

/// `org_id`'s partners over `pairs`, the most hours either way first.
pub fn partners(org_id: i64, pairs: &[Pair]) -> Vec<Partner> {
    let mut by_org: BTreeMap<i64, Partner> = BTreeMap::new();
    for p in pairs {
        let (other, given) = if p.lender == org_id {
            (p.borrower, true)
        } else if p.borrower == org_id {
            (p.lender, false)
        } else {
            continue;
        };
        let partner = by_org.entry(other).or_insert_with(|| Partner {
            org_id: other,
            ..Partner::default()
        });
        partner.contracts += p.contracts;
        if given {
            partner.given_minutes += p.minutes;
            partner.earned_pence += p.money_pence;
        } else {
            partner.received_minutes += p.minutes;
            partner.spent_pence += p.money_pence;
        }
    }
    let mut out: Vec<Partner> = by_org.into_values().collect();
    out.sort_by(|a, b| {
        (b.given_minutes + b.received_minutes)
            .cmp(&(a.given_minutes + a.received_minutes))
            .then(a.org_id.cmp(&b.org_id))
    });
    out
}

/// Hours a council gave and received in one quarter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuarterHours {
    pub quarter: Quarter,
    pub given_minutes: i64,
    pub received_minutes: i64,
}

/// `org_id`'s hours by quarter over `quarters`, from monthly flows `(month, flow)`; a
/// quarter without any shows zeros.
pub fn trend(org_id: i64, monthly: &[(String, Flow)], quarters: &[Quarter]) -> Vec<QuarterHours> {
    quarters
        .iter()
        .map(|q| {
            let mut row = QuarterHours {
                quarter: *q,
                given_minutes: 0,
                received_minutes: 0,
            };
            for (month, f) in monthly {
                if Quarter::of_month(month) != Some(*q) {
                    continue;
                }
                if f.lender == org_id {
                    row.given_minutes += f.minutes;
                }
                if f.borrower == org_id {
                    row.received_minutes += f.minutes;
                }
            }
            row
        })
        .collect()
}

/// A council placed on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub org_id: i64,
    pub x: i64,
    pub y: i64,
    /// The circle's radius.
    pub r: i64,
    /// Where its label starts, and which way it runs from there (`start` or `end`).
    pub label_x: i64,
    pub label_y: i64,
    pub anchor: &'static str,
}

/// An edge drawn: a curve from lender to borrower, bending to its right so the two
/// directions between a pair stay apart.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub lender: i64,
    pub borrower: i64,
    /// The SVG path.
    pub d: String,
    /// Stroke width, in tenths of a unit.
    pub width_tenths: i64,
    pub settled: Settled,
}

/// The map: a square of `size` units with every council on a circle, in the order given
/// (callers group them by region), and every pair as a line.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawing {
    pub size: i64,
    pub places: Vec<Place>,
    pub lines: Vec<Line>,
}

/// Smallest and largest circle radii, and the widest line (tenths).
const SMALLEST: f64 = 4.0;
const LARGEST: f64 = 18.0;
const WIDEST_TENTHS: f64 = 80.0;

/// Lays out `councils` (ids, in the order to place them round the circle) and `pairs`.
/// A circle's area follows the hours its council gave and received; a line's width, the
/// pair's hours.
pub fn draw(councils: &[i64], pairs: &[Pair]) -> Drawing {
    let totals = totals(pairs);
    let n = councils.len().max(1) as f64;
    // Room round the circle for each council's largest circle, and for the labels outside.
    let radius = (n * (2.0 * LARGEST + 4.0) / (2.0 * PI)).max(160.0);
    let margin = 120.0;
    let centre = radius + margin;
    let most = totals
        .values()
        .map(|t| t.given_minutes + t.received_minutes)
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let mut places = Vec::new();
    let mut at: BTreeMap<i64, (f64, f64, f64)> = BTreeMap::new();
    for (i, id) in councils.iter().enumerate() {
        let angle = 2.0 * PI * i as f64 / n - PI / 2.0;
        let (x, y) = (centre + radius * angle.cos(), centre + radius * angle.sin());
        let hours = totals
            .get(id)
            .map(|t| t.given_minutes + t.received_minutes)
            .unwrap_or(0) as f64;
        let r = SMALLEST + (LARGEST - SMALLEST) * (hours / most).sqrt();
        let label = radius + LARGEST + 6.0;
        places.push(Place {
            org_id: *id,
            x: x.round() as i64,
            y: y.round() as i64,
            r: r.round() as i64,
            label_x: (centre + label * angle.cos()).round() as i64,
            label_y: (centre + label * angle.sin() + 4.0).round() as i64,
            anchor: if angle.cos() >= 0.0 { "start" } else { "end" },
        });
        at.insert(*id, (x, y, r));
    }
    let heaviest = pairs.iter().map(|p| p.minutes).max().unwrap_or(0).max(1) as f64;
    let lines = pairs
        .iter()
        .filter_map(|p| {
            let (x1, y1, r1) = *at.get(&p.lender)?;
            let (x2, y2, r2) = *at.get(&p.borrower)?;
            // The control point: part way towards the centre, pushed to the right of the
            // direction of travel.
            let (mx, my) = ((x1 + x2) / 2.0, (y1 + y2) / 2.0);
            let (dx, dy) = (x2 - x1, y2 - y1);
            let (cx, cy) = (
                mx - dy * 0.15 + (centre - mx) * 0.3,
                my + dx * 0.15 + (centre - my) * 0.3,
            );
            // Start and end at the circles' edges, so the arrowhead shows.
            let (x1, y1) = towards((x1, y1), (cx, cy), r1 + 2.0);
            let (x2, y2) = towards((x2, y2), (cx, cy), r2 + 3.0);
            Some(Line {
                lender: p.lender,
                borrower: p.borrower,
                d: format!(
                    "M{} {} Q{} {} {} {}",
                    x1.round(),
                    y1.round(),
                    cx.round(),
                    cy.round(),
                    x2.round(),
                    y2.round()
                ),
                width_tenths: (10.0 + (WIDEST_TENTHS - 10.0) * p.minutes as f64 / heaviest).round() as i64,
                settled: p.settled,
            })
        })
        .collect();
    Drawing {
        size: (2.0 * centre).round() as i64,
        places,
        lines,
    }
}

/// The point `distance` from `from` on the way to `to`.
fn towards(from: (f64, f64), to: (f64, f64), distance: f64) -> (f64, f64) {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let length = (dx * dx + dy * dy).sqrt();
    if length <= distance {
        return from;
    }
    (from.0 + dx * distance / length, from.1 + dy * distance / length)
}

#[cfg(test)]
mod tests;
