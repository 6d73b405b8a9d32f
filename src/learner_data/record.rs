//! Every row kept about one learner, as plain data: what the store reads for "see
//! everything stored about me", a certificate, or an export file, and what an import
//! writes back. Field names are the database's column names; times are the database's
//! UTC timestamps (`2026-03-01T10:15:30.123Z`), kept as text so they round-trip exactly.

use serde::{Deserialize, Serialize};

use crate::domain::settings::{Settings, Theme};

/// One learner's own rows: everything that moves with them to another hub.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LearnerRecord {
    pub name: String,
    /// The id that stays with the person from hub to hub ("" in files from before ids).
    #[serde(default)]
    pub uid: String,
    pub created_at: String,
    pub settings: Option<SettingsRow>,
    /// What matters most to them (`learner.reason`): its place, from 0, in the list of
    /// reasons in Finding your reason (`tutor::plan::MATTERS`). Missing in older files.
    #[serde(default)]
    pub reason: Option<i64>,
    #[serde(default)]
    pub lesson_progress: Vec<ProgressRow>,
    #[serde(default)]
    pub help_event: Vec<HelpRow>,
    #[serde(default)]
    pub step_event: Vec<StepRow>,
    #[serde(default)]
    pub completion_event: Vec<CompletionRow>,
    #[serde(default)]
    pub confidence: Vec<ConfidenceRow>,
    #[serde(default)]
    pub skills_answer: Vec<SkillRow>,
    #[serde(default)]
    pub plan_item: Vec<PlanRow>,
    #[serde(default)]
    pub milestone: Vec<MilestoneRow>,
}

/// A `learner_settings` row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsRow {
    pub theme: String,
    pub large_print: bool,
    pub speech: bool,
    pub rate: i64,
    pub shortcuts: bool,
    pub language: Option<String>,
}

impl From<&Settings> for SettingsRow {
    fn from(s: &Settings) -> Self {
        SettingsRow {
            theme: s.theme.key().to_owned(),
            large_print: s.large_print,
            speech: s.speech,
            rate: i64::from(s.rate),
            shortcuts: s.shortcuts,
            language: s.language.clone(),
        }
    }
}

impl SettingsRow {
    /// The theme, or the default for a name this build does not know.
    pub fn theme(&self) -> Theme {
        Theme::from_key(&self.theme).unwrap_or_default()
    }
}

/// A `lesson_progress` row. `touch` is left out: it only orders rows within one
/// database, and is worked out again on import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgressRow {
    pub course_id: String,
    pub lesson_id: String,
    pub step_id: String,
    pub in_progress: bool,
    pub completed_at: Option<String>,
    pub started_at: String,
    pub updated_at: String,
}

/// A `help_event` row: help asked for on a practice step (1 hint, 2 show me, 3 do it).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct HelpRow {
    /// The row's id in the database it was read from (only meaningful there).
    #[serde(default)]
    pub id: i64,
    pub course_id: String,
    pub lesson_id: String,
    pub step_id: String,
    pub level: i64,
    pub at: String,
}

/// A `step_event` row: the learner reached a step.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct StepRow {
    #[serde(default)]
    pub id: i64,
    pub course_id: String,
    pub lesson_id: String,
    pub step_id: String,
    pub at: String,
}

/// A `completion_event` row: the learner reached the end of a lesson.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CompletionRow {
    #[serde(default)]
    pub id: i64,
    pub course_id: String,
    pub lesson_id: String,
    pub at: String,
}

/// A `confidence` row: how sure the learner felt (1 to 5) before or after a course.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ConfidenceRow {
    #[serde(default)]
    pub id: i64,
    pub course_id: String,
    /// `before` or `after`.
    pub moment: String,
    pub score: i64,
    pub at: String,
}

/// A `skills_answer` row: one answer of the skills check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkillRow {
    pub skill: String,
    /// `can`, `help` or `learn`.
    pub answer: String,
    pub at: String,
}

/// A `plan_item` row: one lesson of the learner's plan, in order of `position`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanRow {
    pub position: i64,
    pub course_id: String,
    pub lesson_id: String,
}

/// A `milestone` row: something done for real after a course, and when it was recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MilestoneRow {
    pub course_id: String,
    pub milestone_id: String,
    pub at: String,
}

/// A `session` row, with the champion's name instead of their id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRow {
    pub started_at: String,
    pub ended_at: Option<String>,
    pub champion: Option<String>,
    pub notes: String,
    pub useful: Option<i64>,
    pub helpful: Option<i64>,
}

/// Everything kept about a learner: their own rows, and what stays at this hub
/// (sessions with champions, whether they have a PIN, wrong PINs typed).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Everything {
    pub record: LearnerRecord,
    pub has_pin: bool,
    pub sessions: Vec<SessionRow>,
    /// When a wrong PIN was typed for this learner.
    pub pin_failures: Vec<String>,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub learner_id: i64,
    /// True if the learner was new here; false if the file was merged into them.
    pub created: bool,
    /// Lessons added or changed.
    pub lessons: usize,
    /// Events, skills answers and plan items added.
    pub records: usize,
    /// The name of a different person here whose name the file's learner had, so they
    /// were added under another one.
    pub renamed_from: Option<String>,
}

/// Which of two records of the same lesson is further on, for an import to keep.
pub trait ProgressMerge {
    /// The merged row of `here` (already in the database) and `incoming` (from a file).
    fn merge(&self, here: &ProgressRow, incoming: &ProgressRow) -> ProgressRow;
}
