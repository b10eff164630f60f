//! The client's network address, for sign-in throttling, rate limits and the audit log.
//!
//! Behind a reverse proxy the socket address is the proxy's, and the client's own address
//! is in a header that the proxy sets. Which header to believe is the operator's choice
//! (`CLIENT_IP_SOURCE`); the parsing is `axum-client-ip`'s. Headers a client sends itself
//! are never believed: of `X-Forwarded-For` only the entries the operator's own proxies
//! appended count, taken `TRUSTED_PROXY_HOPS` places from the right.

use crate::config::{ClientAddressConfig, ClientIpSource};
use crate::state::AppState;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::HeaderMap;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};

#[derive(Debug, Clone)]
pub struct ClientIp(pub String);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let ip = client_address(parts, &state.config.client_address)
            .await
            .map_or_else(|| "unknown".to_string(), |ip| ip.to_string());
        Ok(ClientIp(ip))
    }
}

/// The client's address as configured; the socket's when the configured header is
/// missing or malformed (a request that reached the service around the proxy).
pub async fn client_address(parts: &mut Parts, config: &ClientAddressConfig) -> Option<IpAddr> {
    let socket = parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip());
    let from_header = match &config.source {
        ClientIpSource::ConnectInfo => None,
        ClientIpSource::RightmostXForwardedFor if config.trusted_proxy_hops > 1 => {
            forwarded_for_hops(&parts.headers, config.trusted_proxy_hops)
        }
        source => {
            parts.extensions.insert(source.clone());
            axum_client_ip::ClientIp::from_request_parts(parts, &())
                .await
                .ok()
                .map(|axum_client_ip::ClientIp(ip)| ip)
        }
    };
    from_header.or(socket)
}

/// The address `hops` places from the right of every `X-Forwarded-For` value together:
/// the one the outermost of the operator's proxies saw.
fn forwarded_for_hops(headers: &HeaderMap, hops: usize) -> Option<IpAddr> {
    let mut entries = Vec::new();
    for value in headers.get_all("x-forwarded-for") {
        entries.extend(value.to_str().ok()?.split(',').map(str::trim));
    }
    let at = entries.len().checked_sub(hops)?;
    entries.get(at)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::Request;

    async fn address(source: &str, hops: usize, headers: &[(&str, &str)]) -> Option<String> {
        let mut request = Request::builder();
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let (mut parts, ()) = request.body(()).unwrap().into_parts();
        parts
            .extensions
            .insert(ConnectInfo(SocketAddr::from(([10, 0, 0, 9], 4000))));
        let config = ClientAddressConfig {
            source: source.parse().unwrap(),
            trusted_proxy_hops: hops,
        };
        client_address(&mut parts, &config).await.map(|ip| ip.to_string())
    }

    #[tokio::test]
    async fn without_a_proxy_the_socket_address_counts() {
        let spoofed = [("x-forwarded-for", "198.51.100.7"), ("x-real-ip", "198.51.100.8")];
        assert_eq!(address("ConnectInfo", 1, &spoofed).await.as_deref(), Some("10.0.0.9"));
    }

    #[tokio::test]
    async fn what_a_client_puts_first_in_x_forwarded_for_is_ignored() {
        // The client wrote 198.51.100.7; the operator's proxy appended what it saw.
        let headers = [("x-forwarded-for", "198.51.100.7, 203.0.113.5")];
        assert_eq!(
            address("RightmostXForwardedFor", 1, &headers).await.as_deref(),
            Some("203.0.113.5")
        );
        // Behind a load balancer and a proxy, both the operator's: two from the right.
        let headers = [("x-forwarded-for", "198.51.100.7, 203.0.113.5, 10.0.0.2")];
        assert_eq!(
            address("RightmostXForwardedFor", 2, &headers).await.as_deref(),
            Some("203.0.113.5")
        );
        let split = [
            ("x-forwarded-for", "198.51.100.7"),
            ("x-forwarded-for", "203.0.113.5, 10.0.0.2"),
        ];
        assert_eq!(
            address("RightmostXForwardedFor", 2, &split).await.as_deref(),
            Some("203.0.113.5")
        );
    }

    #[tokio::test]
    async fn a_missing_or_malformed_header_falls_back_to_the_socket() {
        assert_eq!(
            address("RightmostXForwardedFor", 1, &[]).await.as_deref(),
            Some("10.0.0.9")
        );
        let bad = [("x-forwarded-for", "not-an-address")];
        assert_eq!(
            address("RightmostXForwardedFor", 1, &bad).await.as_deref(),
            Some("10.0.0.9")
        );
        let short = [("x-forwarded-for", "203.0.113.5")];
        assert_eq!(
            address("RightmostXForwardedFor", 2, &short).await.as_deref(),
            Some("10.0.0.9")
        );
    }

    #[tokio::test]
    async fn other_proxies_headers() {
        let headers = [("x-real-ip", "203.0.113.5"), ("x-forwarded-for", "198.51.100.7")];
        assert_eq!(address("XRealIp", 1, &headers).await.as_deref(), Some("203.0.113.5"));
        let headers = [("cf-connecting-ip", "2001:db8::1")];
        assert_eq!(
            address("CfConnectingIp", 1, &headers).await.as_deref(),
            Some("2001:db8::1")
        );
    }
}
