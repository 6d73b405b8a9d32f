//! The kill loop (issue 21): the real tutor, fed a learner who goes on and asks for help
//! through the first courses, is killed with SIGKILL at a different moment each run. After
//! each kill, the progress file must open and its rows must agree with each other: every
//! finished lesson has its completion event and every completion its finished lesson, and
//! the step a lesson is saved at was recorded as reached.
//!
//! `cargo bench --bench kill_loop` runs 300 kills (set `KILL_LOOP_RUNS` for more or fewer)
//! and exits 1 if any record disagrees with itself. It is slow (about a minute), so it is
//! a bench, not a test.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use rusqlite::Connection;

/// The moments to kill at, spread from start-up to deep into the lessons.
const LONGEST_MS: u64 = 1_500;

fn main() {
    let runs: u64 = std::env::var("KILL_LOOP_RUNS").ok().and_then(|n| n.parse().ok()).unwrap_or(300);
    let binary = env!("CARGO_BIN_EXE_signpost");
    // A learner who presses Enter where there is nothing to choose and asks for help
    // everywhere else: enough input to go through many steps and finish lessons.
    let mut script = String::from("Ann\n");
    for _ in 0..400 {
        script.push_str("\nhelp\n2\n");
    }
    let mut disagree = Vec::new();
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    for run in 0..runs {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let wait = Duration::from_millis(seed % LONGEST_MS);
        let dir = tempfile::tempdir().expect("a temporary folder");
        let mut child = Command::new(binary)
            .args(["--plain", "--speech", "off", "--data-dir"])
            .arg(dir.path())
            .env("SIGNPOST_SCREEN_READER", "none")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("signpost starts");
        // The input is written from a thread: a tutor killed early must not block us.
        let mut input = child.stdin.take().expect("stdin");
        let text = script.clone();
        let writer = std::thread::spawn(move || {
            let _ = input.write_all(text.as_bytes());
        });
        std::thread::sleep(wait);
        let _ = child.kill();
        let _ = child.wait();
        let _ = writer.join();
        if let Some(problem) = problems(dir.path()) {
            disagree.push(format!("run {run} (killed after {wait:?}): {problem}"));
        }
    }
    println!("kill loop: {runs} runs killed with SIGKILL, {} with records that disagree (target: 0)", disagree.len());
    for line in &disagree {
        println!("  {line}");
    }
    if !disagree.is_empty() {
        std::process::exit(1);
    }
}

/// What disagrees in the progress file in `dir`, if anything (no file yet is fine: it
/// was killed before it made one).
fn problems(dir: &std::path::Path) -> Option<String> {
    let path = dir.join("signpost.db");
    if !path.exists() {
        return None;
    }
    let db = match Connection::open(&path) {
        Ok(db) => db,
        Err(e) => return Some(format!("the file does not open: {e}")),
    };
    let checks = [
        (
            "a finished lesson with no completion event",
            "SELECT count(*) FROM lesson_progress p WHERE p.completed_at IS NOT NULL AND NOT EXISTS
             (SELECT 1 FROM completion_event c WHERE c.learner_id = p.learner_id
              AND c.course_id = p.course_id AND c.lesson_id = p.lesson_id)",
        ),
        (
            "a completion event with no finished lesson",
            "SELECT count(*) FROM completion_event c WHERE NOT EXISTS
             (SELECT 1 FROM lesson_progress p WHERE p.learner_id = c.learner_id AND p.course_id = c.course_id
              AND p.lesson_id = c.lesson_id AND p.completed_at IS NOT NULL)",
        ),
        (
            "a lesson saved at a step never recorded as reached",
            "SELECT count(*) FROM lesson_progress p WHERE NOT EXISTS
             (SELECT 1 FROM step_event s WHERE s.learner_id = p.learner_id AND s.course_id = p.course_id
              AND s.lesson_id = p.lesson_id AND s.step_id = p.step_id)",
        ),
    ];
    let integrity: String = match db.query_row("PRAGMA quick_check", [], |r| r.get(0)) {
        Ok(text) => text,
        Err(e) => return Some(format!("the check could not run: {e}")),
    };
    if integrity != "ok" {
        return Some(format!("damaged: {integrity}"));
    }
    for (what, sql) in checks {
        match db.query_row(sql, [], |r| r.get::<_, i64>(0)) {
            Ok(0) => {}
            Ok(n) => return Some(format!("{n} x {what}")),
            // A table not made yet: killed during the first start.
            Err(e) if e.to_string().contains("no such table") => return None,
            Err(e) => return Some(format!("{what}: {e}")),
        }
    }
    None
}
