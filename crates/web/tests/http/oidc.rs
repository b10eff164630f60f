//! A real OpenID Connect provider for the tests: `test-support/oidc-provider.mjs` (the
//! `oidc-provider` package) started with Node.js on 127.0.0.1, in its own process.

use crate::harness::{location, TestApp};
use reqwest::{Client, Response, StatusCode};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

pub struct TestProvider {
    pub issuer: String,
    /// Its standard input: the provider stops when this closes.
    child: Child,
    /// Its standard output, kept open so that nothing it writes there fails.
    _output: BufReader<std::process::ChildStdout>,
}

impl Drop for TestProvider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// What a registered client of the provider is given.
pub struct Registered {
    pub client_id: String,
    pub client_secret: String,
}

impl TestProvider {
    pub fn start() -> TestProvider {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../../test-support/oidc-provider.mjs");
        let mut child = Command::new("node")
            .arg(script)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("node starts the test provider (run npm ci first)");
        let mut line = String::new();
        let mut output = BufReader::new(child.stdout.take().unwrap());
        output.read_line(&mut line).expect("the provider says where it listens");
        let said: serde_json::Value = serde_json::from_str(&line).expect("the provider's first line is JSON");
        TestProvider {
            issuer: said["issuer"].as_str().unwrap().to_string(),
            child,
            _output: output,
        }
    }

    /// Registers a client (dynamic client registration) that redirects to the service's
    /// callback; `misbehaviour` makes the provider spoil its ID tokens.
    pub async fn register(&self, app: &TestApp, misbehaviour: Option<&str>) -> Registered {
        let mut body = serde_json::json!({
            "redirect_uris": [app.url(app::council_sign_in::CALLBACK_PATH)],
            "token_endpoint_auth_method": "client_secret_basic",
        });
        if let Some(m) = misbehaviour {
            body["test_misbehaviour"] = m.into();
        }
        let r = Client::new()
            .post(format!("{}/reg", self.issuer))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::CREATED, "the provider registers the client");
        let client: serde_json::Value = r.json().await.unwrap();
        Registered {
            client_id: client["client_id"].as_str().unwrap().to_string(),
            client_secret: client["client_secret"].as_str().unwrap().to_string(),
        }
    }
}

/// Follows a redirect the way a browser would, from `client`.
async fn follow(client: &Client, from: &str, r: &Response) -> Response {
    let next = url::Url::parse(from).unwrap().join(&location(r)).unwrap();
    client.get(next).send().await.unwrap()
}

/// Signs in through the provider as a browser does: asks the service to sign `typed` in
/// with their organisation, signs in at the provider as `at_provider`, and comes back.
/// Returns the address the provider sent the browser back to (not yet visited).
pub async fn through_provider(app: &TestApp, client: &Client, typed: &str, at_provider: &str) -> String {
    let r = app
        .post_form_as(
            client,
            "/sign-in/organisation",
            &[("email", typed), ("return_to", "/account")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "sent to the provider");
    let authorize = location(&r);
    assert!(authorize.contains("code_challenge_method=S256"), "with PKCE");
    assert!(authorize.contains("nonce="), "with a nonce");
    assert!(authorize.contains(&format!("login_hint={}", typed.replace('@', "%40"))));
    let r = client.get(&authorize).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "the provider asks who it is");
    let interaction = url::Url::parse(&authorize).unwrap().join(&location(&r)).unwrap();
    let page = client
        .get(interaction.clone())
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains(typed), "the provider's page has the address typed here");
    let r = client
        .post(interaction.clone())
        .form(&[("email", at_provider)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = follow(client, interaction.as_str(), &r).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "the provider sends the browser back");
    let back = location(&r);
    assert!(
        back.starts_with(&app.url(app::council_sign_in::CALLBACK_PATH)),
        "{back}"
    );
    back
}
