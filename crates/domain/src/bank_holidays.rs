//! The bank holidays of the UK's three holiday areas, for any year: England and Wales,
//! Scotland, and Northern Ireland each have their own. Worked out from the rules that fix
//! them (the Banking and Financial Dealings Act 1971 and the royal proclamations that
//! follow it every year), Easter by the Gregorian computus, with the days the Crown moved
//! or added (jubilees, a coronation, a state funeral) kept as data. A holiday on a
//! Saturday or Sunday gives a substitute day: the next weekday that is not a holiday
//! already. The rules are today's: the service holds no dates from before they were set.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// Which bank holidays a council keeps: those of its nation's holiday area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HolidayArea {
    EnglandAndWales,
    Scotland,
    NorthernIreland,
}

impl HolidayArea {
    /// The area of a council's nation as the organisations list names it ("England",
    /// "Wales", "Scotland", "Northern Ireland"); England and Wales for any other.
    pub fn of_nation(nation: &str) -> Self {
        match nation.trim() {
            "Scotland" => HolidayArea::Scotland,
            "Northern Ireland" => HolidayArea::NorthernIreland,
            _ => HolidayArea::EnglandAndWales,
        }
    }

    const ALL: [HolidayArea; 3] = [
        HolidayArea::EnglandAndWales,
        HolidayArea::Scotland,
        HolidayArea::NorthernIreland,
    ];
}

/// What a bank holiday marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Occasion {
    NewYearsDay,
    SecondOfJanuary,
    StPatricksDay,
    GoodFriday,
    EasterMonday,
    EarlyMay,
    Spring,
    BattleOfTheBoyne,
    Summer,
    StAndrewsDay,
    ChristmasDay,
    BoxingDay,
    /// A day the Crown added for one year only.
    Special(&'static str),
}

/// One bank holiday: the day kept, what it marks, and whether it stands in for a day that
/// fell on a weekend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BankHoliday {
    pub date: NaiveDate,
    pub occasion: Occasion,
    pub substitute: bool,
}

/// A change the Crown made to one year's holidays, in every area unless `areas` says.
struct Proclaimed {
    year: i32,
    change: Change,
    areas: &'static [HolidayArea],
}

enum Change {
    /// The occasion was kept on another day (month, day) that year.
    Moved(Occasion, u32, u32),
    /// An extra holiday (month, day).
    Added(&'static str, u32, u32),
}

const UK: &[HolidayArea] = &HolidayArea::ALL;

/// The days moved or added since 1995, as GOV.UK and the proclamations list them.
const PROCLAIMED: &[Proclaimed] = &[
    Proclaimed {
        year: 1995,
        change: Change::Moved(Occasion::EarlyMay, 5, 8),
        areas: UK,
    },
    Proclaimed {
        year: 1999,
        change: Change::Added("millennium", 12, 31),
        areas: UK,
    },
    Proclaimed {
        year: 2002,
        change: Change::Moved(Occasion::Spring, 6, 4),
        areas: UK,
    },
    Proclaimed {
        year: 2002,
        change: Change::Added("golden-jubilee", 6, 3),
        areas: UK,
    },
    Proclaimed {
        year: 2011,
        change: Change::Added("royal-wedding", 4, 29),
        areas: UK,
    },
    Proclaimed {
        year: 2012,
        change: Change::Moved(Occasion::Spring, 6, 4),
        areas: UK,
    },
    Proclaimed {
        year: 2012,
        change: Change::Added("diamond-jubilee", 6, 5),
        areas: UK,
    },
    Proclaimed {
        year: 2020,
        change: Change::Moved(Occasion::EarlyMay, 5, 8),
        areas: UK,
    },
    Proclaimed {
        year: 2022,
        change: Change::Moved(Occasion::Spring, 6, 2),
        areas: UK,
    },
    Proclaimed {
        year: 2022,
        change: Change::Added("platinum-jubilee", 6, 3),
        areas: UK,
    },
    Proclaimed {
        year: 2022,
        change: Change::Added("state-funeral", 9, 19),
        areas: UK,
    },
    Proclaimed {
        year: 2023,
        change: Change::Added("coronation", 5, 8),
        areas: UK,
    },
];

/// Easter Sunday of `year` (Gregorian; the anonymous algorithm of Nature, 1876).
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    day_of(year, month as u32, day as u32)
}

