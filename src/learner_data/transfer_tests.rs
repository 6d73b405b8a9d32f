use super::*;
use crate::content::source::SourceTree;
use crate::learner_data::record::{
    CompletionRow, ConfidenceRow, HelpRow, MilestoneRow, PlanRow, SettingsRow, SkillRow, StepRow,
};
use crate::lesson;

fn catalog() -> Catalog {
    lesson::load(&SourceTree::built_in_lessons()).catalog
}

fn progress(lesson: &str, step: &str, in_progress: bool, completed: Option<&str>, at: &str) -> ProgressRow {
    ProgressRow {
        course_id: "getting-started".into(),
        lesson_id: lesson.into(),
        step_id: step.into(),
        in_progress,
        completed_at: completed.map(str::to_owned),
        started_at: at.into(),
        updated_at: at.into(),
    }
}

fn help(step: &str, level: i64, at: &str) -> HelpRow {
    let (course_id, lesson_id) = ("email".into(), "reading-and-replying".into());
    HelpRow { id: 0, course_id, lesson_id, step_id: step.into(), level, at: at.into() }
}

/// Ann at her first hub: a finished lesson, one part way, and one of every other row.
fn ann_at_first_hub() -> LearnerRecord {
    let gs = || "getting-started".to_owned();
    LearnerRecord {
        name: "Ann".into(),
        uid: "0123456789abcdef0123456789abcdef".into(),
        created_at: "2020-01-05T10:00:00.000Z".into(),
        settings: Some(SettingsRow {
            theme: "black-on-yellow".into(),
            large_print: true,
            speech: true,
            rate: -1,
            shortcuts: false,
            language: Some("cy".into()),
        }),
        reason: Some(2),
        lesson_progress: vec![
            progress("using-this-tutor", "recap", false, Some("2020-01-05T10:20:00.000Z"), "2020-01-05T10:20:00.000Z"),
            progress("using-a-keyboard", "space", true, None, "2020-01-05T10:30:00.000Z"),
        ],
        help_event: vec![help("reply", 1, "2020-01-05T10:25:00.000Z"), help("reply", 1, "2020-01-05T10:25:00.000Z")],
        step_event: vec![StepRow {
            id: 0,
            course_id: gs(),
            lesson_id: "using-a-keyboard".into(),
            step_id: "space".into(),
            at: "2020-01-05T10:30:00.000Z".into(),
        }],
        completion_event: vec![CompletionRow {
            id: 0,
            course_id: gs(),
            lesson_id: "using-this-tutor".into(),
            at: "2020-01-05T10:20:00.000Z".into(),
        }],
        confidence: vec![ConfidenceRow {
            id: 0,
            course_id: gs(),
            moment: "before".into(),
            score: 2,
            at: "2020-01-05T10:01:00.000Z".into(),
        }],
        skills_answer: vec![SkillRow {
            skill: "email".into(),
            answer: "learn".into(),
            at: "2020-01-05T10:02:00.000Z".into(),
        }],
        plan_item: vec![
            PlanRow { position: 1, course_id: gs(), lesson_id: "using-this-tutor".into() },
            PlanRow { position: 2, course_id: "email".into(), lesson_id: "what-is-email".into() },
        ],
        milestone: vec![MilestoneRow {
            course_id: "email".into(),
            milestone_id: "sent-an-email".into(),
            at: "2020-01-06T09:00:00.000Z".into(),
        }],
    }
}

/// A record with the database's ids taken out, for comparing two databases.
fn without_ids(mut r: LearnerRecord) -> LearnerRecord {
    r.help_event.iter_mut().for_each(|e| e.id = 0);
    r.step_event.iter_mut().for_each(|e| e.id = 0);
    r.completion_event.iter_mut().for_each(|e| e.id = 0);
    r.confidence.iter_mut().for_each(|e| e.id = 0);
    r
}

fn imported(record: &LearnerRecord) -> (Store, i64) {
    let store = Store::open_in_memory().unwrap();
    let summary = store.import_learner(record, &FurthestStep { catalog: &catalog() }).unwrap();
    assert!(summary.created);
    (store, summary.learner_id)
}

#[test]
fn a_file_round_trips_every_row() {
    let (store, id) = imported(&ann_at_first_hub());
    let file = learner_file(&store, id).unwrap();
    assert_eq!((file.format.as_str(), file.format_version), (FORMAT, FORMAT_VERSION));
    assert_eq!(without_ids(file.learner.clone()), ann_at_first_hub());
    let text = serde_json::to_string_pretty(&file).unwrap();
    assert_eq!(parse(&text).unwrap(), file);
}

