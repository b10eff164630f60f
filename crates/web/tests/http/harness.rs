//! Spawns the whole service on a random port over a fresh database, with a clock the test
//! controls and an email transport that keeps what it is given.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use domain::clock::{Clock, ManualClock};
use domain::roles::Role;
use jobs::{MailError, MailTransport, OutboxWorker, OutgoingEmail};
use reqwest::redirect::Policy;
use reqwest::{Client, Response, StatusCode};
use scraper::{Html, Selector};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use store::testing::{fresh, TestDb};
use store::{members, organisations, users, Backend};
use tokio::sync::{Notify, OnceCell};
use web::{AppState, WebConfig};

pub const PASSWORD: &str = "a long test passphrase";

/// Keeps every email "sent"; can be told to fail, like a mail server that is down.
#[derive(Default)]
pub struct CapturingTransport {
    pub sent: Mutex<Vec<OutgoingEmail>>,
    pub failing: AtomicBool,
}

#[async_trait]
impl MailTransport for CapturingTransport {
    async fn send(&self, email: &OutgoingEmail) -> Result<(), MailError> {
        if self.failing.load(Ordering::SeqCst) {
            return Err(MailError::Send("connection refused".into()));
        }
        self.sent.lock().unwrap().push(email.clone());
        Ok(())
    }
}

pub struct TestApp {
    pub base: String,
    /// The service's own state, for running its background jobs on demand.
    pub state: AppState,
    pub test_db: TestDb,
    pub clock: Arc<ManualClock>,
    pub mail: Arc<CapturingTransport>,
    pub worker: OutboxWorker,
    pub client: Client,
}

static PASSWORD_HASH: OnceCell<String> = OnceCell::const_new();

async fn password_hash() -> &'static str {
    PASSWORD_HASH
        .get_or_init(|| async { app::passwords::hash(PASSWORD.to_string()).await.unwrap() })
        .await
}

pub fn new_client() -> Client {
    Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .build()
        .unwrap()
}

/// Turns the fresh database's URL into the one the service connects to.
pub type ConnectVia = Box<dyn FnOnce(&str) -> String + Send>;

/// What a test may change about the service it spawns.
pub struct Spawn {
    /// The public address (empty: the address it listens on).
    pub base_url: String,
    /// Changes to the web settings, after the defaults below.
    pub configure: Box<dyn FnOnce(&mut WebConfig) + Send>,
    /// The service's own connection, when it must differ from the test's (e.g. through a
    /// proxy the test can cut): the fresh database's URL in, the URL to connect to out.
    pub connect_via: Option<ConnectVia>,
    /// The clock, when it must be another instance's.
    pub clock: Option<Arc<ManualClock>>,
}

impl Default for Spawn {
    fn default() -> Self {
        Self {
            base_url: String::new(),
            configure: Box::new(|_| {}),
            connect_via: None,
            clock: None,
        }
    }
}

impl TestApp {
    pub async fn spawn(backend: Backend) -> TestApp {
        Self::spawn_with(backend, Spawn::default()).await
    }

    /// Spawns with a given public address (empty: the address it listens on), for the
    /// behaviour that depends on serving over HTTPS.
    pub async fn spawn_with_base_url(backend: Backend, base_url: &str) -> TestApp {
        let spawn = Spawn {
            base_url: base_url.to_string(),
            ..Spawn::default()
        };
        Self::spawn_with(backend, spawn).await
    }

    pub async fn spawn_with(backend: Backend, spawn: Spawn) -> TestApp {
        app::outbound::install_tls_provider();
        let test_db = fresh(backend).await.expect("a fresh test database");
        let start: DateTime<Utc> = Utc::now();
        let clock = spawn.clock.unwrap_or_else(|| Arc::new(ManualClock::new(start)));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let public = if spawn.base_url.is_empty() {
            base.clone()
        } else {
            spawn.base_url
        };
        let mut config = WebConfig {
            base_url: public,
            support_email: "support@microcontracts.test".into(),
            // As behind the operator's proxy: tests act as several clients by the address
            // that proxy appends.
            client_address: web::config::ClientAddressConfig {
                source: web::config::ClientIpSource::RightmostXForwardedFor,
                trusted_proxy_hops: 1,
            },
            ..WebConfig::default()
        };
        (spawn.configure)(&mut config);
        let app_db = match spawn.connect_via {
            Some(via) => store::Db::connect(&via(&test_db.url))
                .await
                .expect("the service's connection"),
            None => test_db.db.clone(),
        };
        let state = AppState::new(app_db, clock.clone(), config, Arc::new(Notify::new())).unwrap();
        let app = web::router(state.clone()).into_make_service_with_connect_info::<SocketAddr>();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        let mail = Arc::new(CapturingTransport::default());
        let worker = OutboxWorker::new(test_db.db.clone(), mail.clone(), clock.clone() as Arc<dyn Clock>);
        TestApp {
            base,
            state,
            test_db,
            clock,
            mail,
            worker,
            client: new_client(),
        }
    }

    pub fn backend(&self) -> Backend {
        self.test_db.db.backend()
    }

