//! The progress file's check and its rolling backups, on real files.

use std::fs;
use std::path::Path;

use super::backup::{backups, daily, KEEP};
use super::{Store, StoreError, DB_FILE};

/// Bytes that look like nothing in particular, the same on every run.
fn noise(len: usize) -> Vec<u8> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x.to_le_bytes()[0]
        })
        .collect()
}

/// A data folder with a progress file of many pages, all in use.
fn busy_hub(dir: &Path) {
    let store = Store::open(dir).unwrap();
    for n in 0..40 {
        let learner = store.add_learner(&format!("Learner {n}")).unwrap();
        for step in 0..40 {
            store.save_step(learner.id, "gs", &format!("lesson-{}", step % 4), &format!("step-{step}")).unwrap();
        }
    }
    store.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).unwrap();
}

#[test]
fn random_bytes_in_the_middle_of_the_file_are_found_and_the_file_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    busy_hub(dir.path());
    let path = dir.path().join(DB_FILE);
    let mut bytes = fs::read(&path).unwrap();
    let half = bytes.len() / 2;
    bytes[half..half + 4096].copy_from_slice(&noise(4096));
    fs::write(&path, &bytes).unwrap();
    let err = Store::open(dir.path()).err().expect("a damaged file is refused");
    assert!(matches!(err, StoreError::Check { .. } | StoreError::Damaged { .. }), "{err}");
    assert_eq!(fs::read(&path).unwrap(), bytes, "kept byte for byte");
    let words = crate::text::UserError::from(err);
    assert_eq!(words.id, "error-store-damaged", "no backup to name yet");
}

#[test]
#[cfg(unix)]
fn a_daily_backup_is_private_opens_and_the_newest_few_are_kept() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    busy_hub(dir.path());
    let store = Store::open(dir.path()).unwrap();
    let made = store.back_up_daily().unwrap().expect("the first open of the day makes one");
    assert!(store.back_up_daily().unwrap().is_none(), "once a day");
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!((mode(&made), mode(made.parent().unwrap())), (0o600, 0o700));
    // The backup is a whole progress file: put in a folder of its own, it opens.
    let elsewhere = tempfile::tempdir().unwrap();
    fs::copy(&made, elsewhere.path().join(DB_FILE)).unwrap();
    assert_eq!(Store::open(elsewhere.path()).unwrap().learners().unwrap().len(), 40);
    for day in 1..=9 {
        daily(&store.conn, dir.path(), &format!("2026-01-0{day}")).unwrap();
    }
    let kept = backups(dir.path());
    assert_eq!(kept.len(), KEEP);
    assert_eq!(kept[0], made, "newest first: today's");
    assert!(kept[KEEP - 1].ends_with("signpost-2026-01-06.db"), "{kept:?}");
}

#[test]
fn a_damaged_file_names_the_newest_backup_and_the_backup_has_the_progress() {
    let dir = tempfile::tempdir().unwrap();
    busy_hub(dir.path());
    let newest = Store::open(dir.path()).unwrap().back_up_daily().unwrap().unwrap();
    let path = dir.path().join(DB_FILE);
    let mut bytes = fs::read(&path).unwrap();
    let half = bytes.len() / 2;
    bytes[half..half + 4096].copy_from_slice(&noise(4096));
    fs::write(&path, &bytes).unwrap();
    let words = crate::text::UserError::from(Store::open(dir.path()).err().unwrap());
    assert_eq!(words.id, "error-store-damaged-backup");
    assert_eq!(fs::read(&path).unwrap(), bytes);
    fs::copy(&newest, &path).unwrap();
    let store = Store::open(dir.path()).unwrap();
    let ann = store.find_learner("Learner 7").unwrap().unwrap();
    assert_eq!(store.progress(ann.id).unwrap().lesson("gs", "lesson-3").unwrap().step_id, "step-39");
}

#[test]
fn erasing_a_learner_takes_them_out_of_the_backups_too() {
    let dir = tempfile::tempdir().unwrap();
    busy_hub(dir.path());
    let store = Store::open(dir.path()).unwrap();
    daily(&store.conn, dir.path(), "2026-01-01").unwrap();
    store.back_up_daily().unwrap();
    let zeb = store.find_learner("Learner 3").unwrap().unwrap();
    store.erase_learner(zeb.id).unwrap();
    let kept = backups(dir.path());
    assert_eq!(kept.len(), 1, "only a backup made after the erasure: {kept:?}");
    let copy = rusqlite::Connection::open(&kept[0]).unwrap();
    let named: i64 = copy.query_row("SELECT count(*) FROM learner WHERE name = 'Learner 3'", [], |r| r.get(0)).unwrap();
    assert_eq!(named, 0);
}
