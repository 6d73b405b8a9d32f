//! Everything kept about one learner: finding them by name, reading every row, and
//! erasing them completely.

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{Store, StoreError};
use crate::domain::learner::Learner;
use crate::learner_data::record::{
    CompletionRow, ConfidenceRow, Everything, HelpRow, LearnerRecord, MilestoneRow, PlanRow, ProgressRow, SessionRow,
    SkillRow, StepRow,
};

impl Store {
    /// The learner called `name` (ignoring case and extra spaces), if there is one.
    pub fn find_learner(&self, name: &str) -> Result<Option<Learner>, StoreError> {
        let wanted = tidy(name);
        Ok(self.learners()?.into_iter().find(|l| tidy(&l.name) == wanted))
    }

    /// The learner's own rows: what an export file carries.
    pub fn learner_record(&self, learner_id: i64) -> Result<LearnerRecord, StoreError> {
        read_record(&self.conn, learner_id)
    }

    /// Every row kept about the learner, in every table.
    pub fn everything_about(&self, learner_id: i64) -> Result<Everything, StoreError> {
        let record = read_record(&self.conn, learner_id)?;
        let has_pin: bool = self
            .conn
            .query_row("SELECT pin_hash IS NOT NULL FROM learner WHERE id = ?1", [learner_id], |r| r.get(0))
            .optional()?
            .unwrap_or(false);
        let sessions = rows(
            &self.conn,
            "SELECT s.started_at, s.ended_at, c.name, s.notes, s.useful, s.helpful
             FROM session s LEFT JOIN champion c ON c.id = s.champion_id
             WHERE s.learner_id = ?1 ORDER BY s.started_at, s.id",
            learner_id,
            |r| {
                Ok(SessionRow {
                    started_at: r.get(0)?,
                    ended_at: r.get(1)?,
                    champion: r.get(2)?,
                    notes: r.get(3)?,
                    useful: r.get(4)?,
                    helpful: r.get(5)?,
                })
            },
        )?;
        let pin_failures =
            rows(&self.conn, "SELECT at FROM pin_failure WHERE learner_id = ?1 ORDER BY at, id", learner_id, |r| {
                r.get(0)
            })?;
        Ok(Everything { record, has_pin, sessions, pin_failures })
    }

    /// Erases the learner and every row that names them, in every table (found from
    /// the schema, so a table added later is covered too). Deleted pages are zeroed and
    /// the write-ahead log emptied, so nothing is left in the file either, and the
    /// backups are made again without them.
    pub fn erase_learner(&self, learner_id: i64) -> Result<(), StoreError> {
        self.conn.pragma_update(None, "secure_delete", "ON")?;
        let tx = self.conn.unchecked_transaction()?;
        // The hub's past figures stay as they were: what counts in a report moves to a
        // row with no name (and no PIN, settings, notes, plan or answers).
        tx.execute(
            "INSERT INTO learner (name, created_at) SELECT '', created_at FROM learner WHERE id = ?1",
            [learner_id],
        )?;
        let nameless = tx.last_insert_rowid();
        for table in KEPT_FOR_REPORTS {
            tx.execute(&format!("UPDATE {table} SET learner_id = ?1 WHERE learner_id = ?2"), [nameless, learner_id])?;
        }
        tx.execute("UPDATE session SET notes = '' WHERE learner_id = ?1", [nameless])?;
        for table in tables_with_learner_id(&tx)? {
            tx.execute(&format!("DELETE FROM \"{table}\" WHERE learner_id = ?1"), [learner_id])?;
        }
        tx.execute("DELETE FROM learner WHERE id = ?1", [learner_id])?;
        tx.commit()?;
        // A checkpoint fails harmlessly if another Signpost is reading; the rows are gone.
        let _ = self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        // No backup may keep them either: the old ones go, and a new one is made now.
        if let Some(dir) = &self.dir {
            super::backup::remove_all(dir)?;
            super::backup::daily(&self.conn, dir, &super::backup::today())?;
        }
        Ok(())
    }
}

/// The tables whose rows a report counts: kept under a nameless learner when a learner
/// is erased, so figures already sent to a funder do not change.
const KEPT_FOR_REPORTS: [&str; 9] = [
    "step_event",
    "step_month",
    "step_span",
    "completion_event",
    "lesson_first",
    "help_event",
    "confidence",
    "session",
    "milestone",
];

