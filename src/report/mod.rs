//! `signpost report`: what a hub has done, for the hub and its funders. Totals, with no
//! names and no notes; the one row about a learner is in the spreadsheet's sheet of
//! learners ([`xlsx`]), which holds no name, no note and no id.
//!
//! - [`totals`]: the figures, gathered from the store or added up from exports;
//! - [`text`] and [`chart`]: the printed report, with bar charts of `#`;
//! - [`figures`] and [`csv`]: the same figures as `metric,value` rows;
//! - [`xlsx`]: a spreadsheet of totals, months and a row for each learner (no names);
//! - [`summary`] and [`svg`]: a one-page summary for funders, in HTML with SVG charts;
//! - [`export`]: anonymised totals as JSON, and combining many exports (`--merge`);
//! - [`period`]: the dates asked for.
//!
//! With `--publish`, every count under 5 is shown as "fewer than 5", and averages,
//! shares and hours worked out from fewer than 5 answers or sessions are not shown.

pub mod chart;
pub mod csv;
pub mod export;
pub mod figures;
pub mod months;
pub mod period;
pub mod summary;
pub mod svg;
pub mod text;
pub mod totals;
pub mod xlsx;

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::hub::HubSettings;
use crate::i18n::{Args, I18n};
use crate::lesson::{self, Catalog};
use crate::store::{LearnerRow, Store, StoreError, DB_FILE};
use crate::text::UserError;
use period::{Date, Period};
pub use totals::Totals;

/// What `signpost report` was asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Request {
    /// The first and last days, as typed (`YYYY-MM-DD`).
    pub from: Option<String>,
    pub to: Option<String>,
    pub csv: Option<PathBuf>,
    pub export: Option<PathBuf>,
    /// The spreadsheet (`--xlsx`) and the one-page summary (`--summary`) to write.
    pub xlsx: Option<PathBuf>,
    pub summary: Option<PathBuf>,
    /// Export files to combine instead of reading this computer's records.
    pub merge: Vec<PathBuf>,
    pub publish: bool,
}

/// A report's figures and what they cover.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// The hubs the figures are from, as each named itself ("" if it has no name).
    pub hubs: Vec<String>,
    pub period: Period,
    pub totals: Totals,
    /// How many export files were combined; 0 for a report from this computer.
    pub merged: usize,
    /// The hub's id from its hub file ("" if it has none, or for combined exports).
    pub hub_id: String,
    /// Export files left out of a combined report because they were the same export as
    /// one already counted: (the file left out, the file counted).
    pub duplicates: Vec<(PathBuf, PathBuf)>,
    /// The message id of each milestone's words, by `course/milestone`, from this
    /// Signpost's courses (a milestone it does not know is shown by its key).
    pub milestone_words: BTreeMap<String, String>,
}

impl Report {
    /// The hubs that have names.
    pub fn hub_names(&self) -> Vec<&str> {
        self.hubs.iter().map(String::as_str).filter(|h| !h.is_empty()).collect()
    }

    /// Every milestone this Signpost knows (0 where none were recorded) and any other
    /// counted in the figures, by `course/milestone`, in order.
    pub fn milestone_counts(&self) -> Vec<(&str, u64)> {
        let known = self.milestone_words.keys().map(|k| (k.as_str(), 0));
        let counted = self.totals.milestones.iter().map(|(k, n)| (k.as_str(), *n));
        let mut all: BTreeMap<&str, u64> = known.collect();
        all.extend(counted);
        all.into_iter().collect()
    }

    /// The report as printed, one line each.
    pub fn text(&self, i18n: &I18n, publish: bool) -> Vec<String> {
        text::render(self, &text::Show { i18n, publish })
    }
}

/// Reads the period from the dates typed.
pub fn period(request: &Request) -> Result<Period, UserError> {
    let date = |text: &Option<String>| -> Result<Option<Date>, UserError> {
        text.as_deref()
            .map(|t| Date::parse(t).ok_or_else(|| UserError::with("report-bad-date", Args::new().with("value", t))))
            .transpose()
    };
    let period = Period { from: date(&request.from)?, to: date(&request.to)? };
    if let (Some(from), Some(to)) = (period.from, period.to) {
        if from > to {
            let args = Args::new().with("from", from.to_string()).with("to", to.to_string());
            return Err(UserError::with("report-bad-period", args));
        }
    }
    Ok(period)
}

/// The report from the progress file in `data_dir`, which must already exist: a report
/// never creates one.
/// The hub named by its hub file, else as its champions named it.
pub fn from_store(data_dir: &Path, catalog: &Catalog, period: Period, hub: &HubSettings) -> Result<Report, UserError> {
    let named = |saved: String| hub.name.clone().unwrap_or(saved);
    let hub_id = hub.id.clone().unwrap_or_default();
    if !data_dir.join(DB_FILE).is_file() {
        // A hub's first day: no one has learned here yet. Every figure is 0, and the
        // report, CSV and export are still made, so a coordinator's first report works.
        return Ok(Report { hubs: vec![named(String::new())], period, hub_id, ..Report::default() });
    }
    let store = Store::open_to_report(data_dir)?;
    let totals = Totals::gather(&store, catalog, &period)?;
    Ok(Report { hubs: vec![named(store.report_hub_name()?)], period, totals, hub_id, ..Report::default() })
}

