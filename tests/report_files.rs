//! The files `signpost report` writes for people: the spreadsheet (`--xlsx`), read back
//! with a reader crate, and the one-page summary for funders (`--summary`), from the
//! real binary on a hub with known learners and events (see `common/report_hub.rs`).

mod common;
#[path = "common/report_hub.rs"]
mod report_hub;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::process::Output;

use calamine::{open_workbook, Reader, Xlsx};
use common::{signpost, stderr, stdout};
use report_hub::hub;

const LESSONS: &str = "tests/report_lessons";
const FEBRUARY: [&str; 4] = ["--from", "2026-02-01", "--to", "2026-02-28"];

fn report(dir: &Path, args: &[&str]) -> String {
    let output: Output =
        signpost().arg("report").arg("--data-dir").arg(dir).args(["--lessons", LESSONS]).args(args).output().unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    stdout(&output)
}

/// Each sheet's name and its cells as text, row by row ("" for an empty cell).
fn sheets(path: &Path) -> Vec<(String, Vec<Vec<String>>)> {
    let mut book: Xlsx<_> = open_workbook(path).unwrap();
    book.sheet_names()
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).unwrap();
            (name, range.rows().map(|row| row.iter().map(ToString::to_string).collect()).collect())
        })
        .collect()
}

/// The row of a sheet whose second cell (the metric name) is `metric`.
fn metric<'a>(rows: &'a [Vec<String>], metric: &str) -> &'a [String] {
    rows.iter().find(|row| row.get(1).is_some_and(|m| m == metric)).unwrap_or_else(|| panic!("no row {metric}"))
}

#[test]
fn the_spreadsheet_has_totals_months_and_a_row_for_each_learner_without_names() {
    let dir = tempfile::tempdir().unwrap();
    hub(dir.path(), "Riverside Library");
    let path = dir.path().join("report.xlsx");
    let printed = report(dir.path(), &[&FEBRUARY[..], &["--xlsx", path.to_str().unwrap()]].concat());
    assert!(printed.ends_with(&format!("The spreadsheet is saved in {}.\n", path.display())), "{printed}");
    let sheets = sheets(&path);
    let names: Vec<&str> = sheets.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, ["Totals", "Months", "Learners"]);
    let totals = &sheets[0].1;
    assert_eq!(totals[0], ["Figure", "Metric name (the same in every language)", "Value"]);
    assert_eq!(metric(totals, "hub"), ["Hub", "hub", "Riverside Library"]);
    assert_eq!(metric(totals, "learners_engaged"), ["Learners who used Signpost", "learners_engaged", "3"]);
    assert_eq!(metric(totals, "lessons_completed"), ["Lessons completed", "lessons_completed", "6"]);
    assert_eq!(metric(totals, "hours"), ["Hours in sessions that ended", "hours", "3"]);
    assert_eq!(metric(totals, "confidence_after.average")[2], "4.5");
    assert_eq!(metric(totals, "useful.percent")[2], "67");
    assert_eq!(
        metric(totals, "courses_completed.being-safe"),
        ["Courses completed: being safe and legal online", "courses_completed.being-safe", "2"]
    );
    // The same figures as the CSV, in the same order.
    let csv_path = dir.path().join("report.csv");
    report(dir.path(), &[&FEBRUARY[..], &["--csv", csv_path.to_str().unwrap()]].concat());
    let csv: Vec<(String, String)> = fs::read_to_string(&csv_path)
        .unwrap()
        .lines()
        .skip(1)
        .map(|line| {
            let fields: Vec<&str> = line.split(',').collect();
            (fields[0].to_owned(), fields[1].to_owned())
        })
        .collect();
    let from_sheet: Vec<(String, String)> = totals[1..].iter().map(|row| (row[1].clone(), row[2].clone())).collect();
    let number = |v: &str| v.parse::<f64>().map_or_else(|_| v.to_owned(), |n| n.to_string());
    assert_eq!(from_sheet, csv.iter().map(|(m, v)| (m.clone(), number(v))).collect::<Vec<_>>());
    let months = &sheets[1].1;
    assert_eq!(months[0][2..], ["2026-02"]);
    assert_eq!(
        metric(months, "learner_only_sessions"),
        ["Sessions without a champion (the learner alone)", "learner_only_sessions", "1"]
    );
    assert_eq!(months.len(), 6, "a row for each figure counted by month");
    let learners = &sheets[2].1;
    let expected = [
        ["Row", "Month joined", "Lessons completed", "Courses completed", "Sessions"].map(String::from).to_vec(),
        // Ann (joined in January), then Eve, Cy and Bob: sorted by what they did, not by who.
        ["1", "2026-01", "2", "1", "2", "2", "4", "5"].map(String::from).to_vec(),
        ["2", "2026-02", "0", "0", "0", "", "", "0"].map(String::from).to_vec(),
        ["3", "2026-02", "1", "0", "1", "3", "", "0"].map(String::from).to_vec(),
        ["4", "2026-02", "3", "1", "1", "1", "5", "0"].map(String::from).to_vec(),
    ];
    assert_eq!(learners[0][..5], expected[0][..]);
    assert_eq!(learners[0].len(), 8);
    assert_eq!(learners[1..], expected[1..]);
    let every_cell: String = sheets.iter().flat_map(|(_, rows)| rows.iter().flatten()).cloned().collect();
    for name in ["Ann", "Bob", "Cy", "Dee", "Eve", "Pat"] {
        assert!(!every_cell.contains(name), "{name} is in the spreadsheet");
    }
}

