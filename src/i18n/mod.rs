//! Every word a learner sees or hears, from Fluent files in `locales/<language>/*.ftl`.
//!
//! A chosen language is tried first, then English (en-GB), message by message, so a
//! half-finished translation still shows every screen; a message missing everywhere
//! shows a kind "text missing" sentence, never a raw id.

mod cache;
mod cycles;
mod entries;
mod guard;
mod index;
mod lazy;
mod load;
mod negotiate;
mod packs;
pub mod strict;
mod variables;
mod walk;

pub use crate::text::{ArgValue, Args};
pub use load::{parse_tree as parse_locales, MessageDefinition, ParsedLocale};
pub use negotiate::{negotiate, requested_languages};
pub use packs::with_pack_words;
pub use variables::{variables, variables_of};

use std::rc::Rc;

use fluent_bundle::resolver::errors::{ReferenceKind, ResolverError};
use fluent_bundle::FluentError;
use unic_langid::LanguageIdentifier;

use crate::content::diag::{Diagnostic, Severity};
use crate::content::source::{SourceFile, SourceTree};
use crate::text::clean::{clean, clean_lines};
use lazy::Lazy;

/// The language everything falls back to, and the one every message must exist in.
pub const BASE_LANGUAGE: &str = "en-GB";

/// The message that is a language's name in itself, and the file it is kept in
/// (`locales/README.md`).
const LANGUAGE_NAME: (&str, &str) = ("language-name", "ui.ftl");

/// The id of the sentence shown in place of a message that exists in no locale.
const MISSING_TEXT: &str = "text-missing";

/// Which front end is asking: messages can say "press R" or "type r" to match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Tui,
    Plain,
}

/// Translated words for one learner's language, with English behind it. A copy shares
/// its messages with the original: the tutor takes the command line's words rather than
/// building them a second time at every start.
#[derive(Clone)]
pub struct I18n {
    /// Most wanted first; the last is always the built-in en-GB. Each message is parsed
    /// when it is first wanted.
    bundles: Rc<[Lazy]>,
    /// How many of `bundles` come from the tree asked for (the built-in English may follow).
    own: usize,
    language: LanguageIdentifier,
    mode: Mode,
}

impl I18n {
    /// A problem in a lesson or locale file as `path:line:col: error: message`, the
    /// form editors and CI logs understand.
    pub fn diagnostic(&self, problem: &Diagnostic) -> String {
        let severity = match problem.severity {
            Severity::Error => self.tr("check-error"),
            Severity::Warning => self.tr("check-warning"),
        };
        let (id, args) = problem.problem.message();
        let message = self.tr_args(id, &args);
        // The path comes from outside too: a file name can hold an escape code.
        let path = clean(&problem.path.display().to_string());
        format!("{path}:{}:{}: {severity}: {message}", problem.line, problem.col)
    }

    /// Loads the locales of `tree` for the first of `requested` that exists (else en-GB),
    /// behind which the built-in en-GB always stands, reading every file now. Returns the
    /// problems found in the files of `tree`. Each file is parsed once per process.
    pub fn load(tree: &SourceTree, requested: &[LanguageIdentifier]) -> (I18n, Vec<Diagnostic>) {
        let i18n = I18n::on_demand(tree, requested);
        i18n.bundles.iter().for_each(Lazy::load_all);
        let problems = i18n.problems();
        (i18n, problems)
    }

    /// As [`I18n::load`], but each file is read only when one of its messages is first
    /// wanted: the first screen, or `--help`, reads a few files, not every lesson's words.
    /// Problems in a file are logged when it is read (see [`I18n::problems`]).
    pub fn on_demand(tree: &SourceTree, requested: &[LanguageIdentifier]) -> I18n {
        let available = load::languages_in(tree);
        let chain: Vec<LanguageIdentifier> =
            negotiate(requested, &available).into_iter().filter(|l| available.contains(l)).collect();
        let mut sets: Vec<(LanguageIdentifier, Vec<SourceFile>)> =
            chain.iter().map(|lang| (lang.clone(), load::language_files(tree, lang))).collect();
        let own = sets.len();
        // The built-in English is the last resort, even when `--locales` has its own en-GB.
        let base = base_language();
        let built_in = load::language_files(&SourceTree::built_in_locales(), &base);
        let same = |files: &[SourceFile]| {
            files.len() == built_in.len()
                && files.iter().zip(&built_in).all(|(a, b)| a.path == b.path && a.text == b.text)
        };
        if !sets.last().is_some_and(|(_, files)| same(files)) {
            sets.push((base.clone(), built_in));
        }
        let bundles = sets.into_iter().map(|(lang, files)| Lazy::new(&lang, files)).collect();
        let language = chain.first().cloned().unwrap_or(base);
        I18n { bundles, own, language, mode: Mode::Tui }
    }

