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
//! - the full-screen view's first page at 80x25, from starting the program in a
//!   pseudo-terminal made by the bench (as a terminal emulator does) to the page's
//!   words: target 15 ms;
//! - the full-screen view's peak memory, to its first page and out again (Ctrl+C, 2,
//!   Enter), by `/usr/bin/time` where it is installed: target 8 MiB.
//!
//! `SIGNPOST_BEFORE=path/to/an/older/signpost` runs that build in turn with this one
//! for plain mode and the full-screen figures, and gives the ratio pair by pair: keep a
//! copy of `target/release/signpost` before a change to measure it.

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
    build(SIGNPOST, data, args)
}

/// `binary` (this build of Signpost or another) with `args`, on the progress in `data`.
fn build(binary: &str, data: &std::path::Path, args: &[&str]) -> Command {
    let mut command = Command::new(binary);
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
    let (mut befores, mut before_ratios) = (Vec::new(), Vec::new());
    let before = std::env::var("SIGNPOST_BEFORE").ok().filter(|path| !path.is_empty());
    let vim = vim_present();
    for _ in 0..RUNS {
        let a = time(&mut signpost(data, &["--plain"]));
        ours.push(a);
        if let Some(path) = &before {
            let b = time(&mut build(path, data, &["--plain"]));
            befores.push(b);
            before_ratios.push(Duration::from_secs_f64(a.as_secs_f64() / b.as_secs_f64()));
        }
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
    if !befores.is_empty() {
        println!(
            "  SIGNPOST_BEFORE, in turn: median {:.1} ms; this build / that one, pair by pair: median {:.2}",
            ms(median(befores)),
            median(before_ratios).as_secs_f64()
        );
    }
}

/// A lessons folder of `copies` copies of the built-in courses, each copy a course of
/// its own (its id made unique): as many lessons as a busy hub's partners might write.
fn many_lessons(copies: usize) -> (tempfile::TempDir, usize) {
    let root = tempfile::tempdir().unwrap();
    let mut lessons = 0;
    for course in std::fs::read_dir("lessons").unwrap().flatten().filter(|e| e.path().is_dir()) {
        for copy in 0..copies {
            let folder = root.path().join(format!("{}-{copy:04}", course.file_name().to_string_lossy()));
            std::fs::create_dir(&folder).unwrap();
            for file in std::fs::read_dir(course.path()).unwrap().flatten() {
                let mut text = std::fs::read_to_string(file.path()).unwrap();
                if file.file_name() == "course.toml" {
                    text = text.replacen("\nid = \"", &format!("\nid = \"copy{copy}-"), 1);
                } else {
                    lessons += 1;
                }
                std::fs::write(folder.join(file.file_name()), text).unwrap();
            }
        }
    }
    (root, lessons)
}

/// Plain mode to its first screen with the built-in lessons and with fifty times as
/// many, in turn: the first screen shows no lesson, so it must not wait for them.
fn many(data: &std::path::Path) {
    let (folder, count) = many_lessons(50);
    let (few, lots): (Vec<Duration>, Vec<Duration>) = (0..RUNS)
        .map(|_| {
            let a = time(&mut signpost(data, &["--plain", "--lessons", "lessons"]));
            let b = time(&mut signpost(data, &["--plain", "--lessons", &folder.path().display().to_string()]));
            (a, b)
        })
        .unzip();
    let ratio = median(
        lots.iter().zip(&few).map(|(b, a)| Duration::from_secs_f64(b.as_secs_f64() / a.as_secs_f64())).collect(),
    );
    println!(
        "plain mode with {count} lessons: median {:.1} ms, against {:.1} ms with the built-in ones; pair by pair {:.2} (target 1.00: no growth)",
        ms(median(lots)),
        ms(median(few)),
        ratio.as_secs_f64()
    );
}

fn flag(data: &std::path::Path, flag: &str) {
    let times = (0..RUNS).map(|_| time(&mut signpost(data, &[flag]))).collect();
    println!("signpost {flag}: median {:.1} ms (target 3 ms)", ms(median(times)));
}

/// Runs `program` with `args` in an 80x25 pseudo-terminal made here, as a terminal
/// emulator would, until `marker` has been printed (at most 10 s), answering the
/// cursor-position question the full-screen view may ask. With no `keys` it stops
/// there; otherwise it types them and reads on to the end. Gives how long the marker
/// took from the start and everything printed; `None` when there is no pseudo-terminal.
/// (`script`, used before, took some 20 ms of its own to start, and varied by more than
/// the whole of Signpost's start.)
#[cfg(unix)]
fn in_terminal(program: &str, args: &[&str], marker: &str, keys: &[u8]) -> Option<(Duration, String)> {
    use std::os::fd::{FromRawFd, OwnedFd};
    use std::os::unix::process::CommandExt;
    let (mut master, mut slave) = (0, 0);
    let size = libc::winsize { ws_row: 25, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0 };
    // SAFETY: openpty writes two new descriptors into the integers it is given; a null
    // name and null settings are allowed, and the size is only read.
    if unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), &size) } != 0 {
        return None;
    }
    // SAFETY: both descriptors are open, and nothing else owns them.
    let (master, slave) = unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
    let mut command = Command::new(program);
    command.args(args).env("TERM", "xterm-256color").env("SIGNPOST_SCREEN_READER", "none");
    command.stdin(slave.try_clone().ok()?).stdout(slave.try_clone().ok()?).stderr(slave);
    // SAFETY: between fork and exec only async-signal-safe calls: a session of its own
    // with the pseudo-terminal (its standard input) as the controlling terminal, so the
    // program can open /dev/tty as it would in a real terminal.
    unsafe {
        command.pre_exec(|| {
            if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let start = Instant::now();
    let mut child = command.spawn().ok()?;
    // Our copies of the terminal's other end go, so reading ends when the program does.
    drop(command);
    let mut input = std::fs::File::from(master.try_clone().ok()?);
    let mut output = std::fs::File::from(master);
    let (send, chunks) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut chunk = [0_u8; 4096];
        while let Ok(n @ 1..) = output.read(&mut chunk) {
            if send.send(chunk[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let (mut seen, mut answered, mut took) = (Vec::new(), 0, None);
    while let Ok(chunk) = chunks.recv_timeout(Duration::from_secs(10).saturating_sub(start.elapsed())) {
        seen.extend_from_slice(&chunk);
        let text = String::from_utf8_lossy(&seen);
        let asked = text.matches("\x1b[6n").count();
        while answered < asked {
            input.write_all(b"\x1b[1;1R").ok()?;
            answered += 1;
        }
        if took.is_none() && text.contains(marker) {
            took = Some(start.elapsed());
            if keys.is_empty() {
                break;
            }
            input.write_all(keys).ok()?;
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    Some((took?, String::from_utf8_lossy(&seen).into_owned()))
}

#[cfg(not(unix))]
fn in_terminal(_program: &str, _args: &[&str], _marker: &str, _keys: &[u8]) -> Option<(Duration, String)> {
    None
}

fn full_screen(data: &std::path::Path) {
    let data = data.display().to_string();
    let args = ["--speech", "off", "--lang", "en-GB", "--data-dir", &data];
    let before = std::env::var("SIGNPOST_BEFORE").ok().filter(|path| !path.is_empty());
    let (mut ours, mut theirs, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..RUNS {
        let Some((first, _)) = in_terminal(SIGNPOST, &args, "first", b"") else {
            return println!("full-screen first page: not measured (no pseudo-terminal here)");
        };
        ours.push(first);
        if let Some((old, _)) = before.as_deref().and_then(|path| in_terminal(path, &args, "first", b"")) {
            theirs.push(old);
            ratios.push(Duration::from_secs_f64(first.as_secs_f64() / old.as_secs_f64()));
        }
    }
    println!(
        "full-screen first page at 80x25, from starting the program: median {:.1} ms (target 15 ms)",
        ms(median(ours))
    );
    if !theirs.is_empty() {
        println!(
            "  SIGNPOST_BEFORE, in turn: median {:.1} ms; this build / that one, pair by pair: median {:.2}",
            ms(median(theirs)),
            median(ratios).as_secs_f64()
        );
    }
}

/// The peak memory (kilobytes) of a full-screen run to its first page and out again.
fn peak_memory(data: &std::path::Path, binary: &str) -> Option<u64> {
    let data = data.display().to_string();
    let args = ["-f", "peak %M", binary, "--speech", "off", "--lang", "en-GB", "--data-dir", &data];
    // Ctrl+C asks to stop, 2 moves to "Yes, stop now", Enter chooses it.
    let (_, printed) = in_terminal("/usr/bin/time", &args, "first", b"\x032\r")?;
    let after = printed.rsplit("peak ").next()?;
    after.split_whitespace().next()?.parse().ok()
}

fn memory(data: &std::path::Path) {
    if !std::path::Path::new("/usr/bin/time").exists() {
        return println!("full-screen peak memory: not measured (/usr/bin/time is not installed)");
    }
    let before = std::env::var("SIGNPOST_BEFORE").ok().filter(|path| !path.is_empty());
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for _ in 0..7 {
        ours.extend(peak_memory(data, SIGNPOST));
        if let Some(path) = &before {
            theirs.extend(peak_memory(data, path));
        }
    }
    let mib = |kib: u64| kib as f64 / 1024.0;
    let median_of = |mut all: Vec<u64>| {
        all.sort_unstable();
        all.get(all.len() / 2).copied()
    };
    match median_of(ours) {
        Some(kib) => println!("full-screen peak memory, first page and out: median {:.1} MiB (target 8 MiB)", mib(kib)),
        None => println!("full-screen peak memory: not measured (no figure from /usr/bin/time)"),
    }
    if let Some(kib) = median_of(theirs) {
        println!("  SIGNPOST_BEFORE: median {:.1} MiB", mib(kib));
    }
}

fn main() {
    let data = tempfile::tempdir().unwrap();
    // A first run makes the progress file, as on any day after the first.
    time(&mut signpost(data.path(), &["--plain"]));
    plain(data.path());
    many(data.path());
    flag(data.path(), "--version");
    flag(data.path(), "--help");
    full_screen(data.path());
    memory(data.path());
}
