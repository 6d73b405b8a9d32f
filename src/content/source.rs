//! Where lesson and locale files come from: the copies built into the binary (so an
//! installed `signpost` works from any folder), or a folder given on the command line
//! (so authors and translators can try their work without rebuilding).

use std::borrow::Cow;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// The built-in files, listed by `build.rs`.
mod built_in {
    include!(concat!(env!("OUT_DIR"), "/built_in.rs"));
}

use super::diag::{line_col, Diagnostic, Problem, Severity};
use super::limits::{MAX_FILE_BYTES, MAX_FILE_KB};

/// One file of a tree, with its path relative to the tree's top.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path to show in messages: the real path for a folder, `lessons/...` or
    /// `locales/...` for built-in files.
    pub path: PathBuf,
    /// The path inside the tree, such as `01-getting-started/course.toml`.
    pub relative: PathBuf,
    /// The text (without a leading byte-order mark), or why it could not be read.
    /// Built-in files are borrowed from the binary, never copied.
    pub text: Result<Cow<'static, str>, ReadError>,
}

impl SourceFile {
    /// Whether the file is one of Signpost's own, borrowed from the binary (and so
    /// checked before Signpost was built), not read from disk.
    pub fn is_built_in(&self) -> bool {
        matches!(self.text, Ok(Cow::Borrowed(_)))
    }
}

/// Why a file's text could not be had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// The system's own words (no permission, not there any more).
    Io(String),
    /// Larger than [`MAX_FILE_BYTES`], so not read at all.
    TooBig,
    /// Not UTF-8: where the first bad byte is, and the text with every bad byte taken out,
    /// so that the messages the file defines are still known (present but broken, rather
    /// than missing everywhere they are used).
    NotUtf8 { line: usize, col: usize, lossy: String },
}

impl ReadError {
    /// The one problem to report for a file that could not be read.
    pub fn diagnostic(&self, path: &Path) -> Diagnostic {
        let (line, col, problem) = match self {
            ReadError::Io(detail) => (1, 1, Problem::Unreadable { detail: detail.clone() }),
            ReadError::TooBig => (1, 1, Problem::TooBig { limit_kb: MAX_FILE_KB }),
            ReadError::NotUtf8 { line, col, .. } => (*line, *col, Problem::NotUtf8),
        };
        Diagnostic { path: path.to_path_buf(), line, col, severity: Severity::Error, problem }
    }

    /// What can still be read of the file, if anything.
    pub fn lossy_text(&self) -> Option<&str> {
        match self {
            ReadError::NotUtf8 { lossy, .. } => Some(lossy),
            ReadError::Io(_) | ReadError::TooBig => None,
        }
    }
}

/// A file's bytes as text: UTF-8, with a leading byte-order mark (Windows Notepad adds
/// one) taken off, and a bad byte reported at its own line and column.
pub fn decode(bytes: Vec<u8>) -> Result<String, ReadError> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_owned(),
            None => text,
        }),
        Err(e) => {
            let valid_up_to = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            // Everything before the bad byte is good UTF-8, so its line and column are
            // the bad byte's.
            let before = String::from_utf8_lossy(&bytes[..valid_up_to]);
            let before = before.strip_prefix('\u{feff}').unwrap_or(&before);
            let (line, col) = line_col(before, before.len());
            // Bad bytes taken out, not replaced: one at the start of a line would
            // otherwise hide the name of the message defined there.
            let lossy = String::from_utf8_lossy(&bytes).replace('\u{fffd}', "");
            let lossy = lossy.strip_prefix('\u{feff}').unwrap_or(&lossy).to_owned();
            Err(ReadError::NotUtf8 { line, col, lossy })
        }
    }
}

/// Reads at most [`MAX_FILE_BYTES`] of `path`: a larger file is refused unread.
pub fn read_limited(path: &Path) -> Result<String, ReadError> {
    let file = fs::File::open(path).map_err(|e| ReadError::Io(e.to_string()))?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(|e| ReadError::Io(e.to_string()))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::TooBig);
    }
    decode(bytes)
}

/// The locale files built into this binary, as `build.rs` listed them: each one's path
/// inside `locales/`, and its text (the very text [`SourceTree::built_in_locales`] lends).
pub fn built_in_locale_texts() -> &'static [(&'static str, &'static str)] {
    built_in::LOCALES
}

/// A tree of files, sorted by relative path so that order in folders is stable.
#[derive(Debug, Clone, Default)]
pub struct SourceTree {
    pub files: Vec<SourceFile>,
}

impl SourceTree {
    /// The lessons built into this binary.
    pub fn built_in_lessons() -> Self {
        Self::from_embedded(built_in::LESSONS, Path::new("lessons"))
    }

    /// The locales built into this binary.
    pub fn built_in_locales() -> Self {
        Self::from_embedded(built_in::LOCALES, Path::new("locales"))
    }

    /// Every file under `dir`, read now. Fails only if `dir` itself cannot be read; a
    /// file that cannot be read is kept with its error, for the checker to report.
    pub fn from_dir(dir: &Path) -> io::Result<Self> {
        let mut files = Vec::new();
        walk(dir, Path::new(""), &mut files)?;
        files.sort_by(|a, b| a.relative.cmp(&b.relative));
        Ok(SourceTree { files })
    }

