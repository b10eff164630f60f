//! The capability map (SPEC §4.7, issue 17): for each service a council runs, the
//! capabilities it needs and what meets each one; and the sharing opportunities the
//! platform works out from every council's map. Pure rules: the store reads the maps, this
//! module says what they mean.

use chrono::{Months, NaiveDate};
use serde::Serialize;
use std::collections::BTreeMap;

/// What a component is (the platform's list of components).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ComponentKind {
    /// Bought from a supplier.
    Product,
    /// Open-source software, under an open-source licence.
    OpenSource,
    /// A service run for the public sector, such as GOV.UK Notify or Pay.
    SharedPublicService,
    /// Built and run by a council.
    InHouse,
}

string_enum!(ComponentKind, "error-component-kind", {
    ComponentKind::Product => "product",
    ComponentKind::OpenSource => "open_source",
    ComponentKind::SharedPublicService => "shared_public_service",
    ComponentKind::InHouse => "in_house",
});

/// Where a component stands on the platform's list: a council admin proposes one, a
/// platform admin lists it (then everyone sees it) or declines it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ComponentStatus {
    Proposed,
    Listed,
    Declined,
}

string_enum!(ComponentStatus, "error-status", {
    ComponentStatus::Proposed => "proposed",
    ComponentStatus::Listed => "listed",
    ComponentStatus::Declined => "declined",
});

/// How a council comes to use the component that meets a capability.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Provision {
    Bought,
    BuiltInHouse,
    /// Shared with (run by) another council.
    SharedWithCouncil,
    OpenSource,
}

string_enum!(Provision, "error-provision", {
    Provision::Bought => "bought",
    Provision::BuiltInHouse => "built_in_house",
    Provision::SharedWithCouncil => "shared_with_council",
    Provision::OpenSource => "open_source",
});

/// What a council pays a year for a bought component: a band, not a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CostBand {
    /// Under £10,000.
    Under10k,
    /// £10,000 to £49,999.
    From10kTo50k,
    /// £50,000 to £249,999.
    From50kTo250k,
    /// £250,000 or more.
    From250k,
}

string_enum!(CostBand, "error-cost-band", {
    CostBand::Under10k => "under_10k",
    CostBand::From10kTo50k => "10k_to_50k",
    CostBand::From50kTo250k => "50k_to_250k",
    CostBand::From250k => "250k_or_more",
});

/// What meets one capability of one service in a council.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "component")]
pub enum Meets {
    /// A component from the platform's list, provided as recorded.
    Component { id: i64, provision: Provision },
    /// Nothing yet.
    Nothing,
    /// A manual or paper process.
    Manual,
}

/// Satisfaction with what meets a capability: 1 (very poor) to 5 (very good).
pub const SATISFACTION: std::ops::RangeInclusive<u8> = 1..=5;
/// A note on an entry, in characters.
pub const NOTE_MAX_CHARS: usize = 2000;

/// One row of a council's map: what meets one capability of one service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    pub org_id: i64,
    pub service_id: i64,
    pub capability_id: i64,
    pub meets: Meets,
    /// When the contract for a bought component ends.
    pub contract_ends: Option<NaiveDate>,
    pub cost_band: Option<CostBand>,
    /// The exact yearly cost in pence, for a bought component, when the council chooses to
    /// give it rather than (or beside) the band.
    pub cost_pence: Option<i64>,
    pub satisfaction: Option<u8>,
    pub note: String,
}

/// Why an entry as typed cannot be saved: each names the field and a catalogue key.
pub fn check(entry: &Entry) -> Vec<(&'static str, &'static str)> {
    let mut errors = Vec::new();
    let bought = matches!(
        entry.meets,
        Meets::Component {
            provision: Provision::Bought,
            ..
        }
    );
    if entry.contract_ends.is_some() && !bought {
        errors.push(("contract_ends", "error-map-contract-only-bought"));
    }
    if entry.cost_band.is_some() && !bought {
        errors.push(("cost_band", "error-map-cost-only-bought"));
    }
    match entry.cost_pence {
        Some(pence) if pence < 0 => errors.push(("cost_pence", "error-money-format")),
        Some(_) if !bought => errors.push(("cost_pence", "error-map-exact-cost-only-bought")),
        _ => {}
    }
    if entry.satisfaction.is_some_and(|s| !SATISFACTION.contains(&s)) {
        errors.push(("satisfaction", "error-map-satisfaction"));
    }
    if entry.note.chars().count() > NOTE_MAX_CHARS {
        errors.push(("note", "error-map-note-too-long"));
    }
    errors
}

