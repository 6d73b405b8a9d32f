//! Engine tests of the help ladder on every kind of step, and of looking back at a
//! finished lesson. They share the test course of `tests.rs`.

use super::state::{Outcome, Overlay, Page};
use super::tests::{catalog, on_courses, save, send, step_page, words};
use super::{update, view, Context, Effect, Message};
use crate::domain::learner::{LessonProgress, Progress};

#[test]
fn help_asked_again_and_again_finishes_every_kind_of_step() {
    let (catalog, (_dir, i18n)) = (catalog(), words());
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = on_courses(Progress::default(), &ctx);
    send(&mut state, &ctx, &[Message::Choose(1), Message::Choose(0), Message::Next]);
    // The question, the key and the typing step: each by help alone.
    let choice = i18n.tr("yes");
    let shows = [
        format!("The answer is number 2, {choice}. It is highlighted now, so press Enter."),
        "This step needs a capital A. Press it now.".to_owned(),
        "Type exactly cat, then press Enter.".to_owned(),
    ];
    for (number, show) in shows.iter().enumerate() {
        let step = step_page(&state).step;
        assert_eq!(step, number + 1);
        let effects = update(&mut state, &ctx, Message::Help);
        assert_eq!(state.overlay, Some(Overlay::Help), "first the help page");
        assert!(effects.iter().any(|e| matches!(e, Effect::RecordHelp { level: 1, .. })), "{effects:?}");
        update(&mut state, &ctx, Message::Help);
        assert_eq!(state.overlay, None);
        assert_eq!(view(&state, &ctx).notice.as_deref(), Some(show.as_str()), "then show me");
        let effects = update(&mut state, &ctx, Message::Help);
        assert!(effects.iter().any(|e| matches!(e, Effect::RecordHelp { level: 3, .. })), "{effects:?}");
        assert_eq!(step_page(&state).outcome, Outcome::Right, "then it is done");
        let notice = view(&state, &ctx).notice.unwrap_or_default();
        assert!(notice.starts_with("I did it for you. ") && notice.ends_with("Press Enter to go on."), "{notice}");
        update(&mut state, &ctx, Message::Next);
    }
    assert!(matches!(state.page, Page::LessonDone { .. }), "{:?}", state.page);
}

#[test]
fn opening_a_finished_lesson_again_leaves_it_finished() {
    let (catalog, (_dir, i18n)) = (catalog(), words());
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut progress = Progress::default();
    let done = LessonProgress { step_id: "typing".into(), in_progress: false, completed: true };
    progress.lessons.insert(("c".into(), "one".into()), done.clone());
    let mut state = on_courses(progress, &ctx);
    let effects = send(&mut state, &ctx, &[Message::Choose(1), Message::Choose(0)]);
    assert_eq!(step_page(&state).step, 0);
    assert!(!effects.iter().any(|e| matches!(e, Effect::SaveStep { .. })), "{effects:?}");
    assert_eq!(state.progress().and_then(|p| p.lesson("c", "one")), Some(&done), "not 'started, step 1'");
    assert_eq!(state.resume_point(&catalog), None, "nothing to carry on");
    // Going on past the first step is working on it again.
    assert!(update(&mut state, &ctx, Message::Next).contains(&save("question")));
}
