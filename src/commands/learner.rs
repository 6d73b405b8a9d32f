//! Carrying out `signpost learner ...` on an open store: what the command says goes to
//! `out`; a refusal is a message for `main` to show on stderr.

use std::io::{IsTerminal, Write};
use std::path::Path;

use super::data_dir;
use crate::cli::Options;
use crate::commands::learner_args::LearnerCommand;
use crate::content::packs::Packs;
use crate::content::source::SourceTree;
use crate::domain::learner::Learner;
use crate::domain::when::Timestamp;
use crate::i18n::{Args, I18n};
use crate::learner_data::certificate;
use crate::learner_data::disclosure;
use crate::learner_data::transfer::{self, TransferError};
use crate::lesson::{self, Catalog};
use crate::store::Store;
use crate::text::UserError;
use std::process::ExitCode;

/// `signpost learner ...` from the command line: opens the store, then [`run`].
pub fn start(
    i18n: &I18n,
    options: &Options,
    lessons: &SourceTree,
    locales: &SourceTree,
    packs: &Packs,
) -> Result<ExitCode, UserError> {
    let Some(command) = &options.learner else { return Ok(ExitCode::from(2)) };
    let store = Store::open(&data_dir(options)?)?;
    let words = CommandWords { i18n, locales, explicit_lang: options.lang.is_some() };
    let catalog = lesson::with_packs(lessons, packs).catalog;
    run(&words, &catalog, &store, command, &mut std::io::stdout().lock())?;
    Ok(ExitCode::SUCCESS)
}

fn refuse(id: &'static str, args: Args) -> UserError {
    UserError::with(id, args)
}

fn failed(error: impl std::fmt::Display) -> UserError {
    refuse("learner-store-failed", Args::new().with("detail", error.to_string()))
}

/// Where the command's words come from. The certificate is in the learner's own
/// language unless the command line chose one (`explicit_lang`).
pub struct CommandWords<'a> {
    pub i18n: &'a I18n,
    pub locales: &'a SourceTree,
    pub explicit_lang: bool,
}

/// Runs `command` on `store`.
pub fn run(
    words: &CommandWords<'_>,
    catalog: &Catalog,
    store: &Store,
    command: &LearnerCommand,
    out: &mut dyn Write,
) -> Result<(), UserError> {
    let i18n = words.i18n;
    let path_args = |name: &str, path: &Path| Args::new().with("name", name).with("path", path.display().to_string());
    let said = match command {
        LearnerCommand::Export { name, file } => {
            let learner = find(store, name)?;
            transfer::export(store, learner.id, file).map_err(|e| match e {
                TransferError::Write(e) => save_failed(file, &e),
                other => failed(other),
            })?;
            i18n.tr_args("learner-exported", &path_args(&learner.name, file))
        }
        LearnerCommand::Import { file, as_name } => {
            let mut progress = progress_line(i18n);
            let (_, summary) = transfer::import(store, catalog, file, as_name.as_deref(), &mut progress)
                .map_err(|e| import_refusal(file, e))?;
            let learner = store.learners().map_err(failed)?.into_iter().find(|l| l.id == summary.learner_id);
            let name = learner.map(|l| l.name).unwrap_or_default();
            let id = match (&summary.renamed_from, summary.created) {
                (Some(_), _) => "learner-imported-renamed",
                (None, true) => "learner-imported-new",
                (None, false) => "learner-imported-merged",
            };
            let args = path_args(&name, file).with("lessons", summary.lessons).with("records", summary.records);
            i18n.tr_args(id, &args.with("other", summary.renamed_from.unwrap_or_default()))
        }
        LearnerCommand::Show { name } => {
            let learner = find(store, name)?;
            let everything = store.everything_about(learner.id).map_err(failed)?;
            disclosure::lines(i18n, catalog, &everything).join("\n")
        }
        LearnerCommand::Certificate { name, file, print } => {
            let learner = find(store, name)?;
            let record = store.learner_record(learner.id).map_err(failed)?;
            let own = record.settings.as_ref().and_then(|s| s.language.as_deref()).and_then(|t| t.parse().ok());
            let language = match own {
                Some(own) if !words.explicit_lang => own,
                _ => i18n.language().clone(),
            };
            let theirs = I18n::on_demand(words.locales, &[language]);
            let hub = super::hub_settings(i18n).hub.name;
            let words = certificate::words(&theirs, catalog, &record, Timestamp::now(), hub.as_deref());
            let job = super::learner_certificate::Job { name: &learner.name, words: &words, theirs: &theirs, i18n };
            return super::learner_certificate::run(&job, file.as_deref(), *print, out);
        }
        LearnerCommand::Erase { name, yes } => {
            let learner = find(store, name)?;
            let args = Args::new().with("name", &learner.name);
            if !yes {
                return Err(refuse("learner-erase-confirm", args));
            }
            store.erase_learner(learner.id).map_err(failed)?;
            i18n.tr_args("learner-erased", &args)
        }
        LearnerCommand::ResetPin { name } => {
            let learner = find(store, name)?;
            let args = Args::new().with("name", &learner.name);
            if !store.learner_has_pin(learner.id).map_err(failed)? {
                i18n.tr_args("learner-pin-none", &args)
            } else {
                store.set_learner_pin(learner.id, None).map_err(failed)?;
                i18n.tr_args("learner-pin-reset", &args)
            }
        }
    };
    // Words that cannot be written (a closed pipe) change nothing that was done.
    let _ = writeln!(out, "{said}");
    Ok(())
}

/// A long import says how far it has got on one line of the terminal (stderr, and only
/// when that is a terminal: a script reading the output gets just the result), rewritten
/// each tenth of the way. Small files finish too soon to need it.
fn progress_line(i18n: &I18n) -> impl FnMut(usize, usize) + '_ {
    const WORTH_SHOWING: usize = 10_000;
    let terminal = std::io::stderr().is_terminal();
    let mut last_tenth = None;
    move |done: usize, total: usize| {
        if !terminal || total < WORTH_SHOWING {
            return;
        }
        let tenth = done * 10 / total;
        if last_tenth == Some(tenth) {
            return;
        }
        last_tenth = Some(tenth);
        let line = i18n.tr_args("learner-import-progress", &Args::new().with("done", done).with("total", total));
        let end = if done == total { "\n" } else { "" };
        eprint!("\r{line}{end}");
    }
}

fn find(store: &Store, name: &str) -> Result<Learner, UserError> {
    store.find_learner(name).map_err(failed)?.ok_or_else(|| refuse("learner-not-found", Args::new().with("name", name)))
}

pub(super) fn save_failed(path: &Path, error: &std::io::Error) -> UserError {
    refuse(
        "learner-save-failed",
        Args::new().with("path", path.display().to_string()).with("detail", error.to_string()),
    )
}

fn import_refusal(path: &Path, error: TransferError) -> UserError {
    let args = Args::new().with("path", path.display().to_string());
    match error {
        TransferError::Read(e) => refuse("learner-import-unreadable", args.with("detail", e.to_string())),
        TransferError::NotLearnerFile(detail) => refuse("learner-import-not-learner-file", args.with("detail", detail)),
        TransferError::TooNew { found, supported } => refuse(
            "learner-import-too-new",
            args.with("found", found.to_string()).with("supported", supported.to_string()),
        ),
        TransferError::Name(_) => refuse("learner-import-bad-name", args),
        TransferError::Store(e @ crate::store::StoreError::OtherPerson { .. }) => UserError::from(e),
        other => failed(other),
    }
}

#[cfg(test)]
#[path = "learner_tests.rs"]
mod tests;
