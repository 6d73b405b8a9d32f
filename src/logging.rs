//! A small logger that appends to `signpost.log` in the data folder: never to the
//! screen, where it would be read out or break the layout.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::Path;
use std::sync::Mutex;

use log::{LevelFilter, Log, Metadata, Record};

/// The log file's name in the data folder.
pub const LOG_FILE: &str = "signpost.log";

struct FileLogger {
    file: Mutex<File>,
}

impl Log for FileLogger {
    fn enabled(&self, metadata: &Metadata) -> bool {
        metadata.level() <= log::Level::Info
    }

    fn log(&self, record: &Record) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        if let Ok(mut file) = self.file.lock() {
            // A log that cannot be written must not stop a lesson.
            let _ = writeln!(file, "{seconds} {} {}: {}", record.level(), record.target(), record.args());
        }
    }

    fn flush(&self) {
        if let Ok(mut file) = self.file.lock() {
            let _ = file.flush();
        }
    }
}

/// Sends log records to `dir/signpost.log` from now on.
pub fn init(dir: &Path) -> std::io::Result<()> {
    let file = OpenOptions::new().create(true).append(true).open(dir.join(LOG_FILE))?;
    let logger = FileLogger { file: Mutex::new(file) };
    if log::set_boxed_logger(Box::new(logger)).is_ok() {
        log::set_max_level(LevelFilter::Info);
    }
    Ok(())
}
