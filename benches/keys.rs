//! How long from a key to the next frame in the full-screen view, the save of the
//! learner's step included, with a real progress file on disk. Not a test: it prints
//! the median and the 99th percentile beside the targets (1 ms and 4 ms).
//!
//! ```text
//! cargo bench --bench keys
//! ```
//!
//! The real loop (`shell::run`) runs with its keys from a list: the clock starts when a
//! key is handed over and stops when the loop asks for the next one, so it covers the
//! engine, the save, the view and the drawing (into ratatui's test backend: the bytes
//! a real terminal would be sent are not written anywhere).
//!
//! On a machine busy with other work, the slowest keys are the ones the kernel made wait
//! for a CPU (4 ms and 8 ms: whole time slices of other programs), which says nothing
//! about Signpost. So each key's time is also given less that wait, read from the
//! kernel's scheduler statistics (`/proc/thread-self/schedstat`, where there are any):
//! time spent waiting for the disk still counts.

use std::collections::VecDeque;
use std::io;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use signpost::content::source::SourceTree;
use signpost::i18n::{base_language, I18n, Mode};
use signpost::lesson;
use signpost::shell::{self, app::App};
use signpost::speech::Voice;
use signpost::store::Store;
use signpost::ui::tui::{Events, Look, Tui};

const KEYS: usize = 2_000;

/// Keys from a list, timing from each key handed over to the next asked for.
struct Timed<'a> {
    keys: VecDeque<Event>,
    /// When the key was handed over, and how long this thread had waited for a CPU by then.
    handed: Option<(Instant, Option<Duration>)>,
    times: &'a mut Vec<Duration>,
    /// Each key's time less its wait for a CPU; empty where the kernel does not say.
    on_cpu: &'a mut Vec<Duration>,
}

/// How long this thread has waited, in all, for a CPU while it was ready to run (the
/// second figure of `/proc/thread-self/schedstat`); `None` without scheduler statistics.
fn waited_for_cpu() -> Option<Duration> {
    let stats = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stats.split_whitespace().nth(1)?.parse().ok().map(Duration::from_nanos)
}

impl Events for Timed<'_> {
    fn next_event(&mut self, _timeout: Duration) -> io::Result<Option<Event>> {
        if let Some((handed, waited_before)) = self.handed.take() {
            let took = handed.elapsed();
            self.times.push(took);
            if let (Some(before), Some(after)) = (waited_before, waited_for_cpu()) {
                self.on_cpu.push(took.saturating_sub(after.saturating_sub(before)));
            }
        }
        let key = self.keys.pop_front();
        if key.is_some() {
            let waited = waited_for_cpu();
            self.handed = Some((Instant::now(), waited));
        }
        Ok(key)
    }

    fn alive(&mut self) -> bool {
        !self.keys.is_empty()
    }
}

fn percentile(times: &[Duration], p: usize) -> f64 {
    times[(times.len() * p / 100).min(times.len() - 1)].as_secs_f64() * 1000.0
}

fn run(width: u16, height: u16) {
    let dir = tempfile::tempdir().unwrap();
    let catalog = lesson::load(&SourceTree::built_in_lessons()).catalog;
    let store = Store::open(dir.path()).unwrap();
    store.add_learner("Ann").unwrap();
    let mut i18n = I18n::built_in(&[base_language()]);
    i18n.set_mode(Mode::Tui);
    let voice = Voice::start(false, None).unwrap();
    let mut app = App::new(&catalog, i18n, SourceTree::built_in_locales(), store, voice).unwrap();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let stop = AtomicBool::new(false);
    // Enter chooses Ann, opens the next lesson and goes on through its steps, saving each;
    // now and then Down moves the highlight, as a learner looking at the choices does.
    let key = |code| Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    let keys = (0..KEYS).map(|n| key(if n % 7 == 6 { KeyCode::Down } else { KeyCode::Enter })).collect();
    let (mut times, mut on_cpu) = (Vec::new(), Vec::new());
    let events = Timed { keys, handed: None, times: &mut times, on_cpu: &mut on_cpu };
    shell::run(&mut app, &mut Tui::new(&mut terminal, events, Look { colour: true }, &stop)).unwrap();
    times.sort();
    on_cpu.sort();
    println!(
        "key to frame at {width}x{height}, saves included: median {:.3} ms (target 1 ms), 99th percentile {:.3} ms (target 4 ms), slowest {:.3} ms, {} keys",
        percentile(&times, 50),
        percentile(&times, 99),
        percentile(&times, 100),
        times.len()
    );
    if on_cpu.len() == times.len() {
        println!(
            "  less the time spent waiting for a CPU (other programs): median {:.3} ms, 99th percentile {:.3} ms, slowest {:.3} ms",
            percentile(&on_cpu, 50),
            percentile(&on_cpu, 99),
            percentile(&on_cpu, 100)
        );
    }
}

fn main() {
    run(80, 25);
    run(200, 60);
}
