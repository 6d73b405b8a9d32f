//! Small pieces of wording shared by the view: names of keys, list entries, "where am I".

use super::state::{current_lesson, Item, Overlay, Page, State, StepPage};
use super::Context;
use crate::i18n::{Args, I18n};
use crate::lesson::{Key, Lesson};

/// A key's name as a learner hears it: "Enter", "the Space bar", "a capital A".
pub fn key_name(i18n: &I18n, key: Key) -> String {
    let id = match key {
        Key::Enter => "key-enter",
        Key::Space => "key-space",
        Key::Backspace => "key-backspace",
        Key::Tab => "key-tab",
        Key::Escape => "key-escape",
        Key::Up => "key-up",
        Key::Down => "key-down",
        Key::Left => "key-left",
        Key::Right => "key-right",
        Key::Other => "key-other",
        Key::Char(c) => {
            let id = if c.is_uppercase() {
                "key-capital"
            } else if c.is_alphabetic() {
                "key-letter"
            } else if c.is_ascii_digit() {
                "key-digit"
            } else {
                "key-sign"
            };
            return i18n.tr_args(id, &Args::new().with("char", c.to_string()));
        }
    };
    i18n.tr(id)
}

/// The words of one list entry.
pub fn item_label(state: &State, ctx: &Context, item: Item) -> String {
    let (catalog, i18n) = (ctx.catalog, ctx.i18n);
    let course_of_page = match state.page {
        Page::Lessons { course, .. } | Page::LessonDone { course, .. } => catalog.courses.get(course),
        _ => None,
    };
    match item {
        Item::Learner(i) => state.learners.get(i).map(|l| l.name.clone()).unwrap_or_default(),
        Item::AddLearner => i18n.tr("learners-add"),
        Item::Resume { course, lesson } => {
            let Some(lesson_data) = catalog.lesson(course, lesson) else {
                return String::new();
            };
            let course_id = &catalog.courses[course].id;
            let step = saved_step_number(state, course_id, lesson_data);
            let args = Args::new()
                .with("lesson", i18n.tr(&lesson_data.title))
                .with("step", step)
                .with("total", lesson_data.steps.len());
            i18n.tr_args("courses-resume", &args)
        }
        Item::Course(i) => {
            let course = &catalog.courses[i];
            let done = course
                .lessons
                .iter()
                .filter(|l| state.progress().and_then(|p| p.lesson(&course.id, &l.id)).is_some_and(|p| p.completed))
                .count();
            let args = Args::new()
                .with("course", i18n.tr(&course.title))
                .with("done", done)
                .with("total", course.lessons.len());
            i18n.tr_args("courses-item", &args)
        }
        Item::SomeoneElse => i18n.tr("courses-someone-else"),
        Item::NothingToResume => i18n.tr("courses-resume-none"),
        Item::Lesson(i) => {
            let Some(course) = course_of_page else {
                return String::new();
            };
            let lesson = &course.lessons[i];
            let saved = state.progress().and_then(|p| p.lesson(&course.id, &lesson.id));
            let args = Args::new()
                .with("lesson", i18n.tr(&lesson.title))
                .with("step", saved_step_number(state, &course.id, lesson))
                .with("total", lesson.steps.len());
            let id = match saved {
                Some(p) if p.in_progress => "lessons-item-started",
                Some(p) if p.completed => "lessons-item-done",
                _ => "lessons-item-new",
            };
            i18n.tr_args(id, &args)
        }
        Item::NextLesson(i) => {
            let title = course_of_page.and_then(|c| c.lessons.get(i)).map(|l| i18n.tr(&l.title));
            i18n.tr_args("done-next-lesson", &Args::new().with("lesson", title.unwrap_or_default()))
        }
        Item::NextCourse(i) => {
            let title = catalog.courses.get(i).map(|c| i18n.tr(&c.title)).unwrap_or_default();
            i18n.tr_args("done-next-course", &Args::new().with("course", title))
        }
        Item::BackToLessons => {
            let title = course_of_page.map(|c| i18n.tr(&c.title)).unwrap_or_default();
            i18n.tr_args("done-back-to-course", &Args::new().with("course", title))
        }
        Item::BackToCourses => i18n.tr("back-to-courses"),
        Item::KeepGoing => i18n.tr("quit-no"),
        Item::Stop => i18n.tr("quit-yes"),
        Item::PlanNext(course, lesson) => {
            let title = catalog.lesson(course, lesson).map(|l| i18n.tr(&l.title)).unwrap_or_default();
            i18n.tr_args("plan-next", &Args::new().with("lesson", title))
        }
        Item::PlanLesson(i) => {
            let found = state.progress().and_then(|p| p.plan.get(i)).and_then(|(c, l)| catalog.find(c, l));
            let Some((course, lesson)) = found else { return String::new() };
            let (course, lesson) = (&catalog.courses[course], &catalog.courses[course].lessons[lesson]);
            let done = state.progress().and_then(|p| p.lesson(&course.id, &lesson.id)).is_some_and(|p| p.completed);
            let args = Args::new().with("course", i18n.tr(&course.title)).with("lesson", i18n.tr(&lesson.title));
            i18n.tr_args(if done { "plan-lesson-done" } else { "plan-lesson" }, &args)
        }
        Item::ChampionMode
        | Item::Champion(_)
        | Item::AddChampion
        | Item::HubReport
        | Item::Score(_)
        | Item::Yes
        | Item::No
        | Item::MyPlan
        | Item::SkillsCheck
        | Item::Answer(_)
        | Item::Matters(_)
        | Item::PlanSkip
        | Item::PlanDone => super::pages::champion::label(state, i18n, item),
        Item::DoneForReal | Item::Milestone(_) => super::pages::milestones::label(state, catalog, i18n, item),
        setting => super::pages::settings::label(state, i18n, setting),
    }
}

