//! `signpost check`: one fixture for each message, each asserted word for word (the
//! way bottom tests its invalid configs).

mod common;

use std::path::Path;

use common::{check, stdout};

/// Checks one lessons fixture and returns its first line, asserting the exit status.
fn first_line(fixture: &str, expect_errors: bool) -> String {
    let dir = Path::new("tests/invalid_lessons").join(fixture);
    let output = check(&dir, None);
    assert_eq!(output.status.code(), Some(i32::from(expect_errors)), "{}", stdout(&output));
    stdout(&output).lines().next().unwrap_or_default().to_owned()
}

macro_rules! lesson_fixture {
    ($name:ident, $line:expr) => {
        #[test]
        fn $name() {
            assert_eq!(first_line(stringify!($name), true), $line);
        }
    };
}

lesson_fixture!(
    bad_address,
    r#"tests/invalid_lessons/bad_address/course/lesson.toml:21:11: error: "sam at example.com" is not an email address. It needs an @, like name@example.com."#
);
lesson_fixture!(
    bad_id,
    r#"tests/invalid_lessons/bad_id/course/lesson.toml:2:6: error: The id "Using This" should use only small letters, digits and dashes, like "using-a-keyboard"."#
);
lesson_fixture!(
    bad_id_escape,
    r#"tests/invalid_lessons/bad_id_escape/course/lesson.toml:2:6: error: The id "using[2JThis" should use only small letters, digits and dashes, like "using-a-keyboard"."#
);
lesson_fixture!(
    duplicate_course_id,
    r#"tests/invalid_lessons/duplicate_course_id/b/course.toml:2:6: error: Another course already has the id "same-course"."#
);
lesson_fixture!(
    duplicate_lesson_id,
    r#"tests/invalid_lessons/duplicate_lesson_id/course/02-second.toml:2:6: error: Another lesson already has the id "same"."#
);
lesson_fixture!(
    duplicate_step_id,
    r#"tests/invalid_lessons/duplicate_step_id/course/lesson.toml:14:6: error: Another step already has the id "welcome"."#
);
lesson_fixture!(
    field_not_allowed,
    r#"tests/invalid_lessons/field_not_allowed/course/lesson.toml:12:7: error: The field "key" does not belong in a step with kind = "explain"."#
);
lesson_fixture!(
    format_version,
    "tests/invalid_lessons/format_version/course/lesson.toml:1:18: error: This file says format_version = 2, but this Signpost reads version 1."
);
lesson_fixture!(
    goal_needs_target,
    r#"tests/invalid_lessons/goal_needs_target/course/lesson.toml:15:10: error: The goal "reply" needs a target: which email, medicine or pharmacy it is about."#
);
lesson_fixture!(
    medicine_status,
    r#"tests/invalid_lessons/medicine_status/course/lesson.toml:23:10: error: "lost" is not a medicine status. Use available, requested, too-soon or review."#
);
lesson_fixture!(
    missing_course_file,
    "tests/invalid_lessons/missing_course_file/course/course.toml:1:1: error: This course folder has no course.toml, so its lessons were not loaded."
);
lesson_fixture!(
    missing_field,
    r#"tests/invalid_lessons/missing_field/course/lesson.toml:9:8: error: A step with kind = "key" needs the field "key"."#
);
lesson_fixture!(
    missing_message,
    r#"tests/invalid_lessons/missing_message/course/lesson.toml:11:8: error: The message "no-such-message" is not in en-GB. Add it to a .ftl file in locales/en-GB."#
);
lesson_fixture!(
    no_correct_choice,
    "tests/invalid_lessons/no_correct_choice/course/lesson.toml:9:8: error: A question needs exactly one choice with correct = true, but this one has 0."
);
lesson_fixture!(
    no_pharmacies,
    "tests/invalid_lessons/no_pharmacies/course/lesson.toml:9:8: error: The NHS App needs at least one pharmacy in [[steps.nhs.pharmacies]]. The first is the nominated one."
);
lesson_fixture!(
    no_skills,
    r#"tests/invalid_lessons/no_skills/course/lesson.toml:5:10: error: Say which skills the lesson teaches, like skills = ["communicating"]."#
);
lesson_fixture!(
    no_steps,
    "tests/invalid_lessons/no_steps/course/lesson.toml:2:6: error: This lesson has no steps. Add at least one [[steps]] table."
);
lesson_fixture!(
    practice_screens,
    "tests/invalid_lessons/practice_screens/course/lesson.toml:9:8: error: A practice step needs exactly one practice screen: [[steps.inbox]], [steps.call], [steps.nhs] or [[steps.texts]]. This one has 2."
);
lesson_fixture!(
    toml_syntax,
    r#"tests/invalid_lessons/toml_syntax/course/lesson.toml:8:14: error: This is not how a lesson file is written: invalid basic string, expected `"`"#
);
lesson_fixture!(
    too_few_choices,
    "tests/invalid_lessons/too_few_choices/course/lesson.toml:9:8: error: A question needs at least two choices."
);
lesson_fixture!(
    too_many_steps,
    "tests/invalid_lessons/too_many_steps/course/lesson.toml:3008:6: error: This lesson has more than 500 steps, so it was not loaded. Split it into smaller lessons."
);
lesson_fixture!(
    two_correct_choices,
    "tests/invalid_lessons/two_correct_choices/course/lesson.toml:9:8: error: A question needs exactly one choice with correct = true, but this one has 2."
);
lesson_fixture!(
    unknown_field,
    "tests/invalid_lessons/unknown_field/course/lesson.toml:12:1: error: This is not how a lesson file is written: unknown field `colour`, expected one of `id`, `kind`, `title`, `text`, `choices`, `key`, `command`, `answer`, `match_case`, `success`, `goal`, `inbox`, `call`, `nhs`, `texts`"
);
lesson_fixture!(
    unknown_goal,
    r#"tests/invalid_lessons/unknown_goal/course/lesson.toml:15:10: error: "dance" is not a goal the call screen knows. See lessons/README.md for the goals of each screen."#
);
lesson_fixture!(
    unknown_command,
    r#"tests/invalid_lessons/unknown_command/course/lesson.toml:12:11: error: "dance" is not a command a step can ask for. Use repeat, help, where or quit."#
);
lesson_fixture!(
    unknown_key,
    r#"tests/invalid_lessons/unknown_key/course/lesson.toml:12:7: error: "return" is not a key name. Use enter, space, backspace, tab, up, down, left, right, or one character."#
);
lesson_fixture!(
    unknown_skill,
    r#"tests/invalid_lessons/unknown_skill/course/lesson.toml:5:10: error: "knitting" is not a skill area. Use foundation, communicating, handling-information, transacting, problem-solving or being-safe."#
);
lesson_fixture!(
    unknown_step_kind,
    r#"tests/invalid_lessons/unknown_step_kind/course/lesson.toml:9:8: error: "video" is not a kind of step. Use explain, question, choose, key, type, practice or command."#
);
lesson_fixture!(
    unknown_target,
    r#"tests/invalid_lessons/unknown_target/course/lesson.toml:16:10: error: "bob" is not the id of an email, medicine or pharmacy on this practice screen."#
);

