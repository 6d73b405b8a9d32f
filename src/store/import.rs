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

use super::settings::{write_row, OnConflict};
use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Transaction};

use super::{Store, StoreError};
use crate::learner_data::record::{ImportSummary, LearnerRecord, ProgressMerge, ProgressRow};

impl Store {
    /// Imports `record` (with a name already checked), merging into a learner of the
    /// same name if there is one. All or nothing.
    pub fn import_learner(
        &self,
        record: &LearnerRecord,
        merge: &dyn ProgressMerge,
    ) -> Result<ImportSummary, StoreError> {
        let existing = self.find_learner(&record.name)?;
        let tx = self.conn.unchecked_transaction()?;
        let (learner_id, created) = match existing {
            Some(learner) => {
                tx.execute(
                    "UPDATE learner SET created_at = min(created_at, ?2) WHERE id = ?1",
                    params![learner.id, record.created_at],
                )?;
                (learner.id, false)
            }
            None => {
                tx.execute(
                    "INSERT INTO learner (name, created_at) VALUES (?1, ?2)",
                    params![record.name, record.created_at],
                )?;
                (tx.last_insert_rowid(), true)
            }
        };
        if let Some(s) = &record.settings {
            write_row(&tx, learner_id, s, OnConflict::Keep)?;
        }
        let lessons = import_progress(&tx, learner_id, &record.lesson_progress, merge)?;
        let records = import_events(&tx, learner_id, record)? + import_skills_and_plan(&tx, learner_id, record)?;
        tx.commit()?;
        Ok(ImportSummary { learner_id, created, lessons, records })
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

/// One kind of event: its table, its columns after `learner_id`, and each event's
/// values in that order.
struct Events {
    table: &'static str,
    columns: &'static [&'static str],
    rows: Vec<Vec<Value>>,
}

fn events(record: &LearnerRecord) -> Vec<Events> {
    use Value::{Integer, Text};
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

/// Adds the events that are not here yet; returns how many.
fn import_events(tx: &Transaction<'_>, id: i64, record: &LearnerRecord) -> Result<usize, StoreError> {
    let mut added = 0;
    for kind in events(record) {
        let columns = kind.columns.join(", ");
        let matching = kind.columns.iter().enumerate().map(|(i, c)| format!("{c} = ?{}", i + 2)).collect::<Vec<_>>();
        let count_sql =
            format!("SELECT count(*) FROM {} WHERE learner_id = ?1 AND {}", kind.table, matching.join(" AND "));
        let places = (2..=kind.columns.len() + 1).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ");
        let insert_sql = format!("INSERT INTO {} (learner_id, {columns}) VALUES (?1, {places})", kind.table);
        // How many times each event has come up in the file so far.
        let mut seen: HashMap<String, usize> = HashMap::new();
        for values in &kind.rows {
            let in_file = seen.entry(format!("{values:?}")).or_default();
            *in_file += 1;
            let here = count(tx, &count_sql, id, values)?;
            if *in_file > here {
                let mut all = vec![Value::Integer(id)];
                all.extend(values.iter().cloned());
                tx.execute(&insert_sql, params_from_iter(all))?;
                added += 1;
            }
        }
    }
    Ok(added)
}

fn count(conn: &Connection, sql: &str, id: i64, values: &[Value]) -> Result<usize, StoreError> {
    let mut all = vec![Value::Integer(id)];
    all.extend(values.iter().cloned());
    let n: i64 = conn.query_row(sql, params_from_iter(all), |r| r.get(0))?;
    Ok(usize::try_from(n).unwrap_or(0))
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
