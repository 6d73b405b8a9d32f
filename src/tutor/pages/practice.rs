//! A practice step at work: the learner's moves on the practice screen, three levels of
//! help (a hint, "show me", "do it for me"), starting again, and the goal check.

use super::step;
use crate::i18n::{Args, I18n};
use crate::lesson::{GoalSpec, StepBody};
use crate::practice::PracticeScreen;
use crate::practice::{Action, Goal, Move, Word, Words};
use crate::tutor::state::{Event, Outcome, Page, PracticeNote, PracticeRun, State, StepPage};
use crate::tutor::update::say;
use crate::tutor::view::{Field, Panel, Screen};
use crate::tutor::{Context, Effect, Message};

/// The goal with its words in the learner's language (a reply, a note, their name).
pub fn resolve(ctx: &Context, state: &State, spec: &GoalSpec) -> Goal {
    let name = state.learner.as_ref().map(|(l, _)| l.name.clone()).unwrap_or_default();
    let words = spec.words.as_ref().map(|id| ctx.i18n.tr_args(id, &Args::new().with("name", name)));
    Goal { kind: spec.kind, target: spec.target.clone(), words }
}

/// A message while a practice step (not yet done) is on screen.
pub fn update(state: &mut State, ctx: &Context, mut page: StepPage, spec: &GoalSpec, message: Message) -> Vec<Effect> {
    let goal = resolve(ctx, state, spec);
    let Some(run) = page.practice.as_mut() else {
        return Vec::new();
    };
    let editing = run.screen.editing().is_some();
    let count = run.screen.view().controls.len() + 1; // and "start again"
    match message {
        Message::Type(c) if editing => {
            page.typed.push(c);
            finish(state, page, Event::Typed(c))
        }
        Message::RubOut if editing => match page.typed.pop() {
            Some(c) => finish(state, page, Event::RubbedOut(c)),
            None => Vec::new(),
        },
        Message::Next if editing => {
            let typed = std::mem::take(&mut page.typed);
            fill(state, page, &goal, &typed, false)
        }
        Message::Submit(text) | Message::Unknown(text) if editing => fill(state, page, &goal, &text, false),
        // An empty line keeps what the box already holds (an address, "Re: ..."), and
        // says so: nothing the learner did is undone unasked.
        Message::Blank if editing => {
            let kept = std::mem::take(&mut page.typed);
            fill(state, page, &goal, &kept, false)
        }
        Message::Up | Message::Down => {
            page.focus =
                if message == Message::Up { page.focus.saturating_sub(1) } else { (page.focus + 1).min(count - 1) };
            finish(state, page, Event::Focus)
        }
        Message::Next => {
            let focus = page.focus;
            choose(state, ctx, page, &goal, focus)
        }
        Message::Choose(n) if n < count => choose(state, ctx, page, &goal, n),
        Message::Back => match run.screen.back() {
            Some(said) => {
                run.note = Some(PracticeNote::Did(said));
                page.typed.clear();
                page.focus = 0;
                finish(state, page, Event::Practice)
            }
            None => step::back(state, ctx.catalog, page),
        },
        Message::Reset => reset(state, ctx, page),
        Message::Spell => spell(state, page),
        Message::Choose(_) | Message::Blank | Message::Unknown(_) | Message::Submit(_) => say(state, Event::Nudge),
        _ => Vec::new(),
    }
}

/// Reads out the password box a character at a time ("capital P r a ..."), when the
/// learner asks: the box being typed in, or the one on the screen.
fn spell(state: &mut State, mut page: StepPage) -> Vec<Effect> {
    let Some(run) = page.practice.as_mut() else { return Vec::new() };
    let secret = match run.screen.editing() {
        Some(editing) if editing.hidden => Some((editing.label, page.typed.clone())),
        Some(_) => None,
        None => run.screen.secret(),
    };
    let Some((field, text)) = secret else { return say(state, Event::Nudge) };
    run.note = Some(PracticeNote::Spelt(field, text));
    finish(state, page, Event::Practice)
}

/// Whether a practice password box is being typed in: its prompt then says how to hear it.
pub fn spelling_box(state: &State) -> bool {
    in_progress(state)
        && matches!(&state.page, Page::Step(StepPage { practice: Some(run), .. }) if run.screen.editing().is_some_and(|e| e.hidden))
}

fn finish(state: &mut State, page: StepPage, event: Event) -> Vec<Effect> {
    state.page = Page::Step(page);
    say(state, event)
}

/// The learner chose entry `n`: a control of the screen, or "start again" after them.
fn choose(state: &mut State, ctx: &Context, mut page: StepPage, goal: &Goal, n: usize) -> Vec<Effect> {
    let Some(run) = page.practice.as_mut() else { return Vec::new() };
    let controls = run.screen.view().controls;
    let Some(control) = controls.get(n) else {
        return reset(state, ctx, page);
    };
    let planned = run.screen.next_move(goal);
    page.focus = n;
    act(state, page, goal, &control.action, planned.as_ref() != Some(&Move::Choose(control.action.clone())))
}