lesson_fixture!(
    unreadable,
    r#"tests/invalid_lessons/unreadable/course/lesson.toml:2:10: error: This character cannot be read: the file is not saved as UTF-8. Save it as UTF-8 (most editors offer this under "Save as") and it will load."#
);

#[test]
fn a_lesson_saved_with_a_byte_order_mark_loads() {
    let output = check(Path::new("tests/invalid_lessons/byte_order_mark"), None);
    assert!(stdout(&output).ends_with("Checked 1 course and 1 lesson: 0 errors, 0 warnings.\n"), "{}", stdout(&output));
}

/// Checks a locales fixture against no lessons and returns the first line.
fn locale_line(fixture: &str, expect_errors: bool) -> String {
    let empty = tempfile::tempdir().unwrap();
    let output = check(empty.path(), Some(&Path::new("tests/invalid_locales").join(fixture)));
    assert_eq!(output.status.code(), Some(i32::from(expect_errors)), "{}", stdout(&output));
    stdout(&output).lines().next().unwrap_or_default().to_owned()
}

#[test]
fn fluent_syntax() {
    assert_eq!(
        locale_line("fluent_syntax", true),
        r#"tests/invalid_locales/fluent_syntax/en-GB/ui.ftl:3:1: error: Fluent could not read this: Expected a token starting with "}""#
    );
}

#[test]
fn duplicate_message() {
    assert_eq!(
        locale_line("duplicate_message", true),
        r#"tests/invalid_locales/duplicate_message/en-GB/b.ftl:2:1: error: The message "hello" is already defined earlier in this language."#
    );
}

#[test]
fn bad_locale_folder() {
    assert_eq!(
        locale_line("bad_locale_folder", true),
        r#"tests/invalid_locales/bad_locale_folder/not a language/ui.ftl:1:1: error: "not a language" is not a language tag. Name locale folders like en-GB, cy or pl."#
    );
}

