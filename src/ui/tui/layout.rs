//! Where each line of a `Screen` goes, and where the cursor sits. Pure, so it can be
//! tested at every size without a terminal.
//!
//! Text is left-aligned, at most [`MAX_TEXT_WIDTH`] columns wide, with no borders or
//! box drawing (screen readers read those out). The key help follows the page's words
//! after one blank row, so a screen reader reviewing line by line meets no run of empty
//! rows before it; the speech status is always on the last row.

use crate::tutor::Screen;

/// Lines longer than this are hard to follow (RNIB Clear Print; accessibility rule 12).
pub const MAX_TEXT_WIDTH: usize = 70;
/// The smallest window the tutor is designed for.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;
/// Columns left empty at the left edge.
const MARGIN: usize = 1;

/// What a row shows, which decides its style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Heading,
    Title,
    Body,
    /// The title of a practice screen.
    Panel,
    Item {
        focused: bool,
    },
    Field,
    Notice,
    Keys,
    Status,
    Blank,
}

/// One row of text at column [`MARGIN`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub text: String,
    pub kind: RowKind,
}

/// The marker in front of the focused choice (reverse video marks it too). Screen
/// readers say ">" as "greater"; they say this arrow as "right arrow", which points at
/// the choice, and the Linux console font has it.
pub const FOCUS_MARK: char = '\u{2192}';

/// The rows to draw, top to bottom, and two places for the cursor (column, row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub rows: Vec<Row>,
    /// At the start of the focused choice, or after the text typed in a field.
    pub cursor: (u16, u16),
    /// Just after the last word above the speech status (the end of the key help):
    /// where a screen reader stops reading a new page.
    pub end: (u16, u16),
    pub margin: u16,
}

/// Lays `screen` out in a `width` x `height` window; `too_small` is shown instead when
/// the window is below the minimum size.
/// Below this width the short key help is shown, so the page keeps its rows.
const NARROW: u16 = 60;

/// Lays `screen` out in a `width` x `height` window, moved `scroll` rows from where it
/// would be (Page Up and Page Down); `too_small` is shown instead when the window is
/// below the minimum size.
pub fn layout(screen: &Screen, width: u16, height: u16, too_small: &str, scroll: isize) -> Layout {
    let text_width = usize::from(width).saturating_sub(2 * MARGIN).clamp(1, MAX_TEXT_WIDTH);
    let margin = MARGIN as u16;
    if width < MIN_WIDTH || height < MIN_HEIGHT {
        let rows: Vec<Row> =
            wrap(too_small, text_width, 0).into_iter().map(|text| Row { text, kind: RowKind::Notice }).collect();
        let end = end_of(&rows);
        return Layout { rows, cursor: (margin, 0), end, margin };
    }
    let height = usize::from(height);
    let keys = if width < NARROW { &screen.keys_short } else { &screen.keys };
    let keys: Vec<Row> =
        wrap_sentences(keys, text_width).into_iter().map(|text| Row { text, kind: RowKind::Keys }).collect();
    let mut status = rows_of(&screen.status, RowKind::Status, text_width);
    let (mut top, cursor_row, cursor_col) = top_rows(screen, text_width);
    top.push(blank());
    // The heading (who is learning, where) stays on the top rows, like the keys at the
    // bottom: only what is between them scrolls.
    let pinned = top.iter().take_while(|r| r.kind == RowKind::Heading).count();
    let heading: Vec<Row> = top.drain(..pinned).collect();
    let mut cursor_row = cursor_row - pinned;
    let mut room = height.saturating_sub(keys.len() + status.len() + heading.len());
    // Too tall: drop blank rows from the top down, then scroll as little as keeps the
    // cursor in view.
    let mut first = 0;
    while top.len() > room {
        let Some(i) = top.iter().position(|r| r.kind == RowKind::Blank) else { break };
        top.remove(i);
        if i < cursor_row {
            cursor_row -= 1;
        }
    }
    if top.len() > room {
        // Say there is more, on as many rows as that takes in this language.
        status = rows_of(&format!("{} {}", screen.status, screen.more), RowKind::Status, text_width);
        room = height.saturating_sub(keys.len() + status.len() + heading.len());
        // Show the end (the choices and any feedback) if the cursor stays in view; the
        // learner can move from there with Page Up and Page Down.
        let last_first = top.len().saturating_sub(room);
        // A page of choices shows its end (the choices and any feedback) if the cursor
        // stays in view; a page whose job is typing keeps its top in view instead.
        let auto = if box_first(screen) {
            cursor_row.saturating_sub(room.saturating_sub(1)).min(last_first)
        } else {
            last_first.min(cursor_row)
        };
        first = auto.saturating_add_signed(scroll).min(last_first);
    }
    let mut rows: Vec<Row> = heading;
    rows.extend(top.into_iter().skip(first).take(room));
    rows.extend(keys);
    let end = end_of(&rows);
    while rows.len() + status.len() < height {
        rows.push(blank());
    }
    rows.extend(status);
    // Scrolled away from the focus, the cursor waits at the top of the page.
    let cursor_row = if (first..first + room).contains(&cursor_row) { cursor_row } else { first };
    let cursor_y = u16::try_from(cursor_row - first + pinned).unwrap_or(0);
    let cursor_x = u16::try_from(MARGIN + cursor_col).unwrap_or(margin);
    Layout { rows, cursor: (cursor_x, cursor_y), end, margin }
}

fn blank() -> Row {
    Row { text: String::new(), kind: RowKind::Blank }
}

fn rows_of(text: &str, kind: RowKind, width: usize) -> Vec<Row> {
    wrap(text, width, 0).into_iter().map(|text| Row { text, kind }).collect()
}

