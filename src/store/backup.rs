//! The progress file's own check, and its rolling backups: a damaged file never means
//! lost progress.
//!
//! When Signpost opens the file it asks SQLite to check it (`PRAGMA quick_check`); a
//! file that fails is refused and kept byte for byte. Once a day, on the first open of
//! the day, a copy is made with SQLite's backup API into `backups/` in the data folder
//! (`signpost-YYYY-MM-DD.db`, 0600, in a 0700 folder); the newest [`KEEP`] are kept.

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::backup::Backup;
use rusqlite::Connection;

use super::{private, StoreError};
use crate::domain::when::database_time;

/// The folder of backups inside the data folder.
pub const FOLDER: &str = "backups";
/// How many daily backups are kept.
pub const KEEP: usize = 5;

const PREFIX: &str = "signpost-";
const SUFFIX: &str = ".db";

/// SQLite's quick check of the whole file: `Err` with what it found if it is damaged.
pub(super) fn check(conn: &Connection, path: &Path) -> Result<(), StoreError> {
    // Damage bad enough that the check itself cannot go on is damage too.
    let damaged = |source| super::classify(path, source);
    let mut stmt = conn.prepare("PRAGMA quick_check").map_err(damaged)?;
    let found: Vec<String> =
        stmt.query_map([], |r| r.get(0)).map_err(damaged)?.collect::<Result<_, _>>().map_err(damaged)?;
    if found.len() == 1 && found[0] == "ok" {
        return Ok(());
    }
    Err(StoreError::Check { path: path.to_path_buf(), found: found.into_iter().take(3).collect::<Vec<_>>().join("; ") })
}

/// The backups in `dir` (the data folder), newest first.
pub fn backups(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir.join(FOLDER)) else { return Vec::new() };
    let mut found: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(PREFIX) && n.ends_with(SUFFIX))
        })
        .collect();
    // The date in the name sorts as the date.
    found.sort();
    found.reverse();
    found
}

/// Makes today's backup of `conn` in `dir` if there is none yet, and keeps the newest
/// [`KEEP`]. `today` is a date, `YYYY-MM-DD`.
pub(super) fn daily(conn: &Connection, dir: &Path, today: &str) -> Result<Option<PathBuf>, StoreError> {
    let path = dir.join(FOLDER).join(format!("{PREFIX}{today}{SUFFIX}"));
    if path.exists() {
        return Ok(None);
    }
    make(conn, dir, &path)?;
    for old in backups(dir).into_iter().skip(KEEP) {
        fs::remove_file(&old).map_err(|source| StoreError::Folder { path: old, source })?;
    }
    Ok(Some(path))
}

/// Today's date (UTC, as the progress file keeps times), for the name of a backup.
/// Taken straight from the clock: finding the hub's time zone, which nothing on the
/// first screen needs, would cost every start a walk through the zone files.
pub(super) fn today() -> String {
    database_time(jiff::Timestamp::now()).chars().take(10).collect()
}

/// Copies the open database whole into `path`, private from the start. The copy is
/// made beside it and renamed, so a half-made backup is never taken for a whole one.
fn make(conn: &Connection, dir: &Path, path: &Path) -> Result<(), StoreError> {
    let folder = dir.join(FOLDER);
    let io = |source| StoreError::Folder { path: folder.clone(), source };
    private::folder(&folder).map_err(io)?;
    let partial = path.with_extension("partial");
    let _ = fs::remove_file(&partial);
    private::file(&partial).map_err(io)?;
    {
        let mut copy = Connection::open(&partial)?;
        Backup::new(conn, &mut copy)?.run_to_completion(256, std::time::Duration::ZERO, None)?;
        // The copy is a plain file on its own: no write-ahead log beside it.
        copy.pragma_update(None, "journal_mode", "DELETE")?;
    }
    fs::rename(&partial, path).map_err(io)
}

/// Removes every backup in `dir` (after a learner is erased, so no copy keeps them).
pub(super) fn remove_all(dir: &Path) -> Result<(), StoreError> {
    for old in backups(dir) {
        fs::remove_file(&old).map_err(|source| StoreError::Folder { path: old, source })?;
    }
    Ok(())
}
