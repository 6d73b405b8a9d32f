//! The shell around the engine: it feeds messages to `update`, carries out the effects
//! (speak, save, load, apply settings) and hands the front ends a fresh `Screen`.

use crate::content::source::SourceTree;
use crate::domain::learner::Progress;
use crate::domain::settings::Settings;
use crate::i18n::{languages, Args, I18n, Mode};
use crate::lesson::Catalog;
use crate::speech::{no_voice_notices, SpeechStatus, Voice};
use crate::store::{Store, StoreError};
use crate::tutor::{update, view, Context, Effect, InputMode, Message, Screen, State};

/// A running tutor: state, lessons, words, progress file and voice.
pub struct App<'a> {
    state: State,
    catalog: &'a Catalog,
    i18n: I18n,
    /// The words of the language Signpost started in (the hub's), once a learner has
    /// chosen another: the voice says in it when a language has no voice.
    hub_words: Option<I18n>,
    /// The locale files, to load another language when a learner chooses one.
    locales: SourceTree,
    mode: Mode,
    store: Store,
    voice: Voice,
    finished: bool,
    /// The learner chose plain mode in the full-screen view: the front end changes.
    plain_wanted: bool,
    /// The open session's id in the store.
    session: Option<i64>,
    /// The screen as `view` last described it. `view` runs once per input: the front
    /// end draws this and speech reads its announcement, so they cannot disagree.
    screen: Screen,
    /// True when the state changed after `screen` was made.
    stale: bool,
}

