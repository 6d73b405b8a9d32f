//! Keeping saved steps safe against a power cut without making a key wait for the disk.
//!
//! The store's own connection commits with `synchronous=NORMAL` in WAL mode: a commit is
//! written to the WAL file before it returns, so a `kill -9` (or a crash) right after a
//! step loses nothing, but it does not wait for the disk to confirm. A second connection
//! here notices each commit (SQLite's `data_version`) and checkpoints, which does wait
//! for the disk; so a moment after a step, a power cut cannot lose it either, and the
//! learner's key never waited for that.

use std::path::Path;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::thread::{self, JoinHandle};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

/// How soon after a commit it is made safe on the disk.
const EVERY: Duration = Duration::from_millis(200);

/// The running checkpointer. Dropping it stops it without a last checkpoint: the
/// store's own connection, closed after it, checkpoints as the last one out.
pub struct Checkpointer {
    stop: Option<Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Starts checkpointing the database at `path`, on a thread that opens its own
/// connection when it first wakes (so opening it costs the first screen nothing, and a
/// run that ends at once, `signpost --plain < /dev/null`, never opens it). If it cannot,
/// a log line says so and the store works as before: SQLite checkpoints by itself as
/// the WAL grows.
pub fn start(path: &Path) -> Option<Checkpointer> {
    let path = path.to_path_buf();
    let (stop, stopped) = mpsc::channel::<()>();
    let spawned = thread::Builder::new().name("checkpoint".into()).spawn(move || {
        let mut open: Option<Connection> = None;
        // Nothing seen yet: the first wake checkpoints whatever the WAL holds.
        let mut seen = None;
        while let Err(RecvTimeoutError::Timeout) = stopped.recv_timeout(EVERY) {
            let conn = match open {
                Some(ref conn) => conn,
                None => match connect(&path) {
                    Ok(conn) => open.insert(conn),
                    Err(e) => return log::warn!("no background checkpoints for {}: {e}", path.display()),
                },
            };
            let now = data_version(conn);
            if now.is_none() || now != seen {
                seen = now;
                if let Err(e) = checkpoint(conn) {
                    log::warn!("checkpoint: {e}");
                }
            }
        }
    });
    match spawned {
        Ok(thread) => Some(Checkpointer { stop: Some(stop), thread: Some(thread) }),
        Err(e) => {
            log::warn!("no background checkpoints: {e}");
            None
        }
    }
}

/// The checkpointer's own connection, without the memory it would not use.
fn connect(path: &Path) -> Result<Connection, rusqlite::Error> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    no_lookaside(&conn);
    Ok(conn)
}

/// Changes whenever another connection commits. Reads only the file's first page.
fn data_version(conn: &Connection) -> Option<i64> {
    conn.pragma_query_value(None, "data_version", |row| row.get(0)).ok()
}

/// A passive checkpoint (it never waits for the store's connection), through SQLite's
/// C function: `PRAGMA wal_checkpoint` would first read and keep the whole schema,
/// which this connection never uses (some 75 KB, measured with heaptrack).
fn checkpoint(conn: &Connection) -> Result<(), rusqlite::Error> {
    // SAFETY: `conn` is open for as long as the call lasts; a null schema name means
    // every attached database, and the two null out-pointers mean "not wanted", both
    // as sqlite3_wal_checkpoint_v2 documents.
    let code = unsafe {
        rusqlite::ffi::sqlite3_wal_checkpoint_v2(
            conn.handle(),
            std::ptr::null(),
            rusqlite::ffi::SQLITE_CHECKPOINT_PASSIVE,
            std::ptr::null_mut(),
            std::ptr::null_mut(),
        )
    };
    match code {
        rusqlite::ffi::SQLITE_OK => Ok(()),
        code => Err(rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), None)),
    }
}

/// Turns off SQLite's lookaside memory for `conn`: a pool of small blocks kept for
/// each connection to parse and run statements quickly (some 60 KB, all of it written
/// at once), which a connection that only checkpoints has no use for.
fn no_lookaside(conn: &Connection) {
    // SAFETY: `conn` is open and has made no allocation from its pool yet (nothing has
    // run on it), which is when SQLITE_DBCONFIG_LOOKASIDE may be changed; a null
    // buffer with a size and count of 0 means no pool, as the SQLite manual says.
    let code = unsafe {
        rusqlite::ffi::sqlite3_db_config(
            conn.handle(),
            rusqlite::ffi::SQLITE_DBCONFIG_LOOKASIDE,
            std::ptr::null_mut::<std::ffi::c_void>(),
            0 as std::ffi::c_int,
            0 as std::ffi::c_int,
        )
    };
    if code != rusqlite::ffi::SQLITE_OK {
        log::debug!("checkpoint connection keeps its lookaside memory (SQLite said {code})");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rows in the database file alone, as a power cut would leave it without its
    /// WAL (none while a checkpoint is half-way through writing it).
    fn rows_on_disk(path: &Path) -> i64 {
        let copy = path.with_extension("copy");
        std::fs::copy(path, &copy).unwrap();
        let conn = Connection::open(&copy).unwrap();
        conn.query_row("SELECT count(*) FROM t", [], |r| r.get(0)).unwrap_or(0)
    }

    #[test]
    fn a_commit_reaches_the_database_file_through_the_background_connection() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        conn.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
        conn.execute_batch("CREATE TABLE t (x); PRAGMA wal_checkpoint(TRUNCATE);").unwrap();
        conn.execute("INSERT INTO t VALUES (1)", []).unwrap();
        assert_eq!(rows_on_disk(&path), 0, "a commit alone is only in the WAL");
        let _checkpointer = start(&path).expect("starts");
        conn.execute("INSERT INTO t VALUES (2)", []).unwrap();
        // Waits for what it needs: both rows in the database file (a wake is 200 ms).
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        while rows_on_disk(&path) < 2 && std::time::Instant::now() < deadline {
            thread::sleep(Duration::from_millis(20));
        }
        assert_eq!(rows_on_disk(&path), 2, "both commits are in the database file");
    }
}
