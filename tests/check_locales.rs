//! `signpost check` on damaged and hostile locale files: one fixture in
//! `tests/invalid_locales/` for each, its whole report asserted word for word. Each runs
//! the real binary in a child process, so a file that overflowed the stack would fail
//! its test, not abort the test runner.

mod common;

use std::path::Path;

use common::{check, stdout};

/// `signpost check` of a locales fixture against no lessons: every line it prints, and
/// its exit status.
fn report(fixture: &str) -> (String, Option<i32>) {
    let empty = tempfile::tempdir().unwrap();
    let output = check(empty.path(), Some(&Path::new("tests/invalid_locales").join(fixture)));
    (stdout(&output), output.status.code())
}

const NOT_LOADED: &str = "so this file was not loaded.";

#[test]
fn placeables_nested_fifteen_thousand_deep_are_refused_at_their_place() {
    let expected = format!(
        "tests/invalid_locales/too_deep/en-GB/ui.ftl:2:48: error: Placeables ({{ ... }}) are nested more than 20 deep here, {NOT_LOADED} Real messages need two or three.\n\
         Checked 0 courses and 0 lessons: 1 error, 0 warnings.\n"
    );
    assert_eq!(report("too_deep"), (expected, Some(1)));
}

#[test]
fn the_tutor_starts_with_the_other_files_beside_a_file_nested_too_deep() {
    let data = tempfile::tempdir().unwrap();
    let output = common::plain(data.path(), "quit\n", &["--locales", "tests/invalid_locales/too_deep"]);
    assert_eq!(output.status.code(), Some(0), "{}", common::stderr(&output));
    assert!(stdout(&output).contains("What is your first name?"), "{}", stdout(&output));
    let log = std::fs::read_to_string(data.path().join("signpost.log")).unwrap();
    assert!(log.contains("too_deep/en-GB/ui.ftl:2:48: error: Placeables"), "the log says why: {log}");
}

#[test]
fn a_file_with_too_many_messages_is_refused_at_the_first_one_too_many() {
    let expected = "tests/invalid_locales/too_many_messages/en-GB/ui.ftl:5001:1: error: This file has more than 5000 messages, so it was not loaded. Split it into smaller files.\n\
         Checked 0 courses and 0 lessons: 1 error, 0 warnings.\n";
    assert_eq!(report("too_many_messages"), (expected.to_owned(), Some(1)));
}

#[test]
fn a_file_larger_than_the_limit_is_not_read() {
    let locales = tempfile::tempdir().unwrap();
    std::fs::create_dir(locales.path().join("en-GB")).unwrap();
    let path = locales.path().join("en-GB/big.ftl");
    std::fs::write(&path, "hello = Hello\n".repeat(80_000)).unwrap();
    let empty = tempfile::tempdir().unwrap();
    let output = check(empty.path(), Some(locales.path()));
    let expected = format!(
        "{}:1:1: error: This file is larger than 1024 KB, the most Signpost reads, so it was not loaded. Is it the right file?\n\
         Checked 0 courses and 0 lessons: 1 error, 0 warnings.\n",
        path.display()
    );
    assert_eq!((stdout(&output), output.status.code()), (expected, Some(1)));
}

#[test]
fn one_bad_byte_is_one_error_at_its_line_and_column_and_no_cascade() {
    let expected = "tests/invalid_locales/not_utf8/en-GB/ui.ftl:3:11: error: This character cannot be read: the file is not saved as UTF-8. Save it as UTF-8 (most editors offer this under \"Save as\") and it will load.\n\
         cy: 4 of 4 messages translated, 0 missing, 0 obsolete.\n\
         Checked 0 courses and 0 lessons: 1 error, 0 warnings.\n";
    assert_eq!(report("not_utf8"), (expected.to_owned(), Some(1)));
}

