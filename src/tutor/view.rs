//! The screen described in words: what both front ends draw and what speech says. One
//! description for all three, so a listener, a braille reader and a sighted learner
//! always get the same words.

use super::announce;
use super::pages::{ask, champion, home, pin, settings, skills, step};
use super::state::{current_step, Event, InputMode, Outcome, Overlay, Page, State};
use super::words::{item_label, where_am_i};
use super::Context;
use crate::domain::learner::{NameProblem, MAX_NAME_CHARS};
use crate::domain::settings::Theme;
use crate::i18n::Args;
use crate::lesson::StepBody;
use crate::speech::SpeechStatus;

/// Everything a front end needs to show one moment of the tutor.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Screen {
    /// Where this is: the course and lesson, or the learner's name.
    pub heading: String,
    /// The page's title, such as "Step 2 of 6. Going back".
    pub title: String,
    /// Paragraphs, one idea each.
    pub body: Vec<String>,
    /// The choices, without numbers (front ends number them).
    pub items: Vec<String>,
    /// The highlighted choice.
    pub focus: Option<usize>,
    /// A text field being typed in.
    pub field: Option<Field>,
    /// Feedback, a nudge, or "where am I": shown under the choices.
    pub notice: Option<String>,
    /// The keys that work here (shown at the bottom of the full-screen view).
    pub keys: String,
    /// The same, shorter, for narrow windows.
    pub keys_short: String,
    /// Said on the status line when the page is taller than the window.
    pub more: String,
    /// What plain mode asks before reading a line.
    pub prompt: String,
    /// Whether speech is on.
    pub status: String,
    /// What to say aloud now.
    pub announcement: String,
    /// True when this is a new page (or asked for again): draw and say all of it.
    pub fresh: bool,
    /// What the full-screen view shows when the window is too small to use.
    pub too_small: String,
    /// A practice screen, shown between the step's words and the choices.
    pub panel: Option<Panel>,
    /// True when the practice screen changed: show and say it again.
    pub panel_fresh: bool,
    /// The learner's theme.
    pub theme: Theme,
    /// Large print: the key words to show in big letters above the title.
    pub large: Option<String>,
    /// Whether large print is on (on every page, the settings too).
    pub large_print: bool,
    /// Said on the status line when large print is on and the window is too small
    /// for its big letters, so they never vanish unexplained.
    pub large_too_small: String,
    /// Two themes to show side by side.
    pub compare: Option<[Theme; 2]>,
}

/// A practice screen's title and what is on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Panel {
    pub title: String,
    pub lines: Vec<String>,
}

/// A text field: its label and what has been typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub label: String,
    /// What is shown in the box: the typing, or one dot a character for a secret.
    pub value: String,
    /// A PIN or password: shown as dots, and said as a count, never read out.
    pub hidden: bool,
}

impl Field {
    /// A box whose typing is shown and said.
    pub fn text(label: String, value: String) -> Field {
        Field { label, value, hidden: false }
    }

    /// A box for a PIN or password: one dot for each character typed.
    pub fn secret(label: String, typed: &str) -> Field {
        Field { label, value: "\u{2022}".repeat(typed.chars().count()), hidden: true }
    }
}

