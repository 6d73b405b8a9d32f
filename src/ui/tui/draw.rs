//! Drawing a laid-out screen with ratatui, and placing the hardware cursor, which
//! screen readers and braille displays follow.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::Widget;
use ratatui::Frame;
use tui_big_text::{BigText, PixelSize};

use super::layout::{layout, Layout, RowKind, MIN_HEIGHT};
use super::theme;
use crate::tutor::Screen;

/// Colours on or off. Off when `NO_COLOR` is set: then only bold and reverse video mark
/// things, which every terminal shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    pub colour: bool,
}

/// Rows of big letters in large print (tui-big-text's full size: the one the Linux
/// console can draw), and a blank row under them.
const BIG_ROWS: u16 = 9;
/// Columns each big letter takes.
const BIG_COLUMNS: usize = 8;

fn row_style(base: Style, kind: RowKind) -> Style {
    match kind {
        RowKind::Title | RowKind::Heading | RowKind::Notice | RowKind::Panel => base.add_modifier(Modifier::BOLD),
        // Reverse video as well as the "> " marker: colour is never the only cue.
        RowKind::Item { focused: true } => base.add_modifier(Modifier::REVERSED | Modifier::BOLD),
        _ => base,
    }
}

/// Draws `screen` into the frame and puts the cursor on the focused item or field.
pub fn draw(frame: &mut Frame, screen: &Screen, look: Look, scroll: isize) {
    let area = frame.area();
    let cursor = match screen.compare {
        Some([left, right]) => {
            // Two themes side by side, each showing the same page.
            let half = area.width / 2;
            let left_area = Rect { width: half, ..area };
            let right_area = Rect { x: area.x + half, width: area.width - half, ..area };
            let cursor = paint(frame.buffer_mut(), left_area, screen, theme::style(left, look.colour), scroll);
            paint(frame.buffer_mut(), right_area, screen, theme::style(right, look.colour), scroll);
            cursor
        }
        None => {
            let base = theme::style(screen.theme, look.colour);
            let big = big_words(screen, area);
            match big {
                Some(words) => {
                    fill(frame.buffer_mut(), area, base);
                    let big_area = Rect { height: BIG_ROWS - 1, ..area };
                    BigText::builder()
                        .pixel_size(PixelSize::Full)
                        .style(base.add_modifier(Modifier::BOLD))
                        .lines(vec![words.into()])
                        .build()
                        .render(big_area, frame.buffer_mut());
                    let rest = Rect { y: area.y + BIG_ROWS, height: area.height - BIG_ROWS, ..area };
                    paint(frame.buffer_mut(), rest, screen, base, scroll)
                }
                None => paint(frame.buffer_mut(), area, screen, base, scroll),
            }
        }
    };
    frame.set_cursor_position(cursor);
}

/// The large-print words that fit across `area`, if large print is on and there is room
/// for them and a usable page below.
fn big_words(screen: &Screen, area: Rect) -> Option<String> {
    let text = screen.large.as_deref()?;
    if area.height < BIG_ROWS + MIN_HEIGHT {
        return None;
    }
    let fits = usize::from(area.width) / BIG_COLUMNS;
    let mut words = String::new();
    for word in text.split_whitespace() {
        let wanted =
            if words.is_empty() { word.chars().count() } else { words.chars().count() + 1 + word.chars().count() };
        if wanted > fits {
            break;
        }
        if !words.is_empty() {
            words.push(' ');
        }
        words.push_str(word);
    }
    (!words.is_empty()).then_some(words)
}

/// Lays the screen out in `area`, draws it with `base`, and returns the cursor position.
fn paint(buffer: &mut Buffer, area: Rect, screen: &Screen, base: Style, scroll: isize) -> (u16, u16) {
    let laid: Layout = layout(screen, area.width, area.height, &screen.too_small, scroll);
    fill(buffer, area, base);
    for (y, row) in laid.rows.iter().enumerate() {
        let Ok(y) = u16::try_from(y) else { break };
        if y >= area.height {
            break;
        }
        let width = usize::from(area.width.saturating_sub(laid.margin));
        buffer.set_stringn(area.x + laid.margin, area.y + y, &row.text, width, row_style(base, row.kind));
    }
    let (x, y) = laid.cursor;
    (area.x + x.min(area.width.saturating_sub(1)), area.y + y.min(area.height.saturating_sub(1)))
}

/// Paints the background so every cell has the theme's colours.
fn fill(buffer: &mut Buffer, area: Rect, style: Style) {
    buffer.set_style(area, style);
}
