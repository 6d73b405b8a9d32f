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
    // On a fresh install's first page a number chooses; one with no choice is no name.
    let data = tempfile::tempdir().unwrap();
    let shown = stdout(&plain(data.path(), "7\nAnn\n", &[]));
    assert!(!shown.contains("Goodbye, 7") && shown.contains("Goodbye, Ann"), "{shown}");
    // Adding a second learner: no choices on the page, and "1" is not a name.
    let shown = stdout(&plain(data.path(), "2\n1\n", &[]));
    assert!(shown.contains("A new learner"), "{shown}");
    assert!(shown.contains("A name is made of letters, not only numbers."), "{shown}");
    assert!(!shown.contains("Goodbye, 1"), "{shown}");
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

/// The choices of a fresh install's first page, as plain mode prints them.
const FIRST_CHOICES: &str = "1. English\n2. Cymraeg\n3. Polski\n";

#[test]
fn a_fresh_install_offers_the_languages_and_champion_mode_beside_the_name() {
    let data = tempfile::tempdir().unwrap();
    // Cymraeg is number 2, in every language; then a name, typed directly.
    let shown = stdout(&plain(data.path(), "2\nSiân\n", &[]));
    let words = "Or, to choose your language or to say you are a digital champion, type its number and press Enter.";
    assert!(shown.contains(words), "{shown}");
    assert!(shown.contains(&format!("{FIRST_CHOICES}4. I am a digital champion\n")), "{shown}");
    // The same page in Welsh, with the same numbers, then Siân's first lesson in Welsh.
    assert!(shown.contains("Dysgwr newydd"), "{shown}");
    assert!(shown.contains(&format!("{FIRST_CHOICES}4. Rydw i'n hyrwyddwr digidol\n")), "{shown}");
    assert!(shown.contains("Dod o hyd i'ch rheswm. Beth sy'n bwysig i chi"), "{shown}");
    // Number 4: champion mode, with no hidden key.
    let data = tempfile::tempdir().unwrap();
    let shown = stdout(&plain(data.path(), "4\n", &[]));
    assert!(shown.contains("Choose a 4-digit PIN for champions on this computer."), "{shown}");
}
