//! What the tutor knows at one moment: the page on screen, the learner, and what just
//! happened (which decides what is announced).

pub use super::items::Item;
use crate::domain::learner::{Learner, Moment, NameProblem, Progress};
use crate::domain::settings::Settings;
use crate::lesson::{Catalog, Key, Lesson, Step, StepBody};
use crate::practice::PracticeScreen;
use crate::speech::SpeechStatus;

/// The whole state of the tutor. Changed only by [`super::update`].
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub page: Page,
    pub overlay: Option<Overlay>,
    pub learners: Vec<Learner>,
    /// The learner who is learning now, once chosen, with what they have done.
    pub learner: Option<(Learner, Progress)>,
    /// What the last message did: the view announces it.
    pub event: Event,
    pub speech: SpeechStatus,
    /// How the tutor looks and sounds now (the learner's, once one is chosen).
    pub settings: Settings,
    /// The languages there are words for: tag and name in itself ("Cymraeg").
    pub languages: Vec<(String, String)>,
    /// The champion running sessions on this computer now, if one has signed in.
    pub champion: Option<(i64, String)>,
    /// The champions, once the champion PIN has been given.
    pub champions: Vec<(i64, String)>,
    /// Whether a champion PIN has been set (else the first champion sets one).
    pub champion_pin_set: bool,
    /// A session is open for the chosen learner: ask the feedback questions at its end.
    pub session_open: bool,
    /// The learners (by id) who have their own PIN.
    pub pinned: Vec<i64>,
    /// The full-screen view is showing the tutor (not plain mode): plain mode can be
    /// offered.
    pub full_screen: bool,
    /// How saving is going (see [`super::saving`]).
    pub saving: super::saving::Saving,
    /// News about saving (a message id) to show and say with the next announcement;
    /// it stays until the person next does something.
    pub alert: Option<&'static str>,
    /// The courses (by id) whose learner has been told they are in English this session
    /// (see [`super::english`]).
    pub told_in_english: Vec<String>,
}

/// The page on screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Page {
    /// "Who is learning today?": the learners, then "add a new learner".
    Learners { focus: usize },
    /// Typing a new learner's first name.
    NewLearner { name: String, problem: Option<NameProblem> },
    /// The chosen learner's home: carry on, then the courses, then "someone else".
    Courses { focus: usize },
    /// The lessons of one course.
    Lessons { course: usize, focus: usize },
    /// A step of a lesson.
    Step(StepPage),
    /// The end of a lesson: well done, and where to go next.
    LessonDone { course: usize, lesson: usize, focus: usize },
    /// The champion PIN: set on first use (typed twice), then asked for.
    ChampionPin { typed: String, first: Option<String>, problem: Option<PinEntryProblem> },
    /// The champions: sign in as one, or add one.
    Champions { focus: usize },
    /// Typing a new champion's name.
    NewChampion { name: String, problem: Option<NameProblem> },
    /// A learner (number `learner` in the list) typing their own PIN.
    LearnerPin { learner: usize, typed: String, problem: Option<PinEntryProblem> },
}

/// Why a PIN was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinEntryProblem {
    NotFourDigits,
    DoNotMatch,
    Wrong,
    /// Too many wrong tries just now: wait this many seconds.
    Wait(u64),
    /// Too many wrong tries: a champion must reset it.
    Locked,
}

impl PinEntryProblem {
    /// What to show for the shell's verdict on a PIN that did not open (`None` for the
    /// right one).
    pub fn from_verdict(verdict: crate::domain::pin::PinVerdict) -> Option<PinEntryProblem> {
        use crate::domain::pin::PinVerdict;
        match verdict {
            PinVerdict::Right => None,
            PinVerdict::Wrong => Some(PinEntryProblem::Wrong),
            PinVerdict::Wait(seconds) => Some(PinEntryProblem::Wait(seconds)),
            PinVerdict::Locked => Some(PinEntryProblem::Locked),
        }
    }
}

/// A question asked of the learner, and what happens after the answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Question {
    /// "How confident do you feel about this course?" 1 to 5, before or after it.
    Confidence { course: usize, moment: Moment },
    /// "Was today useful?"
    Useful,
    /// "Was your champion helpful?" (when a champion ran the session)
    Helpful { useful: Option<bool> },
}

/// What to do once a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Then {
    StartLesson(usize, usize),
    Show,
    Quit,
    LeaveLearner,
}

