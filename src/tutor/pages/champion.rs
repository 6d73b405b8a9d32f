//! Champion mode: the champion PIN, choosing or adding a champion, and their entries.

use crate::domain::learner::{check_name, NameProblem, MAX_NAME_CHARS};
use crate::domain::pin::{self as pin_rule, PinVerdict};
use crate::i18n::{Args, I18n};
use crate::tutor::plan::{SkillAnswer, MATTERS};
use crate::tutor::state::{Event, Item, Page, PinEntryProblem, State};
use crate::tutor::update::{arrive, say};
use crate::tutor::view::{paragraphs, Field, Screen};
use crate::tutor::{Context, Effect, Message};

/// The champion item on the first screen: sign out, or go to the PIN.
pub fn champion_mode(state: &mut State) -> Vec<Effect> {
    if state.champion.take().is_some() {
        return say(state, Event::Arrived);
    }
    arrive(state, Page::ChampionPin { typed: String::new(), first: None, problem: None })
}

/// A message while the PIN is asked for.
pub fn pin(state: &mut State, message: Message) -> Vec<Effect> {
    let Page::ChampionPin { typed, first, problem } = &mut state.page else { return Vec::new() };
    let entered = match message {
        Message::Type(c) if pin_rule::may_type(typed, c) => {
            typed.push(c);
            *problem = None;
            // The digits are not said: someone may be listening.
            return say(state, Event::Quiet);
        }
        Message::RubOut => {
            typed.pop();
            return say(state, Event::Quiet);
        }
        Message::Next | Message::Blank => std::mem::take(typed),
        Message::Submit(line) | Message::Unknown(line) => line.trim().to_owned(),
        Message::Back => return arrive(state, Page::Learners { focus: 0 }),
        _ => return Vec::new(),
    };
    if pin_rule::check_pin(&entered).is_err() {
        *problem = Some(PinEntryProblem::NotFourDigits);
        return say(state, Event::Feedback);
    }
    if state.champion_pin_set {
        typed.clear();
        state.event = Event::Quiet;
        return vec![Effect::CheckChampionPin(entered)];
    }
    match first.take() {
        // First use: the PIN is typed twice, to be sure of it.
        None => {
            *first = Some(entered);
            // A new page: the mistake made before it is not this page's.
            *problem = None;
            say(state, Event::Arrived)
        }
        Some(earlier) if earlier == entered => {
            state.champion_pin_set = true;
            state.event = Event::Quiet;
            vec![Effect::SetChampionPin(entered), Effect::LoadChampions]
        }
        Some(_) => {
            *problem = Some(PinEntryProblem::DoNotMatch);
            say(state, Event::Feedback)
        }
    }
}

/// The shell's answer to a PIN: on to the champions, or "that PIN is not right" (and
/// after many, "please wait", then "ask your champion").
pub fn pin_checked(state: &mut State, verdict: PinVerdict) -> Vec<Effect> {
    let Some(refused) = PinEntryProblem::from_verdict(verdict) else {
        state.event = Event::Quiet;
        return vec![Effect::LoadChampions];
    };
    if let Page::ChampionPin { problem, .. } = &mut state.page {
        *problem = Some(refused);
    }
    say(state, Event::Feedback)
}

/// Choosing on the champions page.
pub fn choose(state: &mut State, item: Item) -> Vec<Effect> {
    match item {
        Item::Champion(i) => {
            state.champion = state.champions.get(i).cloned();
            arrive(state, Page::Learners { focus: 0 })
        }
        Item::AddChampion => arrive(state, Page::NewChampion { name: String::new(), problem: None }),
        Item::HubReport => {
            state.event = Event::Quiet;
            vec![Effect::LoadReport]
        }
        _ => Vec::new(),
    }
}

/// A message while a new champion's name is typed.
pub fn new_champion(state: &mut State, message: Message) -> Vec<Effect> {
    let Page::NewChampion { name, problem } = &mut state.page else { return Vec::new() };
    let typed = match message {
        Message::Type(c) if name.chars().count() < MAX_NAME_CHARS => {
            name.push(c);
            *problem = None;
            return say(state, Event::Typed(c));
        }
        Message::RubOut => {
            return match name.pop() {
                Some(c) => say(state, Event::RubbedOut(c)),
                None => Vec::new(),
            }
        }
        Message::Next | Message::Blank => name.clone(),
        Message::Submit(line) | Message::Unknown(line) => line,
        Message::Back => return arrive(state, Page::Champions { focus: 0 }),
        _ => return Vec::new(),
    };
    let existing: Vec<crate::domain::learner::Learner> = state
        .champions
        .iter()
        .map(|(id, name)| crate::domain::learner::Learner { id: *id, name: name.clone() })
        .collect();
    match check_name(&typed, &existing) {
        Ok(name) => {
            state.event = Event::Quiet;
            vec![Effect::AddChampion(name)]
        }
        Err(reason) => {
            if let Page::NewChampion { problem, .. } = &mut state.page {
                *problem = Some(reason);
            }
            say(state, Event::Feedback)
        }
    }
}

