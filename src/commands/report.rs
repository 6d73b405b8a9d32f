//! `signpost report`: the hub's figures from this computer's progress file, or merged
//! from other hubs' export files.

use std::io;
use std::process::ExitCode;

use super::data_dir;
use crate::cli::Options;
use crate::content::packs::Packs;
use crate::content::source::SourceTree;
use crate::i18n::I18n;
use crate::lesson;
use crate::report;
use crate::text::UserError;

/// Makes the report the options ask for and prints or saves it. The courses of packs
/// count as the built-in ones do (a lesson by its skill areas, a course when complete).
pub fn run(i18n: &I18n, options: &Options, lessons: &SourceTree, packs: &Packs) -> Result<ExitCode, UserError> {
    let dir = if options.report.merge.is_empty() { Some(data_dir(options)?) } else { None };
    let hub = super::hub_settings(i18n).hub;
    let catalog = lesson::with_packs(lessons, packs).catalog;
    report::run(i18n, &options.report, &hub, dir.as_deref(), &catalog, &mut io::stdout().lock())?;
    Ok(ExitCode::SUCCESS)
}
