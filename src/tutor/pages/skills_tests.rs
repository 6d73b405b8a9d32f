//! The skills check in the engine: answers are kept going back and forth, saved as
//! they are given, and a check left half done goes on where it stopped.

use crate::domain::learner::{Learner, Progress};
use crate::domain::settings::Settings;
use crate::i18n::{base_language, I18n};
use crate::tutor::plan::{SkillAnswer, SKILLS};
use crate::tutor::*;

fn with_ann(progress: Progress) -> State {
    let ann = Learner { id: 1, name: "Ann".into() };
    let mut state = State::new(vec![ann.clone()], SpeechStatus::OffByChoice, Settings::default());
    state.learner = Some((ann, progress));
    state
}

/// The question on show and the answer highlighted there.
fn at(state: &State) -> (usize, usize) {
    match &state.overlay {
        Some(Overlay::SkillsCheck { index, focus, .. }) => (*index, *focus),
        other => panic!("not in the skills check: {other:?}"),
    }
}

#[test]
fn going_back_keeps_every_answer_and_marks_it() {
    let catalog = Catalog::default();
    let i18n = I18n::built_in(&[base_language()]);
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = with_ann(Progress::default());
    super::skills::start(&mut state);
    assert_eq!(at(&state), (0, 0));
    // "I can do this", "I want to learn this", "I need help with this".
    for (n, choice) in [0, 2, 1].into_iter().enumerate() {
        let effects = update(&mut state, &ctx, Message::Choose(choice));
        let (skill, answer) = (SKILLS[n].1.trim_start_matches("skill-q-"), SkillAnswer::ALL[choice].key());
        assert_eq!(effects[0], Effect::SaveSkillAnswer { learner_id: 1, skill, answer }, "saved as given");
    }
    assert_eq!(at(&state), (3, 0));
    update(&mut state, &ctx, Message::Back);
    assert_eq!(at(&state), (2, 1), "question 3, its answer marked");
    update(&mut state, &ctx, Message::Back);
    assert_eq!(at(&state), (1, 2), "question 2, its answer marked");
    update(&mut state, &ctx, Message::Next);
    assert_eq!(at(&state), (2, 1), "Enter keeps the answer; the next still has its own");
    update(&mut state, &ctx, Message::Back);
    update(&mut state, &ctx, Message::Back);
    update(&mut state, &ctx, Message::Back);
    assert_eq!(state.overlay, None, "back from the first question leaves the check");
    // Opened again (today or another day): on the first question not answered.
    super::skills::start(&mut state);
    assert_eq!(at(&state), (3, 0));
}

#[test]
fn a_check_left_half_done_another_day_goes_on_where_it_stopped() {
    let saved = |n: usize, answer: &str| (SKILLS[n].1.trim_start_matches("skill-q-").to_owned(), answer.to_owned());
    let progress = Progress { skills: vec![saved(0, "can"), saved(1, "help")], ..Progress::default() };
    let mut state = with_ann(progress);
    super::skills::start(&mut state);
    assert_eq!(at(&state), (2, 0));
    let all: Vec<_> = (0..SKILLS.len()).map(|n| saved(n, "learn")).collect();
    let mut state = with_ann(Progress { skills: all, ..Progress::default() });
    super::skills::start(&mut state);
    assert_eq!(at(&state), (0, 2), "all answered: from the start, with the answers marked");
}

#[test]
fn the_last_question_offers_the_reason_the_learner_gave_before_to_keep_or_change() {
    let catalog = Catalog::default();
    let i18n = I18n::built_in(&[base_language()]);
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = with_ann(Progress { reason: Some(2), ..Progress::default() });
    let answers = vec![Some(SkillAnswer::Can); SKILLS.len()];
    state.overlay = Some(Overlay::SkillsCheck { index: SKILLS.len() - 1, answers, focus: 0 });
    update(&mut state, &ctx, Message::Choose(0));
    assert_eq!(at(&state), (SKILLS.len(), 2), "the reason given before is highlighted");
    let body = view(&state, &ctx).body.join(" ");
    assert!(body.contains("Before, you chose My health and the NHS."), "{body}");
    // Changed here: kept as the new reason.
    let effects = update(&mut state, &ctx, Message::Choose(0));
    assert!(effects.contains(&Effect::SetReason { learner_id: 1, reason: 0 }), "{effects:?}");
    assert_eq!(state.progress().and_then(|p| p.reason), Some(0));
}
