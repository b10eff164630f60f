//! Tests of the rules of opportunities, across their modules.

use super::*;
use chrono::TimeZone;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
}

#[test]
fn lifecycle_allows_only_its_steps() {
    assert_eq!(next_status(Status::Draft, Event::Publish), Ok(Status::Live));
    assert_eq!(next_status(Status::Live, Event::Close), Ok(Status::Closed));
    assert_eq!(next_status(Status::Live, Event::Withdraw), Ok(Status::Withdrawn));
    assert_eq!(next_status(Status::Closed, Event::Award), Ok(Status::Awarded));
    assert_eq!(
        next_status(Status::Closed, Event::NoneSuitable),
        Ok(Status::Unsuccessful)
    );
    assert_eq!(next_status(Status::Closed, Event::Cancel), Ok(Status::Cancelled));
    assert!(next_status(Status::Live, Event::Award).is_err());
    assert!(next_status(Status::Awarded, Event::Award).is_err());
    assert!(next_status(Status::Draft, Event::Close).is_err());
    assert!(next_status(Status::Closed, Event::Withdraw).is_err());
    assert_eq!(
        next_status(Status::Awarded, Event::Cancel).unwrap_err().key(),
        "error-opportunity-ended"
    );
}

#[test]
fn words_are_counted_as_dos_counts_them() {
    assert_eq!(word_count("  one two\nthree\tfour "), 4);
    let fifty = vec!["word"; 50].join(" ");
    assert!(words(&fifty, 50).is_ok());
    assert_eq!(words(&format!("{fifty} more"), 50), Err("error-too-many-words"));
    assert_eq!(words("  ", 50), Err("error-required"));
}

#[test]
fn criteria_are_one_a_line_within_limits() {
    assert_eq!(
        parse_criteria("Has run research\n\n  Knows GOV.UK patterns  \n", true).unwrap(),
        vec!["Has run research", "Knows GOV.UK patterns"]
    );
    assert_eq!(parse_criteria("", true), Err("error-criteria-required"));
    assert_eq!(parse_criteria("", false), Ok(vec![]));
    let many = (0..21).map(|i| format!("criterion {i}")).collect::<Vec<_>>().join("\n");
    assert_eq!(parse_criteria(&many, true), Err("error-criteria-too-many"));
    assert_eq!(parse_criteria(&"x".repeat(301), true), Err("error-criterion-too-long"));
    assert_eq!(
        parse_criteria(&vec!["w"; 31].join(" "), true),
        Err("error-criterion-too-many-words")
    );
    assert!(parse_criteria(&"x".repeat(300), true).is_ok());
}

#[test]
fn about_uses_the_word_limit_of_the_kind() {
    let work = vec!["w"; 150].join(" ");
    let input = AboutInput {
        kind: "specialist".into(),
        title: "User researcher for bin collections".into(),
        summary: "Research with residents".into(),
        background: "New service".into(),
        work: work.clone(),
    };
    let mut brief = Brief::default();
    let errors = validate_about(&input, &mut brief).unwrap_err();
    assert_eq!(errors.0[0].field, "work");
    let outcome = AboutInput {
        kind: "outcome".into(),
        ..input
    };
    validate_about(&outcome, &mut brief).unwrap();
    assert_eq!(brief.kind, Some(Kind::Outcome));
    assert!(brief.is_complete(Section::About));
    assert!(brief.is_complete(Section::RoleAndService), "an outcome needs no role");
}

#[test]
fn title_has_its_own_messages() {
    let mut brief = Brief::default();
    let input = AboutInput {
        kind: "specialist".into(),
        title: "t".repeat(101),
        summary: "s".into(),
        background: "b".into(),
        work: "w".into(),
    };
    assert_eq!(
        validate_about(&input, &mut brief).unwrap_err().0[0].key,
        "error-title-too-long"
    );
    assert_eq!(brief, Brief::default(), "nothing is kept from an invalid page");
}

#[test]
fn specialist_needs_a_role() {
    let mut brief = Brief {
        kind: Some(Kind::Specialist),
        ..Brief::default()
    };
    assert!(validate_role_and_service(None, None, Some(4), &mut brief).is_err());
    validate_role_and_service(Some(2), None, None, &mut brief).unwrap();
    assert_eq!(brief.role_id, Some(2));
}