#[test]
fn a_published_or_combined_spreadsheet_has_no_learner_rows_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    hub(dir.path(), "Riverside Library");
    let path = dir.path().join("public.xlsx");
    report(dir.path(), &[&FEBRUARY[..], &["--publish", "--xlsx", path.to_str().unwrap()]].concat());
    let sheets = sheets(&path);
    assert_eq!(sheets.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), ["Totals", "Months"]);
    let totals = &sheets[0].1;
    assert_eq!(metric(totals, "learners_engaged")[2], "fewer than 5");
    assert_eq!(metric(totals, "confidence_after.average")[2], "", "worked out from 2 answers: not shown");
    assert!(totals.last().unwrap()[0].contains("figures for the public never show one learner's row"));
    assert_eq!(metric(&sheets[1].1, "lessons_completed")[2], "6");

    let export = dir.path().join("export.json");
    report(dir.path(), &[&FEBRUARY[..], &["--export", export.to_str().unwrap()]].concat());
    let merged = dir.path().join("merged.xlsx");
    let output = signpost()
        .args(["report", "--lang", "cy", "--merge"])
        .arg(&export)
        .arg("--xlsx")
        .arg(&merged)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let sheets = self::sheets(&merged);
    assert_eq!(sheets.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), ["Cyfansymiau", "Misoedd"]);
    assert_eq!(metric(&sheets[0].1, "learners_engaged"), ["Dysgwyr a ddefnyddiodd Signpost", "learners_engaged", "3"]);
    assert!(sheets[0].1.last().unwrap()[0].starts_with("Does dim taflen dysgwyr"));
}

/// The words a page shows: its text without tags, styles or entities.
fn words(html: &str) -> BTreeSet<String> {
    let body = &html[html.find("</style>").unwrap()..];
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.split(|c: char| !c.is_alphabetic()).filter(|w| w.len() > 2).map(str::to_lowercase).collect()
}

