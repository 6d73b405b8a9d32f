//! Every learner action is saved whole or not at all, and never for a learner who was
//! erased while the tutor ran.

use super::{fault, Store, StoreError};
use crate::domain::learner::Moment;
use crate::domain::settings::Settings;

fn count(store: &Store, table: &str) -> i64 {
    store.conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0)).unwrap()
}

#[test]
fn a_step_that_fails_between_its_two_writes_leaves_neither() {
    let store = Store::open_in_memory().unwrap();
    let ann = store.add_learner("Ann").unwrap();
    store.save_step(ann.id, "gs", "keys", "1").unwrap();
    fault::fail_between_writes();
    assert!(store.save_step(ann.id, "gs", "keys", "2").is_err());
    assert_eq!(count(&store, "step_event"), 1, "the second step's event is rolled back");
    let progress = store.progress(ann.id).unwrap();
    assert_eq!(progress.lesson("gs", "keys").unwrap().step_id, "1", "and the progress row agrees");
    store.save_step(ann.id, "gs", "keys", "2").unwrap();
    assert_eq!(count(&store, "step_event"), 2, "saving again works");
}

#[test]
fn a_finished_lesson_that_fails_between_its_two_writes_leaves_neither() {
    let store = Store::open_in_memory().unwrap();
    let ann = store.add_learner("Ann").unwrap();
    store.save_step(ann.id, "gs", "keys", "last").unwrap();
    fault::fail_between_writes();
    assert!(store.complete_lesson(ann.id, "gs", "keys").is_err());
    assert_eq!(count(&store, "completion_event"), 0);
    let keys = store.progress(ann.id).unwrap().lesson("gs", "keys").cloned().unwrap();
    assert!(keys.in_progress && !keys.completed, "{keys:?}");
    store.complete_lesson(ann.id, "gs", "keys").unwrap();
    assert!(store.progress(ann.id).unwrap().lesson("gs", "keys").unwrap().completed);
    assert_eq!(count(&store, "completion_event"), 1);
}

#[test]
fn nothing_is_saved_for_a_learner_erased_while_the_tutor_runs() {
    let store = Store::open_in_memory().unwrap();
    let zeb = store.add_learner("Zebediah").unwrap();
    let session = store.start_session(zeb.id, None).unwrap();
    store.erase_learner(zeb.id).unwrap();
    let gone = |result: Result<(), StoreError>| result.is_err_and(|e| e.learner_gone());
    assert!(gone(store.save_step(zeb.id, "gs", "keys", "1")));
    assert!(gone(store.complete_lesson(zeb.id, "gs", "keys")));
    assert!(gone(store.record_help(zeb.id, "gs", "keys", "1", 1)));
    assert!(gone(store.save_settings(zeb.id, &Settings::default())));
    assert!(gone(store.record_confidence(zeb.id, "gs", Moment::Before, 3)));
    assert!(gone(store.set_plan(zeb.id, &[])));
    assert!(gone(store.end_session(session, None, None, "")));
    for table in ["step_event", "lesson_progress", "help_event", "learner_settings", "confidence"] {
        assert_eq!(count(&store, table), 0, "{table}");
    }
    // The session stays for the hub's figures, under no name, and was not ended or noted.
    let kept: (i64, bool, String) = store
        .conn
        .query_row("SELECT count(*), max(ended_at) IS NULL, max(notes) FROM session", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .unwrap();
    assert_eq!(kept, (1, true, String::new()));
}
