//! What `signpost check` says about course packs beyond what it says of any content:
//! a message a pack defines that Signpost (or another pack) defines too, a language a
//! pack has no words in at all, and words in a language Signpost does not have.

use crate::content::diag::{Diagnostic, Problem, Severity};
use crate::content::packs::{self, Packs};
use crate::i18n::ParsedLocale;
use crate::lesson::COURSE_FILE;

/// A message defined twice in one language, by a pack and by Signpost (or by two packs),
/// is a clash naming both places; the first is the one used. Twice in the same place
/// (Signpost's own files, or one pack's) it stays a repeated message.
pub fn as_clash(problem: Diagnostic, parsed: &[ParsedLocale], packs: &Packs) -> Diagnostic {
    let Problem::DuplicateMessage { id } = &problem.problem else { return problem };
    let first = parsed
        .iter()
        .filter(|locale| locale.sources.iter().any(|(path, _)| *path == problem.path))
        .find_map(|locale| locale.definitions.iter().find(|d| d.id == *id));
    let origin = |path| packs.pack_of(path).map(|pack| &pack.folder);
    match first {
        Some(first) if origin(&first.path) != origin(&problem.path) => {
            let other = format!("{}:{}:1", first.path.display(), first.line);
            Diagnostic { problem: Problem::MessageClash { id: id.clone(), other }, ..problem }
        }
        _ => problem,
    }
}

/// A pack with no words at all in one of `languages` is read in English there (and the
/// learner told so): one warning at its `course.toml` says so, in place of one for
/// each of its messages.
pub fn in_english(problems: &mut Vec<Diagnostic>, packs: &Packs, languages: &[String]) {
    let lacks = |pack: &packs::Pack, locale: &str| !packs::languages(pack).iter().any(|l| l == locale);
    problems.retain(|p| match &p.problem {
        Problem::UntranslatedMessage { locale, .. } => !packs.pack_of(&p.path).is_some_and(|pack| lacks(pack, locale)),
        _ => true,
    });
    for pack in &packs.packs {
        for locale in languages.iter().filter(|l| lacks(pack, l)) {
            let problem = Problem::PackInEnglish { locale: locale.clone() };
            problems.push(Diagnostic::file(&pack.folder.join(COURSE_FILE), Severity::Warning, problem));
        }
    }
}

/// Words a pack has in a language Signpost has no words for (a folder named `cym`
/// rather than `cy`, say) are not used: one warning at the folder's first file says so.
/// `known` holds the languages Signpost has words for.
pub fn unknown_languages(problems: &mut Vec<Diagnostic>, packs: &Packs, known: &[String]) {
    for pack in &packs.packs {
        for language in packs::languages(pack).into_iter().filter(|l| !known.contains(l)) {
            let first = pack.locales.files.iter().find(|f| f.relative.starts_with(&language));
            if let Some(file) = first {
                let problem = Problem::PackLanguageUnknown { locale: language.clone(), known: known.join(", ") };
                problems.push(Diagnostic::file(&file.path, Severity::Warning, problem));
            }
        }
    }
}
