//! The settings, reachable from anywhere: theme (and comparing two side by side), large
//! print, speech on or off, speech rate, single-letter keys, language. Each change is
//! applied at once, said aloud, and saved for the learner.

use super::state::{Event, Item, Overlay, State};
use super::update::{close_overlay, say};
use super::{Context, Effect, Message};
use crate::domain::settings::Theme;

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
        Item::Language(i) => {
            s.language = state.languages.get(i).map(|(tag, _)| tag.clone());
            state.overlay = None;
            // The words change with the language: say the whole page again in it.
            let mut effects = vec![Effect::ApplySettings(state.settings.clone())];
            effects.extend(say(state, Event::Arrived));
            return effects;
        }
        Item::SettingPin => return super::pin_entry::setting(state),
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
