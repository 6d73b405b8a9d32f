//! Things a learner did for real after a course ("I ordered a repeat prescription in the
//! real NHS App"): recorded once each, with when, and counted for the hub's reports.

use std::collections::BTreeMap;

use rusqlite::params;

use super::report::Window;
use super::{Store, StoreError};

impl Store {
    /// Records that the learner did `milestone` of `course` for real, now (once: a
    /// second record keeps the first day).
    pub fn record_milestone(&self, learner_id: i64, course: &str, milestone: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT OR IGNORE INTO milestone (learner_id, course_id, milestone_id) VALUES (?1, ?2, ?3)",
            params![learner_id, course, milestone],
        )?;
        Ok(())
    }

    /// Takes a milestone off again (recorded by mistake).
    pub fn forget_milestone(&self, learner_id: i64, course: &str, milestone: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "DELETE FROM milestone WHERE learner_id = ?1 AND course_id = ?2 AND milestone_id = ?3",
            params![learner_id, course, milestone],
        )?;
        Ok(())
    }

    /// A learner's milestones: (course id, milestone id, when), oldest first.
    pub fn milestones(&self, learner_id: i64) -> Result<Vec<(String, String, String)>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT course_id, milestone_id, at FROM milestone WHERE learner_id = ?1 ORDER BY at, course_id",
        )?;
        let rows = stmt.query_map([learner_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// How many learners recorded each milestone in `window`, keyed `course/milestone`.
    pub fn report_milestones(&self, window: &Window) -> Result<BTreeMap<String, u64>, StoreError> {
        let (start, end) = window.bounds();
        let mut stmt = self.conn.prepare_cached(
            "SELECT course_id || '/' || milestone_id, count(*) FROM milestone
             WHERE at >= ?1 AND at < ?2 GROUP BY course_id, milestone_id",
        )?;
        let rows = stmt.query_map(params![start, end], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        let mut counts = BTreeMap::new();
        for row in rows {
            let (key, n) = row?;
            counts.insert(key, u64::try_from(n).unwrap_or(0));
        }
        Ok(counts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_milestone_is_kept_once_can_be_taken_off_and_is_counted_in_its_window() {
        let store = Store::open_in_memory().unwrap();
        let ann = store.add_learner("Ann").unwrap().id;
        let bob = store.add_learner("Bob").unwrap().id;
        store.record_milestone(ann, "nhs", "ordered").unwrap();
        store.record_milestone(ann, "nhs", "ordered").unwrap();
        store.record_milestone(bob, "nhs", "ordered").unwrap();
        store.record_milestone(bob, "email", "sent").unwrap();
        let kept = store.milestones(ann).unwrap();
        assert_eq!(kept.len(), 1, "once: {kept:?}");
        assert_eq!((kept[0].0.as_str(), kept[0].1.as_str()), ("nhs", "ordered"));
        let all = store.report_milestones(&Window::default()).unwrap();
        assert_eq!(all, BTreeMap::from([("email/sent".to_owned(), 1), ("nhs/ordered".to_owned(), 2)]));
        let before = Window { start: None, end: Some("2000-01-01".into()) };
        assert!(store.report_milestones(&before).unwrap().is_empty());
        store.forget_milestone(bob, "email", "sent").unwrap();
        assert_eq!(store.milestones(bob).unwrap().len(), 1);
    }
}
