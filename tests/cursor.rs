//! Where the hardware cursor waits on each kind of page, in the real full-screen loop
//! on ratatui's TestBackend. Screen readers read a new page from the first changed line
//! down to the cursor, so a new page leaves the cursor just after its last word (the end
//! of the key help); once the learner moves the focus or types, the cursor is on the
//! focus, where a braille display shows it.

use std::collections::VecDeque;
use std::sync::atomic::AtomicBool;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::layout::Position;
use ratatui::Terminal;
use signpost::content::source::SourceTree;
use signpost::i18n::{base_language, I18n, Mode};
use signpost::lesson::{self, Catalog};
use signpost::shell::{self, app::App};
use signpost::speech::Voice;
use signpost::store::Store;
use signpost::ui::tui::{message_for, Look, Script, Tui};

fn catalog() -> Catalog {
    lesson::load(&SourceTree::built_in_lessons()).catalog
}

fn app<'a>(catalog: &'a Catalog, learners: &[&str]) -> App<'a> {
    let store = Store::open_in_memory().unwrap();
    for name in learners {
        store.add_learner(name).unwrap();
    }
    let mut i18n = I18n::built_in(&[base_language()]);
    i18n.set_mode(Mode::Tui);
    App::new(catalog, i18n, SourceTree::built_in_locales(), store, Voice::start(false, None).unwrap()).unwrap()
}

/// Gets `app` to a page without drawing: through the keymap, then `dispatch`.
fn go(app: &mut App, keys: &[KeyCode]) {
    for code in keys {
        if let Some(message) = message_for(app.input_mode(), KeyEvent::new(*code, KeyModifiers::NONE), true) {
            app.dispatch(message);
        }
    }
}

/// Runs the real loop in an 80x25 window: it shows the page it is on, then answers
/// `keys`, then the script ends as if the terminal went away.
fn run(app: &mut App, keys: &[KeyCode]) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(80, 25)).unwrap();
    let events = keys.iter().map(|code| Event::Key(KeyEvent::new(*code, KeyModifiers::NONE)));
    let stop = AtomicBool::new(false);
    let mut tui = Tui::new(&mut terminal, Script(VecDeque::from_iter(events)), Look { colour: true }, &stop);
    shell::run(app, &mut tui).unwrap();
    drop(tui);
    terminal
}

fn rows(terminal: &Terminal<TestBackend>) -> Vec<String> {
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| (0..buffer.area.width).map(|x| buffer[(x, y)].symbol()).collect::<String>().trim_end().to_owned())
        .collect()
}

fn cursor(terminal: &mut Terminal<TestBackend>) -> Position {
    terminal.get_cursor_position().unwrap()
}

/// Just after the last word of the key help the page shows now.
fn end_of_keys(app: &App, terminal: &Terminal<TestBackend>) -> Position {
    let keys = &app.screen().keys;
    let last = keys.rsplit(". ").next().unwrap();
    let rows = rows(terminal);
    let y = rows.iter().rposition(|row| row.ends_with(last)).unwrap_or_else(|| panic!("no {last:?} in {rows:#?}"));
    Position::new(u16::try_from(rows[y].chars().count()).unwrap(), u16::try_from(y).unwrap())
}

/// The row of the window that starts (after the margin) with `text`.
fn row_of(terminal: &Terminal<TestBackend>, text: &str) -> u16 {
    let rows = rows(terminal);
    let y = rows
        .iter()
        .position(|row| row.get(1..).is_some_and(|r| r.starts_with(text)))
        .unwrap_or_else(|| panic!("no {text:?} in {rows:#?}"));
    u16::try_from(y).unwrap()
}

#[test]
fn a_list_of_choices() {
    let catalog = catalog();
    let mut app = app(&catalog, &["Ann", "Bob"]);
    let mut terminal = run(&mut app, &[]);
    assert_eq!(cursor(&mut terminal), end_of_keys(&app, &terminal), "a new page: after its last word");
    let mut terminal = run(&mut app, &[KeyCode::Down]);
    let bob = row_of(&terminal, "\u{2192} 2. Bob");
    assert_eq!(cursor(&mut terminal), Position::new(1, bob), "moved: on the focused choice");
}

