//! Times. The database keeps moments in UTC (`2026-03-01T10:15:30.123Z`), so they sort
//! and compare the same everywhere; people see them where they are, in the system's
//! time zone (Europe/London at a UK hub), so a summer evening session is not dated an
//! hour off, or on the wrong day. The calendar is `jiff`'s.

use jiff::tz::TimeZone;

/// Seconds since 1970 by the computer's clock (0 if it is set before then): the clock
/// the tutor measures the PIN rule's waits by.
pub fn seconds_now() -> i64 {
    let since = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    i64::try_from(since.as_secs()).unwrap_or(i64::MAX)
}

/// A moment, with its date and clock time where the learner is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Timestamp {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    /// The moment itself, for saving.
    at: jiff::Timestamp,
}

impl Timestamp {
    /// Reads a database time (`2026-03-01T10:15:30.123Z`, or a space for the `T`), or a
    /// date alone (`2026-03-01`, the start of that day where the hub is).
    pub fn parse(text: &str) -> Option<Timestamp> {
        Timestamp::parse_in(text, &TimeZone::system())
    }

    /// As [`Timestamp::parse`], seen from time zone `zone`.
    pub fn parse_in(text: &str, zone: &TimeZone) -> Option<Timestamp> {
        if text.len() == 10 {
            let day = parse_date(text)?;
            return Some(Timestamp::at_in(day.to_zoned(zone.clone()).ok()?.timestamp(), zone));
        }
        let at = text.replacen(' ', "T", 1).parse::<jiff::Timestamp>().ok()?;
        Some(Timestamp::at_in(at, zone))
    }

    /// The time now.
    pub fn now() -> Timestamp {
        Timestamp::at_in(jiff::Timestamp::now(), &TimeZone::system())
    }

    fn at_in(at: jiff::Timestamp, zone: &TimeZone) -> Timestamp {
        let local = zone.to_datetime(at);
        // Months, days, hours and minutes are small and positive.
        let part = |n: i8| u32::try_from(n).unwrap_or(0);
        Timestamp {
            year: i64::from(local.year()),
            month: part(local.month()),
            day: part(local.day()),
            hour: part(local.hour()),
            minute: part(local.minute()),
            at,
        }
    }

    /// As the database writes it, in UTC, to the millisecond: `2026-03-01T10:15:00.000Z`.
    pub fn to_iso(self) -> String {
        database_time(self.at)
    }

    /// `10:15`, where the hub is.
    pub fn clock(self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }
}

/// `at` as the database writes times: UTC, to the millisecond, so text order is time
/// order.
pub fn database_time(at: jiff::Timestamp) -> String {
    at.strftime("%Y-%m-%dT%H:%M:%S.%3fZ").to_string()
}

/// Reads a date as people type it for a report, `YYYY-MM-DD` exactly (four, two and two
/// digits), if it is a real day.
pub fn parse_date(text: &str) -> Option<jiff::civil::Date> {
    let bytes = text.as_bytes();
    let shape = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| if i == 4 || i == 7 { *b == b'-' } else { b.is_ascii_digit() });
    let date: jiff::civil::Date = shape.then(|| text.parse().ok()).flatten()?;
    (date.year() >= 1).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn london() -> Option<TimeZone> {
        match TimeZone::get("Europe/London") {
            Ok(zone) => Some(zone),
            Err(e) => {
                eprintln!("SKIPPED the Europe/London cases: no time zone data here ({e}; package tzdata)");
                None
            }
        }
    }

    #[test]
    fn database_times_are_read_in_utc() {
        let m = Timestamp::parse_in("2026-03-01T10:15:30.123Z", &TimeZone::UTC).unwrap();
        assert_eq!((m.year, m.month, m.day, m.clock()), (2026, 3, 1, "10:15".to_owned()));
        assert_eq!(m.to_iso(), "2026-03-01T10:15:30.123Z", "saved as it was");
        assert_eq!(Timestamp::parse_in("2026-03-01", &TimeZone::UTC).unwrap().clock(), "00:00");
        assert_eq!(
            Timestamp::parse_in("2026-03-01 10:15:30Z", &TimeZone::UTC).unwrap().to_iso(),
            "2026-03-01T10:15:30.000Z"
        );
        for bad in ["", "yesterday", "2026-13-01", "2026/03/01", "2026-03-00"] {
            assert_eq!(Timestamp::parse(bad), None, "{bad}");
        }
        assert!(Timestamp::now().year >= 2024);
    }

    #[test]
    fn a_summer_evening_in_london_is_that_evening_not_the_next_day() {
        let Some(zone) = london() else { return };
        let late = Timestamp::parse_in("2026-07-14T23:30:00.000Z", &zone).unwrap();
        assert_eq!((late.month, late.day, late.clock()), (7, 15, "00:30".to_owned()), "British Summer Time");
        let winter = Timestamp::parse_in("2026-01-14T23:30:00.000Z", &zone).unwrap();
        assert_eq!((winter.day, winter.clock()), (14, "23:30".to_owned()), "Greenwich Mean Time");
        let day = Timestamp::parse_in("2026-07-14", &zone).unwrap();
        assert_eq!(day.to_iso(), "2026-07-13T23:00:00.000Z", "a London day starts at 23:00 UTC in summer");
    }

    #[test]
    fn only_real_dates_written_in_full_are_read() {
        assert_eq!(parse_date("2026-03-31").unwrap().to_string(), "2026-03-31");
        assert_eq!(parse_date("2024-02-29").unwrap().to_string(), "2024-02-29");
        for bad in ["2026-02-29", "1900-02-29", "2026-13-01", "2026-04-31", "2026-3-31", "26-03-31", "2026/03/31"] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        for bad in ["0000-01-01", "2026-00-10", "2026-01-00", "2026-01-1x", "+026-01-01", "2026-03-31 "] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }
}
