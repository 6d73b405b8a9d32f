//! Theme colours, taken only from the 16 colours every terminal and the Linux console
//! have, and proved to reach 7:1 contrast (WCAG 1.4.6, AAA) on both palettes. ANSI 3
//! ("yellow", brown on the console) is never used.

use ratatui::style::{Color, Style};

use crate::domain::settings::Theme;

/// Text and background colours of a theme, as ANSI colour numbers (0 to 15).
pub fn ansi_pair(theme: Theme) -> (u8, u8) {
    match theme {
        Theme::YellowOnBlack => (11, 0),
        Theme::WhiteOnBlack => (15, 0),
        Theme::BlackOnWhite => (0, 15),
        Theme::BlackOnYellow => (0, 11),
    }
}

/// ratatui's named colour for an ANSI colour number; named colours are written as the
/// plain SGR codes (30-37, 90-97) that the Linux console understands.
fn named(n: u8) -> Color {
    const NAMES: [Color; 16] = [
        Color::Black,
        Color::Red,
        Color::Green,
        Color::Yellow,
        Color::Blue,
        Color::Magenta,
        Color::Cyan,
        Color::Gray,
        Color::DarkGray,
        Color::LightRed,
        Color::LightGreen,
        Color::LightYellow,
        Color::LightBlue,
        Color::LightMagenta,
        Color::LightCyan,
        Color::White,
    ];
    NAMES[usize::from(n % 16)]
}

/// The base style of a theme; no colour at all when `colour` is false (NO_COLOR).
pub fn style(theme: Theme, colour: bool) -> Style {
    if !colour {
        return Style::new();
    }
    let (fg, bg) = ansi_pair(theme);
    Style::new().fg(named(fg)).bg(named(bg))
}

/// xterm's default 16 colours.
pub const XTERM: [(u8, u8, u8); 16] = [
    (0, 0, 0),
    (205, 0, 0),
    (0, 205, 0),
    (205, 205, 0),
    (0, 0, 238),
    (205, 0, 205),
    (0, 205, 205),
    (229, 229, 229),
    (127, 127, 127),
    (255, 0, 0),
    (0, 255, 0),
    (255, 255, 0),
    (92, 92, 255),
    (255, 0, 255),
    (0, 255, 255),
    (255, 255, 255),
];

/// The Linux console's default (VGA) 16 colours.
pub const LINUX_CONSOLE: [(u8, u8, u8); 16] = [
    (0, 0, 0),
    (170, 0, 0),
    (0, 170, 0),
    (170, 85, 0),
    (0, 0, 170),
    (170, 0, 170),
    (0, 170, 170),
    (170, 170, 170),
    (85, 85, 85),
    (255, 85, 85),
    (85, 255, 85),
    (255, 255, 85),
    (85, 85, 255),
    (255, 85, 255),
    (85, 255, 255),
    (255, 255, 255),
];

/// WCAG 2 relative luminance of an sRGB colour.
fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// WCAG 2 contrast ratio of two colours, from 1 to 21.
pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wcag_formula_gives_the_known_values() {
        assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 0.01);
        assert!((contrast((119, 119, 119), (255, 255, 255)) - 4.48).abs() < 0.01);
        // ANSI 3 on the console, brown on black: the reason it is never used for text.
        assert!(contrast(LINUX_CONSOLE[3], LINUX_CONSOLE[0]) < 4.5);
    }

    #[test]
    fn every_theme_reaches_seven_to_one_on_both_palettes() {
        for theme in Theme::ALL {
            let (fg, bg) = ansi_pair(theme);
            assert!(fg != 3 && bg != 3, "{theme:?} uses ANSI 3");
            for (name, palette) in [("xterm", XTERM), ("Linux console", LINUX_CONSOLE)] {
                let ratio = contrast(palette[usize::from(fg)], palette[usize::from(bg)]);
                assert!(ratio >= 7.0, "{theme:?} on {name}: {ratio:.2}:1");
            }
        }
    }

    #[test]
    fn no_colour_means_no_colour() {
        for theme in Theme::ALL {
            assert_eq!(style(theme, false), Style::new());
            assert_ne!(style(theme, true), Style::new());
        }
    }
}
