//! Course packs: a partner's course in a folder of its own (`course.toml`, its lesson
//! files, and its words in `locales/<language>/*.ftl`), found beside the built-in
//! courses so that it keeps every later fix and translation of Signpost's own.
//!
//! Packs are looked for in the system's folders ([`search_path`]) and in any folder
//! given with `--courses`. Finding them never fails: a folder that is not there holds no
//! packs, and a pack that cannot be read is named in a problem and left out.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use super::diag::{Diagnostic, Problem, Severity};
use super::source::{read_limited, SourceFile, SourceTree};
use std::borrow::Cow;

/// The file that makes a folder a course (and so a pack).
const COURSE_FILE: &str = "course.toml";

/// The folder inside a pack that holds its words.
const LOCALES_FOLDER: &str = "locales";

/// For tests and packaging only: a list of folders (separated as in `PATH`) searched
/// for packs instead of the system's folders. `--courses` folders are searched as well.
pub const COURSE_PATH_VARIABLE: &str = "SIGNPOST_COURSE_PATH";

/// One course pack, read.
#[derive(Debug, Clone)]
pub struct Pack {
    /// The pack's folder, as found: shown to partners and champions as its origin.
    pub folder: PathBuf,
    /// The course as a lesson tree of one course folder (`course.toml` and its lessons).
    pub lessons: SourceTree,
    /// The pack's words: `<language>/*.ftl`, relative to its `locales` folder.
    pub locales: SourceTree,
}

/// The packs found, in search order, and what stopped any folder being read.
#[derive(Debug, Clone, Default)]
pub struct Packs {
    pub packs: Vec<Pack>,
    pub problems: Vec<Diagnostic>,
}

/// The folders searched for packs, in order: `/usr/share/signpost/courses` (packs that
/// come with other packages), `/etc/signpost/courses` and the XDG data folders
/// (`$XDG_DATA_HOME/signpost/courses`, then each of `$XDG_DATA_DIRS`) for a hub's own.
/// [`COURSE_PATH_VARIABLE`], when set, takes the place of all of them.
pub fn search_path() -> Vec<PathBuf> {
    search_path_from(|name| std::env::var_os(name))
}

/// [`search_path`], reading variables through `var`; each folder appears once.
fn search_path_from(var: impl Fn(&str) -> Option<OsString>) -> Vec<PathBuf> {
    let set = |name: &str| var(name).filter(|v| !v.is_empty());
    if let Some(list) = set(COURSE_PATH_VARIABLE) {
        return std::env::split_paths(&list).filter(|p| !p.as_os_str().is_empty()).collect();
    }
    let data_home = set("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| set("HOME").map(|home| PathBuf::from(home).join(".local/share")));
    let data_dirs = set("XDG_DATA_DIRS").unwrap_or_else(|| OsString::from("/usr/local/share:/usr/share"));
    let mut folders = vec![PathBuf::from("/usr/share/signpost/courses"), PathBuf::from("/etc/signpost/courses")];
    let xdg = data_home.into_iter().chain(std::env::split_paths(&data_dirs).filter(|p| p.is_absolute()));
    for folder in xdg.map(|dir| dir.join("signpost/courses")) {
        if !folders.contains(&folder) {
            folders.push(folder);
        }
    }
    folders
}

impl Packs {
    /// Every pack in the search path, then in each of `extra` (from `--courses`).
    pub fn find(extra: &[PathBuf]) -> Packs {
        let mut found = Packs::default();
        for folder in search_path() {
            // A system folder that is not there simply holds no packs.
            if folder.is_dir() {
                found.add_from(&folder);
            }
        }
        for folder in extra {
            found.add_from(folder);
        }
        found
    }

    /// The pack `folder` is, or each pack in it: a folder with `course.toml` is a pack,
    /// so `--courses` takes a pack being tried out as well as a folder of packs.
    pub fn add_from(&mut self, folder: &Path) {
        if folder.join(COURSE_FILE).is_file() {
            return self.add_pack(folder);
        }
        let entries = match std::fs::read_dir(folder) {
            Ok(entries) => entries,
            Err(e) => return self.unreadable(folder, &e),
        };
        // Hidden folders (`.git`, an editor's own) are not packs, nor mistakes.
        let shown = |path: &PathBuf| !path.file_name().is_some_and(|name| name.to_string_lossy().starts_with('.'));
        let mut folders: Vec<PathBuf> =
            entries.flatten().map(|e| e.path()).filter(|p| p.is_dir() && shown(p)).collect();
        folders.sort();
        for pack in folders {
            if pack.join(COURSE_FILE).is_file() {
                self.add_pack(&pack);
            } else {
                let problem = Problem::MissingCourseFile;
                self.problems.push(Diagnostic::file(&pack.join(COURSE_FILE), Severity::Error, problem));
            }
        }
    }

    /// Reads one pack; the same folder found twice is read once. Only its own `.toml`
    /// files and its `locales` folder are read: a pack may keep a handout or a picture
    /// beside them, which start-up never needs.
    fn add_pack(&mut self, folder: &Path) {
        if self.packs.iter().any(|p| same_folder(&p.folder, folder)) {
            return;
        }
        let entries = match std::fs::read_dir(folder) {
            Ok(entries) => entries,
            Err(e) => return self.unreadable(folder, &e),
        };
        // The lesson loader takes a tree of course folders: the pack is one of them.
        let name = folder.file_name().map(PathBuf::from).unwrap_or_else(|| PathBuf::from("pack"));
        let mut lessons: Vec<SourceFile> = entries
            .flatten()
            .map(|entry| entry.path())
            .filter(|path| path.is_file() && path.extension().is_some_and(|e| e == "toml"))
            .map(|path| {
                let relative = name.join(path.file_name().unwrap_or_default());
                let text = read_limited(&path).map(Cow::Owned);
                SourceFile { path, relative, text }
            })
            .collect();
        lessons.sort_by(|a, b| a.relative.cmp(&b.relative));
        let words = folder.join(LOCALES_FOLDER);
        let locales = match SourceTree::from_dir(&words) {
            Ok(tree) => tree,
            // No words of its own: every message is Signpost's, or missing (as check says).
            Err(_) if !words.exists() => SourceTree::default(),
            Err(e) => return self.unreadable(&words, &e),
        };
        self.packs.push(Pack { folder: folder.to_path_buf(), lessons: SourceTree { files: lessons }, locales });
    }

    fn unreadable(&mut self, folder: &Path, error: &std::io::Error) {
        let problem = Problem::Unreadable { detail: error.to_string() };
        self.problems.push(Diagnostic::file(folder, Severity::Error, problem));
    }

    /// The pack a file belongs to, by its path.
    pub fn pack_of(&self, path: &Path) -> Option<&Pack> {
        self.packs.iter().find(|pack| path.starts_with(&pack.folder))
    }
}

/// The languages a pack has words for (its `locales/<language>` folders).
pub fn languages(pack: &Pack) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for file in pack.locales.with_extension("ftl") {
        let mut parts = file.relative.components();
        if let (Some(language), Some(_)) = (parts.next(), parts.next()) {
            let language = language.as_os_str().to_string_lossy().into_owned();
            if !found.contains(&language) {
                found.push(language);
            }
        }
    }
    found
}

