//! Putting a painted screen on the terminal so that a screen reader reads all of a new
//! page, and a braille display shows the focus once the learner moves.
//!
//! How Orca reads a terminal (Orca 43 in MATE Terminal, measured by `tests/orca.rs`;
//! Fenrir, Speakup and NVDA in a console also follow the cursor and read new text, but
//! are not measured here):
//! - after Return, Tab, space or a printable key it speaks the new text from the first
//!   changed line down to the line with the cursor, and nothing below the cursor;
//! - after Escape, a function key or Page Down it speaks the new text only when that
//!   text ends exactly at the cursor;
//! - after an arrow key that moves the cursor it speaks the cursor's line.
//!
//! So a page whose words changed is drawn in two goes: first the changed rows down to
//! the key help are blanked, then the page is drawn with the cursor just after its last
//! word (the end of the key help). The terminal sees new text that starts at the first
//! changed row and ends at the cursor, which every key makes Orca read. Between the two
//! goes the terminal is asked where its cursor is: its answer means it has taken in the
//! blank rows, so it does not merge the two goes into one change.
//!
//! The first page on a screen just cleared (the full-screen view starting) has no old
//! words to blank: it is drawn in one go, with the cursor at its end, and the learner
//! does not wait for the terminal's answer to see it.
//!
//! When only the focus moved or a letter was typed into a field, the screen is drawn
//! once with the cursor on the focus: Orca reads that line, and braille shows it.

use ratatui::backend::Backend;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Modifier;
use ratatui::Terminal;

use super::draw::Painted;
use super::layout::RowKind;

/// How a new screen differs from the one shown, which decides how it is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Redraw {
    /// No words above the speech status changed: draw it, the cursor stays put.
    Same,
    /// Only the focus mark moved, or a field's text changed: cursor on the focus.
    Focus,
    /// Words changed from row `first` down: blank those rows, then draw the page with
    /// the cursor at its end.
    Page { first: u16 },
}

/// What is remembered of a screen once it is drawn: the words of each row and what
/// each row shows, which is all [`plan`] compares. Not its cells: a copy of every cell
/// (about 94 KB at 80x25) would sit beside ratatui's own two buffers for nothing.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    area: Rect,
    rows: Vec<String>,
    kinds: Vec<Option<RowKind>>,
}

impl Shown {
    pub fn of(painted: &Painted) -> Shown {
        let rows = (0..usize::from(painted.buffer.area.height)).map(|y| row_text(&painted.buffer, y)).collect();
        Shown { area: painted.buffer.area, rows, kinds: painted.kinds.clone() }
    }
}

/// Compares the screen shown (`None` at the start) with `new`. `whole` asks for the
/// whole page to be read again (the learner asked to hear it again, or the window
/// changed size).
pub fn plan(shown: Option<&Shown>, new: &Shown, whole: bool) -> Redraw {
    let Some(old) = shown.filter(|old| !whole && old.area == new.area) else {
        return Redraw::Page { first: 0 };
    };
    let status = |shown: &Shown, y: usize| shown.kinds[y] == Some(RowKind::Status);
    let changed: Vec<usize> =
        (0..new.kinds.len()).filter(|&y| !status(old, y) && !status(new, y) && old.rows[y] != new.rows[y]).collect();
    let Some(&first) = changed.first() else { return Redraw::Same };
    if changed.iter().all(|&y| focus_only(old, new, y)) {
        return Redraw::Focus;
    }
    Redraw::Page { first: u16::try_from(first).unwrap_or(0) }
}

/// Whether row `y` changed only as the focus moves: a choice that gained or lost its
/// marker, or a field whose text was typed.
fn focus_only(old: &Shown, new: &Shown, y: usize) -> bool {
    match (old.kinds[y], new.kinds[y]) {
        (Some(RowKind::Item { .. }), Some(RowKind::Item { .. })) => {
            // The margin, the marker and the space after it.
            let words = |shown: &Shown| shown.rows[y].chars().skip(3).collect::<String>();
            words(old) == words(new)
        }
        (Some(RowKind::Field), Some(RowKind::Field)) => true,
        _ => false,
    }
}

fn row_text(buffer: &Buffer, y: usize) -> String {
    let area = buffer.area;
    let y = area.y + u16::try_from(y).unwrap_or(u16::MAX);
    (area.x..area.x + area.width).map(|x| buffer[(x, y)].symbol()).collect()
}

