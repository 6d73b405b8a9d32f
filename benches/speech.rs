//! How long after a change of language the voice starts speaking in the new one, on a
//! private speech-dispatcher with espeak-ng (audio to libao's null driver). Not a test:
//! it prints the median of many switches between Welsh and English, beside the target
//! of 1 s, for a person to read.
//!
//! ```text
//! cargo bench --bench speech
//! ```
//!
//! The clock starts when the tutor asks for the new language and its words (what
//! choosing Cymraeg does) and stops when speech-dispatcher's log shows espeak-ng
//! beginning to speak those words (`701 BEGIN`), with the new language set.

// Shared with the tests, which use more of it.
#[allow(dead_code)]
#[path = "../tests/common/speechd.rs"]
mod speechd;

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::time::{Duration, Instant};

use signpost::speech::{SpeechStatus, Voice};

const SWITCHES: usize = 40;
const TARGET: Duration = Duration::from_secs(1);
/// Longer than this is a failure to speak, not a slow start.
const GIVE_UP: Duration = Duration::from_secs(20);

/// Reads a growing log from where it was last read.
struct LogTail {
    file: File,
    text: String,
}

impl LogTail {
    fn open(path: &std::path::Path) -> LogTail {
        let mut file = File::open(path).expect("the daemon's log");
        file.seek(SeekFrom::End(0)).expect("the log can be read");
        LogTail { file, text: String::new() }
    }

    /// Waits until espeak-ng begins the words `marker` in language `module_language`.
    fn wait_for_speech(&mut self, marker: &str, module_language: &str) -> Result<(), String> {
        let deadline = Instant::now() + GIVE_UP;
        while Instant::now() < deadline {
            let mut more = Vec::new();
            self.file.read_to_end(&mut more).expect("the log can be read");
            self.text.push_str(&String::from_utf8_lossy(&more));
            if let Some(at) = self.text.find(&format!("Command sent to output module: |<speak>{marker}")) {
                let before = &self.text[..at];
                let language = before.rfind("\nlanguage=").map(|i| &before[i + 10..]).and_then(|l| l.lines().next());
                if language != Some(module_language) {
                    return Err(format!("{marker:?} was spoken in {language:?}, not {module_language}"));
                }
                if self.text[at..].contains("got begin") {
                    self.text.clear();
                    return Ok(());
                }
            }
            std::thread::sleep(Duration::from_micros(500));
        }
        Err(format!("{marker:?} was not spoken within {GIVE_UP:?}"))
    }
}

fn main() {
    let daemon = match speechd::PrivateSpeechd::start() {
        Ok(daemon) => daemon,
        Err(why) => {
            println!("speech benchmark skipped: no private speech-dispatcher ({why})");
            return;
        }
    };
    // Before any thread starts: libspeechd reads the address from here.
    std::env::set_var("SPEECHD_ADDRESS", daemon.address());
    let mut voice = Voice::start(true, None).expect("no speech log, so nothing to open");
    let deadline = Instant::now() + GIVE_UP;
    while voice.status() != SpeechStatus::On && Instant::now() < deadline {
        voice.status_change();
        std::thread::sleep(Duration::from_millis(1));
    }
    assert_eq!(voice.status(), SpeechStatus::On, "the voice started");
    let mut log = LogTail::open(daemon.log_path());
    let mut times = Vec::new();
    for i in 0..SWITCHES {
        let (tag, module_language, words) = if i % 2 == 0 {
            ("cy", "cy", format!("Croeso i Signpost, cam {i}."))
        } else {
            ("en-GB", "en-gb", format!("Welcome to Signpost, step {i}."))
        };
        let start = Instant::now();
        voice.set_language(tag, Vec::new());
        voice.say(&words);
        if let Err(e) = log.wait_for_speech(&words, module_language) {
            println!("speech benchmark failed: {e}");
            std::process::exit(1);
        }
        times.push(start.elapsed());
    }
    let first = times[0];
    times.sort();
    let median = times[times.len() / 2];
    println!(
        "time to first speech after a language switch: median {:.1} ms of {SWITCHES} switches \
         (first {:.1} ms, slowest {:.1} ms); target under {} ms",
        median.as_secs_f64() * 1000.0,
        first.as_secs_f64() * 1000.0,
        times[times.len() - 1].as_secs_f64() * 1000.0,
        TARGET.as_millis()
    );
}
