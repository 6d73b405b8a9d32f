//! Every shipped translation is complete and correct: it parses with no errors, has
//! every message English has (and no stale ones), keeps every variable, names itself,
//! and uses the plural forms its language needs.

use signpost::commands::check;
use signpost::content::source::SourceTree;
use signpost::i18n::{languages, Args, I18n};

#[test]
fn every_locale_parses_and_has_every_english_message() {
    let report = check::check(&SourceTree::built_in_lessons(), &SourceTree::built_in_locales());
    let problems: Vec<String> =
        report.problems.iter().map(|p| format!("{}:{}: {:?}", p.path.display(), p.line, p.problem)).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let tags: Vec<&str> = report.locales.iter().map(|l| l.locale.as_str()).collect();
    assert_eq!(tags, ["cy", "pl"]);
    for locale in &report.locales {
        assert_eq!((locale.missing, locale.obsolete), (0, 0), "{locale:?}");
        assert_eq!(locale.translated, locale.total);
    }
}

#[test]
fn each_language_is_named_in_itself() {
    let names: Vec<(String, String)> = languages(&SourceTree::built_in_locales());
    let expected = [("en-GB", "English"), ("cy", "Cymraeg"), ("pl", "Polski")];
    assert_eq!(names, expected.map(|(t, n)| (t.to_owned(), n.to_owned())));
}

fn count_words(tag: &str, id: &str, counts: &[usize]) -> Vec<String> {
    let i18n = I18n::built_in(&[tag.parse().unwrap()]);
    assert_eq!(i18n.language().to_string(), tag);
    counts
        .iter()
        .map(|n| {
            let args = Args::new().with("course", "X").with("done", 0usize).with("total", *n);
            i18n.tr_args(id, &args)
        })
        .collect()
}

#[test]
fn welsh_and_polish_counts_use_their_own_plural_forms() {
    // "N of M lessons done": the word for "lessons" follows M.
    let english = count_words("en-GB", "courses-item", &[1, 2]);
    assert_eq!(english, ["X, 0 of 1 lesson done", "X, 0 of 2 lessons done"]);
    // Polish: one (1), few (2-4, 22-24), many (5-21, 25 ...).
    let polish = count_words("pl", "courses-item", &[1, 2, 5, 22, 25]);
    let expected = ["X, 1 lekcja, ukończone 0", "X, 2 lekcje", "X, 5 lekcji", "X, 22 lekcje", "X, 25 lekcji"];
    for (shown, start) in polish.iter().zip(expected) {
        assert!(shown.starts_with(start), "{shown:?} should start {start:?}");
    }
    // Welsh: one, two, few, many and other; "gwers" mutates after 1 and 2 ("1 wers",
    // "2 wers", "3 gwers", as the Welsh grammar has it).
    let welsh = count_words("cy", "courses-item", &[1, 2, 3, 6, 10]);
    let endings = ["1 wers", "2 wers", "3 gwers", "6 gwers", "10 gwers"];
    for (shown, end) in welsh.iter().zip(endings) {
        assert!(shown.ends_with(end), "{shown:?} should end {end:?}");
    }
    // The categories come from each language's own rules (CLDR), not from English.
    let i18n = I18n::built_in(&["cy".parse().unwrap()]);
    let zero = i18n.tr_args("practice-inbox-count", &Args::new().with("count", 0usize).with("unread", 0usize));
    let two = i18n.tr_args("practice-inbox-count", &Args::new().with("count", 2usize).with("unread", 0usize));
    assert_ne!(zero.replace('0', ""), two.replace('2', ""), "Welsh has a zero form: {zero:?} / {two:?}");
}

/// Subject prefixes that a real email app writes into a reply's or a forward's subject:
/// what the Subject box holds, as every real inbox shows it, not a label.
const SUBJECT_PREFIXES: [&str; 2] = ["practice-subject-re", "practice-subject-fwd"];

/// Every message of the practice screens, in every language, whether or not a lesson's
/// walk reaches it: no colon after a word (screen readers say "colon"), a comma or a
/// full stop instead.
#[test]
fn no_practice_screen_words_have_a_colon_a_screen_reader_would_say() {
    let mut noisy = Vec::new();
    for tag in ["en-GB", "cy", "pl"] {
        let path = format!("{}/locales/{tag}/practice.ftl", env!("CARGO_MANIFEST_DIR"));
        let file = std::fs::read_to_string(&path).unwrap();
        let i18n = I18n::built_in(&[tag.parse().unwrap()]);
        let ids = file
            .lines()
            .filter_map(|line| line.split_once(" = ").map(|(id, _)| id))
            .filter(|id| !id.starts_with([' ', '#']) && !id.is_empty() && !SUBJECT_PREFIXES.contains(id));
        let mut checked = 0;
        for id in ids {
            checked += 1;
            let text = i18n.tr_args(id, &Args::new());
            if text.contains(": ") || text.trim_end().ends_with(':') {
                noisy.push(format!("{path}: {id} = {text}"));
            }
        }
        assert!(checked > 150, "{tag}: every message was read ({checked})");
    }
    assert!(noisy.is_empty(), "{}", noisy.join("\n"));
}
