//! `signpost report` on a database with known learners, sessions and events: the real
//! binary, its printed report and CSV word for word, exports combined from three hubs,
//! and what `--publish` hides. The lessons are `tests/report_lessons/`: an email course
//! (inbox, reply, scams) and an NHS course (app, order).

mod common;
#[path = "common/report_hub.rs"]
mod report_hub;

use std::fs;
use std::path::Path;

use common::{signpost, stderr, stdout};
use report_hub::{hub, ok, report, FEBRUARY, LESSONS};
use signpost::store::Store;

const FEBRUARY_REPORT: &str = "\
Signpost report
Hub: Riverside Library
Period: 2026-02-01 to 2026-02-28

Learners who used Signpost: 3
New learners: 3
Sessions with a champion: 3
Sessions without a champion (the learner alone): 1
Hours in sessions that ended: 3.0
Lessons completed: 6
Courses completed: 2

Month by month:
  February 2026: learners 3, new 3, sessions with a champion 3, alone 1, lessons completed 6

Lessons completed, by skill area (a lesson can teach more than one):
  foundation skills                 0
  communicating                     4  ####
  handling information and content  2  ##
  transacting                       2  ##
  problem solving                   0
  being safe and legal online       2  ##

Courses completed, by skill area (a course can teach more than one):
  foundation skills                 0
  communicating                     1  #
  handling information and content  1  #
  transacting                       1  #
  problem solving                   0
  being safe and legal online       2  ##

Answers about confidence before a course: 3
Average confidence before a course (1 low, 5 high): 2.0
Answers about confidence after a course: 2
Average confidence after a course (1 low, 5 high): 4.5

Confidence before and after a course: answers giving each score (1 low, 5 high):
  before, 1  1  #
  before, 2  1  #
  before, 3  1  #
  before, 4  0
  before, 5  0
  after, 1   0
  after, 2   0
  after, 3   0
  after, 4   1  #
  after, 5   1  #

Sessions where the learner said if it was useful: 3
Sessions the learner found useful: 2
Share of those found useful: 67%
Sessions where the learner said if the champion helped: 3
Sessions where the champion helped: 3
Share of those where the champion helped: 100%

Help asked for on practice screens:
Hints: 3
Show me: 1
Do it for me: 1
";

#[test]
fn the_printed_report_counts_only_the_period() {
    let dir = tempfile::tempdir().unwrap();
    hub(dir.path(), "Riverside Library");
    assert_eq!(ok(report(dir.path(), &FEBRUARY)), FEBRUARY_REPORT);
}

#[test]
fn all_time_is_the_default_and_a_lone_date_limits_one_end() {
    let dir = tempfile::tempdir().unwrap();
    hub(dir.path(), "Riverside Library");
    let all = ok(report(dir.path(), &[]));
    for line in ["Period: all time", "Learners who used Signpost: 4", "New learners: 5", "Sessions with a champion: 4"]
    {
        assert!(all.contains(&format!("{line}\n")), "{line:?} in\n{all}");
    }
    for line in ["Hours in sessions that ended: 5.0", "Lessons completed: 8", "Share of those found useful: 75%"] {
        assert!(all.contains(&format!("{line}\n")), "{line:?} in\n{all}");
    }
    let from_march = ok(report(dir.path(), &["--from", "2026-03-01"]));
    assert!(from_march.contains("\nPeriod: from 2026-03-01\n"), "{from_march}");
    assert!(from_march.contains("Learners who used Signpost: 1\nNew learners: 1\n"), "{from_march}");
    let to_january = ok(report(dir.path(), &["--to", "2026-01-31"]));
    assert!(to_january.contains("Period: up to 2026-01-31\n"), "{to_january}");
    assert!(to_january.contains("Lessons completed: 1\nCourses completed: 0\n"), "{to_january}");
}

