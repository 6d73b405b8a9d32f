//! The printed report: plain lines, one figure a line, in the chosen language, with bar
//! charts of `#` (see [`super::chart`]).

use super::chart::{self, ChartRow};
use super::period::Period;
use std::collections::BTreeMap;

use super::totals::{percent, tenths, Scores, Totals, YesNo};
use super::Report;
use crate::i18n::{Args, I18n};
use crate::lesson::format::SKILL_AREAS;

/// Counts below this are hidden when publishing.
pub const PUBLISH_MIN: u64 = 5;

/// Turns figures into words, hiding small counts when publishing.
pub struct Show<'a> {
    pub i18n: &'a I18n,
    pub publish: bool,
}

impl Show<'_> {
    pub fn hidden(&self, n: u64) -> bool {
        self.publish && n < PUBLISH_MIN
    }

    /// A count, or "fewer than 5".
    pub fn count(&self, n: u64) -> String {
        if self.hidden(n) {
            self.i18n.tr("report-fewer-than-five")
        } else {
            n.to_string()
        }
    }

    /// A figure worked out from `base` answers or sessions: "no answers yet" when there
    /// are none, and not shown when publishing if there are too few.
    pub fn derived(&self, base: u64, value: impl FnOnce() -> Option<String>) -> String {
        if self.hidden(base) {
            return self.i18n.tr("report-not-shown");
        }
        value().unwrap_or_else(|| self.i18n.tr("report-no-answers"))
    }

    pub fn decimal(&self, tenths: u64) -> String {
        let args = Args::new().with("whole", (tenths / 10).to_string()).with("fraction", (tenths % 10).to_string());
        self.i18n.tr_args("report-decimal", &args)
    }

    pub fn line(&self, id: &str, value: String) -> String {
        self.i18n.tr_args(id, &Args::new().with("value", value))
    }

    pub fn average(&self, scores: &Scores) -> String {
        self.derived(scores.answers, || tenths(scores.sum, scores.answers).map(|t| self.decimal(t)))
    }

    fn share(&self, answers: &YesNo) -> String {
        self.derived(answers.answers, || {
            percent(answers.yes, answers.answers).map(|p| self.line("report-percent", p.to_string()))
        })
    }

    pub fn chart_row(&self, label: String, n: u64) -> ChartRow {
        ChartRow { label, value: self.count(n), count: (!self.hidden(n)).then_some(n) }
    }
}

pub fn period_line(i18n: &I18n, period: &Period) -> String {
    let args = Args::new()
        .with("from", period.from.map(|d| d.to_string()).unwrap_or_default())
        .with("to", period.to.map(|d| d.to_string()).unwrap_or_default());
    let id = match (period.from, period.to) {
        (None, None) => "report-period-all",
        (Some(_), None) => "report-period-from",
        (None, Some(_)) => "report-period-to",
        (Some(_), Some(_)) => "report-period",
    };
    i18n.tr_args(id, &args)
}

/// A bar for each skill area: lessons or courses completed in it.
pub fn area_rows(show: &Show<'_>, by_area: &BTreeMap<String, u64>) -> Vec<ChartRow> {
    SKILL_AREAS
        .iter()
        .map(|area| show.chart_row(show.i18n.tr(&format!("skill-{area}")), by_area.get(*area).copied().unwrap_or(0)))
        .collect()
}

/// A bar for each confidence score, before a course then after: how many gave it.
pub fn confidence_rows(show: &Show<'_>, t: &Totals) -> Vec<ChartRow> {
    let mut rows = Vec::new();
    for (id, scores) in [("report-score-before", &t.confidence_before), ("report-score-after", &t.confidence_after)] {
        for (score, n) in (1..).zip(scores.by_score) {
            rows.push(show.chart_row(show.i18n.tr_args(id, &Args::new().with("score", score.to_string())), n));
        }
    }
    rows
}

/// The report as lines of text.
pub fn render(report: &Report, show: &Show<'_>) -> Vec<String> {
    let (i18n, t) = (show.i18n, &report.totals);
    let mut out = vec![i18n.tr("report-title")];
    let hubs = report.hub_names();
    if report.merged > 0 {
        out.push(show.line("report-exports", report.merged.to_string()));
        for (path, first) in &report.duplicates {
            let args = Args::new().with("path", path.display().to_string()).with("first", first.display().to_string());
            out.push(i18n.tr_args("report-merge-duplicate", &args));
        }
        if !hubs.is_empty() {
            out.push(i18n.tr_args("report-hubs", &Args::new().with("hubs", hubs.join(", "))));
        }
    } else if let Some(hub) = hubs.first() {
        out.push(i18n.tr_args("report-hub", &Args::new().with("hub", *hub)));
    }
    out.push(period_line(i18n, &report.period));
    out.push(String::new());
    out.push(show.line("report-learners-engaged", show.count(t.learners_engaged)));
    out.push(show.line("report-new-learners", show.count(t.new_learners)));
    out.push(show.line("report-sessions", show.count(t.sessions)));
    out.push(show.line("report-sessions-alone", show.count(t.learner_only_sessions)));
    let hours = show.derived(t.sessions_ended, || tenths(t.session_seconds, 3600).map(|h| show.decimal(h)));
    out.push(show.line("report-hours", hours));
    out.push(show.line("report-lessons", show.count(t.lessons_completed)));
    out.push(show.line("report-courses", show.count(t.courses_completed)));
    if !t.months.is_empty() {
        out.push(String::new());
        out.push(i18n.tr("report-months"));
        out.extend(super::months::lines(&t.months, show));
    }
    let done = report.milestone_counts();
    if !done.is_empty() {
        out.push(String::new());
        out.push(i18n.tr("report-milestones"));
        for (key, n) in done {
            let words = report.milestone_words.get(key).map_or_else(|| key.to_owned(), |id| i18n.tr(id));
            out.push(format!(
                "  {}",
                i18n.tr_args("report-milestone", &Args::new().with("words", words).with("value", show.count(n)))
            ));
        }
    }
    for (heading, by_area) in [
        ("report-lessons-by-area", &t.lessons_completed_by_area),
        ("report-courses-by-area", &t.courses_completed_by_area),
    ] {
        out.push(String::new());
        out.push(i18n.tr(heading));
        out.extend(chart::draw(&area_rows(show, by_area)));
    }
    out.push(String::new());
    for (answers, average, scores) in [
        ("report-confidence-before-answers", "report-confidence-before-average", &t.confidence_before),
        ("report-confidence-after-answers", "report-confidence-after-average", &t.confidence_after),
    ] {
        out.push(show.line(answers, show.count(scores.answers)));
        out.push(show.line(average, show.average(scores)));
    }
    out.push(String::new());
    out.push(i18n.tr("report-confidence-chart"));
    out.extend(chart::draw(&confidence_rows(show, t)));
    out.push(String::new());
    for ([answered, yes, share], answers) in [
        (["report-useful-answers", "report-useful-yes", "report-useful-share"], &t.useful),
        (["report-helpful-answers", "report-helpful-yes", "report-helpful-share"], &t.helpful),
    ] {
        out.push(show.line(answered, show.count(answers.answers)));
        out.push(show.line(yes, show.count(answers.yes)));
        out.push(show.line(share, show.share(answers)));
    }
    out.push(String::new());
    out.push(i18n.tr("report-help"));
    out.push(show.line("report-help-hints", show.count(t.help.hints)));
    out.push(show.line("report-help-show-me", show.count(t.help.show_me)));
    out.push(show.line("report-help-do-it", show.count(t.help.do_it_for_me)));
    out
}
