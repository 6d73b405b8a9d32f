//! End to end in plain mode: a scripted learner does one lesson with a practice step
//! from each core course, and another has "do it for me" do a task to the end.

mod common;

use common::{plain, stderr, stdout};
use signpost::store::Store;

/// A new learner, Ann, through Finding your reason, then back to the list of courses:
/// 1 Finding your reason, 2 Getting started, 3 Email, 4 Video calls, 5 NHS.
const TO_COURSES: &str = "Ann\n\n\n3\n\n2\n\n\n3\n";

fn run(lines: &[&str]) -> (tempfile::TempDir, String, String) {
    let data = tempfile::tempdir().unwrap();
    let input = format!("{TO_COURSES}{}\n", lines.join("\n"));
    let output = plain(data.path(), &input, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let said = std::fs::read_to_string(data.path().join("speech.log")).unwrap();
    (data, stdout(&output), said)
}

#[test]
fn a_box_that_holds_text_keeps_it_on_enter_and_a_command_word_can_be_typed() {
    let (_data, shown, said) = run(&[
        "4", "3", "3", "", "", // Email, Reading and replying, how confident, two explain steps
        "1", "1", // open the email, Reply
        "1", "", // the To box: Enter keeps the address
        "2", "", // the Subject box: Enter keeps "Re: ..."
        "3", "where.", // a command word with a full stop is words for the box
    ]);
    for expected in [
        "The To box now has dr.okafor@example.org.",
        "Nothing was changed in the Subject box.",
        "1. To, dr.okafor@example.org",
        "2. Subject, Re: Your blood pressure check",
        "The Message box now has where.",
    ] {
        assert!(shown.contains(expected), "missing {expected:?}:\n{shown}");
    }
    assert!(!shown.contains("1. To, (empty)"), "the address was not erased:\n{shown}");
    // Opening a box that holds text says what is in it and how to keep it.
    assert!(
        said.contains("The To box has: dr.okafor@example.org. Press Enter to keep it, or type something new."),
        "{said}"
    );
}

#[test]
fn replying_to_an_email_in_the_practice_inbox() {
    let (_data, shown, said) = run(&[
        "4",
        "3",
        "3", // Email, Reading and replying, how confident (3)
        "",
        "", // two explain steps
        "1",
        "1",
        "3",
        "Tuesday is fine",
        "4",
        "", // open, Reply, Message box, type, Send
        "2",
        "",
        "", // the check question, then the recap
    ]);
    for expected in [
        "Practice screen. Inbox",
        "1. New. Dr Okafor. Your blood pressure check, Today, 9:15",
        "Practice screen. Your blood pressure check",
        "3. Message, Tuesday is fine",
        "Well done. Rose's reply is on its way to Dr Okafor. Press Enter to go on.",
        "You finished the lesson Reading and replying.",
    ] {
        assert!(shown.contains(expected), "missing {expected:?}:\n{shown}");
    }
    assert!(
        said.contains("You opened the email from Dr Okafor. Practice screen. Your blood pressure check."),
        "{said}"
    );
    // The inbox list names senders, not their addresses; an opened email says the address.
    assert!(said.contains("1: New. Dr Okafor. Your blood pressure check, Today, 9:15."), "{said}");
    assert!(!said.contains("Dr Okafor, dr.okafor@example.org. Your blood"), "{said}");
    assert!(said.contains("From Dr Okafor, dr.okafor@example.org. Sent Today, 9:15."), "{said}");
}

#[test]
fn joining_a_gp_video_appointment() {
    let (_data, shown, said) = run(&[
        "5", "3", "3", "", "", // Video calls, GP appointment, confidence, two explain steps
        "2", "", "", "", // is the text real? (a scam), then two explain steps
        "1", "1", "1", "Joyce", "2", "1", "", // link, Allow, name box, name, Join, keep waiting
        "2", "", "",
    ]);
    for expected in [
        "A text message from Green Lane Surgery.",
        "This page wants to use your camera and microphone.",
        "Your camera shows Joyce, lit from the front, in a quiet room.",
        "Please wait. The host will let you in soon.",
        "Well done. Joyce is in her appointment with Dr Okafor. Press Enter to go on.",
        "You finished the lesson A GP video appointment.",
    ] {
        assert!(shown.contains(expected), "missing {expected:?}:\n{shown}");
    }
    assert!(said.contains("The host let you in."), "{said}");
}

#[test]
fn logging_in_to_the_practice_nhs_app() {
    let (_data, shown, _) = run(&[
        "6",
        "1",
        "3", // NHS, The NHS App, how confident (3)
        "",
        "", // two explain steps
        "2",
        "", // what Frank needs first
        "",
        "", // two explain steps
        "1",
        "practice@example.com",
        "2",
        "Practice2026",
        "3", // email, password, Continue
        "1",
        "111111",
        "2", // a wrong code first
        "1",
        "428615",
        "2",
        "", // the right code
        "", // in Wales
        "2",
        "",
        "",
    ]);
    for expected in [
        "These are practice details, not real ones. The email address is practice@example.com. The password is Practice2026.",
        "Practice text message. Your NHS login security code is 428615.",
        "That security code is not right. Check the text message and try again.",
        "Well done. Frank is logged in. Press Enter to go on.",
        "You finished the lesson The NHS App and NHS login.",
    ] {
        assert!(shown.contains(expected), "missing {expected:?}:\n{shown}");
    }
    assert!(!shown.contains("Password, Practice2026\n"), "a typed password is never shown");
}

#[test]
fn do_it_for_me_orders_a_repeat_prescription_and_help_is_recorded() {
    // NHS, Ordering, confidence; two explain steps and a question, twice.
    let mut lines = vec!["6", "4", "3", "", "", "2", "", "", "", "2", ""];
    // Each move: a hint, "show me", then "do it for me"; the next move starts again.
    lines.extend(["help"; 24]);
    let (data, shown, said) = run(&lines);
    for expected in [
        "A hint. Look for Prescriptions.",
        "Type 1 and press Enter, to choose Prescriptions.",
        "I did it for you. You opened Prescriptions.",
        "I did it for you. You chose Amlodipine 5mg tablets.",
        "I typed I am going away on 3 June for you.",
        "Well done. Frank's order went to his GP surgery. Press Enter to go on.",
    ] {
        assert!(shown.contains(expected), "missing {expected:?}:\n{shown}");
    }
    assert!(said.contains("I did it for you. Your order was sent."), "{said}");
    let store = Store::open(data.path()).unwrap();
    let [hints, show_me, done_for_me] = store.help_used(1).unwrap();
    assert!(done_for_me >= 5, "do it for me, move by move: {done_for_me}");
    assert_eq!((hints, show_me), (done_for_me, done_for_me), "each move had a hint and show me first");
}

#[test]
fn reporting_a_scam_text_to_7726() {
    // Email, Spotting scams, confidence; two steps, the links check (2), two steps, the
    // "spot the signs" check (2), one step, report the email (by help alone), one step.
    let mut lines = vec!["4", "6", "3", "", "", "2", "", "", "", "2", "", ""];
    lines.extend(["help"; 15]); // five moves, each: a hint, "show me", "do it for me"
    lines.extend(["", ""]);
    lines.extend(["1", "1", "1", "7726", "2", ""]); // the scam text: open, Forward, To, 7726, Send
    let (_data, shown, said) = run(&lines);
    for expected in [
        "Practice screen. Text messages",
        "1. New. 07700 900123, Today, 9:40",
        "2. Sam, Yesterday",
        "The text was sent to 7726.",
        "Well done. You reported the scam text. Now Rose can delete it. Press Enter to go on.",
    ] {
        assert!(shown.contains(expected), "missing {expected:?}:\n{shown}");
    }
    // In the scam lesson the sender's address is the clue: the inbox list says it.
    assert!(said.contains("Bank Security Team, security@bank-alerts-help.com. Urgent"), "{said}");
    // Phone numbers and codes are said digit by digit.
    assert!(said.contains("You opened the text from 0 7 7 0 0 9 0 0 1 2 3."), "{said}");
}

#[test]
fn proving_who_you_are_without_photo_id() {
    // NHS, Proving who you are, confidence; two steps; "which way is yours?" (no photo ID).
    let lines = [
        "6",
        "2",
        "3",
        "",
        "",
        "2",
        "",  // to the practice step
        "2", // No, I do not have photo ID
        "1",
        "P12345",
        "2",
        "3064189275",
        "3",
        "7KD9 3MQ2 8TXRB",
        "4", // the 3 details, Continue
        "",
    ];
    let (_data, shown, _) = run(&lines);
    for expected in [
        "Practice screen. Prove who you are",
        "2. No, I do not have photo ID",
        "These are practice details, not real ones. The ODS code is P12345.",
        "The 3 details are sent. NHS login will email you the answer. It can take 24 hours or more. \
         Well done. NHS login is checking Frank's details. He will get the answer by email.",
    ] {
        assert!(shown.contains(expected), "missing {expected:?}:\n{shown}");
    }
}

#[test]
fn answering_dev_when_he_calls_and_saying_goodbye() {
    // Video calls, Calling family, confidence; two steps; Dev rings: Answer.
    let (_data, shown, _) = run(&["5", "5", "3", "", "", "1", ""]);
    for expected in ["Practice screen. Incoming video call", "Dev is calling you.", "1. Answer", "2. Decline"] {
        assert!(shown.contains(expected), "missing {expected:?}:\n{shown}");
    }
    assert!(shown.contains("You answered. You can see and hear Dev. Well done. Joyce answered."), "{shown}");
    // During a call: say goodbye (typed), then leave.
    let mut lines = vec!["5", "4", "3", "", "1", "1", ""]; // mute, unmute
    lines.extend(["", "2", "2", ""]); // camera off, on
    lines.extend(["", "3", "Goodbye, Dev!", "4", ""]); // say goodbye, leave
    let (_data, shown, _) = run(&lines);
    assert!(shown.contains("You said, Goodbye, Dev!"), "{shown}");
    assert!(shown.contains("Well done. Joyce said goodbye and left the call."), "{shown}");
}

#[test]
fn the_practice_password_is_read_out_a_character_at_a_time_on_request() {
    let (_data, shown, said) = run(&[
        "6",
        "1",
        "3",
        "",
        "",
        "2",
        "",
        "",
        "",  // NHS, The NHS App, to the login screen
        "2", // the Password box: its prompt says how to hear it
        "Practice2026",
        "spell", // on the login screen: the Password box, read out
        "2",
        "spell",
        "", // in the box again: read out, then Enter keeps it
    ]);
    let prompt = "To hear what is in the box, type spell.";
    assert!(shown.contains(prompt), "the box's prompt says how:\n{shown}");
    assert!(said.contains(prompt), "and the voice says it:\n{said}");
    let spelt = "The Password box has capital P r a c t i c e 2 0 2 6.";
    assert_eq!(shown.matches(spelt).count(), 2, "{shown}");
    assert_eq!(said.matches(spelt).count(), 2, "{said}");
    // Otherwise only the count is shown and said.
    assert!(shown.contains("2. Password, 12 characters typed"), "{shown}");
}
