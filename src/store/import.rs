//! Bringing a learner's rows from another hub into this database, in one transaction,
//! without losing anything that is here or in the file.
//!
//! - The learner: the one with the same name (ignoring case), else a new one.
//! - Settings: kept if the learner already has some here, else taken from the file.
//! - Lesson progress: a lesson new here is added; one in both is merged by the caller's
//!   [`ProgressMerge`] (the furthest step, and completed wins).
//! - Events (help, steps, completions, confidence): added, except ones already here.
//!   Ids differ between databases, so an event is "already here" when one with the same
//!   fields and the same timestamp is. Identical events are counted, so importing the
//!   same file twice adds nothing, and two real identical events both survive.
//! - Skills check: the later answer for each skill.
//! - Plan: lessons not yet in the plan are added after the ones here.
//!
//! Time grows in step with the file: the events already here are read once into a
//! count per event, so a file of a million events takes seconds, not hours.

use super::settings::{write_row, OnConflict};
use std::collections::HashMap;

use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{params, params_from_iter, OptionalExtension, ToSql, Transaction};

use super::{Store, StoreError};
use crate::learner_data::record::{ImportSummary, LearnerRecord, ProgressMerge, ProgressRow};

/// The page cache during an import, in KiB as SQLite counts it (negative), 64 MiB.
const IMPORT_CACHE_KIB: i64 = -65_536;

impl Store {
    /// Imports `record` (with a name already checked), merging into a learner of the
    /// same name if there is one. All or nothing.
    pub fn import_learner(
        &self,
        record: &LearnerRecord,
        merge: &dyn ProgressMerge,
    ) -> Result<ImportSummary, StoreError> {
        self.import_learner_reporting(record, merge, &mut |_, _| {})
    }

