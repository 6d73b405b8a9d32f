//! `signpost report --merge`: exports from many hubs combined, the same export counted
//! once, files that cannot be added up refused by name, and counts too big to add.

mod common;
#[path = "common/report_hub.rs"]
mod report_hub;

use std::fs;
use std::path::Path;

use common::{signpost, stderr, stdout};
use report_hub::{confident_hub, hub, ok, report, FEBRUARY, LESSONS};

fn export(dir: &Path, file: &str, args: &[&str]) -> String {
    let path = dir.join(file);
    ok(report(dir, &[args, &["--export", path.to_str().unwrap()]].concat()));
    path.to_str().unwrap().to_owned()
}

#[test]
fn exports_from_three_hubs_add_up() {
    let dirs: Vec<_> = (0..3).map(|_| tempfile::tempdir().unwrap()).collect();
    hub(dirs[0].path(), "Riverside Library");
    hub(dirs[1].path(), "Hillside Surgery");
    confident_hub(dirs[2].path(), "Sight Loss Centre");
    let files: Vec<String> = dirs.iter().map(|d| export(d.path(), "hub.json", &FEBRUARY)).collect();
    let elsewhere = tempfile::tempdir().unwrap();
    let merged_csv = elsewhere.path().join("all.csv");
    let merged_json = elsewhere.path().join("all.json");
    let output = signpost()
        .args(["report", "--merge"])
        .args(&files)
        .arg("--csv")
        .arg(&merged_csv)
        .arg("--export")
        .arg(&merged_json)
        .output()
        .unwrap();
    let text = ok(output);
    assert!(text.starts_with(
        "Signpost report\nExport files combined: 3\nHubs: Riverside Library, Hillside Surgery, Sight Loss Centre\n\
         Period: 2026-02-01 to 2026-02-28\n\n"
    ));
    for line in [
        "Learners who used Signpost: 12",
        "New learners: 12",
        "Sessions with a champion: 6",
        "Sessions without a champion (the learner alone): 2",
        "Hours in sessions that ended: 6.0",
        "Lessons completed: 12",
        "Courses completed: 4",
        "  communicating                     8  ########",
        "Answers about confidence before a course: 11",
        // (6 + 6 + 25) / 11 answers, not the average of the three averages (3.0).
        "Average confidence before a course (1 low, 5 high): 3.4",
        "Average confidence after a course (1 low, 5 high): 4.5",
        "  before, 5  5  #####",
        "Share of those found useful: 67%",
        "Hints: 6",
    ] {
        assert!(text.contains(&format!("{line}\n")), "{line:?} in\n{text}");
    }
    assert!(!elsewhere.path().join("signpost.db").exists(), "merging reads no database");
    let csv = fs::read_to_string(&merged_csv).unwrap();
    assert!(csv.contains("\nhub,\"Riverside Library, Hillside Surgery, Sight Loss Centre\",\n"), "{csv}");
    assert!(csv.contains("\nlearners_engaged,12,12\n") && csv.contains("\nconfidence_before.average,3.4,\n"), "{csv}");
    let february = "  February 2026: learners 12, new 12, sessions with a champion 6, alone 2, lessons completed 12\n";
    assert!(text.contains(february), "months add up across hubs:\n{text}");
    let json: serde_json::Value = serde_json::from_str(&fs::read_to_string(&merged_json).unwrap()).unwrap();
    assert_eq!(
        json["totals"]["confidence_before"],
        serde_json::json!({"answers": 11, "sum": 37, "by_score": [2, 2, 2, 0, 5]})
    );
    // A combined export combines again.
    let again = ok(signpost().args(["report", "--merge"]).arg(&merged_json).arg(&files[2]).output().unwrap());
    assert!(again.contains("Learners who used Signpost: 18\n"), "{again}");
}

#[test]
fn a_hub_name_with_escape_codes_in_a_merged_file_reaches_no_terminal_or_csv_raw() {
    let dir = tempfile::tempdir().unwrap();
    hub(dir.path(), "Riverside Library");
    let file = export(dir.path(), "hub.json", &FEBRUARY);
    let mut json: serde_json::Value = serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
    // Would set the window title, clear the screen and read right to left.
    json["hub"] = serde_json::json!("\u{1b}]0;owned\u{7}\u{1b}[2JRiver\u{202e}side");
    fs::write(&file, json.to_string()).unwrap();
    let csv = dir.path().join("all.csv");
    let text = ok(signpost().args(["report", "--merge"]).arg(&file).arg("--csv").arg(&csv).output().unwrap());
    let csv = fs::read_to_string(&csv).unwrap();
    for shown in [&text, &csv] {
        assert!(shown.contains("]0;owned[2JRiverside"), "{shown}");
        assert!(!shown.contains(['\u{1b}', '\u{7}', '\u{202e}']), "{shown:?}");
    }
}