/// An entry as typed, on a form or in a row of an imported file: `meets` is "component",
/// "nothing" or "manual"; the component's fields count only when it is "component".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntryInput {
    pub meets: String,
    pub component_id: Option<i64>,
    pub provision: String,
    pub contract_ends: Option<NaiveDate>,
    pub cost_band: String,
    /// The exact yearly cost in pence, if given (read from pounds by the form or file).
    pub cost_pence: Option<i64>,
    pub satisfaction: String,
    pub note: String,
}

/// Reads a typed entry for one capability of one service in a council, with every
/// reason it cannot be saved (each names the field).
pub fn read_entry(
    org_id: i64,
    service_id: i64,
    capability_id: i64,
    input: &EntryInput,
) -> Result<Entry, crate::ValidationErrors> {
    let mut errors = crate::ValidationErrors::default();
    let meets = match input.meets.trim() {
        "nothing" => Some(Meets::Nothing),
        "manual" => Some(Meets::Manual),
        "component" => {
            let id = input.component_id;
            if id.is_none() {
                errors.push("component_id", "error-map-component");
            }
            let provision = errors.check("provision", input.provision.trim().parse::<Provision>());
            id.zip(provision)
                .map(|(id, provision)| Meets::Component { id, provision })
        }
        _ => {
            errors.push("meets", "error-map-meets");
            None
        }
    };
    let component = input.meets.trim() == "component";
    let cost_band = match input.cost_band.trim() {
        "" => None,
        band if component => errors.check("cost_band", band.parse::<CostBand>()),
        _ => None,
    };
    let satisfaction = match input.satisfaction.trim() {
        "" => None,
        typed => errors.check(
            "satisfaction",
            typed
                .parse::<u8>()
                .ok()
                .filter(|s| SATISFACTION.contains(s))
                .ok_or("error-map-satisfaction"),
        ),
    };
    let Some(meets) = meets else {
        return Err(errors);
    };
    let entry = Entry {
        org_id,
        service_id,
        capability_id,
        meets,
        contract_ends: input.contract_ends.filter(|_| component),
        cost_band,
        cost_pence: input.cost_pence.filter(|_| component),
        satisfaction,
        note: input.note.trim().to_string(),
    };
    for (field, key) in check(&entry) {
        errors.push(field, key);
    }
    errors.into_result().map(|()| entry)
}

/// A bought contract ending within this long of today leaves its capability wanting.
pub const ENDING_WITHIN: Months = Months::new(18);

/// The last day on which a bought contract's end leaves its capability wanting on
/// `today` (`ENDING_WITHIN` on); none beyond the calendar.
pub fn ending_horizon(today: NaiveDate) -> Option<NaiveDate> {
    today.checked_add_months(ENDING_WITHIN)
}
/// Contracts for one product that end within this long of each other can be bought
/// together.
pub const TOGETHER_WITHIN: Months = Months::new(12);

/// Why a capability in a council could take what another council has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "date")]
pub enum Wanting {
    Nothing,
    Manual,
    /// A bought contract that ends on this date: within `ENDING_WITHIN` of today, or
    /// already ended.
    ContractEnding(NaiveDate),
}

/// Whether the entry leaves its capability wanting on `today`. A contract with no end
/// date recorded is not counted as ending.
pub fn wanting(entry: &Entry, today: NaiveDate) -> Option<Wanting> {
    match entry.meets {
        Meets::Nothing => Some(Wanting::Nothing),
        Meets::Manual => Some(Wanting::Manual),
        Meets::Component {
            provision: Provision::Bought,
            ..
        } => {
            let ends = entry.contract_ends?;
            let horizon = ending_horizon(today)?;
            (ends <= horizon).then_some(Wanting::ContractEnding(ends))
        }
        Meets::Component { .. } => None,
    }
}

