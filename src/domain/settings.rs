//! A learner's settings: how the tutor looks and sounds for them. Saved per learner and
//! applied at once, so a champion can set them up with the learner in the first minute.

/// Colours for text and background. Every theme reaches 7:1 contrast (WCAG AAA) on
/// both the xterm and the Linux console palettes (tested in `ui::tui::theme`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Bright yellow on black: the default, easiest for many with low vision.
    #[default]
    YellowOnBlack,
    WhiteOnBlack,
    BlackOnWhite,
    /// Black on bright yellow (the nearest to cream that 16 colours allow).
    BlackOnYellow,
}

impl Theme {
    pub const ALL: [Theme; 4] = [Theme::YellowOnBlack, Theme::WhiteOnBlack, Theme::BlackOnWhite, Theme::BlackOnYellow];

    /// The name saved in the database.
    pub fn key(self) -> &'static str {
        match self {
            Theme::YellowOnBlack => "yellow-on-black",
            Theme::WhiteOnBlack => "white-on-black",
            Theme::BlackOnWhite => "black-on-white",
            Theme::BlackOnYellow => "black-on-yellow",
        }
    }

    pub fn from_key(key: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.key() == key)
    }

    /// The next theme, for a setting that cycles through them.
    pub fn next(self) -> Theme {
        let i = Theme::ALL.iter().position(|t| *t == self).unwrap_or(0);
        Theme::ALL[(i + 1) % Theme::ALL.len()]
    }
}

/// Speech rate steps either side of normal.
pub const RATE_STEPS: i8 = 3;

/// Everything a learner can set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub theme: Theme,
    /// Key words of each step in big letters (full-screen view only).
    pub large_print: bool,
    /// The tutor's own voice.
    pub speech: bool,
    /// From -3 (slowest) to 3 (fastest); 0 is the engine's normal rate.
    pub rate: i8,
    /// Single-letter keys (R, H, W, Q, S); off, only the function keys and Enter/Escape
    /// work (WCAG 2.1.4).
    pub shortcuts: bool,
    /// A language tag such as `cy`, or `None` for the language chosen at start.
    pub language: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { theme: Theme::default(), large_print: false, speech: true, rate: 0, shortcuts: true, language: None }
    }
}

impl Settings {
    /// The rate one step faster, wrapping from fastest back to slowest.
    pub fn next_rate(&self) -> i8 {
        if self.rate >= RATE_STEPS {
            -RATE_STEPS
        } else {
            self.rate + 1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn themes_cycle_and_round_trip_by_name() {
        let mut theme = Theme::default();
        for _ in 0..Theme::ALL.len() {
            assert_eq!(Theme::from_key(theme.key()), Some(theme));
            theme = theme.next();
        }
        assert_eq!(theme, Theme::default());
        assert_eq!(Theme::from_key("purple"), None);
    }

    #[test]
    fn the_rate_steps_up_and_wraps() {
        let mut settings = Settings::default();
        let mut seen = Vec::new();
        for _ in 0..7 {
            settings.rate = settings.next_rate();
            seen.push(settings.rate);
        }
        assert_eq!(seen, [1, 2, 3, -3, -2, -1, 0]);
    }
}
