//! Large print in the full-screen view, on ratatui's TestBackend at small sizes: whole
//! words in big letters or none, the heading and the feedback always in view, and the
//! status line (the settings too) saying when the window is too small for it.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use signpost::content::source::SourceTree;
use signpost::i18n::{base_language, I18n, Mode};
use signpost::lesson::{self, Catalog};
use signpost::shell::app::App;
use signpost::speech::Voice;
use signpost::store::Store;
use signpost::ui::tui::{message_for, redraw, Look};

/// What the status line says when the big letters do not fit.
const TOO_SMALL: &str = "Large print needs a bigger window.";

/// Ann, known already, with large print turned on in the settings (3rd entry).
fn ann_in_large_print(catalog: &Catalog) -> App<'_> {
    let store = Store::open_in_memory().unwrap();
    store.add_learner("Ann").unwrap();
    let mut i18n = I18n::built_in(&[base_language()]);
    i18n.set_mode(Mode::Tui);
    let voice = Voice::start(false, None).unwrap();
    let mut app = App::new(catalog, i18n, SourceTree::built_in_locales(), store, voice).unwrap();
    press(&mut app, &[KeyCode::Enter, KeyCode::F(4), KeyCode::Char('3'), KeyCode::Enter, KeyCode::F(4)]);
    assert!(app.settings().large_print, "large print is on");
    app
}

fn press(app: &mut App, keys: &[KeyCode]) {
    for code in keys {
        let event = KeyEvent::new(*code, KeyModifiers::NONE);
        if let Some(message) = message_for(app.input_mode(), event, app.settings().shortcuts) {
            app.dispatch(message);
        }
    }
}

/// The window's rows, and the words on them run together (a sentence may wrap).
fn drawn(app: &App, width: u16, height: u16) -> (Vec<String>, String) {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    redraw(app, &mut terminal, Look { colour: false }).unwrap();
    let buffer = terminal.backend().buffer();
    let rows: Vec<String> =
        (0..height).map(|y| (0..width).map(|x| buffer[(x, y)].symbol()).collect::<String>()).collect();
    let words = rows.join(" ").split_whitespace().collect::<Vec<_>>().join(" ");
    (rows, words)
}

fn has_big_letters(rows: &[String]) -> bool {
    rows.iter().any(|row| row.contains('\u{2588}'))
}

#[test]
fn big_letters_where_they_fit_and_the_status_line_says_when_they_do_not() {
    let catalog: Catalog = lesson::load(&SourceTree::built_in_lessons()).catalog;
    let app = ann_in_large_print(&catalog);
    // "Hello, Ann": ten letters, one row of big letters at 80 columns.
    let (rows, words) = drawn(&app, 80, 25);
    assert!(has_big_letters(&rows), "{rows:#?}");
    assert!(words.contains("Signpost, Ann") && words.contains("Hello, Ann"), "{words}");
    assert!(!words.contains(TOO_SMALL), "{words}");
    // Too narrow for "Hello," or too short for a page under the big letters: none of
    // them, the page as usual, and the status line says why.
    for (width, height) in [(40, 25), (80, 20), (40, 12)] {
        let (rows, words) = drawn(&app, width, height);
        assert!(!has_big_letters(&rows), "{width}x{height}: {rows:#?}");
        assert!(words.contains("Signpost, Ann") && words.contains(TOO_SMALL), "{width}x{height}: {words}");
    }
}

#[test]
fn the_heading_and_feedback_stay_in_view_under_big_letters() {
    let catalog: Catalog = lesson::load(&SourceTree::built_in_lessons()).catalog;
    let mut app = ann_in_large_print(&catalog);
    // Getting started, Using this tutor, two steps on, then a wrong answer.
    press(&mut app, &[KeyCode::Down, KeyCode::Enter, KeyCode::Enter, KeyCode::Enter]);
    press(&mut app, &[KeyCode::Enter, KeyCode::Enter, KeyCode::Enter]);
    let feedback = "Not quite.";
    assert!(app.screen().notice.as_deref().is_some_and(|n| n.starts_with(feedback)), "{:?}", app.screen());
    for (width, height) in [(80, 21), (80, 25), (60, 30), (40, 12)] {
        let (rows, words) = drawn(&app, width, height);
        assert!(words.contains(&app.screen().heading), "{width}x{height}: {rows:#?}");
        assert!(words.contains(feedback), "{width}x{height}: {rows:#?}");
    }
}

#[test]
fn the_settings_say_when_the_window_is_too_small_for_large_print() {
    let catalog: Catalog = lesson::load(&SourceTree::built_in_lessons()).catalog;
    let mut app = ann_in_large_print(&catalog);
    press(&mut app, &[KeyCode::F(4)]);
    let (_, words) = drawn(&app, 40, 12);
    assert!(words.contains("Large print, on") && words.contains(TOO_SMALL), "{words}");
    let (_, words) = drawn(&app, 80, 25);
    assert!(!words.contains(TOO_SMALL), "{words}");
}
