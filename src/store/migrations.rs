//! The schema, as numbered steps. Never edit a step that has shipped: add a new one.
//! `PRAGMA user_version` records how many have run.

use rusqlite_migration::{Migrations, M};

const STEPS: &[&str] = &[
    // 1: learners and where each one is in each lesson.
    "CREATE TABLE learner (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE TABLE lesson_progress (
        learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
        course_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        step_id TEXT NOT NULL,
        in_progress INTEGER NOT NULL DEFAULT 1,
        completed_at TEXT,
        started_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        touch INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (learner_id, course_id, lesson_id)
    );
    CREATE INDEX lesson_progress_recent ON lesson_progress (learner_id, touch);",
    // 2: help asked for on practice screens (1 hint, 2 show me, 3 do it for me).
    "CREATE TABLE help_event (
        id INTEGER PRIMARY KEY,
        learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
        course_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        step_id TEXT NOT NULL,
        level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE INDEX help_event_learner ON help_event (learner_id);",
    // 3: each learner's settings.
    "CREATE TABLE learner_settings (
        learner_id INTEGER PRIMARY KEY REFERENCES learner(id) ON DELETE CASCADE,
        theme TEXT NOT NULL,
        large_print INTEGER NOT NULL,
        speech INTEGER NOT NULL,
        rate INTEGER NOT NULL,
        shortcuts INTEGER NOT NULL,
        language TEXT
    );",
    // 4: champions, sessions and what the hub reports to its funders.
    "CREATE TABLE hub_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE champion (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    ALTER TABLE learner ADD COLUMN pin_hash TEXT;
    CREATE TABLE session (
        id INTEGER PRIMARY KEY,
        learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
        champion_id INTEGER REFERENCES champion(id) ON DELETE SET NULL,
        started_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        ended_at TEXT,
        notes TEXT NOT NULL DEFAULT '',
        useful INTEGER,
        helpful INTEGER
    );
    CREATE INDEX session_started ON session (started_at);
    CREATE TABLE step_event (
        id INTEGER PRIMARY KEY,
        learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
        course_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        step_id TEXT NOT NULL,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE INDEX step_event_at ON step_event (at, learner_id);
    CREATE TABLE completion_event (
        id INTEGER PRIMARY KEY,
        learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
        course_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE INDEX completion_event_at ON completion_event (at);
    CREATE TABLE confidence (
        id INTEGER PRIMARY KEY,
        learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
        course_id TEXT NOT NULL,
        moment TEXT NOT NULL CHECK (moment IN ('before', 'after')),
        score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE TABLE skills_answer (
        learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
        skill TEXT NOT NULL,
        answer TEXT NOT NULL CHECK (answer IN ('can', 'help', 'learn')),
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        PRIMARY KEY (learner_id, skill)
    );
    CREATE TABLE plan_item (
        learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        course_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        PRIMARY KEY (learner_id, position)
    );
    CREATE TABLE pin_failure (
        id INTEGER PRIMARY KEY,
        who TEXT NOT NULL CHECK (who IN ('champion', 'learner')),
        learner_id INTEGER REFERENCES learner(id) ON DELETE CASCADE,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );",
    // 5 (reports): each learner's steps and completions in order, so reports look up
    // each learner instead of sorting every event (and deleting a learner finds their
    // events without reading them all).
    "CREATE INDEX step_event_learner_at ON step_event (learner_id, at);
    CREATE INDEX completion_event_learner_at ON completion_event (learner_id, course_id, lesson_id, at);",
    // 6 (PIN waits and locks): the wrong PINs in a row for each PIN, and when the last
    // was (seconds since 1970). `pin` is 'champion' or 'learner:<id>'.
    "CREATE TABLE pin_attempt (
        pin TEXT PRIMARY KEY,
        learner_id INTEGER REFERENCES learner(id) ON DELETE CASCADE,
        wrong INTEGER NOT NULL,
        last_wrong INTEGER NOT NULL
    );",
    // 7 (done for real): things done for real after a course, each once, with when it was recorded.
    "CREATE TABLE milestone (
        learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
        course_id TEXT NOT NULL,
        milestone_id TEXT NOT NULL,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        PRIMARY KEY (learner_id, course_id, milestone_id)
    );
    CREATE INDEX milestone_at ON milestone (at);",
    // 8 (who is who): an id for each learner that stays with them from hub to hub, so an
    // import merges the same person and never a different one of the same name.
    "ALTER TABLE learner ADD COLUMN uid TEXT;
    UPDATE learner SET uid = lower(hex(randomblob(16))) WHERE name <> '';
    CREATE UNIQUE INDEX learner_uid ON learner (uid);",
    // 9 (what matters): the learner's reason, chosen in Finding your reason or the skills
    // check, as its place in the list of reasons; the skills check offers it again.
    "ALTER TABLE learner ADD COLUMN reason INTEGER;",
    // 10 (reports by month): each learner's first and last step in each of the hub's
    // months, kept by a trigger as each step is saved. A report counts a month's learners
    // from one row each, not from every step (1,000,000 steps took 1.5 s). The month is
    // the hub's as the step was saved; '' for a time SQLite cannot read.
    "CREATE TABLE step_month (
        month TEXT NOT NULL,
        learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
        first_at TEXT NOT NULL,
        last_at TEXT NOT NULL,
        PRIMARY KEY (month, learner_id)
    ) WITHOUT ROWID;
    INSERT INTO step_month (month, learner_id, first_at, last_at)
        SELECT coalesce(strftime('%Y-%m', at, 'localtime'), ''), learner_id, min(at), max(at)
        FROM step_event GROUP BY 1, 2;
    CREATE TRIGGER step_month_add AFTER INSERT ON step_event BEGIN
        INSERT INTO step_month (month, learner_id, first_at, last_at)
        VALUES (coalesce(strftime('%Y-%m', NEW.at, 'localtime'), ''), NEW.learner_id, NEW.at, NEW.at)
        ON CONFLICT (month, learner_id) DO UPDATE SET
            first_at = min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at);
    END;",
];

/// The migrations, in order.
pub fn migrations() -> Migrations<'static> {
    Migrations::new(STEPS.iter().map(|sql| M::up(sql)).collect())
}

/// The schema version this build writes.
pub fn latest_version() -> i64 {
    // A handful of steps: the conversion cannot overflow.
    STEPS.len() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        migrations().validate().unwrap();
    }
}
