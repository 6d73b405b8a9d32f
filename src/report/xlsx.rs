//! The spreadsheet of `signpost report --xlsx`, for LibreOffice or Excel: a totals sheet
//! (the CSV's figures, each with a readable label in the report's language beside its
//! stable metric name), a months sheet (a column a month), and, for a report from this
//! computer's records that is not for the public, a sheet with a row for each learner
//! and nothing that names them. See docs/report-format.md.

use std::path::Path;

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use super::figures::{self, figures, Value};
use super::months::CSV_ROWS;
use super::Report;
use crate::i18n::{Args, I18n};
use crate::lesson::format::SKILL_AREAS;
use crate::store::LearnerRow;

/// Why there is no sheet of learners, when there is none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoLearners {
    /// Combined from export files, which hold only totals.
    Merged,
    /// With `--publish`: figures for the public never show one learner's row.
    Published,
}

/// What goes in the spreadsheet.
pub struct Sheets<'a> {
    pub report: &'a Report,
    pub i18n: &'a I18n,
    pub publish: bool,
    pub learners: Result<&'a [LearnerRow], NoLearners>,
}

/// The readable label of a metric of the CSV, in the report's language: each metric
/// `a_b.c_d` has the message `metric-a-b-c-d`, and the metrics for a skill area, a
/// score or a milestone share one message with the area, score or milestone's words.
pub fn label(i18n: &I18n, report: &Report, metric: &str) -> String {
    let (base, part) = metric.split_once('.').unwrap_or((metric, ""));
    if base == "milestone" {
        let words = report.milestone_words.get(part).map_or_else(|| part.to_owned(), |id| i18n.tr(id));
        return i18n.tr_args("metric-milestone", &Args::new().with("words", words));
    }
    let id = |text: &str| text.replace(['_', '.'], "-");
    if SKILL_AREAS.contains(&part) {
        let area = i18n.tr(&format!("skill-{part}"));
        return i18n.tr_args(&format!("metric-{}-area", id(base)), &Args::new().with("area", area));
    }
    if let Some(score) = part.strip_prefix("score_") {
        return i18n.tr_args(&format!("metric-{}-score", id(base)), &Args::new().with("score", score));
    }
    i18n.tr(&format!("metric-{}", id(metric)))
}

/// Column widths in characters: the label, the metric name, then the values.
const WIDTHS: [f64; 3] = [60.0, 34.0, 14.0];

