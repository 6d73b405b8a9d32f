//! `signpost report` in a hub on British time (TZ=Europe/London), with records either
//! side of the first of each month of 2026, summer time included: the real binary's
//! export against a count made here from the same records, each time's month from jiff.
//! Steps and completions come in through `signpost learner import` under the same time
//! zone, so what an import keeps for reports is checked too.

mod common;
#[path = "common/report_hub.rs"]
mod report_hub;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};
use serde_json::json;
use signpost::report::export::Export;
use signpost::report::months::Month;
use signpost::store::{PastSession, Store};

use common::signpost;
use report_hub::{ok, LESSONS};

const ZONE: &str = "Europe/London";
const LEARNERS: usize = 12;

/// Times within 90 minutes of midnight UTC at the start of each month of 2026 (where
/// British months begin: 23:00 UTC the day before in summer), to the millisecond.
fn times() -> Vec<String> {
    let mut times = Vec::new();
    for month in 1..=12 {
        let first = jiff::civil::date(2026, month, 1).to_zoned(TimeZone::UTC).unwrap().timestamp();
        for minutes in [-90, -61, -60, -59, -30, -1, 0, 1, 30, 59, 60, 61, 90] {
            for millis in [-1, 0, 1] {
                times.push(first + (minutes * 60_000 + millis).milliseconds());
            }
        }
    }
    times.into_iter().map(|t| t.strftime("%Y-%m-%dT%H:%M:%S.%3fZ").to_string()).collect()
}

/// What happened, as written to the hub.
#[derive(Default)]
struct Records {
    /// Each learner's name and when they joined.
    learners: Vec<(String, String)>,
    /// (learner, time)
    steps: Vec<(usize, String)>,
    /// (learner, lesson, time)
    completions: Vec<(usize, (&'static str, &'static str), String)>,
    /// (learner, with a champion, started)
    sessions: Vec<(usize, bool, String)>,
}

/// Deals the times out to learners, lessons and kinds of record in a fixed shuffle.
fn records() -> Records {
    let lessons = [("email", "inbox"), ("email", "reply"), ("email", "scams"), ("nhs", "app"), ("nhs", "order")];
    let times = times();
    let mut r = Records::default();
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        usize::try_from(state).unwrap() % n
    };
    for n in 0..LEARNERS {
        r.learners.push((format!("Learner {n}"), times[next(times.len())].clone()));
    }
    for at in &times {
        let who = next(LEARNERS);
        match next(4) {
            0 => r.steps.push((who, at.clone())),
            1 => r.sessions.push((who, next(2) == 0, at.clone())),
            _ => r.completions.push((who, lessons[next(lessons.len())], at.clone())),
        }
        r.steps.push((next(LEARNERS), times[next(times.len())].clone()));
    }
    r
}

/// Learners and sessions through the store; steps and completions through `signpost
/// learner import` on British time, one file per learner, into the learner of that name.
fn write_hub(dir: &Path, r: &Records) {
    let store = Store::open(dir).unwrap();
    let w = store.backfill().unwrap();
    let champion = w.champion("Pat").unwrap();
    let ids: Vec<i64> = r.learners.iter().map(|(name, joined)| w.learner(name, joined).unwrap()).collect();
    for (who, with_champion, started) in &r.sessions {
        let session = PastSession {
            learner_id: ids[*who],
            champion_id: with_champion.then_some(champion),
            started_at: started,
            ..PastSession::default()
        };
        w.session(&session).unwrap();
    }
    w.commit().unwrap();
    drop(store);
    for (n, (name, joined)) in r.learners.iter().enumerate() {
        let step =
            |at: &String| json!({ "id": 0, "course_id": "email", "lesson_id": "inbox", "step_id": "open", "at": at });
        let step_event: Vec<_> = r.steps.iter().filter(|(who, _)| *who == n).map(|(_, at)| step(at)).collect();
        let completion_event: Vec<_> = r
            .completions
            .iter()
            .filter(|(who, _, _)| *who == n)
            .map(|(_, (course, lesson), at)| json!({ "id": 0, "course_id": course, "lesson_id": lesson, "at": at }))
            .collect();
        let file = json!({
            "format": "Signpost learner file",
            "format_version": 1,
            "exported_at": "2027-01-01T00:00:00.000Z",
            "exported_by": "tests/report_months.rs",
            "learner": {
                "name": name, "uid": "", "created_at": joined, "settings": null, "reason": null,
                "lesson_progress": [], "help_event": [], "step_event": step_event,
                "completion_event": completion_event, "confidence": [], "skills_answer": [], "plan_item": [],
            }
        });
        let path = dir.join(format!("learner-{n}.json"));
        fs::write(&path, file.to_string()).unwrap();
        let mut import = signpost();
        import.args(["learner", "import"]).arg(&path).arg("--data-dir").arg(dir).env("TZ", ZONE);
        ok(import.output().unwrap());
    }
}

