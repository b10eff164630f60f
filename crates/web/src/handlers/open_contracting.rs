//! Open contracting data (OCDS 1.1) for anyone, without signing in: release packages of
//! every release dated in a period, oldest first, a page at a time (the next page's address
//! in the `Link` header); each contracting process's releases; and its record, with the
//! compiled release. Built by `app::open_contracting`.

use crate::api::problem::{Problem, Said};
use crate::state::AppState;
use app::open_contracting as ocds;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;
use store::ocds::{Event, BOOKING, OPPORTUNITY};

/// The most releases in one package (and the number when `limit` is not given).
pub const RELEASES_PAGE: i64 = 100;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Period {
    /// From this moment (RFC 3339) or London date on; from the start when absent.
    since: String,
    /// Before this moment or London date; until now when absent.
    until: String,
    /// The `after` of the `Link` header's next page.
    after: String,
    /// Releases in the package, 1 to `RELEASES_PAGE`.
    limit: String,
}

/// A moment as given: RFC 3339, or a London date (its first moment).
fn moment(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim();
    if let Ok(at) = DateTime::parse_from_rfc3339(text) {
        return Some(at.with_timezone(&Utc));
    }
    let day = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
    domain::dates::london_instant(day, chrono::NaiveTime::MIN)
}

/// An event as the next page's cursor carries it: `nanos.process.id.release.subject`, the
/// time to the nanosecond (as SQLite keeps it), so that the page after starts just after it.
fn encode(e: &Event) -> String {
    format!(
        "{}.{}.{}.{}.{}",
        e.at.timestamp_nanos_opt().unwrap_or(i64::MAX),
        e.process,
        e.process_id,
        e.release,
        e.subject
    )
}

fn decode(text: &str) -> Option<Event> {
    let mut parts = text.split('.');
    let at = DateTime::from_timestamp_nanos(parts.next()?.parse().ok()?);
    let process = match parts.next()? {
        OPPORTUNITY => OPPORTUNITY,
        BOOKING => BOOKING,
        _ => return None,
    };
    let process_id = parts.next()?.parse().ok()?;
    let release = parts.next()?;
    if !["tender", "amendment", "award", "contract", "variation"].contains(&release) {
        return None;
    }
    let subject = parts.next()?.parse().ok()?;
    parts.next().is_none().then(|| Event {
        at,
        process: process.to_string(),
        process_id,
        release: release.to_string(),
        subject,
    })
}

fn json_response(body: &serde_json::Value) -> Response {
    let bytes = serde_json::to_vec(body).unwrap_or_default();
    ([(header::CONTENT_TYPE, "application/json")], bytes).into_response()
}

fn nothing(key: &'static str) -> Problem {
    Problem::not_found(Said::message(key))
}

