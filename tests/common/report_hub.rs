//! A hub with known learners, sessions and events, for the tests of `signpost report`
//! (`tests/report.rs`, `tests/report_merge.rs`, `tests/report_files.rs`), and the
//! ways they run it.
#![allow(dead_code)] // Each test file uses a different part of this.

use std::path::Path;
use std::process::Output;

use signpost::store::{PastSession, Store};

use super::common::{signpost, stderr, stdout};

/// Five learners, and what they did in January, February and March 2026.
pub fn hub(dir: &Path, name: &str) {
    let store = Store::open(dir).unwrap();
    let w = store.backfill().unwrap();
    w.hub_name(name).unwrap();
    let t = |day: &str, time: &str| format!("2026-{day}T{time}.000Z");
    let ann = w.learner("Ann", &t("01-10", "09:00:00")).unwrap();
    let bob = w.learner("Bob", &t("02-03", "09:00:00")).unwrap();
    let cy = w.learner("Cy", &t("02-10", "09:00:00")).unwrap();
    let dee = w.learner("Dee", &t("03-02", "09:00:00")).unwrap();
    w.learner("Eve", &t("02-20", "09:00:00")).unwrap(); // joined, did nothing yet
    for (who, at) in [
        (ann, t("01-12", "10:00:00")),
        (ann, t("02-02", "10:05:00")),
        (ann, t("02-02", "10:06:00")),
        (bob, t("02-03", "10:05:00")),
        (cy, "2026-02-28T23:59:59.999Z".to_owned()),
        (dee, "2026-03-01T00:00:00.000Z".to_owned()),
    ] {
        w.step(who, "email", "inbox", "open", &at).unwrap();
    }
    let pat = Some(w.champion("Pat").unwrap());
    let sessions = [
        (ann, pat, t("02-02", "10:00:00"), Some(t("02-02", "11:30:00")), Some(true), Some(true)),
        (bob, pat, t("02-03", "10:00:00"), Some(t("02-03", "11:00:00")), Some(true), Some(true)),
        (cy, pat, t("02-10", "14:00:00"), Some(t("02-10", "14:30:00")), Some(false), Some(true)),
        (ann, None, t("02-20", "10:00:00"), None, None, None), // Ann on her own
        (dee, pat, t("03-02", "10:00:00"), Some(t("03-02", "12:00:00")), Some(true), Some(false)),
    ];
    for (learner_id, champion_id, started, ended, useful, helpful) in &sessions {
        let session = PastSession {
            learner_id: *learner_id,
            champion_id: *champion_id,
            started_at: started,
            ended_at: ended.as_deref(),
            useful: *useful,
            helpful: *helpful,
        };
        w.session(&session).unwrap();
    }
    for (who, course, lesson, at) in [
        (ann, "email", "inbox", t("01-12", "10:30:00")),
        (ann, "email", "reply", t("02-02", "10:30:00")),
        (ann, "email", "scams", t("02-02", "11:00:00")), // Ann's email course: February
        (ann, "email", "reply", t("02-25", "10:00:00")), // again: not counted again
        (bob, "nhs", "app", t("02-03", "10:30:00")),
        (bob, "nhs", "order", t("02-03", "10:50:00")), // Bob's NHS course: February
        (bob, "email", "inbox", t("02-03", "10:55:00")),
        (cy, "email", "inbox", "2026-02-28T23:59:59.999Z".to_owned()),
        (dee, "email", "reply", t("03-02", "11:00:00")),
    ] {
        w.completion(who, course, lesson, &at).unwrap();
    }
    for (who, before, score, at) in [
        (ann, true, 2, t("02-02", "10:00:00")),
        (bob, true, 1, t("02-03", "10:00:00")),
        (cy, true, 3, t("02-10", "14:00:00")),
        (ann, false, 4, t("02-02", "11:30:00")),
        (bob, false, 5, t("02-03", "11:00:00")),
        (dee, true, 1, t("03-02", "10:00:00")),
    ] {
        w.confidence(who, "email", before, score, &at).unwrap();
    }
    for (level, at) in [(1, "02-02"), (1, "02-03"), (1, "02-10"), (2, "02-10"), (3, "02-10"), (1, "03-02")] {
        w.help(ann, "email", "inbox", level, &t(at, "10:10:00")).unwrap();
    }
    w.commit().unwrap();
}

pub const LESSONS: &str = "tests/report_lessons";
pub const FEBRUARY: [&str; 4] = ["--from", "2026-02-01", "--to", "2026-02-28"];

/// A second kind of hub: six learners who joined in February, each sure of themselves.
pub fn confident_hub(dir: &Path, name: &str) {
    let store = Store::open(dir).unwrap();
    let w = store.backfill().unwrap();
    w.hub_name(name).unwrap();
    for n in 0..6 {
        let id = w.learner(&format!("L{n}"), "2026-02-05T09:00:00.000Z").unwrap();
        w.step(id, "nhs", "app", "open", "2026-02-05T09:10:00.000Z").unwrap();
        if n < 5 {
            w.confidence(id, "nhs", true, 5, "2026-02-05T09:00:00.000Z").unwrap();
        }
    }
    w.commit().unwrap();
}

pub fn report(dir: &Path, args: &[&str]) -> Output {
    signpost().arg("report").arg("--data-dir").arg(dir).args(["--lessons", LESSONS]).args(args).output().unwrap()
}

pub fn ok(output: Output) -> String {
    assert!(output.status.success(), "{}", stderr(&output));
    stdout(&output)
}
