//! The tutor's lessons, read and loaded on a thread of their own, so that its first
//! screen (which shows no lesson) comes as soon however many lessons and course packs a
//! hub has: the lessons folder, the packs' folders and every file in them are read
//! there, not before the first screen.

use std::io;
use std::path::PathBuf;
use std::sync::mpsc;
use std::thread::{self, JoinHandle};

use super::courses::assemble;
use super::load::{load_without_refs, Loaded};
use crate::content::packs::Packs;
use crate::content::source::SourceTree;

/// Lessons loading on a thread of their own, started before anything else, so the
/// tutor's first screen waits for the slower of the lessons and everything else, not
/// for both one after the other.
pub struct Preload(JoinHandle<Loaded>);

impl Preload {
    pub fn start(tree: SourceTree) -> Preload {
        Preload(thread::spawn(move || load_without_refs(&tree)))
    }

    /// The lessons, once loaded.
    pub fn wait(self) -> Loaded {
        self.0.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    }
}

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
    /// The built-in lessons, when `main` started loading them before the command line
    /// was read (used only when there is no `folder`).
    pub early: Option<Preload>,
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
        // The packs first, while the built-in lessons may still be loading beside them.
        let packs = self.packs.unwrap_or_else(|| Packs::find(&self.courses));
        let tree = match &self.folder {
            Some(folder) => SourceTree::from_dir(folder)?,
            None => SourceTree::built_in_lessons(),
        };
        let own = match self.early {
            Some(preload) if self.folder.is_none() => preload.wait(),
            _ => load_without_refs(&tree),
        };
        Ok(Arrived { loaded: assemble(own, &tree, &packs, false), packs })
    }

    /// Reads and loads on a thread of its own, once [`Go::now`] lets it or the lessons
    /// are waited for: the thread is ready now, but reading a thousand lessons beside
    /// the first screen would hold it back on an old PC.
    pub fn start(self) -> (Loading, Go) {
        let (go, gate) = mpsc::channel();
        let thread = thread::spawn(move || {
            // A word from `Go` lets it begin; so does every `Go` gone (the tutor stopped
            // before its first screen, and the process is ending).
            let _ = gate.recv();
            self.read()
        });
        (Loading { thread, go: Go(go.clone()) }, Go(go))
    }
}

/// Lets the lessons' reading begin: see [`Sources::start`].
pub struct Go(mpsc::Sender<()>);

impl Go {
    /// Lets the reading begin now (once is enough).
    pub fn now(self) {
        // Nothing to tell a thread that has ended already (it panicked: `wait` says so).
        let _ = self.0.send(());
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
            early: None,
        };
        course("one");
        let (loading, go) = sources().start();
        course("two");
        go.now();
        let ids = |arrived: Arrived| arrived.loaded.catalog.courses.into_iter().map(|c| c.id).collect::<Vec<_>>();
        assert_eq!(ids(loading.wait().unwrap()), ["one", "two"]);
        let (loading, _go) = sources().start();
        course("three");
        assert_eq!(ids(loading.wait().unwrap()), ["one", "three", "two"], "waiting lets it begin");
    }
}
