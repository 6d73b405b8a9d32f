//! Builds the lessons and locales into the binary: `$OUT_DIR/built_in.rs` lists every
//! file with its text as `include_str!`, so the compiler checks the text is UTF-8 once,
//! at build time, and a start costs no copying or checking. `$OUT_DIR/locale_index.rs`
//! lists where each language's messages are (`src/i18n/index.rs`), so a start finds a
//! message without looking through every file. Cargo is told to rebuild when anything
//! in those folders changes.

/// The finding of messages in a Fluent text, shared with the program.
#[path = "src/i18n/entries.rs"]
mod entries;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let mut out = String::new();
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-changed=src/i18n/entries.rs");
    for (name, folder) in [("LESSONS", "lessons"), ("LOCALES", "locales")] {
        println!("cargo:rerun-if-changed={folder}");
        let mut files = Vec::new();
        walk(&root.join(folder), Path::new(""), &mut files);
        files.sort();
        if folder == "locales" {
            let index = locale_index(&root.join(folder), &files);
            fs::write(out_dir.join("locale_index.rs"), index).expect("OUT_DIR can be written");
        }
        let _ = writeln!(out, "/// Every file under `{folder}/`: its path inside the folder, and its text.");
        let _ = writeln!(out, "pub static {name}: &[(&str, &str)] = &[");
        for relative in files {
            let full = root.join(folder).join(&relative);
            let _ =
                writeln!(out, "    ({:?}, include_str!({:?})),", relative.to_string_lossy(), full.to_string_lossy());
        }
        let _ = writeln!(out, "];");
    }
    fs::write(out_dir.join("built_in.rs"), out).expect("OUT_DIR can be written");
    startup_order(&root);
}

/// Release builds on Linux lay out the functions a start runs side by side, so fewer
/// 64 KB pieces of the program are read into memory (see tools/startup-order, which
/// writes the list). Debug builds and tests are linked as usual.
fn startup_order(root: &Path) {
    let script = root.join("tools").join("startup-order.ld");
    println!("cargo:rerun-if-changed={}", script.display());
    let release = env::var("PROFILE").is_ok_and(|p| p == "release");
    let linux = env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "linux");
    if release && linux && script.exists() {
        println!("cargo:rustc-link-arg-bins=-Wl,-T,{}", script.display());
    }
}

/// For each language folder (in path order): the numbers of its `.ftl` files in `files`
/// (sorted paths inside `locales/`), and the first entry of each id they define, sorted
/// by id, as `Entry::new(file, start, id_start, id_end, end)`.
fn locale_index(folder: &Path, files: &[PathBuf]) -> String {
    let mut languages: Vec<(String, Vec<usize>)> = Vec::new();
    for (number, file) in files.iter().enumerate() {
        let mut parts = file.components();
        let (Some(language), Some(_)) = (parts.next(), parts.next()) else { continue };
        if file.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let language = language.as_os_str().to_string_lossy().into_owned();
        match languages.iter_mut().find(|(name, _)| *name == language) {
            Some((_, numbers)) => numbers.push(number),
            None => languages.push((language, vec![number])),
        }
    }
    let mut out = String::from("pub static LOCALE_INDEX: &[(&[u16], &[Entry])] = &[\n");
    for (_, numbers) in &languages {
        let mut owners: std::collections::BTreeMap<String, [usize; 5]> = Default::default();
        for (file, &number) in numbers.iter().enumerate() {
            let text = fs::read_to_string(folder.join(&files[number])).expect("a locale file is UTF-8");
            for [start, id_start, id_end, end] in entries::entries(&text) {
                owners.entry(text[id_start..id_end].to_owned()).or_insert([file, start, id_start, id_end, end]);
            }
        }
        let _ = writeln!(out, "    (&{numbers:?}, &[");
        for [file, start, id_start, id_end, end] in owners.values() {
            let _ = writeln!(out, "        Entry::new({file}, {start}, {id_start}, {id_end}, {end}),");
        }
        let _ = writeln!(out, "    ]),");
    }
    out.push_str("];\n");
    out
}

fn walk(dir: &Path, relative: &Path, out: &mut Vec<PathBuf>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    for entry in entries {
        let entry = entry.expect("a folder entry");
        let rel = relative.join(entry.file_name());
        if entry.path().is_dir() {
            walk(&entry.path(), &rel, out);
        } else {
            out.push(rel);
        }
    }
}
