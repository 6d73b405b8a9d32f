//! Where the full-screen view's keys come from: the real terminal, or a script in
//! tests, so the real loop (scrolling, redraws, resizes) is tested without tmux.

use std::collections::VecDeque;
use std::io;
use std::time::Duration;

use crossterm::event::Event;

/// A source of terminal events.
pub trait Events {
    /// Waits up to `timeout` for an event; `Ok(None)` when none came.
    fn next_event(&mut self, timeout: Duration) -> io::Result<Option<Event>>;
    /// False once the terminal has gone away (window closed, connection dropped).
    fn alive(&mut self) -> bool;
}

/// The real terminal, through crossterm.
pub struct Terminal;

impl Events for Terminal {
    fn next_event(&mut self, timeout: Duration) -> io::Result<Option<Event>> {
        if crossterm::event::poll(timeout)? {
            crossterm::event::read().map(Some)
        } else {
            Ok(None)
        }
    }

    /// A terminal that has gone away can no longer say its size.
    fn alive(&mut self) -> bool {
        crossterm::terminal::size().is_ok()
    }
}

/// Events from a list, for tests; when the list runs out the terminal "goes away".
pub struct Script(pub VecDeque<Event>);

impl Events for Script {
    fn next_event(&mut self, _timeout: Duration) -> io::Result<Option<Event>> {
        Ok(self.0.pop_front())
    }

    fn alive(&mut self) -> bool {
        !self.0.is_empty()
    }
}
