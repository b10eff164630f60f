use super::*;

fn flow(lender: i64, borrower: i64, settlement: Settlement, minutes: i64, value_pence: i64, contracts: i64) -> Flow {
    Flow {
        lender,
        borrower,
        settlement,
        minutes,
        value_pence,
        contracts,
    }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn quarters_are_named_by_their_first_month_and_follow_each_other() {
    let q = Quarter::containing(date(2026, 5, 17));
    assert_eq!((q.first_month(), q.last_month()), ("2026-04".into(), "2026-06".into()));
    assert_eq!((q.start(), q.end()), (date(2026, 4, 1), date(2026, 7, 1)));
    assert_eq!(q.plus(3).first_month(), "2027-01");
    assert_eq!(q.plus(-2).first_month(), "2025-10");
    assert_eq!(Quarter::parse("2026-04"), Some(q));
    assert_eq!(Quarter::parse("2026-05"), None, "not a quarter's first month");
    assert_eq!(Quarter::parse("April"), None);
    assert_eq!(Quarter::of_month("2026-06"), Some(q));
    assert_eq!(q.through(q.plus(2)).len(), 3);
    assert!(q.plus(1).through(q).is_empty());
}

#[test]
fn a_pairs_flows_add_up_and_its_settlement_is_named() {
    let flows = [
        flow(1, 2, Settlement::Money, 600, 30_000, 2),
        flow(1, 2, Settlement::HourCredits, 120, 6_000, 1),
        flow(2, 1, Settlement::HourCredits, 60, 3_000, 0),
        flow(3, 1, Settlement::Money, 900, 45_000, 1),
    ];
    let pairs = pairs(&flows);
    assert_eq!(
        pairs.iter().map(|p| (p.lender, p.borrower)).collect::<Vec<_>>(),
        vec![(3, 1), (1, 2), (2, 1)],
        "most hours first"
    );
    let one_two = &pairs[1];
    assert_eq!(one_two.settled, Settled::Both);
    assert_eq!(
        (
            one_two.contracts,
            one_two.minutes,
            one_two.money_pence,
            one_two.credit_minutes
        ),
        (3, 720, 30_000, 120)
    );
    assert_eq!(pairs[2].settled, Settled::HourCredits);
    let totals = totals(&pairs);
    let one = &totals[&1];
    assert_eq!((one.given_minutes, one.received_minutes), (720, 960));
    assert_eq!((one.earned_pence, one.spent_pence), (30_000, 45_000));
    assert_eq!(one.credit_balance_minutes, 120 - 60);
    assert_eq!(one.balance_minutes(), -240);
    assert_eq!(one.contracts, 4);
}

#[test]
fn a_councils_partners_and_its_quarters() {
    let flows = [
        flow(1, 2, Settlement::Money, 600, 30_000, 1),
        flow(2, 1, Settlement::Money, 60, 3_000, 1),
        flow(3, 1, Settlement::Money, 900, 45_000, 1),
        flow(3, 2, Settlement::Money, 9_000, 1, 1),
    ];
    let partners = partners(1, &pairs(&flows));
    assert_eq!(partners.iter().map(|p| p.org_id).collect::<Vec<_>>(), vec![3, 2]);
    assert_eq!((partners[1].given_minutes, partners[1].received_minutes), (600, 60));
    assert_eq!((partners[1].earned_pence, partners[1].spent_pence), (30_000, 3_000));
    let first = Quarter::parse("2026-04").unwrap();
    let monthly = vec![
        ("2026-05".to_string(), flows[0].clone()),
        ("2026-08".to_string(), flows[1].clone()),
        ("2026-09".to_string(), flows[2].clone()),
        ("2026-09".to_string(), flows[3].clone()),
    ];
    let trend = trend(1, &monthly, &first.through(first.plus(2)));
    assert_eq!(
        trend
            .iter()
            .map(|q| (q.given_minutes, q.received_minutes))
            .collect::<Vec<_>>(),
        vec![(600, 0), (0, 960), (0, 0)]
    );
}

#[test]
fn the_drawing_sizes_circles_by_hours_and_lines_by_a_pairs_hours() {
    let flows = [
        flow(1, 2, Settlement::Money, 6_000, 1, 1),
        flow(2, 3, Settlement::HourCredits, 600, 1, 1),
    ];
    let drawing = draw(&[1, 2, 3, 4], &pairs(&flows));
    assert_eq!(drawing.places.len(), 4);
    let r = |id: i64| drawing.places.iter().find(|p| p.org_id == id).unwrap().r;
    assert_eq!(r(2), LARGEST as i64, "the busiest council is the largest");
    assert!(r(1) > r(3) && r(3) > r(4));
    assert_eq!(r(4), SMALLEST as i64, "no hours, the smallest circle");
    assert_eq!(drawing.lines.len(), 2);
    assert_eq!(drawing.lines[0].width_tenths, WIDEST_TENTHS as i64);
    assert!(drawing.lines[1].width_tenths < drawing.lines[0].width_tenths);
    assert_eq!(drawing.lines[1].settled, Settled::HourCredits);
    for p in &drawing.places {
        assert!(p.x > 0 && p.x < drawing.size && p.y > 0 && p.y < drawing.size);
    }
    let top = &drawing.places[0];
    assert_eq!(top.x, drawing.size / 2, "the first council at the top");
    // The line leaves the lender's circle at its edge.
    let start: Vec<f64> = drawing.lines[0].d[1..]
        .split(' ')
        .take(2)
        .map(|n| n.parse().unwrap())
        .collect();
    let gap = ((start[0] - top.x as f64).powi(2) + (start[1] - top.y as f64).powi(2)).sqrt();
    assert!((gap - (top.r as f64 + 2.0)).abs() <= 1.5, "{gap}");
}

#[test]
fn a_pair_with_an_unplaced_council_is_not_drawn() {
    let drawing = draw(&[1], &pairs(&[flow(1, 2, Settlement::Money, 60, 1, 1)]));
    assert!(drawing.lines.is_empty());
}
