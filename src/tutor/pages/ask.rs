//! Questions asked of the learner: how confident they feel about a course (before and
//! after it), and at the end of a session, whether it was useful and whether their
//! champion was helpful. Every question can be passed over with Escape.

use super::{home, step};
use crate::domain::learner::Moment;
use crate::i18n::Args;
use crate::lesson::Catalog;
use crate::tutor::state::{Event, Item, Overlay, Question, State, Then};
use crate::tutor::update::say;
use crate::tutor::view::{lines, paragraphs, Screen};
use crate::tutor::{Context, Effect, Message};

/// Asks `question`, then does `then`.
pub fn ask(state: &mut State, question: Question, then: Then) -> Vec<Effect> {
    state.overlay = Some(Overlay::Ask { question, focus: 0, then });
    say(state, Event::Arrived)
}

/// Whether the learner should be asked how confident they feel about `course` now.
pub fn confidence_due(state: &State, catalog: &Catalog, course: usize, moment: Moment) -> bool {
    let (Some(course), Some(progress)) = (catalog.courses.get(course), state.progress()) else {
        return false;
    };
    course.ask_confidence && !progress.confidence_asked.iter().any(|(c, m)| *c == course.id && *m == moment)
}

/// Ends the session by asking the feedback questions first, or does `then` at once when
/// there is no open session.
pub fn end_session(state: &mut State, catalog: &Catalog, then: Then) -> Vec<Effect> {
    if state.session_open {
        return ask(state, Question::Useful, then);
    }
    carry_on(state, catalog, then)
}

/// A message while a question is asked.
pub fn update(state: &mut State, catalog: &Catalog, message: Message) -> Vec<Effect> {
    let Some(Overlay::Ask { question, focus, then }) = state.overlay.clone() else {
        return Vec::new();
    };
    let items = state.items(catalog);
    let chosen = match message {
        Message::Up | Message::Down => {
            let moved = if message == Message::Up { focus.saturating_sub(1) } else { (focus + 1).min(items.len() - 1) };
            state.overlay = Some(Overlay::Ask { question, focus: moved, then });
            return say(state, Event::Focus);
        }
        Message::Next => items.get(focus).copied(),
        Message::Choose(n) => match items.get(n) {
            Some(item) => Some(*item),
            None => return say(state, Event::Nudge),
        },
        Message::Back => None,
        Message::Key(_) | Message::Type(_) | Message::RubOut => return Vec::new(),
        _ => return say(state, Event::Nudge),
    };
    answer(state, catalog, question, chosen, then)
}

fn answer(state: &mut State, catalog: &Catalog, question: Question, chosen: Option<Item>, then: Then) -> Vec<Effect> {
    state.overlay = None;
    let yes = match chosen {
        Some(Item::Yes) => Some(true),
        Some(Item::No) => Some(false),
        _ => None,
    };
    let mut effects = Vec::new();
    match question {
        Question::Confidence { course, moment } => {
            let course_id = catalog.courses.get(course).map(|c| c.id.clone()).unwrap_or_default();
            if let Some((learner, progress)) = state.learner.as_mut() {
                progress.confidence_asked.push((course_id.clone(), moment));
                if let Some(Item::Score(score)) = chosen {
                    effects.push(Effect::RecordConfidence { learner_id: learner.id, course_id, moment, score });
                }
            }
        }
        Question::Useful if state.champion.is_some() => return ask(state, Question::Helpful { useful: yes }, then),
        Question::Useful => effects.extend(close(state, yes, None, String::new())),
        // The champion ran the session: their notes come last.
        Question::Helpful { useful } => {
            state.overlay = Some(Overlay::Notes { text: String::new(), useful, helpful: yes, then });
            return say(state, Event::Arrived);
        }
    }
    effects.extend(carry_on(state, catalog, then));
    effects
}

fn close(state: &mut State, useful: Option<bool>, helpful: Option<bool>, notes: String) -> Vec<Effect> {
    state.session_open = false;
    vec![Effect::EndSession { useful, helpful, notes }]
}

/// A message while the champion types their notes on the session.
pub fn notes(state: &mut State, catalog: &Catalog, message: Message) -> Vec<Effect> {
    let Some(Overlay::Notes { text, useful, helpful, then }) = &mut state.overlay else { return Vec::new() };
    let done = match message {
        Message::Type(c) => {
            text.push(c);
            return say(state, Event::Typed(c));
        }
        Message::RubOut => {
            return match text.pop() {
                Some(c) => say(state, Event::RubbedOut(c)),
                None => Vec::new(),
            }
        }
        Message::Next | Message::Blank | Message::Back => std::mem::take(text),
        Message::Submit(line) | Message::Unknown(line) => line,
        _ => return Vec::new(),
    };
    let (useful, helpful, then) = (*useful, *helpful, *then);
    state.overlay = None;
    let mut effects = close(state, useful, helpful, done.trim().to_owned());
    effects.extend(carry_on(state, catalog, then));
    effects
}

/// What was waiting for the answer.
fn carry_on(state: &mut State, catalog: &Catalog, then: Then) -> Vec<Effect> {
    match then {
        Then::StartLesson(course, lesson) => step::start_lesson(state, catalog, course, lesson),
        Then::Show => say(state, Event::Arrived),
        Then::Quit => vec![Effect::Quit],
        Then::LeaveLearner => home::leave_learner(state),
    }
}

/// A question for the learner.
pub fn question_screen(ctx: &Context, question: &Question) -> Screen {
    let i18n = ctx.i18n;
    match question {
        Question::Confidence { course, moment } => {
            let title = ctx.catalog.courses.get(*course).map(|c| i18n.tr(&c.title)).unwrap_or_default();
            let id = match moment {
                Moment::Before => "ask-confidence-before",
                Moment::After => "ask-confidence-after",
            };
            Screen {
                title: i18n.tr("ask-confidence-title"),
                body: lines(&i18n.tr_args(id, &Args::new().with("course", title))),
                ..Screen::default()
            }
        }
        Question::Useful => paragraphs(ctx, "ask-feedback-title", "ask-useful"),
        Question::Helpful { .. } => paragraphs(ctx, "ask-feedback-title", "ask-helpful"),
    }
}
