//! The one loop both front ends run in: wait for input, turn it into a message, let the
//! tutor answer, show the one screen it describes.

use super::App;
use crate::tutor::{Message, Screen};

/// What a front end brought back from waiting.
// One value per key press, moved once and never stored: its size does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// The learner did something the tutor must answer.
    Message(Message),
    /// Time passed with nothing to answer (the full-screen view wakes to notice a
    /// change in speech).
    Tick,
    /// Standard input ended: save and stop without asking.
    Ended,
    /// The terminal went away or a signal came: stop now.
    Closed,
}

/// A way of showing the tutor to a learner: the full-screen view or plain text.
pub trait FrontEnd {
    /// Shows `screen`, the whole of it when it is new.
    fn show(&mut self, screen: &Screen) -> anyhow::Result<()>;
    /// Waits for the learner's next input and reads it as the tutor's `app` expects it
    /// now (its input mode, its language's command words, its settings).
    fn next(&mut self, app: &App) -> anyhow::Result<Input>;
    /// Speech started or stopped while the learner was busy: tell them.
    fn speech_changed(&mut self, screen: &Screen) -> anyhow::Result<()>;
}

/// Runs the tutor through `front` until the learner stops, input ends or the terminal
/// goes away.
pub fn run(app: &mut App, front: &mut impl FrontEnd) -> anyhow::Result<()> {
    front.show(app.screen())?;
    app.begin_loading();
    while !app.finished() && !app.wants_plain() {
        let input = front.next(app)?;
        if app.check_speech() {
            front.speech_changed(app.screen())?;
        }
        match input {
            Input::Message(message) => {
                // The first screen needs no lessons; the answer to it may.
                app.wait_for_lessons()?;
                app.dispatch(message);
                if !app.finished() && !app.wants_plain() {
                    front.show(app.screen())?;
                }
            }
            Input::Tick => {}
            Input::Ended => app.dispatch(Message::EndOfInput),
            Input::Closed => break,
        }
    }
    Ok(())
}
