//! Writes the files the Debian package makes from the command-line definition, so they
//! never drift from it: English man pages (one per command, named as clap_mangen links
//! them, such as `signpost-learner-export.1`) and shell completions for bash, zsh and fish.
//! `packaging/build-deb` runs it:
//!
//! ```text
//! cargo run --example package_files -- OUT_DIR DATE
//! ```
//!
//! It writes `OUT_DIR/man/*.1` and `OUT_DIR/completions/{signpost.bash,_signpost,signpost.fish}`.
//! DATE (YYYY-MM-DD, from the Debian changelog) goes in the pages' title lines, so a
//! rebuild gives the same files. It is an example, not a binary, so `cargo install` never
//! puts it on a learner's PC.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clap::Command;
use clap_complete::Shell;
use clap_mangen::Man;
use signpost::i18n::{base_language, I18n};

/// The sections of signpost(1) that clap does not know: files, environment, exit status,
/// see also. Kept as roff beside the other packaging files.
const MAN_EXTRA: &str = include_str!("../packaging/signpost.1.extra");

/// The shells whose completions are packaged.
const SHELLS: [Shell; 3] = [Shell::Bash, Shell::Zsh, Shell::Fish];

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [out, date] = args.as_slice() else { bail!("usage: package_files OUT_DIR DATE") };
    let out = Path::new(out);
    let pages = write_man_pages(&out.join("man"), date)?;
    let completions = write_completions(&out.join("completions"))?;
    for path in pages.iter().chain(&completions) {
        println!("{}", path.display());
    }
    Ok(())
}

/// The `signpost` command in its built-in English words, built so that every subcommand
/// knows its full name (`signpost-learner-export`).
fn command() -> Command {
    let mut command = signpost::cli::command(&I18n::built_in(&[base_language()]));
    command.build();
    command
}

/// Every man page: the command and each subcommand, with signpost(1)'s extra sections.
fn man_pages(date: &str) -> Result<Vec<(String, Vec<u8>)>> {
    let mut pages = Vec::new();
    let mut pending = vec![command()];
    while let Some(command) = pending.pop() {
        pending.extend(command.get_subcommands().filter(|c| !c.is_hide_set()).cloned());
        let is_top = command.get_name() == "signpost";
        let man = Man::new(command).date(date).source(format!("signpost {}", env!("CARGO_PKG_VERSION")));
        let mut page = Vec::new();
        man.render(&mut page)?;
        if is_top {
            page.extend_from_slice(MAN_EXTRA.as_bytes());
        }
        pages.push((man.get_filename(), page));
    }
    pages.sort();
    Ok(pages)
}

fn write_man_pages(dir: &Path, date: &str) -> Result<Vec<PathBuf>> {
    fs::create_dir_all(dir).with_context(|| dir.display().to_string())?;
    let mut written = Vec::new();
    for (name, page) in man_pages(date)? {
        let path = dir.join(name);
        fs::write(&path, page).with_context(|| path.display().to_string())?;
        written.push(path);
    }
    Ok(written)
}

fn write_completions(dir: &Path) -> Result<Vec<PathBuf>> {
    fs::create_dir_all(dir).with_context(|| dir.display().to_string())?;
    let mut command = command();
    SHELLS
        .iter()
        .map(|&shell| {
            clap_complete::generate_to(shell, &mut command, "signpost", dir).with_context(|| dir.display().to_string())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command's full name, such as `signpost-learner-erase`.
    fn all_names(command: &Command) -> Vec<String> {
        let mut names = vec![command.get_display_name().unwrap_or(command.get_name()).to_owned()];
        for sub in command.get_subcommands() {
            names.extend(all_names(sub));
        }
        names
    }

    fn page(pages: &[(String, Vec<u8>)], name: &str) -> String {
        let (_, text) = pages.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("no page {name}"));
        String::from_utf8(text.clone()).unwrap()
    }

    #[test]
    fn there_is_a_page_for_every_command_and_the_main_page_names_every_subcommand() {
        let pages = man_pages("2026-12-01").unwrap();
        let names = all_names(&command());
        assert!(names.len() >= 11, "{names:?}");
        let files: Vec<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
        for name in &names {
            assert!(files.contains(&format!("{name}.1").as_str()), "{name} has no page: {files:?}");
        }
        let main = page(&pages, "signpost.1");
        for sub in command().get_subcommands() {
            let link = format!("signpost\\-{}(1)", sub.get_name().replace('-', "\\-"));
            assert!(main.contains(&link), "signpost.1 does not name {link}");
        }
        let report = page(&pages, "signpost-report.1");
        for option in ["csv", "export", "xlsx", "summary", "merge", "publish"] {
            assert!(report.contains(&format!("\\-\\-{option}")), "signpost-report.1 has no --{option}");
        }
        let learner = page(&pages, "signpost-learner.1");
        assert!(learner.contains("signpost\\-learner\\-reset\\-pin(1)"), "{learner}");
        assert!(
            learner.contains(&format!("\"signpost {}\"", env!("CARGO_PKG_VERSION"))),
            "every page names its source"
        );
    }

    #[test]
    fn the_main_page_has_its_options_in_english_its_date_and_the_extra_sections() {
        let main = page(&man_pages("2026-12-01").unwrap(), "signpost.1");
        assert!(main.contains("\n.TH signpost 1 2026-12-01 \"signpost "), "{}", &main[..120]);
        for option in ["plain", "lang", "data\\-dir", "speech\\-log", "lessons", "locales"] {
            assert!(main.contains(&format!("\\-\\-{option}")), "--{option} is missing");
        }
        assert!(main.contains("Keep progress in this folder."), "the built-in English words");
        for section in [".SH FILES", ".SH ENVIRONMENT", ".SH \"EXIT STATUS\"", ".SH \"SEE ALSO\""] {
            assert!(main.contains(section), "{section} is missing");
        }
    }

    #[test]
    fn completions_offer_every_subcommand_in_every_shell() {
        let dir = tempfile::tempdir().unwrap();
        let files = write_completions(dir.path()).unwrap();
        let names: Vec<_> = files.iter().map(|f| f.file_name().unwrap().to_string_lossy().into_owned()).collect();
        assert_eq!(names, ["signpost.bash", "_signpost", "signpost.fish"]);
        for file in &files {
            let text = fs::read_to_string(file).unwrap();
            for word in ["check", "list", "learner", "reset-pin", "report", "data-dir", "publish", "xlsx", "summary"] {
                assert!(text.contains(word), "{} does not offer {word}", file.display());
            }
        }
    }
}
