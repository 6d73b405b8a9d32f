//! Every message id the Rust code asks for exists in English, so no screen can ever
//! fall through to "text missing". Ids are found as kebab-case string literals in
//! `src/` (test code left out); command-line option and subcommand names are not messages.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use signpost::i18n::{base_language, I18n};

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs")
            && !path.to_string_lossy().ends_with("tests.rs")
            && !path.components().any(|c| c.as_os_str() == "tests")
        {
            out.push(path);
        }
    }
}

/// `"words-with-dashes"` literals in `code`.
fn kebab_literals(code: &str) -> Vec<String> {
    code.split('"')
        .skip(1)
        .step_by(2)
        .filter(|s| {
            let parts: Vec<&str> = s.split('-').collect();
            parts.len() > 1
                && parts
                    .iter()
                    .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
        })
        .map(str::to_owned)
        .collect()
}

/// Option and subcommand names, at every level (`learner reset-pin`): not messages.
fn command_names(command: &clap::Command, out: &mut BTreeSet<String>) {
    out.extend(command.get_arguments().map(|a| a.get_id().to_string()));
    for sub in command.get_subcommands() {
        out.insert(sub.get_name().to_owned());
        command_names(sub, out);
    }
}

#[test]
fn every_message_the_code_uses_is_in_english() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let i18n = I18n::built_in(&[base_language()]);
    let mut options = BTreeSet::new();
    command_names(&signpost::cli::command(&i18n), &mut options);
    let mut keywords = signpost::lesson::keywords();
    // Theme names as saved in the database (their words are `theme-<key>` messages).
    keywords.extend(signpost::domain::settings::Theme::ALL.map(|t| t.key()));
    // Course ids named in code (the learning plan's "what matters" list) are data too.
    let catalog = signpost::lesson::load(&signpost::content::source::SourceTree::built_in_lessons()).catalog;
    let course_ids: Vec<String> = catalog.courses.iter().map(|c| c.id.clone()).collect();
    keywords.extend(course_ids.iter().map(String::as_str));
    let mut used = BTreeSet::new();
    for file in &files {
        let code = fs::read_to_string(file).unwrap();
        let code = code.split("#[cfg(test)]").next().unwrap_or_default();
        used.extend(
            kebab_literals(code).into_iter().filter(|id| !options.contains(id) && !keywords.contains(&id.as_str())),
        );
    }
    assert!(used.len() > 100, "the scan found the code's messages: {used:?}");
    let missing: Vec<_> = used.iter().filter(|id| !i18n.has(id)).collect();
    assert!(missing.is_empty(), "messages used in src/ but missing from locales/en-GB: {missing:?}");
}

#[test]
fn the_scan_finds_ids_and_skips_other_strings() {
    let code = r#"i18n.tr("step-go-on"); let x = "Hello there"; Key::Up => "key-up", "a-"; "-b"; "c""#;
    assert_eq!(kebab_literals(code), ["step-go-on", "key-up"]);
}
