//! Moving between the list pages: learners, courses, lessons, and the end of a lesson.

use super::step;
use crate::domain::learner::{check_name, MAX_NAME_CHARS};
use crate::i18n::Args;
use crate::lesson::Catalog;
use crate::tutor::state::{Event, Item, Overlay, Page, State};
use crate::tutor::update::{arrive, say};
use crate::tutor::{Context, Effect, Message};

/// A message on a page that is a list of choices.
pub fn list(state: &mut State, catalog: &Catalog, message: Message) -> Vec<Effect> {
    let items = state.items(catalog);
    let focus = state.focus().unwrap_or(0).min(items.len().saturating_sub(1));
    match message {
        Message::Up | Message::Down => {
            let moved = match message {
                Message::Up => focus.saturating_sub(1),
                _ => (focus + 1).min(items.len().saturating_sub(1)),
            };
            set_focus(&mut state.page, moved);
            say(state, Event::Focus)
        }
        Message::Next => match items.get(focus) {
            Some(item) => activate(state, catalog, *item),
            None => Vec::new(),
        },
        Message::Choose(n) => match items.get(n) {
            Some(item) => {
                set_focus(&mut state.page, n);
                activate(state, catalog, *item)
            }
            None => say(state, Event::Nudge),
        },
        Message::Back => back(state, catalog),
        Message::Blank | Message::Unknown(_) | Message::Submit(_) => say(state, Event::Nudge),
        _ => Vec::new(),
    }
}

fn set_focus(page: &mut Page, to: usize) {
    match page {
        Page::Learners { focus }
        | Page::Courses { focus }
        | Page::Lessons { focus, .. }
        | Page::LessonDone { focus, .. }
        | Page::Champions { focus } => *focus = to,
        Page::NewLearner { .. }
        | Page::Step(_)
        | Page::ChampionPin { .. }
        | Page::NewChampion { .. }
        | Page::LearnerPin { .. } => {}
    }
}

fn activate(state: &mut State, catalog: &Catalog, item: Item) -> Vec<Effect> {
    let course = match state.page {
        Page::Lessons { course, .. } | Page::LessonDone { course, .. } => course,
        _ => 0,
    };
    match item {
        Item::Learner(i) if state.learners.get(i).is_some_and(|l| state.pinned.contains(&l.id)) => {
            super::pin::ask_learner(state, i)
        }
        Item::Learner(i) => match state.learners.get(i) {
            Some(learner) => {
                state.event = Event::Quiet;
                vec![Effect::OpenLearner(learner.id)]
            }
            None => Vec::new(),
        },
        Item::AddLearner => arrive(state, Page::NewLearner { name: String::new(), problem: None }),
        Item::Resume { course, lesson } => step::start_lesson(state, catalog, course, lesson),
        Item::NothingToResume => say(state, Event::Notice("courses-resume-none-said")),
        Item::Course(course) => {
            arrive(state, Page::Lessons { course, focus: first_unfinished(state, catalog, course) })
        }
        Item::SomeoneElse => super::ask::end_session(state, catalog, crate::tutor::state::Then::LeaveLearner),
        Item::ChampionMode => super::champion::champion_mode(state),
        Item::PlanNext(course, lesson) => step::start_lesson(state, catalog, course, lesson),
        Item::MyPlan => super::skills::open_plan(state),
        Item::DoneForReal => super::milestones::open(state),
        Item::SkillsCheck => super::skills::start(state),
        Item::Champion(_) | Item::AddChampion | Item::HubReport => super::champion::choose(state, item),
        Item::Lesson(lesson) | Item::NextLesson(lesson) => step::start_lesson(state, catalog, course, lesson),
        Item::NextCourse(next) => {
            arrive(state, Page::Lessons { course: next, focus: first_unfinished(state, catalog, next) })
        }
        Item::BackToLessons => {
            let lesson = match state.page {
                Page::LessonDone { lesson, .. } => lesson,
                _ => 0,
            };
            arrive(state, Page::Lessons { course, focus: lesson })
        }
        Item::BackToCourses => arrive(state, Page::Courses { focus: state.home_focus(catalog) }),
        Item::OpenSettings => {
            state.overlay = Some(Overlay::Settings { focus: 0 });
            say(state, Event::Arrived)
        }
        Item::Language(i) => super::settings::use_language(state, i),
        Item::ChooseLanguage => {
            let now = state.settings.language.clone();
            let focus = state.languages.iter().position(|(tag, _)| Some(tag) == now.as_ref()).unwrap_or(0);
            // (Without a choice yet, the first language in the list is highlighted.)
            state.overlay = Some(Overlay::Languages { focus });
            say(state, Event::Arrived)
        }
        _ => Vec::new(),
    }
}

/// Escape on a list page, or on the first step of a lesson.
pub fn back(state: &mut State, catalog: &Catalog) -> Vec<Effect> {
    match state.page {
        Page::Learners { .. } => {
            state.overlay = Some(Overlay::ConfirmQuit { focus: 0 });
            say(state, Event::Arrived)
        }
        // With no learners yet, the first list still has settings, languages and
        // champion mode: Escape goes there.
        Page::NewLearner { .. } if state.learners.is_empty() => arrive(state, Page::Learners { focus: 0 }),
        Page::NewLearner { .. } => leave_learner(state),
        // The learner's home is the first page of their session: Escape does not end it
        // by surprise, it says how to stop.
        Page::Courses { .. } => say(state, Event::Notice("courses-back-home")),
        Page::Champions { .. } | Page::ChampionPin { .. } | Page::NewChampion { .. } | Page::LearnerPin { .. } => {
            arrive(state, Page::Learners { focus: 0 })
        }
        Page::Lessons { course, .. } => {
            // The courses page may start with "carry on", so find the course's place in it.
            state.page = Page::Courses { focus: state.home_focus(catalog) };
            let focus = state.items(catalog).iter().position(|i| *i == Item::Course(course)).unwrap_or(0);
            arrive(state, Page::Courses { focus })
        }
        Page::LessonDone { course, lesson, .. } => arrive(state, Page::Lessons { course, focus: lesson }),
        Page::Step(ref page) => {
            let (course, lesson) = (page.course, page.lesson);
            arrive(state, Page::Lessons { course, focus: lesson })
        }
    }
}

