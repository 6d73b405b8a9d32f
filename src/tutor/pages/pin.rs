//! A learner's own PIN: typing it to open their progress, and setting it (twice).

use crate::domain::pin as pin_rule;
use crate::tutor::state::{Event, Overlay, Page, PinEntryProblem, State};
use crate::tutor::update::{arrive, say};
use crate::tutor::view::{paragraphs, Field, Screen};
use crate::tutor::{Context, Effect, Message};

/// What a key or line did to a PIN being typed.
pub enum PinInput {
    /// A digit typed or rubbed out (nothing to say aloud).
    Edited,
    /// The PIN as typed, to check.
    Done(String),
    Back,
    Ignored,
}

/// Applies a message to the PIN typed so far.
pub fn edit(typed: &mut String, message: Message) -> PinInput {
    match message {
        Message::Type(c) if pin_rule::may_type(typed, c) => {
            typed.push(c);
            PinInput::Edited
        }
        Message::RubOut => {
            typed.pop();
            PinInput::Edited
        }
        Message::Next | Message::Blank => PinInput::Done(std::mem::take(typed)),
        Message::Submit(line) | Message::Unknown(line) => PinInput::Done(line.trim().to_owned()),
        Message::Back => PinInput::Back,
        _ => PinInput::Ignored,
    }
}

/// Whether `pin` keeps the PIN rule (written once, in [`crate::domain::pin`]).
pub fn well_formed(pin: &str) -> bool {
    pin_rule::check_pin(pin).is_ok()
}

/// Choosing a learner who has a PIN: ask for it first.
pub fn ask_learner(state: &mut State, learner: usize) -> Vec<Effect> {
    arrive(state, Page::LearnerPin { learner, typed: String::new(), problem: None })
}

/// A message while a learner types their PIN.
pub fn learner_pin(state: &mut State, message: Message) -> Vec<Effect> {
    let Page::LearnerPin { learner, typed, problem } = &mut state.page else { return Vec::new() };
    let learner = *learner;
    match edit(typed, message) {
        PinInput::Edited => say(state, Event::Quiet),
        PinInput::Done(pin) if well_formed(&pin) => {
            let id = state.learners.get(learner).map_or(0, |l| l.id);
            state.event = Event::Quiet;
            vec![Effect::CheckLearnerPin { learner_id: id, pin }]
        }
        PinInput::Done(_) => {
            *problem = Some(PinEntryProblem::NotFourDigits);
            say(state, Event::Feedback)
        }
        PinInput::Back => arrive(state, Page::Learners { focus: learner }),
        PinInput::Ignored => Vec::new(),
    }
}

/// The shell tried a learner's PIN: open their progress, or say why not.
pub fn learner_pin_checked(state: &mut State, learner_id: i64, verdict: pin_rule::PinVerdict) -> Vec<Effect> {
    let Some(refused) = PinEntryProblem::from_verdict(verdict) else {
        state.event = Event::Quiet;
        return vec![Effect::OpenLearner(learner_id)];
    };
    if let Page::LearnerPin { problem, .. } = &mut state.page {
        *problem = Some(refused);
    }
    say(state, Event::Feedback)
}

/// The PIN setting: turn a learner's PIN off, or set one (typed twice).
pub fn setting(state: &mut State) -> Vec<Effect> {
    let Some((learner, _)) = &state.learner else { return Vec::new() };
    let id = learner.id;
    if state.pinned.contains(&id) {
        state.pinned.retain(|l| *l != id);
        let mut effects = vec![Effect::SetLearnerPin { learner_id: id, pin: None }];
        effects.extend(say(state, Event::Changed));
        return effects;
    }
    state.overlay = Some(Overlay::SetPin { typed: String::new(), first: None, problem: None });
    say(state, Event::Arrived)
}

/// A message while a learner sets their PIN.
pub fn set_pin(state: &mut State, message: Message) -> Vec<Effect> {
    let Some(Overlay::SetPin { typed, first, problem }) = &mut state.overlay else { return Vec::new() };
    match edit(typed, message) {
        PinInput::Edited => say(state, Event::Quiet),
        PinInput::Done(pin) if !well_formed(&pin) => {
            *problem = Some(PinEntryProblem::NotFourDigits);
            say(state, Event::Feedback)
        }
        PinInput::Done(pin) => match first.take() {
            None => {
                *first = Some(pin);
                *problem = None;
                say(state, Event::Arrived)
            }
            Some(earlier) if earlier == pin => {
                let id = state.learner.as_ref().map_or(0, |(l, _)| l.id);
                state.pinned.push(id);
                state.overlay = Some(Overlay::Settings { focus: 0 });
                let mut effects = vec![Effect::SetLearnerPin { learner_id: id, pin: Some(pin) }];
                effects.extend(say(state, Event::Arrived));
                effects
            }
            Some(_) => {
                *problem = Some(PinEntryProblem::DoNotMatch);
                say(state, Event::Feedback)
            }
        },
        PinInput::Back => {
            state.overlay = Some(Overlay::Settings { focus: 0 });
            say(state, Event::Arrived)
        }
        PinInput::Ignored => Vec::new(),
    }
}

