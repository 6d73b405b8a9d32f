//! What a Fluent file must pass before Fluent's own parser reads it. The parser recurses
//! once for each level of nesting, so a file with thousands of nested placeables would
//! overflow the stack and abort the tutor; and a file with a great many messages is a
//! damaged or hostile one. Both are refused here, in one linear pass, at their place.

use std::path::Path;

use crate::content::diag::{Diagnostic, Problem, Severity};
use crate::content::limits::{MAX_MESSAGES_PER_FILE, MAX_NESTING};

/// The problem that stops `text` being loaded at all, if any.
pub fn refusal(path: &Path, text: &str) -> Option<Diagnostic> {
    if let Some(offset) = too_deep(text) {
        let problem = Problem::TooDeep { limit: MAX_NESTING };
        return Some(Diagnostic::at(path, text, offset, Severity::Error, problem));
    }
    let line = entry_lines(text).nth(MAX_MESSAGES_PER_FILE)?;
    let problem = Problem::TooManyMessages { limit: MAX_MESSAGES_PER_FILE };
    Some(Diagnostic { path: path.to_path_buf(), line, col: 1, severity: Severity::Error, problem })
}

/// The lines (from 1) where an entry starts: a message, a term (`-brand`), or what the
/// parser will take for one, each a line that starts with a letter or a dash. Read as
/// bytes: every start of an entry is ASCII, and bytes skip the decoding of each char.
fn entry_lines(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.as_bytes()
        .split(|&b| b == b'\n')
        .enumerate()
        .filter(|(_, line)| line.first().is_some_and(|&b| b.is_ascii_alphabetic() || b == b'-'))
        .map(|(index, _)| index + 1)
}

/// What the scan is inside, innermost last.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    /// `{ ... }` before any `->`: an expression, where `(` calls and `"` quotes.
    Placeable,
    /// `{ $x -> ... }` after the `->`: variants, whose values are text again.
    Select,
    /// The brackets of a function call.
    Call,
}

