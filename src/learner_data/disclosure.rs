//! "See everything stored about me": every row kept about a learner, in words, one
//! line each, for the learner or their champion to read (`signpost learner show`).

use crate::domain::settings::Theme;
use crate::domain::when::Timestamp;
use crate::i18n::{Args, I18n};
use crate::learner_data::record::Everything;
use crate::lesson::{Catalog, Course, Lesson};
use crate::tutor::plan::MATTERS;

/// What matters most to them, as they chose it in Finding your reason.
fn reason(i18n: &I18n, reason: Option<i64>) -> String {
    let chosen = reason.and_then(|at| usize::try_from(at).ok()).and_then(|at| MATTERS.get(at));
    match chosen {
        Some((choice, _)) => i18n.tr_args("learner-show-reason", &Args::new().with("reason", i18n.tr(choice))),
        None => i18n.tr("learner-show-reason-none"),
    }
}

/// Everything in `all`, as lines of text. Section rows are indented by two spaces.
pub fn lines(i18n: &I18n, catalog: &Catalog, all: &Everything) -> Vec<String> {
    let r = &all.record;
    let tr = |id: &str, args: Args| i18n.tr_args(id, &args);
    let mut out = vec![
        tr("learner-show-title", Args::new().with("name", &r.name)),
        i18n.tr("learner-show-times"),
        tr("learner-show-added", Args::new().with("when", when(i18n, &r.created_at))),
        i18n.tr(if all.has_pin { "learner-show-pin-set" } else { "learner-show-pin-none" }),
        reason(i18n, r.reason),
    ];
    match &r.settings {
        None => out.push(i18n.tr("learner-show-settings-none")),
        Some(s) => {
            out.push(i18n.tr("learner-show-settings"));
            let on_off = |on: bool| i18n.tr(if on { "setting-on" } else { "setting-off" });
            let steps = usize::try_from(s.rate.unsigned_abs()).unwrap_or(0);
            let rate = match s.rate {
                r if r < 0 => tr("rate-slower", Args::new().with("steps", steps)),
                0 => i18n.tr("rate-normal"),
                _ => tr("rate-faster", Args::new().with("steps", steps)),
            };
            let language = s.language.clone().unwrap_or_else(|| i18n.tr("learner-show-language-start"));
            let theme =
                Theme::from_key(&s.theme).map_or_else(|| s.theme.clone(), |t| i18n.tr(&format!("theme-{}", t.key())));
            for (id, value) in [
                ("setting-theme", theme),
                ("setting-large-print", on_off(s.large_print)),
                ("setting-speech", on_off(s.speech)),
                ("setting-rate", rate),
                ("setting-shortcuts", on_off(s.shortcuts)),
                ("setting-language", language),
            ] {
                out.push(format!("  {}", tr(id, Args::new().with("value", value))));
            }
        }
    }
    let names = Names { i18n, catalog };
    let mut section = |heading: &str, rows: Vec<String>| {
        out.push(tr(heading, Args::new().with("count", rows.len())));
        if rows.is_empty() {
            out.push(format!("  {}", i18n.tr("learner-show-nothing")));
        }
        out.extend(rows.into_iter().map(|row| format!("  {row}")));
    };
    section(
        "learner-show-lessons",
        r.lesson_progress
            .iter()
            .map(|p| {
                let args = Args::new()
                    .with("lesson", names.lesson(&p.course_id, &p.lesson_id))
                    .with("step", names.step(&p.course_id, &p.lesson_id, &p.step_id))
                    .with("started", when(i18n, &p.started_at))
                    .with("updated", when(i18n, &p.updated_at));
                match &p.completed_at {
                    Some(done) => tr("learner-show-lesson-done", args.with("done", when(i18n, done))),
                    None => tr("learner-show-lesson-open", args),
                }
            })
            .collect(),
    );
    section(
        "learner-show-help",
        r.help_event
            .iter()
            .map(|e| {
                let args = Args::new()
                    .with("when", when(i18n, &e.at))
                    .with("level", i18n.tr(&format!("learner-help-{}", e.level)))
                    .with("lesson", names.lesson(&e.course_id, &e.lesson_id))
                    .with("step", names.step(&e.course_id, &e.lesson_id, &e.step_id));
                tr("learner-show-help-row", args)
            })
            .collect(),
    );
    section(
        "learner-show-steps",
        r.step_event
            .iter()
            .map(|e| {
                let args = Args::new()
                    .with("when", when(i18n, &e.at))
                    .with("lesson", names.lesson(&e.course_id, &e.lesson_id))
                    .with("step", names.step(&e.course_id, &e.lesson_id, &e.step_id));
                tr("learner-show-step-row", args)
            })
            .collect(),
    );
    section(
        "learner-show-completions",
        r.completion_event
            .iter()
            .map(|e| {
                let args = Args::new()
                    .with("when", when(i18n, &e.at))
                    .with("lesson", names.lesson(&e.course_id, &e.lesson_id));
                tr("learner-show-completion-row", args)
            })
            .collect(),
    );
    section(
        "learner-show-confidence",
        r.confidence
            .iter()
            .map(|e| {
                let args = Args::new()
                    .with("when", when(i18n, &e.at))
                    .with("course", names.course(&e.course_id))
                    .with("moment", i18n.tr(&format!("learner-moment-{}", e.moment)))
                    .with("score", e.score.to_string());
                tr("learner-show-confidence-row", args)
            })
            .collect(),
    );
    section(
        "learner-show-skills",
        r.skills_answer
            .iter()
            .map(|e| {
                let args = Args::new()
                    .with("skill", skill_words(i18n, &e.skill))
                    .with("answer", answer_words(i18n, &e.answer))
                    .with("when", when(i18n, &e.at));
                tr("learner-show-skill-row", args)
            })
            .collect(),
    );
    section(
        "learner-show-plan",
        r.plan_item
            .iter()
            .map(|p| {
                // Counted from 1, as people count.
                let args = Args::new()
                    .with("position", (p.position + 1).to_string())
                    .with("lesson", names.lesson(&p.course_id, &p.lesson_id));
                tr("learner-show-plan-row", args)
            })
            .collect(),
    );
    section(
        "learner-show-milestones",
        r.milestone
            .iter()
            .map(|m| {
                let args = Args::new()
                    .with("words", names.milestone(&m.course_id, &m.milestone_id))
                    .with("when", when(i18n, &m.at));
                tr("learner-show-milestone-row", args)
            })
            .collect(),
    );
    let given = |n: Option<i64>| match n {
        None => i18n.tr("learner-show-not-given"),
        Some(0) => i18n.tr("learner-show-no"),
        Some(_) => i18n.tr("learner-show-yes"),
    };
    section(
        "learner-show-sessions",
        all.sessions
            .iter()
            .map(|s| {
                let args = Args::new()
                    .with("started", when(i18n, &s.started_at))
                    .with(
                        "ended",
                        s.ended_at.as_deref().map_or_else(|| i18n.tr("learner-show-session-open"), |e| when(i18n, e)),
                    )
                    .with("champion", s.champion.clone().unwrap_or_else(|| i18n.tr("learner-show-no-champion")))
                    .with("useful", given(s.useful))
                    .with("helpful", given(s.helpful))
                    .with("notes", &s.notes);
                tr("learner-show-session-row", args)
            })
            .collect(),
    );
    section("learner-show-wrong-pins", all.pin_failures.iter().map(|at| when(i18n, at)).collect());
    out
}

