use super::*;

use crate::domain::when::database_time;

/// The month of `at` in `zone` as jiff works it out for one moment: what the search
/// must agree with.
fn month_in(zone: &TimeZone, at: Timestamp) -> MonthNumber {
    month_number(zone.to_datetime(at).date())
}

fn zone(name: &str) -> Option<TimeZone> {
    let zone = TimeZone::get(name).ok();
    if zone.is_none() {
        eprintln!("SKIPPED {name}: no time zone data here (package tzdata)");
    }
    zone
}

/// Every half hour from a day before the first of each month (UTC) to a day after, and
/// the moments at and just before each change of month.
fn agrees_everywhere(name: &str, zone: &TimeZone) {
    let bounds = MonthBounds::new(zone);
    let mut checked = 0;
    for year in FIRST_YEAR..END_YEAR {
        for month in 1..=12 {
            let Ok(first) = Date::constant(year, month, 1).to_zoned(TimeZone::UTC) else { continue };
            for half_hour in -48..48 {
                let at = first.timestamp() + (half_hour * 30).minutes();
                if at < Timestamp::UNIX_EPOCH || at >= END {
                    continue;
                }
                let text = database_time(at);
                assert_eq!(bounds.month(&text), Some(month_in(zone, at)), "{name} at {text}");
                checked += 1;
            }
        }
    }
    for (text, month) in &bounds.changes[1..] {
        let at: Timestamp = text.parse().unwrap();
        assert_eq!(month_in(zone, at), *month, "{name}: the month from {text}");
        let before = at - 1.millisecond();
        assert_eq!(bounds.month(&database_time(before)), Some(month_in(zone, before)), "{name} just before {text}");
    }
    assert!(checked > 75_000, "{name}: {checked} moments");
}

#[test]
fn each_time_falls_in_the_month_where_the_hub_is() {
    agrees_everywhere("UTC", &TimeZone::UTC);
    for name in ["Europe/London", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Apia"] {
        if let Some(zone) = zone(name) {
            agrees_everywhere(name, &zone);
        }
    }
}

#[test]
fn british_summer_time_moves_the_end_of_march_into_april() {
    let Some(london) = zone("Europe/London") else { return };
    let bounds = MonthBounds::new(&london);
    let month = |at: &str| bounds.month(at).map(month_key);
    assert_eq!(month("2026-03-31T22:59:59.999Z").as_deref(), Some("2026-03"));
    assert_eq!(month("2026-03-31T23:00:00.000Z").as_deref(), Some("2026-04"), "00:00 on 1 April, BST");
    assert_eq!(month("2026-10-31T23:59:59.999Z").as_deref(), Some("2026-10"), "GMT again since 25 October");
    assert_eq!(month("2026-11-01T00:00:00.000Z").as_deref(), Some("2026-11"));
    assert_eq!(month("2026-06-30T23:30:00.000Z").as_deref(), Some("2026-07"));
}

/// A zone whose clocks go back at half past midnight on Sunday 1 November 2026, from
/// summer time (UTC-2) to 23:30 on the 31st (UTC-3): November, then October again.
#[test]
fn a_clock_put_back_over_midnight_goes_back_a_month() {
    let zone = TimeZone::posix("STD3DST,M3.2.0/0,M11.1.0/0:30").unwrap();
    let bounds = MonthBounds::new(&zone);
    let month = |at: &str| bounds.month(at).map(month_key);
    assert_eq!(month("2026-11-01T01:59:59.999Z").as_deref(), Some("2026-10"));
    assert_eq!(month("2026-11-01T02:00:00.000Z").as_deref(), Some("2026-11"), "midnight in summer time");
    assert_eq!(month("2026-11-01T02:45:00.000Z").as_deref(), Some("2026-10"), "23:45 on the 31st again");
    assert_eq!(month("2026-11-01T03:00:00.000Z").as_deref(), Some("2026-11"));
    agrees_everywhere("STD3DST", &zone);
}

#[test]
fn times_not_as_signpost_saves_them_are_left_to_sqlite() {
    let bounds = MonthBounds::new(&TimeZone::UTC);
    assert_eq!(bounds.month("2026-03-04T05:06:07.000Z").map(month_key).as_deref(), Some("2026-03"));
    for odd in [
        "2026-03-04 05:06:07.000Z",
        "2026-03-04T05:06:07Z",
        "2026-03-04",
        "2026-02-29T05:06:07.000Z",
        "2026-13-04T05:06:07.000Z",
        "2026-03-04T24:00:00.000Z",
        "2026-03-04T05:60:07.000Z",
        "2026-03-04T05:06:60.000Z",
        "2026-03-04T05:06:07.00xZ",
        "1969-12-31T23:59:59.999Z",
        "2038-01-01T00:00:00.000Z",
        "2026-03-04T05:06:07.000+",
        "",
    ] {
        assert_eq!(bounds.month(odd), None, "{odd}");
    }
    assert_eq!(bounds.month("2024-02-29T05:06:07.000Z").map(month_key).as_deref(), Some("2024-02"));
    assert_eq!(bounds.month("1970-01-01T00:00:00.000Z").map(month_key).as_deref(), Some("1970-01"));
    assert_eq!(bounds.month("2037-12-31T23:59:59.999Z").map(month_key).as_deref(), Some("2037-12"));
}

#[test]
fn month_keys_are_year_and_month() {
    assert_eq!(month_key(2026 * 12 + 2), "2026-03");
    assert_eq!(month_key(1969 * 12 + 11), "1969-12");
}

/// Session lengths to the second as SQLite's `julianday` gives them, half seconds and
/// sessions that end before they start included.
#[test]
fn seconds_between_are_sqlites_to_the_second() {
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    let mut sqlite =
        conn.prepare("SELECT max(0, CAST(round((julianday(?2) - julianday(?1)) * 86400) AS INTEGER))").unwrap();
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        i64::try_from(state % n).unwrap()
    };
    for _ in 0..20_000 {
        // From the second day of 1970 to mid-December 2037, so both ends are read here.
        let start = Timestamp::from_millisecond(86_400_000 + next(2_145_000_000_000)).unwrap();
        let length =
            [next(10_000) * 500, next(100_000_000), -next(10_000), next(1000)][usize::try_from(next(4)).unwrap()];
        let end = start + length.milliseconds();
        let (start, end) = (database_time(start), database_time(end));
        let expected: i64 = sqlite.query_row([&start, &end], |row| row.get(0)).unwrap();
        assert_eq!(seconds_between(&start, &end), Some(expected), "{start} to {end}");
    }
    assert_eq!(seconds_between("2026-03-04 05:06:07", "2026-03-04T06:06:07.000Z"), None, "left to SQLite");
}