/// The champion PIN page: set it (twice) on first use, then type it.
pub fn pin_page(state: &State, ctx: &Context, first: bool, problem: Option<PinEntryProblem>, typed: &str) -> Screen {
    let body = match (state.champion_pin_set, first) {
        (true, _) => "champion-pin-enter",
        (false, false) => "champion-pin-new",
        (false, true) => "champion-pin-again",
    };
    let mut screen = paragraphs(ctx, "champion-pin-title", body);
    // The digits are never shown: one dot each.
    screen.field = Some(Field::secret(ctx.i18n.tr("champion-pin-label"), typed));
    screen.notice = problem.map(|p| match p {
        // Only a command at the computer opens a locked champion PIN.
        PinEntryProblem::Locked => ctx.i18n.tr("champion-pin-locked"),
        p => pin_problem(ctx, p),
    });
    screen
}

/// Why a PIN was not taken, kindly.
pub fn pin_problem(ctx: &Context, problem: PinEntryProblem) -> String {
    match problem {
        PinEntryProblem::NotFourDigits => ctx.i18n.tr("champion-pin-four-digits"),
        PinEntryProblem::DoNotMatch => ctx.i18n.tr("champion-pin-no-match"),
        PinEntryProblem::Wrong => ctx.i18n.tr("champion-pin-wrong"),
        PinEntryProblem::Wait(seconds) => {
            let seconds = u32::try_from(seconds).unwrap_or(u32::MAX);
            ctx.i18n.tr_args("pin-wait", &Args::new().with("seconds", seconds))
        }
        PinEntryProblem::Locked => ctx.i18n.tr("pin-locked"),
    }
}

/// Typing a new champion's name.
pub fn new_champion_screen(ctx: &Context, name: &str, problem: Option<NameProblem>) -> Screen {
    let mut screen = paragraphs(ctx, "champion-new-title", "champion-new-body");
    screen.field = Some(Field::text(ctx.i18n.tr("champion-new-label"), name.to_owned()));
    screen.notice = problem.map(|p| match p {
        NameProblem::Empty => ctx.i18n.tr("name-empty"),
        NameProblem::TooLong => ctx.i18n.tr_args("name-too-long", &Args::new().with("max", MAX_NAME_CHARS)),
        NameProblem::Taken => ctx.i18n.tr_args("champion-name-taken", &Args::new().with("name", name.trim())),
        NameProblem::OnlyDigits => ctx.i18n.tr("name-digits"),
    });
    screen
}

/// The labels of champion-mode and question entries.
pub fn label(state: &State, i18n: &I18n, item: Item) -> String {
    match item {
        Item::ChampionMode => match &state.champion {
            Some((_, name)) => i18n.tr_args("champion-sign-out", &Args::new().with("name", name.as_str())),
            None => i18n.tr("champion-sign-in"),
        },
        Item::Champion(i) => state.champions.get(i).map(|(_, name)| name.clone()).unwrap_or_default(),
        Item::AddChampion => i18n.tr("champion-add"),
        Item::HubReport => i18n.tr("champion-report"),
        Item::Score(n) => i18n.tr_args("ask-score", &Args::new().with("score", u32::from(n))),
        Item::Yes => i18n.tr("ask-yes"),
        Item::No => i18n.tr("ask-no"),
        Item::MyPlan => i18n.tr("plan-open"),
        Item::SkillsCheck => i18n.tr("skills-check-open"),
        Item::Answer(answer) => i18n.tr(match answer {
            SkillAnswer::Can => "skills-can",
            SkillAnswer::NeedHelp => "skills-need-help",
            SkillAnswer::WantToLearn => "skills-want-to-learn",
        }),
        Item::Matters(i) => MATTERS.get(i).map(|(id, _)| i18n.tr(id)).unwrap_or_default(),
        Item::PlanDone => i18n.tr("plan-done"),
        Item::PlanSkip => i18n.tr("plan-skip"),
        _ => String::new(),
    }
}
