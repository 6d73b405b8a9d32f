//! The full-screen view on ratatui's TestBackend: what is drawn, and where the cursor
//! is on a new page (screen readers and braille displays follow it; `tests/cursor.rs`
//! follows it as the learner moves).

use ratatui::backend::TestBackend;
use ratatui::Terminal;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use signpost::content::source::SourceTree;
use signpost::i18n::{base_language, I18n, Mode};
use signpost::lesson::{self, Catalog};
use signpost::shell::app::App;
use signpost::speech::Voice;
use signpost::store::Store;
use signpost::ui::tui::{message_for, redraw, Look};

struct Setup {
    catalog: Catalog,
}

fn setup() -> Setup {
    Setup { catalog: lesson::load(&SourceTree::built_in_lessons()).catalog }
}

fn app<'a>(setup: &'a Setup, learners: &[&str]) -> App<'a> {
    let store = Store::open_in_memory().unwrap();
    for name in learners {
        store.add_learner(name).unwrap();
    }
    let mut i18n = I18n::built_in(&[base_language()]);
    i18n.set_mode(Mode::Tui);
    let voice = Voice::start(false, None).unwrap();
    App::new(&setup.catalog, i18n, SourceTree::built_in_locales(), store, voice).unwrap()
}

/// Presses keys as the real loop does: through the keymap, then `dispatch`.
fn press(app: &mut App, keys: &[KeyCode]) {
    for code in keys {
        let event = KeyEvent::new(*code, KeyModifiers::NONE);
        if let Some(message) = message_for(app.input_mode(), event, app.settings().shortcuts) {
            app.dispatch(message);
        }
    }
}

/// `app`'s screen drawn as a new page in a `width` x `height` window.
fn drawn(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    redraw(app, &mut terminal, Look { colour: true }).unwrap();
    terminal
}

/// A new page leaves the cursor just after the last word of its key help, so that a
/// screen reader reads the whole page.
fn assert_cursor_after_keys(app: &App, terminal: &mut Terminal<TestBackend>) {
    let screen = app.screen();
    let width = terminal.backend().buffer().area.width;
    let keys = if width < 60 { &screen.keys_short } else { &screen.keys };
    let last = keys.rsplit(". ").next().unwrap();
    let rows = rows(terminal);
    let y =
        rows.iter().rposition(|row| row.trim_end().ends_with(last)).unwrap_or_else(|| panic!("{last:?} in {rows:#?}"));
    let x = rows[y].trim_end().chars().count();
    terminal.backend_mut().assert_cursor_position((u16::try_from(x).unwrap(), u16::try_from(y).unwrap()));
}

#[test]
fn the_learner_picker_has_the_cursor_on_the_highlighted_name() {
    let setup = setup();
    let mut app = app(&setup, &["Ann", "Bob"]);
    press(&mut app, &[KeyCode::Down]);
    let mut terminal = drawn(&app, 80, 25);
    insta::assert_snapshot!("learner_picker_80x25", terminal.backend());
    assert_cursor_after_keys(&app, &mut terminal);
    let row: String = (0..80).map(|x| terminal.backend().buffer()[(x, 7)].symbol().to_owned()).collect();
    assert!(row.starts_with(" \u{2192} 2. Bob"), "{row}");
}

#[test]
fn a_lesson_step_with_choices_and_feedback() {
    let setup = setup();
    let mut app = app(&setup, &["Ann"]);
    // Ann, Getting started (after Finding your reason), Using this tutor, two steps on,
    // then a wrong answer.
    press(&mut app, &[KeyCode::Enter, KeyCode::Down, KeyCode::Enter, KeyCode::Enter, KeyCode::Enter]);
    press(&mut app, &[KeyCode::Enter, KeyCode::Enter, KeyCode::Enter]);
    let mut terminal = drawn(&app, 80, 25);
    insta::assert_snapshot!("question_step_80x25", terminal.backend());
    assert_cursor_after_keys(&app, &mut terminal);
    let feedback = "Not quite. Escape takes you back a step. Have another go.";
    assert!(terminal.backend().to_string().contains(feedback));
    let mut terminal = drawn(&app, 40, 12);
    insta::assert_snapshot!("question_step_40x12", terminal.backend());
    assert!(terminal.backend().to_string().contains("Not quite."), "feedback stays in view");
    assert_cursor_after_keys(&app, &mut terminal);
}