use super::champion::pin_problem;

/// A learner typing their own PIN.
pub fn learner_pin_screen(ctx: &Context, problem: Option<PinEntryProblem>, typed: &str) -> Screen {
    let mut screen = paragraphs(ctx, "learner-pin-title", "learner-pin-body");
    screen.field = Some(Field::secret(ctx.i18n.tr("champion-pin-label"), typed));
    screen.notice = problem.map(|p| pin_problem(ctx, p));
    screen
}

/// A learner setting their own PIN, typed twice.
pub fn set_pin_screen(ctx: &Context, again: bool, problem: Option<PinEntryProblem>, typed: &str) -> Screen {
    let body = if again { "champion-pin-again" } else { "learner-pin-new" };
    let mut screen = paragraphs(ctx, "learner-pin-title", body);
    screen.field = Some(Field::secret(ctx.i18n.tr("champion-pin-label"), typed));
    screen.notice = problem.map(|p| pin_problem(ctx, p));
    screen
}

#[cfg(test)]
mod tests {
    use crate::domain::learner::Learner;
    use crate::domain::pin::PinVerdict;
    use crate::tutor::state::{Page, PinEntryProblem, State};
    use crate::tutor::tests::{catalog, words};
    use crate::tutor::{update, view, Context, Effect, Message};

    #[test]
    fn wrong_pins_bring_a_wait_then_a_lock_said_kindly_and_the_right_one_opens() {
        let (catalog, (_dir, i18n)) = (catalog(), words());
        let ctx = Context { catalog: &catalog, i18n: &i18n };
        let ann = Learner { id: 7, name: "Ann".into() };
        let mut state = State::new(vec![ann], crate::speech::SpeechStatus::OffByChoice, Default::default());
        state.page = Page::LearnerPin { learner: 0, typed: String::new(), problem: None };
        let effects = update(&mut state, &ctx, Message::Submit("0000".into()));
        assert_eq!(effects, [Effect::CheckLearnerPin { learner_id: 7, pin: "0000".into() }]);
        let said = |state: &mut State, verdict| {
            update(state, &ctx, Message::LearnerPinChecked { learner_id: 7, verdict });
            view(state, &ctx).notice.unwrap_or_default()
        };
        assert_eq!(said(&mut state, PinVerdict::Wrong), "That PIN is not right. Please try again.");
        let wait = said(&mut state, PinVerdict::Wait(30));
        assert!(wait.contains("Please wait 30 seconds") && wait.contains("ask your champion"), "{wait}");
        assert!(matches!(state.page, Page::LearnerPin { problem: Some(PinEntryProblem::Wait(30)), .. }));
        let locked = said(&mut state, PinVerdict::Locked);
        assert!(locked.contains("locked") && locked.contains("ask your champion"), "{locked}");
        let effects =
            update(&mut state, &ctx, Message::LearnerPinChecked { learner_id: 7, verdict: PinVerdict::Right });
        assert_eq!(effects, [Effect::OpenLearner(7)]);
    }

    #[test]
    fn a_mistake_on_the_first_champion_pin_page_is_not_left_on_the_next() {
        let (catalog, (_dir, i18n)) = (catalog(), words());
        let ctx = Context { catalog: &catalog, i18n: &i18n };
        let mut state = State::new(Vec::new(), crate::speech::SpeechStatus::OffByChoice, Default::default());
        state.page = Page::ChampionPin { typed: String::new(), first: None, problem: None };
        let notice = |state: &mut State, typed: &str| {
            update(state, &ctx, Message::Submit(typed.into()));
            view(state, &ctx).notice
        };
        assert_eq!(notice(&mut state, "123").as_deref(), Some("A PIN is 4 digits, like 2580."));
        assert_eq!(notice(&mut state, "2468"), None, "the page to type it again starts clean");
        assert_eq!(
            notice(&mut state, "2469").as_deref(),
            Some("The two PINs were not the same. Please choose one again.")
        );
        assert_eq!(notice(&mut state, "2468"), None, "typed again: clean again");
        assert_eq!(update(&mut state, &ctx, Message::Submit("2468".into()))[0], Effect::SetChampionPin("2468".into()));
    }
}
