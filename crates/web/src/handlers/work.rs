//! "My work": one page with what each of the viewer's roles needs to see and do about
//! bookings and contracts — as a practitioner, as a buyer, as a manager.

use super::opportunities::recommendations::said;
use super::render;
use crate::error::AppError;
use crate::refusals::unexpected;
use crate::session::Viewer;
use crate::state::AppState;
use app::recommendations::Reader;
use axum::extract::State;
use axum::response::Html;
use domain::authz::{authorise, Action};
use domain::contracts::Side;
use domain::weeks::Week;
use minijinja::context;
use serde::Serialize;
use std::collections::BTreeMap;
use store::bookings::{self, Booking};
use store::contracts::{self, Contract};
use store::{capacity, profiles};

/// Weeks shown in the capacity and commitments tables.
const WEEKS_SHOWN: i64 = 8;
const LISTED: i64 = 50;

#[derive(Serialize)]
struct WeekHead {
    iso: String,
    monday: chrono::NaiveDate,
}

#[derive(Serialize)]
struct OwnWork {
    /// Open opportunities that fit the person's profile, and why.
    fits: Vec<FitShown>,
    bookings: Vec<Booking>,
    contracts: Vec<Contract>,
    profile_id: Option<i64>,
    capacity_minutes: i64,
    free: Vec<i64>,
}

#[derive(Serialize)]
struct FitShown {
    opportunity_id: i64,
    title: String,
    org_name: String,
    reasons: Vec<String>,
}

#[derive(Serialize)]
struct BuyerWork {
    council: String,
    code: String,
    bookings: Vec<Booking>,
    contracts: Vec<Contract>,
}

#[derive(Serialize)]
struct StaffRow {
    profile_id: i64,
    name: String,
    capacity_minutes: i64,
    held: Vec<i64>,
}

#[derive(Serialize)]
struct ManagerWork {
    council: String,
    to_approve: Vec<Booking>,
    contracts: Vec<Contract>,
    staff: Vec<StaffRow>,
}

pub async fn page(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    viewer.authorise(Action::ManageOwnAccount)?;
    let user = viewer.require_user()?;
    let actor = viewer.actor.as_ref();
    let this_week = Week::current(state.clock.now());
    let weeks: Vec<Week> = this_week.through(this_week.plus(WEEKS_SHOWN - 1));
    let heads: Vec<WeekHead> = weeks
        .iter()
        .map(|w| WeekHead {
            iso: w.iso(),
            monday: w.monday(),
        })
        .collect();

    let mut own = None;
    if user
        .councils
        .iter()
        .any(|c| authorise(actor, Action::KeepOwnProfile(c.id)).is_ok())
    {
        let profile = profiles::find_by_user(&state.db, user.id).await?;
        let free = match &profile {
            Some(p) => capacity::free_by_week(&state.db, &[p.id], &weeks)
                .await?
                .remove(&p.id)
                .unwrap_or_default(),
            None => Vec::new(),
        };
        let fits = app::recommendations::fitting(&state, actor, user.id)
            .await
            .map_err(unexpected)?
            .into_iter()
            .map(|f| FitShown {
                reasons: f
                    .reasons
                    .iter()
                    .map(|r| said(&state, &viewer, r, Reader::Practitioner))
                    .collect(),
                opportunity_id: f.opportunity_id,
                title: f.title,
                org_name: f.org_name,
            })
            .collect();
        own = Some(OwnWork {
            fits,
            bookings: bookings::list(&state.db, bookings::Scope::Practitioner(user.id), false, LISTED).await?,
            contracts: contracts::list(&state.db, contracts::Scope::Practitioner(user.id), false, LISTED).await?,
            profile_id: profile.as_ref().map(|p| p.id),
            capacity_minutes: profile.as_ref().map(|p| p.capacity_minutes).unwrap_or(0),
            free,
        });
    }

    let mut buying = Vec::new();
    let mut managing = Vec::new();
    for council in &user.councils {
        let buyer = Action::ActFor {
            side: Side::Buyer,
            org: council.id,
        };
        if authorise(actor, buyer).is_ok() {
            buying.push(BuyerWork {
                council: council.name.clone(),
                code: council.code.clone(),
                bookings: bookings::list(&state.db, bookings::Scope::Buyer(council.id), false, LISTED).await?,
                contracts: contracts::list(&state.db, contracts::Scope::Buyer(council.id), false, LISTED).await?,
            });
        }
        if authorise(actor, Action::ApproveBooking(council.id)).is_ok() {
            let to_approve = bookings::list(&state.db, bookings::Scope::Supplier(council.id), true, LISTED)
                .await?
                .into_iter()
                .filter(|b| b.status == domain::bookings::BookingStatus::Accepted)
                .collect();
            let held = contracts::staff_commitments(&state.db, council.id, weeks[0], weeks[weeks.len() - 1]).await?;
            let mut staff: BTreeMap<(String, i64), StaffRow> = BTreeMap::new();
            for h in held {
                let row = staff
                    .entry((h.display_name.clone(), h.profile_id))
                    .or_insert_with(|| StaffRow {
                        profile_id: h.profile_id,
                        name: h.display_name.clone(),
                        capacity_minutes: h.capacity_minutes,
                        held: vec![0; weeks.len()],
                    });
                if let Some(i) = weeks.iter().position(|w| w.monday() == h.week_start) {
                    row.held[i] = h.held_minutes;
                }
            }
            managing.push(ManagerWork {
                council: council.name.clone(),
                to_approve,
                contracts: contracts::list(&state.db, contracts::Scope::Supplier(council.id), true, LISTED).await?,
                staff: staff.into_values().collect(),
            });
        }
    }
    render(
        &state,
        &viewer,
        "work.html",
        context! { own, buying, managing, weeks => heads },
    )
}