impl<'a> App<'a> {
    /// Starts on the first screen and says it.
    pub fn new(
        catalog: &'a Catalog,
        i18n: I18n,
        locales: SourceTree,
        store: Store,
        voice: Voice,
    ) -> Result<App<'a>, StoreError> {
        let learners = store.learners()?;
        let settings = Settings { speech: voice.status() != SpeechStatus::OffByChoice, ..Settings::default() };
        let mut state = State::new(learners, voice.status(), settings);
        state.languages = languages(&locales);
        let mode = i18n.mode();
        state.full_screen = mode == Mode::Tui;
        state.champion_pin_set = store.has_champion_pin()?;
        for learner in &state.learners {
            if store.learner_has_pin(learner.id)? {
                state.pinned.push(learner.id);
            }
        }
        let mut app = App {
            state,
            catalog,
            i18n,
            hub_words: None,
            locales,
            mode,
            store,
            voice,
            finished: false,
            plain_wanted: false,
            session: None,
            screen: Screen::default(),
            stale: true,
        };
        app.speak_language();
        app.announce();
        Ok(app)
    }

    fn ctx(&self) -> Context<'_> {
        Context { catalog: self.catalog, i18n: &self.i18n }
    }

    /// Handles one message and everything it leads to: replies from the effects are
    /// answered in the order they came.
    pub fn dispatch(&mut self, message: Message) {
        let mut queue = std::collections::VecDeque::from([message]);
        while let Some(message) = queue.pop_front() {
            let catalog = self.catalog;
            let effects = update(&mut self.state, &Context { catalog, i18n: &self.i18n }, message);
            self.stale = true;
            for effect in effects {
                if let Some(reply) = self.run(effect) {
                    queue.push_back(reply);
                }
            }
        }
        self.refresh();
    }

    fn run(&mut self, effect: Effect) -> Option<Message> {
        let result = match effect {
            Effect::UsePlain => {
                self.plain_wanted = true;
                Ok(None)
            }
            Effect::Announce => {
                self.announce();
                Ok(None)
            }
            Effect::StopSpeech => {
                self.voice.stop();
                Ok(None)
            }
            Effect::AddLearner(name) => self.store.add_learner(&name).map(|learner| {
                Some(Message::LearnerReady { learner, progress: Progress::default(), new: true, settings: None })
            }),
            Effect::OpenLearner(id) => self.open_learner(id),
            Effect::SaveStep { learner_id, course_id, lesson_id, step_id } => {
                self.store.save_step(learner_id, &course_id, &lesson_id, &step_id).map(|()| None)
            }
            Effect::RecordHelp { learner_id, course_id, lesson_id, step_id, level } => {
                self.store.record_help(learner_id, &course_id, &lesson_id, &step_id, level).map(|()| None)
            }
            Effect::CompleteLesson { learner_id, course_id, lesson_id } => {
                self.store.complete_lesson(learner_id, &course_id, &lesson_id).map(|()| None)
            }
            Effect::ApplySettings(settings) => self.apply(&settings).map(|()| None),
            Effect::SetChampionPin(pin) => self.store.set_champion_pin(&pin).map(|()| None),
            Effect::CheckChampionPin(pin) => {
                self.store.check_champion_pin(&pin).map(|ok| Some(Message::ChampionPinChecked(ok)))
            }
            Effect::LoadChampions => self
                .store
                .champions()
                .map(|list| Some(Message::ChampionsLoaded(list.into_iter().map(|c| (c.id, c.name)).collect()))),
            Effect::AddChampion(name) => {
                self.store.add_champion(&name).map(|c| Some(Message::ChampionReady(c.id, c.name)))
            }
            Effect::StartSession { learner_id, champion_id } => {
                self.store.start_session(learner_id, champion_id).map(|id| {
                    self.session = Some(id);
                    None
                })
            }
            Effect::EndSession { useful, helpful, notes } => match self.session.take() {
                Some(id) => self.store.end_session(id, useful, helpful, &notes).map(|()| None),
                None => Ok(None),
            },
            Effect::LoadReport => crate::report::all_time_lines(&self.store, self.catalog, &self.i18n)
                .map(|lines| Some(Message::TextReady { title: self.i18n.tr("champion-report"), lines })),
            Effect::ShowMyData { learner_id } => self.store.everything_about(learner_id).map(|all| {
                let lines = crate::learner_data::disclosure::lines(&self.i18n, self.catalog, &all);
                Some(Message::TextReady { title: self.i18n.tr("my-data-title"), lines })
            }),
            Effect::CheckLearnerPin { learner_id, pin } => self
                .store
                .check_learner_pin(learner_id, &pin)
                .map(|ok| Some(Message::LearnerPinChecked { learner_id, ok })),
            Effect::SetLearnerPin { learner_id, pin } => {
                self.store.set_learner_pin(learner_id, pin.as_deref()).map(|()| None)
            }
            Effect::SetPlan { learner_id, plan } => self.store.set_plan(learner_id, &plan).map(|()| None),
            Effect::Milestone { learner_id, course_id, milestone_id, done: true } => {
                self.store.record_milestone(learner_id, &course_id, &milestone_id).map(|()| None)
            }
            Effect::Milestone { learner_id, course_id, milestone_id, done: false } => {
                self.store.forget_milestone(learner_id, &course_id, &milestone_id).map(|()| None)
            }
            Effect::SaveSkillAnswer { learner_id, skill, answer } => {
                self.store.save_skill_answer(learner_id, skill, answer).map(|()| None)
            }
            Effect::SavePlan { learner_id, answers, plan } => {
                self.store.save_plan(learner_id, &answers, &plan).map(|()| None)
            }
            Effect::RecordConfidence { learner_id, course_id, moment, score } => {
                self.store.record_confidence(learner_id, &course_id, moment, score).map(|()| None)
            }
            Effect::Quit => {
                self.finished = true;
                Ok(None)
            }
        };
        result.unwrap_or_else(|e| {
            // Saving failed (a full disk, say). The lesson goes on; the log says why.
            log::error!("{e}");
            None
        })
    }

    /// Puts settings to work now: voice, rate, language; and keeps them for the learner.
    fn apply(&mut self, settings: &Settings) -> Result<(), StoreError> {
        self.voice.set_enabled(settings.speech);
        self.voice.set_rate(settings.rate);
        if settings.language.as_ref().is_some_and(|l| *self.i18n.language() != l.as_str()) {
            let wanted: Vec<_> = settings.language.iter().filter_map(|l| l.parse().ok()).collect();
            let (mut i18n, _) = I18n::load(&self.locales, &wanted);
            i18n.set_mode(self.mode);
            let before = std::mem::replace(&mut self.i18n, i18n);
            self.hub_words.get_or_insert(before);
            self.stale = true;
        }
        self.speak_language();
        if self.state.speech != self.voice.status() {
            self.state.speech = self.voice.status();
            self.stale = true;
        }
        match &self.state.learner {
            Some((learner, _)) => self.store.save_settings(learner.id, settings),
            None => Ok(()),
        }
    }

    /// Speaks the learner's language from now on, and says so once if it has no voice.
    fn speak_language(&mut self) {
        let tag = self.i18n.language().to_string();
        if self.voice.language() != Some(tag.as_str()) {
            let name = self.state.languages.iter().find(|(t, _)| *t == tag).map_or(tag.as_str(), |(_, n)| n.as_str());
            let notices = no_voice_notices(self.hub_words.as_ref().unwrap_or(&self.i18n), name);
            self.voice.set_language(&tag, notices);
        }
    }

    fn open_learner(&mut self, id: i64) -> Result<Option<Message>, StoreError> {
        let learner = self.state.learners.iter().find(|l| l.id == id).cloned();
        let Some(learner) = learner else {
            return Ok(None);
        };
        let progress = self.store.progress(id)?;
        let settings = self.store.settings(id)?;
        Ok(Some(Message::LearnerReady { learner, progress, new: false, settings }))
    }

    fn announce(&mut self) {
        self.refresh();
        self.voice.say(&self.screen.announcement);
    }

    /// Describes the state again if it changed since the last description.
    fn refresh(&mut self) {
        if self.stale {
            self.screen = view(&self.state, &self.ctx());
            self.stale = false;
        }
    }

    /// The screen to show now.
    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    /// What input the tutor waits for, so front ends can map keys and lines.
    pub fn input_mode(&self) -> InputMode {
        self.state.input_mode(self.catalog)
    }

    /// The words, for front ends that read commands typed in the learner's language.
    pub fn i18n(&self) -> &I18n {
        &self.i18n
    }

    /// The settings in force (single-letter keys, theme, large print).
    pub fn settings(&self) -> &Settings {
        &self.state.settings
    }

    /// Notices a change in the speech engine; true if the screen should be redrawn.
    pub fn check_speech(&mut self) -> bool {
        let Some(status) = self.voice.status_change() else { return false };
        let back = status == SpeechStatus::On && matches!(self.state.speech, SpeechStatus::Unavailable(_));
        self.dispatch(Message::Speech(status));
        if back {
            // What was said while there was no engine was lost: say where the learner is.
            let words = format!("{} {}", self.screen.status, self.screen.announcement);
            self.voice.say(&words);
        }
        true
    }

    /// Whether the speech status may still change by itself, so a front end waiting
    /// for input should wake now and then to show it at once.
    pub fn speech_may_change(&self) -> bool {
        self.voice.may_change()
    }

    /// True once the learner has chosen plain mode in the full-screen view: the loop
    /// ends, and the shell carries on in plain mode after [`App::use_plain`].
    pub fn wants_plain(&self) -> bool {
        self.plain_wanted
    }

    /// Describes every screen from now on for plain mode (what to type, not keys).
    pub fn use_plain(&mut self) {
        self.plain_wanted = false;
        self.mode = Mode::Plain;
        self.i18n.set_mode(Mode::Plain);
        self.state.full_screen = false;
        self.stale = true;
        self.refresh();
    }

    /// True once the learner has chosen to stop (or input has ended).
    pub fn finished(&self) -> bool {
        self.finished
    }

    /// Says goodbye (by name, if a learner was chosen) and returns the words to print.
    pub fn farewell(&mut self) -> String {
        let text = match &self.state.learner {
            Some((learner, _)) => {
                self.i18n.tr_args("goodbye-learner", &Args::new().with("name", learner.name.as_str()))
            }
            None => self.i18n.tr("goodbye"),
        };
        self.voice.say(&text);
        text
    }

    /// The engine state, for tests.
    pub fn state(&self) -> &State {
        &self.state
    }
}
