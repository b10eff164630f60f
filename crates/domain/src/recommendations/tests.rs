use super::*;

fn wanted() -> Wanted {
    Wanted {
        lgsl_id: Some(524),
        role_id: Some(7),
        band: None,
        skill_ids: vec![1, 2, 3],
        minutes: Some(20 * 60),
        max_rate_pence: Some(7_000),
        work_mode: Some(WorkMode::Remote),
        region: Some("Wales".into()),
        weeks: 4,
    }
}

fn nobody(id: i64) -> Candidate {
    Candidate {
        profile_id: id,
        council: "Wokingham Borough Council".into(),
        free_minutes: 4 * 60,
        ..Candidate::default()
    }
}

fn score_of(c: &Candidate) -> i64 {
    score(&wanted(), c).unwrap().score
}

#[test]
fn each_factor_adds_its_points() {
    let base = score_of(&nobody(1));
    // Free time: 4 of the 20 hours needed earn 15 × 4 / 20.
    assert_eq!(base, 3);
    let with = |f: fn(&mut Candidate)| {
        let mut c = nobody(1);
        f(&mut c);
        score_of(&c) - base
    };
    assert_eq!(with(|c| c.done_before = vec!["Missed bins".into()]), 40);
    assert_eq!(
        with(|c| c.done_before = vec!["a".into(), "b".into(), "c".into(), "d".into()]),
        50,
        "capped"
    );
    assert_eq!(with(|c| c.worked_on_service = true), 30);
    assert_eq!(
        with(|c| {
            c.worked_on_service = true;
            c.done_before = vec!["a".into()];
        }),
        40,
        "done-before work counts instead of the service alone"
    );
    assert_eq!(with(|c| c.role_level = Some("Senior".into())), 25);
    assert_eq!(with(|c| c.skills = vec!["a".into()]), 6);
    assert_eq!(
        with(|c| c.skills = vec!["a".into(), "b".into(), "c".into(), "d".into()]),
        18,
        "capped"
    );
    assert_eq!(with(|c| c.free_minutes = 40 * 60), 12, "enough free hours earn all 15");
    assert_eq!(with(|c| c.rate_pence = Some(6_500)), 10);
    assert_eq!(with(|c| c.work_mode = Some(WorkMode::Either)), 5);
    assert_eq!(
        with(|c| c.work_mode = Some(WorkMode::OnSite)),
        0,
        "remote work needs someone who works remotely"
    );
    assert_eq!(with(|c| c.ratings = (15, 3)), 10, "three fives");
    assert_eq!(with(|c| c.ratings = (5, 1)), 3, "one five is trusted a third");
    assert_eq!(with(|c| c.ratings = (3, 3)), -10, "three ones");
}

#[test]
fn their_level_counts_against_the_level_asked_for() {
    let asked = Wanted {
        band: Some(5),
        ..wanted()
    };
    let holding = |band: i64| {
        let mut c = nobody(1);
        c.role_level = Some(format!("Band {band}"));
        c.role_band = band;
        c
    };
    let at = |band: i64| score(&asked, &holding(band)).unwrap();
    let base = score(&asked, &nobody(1)).unwrap().score;
    assert_eq!(at(5).score - base, 25 + 10, "the level asked for");
    assert_eq!(at(4).score - base, 25 + 5, "one band below");
    assert_eq!(at(6).score - base, 25 + 5, "one band above");
    assert_eq!(at(3).score - base, 25, "further off earns the role alone");
    assert!(at(5).reasons.contains(&Reason::LevelAsked { exact: true }));
    assert!(at(6).reasons.contains(&Reason::LevelAsked { exact: false }));
    assert!(!at(3).reasons.iter().any(|r| matches!(r, Reason::LevelAsked { .. })));
    // Without a band asked for, or without the role, the level earns nothing.
    let mut senior = nobody(1);
    senior.role_level = Some("Senior".into());
    senior.role_band = 5;
    assert_eq!(score_of(&senior) - score_of(&nobody(1)), 25);
    let no_role = Wanted {
        role_id: None,
        ..asked.clone()
    };
    assert_eq!(
        score(&no_role, &senior).unwrap().score,
        score(&no_role, &nobody(1)).unwrap().score
    );
    // What is counted scores the same as the candidate read in full.
    assert_eq!(points(&asked, &Counted::of(&holding(6))), Some(at(6).score));
}

#[test]
fn those_who_could_not_take_the_work_are_left_out() {
    let mut busy = nobody(1);
    busy.free_minutes = 0;
    assert_eq!(score(&wanted(), &busy), None);
    let mut dear = nobody(2);
    dear.rate_pence = Some(7_001);
    assert_eq!(score(&wanted(), &dear), None);
    dear.rate_pence = Some(7_000);
    assert!(score(&wanted(), &dear).is_some(), "the maximum itself is within it");
}

#[test]
fn work_on_site_fits_someone_on_site_in_its_region() {
    let w = Wanted {
        work_mode: Some(WorkMode::OnSite),
        ..wanted()
    };
    let mut c = nobody(1);
    c.work_mode = Some(WorkMode::OnSite);
    c.region = Some("Wales".into());
    assert!(score(&w, &c).unwrap().reasons.contains(&Reason::WorkModeFits));
    c.region = Some("London".into());
    assert!(!score(&w, &c).unwrap().reasons.contains(&Reason::WorkModeFits));
}