#[test]
fn a_file_saved_with_a_byte_order_mark_is_read() {
    let (store, id) = imported(&ann_at_first_hub());
    let file = learner_file(&store, id).unwrap();
    let text = format!("\u{feff}{}", serde_json::to_string_pretty(&file).unwrap());
    assert_eq!(parse(&text).unwrap(), file);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ann.json");
    fs::write(&path, text.as_bytes()).unwrap();
    let (read, _) = import(&Store::open_in_memory().unwrap(), &catalog(), &path, None, &mut |_, _| {}).unwrap();
    assert_eq!(read.learner.name, "Ann");
}

#[test]
fn files_that_cannot_be_used_are_refused() {
    let (store, id) = imported(&ann_at_first_hub());
    let good = serde_json::to_value(learner_file(&store, id).unwrap()).unwrap();
    let with = |pointer: &str, value: serde_json::Value| {
        let mut v = good.clone();
        *v.pointer_mut(pointer).unwrap() = value;
        parse(&v.to_string())
    };
    assert!(matches!(parse("eggs, milk, bread"), Err(TransferError::NotLearnerFile(_))));
    assert!(matches!(parse("{}"), Err(TransferError::NotLearnerFile(_))));
    assert!(matches!(with("/format", "a shopping list".into()), Err(TransferError::NotLearnerFile(_))));
    assert!(matches!(with("/format_version", 2.into()), Err(TransferError::TooNew { found: 2, supported: 1 })));
    assert!(matches!(with("/learner/name", "  ".into()), Err(TransferError::Name(NameProblem::Empty))));
    assert!(matches!(with("/learner/help_event/0/level", 7.into()), Err(TransferError::NotLearnerFile(_))));
    assert!(matches!(with("/learner/confidence/0/moment", "during".into()), Err(TransferError::NotLearnerFile(_))));
    assert!(matches!(with("/learner/skills_answer/0/answer", "maybe".into()), Err(TransferError::NotLearnerFile(_))));
    assert_eq!(with("/learner/name", "  Ann   Lee ".into()).unwrap().learner.name, "Ann Lee");
}

#[test]
fn merging_keeps_the_furthest_step_and_a_completion() {
    let catalog = catalog();
    let merge = FurthestStep { catalog: &catalog };
    let here = progress("using-a-keyboard", "capital", true, None, "2026-01-01T09:00:00.000Z");
    let behind_but_later = progress("using-a-keyboard", "enter", true, None, "2026-02-01T09:00:00.000Z");
    let merged = merge.merge(&here, &behind_but_later);
    assert_eq!((merged.step_id.as_str(), merged.in_progress), ("capital", true));
    assert_eq!(merged.updated_at, "2026-02-01T09:00:00.000Z", "last used");
    assert_eq!(merged.started_at, "2026-01-01T09:00:00.000Z", "first started");
    assert_eq!(merge.merge(&behind_but_later, &here).step_id, "capital", "either way round");

    let done =
        progress("using-a-keyboard", "enter", true, Some("2019-12-01T09:00:00.000Z"), "2019-12-01T09:00:00.000Z");
    let merged = merge.merge(&here, &done);
    assert_eq!(
        (merged.step_id.as_str(), merged.completed_at.as_deref()),
        ("capital", Some("2019-12-01T09:00:00.000Z"))
    );
    assert_eq!(merge.merge(&merged, &done), merged, "merging again changes nothing");
    assert_eq!(merge.merge(&merged, &here), merged);

    // A lesson this build does not know: the later record.
    let unknown = |step: &str, at: &str| ProgressRow {
        lesson_id: "from-the-future".into(),
        ..progress("", step, true, None, at)
    };
    let (a, b) = (unknown("x", "2026-01-01T00:00:00.000Z"), unknown("y", "2026-01-02T00:00:00.000Z"));
    assert_eq!(merge.merge(&a, &b).step_id, "y");
    assert_eq!(merge.merge(&b, &a).step_id, "y");
}