#[test]
fn the_level_asked_for_is_a_band_of_the_role() {
    let mut brief = Brief {
        kind: Some(Kind::Outcome),
        ..Brief::default()
    };
    for (role, band, error) in [
        (Some(2), Some(0), "error-opportunity-band"),
        (Some(2), Some(9), "error-opportunity-band"),
        (None, Some(5), "error-opportunity-band-without-role"),
    ] {
        let e = validate_role_and_service(role, band, None, &mut brief).unwrap_err();
        assert_eq!(e.0[0].key, error, "{role:?} {band:?}");
    }
    validate_role_and_service(Some(2), Some(5), Some(4), &mut brief).unwrap();
    assert_eq!((brief.role_id, brief.band, brief.lgsl_id), (Some(2), Some(5), Some(4)));
}

#[test]
fn on_site_work_needs_a_region() {
    let mut brief = Brief::default();
    let mut input = LocationInput {
        region: "".into(),
        work_mode: "on_site".into(),
        arrangements: "Two days a week in Leeds".into(),
        security_clearance: "".into(),
    };
    assert_eq!(
        validate_location(&input, &mut brief).unwrap_err().0[0].key,
        "error-region-required-on-site"
    );
    input.region = "Atlantis".into();
    assert_eq!(
        validate_location(&input, &mut brief).unwrap_err().0[0].key,
        "error-region"
    );
    input.region = "Yorkshire and The Humber".into();
    validate_location(&input, &mut brief).unwrap();
    input.region = "".into();
    input.work_mode = "remote".into();
    validate_location(&input, &mut brief).unwrap();
    assert_eq!(brief.region, None);
}

#[test]
fn hours_and_budget_are_checked() {
    let today = date(2026, 11, 27);
    let mut brief = Brief::default();
    let mut input = HoursInput {
        hours: "37.5".into(),
        max_rate: "55".into(),
        earliest_start: "2027-01-04".into(),
        latest_end: "2027-03-26".into(),
    };
    validate_hours(&input, today, &mut brief).unwrap();
    assert_eq!(brief.minutes, Some(2250));
    assert_eq!(brief.max_rate_pence, Some(5500));
    input.hours = "0".into();
    input.latest_end = "2027-01-01".into();
    let e = validate_hours(&input, today, &mut brief).unwrap_err();
    let keys: Vec<_> = e.0.iter().map(|f| (f.field.as_str(), f.key)).collect();
    assert_eq!(
        keys,
        vec![("hours", "error-hours-positive"), ("latest_end", "error-date-order")]
    );
    input.hours = "2000.25".into();
    input.latest_end = "2027-03-26".into();
    assert_eq!(
        validate_hours(&input, today, &mut brief).unwrap_err().0[0].key,
        "error-estimated-hours-range"
    );
}

#[test]
fn weightings_follow_dos_and_sum_to_100() {
    let mut brief = Brief::default();
    let mut input = EvaluationInput {
        technical_weight: "60".into(),
        cultural_weight: "20".into(),
        price_weight: "20".into(),
        evaluate_count: "3".into(),
    };
    validate_evaluation(&input, &mut brief).unwrap();
    input.price_weight = "25".into();
    assert_eq!(
        validate_evaluation(&input, &mut brief).unwrap_err().0[0].key,
        "error-weights-total"
    );
    input.technical_weight = "76".into();
    input.cultural_weight = "4".into();
    input.price_weight = "20".into();
    let keys: Vec<_> = validate_evaluation(&input, &mut brief)
        .unwrap_err()
        .0
        .iter()
        .map(|f| f.key)
        .collect();
    assert_eq!(keys, vec!["error-technical-weight", "error-cultural-weight"]);
    input.technical_weight = "75".into();
    input.cultural_weight = "5".into();
    input.evaluate_count = "2".into();
    assert_eq!(
        validate_evaluation(&input, &mut brief).unwrap_err().0[0].key,
        "error-evaluate-count"
    );
}

