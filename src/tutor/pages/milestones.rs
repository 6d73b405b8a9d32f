//! "Done for real": the things a learner can go on to do after a course ("I ordered a
//! repeat prescription in the real NHS App"). The learner, or their champion, chooses
//! one to record it with today's date, or chooses it again to take it off; the hub's
//! reports count them, and the certificate lists them.

use crate::i18n::{Args, I18n};
use crate::lesson::Catalog;
use crate::tutor::state::{Event, Item, Overlay, State};
use crate::tutor::update::{close_overlay, list_choice, say};
use crate::tutor::{Effect, Message};

/// Opens the list.
pub fn open(state: &mut State) -> Vec<Effect> {
    state.overlay = Some(Overlay::Milestones { focus: 0 });
    say(state, Event::Arrived)
}

/// A message while the list is open.
pub fn update(state: &mut State, catalog: &Catalog, message: Message) -> Vec<Effect> {
    let chosen = match list_choice(state, catalog, message) {
        Ok(chosen) => chosen,
        Err(effects) => return effects,
    };
    state.overlay = Some(Overlay::Milestones { focus: chosen });
    match state.items(catalog)[chosen] {
        Item::Milestone(i) => toggle(state, catalog, i),
        _ => close_overlay(state),
    }
}

/// Records milestone `i` (today), or takes it off if it was recorded.
fn toggle(state: &mut State, catalog: &Catalog, i: usize) -> Vec<Effect> {
    let all = catalog.milestones();
    let Some((course, milestone)) = all.get(i) else { return Vec::new() };
    let Some((learner, progress)) = state.learner.as_mut() else { return Vec::new() };
    let key = |(c, m, _): &(String, String, String)| *c == course.id && *m == milestone.id;
    let done = !progress.milestones.iter().any(key);
    if done {
        progress.milestones.push((course.id.clone(), milestone.id.clone(), String::new()));
    } else {
        progress.milestones.retain(|row| !key(row));
    }
    let effect = Effect::Milestone {
        learner_id: learner.id,
        course_id: course.id.clone(),
        milestone_id: milestone.id.clone(),
        done,
    };
    // The entry says what changed: "... Done today", or "... Not yet" again.
    let mut effects = vec![effect];
    effects.extend(say(state, Event::Changed));
    effects
}

/// The words of the home entry and of each milestone, with whether (and when) it was done.
pub fn label(state: &State, catalog: &Catalog, i18n: &I18n, item: Item) -> String {
    let recorded = state.progress().map(|p| p.milestones.as_slice()).unwrap_or_default();
    match item {
        Item::DoneForReal => {
            let args = Args::new().with("done", recorded.len()).with("total", catalog.milestones().len());
            i18n.tr_args("milestones-open", &args)
        }
        Item::Milestone(i) => {
            let Some((course, milestone)) = catalog.milestones().get(i).copied() else { return String::new() };
            let words = i18n.tr(&milestone.words);
            let when = recorded.iter().find(|(c, m, _)| *c == course.id && *m == milestone.id).map(|(_, _, at)| at);
            match when {
                None => i18n.tr_args("milestone-not-yet", &Args::new().with("words", words)),
                Some(at) if at.is_empty() => i18n.tr_args("milestone-today", &Args::new().with("words", words)),
                Some(at) => {
                    let date = crate::learner_data::disclosure::date(i18n, at);
                    i18n.tr_args("milestone-done", &Args::new().with("words", words).with("date", date))
                }
            }
        }
        _ => String::new(),
    }
}