/// `relative` without its first folder.
pub fn parts_after_first(relative: &Path) -> PathBuf {
    relative.components().skip(1).collect()
}

fn same_folder(a: &Path, b: &Path) -> bool {
    a == b || a.canonicalize().ok().is_some_and(|a| b.canonicalize().ok().is_some_and(|b| a == b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn the_system_folders_come_first_then_xdg_and_the_test_variable_replaces_them() {
        let vars = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| OsString::from(v))
        };
        let found = search_path_from(vars(&[("HOME", "/home/ann")]));
        let expected: Vec<PathBuf> = [
            "/usr/share/signpost/courses",
            "/etc/signpost/courses",
            "/home/ann/.local/share/signpost/courses",
            "/usr/local/share/signpost/courses",
        ]
        .iter()
        .map(PathBuf::from)
        .collect();
        assert_eq!(found, expected, "/usr/share from XDG_DATA_DIRS is not searched twice");
        let found = search_path_from(vars(&[("XDG_DATA_HOME", "/d"), ("XDG_DATA_DIRS", "/x:relative:/y")]));
        assert_eq!(
            &found[2..],
            [PathBuf::from("/d/signpost/courses"), "/x/signpost/courses".into(), "/y/signpost/courses".into()]
        );
        let found = search_path_from(vars(&[(COURSE_PATH_VARIABLE, "/a:/b"), ("XDG_DATA_HOME", "/d")]));
        assert_eq!(found, [PathBuf::from("/a"), PathBuf::from("/b")]);
    }

    #[test]
    fn a_pack_or_a_folder_of_packs_is_read_and_a_stray_folder_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let pack = dir.path().join("my-course");
        fs::create_dir_all(pack.join("locales/en-GB")).unwrap();
        fs::write(pack.join("course.toml"), "id").unwrap();
        fs::write(pack.join("01-lesson.toml"), "id").unwrap();
        fs::write(pack.join("README.md"), "notes").unwrap();
        fs::write(pack.join("locales/en-GB/words.ftl"), "a = A").unwrap();
        fs::create_dir(dir.path().join("notes")).unwrap();
        fs::create_dir(dir.path().join(".git")).unwrap();
        let mut packs = Packs::default();
        packs.add_from(dir.path());
        packs.add_from(&pack);
        assert_eq!(packs.packs.len(), 1, "the same pack is read once");
        let lessons: Vec<_> = packs.packs[0].lessons.with_extension("toml").map(|f| f.relative.clone()).collect();
        assert_eq!(lessons, [PathBuf::from("my-course/01-lesson.toml"), "my-course/course.toml".into()]);
        let words: Vec<_> = packs.packs[0].locales.files.iter().map(|f| f.relative.clone()).collect();
        assert_eq!(words, [PathBuf::from("en-GB/words.ftl")]);
        assert_eq!(languages(&packs.packs[0]), ["en-GB"]);
        let places: Vec<_> = packs.problems.iter().map(|p| (p.path.clone(), p.problem.clone())).collect();
        assert_eq!(places, [(dir.path().join("notes/course.toml"), Problem::MissingCourseFile)]);
        packs.add_from(&dir.path().join("not-there"));
        assert!(matches!(packs.problems[1].problem, Problem::Unreadable { .. }), "{:?}", packs.problems);
        assert!(packs.pack_of(&pack.join("01-lesson.toml")).is_some());
    }
}
