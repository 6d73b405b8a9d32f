//! Dates as people type them (`2026-03-31`) and the period a report covers.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::store::Window;

/// A day of the calendar, written year-month-day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

fn days_in_month(year: u16, month: u8) -> u8 {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// The date, if it is a real one.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let real = (1..=9999).contains(&year) && (1..=12).contains(&month) && day >= 1;
        (real && day <= days_in_month(year, month)).then_some(Date { year, month, day })
    }

    /// Reads `YYYY-MM-DD` exactly: four, two and two digits.
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        let digits = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = bytes.get(range)?;
            part.iter().all(u8::is_ascii_digit).then(|| part.iter().fold(0, |n, d| n * 10 + u16::from(d - b'0')))
        };
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let month = u8::try_from(digits(5..7)?).ok()?;
        let day = u8::try_from(digits(8..10)?).ok()?;
        Date::new(digits(0..4)?, month, day)
    }

    /// The day after, if there is one this side of the year 10000.
    pub fn next_day(self) -> Option<Date> {
        let Date { year, month, day } = self;
        if day < days_in_month(year, month) {
            Some(Date { day: day + 1, ..self })
        } else if month < 12 {
            Some(Date { month: month + 1, day: 1, ..self })
        } else {
            Date::new(year + 1, 1, 1)
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
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
    /// The same days as times to compare saved events with (UTC days).
    pub fn window(&self) -> Window {
        Window { start: self.from.map(|d| d.to_string()), end: self.to.and_then(Date::next_day).map(|d| d.to_string()) }
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
    fn only_real_dates_written_in_full_are_read() {
        assert_eq!(date("2026-03-31").to_string(), "2026-03-31");
        assert_eq!(date("2024-02-29").to_string(), "2024-02-29");
        for bad in ["2026-02-29", "1900-02-29", "2026-13-01", "2026-04-31", "2026-3-31", "26-03-31", "2026/03/31"] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        for bad in ["0000-01-01", "2026-00-10", "2026-01-00", "2026-01-1x", "+026-01-01", "2026-03-31 "] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_next_day_crosses_months_years_and_leap_days() {
        let next = |d: &str| date(d).next_day().map(|d| d.to_string());
        assert_eq!(next("2026-03-31").as_deref(), Some("2026-04-01"));
        assert_eq!(next("2024-02-28").as_deref(), Some("2024-02-29"));
        assert_eq!(next("2026-02-28").as_deref(), Some("2026-03-01"));
        assert_eq!(next("2026-12-31").as_deref(), Some("2027-01-01"));
        assert_eq!(next("9999-12-31"), None);
    }

    #[test]
    fn a_period_includes_its_last_day() {
        let period = Period { from: Some(date("2026-01-01")), to: Some(date("2026-03-31")) };
        let window = period.window();
        assert_eq!((window.start.as_deref(), window.end.as_deref()), (Some("2026-01-01"), Some("2026-04-01")));
        assert_eq!(Period::default().window(), Window::default());
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