/// The month on British time of a saved time.
fn month_of(at: &str) -> String {
    let zone = TimeZone::get(ZONE).unwrap();
    let local = zone.to_datetime(at.parse::<Timestamp>().unwrap());
    format!("{:04}-{:02}", local.year(), local.month())
}

/// The report's main figures and months, counted here row by row: (learners engaged,
/// new learners, sessions with a champion, alone, lessons completed) and the months.
fn expected(r: &Records, (start, end): (&str, &str)) -> ([u64; 5], BTreeMap<String, Month>) {
    let inside = |at: &str| at >= start && at < end;
    let mut months: BTreeMap<String, Month> = BTreeMap::new();
    let mut engaged: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    let mut totals = [0; 5];
    let steps = r.steps.iter().filter(|(_, at)| inside(at));
    totals[0] = steps.clone().map(|(who, _)| who).collect::<BTreeSet<_>>().len() as u64;
    for (who, at) in steps {
        engaged.entry(month_of(at)).or_default().insert(*who);
    }
    for (month, learners) in engaged {
        months.entry(month).or_default().learners_engaged = learners.len() as u64;
    }
    for (_, joined) in r.learners.iter().filter(|(_, at)| inside(at)) {
        totals[1] += 1;
        months.entry(month_of(joined)).or_default().new_learners += 1;
    }
    for (_, with_champion, started) in r.sessions.iter().filter(|(_, _, at)| inside(at)) {
        let month = months.entry(month_of(started)).or_default();
        if *with_champion {
            totals[2] += 1;
            month.sessions += 1;
        } else {
            totals[3] += 1;
            month.learner_only_sessions += 1;
        }
    }
    // A lesson counts in the month the learner first completed it, if that is inside.
    let mut firsts: BTreeMap<(usize, (&str, &str)), &str> = BTreeMap::new();
    for (who, lesson, at) in &r.completions {
        let first = firsts.entry((*who, *lesson)).or_insert(at);
        *first = (*first).min(at.as_str());
    }
    for first in firsts.values().filter(|at| inside(at)) {
        totals[4] += 1;
        months.entry(month_of(first)).or_default().lessons_completed += 1;
    }
    (totals, months)
}

fn export(dir: &Path, period: &[&str]) -> Export {
    let path = dir.join("export.json");
    let mut report = signpost();
    report.arg("report").arg("--data-dir").arg(dir).args(["--lessons", LESSONS]).args(period);
    ok(report.arg("--export").arg(&path).env("TZ", ZONE).output().unwrap());
    serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap()
}

#[test]
fn each_figure_falls_in_the_british_month_of_its_time() {
    if TimeZone::get(ZONE).is_err() {
        eprintln!("SKIPPED each_figure_falls_in_the_british_month_of_its_time: no time zone data (package tzdata)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let r = records();
    write_hub(dir.path(), &r);
    // All time, and April to October: from midnight on 1 April, summer time (23:00 UTC
    // on 31 March), to midnight at the end of 31 October, winter time.
    let summer = ["--from", "2026-04-01", "--to", "2026-10-31"];
    let bounds = [("", "\u{7f}"), ("2026-03-31T23:00:00.000Z", "2026-11-01T00:00:00.000Z")];
    for (period, bounds) in [(&[][..], bounds[0]), (&summer[..], bounds[1])] {
        let t = export(dir.path(), period).totals;
        let (totals, months) = expected(&r, bounds);
        let found = [t.learners_engaged, t.new_learners, t.sessions, t.learner_only_sessions, t.lessons_completed];
        assert_eq!(found, totals, "{period:?}");
        assert_eq!(t.months, months, "{period:?}");
        assert!(months.len() >= 7, "{period:?}: the records reach many months");
    }
}