#[test]
fn the_reasons_say_why() {
    let mut c = nobody(1);
    c.done_before = vec!["Missed bin collection".into()];
    c.skills = vec![
        "User research".into(),
        "Accessibility".into(),
        "Prototyping".into(),
        "Agile".into(),
    ];
    c.free_minutes = 48 * 60;
    c.ratings = (23, 5);
    let r = score(&wanted(), &c).unwrap();
    assert_eq!(
        r.reasons,
        vec![
            Reason::DoneBefore {
                title: "Missed bin collection".into(),
                council: "Wokingham Borough Council".into()
            },
            Reason::Skills {
                names: vec!["User research".into(), "Accessibility".into(), "Prototyping".into()]
            },
            Reason::FreeHours {
                minutes_a_week: 12 * 60
            },
            Reason::Rated {
                average_tenths: 46,
                count: 5
            },
        ]
    );
}

#[test]
fn ties_go_to_more_free_time_then_the_lower_id() {
    let mut a = nobody(3);
    a.free_minutes = 30 * 60;
    let mut b = nobody(2);
    b.free_minutes = 40 * 60;
    let c = nobody(1);
    let mut d = nobody(4);
    d.free_minutes = 40 * 60;
    // a, b and d all have enough for the 20 hours: the same score.
    let ranked: Vec<i64> = rank(&wanted(), &[a, b, c, d], 10)
        .iter()
        .map(|r| r.profile_id)
        .collect();
    assert_eq!(ranked, vec![2, 4, 3, 1]);
}

#[test]
fn rank_keeps_the_best_n() {
    let people: Vec<Candidate> = (1..=20)
        .map(|id| {
            let mut c = nobody(id);
            c.free_minutes = id * 60;
            c
        })
        .collect();
    let ranked = rank(&wanted(), &people, 5);
    assert_eq!(
        ranked.iter().map(|r| r.profile_id).collect::<Vec<_>>(),
        vec![20, 19, 18, 17, 16]
    );
}

#[test]
fn opportunities_are_ranked_from_the_practitioner_s_side() {
    let expert = Candidate {
        done_before: vec!["Missed bins".into()],
        ..nobody(1)
    };
    let stranger = nobody(1);
    let dear = Wanted {
        max_rate_pence: Some(1),
        ..wanted()
    };
    let mut priced = nobody(1);
    priced.rate_pence = Some(5_000);
    let options = vec![
        (10, wanted(), stranger.clone()),
        (11, wanted(), expert),
        (12, wanted(), stranger),
        (13, dear, priced),
    ];
    let ranked: Vec<i64> = rank_opportunities(&options, 5).iter().map(|(id, _)| *id).collect();
    assert_eq!(
        ranked,
        vec![11, 12, 10],
        "their service first, then the newer; above the maximum left out"
    );
}

#[test]
fn free_time_is_counted_over_the_period_else_the_next_four_weeks() {
    let first = Week::parse_iso("2027-W10").unwrap();
    let day = |d: &str| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap();
    // 2027-W10 starts on Monday 8 March: a period from Wednesday 17 March to Monday 29 March
    // touches weeks 11, 12 and 13.
    assert_eq!(
        counted_weeks(first, 27, Some((day("2027-03-17"), day("2027-03-29")))),
        vec![1, 2, 3]
    );
    assert_eq!(counted_weeks(first, 27, None), vec![1, 2, 3, 4]);
    assert_eq!(
        counted_weeks(first, 27, Some((day("2029-01-01"), day("2029-02-01")))),
        vec![1, 2, 3, 4],
        "beyond the horizon"
    );
}

#[test]
fn counts_score_as_the_candidate_read_in_full_does() {
    let w = wanted();
    let mut best = nobody(1);
    best.done_before = vec!["Missed bins".into(), "Bulky waste".into()];
    best.worked_on_service = true;
    best.role_level = Some("Senior".into());
    best.skills = vec!["A".into(), "B".into()];
    best.free_minutes = 20 * 60;
    best.rate_pence = Some(5_000);
    best.work_mode = Some(WorkMode::Remote);
    best.ratings = (14, 3);
    let counted = Counted::of(&best);
    assert_eq!(counted.done_before, 2);
    assert_eq!(counted.skills, 2);
    assert_eq!(points(&w, &counted), Some(score_of(&best)));
    // Rated 4.6 by three buyers: (4.6 − 3) × 5 = 8.
    assert_eq!(score_of(&best), 45 + 25 + 12 + 15 + 10 + 5 + 8);
    let busy = Counted {
        free_minutes: 0,
        ..counted.clone()
    };
    assert_eq!(points(&w, &busy), None);
    let dear = Counted {
        rate_pence: Some(7_001),
        ..counted.clone()
    };
    assert_eq!(points(&w, &dear), None);
}

#[test]
fn the_best_counted_are_those_rank_puts_first() {
    let w = Wanted {
        band: Some(4),
        ..wanted()
    };
    let mut people: Vec<Candidate> = (1..=40).map(nobody).collect();
    for (i, c) in people.iter_mut().enumerate() {
        c.free_minutes = 60 * (i as i64 % 7);
        c.worked_on_service = i % 3 == 0;
        c.role_level = (i % 4 == 0).then(|| "Senior".into());
        c.role_band = if i % 4 == 0 { 1 + i as i64 % 8 } else { 0 };
        c.skills = (0..i % 5).map(|k| format!("Skill {k}")).collect();
        c.rate_pence = Some(5_000 + 100 * (i as i64 % 30));
        c.ratings = ((i as i64 % 4) * 4, i as i64 % 4);
    }
    let counted: Vec<Counted> = people.iter().map(Counted::of).collect();
    for n in [0, 1, 5, 10, 40, 50] {
        let ranked: Vec<i64> = rank(&w, &people, n).iter().map(|r| r.profile_id).collect();
        assert_eq!(best_counted(&w, &counted, n), ranked, "n = {n}");
    }
}
