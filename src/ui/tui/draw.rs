//! Painting a laid-out screen into a ratatui buffer, with the two places the hardware
//! cursor can go (screen readers and braille displays follow it): `present` decides
//! which, and how the buffer reaches the terminal.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::widgets::Widget;
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
        // Reverse video as well as the arrow marker: colour is never the only cue.
        RowKind::Item { focused: true } => base.add_modifier(Modifier::REVERSED | Modifier::BOLD),
        _ => base,
    }
}

/// A screen painted for a window: the cells, what each row shows, and where the cursor
/// can go.
#[derive(Debug, Clone, PartialEq)]
pub struct Painted {
    pub buffer: Buffer,
    /// What each row of the window shows (`None`: the big letters of large print).
    pub kinds: Vec<Option<RowKind>>,
    /// The start of the focused choice, or the end of the text typed in a field.
    pub focus: Position,
    /// Just after the last word above the speech status: the end of the key help.
    pub end: Position,
}

/// Paints `screen` for a window of size `area`, moved `scroll` rows (Page Up, Page Down).
pub fn paint(screen: &Screen, look: Look, scroll: isize, area: Rect) -> Painted {
    let mut painted = Painted {
        buffer: Buffer::empty(area),
        kinds: vec![None; usize::from(area.height)],
        focus: Position::new(area.x, area.y),
        end: Position::new(area.x, area.y),
    };
    match screen.compare {
        Some([left, right]) => {
            // Two themes side by side, each showing the same page. The right half's key
            // help ends the row, so the cursor's end is there.
            let half = area.width / 2;
            let left_area = Rect { width: half, ..area };
            let right_area = Rect { x: area.x + half, width: area.width - half, ..area };
            let (focus, _) = paint_page(&mut painted, left_area, screen, theme::style(left, look.colour), scroll);
            let (_, end) = paint_page(&mut painted, right_area, screen, theme::style(right, look.colour), scroll);
            (painted.focus, painted.end) = (focus, end);
        }
        None => {
            let base = theme::style(screen.theme, look.colour);
            let rest = match big_words(screen, area) {
                Some(words) => {
                    fill(&mut painted.buffer, area, base);
                    let big_area = Rect { height: BIG_ROWS - 1, ..area };
                    BigText::builder()
                        .pixel_size(PixelSize::Full)
                        .style(base.add_modifier(Modifier::BOLD))
                        .lines(vec![words.into()])
                        .build()
                        .render(big_area, &mut painted.buffer);
                    Rect { y: area.y + BIG_ROWS, height: area.height - BIG_ROWS, ..area }
                }
                None => area,
            };
            (painted.focus, painted.end) = paint_page(&mut painted, rest, screen, base, scroll);
        }
    }
    painted
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

/// Lays the screen out in `area` and draws it with `base`; returns the focus and end
/// positions.
fn paint_page(painted: &mut Painted, area: Rect, screen: &Screen, base: Style, scroll: isize) -> (Position, Position) {
    let laid: Layout = layout(screen, area.width, area.height, &screen.too_small, scroll);
    fill(&mut painted.buffer, area, base);
    for (y, row) in laid.rows.iter().enumerate() {
        let Ok(y) = u16::try_from(y) else { break };
        if y >= area.height {
            break;
        }
        let width = usize::from(area.width.saturating_sub(laid.margin));
        painted.buffer.set_stringn(area.x + laid.margin, area.y + y, &row.text, width, row_style(base, row.kind));
        painted.kinds[usize::from(area.y + y)] = Some(row.kind);
    }
    let within = |(x, y): (u16, u16)| {
        Position::new(area.x + x.min(area.width.saturating_sub(1)), area.y + y.min(area.height.saturating_sub(1)))
    };
    (within(laid.cursor), within(laid.end))
}

/// Paints the background so every cell has the theme's colours.
fn fill(buffer: &mut Buffer, area: Rect, style: Style) {
    buffer.set_style(area, style);
}
