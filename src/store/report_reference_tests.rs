//! The report's figures against a straightforward count of the same records: the
//! queries reports ran before the summaries (migration 11), with SQLite's `localtime`
//! for every row, and for another time zone each row's month as jiff gives it. The
//! records are generated, with many times just either side of the first of a month.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};
use rusqlite::{params, Connection};

use super::*;
use crate::domain::when::database_time;
use crate::store::migrations;

/// A small, fixed pseudo-random sequence (xorshift), so every run makes the same records.
struct Random(u64);

impl Random {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }

    fn signed(&mut self, n: i64) -> i64 {
        i64::try_from(self.below(2 * n.unsigned_abs() + 1)).unwrap() - n
    }

    /// A moment near the first of a month from 2025 to 2026 (within three hours of UTC
    /// midnight, where local months begin), or anywhere in those two years.
    fn moment(&mut self) -> Timestamp {
        const START_OF_2025: i64 = 1_735_689_600;
        if self.below(3) == 0 {
            let second = START_OF_2025 + i64::try_from(self.below(2 * 365 * 86_400)).unwrap();
            return Timestamp::from_second(second).unwrap();
        }
        let (year, month) = (2025 + self.below(2), self.below(12) + 1);
        let first = jiff::civil::date(i16::try_from(year).unwrap(), i8::try_from(month).unwrap(), 1);
        let first = first.to_zoned(TimeZone::UTC).unwrap().timestamp();
        let millis = [0, 999, 500, -1, i64::try_from(self.below(1000)).unwrap()][self.below(5) as usize];
        first + (self.signed(180) * 60_000 + millis).milliseconds()
    }

    /// A time as Signpost saves it, or now and then (with `odd`) one it never writes,
    /// which SQLite must still read as before.
    fn time(&mut self, odd: bool) -> String {
        let saved = database_time(self.moment());
        if !odd || self.below(12) > 0 {
            return saved;
        }
        match self.below(6) {
            0 => saved.replacen('T', " ", 1),
            1 => saved[..19].to_owned(),
            2 => saved[..10].to_owned(),
            3 => format!("1969{}", &saved[4..]),
            4 => format!("2041{}", &saved[4..]),
            _ => "soon".to_owned(),
        }
    }
}

const COURSES: [(&str, &[&str]); 3] =
    [("email", &["inbox", "reply", "scams"]), ("nhs", &["app", "order"]), ("calls", &["ready"])];

/// The catalog the reports use: the NHS course has a lesson no one did, and "old" (a
/// retired course) and email's "retired" lesson appear only in the records.
fn catalog() -> Vec<(String, Vec<String>)> {
    let mut courses: Vec<(String, Vec<String>)> =
        COURSES.iter().map(|(c, ls)| ((*c).to_owned(), ls.iter().map(|l| (*l).to_owned()).collect())).collect();
    courses[1].1.push("prescriptions".to_owned());
    courses
}

