//! The one place the tutor's state changes: `update(state, message) -> effects`.
//! Pure: no I/O, so every behaviour can be tested as a table of messages.

use super::pages::home;
use super::pages::{ask, champion, milestones, pin, practice, settings, skills, step, step_help};
use super::state::{Event, Overlay, Page, State, Then};
use super::{Context, Effect, Message};
use crate::lesson::Command;

/// Applies one message to the state and says what the shell should do next.
pub fn update(state: &mut State, ctx: &Context, message: Message) -> Vec<Effect> {
    let effects = dispatch(state, ctx, message);
    // Whatever opened a lesson, a course in English is said to be, once.
    super::english::tell_once(state, ctx);
    effects
}

fn dispatch(state: &mut State, ctx: &Context, message: Message) -> Vec<Effect> {
    if !message.is_reply() {
        state.alert = None;
    }
    match message {
        message if super::saving::is_news(&message) => {
            super::saving::update(state, &message);
            Vec::new()
        }
        Message::Speech(status) => {
            // Only the status line changes: what was last announced stays as it was.
            state.speech = status;
            Vec::new()
        }
        Message::LearnerReady { learner, progress, new, settings } => {
            state.learners.retain(|l| l.id != learner.id);
            state.learners.push(learner.clone());
            state.learners.sort_by_key(|l| l.name.to_lowercase());
            state.learner = Some((learner, progress));
            state.overlay = None;
            // Each learner is told, once, which courses are in English.
            state.told_in_english.clear();
            // Their own settings, or (for someone new) the ones just set up for them.
            if let Some(settings) = settings {
                state.settings = settings;
            }
            let learner_id = state.learner.as_ref().map_or(0, |(l, _)| l.id);
            let champion_id = state.champion.as_ref().map(|(id, _)| *id);
            state.session_open = true;
            let mut effects =
                vec![Effect::ApplySettings(state.settings.clone()), Effect::StartSession { learner_id, champion_id }];
            if new && ctx.catalog.lesson(0, 0).is_some() {
                state.page = Page::Courses { focus: state.home_focus(ctx.catalog) };
                effects.extend(step::start_lesson(state, ctx.catalog, 0, 0));
            } else {
                effects.extend(arrive(state, Page::Courses { focus: state.home_focus(ctx.catalog) }));
            }
            effects
        }
        Message::FocusOn(n) => focus_on(state, ctx, n),
        Message::Silence => {
            state.event = Event::Quiet;
            vec![Effect::StopSpeech]
        }
        Message::OpenSettings if matches!(state.overlay, Some(Overlay::Settings { .. })) => close_overlay(state),
        Message::OpenSettings => open_overlay(state, Overlay::Settings { focus: 0 }),
        // Offer plain mode (in the full-screen view) and to turn Signpost's voice off.
        Message::ScreenReaderFound(name) if state.settings.speech || state.full_screen => {
            open_overlay(state, Overlay::ScreenReader { name, focus: 0 })
        }
        Message::ScreenReaderFound(_) => Vec::new(),
        // Input ended: no one is there to answer the feedback questions.
        Message::EndOfInput if state.session_open => {
            state.session_open = false;
            vec![Effect::EndSession { useful: None, helpful: None, notes: String::new() }, Effect::Quit]
        }
        Message::EndOfInput => vec![Effect::Quit],
        Message::ChampionPinChecked(verdict) => champion::pin_checked(state, verdict),
        Message::TextReady { title, lines } => open_overlay(state, Overlay::Text { title, lines }),
        Message::LearnerPinChecked { learner_id, verdict } => pin::learner_pin_checked(state, learner_id, verdict),
        Message::ChampionsLoaded(champions) => {
            state.champions = champions;
            arrive(state, Page::Champions { focus: 0 })
        }
        Message::ChampionReady(id, name) => {
            state.champions.push((id, name.clone()));
            state.champion = Some((id, name));
            arrive(state, Page::Learners { focus: 0 })
        }
        // On a command step that asks for it, repeat says the whole step again with
        // "well done" at the end, instead of the last words said.
        Message::Repeat if step::command_used(state, ctx.catalog, Command::Repeat) => {
            state.event = Event::Repeat;
            vec![Effect::Announce]
        }
        // Repeat says the whole page again, choices included, never only the last notice.
        Message::Repeat => say(state, Event::Repeat),
        Message::Where => {
            step::command_used(state, ctx.catalog, Command::Where);
            state.event = Event::Where;
            vec![Effect::Announce]
        }
        Message::Quit => {
            step::command_used(state, ctx.catalog, Command::Quit);
            open_overlay(state, Overlay::ConfirmQuit { focus: 0 })
        }
        // Help again over the help page of a step still waiting: on to "show me".
        Message::Help if state.overlay == Some(Overlay::Help) && step_help::waiting(state, ctx) => {
            step_help::help(state, ctx)
        }
        Message::Help if state.overlay == Some(Overlay::Help) => close_overlay(state),
        // On a practice screen, help is a hint, then "show me", then "do it for me".
        Message::Help if state.overlay.is_none() && practice::in_progress(state) => practice::help(state, ctx),
        Message::Help if step::command_used(state, ctx.catalog, Command::Help) => open_overlay(state, Overlay::Help),
        // On a step waiting for an answer: the help page, then "show me", then "do it".
        Message::Help if state.overlay.is_none() && step_help::waiting(state, ctx) => step_help::help(state, ctx),
        Message::Help => open_overlay(state, Overlay::Help),
        message => match state.overlay {
            Some(Overlay::ConfirmQuit { focus }) => confirm_quit(state, ctx, focus, message),
            Some(Overlay::Ask { .. }) => ask::update(state, ctx.catalog, message),
            Some(Overlay::Notes { .. }) => ask::notes(state, ctx.catalog, message),
            Some(Overlay::SetPin { .. }) => pin::set_pin(state, message),
            // Reading: any answer goes back to where it was opened from.
            Some(Overlay::Text { .. }) => close_overlay(state),
            Some(Overlay::SkillsCheck { .. } | Overlay::Plan { .. }) => skills::update(state, ctx.catalog, message),
            Some(Overlay::Milestones { .. }) => milestones::update(state, ctx.catalog, message),
            Some(
                Overlay::Settings { .. }
                | Overlay::CompareThemes { .. }
                | Overlay::ScreenReader { .. }
                | Overlay::Languages { .. },
            ) => settings::update(state, ctx, message),
            Some(Overlay::Help) => match message {
                Message::Next | Message::Blank | Message::Back => close_overlay(state),
                // Anything else closes help and then does what it says.
                other => {
                    state.overlay = None;
                    page_update(state, ctx, other)
                }
            },
            None => page_update(state, ctx, message),
        },
    }
}

