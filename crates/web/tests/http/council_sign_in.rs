//! Signing in with one's organisation's account, against a real OpenID Connect provider
//! (`oidc-provider` in its own process): the council admin's settings (only theirs, the
//! secret sealed), the code flow with PKCE linking an account or creating one, ID tokens
//! that must be refused (wrong audience, expired, bad signature), a state used twice or
//! in another browser, addresses the provider may not vouch for, and requiring it.

use crate::harness::{error_summary, location, new_client, TestApp, PASSWORD};
use crate::oidc::{through_provider, Registered, TestProvider};
use crate::on_both;
use domain::clock::Clock;
use domain::roles::Role;
use reqwest::{Client, StatusCode};

async fn leeds_with_admin(app: &TestApp) -> Client {
    app.onboard("LDS", "leeds.gov.uk").await;
    app.onboard("LDS", "leedsgov.org.uk").await;
    app.person("lia@leeds.gov.uk", "Lia Admin", Some("LDS"), &[Role::CouncilAdmin])
        .await;
    app.signed_in("lia@leeds.gov.uk").await
}

async fn set_provider(app: &TestApp, admin: &Client, issuer: &str, client: &Registered, required: bool) {
    let mut fields = vec![
        ("issuer", issuer),
        ("client_id", client.client_id.as_str()),
        ("client_secret", client.client_secret.as_str()),
        ("domains", "leeds.gov.uk"),
    ];
    if required {
        fields.push(("required", "yes"));
    }
    let r = app.post_form_as(admin, "/councils/LDS/sign-in-provider", &fields).await;
    assert_eq!(location(&r), "/councils/LDS/sign-in-provider?saved=saved");
}

/// Whether `client` is signed in as someone whose account page names `name`.
async fn signed_in_as(app: &TestApp, client: &Client, name: &str) -> bool {
    let r = app.get_as(client, "/account").await;
    r.status() == StatusCode::OK && r.text().await.unwrap().contains(name)
}

