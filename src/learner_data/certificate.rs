//! A large-print certificate of what a learner has done: one web page with its style
//! inside it, to open in any browser and print (or plain text, for a `.txt` file). Big plain text (28pt), black on white,
//! left aligned, no italics or underlining; every word from Fluent, in the learner's
//! language, with course and lesson titles from the lesson catalog.

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

/// The lessons a learner has finished, each with the day they first finished it,
/// grouped by course in the catalog's order (lessons this build does not know last).
fn finished(catalog: &Catalog, record: &LearnerRecord) -> Vec<(String, Vec<(String, String)>)> {
    let mut first: BTreeMap<(String, String), String> = BTreeMap::new();
    let done = record
        .lesson_progress
        .iter()
        .filter_map(|p| Some((&p.course_id, &p.lesson_id, p.completed_at.as_ref()?)))
        .chain(record.completion_event.iter().map(|e| (&e.course_id, &e.lesson_id, &e.at)));
    for (course, lesson, at) in done {
        let slot = first.entry((course.clone(), lesson.clone())).or_insert_with(|| at.clone());
        if at < slot {
            slot.clone_from(at);
        }
    }
    let order = |course: &str, lesson: &str| {
        let c = catalog.courses.iter().position(|c| c.id == course);
        let l = c.and_then(|c| catalog.courses[c].lessons.iter().position(|l| l.id == lesson));
        (c.is_none(), c, l.is_none(), l)
    };
    let mut lessons: Vec<((String, String), String)> = first.into_iter().collect();
    lessons.sort_by_key(|((c, l), _)| order(c, l));
    let mut courses: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for ((course, lesson), at) in lessons {
        match courses.last_mut() {
            Some((id, list)) if *id == course => list.push((lesson, at)),
            _ => courses.push((course, vec![(lesson, at)])),
        }
    }
    courses
}

/// What a certificate says, in the learner's language, before it is laid out.
pub struct Words {
    pub language: String,
    pub title: String,
    pub heading: String,
    pub intro: String,
    pub hub: Option<String>,
    pub finished: String,
    pub none_yet: Option<String>,
    /// Each course's title and its finished lessons ("Using a keyboard, finished on ...").
    pub courses: Vec<(String, Vec<String>)>,
    /// "Done for real", and each milestone with its day, if any were recorded.
    pub real: Option<(String, Vec<String>)>,
    pub printed: String,
    pub signed: String,
    pub footer: String,
}

/// The words of a certificate dated `today`, from the hub called `hub` if it has a
/// name: what the learner finished (not what they started), and a line for the
/// champion to sign.
pub fn words(i18n: &I18n, catalog: &Catalog, record: &LearnerRecord, today: Timestamp, hub: Option<&str>) -> Words {
    let names = Names { i18n, catalog };
    let name = || Args::new().with("name", &record.name);
    let finished = finished(catalog, record);
    let count: usize = finished.iter().map(|(_, lessons)| lessons.len()).sum();
    let courses = finished
        .iter()
        .map(|(course, lessons)| {
            let done = lessons.iter().map(|(lesson, at)| {
                let args = Args::new().with("lesson", names.lesson_title(course, lesson)).with("date", date(i18n, at));
                i18n.tr_args("certificate-lesson-done", &args)
            });
            (names.course(course), done.collect())
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
        finished: i18n.tr_args("certificate-finished", &Args::new().with("count", count)),
        none_yet: finished.is_empty().then(|| i18n.tr("certificate-none-yet")),
        courses,
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
    let _ = writeln!(page, "<h2>{}</h2>", escape(&w.finished));
    for line in w.none_yet.iter() {
        let _ = writeln!(page, "<p>{}</p>", escape(line));
    }
    for (course, lessons) in &w.courses {
        let _ = writeln!(page, "<h3>{}</h3>\n<ul>", escape(course));
        for lesson in lessons {
            let _ = writeln!(page, "<li>{}</li>", escape(lesson));
        }
        let _ = writeln!(page, "</ul>");
    }
    if let Some((heading, done)) = &w.real {
        let _ = writeln!(page, "<h2>{}</h2>\n<ul>", escape(heading));
        for line in done {
            let _ = writeln!(page, "<li>{}</li>", escape(line));
        }
        let _ = writeln!(page, "</ul>");
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
    parts.extend(w.none_yet.iter().cloned());
    for (heading, lines) in w.courses.iter().chain(&w.real) {
        let list: Vec<String> = lines.iter().map(|l| format!("- {l}")).collect();
        parts.push(format!("{heading}\n{}", list.join("\n")));
    }
    parts.extend([w.printed.clone(), w.signed.clone(), w.footer.clone()]);
    let mut text = parts.join("\n\n");
    text.push('\n');
    text
}

/// The certificate laid out for a file called `path`: plain text for `.txt`, else a
/// web page.
pub fn for_file(w: &Words, path: &std::path::Path) -> String {
    let plain = path.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("txt"));
    if plain {
        text(w)
    } else {
        html(w)
    }
}

#[cfg(test)]
#[path = "certificate_tests.rs"]
mod tests;
