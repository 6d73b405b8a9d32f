//! The tutor's lessons, read and loaded on a thread of their own, so that its first
//! screen (which shows no lesson) comes as soon however many lessons and course packs a
//! hub has: the lessons folder, the packs' folders and every file in them are read
//! there, not before the first screen.

use std::io;
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use super::courses::assemble;
use super::load::{load_without_refs, Loaded};
use crate::content::packs::Packs;
use crate::content::source::SourceTree;

/// How long after the first screen the lessons start loading, unless the learner
/// answers sooner: long enough for the screen to be drawn and its speech begun (on an
/// old PC with one core, loading beside them would hold back the first spoken words),
/// short beside the seconds a learner takes to read it.
const SETTLE: Duration = Duration::from_millis(100);

/// Where the tutor's lessons come from, as known before its first screen. Holding
/// folders, not their files, it keeps start-up from reading them: [`Sources::read`]
/// does, on the lessons' thread.
pub struct Sources {
    /// The lessons folder (`--lessons`), or `None` for the built-in lessons.
    pub folder: Option<PathBuf>,
    /// The folders given with `--courses`, searched for packs after the system's.
    pub courses: Vec<PathBuf>,
    /// The packs, when start-up had to find them already (to be sure there is a course
    /// at all): they are not looked for twice.
    pub packs: Option<Packs>,
}

/// The tutor's lessons, read and loaded: the courses (the packs' after the others, the
/// problems of both), and the packs, for their words and to name those left out.
#[derive(Debug)]
pub struct Arrived {
    pub loaded: Loaded,
    pub packs: Packs,
}

impl Sources {
    /// Reads every file and loads the courses. Fails only when the lessons folder itself
    /// cannot be read (it could be listed at start-up, but no longer).
    pub fn read(self) -> io::Result<Arrived> {
        let packs = self.packs.unwrap_or_else(|| Packs::find(&self.courses));
        let tree = match &self.folder {
            Some(folder) => SourceTree::from_dir(folder)?,
            None => SourceTree::built_in_lessons(),
        };
        Ok(Arrived { loaded: assemble(load_without_refs(&tree), &tree, &packs, false), packs })
    }

    /// Reads and loads on a thread of its own, once [`Go`] lets it or the lessons are
    /// waited for: the thread is ready now, but reading a thousand lessons beside the
    /// first screen would hold it back.
    pub fn start(self) -> (Loading, Go) {
        let go = Go::default();
        let gate = go.clone();
        let thread = thread::spawn(move || {
            gate.pass();
            self.read()
        });
        (Loading { thread, go: go.clone() }, go)
    }
}

/// Lets the lessons' reading begin (see [`Sources::start`]): a gate that opens once, at
/// once or at a set moment, and stays open.
#[derive(Clone, Default)]
pub struct Go(Arc<(Mutex<Option<Instant>>, Condvar)>);

impl Go {
    /// Lets the reading begin now.
    pub fn now(&self) {
        self.at(Instant::now());
    }

    /// Lets the reading begin in a moment ([`SETTLE`]): the first screen is out.
    pub fn soon(&self) {
        self.after(SETTLE);
    }

    /// Lets the reading begin after `delay`, unless it is let begin sooner.
    fn after(&self, delay: Duration) {
        self.at(Instant::now() + delay);
    }

    fn at(&self, moment: Instant) {
        let (opens, changed) = &*self.0;
        let mut opens = opens.lock().unwrap_or_else(PoisonError::into_inner);
        if opens.is_none_or(|set| moment < set) {
            *opens = Some(moment);
        }
        changed.notify_all();
    }

    /// Waits until the reading may begin.
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

/// The tutor's lessons on their way: see [`Sources::start`].
pub struct Loading {
    thread: JoinHandle<io::Result<Arrived>>,
    go: Go,
}

impl Loading {
    /// The lessons, once read and loaded (they begin now, if they had not).
    pub fn wait(self) -> io::Result<Arrived> {
        self.go.now();
        self.thread.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn nothing_is_read_until_the_lessons_may_begin_or_are_waited_for() {
        let lessons = tempfile::tempdir().unwrap();
        let course = |name: &str| {
            fs::create_dir(lessons.path().join(name)).unwrap();
            let text = format!("format_version = 1\nid = \"{name}\"\ntitle = \"t\"\nsummary = \"s\"\n");
            fs::write(lessons.path().join(name).join(super::super::COURSE_FILE), text).unwrap();
        };
        let sources = || Sources {
            folder: Some(lessons.path().to_path_buf()),
            courses: Vec::new(),
            packs: Some(Packs::default()),
        };
        course("one");
        let (loading, go) = sources().start();
        // Shut, the thread reads nothing: given half a second (a folder of one course
        // takes a few milliseconds), it has not finished.
        let deadline = std::time::Instant::now() + Duration::from_millis(500);
        while std::time::Instant::now() < deadline {
            assert!(!loading.thread.is_finished(), "the lessons were read before the gate opened");
            thread::yield_now();
        }
        course("two");
        go.now();
        let ids = |arrived: Arrived| arrived.loaded.catalog.courses.into_iter().map(|c| c.id).collect::<Vec<_>>();
        assert_eq!(ids(loading.wait().unwrap()), ["one", "two"]);
        let (loading, _go) = sources().start();
        course("three");
        assert_eq!(ids(loading.wait().unwrap()), ["one", "three", "two"], "waiting lets it begin");
    }

    #[test]
    fn the_gate_holds_until_its_moment_and_opens_at_it() {
        let go = Go::default();
        let (said, heard) = std::sync::mpsc::channel();
        let waiting = go.clone();
        let thread = thread::spawn(move || {
            waiting.pass();
            said.send(()).unwrap();
        });
        assert!(heard.recv_timeout(Duration::from_millis(100)).is_err(), "shut until let go");
        go.after(Duration::from_secs(3600));
        assert!(heard.recv_timeout(Duration::from_millis(100)).is_err(), "shut until the moment set");
        go.now();
        heard.recv_timeout(Duration::from_secs(30)).expect("open now");
        thread.join().unwrap();
        let by_itself = Go::default();
        by_itself.after(Duration::from_millis(1));
        let (said, heard) = std::sync::mpsc::channel();
        thread::spawn(move || {
            by_itself.pass();
            said.send(()).unwrap();
        });
        heard.recv_timeout(Duration::from_secs(30)).expect("open by itself at the moment set");
    }
}