#[test]
fn the_quit_confirmation_asks_first_with_no_highlighted() {
    let setup = setup();
    let mut app = app(&setup, &["Ann"]);
    press(&mut app, &[KeyCode::Enter, KeyCode::Char('q')]);
    let mut terminal = drawn(&app, 80, 25);
    insta::assert_snapshot!("quit_confirmation_80x25", terminal.backend());
    assert_cursor_after_keys(&app, &mut terminal);
    press(&mut app, &[KeyCode::Esc]);
    assert!(!app.finished(), "Escape means carry on");
    press(&mut app, &[KeyCode::Char('q'), KeyCode::Down, KeyCode::Enter]);
    assert!(!app.finished(), "first: was today useful?");
    assert_eq!(app.screen().body, ["Was today useful for you?"]);
    press(&mut app, &[KeyCode::Enter]);
    assert!(app.finished());
}

#[test]
fn a_fresh_install_opens_on_the_name_box_with_the_languages_and_champion_mode() {
    let setup = setup();
    let mut first = app(&setup, &[]);
    let mut terminal = drawn(&first, 80, 25);
    insta::assert_snapshot!("fresh_install_80x25", terminal.backend());
    assert_cursor_after_keys(&first, &mut terminal);
    // In the smallest window the question and the name box stay in view.
    insta::assert_snapshot!("fresh_install_40x12", drawn(&first, 40, 12).backend());
    press(&mut first, &[KeyCode::Char('A'), KeyCode::Char('n'), KeyCode::Char('n')]);
    let mut terminal = drawn(&first, 80, 25);
    insta::assert_snapshot!("new_learner_80x25", terminal.backend());
    assert_cursor_after_keys(&first, &mut terminal);
    // A number and Enter choose, as everywhere: 2 is Cymraeg, then 4 is champion mode.
    let mut choosing = app(&setup, &[]);
    press(&mut choosing, &[KeyCode::Char('2'), KeyCode::Enter]);
    assert_eq!(choosing.screen().title, "Dysgwr newydd");
    assert_eq!(choosing.screen().items[3], "Rydw i'n hyrwyddwr digidol");
    press(&mut choosing, &[KeyCode::Char('4'), KeyCode::Enter]);
    assert_eq!(choosing.screen().title, "PIN hyrwyddwyr");
}

#[test]
fn a_window_too_small_says_so() {
    let setup = setup();
    let app = app(&setup, &["Ann"]);
    let terminal = drawn(&app, 30, 10);
    assert!(terminal.backend().to_string().contains("The window is too small."));
}

/// Ann (already known) opens course `course` and lesson `lesson` (counting from 0) and
/// presses Enter `steps` times to reach its practice step.
fn open_practice(app: &mut App, course: usize, lesson: usize, steps: usize) {
    press(app, &[KeyCode::Enter]);
    press(app, &vec![KeyCode::Down; course]);
    press(app, &[KeyCode::Enter]);
    press(app, &vec![KeyCode::Down; lesson]);
    // The lesson, then "how confident do you feel?" (the first answer), then the steps.
    press(app, &[KeyCode::Enter, KeyCode::Enter]);
    press(app, &vec![KeyCode::Enter; steps]);
}

#[test]
fn the_practice_inbox_at_both_sizes() {
    let setup = setup();
    let mut app = app(&setup, &["Ann"]);
    open_practice(&mut app, 2, 1, 2);
    let mut terminal = drawn(&app, 80, 25);
    insta::assert_snapshot!("practice_inbox_80x25", terminal.backend());
    assert_cursor_after_keys(&app, &mut terminal);
    let terminal = drawn(&app, 40, 12);
    insta::assert_snapshot!("practice_inbox_40x12", terminal.backend());
    // Open Sam's email: the screen changes.
    press(&mut app, &[KeyCode::Down, KeyCode::Enter]);
    let terminal = drawn(&app, 80, 25);
    insta::assert_snapshot!("practice_email_open_80x25", terminal.backend());
}

