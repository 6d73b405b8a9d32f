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

/// 1-based line and column (in characters) of byte `offset` in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::line_col;

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
}
