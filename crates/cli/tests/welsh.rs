//! The demo in Welsh, on SQLite and on PostgreSQL: a visitor and every demo person, each
//! with Welsh chosen, walk every kind of page they can reach by links from the start page.
//! Every page must say `lang="cy"` and show no message key (a message missing from both
//! catalogues shows as its key), no English month and no English catalogue text where
//! the Welsh catalogue has its own (text inside an element marked `lang="en"` is English
//! on purpose: names of reference data that exist only in English, people's own words).

mod common;

use aho_corasick::{AhoCorasick, MatchKind};
use common::{start, wait_until_up};
use fluent_syntax::ast;
use reqwest::redirect::Policy;
use reqwest::{Client, StatusCode};
use scraper::{ElementRef, Html, Node, Selector};
use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use store::testing::fresh;
use store::Backend;

const ENGLISH: &str = include_str!("../../app/locales/en/main.ftl");
const WELSH: &str = include_str!("../../app/locales/cy/main.ftl");
const DEMO_PASSWORD: &str = "demo-password-2026";
/// A date written in English on a Welsh page gives itself away by its month.
const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// Pages of one shape (a path with its numbers and tokens taken out) visited per person:
/// enough to see each kind of page with different data, without reading every record.
const PAGES_PER_SHAPE: usize = 2;
/// A walk that finds more than this many pages has met a page of links that never ends.
const MOST_PAGES: usize = 600;

/// The literal runs of text in each message (between its placeables, in every variant),
/// keyed by message.
fn literal_runs(source: &str) -> BTreeMap<String, Vec<String>> {
    fn in_pattern(pattern: &ast::Pattern<&str>, runs: &mut Vec<String>, current: &mut String) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => current.push_str(value),
                ast::PatternElement::Placeable { expression } => {
                    runs.push(std::mem::take(current));
                    if let ast::Expression::Select { variants, .. } = expression {
                        for variant in variants {
                            let mut inner = String::new();
                            in_pattern(&variant.value, runs, &mut inner);
                            runs.push(inner);
                        }
                    }
                }
            }
        }
    }
    let resource = fluent_syntax::parser::parse(source).expect("the catalogue parses");
    let mut found = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut runs = Vec::new();
            if let Some(pattern) = &message.value {
                let mut current = String::new();
                in_pattern(pattern, &mut runs, &mut current);
                runs.push(current);
            }
            found.insert(message.id.name.to_string(), runs);
        }
    }
    found
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// English text that must not show on a Welsh page: each literal run of an English message
/// that reads differently in Welsh, long enough (two words, ten letters) not to be a name
/// or a word both languages share, and found nowhere in the Welsh catalogue.
fn english_only_phrases() -> Vec<(String, String)> {
    let english = literal_runs(ENGLISH);
    let welsh = literal_runs(WELSH);
    let all_welsh = collapse(&welsh.values().flatten().cloned().collect::<Vec<_>>().join("\n"));
    let mut phrases = BTreeMap::new();
    for (key, runs) in &english {
        if welsh.get(key) == Some(runs) {
            continue;
        }
        for run in runs {
            let phrase = collapse(run);
            let phrase = phrase.trim_matches(|c: char| !c.is_alphanumeric());
            let letters = phrase.chars().filter(|c| c.is_alphabetic()).count();
            if letters >= 10 && phrase.contains(' ') && !all_welsh.contains(phrase) {
                phrases.entry(phrase.to_string()).or_insert_with(|| key.clone());
            }
        }
    }
    phrases.into_iter().collect()
}

/// The text a reader sees or hears: text nodes and the attributes read aloud, leaving out
/// scripts, styles, what people are typing in text areas and whatever is marked English.
fn readable_text(html: &Html) -> String {
    fn walk(element: ElementRef, out: &mut String) {
        let name = element.value().name();
        // A form field's text is what the person typed, being changed. A page's title
        // repeats its heading (checked there), often people's own words, which a title
        // cannot mark. Code and preformatted data (the audit log's JSON) are no language.
        let unmarkable = matches!(name, "textarea" | "title" | "pre" | "code");
        if matches!(name, "script" | "style" | "template") || unmarkable || element.value().attr("lang") == Some("en") {
            return;
        }
        for attribute in ["aria-label", "title", "alt", "placeholder"] {
            if let Some(value) = element.value().attr(attribute) {
                out.push_str(value);
                out.push('\n');
            }
        }
        if name == "input" && matches!(element.value().attr("type"), Some("submit" | "button")) {
            out.push_str(element.value().attr("value").unwrap_or_default());
            out.push('\n');
        }
        for child in element.children() {
            match child.value() {
                Node::Text(text) => {
                    out.push_str(text);
                    out.push(' ');
                }
                Node::Element(_) => {
                    if let Some(child) = ElementRef::wrap(child) {
                        walk(child, out);
                    }
                }
                _ => {}
            }
        }
        if matches!(
            name,
            "p" | "li" | "td" | "th" | "h1" | "h2" | "h3" | "dt" | "dd" | "label" | "div"
        ) {
            out.push('\n');
        }
    }
    let mut out = String::new();
    walk(html.root_element(), &mut out);
    out.lines().map(collapse).collect::<Vec<_>>().join("\n")
}

