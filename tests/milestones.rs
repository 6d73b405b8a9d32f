//! Done for real, end to end: a learner records on their home page that they ordered a
//! repeat prescription in the real NHS App; it is said, kept with its day, shown by
//! `learner show` and on the certificate, and counted in the hub's report and export.

mod common;

use std::fs;

use common::{plain, signpost, stderr, stdout};

const NHS: &str = "I ordered a repeat prescription in the real NHS App";

#[test]
fn a_milestone_recorded_on_the_home_page_reaches_the_certificate_and_the_report() {
    let data = tempfile::tempdir().unwrap();
    let output = plain(data.path(), "Ann\nquit\n2\n1\n", &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    // Ann's home: 8 is "Done for real"; 3 is the NHS milestone; then 2 by mistake, twice.
    let output = plain(data.path(), "1\n8\n3\n2\n2\n", &[]);
    let shown = stdout(&output);
    assert!(shown.contains("8. Done for real, 0 of 3\n"), "{shown}");
    assert!(shown.contains(&format!("3. {NHS}. Not yet\n")), "{shown}");
    assert!(shown.contains(&format!("\n{NHS}. Done today\n")), "the change is said:\n{shown}");
    assert!(shown.contains("\nI made a video call to my family or a friend. Not yet\n"), "taken off again:\n{shown}");
    let said = fs::read_to_string(data.path().join("speech.log")).unwrap();
    assert!(said.contains(&format!("{NHS}. Done today")), "{said}");

    let run = |args: &[&str]| signpost().args(args).arg("--data-dir").arg(data.path()).output().unwrap();
    let shown = stdout(&run(&["learner", "show", "Ann"]));
    assert!(shown.contains("Done for real: 1\n") && shown.contains(&format!("  {NHS}, recorded ")), "{shown}");
    let page = data.path().join("ann.txt");
    let made = run(&["learner", "certificate", "Ann", page.to_str().unwrap()]);
    assert!(made.status.success(), "{}", stderr(&made));
    let certificate = fs::read_to_string(&page).unwrap();
    assert!(certificate.contains(&format!("Done for real\n- {NHS}, on ")), "{certificate}");

    let export = data.path().join("hub.json");
    let report = stdout(&run(&["report", "--export", export.to_str().unwrap()]));
    assert!(report.contains(&format!("  {NHS}: 1\n")), "{report}");
    assert!(report.contains("  I sent an email to someone I know: 0\n"), "every milestone, counted or not:\n{report}");
    let json: serde_json::Value = serde_json::from_str(&fs::read_to_string(&export).unwrap()).unwrap();
    assert_eq!(json["totals"]["milestones"]["nhs-prescriptions/ordered-a-prescription"], 1, "{json}");
}
