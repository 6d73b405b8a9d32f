//! Help on a step that waits for the learner (a question, a key, typing, a command):
//! asked again and again, it always leads to the step being done. First the help page
//! (how to answer), then "show me" (exactly what to press, choose or type), then "do it
//! for me" (done, and said). Practice screens have their own ladder in `practice.rs`.

use super::step::{body_correct, feedback, question};
use super::typing::check_typed;
use crate::i18n::Args;
use crate::lesson::{Command, StepBody};
use crate::tutor::state::{current_step, Outcome, Overlay, Page, State, StepPage};
use crate::tutor::update::open_overlay;
use crate::tutor::words::key_name;
use crate::tutor::{Context, Effect};

/// Whether the page is a step still waiting for an answer of the learner's own.
pub fn waiting(state: &State, ctx: &Context) -> bool {
    let Page::Step(page) = &state.page else { return false };
    let answerable = matches!(
        current_step(ctx.catalog, page).map(|s| &s.body),
        Some(StepBody::Question { .. } | StepBody::Key { .. } | StepBody::Type { .. } | StepBody::Command { .. })
    );
    answerable && page.outcome != Outcome::Right
}

/// One more level of help on the step, recorded for the hub's reports.
pub fn help(state: &mut State, ctx: &Context) -> Vec<Effect> {
    let Page::Step(page) = &state.page else { return Vec::new() };
    let mut page = page.clone();
    let Some(body) = current_step(ctx.catalog, &page).map(|s| s.body.clone()) else { return Vec::new() };
    page.help = (page.help + 1).min(3);
    let mut effects = record(state, ctx, &page);
    effects.extend(match page.help {
        1 => {
            state.page = Page::Step(page);
            open_overlay(state, Overlay::Help)
        }
        2 => {
            if let Some(right) = body_correct(&body) {
                page.focus = right;
            }
            state.overlay = None;
            feedback(state, page, Outcome::ShowMe)
        }
        _ => {
            state.overlay = None;
            do_it(state, ctx, page, &body)
        }
    });
    effects
}

/// "Do it for me": the step's answer, given as if the learner gave it.
fn do_it(state: &mut State, ctx: &Context, page: StepPage, body: &StepBody) -> Vec<Effect> {
    match body {
        StepBody::Question { choices, correct } => {
            let chosen = correct.unwrap_or(page.focus);
            question(state, page, choices.len(), *correct, crate::tutor::Message::Choose(chosen))
        }
        StepBody::Type { answer, match_case, .. } => {
            let answer = answer_words(state, ctx, answer);
            check_typed(state, page, answer.clone(), &answer, *match_case)
        }
        // The key or command is not pressed for them (Q would stop the tutor): the step
        // is done, and the feedback says it was done for them.
        StepBody::Key { .. } | StepBody::Command { .. } => feedback(state, page, Outcome::Right),
        StepBody::Explain | StepBody::Practice { .. } => Vec::new(),
    }
}

/// "Show me": exactly what to do, in the words of this step.
pub fn show_me(ctx: &Context, body: &StepBody, text_args: &Args, focus: usize) -> String {
    let i18n = ctx.i18n;
    match body {
        StepBody::Question { choices, correct } => {
            let number = correct.unwrap_or(focus);
            let choice = choices.get(number).map(|c| i18n.tr(&c.text)).unwrap_or_default();
            i18n.tr_args("step-show-choice", &Args::new().with("number", number + 1).with("choice", choice))
        }
        StepBody::Key { key, .. } => i18n.tr_args("step-show-key", &Args::new().with("key", key_name(i18n, *key))),
        StepBody::Type { answer, .. } => {
            i18n.tr_args("step-show-type", &Args::new().with("answer", i18n.tr_args(answer, text_args)))
        }
        StepBody::Command { command, .. } => {
            let (word_id, key) = match command {
                Command::Repeat => ("command-repeat", "R"),
                Command::Help => ("command-help", "H"),
                Command::Where => ("command-where", "W"),
                Command::Quit => ("command-quit", "Q"),
            };
            let word = i18n.tr(word_id).split_whitespace().next().unwrap_or_default().to_owned();
            i18n.tr_args("step-show-command", &Args::new().with("word", word).with("key", key))
        }
        StepBody::Explain | StepBody::Practice { .. } => String::new(),
    }
}

/// A type step's answer in the learner's language, with their name filled in.
fn answer_words(state: &State, ctx: &Context, answer: &str) -> String {
    let name = state.learner.as_ref().map(|(l, _)| l.name.clone()).unwrap_or_default();
    ctx.i18n.tr_args(answer, &Args::new().with("name", name))
}

/// The help level asked for, kept for the champion's reports.
fn record(state: &State, ctx: &Context, page: &StepPage) -> Vec<Effect> {
    let (Some((learner, _)), Some(course), Some(step)) =
        (&state.learner, ctx.catalog.courses.get(page.course), current_step(ctx.catalog, page))
    else {
        return Vec::new();
    };
    vec![Effect::RecordHelp {
        learner_id: learner.id,
        course_id: course.id.clone(),
        lesson_id: course.lessons[page.lesson].id.clone(),
        step_id: step.id.clone(),
        level: page.help,
    }]
}
