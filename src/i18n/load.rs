//! Reading `.ftl` files into locales, keeping where each message is defined so that
//! problems can be reported at a line and column.

use std::path::{Component, Path, PathBuf};

use fluent_bundle::{FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

use crate::content::diag::{Diagnostic, Problem, Severity};
use crate::content::limits::MAX_PROBLEMS_PER_FILE;
use crate::content::source::SourceTree;

use super::guard;

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
}

impl ParsedLocale {
    /// A Fluent bundle of this locale's messages, with isolation marks off: the terminal
    /// would show them as stray characters.
    pub fn to_bundle(&self) -> FluentBundle<FluentResource> {
        let mut bundle = FluentBundle::new(vec![self.language.clone()]);
        bundle.set_use_isolating(false);
        // NUMBER, the one function `check` lets a message call (`strict::FUNCTIONS`).
        if let Err(error) = bundle.add_builtins() {
            log::warn!("{error}");
        }
        for (path, text) in &self.sources {
            // Parse errors were reported by `parse_tree`; the parts that parsed still count.
            let resource = FluentResource::try_new(text.clone()).unwrap_or_else(|(partial, _)| partial);
            if let Err(errors) = bundle.add_resource(resource) {
                for error in errors {
                    log::warn!("{}: {error}", path.display());
                }
            }
        }
        bundle
    }

    /// A locale with no messages at all.
    pub fn empty(language: LanguageIdentifier) -> ParsedLocale {
        ParsedLocale { language, sources: Vec::new(), definitions: Vec::new() }
    }

    /// Records the messages of a refused file as present but broken.
    fn add_broken(&mut self, definitions: Vec<MessageDefinition>) {
        for definition in definitions {
            if !self.defines(&definition.id) {
                self.definitions.push(MessageDefinition { broken: true, ..definition });
            }
        }
    }

    /// Whether this locale defines message `id`.
    pub fn defines(&self, id: &str) -> bool {
        self.definitions.iter().any(|d| d.id == id)
    }
}

/// Reads every `<language>/*.ftl` file of `tree`. Problems are returned, never fatal:
/// a file with a syntax error still gives the messages that parsed.
pub fn parse_tree(tree: &SourceTree) -> (Vec<ParsedLocale>, Vec<Diagnostic>) {
    let mut locales: Vec<ParsedLocale> = Vec::new();
    let mut problems = Vec::new();
    for file in tree.with_extension("ftl") {
        let Some(folder) = locale_folder(&file.relative) else {
            continue;
        };
        let language: LanguageIdentifier = match folder.parse() {
            Ok(lang) => lang,
            Err(_) => {
                let problem = Problem::BadLocaleFolder { name: folder };
                problems.push(Diagnostic::file(&file.path, Severity::Error, problem));
                continue;
            }
        };
        let index = match locales.iter().position(|l| l.language == language) {
            Some(i) => i,
            None => {
                locales.push(ParsedLocale::empty(language));
                locales.len() - 1
            }
        };
        let locale = &mut locales[index];
        let text = match &file.text {
            Ok(text) => text,
            Err(error) => {
                problems.push(error.diagnostic(&file.path));
                // The messages of a file that cannot be read are there, only broken:
                // one problem for the file, not one for every use of its messages.
                if let Some(lossy) = error.lossy_text() {
                    locale.add_broken(message_definitions(&file.path, lossy));
                }
                continue;
            }
        };
        let definitions = message_definitions(&file.path, text);
        if let Some(refusal) = guard::refusal(&file.path, text) {
            problems.push(refusal);
            locale.add_broken(definitions);
            continue;
        }
        if let Err((_, errors)) = FluentResource::try_new(text.clone()) {
            // A damaged file can hold a million; the first are enough to start on.
            for (count, error) in errors.iter().enumerate().take(MAX_PROBLEMS_PER_FILE + 1) {
                let problem = match count {
                    MAX_PROBLEMS_PER_FILE => Problem::TooManyProblems { limit: MAX_PROBLEMS_PER_FILE },
                    _ => Problem::FluentSyntax { detail: error.kind.to_string() },
                };
                problems.push(Diagnostic::at(&file.path, text, error.pos.start, Severity::Error, problem));
            }
        }
        for definition in definitions {
            if locale.defines(&definition.id) {
                let problem = Problem::DuplicateMessage { id: definition.id.clone() };
                let (line, col) = (definition.line, 1);
                let path = definition.path.clone();
                problems.push(Diagnostic { path, line, col, severity: Severity::Error, problem });
            } else {
                locale.definitions.push(definition);
            }
        }
        locale.sources.push((file.path.clone(), text.clone()));
    }
    (locales, problems)
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
}
