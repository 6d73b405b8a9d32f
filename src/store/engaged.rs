//! Learners engaged (with at least one step) in a report's window, in all and month by
//! month, from the summaries of steps kept as steps are saved (migrations 10 and 11),
//! never from every step.

use std::collections::BTreeMap;

use rusqlite::{params, Connection};
use rustc_hash::FxHashSet;

use super::months::MonthActivity;
use super::StoreError;

/// A month's learners, with the first and last step any of them took in it (a month's
/// steps lie between them).
const MONTHS: &str = "SELECT month, learners, first_at, last_at FROM step_month_total";
/// Each learner's first and last step in a month.
pub(super) const LEARNERS_OF_MONTH: &str = "SELECT learner_id, first_at, last_at FROM step_month WHERE month = ?1";
/// Whether a learner took a step in a window: one search of `step_event_learner_at`.
pub(super) const STEP_INSIDE: &str =
    "SELECT EXISTS (SELECT 1 FROM step_event WHERE learner_id = ?1 AND at >= ?2 AND at < ?3)";
/// Learners with a step in a window, from each learner's first and last step; their
/// steps are looked up only when the window lies between the two, which a window open at
/// one end cannot (for times as saved, which start with a digit).
pub(super) const SPANS_INSIDE: &str = "SELECT count(*) FROM step_span s WHERE last_at >= ?1 AND first_at < ?2
    AND (first_at >= ?1 OR last_at < ?2
        OR EXISTS (SELECT 1 FROM step_event e WHERE e.learner_id = s.learner_id AND e.at >= ?1 AND e.at < ?2))";

/// Counts learners with a step in `[start, end)` (text bounds; "" and DEL for none): each
/// month's into `months`, and gives the number in all.
///
/// A month whose steps all lie inside the window counts all its learners as they are
/// kept; a month partly inside counts its learners one by one, from their first and last
/// step in it, and looks a learner's steps up only when the window lies between those
/// two. With no start or no end, a learner with a step in the window is one whose first
/// or last step is in it, so the total comes from each learner's first and last step;
/// with both, from the learners found month by month.
pub(super) fn engaged(
    conn: &Connection,
    start: &str,
    end: &str,
    open_ended: bool,
    months: &mut BTreeMap<String, MonthActivity>,
) -> Result<u64, StoreError> {
    let mut month_rows = conn.prepare_cached(MONTHS)?;
    let summaries = month_rows.query_map([], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?, row.get::<_, String>(2)?, row.get::<_, String>(3)?))
    })?;
    let mut found: FxHashSet<i64> = FxHashSet::default();
    let mut learners = conn.prepare_cached(LEARNERS_OF_MONTH)?;
    let mut step_inside = conn.prepare_cached(STEP_INSIDE)?;
    for summary in summaries {
        let (month, kept, first, last) = summary?;
        if last.as_str() < start || first.as_str() >= end {
            continue;
        }
        let whole = first.as_str() >= start && last.as_str() < end;
        if whole && open_ended {
            set(months, month, u64::try_from(kept).unwrap_or(0));
            continue;
        }
        let mut count = 0;
        let mut rows = learners.query([&month])?;
        while let Some(row) = rows.next()? {
            let learner: i64 = row.get(0)?;
            let inside = whole || {
                let text = |i| row.get_ref(i).map(|v| v.as_str().unwrap_or_default());
                let (first, last) = (text(1)?, text(2)?);
                last >= start
                    && first < end
                    && (first >= start
                        || last < end
                        || step_inside.query_row(params![learner, start, end], |r| r.get(0))?)
            };
            if inside {
                count += 1;
                if !open_ended {
                    found.insert(learner);
                }
            }
        }
        set(months, month, count);
    }
    if open_ended {
        let total: i64 = conn.prepare_cached(SPANS_INSIDE)?.query_row([start, end], |row| row.get(0))?;
        Ok(u64::try_from(total).unwrap_or(0))
    } else {
        Ok(found.len() as u64)
    }
}

/// Puts a month's count of learners in its place, if there are any.
fn set(months: &mut BTreeMap<String, MonthActivity>, month: String, learners: u64) {
    if learners > 0 {
        months.entry(month).or_default().learners_engaged = learners;
    }
}
