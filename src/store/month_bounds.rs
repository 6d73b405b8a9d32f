//! The hub's months as spans of saved times. Times are saved in UTC as text
//! (`2026-03-31T23:30:00.000Z`); a report counts each in the month where the hub is (its
//! system time zone), as SQLite's `localtime` does. Asking SQLite for each row's month
//! was most of a report's time (190 ms of 315 over a million steps), so the moments
//! where the month changes are worked out once, as saved text, and a row's month is
//! found by comparing its text with one or two of them.

use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};

use crate::domain::when::database_time;

/// The years whose months are worked out here. SQLite's `localtime` follows the zone's
/// rules only from 1970 to January 2038 (outside, it borrows a year between 2000 and
/// 2003), so a time outside these years is left to SQLite, to count as before.
const FIRST_YEAR: i16 = 1970;
const END_YEAR: i16 = 2038;
/// The first moment of 2038, in UTC.
const END: Timestamp = Timestamp::constant(2_145_916_800, 0);

/// A month as a number, `year * 12 + month - 1`, so months follow each other.
pub(super) type MonthNumber = i32;

/// The first month a time from 1970 on can fall in where the hub is (December 1969, west
/// of Greenwich), and how many months there are from it to January 2038.
pub(super) const FIRST_MONTH: MonthNumber = (FIRST_YEAR as MonthNumber - 1) * 12 + 11;
pub(super) const MONTHS: usize = (END_YEAR as usize * 12) - FIRST_MONTH as usize + 1;

/// `2026-03` for the number of March 2026.
pub(super) fn month_key(month: MonthNumber) -> String {
    format!("{:04}-{:02}", month.div_euclid(12), month.rem_euclid(12) + 1)
}

fn month_number(date: Date) -> MonthNumber {
    i32::from(date.year()) * 12 + i32::from(date.month()) - 1
}

/// Where the hub's months begin and end, for times from 1970 to 2037.
pub(super) struct MonthBounds {
    /// Each moment where the month changes, as saved text, and the month from then on.
    /// The first is the start of 1970 in UTC.
    changes: Vec<(String, MonthNumber)>,
    /// For each UTC month from January 1970, the last change at or before its first
    /// moment: where a search for a time in that month starts.
    by_utc_month: Vec<usize>,
}

impl MonthBounds {
    /// The months of time zone `zone`. Between two of the zone's changes of offset the
    /// clock runs on evenly, so the month changes only where the clock reaches the first
    /// of a month, or at a change of offset (a clock put back over midnight on the first
    /// of a month goes back into the month before): both are found, in order.
    pub(super) fn new(zone: &TimeZone) -> MonthBounds {
        let (first, end) = (Timestamp::UNIX_EPOCH, END);
        let mut changes: Vec<(String, MonthNumber)> = Vec::new();
        let mut t = first;
        while t < end {
            let local = zone.to_datetime(t);
            let month = month_number(local.date());
            if changes.last().map(|c| c.1) != Some(month) {
                changes.push((database_time(t), month));
            }
            let next_first = next_month_start(local);
            let reached = next_first.and_then(|d| zone.to_offset(t).to_timestamp(d).ok());
            let offset_changes = zone.following(t).next().map(|change| change.timestamp());
            t = match (reached, offset_changes) {
                (Some(a), Some(b)) => a.min(b),
                (Some(a), None) => a,
                (None, Some(b)) => b,
                (None, None) => end,
            };
        }
        let mut by_utc_month = Vec::new();
        let mut found = 0;
        for year in FIRST_YEAR..END_YEAR {
            for month in 1..=12 {
                let start = format!("{year:04}-{month:02}-01T00:00:00.000Z");
                while changes.get(found + 1).is_some_and(|c| c.0 <= start) {
                    found += 1;
                }
                by_utc_month.push(found);
            }
        }
        MonthBounds { changes, by_utc_month }
    }

    /// The month where the hub is of saved time `at`, or None when `at` is not a time
    /// as Signpost saves them, from 1970 to 2037, with a real day and clock time: SQLite
    /// must read it then, as it always did.
    pub(super) fn month(&self, at: &str) -> Option<MonthNumber> {
        let utc_month = plain_time(at.as_bytes())?.utc_month();
        let mut found = *self.by_utc_month.get(utc_month)?;
        while self.changes.get(found + 1).is_some_and(|c| c.0.as_str() <= at) {
            found += 1;
        }
        self.changes.get(found).map(|c| c.1)
    }
}