/// Where the learner is in a lesson and how the current step is going.
#[derive(Debug, Clone, PartialEq)]
pub struct StepPage {
    pub course: usize,
    pub lesson: usize,
    pub step: usize,
    /// The highlighted choice of a question.
    pub focus: usize,
    /// What has been typed so far in a `type` step or a practice text box.
    pub typed: String,
    pub outcome: Outcome,
    /// Help asked for on this step so far: 0 none, 1 the help page, 2 "show me",
    /// 3 "do it for me" (see `pages::step_help`).
    pub help: u8,
    /// The practice screen of a practice step.
    pub practice: Option<Box<PracticeRun>>,
}

/// A practice screen being used, with the help given so far.
#[derive(Debug, Clone, PartialEq)]
pub struct PracticeRun {
    pub screen: crate::practice::PracticeApp,
    /// 0: none yet; 1: a hint; 2: "show me"; 3: "do it for me". Asking again goes one
    /// level further; a move of the learner's own starts again at a hint.
    pub help: u8,
    /// What the tutor says about the last thing that happened.
    pub note: Option<PracticeNote>,
}

/// What the tutor says on a practice screen.
#[derive(Debug, Clone, PartialEq)]
pub enum PracticeNote {
    /// What the learner's move did.
    Did(crate::practice::Words),
    /// A move the task did not need: what it did, and how to get back.
    OffTrack(crate::practice::Words, crate::practice::Words),
    /// Help: a hint, "show me", or what "do it for me" did.
    Help(crate::practice::Words),
    /// The practice was started again.
    Reset,
    /// A password box read out on request: its name, and what is in it.
    Spelt(crate::practice::Words, String),
}

/// How the learner is doing with the current step.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Waiting,
    /// Chose a wrong answer (its index).
    WrongChoice(usize),
    /// Pressed a different key from the one asked for.
    WrongKey(Key),
    /// Typed something different.
    WrongText(String),
    /// Got it right: Enter goes on.
    Right,
    /// Help's "show me": the tutor says exactly what to press, choose or type.
    ShowMe,
}

/// Something shown over the page.
#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    /// Help for the page underneath.
    Help,
    /// "Do you want to stop?" with the focused answer (0 = no, carry on).
    ConfirmQuit { focus: usize },
    /// The settings, with the focused setting.
    Settings { focus: usize },
    /// Two themes side by side: `first` and the one after it.
    CompareThemes { first: usize, focus: usize },
    /// A screen reader is running: turn the tutor's own voice off?
    ScreenReader { name: String, focus: usize },
    /// The languages, each named in itself.
    Languages { focus: usize },
    /// A question for the learner: confidence, or the end-of-session feedback.
    Ask { question: Question, focus: usize, then: Then },
    /// The skills check: question `index` of [`super::plan::SKILLS`], then what matters.
    /// Every question has its slot; `None` until answered, so going back keeps answers.
    SkillsCheck { index: usize, answers: Vec<Option<super::plan::SkillAnswer>>, focus: usize },
    /// The learner's plan, to start any lesson of it.
    Plan { focus: usize },
    /// Things done for real after a course: choosing one records it (or takes it off).
    Milestones { focus: usize },
    /// Words to read (everything kept about the learner): Enter or Escape closes.
    Text { title: String, lines: Vec<String> },
    /// Setting a learner's own PIN (typed twice).
    SetPin { typed: String, first: Option<String>, problem: Option<PinEntryProblem> },
    /// The champion's notes on the session, typed before it closes.
    Notes { text: String, useful: Option<bool>, helpful: Option<bool>, then: Then },
}

/// What the last message did, so the view knows what to say.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A new page, step or overlay: announce all of it.
    Arrived,
    /// The highlight moved: say the highlighted item.
    Focus,
    /// The learner answered or pressed a key: say the feedback.
    Feedback,
    /// "Where am I?": say the place.
    Where,
    /// Asked to hear it again.
    Repeat,
    /// Input that was not understood, or a choice out of range.
    Nudge,
    /// Something happened on a practice screen: say what, and what it shows now.
    Practice,
    /// A setting changed: say its new value.
    Changed,
    /// A letter was typed into a text field: say it, as a screen reader would.
    Typed(char),
    /// Backspace rubbed out a letter: say which.
    RubbedOut(char),
    /// Nothing to say (the shell is about to bring a result).
    Quiet,
    /// A short message (its Fluent id) about the page, such as why a choice cannot be
    /// made now: shown as the notice and said.
    Notice(&'static str),
}

/// What kind of input the tutor is waiting for; front ends map keys and lines by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputMode {
    /// A list of numbered choices.
    Choices,
    /// Nothing to choose: Enter goes on.
    Continue,
    /// Every key is practice, except Escape and the function keys.
    KeyPractice,
    /// Letters go into a text field.
    TextEntry,
}

