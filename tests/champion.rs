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
        "2468",
        "2469", // two different PINs
        "2468",
        "2468", // the PIN, twice
        "1",
        "Sue", // add a champion
        "1",
        "Ann", // add a learner: Finding your reason starts
        "quit",
        "2",
        "1",
        "1",
        "Practised email.", // useful, helpful, notes
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
        "Signpost, champion Sue",
        "Was today useful for you?",
        "Was your champion helpful?",
    ] {
        assert!(shown.contains(expected), "missing {expected:?}:\n{shown}");
    }
    assert!(!shown.contains("2468"), "the PIN is never shown");

    let db = Connection::open(data.path().join("signpost.db")).unwrap();
    let (champion, useful, helpful, ended, notes): (String, bool, bool, bool, String) = db
        .query_row(
            "SELECT champion.name, useful, helpful, ended_at IS NOT NULL, notes
             FROM session JOIN champion ON champion.id = champion_id",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .unwrap();
    assert_eq!((champion.as_str(), useful, helpful, ended), ("Sue", true, true, true));
    assert_eq!(notes, "Practised email.");
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
    let reason = ["Ann", "", "", "3", "", "2", "", "", "1", "1"];
    let output = plain(data.path(), &reason.map(|l| format!("{l}\n")).concat(), &[]);
    assert!(stdout(&output).contains("How confident do you feel about Getting started?"), "{}", stdout(&output));
    let reason_asked = stdout(&output).contains("How confident do you feel about Finding your reason?");
    assert!(!reason_asked, "not for Finding your reason");
    // Answer 2 for Getting started; the answer is kept for the hub's reports.
    // Home: 1 carry on (nothing yet), 2 Finding your reason, 3 Getting started.
    plain(data.path(), "1\n3\n1\n2\n", &[]);
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

#[test]
fn a_skills_check_makes_a_plan_the_learner_sees_on_their_home() {
    let data = tempfile::tempdir().unwrap();
    // A champion signs in; a learner is added and goes back to their courses.
    let mut lines: Vec<&str> = vec!["back", "4", "2468", "2468", "1", "Sue", "1", "Ann", "back", "back"];
    // Courses: 1 carry on, 2-6 the courses, 7 someone else, 8 skills check.
    lines.push("8");
    // 14 questions: needs help with the keyboard (14th) and scams (13th); can do the rest.
    lines.extend(["1"; 12]);
    lines.extend(["2", "2"]);
    lines.push("3"); // what matters most: health
    lines.push("1"); // start the plan's first lesson
    let input: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let output = plain(data.path(), &input, &[]);
    let shown = stdout(&output);
    assert!(output.status.success(), "{}", stderr(&output));
    for expected in [
        "Skills check, question 1 of 15",
        "Turning on a computer, tablet or phone.",
        "Last question. What matters most to you?",
        "My learning plan",
        "1. Getting started. Using this tutor",
        "Email. Spotting scams",
        "How confident do you feel about Getting started?",
    ] {
        assert!(shown.contains(expected), "missing {expected:?}:\n{shown}");
    }
    let store = Store::open(data.path()).unwrap();
    let plan = store.plan(1).unwrap();
    assert_eq!(plan.first().map(|(c, _)| c.as_str()), Some("getting-started"));
    assert!(plan.iter().any(|(c, l)| c == "nhs-prescriptions" && l == "staying-safe"), "{plan:?}");
    // Next time, the plan is on the learner's home.
    let output = plain(data.path(), "1\n", &[]);
    assert!(stdout(&output).contains("My plan. Next, Using this tutor"), "{}", stdout(&output));
    // The learner can change it: take the next lesson off (My learning plan is entry 8).
    let items = plain(data.path(), "1\n", &[]);
    let entry = stdout(&items)
        .lines()
        .find(|l| l.ends_with(". My learning plan"))
        .map(|l| l.split('.').next().unwrap().to_owned());
    let entry = entry.expect("My learning plan is on the home page");
    let take_off = plan.len() + 1;
    plain(data.path(), &format!("1\n{entry}\n{take_off}\n"), &[]);
    let changed = Store::open(data.path()).unwrap().plan(1).unwrap();
    assert_eq!(changed.len(), plan.len() - 1);
    assert!(!changed.contains(&("getting-started".to_owned(), "using-this-tutor".to_owned())), "{changed:?}");
}

#[test]
fn a_learner_sets_a_pin_and_must_type_it_next_time() {
    let data = tempfile::tempdir().unwrap();
    // Ann, then settings: My PIN is the 8th entry (after language); 1357 twice.
    let setup = ["Ann", "settings", "8", "1357", "1357", "back"];
    let output = plain(data.path(), &setup.map(|l| format!("{l}\n")).concat(), &[]);
    assert!(stdout(&output).contains("Choose a 4-digit PIN."), "{}", stdout(&output));
    assert!(!stdout(&output).contains("1357"), "never shown");
    let store = Store::open(data.path()).unwrap();
    assert!(store.learner_has_pin(1).unwrap());
    drop(store);
    // Next time: a wrong PIN is refused and counted; the right one opens Ann's home.
    let output = plain(data.path(), "1\n9999\n1357\n", &[]);
    let shown = stdout(&output);
    assert!(shown.contains("That PIN is not right. Please try again."), "{shown}");
    assert!(shown.contains("Hello, Ann"), "{shown}");
    assert_eq!(Store::open(data.path()).unwrap().pin_failures(1).unwrap(), 1);
}

#[test]
fn a_learner_can_see_everything_kept_about_them() {
    let data = tempfile::tempdir().unwrap();
    // Ann, then settings: "What Signpost keeps about me" is the 9th entry.
    let output = plain(data.path(), "Ann\nsettings\n9\n", &[]);
    let shown = stdout(&output);
    assert!(shown.contains("What Signpost keeps about you"), "{shown}");
    assert!(shown.contains("Ann"), "{shown}");
    assert!(shown.contains("Finding your reason. What matters to you"), "{shown}");
}

#[test]
fn champions_see_the_hub_report_with_bars() {
    let data = tempfile::tempdir().unwrap();
    // A learner does a lesson step, then a champion opens the report.
    plain(data.path(), "Ann\n\n", &[]);
    let output = plain(data.path(), "5\n2468\n2468\n2\n", &[]);
    let shown = stdout(&output);
    assert!(shown.contains("The hub's report"), "{shown}");
    assert!(shown.contains("Hints: 0"), "{shown}");
    assert!(shown.contains("before, 1"), "the confidence chart is there:\n{shown}");
    // Ann was on her own: hers is not a session with a champion.
    let alone = "Sessions with a champion: 0\nSessions without a champion (the learner alone): 1\n";
    assert!(shown.contains(alone), "{shown}");
}

#[test]
fn a_champion_runs_three_learners_in_one_sign_in() {
    let data = tempfile::tempdir().unwrap();
    let mut lines = vec!["back", "4", "2468", "2468", "1", "Sue"];
    // Ann is added (entry 1 on an empty list); Bob (entry 2, "Add a new learner", once
    // Ann is there); then Ann again. Each stops with quit, yes, and the questions.
    let stop = ["quit", "2", "1", "1"];
    for (choose, name, notes) in
        [("1", Some("Ann"), "Ann's first go."), ("2", Some("Bob"), "Bob."), ("1", None, "Ann again.")]
    {
        lines.push(choose);
        lines.extend(name);
        lines.extend(stop);
        lines.push(notes);
    }
    lines.extend(["quit", "2"]); // the champion stops Signpost from the list
    let input: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let output = plain(data.path(), &input, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let shown = stdout(&output);
    // Choosing Ann again, Sue sees Ann's last session first.
    let again = &shown[shown.rfind("Hello, Ann").expect("Ann's home again")..];
    for said in [
        "Last session, ",
        "Worked on Finding your reason. What matters to you.",
        "Notes from last time. Ann's first go.",
    ] {
        assert!(again.contains(said), "missing {said:?}:\n{again}");
    }
    assert_eq!(shown.matches("Last session, ").count(), 1, "only Ann had a session before:\n{shown}");
    // The list with no champion, then Sue's list: when she signs in and after each learner.
    assert_eq!(shown.matches("Who is learning today?").count(), 5, "the list after each learner:\n{shown}");
    let db = Connection::open(data.path().join("signpost.db")).unwrap();
    let mut sessions = db
        .prepare(
            "SELECT learner.name, champion.name, notes, ended_at IS NOT NULL FROM session
             JOIN learner ON learner.id = learner_id JOIN champion ON champion.id = champion_id ORDER BY session.id",
        )
        .unwrap();
    let rows: Vec<(String, String, String, bool)> = sessions
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let expected = [("Ann", "Ann's first go."), ("Bob", "Bob."), ("Ann", "Ann again.")];
    assert_eq!(rows.len(), 3, "{rows:?}");
    for ((learner, champion, notes, ended), (name, note)) in rows.iter().zip(expected) {
        assert_eq!((learner.as_str(), champion.as_str(), notes.as_str(), *ended), (name, "Sue", note, true));
    }
}