#[test]
fn cyclic_references_are_errors_where_the_cycle_starts() {
    let at = "tests/invalid_locales/cyclic_reference/en-GB/ui.ftl";
    let tail = "so it can never be shown: a learner would see its name instead of words.";
    let expected = format!(
        "{at}:1:14: error: The message \"-extra-a\" refers back to itself (-extra-a → -extra-b → -extra-a), {tail}\n\
         {at}:4:16: error: The message \"loop\" refers back to itself (loop → loop), {tail}\n\
         {at}:5:10: error: The message \"ping\" refers back to itself (ping → pong.title → ping), {tail}\n\
         Checked 0 courses and 0 lessons: 3 errors, 0 warnings.\n"
    );
    assert_eq!(report("cyclic_reference"), (expected, Some(1)));
}

#[test]
fn unknown_functions_and_options_are_errors_at_the_call() {
    let at = "tests/invalid_locales/unknown_function/en-GB/ui.ftl";
    let expected = format!(
        "{at}:1:11: error: Fluent has no function called FOO here. Use NUMBER.\n\
         {at}:2:12: error: NUMBER is given something it cannot use here. It takes one value and only these options: \
         type, style, currency, currencyDisplay, useGrouping, minimumIntegerDigits, minimumFractionDigits, \
         maximumFractionDigits, minimumSignificantDigits, maximumSignificantDigits.\n\
         Checked 0 courses and 0 lessons: 2 errors, 0 warnings.\n"
    );
    assert_eq!(report("unknown_function"), (expected, Some(1)));
}

#[test]
fn control_characters_in_messages_are_errors_at_their_place() {
    let at = "tests/invalid_locales/control_characters/en-GB/ui.ftl";
    let tail = "It could upset the screen or a screen reader: delete it.";
    let places = [("1:15", "001B"), ("2:8", "0000"), ("3:12", "0007"), ("4:11", "202E"), ("5:13", "FEFF")];
    let mut expected: String = places
        .iter()
        .map(|(place, code)| {
            format!("{at}:{place}: error: There is an invisible control character here (U+{code}). {tail}\n")
        })
        .collect();
    expected.push_str("Checked 0 courses and 0 lessons: 5 errors, 0 warnings.\n");
    assert_eq!(report("control_characters"), (expected, Some(1)));
}

#[test]
fn a_plural_select_lacking_a_form_of_its_language_is_an_error() {
    let expected = "tests/invalid_locales/plural_forms/cy/ui.ftl:2:10: error: In cy, \"emails\" needs the plural forms zero, two, few, many as well: a number that takes one of them would get the wrong words.\n\
         cy: 1 of 1 messages translated, 0 missing, 0 obsolete.\n\
         pl: 1 of 1 messages translated, 0 missing, 0 obsolete.\n\
         Checked 0 courses and 0 lessons: 1 error, 0 warnings.\n";
    assert_eq!(report("plural_forms"), (expected.to_owned(), Some(1)));
}

#[test]
fn a_file_saved_with_a_byte_order_mark_is_read() {
    let expected = "cy: 2 of 2 messages translated, 0 missing, 0 obsolete.\n\
         Checked 0 courses and 0 lessons: 0 errors, 0 warnings.\n";
    assert_eq!(report("byte_order_mark"), (expected.to_owned(), Some(0)));
}

#[test]
fn an_escape_code_in_a_message_is_not_printed_raw_in_plain_mode() {
    let locales = tempfile::tempdir().unwrap();
    std::fs::create_dir(locales.path().join("en-GB")).unwrap();
    let ftl = "new-learner-title = A new\u{1b}[2J\u{1b}]0;owned\u{7} learner\u{202e}\n";
    std::fs::write(locales.path().join("en-GB/ui.ftl"), ftl).unwrap();
    let data = tempfile::tempdir().unwrap();
    let output = common::plain(data.path(), "quit\n", &["--locales", locales.path().to_str().unwrap()]);
    let shown = stdout(&output);
    assert!(shown.contains("A new[2J]0;owned learner\n"), "{shown}");
    assert!(!shown.contains(['\u{1b}', '\u{7}', '\u{202e}']), "{shown:?}");
    let spoken = std::fs::read_to_string(data.path().join("speech.log")).unwrap();
    assert!(spoken.contains("A new[2J]0;owned learner") && !spoken.contains('\u{1b}'), "{spoken:?}");
}