#[test]
fn untranslated_message_is_a_warning_not_an_error() {
    assert_eq!(
        locale_line("untranslated", false),
        r#"tests/invalid_locales/untranslated/en-GB/ui.ftl:2:1: warning: The message "bye" has no translation in cy yet, so English is shown."#
    );
}

#[test]
fn a_lesson_message_missing_from_another_locale_is_a_warning_at_the_lesson() {
    let locales = tempfile::tempdir().unwrap();
    let en = locales.path().join("en-GB");
    std::fs::create_dir(&en).unwrap();
    std::fs::write(en.join("a.ftl"), "gs-title = Getting started\ngs-summary = Learn.\n").unwrap();
    std::fs::create_dir(locales.path().join("cy")).unwrap();
    std::fs::write(locales.path().join("cy/a.ftl"), "gs-title = Dechrau arni\n").unwrap();
    let lessons = tempfile::tempdir().unwrap();
    let course = lessons.path().join("course");
    std::fs::create_dir(&course).unwrap();
    std::fs::write(
        course.join("course.toml"),
        "format_version = 1\nid = \"c\"\ntitle = \"gs-title\"\nsummary = \"gs-summary\"\n",
    )
    .unwrap();
    let output = check(lessons.path(), Some(locales.path()));
    let text = stdout(&output);
    let expected = format!(
        "{}:4:11: warning: The message \"gs-summary\" has no translation in cy yet, so English is shown.",
        course.join("course.toml").display()
    );
    assert!(text.lines().any(|l| l == expected), "{text}");
    assert_eq!(output.status.code(), Some(0), "warnings alone pass");
}

#[test]
fn the_shipped_lessons_and_locales_have_no_problems() {
    let dir = tempfile::tempdir().unwrap();
    let hub_file = dir.path().join("hub.toml");
    std::fs::write(&hub_file, "").unwrap();
    let output = common::signpost().arg("check").env("SIGNPOST_HUB_FILE", &hub_file).output().unwrap();
    let shown = stdout(&output);
    let lines: Vec<&str> = shown.lines().collect();
    assert_eq!(lines.len(), 4, "{shown}");
    assert_eq!(lines[0], format!("Hub settings: {}", hub_file.display()));
    let lines = &lines[1..];
    for (line, tag) in lines.iter().zip(["cy", "pl"]) {
        // "cy: N of N messages translated, 0 missing, 0 obsolete."
        let words: Vec<&str> = line.split_whitespace().collect();
        assert_eq!((words[0], words[1] == words[3]), (&*format!("{tag}:"), true), "{line}");
        assert!(line.ends_with("messages translated, 0 missing, 0 obsolete."), "{line}");
    }
    assert_eq!(lines[2], "Checked 5 courses and 21 lessons: 0 errors, 0 warnings.");
    assert!(output.status.success());
}

#[test]
fn one_bad_lesson_does_not_stop_the_others_loading() {
    let line = first_line("one_bad_lesson", true);
    assert!(line.starts_with("tests/invalid_lessons/one_bad_lesson/course/02-bad.toml:9:8: error:"), "{line}");
    let output =
        common::signpost().args(["list", "--lessons", "tests/invalid_lessons/one_bad_lesson"]).output().unwrap();
    let listed = stdout(&output);
    let expected = "Getting started (course), built in\n  1. Using this tutor (good): foundation skills\n  2. Using this tutor (also-good): foundation skills\n";
    assert_eq!(listed, expected);
    assert!(common::stderr(&output).contains("02-bad.toml:9:8: error:"));
}

#[test]
fn missing_variable() {
    assert_eq!(
        locale_line("missing_variable", true),
        r#"tests/invalid_locales/missing_variable/cy/ui.ftl:1:1: error: The translation of "hello" leaves out { $name }. Put it back, or the sentence will have a gap."#
    );
}

#[test]
fn unknown_variable() {
    assert_eq!(
        locale_line("unknown_variable", true),
        r#"tests/invalid_locales/unknown_variable/cy/ui.ftl:1:1: error: The translation of "hello" uses { $enw }, which the English does not have. It will show nothing."#
    );
}

#[test]
fn obsolete_message_with_the_count_per_locale() {
    assert_eq!(
        locale_line("obsolete_message", false),
        r#"tests/invalid_locales/obsolete_message/cy/ui.ftl:2:1: warning: The message "old" is in cy but no longer in English. It can be deleted."#
    );
    let empty = tempfile::tempdir().unwrap();
    let output = check(empty.path(), Some(Path::new("tests/invalid_locales/obsolete_message")));
    assert!(
        stdout(&output).contains("\ncy: 1 of 1 messages translated, 0 missing, 1 obsolete.\n"),
        "{}",
        stdout(&output)
    );
}