#[test]
fn timing_is_in_london_time_and_in_order() {
    let now = at(2026, 11, 27, 10);
    let mut brief = Brief::default();
    let mut input = TimingInput {
        questions_deadline: "2026-12-04".into(),
        closing_date: "2026-12-11".into(),
        closing_time: "12:00".into(),
        visibility: "public".into(),
        audience: "all".into(),
    };
    validate_timing(&input, now, &mut brief).unwrap();
    assert_eq!(brief.closes_at, Some(at(2026, 12, 11, 12)), "GMT in December");
    assert_eq!(
        brief.questions_deadline,
        Some(Utc.with_ymd_and_hms(2026, 12, 4, 23, 59, 0).unwrap())
    );
    input.questions_deadline = "2026-12-12".into();
    assert_eq!(
        validate_timing(&input, now, &mut brief).unwrap_err().0[0].key,
        "error-questions-after-closing"
    );
    input.closing_date = "2026-11-26".into();
    assert_eq!(
        validate_timing(&input, now, &mut brief).unwrap_err().0[0].key,
        "error-closing-past"
    );
    // Questions on the closing day stop at the closing time.
    input.questions_deadline = "2026-12-11".into();
    input.closing_date = "2026-12-11".into();
    validate_timing(&input, now, &mut brief).unwrap();
    assert_eq!(brief.questions_deadline, brief.closes_at);
    // British Summer Time: noon in London is 11:00 UTC.
    input.questions_deadline = "2027-06-01".into();
    input.closing_date = "2027-06-10".into();
    validate_timing(&input, now, &mut brief).unwrap();
    assert_eq!(brief.closes_at, Some(at(2027, 6, 10, 11)));
    // The hour the clocks go forward does not exist.
    input.questions_deadline = "2027-03-20".into();
    input.closing_date = "2027-03-28".into();
    input.closing_time = "01:30".into();
    assert_eq!(
        validate_timing(&input, now, &mut brief).unwrap_err().0[0].key,
        "error-time-format"
    );
}

fn complete_brief(now: DateTime<Utc>) -> Brief {
    Brief {
        kind: Some(Kind::Specialist),
        title: Some("t".into()),
        summary: Some("s".into()),
        background: Some("b".into()),
        work: Some("w".into()),
        role_id: Some(1),
        work_mode: Some(WorkMode::Remote),
        arrangements: Some("a".into()),
        minutes: Some(600),
        max_rate_pence: Some(5000),
        earliest_start: Some(date(2027, 1, 4)),
        latest_end: Some(date(2027, 2, 26)),
        essential: vec!["e".into()],
        technical_weight: Some(60),
        cultural_weight: Some(20),
        price_weight: Some(20),
        evaluate_count: Some(3),
        questions_deadline: Some(now + chrono::Duration::days(5)),
        closes_at: Some(now + chrono::Duration::days(10)),
        visibility: Some(Visibility::Public),
        audience: Some(Audience::All),
        ..Brief::default()
    }
}

#[test]
fn publishing_needs_every_section_and_times_ahead() {
    let now = at(2026, 11, 27, 10);
    let brief = complete_brief(now);
    assert!(check_publishable(&brief, now, 0).is_ok());
    let empty = check_publishable(&Brief::default(), now, 0).unwrap_err();
    assert_eq!(empty.0.len(), SECTIONS.len());
    let later = now + chrono::Duration::days(6);
    assert_eq!(
        check_publishable(&brief, later, 0).unwrap_err().0[0].key,
        "error-timing-passed"
    );
    let invited = Brief {
        audience: Some(Audience::Invited),
        ..brief
    };
    assert_eq!(
        check_publishable(&invited, now, 0).unwrap_err().0[0].key,
        "error-invited-none"
    );
    assert!(check_publishable(&invited, now, 2).is_ok());
}

#[test]
fn closing_time_only_moves_later() {
    let now = at(2026, 12, 11, 12);
    assert!(check_extension(now, now + chrono::Duration::hours(1)).is_ok());
    assert_eq!(check_extension(now, now), Err("error-closing-not-later"));
    assert_eq!(
        check_extension(now, now - chrono::Duration::hours(1)),
        Err("error-closing-not-later")
    );
}

#[test]
fn applications_need_evidence_for_every_essential_and_a_rate_within_the_maximum() {
    let today = date(2026, 11, 27);
    let mut input = ApplicationInput {
        essential: vec![(1, "I ran 40 interviews".into()), (2, "".into())],
        nice: vec![(3, "".into()), (4, "Yes, twice".into())],
        rate: "60".into(),
        earliest_start: "2027-01-04".into(),
    };
    let e = validate_application(&input, 5500, today).unwrap_err();
    let keys: Vec<_> = e.0.iter().map(|f| (f.field.as_str(), f.key)).collect();
    assert_eq!(
        keys,
        vec![
            ("evidence-2", "error-evidence-required"),
            ("rate", "error-rate-above-maximum")
        ]
    );
    input.essential[1].1 = "Built the form".into();
    input.rate = "55".into();
    let ok = validate_application(&input, 5500, today).unwrap();
    assert_eq!(ok.rate_pence, 5500);
    assert_eq!(ok.evidence.iter().map(|(id, _)| *id).collect::<Vec<_>>(), vec![1, 2, 4]);
    input.nice[0].1 = vec!["w"; 101].join(" ");
    assert_eq!(
        validate_application(&input, 5500, today).unwrap_err().0[0].field,
        "evidence-3"
    );
}

