//! Export files: a hub's totals as JSON to send to a funder or a network of hubs, and
//! reading many of them back to combine. The format is in docs/report-format.md.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::period::Period;
use super::text::PUBLISH_MIN;
use super::totals::Totals;
use super::Report;
use crate::i18n::Args;
use crate::text::UserError;

/// The version of the format this Signpost writes and reads.
pub const SCHEMA_VERSION: u64 = 1;

/// What stands for a count hidden by `--publish`, in exports and CSV. A fixed keyword
/// of the formats, the same in every language (like the field names).
pub const HIDDEN: &str = "fewer than 5";

/// An export file as read back.
#[derive(Debug, Deserialize)]
pub struct Export {
    pub schema_version: u64,
    pub hub: String,
    /// The hub's id from its hub file ("" if it had none, or before ids were written).
    #[serde(default)]
    pub hub_id: String,
    /// This export's own id, new for every file written, so the same file (or a copy)
    /// is counted once when exports are combined. "" in exports written before ids.
    #[serde(default)]
    pub export_id: String,
    pub period: Period,
    #[serde(default)]
    pub published: bool,
    pub totals: Totals,
}

/// An export file as written: the fields in the documented order.
#[derive(Serialize)]
struct Written<'a> {
    schema_version: u64,
    hub: String,
    hub_id: &'a str,
    export_id: String,
    period: &'a Period,
    published: bool,
    totals: Value,
}

/// Puts [`HIDDEN`] in place of every count under 5, and of a sum or length of time
/// worked out from fewer than 5 answers or sessions.
fn hide_small(value: &mut Value) {
    const DERIVED: [(&str, &str); 2] = [("sum", "answers"), ("session_seconds", "sessions_ended")];
    match value {
        Value::Number(n) if n.as_u64().is_some_and(|n| n < PUBLISH_MIN) => *value = Value::from(HIDDEN),
        Value::Array(items) => items.iter_mut().for_each(hide_small),
        Value::Object(map) => {
            for (derived, base) in DERIVED {
                let few = map.get(base).and_then(Value::as_u64).is_some_and(|n| n < PUBLISH_MIN);
                if let (true, Some(slot)) = (few, map.get_mut(derived)) {
                    *slot = Value::from(HIDDEN);
                }
            }
            map.iter_mut().filter(|(key, _)| !DERIVED.iter().any(|(d, _)| d == key)).for_each(|(_, v)| hide_small(v));
        }
        _ => {}
    }
}

/// The report as export JSON; with `publish`, small counts are hidden.
pub fn to_json(report: &Report, publish: bool) -> String {
    let mut totals = serde_json::to_value(&report.totals).unwrap_or(Value::Null);
    if publish {
        hide_small(&mut totals);
    }
    let written = Written {
        schema_version: SCHEMA_VERSION,
        hub: report.hub_names().join(", "),
        hub_id: &report.hub_id,
        export_id: export_id(&report.hub_id, &report.period),
        period: &report.period,
        published: publish,
        totals,
    };
    let mut json = serde_json::to_string_pretty(&written).unwrap_or_default();
    json.push('\n');
    json
}

fn problem(id: &'static str, path: &Path, detail: impl ToString) -> UserError {
    UserError::with(id, Args::new().with("path", path.display().to_string()).with("detail", detail.to_string()))
}

/// Reads one export file, refusing anything this Signpost cannot add up exactly.
pub fn read(path: &Path) -> Result<Export, UserError> {
    let text = fs::read_to_string(path).map_err(|e| problem("report-merge-unreadable", path, e))?;
    // A byte-order mark (Windows Notepad adds one) is not part of the text.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let value: Value = serde_json::from_str(text).map_err(|e| problem("report-merge-not-json", path, e))?;
    match value.get("schema_version") {
        None => return Err(problem("report-merge-no-schema", path, "")),
        Some(v) if v.as_u64() != Some(SCHEMA_VERSION) => {
            let args = Args::new()
                .with("path", path.display().to_string())
                .with("version", v.to_string())
                .with("supported", SCHEMA_VERSION.to_string());
            return Err(UserError::with("report-merge-schema", args));
        }
        Some(_) => {}
    }
    if value.get("published") == Some(&Value::Bool(true)) {
        return Err(problem("report-merge-published", path, ""));
    }
    let mut export: Export = serde_json::from_value(value).map_err(|e| problem("report-merge-incomplete", path, e))?;
    // The hub's name comes from someone else's file, and reaches a terminal and a CSV.
    export.hub = crate::text::clean::clean(&export.hub);
    Ok(export)
}

/// An id for a new export: the hub's id, its period and 16 random bytes, so no two
/// exports share one (`riverside-library_2026-02-01_2026-02-28_9f3c...`).
fn export_id(hub_id: &str, period: &Period) -> String {
    let mut random = [0u8; 16];
    if let Err(e) = getrandom::getrandom(&mut random) {
        // Without randomness the time stands in: unique enough for one hub's files.
        log::warn!("no random numbers for an export id ({e}); using the time");
        random = jiff::Timestamp::now().as_nanosecond().to_le_bytes();
    }
    let day = |d: Option<super::period::Date>| d.map(|d| d.to_string()).unwrap_or_default();
    let hex: String = random.iter().map(|b| format!("{b:02x}")).collect();
    format!("{hub_id}_{}_{}_{hex}", day(period.from), day(period.to))
}

/// One report from many export files: counts and sums added, the period spanning all.
/// The same export given twice (the same file, or a copy of it) is counted once.
pub fn merge(paths: &[PathBuf]) -> Result<Report, UserError> {
    let mut report = Report::default();
    let mut counted: Vec<(String, PathBuf)> = Vec::new();
    let mut periods = Vec::new();
    for path in paths {
        let export = read(path)?;
        let first = counted.iter().find(|(id, _)| !export.export_id.is_empty() && *id == export.export_id);
        if let Some((_, first)) = first {
            report.duplicates.push((path.clone(), first.clone()));
            continue;
        }
        counted.push((export.export_id.clone(), path.clone()));
        report.totals.add(&export.totals);
        if !report.hubs.contains(&export.hub) {
            report.hubs.push(export.hub.clone());
        }
        periods.push(export.period);
    }
    report.period = Period::spanning(periods);
    report.merged = counted.len();
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publishing_hides_small_counts_and_what_they_would_give_away() {
        let mut t = Totals { sessions_ended: 3, session_seconds: 9000, learners_engaged: 12, ..Totals::default() };
        t.confidence_before.answers = 2;
        t.confidence_before.sum = 9;
        t.confidence_after.answers = 7;
        t.confidence_after.sum = 30;
        t.confidence_after.by_score = [0, 0, 2, 0, 5];
        let mut value = serde_json::to_value(&t).unwrap();
        hide_small(&mut value);
        let hidden = Value::from(HIDDEN);
        assert_eq!(value["learners_engaged"], 12);
        assert_eq!(value["new_learners"], hidden);
        assert_eq!((&value["sessions_ended"], &value["session_seconds"]), (&hidden, &hidden));
        assert_eq!((&value["confidence_before"]["answers"], &value["confidence_before"]["sum"]), (&hidden, &hidden));
        assert_eq!(value["confidence_after"]["sum"], 30);
        assert_eq!(value["confidence_after"]["by_score"], serde_json::json!([HIDDEN, HIDDEN, HIDDEN, HIDDEN, 5]));
        assert_eq!(value["lessons_completed_by_area"]["communicating"], hidden);
    }
}
