//! Learners' progress in SQLite. Nothing else in Signpost writes SQL.
//!
//! Every change is its own committed statement (WAL, `synchronous=NORMAL`): a commit is
//! in the WAL file before it returns, so a crash or `kill -9` loses nothing saved, and a
//! background connection ([`checkpoint`]) puts it on the disk a moment later, so pulling
//! the plug loses at most the last moment's steps, and no key waits for the disk. A file that is damaged, or was written by
//! a newer Signpost, is reported and never touched.

mod backfill;
pub mod backup;
#[cfg(test)]
mod backup_tests;
mod champions;
mod checkpoint;
mod completions;
mod engaged;
mod fault;
mod import;
mod learner_data;
mod learner_rows;
#[cfg(test)]
mod learner_tests;
mod migrations;
mod milestones;
mod month_bounds;
mod months;
mod pin;
mod private;
mod queries;
mod report;
#[cfg(test)]
mod save_tests;
mod settings;

pub use backfill::{Backfill, PastSession};
pub use completions::Completions;
pub use learner_rows::LearnerRow;
pub use months::MonthActivity;
pub use report::{Activity, Figures, Window};

use std::io;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode, OpenFlags};

use crate::text::{Args, UserError};

pub use champions::Champion;
pub use pin::PinOwner;

/// The file name of the database inside the data folder.
pub const DB_FILE: &str = "signpost.db";

/// SQLite's page cache for the tutor and the learner commands, in KiB (SQLite's own
/// default is 2,000).
const CACHE_KIB: i64 = 256;

/// Why progress could not be opened or saved.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot create the data folder {path}: {source}")]
    Folder { path: PathBuf, source: io::Error },
    #[error("cannot open {path}: {source}")]
    Open { path: PathBuf, source: rusqlite::Error },
    #[error("{path} is not a Signpost progress file, or is damaged: {source}")]
    Damaged { path: PathBuf, source: rusqlite::Error },
    #[error("{path} is damaged: SQLite's check found {found}")]
    Check { path: PathBuf, found: String },
    #[error("{path} was written by a newer Signpost (version {found}, this one knows {supported})")]
    TooNew { path: PathBuf, found: i64, supported: i64 },
    #[error("cannot update the progress file: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("database error: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("cannot use that PIN: {0}")]
    Pin(#[from] crate::domain::pin::PinError),
    /// The learner was erased (by `signpost learner erase`) while the tutor ran.
    #[error("{name} here is a different person from the {name} in the file")]
    OtherPerson { name: String },
    #[error("the learner is no longer on this computer")]
    LearnerGone,
}

impl StoreError {
    /// True when the learner being saved was erased while the tutor ran: saving again
    /// cannot help, and nothing should be said to be saved.
    pub fn learner_gone(&self) -> bool {
        matches!(self, StoreError::LearnerGone)
    }
}

/// Stops a save for a learner who is no longer in the file (erased while the tutor
/// ran), before anything is written for them.
fn require_learner(conn: &Connection, learner_id: i64) -> Result<(), StoreError> {
    let found: bool =
        conn.query_row("SELECT EXISTS (SELECT 1 FROM learner WHERE id = ?1)", [learner_id], |r| r.get(0))?;
    if found {
        Ok(())
    } else {
        Err(StoreError::LearnerGone)
    }
}

impl From<StoreError> for UserError {
    /// What a person is told when the progress file cannot be used.
    fn from(error: StoreError) -> UserError {
        let args = |path: &Path| Args::new().with("path", path.display().to_string()).with("detail", error.to_string());
        match &error {
            StoreError::Damaged { path, .. } | StoreError::Check { path, .. } => {
                let newest = path.parent().map(backup::backups).unwrap_or_default().into_iter().next();
                match newest {
                    Some(copy) => UserError::with(
                        "error-store-damaged-backup",
                        args(path).with("backup", copy.display().to_string()),
                    ),
                    None => UserError::with("error-store-damaged", args(path)),
                }
            }
            StoreError::TooNew { path, .. } => UserError::with("error-store-too-new", args(path)),
            StoreError::Folder { path, .. } | StoreError::Open { path, .. } => {
                UserError::with("error-store-open", args(path))
            }
            StoreError::OtherPerson { name } => {
                UserError::with("learner-import-other-person", Args::new().with("name", name.as_str()))
            }
            StoreError::Migration(_) | StoreError::Sql(_) | StoreError::Pin(_) | StoreError::LearnerGone => {
                UserError::with("error-store-open", args(Path::new(DB_FILE)))
            }
        }
    }
}

/// How much of the progress file a report maps into memory: SQLite's most, 2 GiB.
const REPORT_MAP_BYTES: i64 = 0x7fff_0000;

/// The open progress database.
pub struct Store {
    /// Makes commits safe on the disk off the key path; `None` in memory. Declared
    /// before `conn` so it stops first and `conn`, closing last, does the last checkpoint.
    _checkpointer: Option<checkpoint::Checkpointer>,
    conn: Connection,
    /// Files and folders whose mode was tightened when the store was opened.
    tightened: Vec<PathBuf>,
    /// The data folder (none for a database in memory), where backups go.
    dir: Option<PathBuf>,
}

