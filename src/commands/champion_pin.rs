//! `signpost reset-champion-pin`: the way back in when the champion PIN is forgotten
//! or locked after too many wrong tries. Whoever can run commands on this computer can
//! read the progress file anyway, so this gives away nothing the PIN was protecting.

use std::process::ExitCode;

use super::data_dir;
use crate::cli::Options;
use crate::i18n::I18n;
use crate::store::Store;
use crate::text::UserError;

/// Forgets the champion PIN and any lock on it; the next champion to sign in sets a new
/// one. Learners' own PINs are not touched.
pub fn reset(i18n: &I18n, options: &Options) -> Result<ExitCode, UserError> {
    let store = Store::open(&data_dir(options)?)?;
    store.reset_champion_pin()?;
    println!("{}", i18n.tr("reset-champion-pin-done"));
    Ok(ExitCode::SUCCESS)
}
