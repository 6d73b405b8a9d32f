//! The words of a lesson step: its text, its choices or field, and what the tutor says
//! back about the learner's answer. Kept apart from `view` so each file stays small.

use super::state::{current_step, Outcome, State, StepPage};
use super::view::{lines, Field, Screen};
use super::view_practice;
use super::words::{key_name, step_args};
use super::Context;
use crate::i18n::Args;
use crate::lesson::{Key, StepBody};

pub(super) fn step(state: &State, ctx: &Context, page: &StepPage) -> Screen {
    let i18n = ctx.i18n;
    let Some(step) = current_step(ctx.catalog, page) else {
        return Screen::default();
    };
    let args = step_args(ctx, page).with("title", i18n.tr(&step.title));
    let name = state.learner.as_ref().map(|(l, _)| l.name.clone()).unwrap_or_default();
    let text_args = Args::new().with("name", name.clone());
    let mut screen = Screen {
        heading: i18n.tr_args("step-heading", &args),
        title: i18n.tr_args("step-title", &args),
        body: lines(&i18n.tr_args(&step.text, &text_args)),
        ..Screen::default()
    };
    match &step.body {
        StepBody::Question { choices, .. } => {
            screen.items = choices.iter().map(|c| i18n.tr(&c.text)).collect();
            screen.focus = Some(page.focus);
        }
        StepBody::Type { .. } => {
            screen.field = Some(Field { label: i18n.tr("step-typed-label"), value: page.typed.clone() });
        }
        StepBody::Practice { .. } => {
            if let Some(run) = &page.practice {
                view_practice::add(&mut screen, ctx, page, run);
            }
        }
        StepBody::Explain | StepBody::Key { .. } => {}
    }
    screen.notice = match (&step.body, &page.outcome, &page.practice) {
        (StepBody::Practice { .. }, Outcome::Waiting, Some(run)) => view_practice::note(ctx, run),
        // The move that finished the task is said first, then "well done".
        (StepBody::Practice { .. }, Outcome::Right, Some(run)) => {
            let done = feedback(ctx, &step.body, &page.outcome, &text_args, page.focus);
            let parts: Vec<String> = view_practice::note(ctx, run).into_iter().chain(done).collect();
            Some(parts.join(" "))
        }
        _ => feedback(ctx, &step.body, &page.outcome, &text_args, page.focus),
    };
    screen
}

/// What the tutor says about the learner's answer.
fn feedback(ctx: &Context, body: &StepBody, outcome: &Outcome, text_args: &Args, focus: usize) -> Option<String> {
    let i18n = ctx.i18n;
    let go_on = || i18n.tr("step-go-on");
    let text = match (body, outcome) {
        (_, Outcome::Waiting) => return None,
        (StepBody::Question { choices, .. }, Outcome::Right)
        | (StepBody::Question { choices, .. }, Outcome::WrongChoice(_)) => {
            let chosen = match outcome {
                Outcome::WrongChoice(i) => *i,
                _ => body_correct(body).unwrap_or(focus),
            };
            let said = choices.get(chosen).map(|c| i18n.tr(&c.feedback)).unwrap_or_default();
            if *outcome == Outcome::Right {
                format!("{said} {}", go_on())
            } else {
                format!("{said} {}", i18n.tr("question-try-again"))
            }
        }
        (
            StepBody::Key { success, .. } | StepBody::Type { success, .. } | StepBody::Practice { success, .. },
            Outcome::Right,
        ) => {
            format!("{} {}", i18n.tr_args(success, text_args), go_on())
        }
        (StepBody::Key { key, .. }, Outcome::WrongKey(pressed)) => wrong_key(ctx, *key, *pressed),
        (StepBody::Type { answer, .. }, Outcome::WrongText(typed)) => {
            let expected = i18n.tr_args(answer, text_args);
            if typed.trim().is_empty() {
                i18n.tr_args("type-empty", &Args::new().with("expected", expected))
            } else {
                i18n.tr_args("type-wrong", &Args::new().with("typed", typed.trim()).with("expected", expected))
            }
        }
        _ => return None,
    };
    Some(text)
}

fn body_correct(body: &StepBody) -> Option<usize> {
    match body {
        StepBody::Question { correct, .. } => *correct,
        _ => None,
    }
}

/// "You pressed Space. This step needs Enter." with a word about Shift when that was all
/// that was missing.
fn wrong_key(ctx: &Context, expected: Key, pressed: Key) -> String {
    let i18n = ctx.i18n;
    if let (Key::Char(want), Key::Char(got)) = (expected, pressed) {
        if want.is_uppercase() && want.to_lowercase().eq(got.to_lowercase()) && got != want {
            return i18n.tr_args("key-need-shift", &Args::new().with("char", want.to_string()));
        }
    }
    let args = Args::new().with("pressed", key_name(i18n, pressed)).with("expected", key_name(i18n, expected));
    i18n.tr_args("key-wrong", &args)
}