/// A row for each learner who joined or did anything in `period`, with no names (none
/// when there is no progress file yet).
pub fn learner_rows(data_dir: &Path, catalog: &Catalog, period: &Period) -> Result<Vec<LearnerRow>, UserError> {
    if !data_dir.join(DB_FILE).is_file() {
        return Ok(Vec::new());
    }
    let store = Store::open_to_report(data_dir)?;
    Ok(store.report_learner_rows(&period.window(), &totals::course_lessons(catalog))?)
}

fn saved(path: &Path, saved: &'static str, i18n: &I18n, out: &mut dyn Write) {
    let _ = writeln!(out, "{}", i18n.tr_args(saved, &Args::new().with("path", path.display().to_string())));
}

fn write_failed(path: &Path, detail: &str) -> UserError {
    let args = Args::new().with("path", path.display().to_string()).with("detail", detail);
    UserError::with("report-write-failed", args)
}

/// Writes the spreadsheet: its sheet of learners only for this computer's records, and
/// not for the public.
fn save_xlsx(path: &Path, report: &Report, request: &Request, ctx: &Context<'_>) -> Result<(), UserError> {
    let rows = match (ctx.data_dir, request.publish) {
        (_, true) => None,
        (Some(dir), false) if request.merge.is_empty() => Some(learner_rows(dir, ctx.catalog, &report.period)?),
        _ => None,
    };
    let learners = match &rows {
        Some(rows) => Ok(rows.as_slice()),
        None if request.publish => Err(xlsx::NoLearners::Published),
        None => Err(xlsx::NoLearners::Merged),
    };
    let sheets = xlsx::Sheets { report, i18n: ctx.i18n, publish: request.publish, learners };
    xlsx::write(path, &sheets).map_err(|e| write_failed(path, &e.to_string()))
}

/// What every file of a report is made with.
struct Context<'a> {
    i18n: &'a I18n,
    data_dir: Option<&'a Path>,
    catalog: &'a Catalog,
}

fn save(path: &Path, text: &str, saved: &'static str, i18n: &I18n, out: &mut dyn Write) -> Result<(), UserError> {
    fs::write(path, text).map_err(|e| write_failed(path, &e.to_string()))?;
    self::saved(path, saved, i18n, out);
    Ok(())
}

/// Runs `signpost report`: prints the report to `out`, and writes the CSV, export,
/// spreadsheet and summary files asked for. `data_dir` is needed unless export files are being combined.
pub fn run(
    i18n: &I18n,
    request: &Request,
    hub: &HubSettings,
    data_dir: Option<&Path>,
    catalog: &Catalog,
    out: &mut dyn Write,
) -> Result<(), UserError> {
    let mut report = if request.merge.is_empty() {
        let dir = data_dir.ok_or(UserError::with("error-no-data-dir", Args::new()))?;
        if !dir.join(DB_FILE).is_file() {
            let note = i18n.tr_args("report-no-data", &Args::new().with("path", dir.display().to_string()));
            writeln!(out, "{note}").or_else(ignore_closed_pipe).map_err(|e| terminal(&e))?;
        }
        from_store(dir, catalog, period(request)?, hub)?
    } else if request.from.is_some() || request.to.is_some() {
        return Err(UserError::with("report-merge-period", Args::new()));
    } else {
        export::merge(&request.merge)?
    };
    report.milestone_words = milestone_words(catalog);
    let mut printed = report.text(i18n, request.publish).join("\n");
    printed.push('\n');
    out.write_all(printed.as_bytes()).or_else(ignore_closed_pipe).map_err(|e| terminal(&e))?;
    if let Some(path) = &request.csv {
        save(path, &csv::render(&report, request.publish), "report-saved-csv", i18n, out)?;
    }
    if let Some(path) = &request.export {
        save(path, &export::to_json(&report, request.publish), "report-saved-export", i18n, out)?;
    }
    if let Some(path) = &request.xlsx {
        save_xlsx(path, &report, request, &Context { i18n, data_dir, catalog })?;
        saved(path, "report-saved-xlsx", i18n, out);
    }
    if let Some(path) = &request.summary {
        save(path, &summary::render(&report, i18n, request.publish), "report-saved-summary", i18n, out)?;
    }
    Ok(())
}

/// Each milestone's words (a message id) by `course/milestone`.
pub fn milestone_words(catalog: &Catalog) -> BTreeMap<String, String> {
    catalog.milestones().into_iter().map(|(c, m)| (format!("{}/{}", c.id, m.id), m.words.clone())).collect()
}

/// The hub's report for all time, as `signpost report` prints it with its bars: what a
/// champion reads in champion mode.
pub fn all_time_lines(store: &Store, catalog: &lesson::Catalog, i18n: &I18n) -> Result<Vec<String>, StoreError> {
    let period = period(&Request::default()).unwrap_or_default();
    let totals = Totals::gather(store, catalog, &period)?;
    let report = Report {
        hubs: vec![store.report_hub_name()?],
        period,
        totals,
        milestone_words: milestone_words(catalog),
        ..Report::default()
    };
    Ok(report.text(i18n, false))
}

fn ignore_closed_pipe(e: io::Error) -> io::Result<()> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(e)
    }
}

fn terminal(e: &io::Error) -> UserError {
    UserError::with("error-terminal", Args::new().with("detail", e.to_string()))
}
