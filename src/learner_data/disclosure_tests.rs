use super::*;
use crate::content::source::SourceTree;
use crate::i18n::base_language;
use crate::learner_data::record::{HelpRow, LearnerRecord, PlanRow, ProgressRow, SessionRow, SettingsRow, SkillRow};
use crate::lesson;

fn catalog() -> Catalog {
    lesson::load(&SourceTree::built_in_lessons()).catalog
}

fn ann() -> Everything {
    let at = "2026-03-05T14:07:09.123Z".to_owned();
    let progress = |lesson: &str, step: &str, done: Option<&str>| ProgressRow {
        course_id: "getting-started".into(),
        lesson_id: lesson.into(),
        step_id: step.into(),
        in_progress: done.is_none(),
        completed_at: done.map(str::to_owned),
        started_at: at.clone(),
        updated_at: at.clone(),
    };
    Everything {
        record: LearnerRecord {
            name: "Ann".into(),
            created_at: at.clone(),
            settings: Some(SettingsRow {
                theme: "black-on-yellow".into(),
                large_print: true,
                speech: false,
                rate: -2,
                shortcuts: true,
                language: None,
            }),
            lesson_progress: vec![
                progress("using-this-tutor", "recap", Some("2026-03-05T14:30:00.000Z")),
                progress("using-a-keyboard", "space", None),
                ProgressRow { course_id: "cooking".into(), ..progress("soup", "stir", None) },
            ],
            help_event: vec![HelpRow {
                id: 1,
                course_id: "getting-started".into(),
                lesson_id: "using-a-keyboard".into(),
                step_id: "space".into(),
                level: 2,
                at: at.clone(),
            }],
            skills_answer: vec![SkillRow { skill: "being-safe".into(), answer: "help".into(), at: at.clone() }],
            plan_item: vec![PlanRow { position: 0, course_id: "email".into(), lesson_id: "what-is-email".into() }],
            reason: Some(2),
            ..LearnerRecord::default()
        },
        has_pin: true,
        sessions: vec![SessionRow {
            started_at: at.clone(),
            ended_at: None,
            champion: Some("Chris".into()),
            notes: "Wants to call her grandson".into(),
            useful: Some(5),
            helpful: None,
        }],
        pin_failures: vec![at],
    }
}

#[test]
fn every_row_is_shown_in_words() {
    let i18n = I18n::built_in(&[base_language()]);
    let shown = lines(&i18n, &catalog(), &ann());
    for expected in [
        "Everything Signpost keeps about Ann",
        "Added: 5 March 2026, 14:07",
        "PIN: yes. Only a scrambled form of it is kept, never the PIN itself.",
        "What matters most: My health and the NHS",
        "  Colours, black on yellow",
        "  Speech speed, slower by 2",
        "  Language, the language chosen at the start",
        "Lessons: 3",
        "  Getting started: Using this tutor: finished on 5 March 2026, 14:30. Last step: Well done.",
        "  Getting started: Using a keyboard: part way, at step The Space bar.",
        "  cooking: soup: part way, at step stir.",
        "Help asked for: 1",
        "  5 March 2026, 14:07: show me, in Getting started: Using a keyboard, step The Space bar",
        "Steps reached: 0",
        "  none",
        "  Staying safe online. I need help with this. (5 March 2026, 14:07)",
        "  1. Email: What email is",
        "  5 March 2026, 14:07 to not finished, with Chris. Useful: yes. Helpful: not given. Notes: Wants to call her grandson",
        "Wrong PINs typed: 1",
    ] {
        assert!(shown.iter().any(|l| l.starts_with(expected)), "missing {expected:?} in:\n{}", shown.join("\n"));
    }
}

#[test]
fn a_reason_not_chosen_or_unknown_to_this_version_says_not_chosen() {
    let i18n = I18n::built_in(&[base_language()]);
    for reason in [None, Some(99), Some(-1)] {
        let mut all = ann();
        all.record.reason = reason;
        let shown = lines(&i18n, &catalog(), &all);
        assert!(shown.iter().any(|l| l == "What matters most: not chosen yet"), "{reason:?}: {shown:?}");
    }
}

#[test]
fn welsh_and_polish_show_no_missing_text() {
    for tag in ["cy", "pl"] {
        let i18n = I18n::built_in(&[tag.parse().unwrap()]);
        let shown = lines(&i18n, &catalog(), &ann()).join("\n");
        let missing = i18n.tr("text-missing");
        assert!(!shown.contains(&missing), "{tag}:\n{shown}");
        assert!(!shown.contains("Everything") && !shown.contains("March"), "{tag}: English left:\n{shown}");
    }
}

#[test]
fn times_that_cannot_be_read_are_shown_as_they_are() {
    let i18n = I18n::built_in(&[base_language()]);
    assert_eq!(when(&i18n, "soon"), "soon");
    assert_eq!(date(&i18n, "2026-12-25T08:00:00Z"), "25 December 2026");
}
