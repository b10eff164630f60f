//! The demo's open contracting data, served by the binary over HTTP on SQLite and on
//! PostgreSQL: every release package (page by page), every process's releases and record
//! validate against OCDS 1.1.5's schemas, with each `$ref` to the standard's URL read from
//! the copies in `tests/ocds-1.1.5`; councils are parties by org-id; no person is named.

mod common;

use common::{microcontracts, start, wait_until_up};
use jsonschema::{Retrieve, Uri, Validator};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use store::testing::fresh;
use store::Backend;

const SCHEMAS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/ocds-1.1.5");
const STANDARD: &str = "https://standard.open-contracting.org/schema/1__1__5/";

fn schema(name: &str) -> Value {
    let text = std::fs::read_to_string(format!("{SCHEMAS}/{name}")).expect("the schema is in tests/ocds-1.1.5");
    serde_json::from_str(&text).expect("the schema is JSON")
}

/// The standard's schemas from the local copies. The versioned-release schema is not part
/// of the copies; no record here has a versioned release, so it is never applied.
struct LocalSchemas;

impl Retrieve for LocalSchemas {
    fn retrieve(&self, uri: &Uri<String>) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        match uri.as_str().strip_prefix(STANDARD) {
            Some("release-schema.json") => Ok(schema("release-schema.json")),
            Some("versioned-release-validation-schema.json") => Ok(json!({})),
            _ => Err(format!("no local copy of {uri}").into()),
        }
    }
}

fn validator(name: &str) -> Validator {
    jsonschema::options()
        .with_retriever(LocalSchemas)
        .should_validate_formats(true)
        .build(&schema(name))
        .expect("the schema compiles")
}

fn assert_valid(validator: &Validator, body: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(body)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what} is not valid OCDS: {errors:#?}");
}

async fn get(client: &reqwest::Client, url: &str) -> (u16, Option<String>, Value) {
    let response = client.get(url).send().await.unwrap();
    let status = response.status().as_u16();
    let link = response
        .headers()
        .get("link")
        .and_then(|l| l.to_str().ok())
        .map(str::to_string);
    let body = response.json::<Value>().await.unwrap_or(Value::Null);
    (status, link, body)
}

/// The next page's address from a `Link` header.
fn next_of(link: &str) -> String {
    link.strip_prefix('<')
        .and_then(|l| l.split_once(">; rel=\"next\""))
        .map(|(url, _)| url.to_string())
        .unwrap_or_else(|| panic!("{link}"))
}