#[test]
fn the_csv_has_the_same_figures() {
    let dir = tempfile::tempdir().unwrap();
    hub(dir.path(), "Riverside Library");
    let csv = dir.path().join("february.csv");
    let printed = ok(report(dir.path(), &[&FEBRUARY[..], &["--csv", csv.to_str().unwrap()]].concat()));
    assert!(printed.starts_with(FEBRUARY_REPORT));
    assert!(printed.ends_with(&format!("The figures are saved as CSV in {}.\n", csv.display())));
    let expected = "\
metric,value,2026-02
hub,Riverside Library,
from,2026-02-01,
to,2026-02-28,
learners_engaged,3,3
new_learners,3,3
sessions,3,3
learner_only_sessions,1,1
sessions_ended,3,
hours,3.0,
lessons_completed,6,6
courses_completed,2,
lessons_completed.foundation,0,
lessons_completed.communicating,4,
lessons_completed.handling-information,2,
lessons_completed.transacting,2,
lessons_completed.problem-solving,0,
lessons_completed.being-safe,2,
courses_completed.foundation,0,
courses_completed.communicating,1,
courses_completed.handling-information,1,
courses_completed.transacting,1,
courses_completed.problem-solving,0,
courses_completed.being-safe,2,
confidence_before.answers,3,
confidence_before.average,2.0,
confidence_before.score_1,1,
confidence_before.score_2,1,
confidence_before.score_3,1,
confidence_before.score_4,0,
confidence_before.score_5,0,
confidence_after.answers,2,
confidence_after.average,4.5,
confidence_after.score_1,0,
confidence_after.score_2,0,
confidence_after.score_3,0,
confidence_after.score_4,1,
confidence_after.score_5,1,
useful.answers,3,
useful.yes,2,
useful.percent,67,
helpful.answers,3,
helpful.yes,3,
helpful.percent,100,
help.hints,3,
help.show_me,1,
help.do_it_for_me,1,
";
    assert_eq!(fs::read_to_string(&csv).unwrap(), expected);
}

#[test]
fn the_export_is_totals_only() {
    let dir = tempfile::tempdir().unwrap();
    hub(dir.path(), "Riverside Library");
    let export = dir.path().join("export.json");
    ok(report(dir.path(), &[&FEBRUARY[..], &["--export", export.to_str().unwrap()]].concat()));
    let text = fs::read_to_string(&export).unwrap();
    for name in ["Ann", "Bob", "Cy", "Dee", "Eve", "inbox", "email"] {
        assert!(!text.contains(name), "{name} must not be in the export:\n{text}");
    }
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["schema_version"], 1);
    assert_eq!(json["hub"], "Riverside Library");
    assert_eq!(json["period"], serde_json::json!({"from": "2026-02-01", "to": "2026-02-28"}));
    let t = &json["totals"];
    assert_eq!((t["learners_engaged"].as_u64(), t["session_seconds"].as_u64()), (Some(3), Some(3 * 3600)));
    assert_eq!(t["confidence_before"], serde_json::json!({"answers": 3, "sum": 6, "by_score": [1, 1, 1, 0, 0]}));
    assert_eq!(t["help"], serde_json::json!({"hints": 3, "show_me": 1, "do_it_for_me": 1}));
    assert_eq!(t["courses_completed_by_area"]["being-safe"], 2);
}

#[test]
fn publishing_hides_counts_under_five_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    hub(dir.path(), "Riverside Library");
    let csv = dir.path().join("public.csv");
    let json = dir.path().join("public.json");
    let args = ["--publish", "--csv", csv.to_str().unwrap(), "--export", json.to_str().unwrap()];
    let text = ok(report(dir.path(), &args));
    for line in [
        "Learners who used Signpost: fewer than 5",
        "New learners: 5",
        "Sessions with a champion: fewer than 5",
        "Sessions without a champion (the learner alone): fewer than 5",
        "Hours in sessions that ended: not shown (fewer than 5 answers or sessions)",
        "Lessons completed: 8",
        "Courses completed: fewer than 5",
        "  communicating                                6  ######",
        "  transacting                       fewer than 5",
        "Average confidence before a course (1 low, 5 high): not shown (fewer than 5 answers or sessions)",
        "Hints: fewer than 5",
    ] {
        assert!(text.contains(&format!("{line}\n")), "{line:?} in\n{text}");
    }
    let csv = fs::read_to_string(&csv).unwrap();
    for row in [
        "learners_engaged,fewer than 5",
        "new_learners,5",
        "hours,",
        "confidence_before.average,",
        "help.hints,fewer than 5",
    ] {
        assert!(csv.contains(&format!("\n{row},")), "{row:?} in\n{csv}");
    }
    // January, February and March: each month's small counts are hidden too.
    assert!(csv.starts_with("metric,value,2026-01,2026-02,2026-03\n"), "{csv}");
    assert!(csv.contains("\nnew_learners,5,fewer than 5,fewer than 5,fewer than 5\n"), "{csv}");
    assert!(csv.contains("\nhours,,,,\n"), "no month column for a figure not counted by month:\n{csv}");
    let json: serde_json::Value = serde_json::from_str(&fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(json["published"], true);
    let t = &json["totals"];
    assert_eq!((&t["learners_engaged"], &t["new_learners"]), (&"fewer than 5".into(), &5.into()));
    assert_eq!(t["session_seconds"], "fewer than 5");
    assert_eq!(t["confidence_before"]["by_score"], serde_json::Value::from(vec!["fewer than 5"; 5]));
}

