//! The figures as CSV, `metric,value` a row, for spreadsheets, then a column a month
//! (`2026-02`) for the figures counted month by month. Metric names and values
//! are the same in every language (see docs/report-format.md): numbers with a full stop
//! for decimals, [`HIDDEN`] for a count hidden by `--publish`, and nothing for a figure
//! that cannot be worked out (an average of no answers) or is hidden.

use super::export::HIDDEN;
use super::figures::{self, figures, Value};
use super::months::CSV_ROWS;
use super::Report;

/// A value as CSV text.
fn text(value: &Value) -> String {
    match value {
        Value::Text(text) => text.clone(),
        Value::Count(n) | Value::Percent(n) => n.to_string(),
        Value::Tenths(v) => format!("{}.{}", v / 10, v % 10),
        Value::Hidden => HIDDEN.to_owned(),
        Value::Empty => String::new(),
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

/// The report as CSV text. Each row has the metric, its value, and its value in each
/// month (empty where the metric is not counted by month), so every row has every column.
pub fn render(report: &Report, publish: bool) -> String {
    let months: Vec<_> = report.totals.months.iter().collect();
    let mut out = String::from("metric,value");
    for (key, _) in &months {
        out.push(',');
        out.push_str(&field(key));
    }
    out.push('\n');
    for figure in figures(report, publish) {
        out.push_str(&field(&figure.metric));
        out.push(',');
        out.push_str(&field(&text(&figure.value)));
        let by_month = CSV_ROWS.iter().find(|(name, _)| *name == figure.metric).map(|(_, get)| *get);
        for (_, month) in &months {
            out.push(',');
            if let Some(get) = by_month {
                out.push_str(&text(&figures::count(get(month), publish)));
            }
        }
        out.push('\n');
    }
    out
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
