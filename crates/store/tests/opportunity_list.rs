//! The public opportunity list on both backends: its order (live first, then newest),
//! keyset pages forwards and back with nothing skipped or repeated, the bounded count,
//! word search by either route (few matches and many), every filter, and the
//! applications count kept on the row.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use store::bench_data::{insert_opportunities, PublishedOpportunity};
use store::opportunity_list::{list_published, Cursor, Filter, Page, Position, COUNT_BOUND, PAGE_SIZE};
use store::testing::{execute_raw, fresh};
use store::{organisations, users, Backend, Db};

fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 5, 9, 0, 0).unwrap()
}

/// Opportunity `i`: one in ten live; words "garden" on every third, "library" on every
/// 700th, "remote" work on every fourth; roles and services cycle. Published an hour apart,
/// with several at the very same instant so that ties on time are broken by id.
fn opportunity(i: usize, org_id: i64, by: i64, roles: &[i64]) -> PublishedOpportunity {
    let statuses = ["closed", "awarded", "unsuccessful", "cancelled"];
    let status = if i.is_multiple_of(10) { "live" } else { statuses[i % 4] };
    let mut words = vec![format!("Opportunity {i}")];
    if i.is_multiple_of(3) {
        words.push("garden waste".into());
    }
    if i.is_multiple_of(700) {
        words.push("library renewals".into());
    }
    PublishedOpportunity {
        org_id,
        created_by: by,
        status,
        kind: if i.is_multiple_of(2) { "specialist" } else { "outcome" },
        title: words.join(" "),
        summary: "A piece of work for a council".into(),
        background: String::new(),
        work: if i.is_multiple_of(5) {
            "Interviews with residents".into()
        } else {
            String::new()
        },
        role_id: Some(roles[i % 3]),
        lgsl_id: None,
        region: Some(if i.is_multiple_of(2) { "London" } else { "Wales" }.into()),
        work_mode: if i.is_multiple_of(4) { "remote" } else { "on_site" },
        minutes: 600,
        max_rate_pence: 4000 + (i % 5) as i64 * 1000,
        published_at: start() + Duration::hours((i / 3) as i64),
        closes_at: start() + Duration::days(30),
        signed_in_only: i.is_multiple_of(9),
    }
}

struct Listing {
    db: Db,
    /// Every opportunity made, in the order made.
    made: Vec<PublishedOpportunity>,
    /// The three roles the opportunities cycle through.
    roles: Vec<i64>,
    _t: store::testing::TestDb,
}

async fn listing(backend: Backend, n: usize) -> Listing {
    let t = fresh(backend).await.unwrap();
    let db = t.db.clone();
    let org = organisations::find_by_code(&db, "LDS").await.unwrap().unwrap();
    let by = users::create(
        &db,
        &users::NewUser {
            email: "buyer@leeds.gov.uk",
            display_name: "Buyer",
            password_hash: "x",
            platform_admin: false,
        },
        Utc::now(),
    )
    .await
    .unwrap();
    let roles: Vec<i64> = store::reference::roles(&db)
        .await
        .unwrap()
        .iter()
        .take(3)
        .map(|r| r.id)
        .collect();
    let made: Vec<_> = (0..n).map(|i| opportunity(i, org.id, by, &roles)).collect();
    assert_eq!(insert_opportunities(&db, &made).await.unwrap(), n as u64);
    Listing { db, made, roles, _t: t }
}

