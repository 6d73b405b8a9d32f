//! The data folder and the files in it hold learners' data: the folder is 0700 and
//! every file 0600, whatever was there before. A mode that had to be tightened is
//! noted, for the log.

use std::fs::{self, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

/// The folder's mode; the files'.
const FOLDER: u32 = 0o700;
const FILE: u32 = 0o600;

/// Makes `dir` (and any folder above it that is missing), private. A folder shared on
/// purpose (sticky, like /tmp) is left as it is: it is not only ours. Returns the
/// paths whose mode was tightened.
pub fn folder(dir: &Path) -> io::Result<Vec<PathBuf>> {
    if !dir.is_dir() {
        fs::create_dir_all(dir)?;
        set_mode(dir, FOLDER)?;
        return Ok(Vec::new());
    }
    tighten(dir, FOLDER)
}

/// Creates `path` if it is missing, private; tightens it if it is there.
pub fn file(path: &Path) -> io::Result<Vec<PathBuf>> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, FILE);
    match options.open(path) {
        Ok(_) => Ok(Vec::new()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => tighten(path, FILE),
        Err(e) => Err(e),
    }
}

/// Tightens `path` (if it is there) to `mode`, if others can use it.
pub fn tighten_if_there(path: &Path) -> io::Result<Vec<PathBuf>> {
    if path.exists() {
        tighten(path, FILE)
    } else {
        Ok(Vec::new())
    }
}

#[cfg(unix)]
fn tighten(path: &Path, mode: u32) -> io::Result<Vec<PathBuf>> {
    use std::os::unix::fs::PermissionsExt;
    let now = fs::metadata(path)?.permissions().mode();
    let sticky = now & 0o1000 != 0;
    if sticky || now & 0o777 & !mode == 0 {
        return Ok(Vec::new());
    }
    set_mode(path, mode)?;
    Ok(vec![path.to_path_buf()])
}

#[cfg(not(unix))]
fn tighten(_path: &Path, _mode: u32) -> io::Result<Vec<PathBuf>> {
    Ok(Vec::new())
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

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).unwrap().permissions().mode() & 0o7777
    }

    #[test]
    fn an_open_folder_and_file_are_tightened_and_said_a_shared_folder_is_not() {
        let top = tempfile::tempdir().unwrap();
        let dir = top.path().join("data");
        fs::create_dir(&dir).unwrap();
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
        assert_eq!(folder(&dir).unwrap(), std::slice::from_ref(&dir));
        assert_eq!(mode(&dir), 0o700);
        assert!(folder(&dir).unwrap().is_empty(), "once is enough");
        let db = dir.join("x.db");
        fs::write(&db, "").unwrap();
        fs::set_permissions(&db, fs::Permissions::from_mode(0o644)).unwrap();
        assert_eq!(file(&db).unwrap(), std::slice::from_ref(&db));
        assert_eq!(mode(&db), 0o600);
        let read_only = dir.join("y.db");
        fs::write(&read_only, "").unwrap();
        fs::set_permissions(&read_only, fs::Permissions::from_mode(0o400)).unwrap();
        assert!(file(&read_only).unwrap().is_empty(), "tighter than 0600 already: left alone");
        let shared = top.path().join("shared");
        fs::create_dir(&shared).unwrap();
        fs::set_permissions(&shared, fs::Permissions::from_mode(0o1777)).unwrap();
        assert!(folder(&shared).unwrap().is_empty());
        assert_eq!(mode(&shared), 0o1777);
    }
}
