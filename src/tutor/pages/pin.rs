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

/// The shell checked a learner's PIN.
pub fn learner_pin_checked(state: &mut State, learner_id: i64, ok: bool) -> Vec<Effect> {
    if ok {
        state.event = Event::Quiet;
        return vec![Effect::OpenLearner(learner_id)];
    }
    if let Page::LearnerPin { problem, .. } = &mut state.page {
        *problem = Some(PinEntryProblem::Wrong);
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