    /// The built-in locales only, for the language asked for (used by `check` and tests).
    pub fn built_in(requested: &[LanguageIdentifier]) -> I18n {
        I18n::load(&SourceTree::built_in_locales(), requested).0
    }

    /// The problems found so far in the files of the tree these words come from
    /// (all of them, after [`I18n::load`]).
    pub fn problems(&self) -> Vec<Diagnostic> {
        self.bundles[..self.own].iter().flat_map(Lazy::problems).collect()
    }

    /// The files read so far, for tests of what a command reads.
    pub fn read_paths(&self) -> Vec<std::path::PathBuf> {
        self.bundles.iter().flat_map(Lazy::read_paths).collect()
    }

    /// The language chosen for this run.
    pub fn language(&self) -> &LanguageIdentifier {
        &self.language
    }

    /// Which front end the words are for.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// Says which front end the words are for (see the `$mode` variable in `ui.ftl`).
    pub fn set_mode(&mut self, mode: Mode) {
        self.mode = mode;
    }

    /// The words of message `id`, with no arguments of its own.
    pub fn tr(&self, id: &str) -> String {
        self.tr_args(id, &Args::new())
    }

    /// The words of message `id` with `args`, from the first bundle that has it.
    pub fn tr_args(&self, id: &str, args: &Args) -> String {
        if let Some(text) = self.format(id, args) {
            return text;
        }
        log::error!("message {id} is missing from every locale");
        self.format(MISSING_TEXT, args).unwrap_or_default()
    }

    /// The words of message `id` in English (en-GB), whatever the learner's language:
    /// English command words always work, so an English-speaking champion can step in.
    pub fn tr_english(&self, id: &str) -> String {
        let Some(base) = self.bundles.last() else { return String::new() };
        self.format_in(base, id, &Args::new()).unwrap_or_default()
    }

    /// Whether any bundle, the English one included, has message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundles.iter().any(|words| {
            words.want(id);
            words.with(|bundle| bundle.has_message(id))
        })
    }

    /// `args` with `$mode`, so messages can say "press R" or "type r".
    fn fluent_args(&self, args: &Args) -> fluent_bundle::FluentArgs<'static> {
        let mut fluent_args = args.to_fluent();
        let mode = match self.mode {
            Mode::Tui => "tui",
            Mode::Plain => "plain",
        };
        fluent_args.set("mode", mode);
        fluent_args
    }

    fn format(&self, id: &str, args: &Args) -> Option<String> {
        self.bundles.iter().find_map(|words| self.format_in(words, id, args))
    }

    /// Message `id` from `words` alone, if they have it. A message that uses another
    /// from a file not read yet is formatted again once that file is read.
    fn format_in(&self, words: &Lazy, id: &str, args: &Args) -> Option<String> {
        words.want(id);
        let fluent_args = self.fluent_args(args);
        loop {
            self.log_new_problems(words);
            let (text, errors) = words.with(|bundle| {
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
                Some((text, errors))
            })?;
            let mut read = false;
            for used in errors.iter().filter_map(reference) {
                read |= words.want(used);
            }
            if read {
                continue;
            }
            for error in errors {
                log::warn!("message {id}: {error}");
            }
            // Every word shown or said passes here: a translation, or a name or an id
            // put into one, never reaches the terminal with an escape code in it.
            return Some(clean_lines(&text));
        }
    }

    /// Logs the problems in files just read, in this language's words.
    fn log_new_problems(&self, words: &Lazy) {
        for problem in words.take_new_problems().iter().filter(|p| p.is_error()) {
            log::warn!("{}", self.diagnostic(problem));
        }
    }
}