fn page_update(state: &mut State, ctx: &Context, message: Message) -> Vec<Effect> {
    match state.page {
        Page::Step(_) => step::update(state, ctx, message),
        Page::NewLearner { .. } => home::new_learner(state, ctx.catalog, message),
        Page::ChampionPin { .. } => champion::pin(state, message),
        Page::NewChampion { .. } => champion::new_champion(state, message),
        Page::LearnerPin { .. } => pin::learner_pin(state, message),
        _ => home::list(state, ctx.catalog, message),
    }
}

/// Shows `page` and announces it.
pub(super) fn arrive(state: &mut State, page: Page) -> Vec<Effect> {
    state.page = page;
    state.event = Event::Arrived;
    vec![Effect::Announce]
}

/// Says something about the current page (feedback, a nudge, a moved highlight).
pub(super) fn say(state: &mut State, event: Event) -> Vec<Effect> {
    state.event = event;
    vec![Effect::Announce]
}

pub(super) fn open_overlay(state: &mut State, overlay: Overlay) -> Vec<Effect> {
    state.overlay = Some(overlay);
    say(state, Event::Arrived)
}

pub(super) fn close_overlay(state: &mut State) -> Vec<Effect> {
    state.overlay = None;
    say(state, Event::Arrived)
}

fn confirm_quit(state: &mut State, ctx: &Context, focus: usize, message: Message) -> Vec<Effect> {
    const KEEP_GOING: usize = 0;
    const STOP: usize = 1;
    let chosen = match message {
        Message::Up | Message::Down => {
            let focus = if message == Message::Up { KEEP_GOING } else { STOP };
            state.overlay = Some(Overlay::ConfirmQuit { focus });
            return say(state, Event::Focus);
        }
        Message::Next => focus,
        Message::Choose(n) if n <= STOP => n,
        Message::Back => KEEP_GOING,
        Message::Key(_) | Message::Type(_) | Message::RubOut => return Vec::new(),
        _ => return say(state, Event::Nudge),
    };
    if chosen == STOP {
        state.overlay = None;
        // With a champion signed in, a learner who stops goes back to the champion's
        // list for the next learner; the champion stops Signpost from there.
        let then = if state.champion.is_some() && state.learner.is_some() { Then::LeaveLearner } else { Then::Quit };
        ask::end_session(state, ctx.catalog, then)
    } else {
        close_overlay(state)
    }
}

/// Moves the highlight to entry `n` as the arrow keys would, one entry at a time, so
/// every page keeps its own rules for moving; only the last move is said.
fn focus_on(state: &mut State, ctx: &Context, n: usize) -> Vec<Effect> {
    if n >= state.items(ctx.catalog).len() {
        return say(state, Event::Nudge);
    }
    let mut effects = Vec::new();
    for _ in 0..state.items(ctx.catalog).len() {
        let Some(focus) = state.focus() else { break };
        let towards = match n.cmp(&focus) {
            std::cmp::Ordering::Less => Message::Up,
            std::cmp::Ordering::Greater => Message::Down,
            std::cmp::Ordering::Equal => break,
        };
        effects = update(state, ctx, towards);
    }
    if effects.is_empty() {
        effects = say(state, Event::Focus);
    }
    effects
}

/// A message on a list over the page (the plan, the skills check, done for real): Up
/// and Down move the highlight and say it, Escape closes the list, Enter or a number
/// chooses. The place of the entry chosen, or what was done instead.
pub fn list_choice(
    state: &mut State,
    catalog: &crate::lesson::Catalog,
    message: Message,
) -> Result<usize, Vec<Effect>> {
    let count = state.items(catalog).len();
    let focus = state.focus().unwrap_or(0);
    match message {
        Message::Up | Message::Down => {
            let moved =
                if message == Message::Up { focus.saturating_sub(1) } else { (focus + 1).min(count.saturating_sub(1)) };
            if let Some(highlight) = state.overlay_focus_mut() {
                *highlight = moved;
            }
            Err(say(state, Event::Focus))
        }
        Message::Next => Ok(focus),
        Message::Choose(n) if n < count => Ok(n),
        Message::Back => Err(close_overlay(state)),
        Message::Key(_) | Message::Type(_) | Message::RubOut => Err(Vec::new()),
        _ => Err(say(state, Event::Nudge)),
    }
}
