//! Reading a typed line as a message. Command words come from Fluent, so a Welsh
//! learner types Welsh words; numbers choose from lists.

use crate::i18n::I18n;
use crate::lesson::Key;
use crate::tutor::{InputMode, Message};

/// The command words of the learner's language, and the English ones behind them.
pub struct Commands {
    /// The learner's own words first, so they win over an English word that means
    /// something else; then English, so an English-speaking champion can step in.
    words: Vec<(Message, Vec<String>)>,
}

impl Commands {
    /// Reads the word lists (`command-repeat = repeat r`, ...) from the locale.
    pub fn new(i18n: &I18n) -> Commands {
        let table = [
            (Message::Repeat, "command-repeat"),
            (Message::Help, "command-help"),
            (Message::Where, "command-where"),
            (Message::Back, "command-back"),
            (Message::Quit, "command-quit"),
            (Message::Reset, "command-again"),
            (Message::OpenSettings, "command-settings"),
            (Message::Silence, "command-quiet"),
            (Message::Spell, "command-spell"),
        ];
        let split = |text: String| text.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>();
        let own = table.iter().map(|(message, id)| (message.clone(), split(i18n.tr(id))));
        let english = table.iter().map(|(message, id)| (message.clone(), split(i18n.tr_english(id))));
        Commands { words: own.chain(english).collect() }
    }

    /// The command `word` names; single letters count only when `letters` is true.
    fn command(&self, word: &str, letters: bool) -> Option<Message> {
        let word = word.trim().to_lowercase();
        if !letters && word.chars().count() < 2 {
            return None;
        }
        self.words.iter().find(|(_, words)| words.contains(&word)).map(|(message, _)| message.clone())
    }

    /// What a typed line means, given what the tutor is waiting for.
    pub fn parse(&self, mode: InputMode, line: &str) -> Message {
        let raw = line.trim_end_matches(['\r', '\n']);
        let word = raw.trim();
        match mode {
            InputMode::KeyPractice => self.command(word, false).unwrap_or_else(|| Message::Key(key_from_line(raw))),
            InputMode::TextEntry if word.is_empty() => Message::Blank,
            InputMode::TextEntry => self.command(word, false).unwrap_or_else(|| Message::Submit(raw.to_owned())),
            InputMode::Choices | InputMode::Continue if word.is_empty() => Message::Blank,
            InputMode::Choices | InputMode::Continue => {
                if let Ok(number) = word.parse::<usize>() {
                    return match number.checked_sub(1) {
                        Some(index) if mode == InputMode::Choices => Message::Choose(index),
                        _ => Message::Unknown(word.to_owned()),
                    };
                }
                self.command(word, true).unwrap_or_else(|| Message::Unknown(word.to_owned()))
            }
        }
    }
}

/// The key a line stands for in key practice. In a terminal's line mode, Enter alone is
/// an empty line, Space is a line of spaces, and an arrow key arrives as its escape
/// sequence; anything longer than one character is some other key.
fn key_from_line(raw: &str) -> Key {
    if raw.is_empty() {
        return Key::Enter;
    }
    if raw.chars().all(|c| c == ' ') {
        return Key::Space;
    }
    if raw == "\t" {
        return Key::Tab;
    }
    for (sequence, key) in [("A", Key::Up), ("B", Key::Down), ("C", Key::Right), ("D", Key::Left)] {
        if raw == format!("\u{1b}[{sequence}") || raw == format!("\u{1b}O{sequence}") {
            return key;
        }
    }
    let mut chars = raw.trim().chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Key::Char(c),
        _ => Key::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::base_language;

    #[test]
    fn lines_become_messages() {
        let i18n = I18n::built_in(&[base_language()]);
        let commands = Commands::new(&i18n);
        use InputMode::*;
        let cases: &[(InputMode, &str, Message)] = &[
            (Choices, "2", Message::Choose(1)),
            (Choices, " 1 ", Message::Choose(0)),
            (Choices, "0", Message::Unknown("0".into())),
            (Choices, "", Message::Blank),
            (Choices, "help", Message::Help),
            (Choices, "H", Message::Help),
            (Choices, "repeat", Message::Repeat),
            (Choices, "r", Message::Repeat),
            (Choices, "where", Message::Where),
            (Choices, "back", Message::Back),
            (Choices, "quit", Message::Quit),
            (Choices, "banana", Message::Unknown("banana".into())),
            (Continue, "", Message::Blank),
            (Continue, "3", Message::Unknown("3".into())),
            (KeyPractice, "", Message::Key(Key::Enter)),
            (KeyPractice, " ", Message::Key(Key::Space)),
            (KeyPractice, "a", Message::Key(Key::Char('a'))),
            (KeyPractice, "A", Message::Key(Key::Char('A'))),
            (KeyPractice, "r", Message::Key(Key::Char('r'))),
            (KeyPractice, "\u{1b}[A", Message::Key(Key::Up)),
            (KeyPractice, "\u{1b}OD", Message::Key(Key::Left)),
            (KeyPractice, "help", Message::Help),
            (KeyPractice, "xyz", Message::Key(Key::Other)),
            (TextEntry, "Ann", Message::Submit("Ann".into())),
            (TextEntry, "h", Message::Submit("h".into())),
            (TextEntry, "back", Message::Back),
            (TextEntry, "spell", Message::Spell),
            (Choices, "spell", Message::Spell),
            (TextEntry, "  ", Message::Blank),
        ];
        for (mode, line, expected) in cases {
            assert_eq!(&commands.parse(*mode, line), expected, "{mode:?} {line:?}");
        }
    }
}
