//! The harness for tests/orca.rs: a private desktop with Orca (`session.sh`), tutor
//! windows on it, and what Orca said, read from its debug log.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// How long Orca may take to say something (a debug build on a busy 2-core machine).
const PATIENCE: Duration = Duration::from_secs(30);
/// How often to look at Orca's log while waiting.
const POLL: Duration = Duration::from_millis(100);
/// How long Orca's log stays the same before Orca counts as idle.
const QUIET: Duration = Duration::from_millis(500);
/// Orca's log line when it has handled a window coming to the front.
const ACTIVATED: &str = "^^^^^ PROCESS OBJECT EVENT window:activate ^^^^^";
/// The exit status of session.sh when this machine cannot run Orca.
const SKIP: i32 = 77;

pub fn script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/orca/session.sh")
}

pub fn output_text(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

/// One private desktop with Orca, shared by every test here (starting Orca takes
/// seconds). session.sh stops it, and removes its folder, when this process ends.
pub struct Desktop {
    dir: PathBuf,
}

static DESKTOP: OnceLock<Result<Desktop, String>> = OnceLock::new();
/// One tutor window at a time: Orca follows the focused window only.
static TURN: Mutex<()> = Mutex::new(());

impl Desktop {
    /// The desktop, or `None` (having said why) when this machine cannot run Orca.
    pub fn get() -> Option<(&'static Desktop, MutexGuard<'static, ()>)> {
        let turn = TURN.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        match DESKTOP.get_or_init(Desktop::start) {
            Ok(desktop) => Some((desktop, turn)),
            Err(reason) => {
                eprintln!("SKIPPED: Orca cannot run here: {reason}");
                None
            }
        }
    }

    pub fn start() -> Result<Desktop, String> {
        let dir = std::env::temp_dir().join(format!("signpost-orca-{}", std::process::id()));
        let output = Command::new(script())
            .arg("start")
            .arg(&dir)
            .arg(std::process::id().to_string())
            .output()
            .map_err(|e| format!("cannot run {}: {e}", script().display()))?;
        match output.status.code() {
            Some(0) => Ok(Desktop { dir }),
            Some(SKIP) => Err(output_text(&output).trim().to_owned()),
            _ => panic!("the Orca desktop failed to start:\n{}", output_text(&output)),
        }
    }

    /// Waits until Orca's log has not grown for [`QUIET`]: it has handled every event.
    pub fn wait_until_quiet(&self, tutor: &Tutor) {
        let start = Instant::now();
        let (mut length, mut since) = (self.log().len(), Instant::now());
        while since.elapsed() < QUIET {
            assert!(start.elapsed() < PATIENCE, "Orca never went quiet.\nScreen:\n{}", tutor.text());
            sleep(POLL);
            let now = self.log().len();
            if now != length {
                (length, since) = (now, Instant::now());
            }
        }
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("orca.log")).unwrap_or_default()
    }

    /// Everything Orca has said so far, one entry per utterance, spaces squeezed.
    pub fn said(&self) -> Vec<String> {
        utterances(&self.log())
    }

    /// Opens a terminal titled `title` running the tutor on a fresh data folder, and
    /// waits until Orca has moved to it and the tutor shows `first_page`.
    pub fn open(&'static self, title: &str, options: &[&str], first_page: &str) -> Tutor {
        let data = tempfile::tempdir().expect("a data folder");
        let binary = env!("CARGO_BIN_EXE_signpost");
        let (before, log_before) = (self.said().len(), self.log().len());
        let output = Command::new(script())
            .args(["open"])
            .arg(&self.dir)
            .arg(title)
            .args(["env", "-u", "LANG", "-u", "LANGUAGE", "-u", "LC_ALL", "-u", "LC_MESSAGES", "-u", "NO_COLOR"])
            .arg(binary)
            .args(["--speech", "off", "--data-dir"])
            .arg(data.path())
            .args(options)
            .output()
            .expect("session.sh runs");
        assert!(output.status.success(), "the terminal did not open:\n{}", output_text(&output));
        let pid = String::from_utf8_lossy(&output.stdout).trim().to_owned();
        let tutor = Tutor { desktop: self, title: title.to_owned(), pid, _data: data };
        // The tutor starts once Orca has followed the new window and has nothing left to
        // do, as a learner's terminal is followed before they type `signpost`.
        let frame = format!("{title} frame");
        tutor.wait_until("Orca to move to the new window", before, |heard| {
            heard.iter().any(|u| u.contains(&frame))
                || self.log().get(log_before..).is_some_and(|log| log.contains(ACTIVATED))
        });
        self.wait_until_quiet(&tutor);
        let go = tutor.session(&["go", title]);
        assert!(go.status.success(), "the tutor did not start:\n{}", output_text(&go));
        tutor.wait_for_text(first_page);
        tutor
    }
}

