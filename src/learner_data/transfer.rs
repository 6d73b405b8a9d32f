//! A learner's progress in a file, to carry to another hub (on a USB stick, say) and
//! merge in there without losing anything. The format is in `docs/learner-file.md`.

use std::fs;
use std::io;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::domain::learner::{check_name, NameProblem};
use crate::domain::when::Timestamp;
use crate::learner_data::record::{ImportSummary, LearnerRecord, ProgressMerge, ProgressRow};
use crate::lesson::Catalog;
use crate::store::{Store, StoreError};
use crate::tutor::plan::MATTERS;

/// What the `format` field of every learner file says.
pub const FORMAT: &str = "Signpost learner file";
/// The version of the file format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// A learner file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LearnerFile {
    pub format: String,
    pub format_version: u32,
    /// When the file was written (UTC).
    pub exported_at: String,
    /// The Signpost that wrote it, for people reading the file.
    pub exported_by: String,
    pub learner: LearnerRecord,
}

/// Why a learner file could not be written or read.
#[derive(Debug, thiserror::Error)]
pub enum TransferError {
    #[error("cannot write the file: {0}")]
    Write(io::Error),
    #[error("cannot read the file: {0}")]
    Read(io::Error),
    #[error("not a Signpost learner file: {0}")]
    NotLearnerFile(String),
    #[error("file format version {found}, this Signpost reads {supported}")]
    TooNew { found: u64, supported: u32 },
    #[error("the learner's name cannot be used: {0:?}")]
    Name(NameProblem),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The learner's file, as it would be written now.
pub fn learner_file(store: &Store, learner_id: i64) -> Result<LearnerFile, StoreError> {
    Ok(LearnerFile {
        format: FORMAT.to_owned(),
        format_version: FORMAT_VERSION,
        exported_at: Timestamp::now().to_iso(),
        exported_by: format!("signpost {}", env!("CARGO_PKG_VERSION")),
        learner: store.learner_record(learner_id)?,
    })
}

/// Writes the learner's file to `path` (private to this user where the disk allows),
/// flushed to the disk before returning, so the stick can be taken out at once.
pub fn export(store: &Store, learner_id: i64, path: &Path) -> Result<(), TransferError> {
    let file = learner_file(store, learner_id)?;
    let mut text = serde_json::to_string_pretty(&file).map_err(|e| TransferError::Write(e.into()))?;
    text.push('\n');
    super::private::write(path, text.as_bytes()).map_err(TransferError::Write)
}

/// The two fields that say what a file is. They are read first, the rest skipped
/// without being kept, so a file of a million events is then read once, into its rows.
#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    format_version: Option<serde_json::Value>,
}

/// Reads and checks a learner file's text. A byte-order mark at the start (Windows
/// Notepad adds one when a file is saved there) is not part of the text.
pub fn parse(text: &str) -> Result<LearnerFile, TransferError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let header: Header = serde_json::from_str(text).map_err(|e| TransferError::NotLearnerFile(e.to_string()))?;
    if header.format.as_ref().and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(TransferError::NotLearnerFile(format!("format is not \"{FORMAT}\"")));
    }
    let found = header.format_version.as_ref().and_then(serde_json::Value::as_u64).unwrap_or(0);
    if found > u64::from(FORMAT_VERSION) {
        return Err(TransferError::TooNew { found, supported: FORMAT_VERSION });
    }
    let mut file: LearnerFile = serde_json::from_str(text).map_err(|e| TransferError::NotLearnerFile(e.to_string()))?;
    file.learner.name = check_name(&file.learner.name, &[]).map_err(TransferError::Name)?;
    check_values(&file.learner).map_err(TransferError::NotLearnerFile)?;
    // A reason this Signpost does not list (from a newer one) cannot be offered again
    // here: it is left out rather than refuse the learner's whole file.
    let known = 0..i64::try_from(MATTERS.len()).unwrap_or(i64::MAX);
    file.learner.reason = file.learner.reason.filter(|r| known.contains(r));
    Ok(file)
}

