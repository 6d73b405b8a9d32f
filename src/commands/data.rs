//! Where a hub's data lives, and its settings, shared by every command that needs them.

use std::path::{Path, PathBuf};

use crate::cli::Options;
use crate::hub::{self, HubFile};
use crate::i18n::{Args, I18n};
use crate::text::UserError;

/// The hub file's settings. A mistake in the file is shown at its place (and logged),
/// and everything carries on with the usual settings: it never stops a learner.
pub fn hub_settings(i18n: &I18n) -> HubFile {
    let (file, problem) = hub::load();
    if let Some(e) = problem {
        let place = format!("{}:{}:{}", e.path.display(), e.line, e.col);
        let words = i18n.tr_args("hub-file-bad", &Args::new().with("place", place).with("detail", e.detail));
        log::warn!("{words}");
        eprintln!("{words}");
    }
    file
}

/// The data folder: `--data-dir` (or `SIGNPOST_DATA_DIR`), else the system's place
/// for this user's application data.
pub fn data_dir(options: &Options) -> Result<PathBuf, UserError> {
    if let Some(dir) = &options.data_dir {
        return Ok(dir.clone());
    }
    directories::ProjectDirs::from("", "", "signpost")
        .map(|dirs| dirs.data_dir().to_path_buf())
        .ok_or(UserError::new("error-no-data-dir"))
}

/// The store's error in words for a person.
pub fn store_error(error: crate::store::StoreError) -> UserError {
    UserError::from(error)
}

/// A lessons or locales folder that could not be read, in words for a person.
pub fn unreadable_folder(dir: &Path, error: &std::io::Error) -> UserError {
    let args = Args::new().with("path", dir.display().to_string()).with("detail", error.to_string());
    UserError::with("error-folder", args)
}
