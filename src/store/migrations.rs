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
    // 11 (reports in a blink): summaries kept by triggers as events are saved, so a report
    // reads a row for each learner, month or lesson done rather than every event (a report
    // on 10,000,000 steps took 3.3 s). step_span: each learner's first and last step.
    // step_month_total: each month's learners in step_month, with the first and last step
    // among them, only ever widened, so a month lying inside a report's period is counted
    // whole. lesson_first: when each learner first completed each lesson (the lessons
    // numbered in lesson_key), which is all a report needs of completions. And indexes
    // holding what a report reads of sessions, help, confidence and new learners, in time
    // order, with the learner for the spreadsheet's rows: a period is read from them
    // alone, without the rows.
    "CREATE TABLE step_span (
        learner_id INTEGER PRIMARY KEY REFERENCES learner(id) ON DELETE CASCADE,
        first_at TEXT NOT NULL,
        last_at TEXT NOT NULL
    );
    INSERT INTO step_span (learner_id, first_at, last_at)
        SELECT learner_id, min(first_at), max(last_at) FROM step_month GROUP BY learner_id;
    CREATE TRIGGER step_span_add AFTER INSERT ON step_event BEGIN
        INSERT INTO step_span (learner_id, first_at, last_at) VALUES (NEW.learner_id, NEW.at, NEW.at)
        ON CONFLICT (learner_id) DO UPDATE SET
            first_at = min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at);
    END;
    CREATE TABLE step_month_total (
        month TEXT PRIMARY KEY,
        learners INTEGER NOT NULL,
        first_at TEXT NOT NULL,
        last_at TEXT NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO step_month_total (month, learners, first_at, last_at)
        SELECT month, count(*), min(first_at), max(last_at) FROM step_month GROUP BY month;
    CREATE TRIGGER step_month_total_add AFTER INSERT ON step_month BEGIN
        INSERT INTO step_month_total (month, learners, first_at, last_at) VALUES (NEW.month, 1, NEW.first_at, NEW.last_at)
        ON CONFLICT (month) DO UPDATE SET learners = learners + 1,
            first_at = min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at);
    END;
    CREATE TRIGGER step_month_total_widen AFTER UPDATE OF first_at, last_at ON step_month BEGIN
        UPDATE step_month_total SET first_at = min(first_at, NEW.first_at), last_at = max(last_at, NEW.last_at)
        WHERE month = NEW.month;
    END;
    CREATE TRIGGER step_month_total_remove AFTER DELETE ON step_month BEGIN
        UPDATE step_month_total SET learners = learners - 1 WHERE month = OLD.month;
    END;
    CREATE TABLE lesson_key (
        id INTEGER PRIMARY KEY,
        course_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        UNIQUE (course_id, lesson_id)
    );
    INSERT INTO lesson_key (course_id, lesson_id)
        SELECT DISTINCT course_id, lesson_id FROM completion_event ORDER BY course_id, lesson_id;
    CREATE TABLE lesson_first (
        learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
        lesson INTEGER NOT NULL REFERENCES lesson_key(id),
        first_at TEXT NOT NULL,
        PRIMARY KEY (learner_id, lesson)
    ) WITHOUT ROWID;
    INSERT INTO lesson_first (learner_id, lesson, first_at)
        SELECT c.learner_id, k.id, min(c.at) FROM completion_event c
        JOIN lesson_key k ON k.course_id = c.course_id AND k.lesson_id = c.lesson_id
        GROUP BY c.learner_id, k.id;
    CREATE TRIGGER lesson_first_add AFTER INSERT ON completion_event BEGIN
        INSERT OR IGNORE INTO lesson_key (course_id, lesson_id) VALUES (NEW.course_id, NEW.lesson_id);
        INSERT INTO lesson_first (learner_id, lesson, first_at)
            SELECT NEW.learner_id, id, NEW.at FROM lesson_key WHERE course_id = NEW.course_id AND lesson_id = NEW.lesson_id
            ON CONFLICT (learner_id, lesson) DO UPDATE SET first_at = min(first_at, excluded.first_at);
    END;
    DROP INDEX session_started;
    CREATE INDEX session_report ON session (started_at, champion_id, ended_at, useful, helpful, learner_id);
    CREATE INDEX help_event_at ON help_event (at, level, learner_id);
    CREATE INDEX confidence_at ON confidence (at, moment, score, learner_id);
    CREATE INDEX learner_created ON learner (created_at);",
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