/// A path with the parts that name one record taken out, so that pages of one kind share it.
fn shape(link: &str) -> String {
    let path = link.split('?').next().unwrap_or_default();
    path.split('/')
        .map(|part| {
            let numbered = part.chars().any(|c| c.is_ascii_digit());
            // A council's code: three or four capitals.
            let code = (3..=4).contains(&part.len()) && part.chars().all(|c| c.is_ascii_uppercase());
            if numbered || code || part.len() >= 32 {
                "#"
            } else {
                part
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Links worth following (path and query): this service's pages, not files, the API, or links that act
/// (changing the language back, signing out).
fn page_links(html: &Html, base: &str) -> Vec<String> {
    let anchors = Selector::parse("a[href]").unwrap();
    let base_url = reqwest::Url::parse(base).unwrap();
    let mut links = Vec::new();
    for anchor in html.select(&anchors) {
        let Some(href) = anchor.value().attr("href") else {
            continue;
        };
        let Ok(url) = base_url.join(href) else { continue };
        if url.origin() != base_url.origin() {
            continue;
        }
        let path = url.path().to_string();
        let skipped = [
            "/api/",
            "/language/",
            "/sign-out",
            "/assets/",
            "/ocds/",
            "/calendar/",
            "/email/",
        ];
        if skipped.iter().any(|s| path.starts_with(s))
            || [".csv", ".ics", ".json", ".xml", ".atom", ".svg", ".png", ".pdf"]
                .iter()
                .any(|e| path.ends_with(e))
        {
            continue;
        }
        links.push(match url.query() {
            Some(query) => format!("{path}?{query}"),
            None => path,
        });
    }
    links
}

fn client() -> Client {
    Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .build()
        .unwrap()
}

async fn csrf_token(client: &Client, url: &str) -> String {
    let html = Html::parse_document(&client.get(url).send().await.unwrap().text().await.unwrap());
    let selector = Selector::parse("input[name=csrf_token]").unwrap();
    html.select(&selector)
        .next()
        .and_then(|e| e.value().attr("value"))
        .expect("a form token on the sign-in page")
        .to_string()
}

/// The demo's people, from the table of demo accounts on the start page.
async fn demo_emails(client: &Client, base: &str) -> Vec<String> {
    let html = Html::parse_document(&client.get(base).send().await.unwrap().text().await.unwrap());
    let cells = Selector::parse("#demo-accounts ~ * td, #demo-accounts td").unwrap();
    let emails: BTreeSet<String> = html
        .select(&cells)
        .map(|cell| cell.text().collect::<String>().trim().to_string())
        .filter(|text| text.contains('@') && !text.contains(' '))
        .collect();
    emails.into_iter().collect()
}

/// What a Welsh page must not show: English phrases (each with its message), and message
/// keys (a key in no catalogue shows as itself), known by their first part.
struct Unwelsh {
    phrases: AhoCorasick,
    keys: Vec<(String, String)>,
    key_openings: BTreeSet<String>,
}

impl Unwelsh {
    fn new() -> Self {
        let keys = english_only_phrases();
        assert!(
            keys.len() > 1000,
            "only {} English phrases found to look for",
            keys.len()
        );
        let phrases = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(keys.iter().map(|(phrase, _)| phrase))
            .unwrap();
        let key_openings = literal_runs(ENGLISH)
            .keys()
            .filter_map(|k| k.split('-').next().map(str::to_string))
            .collect();
        Self {
            phrases,
            keys,
            key_openings,
        }
    }

    /// A word like `opportunity-status-live`: three or more parts joined by hyphens, in a
    /// key's letters, opening as some message key does.
    fn looks_like_a_key(&self, word: &str) -> bool {
        let parts: Vec<&str> = word.split('-').collect();
        parts.len() >= 3
            && parts.iter().all(|p| {
                !p.is_empty()
                    && p.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            })
            && self.key_openings.contains(parts[0])
    }
}

struct Leak {
    page: String,
    what: String,
}

/// Walks every kind of page `client` reaches from the start page, in Welsh.
async fn walk_in_welsh(client: &Client, base: &str, who: &str, unwelsh: &Unwelsh) -> (usize, Vec<Leak>) {
    let mut leaks = Vec::new();
    let mut per_shape: HashMap<String, usize> = HashMap::new();
    let mut seen = BTreeSet::from(["/".to_string()]);
    let mut queue = VecDeque::from(["/".to_string()]);
    let mut visited = 0;
    while let Some(path) = queue.pop_front() {
        let response = client.get(format!("{base}{path}")).send().await.unwrap();
        let status = response.status();
        let html_page = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html"));
        if !html_page {
            continue;
        }
        assert!(
            status.is_success() || status.is_redirection() || status == StatusCode::FORBIDDEN,
            "{who}: {path} answered {status}"
        );
        if !status.is_success() {
            continue;
        }
        visited += 1;
        assert!(visited <= MOST_PAGES, "{who}: more than {MOST_PAGES} pages");
        let html = Html::parse_document(&response.text().await.unwrap());
        let lang = Selector::parse("html").unwrap();
        let page_lang = html.select(&lang).next().and_then(|h| h.value().attr("lang"));
        if page_lang != Some("cy") {
            leaks.push(Leak {
                page: path.clone(),
                what: format!("<html lang> is {page_lang:?}"),
            });
        }
        let text = readable_text(&html);
        for word in text.split(|c: char| c.is_whitespace() || ",.;:()“”\"'".contains(c)) {
            if unwelsh.looks_like_a_key(word) {
                leaks.push(Leak {
                    page: path.clone(),
                    what: format!("a message key “{word}”"),
                });
            }
            if ENGLISH_MONTHS.contains(&word) {
                leaks.push(Leak {
                    page: path.clone(),
                    what: format!("an English month “{word}”"),
                });
            }
        }
        for found in unwelsh.phrases.find_iter(&text) {
            let (phrase, key) = &unwelsh.keys[found.pattern().as_usize()];
            // Only whole words: "Sign in" inside "Signing in" is not the message.
            let before = text[..found.start()].chars().next_back();
            let after = text[found.end()..].chars().next();
            if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
                continue;
            }
            leaks.push(Leak {
                page: path.clone(),
                what: format!("English “{phrase}” ({key})"),
            });
        }
        for link in page_links(&html, base) {
            if seen.contains(&link) {
                continue;
            }
            let count = per_shape.entry(shape(&link)).or_default();
            if *count >= PAGES_PER_SHAPE {
                continue;
            }
            *count += 1;
            seen.insert(link.clone());
            queue.push_back(link);
        }
    }
    (visited, leaks)
}

async fn every_demo_page_reads_in_welsh(backend: Backend) {
    let dir = std::env::temp_dir().join(format!("mc-welsh-{}-{:?}", std::process::id(), backend));
    std::fs::create_dir_all(&dir).unwrap();
    let url = match backend {
        Backend::Sqlite => format!("sqlite://{}", dir.join("welsh.db").display()),
        Backend::Postgres => fresh(backend).await.unwrap().url.clone(),
    };
    // The demo is loaded before the service answers: on PostgreSQL that takes a while.
    let (_served, base) = start("demo", &url, &dir, &[("DEMO_PASSWORD", DEMO_PASSWORD)]);
    app::outbound::install_tls_provider();
    let probe = client();
    for _ in 0..600 {
        if probe.get(format!("{base}/healthz")).send().await.is_ok() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    wait_until_up(&probe, &base).await;

    let unwelsh = Unwelsh::new();

    let emails = demo_emails(&probe, &base).await;
    assert!(emails.len() >= 5, "the demo's people on the start page: {emails:?}");
    let mut leaks = Vec::new();
    let mut pages = 0;
    for who in std::iter::once(None).chain(emails.iter().map(Some)) {
        let browser = client();
        let name = who.map_or("a visitor".to_string(), |e| e.to_string());
        if let Some(email) = who {
            let token = csrf_token(&browser, &format!("{base}/sign-in")).await;
            let signed_in = browser
                .post(format!("{base}/sign-in"))
                .form(&[
                    ("csrf_token", token.as_str()),
                    ("email", email),
                    ("password", DEMO_PASSWORD),
                ])
                .send()
                .await
                .unwrap();
            assert_eq!(signed_in.status(), StatusCode::SEE_OTHER, "{email} signs in");
        }
        let chosen = browser
            .get(format!("{base}/language/cy?return_to=/"))
            .send()
            .await
            .unwrap();
        assert_eq!(chosen.status(), StatusCode::SEE_OTHER);
        let (visited, found) = walk_in_welsh(&browser, &base, &name, &unwelsh).await;
        pages += visited;
        leaks.extend(found.into_iter().map(|l| format!("{name} {}: {}", l.page, l.what)));
    }
    eprintln!(
        "{backend:?}: {pages} pages read in Welsh by {} people and a visitor",
        emails.len()
    );
    assert!(pages > 100, "the walk read only {pages} pages");
    leaks.sort();
    leaks.dedup();
    assert!(
        leaks.is_empty(),
        "{} English leaks in Welsh pages:\n{}",
        leaks.len(),
        leaks.join("\n")
    );
    let _ = std::fs::remove_dir_all(&dir);
}

store::on_both!(every_demo_page_reads_in_welsh);
