//! Every shipped translation is complete and correct: it parses with no errors, has
//! every message English has (and no stale ones), keeps every variable, names itself,
//! and uses the plural forms its language needs.

use signpost::check;
use signpost::i18n::{languages, Args, I18n};
use signpost::source::SourceTree;

#[test]
fn every_locale_parses_and_has_every_english_message() {
    let report = check::check(&SourceTree::built_in_lessons(), &SourceTree::built_in_locales());
    let problems: Vec<String> = report.problems.iter().map(|p| format!("{}:{}: {:?}", p.path.display(), p.line, p.problem)).collect();
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
    let english = count_words("en-GB", "courses-item", &[1, 2, 5]);
    assert!(english[0].ends_with("1 lesson done") && english[1].ends_with("2 lessons done"), "{english:?}");
    let polish = count_words("pl", "courses-item", &[1, 2, 5, 22, 25]);
    let welsh = count_words("cy", "courses-item", &[1, 2, 3, 6, 10]);
    // Polish: one (1), few (2-4, 22-24), many (5-21, 25...); 2 and 22 agree, 5 and 25 agree.
    let word = |s: &String, n: &str| s.split(&format!("{n} ")).nth(1).map(|w| w.split_whitespace().next().unwrap_or("").to_owned());
    let (p1, p2, p5, p22, p25) =
        (word(&polish[0], "1"), word(&polish[1], "2"), word(&polish[2], "5"), word(&polish[3], "22"), word(&polish[4], "25"));
    assert!(p1 != p2 && p2 != p5 && p1 != p5, "Polish has three forms: {polish:?}");
    assert_eq!((p2, p5), (p22, p25), "{polish:?}");
    // Welsh: the counts 1, 2, 3, 6 and 10 take the one, two, few, many and other forms,
    // and a mutation or form must change somewhere among them.
    let distinct: std::collections::BTreeSet<_> = welsh.iter().map(|s| s.replace(char::is_numeric, "")).collect();
    assert!(distinct.len() >= 3, "Welsh uses several plural forms: {welsh:?}");
}