/// A date of the year; the computations here only ask for days that exist.
fn day_of(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MIN)
}

/// The `n`th (1-based) Monday of the month.
fn nth_monday(year: i32, month: u32, n: u8) -> NaiveDate {
    NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Mon, n).unwrap_or(NaiveDate::MIN)
}

/// The last Monday of the month.
fn last_monday(year: i32, month: u32) -> NaiveDate {
    NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Mon, 5).unwrap_or_else(|| nth_monday(year, month, 4))
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The holidays the rules give `area` in `year`, before substitutes: (occasion, date,
/// whether a weekend date gives a substitute day). Good Friday and Easter Monday never
/// fall on a weekend; the Mondays never do.
fn by_rule(area: HolidayArea, year: i32) -> Vec<(Occasion, NaiveDate)> {
    use HolidayArea::*;
    let easter = easter_sunday(year);
    let mut days = vec![(Occasion::NewYearsDay, day_of(year, 1, 1))];
    if area == Scotland {
        days.push((Occasion::SecondOfJanuary, day_of(year, 1, 2)));
    }
    if area == NorthernIreland {
        days.push((Occasion::StPatricksDay, day_of(year, 3, 17)));
    }
    days.push((Occasion::GoodFriday, easter - Duration::days(2)));
    if area != Scotland {
        days.push((Occasion::EasterMonday, easter + Duration::days(1)));
    }
    days.push((Occasion::EarlyMay, nth_monday(year, 5, 1)));
    days.push((Occasion::Spring, last_monday(year, 5)));
    if area == NorthernIreland {
        days.push((Occasion::BattleOfTheBoyne, day_of(year, 7, 12)));
    }
    days.push(match area {
        Scotland => (Occasion::Summer, nth_monday(year, 8, 1)),
        _ => (Occasion::Summer, last_monday(year, 8)),
    });
    if area == Scotland {
        days.push((Occasion::StAndrewsDay, day_of(year, 11, 30)));
    }
    days.push((Occasion::ChristmasDay, day_of(year, 12, 25)));
    days.push((Occasion::BoxingDay, day_of(year, 12, 26)));
    days
}

/// The bank holidays `area` keeps in `year`, in date order, substitute days included.
pub fn bank_holidays(area: HolidayArea, year: i32) -> Vec<BankHoliday> {
    let mut days = by_rule(area, year);
    for p in PROCLAIMED.iter().filter(|p| p.year == year && p.areas.contains(&area)) {
        match p.change {
            Change::Moved(occasion, month, day) => {
                for (o, date) in days.iter_mut() {
                    if *o == occasion {
                        *date = day_of(year, month, day);
                    }
                }
            }
            Change::Added(name, month, day) => days.push((Occasion::Special(name), day_of(year, month, day))),
        }
    }
    days.sort_by_key(|(_, date)| *date);
    let mut kept: Vec<BankHoliday> = days
        .iter()
        .filter(|(_, date)| !is_weekend(*date))
        .map(|&(occasion, date)| BankHoliday {
            date,
            occasion,
            substitute: false,
        })
        .collect();
    // Each weekend holiday, in date order, takes the next weekday no holiday holds.
    for &(occasion, date) in days.iter().filter(|(_, date)| is_weekend(*date)) {
        let mut day = date + Duration::days(1);
        while is_weekend(day) || kept.iter().any(|h| h.date == day) {
            day += Duration::days(1);
        }
        kept.push(BankHoliday {
            date: day,
            occasion,
            substitute: true,
        });
    }
    kept.sort_by_key(|h| h.date);
    kept
}

/// Whether `date` is a bank holiday in `area`. (No substitute day crosses into the next
/// year: the latest, for Boxing Day, is 28 December.)
pub fn is_bank_holiday(area: HolidayArea, date: NaiveDate) -> bool {
    bank_holidays(area, date.year()).iter().any(|h| h.date == date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use HolidayArea::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn dates(area: HolidayArea, year: i32) -> Vec<String> {
        bank_holidays(area, year)
            .iter()
            .map(|h| h.date.format("%m-%d").to_string())
            .collect()
    }

    #[test]
    fn easter_by_the_computus() {
        for (year, m, d) in [
            (1943, 4, 25),
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2038, 4, 25),
            (2100, 3, 28),
            (2285, 3, 22),
        ] {
            assert_eq!(easter_sunday(year), date(year, m, d), "{year}");
        }
    }

    #[test]
    fn england_and_wales_as_gov_uk_publishes_them() {
        let e = |y| dates(EnglandAndWales, y);
        assert_eq!(
            e(2020),
            ["01-01", "04-10", "04-13", "05-08", "05-25", "08-31", "12-25", "12-28"]
        );
        assert_eq!(
            e(2022),
            ["01-03", "04-15", "04-18", "05-02", "06-02", "06-03", "08-29", "09-19", "12-26", "12-27"]
        );
        assert_eq!(
            e(2023),
            ["01-02", "04-07", "04-10", "05-01", "05-08", "05-29", "08-28", "12-25", "12-26"]
        );
        assert_eq!(
            e(2025),
            ["01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26"]
        );
        assert_eq!(
            e(2026),
            ["01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28"]
        );
        assert_eq!(
            e(2027),
            ["01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28"]
        );
        assert_eq!(
            e(2028),
            ["01-03", "04-14", "04-17", "05-01", "05-29", "08-28", "12-25", "12-26"]
        );
    }

    #[test]
    fn scotland_keeps_2_january_st_andrew_and_an_earlier_summer_holiday() {
        let s = |y| dates(Scotland, y);
        assert_eq!(
            s(2022),
            ["01-03", "01-04", "04-15", "05-02", "06-02", "06-03", "08-01", "09-19", "11-30", "12-26", "12-27"]
        );
        assert_eq!(
            s(2025),
            ["01-01", "01-02", "04-18", "05-05", "05-26", "08-04", "12-01", "12-25", "12-26"]
        );
        assert_eq!(
            s(2026),
            ["01-01", "01-02", "04-03", "05-04", "05-25", "08-03", "11-30", "12-25", "12-28"]
        );
        // 1 January on a Friday: 2 January (Saturday) is kept on Monday 4 January.
        assert_eq!(s(2027)[..2], ["01-01", "01-04"]);
    }

    #[test]
    fn northern_ireland_keeps_st_patrick_and_the_boyne() {
        let n = |y| dates(NorthernIreland, y);
        assert_eq!(
            n(2025),
            ["01-01", "03-17", "04-18", "04-21", "05-05", "05-26", "07-14", "08-25", "12-25", "12-26"]
        );
        // St Patrick's Day on a Sunday in 2024: Monday 18 March.
        assert_eq!(n(2024)[1], "03-18");
        // 12 July 2026 is a Sunday: Monday 13 July.
        assert!(n(2026).contains(&"07-13".to_string()));
    }

    #[test]
    fn any_year_has_its_holidays_without_an_end() {
        for year in [2030, 2099, 2100, 2400] {
            assert_eq!(bank_holidays(EnglandAndWales, year).len(), 8, "{year}");
            assert_eq!(bank_holidays(Scotland, year).len(), 9, "{year}");
            assert_eq!(bank_holidays(NorthernIreland, year).len(), 10, "{year}");
            for area in HolidayArea::ALL {
                assert!(bank_holidays(area, year).iter().all(|h| !is_weekend(h.date)));
            }
        }
        assert!(is_bank_holiday(EnglandAndWales, date(2100, 3, 26)), "Good Friday 2100");
    }

    #[test]
    fn substitutes_at_the_turn_of_the_year() {
        // 2022: Christmas on Sunday, Boxing Day on Monday: Tuesday 27 December stands in.
        assert!(is_bank_holiday(EnglandAndWales, date(2022, 12, 27)));
        // 2028: 1 January is a Saturday, kept on Monday 3 January.
        assert!(is_bank_holiday(EnglandAndWales, date(2028, 1, 3)));
        assert!(!is_bank_holiday(EnglandAndWales, date(2028, 1, 4)));
        assert!(is_bank_holiday(Scotland, date(2028, 1, 4)));
    }

    #[test]
    fn nations_map_to_their_area() {
        assert_eq!(HolidayArea::of_nation("Wales"), EnglandAndWales);
        assert_eq!(HolidayArea::of_nation("England"), EnglandAndWales);
        assert_eq!(HolidayArea::of_nation("Scotland"), Scotland);
        assert_eq!(HolidayArea::of_nation("Northern Ireland"), NorthernIreland);
    }
}
