//! Saving and reading each learner's settings.

use rusqlite::{params, OptionalExtension};

use super::{Store, StoreError};
use crate::domain::settings::{Settings, Theme, RATE_STEPS};

impl Store {
    /// The learner's saved settings, if they have any.
    pub fn settings(&self, learner_id: i64) -> Result<Option<Settings>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT theme, large_print, speech, rate, shortcuts, language FROM learner_settings WHERE learner_id = ?1",
                [learner_id],
                |row| {
                    let theme: String = row.get(0)?;
                    let rate: i64 = row.get(3)?;
                    Ok(Settings {
                        // A theme this build does not know falls back to the default.
                        theme: Theme::from_key(&theme).unwrap_or_default(),
                        large_print: row.get(1)?,
                        speech: row.get(2)?,
                        rate: i8::try_from(rate.clamp(i64::from(-RATE_STEPS), i64::from(RATE_STEPS))).unwrap_or(0),
                        shortcuts: row.get(4)?,
                        language: row.get(5)?,
                    })
                },
            )
            .optional()?;
        Ok(row)
    }

    /// Saves the learner's settings, replacing any before.
    pub fn save_settings(&self, learner_id: i64, s: &Settings) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO learner_settings (learner_id, theme, large_print, speech, rate, shortcuts, language)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (learner_id) DO UPDATE SET theme = excluded.theme, large_print = excluded.large_print,
                speech = excluded.speech, rate = excluded.rate, shortcuts = excluded.shortcuts,
                language = excluded.language",
            params![learner_id, s.theme.key(), s.large_print, s.speech, s.rate, s.shortcuts, s.language],
        )?;
        Ok(())
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