/// Walks every page forwards, then back from the last, checking both give one order.
async fn walk(db: &Db, f: &Filter) -> Vec<i64> {
    let mut pages: Vec<Page> = vec![list_published(db, f, Position::First).await.unwrap()];
    assert!(pages[0].previous.is_none());
    while let Some(next) = pages.last().unwrap().next {
        let page = list_published(db, f, Position::After(next)).await.unwrap();
        assert!(page.previous.is_some());
        assert!(!page.rows.is_empty());
        assert_eq!(page.count, pages[0].count, "every page counts the same matches");
        pages.push(page);
    }
    for page in &pages[..pages.len() - 1] {
        assert_eq!(page.rows.len() as i64, PAGE_SIZE);
    }
    let forwards: Vec<i64> = pages.iter().flat_map(|p| p.rows.iter().map(|r| r.id)).collect();
    // Back from the last page, a page at a time.
    let mut backwards: Vec<Vec<i64>> = vec![pages.last().unwrap().rows.iter().map(|r| r.id).collect()];
    let mut previous = pages.last().unwrap().previous;
    while let Some(before) = previous {
        let page = list_published(db, f, Position::Before(before)).await.unwrap();
        assert_eq!(page.count, pages[0].count, "every page counts the same matches");
        backwards.push(page.rows.iter().map(|r| r.id).collect());
        previous = page.previous;
    }
    backwards.reverse();
    assert_eq!(backwards.concat(), forwards, "back and forth give one order");
    // A place past the end (a cursor from a list that has since changed) shows no row
    // and still counts the matches.
    if let Some(last) = pages.last().unwrap().rows.last() {
        let beyond = list_published(db, f, Position::After(Cursor::of(last))).await.unwrap();
        assert!(beyond.rows.is_empty() && beyond.next.is_none());
        assert_eq!(beyond.count, pages[0].count);
    }
    forwards
}

/// What the list should show, worked out from the rows made.
fn expected(l: &Listing, keep: impl Fn(&PublishedOpportunity) -> bool) -> Vec<i64> {
    let mut rows: Vec<(bool, DateTime<Utc>, i64)> = l
        .made
        .iter()
        .enumerate()
        .filter(|(_, o)| keep(o))
        .map(|(i, o)| (o.status == "live", o.published_at, i as i64 + 1))
        .collect();
    rows.sort_by(|a, b| b.cmp(a));
    rows.into_iter().map(|(_, _, id)| id).collect()
}

async fn live_first_then_newest_page_by_page(backend: Backend) {
    let l = listing(backend, 230).await;
    let public = Filter::default();
    assert_eq!(walk(&l.db, &public).await, expected(&l, |o| !o.signed_in_only));
    let signed_in = Filter {
        signed_in: true,
        ..Filter::default()
    };
    assert_eq!(walk(&l.db, &signed_in).await, expected(&l, |_| true));
    let page = list_published(&l.db, &public, Position::First).await.unwrap();
    let first = &page.rows[0];
    assert_eq!(first.status, domain::opportunities::Status::Live);
    assert_eq!(first.org_name, "Leeds City Council");
    assert!(first.role_name.is_some());
}

/// Which opportunities a filter should keep.
type Keep = Box<dyn Fn(&PublishedOpportunity) -> bool>;

async fn every_filter(backend: Backend) {
    let l = listing(backend, 230).await;
    let with = |f: Filter| Filter { signed_in: true, ..f };
    let (first, second) = (l.roles[0], l.roles[1]);
    let cases: Vec<(Filter, Keep)> = vec![
        (
            with(Filter {
                status: Some(domain::opportunities::Status::Live),
                ..Filter::default()
            }),
            Box::new(|o| o.status == "live"),
        ),
        (
            with(Filter {
                status: Some(domain::opportunities::Status::Awarded),
                ..Filter::default()
            }),
            Box::new(|o| o.status == "awarded"),
        ),
        (
            with(Filter {
                kind: Some("outcome".into()),
                ..Filter::default()
            }),
            Box::new(|o| o.kind == "outcome"),
        ),
        (
            with(Filter {
                role_id: Some(second),
                ..Filter::default()
            }),
            Box::new(move |o| o.role_id == Some(second)),
        ),
        (
            with(Filter {
                remote_only: true,
                ..Filter::default()
            }),
            Box::new(|o| o.work_mode == "remote"),
        ),
        (
            with(Filter {
                region: Some("Wales".into()),
                ..Filter::default()
            }),
            Box::new(|o| o.region.as_deref() == Some("Wales") || o.work_mode == "remote"),
        ),
        (
            with(Filter {
                min_rate_pence: Some(7000),
                ..Filter::default()
            }),
            Box::new(|o| o.max_rate_pence >= 7000),
        ),
        (
            with(Filter {
                role_id: Some(first),
                status: Some(domain::opportunities::Status::Live),
                ..Filter::default()
            }),
            Box::new(move |o| o.role_id == Some(first) && o.status == "live"),
        ),
        (
            with(Filter {
                lgsl_id: Some(-1),
                ..Filter::default()
            }),
            Box::new(|_| false),
        ),
    ];
    for (filter, keep) in cases {
        let want = expected(&l, keep);
        assert!(
            filter.lgsl_id.is_some() || !want.is_empty(),
            "{filter:?} finds something"
        );
        assert_eq!(walk(&l.db, &filter).await, want, "{filter:?}");
        let page = list_published(&l.db, &filter, Position::First).await.unwrap();
        assert_eq!(
            (page.count.count, page.count.more),
            (want.len() as i64, false),
            "{filter:?}"
        );
    }
}

