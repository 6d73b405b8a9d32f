//! `signpost learner certificate` end to end: the real binary writes a one-page A4 PDF
//! whose words (Welsh and Polish letters too) can be copied back out, a `.txt` that is
//! never HTML, private files, and `--print` through CUPS's `lp` (a stand-in here) or a
//! kind refusal where there is none.
//!
//! Reading a PDF back needs `pdftotext` and `pdfinfo` (poppler-utils), and making one
//! needs DejaVu Sans (fonts-dejavu-core). CI installs both; elsewhere a test that lacks
//! them says SKIPPED and what to install, and does not pass or fail on it silently.

mod common;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{signpost, stderr, stdout};
use signpost::content::source::SourceTree;
use signpost::store::Store;

const WELSH: &str = "Siân ap Ŵyn Tŷ-gwyn";
const POLISH: &str = "Zofia Gęślą Małżeńska-Kościć";
const FONT: &str = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

/// Whether this machine can make and read back a PDF; if not, says which test is
/// skipped and what to install. On CI (`CI` set) a missing tool is a failure.
fn can_read_pdfs(test: &str) -> bool {
    let tools = ["pdftotext", "pdfinfo"].iter().all(|t| Command::new(t).arg("-v").output().is_ok());
    let font = Path::new(FONT).is_file();
    if tools && font {
        return true;
    }
    let missing = "poppler-utils (pdftotext, pdfinfo) and fonts-dejavu-core";
    assert!(std::env::var_os("CI").is_none(), "CI must have {missing}: see .ci/run");
    eprintln!("SKIPPED {test}: needs {missing}: sudo apt-get install poppler-utils fonts-dejavu-core");
    false
}

/// A hub called `hub` (in its own config folder) with `name`, who has finished every
/// lesson of Getting started and Email, started Video calls, and sent an email for real.
struct Hub {
    dir: tempfile::TempDir,
}

impl Hub {
    fn new(name: &str) -> Hub {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("config/signpost");
        fs::create_dir_all(&config).unwrap();
        fs::write(config.join("hub.toml"), "[hub]\nname = \"Canolfan Tŷ'r Ysgol\"\n").unwrap();
        let hub = Hub { dir };
        hub.add(name, &["getting-started", "email"]);
        hub
    }

