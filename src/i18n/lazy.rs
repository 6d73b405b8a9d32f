//! One language's words, each message or term parsed only when it is first wanted. The
//! first screen needs a few dozen of Signpost's 1,500 English messages; parsing them all
//! (or even each whole file that holds one) at each start cost an old PC most of its
//! start-up.
//!
//! Where each entry is written is found without parsing: a message or term is a line
//! that starts with its id and `=`, and runs to the next line where Fluent's parser
//! would start again (one that starts with a letter, `-` or `#`: continuation lines are
//! indented, and a select's closing `}` may stand at the start of a line). The words are
//! the same as when every file is read in path order: the first file to define an id
//! is its owner, and only the owner's entry ever joins the bundle, so a later file (a
//! course pack, say) never replaces an earlier file's message.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::{FluentBundle, FluentResource};
use fluent_syntax::parser::ParserError;
use unic_langid::LanguageIdentifier;

use super::index::{Entry, Owners};
use super::load::{self, Read};
use crate::content::diag::{Diagnostic, Problem, Severity};
use crate::content::source::SourceFile;

/// A language's words, loaded entry by entry as they are wanted.
pub struct Lazy {
    bundle: RefCell<FluentBundle<Arc<FluentResource>>>,
    /// In path order.
    files: Vec<SourceFile>,
    /// Each id's first entry.
    owners: Owners,
    state: RefCell<State>,
    /// Problems in the files read so far (refused files, syntax errors).
    problems: RefCell<Vec<Diagnostic>>,
    /// Those not yet handed to [`Lazy::take_new_problems`], for the log.
    new_problems: RefCell<Vec<Diagnostic>>,
}

/// What has been read so far.
struct State {
    /// By file number.
    files: Vec<FileState>,
    /// By entry number: whether it has joined the bundle.
    joined: Vec<bool>,
}

/// What has been done with one file.
#[derive(Clone, Copy, Default)]
struct FileState {
    /// Read whole and checked, its problems reported (files from disk, and `load_all`).
    checked: bool,
    /// Refused when checked: none of its entries may join.
    refused: bool,
    /// One of its entries has joined the bundle.
    used: bool,
}

impl Lazy {
    /// The words of `files` (one language's, in path order), none of them parsed yet.
    pub fn new(language: &LanguageIdentifier, files: Vec<SourceFile>) -> Lazy {
        let owners = Owners::new(&files);
        let from_disk: Vec<usize> = (0..files.len()).filter(|&n| !files[n].is_built_in()).collect();
        let state =
            State { files: vec![FileState::default(); files.len()], joined: vec![false; owners.entries().len()] };
        let lazy = Lazy {
            bundle: RefCell::new(load::bundle(language, &[])),
            files,
            owners,
            state: RefCell::new(state),
            problems: RefCell::default(),
            new_problems: RefCell::default(),
        };
        // Files from disk (`--locales`, course packs) are checked at once, so a mistake
        // in them is in the log from the start; Signpost's own were checked before it was built.
        from_disk.into_iter().for_each(|number| lazy.check(number));
        lazy
    }

    /// Checks every file and adds every entry now, as `check` and the tests want.
    pub fn load_all(&self) {
        (0..self.files.len()).for_each(|number| self.check(number));
        (0..self.owners.entries().len()).for_each(|number| {
            self.join(number);
        });
    }

    /// Adds the entry of message or term `id` (a term's without its `-`), if it is not
    /// there yet. Says whether one was added.
    pub fn want(&self, id: &str) -> bool {
        self.owners.find(&self.files, id).is_some_and(|number| self.join(number))
    }

    /// Adds entry `number` to the bundle, unless it is there or its file was refused.
    fn join(&self, number: usize) -> bool {
        let entry = self.owners.entries()[number];
        let file = entry.file as usize;
        let checked = {
            let mut state = self.state.borrow_mut();
            if state.joined[number] || state.files[file].refused {
                return false;
            }
            state.joined[number] = true;
            state.files[file].used = true;
            state.files[file].checked
        };
        let resource = match FluentResource::try_new(entry.lines(&self.files).to_owned()) {
            Ok(resource) => resource,
            Err((partial, errors)) => {
                // A file checked whole had its problems reported then.
                if !checked {
                    self.report_syntax(&self.files[file].path, entry, &errors);
                }
                partial
            }
        };
        // An error here is an id defined twice in one entry's lines: the first stays.
        let _ = self.bundle.borrow_mut().add_resource(Arc::new(resource));
        true
    }

    /// Runs `f` on the bundle as it stands.
    pub fn with<R>(&self, f: impl FnOnce(&FluentBundle<Arc<FluentResource>>) -> R) -> R {
        f(&self.bundle.borrow())
    }

    /// The problems found in the files read so far.
    pub fn problems(&self) -> Vec<Diagnostic> {
        self.problems.borrow().clone()
    }

    /// The problems found since the last call, for the log.
    pub fn take_new_problems(&self) -> Vec<Diagnostic> {
        std::mem::take(&mut self.new_problems.borrow_mut())
    }

    /// The paths of the files read so far (checked whole, or with an entry in the
    /// bundle), for tests of what start-up reads.
    pub fn read_paths(&self) -> Vec<PathBuf> {
        let state = self.state.borrow();
        let read = self.files.iter().zip(&state.files).filter(|(_, s)| s.checked || s.used);
        read.map(|(file, _)| file.path.clone()).collect()
    }

    /// Reads file `number` whole and reports its problems; a refused file's entries
    /// never join.
    fn check(&self, number: usize) {
        if self.state.borrow().files[number].checked {
            return;
        }
        let mut problems = Vec::new();
        let refused = matches!(load::read(&self.files[number], &mut problems), Read::Refused(_));
        let mut state = self.state.borrow_mut();
        state.files[number] = FileState { checked: true, refused, ..state.files[number] };
        drop(state);
        self.add_problems(problems);
    }

    /// Reports the syntax errors Fluent found in `entry`, at their place in its file.
    fn report_syntax(&self, path: &Path, entry: Entry, errors: &[ParserError]) {
        let text = super::index::text(&self.files, entry.file);
        let place = |error: &ParserError| {
            let problem = Problem::FluentSyntax { detail: error.kind.to_string() };
            Diagnostic::at(path, text, entry.start as usize + error.pos.start, Severity::Error, problem)
        };
        self.add_problems(errors.iter().map(place).collect());
    }

    fn add_problems(&self, problems: Vec<Diagnostic>) {
        self.new_problems.borrow_mut().extend(problems.iter().cloned());
        self.problems.borrow_mut().extend(problems);
    }
}

#[cfg(test)]
#[path = "lazy_tests.rs"]
mod tests;
