use super::*;
use crate::store::PastSession;

fn window(start: Option<&str>, end: Option<&str>) -> Window {
    Window { start: start.map(str::to_owned), end: end.map(str::to_owned) }
}

const JAN: &str = "2026-01-15T10:00:00.000Z";
const FEB: &str = "2026-02-15T10:00:00.000Z";
const MAR: &str = "2026-03-15T10:00:00.000Z";

fn february() -> Window {
    window(Some("2026-02-01"), Some("2026-03-01"))
}

#[test]
fn engaged_learners_are_counted_once_and_only_in_the_window() {
    let store = Store::open_in_memory().unwrap();
    let w = store.backfill().unwrap();
    let ann = w.learner("Ann", JAN).unwrap();
    let bob = w.learner("Bob", FEB).unwrap();
    let cy = w.learner("Cy", FEB).unwrap();
    for at in [JAN, FEB, FEB, "2026-02-28T23:59:59.999Z"] {
        w.step(ann, "email", "inbox", "open", at).unwrap();
    }
    w.step(bob, "email", "inbox", "open", "2026-03-01T00:00:00.000Z").unwrap();
    w.step(cy, "email", "inbox", "open", "2026-02-01T00:00:00.000Z").unwrap();
    w.commit().unwrap();
    let feb = store.report_figures(&february(), &[]).unwrap().activity;
    assert_eq!((feb.learners_engaged, feb.new_learners), (2, 2));
    let all = store.report_figures(&Window::default(), &[]).unwrap().activity;
    assert_eq!((all.learners_engaged, all.new_learners), (3, 3));
    let from_march = store.report_figures(&window(Some("2026-03-01"), None), &[]).unwrap().activity;
    assert_eq!((from_march.learners_engaged, from_march.new_learners), (1, 0));
}

#[test]
fn sessions_count_hours_of_ended_ones_and_answers() {
    let store = Store::open_in_memory().unwrap();
    let w = store.backfill().unwrap();
    let ann = w.learner("Ann", JAN).unwrap();
    let sue = Some(w.champion("Sue").unwrap());
    let session = |champion_id, started_at, ended_at, useful, helpful| {
        w.session(&PastSession { learner_id: ann, champion_id, started_at, ended_at, useful, helpful }).unwrap();
    };
    session(sue, "2026-02-02T10:00:00.000Z", Some("2026-02-02T11:30:00.000Z"), Some(true), Some(true));
    session(sue, "2026-02-03T10:00:00.000Z", Some("2026-02-03T10:45:00.000Z"), Some(false), Some(true));
    session(None, "2026-02-04T10:00:00.000Z", None, None, None);
    session(sue, MAR, Some("2026-03-15T12:00:00.000Z"), Some(true), Some(true));
    w.commit().unwrap();
    let a = store.report_figures(&february(), &[]).unwrap().activity;
    assert_eq!((a.sessions, a.learner_only_sessions), (2, 1), "Ann alone on the 4th is not a session with a champion");
    assert_eq!((a.sessions_ended, a.session_seconds), (2, 2 * 3600 + 15 * 60));
    assert_eq!((a.useful_answers, a.useful_yes, a.helpful_answers, a.helpful_yes), (2, 1, 2, 2));
}

#[test]
fn confidence_and_help_are_counted_by_score_and_level() {
    let store = Store::open_in_memory().unwrap();
    let w = store.backfill().unwrap();
    let ann = w.learner("Ann", JAN).unwrap();
    for (before, score, at) in [(true, 1, FEB), (true, 2, FEB), (true, 2, FEB), (false, 4, FEB), (false, 5, MAR)] {
        w.confidence(ann, "email", before, score, at).unwrap();
    }
    for (level, at) in [(1, FEB), (1, FEB), (3, FEB), (2, JAN)] {
        w.help(ann, "email", "reply", level, at).unwrap();
    }
    w.commit().unwrap();
    let a = store.report_figures(&february(), &[]).unwrap().activity;
    assert_eq!(a.confidence_before, [1, 2, 0, 0, 0]);
    assert_eq!(a.confidence_after, [0, 0, 0, 1, 0]);
    assert_eq!(a.help, [2, 0, 1]);
}

#[test]
fn a_lesson_counts_once_for_each_learner_when_first_completed() {
    let store = Store::open_in_memory().unwrap();
    let w = store.backfill().unwrap();
    let ann = w.learner("Ann", JAN).unwrap();
    let bob = w.learner("Bob", JAN).unwrap();
    w.completion(ann, "email", "inbox", JAN).unwrap();
    w.completion(ann, "email", "inbox", FEB).unwrap(); // again: not new
    w.completion(ann, "email", "reply", FEB).unwrap();
    w.completion(bob, "email", "reply", FEB).unwrap();
    w.completion(bob, "email", "reply", FEB).unwrap();
    w.commit().unwrap();
    let lessons = store.report_figures(&february(), &[]).unwrap().completions.lessons;
    assert_eq!(lessons, [("email".to_owned(), "reply".to_owned(), 2)]);
    let all = store.report_figures(&Window::default(), &[]).unwrap().completions.lessons;
    assert_eq!(all, [("email".to_owned(), "inbox".to_owned(), 1), ("email".to_owned(), "reply".to_owned(), 2)]);
}