/// Empties rows `first` to `last` of `buffer` (spaces, no reverse video), in place.
fn blank(buffer: &mut Buffer, first: u16, last: u16) {
    let area = buffer.area;
    for y in (area.y + first)..=(area.y + last).min(area.bottom().saturating_sub(1)) {
        for x in area.x..area.x + area.width {
            let cell = &mut buffer[(x, y)];
            cell.set_symbol(" ");
            cell.modifier.remove(Modifier::REVERSED);
        }
    }
}

/// Shows screens on a terminal one after another, remembering the last one.
#[derive(Debug)]
pub struct Presenter {
    shown: Option<Shown>,
    /// Where the cursor waits: on the focus (once the learner moved it) or at the end.
    at_focus: bool,
    /// False once the terminal failed to say where its cursor is: then the two goes of
    /// a page follow each other without waiting.
    ask_cursor: bool,
    /// Nothing is on the screen yet (it was just cleared): the first page has no old
    /// words to blank, so it is drawn in one go, without waiting for the terminal.
    blank_screen: bool,
}

impl Default for Presenter {
    fn default() -> Self {
        Presenter { shown: None, at_focus: false, ask_cursor: true, blank_screen: false }
    }
}

impl Presenter {
    /// A presenter for a screen just cleared, as the full-screen view starts on. Its
    /// first page is drawn in one go: with nothing on the screen, blanking first and
    /// asking where the cursor is would only keep the learner waiting for the
    /// terminal's answer (two seconds, for a terminal that never answers).
    pub fn on_blank_screen() -> Self {
        Presenter { blank_screen: true, ..Presenter::default() }
    }

    /// Draws `new`; with `whole`, as a new page from the top. Returns how it was drawn.
    pub fn present<B: Backend>(
        &mut self,
        terminal: &mut Terminal<B>,
        new: &Painted,
        whole: bool,
    ) -> Result<Redraw, B::Error> {
        let shown = Shown::of(new);
        let redraw = plan(self.shown.as_ref(), &shown, whole);
        match redraw {
            Redraw::Same => {
                let cursor = if self.at_focus { new.focus } else { new.end };
                show(terminal, &new.buffer, None, cursor)?;
            }
            Redraw::Focus => {
                self.at_focus = true;
                show(terminal, &new.buffer, None, new.focus)?;
            }
            Redraw::Page { first } => {
                self.at_focus = false;
                if first <= new.end.y && !std::mem::take(&mut self.blank_screen) {
                    show(terminal, &new.buffer, Some((first, new.end.y)), new.end)?;
                    if self.ask_cursor && terminal.get_cursor_position().is_err() {
                        self.ask_cursor = false;
                    }
                }
                show(terminal, &new.buffer, None, new.end)?;
            }
        }
        self.blank_screen = false;
        self.shown = Some(shown);
        Ok(redraw)
    }
}