/// Describes the state as a screen, in the learner's language.
pub fn view(state: &State, ctx: &Context) -> Screen {
    let mut screen = page(state, ctx);
    // An overlay keeps the page's heading, so the top line never jumps about.
    let overlay = match state.overlay {
        Some(Overlay::Help) => Some(help(state, ctx)),
        Some(Overlay::ConfirmQuit { .. }) => Some(paragraphs(ctx, "quit-title", "quit-body")),
        Some(Overlay::Settings { .. }) => Some(paragraphs(ctx, "settings-title", "settings-body")),
        Some(Overlay::CompareThemes { first, .. }) => Some(settings::compare(ctx, first)),
        Some(Overlay::ScreenReader { ref name, .. }) => Some(settings::screen_reader(state, ctx, name)),
        Some(Overlay::Languages { .. }) => Some(paragraphs(ctx, "languages-title", "languages-body")),
        Some(Overlay::Ask { ref question, .. }) => Some(ask::question_screen(ctx, question)),
        Some(Overlay::SkillsCheck { index, .. }) => Some(skills::skills_question(state, ctx, index)),
        Some(Overlay::Plan { .. }) => Some(paragraphs(ctx, "plan-title", "plan-body")),
        Some(Overlay::Milestones { .. }) => Some(paragraphs(ctx, "milestones-title", "milestones-body")),
        Some(Overlay::SetPin { ref typed, ref first, problem }) => {
            Some(pin::set_pin_screen(ctx, first.is_some(), problem, typed))
        }
        Some(Overlay::Text { ref title, ref lines }) => {
            Some(Screen { title: title.clone(), body: lines.clone(), ..Screen::default() })
        }
        Some(Overlay::Notes { ref text, .. }) => {
            let mut notes = paragraphs(ctx, "notes-title", "notes-body");
            notes.field = Some(Field::text(ctx.i18n.tr("notes-label"), text.clone()));
            Some(notes)
        }
        None => None,
    };
    if let Some(overlay) = overlay {
        screen = Screen { heading: screen.heading, ..overlay };
    }
    let items = state.items(ctx.catalog);
    if !items.is_empty() {
        screen.items = items.iter().map(|item| item_label(state, ctx, *item)).collect();
        screen.focus = state.focus();
    }
    let mode = state.input_mode(ctx.catalog);
    let waiting = command_waiting(state, ctx);
    match state.event {
        Event::Nudge => screen.notice = Some(nudge(ctx, mode, screen.items.len(), waiting)),
        Event::Changed => screen.notice = screen.focus.and_then(|f| screen.items.get(f)).cloned(),
        Event::Notice(id) => screen.notice = Some(ctx.i18n.tr(id)),
        Event::Where => {
            // Plain mode has no highlight: naming one would sound like a choice was made.
            let tui = ctx.i18n.mode() == crate::i18n::Mode::Tui;
            let focused = screen.focus.and_then(|f| screen.items.get(f)).map(String::as_str).filter(|_| tui);
            // On a command step, its feedback ("well done" for trying W) stays, after it;
            // elsewhere "where am I" says only the place, not an old answer.
            let kept = if on_command_step(state, ctx) { screen.notice.take() } else { None };
            let said: Vec<String> = Some(where_am_i(state, ctx, focused)).into_iter().chain(kept).collect();
            screen.notice = Some(said.join(" "));
        }
        _ => {}
    }
    let (keys, prompt) = match (mode, super::pages::practice::in_progress(state) && state.overlay.is_none()) {
        _ if waiting => ("keys-command", "prompt-command"),
        (InputMode::Choices, true) => ("keys-practice-screen", "prompt-practice-screen"),
        (InputMode::TextEntry, _) if super::pages::practice::spelling_box(state) => {
            ("keys-typing-secret", "prompt-typing-secret")
        }
        _ => hints(mode),
    };
    // With single-letter keys off, the key help names the function keys that still work.
    let keys = match keys {
        "keys-choices" | "keys-continue" | "keys-practice-screen" if !state.settings.shortcuts => {
            format!("{keys}-function")
        }
        _ => keys.to_owned(),
    };
    screen.keys = ctx.i18n.tr(&keys);
    screen.keys_short = ctx.i18n.tr(&format!("{keys}-short"));
    screen.more = ctx.i18n.tr("window-more");
    // After a nudge the nudge itself says what to type: one sentence, not two.
    screen.prompt = if state.event == Event::Nudge { String::new() } else { ctx.i18n.tr(prompt) };
    screen.status = ctx.i18n.tr(speech_words(&state.speech));
    screen.too_small = ctx.i18n.tr("window-too-small");
    screen.large_print = state.settings.large_print;
    screen.large_too_small = ctx.i18n.tr("window-large-too-small");
    screen.theme = state.settings.theme;
    if state.settings.large_print && state.overlay.is_none() {
        screen.large = Some(large_words(state, ctx, &screen));
    }
    super::saving::show(state, ctx, &mut screen);
    screen.fresh = matches!(state.event, Event::Arrived | Event::Repeat);
    screen.panel_fresh = state.event == Event::Practice;
    screen.announcement = announce::announcement(state, ctx, &screen, mode, waiting);
    screen
}

