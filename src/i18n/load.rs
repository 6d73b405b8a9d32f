//! Reading `.ftl` files into locales, keeping where each message is defined so that
//! problems can be reported at a line and column. Files are parsed through
//! [`super::cache`], once per process, and only for the languages asked for.

use rustc_hash::FxHashSet;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::{FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

use super::{cache, guard};
use crate::content::diag::{Diagnostic, LineIndex, Problem, Severity};
use crate::content::limits::MAX_PROBLEMS_PER_FILE;
use crate::content::source::{SourceFile, SourceTree};

/// Where a message is defined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageDefinition {
    pub id: String,
    pub path: PathBuf,
    pub line: usize,
    /// Defined in a file that was refused (not UTF-8, too deep, too many messages): the
    /// message is there but cannot be shown. That file's one problem says why.
    pub broken: bool,
}

/// One locale folder's files, parsed.
#[derive(Debug, Clone)]
pub struct ParsedLocale {
    pub language: LanguageIdentifier,
    /// The text of each `.ftl` file, in path order.
    pub sources: Vec<(PathBuf, String)>,
    /// Every message (not term) defined, first definition first.
    pub definitions: Vec<MessageDefinition>,
    /// The ids of `definitions`, so `defines` takes the same time for any size of locale.
    ids: FxHashSet<String>,
    /// Each file's parse, shared with every bundle made from it.
    resources: Vec<Arc<FluentResource>>,
}

impl ParsedLocale {
    /// A Fluent bundle of this locale's messages (see [`bundle`]).
    pub fn to_bundle(&self) -> FluentBundle<Arc<FluentResource>> {
        bundle(&self.language, &self.resources)
    }

    /// A locale with no messages at all.
    pub fn empty(language: LanguageIdentifier) -> ParsedLocale {
        ParsedLocale {
            language,
            sources: Vec::new(),
            definitions: Vec::new(),
            ids: FxHashSet::default(),
            resources: Vec::new(),
        }
    }

    /// Records the messages of a refused file as present but broken.
    fn add_broken(&mut self, definitions: Vec<MessageDefinition>) {
        for definition in definitions {
            if self.ids.insert(definition.id.clone()) {
                self.definitions.push(MessageDefinition { broken: true, ..definition });
            }
        }
    }

    /// Whether this locale defines message `id`.
    pub fn defines(&self, id: &str) -> bool {
        self.ids.contains(id)
    }

    /// Each file's parse, in path order (for `check` to walk the messages' syntax).
    pub fn resources(&self) -> &[Arc<FluentResource>] {
        &self.resources
    }
}

/// A bundle of `resources` in `language`, with isolation marks off: the terminal would
/// show them as stray characters.
pub fn bundle(language: &LanguageIdentifier, resources: &[Arc<FluentResource>]) -> FluentBundle<Arc<FluentResource>> {
    let mut bundle = FluentBundle::new(vec![language.clone()]);
    bundle.set_use_isolating(false);
    // NUMBER, the one function `check` lets a message call (`strict::FUNCTIONS`).
    if let Err(error) = bundle.add_builtins() {
        log::warn!("{error}");
    }
    for resource in resources {
        // Parse errors are reported where the file is read; the parts that parsed count.
        if let Err(errors) = bundle.add_resource(Arc::clone(resource)) {
            for error in errors {
                log::warn!("{language}: {error}");
            }
        }
    }
    bundle
}

/// Reads every `<language>/*.ftl` file of `tree`. Problems are returned, never fatal:
/// a file with a syntax error still gives the messages that parsed.
pub fn parse_tree(tree: &SourceTree) -> (Vec<ParsedLocale>, Vec<Diagnostic>) {
    let mut locales: Vec<ParsedLocale> = Vec::new();
    let mut problems = Vec::new();
    for file in tree.with_extension("ftl") {
        let Some(language) = file_language(file, &mut problems) else { continue };
        let index = match locales.iter().position(|l| l.language == language) {
            Some(i) => i,
            None => {
                locales.push(ParsedLocale::empty(language));
                locales.len() - 1
            }
        };
        let locale = &mut locales[index];
        let (text, resource) = match read(file, &mut problems) {
            Read::Parsed(text, resource) => (text, resource),
            // One problem for the file, not one for every use of its messages.
            Read::Refused(broken) => {
                locale.add_broken(broken);
                continue;
            }
        };
        for definition in message_definitions(&file.path, text) {
            if locale.ids.insert(definition.id.clone()) {
                locale.definitions.push(definition);
            } else {
                let problem = Problem::DuplicateMessage { id: definition.id.clone() };
                let (line, col) = (definition.line, 1);
                let path = definition.path.clone();
                problems.push(Diagnostic { path, line, col, severity: Severity::Error, problem });
            }
        }
        locale.sources.push((file.path.clone(), text.to_owned()));
        locale.resources.push(resource);
    }
    (locales, problems)
}

