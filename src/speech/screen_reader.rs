//! Finding a screen reader that is already running, so the tutor can offer to turn its
//! own voice off: a self-voicing program and a screen reader talk over each other.

use std::fs;
use std::path::Path;

/// Screen readers by the process name they run as, and the name people know them by.
const KNOWN: [(&str, &str); 3] = [("orca", "Orca"), ("fenrir", "Fenrir"), ("brltty", "BRLTTY")];

/// The name of a screen reader running on this computer, if any.
/// `SIGNPOST_SCREEN_READER=none` says there is none (a hub whose screen reader runs for
/// another user, or a test beside a running Orca); any other value names one.
pub fn running() -> Option<String> {
    match std::env::var("SIGNPOST_SCREEN_READER") {
        Ok(name) if name == "none" => None,
        Ok(name) if !name.is_empty() => Some(name),
        _ => find(Path::new("/proc"), Path::new("/sys/accessibility/speakup")),
    }
}

/// Looks through `proc` (a /proc-like folder of process folders with a `comm` file)
/// and at `speakup` (present when the Speakup console screen reader is loaded).
pub fn find(proc: &Path, speakup: &Path) -> Option<String> {
    if speakup.exists() {
        return Some("Speakup".to_owned());
    }
    let entries = fs::read_dir(proc).ok()?;
    // Only process folders (their names are numbers), each name read in one go: a
    // desktop runs hundreds of processes, and this runs at every start.
    let processes =
        entries.flatten().filter(|e| e.file_name().to_str().is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit())));
    for entry in processes {
        let Some(comm) = read_short(&entry.path().join("comm")) else { continue };
        let comm = comm.trim().to_lowercase();
        if let Some((_, name)) = KNOWN.iter().find(|(process, _)| comm.starts_with(process)) {
            return Some((*name).to_owned());
        }
    }
    None
}

/// The start of a small file (a process name is at most 16 bytes), in one read.
fn read_short(path: &Path) -> Option<String> {
    use std::io::Read;
    let mut buffer = [0; 64];
    let length = fs::File::open(path).ok()?.read(&mut buffer).ok()?;
    Some(String::from_utf8_lossy(&buffer[..length]).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn process(root: &Path, pid: &str, comm: &str) {
        fs::create_dir_all(root.join(pid)).unwrap();
        fs::write(root.join(pid).join("comm"), format!("{comm}\n")).unwrap();
    }

    #[test]
    fn screen_readers_are_found_by_process_name_or_speakup() {
        let dir = tempfile::tempdir().unwrap();
        let proc = dir.path().join("proc");
        let speakup = dir.path().join("speakup");
        process(&proc, "1", "systemd");
        process(&proc, "42", "bash");
        assert_eq!(find(&proc, &speakup), None);
        process(&proc, "77", "orca");
        assert_eq!(find(&proc, &speakup).as_deref(), Some("Orca"));
        fs::create_dir(&speakup).unwrap();
        assert_eq!(find(&proc, &speakup).as_deref(), Some("Speakup"));
    }
}