#[test]
fn the_summary_is_one_a4_page_with_charts_and_their_figures_in_words() {
    let dir = tempfile::tempdir().unwrap();
    hub(dir.path(), "Riverside Library");
    let path = dir.path().join("summary.html");
    let printed = report(dir.path(), &[&FEBRUARY[..], &["--summary", path.to_str().unwrap()]].concat());
    assert!(printed.ends_with(&format!("The one-page summary is saved in {}.\n", path.display())), "{printed}");
    let page = fs::read_to_string(&path).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en-GB\">"));
    assert!(page.contains("@page { size: A4; margin: 12mm; }"));
    assert!(page.contains("color: #000") && page.contains("background: #fff"));
    let top = page.find("<h1>Signpost: a summary for funders</h1>\n<p>Hub: Riverside Library</p>\n<p>Period: 2026-02-01 to 2026-02-28</p>");
    assert!(top.is_some(), "{page}");
    for figure in [
        "Learners who used Signpost: 3",
        "Lessons completed: 6",
        "Courses completed: 2",
        "Hours in sessions that ended: 3.0",
        "Average confidence after a course (1 low, 5 high): 4.5",
    ] {
        assert!(page.contains(&format!("<li>{figure}</li>")), "{figure} missing from {page}");
    }
    assert_eq!(page.matches("<svg role=\"img\" aria-labelledby=").count(), 3);
    assert!(page.contains("<title id=\"areas-title\">Lessons completed, by skill area</title>"));
    assert!(page.contains("<desc id=\"areas-desc\">foundation skills: 0; communicating: 4; handling information and content: 2; transacting: 2; problem solving: 0; being safe and legal online: 2</desc>"), "{page}");
    assert!(
        page.contains("before, 1: 1; before, 2: 1; before, 3: 1; before, 4: 0; before, 5: 0; after, 1: 0"),
        "{page}"
    );
    assert!(page.contains("<desc id=\"months-desc\">February 2026: 3</desc>"), "{page}");
    // A bar for each count above 0: 4 areas, 5 scores, 1 month.
    assert_eq!(page.matches("<rect").count(), 10);
}

#[test]
fn the_summary_in_welsh_or_polish_has_no_english_words() {
    let dir = tempfile::tempdir().unwrap();
    hub(dir.path(), "Riverside Library");
    let page = |lang: &str| {
        let path = dir.path().join(format!("{lang}.html"));
        report(dir.path(), &[&FEBRUARY[..], &["--lang", lang, "--summary", path.to_str().unwrap()]].concat());
        fs::read_to_string(&path).unwrap()
    };
    let names: BTreeSet<String> = ["signpost", "riverside", "library"].map(String::from).into();
    let english: BTreeSet<String> = words(&page("en-GB")).difference(&names).cloned().collect();
    assert!(english.len() > 40, "the English page has its words: {english:?}");
    for (lang, hub, month) in [
        ("cy", "<p>Hyb: Riverside Library</p>", "Chwefror 2026: 3"),
        ("pl", "<p>Punkt: Riverside Library</p>", "luty 2026: 3"),
    ] {
        let text = page(lang);
        assert!(
            text.contains(&format!("<html lang=\"{lang}\">")) && text.contains(hub) && text.contains(month),
            "{text}"
        );
        let found = words(&text);
        let left: Vec<&String> = found.intersection(&english).collect();
        assert!(left.is_empty(), "English words in the {lang} summary: {left:?}");
    }
}

#[test]
fn a_published_summary_hides_small_counts_and_draws_no_bar_for_them() {
    let dir = tempfile::tempdir().unwrap();
    hub(dir.path(), "Riverside Library");
    let path = dir.path().join("public.html");
    report(dir.path(), &[&FEBRUARY[..], &["--publish", "--summary", path.to_str().unwrap()]].concat());
    let page = fs::read_to_string(&path).unwrap();
    assert!(page.contains("<li>Learners who used Signpost: fewer than 5</li>"), "{page}");
    assert!(page.contains("<li>Lessons completed: 6</li>"), "{page}");
    assert!(page.contains("<desc id=\"months-desc\">February 2026: fewer than 5</desc>"), "{page}");
    // Every count by area, score and month is under 5: no bar gives one away.
    assert_eq!(page.matches("<rect").count(), 0, "{page}");

    let export = dir.path().join("export.json");
    report(dir.path(), &[&FEBRUARY[..], &["--export", export.to_str().unwrap()]].concat());
    let merged = dir.path().join("merged.html");
    let output = signpost().args(["report", "--merge"]).arg(&export).arg("--summary").arg(&merged).output().unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let page = fs::read_to_string(&merged).unwrap();
    assert!(page.contains("<p>Export files combined: 1</p>\n<p>Hubs: Riverside Library</p>"), "{page}");
    assert!(page.contains("<li>Lessons completed: 6</li>"), "{page}");
}
