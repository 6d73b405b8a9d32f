//! `signpost check`: every problem in lessons and locales, at its file, line and column.

use std::collections::BTreeSet;

use rustc_hash::{FxHashMap, FxHashSet};
use std::io::{self, Write};
use std::process::ExitCode;

use crate::content::diag::{Diagnostic, Problem, Severity};
use crate::content::packs::Packs;
use crate::content::source::SourceTree;
use crate::i18n::{base_language, Args, I18n, ParsedLocale, BASE_LANGUAGE};
use crate::lesson::{self, Catalog};

/// Prints every problem and a summary per locale; exit status 1 when there are errors.
/// `locales` holds the packs' words too ([`crate::i18n::with_pack_words`]).
pub fn run(i18n: &I18n, lessons: &SourceTree, locales: &SourceTree, packs: &Packs) -> ExitCode {
    let mut findings = check_with_packs(lessons, locales, packs);
    let mut out = io::stdout().lock();
    let hub_file = hub_file(i18n, &mut findings);
    for problem in &findings.problems {
        let _ = writeln!(out, "{}", i18n.diagnostic(problem));
    }
    if let Some(hub_file) = hub_file {
        let _ = writeln!(out, "{hub_file}");
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

/// Adds the hub file's problems to `findings` and says which file counts, so a
/// coordinator knows; says nothing when there is none (a partner checking lessons).
fn hub_file(i18n: &I18n, findings: &mut Findings) -> Option<String> {
    let courses = &findings.catalog.courses;
    let path = crate::hub::default_path()?;
    let named = crate::hub::file::named().is_some();
    let problems = crate::hub::check::check(&path, named, |id| courses.iter().any(|c| c.id == id))?;
    findings.problems.extend(problems);
    Some(i18n.tr_args("check-hub-file-used", &Args::new().with("path", path.display().to_string())))
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
    check_with_packs(lessons, locales, &Packs::default())
}

/// [`check`], with the course packs `packs` checked like built-in content: their
/// lessons against their own words and Signpost's, which `locales` holds together.
pub fn check_with_packs(lessons: &SourceTree, locales: &SourceTree, packs: &Packs) -> Findings {
    let loaded = lesson::assemble(lesson::load(lessons), lessons, packs, true);
    let mut problems = loaded.problems;
    let (parsed, locale_problems) = crate::i18n::parse_locales(locales);
    problems.extend(locale_problems.into_iter().map(|p| super::check_packs::as_clash(p, &parsed, packs)));
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
    let languages: Vec<String> = others.iter().map(|l| l.language.to_string()).collect();
    super::check_packs::in_english(&mut problems, packs, &languages);
    let known: Vec<String> = parsed.iter().map(|l| l.language.to_string()).collect();
    super::check_packs::unknown_languages(&mut problems, packs, &known);
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
