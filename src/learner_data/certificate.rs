//! A large-print certificate of what a learner has done: the courses they completed
//! and what they did for real, the hub, the day, and a line for their champion to
//! sign. Its words are worked out here, every one from Fluent in the learner's language
//! with course titles from the lesson catalog; they are laid out as a one-page PDF
//! (`super::pdf`, the usual kind), a web page with its style inside it, or plain text
//! ([`Kind`]). Big plain text (28pt), black on white, left aligned, no italics or
//! underlining.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::domain::when::Timestamp;
use crate::i18n::{Args, I18n};
use crate::learner_data::disclosure::{date, date_of, Names};
use crate::learner_data::record::LearnerRecord;
use crate::lesson::Catalog;
use crate::text::html::escape;

const STYLE: &str = "
html, body { background: #ffffff; color: #000000; }
body {
  font-family: Arial, Verdana, Tahoma, sans-serif;
  font-size: 28pt;
  line-height: 1.5;
  text-align: left;
  margin: 0.5em;
}
* { font-style: normal; text-decoration: none; text-align: left; letter-spacing: normal; }
main { border: 6px solid #000000; padding: 0.5em 0.75em; }
h1 { font-size: 44pt; font-weight: bold; margin: 0 0 0.5em 0; }
h2 { font-size: 36pt; font-weight: bold; margin: 1em 0 0.25em 0; }
h3 { font-size: 32pt; font-weight: bold; margin: 0.75em 0 0.25em 0; }
p, li { font-size: 28pt; margin: 0.25em 0; }
ul { margin: 0; padding-left: 1.2em; }
@page { size: A4; margin: 15mm; }
";

/// The lessons a learner has finished, each with the day they first finished it.
fn finished(record: &LearnerRecord) -> BTreeMap<(&str, &str), &str> {
    let mut first: BTreeMap<(&str, &str), &str> = BTreeMap::new();
    let done = record
        .lesson_progress
        .iter()
        .filter_map(|p| Some((p.course_id.as_str(), p.lesson_id.as_str(), p.completed_at.as_deref()?)))
        .chain(record.completion_event.iter().map(|e| (e.course_id.as_str(), e.lesson_id.as_str(), e.at.as_str())));
    for (course, lesson, at) in done {
        let slot = first.entry((course, lesson)).or_insert(at);
        if at < *slot {
            *slot = at;
        }
    }
    first
}

/// The courses of the catalog whose every lesson the learner has finished, in the
/// catalog's order, each with the day its last lesson was first finished. A course
/// this build does not know cannot be judged complete, so it is left out.
fn completed<'a>(catalog: &'a Catalog, finished: &BTreeMap<(&str, &str), &'a str>) -> Vec<(&'a str, &'a str)> {
    catalog
        .courses
        .iter()
        .filter(|c| !c.lessons.is_empty())
        .filter_map(|c| {
            let days: Option<Vec<&str>> =
                c.lessons.iter().map(|l| finished.get(&(c.id.as_str(), l.id.as_str())).copied()).collect();
            Some((c.id.as_str(), days?.into_iter().max()?))
        })
        .collect()
}

/// What a certificate says, in the learner's language, before it is laid out.
pub struct Words {
    pub language: String,
    pub title: String,
    pub heading: String,
    pub intro: String,
    pub hub: Option<String>,
    /// "Lessons finished: 12", so a learner with no whole course still sees their work.
    pub finished: String,
    /// "Courses completed", and each course with its day ("Email, finished on ...").
    pub courses: (String, Vec<String>),
    /// Said when no course is complete yet, in place of an empty list.
    pub none_yet: Option<String>,
    /// "Done for real", and each milestone with its day, if any were recorded.
    pub real: Option<(String, Vec<String>)>,
    pub printed: String,
    pub signed: String,
    pub footer: String,
}

/// One part of a certificate under its own heading: the courses, or what was done
/// for real.
pub struct Section<'a> {
    pub heading: &'a str,
    /// A line said in place of the list when it is empty.
    pub note: Option<&'a str>,
    pub lines: &'a [String],
}

impl Words {
    /// The parts under headings, in order: the courses (always, with a note when there
    /// are none yet), then what was done for real (when anything was).
    pub fn sections(&self) -> Vec<Section<'_>> {
        let courses =
            Section { heading: &self.courses.0, note: self.none_yet.as_deref(), lines: self.courses.1.as_slice() };
        let real = self.real.iter().map(|(heading, lines)| Section { heading, note: None, lines: lines.as_slice() });
        std::iter::once(courses).chain(real).collect()
    }
}

