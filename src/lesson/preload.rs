//! The lessons loading on a thread of their own while the tutor starts, and the gate
//! that holds that thread back until the first screen is out.

use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant};

use super::load::{load_without_refs, Loaded};
use crate::content::source::SourceTree;

/// Lessons loading on a thread of their own, made before anything else but held at a
/// gate until the first screen is out ([`Gate`]): on two cores, loading beside the start
/// had made the first screen a fifth slower, and the learner takes seconds to read it
/// and answer, time enough to load any number of lessons.
pub struct Preload {
    thread: std::thread::JoinHandle<Loaded>,
    gate: Gate,
}

/// Holds back what waits at it until it opens, at once or at a set moment; once open it
/// stays open.
#[derive(Clone, Default)]
pub struct Gate(Arc<(Mutex<Option<Instant>>, Condvar)>);

impl Gate {
    /// Lets whatever waits at the gate go on now.
    pub fn open(&self) {
        self.open_at(Instant::now());
    }

    /// Lets whatever waits at the gate go on after `delay`, unless it opens sooner.
    pub fn open_after(&self, delay: Duration) {
        self.open_at(Instant::now() + delay);
    }

    fn open_at(&self, moment: Instant) {
        let (opens, changed) = &*self.0;
        let mut opens = opens.lock().unwrap_or_else(PoisonError::into_inner);
        if opens.is_none_or(|set| moment < set) {
            *opens = Some(moment);
        }
        changed.notify_all();
    }

    /// Waits until the gate is open.
    fn pass(&self) {
        let (opens, changed) = &*self.0;
        let mut opens = opens.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            opens = match *opens {
                None => changed.wait(opens).unwrap_or_else(PoisonError::into_inner),
                Some(moment) => match moment.checked_duration_since(Instant::now()) {
                    None => return,
                    Some(left) => changed.wait_timeout(opens, left).unwrap_or_else(PoisonError::into_inner).0,
                },
            };
        }
    }
}

impl Preload {
    pub fn start(tree: SourceTree) -> Preload {
        let gate = Gate::default();
        let waiting = gate.clone();
        let thread = std::thread::spawn(move || {
            waiting.pass();
            load_without_refs(&tree)
        });
        Preload { thread, gate }
    }

    /// The gate that lets the loading start (it starts anyway when waited for).
    pub fn gate(&self) -> Gate {
        self.gate.clone()
    }

    /// The lessons, once loaded (they start loading now if the gate is still shut).
    pub fn wait(self) -> Loaded {
        self.gate.open();
        self.thread.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gate_holds_until_it_opens_and_a_wait_opens_it() {
        let gate = Gate::default();
        let (said, heard) = std::sync::mpsc::channel();
        let waiting = gate.clone();
        let thread = std::thread::spawn(move || {
            waiting.pass();
            said.send(()).unwrap();
        });
        assert!(heard.recv_timeout(Duration::from_millis(100)).is_err(), "shut until opened");
        gate.open_after(Duration::from_secs(3600));
        assert!(heard.recv_timeout(Duration::from_millis(100)).is_err(), "shut until the moment set");
        gate.open();
        heard.recv_timeout(Duration::from_secs(30)).expect("open now");
        thread.join().unwrap();
        gate.pass();
    }

    #[test]
    fn a_gate_opens_by_itself_at_the_moment_set() {
        let gate = Gate::default();
        gate.open_after(Duration::from_millis(1));
        gate.pass();
        let preload = Preload::start(SourceTree::default());
        assert!(preload.wait().catalog.courses.is_empty(), "waiting opens the gate");
    }
}
