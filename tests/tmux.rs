//! The real binary in a real terminal (tmux): the hardware cursor, the alternate
//! screen, and the terminal given back on quitting and on SIGTERM. `./run test` and CI
//! install tmux; without it these tests fail and say so.

use std::path::Path;
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

/// One tmux server of our own, killed when the test ends.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn start(name: &str, data: &Path, width: u16, height: u16) -> Tmux {
        Tmux::start_with(name, data, width, height, "TERM=xterm-256color")
    }

    /// Starts signpost with `env` (such as `NO_COLOR=1` or `TERM=linux`) set.
    fn start_with(name: &str, data: &Path, width: u16, height: u16, env: &str) -> Tmux {
        let socket = format!("signpost-test-{}-{name}", std::process::id());
        let binary = env!("CARGO_BIN_EXE_signpost");
        let command = format!(
            "env -u LANG -u LC_ALL -u NO_COLOR TERM=xterm-256color SIGNPOST_SCREEN_READER=none {env} {binary} --speech off --data-dir {}; echo EXIT=$?; sleep 60",
            data.display()
        );
        let tmux = Tmux { socket };
        let size = [width.to_string(), height.to_string()];
        tmux.run(&["new-session", "-d", "-x", &size[0], "-y", &size[1], &command]);
        tmux
    }

    fn run(&self, args: &[&str]) -> String {
        let output = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux must be installed to run these tests (./run test installs it)");
        assert!(output.status.success(), "tmux {args:?}: {}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    fn keys(&self, keys: &[&str]) {
        for key in keys {
            self.run(&["send-keys", key]);
        }
    }

    fn screen(&self) -> String {
        self.run(&["capture-pane", "-p"])
    }

    /// `cursor_x,cursor_y cursor_flag alternate_on`.
    fn cursor(&self) -> String {
        self.run(&["display", "-p", "#{cursor_x},#{cursor_y} #{cursor_flag} #{alternate_on}"]).trim().to_owned()
    }

    /// Where the cursor should be after a new page: just after `last_words`, the end of
    /// the key help, on whichever row they are. Returned as `cursor()` reports it.
    fn end_of(&self, last_words: &str) -> String {
        let screen = self.screen();
        let (row, line) = screen
            .lines()
            .enumerate()
            .filter(|(_, l)| l.trim_end().ends_with(last_words))
            .last()
            .unwrap_or_else(|| panic!("no row ends with {last_words:?}:\n{screen}"));
        format!("{},{row} 1 1", line.trim_end().chars().count())
    }

    /// Waits (up to 20 s, for a slow machine) until the screen shows `text`.
    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(start.elapsed() < Duration::from_secs(20), "never showed {text:?}; screen:\n{screen}");
            sleep(Duration::from_millis(50));
        }
    }

    fn signpost_pid(&self) -> String {
        let shell = self.run(&["display", "-p", "#{pane_pid}"]);
        let output = Command::new("pgrep").args(["-P", shell.trim()]).output().expect("pgrep");
        String::from_utf8_lossy(&output.stdout).lines().next().expect("signpost is running").to_owned()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").arg("-L").arg(&self.socket).arg("kill-server").output();
    }
}

#[test]
fn the_cursor_follows_the_focus_and_quitting_gives_the_terminal_back() {
    let data = tempfile::tempdir().unwrap();
    let tmux = Tmux::start("quit", data.path(), 80, 25);
    tmux.wait_for("A new learner");
    // A new page: the cursor after its last word, so a screen reader reads it all.
    assert_eq!(tmux.cursor(), tmux.end_of("F1 for help."));
    // Typing: after the last letter in the name field, the row below its label.
    tmux.keys(&["A", "n", "n"]);
    tmux.wait_for("  Ann");
    // (On a fresh install the box is right under the question; the languages and
    // champion mode follow it.)
    assert_eq!(tmux.cursor(), "6,7 1 1");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Step 1 of 5. Welcome");
    assert_eq!(tmux.cursor(), tmux.end_of("Q to stop."));
    tmux.keys(&["Enter"]);
    tmux.wait_for("Step 2 of 5");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Step 3 of 5");
    assert_eq!(tmux.cursor(), tmux.end_of("Q to stop."));
    tmux.keys(&["Down"]);
    tmux.wait_for("\u{2192} 2. Hobbies");
    assert_eq!(tmux.cursor(), "1,7 1 1", "moved: on the second choice, for braille");
    tmux.keys(&["q"]);
    tmux.wait_for("Stop for now?");
    assert_eq!(tmux.cursor(), tmux.end_of("Q to stop."), "a new page again");
    tmux.keys(&["Down", "Up"]);
    tmux.wait_for("\u{2192} 1. No, carry on");
    assert_eq!(tmux.cursor(), "1,7 1 1", "on 'No, carry on'");
    tmux.keys(&["Down", "Enter"]);
    tmux.wait_for("Was today useful for you?");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("EXIT=0");
    assert!(screen.contains("Goodbye, Ann. Your progress is saved."), "{screen}");
    let cursor = tmux.cursor();
    assert!(cursor.ends_with(" 1 0"), "cursor shown, alternate screen left: {cursor}");
}

