//! The real binary in a terminal that never answers the cursor-position query (DSR,
//! `ESC [ 6 n`), as some serial consoles, old terminals and screen-reader bridges do.
//! The full-screen view asks it between the two goes of drawing a new page (see
//! `ui::tui::present`), but not before its first page; without an answer it must carry
//! on, never end the session.
//!
//! `script` (util-linux) gives the tutor a terminal of its own (a pty) and passes its
//! output to this test through a pipe, where nothing answers the query.

use std::io::{Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

/// The query the full-screen view sends to learn where the cursor is.
const DSR: &[u8] = b"\x1b[6n";

/// The tutor running under `script`, and everything it has written so far.
struct Pty {
    child: Child,
    input: ChildStdin,
    output: Receiver<Vec<u8>>,
    written: Vec<u8>,
}

impl Pty {
    /// Starts the tutor in an 80x25 pty, or `None` (with the reason printed) where
    /// `script` cannot run.
    fn start(data: &std::path::Path) -> Option<Pty> {
        let binary = env!("CARGO_BIN_EXE_signpost");
        let inner = format!(
            "stty cols 80 rows 25; exec env -u LANG -u LC_ALL -u NO_COLOR TERM=xterm-256color \
             SIGNPOST_SCREEN_READER=none {binary} --speech off --data-dir {}",
            data.display()
        );
        let spawned = Command::new("script")
            .args(["-qfec", &inner, "/dev/null"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn();
        let mut child = match spawned {
            Ok(child) => child,
            Err(e) => {
                println!("SKIPPED: script (util-linux) cannot run here: {e}");
                return None;
            }
        };
        let input = child.stdin.take()?;
        let mut stdout = child.stdout.take()?;
        let (send, output) = channel();
        std::thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(n @ 1..) = stdout.read(&mut buffer) {
                if send.send(buffer[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Some(Pty { child, input, output, written: Vec::new() })
    }

    /// The words written so far, with escape sequences and all spaces taken out (the
    /// tutor writes only the cells that changed, so the words of a row can arrive
    /// apart, with cursor moves between them).
    fn words(&self) -> String {
        let text = String::from_utf8_lossy(&self.written);
        let mut out = String::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                // CSI: ESC [ parameters, then one final byte from @ to ~.
                if chars.next_if_eq(&'[').is_some() {
                    for c in chars.by_ref() {
                        if ('@'..='~').contains(&c) {
                            break;
                        }
                    }
                } else {
                    chars.next();
                }
            } else if !c.is_whitespace() && !c.is_control() {
                out.push(c);
            }
        }
        out
    }

    /// Waits (up to 20 seconds) until `text` (spaces left out) has been written.
    fn wait_for(&mut self, text: &str) {
        let wanted: String = text.split_whitespace().collect();
        let start = Instant::now();
        while !self.words().contains(&wanted) {
            let left = Duration::from_secs(20).saturating_sub(start.elapsed());
            match self.output.recv_timeout(left) {
                Ok(bytes) => self.written.extend(bytes),
                Err(_) => panic!("never showed {text:?}; shown: {}", self.words()),
            }
        }
    }

    fn keys(&mut self, keys: &str) {
        self.input.write_all(keys.as_bytes()).unwrap();
        self.input.flush().unwrap();
    }
}

#[test]
fn a_terminal_that_never_answers_the_cursor_query_does_not_end_the_session() {
    let data = tempfile::tempdir().unwrap();
    let Some(mut pty) = Pty::start(data.path()) else { return };
    pty.wait_for("A new learner");
    pty.wait_for("What is your first name?");
    // The first page, on a screen just cleared, is drawn at once: no question first.
    let asked = |pty: &Pty| pty.written.windows(DSR.len()).any(|w| w == DSR);
    assert!(!asked(&pty), "the first page waited for the cursor query");
    // A new page after it asks where the cursor is, and nothing answers. It carries
    // on: a name is typed, the first lesson opens, and it stops when asked.
    pty.keys("Ann\r");
    pty.wait_for("Step 1 of 5. Welcome");
    assert!(asked(&pty), "the cursor query was sent");
    pty.keys("q");
    pty.wait_for("Stop for now?");
    pty.keys("2\r"); // the number moves the highlight to "Yes, stop now"; Enter chooses it
    pty.wait_for("Was today useful for you?");
    pty.keys("\r");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = pty.child.try_wait().unwrap() {
            break status;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "the tutor did not stop: {}", pty.words());
        std::thread::sleep(Duration::from_millis(50));
    };
    while let Ok(bytes) = pty.output.recv_timeout(Duration::from_secs(2)) {
        pty.written.extend(bytes);
    }
    assert!(status.success(), "exit {status}: {}", pty.words());
    assert!(pty.words().contains("Goodbye,Ann."), "{}", pty.words());
}
