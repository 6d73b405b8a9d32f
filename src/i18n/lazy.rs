//! One language's words, each of Signpost's own `.ftl` files parsed only when one of its
//! messages is first wanted. The first screen needs a few of Signpost's files; parsing the rest (every
//! lesson's words) at each start cost an old PC most of its start-up.
//!
//! Which file holds a message is found without parsing: a message or term is a line that
//! starts with its id and `=` (continuation lines are indented). The words are the same as
//! when every file is read in path order: the first file to define an id is its owner,
//! and before a file joins the bundle, the owners of the ids it repeats join first, so a
//! later file (a course pack, say) never replaces an earlier file's message.

use std::cell::RefCell;
use std::path::PathBuf;
use std::sync::Arc;

use fluent_bundle::{FluentBundle, FluentResource};
use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;
use std::borrow::Cow;
use std::hash::BuildHasher;
use unic_langid::LanguageIdentifier;

use super::load::{self, Read};
use crate::content::diag::Diagnostic;
use crate::content::source::SourceFile;

/// A language's words, loaded file by file as they are wanted.
pub struct Lazy {
    /// Each file's path, in path order.
    paths: Vec<PathBuf>,
    bundle: RefCell<FluentBundle<Arc<FluentResource>>>,
    waiting: RefCell<Waiting>,
    /// Problems in the files read so far (refused files, syntax errors).
    problems: RefCell<Vec<Diagnostic>>,
    /// Those not yet handed to [`Lazy::take_new_problems`], for the log.
    new_problems: RefCell<Vec<Diagnostic>>,
}

/// The files not read yet, and which file each id is in.
struct Waiting {
    /// In path order; `None` once read.
    files: Vec<Option<SourceFile>>,
    /// Each file's text (kept after it is read, for the ids it defines).
    texts: Vec<Cow<'static, str>>,
    /// Each id's first file: found by the id's text, kept as its place in that file.
    owner: HashTable<Place>,
    /// The places of the ids each file defines.
    ids: Vec<Vec<Place>>,
}

/// Where an id is written: file number, and its start and end in that file's text.
#[derive(Clone, Copy)]
struct Place {
    file: usize,
    start: usize,
    end: usize,
}

impl Waiting {
    fn text(&self, place: Place) -> &str {
        &self.texts[place.file][place.start..place.end]
    }

    /// The first file to define `id`.
    fn owner_of(&self, id: &str) -> Option<usize> {
        self.owner.find(hash(id), |place| self.text(*place) == id).map(|place| place.file)
    }
}

fn hash(id: &str) -> u64 {
    FxBuildHasher.hash_one(id)
}

impl Lazy {
    /// The words of `files` (one language's, in path order), none of them parsed yet.
    pub fn new(language: &LanguageIdentifier, files: Vec<SourceFile>) -> Lazy {
        let texts: Vec<Cow<'static, str>> = files.iter().map(|f| f.text.clone().unwrap_or_default()).collect();
        let mut owner: HashTable<Place> = HashTable::new();
        let mut ids = Vec::with_capacity(files.len());
        for (file, text) in texts.iter().enumerate() {
            let places: Vec<Place> = defined_ids(text).map(|(start, end)| Place { file, start, end }).collect();
            for place in &places {
                let id = &text[place.start..place.end];
                let found = owner.find(hash(id), |p| &texts[p.file][p.start..p.end] == id).is_some();
                if !found {
                    owner.insert_unique(hash(id), *place, |p| hash(&texts[p.file][p.start..p.end]));
                }
            }
            ids.push(places);
        }
        let paths = files.iter().map(|f| f.path.clone()).collect();
        let from_disk: Vec<usize> = (0..files.len()).filter(|&n| !files[n].is_built_in()).collect();
        let files = files.into_iter().map(Some).collect();
        let lazy = Lazy {
            paths,
            bundle: RefCell::new(load::bundle(language, &[])),
            waiting: RefCell::new(Waiting { files, texts, owner, ids }),
            problems: RefCell::default(),
            new_problems: RefCell::default(),
        };
        // Files from disk (`--locales`, course packs) are read at once, so a mistake in
        // them is in the log from the start; Signpost's own were checked before it was built.
        from_disk.into_iter().for_each(|number| lazy.read(number));
        lazy
    }

    /// Reads every file now, as `check` and the tests want.
    pub fn load_all(&self) {
        let count = self.waiting.borrow().files.len();
        (0..count).for_each(|number| self.read(number));
    }

    /// Reads the file that holds message or term `id` (a term without its `-`), if it
    /// is not read yet. Says whether a file was read.
    pub fn want(&self, id: &str) -> bool {
        let owner = {
            let waiting = self.waiting.borrow();
            waiting.owner_of(id).filter(|&number| waiting.files[number].is_some())
        };
        owner.map(|number| self.read(number)).is_some()
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

    /// The paths of the files read so far, for tests of what start-up reads.
    pub fn read_paths(&self) -> Vec<PathBuf> {
        let waiting = self.waiting.borrow();
        self.paths.iter().zip(&waiting.files).filter(|(_, f)| f.is_none()).map(|(p, _)| p.clone()).collect()
    }

    /// Adds file `number` to the bundle, after the earlier files that own ids it repeats.
    fn read(&self, number: usize) {
        let (file, earlier) = {
            let mut waiting = self.waiting.borrow_mut();
            let Some(file) = waiting.files.get_mut(number).and_then(Option::take) else { return };
            let earlier: Vec<usize> = waiting.ids[number]
                .iter()
                .filter_map(|place| waiting.owner_of(waiting.text(*place)))
                .filter(|&owner| owner != number && waiting.files[owner].is_some())
                .collect();
            (file, earlier)
        };
        earlier.into_iter().for_each(|owner| self.read(owner));
        let mut problems = Vec::new();
        if let Read::Parsed(_, resource) = load::read(&file, &mut problems) {
            // Errors here are ids already defined: the owner's words stay.
            let _ = self.bundle.borrow_mut().add_resource(resource);
        }
        self.new_problems.borrow_mut().extend(problems.iter().cloned());
        self.problems.borrow_mut().extend(problems);
    }
}

/// Where the ids of the messages and terms `text` defines are (start and end): each
/// line that starts with an id (a letter, or `-` and a letter for a term) followed by
/// `=`. A term's id is given without its `-`, as Fluent keeps it.
fn defined_ids(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let starts = std::iter::once(0).chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|at| at + 1));
    let bytes = text.as_bytes();
    starts.filter_map(move |line| {
        let start = if bytes.get(line) == Some(&b'-') { line + 1 } else { line };
        if !bytes.get(start)?.is_ascii_alphabetic() {
            return None;
        }
        let length =
            bytes[start..].iter().take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b'_').count();
        let end = start + length;
        let rest = bytes[end..].iter().find(|b| **b != b' ' && **b != b'\t');
        (rest == Some(&b'=')).then_some((start, end))
    })
}

#[cfg(test)]
#[path = "lazy_tests.rs"]
mod tests;
