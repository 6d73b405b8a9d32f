//! Running the real `signpost` binary from tests.
#![allow(dead_code)] // Each test file uses a different part of this.

pub mod session;
pub mod speechd;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// The binary under test, run from the crate's folder (so fixture paths are short),
/// with no language or colour settings leaking in from the machine running the tests.
pub fn signpost() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_signpost"));
    command.current_dir(env!("CARGO_MANIFEST_DIR"));
    for name in [
        "LANG",
        "LANGUAGE",
        "LC_ALL",
        "LC_MESSAGES",
        "SIGNPOST_DATA_DIR",
        "ACCESSIBLE",
        "NO_COLOR",
        "SIGNPOST_HUB_FILE",
    ] {
        command.env_remove(name);
    }
    // Dates are shown in the hub's time zone: tests expect UTC unless they set one.
    command.env("TZ", "UTC");
    // No course packs from the machine running the tests: a folder that is not there.
    command.env("SIGNPOST_COURSE_PATH", "tests/packs/none");
    command
}

/// Runs `signpost check` on a lessons folder and a locales folder.
pub fn check(lessons: &Path, locales: Option<&Path>) -> Output {
    let mut command = signpost();
    command.arg("check").arg("--lessons").arg(lessons);
    if let Some(locales) = locales {
        command.arg("--locales").arg(locales);
    }
    command.output().expect("signpost runs")
}

/// Runs the tutor in plain mode with `input` on stdin, speech off, progress in
/// `data`, and every announcement logged to `data/speech.log`.
pub fn plain(data: &Path, input: &str, extra: &[&str]) -> Output {
    let mut command = signpost();
    command.args(["--plain", "--speech", "off", "--data-dir"]).arg(data).arg("--speech-log");
    with_input(command.arg(data.join("speech.log")).args(extra), input)
}

/// Runs the tutor in plain mode with its voice on (speech-dispatcher, if it starts), and
/// the environment variables given, with `input` on stdin.
pub fn plain_with_speech(data: &Path, input: &str, env: &[(&str, &str)]) -> Output {
    let mut command = signpost();
    command.args(["--plain", "--speech", "on", "--data-dir"]).arg(data);
    // A screen reader running on the test machine must not change the first page.
    command.env("SIGNPOST_SCREEN_READER", "none");
    for (name, value) in env {
        command.env(name, value);
    }
    with_input(&mut command, input)
}

/// Runs `command` with `input` on stdin; returns what it printed.
pub fn with_input(command: &mut Command, input: &str) -> Output {
    let mut child =
        command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("signpost starts");
    // A program that stops before reading (one that refuses to start) closes the pipe
    // first: what it printed is still the answer.
    match child.stdin.take().expect("stdin").write_all(input.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => panic!("input is written: {e}"),
        _ => {}
    }
    child.wait_with_output().expect("signpost finishes")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
