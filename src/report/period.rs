//! Dates as people type them (`2026-03-31`) and the period a report covers.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use jiff::tz::TimeZone;

use crate::domain::when::{database_time, parse_date};
use crate::store::Window;

/// A day of the calendar, written year-month-day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(jiff::civil::Date);

impl Date {
    /// Reads `YYYY-MM-DD` exactly: four, two and two digits, a real day.
    pub fn parse(text: &str) -> Option<Date> {
        parse_date(text).map(Date)
    }

    /// The first moment of this day where the hub is (its system time zone), as the
    /// database writes times; None past the calendar's end.
    fn start_in(self, zone: &TimeZone) -> Option<String> {
        Some(database_time(self.0.to_zoned(zone.clone()).ok()?.timestamp()))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse(&text).ok_or_else(|| serde::de::Error::custom(format!("{text:?} is not a YYYY-MM-DD date")))
    }
}

/// The days a report covers, both ends included; no end means no limit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub from: Option<Date>,
    pub to: Option<Date>,
}

impl Period {
    /// The same days, where the hub is, as times to compare saved (UTC) events with.
    pub fn window(&self) -> Window {
        self.window_in(&TimeZone::system())
    }

    /// The same days in time zone `zone`: from the start of the first to the start of
    /// the day after the last.
    pub fn window_in(&self, zone: &TimeZone) -> Window {
        let after = |d: Date| d.0.tomorrow().ok().map(Date);
        Window {
            start: self.from.and_then(|d| d.start_in(zone)),
            end: self.to.and_then(after).and_then(|d| d.start_in(zone)),
        }
    }

    /// The smallest period that holds all of `periods`.
    pub fn spanning(periods: impl IntoIterator<Item = Period>) -> Period {
        let mut periods = periods.into_iter();
        let Some(first) = periods.next() else {
            return Period::default();
        };
        periods.fold(first, |a, b| Period {
            from: a.from.zip(b.from).map(|(x, y)| x.min(y)),
            to: a.to.zip(b.to).map(|(x, y)| x.max(y)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn a_period_includes_its_last_day() {
        let period = Period { from: Some(date("2026-01-01")), to: Some(date("2026-03-31")) };
        let window = period.window_in(&TimeZone::UTC);
        assert_eq!(
            (window.start.as_deref(), window.end.as_deref()),
            (Some("2026-01-01T00:00:00.000Z"), Some("2026-04-01T00:00:00.000Z"))
        );
        assert_eq!(Period::default().window(), Window::default());
        let last = Period { from: None, to: Some(date("9999-12-31")) };
        assert_eq!(last.window_in(&TimeZone::UTC), Window::default(), "no day after the calendar's last");
    }

    #[test]
    fn a_period_is_made_of_the_hubs_own_days() {
        let Ok(london) = TimeZone::get("Europe/London") else {
            eprintln!("SKIPPED a_period_is_made_of_the_hubs_own_days: no time zone data here (package tzdata)");
            return;
        };
        let july = Period { from: Some(date("2026-07-01")), to: Some(date("2026-07-31")) };
        let window = july.window_in(&london);
        assert_eq!(
            (window.start.as_deref(), window.end.as_deref()),
            (Some("2026-06-30T23:00:00.000Z"), Some("2026-07-31T23:00:00.000Z")),
            "British Summer Time: a session at 00:30 on 1 July is in July"
        );
    }

    #[test]
    fn dates_are_read_strictly_and_written_back_the_same() {
        assert_eq!(date("2024-02-29").to_string(), "2024-02-29");
        assert_eq!(Date::parse("2026-02-29"), None);
        let text = serde_json::to_string(&date("2026-03-31")).unwrap();
        assert_eq!(text, "\"2026-03-31\"");
        assert_eq!(serde_json::from_str::<Date>(&text).unwrap(), date("2026-03-31"));
        assert!(serde_json::from_str::<Date>("\"2026-3-31\"").is_err());
    }

    #[test]
    fn spanning_periods_takes_the_widest_ends() {
        let p = |from: Option<&str>, to: Option<&str>| Period { from: from.map(date), to: to.map(date) };
        let spanned = Period::spanning([p(Some("2026-02-01"), Some("2026-02-28")), p(Some("2026-01-01"), None)]);
        assert_eq!(spanned, p(Some("2026-01-01"), None));
        let spanned =
            Period::spanning([p(Some("2026-02-01"), Some("2026-02-28")), p(Some("2026-03-01"), Some("2026-03-31"))]);
        assert_eq!(spanned, p(Some("2026-02-01"), Some("2026-03-31")));
    }
}