fn heading(sheet: &mut Worksheet, bold: &Format, titles: &[String]) -> Result<(), XlsxError> {
    for (col, title) in (0..).zip(titles) {
        sheet.write_string_with_format(0, col, title, bold)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

fn cell(sheet: &mut Worksheet, row: u32, col: u16, value: &Value, s: &Sheets<'_>) -> Result<(), XlsxError> {
    let tenths = Format::new().set_num_format("0.0");
    match value {
        Value::Text(text) => _ = sheet.write_string(row, col, text)?,
        Value::Count(n) | Value::Percent(n) => _ = sheet.write_number(row, col, *n as f64)?,
        Value::Tenths(v) => _ = sheet.write_number_with_format(row, col, *v as f64 / 10.0, &tenths)?,
        Value::Hidden => _ = sheet.write_string(row, col, s.i18n.tr("report-fewer-than-five"))?,
        Value::Empty => {}
    }
    Ok(())
}

fn totals(book: &mut Workbook, s: &Sheets<'_>, bold: &Format) -> Result<(), XlsxError> {
    let sheet = book.add_worksheet().set_name(s.i18n.tr("xlsx-sheet-totals"))?;
    let titles = ["xlsx-column-figure", "xlsx-column-metric", "xlsx-column-value"].map(|id| s.i18n.tr(id));
    heading(sheet, bold, &titles)?;
    let rows = figures(s.report, s.publish);
    for (row, figure) in (1..).zip(&rows) {
        sheet.write_string(row, 0, label(s.i18n, s.report, &figure.metric))?;
        sheet.write_string(row, 1, &figure.metric)?;
        cell(sheet, row, 2, &figure.value, s)?;
    }
    if let Err(why) = s.learners {
        let id = match why {
            NoLearners::Merged => "xlsx-no-learners-merged",
            NoLearners::Published => "xlsx-no-learners-published",
        };
        let row = u32::try_from(rows.len()).unwrap_or(u32::MAX - 2) + 2;
        sheet.write_string_with_format(row, 0, s.i18n.tr(id), bold)?;
    }
    for (col, width) in (0..).zip(WIDTHS) {
        sheet.set_column_width(col, width)?;
    }
    Ok(())
}

fn months(book: &mut Workbook, s: &Sheets<'_>, bold: &Format) -> Result<(), XlsxError> {
    let sheet = book.add_worksheet().set_name(s.i18n.tr("xlsx-sheet-months"))?;
    let months = &s.report.totals.months;
    let mut titles = vec![s.i18n.tr("xlsx-column-figure"), s.i18n.tr("xlsx-column-metric")];
    titles.extend(months.keys().cloned());
    heading(sheet, bold, &titles)?;
    for (row, (metric, get)) in (1..).zip(CSV_ROWS) {
        sheet.write_string(row, 0, label(s.i18n, s.report, metric))?;
        sheet.write_string(row, 1, metric)?;
        for (col, month) in (2..).zip(months.values()) {
            cell(sheet, row, col, &figures::count(get(month), s.publish), s)?;
        }
    }
    for (col, width) in (0..).zip(WIDTHS) {
        sheet.set_column_width(col, width)?;
    }
    Ok(())
}

fn learners(book: &mut Workbook, s: &Sheets<'_>, rows: &[LearnerRow], bold: &Format) -> Result<(), XlsxError> {
    let sheet = book.add_worksheet().set_name(s.i18n.tr("xlsx-sheet-learners"))?;
    let titles = [
        "xlsx-column-row",
        "xlsx-column-joined",
        "xlsx-column-lessons",
        "xlsx-column-courses",
        "xlsx-column-sessions",
        "xlsx-column-confidence-before",
        "xlsx-column-confidence-after",
        "xlsx-column-help",
    ]
    .map(|id| s.i18n.tr(id));
    heading(sheet, bold, &titles)?;
    for (row, learner) in (1..).zip(rows) {
        sheet.write_number(row, 0, row)?;
        sheet.write_string(row, 1, &learner.joined)?;
        let counts = [learner.lessons_completed, learner.courses_completed, learner.sessions];
        for (col, n) in (2..).zip(counts) {
            sheet.write_number(row, col, n as f64)?;
        }
        for (col, score) in (5..).zip([learner.confidence_before, learner.confidence_after]) {
            if let Some(score) = score {
                sheet.write_number(row, col, score)?;
            }
        }
        sheet.write_number(row, 7, learner.help as f64)?;
    }
    for (col, title) in (0..).zip(&titles) {
        sheet.set_column_width(col, (title.chars().count() + 4) as f64)?;
    }
    Ok(())
}

/// Writes the spreadsheet to `path`.
pub fn write(path: &Path, s: &Sheets<'_>) -> Result<(), XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    totals(&mut book, s, &bold)?;
    months(&mut book, s, &bold)?;
    if let Ok(rows) = s.learners {
        learners(&mut book, s, rows, &bold)?;
    }
    book.save(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::base_language;

    #[test]
    fn every_metric_has_a_label_of_its_own() {
        let i18n = I18n::built_in(&[base_language()]);
        let catalog = crate::lesson::load(&crate::content::source::SourceTree::built_in_lessons()).catalog;
        let report = Report { milestone_words: super::super::milestone_words(&catalog), ..Report::default() };
        assert!(!report.milestone_words.is_empty(), "the built-in courses have milestones");
        let labels: Vec<String> = figures(&report, false).iter().map(|f| label(&i18n, &report, &f.metric)).collect();
        for (figure, text) in figures(&report, false).iter().zip(&labels) {
            assert!(!text.is_empty() && *text != i18n.tr("text-missing"), "{} has no label", figure.metric);
        }
        let mut unique = labels.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), labels.len(), "two metrics share a label");
        assert_eq!(
            label(&i18n, &report, "lessons_completed.being-safe"),
            "Lessons completed: being safe and legal online"
        );
    }
}
