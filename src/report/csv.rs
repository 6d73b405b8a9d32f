//! The figures as CSV, `metric,value` a row, for spreadsheets, then a column a month
//! (`2026-02`) for the figures counted month by month. Metric names and values
//! are the same in every language (see docs/report-format.md): numbers with a full stop
//! for decimals, [`HIDDEN`] for a count hidden by `--publish`, and nothing for a figure
//! that cannot be worked out (an average of no answers) or is hidden.

use super::export::HIDDEN;
use super::months::{Month, CSV_ROWS};
use super::text::PUBLISH_MIN;
use super::totals::{percent, tenths, Scores, YesNo};
use super::Report;
use crate::lesson::format::SKILL_AREAS;

struct Rows<'a> {
    publish: bool,
    out: String,
    /// The months, in order: each a column after the value.
    months: Vec<(&'a String, &'a Month)>,
}

impl Rows<'_> {
    /// A row: the metric, its value, and its value in each month (empty where the
    /// metric is not counted by month), so every row has every column.
    fn row(&mut self, metric: &str, value: &str) {
        self.out.push_str(&field(metric));
        self.out.push(',');
        self.out.push_str(&field(value));
        let by_month = CSV_ROWS.iter().find(|(name, _)| *name == metric).map(|(_, get)| *get);
        for (_, month) in &self.months {
            self.out.push(',');
            if let Some(get) = by_month {
                self.out.push_str(&self.shown(get(month)));
            }
        }
        self.out.push('\n');
    }

    /// A count as shown: hidden under 5 when publishing.
    fn shown(&self, n: u64) -> String {
        if self.publish && n < PUBLISH_MIN {
            HIDDEN.to_owned()
        } else {
            n.to_string()
        }
    }

    fn count(&mut self, metric: &str, n: u64) {
        let value = self.shown(n);
        self.row(metric, &value);
    }

    /// A figure worked out from `base` answers or sessions, in tenths or whole.
    fn derived(&mut self, metric: &str, base: u64, value: Option<u64>, in_tenths: bool) {
        let hidden = self.publish && base < PUBLISH_MIN;
        let text = match value {
            Some(v) if !hidden && in_tenths => format!("{}.{}", v / 10, v % 10),
            Some(v) if !hidden => v.to_string(),
            _ => String::new(),
        };
        self.row(metric, &text);
    }

    fn scores(&mut self, name: &str, s: &Scores) {
        self.count(&format!("{name}.answers"), s.answers);
        self.derived(&format!("{name}.average"), s.answers, tenths(s.sum, s.answers), true);
        for (score, n) in (1..).zip(s.by_score) {
            self.count(&format!("{name}.score_{score}"), n);
        }
    }

    fn yes_no(&mut self, name: &str, a: &YesNo) {
        self.count(&format!("{name}.answers"), a.answers);
        self.count(&format!("{name}.yes"), a.yes);
        self.derived(&format!("{name}.percent"), a.answers, percent(a.yes, a.answers), false);
    }
}

/// One CSV field: quoted when it must be, and kept from being read as a formula.
fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The report as CSV text.
pub fn render(report: &Report, publish: bool) -> String {
    let t = &report.totals;
    let mut rows = Rows { publish, out: String::new(), months: t.months.iter().collect() };
    rows.out.push_str("metric,value");
    for (key, _) in &rows.months {
        rows.out.push(',');
        rows.out.push_str(&field(key));
    }
    rows.out.push('\n');
    let hubs = report.hub_names();
    rows.row("hub", &hubs.join(", "));
    rows.row("from", &report.period.from.map(|d| d.to_string()).unwrap_or_default());
    rows.row("to", &report.period.to.map(|d| d.to_string()).unwrap_or_default());
    rows.count("learners_engaged", t.learners_engaged);
    rows.count("new_learners", t.new_learners);
    rows.count("sessions", t.sessions);
    rows.count("learner_only_sessions", t.learner_only_sessions);
    rows.count("sessions_ended", t.sessions_ended);
    rows.derived("hours", t.sessions_ended, tenths(t.session_seconds, 3600), true);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_never_formulas() {
        assert_eq!(field("Riverside Library"), "Riverside Library");
        assert_eq!(field("Hub, \"North\""), "\"Hub, \"\"North\"\"\"");
        assert_eq!(field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(field("-1"), "'-1");
    }
}