fn merge_fails(path: &Path) -> String {
    let output = signpost().args(["report", "--merge"]).arg(path).output().unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    assert!(stdout(&output).is_empty());
    stderr(&output)
}

#[test]
fn files_that_cannot_be_added_up_are_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    hub(dir.path(), "Riverside Library");
    let good: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(export(dir.path(), "good.json", &[])).unwrap()).unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        fs::write(&path, text).unwrap();
        path
    };
    let mut future = good.clone();
    future["schema_version"] = 2.into();
    let path = write("future.json", &future.to_string());
    assert_eq!(
        merge_fails(&path),
        format!(
            "{} has schema_version 2, which this Signpost does not know. It reads version 1. \
             Please use a newer Signpost, or export the file again.\n",
            path.display()
        )
    );
    let path = write("notes.json", "Riverside: 12 learners");
    assert!(
        merge_fails(&path).starts_with(&format!("{} is not a report export: it is not valid JSON (", path.display()))
    );
    let path = write("other.json", "{\"learners\": 3}");
    assert_eq!(merge_fails(&path), format!("{} is not a report export: it has no schema_version.\n", path.display()));
    let mut partial = good.clone();
    partial["totals"].as_object_mut().unwrap().remove("sessions");
    let path = write("partial.json", &partial.to_string());
    assert!(merge_fails(&path).starts_with(&format!("{} is not a complete report export: ", path.display())));
    let published = export(dir.path(), "published.json", &["--publish"]);
    assert!(merge_fails(Path::new(&published)).contains("was exported with --publish"));
    let missing = dir.path().join("missing.json");
    assert!(merge_fails(&missing).starts_with(&format!("Signpost could not read {}: ", missing.display())));
}

#[test]
fn the_hub_file_names_the_hub_and_the_same_export_twice_is_counted_once() {
    let (dir, config) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    hub(dir.path(), "");
    fs::create_dir(config.path().join("signpost")).unwrap();
    let hub_file = "[hub]\nname = \"Riverside Library\"\nid = \"riverside-library\"\n";
    fs::write(config.path().join("signpost/hub.toml"), hub_file).unwrap();
    let json = dir.path().join("february.json");
    let output = signpost()
        .arg("report")
        .arg("--data-dir")
        .arg(dir.path())
        .args(["--lessons", LESSONS])
        .args(FEBRUARY)
        .arg("--export")
        .arg(&json)
        .env("XDG_CONFIG_HOME", config.path())
        .output()
        .unwrap();
    assert!(ok(output).contains("\nHub: Riverside Library\n"), "the name is on the report");
    let written: serde_json::Value = serde_json::from_str(&fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!((&written["hub"], &written["hub_id"]), (&"Riverside Library".into(), &"riverside-library".into()));
    let id = written["export_id"].as_str().unwrap_or_default().to_owned();
    assert!(id.starts_with("riverside-library_2026-02-01_2026-02-28_") && id.len() > 50, "{id}");
    // The same export twice, once as a copy: counted once, and said so.
    let copy = dir.path().join("copy.json");
    fs::copy(&json, &copy).unwrap();
    let merged = ok(signpost().args(["report", "--merge"]).arg(&json).arg(&copy).output().unwrap());
    let said = format!("{} is the same export as {}, so it is counted once.\n", copy.display(), json.display());
    assert!(merged.contains(&said), "{merged}");
    assert!(
        merged.contains("Export files combined: 1\n") && merged.contains("Learners who used Signpost: 3\n"),
        "{merged}"
    );
    // Two exports of the same period are two exports, each with its own id.
    let again = export(dir.path(), "again.json", &FEBRUARY);
    let twice = ok(signpost().args(["report", "--merge"]).arg(&json).arg(&again).output().unwrap());
    assert!(twice.contains("Export files combined: 2\n") && !twice.contains("same export"), "{twice}");
}

#[test]
fn merging_files_with_the_biggest_counts_saturates_and_the_bars_stay_forty_long() {
    let huge = "tests/data/huge_counts.json";
    let output = signpost().args(["report", "--merge", huge, huge]).output().unwrap();
    let shown = stdout(&output);
    assert!(output.status.success(), "{}\n{shown}", stderr(&output));
    let max = u64::MAX.to_string();
    assert!(shown.contains(&max), "added counts stop at the biggest there is:\n{shown}");
    let bars: Vec<usize> = shown.lines().map(|l| l.chars().filter(|c| *c == '#').count()).filter(|n| *n > 0).collect();
    assert!(!bars.is_empty() && bars.iter().all(|n| *n == 40), "{bars:?}\n{shown}");
}
