//! Engine tests of saves that fail: said at once with the page, once per spell of
//! trouble, never "everything is saved" while it is not.

use super::saving::Saving;
use super::state::Overlay;
use super::tests::{catalog, on_courses, send, words};
use super::{update, view, Context, Message};
use crate::domain::learner::Progress;

const SORRY: &str = "Signpost could not save your progress. Please tell your champion.";

#[test]
fn a_failed_save_is_said_with_the_page_once_and_the_lesson_goes_on() {
    let (catalog, (_dir, i18n)) = (catalog(), words());
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = on_courses(Progress::default(), &ctx);
    send(&mut state, &ctx, &[Message::Choose(1)]);
    // The shell could not save the first step: it says so before the page is said.
    assert!(update(&mut state, &ctx, Message::SaveFailed).is_empty(), "no effect: the shell announces");
    let screen = view(&state, &ctx);
    assert!(screen.body[0].starts_with(SORRY), "{:?}", screen.body);
    assert!(screen.announcement.contains(SORRY), "{}", screen.announcement);
    assert!(screen.announcement.contains("Lesson one"), "the page is said too: {}", screen.announcement);
    assert_eq!(state.saving, Saving::Failing);
    // The next input goes on as usual; a save failing again is not said again.
    send(&mut state, &ctx, &[Message::Next]);
    update(&mut state, &ctx, Message::SaveFailed);
    let screen = view(&state, &ctx);
    assert!(!screen.announcement.contains(SORRY) && !screen.body.iter().any(|b| b.contains(SORRY)));
    assert!(matches!(state.page, super::state::Page::Step(_)), "the lesson goes on");
    // Stopping does not claim everything is saved.
    send(&mut state, &ctx, &[Message::Quit]);
    assert!(matches!(state.overlay, Some(Overlay::ConfirmQuit { .. })));
    let quit = view(&state, &ctx);
    assert!(!quit.body.iter().any(|b| b.contains("Everything you have done is saved")), "{:?}", quit.body);
    assert!(quit.body.iter().any(|b| b.contains("could not save everything")), "{:?}", quit.body);
    // Saves work again: said once, and stopping may say it is all saved.
    update(&mut state, &ctx, Message::SavedAgain);
    assert_eq!(state.saving, Saving::Fine);
    let again = view(&state, &ctx);
    assert!(again.announcement.contains("Signpost can save your progress again."), "{}", again.announcement);
    assert!(again.body.iter().any(|b| b.contains("Everything you have done is saved")), "{:?}", again.body);
}

#[test]
fn a_learner_erased_while_learning_is_told_and_it_stays_so() {
    let (catalog, (_dir, i18n)) = (catalog(), words());
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = on_courses(Progress::default(), &ctx);
    send(&mut state, &ctx, &[Message::Choose(1), Message::Next]);
    update(&mut state, &ctx, Message::LearnerGone);
    let screen = view(&state, &ctx);
    assert!(screen.announcement.contains("Your record was removed from this computer"), "{}", screen.announcement);
    // Nothing the shell says later makes it "fine" again.
    update(&mut state, &ctx, Message::SavedAgain);
    update(&mut state, &ctx, Message::SaveFailed);
    assert_eq!(state.saving, Saving::LearnerGone);
}

#[test]
fn news_about_saving_said_on_a_moved_highlight_comes_first() {
    let (catalog, (_dir, i18n)) = (catalog(), words());
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = on_courses(Progress::default(), &ctx);
    send(&mut state, &ctx, &[Message::Down]);
    update(&mut state, &ctx, Message::SaveFailed);
    let screen = view(&state, &ctx);
    assert!(screen.announcement.starts_with(SORRY), "{}", screen.announcement);
}

#[test]
fn the_champions_page_says_while_saving_fails() {
    let (catalog, (_dir, i18n)) = (catalog(), words());
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = on_courses(Progress::default(), &ctx);
    state.page = super::state::Page::Champions { focus: 0 };
    let trouble = "Signpost could not save progress in this session.";
    assert!(!view(&state, &ctx).body.iter().any(|b| b.contains(trouble)));
    update(&mut state, &ctx, Message::SaveFailed);
    send(&mut state, &ctx, &[Message::Down]);
    let screen = view(&state, &ctx);
    assert!(screen.body.iter().any(|b| b.contains(trouble) && b.contains("signpost.log")), "{:?}", screen.body);
}