/// The values the database would refuse, found before anything is written.
fn check_values(r: &LearnerRecord) -> Result<(), String> {
    let bad = |what: &str, n: usize, value: &dyn std::fmt::Debug| Err(format!("{what}[{n}]: {value:?}"));
    for (n, e) in r.help_event.iter().enumerate() {
        if !(1..=3).contains(&e.level) {
            return bad("help_event", n, &e.level);
        }
    }
    for (n, e) in r.confidence.iter().enumerate() {
        if !(1..=5).contains(&e.score) || !["before", "after"].contains(&e.moment.as_str()) {
            return bad("confidence", n, e);
        }
    }
    for (n, e) in r.skills_answer.iter().enumerate() {
        if !["can", "help", "learn"].contains(&e.answer.as_str()) {
            return bad("skills_answer", n, &e.answer);
        }
    }
    Ok(())
}

/// Reads the learner file at `path` and merges it into `store` (see
/// [`Store::import_learner`]), keeping the furthest step of each lesson by `catalog`.
/// `as_name`: the name to add them by, for a different person with the same name as a
/// learner here. `progress(done, total)` hears how many events have gone in.
pub fn import(
    store: &Store,
    catalog: &Catalog,
    path: &Path,
    as_name: Option<&str>,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<(LearnerFile, ImportSummary), TransferError> {
    let text = fs::read_to_string(path).map_err(TransferError::Read)?;
    let mut file = parse(&text)?;
    drop(text);
    if let Some(name) = as_name {
        file.learner.name = check_name(name, &store.learners()?).map_err(TransferError::Name)?;
    }
    let merge = FurthestStep { catalog };
    match store.import_learner_reporting(&file.learner, &merge, progress) {
        // A different person with the same name as a learner here: never joined to
        // them, but added as a new learner under the first free "Margaret 2".
        Err(StoreError::OtherPerson { name }) => {
            let taken = store.learners()?;
            let free = (2..100).map(|n| format!("{name} {n}")).find(|n| check_name(n, &taken).is_ok());
            // A name too long to number: `--as` gives them one.
            let Some(free) = free else { return Err(StoreError::OtherPerson { name }.into()) };
            file.learner.name = free;
            let mut summary = store.import_learner_reporting(&file.learner, &merge, progress)?;
            summary.renamed_from = Some(name);
            Ok((file, summary))
        }
        result => Ok((file, result?)),
    }
}

/// Merges two records of one lesson: the step furthest through the lesson (by the
/// lesson's step order; later use breaks ties, and for lessons this build does not
/// know), completed if either was, first started, last used.
pub struct FurthestStep<'a> {
    pub catalog: &'a Catalog,
}

impl FurthestStep<'_> {
    fn position(&self, row: &ProgressRow) -> Option<usize> {
        let course = self.catalog.courses.iter().find(|c| c.id == row.course_id)?;
        let lesson = course.lessons.iter().find(|l| l.id == row.lesson_id)?;
        lesson.steps.iter().position(|s| s.id == row.step_id)
    }
}

impl ProgressMerge for FurthestStep<'_> {
    fn merge(&self, here: &ProgressRow, incoming: &ProgressRow) -> ProgressRow {
        let key = |row: &ProgressRow| (self.position(row), !row.in_progress, row.updated_at.clone());
        let furthest = if key(incoming) > key(here) { incoming } else { here };
        let completed_at = match (&here.completed_at, &incoming.completed_at) {
            (Some(a), Some(b)) => Some(a.min(b).clone()),
            (a, b) => a.clone().or_else(|| b.clone()),
        };
        ProgressRow {
            course_id: here.course_id.clone(),
            lesson_id: here.lesson_id.clone(),
            step_id: furthest.step_id.clone(),
            in_progress: furthest.in_progress,
            completed_at,
            started_at: here.started_at.as_str().min(incoming.started_at.as_str()).to_owned(),
            updated_at: here.updated_at.as_str().max(incoming.updated_at.as_str()).to_owned(),
        }
    }
}

#[cfg(test)]
#[path = "transfer_tests.rs"]
mod tests;
