//! The real Orca screen reader reading the full-screen view in MATE Terminal, as a blind
//! learner hears it. `tests/orca/session.sh` brings up a private desktop (Xvfb, D-Bus,
//! the AT-SPI bus, speech-dispatcher into a null sound card, Orca with a debug log);
//! keys go in with xdotool, and what Orca says is read from its log ("SPEECH OUTPUT").
//!
//! Orca reads a terminal from the first changed line down to the line with the cursor,
//! so these tests catch a page that is drawn but never heard. Without the packages
//! (xvfb dbus-x11 at-spi2-core orca mate-terminal xdotool speech-dispatcher espeak-ng)
//! each test says why it skipped and passes; once Orca runs, a wrong word fails.

#[path = "orca/desktop.rs"]
mod desktop;

use std::path::Path;

use desktop::{assert_no_noise, contains_in_order, output_text, Desktop, Tutor};

/// The tutor finds Orca running and first offers plain mode; "Carry on as it is" (2,
/// which highlights it, then Return) keeps the full-screen view. Returns what Orca said on arrival and after the choice.
fn past_the_offer(desktop: &'static Desktop, title: &str, options: &[&str]) -> (Tutor, Vec<String>, Vec<String>) {
    let before = desktop.said().len();
    let tutor = desktop.open(title, options, "A screen reader is running");
    let offer = tutor.wait_until("Orca to read the offer", before, |heard| {
        contains_in_order(&heard.join(" "), &["A screen reader is running", "Carry on as it is"])
    });
    tutor.hears("2", &["2. Carry on as it is"]);
    let heard =
        tutor.hears("Return", &["A new learner", "What is your first name?", "Your first name", "Escape to go back."]);
    (tutor, offer, heard)
}

/// A new learner called Ann, on the first step of the first lesson.
fn ann_on_the_first_step(desktop: &'static Desktop, title: &str, options: &[&str]) -> (Tutor, Vec<String>) {
    let (tutor, _, _) = past_the_offer(desktop, title, options);
    tutor.type_text("Ann", "  Ann");
    let heard = tutor.hears("Return", &["Step 1 of", "Enter to go on."]);
    (tutor, heard)
}

/// The offer of plain mode, as Orca reads it whole.
const OFFER: [&str; 7] = [
    "A screen reader is running",
    "Orca is already reading the screen aloud.",
    "Plain mode shows each page as lines of text that never change, which is easiest for a screen reader.",
    "To start in plain mode, type signpost --plain.",
    "\u{2192} 1. Use plain mode",
    "2. Carry on as it is",
    "Enter to choose.",
];

const STEP_ONE: [&str; 4] = [
    "Step 1 of 5. Welcome",
    "Welcome. This tutor helps you learn to use a computer, one small step at a time.",
    "Take as long as you like. Nothing moves on until you are ready.",
    "Enter to go on.",
];

#[test]
fn the_first_lesson_is_read_whole_on_arrival() {
    let Some((desktop, _turn)) = Desktop::get() else { return };
    let (_tutor, heard) = ann_on_the_first_step(desktop, "first-lesson", &[]);
    assert!(contains_in_order(&heard.join(" "), &STEP_ONE), "{heard:#?}");
    assert_no_noise(&heard);
}

#[test]
fn a_page_of_choices_is_read_whole_and_arrows_read_the_focused_choice() {
    let Some((desktop, _turn)) = Desktop::get() else { return };
    let (tutor, _) = ann_on_the_first_step(desktop, "choices", &[]);
    tutor.hears("Return", &["Step 2 of 5. Going online", "Enter to go on."]);
    let heard = tutor.hears(
        "Return",
        &[
            "Step 3 of 5. What matters to you?",
            "Which of these matters most to you? There is no wrong answer.",
            "\u{2192} 1. Keeping in touch with family and friends",
            "2. Hobbies, music and things I like",
            "3. My health and the NHS",
            "4. Shopping and money",
            "5. My family history",
            "Up, Down or a number to move. Enter to choose.",
        ],
    );
    assert_no_noise(&heard);
    let heard = tutor.hears("Down", &["\u{2192} 2. Hobbies, music and things I like"]);
    assert_no_noise(&heard);
    assert!(!heard.join(" ").contains("Keeping in touch"), "only the focused choice: {heard:#?}");
}

#[test]
fn going_back_reads_the_page_gone_back_to() {
    let Some((desktop, _turn)) = Desktop::get() else { return };
    let (tutor, _) = ann_on_the_first_step(desktop, "back", &[]);
    tutor.hears("Return", &["Step 2 of 5"]);
    let heard = tutor.hears("Escape", &STEP_ONE);
    assert_no_noise(&heard);
}

