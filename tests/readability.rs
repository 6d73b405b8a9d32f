//! Plain English, measured. Every English lesson (and the example course pack's, which
//! partners copy) must read at Flesch reading ease 70 or more ("fairly easy" or easier), and no sentence may be longer than 20 words.
//!
//! The formula (Flesch, 1948):
//!
//! ```text
//! reading ease = 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)
//! ```
//!
//! How the parts are counted here:
//! - The text of a lesson is every message its file names (titles, steps, choices,
//!   feedback, practice emails and texts), in both the full-screen and the plain-mode
//!   wording, with the learner's name filled in as "Ann". Words a learner must type
//!   (answers) are left out: they are data, not prose.
//! - Sentences end at `.`, `!`, `?` or `:`, and at the end of each line; a line that is
//!   a list item is a sentence of its own.
//! - Words are runs of letters (with `'` and `-` inside). Email addresses and links are
//!   left out, and so are numbers.
//! - Syllables: each run of vowels (a e i o u y) is one; a final silent "e" is not
//!   counted ("home" has one), but "-le" after a consonant is ("table" has two); every
//!   word has at least one. An all-capital abbreviation (NHS, GP) is spoken letter by
//!   letter: one syllable a letter. This is an estimate, as every syllable counter
//!   without a dictionary is: it counts a few words one short ("video" as two).

use std::collections::BTreeMap;

use signpost::content::packs::Packs;
use signpost::content::source::SourceTree;
use signpost::i18n::{base_language, with_pack_words, Args, I18n, Mode};
use signpost::lesson;

const MIN_READING_EASE: f64 = 70.0;
const MAX_SENTENCE_WORDS: usize = 20;

fn syllables(word: &str) -> usize {
    if word.len() > 1 && word.chars().all(|c| c.is_ascii_uppercase()) {
        return word.len();
    }
    let w: Vec<char> = word.to_lowercase().chars().filter(|c| c.is_ascii_alphabetic()).collect();
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous = false;
    for &c in &w {
        let v = vowel(c);
        if v && !previous {
            count += 1;
        }
        previous = v;
    }
    let n = w.len();
    // "-le" after a consonant ("table") is a syllable of its own, so its "e" counts.
    let consonant_le = |n: usize| w[n - 2] == 'l' && !vowel(w[n - 3]);
    let silent_e = n > 2 && w[n - 1] == 'e' && !vowel(w[n - 2]) && !consonant_le(n);
    if silent_e && count > 1 {
        count -= 1;
    }
    count.max(1)
}

/// Words of prose in `sentence`: no addresses, links or numbers.
fn words(sentence: &str) -> Vec<String> {
    sentence
        .split_whitespace()
        .filter(|t| !t.contains('@') && !t.contains('/') && !t.contains(".com") && !t.contains(".org"))
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()).to_owned())
        .filter(|t| t.chars().any(|c| c.is_alphabetic()))
        .collect()
}

fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut current = String::new();
        let chars: Vec<char> = line.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            current.push(c);
            let next_is_space = chars.get(i + 1).is_none_or(|n| n.is_whitespace());
            if matches!(c, '.' | '!' | '?' | ':') && next_is_space {
                out.push(std::mem::take(&mut current));
            }
        }
        out.push(current);
    }
    out.into_iter().filter(|s| !words(s).is_empty()).collect()
}

/// (reading ease, longest sentence and its length) of `text`.
fn measure(text: &str) -> (f64, (usize, String)) {
    let sentences = sentences(text);
    let words: Vec<String> = sentences.iter().flat_map(|s| words(s)).collect();
    let syllable_count: usize = words.iter().map(|w| syllables(w)).sum();
    let (w, s, y) = (words.len() as f64, sentences.len() as f64, syllable_count as f64);
    let ease = 206.835 - 1.015 * (w / s) - 84.6 * (y / w);
    let longest = sentences.iter().map(|s| (self::words(s).len(), s.trim().to_owned())).max().unwrap_or_default();
    (ease, longest)
}

/// The English text of every lesson, the example course pack's too, by file, in one mode.
fn lesson_texts(mode: Mode) -> BTreeMap<String, String> {
    let mut packs = Packs::default();
    packs.add_from(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/course-pack"));
    assert_eq!(packs.packs.len(), 1, "the example pack is read");
    let lessons = SourceTree::built_in_lessons();
    let loaded = lesson::assemble(lesson::load(&lessons), &lessons, &packs, true);
    let answers: Vec<String> = loaded
        .catalog
        .courses
        .iter()
        .flat_map(|c| c.lessons.iter())
        .flat_map(|l| l.steps.iter())
        .filter_map(|s| match &s.body {
            lesson::StepBody::Type { answer, .. } => Some(answer.clone()),
            _ => None,
        })
        .collect();
    let (mut i18n, _) = I18n::load(&with_pack_words(&SourceTree::built_in_locales(), &packs), &[base_language()]);
    i18n.set_mode(mode);
    let args = Args::new().with("name", "Ann");
    let mut texts: BTreeMap<String, String> = BTreeMap::new();
    for reference in loaded.refs.iter().filter(|r| !answers.contains(&r.id)) {
        if reference.path.ends_with("course.toml") {
            continue;
        }
        let text = texts.entry(reference.path.display().to_string()).or_default();
        text.push_str(&i18n.tr_args(&reference.id, &args));
        text.push('\n');
    }
    texts
}

#[test]
fn every_english_lesson_is_plain_english() {
    let mut problems = Vec::new();
    for mode in [Mode::Tui, Mode::Plain] {
        let texts = lesson_texts(mode);
        assert!(texts.keys().any(|path| path.contains("course-pack")), "the example pack was read");
        assert!(texts.len() >= 20, "every lesson was read: {}", texts.len());
        for (path, text) in texts {
            let (ease, (longest, sentence)) = measure(&text);
            println!("{path} ({mode:?}): reading ease {ease:.1}, longest sentence {longest} words");
            if ease < MIN_READING_EASE {
                problems.push(format!("{path} ({mode:?}): reading ease {ease:.1} is under {MIN_READING_EASE}"));
            }
            if longest > MAX_SENTENCE_WORDS {
                problems.push(format!("{path} ({mode:?}): {longest} words in: {sentence}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn syllables_are_counted_as_documented() {
    let cases = [
        ("cat", 1),
        ("home", 1),
        ("table", 2),
        ("email", 2),
        ("address", 2),
        ("prescription", 3),
        ("pharmacy", 3),
        ("NHS", 3),
        ("the", 1),
        ("evening", 3),
    ];
    for (word, expected) in cases {
        assert_eq!(syllables(word), expected, "{word}");
    }
}

#[test]
fn the_formula_tells_easy_from_hard() {
    let easy = "The cat sat on the mat. It was a sunny day. We had tea.";
    let hard = "Comprehensive authentication mechanisms necessitate considerable organisational investment, \
                particularly regarding interoperability considerations.";
    assert!(measure(easy).0 > 90.0, "{}", measure(easy).0);
    assert!(measure(hard).0 < 0.0, "{}", measure(hard).0);
    assert_eq!(sentences("Hello there. Press Enter: it goes on.\nA list item").len(), 4);
}