/// Copies the shipped locales into a new folder.
fn shipped_locales() -> tempfile::TempDir {
    let copy = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir("locales").unwrap() {
        let folder = entry.unwrap().path();
        if folder.is_dir() {
            let to = copy.path().join(folder.file_name().unwrap());
            std::fs::create_dir(&to).unwrap();
            for file in std::fs::read_dir(&folder).unwrap() {
                let file = file.unwrap().path();
                std::fs::copy(&file, to.join(file.file_name().unwrap())).unwrap();
            }
        }
    }
    copy
}

#[test]
fn a_bad_byte_in_a_shipped_file_is_reported_once_not_at_every_use_of_its_messages() {
    let locales = shipped_locales();
    let path = locales.path().join("en-GB/getting-started.ftl");
    let mut bytes = std::fs::read(&path).unwrap();
    // A Latin-1 "é" at the start of line 5, as an old editor would save it.
    let line_5 = bytes.iter().enumerate().filter(|(_, b)| **b == b'\n').nth(3).unwrap().0 + 1;
    bytes.insert(line_5, 0xe9);
    std::fs::write(&path, bytes).unwrap();
    let output = check(Path::new("lessons"), Some(locales.path()));
    let shown = stdout(&output);
    let lines: Vec<&str> = shown.lines().collect();
    let expected =
        format!("{}:5:1: error: This character cannot be read: the file is not saved as UTF-8.", path.display());
    assert!(lines[0].starts_with(&expected), "{shown}");
    assert_eq!(lines.last(), Some(&"Checked 5 courses and 21 lessons: 1 error, 0 warnings."), "{shown}");
    assert_eq!(lines.len(), 4, "one error, two locale counts and the summary: {shown}");
}

#[test]
fn a_reference_to_what_the_language_does_not_define_is_an_error_at_the_reference() {
    let (cy, en) =
        ("tests/invalid_locales/unknown_reference/cy/ui.ftl", "tests/invalid_locales/unknown_reference/en-GB/ui.ftl");
    let tail = "which this language does not define, so a learner would see its name instead of words.";
    let expected = format!(
        "{cy}:1:18: error: This refers to \"-brand\", {tail}\n\
         {cy}:1:30: error: This refers to \"nothing\", {tail}\n\
         {cy}:1:44: error: This refers to \"bye.title\", {tail}\n\
         {en}:2:34: error: This refers to \"nothing\", {tail}\n\
         {en}:2:50: error: This refers to \"bye.title\", {tail}\n\
         cy: 2 of 2 messages translated, 0 missing, 0 obsolete.\n\
         Checked 0 courses and 0 lessons: 5 errors, 0 warnings.\n"
    );
    assert_eq!(report("unknown_reference"), (expected, Some(1)));
}

#[test]
fn a_file_with_thousands_of_problems_lists_a_hundred_and_says_there_are_more() {
    let locales = tempfile::tempdir().unwrap();
    std::fs::create_dir(locales.path().join("en-GB")).unwrap();
    let path = locales.path().join("en-GB/ui.ftl");
    // Each line is a term with an empty placeable: a syntax error, 4,000 of them.
    std::fs::write(&path, "-a = {}\n".repeat(4000)).unwrap();
    let empty = tempfile::tempdir().unwrap();
    let output = check(empty.path(), Some(locales.path()));
    let shown = stdout(&output);
    let lines: Vec<&str> = shown.lines().collect();
    assert_eq!(lines.len(), 102, "100 problems, the line saying there are more, the summary: {shown}");
    assert!(lines[99].starts_with(&format!("{}:100:7: error: Fluent could not read this:", path.display())), "{shown}");
    let more = format!(
        "{}:101:7: error: This file has more than 100 problems, and the rest are not listed. Fix these first, then check again.",
        path.display()
    );
    assert_eq!(lines[100], more);
}