    /// [`Store::import_learner`], calling `progress(done, total)` as events go in, so
    /// a long import can say how far it has got.
    pub fn import_learner_reporting(
        &self,
        record: &LearnerRecord,
        merge: &dyn ProgressMerge,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<ImportSummary, StoreError> {
        // A big file touches index pages all over: with room for them in memory, the time
        // stays in step with the size of the file. And each event's insert keeps the pages
        // it changes (with those its triggers change) in case it must be undone: in memory,
        // not in a temporary file, which once it has grown is written to for every event
        // (13,000,000 writes for 500,000 steps). The usual settings come back afterwards.
        let usual: i64 = self.conn.pragma_query_value(None, "cache_size", |r| r.get(0))?;
        let usual_temp: i64 = self.conn.pragma_query_value(None, "temp_store", |r| r.get(0))?;
        self.conn.pragma_update(None, "cache_size", IMPORT_CACHE_KIB)?;
        self.conn.pragma_update(None, "temp_store", "MEMORY")?;
        let result = self.import_in_one_go(record, merge, progress);
        self.conn.pragma_update(None, "cache_size", usual)?;
        self.conn.pragma_update(None, "temp_store", usual_temp)?;
        result
    }

    /// The learner here who is the person in `record`: the one with the same id, else one
    /// of the same name when either has no id to tell them apart (a file or a learner from
    /// before ids), else nobody: a new learner. The same name with a different id is a
    /// different person, refused, so two Margarets are never joined.
    fn same_person(&self, record: &LearnerRecord) -> Result<Option<i64>, StoreError> {
        if !record.uid.is_empty() {
            let found =
                self.conn.query_row("SELECT id FROM learner WHERE uid = ?1", [&record.uid], |r| r.get(0)).optional()?;
            if found.is_some() {
                return Ok(found);
            }
        }
        let Some(named) = self.find_learner(&record.name)? else { return Ok(None) };
        let uid: Option<String> =
            self.conn.query_row("SELECT uid FROM learner WHERE id = ?1", [named.id], |r| r.get(0))?;
        match uid {
            Some(uid) if !uid.is_empty() && !record.uid.is_empty() => Err(StoreError::OtherPerson { name: named.name }),
            _ => Ok(Some(named.id)),
        }
    }

    fn import_in_one_go(
        &self,
        record: &LearnerRecord,
        merge: &dyn ProgressMerge,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<ImportSummary, StoreError> {
        let existing = self.same_person(record)?;
        let tx = self.conn.unchecked_transaction()?;
        let (learner_id, created) = match existing {
            Some(id) => {
                // Their reason here stands, as their settings do; the file's fills a gap.
                tx.execute(
                    "UPDATE learner SET created_at = min(created_at, ?2), reason = coalesce(reason, ?3) WHERE id = ?1",
                    params![id, record.created_at, record.reason],
                )?;
                (id, false)
            }
            None => {
                // The person keeps their id from hub to hub (a file from before ids gets one).
                tx.execute(
                    "INSERT INTO learner (name, created_at, uid, reason)
                     VALUES (?1, ?2, coalesce(nullif(?3, ''), lower(hex(randomblob(16)))), ?4)",
                    params![record.name, record.created_at, record.uid, record.reason],
                )?;
                (tx.last_insert_rowid(), true)
            }
        };
        if let Some(s) = &record.settings {
            write_row(&tx, learner_id, s, OnConflict::Keep)?;
        }
        let lessons = import_progress(&tx, learner_id, &record.lesson_progress, merge)?;
        let records =
            import_events(&tx, learner_id, record, progress)? + import_skills_and_plan(&tx, learner_id, record)?;
        tx.commit()?;
        Ok(ImportSummary { learner_id, created, lessons, records, renamed_from: None })
    }
}

fn progress_here(tx: &Transaction<'_>, id: i64, row: &ProgressRow) -> Result<Option<ProgressRow>, StoreError> {
    let found = tx
        .query_row(
            "SELECT step_id, in_progress, completed_at, started_at, updated_at FROM lesson_progress
             WHERE learner_id = ?1 AND course_id = ?2 AND lesson_id = ?3",
            params![id, row.course_id, row.lesson_id],
            |r| {
                Ok(ProgressRow {
                    course_id: row.course_id.clone(),
                    lesson_id: row.lesson_id.clone(),
                    step_id: r.get(0)?,
                    in_progress: r.get(1)?,
                    completed_at: r.get(2)?,
                    started_at: r.get(3)?,
                    updated_at: r.get(4)?,
                })
            },
        )
        .optional()?;
    Ok(found)
}

/// Adds or merges each lesson; returns how many changed.
fn import_progress(
    tx: &Transaction<'_>,
    id: i64,
    incoming: &[ProgressRow],
    merge: &dyn ProgressMerge,
) -> Result<usize, StoreError> {
    let mut changed = 0;
    for row in incoming {
        let here = progress_here(tx, id, row)?;
        let merged = match &here {
            Some(here) => merge.merge(here, row),
            None => row.clone(),
        };
        if here.as_ref() == Some(&merged) {
            continue;
        }
        changed += 1;
        tx.execute(
            "INSERT INTO lesson_progress
                (learner_id, course_id, lesson_id, step_id, in_progress, completed_at, started_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (learner_id, course_id, lesson_id) DO UPDATE SET
                step_id = excluded.step_id, in_progress = excluded.in_progress,
                completed_at = excluded.completed_at, started_at = excluded.started_at,
                updated_at = excluded.updated_at",
            params![
                id,
                merged.course_id,
                merged.lesson_id,
                merged.step_id,
                merged.in_progress,
                merged.completed_at,
                merged.started_at,
                merged.updated_at
            ],
        )?;
    }
    if changed > 0 {
        renumber_touches(tx, id)?;
    }
    Ok(changed)
}

/// Puts the learner's lessons in the order they were last used (so "carry on" goes to
/// the latest, wherever it was done), after every lesson of every other learner.
fn renumber_touches(tx: &Transaction<'_>, id: i64) -> Result<(), StoreError> {
    let top: i64 = tx.query_row("SELECT coalesce(max(touch), 0) FROM lesson_progress", [], |r| r.get(0))?;
    let mut stmt = tx
        .prepare("SELECT course_id, lesson_id FROM lesson_progress WHERE learner_id = ?1 ORDER BY updated_at, touch")?;
    let keys: Vec<(String, String)> =
        stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
    for (n, (course, lesson)) in (1_i64..).zip(keys) {
        tx.execute(
            "UPDATE lesson_progress SET touch = ?4 WHERE learner_id = ?1 AND course_id = ?2 AND lesson_id = ?3",
            params![id, course, lesson, top + n],
        )?;
    }
    Ok(())
}

/// One value of an event, comparable and hashable, so events can be counted by value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Cell {
    Integer(i64),
    Text(String),
    /// Anything else read from the database: never equal to an event in a file.
    Other,
}

impl ToSql for Cell {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Cell::Integer(n) => ToSqlOutput::Borrowed(ValueRef::Integer(*n)),
            Cell::Text(text) => ToSqlOutput::Borrowed(ValueRef::Text(text.as_bytes())),
            Cell::Other => ToSqlOutput::Borrowed(ValueRef::Null),
        })
    }
}

impl From<ValueRef<'_>> for Cell {
    fn from(value: ValueRef<'_>) -> Cell {
        match value {
            ValueRef::Integer(n) => Cell::Integer(n),
            ValueRef::Text(bytes) => Cell::Text(String::from_utf8_lossy(bytes).into_owned()),
            _ => Cell::Other,
        }
    }
}

/// One kind of event: its table, its columns after `learner_id`, and each event's
/// values in that order.
struct Events {
    table: &'static str,
    columns: &'static [&'static str],
    rows: Vec<Vec<Cell>>,
}