#[test]
fn scores_are_0_to_3() {
    assert_eq!(parse_score(""), Ok(None));
    assert_eq!(parse_score("3"), Ok(Some(3)));
    assert_eq!(parse_score("4"), Err("error-score"));
    assert_eq!(parse_score("-1"), Err("error-score"));
}

#[test]
fn ranking_weights_technical_cultural_and_price() {
    let weights = Weights {
        technical: 60,
        cultural: 20,
        price: 20,
    };
    let cards = vec![
        // All 3s at the higher rate.
        Scorecard {
            application_id: 1,
            criteria: vec![Some(3), Some(3)],
            cultural: Some(3),
            rate_pence: 6000,
        },
        // 2s at the lowest rate.
        Scorecard {
            application_id: 2,
            criteria: vec![Some(2), Some(2)],
            cultural: Some(2),
            rate_pence: 4000,
        },
        // Not fully scored: ranks last whatever its numbers.
        Scorecard {
            application_id: 3,
            criteria: vec![Some(3), None],
            cultural: Some(3),
            rate_pence: 4000,
        },
    ];
    let r = rank(&cards, weights);
    assert_eq!(r.iter().map(|x| x.application_id).collect::<Vec<_>>(), vec![1, 2, 3]);
    // 1: technical 100%, cultural 100%, price 4000/6000 = 66.66% → 60 + 20 + 13.332.
    assert_eq!(
        (r[0].technical_bp, r[0].cultural_bp, r[0].price_bp),
        (10_000, 10_000, 6_666)
    );
    assert_eq!(r[0].total_bp, 9_333);
    // 2: technical 66.66%, cultural 66.66%, price 100% → 39.996 + 13.332 + 20, rounded down at each step.
    assert_eq!(r[1].total_bp, 7_332);
    assert!(!r[2].complete);
}

#[test]
fn ties_go_to_the_lower_rate_then_the_earlier_application() {
    let weights = Weights {
        technical: 75,
        cultural: 5,
        price: 20,
    };
    let card = |id, rate| Scorecard {
        application_id: id,
        criteria: vec![Some(2)],
        cultural: Some(2),
        rate_pence: rate,
    };
    let r = rank(&[card(5, 5000), card(4, 5000), card(6, 5000)], weights);
    assert_eq!(r.iter().map(|x| x.application_id).collect::<Vec<_>>(), vec![4, 5, 6]);
    assert_eq!(rank(&[], weights), vec![]);
}

#[test]
fn a_specialist_is_awarded_to_one() {
    assert!(check_award_count(Kind::Specialist, 1).is_ok());
    assert_eq!(check_award_count(Kind::Specialist, 2), Err("error-award-one-only"));
    assert!(check_award_count(Kind::Outcome, 3).is_ok());
    assert_eq!(check_award_count(Kind::Outcome, 0), Err("error-award-none"));
}

#[test]
fn alerts_match_every_filter_they_set() {
    let alert = Alert {
        words: search_words("Research, bins!"),
        region: Some("North West".into()),
        ..Alert::default()
    };
    assert_eq!(alert.words, vec!["research", "bins"]);
    let mut subject = AlertSubject {
        text: "User Research for bins collection",
        kind: Some(Kind::Specialist),
        region: Some("London"),
        ..AlertSubject::default()
    };
    assert!(!alert_matches(&alert, &subject), "wrong region, not remote");
    subject.remote = true;
    assert!(alert_matches(&alert, &subject));
    let by_role = Alert {
        role_id: Some(3),
        ..Alert::default()
    };
    assert!(!alert_matches(&by_role, &subject));
    subject.role_id = Some(3);
    assert!(alert_matches(&by_role, &subject));
    assert!(alert_matches(&Alert::default(), &subject), "an empty alert matches all");
}