#[test]
fn help_repeat_where_settings_and_stop_are_each_read_whole() {
    let Some((desktop, _turn)) = Desktop::get() else { return };
    let (tutor, _) = ann_on_the_first_step(desktop, "help", &[]);
    let heard =
        tutor.hears("h", &["Help", "Read or listen to the step. Then press Enter to go on.", "Enter to go on."]);
    assert_no_noise(&heard);
    let heard = tutor.hears("Return", &STEP_ONE);
    assert_no_noise(&heard);
    // R: the whole page again, though nothing on it changed.
    let heard = tutor.hears("r", &STEP_ONE);
    assert_no_noise(&heard);
    let heard =
        tutor.hears("w", &["You are in Finding your reason, lesson What matters to you, step 1 of 5.", "Q to stop."]);
    assert_no_noise(&heard);
    let heard = tutor.hears("s", &["Settings", "\u{2192} 1. Colours, yellow on black", "Use plain mode", "Done"]);
    assert_no_noise(&heard);
    let heard = tutor.hears("Escape", &STEP_ONE);
    assert_no_noise(&heard);
    let heard = tutor.hears(
        "q",
        &["Stop for now?", "Everything you have done is saved.", "\u{2192} 1. No, carry on", "2. Yes, stop now"],
    );
    assert_no_noise(&heard);
}

#[test]
fn a_key_step_and_a_practice_screen_are_read_whole() {
    let Some((desktop, _turn)) = Desktop::get() else { return };
    let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/orca/lessons");
    let (tutor, _, _) = past_the_offer(desktop, "practice", &["--lessons", lessons.to_str().expect("a UTF-8 path")]);
    tutor.type_text("Ann", "  Ann");
    // A new course starts with a question: numbers are not said twice.
    let heard = tutor.hears("Return", &["How confident do you feel about Getting started?", "5. Very confident"]);
    assert_no_noise(&heard);
    assert!(!heard.join(" ").contains("1. 1"), "{heard:#?}");
    // 1 highlights "Not at all confident" (already highlighted); Return answers.
    tutor.xdotool(&["key", "1"]);
    let heard = tutor.hears(
        "Return",
        &["Step 1 of 2. The Enter key", "Enter is the big key on the right of the letters.", "Press Enter now."],
    );
    assert_no_noise(&heard);
    let heard = tutor.hears("x", &["You pressed the letter x. This step needs Enter. Have another go."]);
    assert_no_noise(&heard);
    let heard = tutor.hears("Return", &["Well done. That was Enter.", "Enter to go on."]);
    assert_no_noise(&heard);
    let heard = tutor.hears(
        "Return",
        &[
            "Step 2 of 2. Open an email",
            "Help Rose open the email from Sam Jones.",
            "Inbox",
            "Dr Okafor",
            "Sam Jones",
            "Up, Down or a number to move. Enter to choose.",
        ],
    );
    assert_no_noise(&heard);
}

/// A window that comes back to the front is read as a new page, as a kiosk's terminal
/// that opens with the tutor in it, perhaps before Orca follows it, must be.
#[test]
fn coming_back_to_the_tutor_window_reads_its_page_whole() {
    let Some((desktop, _turn)) = Desktop::get() else { return };
    let before = desktop.said().len();
    let tutor = desktop.open("back-again", &[], "A screen reader is running");
    tutor.wait_until("Orca to read the offer", before, |heard| contains_in_order(&heard.join(" "), &OFFER));
    let _other = desktop.open("other", &["--plain"], "A new learner");
    let before = desktop.said().len();
    let focus = tutor.session(&["focus", &tutor.title]);
    assert!(focus.status.success(), "the tutor's window did not come back:\n{}", output_text(&focus));
    let heard =
        tutor.wait_until("Orca to read the offer again", before, |heard| contains_in_order(&heard.join(" "), &OFFER));
    assert_no_noise(&heard);
}

#[test]
fn the_offer_of_plain_mode_is_read_whole_and_plain_mode_is_read_line_by_line() {
    let Some((desktop, _turn)) = Desktop::get() else { return };
    let before = desktop.said().len();
    let tutor = desktop.open("plain", &[], "A screen reader is running");
    let offer = tutor.wait_until("Orca to read the offer", before, |heard| contains_in_order(&heard.join(" "), &OFFER));
    assert_no_noise(&offer);
    // Plain mode: the full-screen view gives the terminal back and the page is printed.
    let heard = tutor.hears("Return", &["A new learner", "Your first name", "Type your answer, then press Enter."]);
    assert_no_noise(&heard);
    tutor.type_text("Ann", "Ann");
    let heard = tutor.hears(
        "Return",
        &["Step 1 of 5. Welcome", "This tutor helps you learn to use a computer", "Press Enter to go on."],
    );
    assert_no_noise(&heard);
}