async fn only_a_councils_admins_set_its_provider(app: TestApp) {
    let provider = TestProvider::start();
    let lia = leeds_with_admin(&app).await;
    app.onboard("HCK", "hackney.gov.uk").await;
    app.person("hal@hackney.gov.uk", "Hal Admin", Some("HCK"), &[Role::CouncilAdmin])
        .await;
    app.person("mei@leeds.gov.uk", "Mei Chen", Some("LDS"), &[Role::Practitioner])
        .await;
    let hal = app.signed_in("hal@hackney.gov.uk").await;
    let mei = app.signed_in("mei@leeds.gov.uk").await;
    let registered = provider.register(&app, None).await;
    let fields = [
        ("issuer", provider.issuer.as_str()),
        ("client_id", registered.client_id.as_str()),
        ("client_secret", registered.client_secret.as_str()),
        ("domains", "leeds.gov.uk"),
    ];
    for path in [
        "/councils/LDS/sign-in-provider",
        "/councils/LDS/sign-in-provider/remove",
    ] {
        for other in [&hal, &mei] {
            let r = app.post_form_as(other, path, &fields).await;
            assert_eq!(r.status(), StatusCode::FORBIDDEN, "{path}");
        }
        let r = app.post_form_as(&new_client(), path, &fields).await;
        assert!(location(&r).starts_with("/sign-in"), "a visitor is asked to sign in");
    }
    for other in [&hal, &mei] {
        let r = app.get_as(other, "/councils/LDS/sign-in-provider").await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
    }

    // What the form refuses.
    let page = app.text_as(&lia, "/councils/LDS/sign-in-provider").await;
    assert!(page.contains(&app.url(app::council_sign_in::CALLBACK_PATH).replace('/', "&#x2f;")));
    let refused = [
        (
            "http://login.example.com",
            "abc",
            "s",
            "leeds.gov.uk",
            "Enter the issuer address as your provider gives it, starting with https://",
        ),
        (
            "https://login.example.com",
            "",
            "s",
            "leeds.gov.uk",
            "Enter the client ID",
        ),
        (
            "https://login.example.com",
            "abc",
            "",
            "leeds.gov.uk",
            "Enter the client secret",
        ),
        (
            "https://login.example.com",
            "abc",
            "s",
            "hackney.gov.uk",
            "Select only this council's email domains",
        ),
    ];
    for (issuer, client_id, secret, domain, error) in refused {
        let r = app
            .post_form_as(
                &lia,
                "/councils/LDS/sign-in-provider",
                &[
                    ("issuer", issuer),
                    ("client_id", client_id),
                    ("client_secret", secret),
                    ("domains", domain),
                ],
            )
            .await;
        assert_eq!(r.status(), StatusCode::BAD_REQUEST);
        assert_eq!(error_summary(&r.text().await.unwrap()), vec![error.to_string()]);
    }

    set_provider(&app, &lia, &provider.issuer, &registered, false).await;
    let kept = store::sign_in_providers::find(app.db(), app.onboard("LDS", "leeds.gov.uk").await)
        .await
        .unwrap()
        .unwrap();
    assert!(
        app::sealing::is_sealed(&kept.client_secret),
        "the secret is kept sealed"
    );
    assert_eq!(
        app.state.settings.sealing.open(&kept.client_secret).unwrap(),
        registered.client_secret
    );
    let page = app.text_as(&lia, "/councils/LDS/sign-in-provider?saved=saved").await;
    assert!(page.contains("Sign-in provider saved"));
    assert!(!page.contains(&registered.client_secret), "the secret is never shown");
    // Saved again without a secret: the one kept stays.
    let r = app
        .post_form_as(
            &lia,
            "/councils/LDS/sign-in-provider",
            &[
                ("issuer", &provider.issuer),
                ("client_id", &registered.client_id),
                ("client_secret", ""),
                ("domains", "leeds.gov.uk"),
            ],
        )
        .await;
    assert_eq!(location(&r), "/councils/LDS/sign-in-provider?saved=saved");
    let again = store::sign_in_providers::find(app.db(), kept.org_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(again.client_secret, kept.client_secret);
    let audit: Vec<String> = store::audit::list(app.db(), None, None, 50)
        .await
        .unwrap()
        .into_iter()
        .map(|e| {
            assert!(!e.after_json.unwrap_or_default().contains(&registered.client_secret));
            e.action
        })
        .collect();
    assert!(audit.iter().any(|a| a == "sign-in-provider-saved"));

    let r = app
        .post_form_as(&lia, "/councils/LDS/sign-in-provider/remove", &[])
        .await;
    assert_eq!(location(&r), "/councils/LDS/sign-in-provider?saved=removed");
    assert!(store::sign_in_providers::find(app.db(), kept.org_id)
        .await
        .unwrap()
        .is_none());
}

async fn people_sign_in_with_their_organisation(app: TestApp) {
    let provider = TestProvider::start();
    let lia = leeds_with_admin(&app).await;
    let mei = app
        .person("mei@leeds.gov.uk", "Mei Chen", Some("LDS"), &[Role::Practitioner])
        .await;
    let registered = provider.register(&app, None).await;
    set_provider(&app, &lia, &provider.issuer, &registered, false).await;

    // An address whose council has no provider is told to use a password.
    let r = app
        .post_form_as(
            &new_client(),
            "/sign-in/organisation",
            &[("email", "someone@york.gov.uk")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        error_summary(&r.text().await.unwrap()),
        vec!["Your council does not sign in with its own accounts here. Sign in with a password instead."]
    );

    // An existing account is linked by its address.
    let browser = new_client();
    let back = through_provider(&app, &browser, "mei@leeds.gov.uk", "mei@leeds.gov.uk").await;
    let r = browser.get(&back).send().await.unwrap();
    assert_eq!(location(&r), "/account", "back where the person was going");
    assert!(signed_in_as(&app, &browser, "Mei Chen").await);
    assert_eq!(
        linked(&app, &provider, "mei@leeds.gov.uk").await,
        Some(mei),
        "by the provider's subject"
    );

    // Someone new gets an account in the council of their address, without a password.
    let browser = new_client();
    let back = through_provider(&app, &browser, "new.starter@leeds.gov.uk", "new.starter@leeds.gov.uk").await;
    let r = browser.get(&back).send().await.unwrap();
    assert_eq!(location(&r), "/account");
    assert!(signed_in_as(&app, &browser, "New Starter").await);
    let created = store::users::find_by_email(app.db(), "new.starter@leeds.gov.uk")
        .await
        .unwrap()
        .expect("an account was made");
    assert!(created.password_hash.is_none());
    let leeds = store::organisations::find_by_code(app.db(), "LDS")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        store::members::roles_in(app.db(), created.id, leeds.id).await.unwrap(),
        Some(vec![Role::Practitioner])
    );
    let r = app.sign_in_as(&new_client(), "new.starter@leeds.gov.uk", "").await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST, "no password to sign in with");

    // The next time, the same subject is the same person, whatever address the provider gives.
    let browser = new_client();
    let back = through_provider(&app, &browser, "mei@leeds.gov.uk", "mei@leeds.gov.uk").await;
    browser.get(&back).send().await.unwrap();
    assert!(signed_in_as(&app, &browser, "Mei Chen").await);
    assert_eq!(
        linked(&app, &provider, "new.starter@leeds.gov.uk").await,
        Some(created.id)
    );
    let audit: Vec<String> = store::audit::list(app.db(), None, None, 50)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert!(audit.iter().any(|a| a == "provider-account-linked"));
    assert!(audit.iter().any(|a| a == "provider-account-created"));

    // Passwords still work while the council does not require its provider.
    let r = app.sign_in_as(&new_client(), "mei@leeds.gov.uk", PASSWORD).await;
    assert_eq!(location(&r), "/");
}

