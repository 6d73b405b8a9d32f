//! Times as the database keeps them (`2026-03-01T10:15:30.123Z`, UTC), read into their
//! parts for people, and the time now in the same form.

use std::time::{SystemTime, UNIX_EPOCH};

/// A moment, to the minute, in UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Timestamp {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
}

impl Timestamp {
    /// Reads `YYYY-MM-DD` with an optional `THH:MM...` (or a space instead of `T`).
    pub fn parse(text: &str) -> Option<Timestamp> {
        let number = |from: usize, to: usize| text.get(from..to).and_then(|s| s.parse::<u32>().ok());
        let (year, month, day) = (number(0, 4)?, number(5, 7)?, number(8, 10)?);
        if text.get(4..5) != Some("-") || text.get(7..8) != Some("-") || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        let (hour, minute) = match text.get(10..11) {
            Some("T" | " ") => (number(11, 13)?, number(14, 16)?),
            _ => (0, 0),
        };
        Some(Timestamp { year: i64::from(year), month, day, hour, minute })
    }

    /// The time now.
    pub fn now() -> Timestamp {
        let seconds = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
        let seconds = i64::try_from(seconds).unwrap_or(0);
        let (year, month, day) = civil_from_days(seconds.div_euclid(86_400));
        let of_day = seconds.rem_euclid(86_400);
        // Both are below 24 and 60, so the conversions cannot fail.
        let hour = u32::try_from(of_day / 3600).unwrap_or(0);
        let minute = u32::try_from(of_day % 3600 / 60).unwrap_or(0);
        Timestamp { year, month, day, hour, minute }
    }

    /// As the database writes it, to the minute: `2026-03-01T10:15:00.000Z`.
    pub fn to_iso(self) -> String {
        format!("{:04}-{:02}-{:02}T{:02}:{:02}:00.000Z", self.year, self.month, self.day, self.hour, self.minute)
    }

    /// `10:15`.
    pub fn clock(self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }
}

/// Year, month and day of a count of days since 1970-01-01 (Howard Hinnant's method).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    // Day and month are small and positive.
    (year, u32::try_from(month).unwrap_or(1), u32::try_from(day).unwrap_or(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_become_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(civil_from_days(20_513), (2026, 3, 1));
    }

    #[test]
    fn database_times_are_read() {
        let m = Timestamp::parse("2026-03-01T10:15:30.123Z").unwrap();
        assert_eq!((m.year, m.month, m.day, m.clock()), (2026, 3, 1, "10:15".to_owned()));
        assert_eq!(Timestamp::parse("2026-03-01").unwrap().clock(), "00:00");
        assert_eq!(Timestamp::parse(&m.to_iso()), Some(m));
        for bad in ["", "yesterday", "2026-13-01", "2026/03/01", "2026-03-00"] {
            assert_eq!(Timestamp::parse(bad), None, "{bad}");
        }
        assert!(Timestamp::now().year >= 2024);
    }
}
