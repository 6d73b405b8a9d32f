//! `signpost learner ...` end to end: the real binary on real data folders, checked by
//! opening the databases afterwards.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::process::Output;

use common::{plain, signpost, stderr, stdout};
use rusqlite::Connection;
use signpost::learner_data::record::LearnerRecord;
use signpost::store::{Store, DB_FILE};

/// A new learner finishes Finding your reason, then Using this tutor, and stops on the
/// third step of Using a keyboard (as in tests/plain.rs).
const ANN_AT_HUB_A: &[&str] = &[
    "Ann", "", "", "3", "", "2", "", "", // new learner, Finding your reason
    "1", "1", "3", "", "", "1", "2", "", "", // Using this tutor (confidence 3), to going back
    "repeat", "", "help", "", "", "where", "", "quit", "1", "", // R, H, W and Q tried
    "2", "", "", // the check and the recap
    "1", "", "x", "", "", "quit", "2", "1", // into Using a keyboard, stop, today was useful
];

fn learner(data: &Path, args: &[&str]) -> Output {
    signpost().arg("learner").args(args).arg("--data-dir").arg(data).output().expect("signpost runs")
}

fn ok(output: Output) -> String {
    assert!(output.status.success(), "{}\n{}", stdout(&output), stderr(&output));
    stdout(&output)
}

fn record(data: &Path, name: &str) -> LearnerRecord {
    let store = Store::open(data).unwrap();
    let id = store.find_learner(name).unwrap().expect("the learner is there").id;
    store.learner_record(id).unwrap()
}

/// A row without the database's own id, for comparing two databases.
fn events(r: &LearnerRecord) -> BTreeSet<String> {
    let help =
        r.help_event.iter().map(|e| format!("help {} {} {} {} {}", e.course_id, e.lesson_id, e.step_id, e.level, e.at));
    let done = r.completion_event.iter().map(|e| format!("done {} {} {}", e.course_id, e.lesson_id, e.at));
    let steps = r.step_event.iter().map(|e| format!("step {} {} {} {}", e.course_id, e.lesson_id, e.step_id, e.at));
    help.chain(done).chain(steps).collect()
}

