//! Opportunities (SPEC §4.3): a buyer's requirement in the shape of a Digital Outcomes and
//! Specialists brief, sized in hours; the applications practitioners send; and how the
//! buyer scores and ranks them. Limits and score meanings follow the DOS5 question
//! content (`shared/data/dos-frameworks`).

mod alerts;
mod applications;
mod brief;
mod lifecycle;
mod ranking;
#[cfg(test)]
mod tests;

pub use alerts::*;
pub use applications::*;
pub use brief::*;
pub use lifecycle::*;
pub use ranking::*;

use crate::dates::parse_date;
use crate::errors::ValidationErrors;
use crate::hours::parse_hours;
use crate::pool::{parse_rate, WorkMode, REGIONS};
use crate::text;
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::Serialize;
