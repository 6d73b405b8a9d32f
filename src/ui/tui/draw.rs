//! Drawing a laid-out screen with ratatui, and placing the hardware cursor, which
//! screen readers and braille displays follow.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::Frame;

use super::layout::{layout, RowKind};
use crate::tutor::Screen;

/// Colours on or off. Off when `NO_COLOR` is set: then only bold and reverse video mark
/// things, which every terminal shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    pub colour: bool,
}

impl Look {
    /// Bright yellow on black: the default theme (ANSI 11 on 0; 19.6:1 on xterm).
    fn base(self) -> Style {
        if self.colour {
            Style::new().fg(Color::LightYellow).bg(Color::Black)
        } else {
            Style::new()
        }
    }

    fn row(self, kind: RowKind) -> Style {
        let base = self.base();
        match kind {
            RowKind::Title | RowKind::Heading | RowKind::Notice | RowKind::Panel => base.add_modifier(Modifier::BOLD),
            // Reverse video as well as the "> " marker: colour is never the only cue.
            RowKind::Item { focused: true } => base.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            _ => base,
        }
    }
}

/// Draws `screen` into the frame and puts the cursor on the focused item or field.
pub fn draw(frame: &mut Frame, screen: &Screen, look: Look) {
    let area = frame.area();
    let laid = layout(screen, area.width, area.height, &screen.too_small);
    let buffer = frame.buffer_mut();
    fill(buffer, area, look.base());
    for (y, row) in laid.rows.iter().enumerate() {
        let Ok(y) = u16::try_from(y) else { break };
        if y >= area.height {
            break;
        }
        let width = usize::from(area.width.saturating_sub(laid.margin));
        buffer.set_stringn(area.x + laid.margin, area.y + y, &row.text, width, look.row(row.kind));
    }
    let (x, y) = laid.cursor;
    frame.set_cursor_position((
        area.x + x.min(area.width.saturating_sub(1)),
        area.y + y.min(area.height.saturating_sub(1)),
    ));
}

/// Paints the background so every cell has the theme's colours.
fn fill(buffer: &mut Buffer, area: Rect, style: Style) {
    buffer.set_style(area, style);
}