    fn add(&self, name: &str, courses: &[&str]) {
        let store = Store::open(&self.data()).unwrap();
        let learner = store.add_learner(name).unwrap();
        let catalog = signpost::lesson::load(&SourceTree::built_in_lessons()).catalog;
        for course in catalog.courses.iter().filter(|c| courses.contains(&c.id.as_str())) {
            for lesson in &course.lessons {
                store.save_step(learner.id, &course.id, &lesson.id, "recap").unwrap();
                store.complete_lesson(learner.id, &course.id, &lesson.id).unwrap();
            }
            for milestone in &course.milestones {
                store.record_milestone(learner.id, &course.id, &milestone.id).unwrap();
            }
        }
        store.save_step(learner.id, "video-calls", "calling-family", "start").unwrap();
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn path(&self, file: &str) -> PathBuf {
        self.dir.path().join(file)
    }

    /// `signpost learner certificate ARGS`, with `PATH` and the font folder as given.
    fn certificate(&self, args: &[&str], env: &[(&str, &std::ffi::OsStr)]) -> Output {
        let mut command = signpost();
        command.args(["learner", "certificate"]).args(args).arg("--data-dir").arg(self.data());
        command.env("XDG_CONFIG_HOME", self.dir.path().join("config")).env_remove("SIGNPOST_FONT_DIR");
        for (name, value) in env {
            command.env(name, value);
        }
        command.output().expect("signpost runs")
    }
}

fn ok(output: Output) -> String {
    assert!(output.status.success(), "{}\n{}", stdout(&output), stderr(&output));
    stdout(&output)
}

/// Refused as every user error is: status 2, words on stderr.
fn refused(output: Output) -> String {
    assert_eq!(output.status.code(), Some(2), "{}\n{}", stdout(&output), stderr(&output));
    stderr(&output)
}

/// The PDF's words, every run of spaces and line breaks made one space.
fn pdf_text(pdf: &Path) -> String {
    let output = Command::new("pdftotext").arg(pdf).arg("-").output().unwrap();
    assert!(output.status.success(), "pdftotext read {}: {}", pdf.display(), stderr(&output));
    String::from_utf8(output.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `pdfinfo`'s "Pages:" and "Page size:" lines.
fn pages_and_size(pdf: &Path) -> (String, String) {
    let output = Command::new("pdfinfo").arg(pdf).output().unwrap();
    assert!(output.status.success(), "pdfinfo read {}: {}", pdf.display(), stderr(&output));
    let info = String::from_utf8(output.stdout).unwrap();
    let field = |name: &str| {
        let line = info.lines().find(|l| l.starts_with(name)).unwrap_or_else(|| panic!("no {name} in {info}"));
        line[name.len()..].split_whitespace().collect::<Vec<_>>().join(" ")
    };
    (field("Pages:"), field("Page size:"))
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn assert_in_order(text: &str, parts: &[&str]) {
    let mut from = 0;
    for part in parts {
        let at = text[from..].find(part).unwrap_or_else(|| panic!("{part:?} missing or out of order in:\n{text}"));
        from += at + part.len();
    }
}

#[test]
fn a_welsh_certificate_is_one_a4_page_whose_words_can_be_copied() {
    if !can_read_pdfs("a_welsh_certificate_is_one_a4_page_whose_words_can_be_copied") {
        return;
    }
    let hub = Hub::new(WELSH);
    let file = hub.path("tystysgrif.pdf");
    // Left readable by others from before: made private when written.
    fs::write(&file, "old").unwrap();
    fs::set_permissions(&file, fs::Permissions::from_mode(0o644)).unwrap();
    let said = ok(hub.certificate(&[WELSH, file.to_str().unwrap(), "--lang", "cy"], &[]));
    assert!(said.starts_with(&format!("Wedi cadw tystysgrif {WELSH} yn ")), "{said}");
    assert!(fs::read(&file).unwrap().starts_with(b"%PDF-"));
    assert_eq!(mode(&file), 0o600, "it carries the learner's name: private");
    assert_eq!(pages_and_size(&file), ("1".into(), "595.28 x 841.89 pts (A4)".into()));
    let text = pdf_text(&file);
    assert_in_order(
        &text,
        &[
            &format!("Tystysgrif i {WELSH}"),
            &format!("Da iawn, {WELSH}!"),
            "Yn Canolfan Tŷ'r Ysgol.",
            "Cyrsiau wedi'u cwblhau",
            "Camau cyntaf, wedi gorffen ar ",
            "Wedi'i wneud go iawn",
            "Llofnod hyrwyddwr digidol: ___",
        ],
    );
    assert!(!text.contains("Galw") && !text.contains("Calling"), "a course only started is not on it:\n{text}");
}

#[test]
fn a_polish_certificate_keeps_every_polish_letter() {
    if !can_read_pdfs("a_polish_certificate_keeps_every_polish_letter") {
        return;
    }
    let hub = Hub::new(POLISH);
    let file = hub.path("dyplom.PDF");
    ok(hub.certificate(&[POLISH, file.to_str().unwrap(), "--lang", "pl"], &[]));
    assert_eq!(pages_and_size(&file).0, "1");
    let text = pdf_text(&file);
    assert_in_order(&text, &[&format!("Dyplom: {POLISH}"), &format!("Brawo, {POLISH}!"), "Ukończone kursy"]);
    for letter in ['ł', 'ś', 'ż', 'ć', 'ń', 'ę', 'ą'] {
        assert!(text.contains(letter), "{letter} lost:\n{text}");
    }
}

#[test]
fn the_longest_name_with_every_course_done_still_fits_one_page() {
    if !can_read_pdfs("the_longest_name_with_every_course_done_still_fits_one_page") {
        return;
    }
    let name = "Wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww"; // 40 letters, the most a name has
    let hub = Hub::new("Ann");
    let all = ["finding-your-reason", "getting-started", "email", "video-calls", "nhs-prescriptions"];
    hub.add(name, &all);
    let file = hub.path("certificate");
    ok(hub.certificate(&[name, file.to_str().unwrap()], &[]));
    assert_eq!(pages_and_size(&file).0, "1", "no file kind given: a PDF, on one page");
    let text = pdf_text(&file).replace(' ', "");
    for words in ["Gettingstarted", "Email", "Videocalls", "Isentanemail", "Signedbyadigitalchampion"] {
        assert!(text.contains(words), "{words:?} missing:\n{text}");
    }
}

#[test]
fn a_txt_name_gets_plain_text_and_an_html_name_a_web_page() {
    let hub = Hub::new("Ann <b>");
    for name in ["ann.txt", "ANN.TXT"] {
        let file = hub.path(name);
        ok(hub.certificate(&["Ann <b>", file.to_str().unwrap()], &[]));
        let text = fs::read_to_string(&file).unwrap();
        assert!(text.starts_with("Well done, Ann <b>!\n\n"), "{text}");
        assert!(!text.contains("<html") && !text.contains("&lt;") && !text.contains("%PDF"), "{text}");
        assert_eq!(mode(&file), 0o600);
    }
    let page = hub.path("ann.html");
    // Needs no font: a web page is made even where DejaVu Sans is missing.
    let nowhere = hub.path("no-fonts");
    fs::create_dir_all(&nowhere).unwrap();
    ok(hub.certificate(&["Ann <b>", page.to_str().unwrap()], &[("SIGNPOST_FONT_DIR", nowhere.as_os_str())]));
    let html = fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<h1>Well done, Ann &lt;b&gt;!</h1>"), "{html}");
}

#[test]
fn without_the_font_a_pdf_is_refused_kindly_and_the_old_file_kept() {
    let hub = Hub::new("Ann");
    let file = hub.path("ann.pdf");
    fs::write(&file, "the certificate from last week").unwrap();
    let nowhere = hub.path("no-fonts");
    fs::create_dir_all(&nowhere).unwrap();
    let said =
        refused(hub.certificate(&["Ann", file.to_str().unwrap()], &[("SIGNPOST_FONT_DIR", nowhere.as_os_str())]));
    assert!(
        said.contains("needs the DejaVu Sans font") && said.contains("sudo apt install fonts-dejavu-core"),
        "{said}"
    );
    assert!(said.contains(".html") && said.contains("Nothing has been lost."), "{said}");
    assert_eq!(fs::read_to_string(&file).unwrap(), "the certificate from last week");
}

#[test]
fn with_no_file_and_no_print_it_asks_where() {
    let hub = Hub::new("Ann");
    let said = refused(hub.certificate(&["Ann"], &[]));
    assert!(said.contains("Say where to save the certificate of Ann") && said.contains("--print"), "{said}");
}

/// A stand-in for CUPS's `lp` in its own folder: it keeps its arguments, a copy of
/// the file and the file's mode, then answers as `lp` does, or fails as told.
fn fake_lp(dir: &Path, fails: bool) -> PathBuf {
    let bin = dir.join("bin");
    fs::create_dir_all(&bin).unwrap();
    let record = dir.join("lp-record");
    let end = if fails {
        "echo 'lp: The printer or class does not exist.' >&2\nexit 1"
    } else {
        "echo 'request id is Office-1 (1 file(s))'"
    };
    let script = format!(
        "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{r}.args'\ncp \"$1\" '{r}.pdf'\nstat -c %a \"$1\" > '{r}.mode'\n{end}\n",
        r = record.display()
    );
    fs::write(bin.join("lp"), script).unwrap();
    fs::set_permissions(bin.join("lp"), fs::Permissions::from_mode(0o755)).unwrap();
    bin
}

/// `PATH` with `first` before the system's folders (for `cp` and `stat`).
fn path_with(first: &Path) -> std::ffi::OsString {
    std::env::join_paths([first, Path::new("/usr/bin"), Path::new("/bin")]).unwrap()
}

#[test]
fn print_sends_a_private_pdf_to_lp_and_tidies_it_away() {
    if !can_read_pdfs("print_sends_a_private_pdf_to_lp_and_tidies_it_away") {
        return;
    }
    let hub = Hub::new(POLISH);
    let bin = fake_lp(hub.dir.path(), false);
    let said = ok(hub.certificate(&[POLISH, "--print"], &[("PATH", &path_with(&bin))]));
    assert_eq!(said, format!("Sent the certificate of {POLISH} to the printer. It may take a minute to come out.\n"));
    let record = hub.path("lp-record");
    let args = fs::read_to_string(record.with_extension("args")).unwrap();
    let args: Vec<&str> = args.lines().collect();
    assert_eq!(args.len(), 1, "lp FILE: {args:?}");
    assert!(args[0].ends_with(".pdf") && !args[0].starts_with(hub.dir.path().to_str().unwrap()), "{args:?}");
    assert!(!Path::new(args[0]).exists(), "the temporary file is removed once lp has it");
    assert_eq!(fs::read_to_string(record.with_extension("mode")).unwrap().trim(), "600");
    let printed = record.with_extension("pdf");
    assert_eq!(pages_and_size(&printed).0, "1");
    assert!(pdf_text(&printed).contains(&format!("Certificate for {POLISH}")));
    assert!(fs::read_dir(hub.dir.path()).unwrap().all(|e| !e.unwrap().path().ends_with("certificate.pdf")));
}

#[test]
fn a_printer_that_says_no_is_reported_and_the_saved_file_kept() {
    if !can_read_pdfs("a_printer_that_says_no_is_reported_and_the_saved_file_kept") {
        return;
    }
    let hub = Hub::new("Ann");
    let bin = fake_lp(hub.dir.path(), true);
    let file = hub.path("ann.pdf");
    let output = hub.certificate(&["Ann", file.to_str().unwrap(), "--print"], &[("PATH", &path_with(&bin))]);
    assert!(stdout(&output).starts_with("Saved the certificate of Ann in "), "saved first: {}", stdout(&output));
    let said = refused(output);
    assert!(said.contains("The printer did not take the certificate of Ann."), "{said}");
    assert!(said.contains("lp: The printer or class does not exist."), "{said}");
    assert_eq!(pages_and_size(&file).0, "1", "the saved certificate is kept");
}

#[test]
fn where_lp_is_missing_print_says_what_to_install() {
    let hub = Hub::new("Ann");
    let empty = hub.path("empty-bin");
    fs::create_dir_all(&empty).unwrap();
    let fonts = Path::new(FONT).parent().unwrap().as_os_str();
    let env = [("PATH", empty.as_os_str()), ("SIGNPOST_FONT_DIR", fonts)];
    let output = hub.certificate(&["Ann", "--print"], &env);
    if Path::new(FONT).is_file() {
        let said = refused(output);
        assert!(said.contains("CUPS is not installed") && said.contains("sudo apt install cups-client"), "{said}");
        assert!(said.contains("Nothing has been lost."), "{said}");
    } else {
        assert!(refused(output).contains("DejaVu Sans"), "no font: that is said first");
    }
}
