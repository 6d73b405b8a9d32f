//! A plain session of the real binary driven line by line, and a private
//! speech-dispatcher for it: for the speech tests.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use super::signpost;
use super::speechd::PrivateSpeechd;

/// How long a test waits for something the tutor or the daemon should do at once.
pub const PATIENCE: Duration = Duration::from_secs(20);

pub fn daemon_or_skip(test: &str) -> Option<PrivateSpeechd> {
    match PrivateSpeechd::start() {
        Ok(daemon) => Some(daemon),
        Err(why) => {
            eprintln!("SKIPPED {test}: no private speech-dispatcher ({why})");
            None
        }
    }
}

/// A plain session driven line by line, as a learner would: each line is sent once
/// the tutor has shown what the test waits for.
pub struct Session {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: Receiver<String>,
    pub shown: Vec<String>,
}

impl Session {
    pub fn start(env: &[(&str, &str)], args: &[&str], data: &Path) -> Session {
        let mut command = signpost();
        command.args(["--plain", "--data-dir"]).arg(data).args(args);
        for (name, value) in env {
            command.env(name, value);
        }
        Session::spawn(command)
    }

    pub fn spawn(mut command: Command) -> Session {
        command.env("SIGNPOST_SCREEN_READER", "none");
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("signpost starts");
        let (tx, lines) = mpsc::channel();
        let out = child.stdout.take().expect("stdout");
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    return;
                }
            }
        });
        let stdin = child.stdin.take();
        Session { child, stdin, lines, shown: Vec::new() }
    }

    pub fn send(&mut self, line: &str) {
        let stdin = self.stdin.as_mut().expect("input is open");
        writeln!(stdin, "{line}").and_then(|()| stdin.flush()).expect("the tutor reads its input");
    }

    /// Waits for a line containing `text`; false if it did not come in time.
    pub fn wait_for(&mut self, text: &str) -> bool {
        let deadline = Instant::now() + PATIENCE;
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    let found = line.contains(text);
                    self.shown.push(line);
                    if found {
                        return true;
                    }
                }
                Err(_) => return false,
            }
        }
        false
    }

    /// Ends the input (the tutor saves and stops) and returns everything shown.
    pub fn finish(mut self) -> String {
        drop(self.stdin.take());
        let status = self.child.wait().expect("the tutor ends");
        self.shown.extend(self.lines.iter());
        let shown = self.shown.join("\n");
        assert!(status.success(), "{status}\n{shown}");
        shown
    }
}