#[test]
fn importing_into_a_learner_of_the_same_name_merges_and_loses_nothing() {
    let catalog = catalog();
    let merge = FurthestStep { catalog: &catalog };
    let store = Store::open_in_memory().unwrap();
    let other = store.add_learner("Bob").unwrap();
    store.save_step(other.id, "getting-started", "using-a-keyboard", "enter").unwrap();
    let here = store.add_learner("ann").unwrap();
    store.save_step(here.id, "getting-started", "using-a-keyboard", "capital").unwrap();
    store.save_step(here.id, "email", "what-is-email", "start").unwrap();
    store.record_help(here.id, "email", "what-is-email", "start", 2).unwrap();
    store.save_settings(here.id, &crate::domain::settings::Settings::default()).unwrap();

    // A file from before learners had ids: the same name is taken as the same person.
    let file = LearnerRecord { uid: String::new(), ..ann_at_first_hub() };
    let summary = store.import_learner(&file, &merge).unwrap();
    assert_eq!((summary.learner_id, summary.created), (here.id, false));
    let after = store.learner_record(here.id).unwrap();
    assert_eq!(after.name, "ann", "the learner here keeps their name");
    assert_eq!(after.created_at, file.created_at, "the earlier start");
    assert_eq!(after.settings.as_ref().unwrap().theme, "yellow-on-black", "settings here are kept");
    let progress = store.progress(here.id).unwrap();
    assert!(progress.lesson("getting-started", "using-this-tutor").unwrap().completed, "added from the file");
    assert_eq!(progress.lesson("getting-started", "using-a-keyboard").unwrap().step_id, "capital", "furthest kept");
    assert!(progress.lesson("email", "what-is-email").is_some(), "kept from here");
    assert_eq!(after.help_event.len(), 3, "one here, two identical ones from the file");
    // Three step events: the one in the file and the two save_step recorded here.
    assert_eq!((after.step_event.len(), after.completion_event.len(), after.confidence.len()), (3, 1, 1));
    assert_eq!(after.skills_answer, file.skills_answer);
    assert_eq!(after.plan_item.len(), 2);
    assert_eq!(after.milestone, file.milestone, "done for real, with its day");
    assert_eq!(summary.lessons, 2, "one lesson added, and the keyboard started earlier (its step stays)");
    assert_eq!(summary.records, 2 + 1 + 1 + 1 + 1 + 2 + 1);

    // The same file again changes nothing.
    let again = store.import_learner(&file, &merge).unwrap();
    assert_eq!((again.lessons, again.records), (0, 0));
    assert_eq!(store.learner_record(here.id).unwrap(), after);
    assert_eq!(store.learners().unwrap().len(), 2);
    assert_eq!(
        store.progress(other.id).unwrap().lesson("getting-started", "using-a-keyboard").unwrap().step_id,
        "enter"
    );
}

#[test]
fn a_later_skills_answer_wins_and_the_plan_grows_without_repeats() {
    let catalog = catalog();
    let merge = FurthestStep { catalog: &catalog };
    let (store, id) = imported(&ann_at_first_hub());
    let mut later = ann_at_first_hub();
    later.skills_answer[0] =
        SkillRow { skill: "email".into(), answer: "can".into(), at: "2026-03-01T10:00:00.000Z".into() };
    later.plan_item = vec![
        PlanRow { position: 1, course_id: "video-calls".into(), lesson_id: "calling-family".into() },
        PlanRow { position: 2, course_id: "email".into(), lesson_id: "what-is-email".into() },
    ];
    store.import_learner(&later, &merge).unwrap();
    let after = store.learner_record(id).unwrap();
    assert_eq!(after.skills_answer[0].answer, "can");
    let plan: Vec<(i64, &str)> = after.plan_item.iter().map(|p| (p.position, p.lesson_id.as_str())).collect();
    assert_eq!(plan, [(1, "using-this-tutor"), (2, "what-is-email"), (3, "calling-family")]);
    // An older answer does not replace a newer one.
    store.import_learner(&ann_at_first_hub(), &merge).unwrap();
    assert_eq!(store.learner_record(id).unwrap().skills_answer[0].answer, "can");
}

