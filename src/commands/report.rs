//! `signpost report`: the hub's figures from this computer's progress file, or merged
//! from other hubs' export files.

use std::io;
use std::process::ExitCode;

use super::data_dir;
use crate::cli::Options;
use crate::content::source::SourceTree;
use crate::i18n::I18n;
use crate::report;
use crate::text::UserError;

/// Makes the report the options ask for and prints or saves it.
pub fn run(i18n: &I18n, options: &Options, lessons: &SourceTree) -> Result<ExitCode, UserError> {
    let dir = if options.report.merge.is_empty() { Some(data_dir(options)?) } else { None };
    let hub = super::hub_settings(i18n).hub;
    report::run(i18n, &options.report, &hub, dir.as_deref(), lessons, &mut io::stdout().lock())?;
    Ok(ExitCode::SUCCESS)
}