/// The words of a certificate dated `today`, from the hub called `hub` if it has a
/// name: the courses the learner completed and what they did for real (not what they
/// only started), and a line for the champion to sign.
pub fn words(i18n: &I18n, catalog: &Catalog, record: &LearnerRecord, today: Timestamp, hub: Option<&str>) -> Words {
    let names = Names { i18n, catalog };
    let name = || Args::new().with("name", &record.name);
    let finished = finished(record);
    let courses: Vec<String> = completed(catalog, &finished)
        .into_iter()
        .map(|(course, at)| {
            let args = Args::new().with("course", names.course(course)).with("date", date(i18n, at));
            i18n.tr_args("certificate-course-done", &args)
        })
        .collect();
    let real: Vec<String> = record
        .milestone
        .iter()
        .map(|m| {
            let args = Args::new()
                .with("words", names.milestone(&m.course_id, &m.milestone_id))
                .with("date", date(i18n, &m.at));
            i18n.tr_args("certificate-milestone", &args)
        })
        .collect();
    Words {
        language: i18n.language().to_string(),
        title: i18n.tr_args("certificate-title", &name()),
        heading: i18n.tr_args("certificate-heading", &name()),
        intro: i18n.tr_args("certificate-intro", &name()),
        hub: hub.map(|hub| i18n.tr_args("certificate-hub", &Args::new().with("hub", hub))),
        finished: i18n.tr_args("certificate-finished", &Args::new().with("count", finished.len())),
        none_yet: courses.is_empty().then(|| i18n.tr("certificate-none-yet")),
        courses: (i18n.tr("certificate-courses"), courses),
        real: (!real.is_empty()).then(|| (i18n.tr("certificate-milestones"), real)),
        printed: i18n.tr_args("certificate-printed", &Args::new().with("date", date_of(i18n, today))),
        signed: i18n.tr("certificate-signed"),
        footer: i18n.tr("certificate-footer"),
    }
}

/// The certificate as one web page with its style inside it, to open and print.
pub fn html(w: &Words) -> String {
    let mut page = String::new();
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n<h1>{}</h1>\n<p>{}</p>\n",
        escape(&w.language),
        escape(&w.title),
        escape(&w.heading),
        escape(&w.intro),
    );
    for line in w.hub.iter() {
        let _ = writeln!(page, "<p>{}</p>", escape(line));
    }
    let _ = writeln!(page, "<p>{}</p>", escape(&w.finished));
    for section in w.sections() {
        let _ = writeln!(page, "<h2>{}</h2>", escape(section.heading));
        if let Some(note) = section.note {
            let _ = writeln!(page, "<p>{}</p>", escape(note));
        }
        if !section.lines.is_empty() {
            let _ = writeln!(page, "<ul>");
            for line in section.lines {
                let _ = writeln!(page, "<li>{}</li>", escape(line));
            }
            let _ = writeln!(page, "</ul>");
        }
    }
    let _ = write!(
        page,
        "<p>{}</p>\n<p>{}</p>\n<p>{}</p>\n</main>\n</body>\n</html>\n",
        escape(&w.printed),
        escape(&w.signed),
        escape(&w.footer),
    );
    page
}

/// The certificate as plain text, for a file whose name ends in `.txt`: the same words
/// with no markup, a blank line between parts.
pub fn text(w: &Words) -> String {
    let mut parts: Vec<String> = vec![w.heading.clone(), w.intro.clone()];
    parts.extend(w.hub.iter().cloned());
    parts.push(w.finished.clone());
    for section in w.sections() {
        let list = section.lines.iter().map(|l| format!("\n- {l}"));
        let note = section.note.map(|n| format!("\n{n}"));
        parts.push(format!("{}{}", section.heading, note.into_iter().chain(list).collect::<String>()));
    }
    parts.extend([w.printed.clone(), w.signed.clone(), w.footer.clone()]);
    let mut text = parts.join("\n\n");
    text.push('\n');
    text
}

/// What a certificate file is, from its name: a web page for `.html` or `.htm`,
/// plain text for `.txt` (never markup), and a PDF for `.pdf` or any other name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Pdf,
    Html,
    Text,
}

impl Kind {
    pub fn of(path: &std::path::Path) -> Kind {
        let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("html" | "htm") => Kind::Html,
            Some("txt") => Kind::Text,
            _ => Kind::Pdf,
        }
    }
}

#[cfg(test)]
#[path = "certificate_tests.rs"]
mod tests;
