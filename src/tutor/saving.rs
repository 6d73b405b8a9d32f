//! When progress cannot be saved: the learner is told at once, kindly, and the session
//! carries on; the champion's pages keep saying so, and the goodbye never claims a save
//! that did not happen. The shell keeps trying and reports back with a message.

use super::state::{Event, Overlay, Page, State};
use super::view::{lines, Screen};
use super::{Context, Message};

/// How saving is going in this session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Saving {
    /// Everything so far is saved.
    #[default]
    Fine,
    /// A save failed (a full disk, a read-only folder, a pulled USB stick): the shell
    /// holds what is not saved yet and tries again with every later save.
    Failing,
    /// The learner was erased (`signpost learner erase`) while they were learning:
    /// nothing more can be kept for them.
    LearnerGone,
}

/// True for the shell's news about saving, which the shell hands to `update` at once,
/// before the announcement of the same input, so the two are said together.
pub fn is_news(message: &Message) -> bool {
    matches!(message, Message::SaveFailed | Message::SavedAgain | Message::LearnerGone)
}

/// Takes in the shell's news about saving. What the learner is doing is not changed:
/// the words are added to what is said next ([`show`]).
pub fn update(state: &mut State, message: &Message) {
    let (now, alert) = match (message, state.saving) {
        (_, Saving::LearnerGone) => return,
        (Message::LearnerGone, _) => (Saving::LearnerGone, "save-learner-gone"),
        (Message::SaveFailed, Saving::Failing) => return,
        (Message::SaveFailed, _) => (Saving::Failing, "save-failed"),
        (Message::SavedAgain, Saving::Failing) => (Saving::Fine, "save-working-again"),
        _ => return,
    };
    state.saving = now;
    state.alert = Some(alert);
}

/// Adds the news about saving to the screen: as the first paragraph of a new page, or
/// before the notice of anything else; and says it first. The champions' page says
/// while saving fails, so a champion sees it even after the learner's notice has gone.
pub fn show(state: &State, ctx: &Context, screen: &mut Screen) {
    if let (Page::Champions { .. }, Saving::Failing | Saving::LearnerGone, None) =
        (&state.page, state.saving, &state.overlay)
    {
        screen.body.push(ctx.i18n.tr("champion-save-trouble"));
    }
    // "Stop for now?" says everything is saved only when it is.
    if let (Some(Overlay::ConfirmQuit { .. }), Saving::Failing | Saving::LearnerGone) = (&state.overlay, state.saving) {
        screen.body = lines(&ctx.i18n.tr("quit-body-unsaved"));
    }
    let Some(id) = state.alert else { return };
    let words = ctx.i18n.tr(id);
    if matches!(state.event, Event::Arrived | Event::Repeat) {
        screen.body.insert(0, words);
    } else {
        screen.notice = Some(match screen.notice.take() {
            Some(notice) => format!("{words} {notice}"),
            None => words,
        });
    }
}

/// Whether the announcement of this event leaves out the page's words and notice, so
/// the news about saving must be put in front of it.
pub fn said_apart(state: &State) -> Option<&'static str> {
    let apart = matches!(state.event, Event::Focus | Event::Typed(_) | Event::RubbedOut(_) | Event::Quiet);
    state.alert.filter(|_| apart)
}
