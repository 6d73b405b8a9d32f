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
        "1. New. Dr Okafor, dr.okafor@example.org. Your blood pressure check, Today, 9:15",
        "Practice screen. Your blood pressure check",
        "3. Message: Tuesday is fine",
        "Well done. Rose's reply is on its way to Dr Okafor. Press Enter to go on.",
        "You finished the lesson Reading and replying.",
    ] {
        assert!(shown.contains(expected), "missing {expected:?}:\n{shown}");
    }
    assert!(
        said.contains("You opened the email from Dr Okafor. Practice screen. Your blood pressure check."),
        "{said}"
    );
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
        "A text message from Green Lane Surgery:",
        "This page wants to use your camera and microphone.",
        "Your camera shows: Joyce, lit from the front, in a quiet room.",
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
        "These are practice details, not real ones. Email: practice@example.com. Password: Practice2026.",
        "Practice text message: Your NHS login security code is 428615.",
        "That security code is not right. Check the text message and try again.",
        "Well done. Frank is logged in. Press Enter to go on.",
        "You finished the lesson The NHS App and NHS login.",
    ] {
        assert!(shown.contains(expected), "missing {expected:?}:\n{shown}");
    }
    assert!(!shown.contains("Password: Practice2026\n"), "a typed password is never shown");
}

#[test]
fn do_it_for_me_orders_a_repeat_prescription_and_help_is_recorded() {
    // NHS, Ordering, confidence; two explain steps and a question, twice.
    let mut lines = vec!["6", "4", "3", "", "", "2", "", "", "", "2", ""];
    lines.extend(["help"; 12]);
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
    assert_eq!((hints, show_me), (1, 1), "a hint, then show me, once each");
    assert!(done_for_me >= 6, "then do it for me, move by move: {done_for_me}");
}