/// `GET /ocds/releases.json`: the releases dated in the period, a page at a time.
#[utoipa::path(get, path = "/ocds/releases.json", tag = "open data",
    summary = "OCDS releases dated in a period",
    description = "Every release of every contracting process dated from `since` until before `until`, oldest first, as an OCDS 1.1 release package. Each of `since` and `until` is an RFC 3339 time or a London date (its first moment). The next page's address is in the `Link` header (`rel=\"next\"`). No sign-in.",
    params(
        ("since" = Option<String>, Query, description = "From this moment on (RFC 3339, or a date YYYY-MM-DD); from the start when absent."),
        ("until" = Option<String>, Query, description = "Before this moment (RFC 3339, or a date); until now when absent. Must be later than `since`."),
        ("limit" = Option<i64>, Query, description = "Releases in the package, 1 to 100 (100 when absent)."),
        ("after" = Option<String>, Query, description = "The `after` of the `Link` header's next page."),
    ),
    responses(
        (status = 200, description = "An OCDS 1.1 release package of at least one release.", content_type = "application/json",
            body = ref("#/components/schemas/ReleasePackage"),
            headers(("Link" = String, description = "The next page, when there is one: `<…/ocds/releases.json?…&after=…>; rel=\"next\"`"))),
        (status = 400, description = "A parameter is not valid, or `until` is not later than `since`.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No release is dated in that period.", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn releases(
    State(state): State<AppState>,
    query: Result<Query<Period>, QueryRejection>,
) -> Result<Response, Problem> {
    let Query(period) = query.map_err(|e| Problem::bad_query(&e))?;
    let now = state.clock.now();
    let since = match period.since.trim() {
        "" => DateTime::<Utc>::UNIX_EPOCH,
        text => moment(text).ok_or_else(|| Problem::bad_parameter("since", Said::message("api-moment")))?,
    };
    let until = match period.until.trim() {
        "" => now + chrono::Duration::seconds(1),
        text => moment(text).ok_or_else(|| Problem::bad_parameter("until", Said::message("api-moment")))?,
    };
    if until <= since {
        return Err(Problem::bad_parameter("until", Said::message("api-until-after-since")));
    }
    let after = match period.after.trim() {
        "" => None,
        text => Some(decode(text).ok_or_else(|| Problem::bad_parameter("after", Said::message("api-cursor-unknown")))?),
    };
    let limit = match period.limit.trim() {
        "" => RELEASES_PAGE,
        text => text
            .parse()
            .ok()
            .filter(|n| (1..=RELEASES_PAGE).contains(n))
            .ok_or_else(|| {
                Problem::bad_parameter(
                    "limit",
                    Said::with(
                        "api-limit-range",
                        vec![("least", "1".into()), ("most", RELEASES_PAGE.to_string())],
                    ),
                )
            })?,
    };
    let prefix = &state.config.ocid_prefix;
    let (releases, next) = ocds::releases(&state, prefix, since, until, after.as_ref(), limit).await?;
    if releases.is_empty() {
        // A package holds at least one release (OCDS's schema): an empty period has none.
        return Err(nothing("api-no-releases"));
    }
    let base = &state.config.base_url;
    let window = format!(
        "since={}&until={}&limit={limit}",
        urlencoded(&since.to_rfc3339()),
        urlencoded(&until.to_rfc3339())
    );
    let uri = match &after {
        Some(a) => format!("{base}/ocds/releases.json?{window}&after={}", encode(a)),
        None => format!("{base}/ocds/releases.json?{window}"),
    };
    let published = releases
        .iter()
        .filter_map(|r| r["date"].as_str().and_then(|d| DateTime::parse_from_rfc3339(d).ok()))
        .map(|d| d.with_timezone(&Utc))
        .max()
        .unwrap_or(now);
    let mut response = json_response(&ocds::package(&uri, base, published, releases));
    if let Some(next) = next {
        let link = format!(
            "<{base}/ocds/releases.json?{window}&after={}>; rel=\"next\"",
            encode(&next)
        );
        if let Ok(value) = HeaderValue::from_str(&link) {
            response.headers_mut().insert(header::LINK, value);
        }
    }
    Ok(response)
}

fn urlencoded(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// The `ocid` in the path; one that is not UTF-8 once decoded names no process.
fn ocid_of(path: Result<Path<String>, PathRejection>) -> Result<String, Problem> {
    path.map(|Path(ocid)| ocid).map_err(|_| nothing("api-no-such-release"))
}

async fn process(state: &AppState, ocid: &str) -> Result<ocds::Process, Problem> {
    let (kind, id) = ocds::read_ocid(&state.config.ocid_prefix, ocid).ok_or_else(|| nothing("api-no-such-release"))?;
    ocds::load(state, &state.config.ocid_prefix, kind, id)
        .await?
        .ok_or_else(|| nothing("api-no-such-release"))
}

/// `GET /ocds/{ocid}/releases.json`: every release of one process.
#[utoipa::path(get, path = "/ocds/{ocid}/releases.json", tag = "open data",
    summary = "A contracting process's releases",
    description = "Every release of one contracting process (an opportunity, or a booking made from the pool), oldest first, as an OCDS 1.1 release package. No sign-in.",
    params(("ocid" = String, Path, description = "The process's ocid, e.g. `ocds-mcuk01-opp-12` or `ocds-mcuk01-booking-7`.")),
    responses(
        (status = 200, description = "An OCDS 1.1 release package.", content_type = "application/json", body = ref("#/components/schemas/ReleasePackage")),
        (status = 404, description = "No contracting process has that ocid.", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn process_releases(
    State(state): State<AppState>,
    path: Result<Path<String>, PathRejection>,
) -> Result<Response, Problem> {
    let p = process(&state, &ocid_of(path)?).await?;
    let events = p.events();
    let releases: Vec<serde_json::Value> = events.iter().map(|e| p.release(&state, e)).collect();
    let published = events.last().map_or_else(|| state.clock.now(), |e| e.at);
    let base = &state.config.base_url;
    let uri = format!("{base}/ocds/{}/releases.json", p.ocid);
    Ok(json_response(&ocds::package(&uri, base, published, releases)))
}

/// `GET /ocds/{ocid}/record.json`: the process's record, with its compiled release.
#[utoipa::path(get, path = "/ocds/{ocid}/record.json", tag = "open data",
    summary = "A contracting process's record",
    description = "The OCDS 1.1 record of one contracting process: links to each of its releases and the compiled release (its state now). No sign-in.",
    params(("ocid" = String, Path, description = "The process's ocid.")),
    responses(
        (status = 200, description = "An OCDS 1.1 record package of one record.", content_type = "application/json", body = ref("#/components/schemas/RecordPackage")),
        (status = 404, description = "No contracting process has that ocid.", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn record(
    State(state): State<AppState>,
    path: Result<Path<String>, PathRejection>,
) -> Result<Response, Problem> {
    let p = process(&state, &ocid_of(path)?).await?;
    let base = &state.config.base_url;
    let uri = format!("{base}/ocds/{}/record.json", p.ocid);
    let releases_uri = format!("{base}/ocds/{}/releases.json", p.ocid);
    let body =
        ocds::record_package(&state, &p, &uri, &releases_uri, base).ok_or_else(|| nothing("api-no-such-release"))?;
    Ok(json_response(&body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_refuse_anything_else() {
        let e = Event {
            at: DateTime::from_timestamp_nanos(1_780_000_000_123_456_789),
            process: "booking".into(),
            process_id: 12,
            release: "variation".into(),
            subject: 40,
        };
        assert_eq!(decode(&encode(&e)), Some(e));
        for bad in [
            "",
            "1.booking.12.variation",
            "x.booking.1.award.1",
            "1.other.1.award.1",
            "1.booking.1.nope.1",
            "1.booking.1.award.1.9",
        ] {
            assert_eq!(decode(bad), None, "{bad}");
        }
    }

    #[test]
    fn moments_are_times_or_london_dates() {
        assert_eq!(moment("2026-07-01").unwrap().to_rfc3339(), "2026-06-30T23:00:00+00:00");
        assert_eq!(
            moment("2026-01-01T09:00:00Z").unwrap().to_rfc3339(),
            "2026-01-01T09:00:00+00:00"
        );
        assert!(moment("yesterday").is_none());
    }
}
