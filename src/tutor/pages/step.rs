//! Working through a lesson: answering, practising keys and typing, going on and back.
//! Every change of step is saved, so a learner can stop at any moment.

use super::typing::{difference, typing};
use super::{home, practice};
use crate::domain::learner::{LessonProgress, Moment};
use crate::i18n::Args;
use crate::lesson::{Catalog, Command, Key, StepBody};
use crate::tutor::state::{
    current_lesson, current_step, Event, Outcome, Page, PracticeRun, Question, State, StepPage, Then,
};
use crate::tutor::update::{arrive, say};
use crate::tutor::view::{lines, Field, Screen};
use crate::tutor::words::{key_name, step_args};
use crate::tutor::{Context, Effect, Message};

/// Opens a lesson where the learner left it, or at the start if they finished it (or
/// never began).
pub fn start_lesson(state: &mut State, catalog: &Catalog, course: usize, lesson: usize) -> Vec<Effect> {
    let (Some(course_data), Some(lesson_data)) = (catalog.courses.get(course), catalog.lesson(course, lesson)) else {
        return Vec::new();
    };
    // Before a learner's first lesson of a course: how confident do they feel about it?
    let course_started = state.progress().is_some_and(|p| p.lessons.keys().any(|(c, _)| *c == course_data.id));
    if !course_started && super::ask::confidence_due(state, catalog, course, Moment::Before) {
        let question = Question::Confidence { course, moment: Moment::Before };
        return super::ask::ask(state, question, Then::StartLesson(course, lesson));
    }
    let saved = state.progress().and_then(|p| p.lesson(&course_data.id, &lesson_data.id));
    let step = match saved {
        Some(LessonProgress { in_progress: true, step_id, .. }) => {
            lesson_data.steps.iter().position(|s| &s.id == step_id).unwrap_or(0)
        }
        _ => 0,
    };
    go_to(state, catalog, fresh_page(catalog, course, lesson, step))
}

/// A step as the learner first sees it: nothing chosen, typed or practised yet.
pub fn fresh_page(catalog: &Catalog, course: usize, lesson: usize, step: usize) -> StepPage {
    let practice = catalog.lesson(course, lesson).and_then(|l| l.steps.get(step)).and_then(|s| match &s.body {
        StepBody::Practice { setup, .. } => {
            Some(Box::new(PracticeRun { screen: crate::practice::PracticeApp::new(setup), help: 0, note: None }))
        }
        _ => None,
    });
    StepPage { course, lesson, step, focus: 0, typed: String::new(), outcome: Outcome::Waiting, help: 0, practice }
}

/// Shows a step, saves that the learner is on it, and announces it.
fn go_to(state: &mut State, catalog: &Catalog, page: StepPage) -> Vec<Effect> {
    let saved = save_step(state, catalog, &page);
    let mut effects = arrive(state, Page::Step(page));
    effects.extend(saved);
    effects
}

fn save_step(state: &mut State, catalog: &Catalog, page: &StepPage) -> Option<Effect> {
    let course = catalog.courses.get(page.course)?;
    let lesson = course.lessons.get(page.lesson)?;
    let step = lesson.steps.get(page.step)?;
    let (learner, progress) = state.learner.as_mut()?;
    let key = (course.id.clone(), lesson.id.clone());
    // Opening a finished lesson again is a look back, not a restart: it stays finished
    // (not "started, step 1") until the learner goes past its first step.
    if page.step == 0 && progress.lessons.get(&key).is_some_and(|p| p.completed && !p.in_progress) {
        return None;
    }
    let entry = progress.lessons.entry(key.clone()).or_insert_with(|| LessonProgress {
        step_id: step.id.clone(),
        in_progress: true,
        completed: false,
    });
    entry.step_id = step.id.clone();
    entry.in_progress = true;
    progress.resume = Some(key);
    Some(Effect::SaveStep {
        learner_id: learner.id,
        course_id: course.id.clone(),
        lesson_id: lesson.id.clone(),
        step_id: step.id.clone(),
    })
}