/// Who the provider's subject for `email` is linked to here. (The test provider's subjects
/// are `sub-` and the first 20 hex digits of the address's SHA-256.)
async fn linked(app: &TestApp, provider: &TestProvider, email: &str) -> Option<i64> {
    use sha2::Digest;
    let subject = format!("sub-{}", &hex::encode(sha2::Sha256::digest(email.as_bytes()))[..20]);
    let mut tx = app.db().begin().await.unwrap();
    let now = app.clock.now();
    store::sign_in_providers::identity(&mut tx, &provider.issuer, &subject, now)
        .await
        .unwrap()
}

/// Sign-ins that must not happen: each ends on the refusal page with nobody signed in.
async fn untrusted_answers_sign_nobody_in(app: TestApp) {
    let provider = TestProvider::start();
    let lia = leeds_with_admin(&app).await;
    app.onboard("HCK", "hackney.gov.uk").await;
    app.person("mei@leeds.gov.uk", "Mei Chen", Some("LDS"), &[Role::Practitioner])
        .await;

    async fn refused(app: &TestApp, browser: &Client, back: &str, says: &str) {
        let r = browser.get(back).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::BAD_REQUEST, "{says}");
        let page = r.text().await.unwrap();
        assert!(page.contains("You have not been signed in"));
        assert!(page.contains(says), "{says} in {page}");
        assert!(location(&app.get_as(browser, "/account").await).starts_with("/sign-in"));
    }

    let untrusted = "could not be checked";
    for misbehaviour in ["wrong-audience", "expired", "bad-signature"] {
        let spoiling = provider.register(&app, Some(misbehaviour)).await;
        set_provider(&app, &lia, &provider.issuer, &spoiling, false).await;
        let browser = new_client();
        let back = through_provider(&app, &browser, "mei@leeds.gov.uk", "mei@leeds.gov.uk").await;
        refused(&app, &browser, &back, untrusted).await;
    }

    let sound = provider.register(&app, None).await;
    set_provider(&app, &lia, &provider.issuer, &sound, false).await;
    // A secret that is not the client's: the token exchange fails.
    let wrong_secret = Registered {
        client_id: sound.client_id.clone(),
        client_secret: "not-the-secret".into(),
    };
    set_provider(&app, &lia, &provider.issuer, &wrong_secret, false).await;
    let browser = new_client();
    let back = through_provider(&app, &browser, "mei@leeds.gov.uk", "mei@leeds.gov.uk").await;
    refused(&app, &browser, &back, untrusted).await;
    set_provider(&app, &lia, &provider.issuer, &sound, false).await;

    // The provider vouches only for the domains the council chose, and not for addresses it
    // says are unverified.
    let browser = new_client();
    let back = through_provider(&app, &browser, "mei@leeds.gov.uk", "mei@hackney.gov.uk").await;
    refused(
        &app,
        &browser,
        &back,
        "does not have an email address of a council domain",
    )
    .await;
    let browser = new_client();
    let back = through_provider(&app, &browser, "mei@leeds.gov.uk", "unverified.mei@leeds.gov.uk").await;
    refused(&app, &browser, &back, "not verified").await;

    // A state comes back once, and only to the browser that started it.
    let browser = new_client();
    let back = through_provider(&app, &browser, "mei@leeds.gov.uk", "mei@leeds.gov.uk").await;
    let elsewhere = new_client();
    refused(&app, &elsewhere, &back, "not started in this browser").await;
    let r = browser.get(&back).send().await.unwrap();
    assert_eq!(location(&r), "/account", "the browser that started it still can");
    // A replay, even with the state cookie the browser had (as a stolen cookie would be).
    let cookie = format!("mc_provider_state={}", state_of(&back));
    let r = new_client().get(&back).header("cookie", cookie).send().await.unwrap();
    assert_eq!(
        r.status(),
        StatusCode::BAD_REQUEST,
        "a state used once is not used again"
    );
    assert!(r.text().await.unwrap().contains("was used already"));
    // Someone cancelling at the provider.
    let browser = new_client();
    let r = app
        .post_form_as(&browser, "/sign-in/organisation", &[("email", "mei@leeds.gov.uk")])
        .await;
    let state = state_of(&location(&r));
    let cancelled = app.url(&format!(
        "{}?error=access_denied&state={state}",
        app::council_sign_in::CALLBACK_PATH
    ));
    refused(&app, &browser, &cancelled, "did not sign you in").await;
}