/// The utterances in an Orca debug log: `SPEECH OUTPUT: 'text'` followed by the voice,
/// where the text may run over several lines.
pub fn utterances(log: &str) -> Vec<String> {
    let mut said = Vec::new();
    let mut rest = log;
    while let Some(start) = rest.find("SPEECH OUTPUT: '") {
        rest = &rest[start + "SPEECH OUTPUT: '".len()..];
        // The text ends at the quote before the voice ("{" or "[") or the line's end.
        let end = rest
            .match_indices('\'')
            .find(|(i, _)| {
                let after = rest[i + 1..].trim_start_matches(' ');
                after.starts_with('{') || after.starts_with('[') || after.starts_with('\n') || after.is_empty()
            })
            .map_or(rest.len(), |(i, _)| i);
        said.push(rest[..end].split_whitespace().collect::<Vec<_>>().join(" "));
        rest = &rest[end..];
    }
    said
}

/// A tutor running in its own terminal window; closing it ends the tutor.
pub struct Tutor {
    desktop: &'static Desktop,
    pub title: String,
    pid: String,
    _data: tempfile::TempDir,
}

impl Tutor {
    pub fn session(&self, args: &[&str]) -> Output {
        Command::new(script()).arg(args[0]).arg(&self.desktop.dir).args(&args[1..]).output().expect("session.sh runs")
    }

    /// The terminal's text as Orca gets it, with the cursor's row and column last.
    pub fn text(&self) -> String {
        output_text(&self.session(&["text", &self.title]))
    }

    /// Waits until `done` (which is given everything Orca said since `since`) is true.
    pub fn wait_until(&self, what: &str, since: usize, mut done: impl FnMut(&[String]) -> bool) -> Vec<String> {
        let start = Instant::now();
        loop {
            let heard = self.desktop.said().split_off(since);
            if done(&heard) {
                return heard;
            }
            if start.elapsed() > PATIENCE {
                panic!("waited {PATIENCE:?} for {what}.\nOrca said: {heard:#?}\nScreen:\n{}", self.text());
            }
            sleep(POLL);
        }
    }

    pub fn wait_for_text(&self, text: &str) {
        self.wait_until(&format!("the screen to show {text:?}"), self.desktop.said().len(), |_| {
            self.text().contains(text)
        });
    }

    pub fn xdotool(&self, args: &[&str]) {
        let mut command = Command::new("xdotool");
        for line in std::fs::read_to_string(self.desktop.dir.join("env")).unwrap_or_default().lines() {
            if let Some((name, value)) = line.split_once('=') {
                command.env(name, value);
            }
        }
        let output = command.args(args).output().expect("xdotool runs");
        assert!(output.status.success(), "xdotool {args:?}: {}", output_text(&output));
    }

    /// Types `text` and waits until the screen shows `shown`.
    pub fn type_text(&self, text: &str, shown: &str) {
        self.xdotool(&["type", "--delay", "100", text]);
        self.wait_for_text(shown);
    }

    /// Presses `key` (an X key name such as Return, Escape, Down or h) and waits until
    /// Orca has said every one of `expected`, in order. Returns all it said after the key.
    pub fn hears(&self, key: &str, expected: &[&str]) -> Vec<String> {
        let before = self.desktop.said().len();
        self.xdotool(&["key", key]);
        self.wait_until(&format!("Orca to say {expected:?} after {key}"), before, |heard| {
            contains_in_order(&heard.join(" "), expected)
        })
    }
}

impl Drop for Tutor {
    fn drop(&mut self) {
        // Closing the terminal hangs up the tutor's line, which ends it.
        let _ = Command::new("kill").args(["--", &format!("-{}", self.pid)]).output();
    }
}

/// Whether `text` has each of `parts`, one after another.
pub fn contains_in_order(text: &str, parts: &[&str]) -> bool {
    let mut rest = text;
    for part in parts {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    true
}

/// Orca speaks a colon before a space as "colon" and ">" as "greater" at its default
/// punctuation level. (A time such as 9:15 is a lesson's words, not layout.)
pub fn assert_no_noise(heard: &[String]) {
    for utterance in heard {
        let colon =
            utterance.match_indices(':').any(|(i, _)| !utterance[i + 1..].starts_with(|c: char| c.is_ascii_digit()));
        assert!(!colon && !utterance.contains('>'), "read out as noise: {utterance:?}\nAll: {heard:#?}");
    }
}
