//! Turns what an author wrote ([`super::format`]) into the checked model
//! ([`super::model`]), reporting every problem at its line and column.

use std::collections::HashSet;
use std::path::Path;

use toml::Spanned;

use super::format::{
    ChoiceEntry, CourseFile, LessonFile, MilestoneEntry, StepEntry, StepKind, FORMAT_VERSION, SKILL_AREAS,
};
use super::model::{Choice, Command, Course, Key, Lesson, Milestone, Step, StepBody};
use crate::content::diag::{Diagnostic, LineIndex, Problem, Severity};
use crate::content::limits::MAX_STEPS;

/// A place in a lesson file where a message id is used, so that `check` can say where a
/// missing message was asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageRef {
    pub id: String,
    pub path: std::path::PathBuf,
    pub line: usize,
    pub col: usize,
}

/// One file being checked: where problems and message uses are collected.
pub struct FileCheck<'a> {
    pub path: &'a Path,
    pub problems: &'a mut Vec<Diagnostic>,
    /// Where each message is used, when someone (`check`) wants to know.
    pub refs: Option<&'a mut Vec<MessageRef>>,
    /// The file's text, with where its lines start: a long lesson names thousands of places.
    pub lines: LineIndex<'a>,
}

impl FileCheck<'_> {
    /// Records an error at the start of `span`.
    pub fn error(&mut self, span: std::ops::Range<usize>, problem: Problem) {
        let d = self.lines.diagnostic(self.path, span.start, Severity::Error, problem);
        self.problems.push(d);
    }

    pub fn message(&mut self, id: &Spanned<String>) -> String {
        if let Some(refs) = self.refs.as_deref_mut() {
            let (line, col) = self.lines.line_col(id.span().start);
            let path = self.path.to_path_buf();
            refs.push(MessageRef { id: id.get_ref().clone(), path, line, col });
        }
        id.get_ref().clone()
    }

    fn version(&mut self, version: &Spanned<u32>) -> bool {
        if *version.get_ref() == FORMAT_VERSION {
            return true;
        }
        let problem = Problem::FormatVersion { found: *version.get_ref(), supported: FORMAT_VERSION };
        self.error(version.span(), problem);
        false
    }

    pub fn id(&mut self, id: &Spanned<String>) -> bool {
        let text = id.get_ref();
        let ok = text.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
            && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !ok {
            self.error(id.span(), Problem::BadId { id: text.clone() });
        }
        ok
    }
}

/// Checks a course file; `None` when it has errors. `taken` holds the ids of the
/// courses loaded so far.
pub fn course(file: CourseFile, check: &mut FileCheck, taken: &mut HashSet<String>) -> Option<Course> {
    let version_ok = check.version(&file.format_version);
    let mut id_ok = check.id(&file.id);
    if id_ok && !taken.insert(file.id.get_ref().clone()) {
        let problem = Problem::DuplicateId { what: "course", id: file.id.get_ref().clone() };
        check.error(file.id.span(), problem);
        id_ok = false;
    }
    let title = check.message(&file.title);
    let summary = check.message(&file.summary);
    let ask_confidence = file.ask_confidence.unwrap_or(true);
    let milestones = milestones(&file.milestones, check);
    (version_ok && id_ok).then(|| Course {
        id: file.id.into_inner(),
        title,
        summary,
        ask_confidence,
        milestones,
        lessons: Vec::new(),
        path: check.path.to_path_buf(),
        origin: super::model::Origin::BuiltIn,
    })
}

/// A course's milestones; one with a bad or repeated id is left out, with its place.
fn milestones(entries: &[MilestoneEntry], check: &mut FileCheck) -> Vec<Milestone> {
    let mut taken = HashSet::new();
    let mut kept = Vec::new();
    for entry in entries {
        let words = check.message(&entry.words);
        if !check.id(&entry.id) {
            continue;
        }
        if !taken.insert(entry.id.get_ref().clone()) {
            let problem = Problem::DuplicateId { what: "milestone", id: entry.id.get_ref().clone() };
            check.error(entry.id.span(), problem);
            continue;
        }
        kept.push(Milestone { id: entry.id.get_ref().clone(), words });
    }
    kept
}

/// Checks a lesson file; `None` when it has errors, so the lesson is left out.
/// `taken` holds the ids of the course's lessons so far.
pub fn lesson(file: LessonFile, check: &mut FileCheck, taken: &mut HashSet<String>) -> Option<Lesson> {
    let before = check.problems.len();
    check.version(&file.format_version);
    if check.id(&file.id) && !taken.insert(file.id.get_ref().clone()) {
        let problem = Problem::DuplicateId { what: "lesson", id: file.id.get_ref().clone() };
        check.error(file.id.span(), problem);
    }
    let title = check.message(&file.title);
    let summary = check.message(&file.summary);
    let skills = file.skills.get_ref().clone();
    if skills.is_empty() {
        check.error(file.skills.span(), Problem::NoSkills);
    }
    for skill in skills.iter().filter(|s| !SKILL_AREAS.contains(&s.as_str())) {
        check.error(file.skills.span(), Problem::UnknownSkill { name: skill.clone() });
    }
    if file.steps.is_empty() {
        check.error(file.id.span(), Problem::NoSteps);
    }
    if let Some(extra) = file.steps.get(MAX_STEPS) {
        check.error(extra.id.span(), Problem::TooManySteps { limit: MAX_STEPS });
        return None;
    }
    let mut seen = HashSet::new();
    let mut steps = Vec::new();
    for entry in file.steps {
        if check.id(&entry.id) && !seen.insert(entry.id.get_ref().clone()) {
            let problem = Problem::DuplicateId { what: "step", id: entry.id.get_ref().clone() };
            check.error(entry.id.span(), problem);
        }
        steps.extend(step(entry, check));
    }
    (check.problems.len() == before).then(|| Lesson {
        id: file.id.into_inner(),
        title,
        summary,
        skills,
        steps,
        path: check.path.to_path_buf(),
    })
}

