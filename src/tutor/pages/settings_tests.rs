//! Table tests of the settings in the engine.

use crate::domain::learner::Learner;
use crate::domain::settings::{Settings, Theme};
use crate::i18n::{base_language, I18n};
use crate::tutor::*;

fn ann() -> Learner {
    Learner { id: 1, name: "Ann".into() }
}

#[test]
fn settings_open_from_any_page_change_at_once_and_close_where_they_were() {
    let catalog = Catalog::default();
    let i18n = I18n::built_in(&[base_language()]);
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = State::new(vec![ann()], SpeechStatus::OffByChoice, Settings::default());
    let page = state.page.clone();
    assert_eq!(update(&mut state, &ctx, Message::OpenSettings), [Effect::Announce]);
    let applied = |s: Settings| vec![Effect::ApplySettings(s), Effect::Announce];
    let cases: &[(Message, Vec<Effect>)] = &[
        (Message::Next, applied(Settings { theme: Theme::WhiteOnBlack, ..Settings::default() })),
        (
            Message::Choose(2),
            applied(Settings { theme: Theme::WhiteOnBlack, large_print: true, ..Settings::default() }),
        ),
        (
            Message::Choose(4),
            applied(Settings { theme: Theme::WhiteOnBlack, large_print: true, rate: 1, ..Settings::default() }),
        ),
    ];
    for (message, effects) in cases {
        assert_eq!(&update(&mut state, &ctx, message.clone()), effects, "{message:?}");
        assert_eq!(state.event, Event::Changed);
    }
    // Turning speech off says so first, while the voice is still on.
    let effects = update(&mut state, &ctx, Message::Choose(3));
    assert_eq!(effects[0], Effect::Announce);
    assert!(matches!(&effects[1], Effect::ApplySettings(s) if !s.speech));
    assert_eq!(view(&state, &ctx).announcement, "Speech, off");
    update(&mut state, &ctx, Message::Back);
    assert_eq!((state.overlay.clone(), state.page.clone()), (None, page), "back where they were");
}

#[test]
fn a_screen_reader_is_offered_the_quiet_option_only_when_speech_is_on() {
    let catalog = Catalog::default();
    let i18n = I18n::built_in(&[base_language()]);
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = State::new(vec![ann()], SpeechStatus::On, Settings::default());
    update(&mut state, &ctx, Message::ScreenReaderFound("Orca".into()));
    assert_eq!(state.overlay, Some(Overlay::ScreenReader { name: "Orca".into(), focus: 0 }));
    assert!(view(&state, &ctx).body[0].starts_with("Orca is already reading the screen aloud."));
    let effects = update(&mut state, &ctx, Message::Next);
    assert!(effects.contains(&Effect::ApplySettings(Settings { speech: false, ..Settings::default() })));
    assert_eq!(state.overlay, None);
    update(&mut state, &ctx, Message::ScreenReaderFound("Orca".into()));
    assert_eq!(state.overlay, None, "speech is already off: nothing to ask");
}

#[test]
fn a_learners_own_settings_come_back_when_they_are_chosen() {
    let catalog = Catalog::default();
    let i18n = I18n::built_in(&[base_language()]);
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = State::new(vec![ann()], SpeechStatus::On, Settings::default());
    let theirs = Settings { theme: Theme::BlackOnYellow, rate: -2, ..Settings::default() };
    let ready = Message::LearnerReady {
        learner: ann(),
        progress: Progress::default(),
        new: false,
        settings: Some(theirs.clone()),
    };
    let effects = update(&mut state, &ctx, ready);
    assert_eq!(effects[0], Effect::ApplySettings(theirs.clone()));
    assert_eq!(state.settings, theirs);
}