async fn the_demo_publishes_valid_open_contracting_data(backend: Backend) {
    let dir = std::env::temp_dir().join(format!("mc-ocds-{}-{:?}", std::process::id(), backend));
    std::fs::create_dir_all(&dir).unwrap();
    // SQLite: a file only the binary opens until the demo is in. PostgreSQL: a fresh database.
    let url = match backend {
        Backend::Sqlite => format!("sqlite://{}", dir.join("open.db").display()),
        Backend::Postgres => fresh(backend).await.unwrap().url.clone(),
    };
    if backend == Backend::Sqlite {
        assert!(microcontracts(&["migrate"], &url).status.success());
    }
    let loaded = microcontracts(&["demo", "--load-only"], &url);
    assert!(loaded.status.success(), "{}", String::from_utf8_lossy(&loaded.stderr));
    let db = store::Db::connect(&url).await.unwrap();
    let names = store::testing::display_names(&db).await.unwrap();
    db.close().await;
    let (_served, base) = start("serve", &url, &dir, &[("OCDS_OCID_PREFIX", "ocds-test42")]);
    app::outbound::install_tls_provider();
    let client = reqwest::Client::new();
    wait_until_up(&client, &base).await;
    let packages = validator("release-package-schema.json");
    let records = validator("record-package-schema.json");

    // Everything in one package, then the same two at a time through the Link header.
    let (status, link, whole) = get(&client, &format!("{base}/ocds/releases.json")).await;
    assert_eq!(status, 200);
    assert!(link.is_none(), "the demo's releases fit one page");
    assert_valid(&packages, &whole, "the release package");
    let all: Vec<Value> = whole["releases"].as_array().unwrap().clone();
    let mut paged = Vec::new();
    let mut url = format!("{base}/ocds/releases.json?limit=2");
    for pages in 1.. {
        assert!(pages <= all.len(), "the pages do not end");
        let (status, link, page) = get(&client, &url).await;
        assert_eq!(status, 200, "{url}");
        assert_valid(&packages, &page, &url);
        paged.extend(page["releases"].as_array().unwrap().iter().cloned());
        match link {
            Some(link) => url = next_of(&link),
            None => break,
        }
    }
    assert_eq!(paged, all, "pages hold the same releases in the same order");
    let dates: Vec<&str> = all.iter().map(|r| r["date"].as_str().unwrap()).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "oldest first");
    let ids: BTreeSet<&str> = all.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), all.len(), "release ids are unique");
    let tags: BTreeSet<&str> = all
        .iter()
        .flat_map(|r| r["tag"].as_array().unwrap().iter().map(|t| t.as_str().unwrap()))
        .collect();
    for tag in ["tender", "award", "contract", "contractAmendment"] {
        assert!(tags.contains(tag), "a {tag} release among {tags:?}");
    }
    let ocids: BTreeSet<String> = all.iter().map(|r| r["ocid"].as_str().unwrap().to_string()).collect();
    assert!(ocids.iter().all(|o| o.starts_with("ocds-test42-")), "{ocids:?}");
    assert!(ocids.iter().any(|o| o.contains("-opp-")) && ocids.iter().any(|o| o.contains("-booking-")));

    // Councils by org-id; no person's name or email anywhere.
    for release in &all {
        for party in release["parties"].as_array().unwrap() {
            let id = party["id"].as_str().unwrap();
            assert!(
                ["GB-LAE-", "GB-LAS-", "GB-PLA-", "GB-LANI-"]
                    .iter()
                    .any(|p| id.starts_with(p)),
                "{id}"
            );
        }
    }
    let text = whole.to_string();
    assert!(!text.contains('@'), "no email address is published");
    for name in &names {
        assert!(!text.contains(name.as_str()), "{name} is published");
    }
    // An awarded opportunity's tender has the DOS-style criteria and a value in GBP.
    let tender = all.iter().find(|r| r["tag"][0] == "tender").unwrap();
    assert!(tender["tender"]["awardCriteriaDetails"]
        .as_str()
        .unwrap()
        .starts_with("Weighting: technical competence"));
    assert_eq!(tender["tender"]["value"]["currency"], "GBP");
    // Once a process has a contract, its tender says on what legal basis it needed no
    // open procurement (the demo's contracts use the 1970 Act).
    for release in all.iter().filter(|r| r["contracts"].is_array()) {
        let rationale = release["tender"]["procurementMethodRationale"]
            .as_str()
            .unwrap_or_default();
        assert!(
            rationale.contains("Local Authorities (Goods and Services) Act 1970"),
            "{}: {rationale:?}",
            release["id"]
        );
    }

    // Each process: its releases, and its record with the compiled release.
    for ocid in &ocids {
        let (status, _, package) = get(&client, &format!("{base}/ocds/{ocid}/releases.json")).await;
        assert_eq!(status, 200);
        assert_valid(&packages, &package, ocid);
        let mine: Vec<&Value> = all.iter().filter(|r| r["ocid"] == ocid.as_str()).collect();
        assert_eq!(package["releases"].as_array().unwrap().len(), mine.len(), "{ocid}");
        let (status, _, record) = get(&client, &format!("{base}/ocds/{ocid}/record.json")).await;
        assert_eq!(status, 200);
        assert_valid(&records, &record, ocid);
        let compiled = &record["records"][0]["compiledRelease"];
        assert_eq!(compiled["tag"], json!(["compiled"]));
        assert_valid(&validator("release-schema.json"), compiled, ocid);
        assert_eq!(record["records"][0]["releases"].as_array().unwrap().len(), mine.len());
    }

    // What is refused.
    for (path, expected) in [
        ("/ocds/releases.json?since=soon", 400),
        ("/ocds/releases.json?since=2026-01-02&until=2026-01-01", 400),
        ("/ocds/releases.json?limit=0", 400),
        ("/ocds/releases.json?after=1.nothing.2.award.3", 400),
        ("/ocds/releases.json?since=2100-01-01&until=2100-01-02", 404),
        ("/ocds/ocds-test42-opp-999999/record.json", 404),
        ("/ocds/ocds-other1-opp-1/releases.json", 404),
        ("/ocds/not-an-ocid/record.json", 404),
    ] {
        let (status, _, body) = get(&client, &format!("{base}{path}")).await;
        assert_eq!(status, expected, "{path}: {body}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

store::on_both!(the_demo_publishes_valid_open_contracting_data);