fn state_of(url: &str) -> String {
    url::Url::parse(url)
        .unwrap()
        .query_pairs()
        .find(|(k, _)| k == "state")
        .map(|(_, v)| v.into_owned())
        .unwrap()
}

async fn a_council_can_require_its_provider(app: TestApp) {
    let provider = TestProvider::start();
    let lia = leeds_with_admin(&app).await;
    app.person("mei@leeds.gov.uk", "Mei Chen", Some("LDS"), &[Role::Practitioner])
        .await;
    app.person("kit@leedsgov.org.uk", "Kit Other", Some("LDS"), &[Role::Practitioner])
        .await;
    let registered = provider.register(&app, None).await;
    set_provider(&app, &lia, &provider.issuer, &registered, true).await;

    let r = app.sign_in_as(&new_client(), "mei@leeds.gov.uk", PASSWORD).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST, "the right password is refused");
    let page = r.text().await.unwrap();
    assert_eq!(
        error_summary(&page),
        vec!["Your council signs you in with your organisation's account, not a password here. Sign in with your organisation's account."]
    );
    assert!(
        page.contains("href=\"/sign-in/organisation?email=mei%40leeds.gov.uk"),
        "a way to sign in"
    );
    let r = app
        .post_form_as(
            &new_client(),
            "/sign-up",
            &[("display_name", "New"), ("email", "new@leeds.gov.uk")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST, "no sign-up with a password either");
    let r = app
        .post_form_as(&new_client(), "/forgot-password", &[("email", "mei@leeds.gov.uk")])
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST, "nor a password reset");
    assert!(app.deliver_mail().await.is_empty(), "no link was emailed");
    // The council's other domain is not served by the provider: its passwords still work.
    let r = app.sign_in_as(&new_client(), "kit@leedsgov.org.uk", PASSWORD).await;
    assert_eq!(location(&r), "/");

    // Through the provider, and not asked for a second factor the council also requires.
    let r = app
        .post_form_as(&lia, "/councils/LDS/second-factor", &[("required", "yes")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let browser = new_client();
    let back = through_provider(&app, &browser, "mei@leeds.gov.uk", "mei@leeds.gov.uk").await;
    browser.get(&back).send().await.unwrap();
    assert!(signed_in_as(&app, &browser, "Mei Chen").await);
}

on_both!(
    only_a_councils_admins_set_its_provider,
    people_sign_in_with_their_organisation,
    untrusted_answers_sign_nobody_in,
    a_council_can_require_its_provider
);
