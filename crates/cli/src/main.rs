//! `microcontracts`: the one binary of the service.

mod bench;
mod bench_ledger;
mod bench_maps;
mod bench_opportunities;
mod bench_pool;
mod bench_recommendations;
mod bench_server;
mod config;
mod demo;
mod demo_deals;
mod demo_groups;
mod demo_ledger;
mod demo_maps;
mod demo_meetings;
mod demo_opportunities;
mod demo_problems;
mod demo_projects;
mod month_end;
mod pool_data;
mod serve;

use clap::{Parser, Subcommand};

/// mimalloc rather than glibc's allocator: a page is built from many short-lived
/// allocations on whichever thread runs it, which glibc serves with locks and periodic
/// consolidation (about a sixth of a list page's CPU time; ADR 0017).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use config::{DatabaseArgs, ServeArgs};
use std::path::PathBuf;

/// Councils lending digital practitioners' time to each other under small formal contracts.
#[derive(Parser)]
#[command(name = "microcontracts", version, about, long_about = None)]
struct Cli {
    /// How log lines are written to standard error: `text` for people, `json` (one object
    /// a line, with the request's reference and fields) for log collectors. Filter them
    /// with RUST_LOG.
    #[arg(long, env = "LOG_FORMAT", value_enum, default_value = "text", global = true)]
    log_format: LogFormat,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum LogFormat {
    Text,
    Json,
}

fn init_logging(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "info,sqlx=warn,tower_http=info".into());
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().with_current_span(true).with_span_list(false).init(),
    }
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web service (applies pending migrations first).
    Serve {
        #[command(flatten)]
        serve: ServeArgs,
    },
    /// Load demo data (every UK council, demo people in every role), then serve it.
    Demo {
        #[command(flatten)]
        serve: ServeArgs,
        /// The password of every demo account (shown on the start page).
        #[arg(long, env = "DEMO_PASSWORD", default_value = "demo-password-2026")]
        demo_password: String,
        /// Load the demo data and exit without serving.
        #[arg(long)]
        load_only: bool,
    },
    /// Apply pending database migrations and load reference data, then exit.
    Migrate {
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// Run a benchmark and write its figures to bench/results/<name>.json.
    Bench {
        #[command(subcommand)]
        benchmark: Benchmark,
    },
    /// Write an online backup of the SQLite database to a new file.
    Backup {
        #[command(flatten)]
        database: DatabaseArgs,
        /// The file to write; it must not exist yet.
        #[arg(long)]
        to: PathBuf,
    },
    /// Draft invoices for every supplying council's money contracts with approved,
    /// uninvoiced time in a month (run it at the start of each month); exits non-zero if
    /// the run fails, leaving no part of a block of contracts half done.
    MonthEnd(month_end::MonthEndArgs),
    /// Check every ledger invariant and print each breach; exits non-zero on any.
    Verify {
        #[command(flatten)]
        database: DatabaseArgs,
    },
}

#[derive(Subcommand)]
enum Benchmark {
    /// Talent-pool search at national scale, the server in its own process: thousands of
    /// distinct searches with and without the result cache, and a few repeated.
    PoolSearch(bench_pool::PoolSearchArgs),
    /// `month-end` in a process of its own on a national-scale data set.
    MonthEndInvoicing(bench_ledger::LedgerArgs),
    /// Councils' income pages at 32 concurrent clients on the same data set, the server in
    /// its own process, with and without the figures cache.
    IncomePage(bench_ledger::LedgerArgs),
    /// The public opportunity list, the API list and one opportunity's page at 24,000 to
    /// 200,000 opportunities, the server in its own process.
    Opportunities(bench_opportunities::OpportunitiesArgs),
    /// A council's sharing opportunities and the capability matrix with every council's
    /// map filled in (397 councils × 40 services), the server in its own process.
    CapabilityMap(bench_maps::CapabilityMapArgs),
    /// A buyer's recommended practitioners for each of a thousand opportunities at 50,000
    /// profiles, the server in its own process.
    Recommendations(bench_recommendations::RecommendationsArgs),
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    init_logging(cli.log_format);
    app::outbound::install_tls_provider();
    match cli.command {
        Command::Serve { serve } => serve::run(serve, None).await,
        Command::Demo {
            serve,
            demo_password,
            load_only,
        } => {
            let db = serve.database.connect_and_migrate().await?;
            let info = demo::load(&db, &demo_password, &serve.base_url).await?;
            db.close().await;
            if load_only {
                tracing::info!(accounts = info.accounts.len(), "demo data loaded");
                return Ok(());
            }
            serve::run(serve, Some(info)).await
        }
        Command::Migrate { database } => {
            let db = database.connect_and_migrate().await?;
            db.close().await;
            tracing::info!("migrations applied and reference data loaded");
            Ok(())
        }
        Command::Bench {
            benchmark: Benchmark::PoolSearch(args),
        } => bench_pool::pool_search(args).await,
        Command::Bench {
            benchmark: Benchmark::Recommendations(args),
        } => bench_recommendations::recommendations(args).await,
        Command::Bench {
            benchmark: Benchmark::MonthEndInvoicing(args),
        } => bench_ledger::month_end_invoicing(args).await,
        Command::Bench {
            benchmark: Benchmark::IncomePage(args),
        } => bench_ledger::income_page(args).await,
        Command::Bench {
            benchmark: Benchmark::Opportunities(args),
        } => bench_opportunities::opportunities(args).await,
        Command::Bench {
            benchmark: Benchmark::CapabilityMap(args),
        } => bench_maps::capability_map(args).await,
        Command::MonthEnd(args) => month_end::run(args).await.map(|_| ()),
        Command::Backup { database, to } => {
            let db = database.connect_existing().await?;
            store::backup::sqlite_backup(&db, &to).await?;
            db.close().await;
            tracing::info!(file = %to.display(), "backup written");
            Ok(())
        }
        Command::Verify { database } => {
            let db = database.connect_existing().await?;
            db.migrate().await?;
            let mut breaches = store::ledger::verify(&db).await?;
            breaches.extend(store::invoices::verify(&db).await?);
            breaches.extend(store::income::verify(&db, db.backend()).await?);
            db.close().await;
            for b in &breaches {
                println!("BREACH {}: {}", b.invariant, b.detail);
            }
            if breaches.is_empty() {
                println!("The ledger keeps every invariant.");
                Ok(())
            } else {
                println!("{} breaches found.", breaches.len());
                std::process::exit(1)
            }
        }
    }
}
