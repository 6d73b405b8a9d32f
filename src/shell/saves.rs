//! The learner's saves as the shell carries them out, and the ones that wait after a
//! failure. A save that fails (a full disk, a read-only folder, a pulled USB stick) is
//! kept here, in order, and tried again before every later save, so nothing is lost
//! while the disk is back, nothing is saved out of order, and nothing already saved is
//! touched.

use crate::domain::learner::Moment;
use crate::domain::settings::Settings;
use crate::store::{Store, StoreError};
use crate::tutor::Effect;

/// One learner action that writes to the progress file.
#[derive(Debug, Clone, PartialEq)]
pub enum Save {
    Step { learner_id: i64, course_id: String, lesson_id: String, step_id: String },
    Help { learner_id: i64, course_id: String, lesson_id: String, step_id: String, level: u8 },
    Complete { learner_id: i64, course_id: String, lesson_id: String },
    Settings { learner_id: i64, settings: Settings },
    EndSession { id: i64, useful: Option<bool>, helpful: Option<bool>, notes: String },
    ChampionPin(String),
    LearnerPin { learner_id: i64, pin: Option<String> },
    Plan { learner_id: i64, plan: Vec<(String, String)> },
    Reason { learner_id: i64, reason: usize },
    SkillsAndPlan { learner_id: i64, answers: Vec<(&'static str, &'static str)>, plan: Vec<(String, String)> },
    Confidence { learner_id: i64, course_id: String, moment: Moment, score: u8 },
    SkillAnswer { learner_id: i64, skill: &'static str, answer: &'static str },
    Milestone { learner_id: i64, course_id: String, milestone_id: String, done: bool },
}

impl Save {
    /// The save an effect asks for (`session`: the open session's id); `None` for an
    /// effect that does not write, or a session end with no session open.
    pub fn from_effect(effect: Effect, session: Option<i64>) -> Option<Save> {
        Some(match effect {
            Effect::SaveStep { learner_id, course_id, lesson_id, step_id } => {
                Save::Step { learner_id, course_id, lesson_id, step_id }
            }
            Effect::RecordHelp { learner_id, course_id, lesson_id, step_id, level } => {
                Save::Help { learner_id, course_id, lesson_id, step_id, level }
            }
            Effect::CompleteLesson { learner_id, course_id, lesson_id } => {
                Save::Complete { learner_id, course_id, lesson_id }
            }
            Effect::EndSession { useful, helpful, notes } => match session {
                Some(id) => Save::EndSession { id, useful, helpful, notes },
                None => return None,
            },
            Effect::SetChampionPin(pin) => Save::ChampionPin(pin),
            Effect::SetLearnerPin { learner_id, pin } => Save::LearnerPin { learner_id, pin },
            Effect::SetPlan { learner_id, plan } => Save::Plan { learner_id, plan },
            Effect::SetReason { learner_id, reason } => Save::Reason { learner_id, reason },
            Effect::SavePlan { learner_id, answers, plan } => Save::SkillsAndPlan { learner_id, answers, plan },
            Effect::RecordConfidence { learner_id, course_id, moment, score } => {
                Save::Confidence { learner_id, course_id, moment, score }
            }
            Effect::SaveSkillAnswer { learner_id, skill, answer } => Save::SkillAnswer { learner_id, skill, answer },
            Effect::Milestone { learner_id, course_id, milestone_id, done } => {
                Save::Milestone { learner_id, course_id, milestone_id, done }
            }
            _ => return None,
        })
    }