/// Whether the entry's component is one another council could take up: built in-house
/// or open source (by how it is provided, or by what the component is).
pub fn offers(entry: &Entry, kinds: &BTreeMap<i64, ComponentKind>) -> Option<i64> {
    match entry.meets {
        Meets::Component { id, provision } => {
            let kind = kinds.get(&id).copied();
            let reusable = matches!(provision, Provision::BuiltInHouse | Provision::OpenSource)
                || matches!(kind, Some(ComponentKind::InHouse | ComponentKind::OpenSource));
            reusable.then_some(id)
        }
        _ => None,
    }
}

/// One council's component that could meet the same capability in another council.
/// Ordered by service, capability, receiving council, then offering council and component.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Reuse {
    pub service_id: i64,
    pub capability_id: i64,
    /// The council where the capability is wanting.
    pub to_org: i64,
    /// The council whose component it is.
    pub from_org: i64,
    pub component_id: i64,
    /// Why the receiving council wants it.
    pub because: Wanting,
}

/// Every reuse opportunity in the maps, in `Reuse`'s order. (A council has one entry per
/// service and capability, so no opportunity is found twice.)
pub fn reuse(entries: &[Entry], kinds: &BTreeMap<i64, ComponentKind>, today: NaiveDate) -> Vec<Reuse> {
    let mut by_need: BTreeMap<(i64, i64), Vec<&Entry>> = BTreeMap::new();
    for e in entries {
        by_need.entry((e.service_id, e.capability_id)).or_default().push(e);
    }
    let mut found = Vec::new();
    for ((service_id, capability_id), group) in by_need {
        let offered: Vec<(i64, i64)> = group
            .iter()
            .filter_map(|e| offers(e, kinds).map(|c| (e.org_id, c)))
            .collect();
        for e in &group {
            let Some(because) = wanting(e, today) else { continue };
            for &(from_org, component_id) in offered.iter().filter(|(org, _)| *org != e.org_id) {
                found.push(Reuse {
                    service_id,
                    capability_id,
                    to_org: e.org_id,
                    from_org,
                    component_id,
                    because,
                });
            }
        }
    }
    found.sort();
    found
}

/// A joint procurement as one council sees it: a product it buys, and the councils whose
/// contracts for it end within `TOGETHER_WITHIN` of its own, before or after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Together {
    pub component_id: i64,
    /// The end of this council's contract for the product: its earliest still running.
    pub ends: NaiveDate,
    /// Each council with the end of its contract nearest this council's (this council
    /// among them), earliest first.
    pub councils: Vec<(i64, NaiveDate)>,
}

/// The ends of other councils' contracts that go together with a contract ending `own`:
/// from `TOGETHER_WITHIN` before it (but not before `today`: an ended contract is not
/// bought again together) to `TOGETHER_WITHIN` after it, both days included.
pub fn together_window(own: NaiveDate, today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let from = own
        .checked_sub_months(TOGETHER_WITHIN)
        .unwrap_or(NaiveDate::MIN)
        .max(today);
    let to = own.checked_add_months(TOGETHER_WITHIN).unwrap_or(NaiveDate::MAX);
    (from, to)
}

/// Of contracts `(council, end)` inside a window around `own`, each council once, by its
/// contract ending nearest `own` (the earlier on a tie), and of those the `shown` nearest
/// (the earlier, then the lower council id, on a tie), earliest first.
pub fn nearest(own: NaiveDate, contracts: &[(i64, NaiveDate)], shown: usize) -> Vec<(i64, NaiveDate)> {
    let distance = |d: NaiveDate| (d - own).num_days().abs();
    let mut by_council: BTreeMap<i64, NaiveDate> = BTreeMap::new();
    for &(org, ends) in contracts {
        let kept = by_council.entry(org).or_insert(ends);
        if (distance(ends), ends) < (distance(*kept), *kept) {
            *kept = ends;
        }
    }
    let mut councils: Vec<(i64, NaiveDate)> = by_council.into_iter().collect();
    councils.sort_by_key(|&(org, ends)| (distance(ends), ends, org));
    councils.truncate(shown);
    councils.sort_by_key(|&(org, ends)| (ends, org));
    councils
}

