//! How long lesson and locale files take to read and check, as a hub partner writing
//! many lessons would feel it. Not a test: it prints medians beside the targets.
//!
//! ```text
//! cargo bench --bench content
//! ```
//!
//! - `signpost check` (reading the folders included) on 20, 1,000 and 5,000 generated
//!   lessons in three languages: targets 200 ms at 1,000 and 1 s at 5,000;
//! - one lesson of 10,000 and of 200,000 steps, and an .ftl file of 300,000 messages:
//!   no target but a straight line, so the time per step or message is printed too.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use signpost::commands::check;
use signpost::content::limits::{MAX_MESSAGES_PER_FILE, MAX_STEPS};
use signpost::content::source::SourceTree;
use signpost::i18n::parse_locales;
use signpost::lesson;

const LANGUAGES: [&str; 3] = ["en-GB", "cy", "pl"];
const LESSONS_PER_COURSE: usize = 50;
const STEPS_PER_LESSON: usize = 5;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn lesson_text(id: &str, steps: usize) -> String {
    let mut text = format!(
        "format_version = 1\nid = \"{id}\"\ntitle = \"{id}-title\"\nsummary = \"{id}-summary\"\nskills = [\"foundation\"]\n"
    );
    for step in 0..steps {
        let _ = write!(
            text,
            "\n[[steps]]\nid = \"s{step}\"\nkind = \"explain\"\ntitle = \"{id}-s{step}-title\"\ntext = \"{id}-s{step}-text\"\n"
        );
    }
    text
}

/// Every message a lesson uses, in Fluent, with a variable in each text.
fn messages(id: &str, steps: usize, out: &mut String) {
    let _ = writeln!(out, "{id}-title = Lesson {id}\n{id}-summary = About {id}");
    for step in 0..steps {
        let _ = writeln!(out, "{id}-s{step}-title = Step {step}\n{id}-s{step}-text = Press Enter, {{ $name }}.");
    }
}

/// `lessons` lessons in courses of 50, with every message in three languages.
fn generate(dir: &Path, lessons: usize) {
    for course in 0..lessons.div_ceil(LESSONS_PER_COURSE) {
        let folder = dir.join("lessons").join(format!("{course:04}-course"));
        fs::create_dir_all(&folder).unwrap();
        let cid = format!("c{course}");
        fs::write(
            folder.join("course.toml"),
            format!("format_version = 1\nid = \"{cid}\"\ntitle = \"{cid}-title\"\nsummary = \"{cid}-summary\"\n"),
        )
        .unwrap();
        let mut ftl = format!("{cid}-title = Course {course}\n{cid}-summary = About course {course}\n");
        let first = course * LESSONS_PER_COURSE;
        for n in first..lessons.min(first + LESSONS_PER_COURSE) {
            let id = format!("l{n}");
            fs::write(folder.join(format!("{n:05}.toml")), lesson_text(&id, STEPS_PER_LESSON)).unwrap();
            messages(&id, STEPS_PER_LESSON, &mut ftl);
        }
        for language in LANGUAGES {
            let locale = dir.join("locales").join(language);
            fs::create_dir_all(&locale).unwrap();
            fs::write(locale.join(format!("{cid}.ftl")), &ftl).unwrap();
        }
    }
}

fn check_bench(lessons: usize, runs: usize, target: Option<f64>) {
    let dir = tempfile::tempdir().unwrap();
    generate(dir.path(), lessons);
    let times = (0..runs)
        .map(|_| {
            let start = Instant::now();
            let lesson_tree = SourceTree::from_dir(&dir.path().join("lessons")).unwrap();
            let locale_tree = SourceTree::from_dir(&dir.path().join("locales")).unwrap();
            let findings = check::check(&lesson_tree, &locale_tree);
            let took = start.elapsed();
            assert_eq!(findings.errors(), 0, "the generated lessons are sound");
            took
        })
        .collect();
    let target = target.map_or(String::new(), |t| format!(" (target {t:.0} ms)"));
    println!("check, {lessons} lessons in 3 languages: median {:.1} ms of {runs}{target}", ms(median(times)));
}

fn long_lesson(steps: usize) {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("01-long");
    fs::create_dir_all(&folder).unwrap();
    fs::write(folder.join("course.toml"), "format_version = 1\nid = \"c\"\ntitle = \"t\"\nsummary = \"s\"\n").unwrap();
    fs::write(folder.join("01-long.toml"), lesson_text("long", steps)).unwrap();
    let tree = SourceTree::from_dir(dir.path()).unwrap();
    let times = (0..3)
        .map(|_| {
            let start = Instant::now();
            let loaded = lesson::load(&tree);
            let took = start.elapsed();
            let shown = loaded.catalog.courses.first().and_then(|c| c.lessons.first()).map_or(0, |l| l.steps.len());
            // A lesson longer than the limit is refused, with a problem that says why.
            match steps <= MAX_STEPS {
                true => assert_eq!(shown, steps),
                false => assert!(shown == 0 && loaded.problems.iter().any(|p| p.is_error())),
            }
            took
        })
        .collect();
    let took = median(times);
    let what = if steps <= MAX_STEPS { "loads" } else { "is refused (over the limit)" };
    println!(
        "a lesson of {steps} steps {what} in {:.1} ms ({:.2} µs a step)",
        ms(took),
        took.as_secs_f64() * 1e6 / steps as f64
    );
}

fn many_messages(count: usize) {
    let dir = tempfile::tempdir().unwrap();
    let mut ftl = String::new();
    for n in 0..count {
        let _ = writeln!(ftl, "message-{n} = Words number {n}, {{ $name }}.");
    }
    fs::create_dir_all(dir.path().join("en-GB")).unwrap();
    fs::write(dir.path().join("en-GB/big.ftl"), ftl).unwrap();
    let tree = SourceTree::from_dir(dir.path()).unwrap();
    let start = Instant::now();
    let (locales, problems) = parse_locales(&tree);
    let took = start.elapsed();
    // A file with more messages than the limit is refused, with a problem that says why.
    let what = match count <= MAX_MESSAGES_PER_FILE {
        true => {
            assert!(problems.is_empty() && locales[0].definitions.len() == count);
            "loads"
        }
        false => {
            assert!(!problems.is_empty() && locales[0].definitions.iter().all(|d| d.broken));
            "is refused (over the limit)"
        }
    };
    println!(
        "an .ftl file of {count} messages {what} in {:.1} ms ({:.2} µs a message)",
        ms(took),
        took.as_secs_f64() * 1e6 / count as f64
    );
}

fn main() {
    check_bench(20, 15, None);
    check_bench(1_000, 7, Some(200.0));
    check_bench(5_000, 3, Some(1_000.0));
    // The longest lesson and the largest file allowed, and how soon larger ones are refused.
    long_lesson(MAX_STEPS);
    long_lesson(10_000);
    long_lesson(200_000);
    many_messages(MAX_MESSAGES_PER_FILE);
    many_messages(300_000);
}
