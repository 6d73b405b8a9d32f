//! How long `signpost report` takes on a busy hub's records: 10,000 learners and
//! 1,000,000 steps over two years, then 100,000 learners and 10,000,000 steps, with
//! sessions, lesson completions, confidence answers and help. Not a test: it prints the
//! median of several runs beside the target (100 ms and 1 s), for a person to read. It
//! also times the files for people: the spreadsheet with its row for each learner
//! (`--xlsx`) and the one-page summary.
//!
//! ```text
//! cargo bench --bench report            # both sizes
//! cargo bench --bench report -- small   # only 10,000 learners
//! SIGNPOST_REPORT_DATA=/var/tmp/hubs cargo bench --bench report   # records kept, built once
//! ```

use std::path::PathBuf;
use std::time::{Duration, Instant};

use signpost::content::source::SourceTree;
use signpost::i18n::{base_language, I18n};
use signpost::lesson;
use signpost::report::period::{Date, Period};
use signpost::report::totals::Totals;
use signpost::report::{csv, export, summary, xlsx, Report};
use signpost::store::{PastSession, Store};

/// A hub's size: learners, steps and sessions, and the target for one report.
#[derive(Clone, Copy)]
struct Size {
    learners: u64,
    steps: u64,
    sessions: u64,
    target_ms: f64,
}

const SMALL: Size = Size { learners: 10_000, steps: 1_000_000, sessions: 50_000, target_ms: 100.0 };
const LARGE: Size = Size { learners: 100_000, steps: 10_000_000, sessions: 500_000, target_ms: 1000.0 };
/// Two years, from 2025-01-01.
const SPAN_SECONDS: u64 = 2 * 365 * 24 * 3600;
const RUNS: usize = 15;
/// The file that says a kept folder's records were built to the end.
const BUILT: &str = "built";

/// A small, fixed pseudo-random sequence (xorshift), so every run builds the same data.
struct Random(u64);

impl Random {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// Saved times (`2025-03-04T05:06:07.000Z`) for seconds after 2025-01-01, with the date
/// of each day worked out once.
struct Clock(Vec<String>);

impl Clock {
    fn new() -> Clock {
        let mut date = jiff::civil::date(2025, 1, 1);
        let mut days = Vec::new();
        for _ in 0..=SPAN_SECONDS / 86_400 {
            days.push(date.to_string());
            date = date.tomorrow().unwrap();
        }
        Clock(days)
    }