impl State {
    /// The first screen: pick a learner.
    pub fn new(learners: Vec<Learner>, speech: SpeechStatus, settings: Settings) -> State {
        let page = if learners.is_empty() {
            Page::NewLearner { name: String::new(), problem: None }
        } else {
            Page::Learners { focus: 0 }
        };
        State {
            page,
            overlay: None,
            learners,
            learner: None,
            event: Event::Arrived,
            speech,
            settings,
            languages: Vec::new(),
            champion: None,
            champions: Vec::new(),
            champion_pin_set: false,
            session_open: false,
            pinned: Vec::new(),
            full_screen: false,
            saving: super::saving::Saving::Fine,
            alert: None,
            told_in_english: Vec::new(),
        }
    }

    /// Whether this is a fresh install: no learner yet and no champion signed in.
    pub fn first_run(&self) -> bool {
        self.learners.is_empty() && self.champion.is_none()
    }

    /// The progress of the current learner (empty before one is chosen).
    pub fn progress(&self) -> Option<&Progress> {
        self.learner.as_ref().map(|(_, p)| p)
    }

    /// The first lesson of the learner's plan they have not finished.
    pub fn plan_next(&self, catalog: &Catalog) -> Option<(usize, usize)> {
        let progress = self.progress()?;
        progress
            .plan
            .iter()
            .filter(|(c, l)| !progress.lesson(c, l).is_some_and(|p| p.completed))
            .find_map(|(c, l)| catalog.find(c, l))
    }

    /// The lesson "Carry on where you left off" would open, if it still exists.
    pub fn resume_point(&self, catalog: &Catalog) -> Option<(usize, usize)> {
        let progress = self.progress()?;
        let part_way = |course: &str, lesson: &str| progress.lesson(course, lesson).is_some_and(|p| p.in_progress);
        // The lesson worked on last, if it is still part way through; else any lesson
        // that is (finishing one lesson must not hide another left half done).
        let recent = progress.resume.as_ref().filter(|(c, l)| part_way(c, l)).and_then(|(c, l)| catalog.find(c, l));
        recent.or_else(|| {
            catalog.courses.iter().enumerate().find_map(|(ci, course)| {
                course.lessons.iter().position(|lesson| part_way(&course.id, &lesson.id)).map(|li| (ci, li))
            })
        })
    }

    /// Where the highlight starts on the learner's home: "carry on" when there is a
    /// lesson to carry on, else the first course.
    pub fn home_focus(&self, catalog: &Catalog) -> usize {
        usize::from(self.resume_point(catalog).is_none())
    }

    /// What input the tutor waits for now.
    pub fn input_mode(&self, catalog: &Catalog) -> InputMode {
        if self.overlay.is_some() {
            return match self.overlay {
                Some(Overlay::Help | Overlay::Text { .. }) => InputMode::Continue,
                Some(Overlay::Notes { .. } | Overlay::SetPin { .. }) => InputMode::TextEntry,
                _ => InputMode::Choices,
            };
        }
        self.page_input_mode(catalog)
    }

    /// What input the page under any overlay waits for (its help says which keys work).
    pub fn page_input_mode(&self, catalog: &Catalog) -> InputMode {
        match &self.page {
            Page::NewLearner { .. } | Page::ChampionPin { .. } | Page::NewChampion { .. } | Page::LearnerPin { .. } => {
                InputMode::TextEntry
            }
            Page::Step(page) => match (current_step(catalog, page).map(|s| &s.body), &page.outcome) {
                (_, Outcome::Right) | (Some(StepBody::Explain) | None, _) => InputMode::Continue,
                (Some(StepBody::Practice { .. }), _) => match page.practice.as_ref().and_then(|p| p.screen.editing()) {
                    Some(_) => InputMode::TextEntry,
                    None => InputMode::Choices,
                },
                (Some(StepBody::Question { .. }), _) => InputMode::Choices,
                (Some(StepBody::Key { .. }), _) => InputMode::KeyPractice,
                // The command's own key or word works as everywhere else.
                (Some(StepBody::Command { .. }), _) => InputMode::Continue,
                (Some(StepBody::Type { .. }), _) => InputMode::TextEntry,
            },
            _ => InputMode::Choices,
        }
    }
}

/// The lesson a step page is in.
pub fn current_lesson<'a>(catalog: &'a Catalog, page: &StepPage) -> Option<&'a Lesson> {
    catalog.lesson(page.course, page.lesson)
}

/// The step a step page shows.
pub fn current_step<'a>(catalog: &'a Catalog, page: &StepPage) -> Option<&'a Step> {
    current_lesson(catalog, page)?.steps.get(page.step)
}
