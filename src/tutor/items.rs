//! The entries of each list page and overlay, and which one is highlighted. Update acts
//! on them and the view names them, so the two never disagree.

use super::state::{Overlay, Page, Question, State};
use crate::domain::settings::Theme;
use crate::lesson::Catalog;

/// The highlight of an overlay that has one (a list or a question over the page), as a
/// reference of the same kind as `$overlay`: the one list of such overlays.
macro_rules! overlay_focus {
    ($overlay:expr) => {
        match $overlay {
            Some(
                Overlay::ConfirmQuit { focus }
                | Overlay::Settings { focus }
                | Overlay::ScreenReader { focus, .. }
                | Overlay::CompareThemes { focus, .. }
                | Overlay::Languages { focus }
                | Overlay::Ask { focus, .. }
                | Overlay::SkillsCheck { focus, .. }
                | Overlay::Plan { focus }
                | Overlay::Milestones { focus },
            ) => Some(focus),
            Some(Overlay::Help | Overlay::Notes { .. } | Overlay::SetPin { .. } | Overlay::Text { .. }) | None => None,
        }
    };
}

/// The entries of a list page, in order. Update acts on them and view names them, so
/// the two never disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Learner(usize),
    AddLearner,
    Resume {
        course: usize,
        lesson: usize,
    },
    Course(usize),
    SomeoneElse,
    /// "Carry on" when no lesson is part way through: shown, so numbers stay put.
    NothingToResume,
    Lesson(usize),
    NextLesson(usize),
    /// The first lesson of the next course, after the last lesson of a course.
    NextCourse(usize),
    BackToLessons,
    BackToCourses,
    KeepGoing,
    Stop,
    OpenSettings,
    SettingTheme,
    SettingCompare,
    SettingLargePrint,
    SettingSpeech,
    SettingRate,
    SettingShortcuts,
    SettingLanguage,
    /// The learner's own PIN: set one, or turn it off.
    SettingPin,
    /// "What Signpost keeps about me".
    SettingMyData,
    SettingsDone,
    /// Use theme number `n` (of [`Theme::ALL`]) from the comparison.
    UseTheme(usize),
    NextThemes,
    ThemesDone,
    /// Leave the full-screen view for plain mode (a screen reader reads it best).
    UsePlain,
    VoiceOff,
    VoiceOn,
    /// Open the list of languages (from the first screen).
    ChooseLanguage,
    /// Use language number `n` of [`State::languages`].
    Language(usize),
    /// Champion mode: sign in (PIN first), or sign out.
    ChampionMode,
    Champion(usize),
    AddChampion,
    /// The hub's report, for a champion.
    HubReport,
    /// An answer from 1 to 5.
    Score(u8),
    /// The next lesson of the learner's plan.
    PlanNext(usize, usize),
    MyPlan,
    /// "Done for real": the things a learner can go on to do after a course.
    DoneForReal,
    /// One of them, by its place in [`crate::lesson::Catalog::milestones`].
    Milestone(usize),
    SkillsCheck,
    Answer(super::plan::SkillAnswer),
    /// What matters most (index of [`super::plan::MATTERS`]).
    Matters(usize),
    /// Lesson `n` of the plan.
    PlanLesson(usize),
    /// Take the plan's next lesson off it (the learner changes their plan).
    PlanSkip,
    PlanDone,
    Yes,
    No,
}

