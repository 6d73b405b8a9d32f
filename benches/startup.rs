//! How soon Signpost shows its first screen, timed as whole processes, as a learner
//! waits for it. Not a test: it prints medians beside the targets, for a person to read.
//!
//! ```text
//! cargo bench --bench startup
//! ```
//!
//! - plain mode with stdin closed (it shows the first screen, says goodbye and ends),
//!   run alternately with `vim -u NONE -N -es -c q` when vim is installed: target at
//!   most 1.3 times vim, and 8 ms;
//! - `--version` and `--help`: target 3 ms each;
//! - the full-screen view's first page at 80x25, in a pseudo-terminal made by
//!   `script` (util-linux), less the time a program that prints the same word at once
//!   takes there (`script`, `stty` and `timeout` starting): target 15 ms.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const RUNS: usize = 31;
const SIGNPOST: &str = env!("CARGO_BIN_EXE_signpost");

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Runs `command` to its end with stdin closed and its output read, and says how long.
fn time(command: &mut Command) -> Duration {
    let start = Instant::now();
    let output = command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).output();
    let took = start.elapsed();
    let output = output.expect("the program starts");
    assert!(output.status.success(), "{command:?}: {}", String::from_utf8_lossy(&output.stderr));
    took
}

fn signpost(data: &std::path::Path, args: &[&str]) -> Command {
    let mut command = Command::new(SIGNPOST);
    command.args(args).arg("--data-dir").arg(data).args(["--speech", "off", "--lang", "en-GB"]);
    command.env("SIGNPOST_SCREEN_READER", "none");
    command
}

fn vim_present() -> bool {
    Command::new("vim").args(["-u", "NONE", "-N", "-es", "-c", "q"]).stdin(Stdio::null()).status().is_ok()
}

fn plain(data: &std::path::Path) {
    let mut ours = Vec::new();
    let mut vims = Vec::new();
    let mut ratios = Vec::new();
    let vim = vim_present();
    for _ in 0..RUNS {
        let a = time(&mut signpost(data, &["--plain"]));
        ours.push(a);
        if vim {
            let b = time(Command::new("vim").args(["-u", "NONE", "-N", "-es", "-c", "q"]));
            vims.push(b);
            ratios.push(Duration::from_secs_f64(a.as_secs_f64() / b.as_secs_f64()));
        }
    }
    println!("plain mode to its first screen: median {:.1} ms (target 8 ms)", ms(median(ours)));
    if vim {
        println!(
            "  vim -u NONE -N -es -c q: median {:.1} ms; signpost / vim, pair by pair: median {:.2} (target at most 1.30)",
            ms(median(vims)),
            median(ratios).as_secs_f64()
        );
    } else {
        println!("  vim is not installed: no ratio");
    }
}

fn flag(data: &std::path::Path, flag: &str) {
    let times = (0..RUNS).map(|_| time(&mut signpost(data, &[flag]))).collect();
    println!("signpost {flag}: median {:.1} ms (target 3 ms)", ms(median(times)));
}

/// Starts `shell_command` in an 80x25 pseudo-terminal and waits until `marker` has been
/// printed (at most 10 s), answering the cursor-position question the full-screen view
/// asks. `None` when `script` cannot run here.
fn in_terminal(shell_command: &str, marker: Option<&str>) -> Option<Duration> {
    let start = Instant::now();
    let mut child = Command::new("script")
        .args(["-qfec", &format!("stty cols 80 rows 25 && exec timeout 10 {shell_command}"), "/dev/null"])
        .env("TERM", "xterm-256color")
        .env("SIGNPOST_SCREEN_READER", "none")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut input = child.stdin.take()?;
    let mut output = child.stdout.take()?;
    let mut seen = Vec::new();
    let mut chunk = [0_u8; 4096];
    let mut answered = 0;
    let took = loop {
        let n = output.read(&mut chunk).ok()?;
        if n == 0 {
            break marker.is_none().then(|| start.elapsed());
        }
        seen.extend_from_slice(&chunk[..n]);
        let text = String::from_utf8_lossy(&seen);
        let asked = text.matches("\x1b[6n").count();
        while answered < asked {
            input.write_all(b"\x1b[1;1R").ok()?;
            answered += 1;
        }
        if marker.is_some_and(|m| text.contains(m)) {
            break Some(start.elapsed());
        }
    };
    let _ = child.kill();
    let _ = child.wait();
    took
}

fn full_screen(data: &std::path::Path) {
    let command = format!("{SIGNPOST} --speech off --lang en-GB --data-dir {}", data.display());
    let mut firsts = Vec::new();
    let mut wrappers = Vec::new();
    for _ in 0..RUNS {
        let (Some(first), Some(wrapper)) =
            (in_terminal(&command, Some("first")), in_terminal("printf first", Some("first")))
        else {
            println!("full-screen first page: not measured (`script` could not run a pseudo-terminal here)");
            return;
        };
        firsts.push(first);
        wrappers.push(wrapper);
    }
    let (first, wrapper) = (median(firsts), median(wrappers));
    println!(
        "full-screen first page at 80x25: median {:.1} ms less {:.1} ms for the pseudo-terminal = {:.1} ms (target 15 ms)",
        ms(first),
        ms(wrapper),
        ms(first.saturating_sub(wrapper))
    );
}

fn main() {
    let data = tempfile::tempdir().unwrap();
    // A first run makes the progress file, as on any day after the first.
    time(&mut signpost(data.path(), &["--plain"]));
    plain(data.path());
    flag(data.path(), "--version");
    flag(data.path(), "--help");
    full_screen(data.path());
}
