//! Demo "Show and tell" projects with other councils' responses: Bristol's bin collection
//! day finder, shown to everyone (it provides a component on the capability map), and
//! Wokingham's waste round planner in alpha, shown to the South group.

use crate::demo_meetings::{org, user};
use chrono::{DateTime, Duration, Utc};
use domain::capability_map::ComponentStatus;
use store::projects::{self as projects, NewProject};
use store::Tx;

pub async fn load(tx: &mut Tx, group_id: i64, now: DateTime<Utc>) -> anyhow::Result<()> {
    let finder = store::capability_map::components(&mut *tx, ComponentStatus::Listed)
        .await?
        .into_iter()
        .find(|c| c.name == "Bin collection day finder")
        .map(|c| c.id);
    let (Some(kofi), Some(sam), Some(lena)) = (
        user(tx, "kofi.mensah@bristol.gov.uk").await?,
        user(tx, "sam.okafor@wokingham.gov.uk").await?,
        user(tx, "lena.novak@hackney.gov.uk").await?,
    ) else {
        return Ok(());
    };
    let (bristol, wokingham, hackney) = (org(tx, "BST").await?, org(tx, "WOK").await?, org(tx, "HCK").await?);
    let at = now - Duration::days(75);
    let finder_project = NewProject {
        org_id: bristol,
        group_id: None,
        title: "Bin collection day finder, open-sourced",
        lgsl_id: Some(524),
        phase: "live",
        description: "Residents type their postcode and see their collection days. We have published the code \
            under the MIT licence with a guide to running it with your own rounds data.",
        links: "https://www.bristol.gov.uk/bins-and-recycling",
        component_id: finder,
    };
    let id = projects::create(tx, &finder_project, &[], kofi, at).await?;
    let response = projects::add_response(
        tx,
        id,
        (lena, hackney),
        (
            "would_reuse",
            "We'd reuse this for our garden waste rounds: does it take a CSV of rounds?",
        ),
        at + Duration::days(3),
    )
    .await?;
    projects::answer(
        tx,
        id,
        response,
        "Yes: the guide shows the columns. Happy to help you set it up.",
        kofi,
        at + Duration::days(4),
    )
    .await?;
    let planner = NewProject {
        org_id: wokingham,
        group_id: Some(group_id),
        title: "Waste round planner",
        lgsl_id: Some(524),
        phase: "alpha",
        description: "Plans collection rounds from the address base and each crew's shift; we are testing it with \
            two depots.",
        links: "",
        component_id: None,
    };
    let id = projects::create(tx, &planner, &[], sam, at + Duration::days(10)).await?;
    projects::add_response(
        tx,
        id,
        (kofi, bristol),
        (
            "doing_same",
            "We're doing the same for our commercial waste rounds: shall we compare notes?",
        ),
        at + Duration::days(12),
    )
    .await?;
    Ok(())
}