impl State {
    /// The entries of the list on screen, if it is a list.
    pub fn items(&self, catalog: &Catalog) -> Vec<Item> {
        match self.overlay {
            Some(Overlay::ConfirmQuit { .. }) => return vec![Item::KeepGoing, Item::Stop],
            Some(Overlay::Notes { .. } | Overlay::SetPin { .. } | Overlay::Text { .. }) => return Vec::new(),
            Some(Overlay::Settings { .. }) => {
                let mut items = vec![
                    Item::SettingTheme,
                    Item::SettingCompare,
                    Item::SettingLargePrint,
                    Item::SettingSpeech,
                    Item::SettingRate,
                    Item::SettingShortcuts,
                ];
                if self.full_screen {
                    items.push(Item::UsePlain);
                }
                if self.languages.len() > 1 {
                    items.push(Item::SettingLanguage);
                }
                if self.learner.is_some() {
                    items.extend([Item::SettingPin, Item::SettingMyData]);
                }
                items.push(Item::SettingsDone);
                return items;
            }
            Some(Overlay::CompareThemes { first, .. }) => {
                let second = (first + 1) % Theme::ALL.len();
                return vec![Item::UseTheme(first), Item::UseTheme(second), Item::NextThemes, Item::ThemesDone];
            }
            Some(Overlay::ScreenReader { .. }) => {
                let plain = self.full_screen.then_some(Item::UsePlain);
                let voice_off = self.settings.speech.then_some(Item::VoiceOff);
                return plain.into_iter().chain(voice_off).chain([Item::VoiceOn]).collect();
            }
            Some(Overlay::Languages { .. }) => return (0..self.languages.len()).map(Item::Language).collect(),
            Some(Overlay::Ask { question: Question::Confidence { .. }, .. }) => {
                return (1..=5).map(Item::Score).collect()
            }
            Some(Overlay::Ask { .. }) => return vec![Item::Yes, Item::No],
            Some(Overlay::SkillsCheck { index, .. }) if index < super::plan::SKILLS.len() => {
                return super::plan::SkillAnswer::ALL.map(Item::Answer).to_vec();
            }
            Some(Overlay::SkillsCheck { .. }) => return (0..super::plan::MATTERS.len()).map(Item::Matters).collect(),
            Some(Overlay::Milestones { .. }) => {
                return (0..catalog.milestones().len()).map(Item::Milestone).chain([Item::BackToCourses]).collect()
            }
            Some(Overlay::Plan { .. }) => {
                let count = self.progress().map_or(0, |p| p.plan.len());
                let skip = (count > 0).then_some(Item::PlanSkip);
                return (0..count).map(Item::PlanLesson).chain(skip).chain([Item::PlanDone]).collect();
            }
            Some(Overlay::Help) | None => {}
        }
        match &self.page {
            Page::Learners { .. } => {
                let language = (self.languages.len() > 1).then_some(Item::ChooseLanguage);
                (0..self.learners.len())
                    .map(Item::Learner)
                    .chain([Item::AddLearner])
                    .chain(language)
                    .chain([Item::OpenSettings, Item::ChampionMode])
                    .collect()
            }
            // Numbers stay put for a learner who learns them by heart: "carry on" is
            // always 1 (unavailable when there is nothing to carry on), the courses next,
            // then "someone else"; entries that come and go are at the end.
            Page::Courses { .. } => {
                let resume = self.resume_point(catalog);
                let first = match resume {
                    Some((course, lesson)) => Item::Resume { course, lesson },
                    None => Item::NothingToResume,
                };
                let next = self.plan_next(catalog).filter(|n| Some(*n) != resume).map(|(c, l)| Item::PlanNext(c, l));
                let plan = self.progress().is_some_and(|p| !p.plan.is_empty()).then_some(Item::MyPlan);
                let check = self.champion.is_some().then_some(Item::SkillsCheck);
                let real = (!catalog.milestones().is_empty()).then_some(Item::DoneForReal);
                [first]
                    .into_iter()
                    .chain((0..catalog.courses.len()).map(Item::Course))
                    .chain([Item::SomeoneElse])
                    .chain(next)
                    .chain(plan)
                    .chain(check)
                    .chain(real)
                    .collect()
            }
            Page::Lessons { course, .. } => {
                let count = catalog.courses.get(*course).map_or(0, |c| c.lessons.len());
                (0..count).map(Item::Lesson).chain([Item::BackToCourses]).collect()
            }
            Page::LessonDone { course, lesson, .. } => {
                let count = catalog.courses.get(*course).map_or(0, |c| c.lessons.len());
                let next = if lesson + 1 < count {
                    Some(Item::NextLesson(lesson + 1))
                } else {
                    (course + 1 < catalog.courses.len()).then_some(Item::NextCourse(course + 1))
                };
                next.into_iter().chain([Item::BackToLessons, Item::BackToCourses]).collect()
            }
            Page::Champions { .. } => {
                (0..self.champions.len()).map(Item::Champion).chain([Item::AddChampion, Item::HubReport]).collect()
            }
            // A fresh install's first page: every language (each named in itself, so
            // the numbers are the same in all of them) and champion mode, in words
            // beside the name box.
            Page::NewLearner { .. } if self.first_run() => {
                let languages = if self.languages.len() > 1 { 0..self.languages.len() } else { 0..0 };
                languages.map(Item::Language).chain([Item::ChampionMode]).collect()
            }
            Page::NewLearner { .. }
            | Page::Step(_)
            | Page::ChampionPin { .. }
            | Page::NewChampion { .. }
            | Page::LearnerPin { .. } => Vec::new(),
        }
    }

    /// The highlight of the list over the page, to move it.
    pub fn overlay_focus_mut(&mut self) -> Option<&mut usize> {
        overlay_focus!(&mut self.overlay)
    }

    /// The highlighted entry of a list page or question.
    pub fn focus(&self) -> Option<usize> {
        if let Some(focus) = overlay_focus!(&self.overlay) {
            return Some(*focus);
        }
        match &self.page {
            Page::Learners { focus }
            | Page::Courses { focus }
            | Page::Lessons { focus, .. }
            | Page::LessonDone { focus, .. }
            | Page::Champions { focus } => Some(*focus),
            Page::Step(step) => Some(step.focus),
            Page::NewLearner { .. } | Page::ChampionPin { .. } | Page::NewChampion { .. } | Page::LearnerPin { .. } => {
                None
            }
        }
    }
}