    /// The files built in by `build.rs` (already sorted), their text borrowed: the
    /// compiler checked it is UTF-8, so nothing is copied or checked at start-up.
    fn from_embedded(files: &'static [(&'static str, &'static str)], shown_as: &Path) -> Self {
        let files = files
            .iter()
            .map(|(relative, text)| SourceFile {
                path: shown_as.join(relative),
                relative: PathBuf::from(relative),
                text: Ok(Cow::Borrowed(*text)),
            })
            .collect();
        SourceTree { files }
    }

    /// Files whose name ends with `.extension`.
    pub fn with_extension<'a>(&'a self, extension: &'a str) -> impl Iterator<Item = &'a SourceFile> + 'a {
        self.files.iter().filter(move |f| f.relative.extension().is_some_and(|e| e == extension))
    }
}

/// Whether [`SourceTree::from_dir`] would find a file ending `.extension` under `dir`,
/// found by listing folders only, stopping at the first: the tutor refuses a lessons
/// folder with no course file at once, without reading the folder before its first
/// screen. Fails as `from_dir` does, when `dir` itself cannot be listed.
pub fn holds_extension(dir: &Path, extension: &str) -> io::Result<bool> {
    let named = |path: &Path| path.extension().is_some_and(|e| e == extension);
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if !path.is_dir() {
            if named(&path) {
                return Ok(true);
            }
            continue;
        }
        match holds_extension(&path, extension) {
            Ok(false) => {}
            Ok(true) => return Ok(true),
            // `from_dir` keeps a subfolder it cannot list as one unreadable file.
            Err(_) if named(&path) => return Ok(true),
            Err(_) => {}
        }
    }
    Ok(false)
}

fn walk(dir: &Path, relative: &Path, out: &mut Vec<SourceFile>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let rel = relative.join(entry.file_name());
        if path.is_dir() {
            // A subfolder that cannot be listed is reported as one unreadable file.
            if let Err(e) = walk(&path, &rel, out) {
                out.push(SourceFile { path, relative: rel, text: Err(ReadError::Io(e.to_string())) });
            }
        } else {
            let text = read_limited(&path).map(Cow::Owned);
            out.push(SourceFile { path, relative: rel, text });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_trees_hold_the_shipped_files() {
        let lessons = SourceTree::built_in_lessons();
        assert!(lessons.with_extension("toml").any(|f| f.relative.ends_with("course.toml")));
        let locales = SourceTree::built_in_locales();
        assert!(locales.with_extension("ftl").any(|f| f.relative.starts_with("en-GB")));
    }

    #[test]
    fn a_folder_is_read_in_path_order() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("b")).unwrap();
        fs::write(dir.path().join("b/2.toml"), "x").unwrap();
        fs::write(dir.path().join("a.toml"), "y").unwrap();
        fs::write(dir.path().join("b/1.toml"), [0xff, 0xfe]).unwrap();
        let tree = SourceTree::from_dir(dir.path()).unwrap();
        let names: Vec<_> = tree.files.iter().map(|f| f.relative.clone()).collect();
        assert_eq!(names, [PathBuf::from("a.toml"), "b/1.toml".into(), "b/2.toml".into()]);
        assert!(tree.files[1].text.is_err(), "bad UTF-8 is kept as an error");
    }

    #[test]
    fn a_folder_holds_an_extension_when_its_tree_has_a_file_with_it() {
        let dir = tempfile::tempdir().unwrap();
        let agrees = |expected: bool| {
            let tree = SourceTree::from_dir(dir.path()).unwrap();
            assert_eq!(tree.with_extension("toml").next().is_some(), expected, "from_dir");
            assert_eq!(holds_extension(dir.path(), "toml").unwrap(), expected, "holds_extension");
        };
        agrees(false);
        fs::create_dir_all(dir.path().join("a.toml/b")).unwrap();
        fs::write(dir.path().join("a.toml/notes.md"), "x").unwrap();
        agrees(false);
        fs::write(dir.path().join("a.toml/b/course.toml"), "x").unwrap();
        agrees(true);
        assert!(holds_extension(&dir.path().join("missing"), "toml").is_err(), "as from_dir fails");
        assert!(SourceTree::from_dir(&dir.path().join("missing")).is_err());
    }

    #[test]
    fn a_byte_order_mark_is_taken_off_and_a_bad_byte_is_placed() {
        assert_eq!(decode(b"\xef\xbb\xbfid = 1\n".to_vec()), Ok("id = 1\n".to_owned()));
        let bad = decode(b"\xef\xbb\xbfa = 1\nb = caf\xe9\n\xffc = 2\n".to_vec());
        let lossy = "a = 1\nb = caf\nc = 2\n".to_owned();
        assert_eq!(bad, Err(ReadError::NotUtf8 { line: 2, col: 8, lossy }));
    }

    #[test]
    fn a_file_over_the_limit_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.ftl");
        fs::write(&path, vec![b'a'; MAX_FILE_BYTES as usize + 1]).unwrap();
        assert_eq!(read_limited(&path), Err(ReadError::TooBig));
        fs::write(&path, vec![b'a'; MAX_FILE_BYTES as usize]).unwrap();
        assert!(read_limited(&path).is_ok());
    }
}
