//! Making outside text safe to show: names, hub names, ids and messages can come from a
//! file someone else wrote. Control characters (which can clear a screen or set a
//! window title), bidirectional overrides (which make "Eve\u{202e}gpj.exe" read as
//! something else) and invisible characters (which make "A\u{200b}nn" look like "Ann")
//! are taken out here, in one place, before text reaches a terminal, a file or a
//! comparison.

/// Whether `c` is never shown to a person as it is.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c,
            // Bidirectional embeddings, overrides and isolates; left-to-right and
            // right-to-left marks.
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
            // Zero-width space, joiners, word joiner, byte-order mark.
            | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// `text` without the characters [`is_unsafe`] names.
pub fn clean(text: &str) -> String {
    text.chars().filter(|c| !is_unsafe(*c)).collect()
}

/// `text` without the characters [`is_unsafe`] names, except line breaks: for text of
/// several lines, such as a message of a translation.
pub fn clean_lines(text: &str) -> String {
    text.chars().filter(|c| *c == '\n' || !is_unsafe(*c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_overrides_and_invisible_characters_are_taken_out() {
        let cases = [
            ("Ann", "Ann"),
            ("A\u{200b}nn", "Ann"),
            ("Eve\u{202e}gpj.exe", "Evegpj.exe"),
            ("\u{1b}]0;owned\u{7}Hub", "]0;ownedHub"),
            ("\u{1b}[2JHub", "[2JHub"),
            ("\u{feff}Siân", "Siân"),
            ("Łódź", "Łódź"),
        ];
        for (raw, shown) in cases {
            assert_eq!(clean(raw), shown, "{raw:?}");
        }
    }

    #[test]
    fn several_lines_keep_their_breaks_and_lose_the_rest() {
        assert_eq!(clean_lines("One\u{1b}[2J\nTwo\r\n\u{7}Three\t"), "One[2J\nTwo\nThree");
    }
}