fn hints(mode: InputMode) -> (&'static str, &'static str) {
    match mode {
        InputMode::Choices => ("keys-choices", "prompt-choices"),
        InputMode::Continue => ("keys-continue", "prompt-continue"),
        InputMode::KeyPractice => ("keys-practice", "prompt-practice"),
        InputMode::TextEntry => ("keys-typing", "prompt-typing"),
    }
}

fn speech_words(status: &SpeechStatus) -> &'static str {
    match status {
        SpeechStatus::Starting => "speech-starting",
        SpeechStatus::On => "speech-on",
        SpeechStatus::OffByChoice => "speech-off-chosen",
        SpeechStatus::Unavailable(why) => why.message_id(),
        SpeechStatus::NoVoice => "speech-no-voice",
    }
}

/// The key words of a page for large print: a step's own title, or the page title.
fn large_words(state: &State, ctx: &Context, screen: &Screen) -> String {
    match &state.page {
        Page::Step(page) => current_step(ctx.catalog, page).map(|s| ctx.i18n.tr(&s.title)).unwrap_or_default(),
        _ => screen.title.clone(),
    }
}

/// A screen of a title and a body, both from messages.
pub(super) fn paragraphs(ctx: &Context, title: &str, body: &str) -> Screen {
    Screen { title: ctx.i18n.tr(title), body: lines(&ctx.i18n.tr(body)), ..Screen::default() }
}

/// Splits a message into paragraphs: one per line of the message.
pub(super) fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

fn page(state: &State, ctx: &Context) -> Screen {
    let i18n = ctx.i18n;
    let name = state.learner.as_ref().map(|(l, _)| l.name.clone()).unwrap_or_default();
    let heading = match (&state.learner, &state.champion) {
        (Some(_), _) => i18n.tr_args("heading-learner", &Args::new().with("name", name.clone())),
        (None, Some((_, champion))) => i18n.tr_args("heading-champion", &Args::new().with("name", champion.as_str())),
        (None, None) => i18n.tr("app-name"),
    };
    let screen = match &state.page {
        Page::Learners { .. } => paragraphs(ctx, "learners-title", "learners-body"),
        Page::NewLearner { name, problem } => {
            let mut screen = paragraphs(ctx, "new-learner-title", "new-learner-body");
            // On a fresh install this is the first page: the languages and champion
            // mode are choices on it, and it says in words how to choose them.
            if state.first_run() {
                screen.body.extend(lines(&i18n.tr("new-learner-first-choices")));
            }
            screen.field = Some(Field::text(i18n.tr("new-learner-label"), name.clone()));
            screen.notice = problem.map(|p| name_problem(ctx, p, name));
            screen
        }
        Page::Courses { .. } => {
            let mut body = lines(&i18n.tr("courses-body"));
            body.extend(plan_why(state, ctx));
            body.extend(home::last_session(state, ctx));
            Screen { title: i18n.tr_args("courses-title", &Args::new().with("name", name)), body, ..Screen::default() }
        }
        Page::Lessons { course, .. } => match ctx.catalog.courses.get(*course) {
            Some(course) => {
                Screen { title: i18n.tr(&course.title), body: lines(&i18n.tr(&course.summary)), ..Screen::default() }
            }
            None => Screen::default(),
        },
        Page::Step(page) => return step::step(state, ctx, page),
        Page::ChampionPin { typed, first, problem } => champion::pin_page(state, ctx, first.is_some(), *problem, typed),
        Page::Champions { .. } => paragraphs(ctx, "champions-title", "champions-body"),
        Page::NewChampion { name, problem } => champion::new_champion_screen(ctx, name, *problem),
        Page::LearnerPin { typed, problem, .. } => pin::learner_pin_screen(ctx, *problem, typed),
        Page::LessonDone { course, lesson, .. } => {
            let lesson_title = ctx.catalog.lesson(*course, *lesson).map(|l| i18n.tr(&l.title)).unwrap_or_default();
            let args = Args::new().with("name", name).with("lesson", lesson_title);
            Screen {
                title: i18n.tr_args("done-title", &args),
                body: lines(&i18n.tr_args("done-body", &args)).into_iter().chain(plan_why(state, ctx)).collect(),
                ..Screen::default()
            }
        }
    };
    Screen { heading, ..screen }
}

