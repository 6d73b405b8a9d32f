//! `signpost check`: every problem in lessons and locales, at its file, line and column.

use std::collections::BTreeSet;

use rustc_hash::{FxHashMap, FxHashSet};
use std::io::{self, Write};
use std::process::ExitCode;

use crate::content::diag::{Diagnostic, Problem, Severity};
use crate::content::source::SourceTree;
use crate::i18n::{base_language, Args, I18n, ParsedLocale, BASE_LANGUAGE};
use crate::lesson::{self, Catalog};

/// Prints every problem and a summary per locale; exit status 1 when there are errors.
pub fn run(i18n: &I18n, lessons: &SourceTree, locales: &SourceTree) -> ExitCode {
    let findings = check(lessons, locales);
    let mut out = io::stdout().lock();
    for problem in &findings.problems {
        let _ = writeln!(out, "{}", i18n.diagnostic(problem));
    }
    let lesson_count: usize = findings.catalog.courses.iter().map(|c| c.lessons.len()).sum();
    let args = Args::new()
        .with("courses", findings.catalog.courses.len())
        .with("lessons", lesson_count)
        .with("errors", findings.errors())
        .with("warnings", findings.warnings());
    for locale in &findings.locales {
        let args = Args::new()
            .with("locale", locale.locale.as_str())
            .with("translated", locale.translated)
            .with("total", locale.total)
            .with("missing", locale.missing)
            .with("obsolete", locale.obsolete);
        let _ = writeln!(out, "{}", i18n.tr_args("check-locale-summary", &args));
    }
    let _ = writeln!(out, "{}", i18n.tr_args("check-summary", &args));
    ExitCode::from(u8::from(findings.errors() > 0))
}

/// What `check` found.
pub struct Findings {
    pub problems: Vec<Diagnostic>,
    pub catalog: Catalog,
    /// How far each translation has got, English first left out.
    pub locales: Vec<LocaleSummary>,
}

/// Counts for one translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleSummary {
    pub locale: String,
    pub total: usize,
    pub translated: usize,
    pub missing: usize,
    pub obsolete: usize,
}

impl Findings {
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
pub fn check(lessons: &SourceTree, locales: &SourceTree) -> Findings {
    let loaded = lesson::load(lessons);
    let mut problems = loaded.problems;
    let (parsed, locale_problems) = crate::i18n::parse_locales(locales);
    problems.extend(locale_problems);
    for locale in &parsed {
        problems.extend(crate::i18n::strict::check_locale(locale));
    }
    // Borrowed, not copied: a copy of a large English locale costs an allocation a message.
    let built_in;
    let base = match parsed.iter().find(|l| l.language == base_language()) {
        Some(base) => base,
        None => {
            let (locales, _) = crate::i18n::parse_locales(&SourceTree::built_in_locales());
            built_in = locales
                .into_iter()
                .find(|l| l.language == base_language())
                .unwrap_or_else(|| ParsedLocale::empty(base_language()));
            &built_in
        }
    };
    let others: Vec<&ParsedLocale> = parsed.iter().filter(|l| l.language != base.language).collect();
    let mut used = FxHashSet::default();
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
    let base_vars = variables_of(base);
    let locales = others.iter().map(|locale| compare(base, &base_vars, locale, &mut problems)).collect();
    problems.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
    problems.dedup();
    Findings { problems, catalog: loaded.catalog, locales }
}

/// Each message's variables in a locale, from the files as already parsed.
fn variables_of(locale: &ParsedLocale) -> FxHashMap<String, BTreeSet<String>> {
    locale.resources().iter().flat_map(|resource| crate::i18n::variables_of(resource)).collect()
}

/// Obsolete messages, lost or invented variables, and the counts, for one translation.
fn compare(
    base: &ParsedLocale,
    base_vars: &FxHashMap<String, BTreeSet<String>>,
    locale: &ParsedLocale,
    problems: &mut Vec<Diagnostic>,
) -> LocaleSummary {
    let tag = locale.language.to_string();
    let vars = variables_of(locale);
    let mut obsolete = 0;
    for definition in &locale.definitions {
        let at = |problem| Diagnostic {
            path: definition.path.clone(),
            line: definition.line,
            col: 1,
            severity: Severity::Error,
            problem,
        };
        if !base.defines(&definition.id) {
            obsolete += 1;
            let problem = Problem::ObsoleteMessage { id: definition.id.clone(), locale: tag.clone() };
            problems.push(Diagnostic { severity: Severity::Warning, ..at(problem) });
            continue;
        }
        // A broken file's variables are unknown; its one problem has been reported.
        let Some(english) = base_vars.get(&definition.id).filter(|_| !definition.broken) else {
            continue;
        };
        let translated = vars.get(&definition.id).cloned().unwrap_or_default();
        for variable in english.difference(&translated) {
            problems.push(at(Problem::MissingVariable { id: definition.id.clone(), variable: variable.clone() }));
        }
        for variable in translated.difference(english) {
            problems.push(at(Problem::UnknownVariable { id: definition.id.clone(), variable: variable.clone() }));
        }
    }
    let total = base.definitions.len();
    let translated = base.definitions.iter().filter(|d| locale.defines(&d.id)).count();
    LocaleSummary { locale: tag, total, translated, missing: total - translated, obsolete }
}
