use super::*;
use crate::i18n::{base_language, I18n};
use std::fs;

use crate::content::source::SourceTree;

/// A tree of files held in the program, as Signpost's own are.
fn tree(files: &[(&str, &'static str)]) -> SourceTree {
    let file = |(relative, text): &(&str, &'static str)| SourceFile {
        path: PathBuf::from("test-tree").join(relative),
        relative: PathBuf::from(relative),
        text: Ok(Cow::Borrowed(*text)),
    };
    SourceTree { files: files.iter().map(file).collect() }
}

/// The files of the tree read so far, by file name, without the built-in English.
fn read(i18n: &I18n) -> Vec<String> {
    let paths = i18n.read_paths();
    let ours = paths.iter().filter(|p| p.starts_with("test-tree"));
    ours.map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect()
}

#[test]
fn ids_are_found_at_line_starts_and_terms_without_their_dash() {
    let text = "# hello = not this\nhello = Hi\n    more = words\n    .attr = x\n-brand=Signpost\nlong =\n    text\nbye\t= Bye\n1x = no\n";
    let ids: Vec<&str> = defined_ids(text).map(|(start, end)| &text[start..end]).collect();
    assert_eq!(ids, ["hello", "brand", "long", "bye"]);
}

#[test]
fn a_file_is_read_only_when_one_of_its_messages_is_wanted() {
    let tree = tree(&[("en-GB/a.ftl", "a = A\n"), ("en-GB/b.ftl", "b = B\n"), ("en-GB/c.ftl", "c = C\n")]);
    let i18n = I18n::on_demand(&tree, &[base_language()]);
    assert!(read(&i18n).is_empty(), "nothing is read before a word is wanted");
    assert_eq!(i18n.tr("b"), "B");
    assert_eq!(read(&i18n), ["b.ftl"]);
    assert!(i18n.has("c"));
    assert_eq!(read(&i18n), ["b.ftl", "c.ftl"]);
}

#[test]
fn the_first_file_to_define_a_message_keeps_it_whatever_is_read_first() {
    let tree = tree(&[("en-GB/a.ftl", "same = From a\n"), ("en-GB/b.ftl", "same = From b\nonly-b = B\n")]);
    let i18n = I18n::on_demand(&tree, &[base_language()]);
    assert_eq!(i18n.tr("only-b"), "B");
    assert_eq!(i18n.tr("same"), "From a", "as when every file is read in order");
    let (all, _) = I18n::load(&tree, &[base_language()]);
    assert_eq!(all.tr("same"), "From a");
}

#[test]
fn a_message_that_uses_words_from_a_file_not_read_yet_gets_them() {
    let tree = tree(&[
        ("en-GB/a.ftl", "welcome = Welcome to { -brand }, { greeting }\n"),
        ("en-GB/b.ftl", "-brand = Signpost\n"),
        ("en-GB/c.ftl", "greeting = hello\n"),
    ]);
    let i18n = I18n::on_demand(&tree, &[base_language()]);
    assert_eq!(i18n.tr("welcome"), "Welcome to Signpost, hello");
    assert_eq!(read(&i18n), ["a.ftl", "b.ftl", "c.ftl"]);
}

#[test]
fn a_welsh_gap_is_filled_from_english_and_problems_are_kept() {
    let tree = tree(&[
        ("en-GB/a.ftl", "hello = Hello\nbye = Goodbye\n"),
        ("cy/a.ftl", "hello = Helo\n"),
        ("cy/b.ftl", "broken = {\n"),
    ]);
    let i18n = I18n::on_demand(&tree, &["cy".parse().unwrap()]);
    assert_eq!(i18n.tr("bye"), "Goodbye");
    assert_eq!(i18n.tr("hello"), "Helo");
    assert!(i18n.problems().is_empty(), "the broken file is not read yet");
    let (_, problems) = I18n::load(&tree, &["cy".parse().unwrap()]);
    assert_eq!(problems.len(), 1, "{problems:?}");
}

#[test]
fn files_from_disk_are_read_at_once_so_their_mistakes_are_known_from_the_start() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("en-GB")).unwrap();
    fs::write(dir.path().join("en-GB/a.ftl"), "a = A\n").unwrap();
    fs::write(dir.path().join("en-GB/b.ftl"), "b = {\n").unwrap();
    let tree = SourceTree::from_dir(dir.path()).unwrap();
    let i18n = I18n::on_demand(&tree, &[base_language()]);
    let problems = i18n.problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].path.ends_with("en-GB/b.ftl"));
    assert_eq!(i18n.tr("a"), "A");
}