/// Why the plan's next lesson comes now, when a later course of the plan needs its
/// course ("Next in your plan is Email, because NHS login needs an email address").
fn plan_why(state: &State, ctx: &Context) -> Option<String> {
    let (course, _) = state.plan_next(ctx.catalog)?;
    let course = ctx.catalog.courses.get(course)?;
    let why = super::plan::why_next(&state.progress()?.plan, &course.id)?;
    Some(ctx.i18n.tr_args(why, &Args::new().with("course", ctx.i18n.tr(&course.title))))
}

fn name_problem(ctx: &Context, problem: NameProblem, name: &str) -> String {
    let (id, args) = match problem {
        NameProblem::Empty => ("name-empty", Args::new()),
        NameProblem::TooLong => ("name-too-long", Args::new().with("max", MAX_NAME_CHARS)),
        NameProblem::Taken => ("name-taken", Args::new().with("name", name.trim())),
        NameProblem::OnlyDigits => ("name-digits", Args::new()),
    };
    ctx.i18n.tr_args(id, &args)
}

fn help(state: &State, ctx: &Context) -> Screen {
    let topic = match &state.page {
        Page::Learners { .. } => "help-learners",
        Page::NewLearner { .. } => "help-new-learner",
        Page::Courses { .. } => "help-courses",
        Page::Lessons { .. } => "help-lessons",
        Page::LessonDone { .. } => "help-lesson-done",
        Page::ChampionPin { .. } | Page::Champions { .. } | Page::NewChampion { .. } => "help-champion",
        Page::LearnerPin { .. } => "help-learner-pin",
        Page::Step(page) => match current_step(ctx.catalog, page).map(|s| &s.body) {
            Some(StepBody::Question { .. }) => "help-question",
            Some(StepBody::Key { .. }) => "help-key",
            Some(StepBody::Command { .. }) => "help-command",
            Some(StepBody::Type { .. }) => "help-type",
            Some(StepBody::Practice { .. }) => "help-practice",
            Some(StepBody::Explain) | None => "help-explain",
        },
    };
    let mut screen = paragraphs(ctx, "help-title", topic);
    // Where letters type (a name, a PIN, key practice), the letter keys are not commands;
    // with single-letter keys off they do nothing. The help names the keys that work.
    let always = match state.page_input_mode(ctx.catalog) {
        InputMode::TextEntry | InputMode::KeyPractice => "help-always-typing",
        InputMode::Choices | InputMode::Continue if !state.settings.shortcuts => "help-always-function",
        InputMode::Choices | InputMode::Continue => "help-always",
    };
    screen.body.extend(lines(&ctx.i18n.tr(always)));
    screen
}

/// Whether the page is a command step still waiting for its command (R, H, W or Q):
/// Enter does not go on yet, so the keys line and the nudges say what to press.
fn command_waiting(state: &State, ctx: &Context) -> bool {
    let Page::Step(page) = &state.page else { return false };
    on_command_step(state, ctx) && page.outcome != Outcome::Right && state.overlay.is_none()
}

/// Whether the page is a command step (practise R, H, W or Q).
fn on_command_step(state: &State, ctx: &Context) -> bool {
    let Page::Step(page) = &state.page else { return false };
    matches!(current_step(ctx.catalog, page).map(|s| &s.body), Some(StepBody::Command { .. }))
}

pub(super) fn nudge(ctx: &Context, mode: InputMode, count: usize, waiting: bool) -> String {
    let id = match mode {
        _ if waiting => "nudge-command",
        InputMode::Choices => "nudge-choices",
        InputMode::Continue => "nudge-continue",
        InputMode::KeyPractice => "nudge-practice",
        InputMode::TextEntry => "nudge-typing",
    };
    ctx.i18n.tr_args(id, &Args::new().with("count", count))
}