    /// Writes it: each one is a single transaction in the store.
    pub fn write(&self, store: &Store) -> Result<(), StoreError> {
        match self {
            Save::Step { learner_id, course_id, lesson_id, step_id } => {
                store.save_step(*learner_id, course_id, lesson_id, step_id)
            }
            Save::Help { learner_id, course_id, lesson_id, step_id, level } => {
                store.record_help(*learner_id, course_id, lesson_id, step_id, *level)
            }
            Save::Complete { learner_id, course_id, lesson_id } => {
                store.complete_lesson(*learner_id, course_id, lesson_id)
            }
            Save::Settings { learner_id, settings } => store.save_settings(*learner_id, settings),
            Save::EndSession { id, useful, helpful, notes } => store.end_session(*id, *useful, *helpful, notes),
            Save::ChampionPin(pin) => store.set_champion_pin(pin),
            Save::LearnerPin { learner_id, pin } => store.set_learner_pin(*learner_id, pin.as_deref()),
            Save::Plan { learner_id, plan } => store.set_plan(*learner_id, plan),
            Save::Reason { learner_id, reason } => store.set_reason(*learner_id, *reason),
            Save::SkillsAndPlan { learner_id, answers, plan } => store.save_plan(*learner_id, answers, plan),
            Save::Confidence { learner_id, course_id, moment, score } => {
                store.record_confidence(*learner_id, course_id, *moment, *score)
            }
            Save::SkillAnswer { learner_id, skill, answer } => store.save_skill_answer(*learner_id, skill, answer),
            Save::Milestone { learner_id, course_id, milestone_id, done: true } => {
                store.record_milestone(*learner_id, course_id, milestone_id)
            }
            Save::Milestone { learner_id, course_id, milestone_id, done: false } => {
                store.forget_milestone(*learner_id, course_id, milestone_id)
            }
        }
    }
}

/// What came of saving, for the engine to hear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Saved, with everything that waited before it.
    Saved,
    /// Not saved: it waits, with anything before it.
    Failed,
    /// The learner is no longer in the file: their saves are dropped.
    LearnerGone,
}

/// The saves not made yet, oldest first.
#[derive(Debug, Default)]
pub struct Pending {
    waiting: Vec<Save>,
}

impl Pending {
    /// Saves `save` after everything still waiting, in order; stops at the first that
    /// fails, keeping it and everything after it for the next try.
    pub fn save(&mut self, store: &Store, save: Option<Save>) -> Outcome {
        self.waiting.extend(save);
        let mut gone = false;
        while let Some(next) = self.waiting.first() {
            match next.write(store) {
                Ok(()) => {}
                Err(e) if e.learner_gone() => {
                    log::warn!("not saved: {e}");
                    gone = true;
                }
                Err(e) => {
                    log::error!("{e} ({} save(s) waiting, tried again with the next)", self.waiting.len());
                    return Outcome::Failed;
                }
            }
            self.waiting.remove(0);
        }
        if gone {
            Outcome::LearnerGone
        } else {
            Outcome::Saved
        }
    }

    /// True while some save has not been made.
    pub fn any(&self) -> bool {
        !self.waiting.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(learner_id: i64, step_id: &str) -> Option<Save> {
        let (course_id, lesson_id, step_id) = ("gs".into(), "keys".into(), step_id.into());
        Some(Save::Step { learner_id, course_id, lesson_id, step_id })
    }

    #[test]
    fn saves_that_fail_wait_in_order_and_go_through_when_the_disk_is_back() {
        let store = Store::open_in_memory().unwrap();
        let ann = store.add_learner("Ann").unwrap();
        let mut pending = Pending::default();
        assert_eq!(pending.save(&store, step(ann.id, "1")), Outcome::Saved);
        store.refuse_writes(true);
        assert_eq!(pending.save(&store, step(ann.id, "2")), Outcome::Failed);
        assert_eq!(pending.save(&store, step(ann.id, "3")), Outcome::Failed);
        assert!(pending.any());
        store.refuse_writes(false);
        assert_eq!(pending.save(&store, None), Outcome::Saved, "tried again, in order");
        assert!(!pending.any());
        let record = store.learner_record(ann.id).unwrap();
        let steps: Vec<&str> = record.step_event.iter().map(|e| e.step_id.as_str()).collect();
        assert_eq!(steps, ["1", "2", "3"]);
        assert_eq!(store.progress(ann.id).unwrap().lesson("gs", "keys").unwrap().step_id, "3");
    }

    #[test]
    fn saves_for_a_learner_erased_meanwhile_are_dropped() {
        let store = Store::open_in_memory().unwrap();
        let zeb = store.add_learner("Zebediah").unwrap();
        let mut pending = Pending::default();
        store.refuse_writes(true);
        assert_eq!(pending.save(&store, step(zeb.id, "1")), Outcome::Failed);
        store.refuse_writes(false);
        store.erase_learner(zeb.id).unwrap();
        assert_eq!(pending.save(&store, step(zeb.id, "2")), Outcome::LearnerGone);
        assert!(!pending.any(), "nothing waits for ever");
    }
}
