//! A pseudo-locale proves every word goes through Fluent. Each English message is turned
//! into a visibly different, longer form (every ASCII letter swapped for an accented
//! one, and padding added); a whole lesson is then run in plain mode and in the
//! full-screen view. Any plain ASCII word on screen or in speech bypassed Fluent.

mod common;

use std::fs;
use std::path::Path;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use signpost::content::source::SourceTree;
use signpost::i18n::{I18n, Mode};
use signpost::lesson;
use signpost::shell::app::App;
use signpost::speech::Voice;
use signpost::store::Store;
use signpost::ui::tui::{message_for, redraw, Look};

const TAG: &str = "en-XA";

fn pseudo_char(c: char) -> char {
    const LOWER: &str = "áƀçđéƒĝĥíĵķĺɱñóƥʠŕšŧúṽŵẋýž";
    const UPPER: &str = "ÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓƤǪŔŠŦÚṼŴẊÝŽ";
    match c {
        'a'..='z' => LOWER.chars().nth(c as usize - 'a' as usize).unwrap_or(c),
        'A'..='Z' => UPPER.chars().nth(c as usize - 'A' as usize).unwrap_or(c),
        _ => c,
    }
}

fn pseudo_text(text: &str) -> String {
    let mut out: String = text.chars().map(pseudo_char).collect();
    // About a third longer, as many translations are.
    let extra = text.trim().chars().count() / 3;
    if extra > 0 && !text.ends_with('\n') {
        out.push_str(&"~".repeat(extra));
    }
    out
}

fn pattern(p: &mut Pattern<String>) {
    for element in &mut p.elements {
        match element {
            PatternElement::TextElement { value } => *value = pseudo_text(value),
            PatternElement::Placeable { expression } => expression_(expression),
        }
    }
}

fn expression_(e: &mut Expression<String>) {
    match e {
        Expression::Select { variants, .. } => variants.iter_mut().for_each(|v| pattern(&mut v.value)),
        Expression::Inline(InlineExpression::Placeable { expression }) => expression_(expression),
        Expression::Inline(_) => {}
    }
}

/// Writes the pseudo-locale of every built-in English file into `dir/en-XA/`.
fn write_pseudo_locale(dir: &Path) {
    let english = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en-GB");
    fs::create_dir_all(dir.join(TAG)).unwrap();
    for entry in fs::read_dir(english).unwrap() {
        let path = entry.unwrap().path();
        let text = fs::read_to_string(&path).unwrap();
        let mut resource = fluent_syntax::parser::parse(text).expect("English parses");
        for entry in &mut resource.body {
            if let Entry::Message(message) = entry {
                // Command words are typed, not read: the test types numbers instead.
                if let Some(value) = message.value.as_mut() {
                    pattern(value);
                }
            }
        }
        fs::write(dir.join(TAG).join(path.file_name().unwrap()), fluent_syntax::serializer::serialize(&resource))
            .unwrap();
    }
}

/// Words made of plain ASCII letters: text that did not come through the pseudo-locale.
/// Email addresses are data (they are never translated), so they are left out.
fn untranslated(text: &str) -> Vec<String> {
    text.split_whitespace()
        .filter(|token| !token.contains('@'))
        .filter(|token| token.chars().any(|c| c.is_ascii_alphabetic()))
        .map(str::to_owned)
        .collect()
}

/// Email, "Your inbox": three explain and question steps and a practice inbox.
const LESSON: &str = "Ðó\n\n\n3\n\n2\n\n\n3\n4\n2\n3\n\n\n2\n\n1\n\n\n";

#[test]
fn plain_mode_and_speech_show_only_words_from_fluent() {
    let dir = tempfile::tempdir().unwrap();
    write_pseudo_locale(dir.path());
    let data = tempfile::tempdir().unwrap();
    let locales = dir.path().to_str().unwrap().to_owned();
    let output = common::plain(data.path(), LESSON, &["--lang", TAG, "--locales", &locales]);
    let shown = common::stdout(&output);
    assert!(shown.contains("Ƥŕáçŧíçé šçŕééñ"), "the practice inbox was reached:\n{shown}");
    assert!(shown.contains('~'), "the pseudo-locale is in use");
    let stray = untranslated(&shown);
    assert!(stray.is_empty(), "text that bypassed Fluent on screen: {stray:?}\n{shown}");
    let said = fs::read_to_string(data.path().join("speech.log")).unwrap();
    let stray = untranslated(&said);
    assert!(stray.is_empty(), "text that bypassed Fluent in speech: {stray:?}\n{said}");
}

#[test]
fn the_full_screen_view_shows_only_words_from_fluent() {
    let dir = tempfile::tempdir().unwrap();
    write_pseudo_locale(dir.path());
    let tree = SourceTree::from_dir(dir.path()).unwrap();
    let (mut i18n, problems) = I18n::load(&tree, &[TAG.parse().unwrap()]);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(i18n.language().to_string(), TAG);
    i18n.set_mode(Mode::Tui);
    let catalog = lesson::load(&SourceTree::built_in_lessons()).catalog;
    let store = Store::open_in_memory().unwrap();
    store.add_learner("Ðó").unwrap();
    let voice = Voice::start(false, None).unwrap();
    let mut app = App::new(&catalog, i18n, tree, store, voice).unwrap();
    let keys = [
        KeyCode::Enter,
        KeyCode::Down,
        KeyCode::Down,
        KeyCode::Enter,
        KeyCode::Down,
        KeyCode::Enter,
        KeyCode::Enter, // how confident: 1
        KeyCode::Enter,
        KeyCode::Enter,
        KeyCode::Down,
        KeyCode::Enter,
        KeyCode::Enter,
        KeyCode::Char('h'),
    ];
    let mut saw_practice = false;
    for key in keys {
        if let Some(message) = message_for(app.input_mode(), KeyEvent::new(key, KeyModifiers::NONE), true) {
            app.dispatch(message);
        }
        for (w, h) in [(80, 25), (40, 12)] {
            let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
            redraw(&app, &mut terminal, Look { colour: false }).unwrap();
            let text: String = terminal.backend().buffer().content().iter().map(|c| c.symbol()).collect();
            let stray = untranslated(&text);
            assert!(stray.is_empty(), "after {key:?} at {w}x{h}: {stray:?}\n{}", terminal.backend());
        }
        saw_practice |= app.screen().panel.is_some();
    }
    assert!(saw_practice, "the practice inbox was reached");
    assert_eq!(app.screen().title, "Ĥéĺƥ~", "and help at the end");
}