#[test]
fn a_hubs_first_report_works_before_anyone_has_learned() {
    let dir = tempfile::tempdir().unwrap();
    let (csv, json) = (dir.path().join("first.csv"), dir.path().join("first.json"));
    let data = dir.path().join("new-hub");
    let args = ["--csv", csv.to_str().unwrap(), "--export", json.to_str().unwrap()];
    let output = report(&data, &args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let shown = stdout(&output);
    assert!(
        shown.starts_with(&format!(
            "No one has learned on this computer yet (there is no progress file in {}), so every figure is 0.\n",
            data.display()
        )),
        "{shown}"
    );
    assert!(shown.contains("Period: all time\n") && shown.contains("Lessons completed: 0\n"), "{shown}");
    assert!(!data.join("signpost.db").exists(), "a report never creates a database");
    assert!(fs::read_to_string(&csv).unwrap().contains("\nlessons_completed,0\n"));
    let json: serde_json::Value = serde_json::from_str(&fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(json["totals"]["lessons_completed"], 0);
}

#[test]
fn bad_dates_and_missing_data_are_explained() {
    let dir = tempfile::tempdir().unwrap();
    let fails = |args: &[&str]| {
        let output = report(dir.path(), args);
        assert_eq!(output.status.code(), Some(2));
        stderr(&output)
    };
    hub(dir.path(), "Riverside Library");
    assert_eq!(
        fails(&["--from", "2026-02-30"]),
        "\"2026-02-30\" is not a date. Write dates as year-month-day, like 2026-03-31.\n"
    );
    assert_eq!(
        fails(&["--from", "2026-03-01", "--to", "2026-02-01"]),
        "The report cannot start on 2026-03-01 and end on 2026-02-01: the start must come first.\n"
    );
    assert!(fails(&["--merge", "x.json", "--from", "2026-01-01"]).starts_with("Leave out --from and --to"));
}

#[test]
fn the_report_speaks_welsh_and_polish() {
    let dir = tempfile::tempdir().unwrap();
    hub(dir.path(), "Riverside Library");
    let welsh = ok(report(dir.path(), &[&FEBRUARY[..], &["--lang", "cy"]].concat()));
    assert!(
        welsh.starts_with("Adroddiad Signpost\nHyb: Riverside Library\nCyfnod: 2026-02-01 i 2026-02-28\n"),
        "{welsh}"
    );
    assert!(welsh.contains("Hyder cyfartalog ar ôl cwrs (1 isel, 5 uchel): 4.5\n"), "{welsh}");
    let polish = ok(report(dir.path(), &[&FEBRUARY[..], &["--lang", "pl"]].concat()));
    assert!(polish.contains("Średnia pewność siebie po kursie (1 niska, 5 wysoka): 4,5\n"), "{polish}");
    assert!(polish.contains("Godziny zakończonych spotkań: 3,0\n"), "{polish}");
}

/// A learner's step at 00:30 on 1 July, British Summer Time: 23:30 on 30 June in UTC.
fn summer_midnight_hub(dir: &Path) {
    let store = Store::open(dir).unwrap();
    let w = store.backfill().unwrap();
    let id = w.learner("Ann", "2026-06-30T23:00:00.000Z").unwrap();
    w.step(id, "email", "inbox", "open", "2026-06-30T23:30:00.000Z").unwrap();
    w.commit().unwrap();
}

#[test]
fn report_days_are_the_hubs_own_days() {
    if !Path::new("/usr/share/zoneinfo/Europe/London").exists() {
        eprintln!("SKIPPED report_days_are_the_hubs_own_days: no time zone data (package tzdata)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    summer_midnight_hub(dir.path());
    let month = |tz: &str, from: &str, to: &str| {
        let output = signpost()
            .arg("report")
            .arg("--data-dir")
            .arg(dir.path())
            .args(["--lessons", LESSONS, "--from", from, "--to", to])
            .env("TZ", tz)
            .output()
            .unwrap();
        ok(output)
    };
    let used = |report: &str| report.lines().find(|l| l.starts_with("Learners who used Signpost")).map(str::to_owned);
    let (july, june) = ("2026-07-01", "2026-06-30");
    let used_one = Some("Learners who used Signpost: 1".to_owned());
    assert_eq!(used(&month("Europe/London", july, "2026-07-31")), used_one, "in London it was July");
    assert_eq!(used(&month("Europe/London", "2026-06-01", june)), Some("Learners who used Signpost: 0".to_owned()));
    assert_eq!(used(&month("UTC", "2026-06-01", june)), used_one, "in UTC it was still June");
}