/// Does a move on the practice screen and says what happened.
fn act(state: &mut State, mut page: StepPage, goal: &Goal, action: &Action, off_track: bool) -> Vec<Effect> {
    let Some(run) = page.practice.as_mut() else { return Vec::new() };
    let title_before = run.screen.view().title;
    let Some(said) = run.screen.act(action) else { return Vec::new() };
    run.help = 0;
    // Only a move that led somewhere else can lead away from the task.
    let moved = run.screen.view().title != title_before;
    run.note = Some(if off_track && moved {
        PracticeNote::OffTrack(said, run.screen.way_back())
    } else {
        PracticeNote::Did(said)
    });
    if let Some(editing) = run.screen.editing() {
        page.typed = editing.value;
    }
    if moved {
        page.focus = 0;
    }
    settle(state, page, goal)
}

/// Puts typed words into the open text box.
fn fill(state: &mut State, mut page: StepPage, goal: &Goal, text: &str, for_you: bool) -> Vec<Effect> {
    let Some(run) = page.practice.as_mut() else { return Vec::new() };
    let Some(editing) = run.screen.editing() else { return Vec::new() };
    let secret = editing.hidden;
    let Some(said) = run.screen.fill(text) else { return Vec::new() };
    page.typed.clear();
    // A form moves on: the highlight goes to what comes after the box just filled.
    let count = run.screen.view().controls.len();
    page.focus = (page.focus + 1).min(count.saturating_sub(1));
    // What the learner typed is read back, so nothing changes unheard (never a secret).
    let said = match text.trim() {
        typed if !secret && !for_you && !typed.is_empty() => {
            Words::new("practice-box-now").nested("field", editing.label).plain("text", typed)
        }
        "" if !for_you => Words::new("practice-box-unchanged").nested("field", editing.label),
        _ => said,
    };
    run.note = Some(if for_you && secret {
        // Never say a password aloud, even a practice one, right after a lesson that
        // taught never to tell anyone a password.
        PracticeNote::Help(Words::new("practice-help-typed-secret").nested("field", said))
    } else if for_you {
        PracticeNote::Help(Words::new("practice-help-typed").plain("text", text).nested("field", said))
    } else {
        run.help = 0;
        PracticeNote::Did(said)
    });
    settle(state, page, goal)
}

/// After a move: done if the goal is met, else show the screen as it is now.
fn settle(state: &mut State, mut page: StepPage, goal: &Goal) -> Vec<Effect> {
    let met = page.practice.as_ref().is_some_and(|run| run.screen.goal_met(goal));
    if met {
        return step::feedback(state, page, Outcome::Right);
    }
    page.outcome = Outcome::Waiting;
    finish(state, page, Event::Practice)
}

fn reset_page(state: &mut State, mut page: StepPage) -> Vec<Effect> {
    let Some(run) = page.practice.as_mut() else { return Vec::new() };
    run.note = Some(PracticeNote::Reset);
    run.help = 0;
    page.focus = 0;
    page.typed.clear();
    finish(state, page, Event::Practice)
}

/// Starts the practice again from the lesson's starting data. Progress elsewhere is
/// untouched.
fn reset(state: &mut State, ctx: &Context, page: StepPage) -> Vec<Effect> {
    let mut fresh = step::fresh_page(ctx.catalog, page.course, page.lesson, page.step);
    fresh.outcome = Outcome::Waiting;
    reset_page(state, fresh)
}