/// The first moment of the month after `local`'s.
fn next_month_start(local: DateTime) -> Option<DateTime> {
    let first = local.date().first_of_month().checked_add(1.month()).ok()?;
    Some(first.to_datetime(jiff::civil::Time::midnight()))
}

/// A saved time read by [`plain_time`]: its date and clock time in UTC.
struct PlainTime {
    year: i64,
    month: i64,
    day: i64,
    /// Milliseconds since midnight.
    millis_of_day: i64,
}

impl PlainTime {
    /// Its month, counted from January 1970.
    fn utc_month(&self) -> usize {
        // A year from 1970 and a month from 1 (plain_time checks both).
        usize::try_from((self.year - i64::from(FIRST_YEAR)) * 12 + self.month - 1).unwrap_or(usize::MAX)
    }

    /// Milliseconds since 1970 began.
    fn millis(&self) -> i64 {
        // Days since 1 March of year 0 (Howard Hinnant's days_from_civil), so a leap day
        // is the last day of its year.
        let year = if self.month <= 2 { self.year - 1 } else { self.year };
        let day_of_year = (153 * ((self.month + 9) % 12) + 2) / 5 + self.day - 1;
        let days = year * 365 + year / 4 - year / 100 + year / 400 + day_of_year - 719_468;
        days * 86_400_000 + self.millis_of_day
    }
}

/// Reads `YYYY-MM-DDTHH:MM:SS.sssZ` from 1970 to 2037 with a real day and clock time (so
/// text order is time order, and SQLite reads it as the same moment). It runs for each
/// row a report reads, so it looks at each byte once.
fn plain_time(at: &[u8]) -> Option<PlainTime> {
    let at: &[u8; 24] = at.try_into().ok()?;
    // Each byte less '0': a digit's value, and 10 or more for any other byte.
    let digit = |i: usize| at[i].wrapping_sub(b'0');
    let largest = (digit(0).max(digit(1)).max(digit(2)).max(digit(3)))
        .max(digit(5).max(digit(6)).max(digit(8)).max(digit(9)))
        .max(digit(11).max(digit(12)).max(digit(14)).max(digit(15)))
        .max(digit(17).max(digit(18)).max(digit(20)).max(digit(21)).max(digit(22)));
    let shaped = largest < 10
        && at[4] == b'-'
        && at[7] == b'-'
        && at[10] == b'T'
        && at[13] == b':'
        && at[16] == b':'
        && at[19] == b'.'
        && at[23] == b'Z';
    if !shaped {
        return None;
    }
    let digit = |i: usize| i64::from(digit(i));
    let two = |i: usize| digit(i) * 10 + digit(i + 1);
    let (year, month, day) = (two(0) * 100 + two(2), two(5), two(8));
    let (hour, minute, second, milli) = (two(11), two(14), two(17), two(20) * 10 + digit(22));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days_in_month = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    let real = (i64::from(FIRST_YEAR)..i64::from(END_YEAR)).contains(&year)
        && (1..=12).contains(&month)
        && (1..=days_in_month).contains(&day)
        && hour < 24
        && minute < 60
        && second < 60;
    let millis_of_day = ((hour * 60 + minute) * 60 + second) * 1000 + milli;
    real.then_some(PlainTime { year, month, day, millis_of_day })
}

/// The whole seconds from `start` to `end`, none below 0, exactly as SQLite works them
/// out in `max(0, CAST(round((julianday(end) - julianday(start)) * 86400) AS INTEGER))`,
/// for two times as Signpost saves them; None for any other time, for SQLite to read.
pub(super) fn seconds_between(start: &str, end: &str) -> Option<i64> {
    let (start, end) = (plain_time(start.as_bytes())?, plain_time(end.as_bytes())?);
    // SQLite keeps a time as milliseconds since the start of the Julian calendar, and
    // julianday() divides them into days as a double: the same steps round the same way.
    const JULIAN_1970_MILLIS: i64 = 210_866_760_000_000;
    let julian_day = |millis: i64| (millis + JULIAN_1970_MILLIS) as f64 / 86_400_000.0;
    let seconds = (julian_day(end.millis()) - julian_day(start.millis())) * 86_400.0;
    // round(): add a half away from zero and cut off the fraction, as SQLite's does.
    let rounded = (seconds + if seconds < 0.0 { -0.5 } else { 0.5 }) as i64;
    Some(rounded.max(0))
}

#[cfg(test)]
#[path = "month_bounds_tests.rs"]
mod tests;
