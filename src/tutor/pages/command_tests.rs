//! Table tests of command steps: R, H, W and Q do their usual job on a step that asks
//! for them, and the step is done only when the one it asks for was used.

use crate::content::source::SourceTree;
use crate::domain::learner::Learner;
use crate::i18n::{base_language, I18n};
use crate::lesson::{Command, StepBody};
use crate::tutor::tests::{step, test_catalog, test_lesson};
use crate::tutor::*;
use std::fs;

/// One lesson: a step for each command, then an explain step.
fn catalog() -> Catalog {
    let command = |id: &str, command| step(id, StepBody::Command { command, success: "well-done".into() });
    let steps = vec![
        command("repeat", Command::Repeat),
        command("help", Command::Help),
        command("where", Command::Where),
        command("quit", Command::Quit),
        step("end", StepBody::Explain),
    ];
    test_catalog(vec![test_lesson("keys", steps)])
}

fn words() -> (tempfile::TempDir, I18n) {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("en-GB")).unwrap();
    let text = "well-done = Well done.\nrepeat-title = Hearing it again\nrepeat-text = Press R now.\n\
                c-title = Course\nkeys-title = Keys\n";
    fs::write(dir.path().join("en-GB/t.ftl"), text).unwrap();
    let (i18n, _) = I18n::load(&SourceTree::from_dir(dir.path()).unwrap(), &[base_language()]);
    (dir, i18n)
}

/// A new learner, Ann, on the first step (the repeat step).
fn start(ctx: &Context) -> State {
    let ann = Learner { id: 3, name: "Ann".into() };
    let mut state =
        State::new(vec![ann.clone()], SpeechStatus::OffByChoice, crate::domain::settings::Settings::default());
    let ready = Message::LearnerReady { learner: ann, progress: Progress::default(), new: true, settings: None };
    update(&mut state, ctx, ready);
    state
}

fn on(state: &State) -> (usize, &Outcome) {
    match &state.page {
        Page::Step(page) => (page.step, &page.outcome),
        other => panic!("not a step: {other:?}"),
    }
}

#[test]
fn enter_waits_until_the_command_is_used_and_says_what_to_press() {
    let (catalog, (_dir, i18n)) = (catalog(), words());
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = start(&ctx);
    assert_eq!(state.input_mode(&catalog), InputMode::Continue, "R, H, W and Q work as everywhere");
    let screen = view(&state, &ctx);
    assert!(screen.announcement.ends_with("Press R now. Press the key the step asks for."), "{}", screen.announcement);
    assert_eq!(screen.keys, "Press the key the step asks for, R, H, W or Q. Escape to go back.");
    update(&mut state, &ctx, Message::Next);
    assert_eq!(on(&state), (0, &Outcome::Waiting), "Enter does not go on yet");
    assert_eq!(view(&state, &ctx).announcement, "Press the key the step asks for.");
    // Another command does its job and leaves the step waiting.
    update(&mut state, &ctx, Message::Where);
    assert_eq!(on(&state), (0, &Outcome::Waiting));
}

#[test]
fn repeat_says_the_step_again_and_then_well_done() {
    let (catalog, (_dir, i18n)) = (catalog(), words());
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = start(&ctx);
    assert_eq!(update(&mut state, &ctx, Message::Repeat), [Effect::Announce]);
    assert_eq!(on(&state), (0, &Outcome::Right));
    let said = view(&state, &ctx).announcement;
    assert!(said.contains("Hearing it again. Press R now. Well done. Press Enter to go on."), "{said}");
    // Once done, R repeats the last words, as it does everywhere.
    assert_eq!(update(&mut state, &ctx, Message::Repeat), [Effect::Announce]);
    update(&mut state, &ctx, Message::Next);
    assert_eq!(on(&state).0, 1, "Enter goes on");
}

#[test]
fn help_where_and_quit_each_do_their_job_and_finish_their_step() {
    let (catalog, (_dir, i18n)) = (catalog(), words());
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = start(&ctx);
    update(&mut state, &ctx, Message::Repeat);
    update(&mut state, &ctx, Message::Next);
    // H opens help; Enter closes it; the step is done.
    update(&mut state, &ctx, Message::Help);
    assert_eq!(state.overlay, Some(Overlay::Help));
    update(&mut state, &ctx, Message::Next);
    assert_eq!((state.overlay.clone(), on(&state)), (None, (1, &Outcome::Right)));
    assert!(view(&state, &ctx).announcement.ends_with("Well done. Press Enter to go on."));
    update(&mut state, &ctx, Message::Next);
    // W says where you are, then well done.
    update(&mut state, &ctx, Message::Where);
    let said = view(&state, &ctx).announcement;
    assert!(said.starts_with("You are in Course, lesson Keys, step 3 of 5."), "{said}");
    assert!(said.ends_with("Well done. Press Enter to go on."), "{said}");
    update(&mut state, &ctx, Message::Next);
    // Q asks first; "No, carry on" comes back to the step, done.
    update(&mut state, &ctx, Message::Quit);
    assert_eq!(state.overlay, Some(Overlay::ConfirmQuit { focus: 0 }));
    update(&mut state, &ctx, Message::Next);
    assert_eq!((state.overlay.clone(), on(&state)), (None, (3, &Outcome::Right)));
    update(&mut state, &ctx, Message::Next);
    assert_eq!(on(&state).0, 4);
}
