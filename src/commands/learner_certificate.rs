//! `signpost learner certificate NAME [FILE] [--print]`: the certificate saved as a
//! PDF, web page or text (by the file's name), and printed with CUPS's `lp`. A refusal
//! (no font, no `lp`, a printer that says no) changes nothing already saved.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::i18n::{Args, I18n};
use crate::learner_data::certificate::{self, Kind, Words};
use crate::learner_data::pdf::{self, font::FontError, font::Fonts};
use crate::learner_data::private;
use crate::text::UserError;

/// The setting that names the folder holding DejaVu Sans, where a system keeps it
/// somewhere other than the usual places.
pub const FONT_DIR: &str = "SIGNPOST_FONT_DIR";

/// What to do with a certificate, and the words to say it in.
pub struct Job<'a> {
    /// The learner's name as they gave it, for what the command says.
    pub name: &'a str,
    /// The certificate's words, in the learner's language.
    pub words: &'a Words,
    /// The learner's language, for "and 3 more".
    pub theirs: &'a I18n,
    /// The command's language, for what the command says.
    pub i18n: &'a I18n,
}

/// Saves the certificate in `file` and prints it, as asked, saying each as it is
/// done on `out` (so a printer that fails after the file is saved leaves that said).
/// The PDF is made before anything is written, so a missing font changes nothing.
pub fn run(job: &Job<'_>, file: Option<&Path>, print: bool, out: &mut dyn Write) -> Result<(), UserError> {
    let name = || Args::new().with("name", job.name);
    if file.is_none() && !print {
        return Err(UserError::with("learner-certificate-needs-file", name()));
    }
    let kind = file.map(Kind::of);
    let pdf = if print || kind == Some(Kind::Pdf) { Some(make_pdf(job)?) } else { None };
    if let Some(file) = file {
        let bytes = match Kind::of(file) {
            Kind::Html => certificate::html(job.words).into_bytes(),
            Kind::Text => certificate::text(job.words).into_bytes(),
            Kind::Pdf => pdf.clone().map_or_else(|| make_pdf(job), Ok)?,
        };
        // It carries the learner's name: private, like the progress file.
        private::write(file, &bytes).map_err(|e| super::learner::save_failed(file, &e))?;
        let args = name().with("path", file.display().to_string());
        let id =
            if Kind::of(file) == Kind::Pdf { "learner-certificate-saved" } else { "learner-certificate-saved-page" };
        // Words that cannot be written (a closed pipe) change nothing that was done.
        let _ = writeln!(out, "{}", job.i18n.tr_args(id, &args));
    }
    if let Some(pdf) = pdf.filter(|_| print) {
        send_to_printer(&pdf, &name)?;
        let _ = writeln!(out, "{}", job.i18n.tr_args("learner-certificate-printed", &name()));
    }
    Ok(())
}

/// The certificate as a PDF, in the font found in the usual places (or the folder
/// `SIGNPOST_FONT_DIR` names).
fn make_pdf(job: &Job<'_>) -> Result<Vec<u8>, UserError> {
    let chosen = std::env::var_os(FONT_DIR).filter(|d| !d.is_empty()).map(PathBuf::from);
    let fonts = Fonts::find(&pdf::font::places(chosen.as_deref())).map_err(font_refusal)?;
    let more = |count: usize| job.theirs.tr_args("certificate-more", &Args::new().with("count", count));
    pdf::certificate(job.words, &fonts, &more)
        .map_err(|detail| UserError::with("certificate-pdf-failed", Args::new().with("detail", detail)))
}

fn font_refusal(error: FontError) -> UserError {
    match error {
        FontError::Missing { file, looked } => {
            let places: Vec<String> = looked.iter().map(|p| p.display().to_string()).collect();
            let args = Args::new().with("file", file).with("places", places.join(", "));
            UserError::with("certificate-font-missing", args)
        }
        FontError::Unreadable { path, detail } => UserError::with(
            "certificate-font-unreadable",
            Args::new().with("path", path.display().to_string()).with("detail", detail),
        ),
        FontError::NotTrueType { path } => {
            UserError::with("certificate-font-not-truetype", Args::new().with("path", path.display().to_string()))
        }
    }
}

/// Runs `lp FILE` on the PDF, written to a temporary file that only this user can
/// read and that is removed once `lp` has handed it to the printing system.
fn send_to_printer(pdf: &[u8], name: &dyn Fn() -> Args) -> Result<(), UserError> {
    let failed = |detail: String| UserError::with("learner-print-failed", name().with("detail", detail));
    let file = tempfile::Builder::new()
        .prefix("signpost-certificate-")
        .suffix(".pdf")
        .tempfile()
        .map_err(|e| failed(e.to_string()))?;
    private::write(file.path(), pdf).map_err(|e| failed(e.to_string()))?;
    let output = match Command::new("lp").arg(file.path()).output() {
        Ok(output) => output,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(UserError::with("learner-print-no-lp", name()));
        }
        Err(e) => return Err(failed(e.to_string())),
    };
    if output.status.success() {
        return Ok(());
    }
    let said = String::from_utf8_lossy(&output.stderr).trim().to_owned();
    let detail = if said.is_empty() { output.status.to_string() } else { said };
    Err(failed(detail))
}
