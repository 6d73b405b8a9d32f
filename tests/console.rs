//! The bare Linux console: with TERM=linux, every character drawn must be one the Uni2
//! console font can show (tests/data/console-uni2-codepoints.txt, read from Debian's
//! Uni2-TerminusBold32x16 with psfgettable), in every shipped language.

use std::collections::HashSet;
use std::fs;
use std::path::Path;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use signpost::content::source::SourceTree;
use signpost::i18n::{base_language, I18n, Mode};
use signpost::lesson;
use signpost::shell::app::App;
use signpost::speech::Voice;
use signpost::store::Store;
use signpost::ui::tui::{message_for, redraw, Look};

fn uni2() -> HashSet<char> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/console-uni2-codepoints.txt");
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| u32::from_str_radix(l.trim(), 16).ok())
        .filter_map(char::from_u32)
        .collect()
}

#[test]
fn the_font_list_is_the_real_one() {
    let font = uni2();
    assert!(font.len() > 700, "{}", font.len());
    for c in ['a', 'Z', 'ŵ', 'ŷ', 'ą', 'ł', 'ż', '█', '•'] {
        assert!(font.contains(&c), "{c:?}");
    }
    assert!(!font.contains(&'✓') && !font.contains(&'▀'), "no check marks or half blocks");
}

#[test]
fn every_word_in_every_language_can_be_shown_on_the_console() {
    let font = uni2();
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let tree = SourceTree::from_dir(&locales).unwrap();
    let mut missing = Vec::new();
    for file in tree.with_extension("ftl") {
        let text = file.text.as_ref().unwrap();
        for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim_start().starts_with('#')) {
            for c in line.chars().filter(|c| !font.contains(c)) {
                missing.push(format!("{}:{}: {c:?} (U+{:04X})", file.path.display(), n + 1, c as u32));
            }
        }
    }
    assert!(missing.is_empty(), "characters the console cannot show:\n{}", missing.join("\n"));
}

/// Every cell of a drawn screen is a character the console font has.
fn assert_drawable(terminal: &Terminal<TestBackend>, font: &HashSet<char>, what: &str) {
    for cell in terminal.backend().buffer().content() {
        for c in cell.symbol().chars() {
            assert!(font.contains(&c), "{what}: {c:?} (U+{:04X}) cannot be shown on the console", c as u32);
        }
    }
}

#[test]
fn every_screen_drawn_including_large_print_uses_console_characters() {
    let font = uni2();
    let catalog = lesson::load(&SourceTree::built_in_lessons()).catalog;
    let mut i18n = I18n::built_in(&[base_language()]);
    i18n.set_mode(Mode::Tui);
    let store = Store::open_in_memory().unwrap();
    store.add_learner("Siân").unwrap();
    let voice = Voice::start(false, None).unwrap();
    let mut app = App::new(&catalog, i18n, SourceTree::built_in_locales(), store, voice).unwrap();
    let press = |app: &mut App, code: KeyCode| {
        if let Some(m) = message_for(app.input_mode(), KeyEvent::new(code, KeyModifiers::NONE), true) {
            app.dispatch(m);
        }
    };
    // Settings: large print on; then through Finding your reason and into the inbox.
    let keys = [KeyCode::Enter, KeyCode::Char('s'), KeyCode::Down, KeyCode::Down, KeyCode::Enter, KeyCode::Esc];
    let mut steps = keys.to_vec();
    steps.extend([KeyCode::Down, KeyCode::Down, KeyCode::Enter, KeyCode::Down, KeyCode::Enter, KeyCode::Enter]);
    steps.extend([KeyCode::Enter; 6]);
    for (n, key) in steps.into_iter().enumerate() {
        press(&mut app, key);
        for (w, h) in [(80, 25), (40, 12)] {
            let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
            redraw(&app, &mut terminal, Look { colour: true }).unwrap();
            assert_drawable(&terminal, &font, &format!("after key {n} at {w}x{h}"));
        }
    }
    assert!(app.settings().large_print, "large print was turned on");
}