/// The message or term a formatting error says is missing.
fn reference(error: &FluentError) -> Option<&str> {
    match error {
        FluentError::ResolverError(ResolverError::Reference(
            ReferenceKind::Message { id, .. } | ReferenceKind::Term { id, .. },
        )) => Some(id),
        _ => None,
    }
}

/// The languages `tree` has words for: each tag with the language's name in itself
/// (its `language-name` message), English first. Only that one message is read from
/// each language, so the list costs next to nothing at start-up.
pub fn languages(tree: &SourceTree) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = load::languages_in(tree)
        .iter()
        .map(|language| {
            let name = load::single_message(tree, language, LANGUAGE_NAME.0, LANGUAGE_NAME.1)
                .map(|name| clean(&name))
                .unwrap_or_else(|| language.to_string());
            (language.to_string(), name)
        })
        .collect();
    found.sort_by_key(|(tag, _)| (tag != BASE_LANGUAGE, tag.clone()));
    found
}

/// en-GB as a language identifier.
pub fn base_language() -> LanguageIdentifier {
    unic_langid::langid!("en-GB")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn tree(files: &[(&str, &str)]) -> (tempfile::TempDir, SourceTree) {
        let dir = tempfile::tempdir().unwrap();
        for (path, text) in files {
            let path = dir.path().join(path);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        }
        let tree = SourceTree::from_dir(dir.path()).unwrap();
        (dir, tree)
    }

    #[test]
    fn a_missing_message_falls_back_to_english_one_message_at_a_time() {
        let (_dir, tree) = tree(&[("en-GB/a.ftl", "hello = Hello\nbye = Goodbye\n"), ("cy/a.ftl", "hello = Helo\n")]);
        let (i18n, problems) = I18n::load(&tree, &["cy".parse().unwrap()]);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(i18n.language().to_string(), "cy");
        assert_eq!(i18n.tr("hello"), "Helo");
        assert_eq!(i18n.tr("bye"), "Goodbye");
    }

    #[test]
    fn a_message_missing_everywhere_shows_a_sentence_not_its_id() {
        let i18n = I18n::built_in(&[base_language()]);
        let shown = i18n.tr("no-such-message-anywhere");
        assert!(!shown.contains("no-such-message"), "{shown}");
        assert_eq!(shown, i18n.tr(MISSING_TEXT));
        assert!(!shown.is_empty());
    }

    #[test]
    fn variables_are_filled_in_without_isolation_marks() {
        let (_dir, tree) = tree(&[("en-GB/a.ftl", "hi = Hello, { $name }!\n")]);
        let (i18n, _) = I18n::load(&tree, &[base_language()]);
        let mut args = Args::new();
        args.set("name", "Ann");
        assert_eq!(i18n.tr_args("hi", &args), "Hello, Ann!");
    }

    #[test]
    fn the_mode_variable_lets_a_message_match_the_front_end() {
        let (_dir, tree) = tree(&[("en-GB/a.ftl", "again = { $mode ->\n    [plain] Type r.\n   *[tui] Press R.\n}\n")]);
        let (mut i18n, _) = I18n::load(&tree, &[base_language()]);
        assert_eq!(i18n.tr("again"), "Press R.");
        i18n.set_mode(Mode::Plain);
        assert_eq!(i18n.tr("again"), "Type r.");
    }

    #[test]
    fn no_message_or_language_name_is_shown_with_an_escape_code() {
        let (_dir, tree) = tree(&[
            ("en-GB/a.ftl", "language-name = English\nhi = Hello\u{1b}[2J, { $name }\n    again\u{7}\n"),
            ("cy/a.ftl", "language-name = Cym\u{1b}]0;x\u{7}raeg\u{202e}\n"),
        ]);
        let (i18n, _) = I18n::load(&tree, &[base_language()]);
        let args = Args::new().with("name", "A\u{200b}nn\u{1b}[H");
        assert_eq!(i18n.tr_args("hi", &args), "Hello[2J, Ann[H\nagain");
        assert_eq!(languages(&tree), [("en-GB".into(), "English".into()), ("cy".into(), "Cym]0;xraeg".into())]);
    }

    #[test]
    fn an_unknown_language_gets_english() {
        let i18n = I18n::built_in(&["xx-YY".parse().unwrap()]);
        assert_eq!(i18n.language().to_string(), BASE_LANGUAGE);
    }
}
