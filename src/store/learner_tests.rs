//! Finding, reading and erasing everything about a learner.

use super::learner_data::tables_with_learner_id;
use super::*;
use std::fs;

/// Ann and Bob with a row in every table that can name a learner.
fn two_learners_with_everything() -> (Store, i64, i64) {
    let store = Store::open_in_memory().unwrap();
    let ann = store.add_learner("Ann").unwrap().id;
    let bob = store.add_learner("Bob").unwrap().id;
    store.conn.execute("INSERT INTO champion (name) VALUES ('Chris')", []).unwrap();
    for id in [ann, bob] {
        store.save_step(id, "gs", "keys", "enter").unwrap();
        store.complete_lesson(id, "gs", "keys").unwrap();
        store.record_help(id, "gs", "keys", "enter", 2).unwrap();
        store.save_settings(id, &crate::domain::settings::Settings::default()).unwrap();
        store.set_learner_pin(id, Some("1234")).unwrap();
        let wrong = store.try_pin(super::PinOwner::Learner(id), "9999", 0).unwrap();
        assert_eq!(wrong, crate::domain::pin::PinVerdict::Wrong);
        store
            .conn
            .execute_batch(&format!(
                "INSERT INTO session (learner_id, champion_id, notes, useful) VALUES ({id}, 1, 'Liked <email>', 1);
                 INSERT INTO step_event (learner_id, course_id, lesson_id, step_id) VALUES ({id}, 'gs', 'keys', 'enter');
                 INSERT INTO confidence (learner_id, course_id, moment, score) VALUES ({id}, 'gs', 'before', 2);
                 INSERT INTO skills_answer (learner_id, skill, answer) VALUES ({id}, 'email', 'learn');
                 INSERT INTO plan_item (learner_id, position, course_id, lesson_id) VALUES ({id}, 1, 'gs', 'keys');
                 INSERT INTO milestone (learner_id, course_id, milestone_id) VALUES ({id}, 'email', 'sent');"
            ))
            .unwrap();
    }
    (store, ann, bob)
}

fn rows_naming(store: &Store, id: i64) -> Vec<(String, i64)> {
    let mut found = Vec::new();
    for table in tables_with_learner_id(&store.conn).unwrap() {
        let sql = format!("SELECT count(*) FROM \"{table}\" WHERE learner_id = ?1");
        let n: i64 = store.conn.query_row(&sql, [id], |r| r.get(0)).unwrap();
        if n > 0 {
            found.push((table, n));
        }
    }
    let n: i64 = store.conn.query_row("SELECT count(*) FROM learner WHERE id = ?1", [id], |r| r.get(0)).unwrap();
    if n > 0 {
        found.push(("learner".into(), n));
    }
    found
}

#[test]
fn every_table_that_names_a_learner_is_known() {
    let (store, ann, _) = two_learners_with_everything();
    let tables = tables_with_learner_id(&store.conn).unwrap();
    let expected = [
        "completion_event",
        "confidence",
        "help_event",
        "learner_settings",
        "lesson_first",
        "lesson_progress",
        "milestone",
        "pin_attempt",
        "pin_failure",
        "plan_item",
        "session",
        "skills_answer",
        "step_event",
        "step_month",
        "step_span",
    ];
    assert_eq!(tables, expected);
    let named: Vec<String> = rows_naming(&store, ann).into_iter().map(|(t, _)| t).collect();
    assert_eq!(named.len(), expected.len() + 1, "the fixture fills every table: {named:?}");
}

#[test]
fn erasing_a_learner_leaves_no_row_anywhere_and_keeps_the_others() {
    let (store, ann, bob) = two_learners_with_everything();
    let bob_before = rows_naming(&store, bob);
    store.erase_learner(ann).unwrap();
    assert_eq!(rows_naming(&store, ann), []);
    assert_eq!(rows_naming(&store, bob), bob_before);
    assert_eq!(store.find_learner("Ann").unwrap(), None);
    let champions: i64 = store.conn.query_row("SELECT count(*) FROM champion", [], |r| r.get(0)).unwrap();
    assert_eq!(champions, 1, "the champion stays");
}

#[test]
fn an_erased_name_is_gone_from_the_file_too() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let id = store.add_learner("Zebedee Quixotic").unwrap().id;
    store.save_step(id, "gs", "keys", "enter").unwrap();
    store.erase_learner(id).unwrap();
    drop(store);
    // Every file, the backups' included.
    let backups = fs::read_dir(dir.path().join(super::backup::FOLDER)).unwrap();
    for file in fs::read_dir(dir.path()).unwrap().chain(backups) {
        let path = file.unwrap().path();
        if path.is_dir() {
            continue;
        }
        let bytes = fs::read(&path).unwrap();
        assert!(!bytes.windows(8).any(|w| w == b"Zebedee "), "the name is still in {}", path.display());
    }
}

#[test]
fn learners_are_found_by_name_ignoring_case_and_spaces() {
    let (store, ann, _) = two_learners_with_everything();
    assert_eq!(store.find_learner(" ann ").unwrap().map(|l| l.id), Some(ann));
    assert_eq!(store.find_learner("Annie").unwrap(), None);
    let sian = store.add_learner("Siân Lee").unwrap();
    assert_eq!(store.find_learner("SIÂN   LEE").unwrap(), Some(sian));
}

#[test]
fn everything_about_a_learner_includes_what_stays_at_the_hub() {
    let (store, ann, _) = two_learners_with_everything();
    let all = store.everything_about(ann).unwrap();
    assert_eq!(all.record.name, "Ann");
    assert!(all.has_pin);
    assert_eq!(all.pin_failures.len(), 1);
    assert_eq!(all.sessions.len(), 1);
    let session = &all.sessions[0];
    assert_eq!(
        (session.champion.as_deref(), session.notes.as_str(), session.useful),
        (Some("Chris"), "Liked <email>", Some(1))
    );
    let r = &all.record;
    let counts = [r.lesson_progress.len(), r.help_event.len(), r.step_event.len(), r.completion_event.len()];
    // save_step records its own step event, beside the one written directly.
    assert_eq!(counts, [1, 1, 2, 1]);
    assert_eq!((r.confidence.len(), r.skills_answer.len(), r.plan_item.len()), (1, 1, 1));
    assert!(r.settings.is_some());
}
