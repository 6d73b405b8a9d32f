//! `signpost check`: every problem in lessons and locales, at its file, line and column.

use std::collections::HashSet;

use crate::diag::{Diagnostic, Problem, Severity};
use crate::i18n::{base_language, ParsedLocale, BASE_LANGUAGE};
use crate::lesson::{self, Catalog};
use crate::source::SourceTree;

/// What `check` found.
pub struct Report {
    pub problems: Vec<Diagnostic>,
    pub catalog: Catalog,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.problems.len() - self.errors()
    }
}

/// Checks `lessons` against `locales`. English (en-GB) must have every message a lesson
/// uses (an error if not); other languages should (a warning), and should translate the
/// interface's messages too (a warning, at the English message).
pub fn check(lessons: &SourceTree, locales: &SourceTree) -> Report {
    let loaded = lesson::load(lessons);
    let mut problems = loaded.problems;
    let (parsed, locale_problems) = crate::i18n::parse_locales(locales);
    problems.extend(locale_problems);
    let base = match parsed.iter().find(|l| l.language == base_language()) {
        Some(base) => base.clone(),
        None => {
            let (built_in, _) = crate::i18n::parse_locales(&SourceTree::built_in_locales());
            built_in
                .into_iter()
                .find(|l| l.language == base_language())
                .unwrap_or_else(|| ParsedLocale::empty(base_language()))
        }
    };
    let others: Vec<&ParsedLocale> = parsed.iter().filter(|l| l.language != base.language).collect();
    let mut used = HashSet::new();
    for reference in &loaded.refs {
        used.insert(reference.id.as_str());
        let at = |severity, problem| Diagnostic {
            path: reference.path.clone(),
            line: reference.line,
            col: reference.col,
            severity,
            problem,
        };
        if !base.defines(&reference.id) {
            let problem = Problem::MissingMessage { id: reference.id.clone(), locale: BASE_LANGUAGE.to_owned() };
            problems.push(at(Severity::Error, problem));
            continue;
        }
        for locale in others.iter().filter(|l| !l.defines(&reference.id)) {
            let problem =
                Problem::UntranslatedMessage { id: reference.id.clone(), locale: locale.language.to_string() };
            problems.push(at(Severity::Warning, problem));
        }
    }
    for definition in base.definitions.iter().filter(|d| !used.contains(d.id.as_str())) {
        for locale in others.iter().filter(|l| !l.defines(&definition.id)) {
            let problem =
                Problem::UntranslatedMessage { id: definition.id.clone(), locale: locale.language.to_string() };
            problems.push(Diagnostic {
                path: definition.path.clone(),
                line: definition.line,
                col: 1,
                severity: Severity::Warning,
                problem,
            });
        }
    }
    problems.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
    problems.dedup();
    Report { problems, catalog: loaded.catalog }
}
