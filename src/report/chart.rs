//! Bar charts in plain text: a row of `#` for each figure, so they show on any terminal,
//! print on any printer and paste into any email. The figure is written before its bar,
//! so a screen reader says the number first and the bar can be skipped.

/// The longest bar, in characters.
pub const MAX_BAR: usize = 40;

/// One row of a chart: the label, the figure as shown, and the count the bar stands
/// for (`None` when the count is hidden, so no bar gives it away).
pub struct ChartRow {
    pub label: String,
    pub value: String,
    pub count: Option<u64>,
}

/// The length of each bar: one `#` for each 1 while the biggest is at most
/// [`MAX_BAR`], else scaled so the biggest is [`MAX_BAR`] long. Any count above 0 gets
/// at least one `#`. Worked out in 128 bits, so counts as big as a merged file can
/// hold (up to `u64::MAX`) scale without overflow.
pub fn bar_lengths(counts: &[Option<u64>]) -> Vec<usize> {
    let max = u128::from(counts.iter().flatten().copied().max().unwrap_or(0));
    let limit = MAX_BAR as u128;
    counts
        .iter()
        .map(|count| {
            let n = u128::from(count.unwrap_or(0));
            let length = if max <= limit { n } else { (n * limit * 2 + max) / (max * 2) };
            usize::try_from(length.max(u128::from(n > 0))).map_or(MAX_BAR, |l| l.min(MAX_BAR))
        })
        .collect()
}

/// The rows as lines, indented two spaces, labels and figures lined up.
pub fn draw(rows: &[ChartRow]) -> Vec<String> {
    let label_width = rows.iter().map(|r| r.label.chars().count()).max().unwrap_or(0);
    let value_width = rows.iter().map(|r| r.value.chars().count()).max().unwrap_or(0);
    let lengths = bar_lengths(&rows.iter().map(|r| r.count).collect::<Vec<_>>());
    rows.iter()
        .zip(lengths)
        .map(|(row, length)| {
            let line = format!("  {:<label_width$}  {:>value_width$}  {}", row.label, row.value, "#".repeat(length));
            line.trim_end().to_owned()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_counts_get_one_mark_each_and_big_ones_are_scaled_to_forty() {
        assert_eq!(bar_lengths(&[Some(0), Some(3), Some(40)]), [0, 3, 40]);
        assert_eq!(bar_lengths(&[Some(1), Some(100), Some(50), Some(3)]), [1, 40, 20, 1]);
        assert_eq!(bar_lengths(&[None, Some(2)]), [0, 2]);
        assert_eq!(bar_lengths(&[]), Vec::<usize>::new());
    }

    #[test]
    fn the_biggest_counts_there_are_scale_without_overflow() {
        let max = u64::MAX;
        assert_eq!(bar_lengths(&[Some(max), Some(max / 2), Some(1), Some(0)]), [40, 20, 1, 0]);
        assert_eq!(bar_lengths(&[Some(max), Some(max)]), [40, 40]);
    }

    #[test]
    fn rows_line_up_and_hidden_counts_have_no_bar() {
        let row = |label: &str, value: &str, count| ChartRow { label: label.into(), value: value.into(), count };
        let lines = draw(&[row("ab", "12", Some(12)), row("abcd", "3", Some(3)), row("x", "few", None)]);
        assert_eq!(lines, ["  ab     12  ############", "  abcd    3  ###", "  x     few"]);
    }
}