#[test]
fn moving_a_learner_between_hubs_merges_and_loses_nothing() {
    let (hub_a, hub_b, stick) =
        (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let input: String = ANN_AT_HUB_A.iter().map(|l| format!("{l}\n")).collect();
    let run = plain(hub_a.path(), &input, &[]);
    assert!(run.status.success(), "{}", stderr(&run));
    let at_a = record(hub_a.path(), "Ann");
    assert!(at_a.lesson_progress.iter().any(|p| p.lesson_id == "using-this-tutor" && p.completed_at.is_some()));
    assert!(!at_a.completion_event.is_empty());

    let file = stick.path().join("ann.json");
    let said = ok(learner(hub_a.path(), &["export", "ann", file.to_str().unwrap()]));
    assert!(said.starts_with("Saved the progress of Ann in "), "{said}");
    let text = fs::read_to_string(&file).unwrap();
    assert!(text.contains("\"format_version\": 1") && text.contains("\"name\": \"Ann\""), "{text}");

    // Hub B already knows Ann: further on in the keyboard lesson, and in an email lesson.
    {
        let store = Store::open(hub_b.path()).unwrap();
        let bob = store.add_learner("Bob").unwrap();
        store.save_step(bob.id, "email", "what-is-email", "what").unwrap();
        let ann = store.add_learner("ANN").unwrap();
        // The same person: she was at hub B before, with the id she has at hub A.
        let db = Connection::open(hub_b.path().join(DB_FILE)).unwrap();
        db.execute("UPDATE learner SET uid = ?1 WHERE id = ?2", rusqlite::params![at_a.uid, ann.id]).unwrap();
        store.save_step(ann.id, "getting-started", "using-a-keyboard", "capital").unwrap();
        store.save_step(ann.id, "email", "what-is-email", "what").unwrap();
        store.record_help(ann.id, "email", "what-is-email", "what", 3).unwrap();
    }
    let before_b = record(hub_b.path(), "Ann");
    let bob_before = record(hub_b.path(), "Bob");

    let said = ok(learner(hub_b.path(), &["import", file.to_str().unwrap()]));
    assert!(said.contains("to ANN, who was already here"), "{said}");
    let merged = record(hub_b.path(), "Ann");
    assert_eq!(merged.name, "ANN");
    for lesson in at_a.lesson_progress.iter().chain(&before_b.lesson_progress) {
        let now = merged
            .lesson_progress
            .iter()
            .find(|p| (&p.course_id, &p.lesson_id) == (&lesson.course_id, &lesson.lesson_id));
        let now = now.unwrap_or_else(|| panic!("lost {lesson:?}"));
        if lesson.completed_at.is_some() {
            assert!(now.completed_at.is_some(), "completion lost: {now:?}");
        }
    }
    let keyboard = merged.lesson_progress.iter().find(|p| p.lesson_id == "using-a-keyboard").unwrap();
    assert_eq!(keyboard.step_id, "capital", "the furthest step is kept");
    let all = events(&merged);
    assert!(events(&at_a).is_subset(&all) && events(&before_b).is_subset(&all), "an event was lost");
    assert_eq!(all.len(), events(&at_a).len() + events(&before_b).len());
    assert_eq!(merged.settings, at_a.settings, "Ann had no settings here, so hers came along");
    assert_eq!(record(hub_b.path(), "Bob"), bob_before, "Bob is untouched");

    let said = ok(learner(hub_b.path(), &["import", file.to_str().unwrap()]));
    assert!(said.ends_with("Lessons added or changed: 0. New records: 0.\n"), "{said}");
    assert_eq!(record(hub_b.path(), "Ann"), merged, "importing again changes nothing");
}

/// Every table with a `learner_id` column, and how many rows name `id` in each.
fn rows_naming(db: &Connection, id: i64) -> Vec<(String, i64)> {
    let mut stmt = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").unwrap();
    let tables: Vec<String> = stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    let mut found = Vec::new();
    for table in tables {
        let columns: Vec<String> = db
            .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let column = if table == "learner" { "id" } else { "learner_id" };
        if columns.iter().any(|c| c == column) {
            let n: i64 =
                db.query_row(&format!("SELECT count(*) FROM {table} WHERE {column} = ?1"), [id], |r| r.get(0)).unwrap();
            found.push((table, n));
        }
    }
    found
}

#[test]
fn erasing_a_learner_leaves_no_trace() {
    let hub = tempfile::tempdir().unwrap();
    let (id, bob) = {
        let store = Store::open(hub.path()).unwrap();
        let id = store.add_learner("Zebedee").unwrap().id;
        let bob = store.add_learner("Bob").unwrap().id;
        for learner in [id, bob] {
            store.save_step(learner, "getting-started", "using-a-keyboard", "enter").unwrap();
            store.complete_lesson(learner, "getting-started", "using-a-keyboard").unwrap();
            store.record_help(learner, "email", "what-is-email", "what", 1).unwrap();
            store.save_settings(learner, &Default::default()).unwrap();
            store.set_learner_pin(learner, Some("1234")).unwrap();
            let wrong = store.try_pin(signpost::store::PinOwner::Learner(learner), "4321", 0).unwrap();
            assert_eq!(wrong, signpost::domain::pin::PinVerdict::Wrong);
        }
        (id, bob)
    };
    let db = Connection::open(hub.path().join(DB_FILE)).unwrap();
    db.execute_batch(&format!(
        "INSERT INTO champion (name) VALUES ('Chris');
         INSERT INTO session (learner_id, champion_id, notes) VALUES ({id}, 1, 'Zebedee liked email');
         INSERT INTO step_event (learner_id, course_id, lesson_id, step_id) VALUES ({id}, 'email', 'what-is-email', 'what');
         INSERT INTO confidence (learner_id, course_id, moment, score) VALUES ({id}, 'email', 'before', 3);
         INSERT INTO skills_answer (learner_id, skill, answer) VALUES ({id}, 'email', 'learn');
         INSERT INTO plan_item (learner_id, position, course_id, lesson_id) VALUES ({id}, 1, 'email', 'what-is-email');
         INSERT INTO milestone (learner_id, course_id, milestone_id) VALUES ({id}, 'email', 'sent-an-email');"
    ))
    .unwrap();
    let everywhere = rows_naming(&db, id);
    // 15 tables and the learner row: step_month and step_span are filled from step_event
    // by triggers, lesson_first from completion_event.
    assert_eq!(everywhere.len(), 16, "{everywhere:?}");
    assert!(everywhere.iter().all(|(_, n)| *n > 0), "the learner is in every table first: {everywhere:?}");
    let bob_before = rows_naming(&db, bob);
    drop(db);

    let asked = learner(hub.path(), &["erase", "Zebedee"]);
    assert!(!asked.status.success());
    assert!(stderr(&asked).contains("run the same command again with --yes"), "{}", stderr(&asked));
    assert_eq!(record(hub.path(), "Zebedee").name, "Zebedee", "nothing is erased without --yes");

    let report = || ok(signpost().args(["report", "--data-dir"]).arg(hub.path()).output().unwrap());
    let before = report();
    let said = ok(learner(hub.path(), &["erase", "zebedee", "--yes"]));
    assert_eq!(
        said,
        "Zebedee has been erased. Nothing Signpost keeps names them now; the hub's figures keep only counts.\n"
    );
    assert_eq!(report(), before, "past figures do not change");
    assert!(
        before.contains("Learners who used Signpost: 2\n") && before.contains("Lessons completed: 2\n"),
        "{before}"
    );
    let db = Connection::open(hub.path().join(DB_FILE)).unwrap();
    let left: Vec<_> = rows_naming(&db, id).into_iter().filter(|(_, n)| *n > 0).collect();
    assert!(left.is_empty(), "rows left: {left:?}");
    assert_eq!(rows_naming(&db, bob), bob_before, "Bob keeps everything");
    drop(db);
    // Every file, the backups made after the erasure included.
    let backups = fs::read_dir(hub.path().join("backups")).unwrap();
    for file in fs::read_dir(hub.path()).unwrap().chain(backups) {
        let path = file.unwrap().path();
        if path.is_file() {
            let bytes = fs::read(&path).unwrap();
            assert!(!bytes.windows(7).any(|w| w == b"Zebedee"), "the name is still in {}", path.display());
        }
    }
    let gone = learner(hub.path(), &["show", "Zebedee"]);
    assert!(!gone.status.success());
    assert_eq!(stderr(&gone), "There is no learner called Zebedee here.\n");
}

#[test]
fn a_wrong_pin_is_refused_and_counted_and_a_champion_can_reset_it() {
    let hub = tempfile::tempdir().unwrap();
    {
        let store = Store::open(hub.path()).unwrap();
        let ann = store.add_learner("Ann").unwrap();
        store.set_learner_pin(ann.id, Some("2468")).unwrap();
        assert!(!store.check_learner_pin(ann.id, "1357").unwrap(), "a wrong PIN is refused");
        assert!(!store.check_learner_pin(ann.id, "2469").unwrap());
        assert!(store.check_learner_pin(ann.id, "2468").unwrap());
        assert_eq!(store.pin_failures(ann.id).unwrap(), 2);
    }
    let shown = ok(learner(hub.path(), &["show", "Ann"]));
    assert!(shown.contains("\nPIN: yes."), "{shown}");
    assert!(shown.contains("\nWrong PINs typed: 2\n"), "{shown}");
    assert!(!shown.contains("$argon2") && !shown.contains("2468"), "neither the PIN nor its hash is shown");

    assert_eq!(ok(learner(hub.path(), &["reset-pin", "Ann"])), "Ann has no PIN now. They can carry on without one.\n");
    let shown = ok(learner(hub.path(), &["show", "Ann"]));
    assert!(shown.contains("\nPIN: none\n"), "{shown}");
    let store = Store::open(hub.path()).unwrap();
    let ann = store.find_learner("Ann").unwrap().unwrap();
    assert!(store.check_learner_pin(ann.id, "0000").unwrap(), "no PIN now");
    assert_eq!(store.pin_failures(ann.id).unwrap(), 2, "the record of wrong PINs stays");
}

#[test]
fn the_certificate_names_the_learner_and_their_lessons_escaped() {
    let hub = tempfile::tempdir().unwrap();
    let name = "Jo \"Bo\" <Lee> & Co";
    {
        let store = Store::open(hub.path()).unwrap();
        let jo = store.add_learner(name).unwrap();
        for lesson in ["using-this-tutor", "using-a-keyboard"] {
            store.save_step(jo.id, "getting-started", lesson, "recap").unwrap();
            store.complete_lesson(jo.id, "getting-started", lesson).unwrap();
        }
        store.save_step(jo.id, "email", "spotting-scams", "start").unwrap();
    }
    let page_file = hub.path().join("certificate.html");
    let said = ok(learner(hub.path(), &["certificate", name, page_file.to_str().unwrap()]));
    assert!(said.starts_with(&format!("Saved the certificate of {name} in ")), "{said}");
    let page = fs::read_to_string(&page_file).unwrap();
    let escaped = "Jo &quot;Bo&quot; &lt;Lee&gt; &amp; Co";
    assert!(page.contains(&format!("<h1>Well done, {escaped}!</h1>")), "{page}");
    assert!(!page.contains("<Lee>"), "the name is escaped");
    for words in [
        "<p>Lessons finished: 2</p>",
        "<h2>Courses completed</h2>",
        "<li>Getting started, finished on ",
        "Signed by a digital champion: ",
    ] {
        assert!(page.contains(words), "missing {words:?}:\n{page}");
    }
    assert!(!page.contains("Spotting scams"), "a lesson only started is not on a certificate:\n{page}");
    assert!(page.contains("font-size: 28pt"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&page_file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "it carries the learner's name: private");
    }

    let page_file = hub.path().join("tystysgrif.html");
    ok(learner(hub.path(), &["certificate", name, page_file.to_str().unwrap(), "--lang", "cy"]));
    let page = fs::read_to_string(&page_file).unwrap();
    assert!(page.contains(&format!("<h1>Da iawn, {escaped}!</h1>")) && page.contains("Camau cyntaf"), "{page}");
}

#[test]
fn learner_show_dates_a_session_where_the_hub_is() {
    if !Path::new("/usr/share/zoneinfo/Europe/London").exists() {
        eprintln!("SKIPPED learner_show_dates_a_session_where_the_hub_is: no time zone data (package tzdata)");
        return;
    }
    let hub = tempfile::tempdir().unwrap();
    {
        let store = Store::open(hub.path()).unwrap();
        let w = store.backfill().unwrap();
        let ann = w.learner("Ann", "2026-07-14T20:00:00.000Z").unwrap();
        let (started, ended) = ("2026-07-14T23:30:00.000Z", "2026-07-15T00:10:00.000Z");
        let session = signpost::store::PastSession {
            learner_id: ann,
            champion_id: None,
            started_at: started,
            ended_at: Some(ended),
            useful: None,
            helpful: None,
        };
        w.session(&session).unwrap();
        w.commit().unwrap();
    }
    let show = |tz: &str| {
        let output = signpost().args(["learner", "show", "Ann", "--data-dir"]).arg(hub.path()).env("TZ", tz).output();
        ok(output.unwrap())
    };
    let london = show("Europe/London");
    assert!(london.contains("15 July 2026, 00:30 to 15 July 2026, 01:10"), "British Summer Time:\n{london}");
    let utc = show("UTC");
    assert!(utc.contains("14 July 2026, 23:30 to 15 July 2026, 00:10"), "{utc}");
}

#[test]
fn a_different_person_with_the_same_name_is_added_as_a_new_learner_never_joined() {
    let (hub_a, hub_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    for hub in [&hub_a, &hub_b] {
        let store = Store::open(hub.path()).unwrap();
        let margaret = store.add_learner("Margaret").unwrap();
        if hub.path() == hub_a.path() {
            store.save_step(margaret.id, "getting-started", "using-this-tutor", "recap").unwrap();
            store.complete_lesson(margaret.id, "getting-started", "using-this-tutor").unwrap();
        }
    }
    let file = hub_a.path().join("margaret.json");
    ok(learner(hub_a.path(), &["export", "Margaret", file.to_str().unwrap()]));
    let said = ok(learner(hub_b.path(), &["import", file.to_str().unwrap()]));
    assert!(said.starts_with("Margaret here is a different person, so the learner in "), "{said}");
    assert!(said.contains(" is added as Margaret 2, never joined to them."), "{said}");
    assert_eq!(record(hub_b.path(), "Margaret").completion_event.len(), 0, "hub B's Margaret is untouched");
    assert_eq!(record(hub_b.path(), "Margaret 2").completion_event.len(), 1, "added as a new learner");
    // A name chosen instead: erase and import again with --as.
    ok(learner(hub_b.path(), &["erase", "Margaret 2", "--yes"]));
    ok(learner(hub_b.path(), &["import", file.to_str().unwrap(), "--as", "Margaret B"]));
    assert_eq!(record(hub_b.path(), "Margaret B").completion_event.len(), 1, "added as a new learner");
    // Her next file goes to her, under the name she has here.
    let said = ok(learner(hub_b.path(), &["import", file.to_str().unwrap()]));
    assert!(said.contains("Margaret B"), "{said}");
    assert_eq!(Store::open(hub_b.path()).unwrap().learners().unwrap().len(), 2);
}