/// Just after the last character of the last row with words in it.
fn end_of(rows: &[Row]) -> (u16, u16) {
    let Some(y) = rows.iter().rposition(|row| !row.text.trim().is_empty()) else {
        return (MARGIN as u16, 0);
    };
    let x = MARGIN + rows[y].text.trim_end().chars().count();
    (u16::try_from(x).unwrap_or(u16::MAX), u16::try_from(y).unwrap_or(u16::MAX))
}

/// The rows above the key help, with the cursor's row and column within them.
fn top_rows(screen: &Screen, width: usize) -> (Vec<Row>, usize, usize) {
    let mut rows = Vec::new();
    let push = |rows: &mut Vec<Row>, text: &str, kind: RowKind, indent: usize| {
        for line in wrap(text, width, indent) {
            rows.push(Row { text: line, kind });
        }
    };
    let blank = |rows: &mut Vec<Row>| rows.push(Row { text: String::new(), kind: RowKind::Blank });
    if !screen.heading.is_empty() {
        push(&mut rows, &screen.heading, RowKind::Heading, 0);
        blank(&mut rows);
    }
    let title_row = rows.len();
    push(&mut rows, &screen.title, RowKind::Title, 0);
    blank(&mut rows);
    // A page whose job is typing (a box and no highlighted choice, such as a fresh
    // install's "What is your first name?") shows the box right under its question,
    // so it stays in view in a small window; its other words and choices follow.
    let box_first = box_first(screen);
    let (question, rest) = screen.body.split_at(if box_first { screen.body.len().min(1) } else { screen.body.len() });
    for paragraph in question {
        push(&mut rows, paragraph, RowKind::Body, 0);
    }
    let mut cursor = (title_row, 0);
    if let (Some(field), true) = (&screen.field, box_first) {
        cursor = push_field(&mut rows, field, width);
        if !rest.is_empty() {
            blank(&mut rows);
        }
    }
    for paragraph in rest {
        push(&mut rows, paragraph, RowKind::Body, 0);
    }
    if let Some(panel) = &screen.panel {
        blank(&mut rows);
        push(&mut rows, &panel.title, RowKind::Panel, 0);
        for line in &panel.lines {
            push(&mut rows, line, RowKind::Body, 0);
        }
    }
    if !screen.items.is_empty() {
        blank(&mut rows);
        for (i, item) in screen.items.iter().enumerate() {
            let focused = screen.focus == Some(i);
            if focused {
                cursor = (rows.len(), 0);
            }
            let marker = if focused { FOCUS_MARK } else { ' ' };
            let number = format!("{}. ", i + 1);
            let text = format!("{marker} {number}{item}");
            push(&mut rows, &text, RowKind::Item { focused }, 2 + number.len());
        }
    }
    if let (Some(field), false) = (&screen.field, box_first) {
        cursor = push_field(&mut rows, field, width);
    }
    if let Some(notice) = &screen.notice {
        blank(&mut rows);
        push(&mut rows, notice, RowKind::Notice, 0);
    }
    (rows, cursor.0, cursor.1)
}

/// Whether the page's box comes before its choices: a box to type in with no choice
/// highlighted (on a practice screen the box belongs to the highlighted choice).
fn box_first(screen: &Screen) -> bool {
    screen.field.is_some() && screen.focus.is_none()
}

/// Adds a blank row, the field's label and what is typed in it; returns where the
/// cursor goes (row, column): after the last character typed.
fn push_field(rows: &mut Vec<Row>, field: &crate::tutor::Field, width: usize) -> (usize, usize) {
    rows.push(blank());
    for line in wrap(&field.label, width, 0) {
        rows.push(Row { text: line, kind: RowKind::Field });
    }
    let value = format!("  {}", field.value);
    let lines = wrap(&value, width, 2);
    let last = lines.last().map_or(2, |l| l.chars().count());
    let cursor = (rows.len() + lines.len().saturating_sub(1), last.min(width.saturating_sub(1)));
    rows.extend(lines.into_iter().map(|text| Row { text, kind: RowKind::Field }));
    cursor
}

/// Wraps `text` between sentences where it can, so that a key and what it does ("F1
/// for help.") stay on one row; a sentence longer than a row is wrapped at spaces.
fn wrap_sentences(text: &str, width: usize) -> Vec<String> {
    let mut rows: Vec<String> = Vec::new();
    for sentence in text.split_inclusive(". ").map(str::trim) {
        match rows.last_mut() {
            Some(row) if row.chars().count() + 1 + sentence.chars().count() <= width => {
                row.push(' ');
                row.push_str(sentence);
            }
            _ => rows.extend(wrap(sentence, width, 0)),
        }
    }
    if rows.is_empty() {
        rows.push(String::new());
    }
    rows
}

/// Wraps `text` at word boundaries to `width` columns; continuation lines are indented
/// by `indent`. A word longer than a line is split. Whitespace-only text gives one
/// empty line, so a text field with nothing typed still has its row.
pub fn wrap(text: &str, width: usize, indent: usize) -> Vec<String> {
    let width = width.max(indent + 1);
    let leading: String = text.chars().take_while(|c| *c == ' ').collect();
    let mut lines = Vec::new();
    let mut line = leading;
    for word in text.split_whitespace() {
        let used = line.chars().count();
        let is_fresh = line.trim().is_empty();
        let needed = if is_fresh { word.chars().count() } else { word.chars().count() + 1 };
        if used + needed > width && !is_fresh {
            lines.push(std::mem::take(&mut line));
            line = " ".repeat(indent);
        }
        if !line.trim().is_empty() {
            line.push(' ');
        }
        for c in word.chars() {
            if line.chars().count() >= width {
                lines.push(std::mem::take(&mut line));
                line = " ".repeat(indent);
            }
            line.push(c);
        }
    }
    lines.push(line);
    lines
}

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;