/// Adds `learners` learners and `events` of each kind of event, at times from `r`, with
/// SQL as any Signpost writes it (so the triggers of the schema `conn` has run).
fn fill(conn: &Connection, r: &mut Random, learners: usize, events: usize, odd: bool) {
    for n in 0..learners {
        conn.execute("INSERT INTO learner (name, created_at) VALUES (?1, ?2)", params![format!("L{n}"), r.time(odd)])
            .unwrap();
    }
    let all: Vec<i64> = {
        let mut stmt = conn.prepare("SELECT id FROM learner").unwrap();
        stmt.query_map([], |row| row.get(0)).unwrap().map(Result::unwrap).collect()
    };
    let who = |r: &mut Random| all[r.below(all.len() as u64) as usize];
    let lessons: Vec<(&str, &str)> = COURSES
        .iter()
        .flat_map(|(c, ls)| ls.iter().map(move |l| (*c, *l)))
        .chain([("email", "retired"), ("old", "gone")])
        .collect();
    for _ in 0..events * 5 {
        let (course, lesson) = lessons[r.below(lessons.len() as u64) as usize];
        conn.execute(
            "INSERT INTO step_event (learner_id, course_id, lesson_id, step_id, at) VALUES (?1, ?2, ?3, 's', ?4)",
            params![who(r), course, lesson, r.time(odd)],
        )
        .unwrap();
    }
    for _ in 0..events {
        // Some learners finish lessons twice; later saves may carry earlier times.
        let (course, lesson) = lessons[r.below(lessons.len() as u64) as usize];
        let sql = "INSERT INTO completion_event (learner_id, course_id, lesson_id, at) VALUES (?1, ?2, ?3, ?4)";
        conn.execute(sql, params![who(r), course, lesson, r.time(odd)]).unwrap();
        let started = r.time(odd);
        let ended = match r.below(6) {
            0 => None,
            1 => Some(r.time(odd)),
            _ => {
                let begun = started.parse::<Timestamp>().unwrap_or(Timestamp::UNIX_EPOCH);
                let length = [1500, 500, 0, -1500][r.below(4) as usize]
                    + r.signed(3) * i64::try_from(r.below(7_200_000)).unwrap();
                Some(database_time(begun + length.milliseconds()))
            }
        };
        let answer = |r: &mut Random| [None, Some(false), Some(true)][r.below(3) as usize];
        conn.execute(
            "INSERT INTO session (learner_id, champion_id, started_at, ended_at, useful, helpful)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![who(r), (r.below(2) == 0).then_some(1), started, ended, answer(r), answer(r)],
        )
        .unwrap();
        let (course, lesson) = lessons[r.below(lessons.len() as u64) as usize];
        conn.execute(
            "INSERT INTO help_event (learner_id, course_id, lesson_id, step_id, level, at) VALUES (?1, ?2, ?3, 's', ?4, ?5)",
            params![who(r), course, lesson, 1 + r.below(3) as i64, r.time(odd)],
        )
        .unwrap();
        let moment = ["before", "after"][r.below(2) as usize];
        conn.execute(
            "INSERT INTO confidence (learner_id, course_id, moment, score, at) VALUES (?1, 'email', ?2, ?3, ?4)",
            params![who(r), moment, 1 + r.below(5) as i64, r.time(odd)],
        )
        .unwrap();
    }
}

/// The windows reports are asked for: whole months and quarters, a week, from the middle
/// of a month, open at either end, and bounds typed as dates.
fn windows() -> Vec<Window> {
    let w = |start: Option<&str>, end: Option<&str>| Window { start: start.map(Into::into), end: end.map(Into::into) };
    vec![
        Window::default(),
        w(Some("2026-01-01T00:00:00.000Z"), Some("2026-04-01T00:00:00.000Z")),
        w(Some("2025-03-30T23:00:00.000Z"), Some("2025-04-30T23:00:00.000Z")),
        w(Some("2026-03-02T00:00:00.000Z"), Some("2026-03-09T00:00:00.000Z")),
        w(Some("2025-06-15T12:00:00.000Z"), Some("2026-02-14T10:30:00.000Z")),
        w(Some("2026-02-01"), Some("2026-03-01")),
        w(None, Some("2025-11-01T00:00:00.000Z")),
        w(Some("2025-10-31T23:30:00.000Z"), None),
    ]
}

/// Puts a query's two counts in their place in a month.
type SetFigures = fn(&mut MonthActivity, u64, u64);

/// Rows of a query giving (month, a count, a second count).
fn months_from(conn: &Connection, sql: &str, (start, end): (&str, &str)) -> Vec<(Option<String>, u64, u64)> {
    let mut stmt = conn.prepare(sql).unwrap();
    let rows = stmt.query_map(params![start, end], |r| Ok((r.get(0)?, count(r.get(1)?), count(r.get(2)?))));
    rows.unwrap().map(Result::unwrap).collect()
}

/// Each learner's first completion of each lesson in `[.., end)`.
fn firsts(conn: &Connection, end: &str) -> Vec<(i64, String, String, String)> {
    let sql = "SELECT learner_id, course_id, lesson_id, min(at) FROM completion_event WHERE at < ?1 GROUP BY 1, 2, 3";
    let mut stmt = conn.prepare(sql).unwrap();
    let rows = stmt.query_map([end], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)));
    rows.unwrap().map(Result::unwrap).collect()
}

