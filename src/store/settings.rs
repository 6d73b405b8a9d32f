//! Saving and reading each learner's settings.

use rusqlite::{params, Connection, OptionalExtension};

use super::{Store, StoreError};
use crate::domain::settings::{Settings, Theme, RATE_STEPS};
use crate::learner_data::record::SettingsRow;

/// The columns of `learner_settings` after `learner_id`, in [`SettingsRow`]'s order.
/// Every query about settings uses this list, so a new setting is one column here, one
/// field in `SettingsRow` and a migration.
const COLUMNS: &str = "theme, large_print, speech, rate, shortcuts, language";

/// What to do when the learner already has saved settings.
pub(super) enum OnConflict {
    /// Replace them (the learner changed a setting).
    Replace,
    /// Keep them (an import never overwrites this hub's settings).
    Keep,
}

/// The learner's settings row as stored, if they have one.
pub(super) fn read_row(conn: &Connection, learner_id: i64) -> Result<Option<SettingsRow>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM learner_settings WHERE learner_id = ?1");
    let row = conn
        .query_row(&sql, [learner_id], |r| {
            Ok(SettingsRow {
                theme: r.get(0)?,
                large_print: r.get(1)?,
                speech: r.get(2)?,
                rate: r.get(3)?,
                shortcuts: r.get(4)?,
                language: r.get(5)?,
            })
        })
        .optional()?;
    Ok(row)
}

/// Writes the learner's settings row.
pub(super) fn write_row(
    conn: &Connection,
    learner_id: i64,
    s: &SettingsRow,
    on_conflict: OnConflict,
) -> Result<(), StoreError> {
    let conflict = match on_conflict {
        OnConflict::Replace => {
            let set: Vec<String> = COLUMNS.split(", ").map(|c| format!("{c} = excluded.{c}")).collect();
            format!("DO UPDATE SET {}", set.join(", "))
        }
        OnConflict::Keep => "DO NOTHING".to_owned(),
    };
    let sql = format!(
        "INSERT INTO learner_settings (learner_id, {COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (learner_id) {conflict}"
    );
    conn.execute(&sql, params![learner_id, s.theme, s.large_print, s.speech, s.rate, s.shortcuts, s.language])?;
    Ok(())
}

impl Store {
    /// The learner's saved settings, if they have any.
    pub fn settings(&self, learner_id: i64) -> Result<Option<Settings>, StoreError> {
        Ok(read_row(&self.conn, learner_id)?.map(|row| Settings {
            // A theme this build does not know falls back to the default.
            theme: Theme::from_key(&row.theme).unwrap_or_default(),
            large_print: row.large_print,
            speech: row.speech,
            rate: i8::try_from(row.rate.clamp(i64::from(-RATE_STEPS), i64::from(RATE_STEPS))).unwrap_or(0),
            shortcuts: row.shortcuts,
            language: row.language,
        }))
    }

    /// Saves the learner's settings, replacing any before.
    pub fn save_settings(&self, learner_id: i64, s: &Settings) -> Result<(), StoreError> {
        super::require_learner(&self.conn, learner_id)?;
        write_row(&self.conn, learner_id, &SettingsRow::from(s), OnConflict::Replace)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_saved_per_learner() {
        let store = Store::open_in_memory().unwrap();
        let ann = store.add_learner("Ann").unwrap();
        let bob = store.add_learner("Bob").unwrap();
        assert_eq!(store.settings(ann.id).unwrap(), None);
        let mine = Settings {
            theme: Theme::BlackOnYellow,
            large_print: true,
            speech: false,
            rate: -2,
            shortcuts: false,
            language: Some("cy".into()),
        };
        store.save_settings(ann.id, &mine).unwrap();
        store.save_settings(bob.id, &Settings::default()).unwrap();
        assert_eq!(store.settings(ann.id).unwrap(), Some(mine.clone()));
        let changed = Settings { rate: 3, ..mine };
        store.save_settings(ann.id, &changed).unwrap();
        assert_eq!(store.settings(ann.id).unwrap(), Some(changed));
        assert_eq!(store.settings(bob.id).unwrap(), Some(Settings::default()));
    }
}