/// The `.ftl` files of `language` in `tree`, in path order, unread.
pub fn language_files(tree: &SourceTree, language: &LanguageIdentifier) -> Vec<SourceFile> {
    tree.with_extension("ftl")
        .filter(|file| {
            locale_folder(&file.relative).is_some_and(|folder| folder.parse().ok().as_ref() == Some(language))
        })
        .cloned()
        .collect()
}

/// The languages `tree` has a folder for, in path order, without reading their files.
pub fn languages_in(tree: &SourceTree) -> Vec<LanguageIdentifier> {
    let mut found: Vec<LanguageIdentifier> = Vec::new();
    for file in tree.with_extension("ftl") {
        let language = locale_folder(&file.relative).and_then(|folder| folder.parse().ok());
        if let Some(language) = language.filter(|l| !found.contains(l)) {
            found.push(language);
        }
    }
    found
}

/// The words of message `id` in `language`, found by reading only that message's
/// lines (for a language's own name in the list of languages).
/// `usual_file` (a file name) is looked in first: the other files' pages are then never
/// touched, and a start keeps less of the program in memory.
pub fn single_message(tree: &SourceTree, language: &LanguageIdentifier, id: &str, usual_file: &str) -> Option<String> {
    let mut files = language_files(tree, language);
    // A stable sort: the usual file first, the others in path order.
    files.sort_by_key(|file| file.relative.file_name() != Some(std::ffi::OsStr::new(usual_file)));
    let entry = files.iter().filter_map(|file| file.text.as_deref().ok()).find_map(|text| entry_text(text, id))?;
    let resource = Arc::new(FluentResource::try_new(entry.to_owned()).ok()?);
    let bundle = bundle(language, &[resource]);
    let pattern = bundle.get_message(id)?.value()?;
    Some(bundle.format_pattern(pattern, None, &mut Vec::new()).into_owned())
}

/// The lines of message `id` in Fluent `text`: its first line and the indented or blank
/// lines after it. Found by searching for the id, not by walking every line: this runs
/// for each language at every start, over files of thousands of lines.
fn entry_text<'t>(text: &'t str, id: &str) -> Option<&'t str> {
    let starts_line = |at: usize| at == 0 || text.as_bytes()[at - 1] == b'\n';
    let defines =
        |at: &usize| starts_line(*at) && text[at + id.len()..].trim_start_matches([' ', '\t']).starts_with('=');
    let begin = memchr::memmem::find_iter(text.as_bytes(), id.as_bytes()).find(defines)?;
    let mut offset = begin;
    for (number, line) in text[begin..].split_inclusive('\n').enumerate() {
        if number > 0 && !(line.starts_with([' ', '\t']) || line.trim().is_empty()) {
            return Some(&text[begin..offset]);
        }
        offset += line.len();
    }
    Some(&text[begin..])
}

/// The language of a file's folder; a folder that is not a language tag is a problem.
fn file_language(file: &SourceFile, problems: &mut Vec<Diagnostic>) -> Option<LanguageIdentifier> {
    let folder = locale_folder(&file.relative)?;
    match folder.parse() {
        Ok(language) => Some(language),
        Err(_) => {
            let problem = Problem::BadLocaleFolder { name: folder };
            problems.push(Diagnostic::file(&file.path, Severity::Error, problem));
            None
        }
    }
}

/// What reading one `.ftl` file gave.
pub(super) enum Read<'f> {
    /// Its text and its parse (any problems in it are reported).
    Parsed(&'f str, Arc<FluentResource>),
    /// Refused (unreadable, not UTF-8, nested too deep, too many messages), with its one
    /// problem reported: the messages it defines, which are there but broken.
    Refused(Vec<MessageDefinition>),
}

/// A file's text and its parse, with any problem reading or parsing it.
pub(super) fn read<'f>(file: &'f SourceFile, problems: &mut Vec<Diagnostic>) -> Read<'f> {
    let text = match &file.text {
        Ok(text) => text.as_ref(),
        Err(error) => {
            problems.push(error.diagnostic(&file.path));
            let lossy = error.lossy_text().map(|lossy| message_definitions(&file.path, lossy));
            return Read::Refused(lossy.unwrap_or_default());
        }
    };
    // Checked before Fluent's own parser sees it: that parser would overflow the stack.
    // A file this process has parsed already passed (start-up reads English twice).
    let parsed = match cache::earlier(&file.path, text) {
        Some(parsed) => parsed,
        None => {
            if let Some(refusal) = guard::refusal(&file.path, text) {
                problems.push(refusal);
                return Read::Refused(message_definitions(&file.path, text));
            }
            cache::parse(&file.path, text)
        }
    };
    if !parsed.errors.is_empty() {
        let lines = LineIndex::new(text);
        // A damaged file can hold a million; the first are enough to start on.
        for (count, error) in parsed.errors.iter().enumerate().take(MAX_PROBLEMS_PER_FILE + 1) {
            let problem = match count {
                MAX_PROBLEMS_PER_FILE => Problem::TooManyProblems { limit: MAX_PROBLEMS_PER_FILE },
                _ => Problem::FluentSyntax { detail: error.kind.to_string() },
            };
            problems.push(lines.diagnostic(&file.path, error.pos.start, Severity::Error, problem));
        }
    }
    Read::Parsed(text, parsed.resource)
}