/// A message while a step is on screen.
pub fn update(state: &mut State, ctx: &Context, message: Message) -> Vec<Effect> {
    let catalog = ctx.catalog;
    let Page::Step(page) = &state.page else {
        return Vec::new();
    };
    let page = page.clone();
    let Some(step) = current_step(catalog, &page) else {
        return home::back(state, catalog);
    };
    let done = page.outcome == Outcome::Right || step.body == StepBody::Explain;
    match (&step.body, message) {
        // A practice screen has its own "back" (from an email to the inbox, say).
        (StepBody::Practice { goal, .. }, message) if !done => super::practice::update(state, ctx, page, goal, message),
        (_, Message::Back) => back(state, catalog, page),
        (_, Message::Next | Message::Blank) if done => forward(state, catalog, page),
        (StepBody::Question { choices, correct }, message) => {
            let mut effects = question(state, page, choices.len(), *correct, message);
            if correct.is_none() {
                effects.extend(follow_reason(state, catalog, choices));
            }
            effects
        }
        (StepBody::Key { key, .. }, Message::Key(pressed)) if !done => {
            let outcome = if pressed == *key { Outcome::Right } else { Outcome::WrongKey(pressed) };
            feedback(state, page, outcome)
        }
        // Enter before the command: say which key (or word) the step is waiting for.
        (StepBody::Command { .. }, Message::Next) => say(state, Event::Nudge),
        (StepBody::Type { answer, match_case, .. }, message) if !done => {
            let name = state.learner.as_ref().map(|(l, _)| l.name.clone()).unwrap_or_default();
            let answer = ctx.i18n.tr_args(answer, &Args::new().with("name", name));
            typing(state, page, message, &answer, *match_case)
        }
        (_, Message::Unknown(_) | Message::Blank) => say(state, Event::Nudge),
        _ => Vec::new(),
    }
}

/// The learner used `used` (repeat, help, where or quit). On a command step that asks
/// for it, the step is done; the command still does its usual job. Returns whether it
/// was the step's command.
pub fn command_used(state: &mut State, catalog: &Catalog, used: Command) -> bool {
    let Page::Step(page) = &mut state.page else { return false };
    let asked = matches!(current_step(catalog, page).map(|s| &s.body), Some(StepBody::Command { command, .. }) if *command == used);
    if !asked || page.outcome == Outcome::Right || state.overlay.is_some() {
        return false;
    }
    page.outcome = Outcome::Right;
    true
}

/// A reason chosen in "Finding your reason" (what matters to the learner) is kept (the
/// skills check offers it again) and makes their plan, so the home page offers it and
/// says why, unless they have a plan already (a champion's skills check goes deeper than
/// one choice).
fn follow_reason(state: &mut State, catalog: &Catalog, choices: &[crate::lesson::Choice]) -> Vec<Effect> {
    let Page::Step(page) = &state.page else { return Vec::new() };
    if page.outcome != Outcome::Right {
        return Vec::new();
    }
    let Some(matters) = choices.get(page.focus).and_then(|c| crate::tutor::plan::reason_of(&c.text)) else {
        return Vec::new();
    };
    let Some((learner, progress)) = state.learner.as_mut() else { return Vec::new() };
    progress.reason = Some(matters);
    let mut effects = vec![Effect::SetReason { learner_id: learner.id, reason: matters }];
    if progress.plan.is_empty() {
        progress.plan = crate::tutor::plan::reason_plan(catalog, matters);
        effects.push(Effect::SetPlan { learner_id: learner.id, plan: progress.plan.clone() });
    }
    effects
}

pub fn question(
    state: &mut State,
    mut page: StepPage,
    count: usize,
    correct: Option<usize>,
    message: Message,
) -> Vec<Effect> {
    let last = count.saturating_sub(1);
    let chosen = match message {
        Message::Up | Message::Down => {
            page.focus = if message == Message::Up { page.focus.saturating_sub(1) } else { (page.focus + 1).min(last) };
            state.page = Page::Step(page);
            return say(state, Event::Focus);
        }
        Message::Next => page.focus,
        Message::Choose(n) if n < count => n,
        Message::Choose(_) | Message::Blank | Message::Unknown(_) | Message::Submit(_) => {
            return say(state, Event::Nudge);
        }
        _ => return Vec::new(),
    };
    page.focus = chosen;
    let outcome = match correct {
        Some(right) if right != chosen => Outcome::WrongChoice(chosen),
        _ => Outcome::Right,
    };
    feedback(state, page, outcome)
}

pub fn feedback(state: &mut State, mut page: StepPage, outcome: Outcome) -> Vec<Effect> {
    page.outcome = outcome;
    state.page = Page::Step(page);
    say(state, Event::Feedback)
}

fn forward(state: &mut State, catalog: &Catalog, page: StepPage) -> Vec<Effect> {
    let count = current_lesson(catalog, &page).map_or(0, |l| l.steps.len());
    if page.step + 1 < count {
        return go_to(state, catalog, fresh_page(catalog, page.course, page.lesson, page.step + 1));
    }
    let mut effects = arrive(state, Page::LessonDone { course: page.course, lesson: page.lesson, focus: 0 });
    let (Some(course), Some(lesson)) = (catalog.courses.get(page.course), current_lesson(catalog, &page)) else {
        return effects;
    };
    if let Some((learner, progress)) = state.learner.as_mut() {
        let key = (course.id.clone(), lesson.id.clone());
        if let Some(entry) = progress.lessons.get_mut(&key) {
            entry.in_progress = false;
            entry.completed = true;
        }
        if progress.resume.as_ref() == Some(&key) {
            progress.resume = None;
        }
        effects.push(Effect::CompleteLesson {
            learner_id: learner.id,
            course_id: course.id.clone(),
            lesson_id: lesson.id.clone(),
        });
    }
    // The whole course done: how confident do they feel now?
    let all_done = state
        .progress()
        .is_some_and(|p| course.lessons.iter().all(|l| p.lesson(&course.id, &l.id).is_some_and(|l| l.completed)));
    if all_done && super::ask::confidence_due(state, catalog, page.course, Moment::After) {
        let question = Question::Confidence { course: page.course, moment: Moment::After };
        effects.extend(super::ask::ask(state, question, Then::Show));
    }
    effects
}

