//! A small logger that appends to `signpost.log` in the data folder: never to the
//! screen, where it would be read out or break the layout. A hub PC runs for years, so the
//! log never grows without end: at [`LOG_LIMIT`] it is moved to `signpost.log.1`
//! (replacing the one before) and a new one starts. Both files are private to the user.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use log::{LevelFilter, Log, Metadata, Record};

/// The log file's name in the data folder.
pub const LOG_FILE: &str = "signpost.log";

/// The log before the current one, kept for a champion or developer to read.
pub const OLD_LOG_FILE: &str = "signpost.log.1";

/// How big the log grows (in bytes) before it is moved aside: months of ordinary use, and
/// with the old one never more than twice this on disk.
pub const LOG_LIMIT: u64 = 256 * 1024;

struct FileLogger {
    log: Mutex<RotatingLog>,
}

impl Log for FileLogger {
    fn enabled(&self, metadata: &Metadata) -> bool {
        metadata.level() <= log::Level::Info
    }

    fn log(&self, record: &Record) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        let line = format!("{} {} {}: {}\n", utc(seconds), record.level(), record.target(), record.args());
        if let Ok(mut log) = self.log.lock() {
            // A log that cannot be written must not stop a lesson.
            let _ = log.write_line(&line);
        }
    }

    fn flush(&self) {
        if let Ok(mut log) = self.log.lock() {
            let _ = log.file.flush();
        }
    }
}

/// Sends log records to `dir/signpost.log` (private to the user, like the progress
/// file: it can name learners) from now on.
pub fn init(dir: &Path) -> io::Result<()> {
    let logger = FileLogger { log: Mutex::new(RotatingLog::open(dir, LOG_LIMIT)?) };
    if log::set_boxed_logger(Box::new(logger)).is_ok() {
        log::set_max_level(LevelFilter::Info);
    }
    Ok(())
}

/// The open log and how many bytes it holds, moved aside when the next line would take
/// it past `limit`.
struct RotatingLog {
    dir: PathBuf,
    file: File,
    len: u64,
    limit: u64,
}

impl RotatingLog {
    /// Opens the log in `dir`, first moving it aside if it is already full.
    fn open(dir: &Path, limit: u64) -> io::Result<RotatingLog> {
        let file = crate::learner_data::private::append(&dir.join(LOG_FILE))?;
        let len = file.metadata()?.len();
        let mut log = RotatingLog { dir: dir.to_path_buf(), file, len, limit };
        if len >= limit {
            log.rotate()?;
        }
        Ok(log)
    }

    fn write_line(&mut self, line: &str) -> io::Result<()> {
        let size = u64::try_from(line.len()).unwrap_or(u64::MAX);
        // A line longer than the limit still goes in: into a log of its own.
        if self.len > 0 && self.len.saturating_add(size) > self.limit {
            self.rotate()?;
        }
        self.file.write_all(line.as_bytes())?;
        self.len = self.len.saturating_add(size);
        Ok(())
    }

    /// Moves the log to `signpost.log.1`, replacing the older one, and starts a new log.
    fn rotate(&mut self) -> io::Result<()> {
        let path = self.dir.join(LOG_FILE);
        fs::rename(&path, self.dir.join(OLD_LOG_FILE))?;
        self.file = crate::learner_data::private::append(&path)?;
        self.len = 0;
        Ok(())
    }
}

/// `seconds` since 1970 as an ISO 8601 UTC time, such as `2026-11-21T19:53:38Z`.
fn utc(seconds: u64) -> String {
    let at = i64::try_from(seconds).ok().and_then(|s| jiff::Timestamp::from_second(s).ok()).unwrap_or_default();
    at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_written_as_utc_dates() {
        assert_eq!(utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(utc(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(utc(1_795_290_818), "2026-11-21T19:53:38Z");
    }

    fn read(dir: &Path, name: &str) -> String {
        fs::read_to_string(dir.join(name)).unwrap_or_default()
    }

    #[test]
    fn the_log_is_moved_aside_at_the_limit_and_only_one_old_log_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let mut log = RotatingLog::open(dir.path(), 100).unwrap();
        for n in 0..30 {
            log.write_line(&format!("line {n:02} of the log\n")).unwrap();
            let (new, old) = (read(dir.path(), LOG_FILE), read(dir.path(), OLD_LOG_FILE));
            assert!(new.len() <= 100 && old.len() <= 100, "line {n}: {} and {} bytes", new.len(), old.len());
            assert!(new.ends_with(&format!("line {n:02} of the log\n")), "the newest line is in the log");
        }
        // 19 bytes a line, 5 lines a file: the last 5 and the 5 before them are kept.
        assert_eq!(read(dir.path(), LOG_FILE).lines().next(), Some("line 25 of the log"));
        assert_eq!(read(dir.path(), OLD_LOG_FILE).lines().next(), Some("line 20 of the log"));
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2, "no third file");
    }

    #[test]
    fn a_full_log_is_moved_aside_when_signpost_starts() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(LOG_FILE), "x".repeat(150)).unwrap();
        let mut log = RotatingLog::open(dir.path(), 100).unwrap();
        log.write_line("a new start\n").unwrap();
        assert_eq!(read(dir.path(), LOG_FILE), "a new start\n");
        assert_eq!(read(dir.path(), OLD_LOG_FILE).len(), 150);
        // A line longer than the limit is kept whole, in a log of its own.
        let long = format!("{}\n", "y".repeat(120));
        log.write_line(&long).unwrap();
        assert_eq!((read(dir.path(), LOG_FILE), read(dir.path(), OLD_LOG_FILE)), (long, "a new start\n".to_owned()));
    }

    #[cfg(unix)]
    #[test]
    fn both_logs_are_private_even_one_left_readable_by_others() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(LOG_FILE);
        fs::write(&path, "old\n").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        let mut log = RotatingLog::open(dir.path(), 10).unwrap();
        log.write_line("a line that fills it\n").unwrap();
        log.write_line("and the next\n").unwrap();
        for name in [LOG_FILE, OLD_LOG_FILE] {
            let mode = fs::metadata(dir.path().join(name)).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{name}");
        }
    }
}
