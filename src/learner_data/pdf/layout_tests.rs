use super::*;
use crate::learner_data::pdf::font::tests::installed;

pub(crate) fn words(name: &str, courses: usize, milestones: usize) -> Words {
    let list = |what: &str, n: usize| (0..n).map(|i| format!("{what} number {i}, finished on 2 March 2026")).collect();
    Words {
        language: "en-GB".into(),
        title: format!("Certificate for {name}"),
        heading: format!("Well done, {name}!"),
        intro: format!("{name} has been learning to use a computer and get online with Signpost."),
        hub: Some("At Riverside Library.".into()),
        finished: "Lessons finished: 12".into(),
        courses: ("Courses completed".into(), list("Course", courses)),
        none_yet: (courses == 0).then(|| "No course completed yet.".into()),
        real: (milestones > 0).then(|| ("Done for real".into(), list("Milestone", milestones))),
        printed: "Printed on 21 November 2026.".into(),
        signed: "Signed by a digital champion: ______________________".into(),
        footer: "Signpost: getting online, one small step at a time.".into(),
    }
}

fn more(n: usize) -> String {
    format!("And {n} more.")
}

/// Every line is inside the border: not past the right edge or the bottom.
fn assert_on_the_page(page: &Page, fonts: &Fonts) {
    for line in &page.lines {
        let font = fonts.get(line.bold);
        assert!(line.x >= LEFT && line.x + font.width(&line.text, line.size) <= RIGHT + 0.01, "{line:?}");
        assert!(line.y - font.extent(line.size).1 >= BOTTOM && line.y <= TOP, "{line:?}");
    }
}

#[test]
fn a_usual_certificate_is_set_at_full_large_print_size() {
    let Some(fonts) = installed("a_usual_certificate_is_set_at_full_large_print_size") else { return };
    let page = page(&words("Ann Lee", 1, 0), &fonts, &more);
    assert_eq!(page.body_size, 28.0);
    let fuller = super::page(&words("Ann Lee", 3, 2), &fonts, &more);
    assert!(fuller.body_size >= 20.0, "still large print: {}", fuller.body_size);
    assert_on_the_page(&page, &fonts);
    let title = &page.lines[0];
    assert!(title.bold && title.size > 36.0 && title.text == "Certificate for Ann Lee", "{title:?}");
    assert!(page
        .lines
        .iter()
        .any(|l| l.text == "•\u{a0}Course number 1, finished on 2 March" || l.text.starts_with("•")));
}

#[test]
fn a_long_unbroken_name_is_broken_between_letters_and_fits() {
    let Some(fonts) = installed("a_long_unbroken_name_is_broken_between_letters_and_fits") else { return };
    let name = "W".repeat(40);
    let page = page(&words(&name, 5, 3), &fonts, &more);
    assert_on_the_page(&page, &fonts);
    assert!(page.lines.iter().all(|l| !l.text.contains(&name)), "too wide for one line");
    let text: String = page.lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(text.matches(&format!("Certificate for{name}")).count(), 1, "broken, not lost: {text}");
    assert!(text.contains("Signed by a digital champion"), "nothing dropped");
    assert!(page.body_size < 28.0 && page.body_size >= 14.0, "{}", page.body_size);
}

#[test]
fn a_great_many_courses_are_cut_short_so_it_stays_one_page() {
    let Some(fonts) = installed("a_great_many_courses_are_cut_short_so_it_stays_one_page") else { return };
    let page = page(&words("Ann", 80, 60), &fonts, &more);
    assert_on_the_page(&page, &fonts);
    assert_eq!(page.body_size, 14.0, "half size before anything is left out");
    let lines: Vec<&str> = page.lines.iter().map(|l| l.text.as_str()).collect();
    let cut: Vec<&&str> = lines.iter().filter(|l| l.starts_with("And ") && l.ends_with(" more.")).collect();
    assert_eq!(cut.len(), 2, "both lists cut short: {lines:?}");
    let shown = lines.iter().filter(|l| l.starts_with("•\u{a0}Course")).count();
    assert_eq!(*cut[0], format!("And {} more.", 80 - shown));
    assert_eq!(lines.last(), Some(&"Signpost: getting online, one small step at a time."));
}

#[test]
fn no_course_yet_says_so_under_the_heading() {
    let Some(fonts) = installed("no_course_yet_says_so_under_the_heading") else { return };
    let page = page(&words("Ann", 0, 0), &fonts, &more);
    let lines: Vec<&str> = page.lines.iter().map(|l| l.text.as_str()).collect();
    let at = lines.iter().position(|l| *l == "Courses completed").unwrap();
    assert_eq!(lines[at + 1], "No course completed yet.");
    assert!(!lines.contains(&"Done for real"));
}
