//! Bar charts as SVG for the one-page summary: black bars on white, the figure written
//! beside each bar, and the chart's title and every figure in words in its `<title>`
//! and `<desc>`, so a screen reader gives a blind reader the same figures.

use super::chart::ChartRow;
use super::summary::escape;

/// The drawing's width in its own units; on the page it is as wide as the text.
const WIDTH: u64 = 1000;
/// Where labels end, where figures end and bars start, and the longest bar.
const LABEL_END: u64 = 560;
const VALUE_END: u64 = 650;
const BAR_START: u64 = 665;
const MAX_BAR: u64 = WIDTH - BAR_START - 10;
/// A row's height and type size at full size (about 5.6 mm and 12.5 pt on A4).
const ROW: u64 = 30;
const TYPE: u64 = 24;

/// A chart: `id` names its title and description for `aria-labelledby`.
pub struct Chart<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub rows: &'a [ChartRow],
    /// Rows beyond this are drawn smaller, so the chart keeps to this many rows' height.
    pub max_rows: usize,
}

/// Each bar's length: the biggest count gets the longest bar; a hidden count none.
fn lengths(rows: &[ChartRow]) -> Vec<u64> {
    let max = rows.iter().filter_map(|r| r.count).max().unwrap_or(0);
    rows.iter()
        .map(|r| match r.count {
            Some(n) if max > 0 => (u128::from(n) * u128::from(MAX_BAR) / u128::from(max)) as u64,
            _ => 0,
        })
        .collect()
}

/// "label: figure; label: figure", for the chart's description.
pub fn in_words(rows: &[ChartRow]) -> String {
    rows.iter().map(|r| format!("{}: {}", r.label, r.value)).collect::<Vec<_>>().join("; ")
}

/// The chart as an `<svg>` element.
pub fn draw(chart: &Chart<'_>) -> String {
    let n = chart.rows.len().max(1) as u64;
    let scale = (chart.max_rows as u64).min(n) as f64 / n as f64;
    let (row, size) = (ROW as f64 * scale, TYPE as f64 * scale);
    let height = (row * n as f64).ceil() as u64;
    let id = chart.id;
    let mut svg = format!(
        "<svg role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {WIDTH} {height}\" \
         xmlns=\"http://www.w3.org/2000/svg\" font-size=\"{size:.1}\">\n\
         <title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>\n",
        escape(chart.title),
        escape(&in_words(chart.rows)),
    );
    for ((i, r), length) in chart.rows.iter().enumerate().zip(lengths(chart.rows)) {
        let top = row * i as f64;
        let middle = top + row * 0.7;
        svg.push_str(&format!(
            "<text x=\"{LABEL_END}\" y=\"{middle:.1}\" text-anchor=\"end\">{}</text>\
             <text x=\"{VALUE_END}\" y=\"{middle:.1}\" text-anchor=\"end\" font-weight=\"bold\">{}</text>",
            escape(&r.label),
            escape(&r.value),
        ));
        if length > 0 {
            let (y, h) = (top + row * 0.15, row * 0.7);
            svg.push_str(&format!(
                "<rect x=\"{BAR_START}\" y=\"{y:.1}\" width=\"{length}\" height=\"{h:.1}\" fill=\"#000\"/>"
            ));
        }
        svg.push('\n');
    }
    svg.push_str("</svg>\n");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(label: &str, value: &str, count: Option<u64>) -> ChartRow {
        ChartRow { label: label.into(), value: value.into(), count }
    }

    #[test]
    fn bars_are_scaled_to_the_biggest_and_hidden_counts_have_none() {
        let rows = [row("a", "10", Some(10)), row("b", "5", Some(5)), row("c", "few", None), row("d", "0", Some(0))];
        assert_eq!(lengths(&rows), [MAX_BAR, MAX_BAR / 2, 0, 0]);
        let svg = draw(&Chart { id: "x", title: "A & B", rows: &rows, max_rows: 12 });
        assert_eq!(svg.matches("<rect").count(), 2);
        assert!(svg.contains("<title id=\"x-title\">A &amp; B</title>"), "{svg}");
        assert!(svg.contains("<desc id=\"x-desc\">a: 10; b: 5; c: few; d: 0</desc>"), "{svg}");
    }

    #[test]
    fn many_rows_are_drawn_smaller_to_keep_the_height() {
        let rows: Vec<ChartRow> = (0..24).map(|n| row("m", "1", Some(n))).collect();
        let svg = draw(&Chart { id: "m", title: "t", rows: &rows, max_rows: 12 });
        assert!(svg.contains(&format!("viewBox=\"0 0 {WIDTH} {}\"", ROW * 12)), "{svg}");
    }
}
