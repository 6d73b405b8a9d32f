//! Painting a laid-out screen into a ratatui buffer, with the two places the hardware
//! cursor can go (screen readers and braille displays follow it): `present` decides
//! which, and how the buffer reaches the terminal.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::widgets::Widget;
use tui_big_text::{BigText, PixelSize};

use super::layout::{layout, Layout, RowKind, MIN_HEIGHT, MIN_WIDTH};
use super::theme;
use crate::tutor::Screen;

/// Colours on or off. Off when `NO_COLOR` is set: then only bold and reverse video mark
/// things, which every terminal shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    pub colour: bool,
}

/// Rows of one line of big letters in large print (tui-big-text's full size: the one
/// the Linux console can draw); a blank row follows the last line.
const BIG_LINE_ROWS: u16 = 8;
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
            let big = screen.large.as_deref().and_then(|text| big_lines(text, area));
            let rest = match big {
                Some(lines) => {
                    fill(&mut painted.buffer, area, base);
                    let height = big_rows(lines.len());
                    let big_area = Rect { height: height - 1, ..area };
                    BigText::builder()
                        .pixel_size(PixelSize::Full)
                        .style(base.add_modifier(Modifier::BOLD))
                        .lines(lines.into_iter().map(Into::into).collect::<Vec<_>>())
                        .build()
                        .render(big_area, &mut painted.buffer);
                    Rect { y: area.y + height, height: area.height - height, ..area }
                }
                None if large_too_small(screen, area) => {
                    // Said on the status line, on every page and in the settings.
                    let mut shown = screen.clone();
                    shown.status = format!("{} {}", screen.status, screen.large_too_small);
                    (painted.focus, painted.end) = paint_page(&mut painted, area, &shown, base, scroll);
                    return painted;
                }
                None => area,
            };
            (painted.focus, painted.end) = paint_page(&mut painted, rest, screen, base, scroll);
        }
    }
    painted
}

/// Rows that `lines` lines of big letters take, with the blank row under them.
fn big_rows(lines: usize) -> u16 {
    u16::try_from(lines).unwrap_or(u16::MAX).saturating_mul(BIG_LINE_ROWS).saturating_add(1)
}

/// The large-print words in lines of big letters that fit across `area`, wrapped
/// between words: the whole phrase or nothing, never a fragment ("Open an" of "Open an
/// email"). `None` when they do not fit with a usable page below.
fn big_lines(text: &str, area: Rect) -> Option<Vec<String>> {
    let fits = usize::from(area.width) / BIG_COLUMNS;
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        let length = word.chars().count();
        match lines.last_mut() {
            _ if length > fits => return None,
            Some(line) if line.chars().count() + 1 + length <= fits => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    let fits_below = area.height >= big_rows(lines.len()).saturating_add(MIN_HEIGHT);
    (!lines.is_empty() && fits_below).then_some(lines)
}

/// Whether large print is on but the window is too small for its big letters: the
/// page's words do not fit, or (on a page without them, such as the settings) not even
/// one line would.
fn large_too_small(screen: &Screen, area: Rect) -> bool {
    let one_line = area.height >= big_rows(1).saturating_add(MIN_HEIGHT) && area.width >= MIN_WIDTH;
    screen.large_print && (screen.large.is_some() || !one_line)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A step with feedback, in large print with the key words `large`.
    fn step(large: &str) -> Screen {
        Screen {
            heading: "Email. Reading and replying".into(),
            title: "Step 3 of 5. Open an email".into(),
            body: vec!["Open the email from Dr Okafor.".into()],
            items: vec!["Yes".into(), "No".into()],
            focus: Some(0),
            notice: Some("Not quite. Have another go.".into()),
            keys: "Enter to choose.".into(),
            keys_short: "Enter to choose.".into(),
            status: "Speech is off.".into(),
            large: Some(large.into()),
            large_print: true,
            large_too_small: "Large print needs a bigger window.".into(),
            ..Screen::default()
        }
    }

    fn text(painted: &Painted) -> String {
        let area = painted.buffer.area;
        (0..area.height)
            .map(|y| (0..area.width).map(|x| painted.buffer[(x, y)].symbol()).collect::<String>().trim_end().to_owned())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The words shown, rows run together, to find a sentence wrapped over two rows.
    fn flat(shown: &str) -> String {
        shown.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn big_row_count(painted: &Painted) -> usize {
        painted.kinds.iter().filter(|k| k.is_none()).count()
    }

    #[test]
    fn large_print_shows_a_whole_phrase_or_none_of_it() {
        let wide = Rect::new(0, 0, 80, 40);
        assert_eq!(big_lines("Open an email", wide), Some(vec!["Open an".into(), "email".into()]));
        assert_eq!(big_lines("Mute, then unmute", wide), Some(vec!["Mute, then".into(), "unmute".into()]));
        // Two lines do not fit above a usable page at 80x25: none, not "Open an".
        assert_eq!(big_lines("Open an email", Rect::new(0, 0, 80, 25)), None);
        assert_eq!(big_lines("Welcome", Rect::new(0, 0, 80, 25)), Some(vec!["Welcome".into()]));
        // A word wider than the window: none of it.
        assert_eq!(big_lines("Prescriptions", Rect::new(0, 0, 80, 40)), None);
    }

    #[test]
    fn large_print_keeps_the_heading_and_feedback_in_view_or_says_the_window_is_too_small() {
        let look = Look { colour: false };
        for (width, height) in [(80, 21), (80, 25), (40, 21), (60, 30)] {
            let painted = paint(&step("Welcome"), look, 0, Rect::new(0, 0, width, height));
            let shown = text(&painted);
            assert!(shown.contains("Email. Reading and replying"), "{width}x{height}:\n{shown}");
            assert!(shown.contains("Not quite."), "{width}x{height}:\n{shown}");
            let big = height >= 21 && width >= 56;
            assert_eq!(big_row_count(&painted) > 0, big, "{width}x{height}:\n{shown}");
            assert_eq!(flat(&shown).contains("Large print needs a bigger window."), !big, "{width}x{height}:\n{shown}");
        }
        // Too small for the phrase: the page as usual, and the status line says why.
        let painted = paint(&step("Open an email"), look, 0, Rect::new(0, 0, 80, 25));
        assert_eq!(big_row_count(&painted), 0);
        let shown = text(&painted);
        assert!(shown.contains("Not quite.") && shown.contains("Large print needs a bigger window."), "{shown}");
        // Big enough: both lines of the phrase, then the page with its heading and feedback.
        let painted = paint(&step("Open an email"), look, 0, Rect::new(0, 0, 80, 40));
        assert_eq!(big_row_count(&painted), 17);
        let shown = text(&painted);
        assert!(shown.contains("Email. Reading and replying") && shown.contains("Not quite."), "{shown}");
        assert!(!shown.contains("bigger window"), "{shown}");
    }

    #[test]
    fn the_settings_say_when_the_window_is_too_small_for_large_print() {
        let settings = Screen { large: None, title: "Settings".into(), ..step("") };
        let look = Look { colour: false };
        let small = text(&paint(&settings, look, 0, Rect::new(0, 0, 40, 12)));
        assert!(flat(&small).contains("Large print needs a bigger window."), "{small}");
        let roomy = text(&paint(&settings, look, 0, Rect::new(0, 0, 80, 25)));
        assert!(!roomy.contains("bigger window"), "{roomy}");
        let off = Screen { large_print: false, ..settings };
        assert!(!text(&paint(&off, look, 0, Rect::new(0, 0, 40, 12))).contains("bigger window"));
    }
}
