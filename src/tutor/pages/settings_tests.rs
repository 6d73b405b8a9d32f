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
fn in_the_full_screen_view_a_screen_reader_is_offered_plain_mode_then_the_quiet_option() {
    let catalog = Catalog::default();
    let i18n = I18n::built_in(&[base_language()]);
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = State::new(vec![ann()], SpeechStatus::On, Settings::default());
    state.full_screen = true;
    update(&mut state, &ctx, Message::ScreenReaderFound("Orca".into()));
    let screen = view(&state, &ctx);
    assert_eq!(screen.items, ["Use plain mode", "Turn Signpost's voice off", "Carry on as it is"]);
    assert_eq!(
        screen.body,
        [
            "Orca is already reading the screen aloud.",
            "Plain mode shows each page as lines of text that never change, which is easiest for a screen reader.",
            "Signpost has its own voice too. Turn it off, so that the two do not talk over each other?",
            "You can change this later in the settings. To start in plain mode, type signpost --plain.",
        ]
    );
    // Plain mode first; the voice question stays, now without plain mode.
    assert_eq!(update(&mut state, &ctx, Message::Next), [Effect::UsePlain, Effect::Announce]);
    assert!(!state.full_screen);
    assert_eq!(view(&state, &ctx).items, ["Turn Signpost's voice off", "Carry on as it is"]);
    update(&mut state, &ctx, Message::Choose(1));
    assert_eq!(state.overlay, None);
    assert!(state.settings.speech, "carried on as it was");
}

#[test]
fn with_its_own_voice_off_the_full_screen_view_still_offers_plain_mode() {
    let catalog = Catalog::default();
    let i18n = I18n::built_in(&[base_language()]);
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state =
        State::new(vec![ann()], SpeechStatus::OffByChoice, Settings { speech: false, ..Settings::default() });
    state.full_screen = true;
    update(&mut state, &ctx, Message::ScreenReaderFound("Orca".into()));
    assert_eq!(view(&state, &ctx).items, ["Use plain mode", "Carry on as it is"]);
    assert!(!view(&state, &ctx).body.iter().any(|l| l.contains("own voice")), "the voice is off already");
    assert_eq!(update(&mut state, &ctx, Message::Next)[0], Effect::UsePlain);
    assert_eq!(state.overlay, None);
    // Plain mode is in the settings too, but only in the full-screen view.
    state.full_screen = true;
    update(&mut state, &ctx, Message::OpenSettings);
    assert!(view(&state, &ctx).items.contains(&"Use plain mode".to_owned()));
    state.full_screen = false;
    assert!(!view(&state, &ctx).items.contains(&"Use plain mode".to_owned()));
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

#[test]
fn with_single_letter_keys_off_the_key_help_and_help_name_keys_that_work() {
    let catalog = Catalog::default();
    let mut i18n = I18n::built_in(&[base_language()]);
    i18n.set_mode(crate::i18n::Mode::Tui);
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = State::new(vec![ann()], SpeechStatus::OffByChoice, Settings::default());
    assert!(view(&state, &ctx).keys.contains("H for help."));
    state.settings.shortcuts = false;
    let keys = view(&state, &ctx).keys;
    assert!(
        keys.contains("F1 for help. F2 to repeat. F3 for where you are. F4 for settings. Control and C to stop."),
        "{keys}"
    );
    assert!(!keys.contains("H for"), "{keys}");
    update(&mut state, &ctx, Message::Help);
    let help = view(&state, &ctx).body.join(" ");
    assert!(help.contains("F2 repeats, F3 says where you are, Escape goes back, F6 stops the voice, and Control and C together stops."), "{help}");
}
