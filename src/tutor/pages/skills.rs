//! The skills check (run by a champion with the learner) and the learner's plan.

use super::step;
use crate::i18n::Args;
use crate::lesson::Catalog;
use crate::tutor::plan::{make_plan, SkillAnswer, MATTERS, SKILLS};
use crate::tutor::state::{Event, Item, Overlay, State};
use crate::tutor::update::{close_overlay, list_choice, say};
use crate::tutor::view::{lines, Screen};
use crate::tutor::{Context, Effect, Message};

/// Starts the skills check with the answers the learner has given before: at the first
/// question not yet answered (a check left half done goes on where it stopped), or at
/// the first, with their answers marked, to go through again.
pub fn start(state: &mut State) -> Vec<Effect> {
    let saved = state.progress().map(|p| p.skills.clone()).unwrap_or_default();
    let answers: Vec<Option<SkillAnswer>> = SKILLS
        .iter()
        .map(|(_, id)| {
            let key = id.trim_start_matches("skill-q-");
            saved.iter().find(|(skill, _)| skill == key).and_then(|(_, answer)| SkillAnswer::from_key(answer))
        })
        .collect();
    let index = answers.iter().position(Option::is_none).unwrap_or(0);
    let focus = marked(&answers, index, reason(state));
    state.overlay = Some(Overlay::SkillsCheck { index, answers, focus });
    say(state, Event::Arrived)
}

/// Where the highlight starts on question `index`: on the answer given before, if any;
/// on the last question, on what matters most to the learner as they said before.
fn marked(answers: &[Option<SkillAnswer>], index: usize, reason: Option<usize>) -> usize {
    if index == SKILLS.len() {
        return reason.unwrap_or(0);
    }
    let given = answers.get(index).copied().flatten();
    given.and_then(|a| SkillAnswer::ALL.iter().position(|x| *x == a)).unwrap_or(0)
}

/// What matters most to the learner, as they said before (in Finding your reason).
fn reason(state: &State) -> Option<usize> {
    state.progress().and_then(|p| p.reason)
}

/// Opens the learner's plan.
pub fn open_plan(state: &mut State) -> Vec<Effect> {
    state.overlay = Some(Overlay::Plan { focus: 0 });
    say(state, Event::Arrived)
}

/// A message while the skills check or the plan is open.
pub fn update(state: &mut State, catalog: &Catalog, message: Message) -> Vec<Effect> {
    if message == Message::Back {
        return back(state);
    }
    let chosen = match list_choice(state, catalog, message) {
        Ok(chosen) => chosen,
        Err(effects) => return effects,
    };
    match state.items(catalog)[chosen] {
        Item::Answer(answer) => next_question(state, answer),
        Item::Matters(matters) => finish(state, catalog, matters),
        Item::PlanLesson(i) => {
            let lesson = state.progress().and_then(|p| p.plan.get(i)).and_then(|(c, l)| catalog.find(c, l));
            state.overlay = None;
            match lesson {
                Some((course, lesson)) => step::start_lesson(state, catalog, course, lesson),
                None => say(state, Event::Arrived),
            }
        }
        Item::PlanSkip => skip_next(state, catalog),
        _ => close_overlay(state),
    }
}

/// Takes the first lesson not yet done off the plan, and saves the plan.
fn skip_next(state: &mut State, catalog: &Catalog) -> Vec<Effect> {
    let next = state.plan_next(catalog);
    let Some((learner, progress)) = state.learner.as_mut() else { return Vec::new() };
    if let Some((course, lesson)) = next {
        let (c, l) = (&catalog.courses[course].id, &catalog.courses[course].lessons[lesson].id);
        progress.plan.retain(|(pc, pl)| !(pc == c && pl == l));
    }
    let mut effects = vec![Effect::SetPlan { learner_id: learner.id, plan: progress.plan.clone() }];
    if let Some(Overlay::Plan { focus }) = &mut state.overlay {
        *focus = 0;
    }
    effects.extend(say(state, Event::Arrived));
    effects
}

/// Back one question, its answer kept and marked; from the first, out of the check
/// (every answer is kept, to finish later).
fn back(state: &mut State) -> Vec<Effect> {
    let reason = reason(state);
    match &mut state.overlay {
        Some(Overlay::SkillsCheck { index, answers, focus }) if *index > 0 => {
            *index -= 1;
            *focus = marked(answers, *index, reason);
            say(state, Event::Arrived)
        }
        _ => close_overlay(state),
    }
}

/// Keeps the answer (saved at once, so the check can be finished another day) and goes
/// to the next question.
fn next_question(state: &mut State, answer: SkillAnswer) -> Vec<Effect> {
    let reason = reason(state);
    let Some(Overlay::SkillsCheck { index, answers, focus }) = &mut state.overlay else { return Vec::new() };
    let asked = *index;
    if let Some(slot) = answers.get_mut(asked) {
        *slot = Some(answer);
    }
    *index += 1;
    *focus = marked(answers, *index, reason);
    let mut effects = Vec::new();
    if let (Some((learner, progress)), Some((_, id))) = (state.learner.as_mut(), SKILLS.get(asked)) {
        let skill = id.trim_start_matches("skill-q-");
        progress.skills.retain(|(s, _)| s != skill);
        progress.skills.push((skill.to_owned(), answer.key().to_owned()));
        effects.push(Effect::SaveSkillAnswer { learner_id: learner.id, skill, answer: answer.key() });
    }
    effects.extend(say(state, Event::Arrived));
    effects
}

/// The last answer (what matters most): make the plan, save it, and show it.
fn finish(state: &mut State, catalog: &Catalog, matters: usize) -> Vec<Effect> {
    let Some(Overlay::SkillsCheck { answers, .. }) = state.overlay.clone() else { return Vec::new() };
    // Every question was answered on the way here; an unanswered one counts as known.
    let answers: Vec<SkillAnswer> = answers.iter().map(|a| a.unwrap_or(SkillAnswer::Can)).collect();
    let plan = make_plan(catalog, &answers, matters);
    let Some((learner, progress)) = state.learner.as_mut() else { return Vec::new() };
    progress.plan = plan.clone();
    progress.reason = Some(matters);
    let keys = SKILLS.iter().zip(&answers).map(|((_, id), a)| (id.trim_start_matches("skill-q-"), a.key())).collect();
    let mut effects = vec![
        Effect::SavePlan { learner_id: learner.id, answers: keys, plan },
        Effect::SetReason { learner_id: learner.id, reason: matters },
    ];
    effects.extend(open_plan(state));
    effects
}

/// A question of the skills check: a skill, or at the end, what matters most (offering
/// what the learner said before, to keep or change).
pub fn skills_question(state: &State, ctx: &Context, index: usize) -> Screen {
    let i18n = ctx.i18n;
    let args = Args::new().with("number", index + 1).with("total", SKILLS.len() + 1);
    let mut body = match SKILLS.get(index) {
        Some((_, id)) => lines(&i18n.tr(id)),
        None => lines(&i18n.tr("skills-matters")),
    };
    let before = reason(state).and_then(|r| MATTERS.get(r)).filter(|_| index == SKILLS.len());
    if let Some((words, _)) = before {
        body.extend(lines(&i18n.tr_args("skills-matters-before", &Args::new().with("reason", i18n.tr(words)))));
    }
    Screen { title: i18n.tr_args("skills-title", &args), body, ..Screen::default() }
}
