//! The one way the service makes HTTP requests to other systems (webhooks, GOV.UK Notify,
//! councils' sign-in providers): TLS through rustls with the ring provider and the
//! system's trusted certificates, a time limit, and no redirects, so a request goes only
//! where its address says.

use std::time::Duration;

/// Makes rustls with ring the process's TLS provider, for every HTTP client it builds.
/// Installing twice is harmless: the first one stays.
pub fn install_tls_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// An HTTP client whose requests give up after `timeout`.
pub fn client(timeout: Duration) -> reqwest::Result<reqwest::Client> {
    install_tls_provider();
    reqwest::Client::builder()
        .timeout(timeout)
        .redirect(reqwest::redirect::Policy::none())
        .build()
}
