//! Learners' progress in SQLite. Nothing else in Signpost writes SQL.
//!
//! Every change is its own committed statement (WAL, `synchronous=FULL`), so pulling
//! the plug loses at most the step on screen. A file that is damaged, or was written by
//! a newer Signpost, is reported and never touched.

mod backfill;
mod champions;
mod import;
mod learner_data;
mod learner_rows;
#[cfg(test)]
mod learner_tests;
mod migrations;
mod months;
mod pin;
mod queries;
mod report;
mod settings;

pub use backfill::{Backfill, PastSession};
pub use learner_rows::LearnerRow;
pub use months::MonthActivity;
pub use report::{Activity, Completions, Window};

use std::fs::{self, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode, OpenFlags};

use crate::text::{Args, UserError};

pub use champions::Champion;

/// The file name of the database inside the data folder.
pub const DB_FILE: &str = "signpost.db";

/// Why progress could not be opened or saved.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot create the data folder {path}: {source}")]
    Folder { path: PathBuf, source: io::Error },
    #[error("cannot open {path}: {source}")]
    Open { path: PathBuf, source: rusqlite::Error },
    #[error("{path} is not a Signpost progress file, or is damaged: {source}")]
    Damaged { path: PathBuf, source: rusqlite::Error },
    #[error("{path} was written by a newer Signpost (version {found}, this one knows {supported})")]
    TooNew { path: PathBuf, found: i64, supported: i64 },
    #[error("cannot update the progress file: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("database error: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("cannot use that PIN: {0}")]
    Pin(#[from] crate::domain::pin::PinError),
}

impl From<StoreError> for UserError {
    /// What a person is told when the progress file cannot be used.
    fn from(error: StoreError) -> UserError {
        let args = |path: &Path| Args::new().with("path", path.display().to_string()).with("detail", error.to_string());
        match &error {
            StoreError::Damaged { path, .. } => UserError::with("error-store-damaged", args(path)),
            StoreError::TooNew { path, .. } => UserError::with("error-store-too-new", args(path)),
            StoreError::Folder { path, .. } | StoreError::Open { path, .. } => {
                UserError::with("error-store-open", args(path))
            }
            StoreError::Migration(_) | StoreError::Sql(_) | StoreError::Pin(_) => {
                UserError::with("error-store-open", args(Path::new(DB_FILE)))
            }
        }
    }
}

/// The open progress database.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (or creates) `dir/signpost.db`. A folder it creates is private (0700) and so
    /// is a new database (0600; SQLite gives its WAL files the same mode).
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        create_private_dir(dir).map_err(|source| StoreError::Folder { path: dir.to_path_buf(), source })?;
        let path = dir.join(DB_FILE);
        create_private_file(&path).map_err(|source| StoreError::Folder { path: path.clone(), source })?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(&path, flags)
            .map_err(|source| StoreError::Open { path: path.clone(), source })?;
        Store::prepare(conn, &path)
    }

    /// A throwaway database in memory, for tests.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Store::prepare(Connection::open_in_memory()?, Path::new(":memory:"))
    }

    fn prepare(mut conn: Connection, path: &Path) -> Result<Store, StoreError> {
        // Read the version before changing anything, so a file we cannot use is left as it was.
        let found: i64 =
            conn.pragma_query_value(None, "user_version", |row| row.get(0)).map_err(|source| classify(path, source))?;
        let supported = migrations::latest_version();
        if found > supported {
            return Err(StoreError::TooNew { path: path.to_path_buf(), found, supported });
        }
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL").map_err(|source| classify(path, source))?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrations::migrations().to_latest(&mut conn)?;
        Ok(Store { conn })
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self.conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
    }
}

/// "Not a database" and friends mean a damaged or foreign file; anything else is an
/// ordinary failure to open.
fn classify(path: &Path, source: rusqlite::Error) -> StoreError {
    let damaged = matches!(source.sqlite_error_code(), Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt));
    let path = path.to_path_buf();
    if damaged {
        StoreError::Damaged { path, source }
    } else {
        StoreError::Open { path, source }
    }
}

fn create_private_dir(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        // A folder the user chose may be shared (say /tmp): never change its mode.
        return Ok(());
    }
    fs::create_dir_all(dir)?;
    set_mode(dir, 0o700)
}

fn create_private_file(path: &Path) -> io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    #[cfg(unix)]
    fn a_new_data_folder_and_database_are_private() {
        let top = tempfile::tempdir().unwrap();
        let dir = top.path().join("signpost");
        let store = Store::open(&dir).unwrap();
        store.add_learner("Ann").unwrap();
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(mode(&dir.join(DB_FILE)), 0o600);
        let wal = dir.join(format!("{DB_FILE}-wal"));
        assert!(wal.exists(), "WAL mode is on");
        assert_eq!(mode(&wal), 0o600);
    }

    #[test]
    fn a_damaged_file_is_reported_and_left_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DB_FILE);
        let junk = b"this is not a database, it is a shopping list: eggs, milk, bread.".repeat(100);
        fs::write(&path, &junk).unwrap();
        let err = Store::open(dir.path()).err().expect("must refuse");
        assert!(matches!(err, StoreError::Damaged { .. }), "{err}");
        assert_eq!(fs::read(&path).unwrap(), junk);
    }

    #[test]
    fn a_database_from_a_newer_signpost_is_refused_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DB_FILE);
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 999;").unwrap();
        }
        let before = fs::read(&path).unwrap();
        let err = Store::open(dir.path()).err().expect("must refuse");
        assert!(matches!(err, StoreError::TooNew { found: 999, .. }), "{err}");
        assert_eq!(fs::read(&path).unwrap(), before);
    }

    #[test]
    fn reopening_keeps_the_schema_version() {
        let dir = tempfile::tempdir().unwrap();
        let version = Store::open(dir.path()).unwrap().schema_version().unwrap();
        assert_eq!(version, migrations::latest_version());
        assert_eq!(Store::open(dir.path()).unwrap().schema_version().unwrap(), version);
    }

    #[test]
    fn upgrading_from_the_first_schema_keeps_everything() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DB_FILE);
        {
            // A database as the first version of Signpost left it.
            let mut conn = Connection::open(&path).unwrap();
            migrations::migrations().to_version(&mut conn, 1).unwrap();
            conn.execute("INSERT INTO learner (name) VALUES ('Ann')", []).unwrap();
            conn.execute(
                "INSERT INTO lesson_progress (learner_id, course_id, lesson_id, step_id) VALUES (1, 'gs', 'keys', 'shift')",
                [],
            )
            .unwrap();
        }
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(store.schema_version().unwrap(), migrations::latest_version());
        assert_eq!(store.learners().unwrap()[0].name, "Ann");
        assert_eq!(store.progress(1).unwrap().lesson("gs", "keys").unwrap().step_id, "shift");
        store.record_help(1, "gs", "keys", "shift", 1).unwrap();
    }
}