#[test]
fn the_practice_video_call_at_both_sizes() {
    let setup = setup();
    let mut app = app(&setup, &["Ann"]);
    // A GP video appointment: two steps, "is the text real?" (a scam, the second
    // answer), two more steps, then open the link and allow.
    open_practice(&mut app, 3, 2, 2);
    press(&mut app, &[KeyCode::Down, KeyCode::Enter, KeyCode::Enter, KeyCode::Enter, KeyCode::Enter]);
    press(&mut app, &[KeyCode::Enter, KeyCode::Enter]); // open the link, allow
    let terminal = drawn(&app, 80, 25);
    insta::assert_snapshot!("practice_call_ready_80x25", terminal.backend());
    let terminal = drawn(&app, 40, 12);
    insta::assert_snapshot!("practice_call_ready_40x12", terminal.backend());
}

#[test]
fn the_practice_nhs_app_at_both_sizes() {
    let setup = setup();
    let mut app = app(&setup, &["Ann"]);
    // The NHS App: two steps, what Frank needs (the second answer), two more steps.
    open_practice(&mut app, 4, 0, 2);
    press(&mut app, &[KeyCode::Down, KeyCode::Enter, KeyCode::Enter, KeyCode::Enter, KeyCode::Enter]);
    let terminal = drawn(&app, 80, 25);
    insta::assert_snapshot!("practice_nhs_login_80x25", terminal.backend());
    // The password box hides what is typed.
    press(&mut app, &[KeyCode::Down, KeyCode::Enter]);
    for c in "Practice2026".chars() {
        press(&mut app, &[KeyCode::Char(c)]);
    }
    let terminal = drawn(&app, 40, 12);
    insta::assert_snapshot!("practice_nhs_password_40x12", terminal.backend());
    assert!(!terminal.backend().to_string().contains("Practice2026\""), "typed password shown");
    // F7, as the box's key help says, reads it out; the typing stays in the box.
    press(&mut app, &[KeyCode::F(7)]);
    let spelt = "The Password box has capital P r a c t i c e 2 0 2 6.";
    assert_eq!(app.screen().notice.as_deref(), Some(spelt));
    assert!(app.screen().announcement.starts_with(spelt), "{}", app.screen().announcement);
    assert_eq!(app.screen().field.as_ref().map(|f| f.value.chars().count()), Some(12));
}

#[test]
fn settings_open_from_anywhere_and_change_at_once() {
    let setup = setup();
    let mut app = app(&setup, &["Ann"]);
    press(&mut app, &[KeyCode::Enter, KeyCode::F(4)]);
    let mut terminal = drawn(&app, 80, 25);
    insta::assert_snapshot!("settings_80x25", terminal.backend());
    assert_cursor_after_keys(&app, &mut terminal);
    // Colours: yellow on black becomes white on black, at once.
    press(&mut app, &[KeyCode::Enter]);
    assert_eq!(app.settings().theme, signpost::domain::settings::Theme::WhiteOnBlack);
    let terminal = drawn(&app, 80, 25);
    let cell = &terminal.backend().buffer()[(1, 0)];
    assert_eq!((cell.fg, cell.bg), (ratatui::style::Color::White, ratatui::style::Color::Black));
    // Single-letter keys off: S no longer opens anything, F4 still closes settings.
    press(&mut app, &[KeyCode::Down, KeyCode::Down, KeyCode::Down, KeyCode::Down, KeyCode::Down, KeyCode::Enter]);
    assert!(!app.settings().shortcuts);
    press(&mut app, &[KeyCode::F(4)]);
    let before = app.screen().clone();
    press(&mut app, &[KeyCode::Char('s')]);
    assert_eq!(app.screen().title, before.title, "S does nothing with single-letter keys off");
}