fn events(record: &LearnerRecord) -> Vec<Events> {
    use Cell::{Integer, Text};
    let text = |s: &String| Text(s.clone());
    let kind = |table, columns, rows| Events { table, columns, rows };
    vec![
        kind(
            "help_event",
            &["course_id", "lesson_id", "step_id", "level", "at"][..],
            record
                .help_event
                .iter()
                .map(|e| vec![text(&e.course_id), text(&e.lesson_id), text(&e.step_id), Integer(e.level), text(&e.at)])
                .collect(),
        ),
        kind(
            "step_event",
            &["course_id", "lesson_id", "step_id", "at"][..],
            record
                .step_event
                .iter()
                .map(|e| vec![text(&e.course_id), text(&e.lesson_id), text(&e.step_id), text(&e.at)])
                .collect(),
        ),
        kind(
            "completion_event",
            &["course_id", "lesson_id", "at"][..],
            record.completion_event.iter().map(|e| vec![text(&e.course_id), text(&e.lesson_id), text(&e.at)]).collect(),
        ),
        kind(
            "confidence",
            &["course_id", "moment", "score", "at"][..],
            record
                .confidence
                .iter()
                .map(|e| vec![text(&e.course_id), text(&e.moment), Integer(e.score), text(&e.at)])
                .collect(),
        ),
    ]
}

/// How often, in events, progress is reported.
const PROGRESS_EVERY: usize = 10_000;

/// Adds the events that are not here yet; returns how many.
fn import_events(
    tx: &Transaction<'_>,
    id: i64,
    record: &LearnerRecord,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<usize, StoreError> {
    let kinds = events(record);
    let total = kinds.iter().map(|k| k.rows.len()).sum();
    let (mut added, mut done) = (0, 0);
    progress(0, total);
    for kind in &kinds {
        let columns = kind.columns.join(", ");
        let here = counts_here(tx, kind, &columns, id)?;
        let places = (2..=kind.columns.len() + 1).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ");
        let mut insert =
            tx.prepare(&format!("INSERT INTO {} (learner_id, {columns}) VALUES (?1, {places})", kind.table))?;
        let learner = Cell::Integer(id);
        // How many times each event has come up in the file so far.
        let mut seen: HashMap<&[Cell], usize> = HashMap::new();
        for values in &kind.rows {
            let in_file = seen.entry(values.as_slice()).or_default();
            *in_file += 1;
            if *in_file > here.get(values.as_slice()).copied().unwrap_or(0) {
                insert.execute(params_from_iter(std::iter::once(&learner).chain(values)))?;
                added += 1;
            }
            done += 1;
            if done % PROGRESS_EVERY == 0 {
                progress(done, total);
            }
        }
    }
    progress(total, total);
    Ok(added)
}

/// How many times each event of `kind` is already here for learner `id`, read in one go.
fn counts_here(
    tx: &Transaction<'_>,
    kind: &Events,
    columns: &str,
    id: i64,
) -> Result<HashMap<Vec<Cell>, usize>, StoreError> {
    let mut here: HashMap<Vec<Cell>, usize> = HashMap::new();
    let mut select = tx.prepare(&format!("SELECT {columns} FROM {} WHERE learner_id = ?1", kind.table))?;
    let mut rows = select.query([id])?;
    while let Some(row) = rows.next()? {
        let values = (0..kind.columns.len()).map(|i| row.get_ref(i).map(Cell::from)).collect::<Result<Vec<_>, _>>()?;
        *here.entry(values).or_default() += 1;
    }
    Ok(here)
}

/// The later answer for each skill, plan lessons not yet in the plan, and milestones;
/// returns how many rows were added or changed.
fn import_skills_and_plan(tx: &Transaction<'_>, id: i64, record: &LearnerRecord) -> Result<usize, StoreError> {
    let mut changed = 0;
    for answer in &record.skills_answer {
        changed += tx.execute(
            "INSERT INTO skills_answer (learner_id, skill, answer, at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (learner_id, skill) DO UPDATE SET answer = excluded.answer, at = excluded.at
             WHERE excluded.at > skills_answer.at",
            params![id, answer.skill, answer.answer, answer.at],
        )?;
    }
    let mut plan = record.plan_item.clone();
    plan.sort_by_key(|p| p.position);
    for item in plan {
        changed += tx.execute(
            "INSERT INTO plan_item (learner_id, position, course_id, lesson_id)
             SELECT ?1, (SELECT coalesce(max(position), 0) + 1 FROM plan_item WHERE learner_id = ?1), ?2, ?3
             WHERE NOT EXISTS (SELECT 1 FROM plan_item WHERE learner_id = ?1 AND course_id = ?2 AND lesson_id = ?3)",
            params![id, item.course_id, item.lesson_id],
        )?;
    }
    for m in &record.milestone {
        // The earlier day stands if both hubs recorded it.
        changed += tx.execute(
            "INSERT INTO milestone (learner_id, course_id, milestone_id, at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (learner_id, course_id, milestone_id) DO UPDATE SET at = excluded.at
             WHERE excluded.at < milestone.at",
            params![id, m.course_id, m.milestone_id, m.at],
        )?;
    }
    Ok(changed)
}