async fn words_by_either_route(backend: Backend) {
    // 2,101 opportunities: "garden" is in 701 of them (more than the count's bound), "opportunity" in every one (more
    // than the few-matches limit, so the list is read in order), "library" in four.
    let l = listing(backend, 2101).await;
    let words = |w: &str| Filter {
        words: vec![w.into()],
        signed_in: true,
        ..Filter::default()
    };
    let library = walk(&l.db, &words("library")).await;
    assert_eq!(library, expected(&l, |o| o.title.contains("library")));
    assert_eq!(library.len(), 4);
    // Stemmed: "renewal" finds "renewals"; every word must be there.
    assert_eq!(walk(&l.db, &words("renewal")).await, library);
    let both = Filter {
        words: vec!["library".into(), "garden".into()],
        signed_in: true,
        ..Filter::default()
    };
    assert_eq!(
        walk(&l.db, &both).await,
        expected(&l, |o| o.title.contains("library") && o.title.contains("garden"))
    );
    let garden = list_published(&l.db, &words("gardens"), Position::First).await.unwrap();
    // 701 match: more than the count goes to.
    assert_eq!((garden.count.count, garden.count.more), (COUNT_BOUND, true));
    assert_eq!(
        garden.rows.iter().map(|r| r.id).collect::<Vec<_>>(),
        expected(&l, |o| o.title.contains("garden"))[..PAGE_SIZE as usize]
    );
    // Words in the work description count too.
    let interviews = list_published(&l.db, &words("interview"), Position::First)
        .await
        .unwrap();
    assert_eq!(interviews.count.count, 421);
    let every = words("opportunity");
    let first = list_published(&l.db, &every, Position::First).await.unwrap();
    assert_eq!((first.count.count, first.count.more), (COUNT_BOUND, true));
    let want = expected(&l, |_| true);
    assert_eq!(
        first.rows.iter().map(|r| r.id).collect::<Vec<_>>(),
        want[..PAGE_SIZE as usize]
    );
    let second = list_published(&l.db, &every, Position::After(first.next.unwrap()))
        .await
        .unwrap();
    assert_eq!(
        second.rows.iter().map(|r| r.id).collect::<Vec<_>>(),
        want[PAGE_SIZE as usize..2 * PAGE_SIZE as usize]
    );
    let none = list_published(&l.db, &words("zeppelin"), Position::First)
        .await
        .unwrap();
    assert!(none.rows.is_empty() && none.next.is_none() && none.count.count == 0);

    // Not signed in: only what is shown to everyone (on SQLite the full-text index holds
    // who may see each opportunity).
    let public = Filter {
        words: vec!["garden".into()],
        ..Filter::default()
    };
    assert_eq!(
        walk(&l.db, &public).await,
        expected(&l, |o| o.title.contains("garden") && !o.signed_in_only)
    );
    // Words with other filters: few matches (read through the full-text index) and many
    // (the list's indexes read in order), with a filter that picks few rows and one that
    // does not.
    let with = |w: &str, f: Filter| Filter {
        words: vec![w.into()],
        ..f
    };
    let cases: Vec<(Filter, Keep)> = vec![
        (
            with(
                "library",
                Filter {
                    kind: Some("specialist".into()),
                    signed_in: true,
                    ..Filter::default()
                },
            ),
            Box::new(|o| o.title.contains("library") && o.kind == "specialist"),
        ),
        (
            with(
                "garden",
                Filter {
                    role_id: Some(l.roles[0]),
                    ..Filter::default()
                },
            ),
            {
                let role = l.roles[0];
                Box::new(move |o| o.title.contains("garden") && o.role_id == Some(role) && !o.signed_in_only)
            },
        ),
        (
            with(
                "opportunity",
                Filter {
                    kind: Some("outcome".into()),
                    ..Filter::default()
                },
            ),
            Box::new(|o| o.kind == "outcome" && !o.signed_in_only),
        ),
        (
            with(
                "opportunity",
                Filter {
                    status: Some(domain::opportunities::Status::Live),
                    signed_in: true,
                    ..Filter::default()
                },
            ),
            Box::new(|o| o.status == "live"),
        ),
    ];
    for (filter, keep) in cases {
        let want = expected(&l, keep);
        let got = walk(&l.db, &filter).await;
        assert_eq!(got, want, "{filter:?}");
        let first = list_published(&l.db, &filter, Position::First).await.unwrap();
        assert_eq!(
            (first.count.count, first.count.more),
            (
                want.len().min(COUNT_BOUND as usize) as i64,
                want.len() > COUNT_BOUND as usize
            ),
            "{filter:?}"
        );
    }
}

