//! A proptest harness for the files that travel between hubs: learner files and report
//! export files. Whatever bytes arrive (a damaged USB stick, a hand edit, an attacker),
//! reading them never panics, and a refusal is a clean error with words in it. A short
//! run (a few hundred cases) is part of `cargo test`; `PROPTEST_CASES=100000 cargo test
//! --test file_readers_fuzz` runs longer.

use std::fs;

use proptest::prelude::*;
use signpost::content::source::SourceTree;
use signpost::i18n::{base_language, I18n};
use signpost::learner_data::transfer::{self, FurthestStep};
use signpost::lesson::Catalog;
use signpost::report::export;
use signpost::store::Store;

/// A real learner file, as an export writes it, to mutate.
fn learner_file_text() -> String {
    let store = Store::open_in_memory().unwrap();
    let ann = store.add_learner("Ann").unwrap();
    store.save_step(ann.id, "getting-started", "using-this-tutor", "welcome").unwrap();
    store.complete_lesson(ann.id, "getting-started", "using-this-tutor").unwrap();
    store.record_help(ann.id, "getting-started", "using-a-keyboard", "enter", 2).unwrap();
    store.set_plan(ann.id, &[("email".into(), "your-inbox".into())]).unwrap();
    serde_json::to_string_pretty(&transfer::learner_file(&store, ann.id).unwrap()).unwrap()
}

/// A real export file, as `signpost report --export` writes it, to mutate.
const EXPORT: &str = include_str!("data/huge_counts.json");

/// `seed` with some bytes replaced, some inserted, and maybe cut short.
fn mutated(seed: Vec<u8>) -> impl Strategy<Value = Vec<u8>> {
    let len = seed.len();
    (
        proptest::collection::vec((0..len, any::<u8>()), 0..8),
        proptest::collection::vec((0..len, any::<u8>()), 0..4),
        proptest::option::of(0..len),
    )
        .prop_map(move |(replace, insert, cut)| {
            let mut bytes = seed.clone();
            for (at, byte) in replace {
                bytes[at] = byte;
            }
            for (at, byte) in insert {
                bytes.insert(at.min(bytes.len()), byte);
            }
            if let Some(cut) = cut {
                bytes.truncate(cut);
            }
            bytes
        })
}

fn catalog() -> Catalog {
    signpost::lesson::load(&SourceTree::built_in_lessons()).catalog
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_text_read_as_a_learner_file_is_a_file_or_a_clean_error(text in "\\PC{0,200}") {
        if let Err(e) = transfer::parse(&text) {
            prop_assert!(!e.to_string().is_empty());
        }
    }

    #[test]
    fn a_damaged_learner_file_is_refused_cleanly_or_imported_whole(bytes in mutated(learner_file_text().into_bytes())) {
        let text = String::from_utf8_lossy(&bytes);
        match transfer::parse(&text) {
            Err(e) => prop_assert!(!e.to_string().is_empty()),
            Ok(file) => {
                // What parses is imported, or refused by the store, without a panic.
                let store = Store::open_in_memory().unwrap();
                let catalog = catalog();
                if let Err(e) = store.import_learner(&file.learner, &FurthestStep { catalog: &catalog }) {
                    prop_assert!(!e.to_string().is_empty());
                }
            }
        }
    }

    #[test]
    fn a_damaged_export_is_refused_cleanly_or_reported(bytes in mutated(EXPORT.as_bytes().to_vec())) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("hub.json");
        fs::write(&path, &bytes).unwrap();
        match export::merge(&[path.clone(), path]) {
            Err(e) => prop_assert!(e.id.starts_with("report-merge-"), "{}", e.id),
            Ok(report) => {
                let (i18n, _) = I18n::load(&SourceTree::built_in_locales(), &[base_language()]);
                prop_assert!(!report.text(&i18n, false).is_empty());
                prop_assert!(!report.text(&i18n, true).is_empty());
                prop_assert!(!signpost::report::csv::render(&report, false).is_empty());
                prop_assert!(!export::to_json(&report, true).is_empty());
            }
        }
    }

    #[test]
    fn any_counts_in_an_export_add_up_and_draw(counts in proptest::collection::vec(any::<u64>(), 1..6)) {
        let rows: Vec<_> = counts
            .iter()
            .map(|n| signpost::report::chart::ChartRow { label: "x".into(), value: n.to_string(), count: Some(*n) })
            .collect();
        for line in signpost::report::chart::draw(&rows) {
            prop_assert!(line.matches('#').count() <= signpost::report::chart::MAX_BAR);
        }
    }
}
