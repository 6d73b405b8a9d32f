//! Test-only fault points inside a save, to prove that a save is whole: a crash (or a
//! failing disk) between the two writes of one learner action leaves neither.
//!
//! In debug builds, `SIGNPOST_FAULT=between_writes` aborts the process there (as a
//! kill would); release builds carry no such switch. Unit tests can make the next
//! save fail there with an I/O error instead ([`fail_between_writes`]).

use super::StoreError;

/// Called inside a transaction, after its first write and before its second.
pub(super) fn between_writes() -> Result<(), StoreError> {
    #[cfg(debug_assertions)]
    if std::env::var_os("SIGNPOST_FAULT").is_some_and(|v| v == "between_writes") {
        std::process::abort();
    }
    #[cfg(test)]
    if FAIL.with(|f| f.replace(false)) {
        return Err(io_error("injected fault between two writes"));
    }
    Ok(())
}

/// A disk error as SQLite reports one (a full disk, a pulled USB stick).
#[cfg(test)]
pub(super) fn io_error(what: &str) -> StoreError {
    let code = rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_IOERR);
    StoreError::Sql(rusqlite::Error::SqliteFailure(code, Some(what.to_owned())))
}

#[cfg(test)]
thread_local! {
    static FAIL: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Makes the next save on this thread fail between its two writes.
#[cfg(test)]
pub(super) fn fail_between_writes() {
    FAIL.with(|f| f.set(true));
}

/// Makes every later write fail (SQLite's `query_only`), as a full disk would, or lets
/// writes through again: for tests of what the shell does while saves fail.
#[cfg(test)]
impl super::Store {
    pub fn refuse_writes(&self, refuse: bool) {
        self.conn.pragma_update(None, "query_only", refuse).unwrap();
    }
}
