//! The real Orca screen reader reading the full-screen view in MATE Terminal, as a blind
//! learner hears it. `tests/orca/session.sh` brings up a private desktop (Xvfb, D-Bus,
//! the AT-SPI bus, speech-dispatcher into a null sound card, Orca with a debug log);
//! keys go in with xdotool, and what Orca says is read from its log ("SPEECH OUTPUT").
//!
//! Orca reads a terminal from the first changed line down to the line with the cursor,
//! so these tests catch a page that is drawn but never heard. Without the packages
//! (xvfb dbus-x11 at-spi2-core orca mate-terminal xdotool speech-dispatcher espeak-ng)
//! each test says why it skipped and passes; once Orca runs, a wrong word fails.

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

fn script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/orca/session.sh")
}

fn output_text(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

/// One private desktop with Orca, shared by every test here (starting Orca takes
/// seconds). session.sh stops it, and removes its folder, when this process ends.
struct Desktop {
    dir: PathBuf,
}

static DESKTOP: OnceLock<Result<Desktop, String>> = OnceLock::new();
/// One tutor window at a time: Orca follows the focused window only.
static TURN: Mutex<()> = Mutex::new(());

impl Desktop {
    /// The desktop, or `None` (having said why) when this machine cannot run Orca.
    fn get() -> Option<(&'static Desktop, MutexGuard<'static, ()>)> {
        let turn = TURN.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        match DESKTOP.get_or_init(Desktop::start) {
            Ok(desktop) => Some((desktop, turn)),
            Err(reason) => {
                eprintln!("SKIPPED: Orca cannot run here: {reason}");
                None
            }
        }
    }

    fn start() -> Result<Desktop, String> {
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
    fn wait_until_quiet(&self, tutor: &Tutor) {
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

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("orca.log")).unwrap_or_default()
    }

    /// Everything Orca has said so far, one entry per utterance, spaces squeezed.
    fn said(&self) -> Vec<String> {
        utterances(&self.log())
    }

    /// Opens a terminal titled `title` running the tutor on a fresh data folder, and
    /// waits until Orca has moved to it and the tutor shows `first_page`.
    fn open(&'static self, title: &str, options: &[&str], first_page: &str) -> Tutor {
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
fn utterances(log: &str) -> Vec<String> {
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
struct Tutor {
    desktop: &'static Desktop,
    title: String,
    pid: String,
    _data: tempfile::TempDir,
}

impl Tutor {
    fn session(&self, args: &[&str]) -> Output {
        Command::new(script()).arg(args[0]).arg(&self.desktop.dir).args(&args[1..]).output().expect("session.sh runs")
    }

    /// The terminal's text as Orca gets it, with the cursor's row and column last.
    fn text(&self) -> String {
        output_text(&self.session(&["text", &self.title]))
    }

    /// Waits until `done` (which is given everything Orca said since `since`) is true.
    fn wait_until(&self, what: &str, since: usize, mut done: impl FnMut(&[String]) -> bool) -> Vec<String> {
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

    fn wait_for_text(&self, text: &str) {
        self.wait_until(&format!("the screen to show {text:?}"), self.desktop.said().len(), |_| {
            self.text().contains(text)
        });
    }

    fn xdotool(&self, args: &[&str]) {
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
    fn type_text(&self, text: &str, shown: &str) {
        self.xdotool(&["type", "--delay", "100", text]);
        self.wait_for_text(shown);
    }

    /// Presses `key` (an X key name such as Return, Escape, Down or h) and waits until
    /// Orca has said every one of `expected`, in order. Returns all it said after the key.
    fn hears(&self, key: &str, expected: &[&str]) -> Vec<String> {
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
fn contains_in_order(text: &str, parts: &[&str]) -> bool {
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
fn assert_no_noise(heard: &[String]) {
    for utterance in heard {
        let colon =
            utterance.match_indices(':').any(|(i, _)| !utterance[i + 1..].starts_with(|c: char| c.is_ascii_digit()));
        assert!(!colon && !utterance.contains('>'), "read out as noise: {utterance:?}\nAll: {heard:#?}");
    }
}

/// The tutor finds Orca running and first offers plain mode; "Carry on as it is" (2,
/// which highlights it, then Return) keeps the full-screen view. Returns what Orca said on arrival and after the choice.
fn past_the_offer(desktop: &'static Desktop, title: &str, options: &[&str]) -> (Tutor, Vec<String>, Vec<String>) {
    let before = desktop.said().len();
    let tutor = desktop.open(title, options, "A screen reader is running");
    let offer = tutor.wait_until("Orca to read the offer", before, |heard| {
        contains_in_order(&heard.join(" "), &["A screen reader is running", "Carry on as it is"])
    });
    tutor.hears("2", &["2. Carry on as it is"]);
    let heard =
        tutor.hears("Return", &["A new learner", "What is your first name?", "Your first name", "Escape to go back."]);
    (tutor, offer, heard)
}

/// A new learner called Ann, on the first step of the first lesson.
fn ann_on_the_first_step(desktop: &'static Desktop, title: &str, options: &[&str]) -> (Tutor, Vec<String>) {
    let (tutor, _, _) = past_the_offer(desktop, title, options);
    tutor.type_text("Ann", "  Ann");
    let heard = tutor.hears("Return", &["Step 1 of", "Enter to go on."]);
    (tutor, heard)
}

const STEP_ONE: [&str; 4] = [
    "Step 1 of 5. Welcome",
    "Welcome. This tutor helps you learn to use a computer, one small step at a time.",
    "Take as long as you like. Nothing moves on until you are ready.",
    "Enter to go on.",
];

#[test]
fn the_first_lesson_is_read_whole_on_arrival() {
    let Some((desktop, _turn)) = Desktop::get() else { return };
    let (_tutor, heard) = ann_on_the_first_step(desktop, "first-lesson", &[]);
    assert!(contains_in_order(&heard.join(" "), &STEP_ONE), "{heard:#?}");
    assert_no_noise(&heard);
}

#[test]
fn a_page_of_choices_is_read_whole_and_arrows_read_the_focused_choice() {
    let Some((desktop, _turn)) = Desktop::get() else { return };
    let (tutor, _) = ann_on_the_first_step(desktop, "choices", &[]);
    tutor.hears("Return", &["Step 2 of 5. Going online", "Enter to go on."]);
    let heard = tutor.hears(
        "Return",
        &[
            "Step 3 of 5. What matters to you?",
            "Which of these matters most to you? There is no wrong answer.",
            "\u{2192} 1. Keeping in touch with family and friends",
            "2. Hobbies, music and things I like",
            "3. My health and the NHS",
            "4. Shopping and money",
            "5. My family history",
            "Up, Down or a number to move. Enter to choose.",
        ],
    );
    assert_no_noise(&heard);
    let heard = tutor.hears("Down", &["\u{2192} 2. Hobbies, music and things I like"]);
    assert_no_noise(&heard);
    assert!(!heard.join(" ").contains("Keeping in touch"), "only the focused choice: {heard:#?}");
}

#[test]
fn going_back_reads_the_page_gone_back_to() {
    let Some((desktop, _turn)) = Desktop::get() else { return };
    let (tutor, _) = ann_on_the_first_step(desktop, "back", &[]);
    tutor.hears("Return", &["Step 2 of 5"]);
    let heard = tutor.hears("Escape", &STEP_ONE);
    assert_no_noise(&heard);
}

#[test]
fn help_repeat_where_settings_and_stop_are_each_read_whole() {
    let Some((desktop, _turn)) = Desktop::get() else { return };
    let (tutor, _) = ann_on_the_first_step(desktop, "help", &[]);
    let heard =
        tutor.hears("h", &["Help", "Read or listen to the step. Then press Enter to go on.", "Enter to go on."]);
    assert_no_noise(&heard);
    let heard = tutor.hears("Return", &STEP_ONE);
    assert_no_noise(&heard);
    // R: the whole page again, though nothing on it changed.
    let heard = tutor.hears("r", &STEP_ONE);
    assert_no_noise(&heard);
    let heard =
        tutor.hears("w", &["You are in Finding your reason, lesson What matters to you, step 1 of 5.", "Q to stop."]);
    assert_no_noise(&heard);
    let heard = tutor.hears("s", &["Settings", "\u{2192} 1. Colours, yellow on black", "Use plain mode", "Done"]);
    assert_no_noise(&heard);
    let heard = tutor.hears("Escape", &STEP_ONE);
    assert_no_noise(&heard);
    let heard = tutor.hears(
        "q",
        &["Stop for now?", "Everything you have done is saved.", "\u{2192} 1. No, carry on", "2. Yes, stop now"],
    );
    assert_no_noise(&heard);
}

#[test]
fn a_key_step_and_a_practice_screen_are_read_whole() {
    let Some((desktop, _turn)) = Desktop::get() else { return };
    let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/orca/lessons");
    let (tutor, _, _) = past_the_offer(desktop, "practice", &["--lessons", lessons.to_str().expect("a UTF-8 path")]);
    tutor.type_text("Ann", "  Ann");
    // A new course starts with a question: numbers are not said twice.
    let heard = tutor.hears("Return", &["How confident do you feel about Getting started?", "5. Very confident"]);
    assert_no_noise(&heard);
    assert!(!heard.join(" ").contains("1. 1"), "{heard:#?}");
    // 1 highlights "Not at all confident" (already highlighted); Return answers.
    tutor.xdotool(&["key", "1"]);
    let heard = tutor.hears(
        "Return",
        &["Step 1 of 2. The Enter key", "Enter is the big key on the right of the letters.", "Press Enter now."],
    );
    assert_no_noise(&heard);
    let heard = tutor.hears("x", &["You pressed the letter x. This step needs Enter. Have another go."]);
    assert_no_noise(&heard);
    let heard = tutor.hears("Return", &["Well done. That was Enter.", "Enter to go on."]);
    assert_no_noise(&heard);
    let heard = tutor.hears(
        "Return",
        &[
            "Step 2 of 2. Open an email",
            "Help Rose open the email from Sam Jones.",
            "Inbox",
            "Dr Okafor",
            "Sam Jones",
            "Up, Down or a number to move. Enter to choose.",
        ],
    );
    assert_no_noise(&heard);
}

#[test]
fn the_offer_of_plain_mode_is_read_whole_and_plain_mode_is_read_line_by_line() {
    let Some((desktop, _turn)) = Desktop::get() else { return };
    let before = desktop.said().len();
    let tutor = desktop.open("plain", &[], "A screen reader is running");
    let offer = tutor.wait_until("Orca to read the offer", before, |heard| {
        contains_in_order(
            &heard.join(" "),
            &[
                "A screen reader is running",
                "Orca is already reading the screen aloud.",
                "Plain mode shows each page as lines of text that never change, which is easiest for a screen reader.",
                "To start in plain mode, type signpost --plain.",
                "\u{2192} 1. Use plain mode",
                "2. Carry on as it is",
                "Enter to choose.",
            ],
        )
    });
    assert_no_noise(&offer);
    // Plain mode: the full-screen view gives the terminal back and the page is printed.
    let heard = tutor.hears("Return", &["A new learner", "Your first name", "Type your answer, then press Enter."]);
    assert_no_noise(&heard);
    tutor.type_text("Ann", "Ann");
    let heard = tutor.hears(
        "Return",
        &["Step 1 of 5. Welcome", "This tutor helps you learn to use a computer", "Press Enter to go on."],
    );
    assert_no_noise(&heard);
}
