//! Bar charts as SVG for the one-page summary: black bars on white, the figure written
//! beside each bar, and the chart's title and every figure in words in its `<title>`
//! and `<desc>`, so a screen reader gives a blind reader the same figures.

use super::chart::ChartRow;
use crate::text::html::escape;

/// The drawing's width in its own units; on the page it is as wide as the text.
const WIDTH: u64 = 1000;
/// A row's height and type size at full size (about 5 mm and 12 pt on A4).
const ROW: u64 = 27;
const TYPE: u64 = 23;
/// The room a character of a label takes, in hundredths of the type size: generous
/// (Verdana's letters average about 0.6), since the reader's font is not known.
const CHAR_WIDTH: u64 = 66;
/// The narrowest and widest the labels may be, the room for a figure, and the longest
/// bar when the labels are narrowest.
const LABELS_MIN: u64 = 250;
const LABELS_MAX: u64 = 640;
const VALUE: u64 = 90;
const GAP: u64 = 15;

/// Where labels end, where figures end and where bars start, and the longest bar:
/// the labels get the room the longest of them needs.
struct Columns {
    label_end: u64,
    value_end: u64,
    bar_start: u64,
    max_bar: u64,
}

fn columns(rows: &[ChartRow], size: f64) -> Columns {
    let longest = rows.iter().map(|r| r.label.chars().count()).max().unwrap_or(0) as f64;
    let wanted = (longest * size * CHAR_WIDTH as f64 / 100.0).ceil() as u64;
    let label_end = wanted.clamp(LABELS_MIN, LABELS_MAX);
    let value_end = label_end + VALUE;
    let bar_start = value_end + GAP;
    Columns { label_end, value_end, bar_start, max_bar: WIDTH - bar_start - 10 }
}

/// A chart: `id` names its title and description for `aria-labelledby`.
pub struct Chart<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub rows: &'a [ChartRow],
    /// Rows beyond this are drawn smaller, so the chart keeps to this many rows' height.
    pub max_rows: usize,
}

/// Each bar's length: the biggest count gets the longest bar; a hidden count none.
fn lengths(rows: &[ChartRow], longest: u64) -> Vec<u64> {
    let max = rows.iter().filter_map(|r| r.count).max().unwrap_or(0);
    rows.iter()
        .map(|r| match r.count {
            Some(n) if max > 0 => (u128::from(n) * u128::from(longest) / u128::from(max)) as u64,
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
    let Columns { label_end, value_end, bar_start, max_bar } = columns(chart.rows, size);
    let id = chart.id;
    let mut svg = format!(
        "<svg role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {WIDTH} {height}\" \
         xmlns=\"http://www.w3.org/2000/svg\" font-size=\"{size:.1}\">\n\
         <title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>\n",
        escape(chart.title),
        escape(&in_words(chart.rows)),
    );
    for ((i, r), length) in chart.rows.iter().enumerate().zip(lengths(chart.rows, max_bar)) {
        let top = row * i as f64;
        let middle = top + row * 0.7;
        svg.push_str(&format!(
            "<text x=\"{label_end}\" y=\"{middle:.1}\" text-anchor=\"end\">{}</text>\
             <text x=\"{value_end}\" y=\"{middle:.1}\" text-anchor=\"end\" font-weight=\"bold\">{}</text>",
            escape(&r.label),
            escape(&r.value),
        ));
        if length > 0 {
            let (y, h) = (top + row * 0.15, row * 0.7);
            svg.push_str(&format!(
                "<rect x=\"{bar_start}\" y=\"{y:.1}\" width=\"{length}\" height=\"{h:.1}\" fill=\"#000\"/>"
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
        assert_eq!(lengths(&rows, 400), [400, 200, 0, 0]);
        let svg = draw(&Chart { id: "x", title: "A & B", rows: &rows, max_rows: 12 });
        assert_eq!(svg.matches("<rect").count(), 2);
        assert!(svg.contains("<title id=\"x-title\">A &amp; B</title>"), "{svg}");
        assert!(svg.contains("<desc id=\"x-desc\">a: 10; b: 5; c: few; d: 0</desc>"), "{svg}");
    }

    #[test]
    fn long_labels_get_the_room_they_need_and_no_more_than_the_most() {
        let short = columns(&[row("ab", "1", Some(1))], TYPE as f64);
        assert_eq!(short.label_end, LABELS_MIN);
        let long = "bod yn ddiogel ac yn gyfreithlon ar-lein"; // 40 characters
        let wide = columns(&[row(long, "1", Some(1))], TYPE as f64);
        assert_eq!(wide.label_end, (40 * TYPE * CHAR_WIDTH).div_ceil(100));
        assert_eq!(wide.bar_start + wide.max_bar + 10, WIDTH);
        assert_eq!(columns(&[row(&long.repeat(3), "1", None)], TYPE as f64).label_end, LABELS_MAX);
    }

    #[test]
    fn many_rows_are_drawn_smaller_to_keep_the_height() {
        let rows: Vec<ChartRow> = (0..24).map(|n| row("m", "1", Some(n))).collect();
        let svg = draw(&Chart { id: "m", title: "t", rows: &rows, max_rows: 12 });
        assert!(svg.contains(&format!("viewBox=\"0 0 {WIDTH} {}\"", ROW * 12)), "{svg}");
    }
}