/// Help on a practice step, one level more each time it is asked for.
pub fn help(state: &mut State, ctx: &Context) -> Vec<Effect> {
    let Page::Step(page) = &state.page else { return Vec::new() };
    let mut page = page.clone();
    let Some(StepBody::Practice { goal: spec, .. }) = crate::tutor::current_step(ctx.catalog, &page).map(|s| &s.body)
    else {
        return Vec::new();
    };
    let goal = resolve(ctx, state, spec);
    let Some(level) = page.practice.as_ref().map(|run| (run.help + 1).min(3)) else { return Vec::new() };
    let mut effects = record(state, ctx, &page, level);
    let Some(run) = page.practice.as_mut() else { return Vec::new() };
    let Some(next) = run.screen.next_move(&goal) else { return Vec::new() };
    run.help = level;
    let controls = run.screen.view().controls;
    let position = |a: &Action| controls.iter().position(|c| &c.action == a);
    let field = || run.screen.editing().map(|e| e.label).unwrap_or_else(|| Words::new("practice-text"));
    let said = match (level, &next) {
        (1, Move::Choose(a)) => match position(a) {
            Some(i) => Words::new("practice-hint-choose").nested("label", controls[i].label.clone()),
            None => return effects,
        },
        (1, Move::Type(_)) => Words::new("practice-hint-type").nested("field", field()),
        (2, Move::Choose(a)) => match position(a) {
            Some(i) => {
                page.focus = i;
                Words::new("practice-show-choose").nested("label", controls[i].label.clone()).number("number", i + 1)
            }
            None => return effects,
        },
        (2, Move::Type(text)) => Words::new("practice-show-type").plain("text", text).nested("field", field()),
        (_, Move::Type(text)) => {
            let text = text.clone();
            effects.extend(fill(state, page, &goal, &text, true));
            // The next part of the task starts again at a hint.
            if let Page::Step(StepPage { practice: Some(run), .. }) = &mut state.page {
                run.help = 0;
            }
            return effects;
        }
        (_, Move::Choose(a)) => {
            let a = a.clone();
            page.focus = position(&a).unwrap_or(0);
            effects.extend(act(state, page, &goal, &a, false));
            if let Page::Step(StepPage { practice: Some(run), .. }) = &mut state.page {
                if let Some(PracticeNote::Did(did)) = run.note.take() {
                    run.note = Some(PracticeNote::Help(Words::new("practice-help-did").nested("did", did)));
                }
                // The next part of the task starts again at a hint.
                run.help = 0;
            }
            return effects;
        }
    };
    run.note = Some(PracticeNote::Help(said));
    effects.extend(finish(state, page, Event::Practice));
    effects
}

fn record(state: &State, ctx: &Context, page: &StepPage, level: u8) -> Vec<Effect> {
    let (Some((learner, _)), Some(course), Some(step)) =
        (&state.learner, ctx.catalog.courses.get(page.course), crate::tutor::current_step(ctx.catalog, page))
    else {
        return Vec::new();
    };
    let lesson = &course.lessons[page.lesson];
    vec![Effect::RecordHelp {
        learner_id: learner.id,
        course_id: course.id.clone(),
        lesson_id: lesson.id.clone(),
        step_id: step.id.clone(),
        level,
    }]
}

/// Whether the screen on show is a practice step still being worked on.
pub fn in_progress(state: &State) -> bool {
    matches!(&state.page, Page::Step(StepPage { practice: Some(_), outcome, .. }) if *outcome != Outcome::Right)
}

/// Words made from practice [`Words`], looking up every message inside them.
pub fn words(i18n: &I18n, w: &Words) -> String {
    let mut args = Args::new();
    for (key, value) in &w.args {
        match value {
            Word::Message(id) => args.set(key, i18n.tr(id)),
            Word::Plain(text) => args.set(key, text.as_str()),
            Word::Number(n) => args.set(key, *n),
            Word::Nested(inner) => args.set(key, words(i18n, inner)),
        };
    }
    i18n.tr_args(w.id, &args)
}

/// Adds the practice screen to a step's screen.
pub fn add(screen: &mut Screen, ctx: &Context, page: &StepPage, run: &PracticeRun) {
    let i18n = ctx.i18n;
    let view = run.screen.view();
    let title = i18n.tr_args("practice-panel-title", &Args::new().with("title", words(i18n, &view.title)));
    let lines = view.lines.iter().flat_map(|l| split(&words(i18n, l))).collect();
    screen.panel = Some(Panel { title, lines });
    screen.items = view.controls.iter().map(|c| words(i18n, &c.label)).collect();
    screen.items.push(i18n.tr("practice-start-again"));
    screen.focus = Some(page.focus.min(screen.items.len() - 1));
    if let Some(editing) = run.screen.editing() {
        let label = words(i18n, &editing.label);
        screen.field = Some(if editing.hidden {
            Field::secret(label, &page.typed)
        } else {
            Field::text(label, page.typed.clone())
        });
    }
}

/// What the tutor says about the last thing that happened on the practice screen.
pub fn note(ctx: &Context, run: &PracticeRun) -> Option<String> {
    let i18n = ctx.i18n;
    Some(match run.note.as_ref()? {
        PracticeNote::Did(did) => words(i18n, did),
        PracticeNote::OffTrack(did, way_back) => {
            format!("{} {} {}", words(i18n, did), i18n.tr("practice-off-track"), words(i18n, way_back))
        }
        PracticeNote::Help(help) => words(i18n, help),
        PracticeNote::Reset => i18n.tr("practice-did-reset"),
        PracticeNote::Spelt(field, text) if text.is_empty() => {
            i18n.tr_args("practice-spelt-nothing", &Args::new().with("field", words(i18n, field)))
        }
        PracticeNote::Spelt(field, text) => {
            let spelt: Vec<String> = text.chars().map(|c| super::typing::char_words(ctx, c)).collect();
            let args = Args::new().with("field", words(i18n, field)).with("text", spelt.join(" "));
            i18n.tr_args("practice-spelt", &args)
        }
    })
}

fn split(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
}
