//! End to end in plain mode: a champion sets the champion PIN, adds their name, runs a
//! session with a new learner, and the learner answers the end-of-session questions; a
//! wrong PIN is refused and counted.

mod common;

use common::{plain, stderr, stdout};
use rusqlite::Connection;
use signpost::store::Store;

#[test]
fn a_champion_runs_a_session_and_a_wrong_pin_is_refused() {
    let data = tempfile::tempdir().unwrap();
    let input = [
        "back", // from "a new learner" to the first list
        "4",    // I am a digital champion
        "123",  // too short
        "2468", "2469", // two different PINs
        "2468", "2468", // the PIN, twice
        "1", "Sue", // add a champion
        "1", "Ann", // add a learner: Finding your reason starts
        "quit", "2", "1", "1", // stop: today was useful, Sue was helpful
    ]
    .map(|l| format!("{l}\n"))
    .concat();
    let output = plain(data.path(), &input, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let shown = stdout(&output);
    for expected in [
        "Choose a 4-digit PIN for champions on this computer.",
        "A PIN is 4 digits, like 2580.",
        "The two PINs were not the same.",
        "Type the same 4 digits again, to be sure.",
        "Signpost: champion Sue",
        "Was today useful for you?",
        "Was your champion helpful?",
    ] {
        assert!(shown.contains(expected), "missing {expected:?}:\n{shown}");
    }
    assert!(!shown.contains("2468"), "the PIN is never shown");

    let db = Connection::open(data.path().join("signpost.db")).unwrap();
    let (champion, useful, helpful, ended): (String, bool, bool, bool) = db
        .query_row(
            "SELECT champion.name, useful, helpful, ended_at IS NOT NULL FROM session JOIN champion ON champion.id = champion_id",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!((champion.as_str(), useful, helpful, ended), ("Sue", true, true, true));
    let hash: String =
        db.query_row("SELECT value FROM hub_setting WHERE key = 'champion_pin_hash'", [], |r| r.get(0)).unwrap();
    assert!(hash.starts_with("$argon2"), "stored hashed");
    drop(db);

    // Next time: a wrong PIN is refused and counted.
    let output = plain(data.path(), "5\n1111\n", &[]);
    assert!(stdout(&output).contains("That PIN is not right. Please try again."), "{}", stdout(&output));
    assert_eq!(Store::open(data.path()).unwrap().champion_pin_failures().unwrap(), 1);
}

#[test]
fn confidence_is_asked_before_and_after_a_course() {
    let data = tempfile::tempdir().unwrap();
    // New learner, Finding your reason (no confidence asked), then Getting started.
    let reason = ["Ann", "", "3", "", "2", "", "", "1", "1"];
    let output = plain(data.path(), &reason.map(|l| format!("{l}\n")).concat(), &[]);
    assert!(stdout(&output).contains("How confident do you feel about Getting started?"), "{}", stdout(&output));
    let reason_asked = stdout(&output).contains("How confident do you feel about Finding your reason?");
    assert!(!reason_asked, "not for Finding your reason");
    // Answer 2 for Getting started; the answer is kept for the hub's reports.
    plain(data.path(), "1\n2\n1\n2\n", &[]);
    let db = Connection::open(data.path().join("signpost.db")).unwrap();
    let scores: Vec<(String, String, u8)> = db
        .prepare("SELECT course_id, moment, score FROM confidence")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(scores, [("getting-started".to_owned(), "before".to_owned(), 2)]);
}
