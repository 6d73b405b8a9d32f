//! Champion mode: the champion PIN (set on first use, typed twice; stored hashed by the
//! shell), signing in as a champion or adding one, and signing out.

use super::state::{Event, Item, Page, PinProblem, State};
use super::update::{arrive, say};
use super::{Effect, Message};
use crate::domain::learner::{check_name, MAX_NAME_CHARS};

/// The length of a champion PIN.
pub const PIN_DIGITS: usize = 4;

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
        Message::Type(c) if c.is_ascii_digit() && typed.len() < PIN_DIGITS => {
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
    if entered.len() != PIN_DIGITS || !entered.chars().all(|c| c.is_ascii_digit()) {
        *problem = Some(PinProblem::NotFourDigits);
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
            say(state, Event::Arrived)
        }
        Some(earlier) if earlier == entered => {
            state.champion_pin_set = true;
            state.event = Event::Quiet;
            vec![Effect::SetChampionPin(entered), Effect::LoadChampions]
        }
        Some(_) => {
            *problem = Some(PinProblem::DoNotMatch);
            say(state, Event::Feedback)
        }
    }
}

/// The shell's answer to a PIN: on to the champions, or "that PIN is not right".
pub fn pin_checked(state: &mut State, ok: bool) -> Vec<Effect> {
    if ok {
        state.event = Event::Quiet;
        return vec![Effect::LoadChampions];
    }
    if let Page::ChampionPin { problem, .. } = &mut state.page {
        *problem = Some(PinProblem::Wrong);
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