#[test]
fn a_course_counts_when_its_last_lesson_is_first_completed() {
    let store = Store::open_in_memory().unwrap();
    let courses = vec![
        ("email".to_owned(), vec!["inbox".to_owned(), "reply".to_owned()]),
        ("calls".to_owned(), vec!["ready".to_owned()]),
    ];
    let w = store.backfill().unwrap();
    let ann = w.learner("Ann", JAN).unwrap();
    let bob = w.learner("Bob", JAN).unwrap();
    // Ann: email done in February (inbox in January, reply in February), calls in March.
    w.completion(ann, "email", "inbox", JAN).unwrap();
    w.completion(ann, "email", "reply", FEB).unwrap();
    w.completion(ann, "email", "reply", MAR).unwrap();
    w.completion(ann, "calls", "ready", MAR).unwrap();
    // Bob: one email lesson twice, and a lesson the catalog does not have.
    w.completion(bob, "email", "inbox", FEB).unwrap();
    w.completion(bob, "email", "inbox", FEB).unwrap();
    w.completion(bob, "email", "retired", FEB).unwrap();
    w.commit().unwrap();
    let courses_in =
        |w: &Window, courses: &[(String, Vec<String>)]| store.report_figures(w, courses).unwrap().completions.courses;
    assert_eq!(courses_in(&february(), &courses), [("email".to_owned(), 1)]);
    assert_eq!(courses_in(&Window::default(), &courses), [("calls".to_owned(), 1), ("email".to_owned(), 1)]);
    assert!(courses_in(&window(None, Some("2026-02-01")), &courses).is_empty());
    assert!(courses_in(&Window::default(), &[]).is_empty());
    // Lessons the catalog does not have still count as lessons.
    let lessons = store.report_figures(&february(), &courses).unwrap().completions.lessons;
    let retired = lessons.iter().find(|(_, lesson, _)| lesson == "retired");
    assert_eq!(retired.map(|r| r.2), Some(1));
}

#[test]
fn the_hub_name_is_empty_until_set() {
    let store = Store::open_in_memory().unwrap();
    assert_eq!(store.report_hub_name().unwrap(), "");
    let w = store.backfill().unwrap();
    w.hub_name("Riverside Library").unwrap();
    w.commit().unwrap();
    assert_eq!(store.report_hub_name().unwrap(), "Riverside Library");
}

#[test]
fn a_backfill_not_committed_keeps_nothing() {
    let store = Store::open_in_memory().unwrap();
    {
        let w = store.backfill().unwrap();
        let ann = w.learner("Ann", JAN).unwrap();
        w.step(ann, "email", "inbox", "open", FEB).unwrap();
    }
    assert!(store.learners().unwrap().is_empty());
    assert_eq!(store.report_figures(&Window::default(), &[]).unwrap().activity, Activity::default());
}

#[test]
fn report_queries_use_indexes_not_sorts_of_every_event() {
    let store = Store::open_in_memory().unwrap();
    let plan = |sql: &str, params: &[&str]| -> String {
        let mut stmt = store.conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
        let rows = stmt.query_map(rusqlite::params_from_iter(params), |row| row.get::<_, String>(3)).unwrap();
        rows.map(Result::unwrap).collect::<Vec<_>>().join("; ")
    };
    let firsts = plan(super::super::completions::FIRSTS, &["\u{7f}"]);
    assert_eq!(firsts, "SCAN lesson_first", "one pass in the table's own order, no sort");
    for (sql, index) in [
        (SESSIONS, "session_report"),
        (CONFIDENCE, "confidence_at"),
        (HELP, "help_event_at"),
        (NEW_LEARNERS, "learner_created"),
    ] {
        let found = plan(sql, &["2026-01-01", "2026-02-01"]);
        assert!(found.contains(&format!("COVERING INDEX {index}")), "{found}");
    }
    use super::super::engaged::{LEARNERS_OF_MONTH, SPANS_INSIDE, STEP_INSIDE};
    let of_month = plan(LEARNERS_OF_MONTH, &["2026-01"]);
    assert!(of_month.contains("PRIMARY KEY (month=?)"), "{of_month}");
    for sql in [STEP_INSIDE, SPANS_INSIDE] {
        let bounds = ["2026-01-01", "2026-02-01"];
        let found = if sql == STEP_INSIDE { plan(sql, &["1", bounds[0], bounds[1]]) } else { plan(sql, &bounds) };
        assert!(found.contains("COVERING INDEX step_event_learner_at (learner_id=? AND at>? AND at<?)"), "{found}");
    }
}