/// Every table with a `learner_id` column.
pub(super) fn tables_with_learner_id(conn: &Connection) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c
         WHERE m.type = 'table' AND c.name = 'learner_id' ORDER BY m.name",
    )?;
    let names = stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
    Ok(names)
}

fn tidy(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn rows<T>(
    conn: &Connection,
    sql: &str,
    learner_id: i64,
    map: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>, StoreError> {
    let mut stmt = conn.prepare(sql)?;
    let found = stmt.query_map(params![learner_id], map)?.collect::<Result<_, _>>()?;
    Ok(found)
}

pub(super) fn read_record(conn: &Connection, id: i64) -> Result<LearnerRecord, StoreError> {
    let (name, created_at, uid, reason) =
        conn.query_row("SELECT name, created_at, coalesce(uid, ''), reason FROM learner WHERE id = ?1", [id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
    let settings = super::settings::read_row(conn, id)?;
    let lesson_progress = rows(
        conn,
        "SELECT course_id, lesson_id, step_id, in_progress, completed_at, started_at, updated_at
         FROM lesson_progress WHERE learner_id = ?1 ORDER BY touch, course_id, lesson_id",
        id,
        |r| {
            Ok(ProgressRow {
                course_id: r.get(0)?,
                lesson_id: r.get(1)?,
                step_id: r.get(2)?,
                in_progress: r.get(3)?,
                completed_at: r.get(4)?,
                started_at: r.get(5)?,
                updated_at: r.get(6)?,
            })
        },
    )?;
    let help_event = rows(
        conn,
        "SELECT id, course_id, lesson_id, step_id, level, at FROM help_event WHERE learner_id = ?1 ORDER BY at, id",
        id,
        |r| {
            Ok(HelpRow {
                id: r.get(0)?,
                course_id: r.get(1)?,
                lesson_id: r.get(2)?,
                step_id: r.get(3)?,
                level: r.get(4)?,
                at: r.get(5)?,
            })
        },
    )?;
    let step_event = rows(
        conn,
        "SELECT id, course_id, lesson_id, step_id, at FROM step_event WHERE learner_id = ?1 ORDER BY at, id",
        id,
        |r| {
            Ok(StepRow { id: r.get(0)?, course_id: r.get(1)?, lesson_id: r.get(2)?, step_id: r.get(3)?, at: r.get(4)? })
        },
    )?;
    let completion_event = rows(
        conn,
        "SELECT id, course_id, lesson_id, at FROM completion_event WHERE learner_id = ?1 ORDER BY at, id",
        id,
        |r| Ok(CompletionRow { id: r.get(0)?, course_id: r.get(1)?, lesson_id: r.get(2)?, at: r.get(3)? }),
    )?;
    let confidence = rows(
        conn,
        "SELECT id, course_id, moment, score, at FROM confidence WHERE learner_id = ?1 ORDER BY at, id",
        id,
        |r| {
            Ok(ConfidenceRow {
                id: r.get(0)?,
                course_id: r.get(1)?,
                moment: r.get(2)?,
                score: r.get(3)?,
                at: r.get(4)?,
            })
        },
    )?;
    let skills_answer =
        rows(conn, "SELECT skill, answer, at FROM skills_answer WHERE learner_id = ?1 ORDER BY skill", id, |r| {
            Ok(SkillRow { skill: r.get(0)?, answer: r.get(1)?, at: r.get(2)? })
        })?;
    let plan_item = rows(
        conn,
        "SELECT position, course_id, lesson_id FROM plan_item WHERE learner_id = ?1 ORDER BY position",
        id,
        |r| Ok(PlanRow { position: r.get(0)?, course_id: r.get(1)?, lesson_id: r.get(2)? }),
    )?;
    let milestone = rows(
        conn,
        "SELECT course_id, milestone_id, at FROM milestone WHERE learner_id = ?1 ORDER BY at, course_id",
        id,
        |r| Ok(MilestoneRow { course_id: r.get(0)?, milestone_id: r.get(1)?, at: r.get(2)? }),
    )?;
    Ok(LearnerRecord {
        name,
        uid,
        created_at,
        settings,
        reason,
        lesson_progress,
        help_event,
        step_event,
        completion_event,
        confidence,
        skills_answer,
        plan_item,
        milestone,
    })
}