/// Where nesting first goes deeper than [`MAX_NESTING`], as a byte offset. Counts what
/// makes the parser recurse (a placeable, a select, a function call) the way the parser
/// reads it: in text, brackets and quotes are just characters; in an expression, braces
/// inside a string literal are just characters; a comment line is skipped.
pub fn too_deep(text: &str) -> Option<usize> {
    // Bytes, not chars: every character that counts is ASCII, and in UTF-8 an ASCII
    // byte is never part of another character, so offsets are the same and each start
    // costs a few instructions a byte rather than a decode.
    let bytes = text.as_bytes();
    let mut open: Vec<Level> = Vec::new();
    let (mut in_string, mut escaped, mut in_comment) = (false, false, false);
    let mut previous = b'\n';
    let mut offset = 0;
    while offset < bytes.len() {
        // In text (a message's own, or a variant's), not at the start of a line, only a
        // brace or the line's end can change anything: skip straight to it.
        let in_text = matches!(open.last(), None | Some(Level::Select));
        if in_text && !in_comment && !in_string && previous != b'\n' {
            let skip = bytes[offset..].iter().position(|&b| matches!(b, b'{' | b'}' | b'\n'))?;
            if skip > 0 {
                offset += skip;
                previous = bytes[offset - 1];
            }
        }
        let c = bytes[offset];
        let line_start = previous == b'\n';
        previous = c;
        offset += 1;
        if in_comment || (line_start && open.is_empty() && c == b'#') {
            in_comment = c != b'\n';
            continue;
        }
        if in_string {
            match c {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' | b'\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        let in_expression = matches!(open.last(), Some(Level::Placeable | Level::Call));
        match c {
            b'{' => open.push(Level::Placeable),
            // A `}` closes the innermost placeable or select, and any call left open in it.
            b'}' => while open.pop() == Some(Level::Call) {},
            b'(' if in_expression => open.push(Level::Call),
            b')' if open.last() == Some(&Level::Call) => {
                open.pop();
            }
            b'"' if in_expression => in_string = true,
            b'>' if open.last() == Some(&Level::Placeable) && offset >= 2 && bytes[offset - 2] == b'-' => {
                open.pop();
                open.push(Level::Select);
            }
            _ => {}
        }
        if open.len() > MAX_NESTING {
            return Some(offset - 1);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_count_as_entries_but_comments_and_continuations_do_not() {
        let text = "# comment\nhello = Hi\n-brand = Signpost\nlong =\n    More words\n    .attr = x\n";
        assert_eq!(entry_lines(text).collect::<Vec<_>>(), [2, 3, 4]);
        let many = "-t = {}\n".repeat(MAX_MESSAGES_PER_FILE + 1);
        let refused = refusal(Path::new("a.ftl"), &many).map(|d| (d.line, d.problem));
        assert_eq!(
            refused,
            Some((MAX_MESSAGES_PER_FILE + 1, Problem::TooManyMessages { limit: MAX_MESSAGES_PER_FILE }))
        );
    }

    #[test]
    fn every_shipped_file_passes() {
        for file in crate::content::source::SourceTree::built_in_locales().files {
            let text = file.text.as_deref().unwrap();
            assert_eq!(refusal(&file.path, text).map(|d| (d.line, d.col)), None, "{}", file.path.display());
        }
    }

    #[test]
    fn real_messages_pass() {
        let shipped = [
            "a = Hello, { $name }! (Press Enter.)\n",
            "b = { $count ->\n    [one] one (just one) { NUMBER($count) }\n   *[other] { $count } \"many\"\n}\n",
            "c = { \"{\" } and ( unbalanced\n",
        ];
        for text in shipped {
            assert_eq!(too_deep(text), None, "{text}");
        }
    }

    #[test]
    fn nesting_past_the_limit_is_found_at_its_place() {
        let deep = format!("deep = {}\"x\"{}\n", "{ ".repeat(15_000), " }".repeat(15_000));
        assert_eq!(too_deep(&deep), Some("deep = ".len() + 2 * MAX_NESTING));
        let calls = format!("calls = {{ {}1{} }}\n", "NUMBER(".repeat(100), ")".repeat(100));
        assert_eq!(too_deep(&calls), Some("calls = { ".len() + 7 * (MAX_NESTING - 1) + 6));
        let just = format!("ok = {}x{}\n", "{ ".repeat(MAX_NESTING), " }".repeat(MAX_NESTING));
        assert_eq!(too_deep(&just), None);
    }

    #[test]
    fn letters_beyond_ascii_keep_the_place_a_byte_offset() {
        let deep = format!("ŵ = Croeso {}x{}\n", "{ ".repeat(MAX_NESTING + 1), " }".repeat(MAX_NESTING + 1));
        let at = deep.match_indices('{').nth(MAX_NESTING).map(|(i, _)| i);
        assert_eq!(too_deep(&deep), at);
        assert_eq!(entry_lines("ŵ = W\nhello = Hi\n").collect::<Vec<_>>(), [2], "ŵ is not an ASCII letter");
    }

    #[test]
    fn braces_in_a_string_literal_or_a_comment_do_not_count() {
        let text = format!("# {}\ns = {{ \"{}\" }}\n", "{".repeat(100), "{".repeat(100));
        assert_eq!(too_deep(&text), None);
        let after_a_message = format!("a = Some words\n# {}\nb = B\n", "{".repeat(100));
        assert_eq!(too_deep(&after_a_message), None, "a comment after a message's text");
    }

    #[test]
    fn quotes_and_brackets_in_variant_text_are_text() {
        // In variant text a quote starts no string, so the braces after it still count.
        let level = "{ $x ->\n *[a] \"(";
        let deep = format!("q = {}\n", level.repeat(MAX_NESTING + 1));
        let at = deep.match_indices('{').nth(MAX_NESTING).map(|(i, _)| i);
        assert_eq!(too_deep(&deep), at);
        let text = "t = { $x ->\n    [one] :( \"one\" (\n   *[other] :(\n}\n".repeat(50);
        assert_eq!(too_deep(&text), None);
    }
}