/// Draws `buffer`, with rows `blank` (first, last) emptied, and puts the cursor at
/// `cursor`, visible. ratatui writes only the cells that changed; the buffer is copied
/// into ratatui's own, whose memory is kept from frame to frame.
fn show<B: Backend>(
    terminal: &mut Terminal<B>,
    buffer: &Buffer,
    blank_rows: Option<(u16, u16)>,
    cursor: Position,
) -> Result<(), B::Error> {
    terminal.draw(|frame| {
        let target = frame.buffer_mut();
        if target.area == buffer.area {
            target.content.clone_from_slice(&buffer.content);
        } else {
            target.merge(buffer);
        }
        if let Some((first, last)) = blank_rows {
            blank(target, first, last);
        }
        frame.set_cursor_position(cursor);
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::backend::TestBackend;
    use ratatui::layout::Rect;

    /// A painted screen of `rows`, each with its kind; the focus on the first choice,
    /// the end after the last keys row.
    fn painted(rows: &[(&str, RowKind)]) -> Painted {
        let area = Rect::new(0, 0, 20, u16::try_from(rows.len()).unwrap());
        let mut buffer = Buffer::empty(area);
        for (y, (text, _)) in rows.iter().enumerate() {
            buffer.set_string(0, u16::try_from(y).unwrap(), text, ratatui::style::Style::default());
        }
        let find = |wanted: fn(RowKind) -> bool| rows.iter().rposition(|(_, kind)| wanted(*kind)).unwrap_or(0);
        let focus = find(|kind| kind == RowKind::Item { focused: true });
        let end = find(|kind| kind == RowKind::Keys);
        Painted {
            buffer,
            kinds: rows.iter().map(|(_, kind)| Some(*kind)).collect(),
            focus: Position::new(1, u16::try_from(focus).unwrap()),
            end: Position::new(u16::try_from(rows[end].0.trim_end().len()).unwrap(), u16::try_from(end).unwrap()),
        }
    }

    /// [`plan`] for two painted screens.
    fn plan_of(shown: Option<&Painted>, new: &Painted, whole: bool) -> Redraw {
        plan(shown.map(Shown::of).as_ref(), &Shown::of(new), whole)
    }

    fn choices(focus: usize, notice: &str) -> Painted {
        let item = |n: usize, text: &str| {
            let mark = if n == focus { '\u{2192}' } else { ' ' };
            (format!(" {mark} {n}. {text}"), RowKind::Item { focused: n == focus })
        };
        let rows = [
            (" Step 2 of 4. Choose".to_owned(), RowKind::Title),
            item(1, "Tea"),
            item(2, "Coffee"),
            (notice.to_owned(), if notice.is_empty() { RowKind::Blank } else { RowKind::Notice }),
            (" Enter to choose.".to_owned(), RowKind::Keys),
            (String::new(), RowKind::Blank),
            (" Speech is off.".to_owned(), RowKind::Status),
        ];
        painted(&rows.iter().map(|(text, kind)| (text.as_str(), *kind)).collect::<Vec<_>>())
    }

    #[test]
    fn a_first_screen_or_a_repeat_is_a_whole_page() {
        assert_eq!(plan_of(None, &choices(1, ""), false), Redraw::Page { first: 0 });
        assert_eq!(plan_of(Some(&choices(1, "")), &choices(1, ""), true), Redraw::Page { first: 0 });
    }

    #[test]
    fn moving_the_focus_only_moves_the_cursor_but_new_words_are_a_page() {
        let shown = choices(1, "");
        assert_eq!(plan_of(Some(&shown), &choices(2, ""), false), Redraw::Focus);
        assert_eq!(plan_of(Some(&shown), &choices(1, ""), false), Redraw::Same);
        assert_eq!(plan_of(Some(&shown), &choices(1, " Not quite."), false), Redraw::Page { first: 3 });
        // The focus moved and feedback appeared: read from the first change.
        assert_eq!(plan_of(Some(&shown), &choices(2, " Yes."), false), Redraw::Page { first: 1 });
    }

    #[test]
    fn a_change_in_the_speech_status_alone_is_not_a_page() {
        let shown = choices(1, "");
        let mut new = choices(1, "");
        new.buffer.set_string(0, 6, " Speech is on. ", ratatui::style::Style::default());
        assert_eq!(plan_of(Some(&shown), &new, false), Redraw::Same);
    }

    #[test]
    fn typing_in_a_field_keeps_the_cursor_on_it() {
        let field = |typed: &str| {
            let value = format!("   {typed}");
            painted(&[(" Your name", RowKind::Field), (&value, RowKind::Field), (" Enter.", RowKind::Keys)])
        };
        assert_eq!(plan_of(Some(&field("A")), &field("An"), false), Redraw::Focus);
    }

    /// The terminal's rows as text.
    fn screen(terminal: &Terminal<TestBackend>) -> Vec<String> {
        screen_of(terminal.backend().buffer())
    }

    fn screen_of(buffer: &Buffer) -> Vec<String> {
        (0..buffer.area.height).map(|y| row_text(buffer, usize::from(y)).trim_end().to_owned()).collect()
    }

    #[test]
    fn a_page_ends_with_the_cursor_after_its_last_word_and_a_move_puts_it_on_the_focus() {
        let mut terminal = Terminal::new(TestBackend::new(20, 7)).unwrap();
        let mut presenter = Presenter::default();
        presenter.present(&mut terminal, &choices(1, ""), false).unwrap();
        assert_eq!(screen(&terminal)[4], " Enter to choose.");
        terminal.backend_mut().assert_cursor_position((17, 4));
        presenter.present(&mut terminal, &choices(2, ""), false).unwrap();
        assert!(screen(&terminal)[2].starts_with(" \u{2192} 2. Coffee"));
        terminal.backend_mut().assert_cursor_position((1, 2));
        // A status change leaves the cursor on the focus; new words send it to the end.
        presenter.present(&mut terminal, &choices(2, ""), false).unwrap();
        terminal.backend_mut().assert_cursor_position((1, 2));
        presenter.present(&mut terminal, &choices(2, " Yes."), false).unwrap();
        assert_eq!(screen(&terminal)[3], " Yes.");
        terminal.backend_mut().assert_cursor_position((17, 4));
    }

    /// ratatui's test backend, counting the frames drawn and the questions about the
    /// cursor (the cursor-position query a real terminal is sent).
    struct Counting {
        inner: TestBackend,
        frames: usize,
        asked: usize,
    }

    impl Backend for Counting {
        type Error = <TestBackend as Backend>::Error;
        fn draw<'a, I: Iterator<Item = (u16, u16, &'a ratatui::buffer::Cell)>>(
            &mut self,
            content: I,
        ) -> Result<(), Self::Error> {
            self.frames += 1;
            self.inner.draw(content)
        }
        fn hide_cursor(&mut self) -> Result<(), Self::Error> {
            self.inner.hide_cursor()
        }
        fn show_cursor(&mut self) -> Result<(), Self::Error> {
            self.inner.show_cursor()
        }
        fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
            self.asked += 1;
            self.inner.get_cursor_position()
        }
        fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
            self.inner.set_cursor_position(position)
        }
        fn clear(&mut self) -> Result<(), Self::Error> {
            self.inner.clear()
        }
        fn clear_region(&mut self, clear_type: ratatui::backend::ClearType) -> Result<(), Self::Error> {
            self.inner.clear_region(clear_type)
        }
        fn size(&self) -> Result<ratatui::layout::Size, Self::Error> {
            self.inner.size()
        }
        fn window_size(&mut self) -> Result<ratatui::backend::WindowSize, Self::Error> {
            self.inner.window_size()
        }
        fn flush(&mut self) -> Result<(), Self::Error> {
            self.inner.flush()
        }
    }

    #[test]
    fn the_first_page_on_a_blank_screen_is_drawn_at_once_and_later_pages_in_two_goes() {
        let backend = Counting { inner: TestBackend::new(20, 7), frames: 0, asked: 0 };
        let mut terminal = Terminal::new(backend).unwrap();
        let mut presenter = Presenter::on_blank_screen();
        presenter.present(&mut terminal, &choices(1, ""), false).unwrap();
        assert_eq!((terminal.backend().frames, terminal.backend().asked), (1, 0), "one go, no question");
        assert_eq!(screen_of(terminal.backend().inner.buffer())[4], " Enter to choose.");
        presenter.present(&mut terminal, &choices(1, " Not quite."), false).unwrap();
        assert_eq!((terminal.backend().frames, terminal.backend().asked), (3, 1), "blanked, asked, drawn");
        // Asked to read the page again: two goes as well, the screen is not blank.
        presenter.present(&mut terminal, &choices(1, " Not quite."), true).unwrap();
        assert_eq!((terminal.backend().frames, terminal.backend().asked), (5, 2));
        // A presenter that does not know the screen is blank asks even on its first page.
        let backend = Counting { inner: TestBackend::new(20, 7), frames: 0, asked: 0 };
        let mut terminal = Terminal::new(backend).unwrap();
        Presenter::default().present(&mut terminal, &choices(1, ""), false).unwrap();
        assert_eq!((terminal.backend().frames, terminal.backend().asked), (2, 1));
    }

    #[test]
    fn blanking_empties_the_changed_rows_down_to_the_end_and_keeps_the_rest() {
        let page = choices(2, " Yes.");
        let mut blank = page.buffer.clone();
        super::blank(&mut blank, 3, page.end.y);
        assert_eq!(row_text(&blank, 2), row_text(&page.buffer, 2));
        assert_eq!(row_text(&blank, 3).trim(), "");
        assert_eq!(row_text(&blank, 4).trim(), "");
        assert_eq!(row_text(&blank, 6), row_text(&page.buffer, 6), "the status stays");
    }
}
