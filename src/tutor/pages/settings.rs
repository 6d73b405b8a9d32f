//! The settings page and what it opens (compare themes, languages, the screen-reader
//! offer): how each setting changes, and how each is shown and said.

use crate::domain::settings::Theme;
use crate::i18n::{Args, I18n};
use crate::tutor::state::{Event, Item, Overlay, State};
use crate::tutor::update::{close_overlay, say};
use crate::tutor::view::{lines, Screen};
use crate::tutor::{Context, Effect, Message};

/// A message while settings (or one of their screens) are open.
pub fn update(state: &mut State, ctx: &Context, message: Message) -> Vec<Effect> {
    let items = state.items(ctx.catalog);
    let focus = state.focus().unwrap_or(0);
    let chosen = match message {
        Message::Up | Message::Down => {
            let moved = if message == Message::Up { focus.saturating_sub(1) } else { (focus + 1).min(items.len() - 1) };
            set_focus(state, moved);
            return say(state, Event::Focus);
        }
        Message::Next => focus,
        Message::Choose(n) if n < items.len() => {
            set_focus(state, n);
            n
        }
        Message::Back => return back(state),
        Message::Key(_) | Message::Type(_) | Message::RubOut => return Vec::new(),
        _ => return say(state, Event::Nudge),
    };
    activate(state, items[chosen])
}

fn set_focus(state: &mut State, to: usize) {
    if let Some(
        Overlay::Settings { focus }
        | Overlay::ScreenReader { focus, .. }
        | Overlay::CompareThemes { focus, .. }
        | Overlay::Languages { focus },
    ) = &mut state.overlay
    {
        *focus = to;
    }
}

fn back(state: &mut State) -> Vec<Effect> {
    match state.overlay {
        Some(Overlay::CompareThemes { .. }) => {
            state.overlay = Some(Overlay::Settings { focus: 1 });
            say(state, Event::Arrived)
        }
        _ => close_overlay(state),
    }
}

fn theme_index(theme: Theme) -> usize {
    Theme::ALL.iter().position(|t| *t == theme).unwrap_or(0)
}

fn activate(state: &mut State, item: Item) -> Vec<Effect> {
    let s = &mut state.settings;
    match item {
        Item::SettingTheme => s.theme = s.theme.next(),
        Item::SettingLargePrint => s.large_print = !s.large_print,
        Item::SettingSpeech if s.speech => {
            // Say it while the voice is still on, then turn it off.
            s.speech = false;
            let mut effects = say(state, Event::Changed);
            effects.push(Effect::ApplySettings(state.settings.clone()));
            return effects;
        }
        Item::SettingSpeech => s.speech = true,
        Item::SettingRate => s.rate = s.next_rate(),
        Item::SettingShortcuts => s.shortcuts = !s.shortcuts,
        Item::SettingLanguage | Item::ChooseLanguage => {
            let now = s.language.clone();
            let focus = state.languages.iter().position(|(tag, _)| Some(tag) == now.as_ref()).unwrap_or(0);
            state.overlay = Some(Overlay::Languages { focus });
            return say(state, Event::Arrived);
        }
        Item::Language(i) => return use_language(state, i),
        Item::SettingPin => return super::pin::setting(state),
        Item::SettingMyData => {
            let learner_id = state.learner.as_ref().map_or(0, |(l, _)| l.id);
            state.event = Event::Quiet;
            return vec![Effect::ShowMyData { learner_id }];
        }
        Item::SettingCompare => {
            state.overlay = Some(Overlay::CompareThemes { first: theme_index(s.theme), focus: 0 });
            return say(state, Event::Arrived);
        }
        Item::NextThemes => {
            if let Some(Overlay::CompareThemes { first, .. }) = &mut state.overlay {
                *first = (*first + 1) % Theme::ALL.len();
            }
            return say(state, Event::Arrived);
        }
        Item::ThemesDone => return back(state),
        Item::UseTheme(i) => {
            s.theme = Theme::ALL[i % Theme::ALL.len()];
            state.overlay = Some(Overlay::Settings { focus: 0 });
            let mut effects = vec![Effect::ApplySettings(state.settings.clone())];
            effects.extend(say(state, Event::Changed));
            return effects;
        }
        Item::UsePlain => return use_plain(state),
        Item::VoiceOff => {
            s.speech = false;
            let mut effects = close_overlay(state);
            effects.push(Effect::ApplySettings(state.settings.clone()));
            return effects;
        }
        Item::VoiceOn | Item::SettingsDone => return close_overlay(state),
        _ => return Vec::new(),
    }
    let mut effects = vec![Effect::ApplySettings(state.settings.clone())];
    effects.extend(say(state, Event::Changed));
    effects
}

/// Plain mode from now on. Offered beside a running screen reader, the question of
/// Signpost's own voice is asked next (in plain mode) if it is on.
fn use_plain(state: &mut State) -> Vec<Effect> {
    state.full_screen = false;
    let mut effects = vec![Effect::UsePlain];
    match &mut state.overlay {
        Some(Overlay::ScreenReader { focus, .. }) if state.settings.speech => {
            *focus = 0;
            effects.extend(say(state, Event::Arrived));
        }
        _ => effects.extend(close_overlay(state)),
    }
    effects
}

/// The name of a theme, such as "Yellow on black".
pub fn theme_name(i18n: &I18n, theme: Theme) -> String {
    i18n.tr(&format!("theme-{}", theme.key()))
}

fn on_off(i18n: &I18n, on: bool) -> String {
    i18n.tr(if on { "setting-on" } else { "setting-off" })
}

/// Uses language `i` of the list, and says the whole page again in it.
pub fn use_language(state: &mut State, i: usize) -> Vec<Effect> {
    state.settings.language = state.languages.get(i).map(|(tag, _)| tag.clone());
    state.overlay = None;
    let mut effects = vec![Effect::ApplySettings(state.settings.clone())];
    effects.extend(say(state, Event::Arrived));
    effects
}

/// The label of a settings entry, with its value now.
pub fn label(state: &State, i18n: &I18n, item: Item) -> String {
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
        Item::UsePlain => i18n.tr("screen-reader-plain"),
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
pub fn screen_reader(state: &State, ctx: &Context, name: &str) -> Screen {
    let i18n = ctx.i18n;
    let mut body = vec![i18n.tr_args("screen-reader-found", &Args::new().with("name", name))];
    if state.full_screen {
        body.push(i18n.tr("screen-reader-plain-means"));
    }
    if state.settings.speech {
        body.push(i18n.tr("screen-reader-voice-question"));
    }
    body.push(i18n.tr("screen-reader-later"));
    Screen { title: i18n.tr("screen-reader-title"), body, ..Screen::default() }
}