#[test]
fn two_themes_side_by_side() {
    let setup = setup();
    let mut app = app(&setup, &["Ann"]);
    press(&mut app, &[KeyCode::Enter, KeyCode::F(4), KeyCode::Down, KeyCode::Enter]);
    let terminal = drawn(&app, 80, 25);
    insta::assert_snapshot!("compare_themes_80x25", terminal.backend());
    let (left, right) = (&terminal.backend().buffer()[(1, 2)], &terminal.backend().buffer()[(41, 2)]);
    assert_eq!(left.fg, ratatui::style::Color::LightYellow, "yellow on black on the left");
    assert_eq!(right.fg, ratatui::style::Color::White, "white on black on the right");
    // Choosing the right-hand one uses it.
    press(&mut app, &[KeyCode::Down, KeyCode::Enter]);
    assert_eq!(app.settings().theme, signpost::domain::settings::Theme::WhiteOnBlack);
}

#[test]
fn large_print_shows_the_key_words_big_and_as_text() {
    let setup = setup();
    let mut app = app(&setup, &["Ann"]);
    press(&mut app, &[KeyCode::Enter, KeyCode::F(4), KeyCode::Down, KeyCode::Down, KeyCode::Enter, KeyCode::Esc]);
    assert!(app.settings().large_print);
    open_practice_from_courses(&mut app);
    let mut terminal = drawn(&app, 80, 25);
    insta::assert_snapshot!("large_print_80x25", terminal.backend());
    let text = terminal.backend().to_string();
    assert!(text.contains('█'), "big letters");
    assert!(text.contains("Step 1 of 10. Welcome"), "and the same words as ordinary text");
    assert_cursor_after_keys(&app, &mut terminal);
}

/// From the courses page: Getting started, Using this tutor.
fn open_practice_from_courses(app: &mut App) {
    press(app, &[KeyCode::Down, KeyCode::Enter, KeyCode::Enter, KeyCode::Enter]);
}

#[test]
fn a_scripted_key_sequence_is_announced_step_by_step() {
    let setup = setup();
    let log = tempfile::NamedTempFile::new().unwrap();
    let store = Store::open_in_memory().unwrap();
    store.add_learner("Ann").unwrap();
    let mut i18n = I18n::built_in(&[base_language()]);
    i18n.set_mode(Mode::Tui);
    let voice = Voice::start(false, Some(log.path())).unwrap();
    let mut app = App::new(&setup.catalog, i18n, SourceTree::built_in_locales(), store, voice).unwrap();
    press(&mut app, &[KeyCode::Enter, KeyCode::Down, KeyCode::Down, KeyCode::Char('w'), KeyCode::Char('r')]);
    let said = std::fs::read_to_string(log.path()).unwrap();
    let lines: Vec<&str> = said.lines().collect();
    let first = "Welcome to Signpost. Who is learning today? Choose your name. 1: Ann. 2: Add a new learner. \
                 3: English / Cymraeg / Polski. 4: Settings, how Signpost looks and sounds. 5: I am a digital champion. \
                 Highlighted: Ann. Press the number of your choice, or use the Up and Down arrows, then press Enter.";
    assert_eq!(lines[0], first);
    assert!(
        lines[1]
            .starts_with("Hello, Ann. What would you like to learn today? 1: Carry on where you left off. Nothing to carry on yet. 2: Finding your reason, 0 of 1 lesson done."),
        "{}",
        lines[1]
    );
    assert!(
        lines[1].ends_with(" Press the number of your choice, or use the Up and Down arrows, then press Enter."),
        "what to do next: {}",
        lines[1]
    );
    // Nothing to carry on yet, so the highlight starts on the first course.
    assert_eq!(lines[2], "Getting started, 0 of 2 lessons done. 3 of 8.");
    assert_eq!(lines[3], "Email, 0 of 7 lessons done. 4 of 8.");
    assert_eq!(lines[4], "You are on the list of courses for Ann. You are on Email, 0 of 7 lessons done.");
    // R says the whole page again, with every choice and the highlighted one.
    assert!(lines[5].starts_with("Hello, Ann. What would you like to learn today? 1: Carry on"), "{}", lines[5]);
    assert!(
        lines[5].contains(
            " 7: Someone else is learning. 8: Done for real, 0 of 3. Highlighted: Email, 0 of 7 lessons done. "
        ),
        "{}",
        lines[5]
    );
    assert_eq!(lines.len(), 6, "one announcement a key: {said}");
}

/// The rows of the terminal as text.
fn rows(terminal: &Terminal<TestBackend>) -> Vec<String> {
    let buffer = terminal.backend().buffer();
    let area = buffer.area;
    (0..area.height).map(|y| (0..area.width).map(|x| buffer[(x, y)].symbol()).collect::<String>()).collect()
}

