//! The report's figures as a list of `(metric, value)`, written once and shared by the
//! CSV and the spreadsheet, so both always hold the same figures under the same stable
//! metric names (see docs/report-format.md).

use super::text::PUBLISH_MIN;
use super::totals::{percent, tenths, Scores, YesNo};
use super::Report;
use crate::lesson::format::SKILL_AREAS;

/// One figure's value, before it is written as text or as a spreadsheet cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Count(u64),
    /// A number in tenths (an average, hours), shown with one decimal place.
    Tenths(u64),
    /// A whole percentage.
    Percent(u64),
    /// A count under 5 hidden by `--publish`.
    Hidden,
    /// Nothing to show: a figure that cannot be worked out, or is hidden.
    Empty,
}

/// One row of the figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub metric: String,
    pub value: Value,
}

struct Rows {
    publish: bool,
    out: Vec<Figure>,
}

impl Rows {
    fn push(&mut self, metric: &str, value: Value) {
        self.out.push(Figure { metric: metric.to_owned(), value });
    }

    fn count(&mut self, metric: &str, n: u64) {
        let value = count(n, self.publish);
        self.push(metric, value);
    }

    /// A figure worked out from `base` answers or sessions: empty when there are none,
    /// or too few to publish.
    fn derived(&mut self, metric: &str, base: u64, value: Option<Value>) {
        let hidden = self.publish && base < PUBLISH_MIN;
        self.push(metric, value.filter(|_| !hidden).unwrap_or(Value::Empty));
    }

    fn scores(&mut self, name: &str, s: &Scores) {
        self.count(&format!("{name}.answers"), s.answers);
        self.derived(&format!("{name}.average"), s.answers, tenths(s.sum, s.answers).map(Value::Tenths));
        for (score, n) in (1..).zip(s.by_score) {
            self.count(&format!("{name}.score_{score}"), n);
        }
    }

    fn yes_no(&mut self, name: &str, a: &YesNo) {
        self.count(&format!("{name}.answers"), a.answers);
        self.count(&format!("{name}.yes"), a.yes);
        self.derived(&format!("{name}.percent"), a.answers, percent(a.yes, a.answers).map(Value::Percent));
    }
}

/// A count as shown: hidden under 5 when publishing.
pub fn count(n: u64, publish: bool) -> Value {
    if publish && n < PUBLISH_MIN {
        Value::Hidden
    } else {
        Value::Count(n)
    }
}

/// Every figure of the report, in the documented order.
pub fn figures(report: &Report, publish: bool) -> Vec<Figure> {
    let t = &report.totals;
    let mut rows = Rows { publish, out: Vec::new() };
    let date = |d: Option<super::period::Date>| Value::Text(d.map(|d| d.to_string()).unwrap_or_default());
    rows.push("hub", Value::Text(report.hub_names().join(", ")));
    rows.push("from", date(report.period.from));
    rows.push("to", date(report.period.to));
    rows.count("learners_engaged", t.learners_engaged);
    rows.count("new_learners", t.new_learners);
    rows.count("sessions", t.sessions);
    rows.count("learner_only_sessions", t.learner_only_sessions);
    rows.count("sessions_ended", t.sessions_ended);
    rows.derived("hours", t.sessions_ended, tenths(t.session_seconds, 3600).map(Value::Tenths));
    rows.count("lessons_completed", t.lessons_completed);
    rows.count("courses_completed", t.courses_completed);
    for (name, by_area) in
        [("lessons_completed", &t.lessons_completed_by_area), ("courses_completed", &t.courses_completed_by_area)]
    {
        for area in SKILL_AREAS {
            rows.count(&format!("{name}.{area}"), by_area.get(area).copied().unwrap_or(0));
        }
    }
    rows.scores("confidence_before", &t.confidence_before);
    rows.scores("confidence_after", &t.confidence_after);
    rows.yes_no("useful", &t.useful);
    rows.yes_no("helpful", &t.helpful);
    rows.count("help.hints", t.help.hints);
    rows.count("help.show_me", t.help.show_me);
    rows.count("help.do_it_for_me", t.help.do_it_for_me);
    for (key, n) in report.milestone_counts() {
        rows.count(&format!("milestone.{key}"), n);
    }
    rows.out
}