#[test]
fn after_an_import_carrying_on_goes_to_the_lesson_used_last() {
    let (store, id) = imported(&ann_at_first_hub());
    assert_eq!(store.progress(id).unwrap().resume, Some(("getting-started".into(), "using-a-keyboard".into())));
    let mut later = ann_at_first_hub();
    later.lesson_progress = vec![ProgressRow {
        course_id: "email".into(),
        ..progress("what-is-email", "start", true, None, "2026-04-01T10:00:00.000Z")
    }];
    store.import_learner(&later, &FurthestStep { catalog: &catalog() }).unwrap();
    assert_eq!(store.progress(id).unwrap().resume, Some(("email".into(), "what-is-email".into())));
    store.save_step(id, "getting-started", "using-a-keyboard", "letter").unwrap();
    assert_eq!(store.progress(id).unwrap().resume, Some(("getting-started".into(), "using-a-keyboard".into())));
}

#[test]
fn an_export_is_written_to_a_file_and_imported_from_it() {
    let (store, id) = imported(&ann_at_first_hub());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ann.json");
    export(&store, id, &path).unwrap();
    let elsewhere = Store::open_in_memory().unwrap();
    let mut heard = Vec::new();
    let (file, summary) =
        import(&elsewhere, &catalog(), &path, None, &mut |done, total| heard.push((done, total))).unwrap();
    assert_eq!(file.learner.name, "Ann");
    let events = file.learner.help_event.len()
        + file.learner.step_event.len()
        + file.learner.completion_event.len()
        + file.learner.confidence.len();
    assert_eq!(heard, [(0, events), (events, events)], "progress from none to all");
    assert_eq!(without_ids(elsewhere.learner_record(summary.learner_id).unwrap()), ann_at_first_hub());
    let missing = import(&elsewhere, &catalog(), &dir.path().join("none"), None, &mut |_, _| {});
    assert!(matches!(missing, Err(TransferError::Read(_))));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    }
}

#[test]
fn the_same_person_merges_by_their_id_and_a_different_one_of_the_same_name_is_never_joined() {
    let catalog = catalog();
    let merge = FurthestStep { catalog: &catalog };
    let store = Store::open_in_memory().unwrap();
    let ours = store.add_learner("Ann").unwrap();
    let file = ann_at_first_hub();
    let refused = store.import_learner(&file, &merge).unwrap_err();
    assert!(matches!(&refused, StoreError::OtherPerson { name } if name == "Ann"), "{refused}");
    assert_eq!(store.learner_record(ours.id).unwrap().help_event.len(), 0, "nothing was joined");
    // Added under another name, she keeps her id...
    let as_b = LearnerRecord { name: "Ann B".into(), ..file.clone() };
    let added = store.import_learner(&as_b, &merge).unwrap();
    assert!(added.created && added.learner_id != ours.id);
    assert_eq!(store.learner_record(added.learner_id).unwrap().uid, file.uid);
    // ...so her next file merges into "Ann B", whatever name it carries.
    let again = store.import_learner(&file, &merge).unwrap();
    assert_eq!((again.learner_id, again.created, again.records), (added.learner_id, false, 0));
}

#[test]
fn the_learners_reason_goes_with_them_and_a_reason_here_stands() {
    let file = |reason: &str| {
        let (store, id) = imported(&ann_at_first_hub());
        let mut text = serde_json::to_value(learner_file(&store, id).unwrap()).unwrap();
        assert_eq!(text["learner"]["reason"], 2, "carried out");
        text["learner"]["reason"] = serde_json::from_str(reason).unwrap();
        parse(&text.to_string()).unwrap().learner
    };
    let merge = FurthestStep { catalog: &catalog() };
    let (store, id) = imported(&file("4"));
    assert_eq!(store.progress(id).unwrap().reason, Some(4), "carried back in");

    // The same person, who chose another reason here since: theirs here stands.
    store.set_reason(id, 1).unwrap();
    store.import_learner(&file("3"), &merge).unwrap();
    assert_eq!(store.progress(id).unwrap().reason, Some(1));

    // No reason here yet: the file's is taken.
    let store = Store::open_in_memory().unwrap();
    let here = store.add_learner("Ann").unwrap();
    store.import_learner(&without_uid(file("0")), &merge).unwrap();
    assert_eq!(store.progress(here.id).unwrap().reason, Some(0));

    // A reason this Signpost does not list, and a file from before reasons: none.
    assert_eq!(file("99").reason, None);
    assert_eq!(file("-1").reason, None);
    let mut old = serde_json::to_value(file("2")).unwrap();
    old.as_object_mut().unwrap().remove("reason");
    assert_eq!(serde_json::from_value::<LearnerRecord>(old).unwrap().reason, None);
}

fn without_uid(mut r: LearnerRecord) -> LearnerRecord {
    r.uid = String::new();
    r
}
