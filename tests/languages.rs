//! End to end in Welsh and in Polish: a learner does one lesson from each course in
//! plain mode; known words are checked on screen and in the speech log.

mod common;

use common::{plain, stderr, stdout};
use signpost::i18n::I18n;

/// The words of message `id` in language `tag`, for the few answers a learner types.
fn words(tag: &str, id: &str) -> String {
    I18n::built_in(&[tag.parse().unwrap()]).tr(id)
}

/// Runs `lines` after a new learner finishes Finding your reason and goes back to the
/// list of courses; returns what was shown and what was said.
fn run(tag: &str, lines: &[String]) -> (String, String) {
    let data = tempfile::tempdir().unwrap();
    let start = ["Ann", "", "", "3", "", "2", "", "", "3"].map(String::from);
    let input: String = start.iter().chain(lines).map(|l| format!("{l}\n")).collect();
    let output = plain(data.path(), &input, &["--lang", tag]);
    assert!(output.status.success(), "{}", stderr(&output));
    let said = std::fs::read_to_string(data.path().join("speech.log")).unwrap();
    (stdout(&output), said)
}

fn lines(parts: &[&str]) -> Vec<String> {
    parts.iter().map(|s| (*s).to_owned()).collect()
}

/// One lesson of each course: Getting started, Email, Video calls, NHS.
fn every_course(tag: &str) -> Vec<(Vec<String>, &'static str)> {
    let reply = words(tag, "email-reply-reply-words");
    vec![
        // Using this tutor; R, H, W and Q are tried by their English words, which work in
        // every language.
        (
            lines(&[
                "3", "1", "3", "", "", "2", "", "", "repeat", "", "help", "", "", "where", "", "quit", "1", "", "2",
                "", "",
            ]),
            "gs-tutor-title",
        ),
        (
            [&["4", "3", "3", "", "", "1", "1", "3"][..], &[reply.as_str()], &["4", "", "2", "", ""]]
                .concat()
                .into_iter()
                .map(String::from)
                .collect(),
            "email-reply-title",
        ),
        (
            lines(&["5", "3", "3", "", "", "2", "", "", "", "1", "1", "1", "Joyce", "2", "1", "", "2", "", ""]),
            "call-gp-title",
        ),
        (
            lines(&[
                "6",
                "1",
                "3",
                "",
                "",
                "2",
                "",
                "",
                "",
                "1",
                "practice@example.com",
                "2",
                "Practice2026",
                "3",
                "1",
                "428615",
                "2",
                "",
                "",
                "2",
                "",
                "",
            ]),
            "nhs-app-title",
        ),
    ]
}

fn one_lesson_from_each_course(tag: &str, known: &[&str]) {
    let i18n = I18n::built_in(&[tag.parse().unwrap()]);
    for (steps, lesson) in every_course(tag) {
        let (shown, said) = run(tag, &steps);
        let done = i18n.tr_args("done-body", &signpost::i18n::Args::new().with("lesson", i18n.tr(lesson)));
        assert!(shown.contains(&done), "{tag} {lesson}: missing {done:?}:\n{shown}");
        assert!(said.contains(&done), "{tag} {lesson}: not said: {done:?}");
        for word in known {
            assert!(shown.contains(word), "{tag}: missing {word:?}:\n{shown}");
        }
        assert!(!shown.contains("Press Enter"), "{tag}: English on screen:\n{shown}");
    }
}

#[test]
fn welsh_one_lesson_from_each_course() {
    one_lesson_from_each_course("cy", &["Dysgwr newydd", "Cam 1 o 5", "Da iawn, Ann!", "Pwyswch Enter"]);
}

#[test]
fn polish_one_lesson_from_each_course() {
    one_lesson_from_each_course("pl", &["Nowa osoba", "Krok 1 z 5", "Brawo, Ann!", "Naciśnij Enter"]);
}

#[test]
fn typed_commands_follow_the_learners_language_and_english_always_works() {
    use signpost::domain::settings::Settings;
    use signpost::store::Store;
    // An English hub; Ann's saved language is Polish.
    let data = tempfile::tempdir().unwrap();
    {
        let store = Store::open(data.path()).unwrap();
        let ann = store.add_learner("Ann").unwrap();
        store.save_settings(ann.id, &Settings { language: Some("pl".into()), ..Settings::default() }).unwrap();
    }
    // Choose Ann, ask for help in Polish, close it, then ask in English (a champion
    // stepping in), then ask where we are in Polish.
    let output = common::plain(data.path(), "1\npomoc\n\nhelp\n\ngdzie\n", &[]);
    let shown = common::stdout(&output);
    assert_eq!(shown.matches("\nPomoc\n").count(), 2, "Polish and English words both open help: {shown}");
    assert!(shown.contains("Jesteś na liście kursów"), "'gdzie' says where Ann is: {shown}");
    assert!(!shown.contains("Wpisz numer od"), "no command was misread: {shown}");
}