/// The figures as reports counted them before migration 11, months by `localtime`.
fn reference(conn: &Connection, window: &Window, catalog: &[(String, Vec<String>)]) -> Figures {
    let (start, end) = window.bounds();
    let one = |sql: &str| -> u64 { count(conn.query_row(sql, params![start, end], |r| r.get(0)).unwrap()) };
    let mut a = Activity {
        learners_engaged: one("SELECT count(*) FROM learner l WHERE EXISTS (
             SELECT 1 FROM step_event s WHERE s.learner_id = l.id AND s.at >= ?1 AND s.at < ?2)"),
        new_learners: one("SELECT count(*) FROM learner WHERE created_at >= ?1 AND created_at < ?2"),
        ..Activity::default()
    };
    let sessions: [i64; 8] = conn
        .query_row(
            "SELECT count(champion_id), count(*) - count(champion_id), count(ended_at),
                coalesce(sum(CASE WHEN ended_at IS NOT NULL THEN
                    max(0, CAST(round((julianday(ended_at) - julianday(started_at)) * 86400) AS INTEGER)) END), 0),
                count(useful), coalesce(sum(useful <> 0), 0), count(helpful), coalesce(sum(helpful <> 0), 0)
             FROM session WHERE started_at >= ?1 AND started_at < ?2",
            params![start, end],
            |r| Ok([r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?]),
        )
        .unwrap();
    [a.sessions, a.learner_only_sessions, a.sessions_ended, a.session_seconds] =
        [sessions[0], sessions[1], sessions[2], sessions[3]].map(count);
    [a.useful_answers, a.useful_yes, a.helpful_answers, a.helpful_yes] =
        [sessions[4], sessions[5], sessions[6], sessions[7]].map(count);
    let confidence = "SELECT moment, score, count(*) FROM confidence WHERE at >= ?1 AND at < ?2 GROUP BY 1, 2";
    for (moment, score, n) in months_from(conn, confidence, (start, end)) {
        let after = moment.as_deref() == Some("after");
        let scores = if after { &mut a.confidence_after } else { &mut a.confidence_before };
        scores[usize::try_from(score).unwrap() - 1] = n;
    }
    let help = "SELECT '', level, count(*) FROM help_event WHERE at >= ?1 AND at < ?2 GROUP BY level";
    for (_, level, n) in months_from(conn, help, (start, end)) {
        a.help[usize::try_from(level).unwrap() - 1] = n;
    }
    let mut months: BTreeMap<String, MonthActivity> = BTreeMap::new();
    let queries: [(&str, SetFigures); 4] = [
        (
            "SELECT month, count(*), 0 FROM step_month m
             WHERE last_at >= ?1 AND first_at < ?2 AND (first_at >= ?1 OR last_at < ?2
                OR EXISTS (SELECT 1 FROM step_event s WHERE s.learner_id = m.learner_id AND s.at >= ?1 AND s.at < ?2))
             GROUP BY month",
            |m, n, _| m.learners_engaged = n,
        ),
        (
            "SELECT strftime('%Y-%m', created_at, 'localtime') AS m, count(*), 0 FROM learner
             WHERE created_at >= ?1 AND created_at < ?2 GROUP BY m",
            |m, n, _| m.new_learners = n,
        ),
        (
            "SELECT strftime('%Y-%m', started_at, 'localtime') AS m, count(champion_id),
             count(*) - count(champion_id) FROM session WHERE started_at >= ?1 AND started_at < ?2 GROUP BY m",
            |m, with, alone| (m.sessions, m.learner_only_sessions) = (with, alone),
        ),
        (
            "SELECT strftime('%Y-%m', first, 'localtime') AS m, count(*), 0 FROM
             (SELECT min(at) AS first FROM completion_event GROUP BY learner_id, course_id, lesson_id)
             WHERE first >= ?1 AND first < ?2 GROUP BY m",
            |m, n, _| m.lessons_completed = n,
        ),
    ];
    for (sql, set) in queries {
        for (month, x, y) in months_from(conn, sql, (start, end)) {
            set(months.entry(month.unwrap_or_default()).or_default(), x, y);
        }
    }
    months.remove("");
    Figures { activity: a, months, completions: completions_counted(conn, (start, end), catalog) }
}

/// Lessons and courses completed, counted from each learner's first completions.
fn completions_counted(
    conn: &Connection,
    (start, end): (&str, &str),
    catalog: &[(String, Vec<String>)],
) -> Completions {
    let firsts = firsts(conn, end);
    let mut lessons: BTreeMap<(String, String), u64> = BTreeMap::new();
    let mut done: BTreeMap<(i64, &str), Vec<(&str, &str)>> = BTreeMap::new();
    for (learner, course, lesson, at) in &firsts {
        if at.as_str() >= start {
            *lessons.entry((course.clone(), lesson.clone())).or_default() += 1;
        }
        done.entry((*learner, course)).or_default().push((lesson, at));
    }
    let mut courses: BTreeMap<String, u64> = BTreeMap::new();
    for ((_, course), lessons) in done {
        let Some((_, all)) = catalog.iter().find(|(c, _)| c == course) else { continue };
        let all: BTreeSet<&str> = all.iter().map(String::as_str).collect();
        let have: Vec<&str> = lessons.iter().filter(|(l, _)| all.contains(l)).map(|(_, at)| *at).collect();
        if have.len() == all.len() && have.iter().max().is_some_and(|last| *last >= start) {
            *courses.entry(course.to_owned()).or_default() += 1;
        }
    }
    Completions {
        lessons: lessons.into_iter().map(|((c, l), n)| (c, l, n)).collect(),
        courses: courses.into_iter().collect(),
    }
}

