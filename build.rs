//! Builds the lessons and locales into the binary: `$OUT_DIR/built_in.rs` lists every
//! file with its text as `include_str!`, so the compiler checks the text is UTF-8 once,
//! at build time, and a start costs no copying or checking. Cargo is told to rebuild
//! when anything in those folders changes.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let mut out = String::new();
    for (name, folder) in [("LESSONS", "lessons"), ("LOCALES", "locales")] {
        println!("cargo:rerun-if-changed={folder}");
        let mut files = Vec::new();
        walk(&root.join(folder), Path::new(""), &mut files);
        files.sort();
        let _ = writeln!(out, "/// Every file under `{folder}/`: its path inside the folder, and its text.");
        let _ = writeln!(out, "pub static {name}: &[(&str, &str)] = &[");
        for relative in files {
            let full = root.join(folder).join(&relative);
            let _ =
                writeln!(out, "    ({:?}, include_str!({:?})),", relative.to_string_lossy(), full.to_string_lossy());
        }
        let _ = writeln!(out, "];");
    }
    let dest = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("built_in.rs");
    fs::write(dest, out).expect("OUT_DIR can be written");
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