async fn applications_are_counted_on_the_row(backend: Backend) {
    let l = listing(backend, 3).await;
    let applicant = users::create(
        &l.db,
        &users::NewUser {
            email: "applicant@wokingham.gov.uk",
            display_name: "Applicant",
            password_hash: "x",
            platform_admin: false,
        },
        Utc::now(),
    )
    .await
    .unwrap();
    let org = organisations::find_by_code(&l.db, "WOK").await.unwrap().unwrap();
    let start = NaiveDate::from_ymd_opt(2026, 2, 1).unwrap();
    let apply = |opportunity: i64, applicant: i64, status: &str| {
        format!(
            "INSERT INTO applications (opportunity_id, org_id, applicant_id, team, status, rate_pence, earliest_start,
                 submitted_at) VALUES ({opportunity}, {}, {applicant}, FALSE, '{status}', 5000, '{start}', '2026-01-10T09:00:00Z')",
            org.id
        )
    };
    execute_raw(&l.db, &apply(1, applicant, "submitted")).await.unwrap();
    execute_raw(&l.db, &apply(1, 1, "withdrawn")).await.unwrap();
    execute_raw(&l.db, &apply(2, applicant, "submitted")).await.unwrap();
    let counts = |db: Db| async move {
        let page = list_published(
            &db,
            &Filter {
                signed_in: true,
                ..Filter::default()
            },
            Position::First,
        )
        .await
        .unwrap();
        let mut c: Vec<(i64, i64)> = page.rows.iter().map(|r| (r.id, r.applications)).collect();
        c.sort();
        c
    };
    assert_eq!(counts(l.db.clone()).await, [(1, 1), (2, 1), (3, 0)]);
    execute_raw(
        &l.db,
        "UPDATE applications SET status = 'withdrawn' WHERE opportunity_id = 2",
    )
    .await
    .unwrap();
    execute_raw(
        &l.db,
        "UPDATE applications SET status = 'submitted' WHERE opportunity_id = 1",
    )
    .await
    .unwrap();
    assert_eq!(counts(l.db.clone()).await, [(1, 2), (2, 0), (3, 0)]);
    execute_raw(
        &l.db,
        "UPDATE applications SET status = 'awarded' WHERE opportunity_id = 1 AND applicant_id = 1",
    )
    .await
    .unwrap();
    execute_raw(
        &l.db,
        "DELETE FROM applications WHERE opportunity_id = 1 AND applicant_id = 1",
    )
    .await
    .unwrap();
    assert_eq!(counts(l.db.clone()).await, [(1, 1), (2, 0), (3, 0)]);
    let o = store::opportunities::find(&l.db, 1).await.unwrap().unwrap();
    assert_eq!(o.applications, 1);
}

