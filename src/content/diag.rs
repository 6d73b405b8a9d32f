//! Problems found in lesson and locale files, each with a file, line and column, so an
//! author can go straight to the place. The words come from Fluent like all others.

use std::path::{Path, PathBuf};

pub use super::problem::Problem;

/// How bad a problem is: errors stop a lesson loading, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: PathBuf,
    pub line: usize,
    pub col: usize,
    pub severity: Severity,
    pub problem: Problem,
}

impl Diagnostic {
    /// A problem at byte `offset` of `text`, the contents of `path`.
    pub fn at(path: &Path, text: &str, offset: usize, severity: Severity, problem: Problem) -> Self {
        let (line, col) = line_col(text, offset);
        Diagnostic { path: path.to_path_buf(), line, col, severity, problem }
    }

    /// A problem with the file as a whole: reported at its first line.
    pub fn file(path: &Path, severity: Severity, problem: Problem) -> Self {
        Diagnostic { path: path.to_path_buf(), line: 1, col: 1, severity, problem }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// 1-based line and column (in characters) of byte `offset` in `text`. For many
/// places in one file, build a [`LineIndex`] once instead.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    LineIndex::new(text).line_col(offset)
}

/// Where each line of a text starts, so that the line and column of any place is found
/// in time that does not grow with the size of the file (a lesson of 10,000 steps has
/// tens of thousands of places to name).
pub struct LineIndex<'t> {
    text: &'t str,
    /// The byte offset of the start of each line; the first is 0.
    starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    pub fn new(text: &'t str) -> Self {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        LineIndex { text, starts }
    }

    /// 1-based line and column (in characters) of byte `offset`; an offset past the end
    /// is the end, and one inside a character is that character.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line - 1];
        (line, self.text[start..offset].chars().count() + 1)
    }

    /// A problem at byte `offset` of this text, the contents of `path`.
    pub fn diagnostic(&self, path: &Path, offset: usize, severity: Severity, problem: Problem) -> Diagnostic {
        let (line, col) = self.line_col(offset);
        Diagnostic { path: path.to_path_buf(), line, col, severity, problem }
    }
}

#[cfg(test)]
mod tests {
    use super::{line_col, LineIndex};

    #[test]
    fn line_col_counts_from_one_in_characters() {
        let text = "ab\ncŵd\n";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 1), (1, 2));
        assert_eq!(line_col(text, 3), (2, 1));
        // 'ŵ' is two bytes but one column.
        assert_eq!(line_col(text, 6), (2, 3));
        assert_eq!(line_col(text, 999), (3, 1));
    }

    #[test]
    fn the_line_index_agrees_with_counting_from_the_start() {
        let text = "one\n\ntwo ŵ three\n\nlast";
        let index = LineIndex::new(text);
        for offset in (0..=text.len() + 2).filter(|&o| text.is_char_boundary(o.min(text.len()))) {
            let before = &text[..offset.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
            assert_eq!(index.line_col(offset), (line, col), "at {offset}");
        }
        // Inside the two bytes of 'ŵ': that character's place.
        let inside = text.find('ŵ').unwrap() + 1;
        assert_eq!(index.line_col(inside), index.line_col(inside - 1));
    }
}
