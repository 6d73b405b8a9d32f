//! `signpost check`'s look at the hub file: each mistake at its line and column, and
//! each hidden course that no course has the id of (a typo would leave the course shown).

use std::path::Path;

use crate::content::diag::{Diagnostic, Problem, Severity};

/// Every problem in the hub file at `path`, or `None` when there is no file and none
/// was `named` on purpose (`SIGNPOST_HUB_FILE`: then a missing file is a problem).
/// `knows_course` says whether a course with that id is installed.
pub fn check(path: &Path, named: bool, knows_course: impl Fn(&str) -> bool) -> Option<Vec<Diagnostic>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !named => return None,
        Err(e) => {
            return Some(vec![Diagnostic::file(path, Severity::Error, Problem::Unreadable { detail: e.to_string() })])
        }
    };
    let file = match super::read(path) {
        Ok(file) => file,
        Err(e) => {
            let problem = Problem::HubFile { detail: e.detail };
            return Some(vec![Diagnostic {
                path: e.path,
                line: e.line,
                col: e.col,
                severity: Severity::Error,
                problem,
            }]);
        }
    };
    let unknown = file.courses.hidden().filter(|(id, _)| !knows_course(id)).map(|(id, span)| {
        Diagnostic::at(path, &text, span.start, Severity::Error, Problem::HiddenCourseUnknown { id: id.to_owned() })
    });
    Some(unknown.collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_text(text: &str) -> Option<Vec<(usize, usize, Problem)>> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("hub.toml");
        std::fs::write(&path, text).unwrap();
        let found = check(&path, false, |id| ["email", "nhs-prescriptions"].contains(&id))?;
        Some(found.into_iter().map(|d| (d.line, d.col, d.problem)).collect())
    }

    #[test]
    fn a_hidden_course_that_is_not_installed_is_named_at_its_place() {
        let found = check_text("[courses]\nhide = [\n  \"email\",\n  \"nhs-prescription\",\n]\n").unwrap();
        assert_eq!(found, vec![(4, 3, Problem::HiddenCourseUnknown { id: "nhs-prescription".into() })]);
    }

    #[test]
    fn a_good_file_has_no_problems_and_no_file_is_not_checked() {
        assert_eq!(check_text("[courses]\nhide = [\"nhs-prescriptions\"]\n"), Some(vec![]));
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(check(&dir.path().join("hub.toml"), false, |_| true), None);
    }

    #[test]
    fn a_file_named_on_purpose_and_missing_is_a_problem() {
        let dir = tempfile::tempdir().unwrap();
        let found = check(&dir.path().join("hub.tml"), true, |_| true).unwrap();
        assert!(matches!(found.as_slice(), [d] if matches!(d.problem, Problem::Unreadable { .. })), "{found:?}");
    }

    #[test]
    fn a_mistake_in_any_table_is_named_at_its_place() {
        let cases = [
            ("[courses]\nshow = [\"email\"]\n", 2, 1),
            ("[courses]\nhide = \"email\"\n", 2, 8),
            ("[hub]\nid = \"Riverside Library\"\n", 2, 6),
            ("[speech]\nvolume = 101\n", 2, 10),
        ];
        for (text, line, col) in cases {
            let found = check_text(text).unwrap();
            assert!(
                matches!(found.as_slice(), [(l, c, Problem::HubFile { .. })] if (*l, *c) == (line, col)),
                "{text:?}: {found:?}"
            );
        }
    }
}
