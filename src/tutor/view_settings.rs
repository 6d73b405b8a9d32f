//! Words for the settings and the screens reached from them.

use super::state::{Item, State};
use super::view::{lines, Screen};
use super::Context;
use crate::domain::settings::Theme;
use crate::i18n::{Args, I18n};

/// The name of a theme, such as "Yellow on black".
pub fn theme_name(i18n: &I18n, theme: Theme) -> String {
    i18n.tr(&format!("theme-{}", theme.key()))
}

fn on_off(i18n: &I18n, on: bool) -> String {
    i18n.tr(if on { "setting-on" } else { "setting-off" })
}

/// The label of a settings entry, with its value now.
pub fn item_label(state: &State, i18n: &I18n, item: Item) -> String {
    let s = &state.settings;
    let with = |id: &str, value: String| i18n.tr_args(id, &Args::new().with("value", value));
    match item {
        Item::OpenSettings => i18n.tr("settings-open"),
        Item::SettingTheme => with("setting-theme", theme_name(i18n, s.theme)),
        Item::SettingCompare => i18n.tr("setting-compare"),
        Item::SettingLargePrint => with("setting-large-print", on_off(i18n, s.large_print)),
        Item::SettingSpeech => with("setting-speech", on_off(i18n, s.speech)),
        Item::SettingRate => {
            let word = match s.rate {
                r if r < 0 => "rate-slower",
                0 => "rate-normal",
                _ => "rate-faster",
            };
            let steps = usize::from(s.rate.unsigned_abs());
            i18n.tr_args(
                "setting-rate",
                &Args::new().with("value", i18n.tr_args(word, &Args::new().with("steps", steps))),
            )
        }
        Item::SettingShortcuts => with("setting-shortcuts", on_off(i18n, s.shortcuts)),
        Item::SettingLanguage => {
            // The language in use: the learner's choice, or the one chosen at start.
            let now = s.language.clone().unwrap_or_else(|| i18n.language().to_string());
            let name = state
                .languages
                .iter()
                .find(|(tag, _)| *tag == now)
                .map_or_else(|| now.clone(), |(_, name)| name.clone());
            with("setting-language", name)
        }
        Item::SettingsDone => i18n.tr("settings-done"),
        Item::SettingMyData => i18n.tr("setting-my-data"),
        Item::SettingPin => {
            let on = state.learner.as_ref().is_some_and(|(l, _)| state.pinned.contains(&l.id));
            with("setting-pin", on_off(i18n, on))
        }
        Item::UseTheme(i) => with("themes-use", theme_name(i18n, Theme::ALL[i % Theme::ALL.len()])),
        Item::NextThemes => i18n.tr("themes-next"),
        Item::ThemesDone => i18n.tr("themes-done"),
        Item::VoiceOff => i18n.tr("screen-reader-voice-off"),
        Item::VoiceOn => i18n.tr("screen-reader-voice-on"),
        // Each language in its own words, so anyone can find theirs.
        Item::ChooseLanguage => state.languages.iter().map(|(_, name)| name.as_str()).collect::<Vec<_>>().join(" / "),
        Item::Language(i) => state.languages.get(i).map(|(_, name)| name.clone()).unwrap_or_default(),
        _ => String::new(),
    }
}

/// Two themes side by side.
pub fn compare(ctx: &Context, first: usize) -> Screen {
    let pair = [Theme::ALL[first % Theme::ALL.len()], Theme::ALL[(first + 1) % Theme::ALL.len()]];
    let args = Args::new().with("left", theme_name(ctx.i18n, pair[0])).with("right", theme_name(ctx.i18n, pair[1]));
    Screen {
        title: ctx.i18n.tr("themes-title"),
        body: lines(&ctx.i18n.tr_args("themes-body", &args)),
        compare: Some(pair),
        ..Screen::default()
    }
}

/// "A screen reader is running: turn Signpost's voice off?"
pub fn screen_reader(ctx: &Context, name: &str) -> Screen {
    Screen {
        title: ctx.i18n.tr("screen-reader-title"),
        body: lines(&ctx.i18n.tr_args("screen-reader-body", &Args::new().with("name", name))),
        ..Screen::default()
    }
}
