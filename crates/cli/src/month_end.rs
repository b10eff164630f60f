//! `microcontracts month-end`: drafts invoices for every supplying council's money contracts
//! with approved, uninvoiced time in a month, as the operator's scheduler runs it at the start
//! of each month. Each block of contracts is audited as done by the platform admin named.

use anyhow::Context;
use std::sync::Arc;

#[derive(clap::Args, Clone)]
pub struct MonthEndArgs {
    #[command(flatten)]
    pub database: crate::config::DatabaseArgs,
    /// The month to invoice, as YYYY-MM (default: the month before this one, Europe/London).
    #[arg(long)]
    pub month: Option<String>,
    /// The email address of the platform admin the run is recorded as done by.
    #[arg(long, env = "MONTH_END_BY")]
    pub by: String,
    /// The address people use to reach the service: links in the emails the drafts cause
    /// start with it (the same setting as `serve`'s).
    #[arg(long, env = "BASE_URL", default_value = "http://127.0.0.1:8080")]
    pub base_url: String,
}

/// Runs month-end; returns how many drafts were made.
pub async fn run(args: MonthEndArgs) -> anyhow::Result<usize> {
    let db = args.database.connect_existing().await?;
    db.migrate().await?;
    let clock = Arc::new(domain::clock::SystemClock);
    let today = domain::weeks::london_date(domain::clock::Clock::now(clock.as_ref()));
    let month_text = args
        .month
        .clone()
        .unwrap_or_else(|| domain::invoices::last_month(today));
    let month = domain::dates::parse_month(&month_text)
        .map_err(|_| anyhow::anyhow!("--month must be a month as YYYY-MM, not {month_text:?}"))?;
    let admin = store::users::find_by_email(&db, &args.by)
        .await?
        .filter(|u| u.platform_admin)
        .with_context(|| format!("{} is not a platform admin of this service", args.by))?;
    let settings = app::Settings {
        base_url: args.base_url.trim_end_matches('/').to_string(),
        ..Default::default()
    };
    let ctx = app::Ctx::new(db.clone(), clock, settings, Arc::new(tokio::sync::Notify::new()))?;
    let by = app::By {
        user_id: Some(admin.id),
        client_ip: "month-end",
    };
    let drafts = app::invoices::generate_all(&ctx, by, month)
        .await
        .map_err(|e| anyhow::anyhow!("month-end for {month_text}: {e}"))?;
    db.close().await;
    println!("{drafts} draft invoices made for {month_text}.");
    Ok(drafts)
}
