//! Keys to messages. Only presses count (not repeats or releases). Nothing is bound to
//! Insert, CapsLock, the keypad, Alt+letter or Ctrl alone: screen readers own those.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::lesson::Key;
use crate::tutor::{InputMode, Message};

/// The message for a key press, if it means anything here. With `shortcuts` off, single
/// letters do nothing outside practice and typing (WCAG 2.1.4); the function keys still
/// work.
pub fn message_for(mode: InputMode, event: KeyEvent, shortcuts: bool) -> Option<Message> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    // Keys that work everywhere, even in practice and typing.
    match event.code {
        KeyCode::Char('c') if ctrl => return Some(Message::Quit),
        KeyCode::Esc => return Some(Message::Back),
        KeyCode::F(1) => return Some(Message::Help),
        KeyCode::F(2) => return Some(Message::Repeat),
        KeyCode::F(3) => return Some(Message::Where),
        KeyCode::F(4) => return Some(Message::OpenSettings),
        KeyCode::F(5) => return Some(Message::Reset),
        KeyCode::F(6) => return Some(Message::Silence),
        _ if ctrl || alt => return None,
        _ => {}
    }
    match mode {
        InputMode::KeyPractice => Some(Message::Key(practice_key(event.code))),
        InputMode::TextEntry => match event.code {
            // Reads out a password box, which shows only how many characters it has.
            KeyCode::F(7) => Some(Message::Spell),
            KeyCode::Enter => Some(Message::Next),
            KeyCode::Backspace => Some(Message::RubOut),
            KeyCode::Char(c) => Some(Message::Type(c)),
            _ => None,
        },
        InputMode::Choices | InputMode::Continue => match event.code {
            KeyCode::Enter => Some(Message::Next),
            KeyCode::Up => Some(Message::Up),
            KeyCode::Down => Some(Message::Down),
            // A number moves the highlight to that choice; Enter chooses it, as typing a
            // number and pressing Enter does in plain mode. A slip chooses nothing.
            KeyCode::Char(d @ '1'..='9') => d.to_digit(10).map(|n| Message::FocusOn(n as usize - 1)),
            KeyCode::Char(' ') => Some(Message::Silence),
            KeyCode::Char(c) if shortcuts => letter(c),
            _ => None,
        },
    }
}

/// The single-letter shortcuts.
fn letter(c: char) -> Option<Message> {
    match c.to_ascii_lowercase() {
        'r' => Some(Message::Repeat),
        'h' | '?' => Some(Message::Help),
        'w' => Some(Message::Where),
        'q' => Some(Message::Quit),
        's' => Some(Message::OpenSettings),
        _ => None,
    }
}

fn practice_key(code: KeyCode) -> Key {
    match code {
        KeyCode::Enter => Key::Enter,
        KeyCode::Char(' ') => Key::Space,
        KeyCode::Backspace => Key::Backspace,
        KeyCode::Tab => Key::Tab,
        KeyCode::Up => Key::Up,
        KeyCode::Down => Key::Down,
        KeyCode::Left => Key::Left,
        KeyCode::Right => Key::Right,
        KeyCode::Char(c) => Key::Char(c),
        _ => Key::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyEventState;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent { code, modifiers, kind: KeyEventKind::Press, state: KeyEventState::NONE }
    }

    #[test]
    fn keys_map_by_what_the_tutor_waits_for() {
        use InputMode::*;
        let none = KeyModifiers::NONE;
        let cases: &[(InputMode, KeyCode, KeyModifiers, Option<Message>)] = &[
            (Choices, KeyCode::Enter, none, Some(Message::Next)),
            (Choices, KeyCode::Esc, none, Some(Message::Back)),
            (Choices, KeyCode::Down, none, Some(Message::Down)),
            (Choices, KeyCode::Char('2'), none, Some(Message::FocusOn(1))),
            (Choices, KeyCode::Char('0'), none, None),
            (Choices, KeyCode::Char('r'), none, Some(Message::Repeat)),
            (Choices, KeyCode::Char('q'), none, Some(Message::Quit)),
            (Choices, KeyCode::Char('c'), KeyModifiers::CONTROL, Some(Message::Quit)),
            (Choices, KeyCode::Char('h'), KeyModifiers::ALT, None),
            (Choices, KeyCode::Insert, none, None),
            (Continue, KeyCode::Enter, none, Some(Message::Next)),
            (KeyPractice, KeyCode::Char('r'), none, Some(Message::Key(Key::Char('r')))),
            (KeyPractice, KeyCode::Char('A'), KeyModifiers::SHIFT, Some(Message::Key(Key::Char('A')))),
            (KeyPractice, KeyCode::Char(' '), none, Some(Message::Key(Key::Space))),
            (KeyPractice, KeyCode::Enter, none, Some(Message::Key(Key::Enter))),
            (KeyPractice, KeyCode::Esc, none, Some(Message::Back)),
            (KeyPractice, KeyCode::F(1), none, Some(Message::Help)),
            (KeyPractice, KeyCode::F(7), none, Some(Message::Key(Key::Other))),
            (KeyPractice, KeyCode::F(6), none, Some(Message::Silence)),
            (Choices, KeyCode::Char(' '), none, Some(Message::Silence)),
            (Choices, KeyCode::Char('s'), none, Some(Message::OpenSettings)),
            (KeyPractice, KeyCode::F(5), none, Some(Message::Reset)),
            (TextEntry, KeyCode::Char('q'), none, Some(Message::Type('q'))),
            (TextEntry, KeyCode::Backspace, none, Some(Message::RubOut)),
            (TextEntry, KeyCode::Enter, none, Some(Message::Next)),
            (TextEntry, KeyCode::F(7), none, Some(Message::Spell)),
        ];
        for (mode, code, modifiers, expected) in cases {
            assert_eq!(&message_for(*mode, press(*code, *modifiers), true), expected, "{mode:?} {code:?}");
        }
    }

    #[test]
    fn releases_and_repeats_are_ignored() {
        let mut event = press(KeyCode::Enter, KeyModifiers::NONE);
        event.kind = KeyEventKind::Release;
        assert_eq!(message_for(InputMode::Choices, event, true), None);
        event.kind = KeyEventKind::Repeat;
        assert_eq!(message_for(InputMode::Choices, event, true), None);
    }

    #[test]
    fn with_shortcuts_off_letters_do_nothing_but_function_keys_work() {
        let none = KeyModifiers::NONE;
        for c in ['r', 'h', 'w', 'q', 's'] {
            assert!(message_for(InputMode::Choices, press(KeyCode::Char(c), none), true).is_some(), "{c}");
            assert_eq!(message_for(InputMode::Choices, press(KeyCode::Char(c), none), false), None, "{c}");
        }
        assert_eq!(message_for(InputMode::Choices, press(KeyCode::F(1), none), false), Some(Message::Help));
        assert_eq!(message_for(InputMode::Choices, press(KeyCode::F(4), none), false), Some(Message::OpenSettings));
        let practice = message_for(InputMode::KeyPractice, press(KeyCode::Char('q'), none), false);
        assert_eq!(practice, Some(Message::Key(Key::Char('q'))), "practice is not a shortcut");
    }
}