/// Council `org_id`'s joint procurement opportunities on `today`: for each product it buys
/// under a contract still running (its earliest such contract), the councils with a running
/// contract for the product ending within `together_window` of it, when there is at least
/// one besides this council. Soonest own end first, then by product. The relation is
/// symmetric: two councils whose contracts end within `TOGETHER_WITHIN` of each other each
/// see the other.
pub fn together_for(org_id: i64, entries: &[Entry], today: NaiveDate) -> Vec<Together> {
    let mut running: BTreeMap<i64, Vec<(i64, NaiveDate)>> = BTreeMap::new();
    for e in entries {
        if let (
            Meets::Component {
                id,
                provision: Provision::Bought,
            },
            Some(ends),
        ) = (e.meets, e.contract_ends)
        {
            if ends >= today {
                running.entry(id).or_default().push((e.org_id, ends));
            }
        }
    }
    let mut groups = Vec::new();
    for (component_id, contracts) in running {
        let Some(own) = contracts.iter().filter(|(o, _)| *o == org_id).map(|(_, d)| *d).min() else {
            continue;
        };
        let (from, to) = together_window(own, today);
        let inside: Vec<(i64, NaiveDate)> = contracts.into_iter().filter(|(_, d)| (from..=to).contains(d)).collect();
        let councils = nearest(own, &inside, usize::MAX);
        if councils.len() >= 2 {
            groups.push(Together {
                component_id,
                ends: own,
                councils,
            });
        }
    }
    groups.sort_by_key(|g| (g.ends, g.component_id));
    groups
}

/// A sharing opportunity as a council names it, to dismiss it or turn it into a draft
/// opportunity: taking up a component others use for a capability it wants, or buying a
/// product together with the councils whose contracts end near its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SharingKey {
    Reuse {
        service_id: i64,
        capability_id: i64,
        component_id: i64,
    },
    Together {
        component_id: i64,
    },
}

impl SharingKey {
    /// As forms and the dismissals table keep it: `reuse:524:1004:12`, `together:12`.
    pub fn as_text(&self) -> String {
        match self {
            SharingKey::Reuse {
                service_id,
                capability_id,
                component_id,
            } => format!("reuse:{service_id}:{capability_id}:{component_id}"),
            SharingKey::Together { component_id } => format!("together:{component_id}"),
        }
    }

    /// Reads a key written by `as_text`; None for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let mut parts = text.split(':');
        let kind = parts.next()?;
        let numbers: Vec<i64> = parts
            .map(|p| p.parse::<i64>().ok().filter(|n| *n >= 0))
            .collect::<Option<_>>()?;
        match (kind, numbers.as_slice()) {
            ("reuse", &[service_id, capability_id, component_id]) => Some(SharingKey::Reuse {
                service_id,
                capability_id,
                component_id,
            }),
            ("together", &[component_id]) => Some(SharingKey::Together { component_id }),
            _ => None,
        }
    }
}