/// The full-text index follows each change that moves an opportunity in the list or
/// changes who may find it: new words, closing (live to the rest), who may see it, and
/// withdrawal (off the list).
async fn words_follow_changes(backend: Backend) {
    let mut l = listing(backend, 60).await;
    let signed_in = |w: &str| Filter {
        words: vec![w.into()],
        signed_in: true,
        ..Filter::default()
    };
    let found = |db: Db, f: Filter| async move {
        let page = list_published(&db, &f, Position::First).await.unwrap();
        page.rows.iter().map(|r| r.id).collect::<Vec<_>>()
    };
    // Opportunity 1 (made first) is live and public.
    let mut tx = l.db.begin().await.unwrap();
    store::opportunities::correct_summary(&mut tx, 1, "A moorland survey", start())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(found(l.db.clone(), signed_in("moorland")).await, [1]);
    assert!(
        !walk(&l.db, &signed_in("piece")).await.contains(&1),
        "the old words are gone"
    );

    let mut tx = l.db.begin().await.unwrap();
    assert!(
        store::opportunities::transition(&mut tx, 1, "live", "closed", None, None, start())
            .await
            .unwrap()
    );
    tx.commit().await.unwrap();
    l.made[0].status = "closed";
    assert_eq!(
        walk(&l.db, &signed_in("garden")).await,
        expected(&l, |o| o.title.contains("garden")),
        "closed: among the rest, still found"
    );

    execute_raw(&l.db, "UPDATE opportunities SET visibility = 'signed_in' WHERE id = 1")
        .await
        .unwrap();
    let public = Filter {
        words: vec!["moorland".into()],
        ..Filter::default()
    };
    assert!(found(l.db.clone(), public).await.is_empty(), "signed-in people only");
    assert_eq!(found(l.db.clone(), signed_in("moorland")).await, [1]);

    let mut tx = l.db.begin().await.unwrap();
    assert!(
        store::opportunities::transition(&mut tx, 1, "closed", "withdrawn", None, None, start())
            .await
            .unwrap()
    );
    tx.commit().await.unwrap();
    assert!(
        found(l.db.clone(), signed_in("moorland")).await.is_empty(),
        "withdrawn: off the list"
    );
}

/// Welsh letters are optional in a search, either way round: "Sian" finds "Siân", "Llŷr"
/// finds "Llyr", "dwr" finds "Dŵr".
/// The first page of the opportunities a signed-in person finds by `words`.
async fn found_by(db: &Db, words: &str) -> Vec<i64> {
    let filter = Filter {
        words: words.split(' ').map(String::from).collect(),
        signed_in: true,
        ..Filter::default()
    };
    let page = list_published(db, &filter, Position::First).await.unwrap();
    page.rows.iter().map(|r| r.id).collect()
}

async fn accents_are_optional(backend: Backend) {
    let l = listing(backend, 30).await;
    let mut tx = l.db.begin().await.unwrap();
    store::opportunities::correct_summary(&mut tx, 1, "Gwasanaeth Dŵr Cymru with Siân Llŷr", start())
        .await
        .unwrap();
    store::opportunities::correct_summary(&mut tx, 11, "Sian and Llyr review the water service", start())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let found = |w: &'static str| {
        let db = l.db.clone();
        async move {
            let mut ids = found_by(&db, w).await;
            ids.sort();
            ids
        }
    };
    for asked in ["Sian", "Siân", "SIAN", "Llyr", "Llŷr", "Sian Llyr", "Siân Llŷr"] {
        assert_eq!(found(asked).await, [1, 11], "{asked}");
    }
    for asked in ["dwr", "Dŵr", "DŴR"] {
        assert_eq!(found(asked).await, [1], "{asked}");
    }
    assert!(found("Siôn").await.is_empty(), "another name is not found");
}

/// Welsh words are found as written, not by English stems (domain::full_text); English
/// words still are.
async fn welsh_words_are_not_stemmed_as_english(backend: Backend) {
    let l = listing(backend, 30).await;
    let mut tx = l.db.begin().await.unwrap();
    let welsh = "Mae tynged y gwasanaeth yn bwysig i'r cyngor a'r bobl yng Nghymru";
    store::opportunities::correct_summary(&mut tx, 1, welsh, start())
        .await
        .unwrap();
    store::opportunities::correct_summary(&mut tx, 11, "Walking routes for the residents of the town", start())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(found_by(&l.db, "tynged").await, [1], "a Welsh word as written");
    assert_eq!(found_by(&l.db, "gwasanaeth cyngor").await, [1]);
    assert!(
        found_by(&l.db, "tyng").await.is_empty(),
        "an English stemmer would find tynged by tyng"
    );
    for asked in ["walks", "walked", "walking", "route", "towns"] {
        assert_eq!(
            found_by(&l.db, asked).await,
            [11],
            "English words by their stems: {asked}"
        );
    }
}

store::on_both!(
    live_first_then_newest_page_by_page,
    every_filter,
    words_by_either_route,
    words_follow_changes,
    applications_are_counted_on_the_row,
    accents_are_optional,
    welsh_words_are_not_stemmed_as_english
);