#[test]
fn sigterm_restores_the_terminal() {
    let data = tempfile::tempdir().unwrap();
    let tmux = Tmux::start("term", data.path(), 80, 25);
    tmux.wait_for("A new learner");
    let pid = tmux.signpost_pid();
    let killed = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(killed.success());
    tmux.wait_for("EXIT=");
    let cursor = tmux.cursor();
    assert!(cursor.ends_with(" 1 0"), "cursor shown, alternate screen left: {cursor}");
    // Raw mode is off: the shell's own echo of a typed line works again.
    let screen = tmux.screen();
    assert!(!screen.contains("A new learner"), "screen left clean:\n{screen}");
}

#[test]
fn nothing_is_written_while_idle() {
    let data = tempfile::tempdir().unwrap();
    let tmux = Tmux::start("idle", data.path(), 80, 25);
    tmux.wait_for("A new learner");
    // Record every byte the tutor writes from now on; the loop wakes 4 times a second.
    let written = data.path().join("written");
    tmux.run(&["pipe-pane", "-o", &format!("cat >> {}", written.display())]);
    sleep(Duration::from_secs(3));
    let bytes = std::fs::read(&written).unwrap_or_default();
    assert!(bytes.is_empty(), "wrote {} bytes while idle: {:?}", bytes.len(), String::from_utf8_lossy(&bytes));
    // The recording works: a key press is written.
    tmux.keys(&["A"]);
    tmux.wait_for("  A");
    sleep(Duration::from_millis(300));
    assert!(!std::fs::read(&written).unwrap_or_default().is_empty(), "pipe-pane recorded nothing");
}

#[test]
fn closing_the_terminal_ends_the_tutor() {
    let data = tempfile::tempdir().unwrap();
    let tmux = Tmux::start("hangup", data.path(), 80, 25);
    tmux.wait_for("A new learner");
    let pid = tmux.signpost_pid();
    tmux.run(&["kill-server"]);
    let start = Instant::now();
    while Path::new(&format!("/proc/{pid}")).exists() {
        let state = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        if state.split_whitespace().nth(2) == Some("Z") {
            break; // Exited; only waiting to be reaped.
        }
        assert!(start.elapsed() < Duration::from_secs(10), "signpost {pid} still runs after its terminal closed");
        sleep(Duration::from_millis(100));
    }
}

/// The SGR colour parameters (30-49, 90-107) in text captured with escapes; 39 and 49
/// only reset to the terminal's own colours, so they are not colours.
fn colour_codes(captured: &str) -> Vec<String> {
    captured
        .split("\u{1b}[")
        .skip(1)
        .filter_map(|rest| rest.split_once('m').map(|(params, _)| params))
        .flat_map(|params| params.split(';'))
        .filter(|p| {
            p.parse::<u32>().is_ok_and(|n| ((30..=49).contains(&n) || (90..=107).contains(&n)) && n != 39 && n != 49)
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn no_color_means_no_colour_codes() {
    let data = tempfile::tempdir().unwrap();
    let coloured = Tmux::start("colour", data.path(), 80, 25);
    coloured.wait_for("A new learner");
    assert!(!colour_codes(&coloured.run(&["capture-pane", "-p", "-e"])).is_empty(), "colours are there by default");
    let data = tempfile::tempdir().unwrap();
    let plain = Tmux::start_with("no-colour", data.path(), 80, 25, "NO_COLOR=1");
    plain.wait_for("A new learner");
    let captured = plain.run(&["capture-pane", "-p", "-e"]);
    assert_eq!(colour_codes(&captured), Vec::<String>::new(), "{captured}");
}

#[test]
fn on_the_linux_console_every_character_is_in_the_console_font() {
    let font: std::collections::HashSet<char> =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/console-uni2-codepoints.txt"))
            .unwrap()
            .lines()
            .filter_map(|l| u32::from_str_radix(l.trim(), 16).ok())
            .filter_map(char::from_u32)
            .collect();
    let data = tempfile::tempdir().unwrap();
    let tmux = Tmux::start_with("console", data.path(), 80, 25, "TERM=linux");
    tmux.wait_for("A new learner");
    tmux.keys(&["S", "i", "â", "n", "Enter"]);
    let step = tmux.wait_for("Step 1 of 5");
    tmux.keys(&["Enter", "Enter"]);
    let choices = tmux.wait_for("\u{2192} 1.");
    for screen in [step, choices] {
        for c in screen.chars().filter(|c| *c != '\n') {
            assert!(font.contains(&c), "{c:?} is not in the console font:\n{screen}");
        }
        assert!(screen.lines().all(|l| l.chars().count() <= 80), "fits 80 columns");
    }
}

#[test]
fn a_40_by_12_window_shows_the_whole_first_screen() {
    let data = tempfile::tempdir().unwrap();
    let tmux = Tmux::start("small", data.path(), 40, 12);
    let screen = tmux.wait_for("A new learner");
    for expected in
        ["What is your first name?", "Your first name", "Type, then Enter. Esc goes back.", "Speech is off."]
    {
        assert!(screen.contains(expected), "missing {expected:?}:\n{screen}");
    }
    assert_eq!(tmux.cursor(), tmux.end_of("Esc goes back."), "a new page: the cursor after its last word");
    tmux.keys(&["A"]);
    let screen = tmux.wait_for("  A\n");
    let row = screen.lines().position(|l| l == "   A").expect("the name box");
    assert_eq!(tmux.cursor(), format!("4,{row} 1 1"), "typing: the cursor in the name box");
}