/// The step number (from 1) a learner saved in a lesson, or 1.
fn saved_step_number(state: &State, course_id: &str, lesson: &Lesson) -> usize {
    state
        .progress()
        .and_then(|p| p.lesson(course_id, &lesson.id))
        .and_then(|p| lesson.steps.iter().position(|s| s.id == p.step_id))
        .map_or(1, |i| i + 1)
}

/// "Where am I?": the place, then what is highlighted.
pub fn where_am_i(state: &State, ctx: &Context, focused: Option<&str>) -> String {
    let i18n = ctx.i18n;
    let name = state.learner.as_ref().map(|(l, _)| l.name.clone()).unwrap_or_default();
    let place = match (&state.overlay, &state.page) {
        (Some(Overlay::ConfirmQuit { .. }), _) => i18n.tr("where-quit"),
        (Some(Overlay::Help), _) => i18n.tr("where-help"),
        (
            Some(
                Overlay::Settings { .. }
                | Overlay::CompareThemes { .. }
                | Overlay::ScreenReader { .. }
                | Overlay::Languages { .. },
            ),
            _,
        ) => i18n.tr("where-settings"),
        (None, Page::Learners { .. }) => i18n.tr("where-learners"),
        (None, Page::NewLearner { .. }) => i18n.tr("where-new-learner"),
        (None, Page::Courses { .. }) => i18n.tr_args("where-courses", &Args::new().with("name", name)),
        (None, Page::Lessons { course, .. }) => {
            let title = ctx.catalog.courses.get(*course).map(|c| i18n.tr(&c.title)).unwrap_or_default();
            i18n.tr_args("where-lessons", &Args::new().with("course", title))
        }
        (None, Page::Step(page)) => i18n.tr_args("where-step", &step_args(ctx, page)),
        (None, Page::LessonDone { course, lesson, .. }) => {
            let title = ctx.catalog.lesson(*course, *lesson).map(|l| i18n.tr(&l.title)).unwrap_or_default();
            i18n.tr_args("where-lesson-done", &Args::new().with("lesson", title))
        }
        (None, Page::ChampionPin { .. } | Page::Champions { .. } | Page::NewChampion { .. }) => {
            i18n.tr("where-champion")
        }
        (Some(Overlay::Ask { .. } | Overlay::SkillsCheck { .. }), _) => i18n.tr("where-question"),
        (Some(Overlay::Plan { .. }), _) => i18n.tr("where-plan"),
        (Some(Overlay::Milestones { .. }), _) => i18n.tr("where-milestones"),
        (None, Page::LearnerPin { .. }) | (Some(Overlay::SetPin { .. }), _) => i18n.tr("where-pin"),
        (Some(Overlay::Notes { .. }), _) => i18n.tr("where-notes"),
        (Some(Overlay::Text { .. }), _) => i18n.tr("where-settings"),
    };
    match focused {
        Some(item) => format!("{place} {}", i18n.tr_args("where-focus", &Args::new().with("item", item))),
        None => place,
    }
}

/// Course, lesson, step number and count of a step page, as message arguments.
pub fn step_args(ctx: &Context, page: &StepPage) -> Args {
    let i18n = ctx.i18n;
    let course = ctx.catalog.courses.get(page.course).map(|c| i18n.tr(&c.title)).unwrap_or_default();
    let lesson = current_lesson(ctx.catalog, page);
    Args::new()
        .with("course", course)
        .with("lesson", lesson.map(|l| i18n.tr(&l.title)).unwrap_or_default())
        .with("step", page.step + 1)
        .with("total", lesson.map_or(0, |l| l.steps.len()))
}
