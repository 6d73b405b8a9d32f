//! Where a hub's data lives, shared by every command that opens the progress file.

use std::path::PathBuf;

use crate::cli::Options;
use crate::text::UserError;

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