/// The optional fields of a step, by name, with the span of each one given.
/// Tables have no span of their own here, so they are reported at the step's kind.
fn optional_fields(entry: &StepEntry) -> [(&'static str, Option<std::ops::Range<usize>>); 11] {
    let table = |present: bool| present.then(|| entry.kind.span());
    [
        ("choices", table(entry.choices.is_some())),
        ("key", entry.key.as_ref().map(Spanned::span)),
        ("command", entry.command.as_ref().map(Spanned::span)),
        ("answer", entry.answer.as_ref().map(Spanned::span)),
        ("match_case", entry.match_case.as_ref().map(Spanned::span)),
        ("success", entry.success.as_ref().map(Spanned::span)),
        ("goal", table(entry.goal.is_some())),
        ("inbox", table(entry.inbox.is_some())),
        ("call", table(entry.call.is_some())),
        ("nhs", table(entry.nhs.is_some())),
        ("texts", table(entry.texts.is_some())),
    ]
}

/// Fields a step may leave out even where they belong: a practice step needs only one
/// of its four screens (checked in [`super::practice_check`]).
const OPTIONAL: &[&str] = &["match_case", "inbox", "call", "nhs", "texts"];

fn step(entry: StepEntry, check: &mut FileCheck) -> Option<Step> {
    let Some(kind) = StepKind::parse(entry.kind.get_ref()) else {
        check.error(entry.kind.span(), Problem::UnknownStepKind { kind: entry.kind.get_ref().clone() });
        return None;
    };
    let name = kind.name();
    let allowed: &[&str] = match kind {
        StepKind::Explain => &[],
        StepKind::Question | StepKind::Choose => &["choices"],
        StepKind::Key => &["key", "success"],
        StepKind::Type => &["answer", "match_case", "success"],
        StepKind::Practice => &["success", "goal", "inbox", "call", "nhs", "texts"],
        StepKind::Command => &["command", "success"],
    };
    let before = check.problems.len();
    for (field, span) in optional_fields(&entry) {
        match span {
            Some(span) if !allowed.contains(&field) => {
                check.error(span, Problem::FieldNotAllowed { field, kind: name });
            }
            None if allowed.contains(&field) && !OPTIONAL.contains(&field) => {
                check.error(entry.kind.span(), Problem::MissingField { field, kind: name });
            }
            _ => {}
        }
    }
    let title = check.message(&entry.title);
    let text = check.message(&entry.text);
    let success = entry.success.as_ref().map(|s| check.message(s)).unwrap_or_default();
    let body = match kind {
        StepKind::Explain => Some(StepBody::Explain),
        StepKind::Question | StepKind::Choose => {
            question(entry.choices.unwrap_or_default(), &entry.kind, kind == StepKind::Choose, check)
        }
        StepKind::Key => entry.key.as_ref().and_then(|key| match Key::parse(key.get_ref()) {
            Some(key) => Some(StepBody::Key { key, success }),
            None => {
                check.error(key.span(), Problem::UnknownKey { name: key.get_ref().clone() });
                None
            }
        }),
        StepKind::Type => entry.answer.as_ref().map(|answer| StepBody::Type {
            answer: check.message(answer),
            match_case: entry.match_case.as_ref().is_some_and(|m| *m.get_ref()),
            success,
        }),
        StepKind::Practice => super::practice_check::practice(&entry, success, check),
        StepKind::Command => entry.command.as_ref().and_then(|name| match Command::parse(name.get_ref()) {
            Some(command) => Some(StepBody::Command { command, success }),
            None => {
                check.error(name.span(), Problem::UnknownCommand { name: name.get_ref().clone() });
                None
            }
        }),
    };
    let body = body.filter(|_| check.problems.len() == before)?;
    Some(Step { id: entry.id.into_inner(), title, text, body })
}

fn question(
    entries: Vec<ChoiceEntry>,
    kind: &Spanned<String>,
    any_answer: bool,
    check: &mut FileCheck,
) -> Option<StepBody> {
    if entries.is_empty() {
        return None; // Reported as a missing field.
    }
    if entries.len() < 2 {
        check.error(kind.span(), Problem::TooFewChoices);
    }
    let correct: Vec<usize> = entries
        .iter()
        .enumerate()
        .filter(|(_, c)| c.correct.as_ref().is_some_and(|c| *c.get_ref()))
        .map(|(i, _)| i)
        .collect();
    if any_answer && !correct.is_empty() {
        check.error(kind.span(), Problem::FieldNotAllowed { field: "correct", kind: "choose" });
    } else if !any_answer && correct.len() != 1 {
        check.error(kind.span(), Problem::CorrectCount { count: correct.len() });
    }
    let choices =
        entries.iter().map(|c| Choice { text: check.message(&c.text), feedback: check.message(&c.feedback) }).collect();
    Some(StepBody::Question { choices, correct: correct.first().copied() })
}