/// A skills-check question in words ("Staying safe online."), or its id if this build
/// does not have it (say, from a file made by a newer Signpost).
fn skill_words(i18n: &I18n, skill: &str) -> String {
    let id = format!("skill-q-{skill}");
    if i18n.has(&id) {
        i18n.tr(&id)
    } else {
        skill.to_owned()
    }
}

/// A skills-check answer in the words the learner chose it by ("I need help with this").
fn answer_words(i18n: &I18n, answer: &str) -> String {
    match answer {
        "can" => i18n.tr("skills-can"),
        "help" => i18n.tr("skills-need-help"),
        "learn" => i18n.tr("skills-want-to-learn"),
        other => other.to_owned(),
    }
}

/// A database time for people: "5 January 2026, 10:15", or the text as it is.
pub fn when(i18n: &I18n, at: &str) -> String {
    match Timestamp::parse(at) {
        Some(m) => i18n.tr_args("learner-when", &Args::new().with("date", date_of(i18n, m)).with("time", m.clock())),
        None => at.to_owned(),
    }
}

/// The day of a database time for people: "5 January 2026", or the text as it is.
pub fn date(i18n: &I18n, at: &str) -> String {
    Timestamp::parse(at).map_or_else(|| at.to_owned(), |m| date_of(i18n, m))
}

/// "5 January 2026" in the learner's language.
pub fn date_of(i18n: &I18n, m: Timestamp) -> String {
    let args = Args::new()
        .with("day", m.day.to_string())
        .with("month", i18n.tr(&format!("month-{}", m.month)))
        .with("year", m.year.to_string());
    i18n.tr_args("learner-date", &args)
}

/// Course, lesson and step names from the lesson catalog, or their ids when this build
/// does not have them (say, from a file made by a newer Signpost).
pub struct Names<'a> {
    pub i18n: &'a I18n,
    pub catalog: &'a Catalog,
}

impl Names<'_> {
    fn find(&self, course_id: &str, lesson_id: &str) -> (Option<&Course>, Option<&Lesson>) {
        let course = self.catalog.courses.iter().find(|c| c.id == course_id);
        (course, course.and_then(|c| c.lessons.iter().find(|l| l.id == lesson_id)))
    }

    pub fn course(&self, course_id: &str) -> String {
        self.find(course_id, "").0.map_or_else(|| course_id.to_owned(), |c| self.i18n.tr(&c.title))
    }

    /// The lesson's title alone.
    pub fn lesson_title(&self, course_id: &str, lesson_id: &str) -> String {
        self.find(course_id, lesson_id).1.map_or_else(|| lesson_id.to_owned(), |l| self.i18n.tr(&l.title))
    }

    /// "Getting started: Using this tutor".
    pub fn lesson(&self, course_id: &str, lesson_id: &str) -> String {
        let args =
            Args::new().with("course", self.course(course_id)).with("title", self.lesson_title(course_id, lesson_id));
        self.i18n.tr_args("learner-lesson", &args)
    }

    /// A milestone's words ("I sent an email to someone I know"), or its id.
    pub fn milestone(&self, course_id: &str, milestone_id: &str) -> String {
        let course = self.find(course_id, "").0;
        let found = course.and_then(|c| c.milestones.iter().find(|m| m.id == milestone_id));
        found.map_or_else(|| milestone_id.to_owned(), |m| self.i18n.tr(&m.words))
    }

    pub fn step(&self, course_id: &str, lesson_id: &str, step_id: &str) -> String {
        let step = self.find(course_id, lesson_id).1.and_then(|l| l.steps.iter().find(|s| s.id == step_id));
        step.map_or_else(|| step_id.to_owned(), |s| self.i18n.tr(&s.title))
    }
}

#[cfg(test)]
#[path = "disclosure_tests.rs"]
mod tests;