    fn at(&self, seconds: u64) -> String {
        let s = seconds % 86_400;
        format!("{}T{:02}:{:02}:{:02}.000Z", self.0[(seconds / 86_400) as usize], s / 3600, s / 60 % 60, s % 60)
    }
}

fn build(store: &Store, lessons: &[(String, String)], size: Size) {
    let Size { learners, steps, sessions, .. } = size;
    let clock = Clock::new();
    let mut random = Random(0x2545_f491_4f6c_dd1d);
    let w = store.backfill().unwrap();
    w.hub_name("Benchmark Hub").unwrap();
    let ids: Vec<i64> = (0..learners)
        .map(|n| w.learner(&format!("Learner {n}"), &clock.at(n * (SPAN_SECONDS / learners))).unwrap())
        .collect();
    // Steps happen in time order, as they do in a real hub.
    for n in 0..steps {
        let at = clock.at(n * (SPAN_SECONDS / steps));
        let who = ids[random.below(learners) as usize];
        let (course, lesson) = &lessons[random.below(lessons.len() as u64) as usize];
        w.step(who, course, lesson, "step", &at).unwrap();
    }
    let champion = w.champion("Pat").unwrap();
    for n in 0..sessions {
        let start = n * (SPAN_SECONDS / sessions);
        let ended = clock.at(start + 1800 + random.below(3600));
        let answered = random.below(4) > 0;
        let session = PastSession {
            learner_id: ids[random.below(learners) as usize],
            champion_id: (random.below(3) > 0).then_some(champion),
            started_at: &clock.at(start),
            ended_at: (random.below(10) > 0).then_some(ended.as_str()),
            useful: answered.then(|| random.below(5) > 0),
            helpful: answered.then(|| random.below(6) > 0),
        };
        w.session(&session).unwrap();
    }
    // Each learner works through the lessons in order, some further than others; a few
    // lessons are done twice.
    for (n, who) in ids.iter().enumerate() {
        let joined = n as u64 * (SPAN_SECONDS / learners);
        let done = random.below(lessons.len() as u64 + 1) as usize;
        for (i, (course, lesson)) in lessons.iter().take(done).enumerate() {
            let at = (joined + (i as u64 + 1) * 86_400 * 3).min(SPAN_SECONDS - 1);
            w.completion(*who, course, lesson, &clock.at(at)).unwrap();
            if random.below(10) == 0 {
                w.completion(*who, course, lesson, &clock.at((at + 3600).min(SPAN_SECONDS - 1))).unwrap();
            }
            if random.below(3) == 0 {
                w.help(*who, course, lesson, 1 + random.below(3) as u8, &clock.at(at)).unwrap();
            }
        }
        let course = &lessons[0].0;
        w.confidence(*who, course, true, 1 + random.below(3) as u8, &clock.at(joined)).unwrap();
        if done > 3 {
            let at = clock.at((joined + 86_400 * 30).min(SPAN_SECONDS - 1));
            w.confidence(*who, course, false, 3 + random.below(3) as u8, &at).unwrap();
        }
    }
    w.commit().unwrap();
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let small_only = std::env::args().any(|a| a == "small");
    for size in [SMALL, LARGE].into_iter().take(if small_only { 1 } else { 2 }) {
        run(size);
    }
}

/// Where the hub's records are: a new temporary folder, or with `SIGNPOST_REPORT_DATA`
/// set, a folder of that name for each size, kept and used again by the next run (the
/// larger hub takes minutes to build).
fn data_folder(size: Size) -> (Option<tempfile::TempDir>, PathBuf, bool) {
    match std::env::var_os("SIGNPOST_REPORT_DATA") {
        Some(top) => {
            let dir = PathBuf::from(top).join(format!("{}-learners", size.learners));
            // Written once the build has committed: a build cut short is done again.
            let built = dir.join(BUILT).exists();
            std::fs::create_dir_all(&dir).unwrap();
            (None, dir, built)
        }
        None => {
            let temp = tempfile::tempdir().unwrap();
            let dir = temp.path().to_path_buf();
            (Some(temp), dir, false)
        }
    }
}

fn run(size: Size) {
    let (_temp, dir, built) = data_folder(size);
    let catalog = lesson::load(&SourceTree::built_in_lessons()).catalog;
    let lessons: Vec<(String, String)> =
        catalog.courses.iter().flat_map(|c| c.lessons.iter().map(|l| (c.id.clone(), l.id.clone()))).collect();
    if built {
        println!("using the records kept in {}", dir.display());
    } else {
        let started = Instant::now();
        build(&Store::open(&dir).unwrap(), &lessons, size);
        println!(
            "built {} learners, {} steps, {} sessions in {:.1} s",
            size.learners,
            size.steps,
            size.sessions,
            started.elapsed().as_secs_f64()
        );
        std::fs::write(dir.join(BUILT), "").unwrap();
    }
    let i18n = I18n::built_in(&[base_language()]);
    let quarter = Period { from: Date::parse("2026-01-01"), to: Date::parse("2026-03-31") };
    for (name, period) in [("all time", Period::default()), ("one quarter", quarter)] {
        let mut times = Vec::new();
        let mut report = Report::default();
        for _ in 0..RUNS {
            let start = Instant::now();
            // What `signpost report --csv --export` does: open, count, and write all three.
            let store = Store::open_to_report(&dir).unwrap();
            let totals = Totals::gather(&store, &catalog, &period).unwrap();
            report = Report { hubs: vec![store.report_hub_name().unwrap()], period, totals, ..Report::default() };
            let text = report.text(&i18n, false).join("\n");
            let csv = csv::render(&report, false);
            let json = export::to_json(&report, false);
            std::hint::black_box((text, csv, json));
            times.push(start.elapsed());
        }
        let mut files = Vec::new();
        let xlsx_path = dir.join("report.xlsx");
        for _ in 0..RUNS {
            let start = Instant::now();
            // What `--xlsx --summary` add: the learners' rows, the spreadsheet, the page.
            let store = Store::open(&dir).unwrap();
            let rows = store.report_learner_rows(&period.window(), &signpost::report::totals::course_lessons(&catalog));
            let rows = rows.unwrap();
            let sheets = xlsx::Sheets { report: &report, i18n: &i18n, publish: false, learners: Ok(&rows) };
            xlsx::write(&xlsx_path, &sheets).unwrap();
            std::hint::black_box(summary::render(&report, &i18n, false));
            files.push(start.elapsed());
        }
        println!("spreadsheet and summary, {name}: median {:.1} ms", median(files).as_secs_f64() * 1000.0);
        let t = &report.totals;
        println!(
            "report of {} learners, {} steps, {name}: median {:.1} ms of {RUNS} runs (target {:.0} ms; learners engaged {}, lessons completed {}, courses completed {})",
            size.learners,
            size.steps,
            median(times).as_secs_f64() * 1000.0,
            size.target_ms,
            t.learners_engaged,
            t.lessons_completed,
            t.courses_completed,
        );
    }
}
