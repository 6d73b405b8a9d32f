//! What a first-time learner trips on, each on the real binary in plain mode: typing
//! exactly what a step shows, numbers that are not names, the first page saying whether
//! the voice is on, and help that names the commands that work.

mod common;

use common::{plain, stdout};

/// Signpost with the one-lesson course in `tests/first_time/` (a typing step).
fn typing_lesson(input: &str) -> String {
    let data = tempfile::tempdir().unwrap();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/first_time");
    let extra = ["--lessons", &format!("{dir}/lessons"), "--locales", &format!("{dir}/locales")];
    stdout(&plain(data.path(), input, &extra))
}

#[test]
fn the_text_to_type_stands_on_its_own_line_and_a_copied_full_stop_is_forgiven() {
    // A new learner starts the first lesson at once: its first step is the typing step.
    let shown = typing_lesson("Ann\nsam.jones@example.com.\n\n");
    assert!(shown.contains("\nType exactly this, then press Enter.\nsam.jones@example.com\n"), "{shown}");
    assert!(shown.contains("Well done. That is the address. Press Enter to go on."), "{shown}");
    assert!(!shown.contains("Have another go"), "{shown}");
    // Once the answer is right, the typing box is gone: nothing stray before the prompt.
    assert!(!shown.contains("Your typing\nPress Enter to go on."), "{shown}");
    assert!(shown.contains("The end"), "{shown}");
}

#[test]
fn feedback_says_which_part_of_the_typing_differs() {
    let shown = typing_lesson("Ann\nsam.jones@exmaple.com\nsam.jones@example\nSam.Jones@Example.com\n");
    assert!(shown.contains("Look at character 13. It needs a, and you typed m."), "{shown}");
    assert!(shown.contains("The end is missing. Add .com."), "{shown}");
    // Capitals do not matter in an email address.
    assert!(shown.contains("Well done. That is the address."), "{shown}");
}

#[test]
fn a_number_is_never_taken_for_a_name() {
    let data = tempfile::tempdir().unwrap();
    let shown = stdout(&plain(data.path(), "1\n7\n", &[]));
    assert_eq!(shown.matches("A name is made of letters, not only numbers.").count(), 2, "{shown}");
    assert!(!shown.contains("Goodbye, 1") && !shown.contains("Goodbye, 7"), "{shown}");
}

#[test]
fn the_first_page_says_whether_the_voice_is_on_and_help_names_quiet() {
    let data = tempfile::tempdir().unwrap();
    let shown = stdout(&plain(data.path(), "help\n", &[]));
    // Before anything is typed, just above the first prompt.
    assert!(
        shown.contains(
            "Your first name\nSpeech is off. To turn it on, type settings.\nType your answer, then press Enter."
        ),
        "{shown}"
    );
    assert!(shown.contains("quiet to stop the voice"), "{shown}");
}

#[test]
fn a_fresh_install_names_the_other_languages_and_champion_mode_in_words() {
    let data = tempfile::tempdir().unwrap();
    let shown = stdout(&plain(data.path(), "back\n", &[]));
    assert!(shown.contains("For Cymraeg / Polski, or for champions, type back."), "{shown}");
    // "back" there leads to the languages and champion mode.
    assert!(shown.contains("English / Cymraeg / Polski") && shown.contains("I am a digital champion"), "{shown}");
}
