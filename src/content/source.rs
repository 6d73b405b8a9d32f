//! Where lesson and locale files come from: the copies built into the binary (so an
//! installed `signpost` works from any folder), or a folder given on the command line
//! (so authors and translators can try their work without rebuilding).

use std::borrow::Cow;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The built-in files, listed by `build.rs`.
mod built_in {
    include!(concat!(env!("OUT_DIR"), "/built_in.rs"));
}

/// One file of a tree, with its path relative to the tree's top.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path to show in messages: the real path for a folder, `lessons/...` or
    /// `locales/...` for built-in files.
    pub path: PathBuf,
    /// The path inside the tree, such as `01-getting-started/course.toml`.
    pub relative: PathBuf,
    /// The text, or why it could not be read. Built-in files are borrowed from the
    /// binary, never copied.
    pub text: Result<Cow<'static, str>, String>,
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

fn walk(dir: &Path, relative: &Path, out: &mut Vec<SourceFile>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let rel = relative.join(entry.file_name());
        if path.is_dir() {
            // A subfolder that cannot be listed is reported as one unreadable file.
            if let Err(e) = walk(&path, &rel, out) {
                out.push(SourceFile { path, relative: rel, text: Err(e.to_string()) });
            }
        } else {
            let text = fs::read(&path)
                .map_err(|e| e.to_string())
                .and_then(|bytes| String::from_utf8(bytes).map(Cow::Owned).map_err(|e| e.to_string()));
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
}
