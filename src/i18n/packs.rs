//! A course pack's words beside Signpost's own. A pack's `.ftl` files join the bundles
//! of their language after the built-in files, so a message both define is Signpost's
//! (Fluent keeps the first definition), and a message or a whole language a pack lacks
//! falls back to English message by message, as every translation does.

use std::collections::HashSet;
use std::ffi::OsString;
use std::path::Path;

use crate::content::packs::{parts_after_first, Packs};
use crate::content::source::{SourceFile, SourceTree};

/// `base` (the built-in words, or `--locales`) with every pack's words after them, in
/// pack order. A pack's words in a language Signpost has no words for are left out:
/// they would offer learners a language with nothing else in it.
pub fn with_pack_words(base: &SourceTree, packs: &Packs) -> SourceTree {
    let mut languages: HashSet<OsString> = base
        .files
        .iter()
        .filter(|f| f.relative.components().count() > 1)
        .filter_map(|f| f.relative.components().next())
        .map(|c| c.as_os_str().to_owned())
        .collect();
    languages.insert(OsString::from(super::BASE_LANGUAGE));
    let mut merged = base.clone();
    for (number, pack) in packs.packs.iter().enumerate() {
        for file in &pack.locales.files {
            let Some(language) = file.relative.components().next().map(|c| c.as_os_str()) else { continue };
            if !languages.contains(language) {
                continue;
            }
            // Kept in a folder of its own, apart from Signpost's files and other packs'.
            let relative = Path::new(language).join(format!("pack-{number}")).join(parts_after_first(&file.relative));
            merged.files.push(SourceFile { relative, ..file.clone() });
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::I18n;
    use std::fs;

    fn pack(dir: &Path, name: &str, files: &[(&str, &str)]) {
        let folder = dir.join(name);
        fs::create_dir_all(&folder).unwrap();
        fs::write(folder.join("course.toml"), "").unwrap();
        for (path, text) in files {
            let path = folder.join("locales").join(path);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        }
    }

    #[test]
    fn a_pack_uses_shared_words_cannot_replace_them_and_falls_back_to_english() {
        let dir = tempfile::tempdir().unwrap();
        pack(
            dir.path(),
            "a",
            &[
                ("en-GB/a.ftl", "a-hello = Hello\na-bye = Goodbye\nquit-title = Replaced\n"),
                ("cy/a.ftl", "a-hello = Helo\n"),
                ("fr/a.ftl", "a-hello = Bonjour\n"),
            ],
        );
        pack(dir.path(), "b", &[("en-GB/b.ftl", "a-hello = Second\nb-only = B\n")]);
        let mut packs = Packs::default();
        packs.add_from(dir.path());
        let merged = with_pack_words(&SourceTree::built_in_locales(), &packs);
        assert!(!merged.files.iter().any(|f| f.relative.starts_with("fr")), "no language Signpost lacks");
        let built_in = I18n::built_in(&["cy".parse().unwrap()]);
        let (welsh, problems) = I18n::load(&merged, &["cy".parse().unwrap()]);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(welsh.tr("a-hello"), "Helo");
        assert_eq!(welsh.tr("a-bye"), "Goodbye", "a message the pack lacks in Welsh is English");
        assert_eq!(welsh.tr("b-only"), "B", "a pack with no Welsh at all is English");
        assert_eq!(welsh.tr("quit-title"), built_in.tr("quit-title"), "Signpost's own words win");
        let (english, _) = I18n::load(&merged, &["en-GB".parse().unwrap()]);
        assert_eq!(english.tr("a-hello"), "Hello", "the first pack's message wins");
        assert_ne!(english.tr("quit-title"), "Replaced");
    }
}
