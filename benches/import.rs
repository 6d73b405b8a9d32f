//! How long `signpost learner import` takes on a learner file of 1,000,000 step events
//! (and of 100,000, to show the time grows in a straight line), into a progress file on
//! disk that already holds the first half of them. Not a test: it prints the times
//! beside the target (10 s for 1,000,000).
//!
//! ```text
//! cargo bench --bench import
//! ```

use std::time::{Duration, Instant};

use signpost::learner_data::record::{LearnerRecord, StepRow};
use signpost::learner_data::transfer::{self, LearnerFile, FORMAT, FORMAT_VERSION};
use signpost::lesson::Catalog;
use signpost::store::Store;

fn file(events: usize) -> LearnerFile {
    let step_event = (0..events)
        .map(|n| StepRow {
            id: 0,
            course_id: "email".into(),
            lesson_id: format!("lesson-{}", n % 40),
            step_id: format!("step-{}", n % 25),
            // A step a minute, in time order, as a learner's file has them.
            at: format!(
                "{}-{:02}-{:02}T{:02}:{:02}:00.000Z",
                2025 + n / (12 * 28 * 24 * 60),
                1 + n / (28 * 24 * 60) % 12,
                1 + n / (24 * 60) % 28,
                n / 60 % 24,
                n % 60
            ),
        })
        .collect();
    LearnerFile {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        exported_at: "2026-01-01T00:00:00.000Z".into(),
        exported_by: "bench".into(),
        learner: LearnerRecord {
            name: "Ann".into(),
            created_at: "2025-01-01T00:00:00.000Z".into(),
            step_event,
            ..LearnerRecord::default()
        },
    }
}

/// Imports half the events, then times importing the whole file over them.
fn run(events: usize) -> Duration {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let whole = file(events);
    let mut half = whole.clone();
    half.learner.step_event.truncate(events / 2);
    let path = dir.path().join("ann.json");
    std::fs::write(&path, serde_json::to_string(&half).unwrap()).unwrap();
    let catalog = Catalog::default();
    transfer::import(&store, &catalog, &path, None, &mut |_, _| {}).unwrap();
    std::fs::write(&path, serde_json::to_string(&whole).unwrap()).unwrap();
    let start = Instant::now();
    let (_, summary) = transfer::import(&store, &catalog, &path, None, &mut |_, _| {}).unwrap();
    let took = start.elapsed();
    assert_eq!(summary.records, events - events / 2, "only the new half is added");
    took
}

fn main() {
    let small = run(100_000);
    let large = run(1_000_000);
    println!("learner import, 100,000 events: {:.2} s", small.as_secs_f64());
    println!(
        "learner import, 1,000,000 events: {:.2} s (target 10 s); {:.1} times the 100,000 (a straight line is 10)",
        large.as_secs_f64(),
        large.as_secs_f64() / small.as_secs_f64()
    );
}
