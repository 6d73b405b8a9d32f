//! Which entry is the first to define each id of one language's words, so a message can
//! be parsed alone when it is wanted. For Signpost's own files `build.rs` made the list
//! when it was built, sorted by id: a start searches it by halves and builds nothing.
//! Files from disk (`--locales`, course packs) are looked through when their words are
//! made, and their ids kept in a hash table.

use std::borrow::Cow;
use std::hash::BuildHasher;

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;

use super::entries::entries;
use crate::content::source::{built_in_locale_texts, SourceFile};

/// Where an entry is written, in file number `file` of a language's files: where it
/// starts (a term's `-`), where its id starts and ends, and where it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub file: u32,
    pub start: u32,
    pub id_start: u32,
    pub id_end: u32,
    pub end: u32,
}

impl Entry {
    const fn new(file: u32, start: u32, id_start: u32, id_end: u32, end: u32) -> Entry {
        Entry { file, start, id_start, id_end, end }
    }

    /// The entry's id, in `files`.
    pub fn id<'f>(&self, files: &'f [SourceFile]) -> &'f str {
        &text(files, self.file)[self.id_start as usize..self.id_end as usize]
    }

    /// The entry's own lines, in `files`.
    pub fn lines<'f>(&self, files: &'f [SourceFile]) -> &'f str {
        &text(files, self.file)[self.start as usize..self.end as usize]
    }
}

/// The text of file `number` (none for a file that could not be read).
pub fn text(files: &[SourceFile], number: u32) -> &str {
    files[number as usize].text.as_deref().unwrap_or_default()
}

/// The lists `build.rs` made: for each language folder of `locales/`, the numbers of its
/// `.ftl` files in the built-in list, and the first entry of each id, sorted by id.
mod built_in {
    use super::Entry;
    include!(concat!(env!("OUT_DIR"), "/locale_index.rs"));
}

/// The first entry of each id in one language's files.
pub struct Owners {
    entries: Cow<'static, [Entry]>,
    /// For files from disk, each id's entry number by the id's hash; Signpost's own
    /// files' entries are sorted by id.
    hashed: Option<HashTable<u32>>,
}

impl Owners {
    /// The owners of the ids of `files` (one language's, in path order).
    pub fn new(files: &[SourceFile]) -> Owners {
        match built_in(files) {
            Some(entries) => Owners { entries: Cow::Borrowed(entries), hashed: None },
            None => Owners::found(files),
        }
    }

    /// Looks through `files` for their entries: the first file to define an id owns it.
    fn found(files: &[SourceFile]) -> Owners {
        let mut list: Vec<Entry> = Vec::new();
        let mut hashed: HashTable<u32> = HashTable::new();
        for (number, file) in files.iter().enumerate() {
            let text = file.text.as_deref().unwrap_or_default();
            for [start, id_start, id_end, end] in entries(text) {
                let id = &text[id_start..id_end];
                let same = |n: &u32| list[*n as usize].id(files) == id;
                if hashed.find(hash(id), same).is_none() {
                    let [start, id_start, id_end, end] = [start, id_start, id_end, end].map(|at| at as u32);
                    hashed.insert_unique(hash(id), list.len() as u32, |n| hash(list[*n as usize].id(files)));
                    list.push(Entry::new(number as u32, start, id_start, id_end, end));
                }
            }
        }
        Owners { entries: Cow::Owned(list), hashed: Some(hashed) }
    }

    /// The number of the entry that owns `id` (in `files`, those the owners were made from).
    pub fn find(&self, files: &[SourceFile], id: &str) -> Option<usize> {
        match &self.hashed {
            Some(hashed) => hashed.find(hash(id), |n| self.entries[*n as usize].id(files) == id).map(|n| *n as usize),
            None => self.entries.binary_search_by(|entry| entry.id(files).cmp(id)).ok(),
        }
    }

    /// Every owning entry, by number.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }
}

fn hash(id: &str) -> u64 {
    FxBuildHasher.hash_one(id)
}

/// The list `build.rs` made for `files`, if they are exactly one language's built-in files.
fn built_in(files: &[SourceFile]) -> Option<&'static [Entry]> {
    let texts = built_in_locale_texts();
    let same = |numbers: &[u16]| {
        numbers.len() == files.len()
            && numbers.iter().zip(files).all(|(&number, file)| {
                let (_, built) = texts[number as usize];
                file.text.as_deref().is_ok_and(|text| std::ptr::eq(text, built))
            })
    };
    built_in::LOCALE_INDEX.iter().find(|(numbers, _)| same(numbers)).map(|(_, entries)| *entries)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::source::SourceTree;
    use crate::i18n::load::{language_files, languages_in};

    /// The lists made when Signpost was built are those a start would find, and a start
    /// uses them for every built-in language.
    #[test]
    fn the_built_in_lists_are_what_looking_through_the_files_finds() {
        let tree = SourceTree::built_in_locales();
        let languages = languages_in(&tree);
        assert_eq!(languages.len(), built_in::LOCALE_INDEX.len());
        for language in languages {
            let files = language_files(&tree, &language);
            let listed = built_in(&files).unwrap_or_else(|| panic!("{language} has no built-in list"));
            let found = Owners::found(&files);
            assert_eq!(listed.len(), found.entries().len(), "{language}");
            let owners = Owners::new(&files);
            for entry in found.entries() {
                let number = owners.find(&files, entry.id(&files));
                assert_eq!(number.map(|n| listed[n]), Some(*entry), "{language} {}", entry.id(&files));
            }
        }
    }

    #[test]
    fn a_copy_of_the_built_in_files_is_looked_through() {
        let tree = SourceTree::built_in_locales();
        let files: Vec<SourceFile> = language_files(&tree, &crate::i18n::base_language())
            .into_iter()
            .map(|file| SourceFile { text: file.text.map(|t| Cow::Owned(t.into_owned())), ..file })
            .collect();
        assert!(built_in(&files).is_none(), "only the built-in texts themselves");
        let owners = Owners::new(&files);
        assert!(owners.find(&files, "language-name").is_some());
        assert!(owners.find(&files, "no-such-id").is_none());
    }
}