/// Back to the list of learners, the learner's session over.
pub fn leave_learner(state: &mut State) -> Vec<Effect> {
    let focus = state
        .learner
        .take()
        .and_then(|(learner, _)| state.learners.iter().position(|l| l.id == learner.id))
        .unwrap_or(0);
    arrive(state, Page::Learners { focus })
}

/// The first lesson of a course the learner has not finished (the first if all are).
fn first_unfinished(state: &State, catalog: &Catalog, course: usize) -> usize {
    let Some(course) = catalog.courses.get(course) else {
        return 0;
    };
    course
        .lessons
        .iter()
        .position(|lesson| {
            !state.progress().and_then(|p| p.lesson(&course.id, &lesson.id)).is_some_and(|p| p.completed)
        })
        .unwrap_or(0)
}

/// A message while typing a new learner's name.
pub fn new_learner(state: &mut State, catalog: &Catalog, message: Message) -> Vec<Effect> {
    let Page::NewLearner { name, problem } = &mut state.page else {
        return Vec::new();
    };
    match message {
        Message::Type(c) if name.chars().count() < MAX_NAME_CHARS => {
            name.push(c);
            *problem = None;
            say(state, Event::Typed(c))
        }
        Message::RubOut => match name.pop() {
            Some(c) => say(state, Event::RubbedOut(c)),
            None => Vec::new(),
        },
        Message::Next | Message::Blank => {
            let typed = name.clone();
            name_or_choice(state, catalog, &typed)
        }
        Message::Submit(typed) | Message::Unknown(typed) => name_or_choice(state, catalog, &typed),
        Message::Back => back(state, catalog),
        _ => Vec::new(),
    }
}

/// On a page with choices beside the name box (a fresh install's first page), a
/// number chooses: a name is never only digits. Anything else is the name.
fn name_or_choice(state: &mut State, catalog: &Catalog, typed: &str) -> Vec<Effect> {
    let items = state.items(catalog);
    let Some(number) = typed.trim().parse::<usize>().ok().filter(|_| !items.is_empty()) else {
        return add_learner(state, typed);
    };
    if let Page::NewLearner { name, problem } = &mut state.page {
        name.clear();
        *problem = None;
    }
    match number.checked_sub(1).and_then(|i| items.get(i)) {
        Some(item) => activate(state, catalog, *item),
        None => say(state, Event::Nudge),
    }
}

fn add_learner(state: &mut State, typed: &str) -> Vec<Effect> {
    match check_name(typed, &state.learners) {
        Ok(name) => {
            state.event = Event::Quiet;
            vec![Effect::AddLearner(name)]
        }
        Err(reason) => {
            if let Page::NewLearner { problem, name } = &mut state.page {
                *problem = Some(reason);
                *name = typed.chars().take(MAX_NAME_CHARS).collect();
            }
            say(state, Event::Feedback)
        }
    }
}

/// For a champion starting a session: the learner's last session, when it was, what
/// they worked on, the notes left, the help they asked for, and the plan's next lesson.
pub fn last_session(state: &State, ctx: &Context) -> Vec<String> {
    let (Some(_), Some(last)) = (&state.champion, state.progress().and_then(|p| p.last_session.as_ref())) else {
        return Vec::new();
    };
    let i18n = ctx.i18n;
    let date = crate::learner_data::disclosure::date(i18n, &last.started_at);
    let mut said = vec![i18n.tr_args("champion-last-session", &Args::new().with("date", date))];
    let names: Vec<String> = last
        .lessons
        .iter()
        .filter_map(|(c, l)| ctx.catalog.find(c, l))
        .map(|(c, l)| {
            let (course, lesson) = (&ctx.catalog.courses[c], &ctx.catalog.courses[c].lessons[l]);
            i18n.tr_args(
                "plan-lesson",
                &Args::new().with("course", i18n.tr(&course.title)).with("lesson", i18n.tr(&lesson.title)),
            )
        })
        .collect();
    if !names.is_empty() {
        said.push(i18n.tr_args("champion-last-worked-on", &Args::new().with("lessons", names.join(", "))));
    }
    if !last.notes.is_empty() {
        said.push(i18n.tr_args("champion-last-notes", &Args::new().with("notes", last.notes.as_str())));
    }
    let [hints, show, done] = last.help;
    let help = Args::new().with("hints", hints).with("show", show).with("done", done);
    said.push(i18n.tr_args("champion-last-help", &help));
    if let Some((c, l)) = state.plan_next(ctx.catalog) {
        let title = ctx.catalog.lesson(c, l).map(|l| i18n.tr(&l.title)).unwrap_or_default();
        said.push(i18n.tr_args("champion-last-next", &Args::new().with("lesson", title)));
    }
    said
}
