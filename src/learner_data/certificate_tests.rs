use super::*;
use crate::content::source::SourceTree;
use crate::i18n::base_language;
use crate::learner_data::record::{CompletionRow, ProgressRow};
use crate::lesson;

fn catalog() -> Catalog {
    lesson::load(&SourceTree::built_in_lessons()).catalog
}

fn today() -> Timestamp {
    Timestamp::parse("2026-11-21T09:00:00Z").unwrap()
}

fn row(course: &str, lesson: &str, completed: Option<&str>) -> ProgressRow {
    ProgressRow {
        course_id: course.into(),
        lesson_id: lesson.into(),
        step_id: "x".into(),
        in_progress: completed.is_none(),
        completed_at: completed.map(str::to_owned),
        started_at: "2026-03-01T10:00:00.000Z".into(),
        updated_at: "2026-03-01T10:00:00.000Z".into(),
    }
}

fn record(name: &str) -> LearnerRecord {
    LearnerRecord {
        name: name.into(),
        lesson_progress: vec![
            row("email", "what-is-email", Some("2026-03-04T10:00:00.000Z")),
            row("getting-started", "using-a-keyboard", Some("2026-03-02T10:00:00.000Z")),
            row("getting-started", "using-this-tutor", Some("2026-03-03T10:00:00.000Z")),
            row("video-calls", "calling-family", None),
        ],
        completion_event: vec![
            CompletionRow {
                id: 1,
                course_id: "getting-started".into(),
                lesson_id: "using-this-tutor".into(),
                at: "2026-03-01T10:00:00.000Z".into(),
            },
            CompletionRow {
                id: 2,
                course_id: "cooking".into(),
                lesson_id: "soup".into(),
                at: "2026-03-09T10:00:00Z".into(),
            },
        ],
        ..LearnerRecord::default()
    }
}

/// The certificate as a web page.
fn page(i18n: &I18n, catalog: &Catalog, record: &LearnerRecord, today: Timestamp, hub: Option<&str>) -> String {
    html(&words(i18n, catalog, record, today, hub))
}

#[test]
fn a_txt_file_gets_the_same_words_as_text_with_no_markup() {
    let i18n = I18n::built_in(&[base_language()]);
    let words = words(&i18n, &catalog(), &record("Ann <b>"), today(), Some("Riverside"));
    let text = text(&words);
    assert!(text.starts_with("Well done, Ann <b>!\n\n"), "{text}");
    assert!(
        text.contains("\n\nAt Riverside.\n\n")
            && text.contains("\n\nCourses completed\n- Getting started, finished on 2 March 2026\n"),
        "{text}"
    );
    assert!(!text.contains("<p>") && !text.contains("&lt;"), "no markup, nothing escaped:\n{text}");
}

#[test]
fn the_kind_of_file_comes_from_its_name_and_is_a_pdf_unless_told() {
    use std::path::Path;
    for (name, kind) in [
        ("ann.txt", Kind::Text),
        ("ANN.TXT", Kind::Text),
        ("ann.html", Kind::Html),
        ("ann.HTM", Kind::Html),
        ("ann.pdf", Kind::Pdf),
        ("ann", Kind::Pdf),
        ("ann.txt.pdf", Kind::Pdf),
        ("ann.doc", Kind::Pdf),
    ] {
        assert_eq!(Kind::of(Path::new(name)), kind, "{name}");
    }
}

#[test]
fn the_certificate_names_the_learner_and_lists_completed_courses_in_order() {
    let i18n = I18n::built_in(&[base_language()]);
    let page = page(&i18n, &catalog(), &record("Ann <b>& \"Bo\""), today(), Some("Riverside <Library>"));
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en-GB\">"), "{page}");
    assert!(page.contains("<h1>Well done, Ann &lt;b&gt;&amp; &quot;Bo&quot;!</h1>"), "{page}");
    assert!(!page.contains("<b>"), "the name is never markup");
    let order = [
        "<p>At Riverside &lt;Library&gt;.</p>",
        "<p>Lessons finished: 4</p>",
        "<h2>Courses completed</h2>",
        "<li>Getting started, finished on 2 March 2026</li>",
        "<p>Printed on 21 November 2026.</p>",
        "<p>Signed by a digital champion: ______________________</p>",
    ];
    let mut from = 0;
    for part in order {
        let at = page[from..].find(part).unwrap_or_else(|| panic!("{part:?} missing or out of order in:\n{page}"));
        from += at + part.len();
    }
    assert!(!page.contains("Email,") && !page.contains("cooking"), "a course half done, or unknown, is not complete");
    assert!(!page.contains("Lessons started") && !page.contains("Calling family"), "only what was finished");
}

#[test]
fn the_page_is_large_plain_high_contrast_print() {
    let i18n = I18n::built_in(&[base_language()]);
    let page =
        page(&i18n, &catalog(), &LearnerRecord { name: "Ann".into(), ..LearnerRecord::default() }, today(), None);
    assert!(
        page.contains("<h2>Courses completed</h2>\n<p>No course completed yet. Every small step counts.</p>"),
        "{page}"
    );
    let style = &page[page.find("<style>").unwrap()..page.find("</style>").unwrap()];
    let sizes: Vec<f64> = style
        .split("font-size:")
        .skip(1)
        .map(|s| s.trim_start().split("pt").next().unwrap().parse().unwrap())
        .collect();
    assert!(!sizes.is_empty() && sizes.iter().all(|s| *s >= 24.0), "{sizes:?}");
    assert!(style.contains("body {\n  font-family") && style.contains("font-size: 28pt"));
    assert!(style.contains("color: #000000") && style.contains("background: #ffffff"));
    assert!(style.contains("font-style: normal") && style.contains("text-decoration: none"));
    assert!(style.contains("text-align: left"));
    for banned in ["italic", "oblique", "underline", "center", "justify", "<i>", "<em>", "<u>"] {
        assert!(!page.contains(banned), "{banned}");
    }
}

#[test]
fn the_certificate_is_in_the_learners_language() {
    for (tag, words) in [("cy", "Camau cyntaf"), ("pl", "Pierwsze kroki")] {
        let i18n = I18n::built_in(&[tag.parse().unwrap()]);
        let page = page(&i18n, &catalog(), &record("Ann"), today(), None);
        assert!(page.contains(&format!("<html lang=\"{tag}\">")), "{tag}");
        assert!(page.contains(words), "{tag}: no course title {words:?}:\n{page}");
        assert!(!page.contains("Well done") && !page.contains("March"), "{tag}: English left:\n{page}");
    }
}
