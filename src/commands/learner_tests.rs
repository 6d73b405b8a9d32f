use super::*;
use crate::i18n::base_language;
use std::fs;

fn run_on(store: &Store, command: LearnerCommand) -> Result<String, String> {
    let i18n = I18n::built_in(&[base_language()]);
    let locales = SourceTree::built_in_locales();
    let words = CommandWords { i18n: &i18n, locales: &locales, explicit_lang: false };
    let catalog = crate::lesson::load(&SourceTree::built_in_lessons()).catalog;
    let mut out = Vec::new();
    run(&words, &catalog, store, &command, &mut out)
        .map(|()| String::from_utf8(out).unwrap())
        .map_err(|r| i18n.tr_args(r.id, &r.args))
}

#[test]
fn erasing_needs_yes() {
    let store = Store::open_in_memory().unwrap();
    store.add_learner("Ann").unwrap();
    let asked = run_on(&store, LearnerCommand::Erase { name: "ann".into(), yes: false }).unwrap_err();
    assert!(asked.contains("run the same command again with --yes"), "{asked}");
    assert!(store.find_learner("Ann").unwrap().is_some(), "nothing erased yet");
    let done = run_on(&store, LearnerCommand::Erase { name: "ann".into(), yes: true }).unwrap();
    assert_eq!(
        done,
        "Ann has been erased. Nothing Signpost keeps names them now; the hub's figures keep only counts.\n"
    );
    assert!(store.learners().unwrap().is_empty());
}

#[test]
fn an_unknown_name_is_refused_kindly() {
    let store = Store::open_in_memory().unwrap();
    for command in [
        LearnerCommand::Show { name: "Zoe".into() },
        LearnerCommand::ResetPin { name: "Zoe".into() },
        LearnerCommand::Export { name: "Zoe".into(), file: "x".into() },
    ] {
        assert_eq!(run_on(&store, command).unwrap_err(), "There is no learner called Zoe here.");
    }
}

#[test]
fn resetting_a_pin_says_what_happened() {
    let store = Store::open_in_memory().unwrap();
    let ann = store.add_learner("Ann").unwrap();
    let reset = || run_on(&store, LearnerCommand::ResetPin { name: "Ann".into() }).unwrap();
    assert_eq!(reset(), "Ann has no PIN, so there was nothing to take away.\n");
    store.set_learner_pin(ann.id, Some("1234")).unwrap();
    assert_eq!(reset(), "Ann has no PIN now. They can carry on without one.\n");
    assert!(!store.learner_has_pin(ann.id).unwrap());
}

#[test]
fn a_file_that_is_not_a_learner_file_changes_nothing() {
    let store = Store::open_in_memory().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("list.json");
    fs::write(&path, "[\"eggs\", \"milk\"]").unwrap();
    let said = run_on(&store, LearnerCommand::Import { file: path, as_name: None }).unwrap_err();
    assert!(said.contains("is not a Signpost learner file") && said.ends_with("Nothing was changed."), "{said}");
    assert!(store.learners().unwrap().is_empty());
}

#[test]
fn the_certificate_is_in_the_learners_own_language() {
    let store = Store::open_in_memory().unwrap();
    let ann = store.add_learner("Ann").unwrap();
    let settings = crate::domain::settings::Settings { language: Some("cy".into()), ..Default::default() };
    store.save_settings(ann.id, &settings).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ann.html");
    let said =
        run_on(&store, LearnerCommand::Certificate { name: "Ann".into(), file: Some(file.clone()), print: false })
            .unwrap();
    assert!(said.starts_with("Saved the certificate of Ann in "), "{said}");
    let page = fs::read_to_string(file).unwrap();
    assert!(page.contains("<html lang=\"cy\">") && page.contains("Da iawn, Ann!"), "{page}");
}
