//! Serving: the web router and the outbox worker, until Ctrl-C or SIGTERM.

use crate::config::{MailTransportKind, ServeArgs};
use anyhow::Context;
use domain::clock::SystemClock;
use jobs::{FolderTransport, MailTransport, NotifyTransport, OutboxWorker, SmtpTransport};
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::sync::Notify;
use web::{AppState, DemoInfo, WebConfig};

const HOUSEKEEPING_EVERY: std::time::Duration = std::time::Duration::from_secs(3600);
/// How often deadlines are checked: booking requests lapsing, opportunities closing (so an
/// opportunity closes within seconds of its closing time), reminders and digests.
const DEADLINES_EVERY: std::time::Duration = std::time::Duration::from_secs(15);

pub async fn run(args: ServeArgs, demo: Option<DemoInfo>) -> anyhow::Result<()> {
    let db = args.database.connect_and_migrate().await?;
    if db.backend() == store::Backend::Postgres {
        // Say whether the connection is encrypted: managed PostgreSQL needs sslmode=require.
        tracing::info!(tls = db.connection_encrypted().await?, "connected to PostgreSQL");
    }
    let from = args.mail_from.parse().context("MAIL_FROM is not a valid mailbox")?;
    let transport: Arc<dyn MailTransport> = match args.mail_transport {
        MailTransportKind::Folder => Arc::new(FolderTransport::new(args.mail_folder.clone(), from)),
        MailTransportKind::Smtp => {
            let url = args
                .smtp_url
                .as_deref()
                .context("--smtp-url (SMTP_URL) is needed with --mail-transport smtp")?;
            Arc::new(SmtpTransport::from_url(url, from)?)
        }
        MailTransportKind::Notify => {
            let key = args
                .notify_api_key
                .as_deref()
                .context("--notify-api-key (NOTIFY_API_KEY) is needed with --mail-transport notify")?;
            let template = args
                .notify_template_id
                .as_deref()
                .context("--notify-template-id (NOTIFY_TEMPLATE_ID) is needed with --mail-transport notify")?;
            Arc::new(NotifyTransport::new(&args.notify_base_url, key, template)?)
        }
    };
    let clock = Arc::new(SystemClock);
    let wakeup = Arc::new(Notify::new());
    let config = WebConfig {
        base_url: args.base_url.trim_end_matches('/').to_string(),
        support_email: args.support_email.clone(),
        operator_name: args.operator_name.clone(),
        privacy_contact: args.privacy_contact.clone().filter(|c| !c.trim().is_empty()),
        client_address: web::config::ClientAddressConfig {
            source: args.client_ip_source.clone(),
            trusted_proxy_hops: usize::from(args.trusted_proxy_hops),
        },
        api_requests_per_minute: args.api_requests_per_minute,
        metrics_token: args.metrics_token.clone().filter(|t| !t.is_empty()),
        demo,
        cache_bytes: args.cache_mb << 20,
        ocid_prefix: args.ocid_prefix.clone(),
        sealing: args.sealing_key()?,
    };
    let state = AppState::new(db.clone(), clock.clone(), config, wakeup.clone())?;
    let sealed = app::second_factor::seal_kept_secrets(&state).await?;
    if sealed > 0 {
        tracing::info!(sealed, "authenticator secrets kept from before sealing are now sealed");
    }
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let worker = OutboxWorker::new(db.clone(), transport, clock.clone());
    let poll = std::time::Duration::from_secs(args.outbox_poll_seconds);
    let worker_task = tokio::spawn(worker.run(poll, wakeup, stopped.clone()));
    let webhooks = jobs::WebhookWorker::new(db.clone(), clock.clone()).context("cannot build the webhook client")?;
    let webhooks_task = tokio::spawn(webhooks.run(poll, stopped.clone()));
    let housekeeping_task = tokio::spawn(jobs::housekeeping::run(
        db.clone(),
        clock,
        HOUSEKEEPING_EVERY,
        stopped.clone(),
    ));
    let deadlines_task = tokio::spawn(jobs::deadlines::run(
        state.app.clone(),
        DEADLINES_EVERY,
        stopped.clone(),
    ));
    let limiter_task = tokio::spawn(state.clone().prune_api_limiter(DEADLINES_EVERY, stopped));

    let metrics_task = match &args.metrics_bind {
        Some(address) => {
            let listener = tokio::net::TcpListener::bind(address)
                .await
                .with_context(|| format!("cannot listen for metrics on {address}"))?;
            tracing::info!(address = %listener.local_addr()?, "serving metrics");
            let router = web::metrics::private_router(state.clone());
            let mut stopped = stop.subscribe();
            Some(tokio::spawn(async move {
                let shutdown = async move {
                    let _ = stopped.changed().await;
                };
                if let Err(error) = axum::serve(listener, router).with_graceful_shutdown(shutdown).await {
                    tracing::error!(%error, "metrics listener failed");
                }
            }))
        }
        None => None,
    };
    let listener = tokio::net::TcpListener::bind(&args.bind)
        .await
        .with_context(|| format!("cannot listen on {}", args.bind))?;
    tracing::info!(address = %listener.local_addr()?, base_url = %args.base_url, "serving Microcontracts");
    axum::serve(
        listener,
        web::router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    let _ = stop.send(true);
    let _ = worker_task.await;
    let _ = webhooks_task.await;
    let _ = housekeeping_task.await;
    let _ = deadlines_task.await;
    let _ = limiter_task.await;
    if let Some(task) = metrics_task {
        let _ = task.await;
    }
    db.close().await;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = terminate => {}
    }
    tracing::info!("shutting down");
}