/// Why a council dismisses a sharing opportunity, in characters.
pub const DISMISS_REASON_MAX_CHARS: usize = 500;

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn entry(org_id: i64, meets: Meets) -> Entry {
        Entry {
            org_id,
            service_id: 524,
            capability_id: 21,
            meets,
            contract_ends: None,
            cost_band: None,
            cost_pence: None,
            satisfaction: None,
            note: String::new(),
        }
    }

    fn bought(org_id: i64, component: i64, ends: NaiveDate) -> Entry {
        Entry {
            contract_ends: Some(ends),
            ..entry(
                org_id,
                Meets::Component {
                    id: component,
                    provision: Provision::Bought,
                },
            )
        }
    }

    const TODAY: (i32, u32, u32) = (2026, 12, 4);

    fn today() -> NaiveDate {
        day(TODAY.0, TODAY.1, TODAY.2)
    }

    #[test]
    fn names_round_trip() {
        for k in [
            ComponentKind::Product,
            ComponentKind::OpenSource,
            ComponentKind::SharedPublicService,
            ComponentKind::InHouse,
        ] {
            assert_eq!(k.as_str().parse::<ComponentKind>(), Ok(k));
        }
        for p in [
            Provision::Bought,
            Provision::BuiltInHouse,
            Provision::SharedWithCouncil,
            Provision::OpenSource,
        ] {
            assert_eq!(p.as_str().parse::<Provision>(), Ok(p));
        }
        for b in [
            CostBand::Under10k,
            CostBand::From10kTo50k,
            CostBand::From50kTo250k,
            CostBand::From250k,
        ] {
            assert_eq!(b.as_str().parse::<CostBand>(), Ok(b));
        }
        assert_eq!("bespoke".parse::<Provision>(), Err("error-provision"));
    }

    fn typed(meets: &str) -> EntryInput {
        EntryInput {
            meets: meets.into(),
            ..EntryInput::default()
        }
    }

    fn fields(result: Result<Entry, crate::ValidationErrors>) -> Vec<(String, &'static str)> {
        result
            .err()
            .map(|e| e.0.into_iter().map(|f| (f.field, f.key)).collect())
            .unwrap_or_default()
    }

    #[test]
    fn a_typed_entry_is_read_with_every_mistake_named() {
        let bought = EntryInput {
            component_id: Some(3),
            provision: "bought".into(),
            contract_ends: Some(day(2027, 3, 31)),
            cost_band: "10k_to_50k".into(),
            cost_pence: Some(1_250_000),
            satisfaction: "4".into(),
            note: "  Renewed yearly  ".into(),
            ..typed("component")
        };
        let entry = read_entry(1, 524, 21, &bought).unwrap();
        assert_eq!(
            entry.meets,
            Meets::Component {
                id: 3,
                provision: Provision::Bought
            }
        );
        assert_eq!(entry.cost_band, Some(CostBand::From10kTo50k));
        assert_eq!(entry.cost_pence, Some(1_250_000));
        assert_eq!(entry.satisfaction, Some(4));
        assert_eq!(entry.note, "Renewed yearly");

        // The component's fields are left out when nothing meets the capability.
        let manual = EntryInput {
            meets: "manual".into(),
            ..bought.clone()
        };
        let entry = read_entry(1, 524, 21, &manual).unwrap();
        assert_eq!(
            (entry.meets, entry.contract_ends, entry.cost_band),
            (Meets::Manual, None, None)
        );

        assert_eq!(
            fields(read_entry(1, 524, 21, &typed("paper"))),
            [("meets".into(), "error-map-meets")]
        );
        assert_eq!(
            fields(read_entry(1, 524, 21, &typed("component"))),
            [
                ("component_id".into(), "error-map-component"),
                ("provision".into(), "error-provision")
            ]
        );
        let in_house_with_costs = EntryInput {
            provision: "built_in_house".into(),
            satisfaction: "6".into(),
            ..bought.clone()
        };
        assert_eq!(
            fields(read_entry(1, 524, 21, &in_house_with_costs)),
            [
                ("satisfaction".into(), "error-map-satisfaction"),
                ("contract_ends".into(), "error-map-contract-only-bought"),
                ("cost_band".into(), "error-map-cost-only-bought"),
                ("cost_pence".into(), "error-map-exact-cost-only-bought"),
            ]
        );
        let bad_band = EntryInput {
            cost_band: "cheap".into(),
            satisfaction: "0".into(),
            ..bought
        };
        assert_eq!(
            fields(read_entry(1, 524, 21, &bad_band)),
            [
                ("cost_band".into(), "error-cost-band"),
                ("satisfaction".into(), "error-map-satisfaction")
            ]
        );
    }

    #[test]
    fn sharing_keys_round_trip_and_nothing_else_reads_as_one() {
        let keys = [
            SharingKey::Reuse {
                service_id: 524,
                capability_id: 1004,
                component_id: 12,
            },
            SharingKey::Together { component_id: 7 },
        ];
        for key in keys {
            assert_eq!(SharingKey::parse(&key.as_text()), Some(key));
        }
        for text in [
            "",
            "reuse",
            "reuse:1:2",
            "reuse:1:2:3:4",
            "together:x",
            "together:-1",
            "swap:1",
            "together:1:",
        ] {
            assert_eq!(SharingKey::parse(text), None, "{text}");
        }
    }

    #[test]
    fn contract_dates_and_costs_belong_to_bought_components_only() {
        let mut e = entry(1, Meets::Manual);
        e.contract_ends = Some(today());
        e.cost_band = Some(CostBand::Under10k);
        e.satisfaction = Some(6);
        e.note = "x".repeat(NOTE_MAX_CHARS + 1);
        let fields: Vec<&str> = check(&e).into_iter().map(|(f, _)| f).collect();
        assert_eq!(fields, ["contract_ends", "cost_band", "satisfaction", "note"]);
        let mut ok = bought(1, 7, today());
        ok.cost_band = Some(CostBand::From250k);
        ok.satisfaction = Some(5);
        ok.note = "é".repeat(NOTE_MAX_CHARS);
        assert!(check(&ok).is_empty());
        ok.satisfaction = Some(0);
        assert_eq!(check(&ok), [("satisfaction", "error-map-satisfaction")]);
    }

    #[test]
    fn a_contract_is_ending_up_to_eighteen_months_ahead_to_the_day() {
        let ends = |d: NaiveDate| wanting(&bought(1, 7, d), today());
        assert_eq!(ends(day(2028, 6, 4)), Some(Wanting::ContractEnding(day(2028, 6, 4))));
        assert_eq!(ends(day(2028, 6, 5)), None);
        // Already ended: still wanting.
        assert_eq!(ends(day(2025, 1, 1)), Some(Wanting::ContractEnding(day(2025, 1, 1))));
        // No end recorded: not known to end.
        assert_eq!(
            wanting(
                &entry(
                    1,
                    Meets::Component {
                        id: 7,
                        provision: Provision::Bought
                    }
                ),
                today()
            ),
            None
        );
        // From the last day of a long month, months end on the shorter month's last day.
        let from = day(2026, 8, 31);
        assert_eq!(
            wanting(&bought(1, 7, day(2028, 2, 29)), from),
            Some(Wanting::ContractEnding(day(2028, 2, 29)))
        );
        assert_eq!(wanting(&bought(1, 7, day(2028, 3, 1)), from), None);
        assert_eq!(wanting(&entry(1, Meets::Nothing), today()), Some(Wanting::Nothing));
        assert_eq!(wanting(&entry(1, Meets::Manual), today()), Some(Wanting::Manual));
    }

    #[test]
    fn in_house_and_open_source_components_are_offered_to_councils_wanting() {
        let kinds = BTreeMap::from([
            (7, ComponentKind::Product),
            (8, ComponentKind::OpenSource),
            (9, ComponentKind::InHouse),
        ]);
        let entries = vec![
            // Council 1 built its own booking system; council 2 runs an open-source one.
            entry(
                1,
                Meets::Component {
                    id: 9,
                    provision: Provision::BuiltInHouse,
                },
            ),
            entry(
                2,
                Meets::Component {
                    id: 8,
                    provision: Provision::OpenSource,
                },
            ),
            // Council 3 has nothing, council 4 books by phone and paper, council 5's
            // contract ends soon and council 6's does not.
            entry(3, Meets::Nothing),
            entry(4, Meets::Manual),
            bought(5, 7, day(2027, 3, 31)),
            bought(6, 7, day(2030, 3, 31)),
        ];
        let found = reuse(&entries, &kinds, today());
        let pairs: Vec<(i64, i64, i64)> = found.iter().map(|r| (r.to_org, r.from_org, r.component_id)).collect();
        assert_eq!(
            pairs,
            [(3, 1, 9), (3, 2, 8), (4, 1, 9), (4, 2, 8), (5, 1, 9), (5, 2, 8)]
        );
        assert_eq!(found[4].because, Wanting::ContractEnding(day(2027, 3, 31)));
        // Another capability of the service, or another service, is a need of its own.
        let mut elsewhere = entry(3, Meets::Nothing);
        elsewhere.capability_id = 22;
        assert!(reuse(&[entries[0].clone(), elsewhere], &kinds, today()).is_empty());
        // A council does not share with itself.
        let mut own = entry(1, Meets::Manual);
        own.capability_id = entries[0].capability_id;
        assert!(reuse(&[entries[0].clone(), own], &kinds, today()).is_empty());
        // A component the platform lists as open source counts whoever installed it.
        let installed = entry(
            2,
            Meets::Component {
                id: 8,
                provision: Provision::Bought,
            },
        );
        assert_eq!(reuse(&[installed, entry(3, Meets::Nothing)], &kinds, today()).len(), 1);
    }

    #[test]
    fn contracts_for_one_product_ending_within_twelve_months_of_a_councils_go_together() {
        let entries = vec![
            bought(1, 7, day(2027, 4, 1)),
            bought(2, 7, day(2028, 4, 1)), // exactly twelve months after council 1's: in
            bought(3, 7, day(2028, 4, 2)), // a day later: out for council 1, in for council 2
            bought(4, 7, day(2029, 4, 2)), // twelve months after council 3's only
            bought(5, 7, day(2031, 1, 1)), // alone
            bought(6, 7, day(2026, 1, 1)), // already ended: not counted
            bought(7, 8, day(2027, 1, 1)), // another product, alone
        ];
        let group = |org| together_for(org, &entries, today());
        assert_eq!(
            group(1),
            [Together {
                component_id: 7,
                ends: day(2027, 4, 1),
                councils: vec![(1, day(2027, 4, 1)), (2, day(2028, 4, 1))],
            }]
        );
        assert_eq!(
            group(2)[0].councils,
            [(1, day(2027, 4, 1)), (2, day(2028, 4, 1)), (3, day(2028, 4, 2))]
        );
        assert_eq!(
            group(3)[0].councils,
            [(2, day(2028, 4, 1)), (3, day(2028, 4, 2)), (4, day(2029, 4, 2))]
        );
        assert!(group(5).is_empty(), "nobody ends near council 5");
        assert!(group(6).is_empty(), "an ended contract is not bought again");
        assert!(group(7).is_empty(), "one council alone on a product");
        // Symmetric: whoever sees another is seen by them.
        for a in 1..=7 {
            for g in group(a) {
                for (b, _) in g.councils.iter().filter(|(b, _)| *b != a) {
                    assert!(group(*b)
                        .iter()
                        .any(|h| h.component_id == g.component_id && h.councils.iter().any(|(o, _)| *o == a)));
                }
            }
        }
        // The window does not reach back before today.
        assert_eq!(together_window(day(2027, 1, 1), today()), (today(), day(2028, 1, 1)));
        // Month ends: twelve months after 29 February is 28 February.
        assert_eq!(together_window(day(2028, 2, 29), today()).1, day(2029, 2, 28));

        // A council buying the product for two services counts by its earlier end; another
        // council with two contracts is named by the one nearest.
        let mut second = bought(1, 7, day(2027, 9, 1));
        second.service_id = 600;
        let mut far = bought(2, 7, day(2027, 5, 1));
        far.service_id = 600;
        let groups = together_for(1, &[entries[0].clone(), second, entries[1].clone(), far], today());
        assert_eq!(groups[0].ends, day(2027, 4, 1));
        assert_eq!(groups[0].councils, [(1, day(2027, 4, 1)), (2, day(2027, 5, 1))]);
        // Open source and in-house components are not bought together.
        let open = Entry {
            contract_ends: Some(day(2027, 4, 1)),
            ..entry(
                9,
                Meets::Component {
                    id: 7,
                    provision: Provision::OpenSource,
                },
            )
        };
        assert!(together_for(1, &[entries[0].clone(), open], today()).is_empty());
    }

    #[test]
    fn the_nearest_contracts_are_shown_one_per_council() {
        let own = day(2027, 6, 1);
        let contracts = [
            (1, own),
            (2, day(2027, 5, 1)),
            (2, day(2027, 6, 2)), // council 2's nearest
            (3, day(2027, 7, 1)),
            (4, day(2027, 5, 2)),
            (5, day(2028, 6, 1)),
        ];
        assert_eq!(
            nearest(own, &contracts, 4),
            [
                (4, day(2027, 5, 2)),
                (1, own),
                (2, day(2027, 6, 2)),
                (3, day(2027, 7, 1))
            ]
        );
        assert_eq!(nearest(own, &contracts, 99).len(), 5);
        // On a tie of distance, the earlier end.
        assert_eq!(
            nearest(own, &[(8, day(2027, 6, 11)), (9, day(2027, 5, 22))], 1),
            [(9, day(2027, 5, 22))]
        );
    }
}