#[test]
fn the_real_loop_answers_scripted_keys_scrolls_and_stops_when_the_terminal_goes() {
    use signpost::shell;
    use signpost::ui::tui::{Script, Tui};
    use std::collections::VecDeque;
    use std::sync::atomic::AtomicBool;

    let setup = setup();
    let mut app = app(&setup, &["Ann"]);
    let mut terminal = Terminal::new(TestBackend::new(40, 12)).unwrap();
    let stop = AtomicBool::new(false);
    let key = |code| crossterm::event::Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    let look = Look { colour: true };

    // Enter chooses Ann; the script then runs out, as when a terminal goes away.
    let script = Script(VecDeque::from([key(KeyCode::Enter)]));
    shell::run(&mut app, &mut Tui::new(&mut terminal, script, look, &stop)).unwrap();
    assert!(!app.finished(), "a terminal that went away ends the loop, not the learner's choice");
    let courses = rows(&terminal);
    assert!(courses.iter().any(|row| row.contains("Email, 0 of 7 lessons done")), "{courses:#?}");

    // Page Up moves a page taller than the window, without a message to the tutor.
    let before = app.screen().clone();
    let script = Script(VecDeque::from([key(KeyCode::PageUp)]));
    shell::run(&mut app, &mut Tui::new(&mut terminal, script, look, &stop)).unwrap();
    assert_eq!(app.screen(), &before, "scrolling changes nothing in the tutor");
    assert_ne!(rows(&terminal), courses, "the view moved up the page");

    // A signal stops the loop at once, whatever is left to read.
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let script = Script(VecDeque::from([key(KeyCode::Down), key(KeyCode::Enter)]));
    shell::run(&mut app, &mut Tui::new(&mut terminal, script, look, &stop)).unwrap();
    assert_eq!(app.screen(), &before, "nothing after the signal reached the tutor");
}

#[test]
fn help_where_letters_type_names_the_keys_that_work_there() {
    let setup = setup();
    let mut app = app(&setup, &[]);
    // A fresh install asks for a name: letters type, so R and Q are letters here.
    press(&mut app, &[KeyCode::F(1)]);
    let help = app.screen().body.join(" ");
    assert!(help.contains("Here the letter keys type. F2 repeats"), "{help}");
    assert!(!help.contains("Q stops"), "{help}");
    press(&mut app, &[KeyCode::Enter, KeyCode::Char('q')]);
    assert!(!app.finished(), "q typed a letter");
    assert_eq!(app.screen().field.as_ref().map(|f| f.value.as_str()), Some("q"));
}

#[test]
fn a_number_key_moves_the_highlight_and_enter_chooses() {
    let setup = setup();
    // (keys pressed on the settings page, highlighted entry after, large print after)
    let cases: &[(&[KeyCode], usize, bool)] = &[
        (&[KeyCode::Char('3')], 2, false),
        (&[KeyCode::Char('3'), KeyCode::Enter], 2, true),
        (&[KeyCode::Char('3'), KeyCode::Char('3')], 2, false),
        (&[KeyCode::Char('3'), KeyCode::Char('1')], 0, false),
    ];
    for (keys, focus, large) in cases {
        let mut app = app(&setup, &["Ann"]);
        press(&mut app, &[KeyCode::Char('s')]);
        press(&mut app, keys);
        assert_eq!(app.screen().focus, Some(*focus), "{keys:?}");
        assert_eq!(app.settings().large_print, *large, "{keys:?}: a number alone changes nothing");
    }
    // "Stop for now?" has two answers: 2 only highlights "Yes, stop now", and a number
    // beyond the list moves nothing.
    let mut app = app(&setup, &["Ann"]);
    press(&mut app, &[KeyCode::Char('q'), KeyCode::Char('2')]);
    assert!(!app.finished(), "a number alone does not stop the tutor");
    assert_eq!(app.screen().focus, Some(1));
    press(&mut app, &[KeyCode::Char('5')]);
    assert_eq!(app.screen().focus, Some(1), "5 is not on the list");
}
