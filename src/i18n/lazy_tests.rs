use super::*;
use crate::i18n::{base_language, I18n};
use std::borrow::Cow;
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
fn entries_are_found_at_line_starts_and_run_to_where_the_parser_starts_again() {
    let text = "# hello = not this\nhello = Hi\n    more = words\n    .attr = x\n-brand=Signpost\nlong =\n    text\n\n    more\nbye\t= Bye\n1x = no\npick = { $n ->\n   *[one] One\n}\n# after\nlast = L";
    let found: Vec<(&str, &str)> = super::super::entries::entries(text)
        .map(|[start, id_start, id_end, end]| (&text[id_start..id_end], &text[start..end]))
        .collect();
    assert_eq!(
        found,
        [
            ("hello", "hello = Hi\n    more = words\n    .attr = x\n"),
            ("brand", "-brand=Signpost\n"),
            ("long", "long =\n    text\n\n    more\n"),
            ("bye", "bye\t= Bye\n1x = no\n"),
            ("pick", "pick = { $n ->\n   *[one] One\n}\n"),
            ("last", "last = L"),
        ]
    );
}

/// Every message of every built-in language, parsed entry by entry as wanted, reads
/// word for word as with each whole file parsed and added in path order.
#[test]
fn every_built_in_message_reads_as_with_whole_files() {
    let locales = SourceTree::built_in_locales();
    let (parsed, problems) = crate::i18n::parse_locales(&locales);
    assert!(problems.is_empty(), "{problems:?}");
    for locale in &parsed {
        let whole = locale.to_bundle();
        let i18n = I18n::on_demand(&locales, std::slice::from_ref(&locale.language));
        let own = &i18n.bundles[0];
        let args = crate::text::Args::new();
        for definition in &locale.definitions {
            let id = definition.id.as_str();
            let expected = whole.get_message(id).and_then(|m| m.value()).map(|pattern| {
                let text = whole.format_pattern(pattern, Some(&i18n.fluent_args(&args)), &mut Vec::new());
                crate::text::clean::clean_lines(&text)
            });
            assert_eq!(i18n.format_in(own, id, &args), expected, "{} {id}", locale.language);
        }
    }
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
        ("cy/b.ftl", "fine = Iawn\nbroken = {\n"),
    ]);
    let i18n = I18n::on_demand(&tree, &["cy".parse().unwrap()]);
    assert_eq!(i18n.tr("bye"), "Goodbye");
    assert_eq!(i18n.tr("hello"), "Helo");
    assert!(i18n.problems().is_empty(), "the broken file is not read yet");
    let (_, problems) = I18n::load(&tree, &["cy".parse().unwrap()]);
    assert_eq!(problems.len(), 1, "{problems:?}");
    // A broken message parsed alone when wanted is placed as reading its whole file places it.
    i18n.has("broken");
    let place = |p: &Diagnostic| (p.path.clone(), p.line, p.col);
    let placed: Vec<_> = i18n.problems().iter().map(place).collect();
    assert_eq!(placed, problems.iter().map(place).collect::<Vec<_>>());
    assert_eq!(placed[0].0, PathBuf::from("test-tree/cy/b.ftl"));
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