/// The locale folder a file sits in: the first part of its relative path, if the file is
/// inside a folder at all.
fn locale_folder(relative: &Path) -> Option<String> {
    let mut parts = relative.components();
    let first = parts.next()?;
    parts.next()?;
    match first {
        Component::Normal(name) => Some(name.to_string_lossy().into_owned()),
        _ => None,
    }
}

/// Messages defined in Fluent `text`: lines that start with an identifier and `=`.
/// (Terms start with `-` and attributes and continuation lines are indented, so none of
/// them match.)
fn message_definitions(path: &Path, text: &str) -> Vec<MessageDefinition> {
    text.lines()
        .enumerate()
        .filter_map(|(index, line)| {
            let (name, _) = line.split_once('=')?;
            let name = name.trim_end();
            let mut chars = name.chars();
            let starts_well = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
            let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            (starts_well && rest_ok).then(|| MessageDefinition {
                id: name.to_owned(),
                path: path.to_path_buf(),
                line: index + 1,
                broken: false,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definitions_are_found_with_their_lines() {
        let text = "# comment\nhello = Hi\n-brand = Signpost\nlong =\n    More = words\n    .attr = x\nbye= Bye\n";
        let ids: Vec<_> = message_definitions(Path::new("a.ftl"), text).into_iter().map(|d| (d.id, d.line)).collect();
        assert_eq!(ids, [("hello".into(), 2), ("long".into(), 4), ("bye".into(), 7)]);
    }

    #[test]
    fn files_outside_a_language_folder_are_not_locales() {
        assert_eq!(locale_folder(Path::new("README.md")), None);
        assert_eq!(locale_folder(Path::new("cy/ui.ftl")), Some("cy".into()));
    }

    #[test]
    fn one_message_is_read_with_its_continuation_lines_only() {
        let text = "a = A\nlanguage-name =\n    Cymraeg\n\n    da\nb = B\n";
        assert_eq!(entry_text(text, "language-name"), Some("language-name =\n    Cymraeg\n\n    da\n"));
        assert_eq!(entry_text("language-name = Polski", "language-name"), Some("language-name = Polski"));
        assert_eq!(entry_text("language-names = x\n", "language-name"), None);
    }

    #[test]
    fn a_language_name_comes_from_its_own_folder_without_parsing_the_rest() {
        let tree = SourceTree::built_in_locales();
        let welsh: LanguageIdentifier = "cy".parse().unwrap();
        assert_eq!(single_message(&tree, &welsh, "language-name", "ui.ftl").as_deref(), Some("Cymraeg"));
        assert_eq!(
            single_message(&tree, &welsh, "language-name", "cli.ftl").as_deref(),
            Some("Cymraeg"),
            "found elsewhere too"
        );
        let languages: Vec<String> = languages_in(&tree).iter().map(ToString::to_string).collect();
        assert_eq!(languages, ["cy", "en-GB", "pl"]);
    }

    #[test]
    fn only_the_asked_language_is_read_and_its_problems_are_placed() {
        let file = |relative: &str, text: &str| SourceFile {
            path: PathBuf::from("locales").join(relative),
            relative: PathBuf::from(relative),
            text: Ok(text.to_owned().into()),
        };
        let tree = SourceTree { files: vec![file("cy/a.ftl", "a = A\nb = {\n"), file("pl/a.ftl", "c = {\n")] };
        let welsh: LanguageIdentifier = "cy".parse().unwrap();
        let files = language_files(&tree, &welsh);
        assert_eq!(files.len(), 1);
        let mut problems = Vec::new();
        assert!(matches!(read(&files[0], &mut problems), Read::Parsed(..)), "the part that parsed is kept");
        let places: Vec<_> = problems.iter().map(|p| (p.path.display().to_string(), p.line, p.col)).collect();
        assert_eq!(places, [("locales/cy/a.ftl".to_owned(), 3, 1)], "only Welsh was read");
        let (locales, _) = parse_tree(&tree);
        assert!(locales[0].defines("a") && !locales[0].defines("c") && locales[1].defines("c"));
    }
}
