//! The month-by-month breakdown: the main figures of each month in the report, in the
//! printed report (a line a month, in words) and in the CSV (a column a month).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::text::Show;
use crate::i18n::{Args, I18n};
use crate::store::MonthActivity;

/// One month's main figures. The field names are part of the export format.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Month {
    pub learners_engaged: u64,
    pub new_learners: u64,
    pub sessions: u64,
    pub learner_only_sessions: u64,
    pub lessons_completed: u64,
}

/// Months by `YYYY-MM`, in order.
pub type Months = BTreeMap<String, Month>;

/// How to read one figure of a month.
pub type Figure = fn(&Month) -> u64;

/// The CSV rows that have a value for each month, with how to read it.
pub const CSV_ROWS: [(&str, Figure); 5] = [
    ("learners_engaged", |m| m.learners_engaged),
    ("new_learners", |m| m.new_learners),
    ("sessions", |m| m.sessions),
    ("learner_only_sessions", |m| m.learner_only_sessions),
    ("lessons_completed", |m| m.lessons_completed),
];

impl From<MonthActivity> for Month {
    fn from(a: MonthActivity) -> Month {
        Month {
            learners_engaged: a.learners_engaged,
            new_learners: a.new_learners,
            sessions: a.sessions,
            learner_only_sessions: a.learner_only_sessions,
            lessons_completed: a.lessons_completed,
        }
    }
}

/// Adds `from`'s months into `to`, field by field (files from elsewhere could hold
/// numbers too big to add: they stop at the largest).
pub fn add(to: &mut Months, from: &Months) {
    for (key, m) in from {
        let t = to.entry(key.clone()).or_default();
        for (field, add) in [
            (&mut t.learners_engaged, m.learners_engaged),
            (&mut t.new_learners, m.new_learners),
            (&mut t.sessions, m.sessions),
            (&mut t.learner_only_sessions, m.learner_only_sessions),
            (&mut t.lessons_completed, m.lessons_completed),
        ] {
            *field = field.saturating_add(add);
        }
    }
}

/// A month's name in the report's language and its year, from its key (`2026-02`).
pub fn name(key: &str, i18n: &I18n) -> (String, String) {
    let (year, month) = key.split_once('-').unwrap_or((key, ""));
    let name = month.parse::<u8>().map_or_else(|_| key.to_owned(), |n| i18n.tr(&format!("report-month-{n}")));
    (name, year.to_owned())
}

/// "February 2026: learners 3, new 3, sessions with a champion 3, alone 1, lessons 6",
/// a line a month, with the month's name in the report's language.
pub fn lines(months: &Months, show: &Show<'_>) -> Vec<String> {
    let i18n = show.i18n;
    months
        .iter()
        .map(|(key, m)| {
            let (name, year) = name(key, i18n);
            let args = Args::new()
                .with("month", name)
                .with("year", year)
                .with("learners", show.count(m.learners_engaged))
                .with("new", show.count(m.new_learners))
                .with("sessions", show.count(m.sessions))
                .with("alone", show.count(m.learner_only_sessions))
                .with("lessons", show.count(m.lessons_completed));
            format!("  {}", i18n.tr_args("report-month", &args))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_from_many_hubs_add_up_field_by_field() {
        let one = |n: u64| Month { learners_engaged: n, sessions: n.saturating_mul(2), ..Month::default() };
        let mut to: Months = [("2026-01".to_owned(), one(1))].into();
        let from: Months = [("2026-01".to_owned(), one(2)), ("2026-02".to_owned(), one(u64::MAX))].into();
        add(&mut to, &from);
        assert_eq!(to["2026-01"], one(3));
        add(&mut to, &from);
        assert_eq!(to["2026-02"].learners_engaged, u64::MAX, "stops at the largest number");
    }
}