impl Store {
    /// Opens (or creates) `dir/signpost.db`. The folder is private (0700) and so are
    /// the database and its WAL files (0600), whatever they were before: see
    /// [`Store::tightened`].
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        Store::open_checked(dir, true)
    }

    /// Opens the progress file to report from it: as [`Store::open`], without SQLite's
    /// check of every page (it reads the whole file, half a second for a million steps,
    /// and a report only reads: damage it meets is an error there). The tutor and the
    /// `learner` commands, which write, always check.
    ///
    /// A report reads much of the file once, so SQLite maps it into memory rather than
    /// copying each page in (a report over 10,000,000 steps read its rows in half the
    /// time). Mapping is unsafe only for a file that shrinks under its reader, and
    /// Signpost never shrinks the file (it never runs VACUUM).
    pub fn open_to_report(dir: &Path) -> Result<Store, StoreError> {
        let store = Store::open_checked(dir, false)?;
        store.conn.pragma_update(None, "mmap_size", REPORT_MAP_BYTES)?;
        Ok(store)
    }

    fn open_checked(dir: &Path, check: bool) -> Result<Store, StoreError> {
        let folder = |source| StoreError::Folder { path: dir.to_path_buf(), source };
        let mut tightened = private::folder(dir).map_err(folder)?;
        let path = dir.join(DB_FILE);
        tightened.extend(private::file(&path).map_err(folder)?);
        for suffix in ["-wal", "-shm"] {
            tightened.extend(private::tighten_if_there(&dir.join(format!("{DB_FILE}{suffix}"))).map_err(folder)?);
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(&path, flags)
            .map_err(|source| StoreError::Open { path: path.clone(), source })?;
        let mut store = Store::prepare(conn, &path, check)?;
        store.tightened = tightened;
        store.dir = Some(dir.to_path_buf());
        store._checkpointer = checkpoint::start(&path);
        Ok(store)
    }

    /// Makes today's backup of the progress file, if there is none yet (see
    /// [`backup`]); gives back the new backup's path.
    pub fn back_up_daily(&self) -> Result<Option<PathBuf>, StoreError> {
        match &self.dir {
            Some(dir) => backup::daily(&self.conn, dir, &backup::today()),
            None => Ok(None),
        }
    }

    /// The files and folders that others could read until the store was opened, and
    /// are private now: the tutor says so in its log.
    pub fn tightened(&self) -> &[PathBuf] {
        &self.tightened
    }

    /// A throwaway database in memory, for tests.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Store::prepare(Connection::open_in_memory()?, Path::new(":memory:"), false)
    }

    fn prepare(mut conn: Connection, path: &Path, check: bool) -> Result<Store, StoreError> {
        // Read the version before changing anything, so a file we cannot use is left as it was.
        let found: i64 =
            conn.pragma_query_value(None, "user_version", |row| row.get(0)).map_err(|source| classify(path, source))?;
        let supported = migrations::latest_version();
        if found > supported {
            return Err(StoreError::TooNew { path: path.to_path_buf(), found, supported });
        }
        if check {
            // SQLite's page cache keeps up to 2 MB of what it reads, and the check below
            // reads every page: with a 29 MB progress file the idle full-screen view took
            // 10 MB, not 7.5 (the `startup` bench's target is 8 MiB). The tutor and the
            // learner commands read and write a few pages at a time; a report (no check)
            // keeps the larger cache.
            conn.pragma_update(None, "cache_size", -CACHE_KIB).map_err(|source| classify(path, source))?;
        }
        if check && found > 0 {
            // SQLite's own check of every page, before anything is written.
            backup::check(&conn, path)?;
        }
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL").map_err(|source| classify(path, source))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrations::migrations().to_latest(&mut conn)?;
        Ok(Store { _checkpointer: None, conn, tightened: Vec::new(), dir: None })
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

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
    #[cfg(unix)]
    fn a_data_folder_and_files_others_could_read_are_made_private_and_listed() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        Store::open(dir.path()).unwrap().add_learner("Ann").unwrap();
        let db = dir.path().join(DB_FILE);
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
        fs::set_permissions(&db, fs::Permissions::from_mode(0o644)).unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(store.tightened(), [dir.path().to_path_buf(), db.clone()]);
        assert_eq!((mode(dir.path()), mode(&db)), (0o700, 0o600));
        assert!(Store::open(dir.path()).unwrap().tightened().is_empty());
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
    fn the_tutor_keeps_a_small_page_cache_and_a_report_sqlites_own() {
        let dir = tempfile::tempdir().unwrap();
        let cache = |store: &Store| store.conn.pragma_query_value(None, "cache_size", |r| r.get::<_, i64>(0)).unwrap();
        assert_eq!(cache(&Store::open(dir.path()).unwrap()), -CACHE_KIB, "a new file");
        assert_eq!(cache(&Store::open(dir.path()).unwrap()), -CACHE_KIB, "checked before it is used");
        assert_eq!(cache(&Store::open_to_report(dir.path()).unwrap()), -2000);
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