fn assert_same(store: &Store, stage: &str) {
    let catalog = catalog();
    for window in windows() {
        let figures = store.report_figures(&window, &catalog).unwrap();
        assert_eq!(figures, reference(&store.conn, &window, &catalog), "{stage}: {window:?}");
    }
}

#[test]
fn figures_match_a_straightforward_count_before_and_after_the_upgrade() {
    let mut r = Random(0x2545_f491_4f6c_dd1d);
    // A hub's records as Signpost kept them before the summaries of migration 11...
    let mut conn = Connection::open_in_memory().unwrap();
    migrations::migrations().to_version(&mut conn, 10).unwrap();
    conn.execute("INSERT INTO champion (name) VALUES ('Pat')", []).unwrap();
    fill(&conn, &mut r, 30, 150, true);
    // ...brought up to date, then used further.
    let store = Store::prepare(conn, Path::new(":memory:"), false).unwrap();
    assert_same(&store, "upgraded");
    fill(&store.conn, &mut r, 20, 150, true);
    assert_same(&store, "used since");
    let (busiest, _): (i64, i64) = store
        .conn
        .query_row("SELECT learner_id, count(*) FROM step_event GROUP BY 1 ORDER BY 2 DESC LIMIT 1", [], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })
        .unwrap();
    store.erase_learner(busiest).unwrap();
    assert_same(&store, "a learner erased");
    // A learner's rows gone with them (ON DELETE CASCADE), as no command does yet.
    store.conn.execute("DELETE FROM learner WHERE id = (SELECT max(learner_id) FROM step_month)", []).unwrap();
    assert_same(&store, "a learner deleted");
}

#[test]
fn months_follow_the_hubs_time_zone_at_the_clock_changes() {
    let Ok(london) = TimeZone::get("Europe/London") else {
        eprintln!("SKIPPED months_follow_the_hubs_time_zone_at_the_clock_changes: no time zone data (package tzdata)");
        return;
    };
    let mut r = Random(0x9e37_79b9_7f4a_7c15);
    let store = Store::open_in_memory().unwrap();
    store.conn.execute("INSERT INTO champion (name) VALUES ('Pat')", []).unwrap();
    fill(&store.conn, &mut r, 60, 400, false);
    let catalog = catalog();
    let month_of = |at: &str| {
        let local = london.to_datetime(at.parse::<Timestamp>().unwrap());
        format!("{:04}-{:02}", local.year(), local.month())
    };
    for window in windows() {
        let (start, end) = window.bounds();
        let inside = |at: &str| at >= start && at < end;
        let figures = store.report_figures_in(&window, &catalog, &london).unwrap();
        let mut expected = reference(&store.conn, &window, &catalog);
        // Learners by month are as step_month keeps them (the month the step was saved in);
        // the other figures fall in the month where the hub is, as each row's time says.
        for month in expected.months.values_mut() {
            *month = MonthActivity { learners_engaged: month.learners_engaged, ..MonthActivity::default() };
        }
        let months = &mut expected.months;
        let mut stmt = store.conn.prepare("SELECT created_at FROM learner").unwrap();
        for at in stmt.query_map([], |row| row.get::<_, String>(0)).unwrap().map(Result::unwrap) {
            if inside(&at) {
                months.entry(month_of(&at)).or_default().new_learners += 1;
            }
        }
        let mut stmt = store.conn.prepare("SELECT started_at, champion_id IS NOT NULL FROM session").unwrap();
        let sessions = stmt.query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, bool>(1)?))).unwrap();
        for (at, with_champion) in sessions.map(Result::unwrap) {
            if inside(&at) {
                let m = months.entry(month_of(&at)).or_default();
                *(if with_champion { &mut m.sessions } else { &mut m.learner_only_sessions }) += 1;
            }
        }
        for (_, _, _, at) in firsts(&store.conn, end) {
            if inside(&at) {
                months.entry(month_of(&at)).or_default().lessons_completed += 1;
            }
        }
        expected.months.retain(|_, m| *m != MonthActivity::default());
        assert_eq!(figures, expected, "{window:?}");
    }
}
