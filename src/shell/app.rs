//! The shell around the engine: it feeds messages to `update`, carries out the effects
//! (speak, save, load, apply settings) and hands the front ends a fresh `Screen`.

use super::lessons::Lessons;
use super::saves::{Outcome, Pending, Save};
use crate::content::source::SourceTree;
use crate::domain::learner::Progress;
use crate::domain::settings::Settings;
use crate::i18n::{languages, Args, I18n, Mode};
use crate::lesson::Catalog;
use crate::speech::{no_voice_notices, SpeechStatus, Voice};
use crate::store::{PinOwner, Store, StoreError};
use crate::tutor::saving::Saving;
use crate::tutor::{update, view, Context, Effect, InputMode, Message, Screen, State};

/// A running tutor: state, lessons, words, progress file and voice.
pub struct App<'a> {
    state: State,
    lessons: Lessons<'a>,
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
    /// Saves that failed, tried again before every later save.
    pending: Pending,
    /// True after a store error, until a save goes through again.
    failing: bool,
    /// The time now, in seconds since 1970: the PIN rule's waits are measured by it
    /// (the engine never reads a clock; tests give their own, see [`App::set_clock`]).
    clock: fn() -> i64,
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
        App::with_lessons(Lessons::ready(catalog), i18n, locales, store, voice)
    }

    /// Starts on the first screen and says it, with `lessons` that may still be loading
    /// (they are waited for when the learner first answers, see [`App::wait_for_lessons`]).
    pub fn with_lessons(
        lessons: Lessons<'a>,
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
            lessons,
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
            pending: Pending::default(),
            failing: false,
            clock: crate::domain::when::seconds_now,
        };
        app.speak_language();
        app.announce();
        Ok(app)
    }

    /// Lets the lessons start loading in a moment, now that the first screen is shown:
    /// on an old PC with one core, reading them would otherwise hold it back.
    pub fn begin_loading(&mut self) {
        self.lessons.begin();
    }

    /// Waits for the lessons if they are still loading (with their course packs' words):
    /// before the learner's first answer is handled. An error means there is no course.
    pub fn wait_for_lessons(&mut self) -> Result<(), crate::text::UserError> {
        self.lessons.wait(&mut self.i18n, &mut self.locales)
    }

    /// Handles one message and everything it leads to: replies from the effects are
    /// answered in the order they came. Saves run first, so nothing is said that the
    /// progress file does not hold; news about saving is taken in at once, so it is
    /// said with the announcement it belongs to.
    pub fn dispatch(&mut self, message: Message) {
        let mut queue = std::collections::VecDeque::from([message]);
        while let Some(message) = queue.pop_front() {
            let effects = self.update(message);
            // Everything in the order the engine asked (a session starts before its first
            // step is saved); the announcement after, so it never runs ahead of a save.
            let (then, first): (Vec<Effect>, Vec<Effect>) = effects.into_iter().partition(|e| *e == Effect::Announce);
            let mut unsaid = false;
            for effect in first.into_iter().chain(then) {
                unsaid &= effect != Effect::Announce;
                match self.run(effect) {
                    Some(news) if crate::tutor::saving::is_news(&news) => {
                        self.update(news);
                        unsaid = true;
                    }
                    Some(reply) => queue.push_back(reply),
                    None => {}
                }
            }
            if unsaid {
                self.announce();
            }
        }
        self.refresh();
    }

    fn update(&mut self, message: Message) -> Vec<Effect> {
        self.stale = true;
        update(&mut self.state, &Context { catalog: self.lessons.get(), i18n: &self.i18n }, message)
    }

    /// Makes a save (after any still waiting) and turns what came of it into news for
    /// the engine, if there is any.
    fn save(&mut self, save: Option<Save>) -> Option<Message> {
        match self.pending.save(&self.store, save) {
            Outcome::Saved if self.failing && !self.pending.any() => {
                self.failing = false;
                Some(Message::SavedAgain)
            }
            Outcome::Saved => None,
            Outcome::Failed => {
                self.failing = true;
                Some(Message::SaveFailed)
            }
            Outcome::LearnerGone => Some(Message::LearnerGone),
        }
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
            Effect::ApplySettings(settings) => {
                let save = self.apply(&settings);
                return self.save(save);
            }
            Effect::CheckChampionPin(pin) => {
                let now = (self.clock)();
                self.store.try_pin(PinOwner::Champion, &pin, now).map(|v| Some(Message::ChampionPinChecked(v)))
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
            Effect::LoadReport => crate::report::all_time_lines(&self.store, self.lessons.get(), &self.i18n)
                .map(|lines| Some(Message::TextReady { title: self.i18n.tr("champion-report"), lines })),
            Effect::ShowMyData { learner_id } => self.store.everything_about(learner_id).map(|all| {
                let lines = crate::learner_data::disclosure::lines(&self.i18n, self.lessons.get(), &all);
                Some(Message::TextReady { title: self.i18n.tr("my-data-title"), lines })
            }),
            Effect::CheckLearnerPin { learner_id, pin } => {
                let now = (self.clock)();
                self.store
                    .try_pin(PinOwner::Learner(learner_id), &pin, now)
                    .map(|verdict| Some(Message::LearnerPinChecked { learner_id, verdict }))
            }
            Effect::Quit => {
                self.finished = true;
                Ok(None)
            }
            // Everything else writes a learner action: one transaction each.
            save => {
                let save = Save::from_effect(save, self.session);
                if let Some(Save::EndSession { .. }) = save {
                    self.session = None;
                }
                return self.save(save);
            }
        };
        result.unwrap_or_else(|e| {
            // Reading or adding failed (a full disk, say). The lesson goes on; the
            // learner is told, and the log says why.
            log::error!("{e}");
            if e.learner_gone() {
                return Some(Message::LearnerGone);
            }
            self.failing = true;
            Some(Message::SaveFailed)
        })
    }

    /// Puts settings to work now: voice, rate, language; and gives back the save that
    /// keeps them for the learner.
    fn apply(&mut self, settings: &Settings) -> Option<Save> {
        self.voice.set_enabled(settings.speech);
        self.voice.set_rate(settings.rate);
        if settings.language.as_ref().is_some_and(|l| *self.i18n.language() != l.as_str()) {
            let wanted: Vec<_> = settings.language.iter().filter_map(|l| l.parse().ok()).collect();
            let mut i18n = I18n::on_demand(&self.locales, &wanted);
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
        let learner_id = self.state.learner.as_ref()?.0.id;
        Some(Save::Settings { learner_id, settings: settings.clone() })
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
            self.screen = view(&self.state, &Context { catalog: self.lessons.get(), i18n: &self.i18n });
            self.stale = false;
        }
    }

    /// The screen to show now.
    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    /// What input the tutor waits for, so front ends can map keys and lines.
    pub fn input_mode(&self) -> InputMode {
        self.state.input_mode(self.lessons.get())
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

    /// Says goodbye (by name, if a learner was chosen) and returns the words to print:
    /// "your progress is saved" only when it is. Saves still waiting are tried once more.
    pub fn farewell(&mut self) -> String {
        let outcome = self.pending.save(&self.store, None);
        let gone = outcome == Outcome::LearnerGone || self.state.saving == Saving::LearnerGone;
        let unsaved = self.pending.any();
        let text = match &self.state.learner {
            Some((learner, _)) => {
                let id = match (gone, unsaved) {
                    (true, _) => "goodbye-learner-gone",
                    (false, true) => "goodbye-learner-unsaved",
                    (false, false) => "goodbye-learner",
                };
                self.i18n.tr_args(id, &Args::new().with("name", learner.name.as_str()))
            }
            None if unsaved => self.i18n.tr("goodbye-unsaved"),
            None => self.i18n.tr("goodbye"),
        };
        self.voice.say(&text);
        text
    }

    /// Ends the tutor as the process ends: the progress file and the voice are closed as
    /// they should be, but the words are not freed one message at a time, since the
    /// process gives its memory back whole (a million instructions at every goodbye).
    pub fn close(self) {
        let App { store, voice, i18n, hub_words, locales, .. } = self;
        drop((store, voice));
        std::mem::forget((i18n, hub_words, locales));
    }

    /// Measures time by `clock` from now on (tests of PIN waits use a clock of their own).
    pub fn set_clock(&mut self, clock: fn() -> i64) {
        self.clock = clock;
    }

    /// The engine state, for tests.
    pub fn state(&self) -> &State {
        &self.state
    }
}
