//! A fuzz harness for the lesson and Fluent loaders: real lesson and locale files,
//! damaged the ways files are damaged (bytes lost, repeated or put in; braces, quotes,
//! escape codes, byte-order marks, bytes that are not UTF-8), go through everything
//! `signpost check` and the tutor's start-up do with them, and must never panic. A short,
//! fixed run is a normal test (the same cases every time); `PROPTEST_CASES=100000 cargo
//! test --release --test fuzz` runs a longer one.

use std::path::PathBuf;

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use signpost::commands::check::check;
use signpost::content::source::{decode, SourceFile, SourceTree};
use signpost::i18n::{parse_locales, Args, I18n};

const COURSE: (&str, &str) = ("course/course.toml", include_str!("../lessons/01-getting-started/course.toml"));
const LESSON: (&str, &str) =
    ("course/lesson.toml", include_str!("../lessons/01-getting-started/02-using-a-keyboard.toml"));
const ENGLISH: (&str, &str) = ("en-GB/a.ftl", include_str!("../locales/en-GB/getting-started.ftl"));
const WELSH: (&str, &str) = ("cy/a.ftl", include_str!("../locales/cy/getting-started.ftl"));

/// Pieces that mean something to TOML or Fluent, or that damaged files hold.
const TOKENS: &[&[u8]] = &[
    b"{",
    b"}",
    b"{ ",
    b" }",
    b"[",
    b"]",
    b"[[steps]]\n",
    b"\"",
    b"\\",
    b"=",
    b"\n",
    b"-",
    b" ->\n",
    b"*[",
    b"$",
    b"NUMBER(",
    b"FOO(",
    b")",
    b", style: \"x\"",
    b".",
    b"#",
    b"\x1b[2J",
    b"\xef\xbb\xbf",
    b"\xff",
    b"\xe9",
    b"\r",
    b"\t",
    b"\0",
    b"-extra = { -extra }\n",
    "\u{202e}".as_bytes(),
    b"id = \"x\"\n",
    b"kind = \"question\"\n",
];

/// One change to a file; positions are taken modulo its length.
#[derive(Debug, Clone)]
enum Edit {
    Insert {
        at: usize,
        token: usize,
    },
    Delete {
        at: usize,
        len: usize,
    },
    /// The `len` bytes at `at`, `times` times over: deep nesting, long lists.
    Repeat {
        at: usize,
        len: usize,
        times: usize,
    },
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 0..TOKENS.len()).prop_map(|(at, token)| Edit::Insert { at, token }),
        (any::<usize>(), 1..40usize).prop_map(|(at, len)| Edit::Delete { at, len }),
        (any::<usize>(), 1..12usize, 2..400usize).prop_map(|(at, len, times)| Edit::Repeat { at, len, times }),
    ]
}

fn apply(bytes: &mut Vec<u8>, edit: &Edit) {
    let at = |at: usize, bytes: &Vec<u8>| at % (bytes.len() + 1);
    match *edit {
        Edit::Insert { at: a, token } => {
            let a = at(a, bytes);
            bytes.splice(a..a, TOKENS[token].iter().copied());
        }
        Edit::Delete { at: a, len } => {
            let a = at(a, bytes);
            bytes.drain(a..(a + len).min(bytes.len()));
        }
        Edit::Repeat { at: a, len, times } => {
            let a = at(a, bytes);
            let piece: Vec<u8> = bytes[a..(a + len).min(bytes.len())].to_vec();
            let repeated: Vec<u8> = piece.iter().copied().cycle().take(piece.len() * times).collect();
            bytes.splice(a..a, repeated);
        }
    }
}

fn tree(files: &[(&str, Vec<u8>)]) -> SourceTree {
    let files = files
        .iter()
        .map(|(relative, bytes)| SourceFile {
            path: PathBuf::from(relative),
            relative: PathBuf::from(relative),
            text: decode(bytes.clone()),
        })
        .collect();
    SourceTree { files }
}

/// Everything done with lesson and locale files: check them, load the words as the tutor
/// does, and show every message in Welsh (English behind it).
fn load_everything(files: &[(&str, Vec<u8>)]) {
    let (lessons, locales) = files.split_at(2);
    let (lessons, locales) = (tree(lessons), tree(locales));
    let findings = check(&lessons, &locales);
    let (i18n, _) = I18n::load(&locales, &["cy".parse().unwrap()]);
    let args = Args::new().with("count", 3usize).with("name", "Ann");
    for locale in parse_locales(&locales).0 {
        for definition in &locale.definitions {
            let _ = i18n.tr_args(&definition.id, &args);
        }
    }
    for problem in &findings.problems {
        let _ = i18n.diagnostic(problem);
    }
}

#[test]
fn mutated_lesson_and_fluent_files_never_panic() {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(64);
    let config = Config { cases, failure_persistence: None, ..Config::default() };
    let mut runner = TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha));
    let strategy = (0..4usize, proptest::collection::vec(edit(), 1..10));
    let result = runner.run(&strategy, |(target, edits)| {
        let mut files: Vec<(&str, Vec<u8>)> =
            [COURSE, LESSON, ENGLISH, WELSH].iter().map(|(path, text)| (*path, text.as_bytes().to_vec())).collect();
        for edit in &edits {
            apply(&mut files[target].1, edit);
        }
        load_everything(&files);
        Ok(())
    });
    if let Err(failure) = result {
        panic!("{failure}");
    }
}

#[test]
fn the_harness_reaches_the_loaders_with_real_damage() {
    // The strategy is not a stand-in: a repeated brace really is refused as too deep.
    let mut english = ENGLISH.1.as_bytes().to_vec();
    let brace = english.iter().position(|b| *b == b'{').unwrap();
    apply(&mut english, &Edit::Repeat { at: brace, len: 2, times: 300 });
    let locales = tree(&[(ENGLISH.0, english)]);
    let (_, problems) = parse_locales(&locales);
    assert!(problems.iter().any(|p| format!("{:?}", p.problem).starts_with("TooDeep")), "{problems:?}");
}
