//! The one-page summary for funders (`signpost report --summary FILE`): an HTML page
//! that prints on one A4 sheet, black on white in large type, with the hub and period
//! at the top, the main figures and the milestones done for real, and three bar charts
//! drawn as SVG (see [`super::svg`]), each with its figures in words for a screen
//! reader. Every word is from Fluent.

use super::chart::ChartRow;
use super::svg::{self, Chart};
use super::text::{self, Show};
use super::Report;
use crate::i18n::{Args, I18n};
use crate::text::html::escape;

/// The page's look: A4, black on white (21:1), type no smaller than 12 pt.
const STYLE: &str = "@page { size: A4; margin: 12mm; }
html { background: #fff; color: #000; }
body { margin: 0 auto; max-width: 186mm; font-family: Verdana, Arial, sans-serif; font-size: 14pt; line-height: 1.3; }
h1 { font-size: 22pt; margin: 0 0 2mm; }
h2 { font-size: 14pt; margin: 3mm 0 1mm; }
p { margin: 0 0 1mm; }
ul { columns: 2; column-gap: 8mm; margin: 2mm 0; padding: 0; list-style: none; }
li { break-inside: avoid; margin: 0 0 0.5mm; }
figure { margin: 0; break-inside: avoid; }
svg { display: block; width: 100%; height: auto; }
svg text { fill: #000; font-family: Verdana, Arial, sans-serif; }";

/// Months drawn at full size; more are drawn smaller, so the page stays one page.
const MONTH_ROWS: usize = 12;

/// How many months' rows the months chart may take at full size. Each milestone
/// listed (and their heading) takes about a row's height, which the months give up,
/// so a year of months and every milestone still print on one page.
fn month_rows_room(milestones: usize) -> usize {
    let taken = if milestones == 0 { 0 } else { milestones + 1 };
    MONTH_ROWS.saturating_sub(taken).max(FEWEST_MONTH_ROWS)
}

/// The months chart is never squeezed into less than this many rows' height.
const FEWEST_MONTH_ROWS: usize = 6;

/// The lines under the title: which hub or hubs, and the period.
fn heading(report: &Report, i18n: &I18n) -> Vec<String> {
    let hubs = report.hub_names();
    let mut lines = Vec::new();
    if report.merged > 0 {
        lines.push(i18n.tr_args("report-exports", &Args::new().with("value", report.merged.to_string())));
        if !hubs.is_empty() {
            lines.push(i18n.tr_args("report-hubs", &Args::new().with("hubs", hubs.join(", "))));
        }
    } else if let Some(hub) = hubs.first() {
        lines.push(i18n.tr_args("report-hub", &Args::new().with("hub", *hub)));
    }
    lines.push(text::period_line(i18n, &report.period));
    lines
}

/// The main figures, a line each, as the printed report words them.
fn figures(report: &Report, show: &Show<'_>) -> Vec<String> {
    let t = &report.totals;
    let hours =
        show.derived(t.sessions_ended, || super::totals::tenths(t.session_seconds, 3600).map(|h| show.decimal(h)));
    vec![
        show.line("report-learners-engaged", show.count(t.learners_engaged)),
        show.line("report-new-learners", show.count(t.new_learners)),
        show.line("report-sessions", show.count(t.sessions)),
        show.line("report-sessions-alone", show.count(t.learner_only_sessions)),
        show.line("report-hours", hours),
        show.line("report-lessons", show.count(t.lessons_completed)),
        show.line("report-courses", show.count(t.courses_completed)),
        show.line("report-confidence-before-average", show.average(&t.confidence_before)),
        show.line("report-confidence-after-average", show.average(&t.confidence_after)),
    ]
}

/// Each milestone done for real, with how many learners recorded it (every one this
/// Signpost knows, 0 where none did, so a funder sees what could be done).
fn milestone_lines(report: &Report, show: &Show<'_>) -> Vec<String> {
    let i18n = show.i18n;
    report
        .milestone_counts()
        .into_iter()
        .map(|(key, n)| {
            let words = report.milestone_words.get(key).map_or_else(|| key.to_owned(), |id| i18n.tr(id));
            i18n.tr_args("report-milestone", &Args::new().with("words", words).with("value", show.count(n)))
        })
        .collect()
}

/// A bar for each month: learners who used Signpost.
fn month_rows(report: &Report, show: &Show<'_>) -> Vec<ChartRow> {
    let i18n = show.i18n;
    report
        .totals
        .months
        .iter()
        .map(|(key, m)| {
            let (month, year) = super::months::name(key, i18n);
            let label = i18n.tr_args("summary-month", &Args::new().with("month", month).with("year", year));
            show.chart_row(label, m.learners_engaged)
        })
        .collect()
}

fn figure(out: &mut String, chart: &Chart<'_>) {
    out.push_str(&format!("<figure>\n<h2>{}</h2>\n", escape(chart.title)));
    out.push_str(&svg::draw(chart));
    out.push_str("</figure>\n");
}

/// The summary as an HTML page.
pub fn render(report: &Report, i18n: &I18n, publish: bool) -> String {
    let show = Show { i18n, publish };
    let title = i18n.tr("summary-title");
    let top = heading(report, i18n);
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n\
         <style>\n{STYLE}\n</style>\n</head>\n<body>\n<header>\n<h1>{}</h1>\n",
        escape(&i18n.language().to_string()),
        escape(&format!("{title}. {}", top.join(". "))),
        escape(&title),
    );
    for line in &top {
        out.push_str(&format!("<p>{}</p>\n", escape(line)));
    }
    out.push_str("</header>\n<ul>\n");
    let done = milestone_lines(report, &show);
    let milestones = done.len();
    let mut lines = figures(report, &show);
    if milestones > 0 {
        lines.push(i18n.tr("summary-milestones"));
        lines.extend(done);
    }
    for line in lines {
        out.push_str(&format!("<li>{}</li>\n", escape(&line)));
    }
    out.push_str("</ul>\n");
    let areas = text::area_rows(&show, &report.totals.lessons_completed_by_area);
    let confidence = text::confidence_rows(&show, &report.totals);
    let months = month_rows(report, &show);
    let charts = [
        ("areas", i18n.tr("summary-chart-areas"), &areas, areas.len()),
        ("confidence", i18n.tr("summary-chart-confidence"), &confidence, confidence.len()),
        ("months", i18n.tr("summary-chart-months"), &months, month_rows_room(milestones)),
    ];
    for (id, title, rows, max_rows) in &charts {
        if rows.is_empty() {
            out.push_str(&format!("<h2>{}</h2>\n<p>{}</p>\n", escape(title), escape(&i18n.tr("summary-no-months"))));
        } else {
            figure(&mut out, &Chart { id, title, rows, max_rows: *max_rows });
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::base_language;

    #[test]
    fn hub_names_cannot_break_the_page() {
        assert_eq!(escape("<b>Tom & Jerry's \"hub\"</b>"), "&lt;b&gt;Tom &amp; Jerry&#39;s &quot;hub&quot;&lt;/b&gt;");
        let i18n = I18n::built_in(&[base_language()]);
        let report = Report { hubs: vec!["<script>".into()], ..Report::default() };
        let page = render(&report, &i18n, false);
        assert!(!page.contains("<script>") && page.contains("&lt;script&gt;"));
        assert!(page.contains("@page { size: A4"));
        assert_eq!(page.matches("<svg").count(), 2, "no months yet: two charts and a line saying so");
        assert!(!page.contains("Done for real"), "no milestones known, none counted: no heading");
        assert_eq!((month_rows_room(0), month_rows_room(3), month_rows_room(40)), (12, 8, 6));
    }

    #[test]
    fn the_milestones_are_counted_each_in_its_own_words() {
        let i18n = I18n::built_in(&[base_language()]);
        let mut report = Report::default();
        report.milestone_words.insert("email/sent-an-email".into(), "email-milestone-sent".into());
        report.milestone_words.insert("video-calls/made-a-video-call".into(), "call-milestone-made".into());
        report.totals.milestones.insert("email/sent-an-email".into(), 4);
        report.totals.milestones.insert("old/gone".into(), 1);
        let page = render(&report, &i18n, false);
        let done = "<li>Done for real: how many learners did each</li>\n\
                    <li>I sent an email to someone I know: 4</li>\n\
                    <li>old/gone: 1</li>\n\
                    <li>I made a video call to my family or a friend: 0</li>\n</ul>\n";
        assert!(page.contains(done), "{page}");
        let published = render(&report, &i18n, true);
        assert!(!published.contains("I sent an email to someone I know: 4<"), "small counts hidden when published");
    }
}