pub fn back(state: &mut State, catalog: &Catalog, page: StepPage) -> Vec<Effect> {
    if page.step == 0 {
        return home::back(state, catalog);
    }
    go_to(state, catalog, fresh_page(catalog, page.course, page.lesson, page.step - 1))
}

pub fn step(state: &State, ctx: &Context, page: &StepPage) -> Screen {
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
        // The text to type stands on its own line, so nothing of the sentence around it
        // (a full stop, quotes) looks like part of it; once it is right the box goes.
        StepBody::Type { answer, .. } if page.outcome != Outcome::Right => {
            screen.body.push(i18n.tr("step-type-exactly"));
            screen.body.push(i18n.tr_args(answer, &text_args));
            screen.field = Some(Field::text(i18n.tr("step-typed-label"), page.typed.clone()));
        }
        StepBody::Type { .. } => {}
        StepBody::Practice { .. } => {
            if let Some(run) = &page.practice {
                practice::add(&mut screen, ctx, page, run);
            }
        }
        StepBody::Explain | StepBody::Key { .. } | StepBody::Command { .. } => {}
    }
    screen.notice = match (&step.body, &page.outcome, &page.practice) {
        (StepBody::Practice { .. }, Outcome::Waiting, Some(run)) => practice::note(ctx, run),
        // The move that finished the task is said first, then "well done".
        (StepBody::Practice { .. }, Outcome::Right, Some(run)) => {
            let done = feedback_words(ctx, page, &step.body, &text_args);
            let parts: Vec<String> = practice::note(ctx, run).into_iter().chain(done).collect();
            Some(parts.join(" "))
        }
        _ => feedback_words(ctx, page, &step.body, &text_args),
    };
    screen
}

/// What the tutor says about the learner's answer.
fn feedback_words(ctx: &Context, page: &StepPage, body: &StepBody, text_args: &Args) -> Option<String> {
    let (outcome, focus) = (&page.outcome, page.focus);
    let i18n = ctx.i18n;
    let go_on = || i18n.tr("step-go-on");
    // "Do it for me" did it: say so before the step's own words.
    let did_it = || if page.help >= 3 { format!("{} ", i18n.tr("step-did-it")) } else { String::new() };
    let text = match (body, outcome) {
        (_, Outcome::Waiting) => return None,
        (_, Outcome::ShowMe) => super::step_help::show_me(ctx, body, text_args, focus),
        (StepBody::Question { choices, .. }, Outcome::Right)
        | (StepBody::Question { choices, .. }, Outcome::WrongChoice(_)) => {
            let chosen = match outcome {
                Outcome::WrongChoice(i) => *i,
                _ => body_correct(body).unwrap_or(focus),
            };
            let said = choices.get(chosen).map(|c| i18n.tr(&c.feedback)).unwrap_or_default();
            if *outcome == Outcome::Right {
                format!("{}{said} {}", did_it(), go_on())
            } else {
                format!("{said} {}", i18n.tr("question-try-again"))
            }
        }
        (
            StepBody::Key { success, .. }
            | StepBody::Type { success, .. }
            | StepBody::Practice { success, .. }
            | StepBody::Command { success, .. },
            Outcome::Right,
        ) => {
            format!("{}{} {}", did_it(), i18n.tr_args(success, text_args), go_on())
        }
        (StepBody::Key { key, .. }, Outcome::WrongKey(pressed)) => wrong_key(ctx, *key, *pressed),
        (StepBody::Type { answer, match_case, .. }, Outcome::WrongText(typed)) => {
            let expected = i18n.tr_args(answer, text_args);
            if typed.trim().is_empty() {
                i18n.tr_args("type-empty", &Args::new().with("expected", expected))
            } else {
                let differs = difference(ctx, typed, &expected, *match_case);
                let args =
                    Args::new().with("typed", typed.trim()).with("expected", expected).with("difference", differs);
                i18n.tr_args("type-wrong", &args)
            }
        }
        _ => return None,
    };
    Some(text)
}

pub fn body_correct(body: &StepBody) -> Option<usize> {
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
