//! Writing a file that holds a learner's data (an export, a certificate, a log that can
//! name them): private to this user (0600) whatever was there before, and on the disk
//! before we say it is saved, so a USB stick can be taken out at once.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

/// Writes `bytes` to `path`, replacing what was there, readable by this user only.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    let mut file = open(path, &mut options)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Opens `path` to add to its end (a log), readable by this user only.
pub fn append(path: &Path) -> io::Result<File> {
    open(path, OpenOptions::new().create(true).append(true))
}

fn open(path: &Path, options: &mut OpenOptions) -> io::Result<File> {
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(options, 0o600);
    let file = options.open(path)?;
    // The mode above is only for a new file: one already there keeps its own.
    #[cfg(unix)]
    file.set_permissions(std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
    Ok(file)
}

#[cfg(all(test, unix))]
mod tests {
    use std::fs;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn a_file_left_readable_by_others_is_made_private_when_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ann.html");
        fs::write(&path, "old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        super::write(&path, b"new").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        let fresh = dir.path().join("bob.html");
        super::write(&fresh, b"x").unwrap();
        assert_eq!(fs::metadata(&fresh).unwrap().permissions().mode() & 0o777, 0o600);
    }

    #[test]
    fn a_log_is_added_to_and_made_private() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("speech.log");
        fs::write(&path, "Hello, Ann.\n").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        writeln!(super::append(&path).unwrap(), "Step 1 of 5.").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "Hello, Ann.\nStep 1 of 5.\n");
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    }
}
