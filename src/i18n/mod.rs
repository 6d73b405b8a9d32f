//! Every word a learner sees or hears, from Fluent files in `locales/<language>/*.ftl`.
//!
//! A chosen language is tried first, then English (en-GB), message by message, so a
//! half-finished translation still shows every screen; a message missing everywhere
//! shows a kind "text missing" sentence, never a raw id.

mod cache;
mod cycles;
mod guard;
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
use std::sync::Arc;

use fluent_bundle::{FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

use crate::content::diag::{Diagnostic, Severity};
use crate::content::source::SourceTree;
use crate::text::clean::{clean, clean_lines};

/// The language everything falls back to, and the one every message must exist in.
pub const BASE_LANGUAGE: &str = "en-GB";

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
    /// Most wanted first; the last is always the built-in en-GB.
    bundles: Rc<[FluentBundle<Arc<FluentResource>>]>,
    language: LanguageIdentifier,
    mode: Mode,
    /// What was wrong in the files these words came from (see [`I18n::load`]).
    problems: Rc<[Diagnostic]>,
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
    /// behind which the built-in en-GB always stands. Returns the problems found in the
    /// files it read. Only those languages' files are read, each parsed once per process.
    pub fn load(tree: &SourceTree, requested: &[LanguageIdentifier]) -> (I18n, Vec<Diagnostic>) {
        I18n::load_files(tree, requested, |_| true)
    }

    /// [`I18n::load`] with only the `.ftl` files whose name `keep` accepts, in every
    /// language and in the built-in English: `--help` needs the command line's words
    /// alone, and reading the rest would double its time.
    pub fn load_files(
        tree: &SourceTree,
        requested: &[LanguageIdentifier],
        keep: fn(&std::path::Path) -> bool,
    ) -> (I18n, Vec<Diagnostic>) {
        let available = load::languages_in(tree);
        let chain: Vec<LanguageIdentifier> =
            negotiate(requested, &available).into_iter().filter(|l| available.contains(l)).collect();
        let mut diagnostics = Vec::new();
        let mut sets: Vec<(LanguageIdentifier, Vec<Arc<FluentResource>>)> =
            chain.iter().map(|lang| (lang.clone(), load::resources(tree, lang, keep, &mut diagnostics))).collect();
        // The built-in English is the last resort, even when `--locales` has its own en-GB.
        let base = base_language();
        let built_in = load::resources(&SourceTree::built_in_locales(), &base, keep, &mut Vec::new());
        let same = |set: &[Arc<FluentResource>]| {
            set.len() == built_in.len() && set.iter().zip(&built_in).all(|(a, b)| Arc::ptr_eq(a, b))
        };
        if !sets.last().is_some_and(|(_, set)| same(set)) {
            sets.push((base.clone(), built_in));
        }
        let bundles = sets.iter().map(|(lang, set)| load::bundle(lang, set)).collect();
        let language = chain.first().cloned().unwrap_or(base);
        let problems = diagnostics.clone().into();
        (I18n { bundles, language, mode: Mode::Tui, problems }, diagnostics)
    }

    /// The built-in locales only, for the language asked for (used by `check` and tests).
    pub fn built_in(requested: &[LanguageIdentifier]) -> I18n {
        I18n::load(&SourceTree::built_in_locales(), requested).0
    }

    /// The problems found in the files these words were loaded from, as
    /// [`I18n::load`] returned them.
    pub fn problems(&self) -> &[Diagnostic] {
        &self.problems
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
        let Some(pattern) = base.get_message(id).and_then(|m| m.value()) else { return String::new() };
        let mut errors = Vec::new();
        clean_lines(&base.format_pattern(pattern, Some(&self.fluent_args(&Args::new())), &mut errors))
    }

    /// Whether any bundle, the English one included, has message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundles.iter().any(|b| b.has_message(id))
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
        let fluent_args = self.fluent_args(args);
        for bundle in self.bundles.iter() {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            for error in errors {
                log::warn!("message {id}: {error}");
            }
            // Every word shown or said passes here: a translation, or a name or an id
            // put into one, never reaches the terminal with an escape code in it.
            return Some(clean_lines(&text));
        }
        None
    }
}

/// The languages `tree` has words for: each tag with the language's name in itself
/// (its `language-name` message), English first. Only that one message is read from
/// each language, so the list costs next to nothing at start-up.
pub fn languages(tree: &SourceTree) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = load::languages_in(tree)
        .iter()
        .map(|language| {
            let name = load::single_message(tree, language, "language-name")
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