    pub fn db(&self) -> &store::Db {
        &self.test_db.db
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(&self, path: &str) -> Response {
        self.get_as(&self.client, path).await
    }

    pub async fn get_as(&self, client: &Client, path: &str) -> Response {
        client.get(self.url(path)).send().await.unwrap()
    }

    /// The form token of `client`, read from a page with a form on it.
    /// The body of a page fetched as `client`.
    pub async fn text_as(&self, client: &Client, path: &str) -> String {
        self.get_as(client, path).await.text().await.unwrap()
    }

    pub async fn csrf_token(&self, client: &Client) -> String {
        let html = self.get_as(client, "/forgot-password").await.text().await.unwrap();
        let doc = Html::parse_document(&html);
        let selector = Selector::parse("input[name=csrf_token]").unwrap();
        doc.select(&selector)
            .next()
            .and_then(|e| e.value().attr("value"))
            .expect("a csrf token on the page")
            .to_string()
    }

    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Response {
        self.post_form_as(&self.client, path, fields).await
    }

    pub async fn post_form_as(&self, client: &Client, path: &str, fields: &[(&str, &str)]) -> Response {
        let token = self.csrf_token(client).await;
        let mut all: Vec<(&str, &str)> = vec![("csrf_token", &token)];
        all.extend_from_slice(fields);
        let response = client.post(self.url(path)).form(&all).send().await.unwrap();
        assert_post_redirect_get(path, response.status());
        response
    }

    /// Posts a form with a file, as a browser sends a GOV.UK file upload (the form token
    /// first).
    pub async fn post_file_as(&self, client: &Client, path: &str, field: &str, name: &str, bytes: Vec<u8>) -> Response {
        let token = self.csrf_token(client).await;
        let file = reqwest::multipart::Part::bytes(bytes).file_name(name.to_string());
        let form = reqwest::multipart::Form::new()
            .text("csrf_token", token)
            .part(field.to_string(), file);
        let response = client.post(self.url(path)).multipart(form).send().await.unwrap();
        assert_post_redirect_get(path, response.status());
        response
    }

    pub async fn sign_in_as(&self, client: &Client, email: &str, password: &str) -> Response {
        self.post_form_as(client, "/sign-in", &[("email", email), ("password", password)])
            .await
    }

    /// A new browser signed in as `email`.
    pub async fn signed_in(&self, email: &str) -> Client {
        let client = new_client();
        let response = self.sign_in_as(&client, email, PASSWORD).await;
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "sign-in of {email} should succeed"
        );
        client
    }

    /// Adds a verified domain to a council, as onboarding would.
    pub async fn onboard(&self, code: &str, domain: &str) -> i64 {
        let org = organisations::find_by_code(self.db(), code).await.unwrap().unwrap();
        let operator = self.person("operator@microcontracts.test", "Operator", None, &[]).await;
        if organisations::find_by_domain(self.db(), domain)
            .await
            .unwrap()
            .is_none()
        {
            organisations::add_domain(self.db(), org.id, domain, Some(operator), self.clock.now())
                .await
                .unwrap();
        }
        org.id
    }

    /// Creates a person with the test password and the given roles in the council `code`.
    pub async fn person(&self, email: &str, name: &str, code: Option<&str>, roles: &[Role]) -> i64 {
        let id = match users::find_by_email(self.db(), email).await.unwrap() {
            Some(u) => u.id,
            None => {
                let new = users::NewUser {
                    email,
                    display_name: name,
                    password_hash: password_hash().await,
                    platform_admin: email.starts_with("operator@"),
                };
                users::create(self.db(), &new, self.clock.now()).await.unwrap()
            }
        };
        if let Some(code) = code {
            let org = organisations::find_by_code(self.db(), code).await.unwrap().unwrap();
            members::add(self.db(), id, org.id, roles, self.clock.now())
                .await
                .unwrap();
        }
        id
    }

    /// Sends what is in the outbox and returns the messages sent.
    pub async fn deliver_mail(&self) -> Vec<OutgoingEmail> {
        self.worker.drain().await.unwrap();
        std::mem::take(&mut *self.mail.sent.lock().unwrap())
    }
}

/// Makes `client`'s person a calendar feed and returns the secret in its address, read
/// from the page that shows it once.
pub async fn calendar_feed(app: &TestApp, client: &Client) -> String {
    let r = app.post_form_as(client, "/account/calendar", &[]).await;
    assert_eq!(location(&r), "/account/calendar?done=started");
    let page = app
        .text_as(client, "/account/calendar?done=started")
        .await
        .replace("&#x2f;", "/");
    page.split(".ics")
        .next()
        .and_then(|before| before.rsplit("/calendar/").next())
        .filter(|t| t.len() == 64)
        .expect("the feed's address, once")
        .to_string()
}

/// The first link in an email body that starts with `prefix`.
pub fn link_in(body: &str, prefix: &str) -> String {
    body.split_whitespace()
        .find(|w| w.starts_with(prefix))
        .unwrap_or_else(|| panic!("no link starting {prefix} in {body}"))
        .to_string()
}

pub fn location(response: &Response) -> String {
    response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

/// Texts of the GOV.UK error summary on a page.
pub fn error_summary(html: &str) -> Vec<String> {
    let doc = Html::parse_document(html);
    let selector = Selector::parse(".govuk-error-summary__list a").unwrap();
    doc.select(&selector)
        .map(|a| a.text().collect::<String>().trim().to_string())
        .collect()
}

/// Each test of `on_both!` starts from a running service on the backend.
impl store::testing::Setup for TestApp {
    async fn setup(backend: store::Backend) -> TestApp {
        TestApp::spawn(backend).await
    }
}

/// Post/redirect/get: a form that succeeds answers with a redirect, so that refreshing the
/// page that follows never sends it again; a form that fails answers 4xx with the form
/// and its errors. Every form post of every test passes through here. The booking check
/// page is the one exception: it only shows what would be sent and changes nothing.
pub fn assert_post_redirect_get(path: &str, status: StatusCode) {
    let shows_only = path.starts_with("/pool/") && path.ends_with("/book");
    assert!(
        status.is_redirection() || status.is_client_error() || (shows_only && status == StatusCode::OK),
        "POST {path} answered {status}: a form that succeeds must redirect"
    );
}
