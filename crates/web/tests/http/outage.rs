//! A database outage, made real: the service reaches PostgreSQL through a TCP proxy that
//! the test cuts (every connection dropped, new ones refused) and restores. While it is
//! cut, pages and the API answer 503 with Retry-After quickly, and /readyz says so within a
//! second; afterwards the service recovers by itself. (A SQLite file has no such outage.)

use crate::harness::{Spawn, TestApp};
use domain::roles::Role;
use reqwest::StatusCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

/// Forwards connections to PostgreSQL until cut.
struct CuttableProxy {
    port: u16,
    down: Arc<AtomicBool>,
    cut: watch::Sender<u64>,
}

impl CuttableProxy {
    async fn start(target: String) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let down = Arc::new(AtomicBool::new(false));
        let (cut, cuts) = watch::channel(0u64);
        let accepting = down.clone();
        tokio::spawn(async move {
            while let Ok((mut client, _)) = listener.accept().await {
                if accepting.load(Ordering::SeqCst) {
                    drop(client);
                    continue;
                }
                let target = target.clone();
                let mut cuts = cuts.clone();
                // Only cuts from now on end this connection.
                cuts.borrow_and_update();
                tokio::spawn(async move {
                    let Ok(mut server) = TcpStream::connect(&target).await else {
                        return;
                    };
                    tokio::select! {
                        _ = tokio::io::copy_bidirectional(&mut client, &mut server) => {}
                        _ = cuts.changed() => {}
                    }
                });
            }
        });
        Self { port, down, cut }
    }

    fn cut(&self) {
        self.down.store(true, Ordering::SeqCst);
        self.cut.send_modify(|n| *n += 1);
    }

    fn restore(&self) {
        self.down.store(false, Ordering::SeqCst);
    }
}

/// `postgres://user@host:port/db?…` with the host and port replaced.
fn through(url: &str, port: u16) -> String {
    let (scheme, rest) = url.split_once("://").unwrap();
    let (authority, path) = rest.split_once('/').unwrap();
    let user = authority
        .rsplit_once('@')
        .map(|(u, _)| format!("{u}@"))
        .unwrap_or_default();
    format!("{scheme}://{user}127.0.0.1:{port}/{path}")
}

fn server_address(url: &str) -> String {
    let rest = url.split_once("://").unwrap().1;
    let authority = rest.split('/').next().unwrap();
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    if host_port.contains(':') {
        host_port.to_string()
    } else {
        format!("{host_port}:5432")
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_outage_answers_503_quickly_and_recovers() {
    let admin = store::testing::postgres_admin_url();
    let proxy = CuttableProxy::start(server_address(&admin)).await;
    let port = proxy.port;
    let spawn = Spawn {
        connect_via: Some(Box::new(move |url| through(url, port))),
        ..Spawn::default()
    };
    let app = TestApp::spawn_with(store::Backend::Postgres, spawn).await;
    app.onboard("LDS", "leeds.gov.uk").await;
    app.person("ann@leeds.gov.uk", "Ann", Some("LDS"), &[Role::Practitioner])
        .await;
    let ann = app.signed_in("ann@leeds.gov.uk").await;
    assert_eq!(app.get_as(&ann, "/account").await.status(), StatusCode::OK);

    proxy.cut();
    let started = Instant::now();
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "/readyz took {:?}",
        started.elapsed()
    );

    for _ in 0..3 {
        let started = Instant::now();
        let page = app.get_as(&ann, "/account").await;
        assert_eq!(page.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(page.headers()["retry-after"], "5");
        assert!(page.text().await.unwrap().contains("Sorry, the service is unavailable"));
        assert!(
            started.elapsed() < Duration::from_secs(6),
            "the page took {:?}",
            started.elapsed()
        );

        let started = Instant::now();
        let api = app.get("/api/v1/organisations?q=leeds").await;
        assert_eq!(api.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(api.headers()["content-type"], "application/problem+json");
        assert_eq!(api.headers()["retry-after"], "5");
        assert!(
            started.elapsed() < Duration::from_secs(6),
            "the API took {:?}",
            started.elapsed()
        );
    }
    assert_eq!(
        app.get("/healthz").await.status(),
        StatusCode::OK,
        "the process is alive"
    );

    proxy.restore();
    let mut recovered = false;
    for _ in 0..20 {
        let status = app.get_as(&ann, "/account").await.status();
        if status == StatusCode::OK {
            recovered = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert!(recovered, "the service recovers once the database is back");
    assert_eq!(app.get("/readyz").await.status(), StatusCode::OK);
}