#[test]
fn a_text_field_then_a_step_to_read_then_a_question() {
    let catalog = catalog();
    let mut app = app(&catalog, &[]);
    let mut terminal = run(&mut app, &[]);
    assert_eq!(cursor(&mut terminal), end_of_keys(&app, &terminal), "the new learner page");
    let mut terminal = run(&mut app, &[KeyCode::Char('A'), KeyCode::Char('n'), KeyCode::Char('n')]);
    let field = row_of(&terminal, "  Ann");
    assert_eq!(cursor(&mut terminal), Position::new(6, field), "typing: after the last letter");
    let mut terminal = run(&mut app, &[KeyCode::Enter]);
    assert!(rows(&terminal).iter().any(|r| r.contains("Step 1 of 5. Welcome")));
    assert_eq!(cursor(&mut terminal), end_of_keys(&app, &terminal), "a step to read");
    // The question: a new page, then the focus moves, then feedback is new words.
    let mut terminal = run(&mut app, &[KeyCode::Enter, KeyCode::Enter]);
    assert!(rows(&terminal).iter().any(|r| r.contains("Step 3 of 5. What matters to you?")));
    assert_eq!(cursor(&mut terminal), end_of_keys(&app, &terminal), "a question");
    let mut terminal = run(&mut app, &[KeyCode::Down, KeyCode::Down]);
    let third = row_of(&terminal, "\u{2192} 3.");
    assert_eq!(cursor(&mut terminal), Position::new(1, third));
    let mut terminal = run(&mut app, &[KeyCode::Down, KeyCode::Enter]);
    assert!(rows(&terminal).iter().any(|r| r.contains("Good choice.")), "{:#?}", rows(&terminal));
    assert_eq!(cursor(&mut terminal), end_of_keys(&app, &terminal), "feedback: new words");
}

#[test]
fn a_key_to_practise_a_practice_screen_and_hearing_it_again() {
    let catalog = catalog();
    let mut app = app(&catalog, &["Ann"]);
    // Getting started, Using a keyboard: its first step to read, then the Enter key step.
    go(&mut app, &[KeyCode::Enter, KeyCode::Down, KeyCode::Enter, KeyCode::Down, KeyCode::Enter, KeyCode::Enter]);
    go(&mut app, &[KeyCode::Enter]);
    let mut terminal = run(&mut app, &[]);
    assert!(rows(&terminal).iter().any(|r| r.contains("Press Enter now.")), "{:#?}", rows(&terminal));
    assert_eq!(cursor(&mut terminal), end_of_keys(&app, &terminal), "a key step");
    let mut terminal = run(&mut app, &[KeyCode::Char('x')]);
    assert!(rows(&terminal).iter().any(|r| r.contains("You pressed the letter x.")));
    assert_eq!(cursor(&mut terminal), end_of_keys(&app, &terminal), "what the key did: new words");
    // R repeats: the whole page is drawn again and the cursor ends it.
    let mut app = self::app(&catalog, &["Ann"]);
    go(&mut app, &[KeyCode::Enter, KeyCode::Down, KeyCode::Down, KeyCode::Enter, KeyCode::Down, KeyCode::Enter]);
    go(&mut app, &[KeyCode::Enter, KeyCode::Enter, KeyCode::Enter]);
    let mut terminal = run(&mut app, &[]);
    assert!(rows(&terminal).iter().any(|r| r.contains("Practice screen. Inbox")), "{:#?}", rows(&terminal));
    assert_eq!(cursor(&mut terminal), end_of_keys(&app, &terminal), "a practice screen");
    let mut terminal = run(&mut app, &[KeyCode::Down]);
    let second = row_of(&terminal, "\u{2192} 2.");
    assert_eq!(cursor(&mut terminal), Position::new(1, second), "moved on the practice screen");
    let mut terminal = run(&mut app, &[KeyCode::Down, KeyCode::Char('r')]);
    assert_eq!(cursor(&mut terminal), end_of_keys(&app, &terminal), "heard again: the page's end");
}
