//! The full-screen front end (ratatui + crossterm) for sighted and partially sighted
//! learners, and for screen reader users who prefer it to plain mode. It draws the
//! engine's `Screen` so that a screen reader reads each new page whole (see `present`),
//! and writes nothing while idle.

mod draw;
pub mod events;
mod keys;
mod layout;
mod present;
mod terminal;
pub mod theme;

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crossterm::event::{Event, KeyCode, KeyEventKind};
use ratatui::backend::Backend;
use ratatui::Terminal;

pub use draw::{paint, Look, Painted};
pub use keys::message_for;
pub use layout::{layout, wrap, FOCUS_MARK, MAX_TEXT_WIDTH, MIN_HEIGHT, MIN_WIDTH};
pub use present::{Presenter, Redraw};

pub use events::{Events, Script};

use crate::shell::{self, App, FrontEnd, Input};
use crate::tutor::{Message, Screen};

/// How often the loop wakes to notice a signal or a change in speech. Nothing is drawn
/// on waking unless something changed.
const TICK: Duration = Duration::from_millis(250);

/// Runs the tutor full-screen until the learner stops or a signal arrives.
pub fn run(app: &mut App, look: Look) -> anyhow::Result<()> {
    let stop = terminal::stop_flag()?;
    let (mut terminal, _restore) = terminal::setup()?;
    shell::run(app, &mut Tui::new(&mut terminal, events::Terminal, look, &stop))
}

/// The full-screen front end over any ratatui backend and event source.
pub struct Tui<'a, B: Backend, E: Events> {
    terminal: &'a mut Terminal<B>,
    events: E,
    look: Look,
    /// Set by a signal: stop at the next wake.
    stop: &'a AtomicBool,
    /// How far a page taller than the window is scrolled (Page Up, Page Down).
    scroll: isize,
    /// The screen last shown, to draw again after scrolling or a resize.
    shown: Option<Screen>,
    /// What is on the terminal now, and where the cursor waits.
    presenter: Presenter,
    /// The learner asked to hear the page again: it is drawn again from the top.
    repeat: bool,
}

impl<'a, B: Backend, E: Events> Tui<'a, B, E>
where
    B::Error: Send + Sync + 'static,
{
    /// `terminal` shows nothing yet (just set up and cleared, or a new test backend):
    /// the first page is drawn on it in one go.
    pub fn new(terminal: &'a mut Terminal<B>, events: E, look: Look, stop: &'a AtomicBool) -> Self {
        Tui {
            terminal,
            events,
            look,
            stop,
            scroll: 0,
            shown: None,
            presenter: Presenter::on_blank_screen(),
            repeat: false,
        }
    }

    /// Draws the screen shown again; with `whole`, as a new page from the top.
    fn draw(&mut self, whole: bool) -> anyhow::Result<()> {
        if let Some(screen) = &self.shown {
            draw_screen(&mut self.presenter, screen, self.terminal, self.look, self.scroll, whole)?;
        }
        Ok(())
    }
}

impl<B: Backend, E: Events> FrontEnd for Tui<'_, B, E>
where
    B::Error: Send + Sync + 'static,
{
    fn show(&mut self, screen: &Screen) -> anyhow::Result<()> {
        if screen.fresh || screen.panel_fresh {
            self.scroll = 0;
        }
        self.shown = Some(screen.clone());
        let whole = std::mem::take(&mut self.repeat);
        self.draw(whole)
    }

    fn next(&mut self, app: &App) -> anyhow::Result<Input> {
        loop {
            if self.stop.load(Ordering::Relaxed) {
                return Ok(Input::Closed);
            }
            let Some(event) = self.events.next_event(TICK)? else {
                // A terminal that has gone away cannot send keys: stop rather than wait.
                return Ok(if self.events.alive() { Input::Tick } else { Input::Closed });
            };
            match event {
                // Page Up and Page Down only move the view of a page taller than the window.
                Event::Key(key)
                    if key.kind == KeyEventKind::Press && matches!(key.code, KeyCode::PageUp | KeyCode::PageDown) =>
                {
                    let page = isize::try_from(self.terminal.size()?.height / 2).unwrap_or(1).max(1);
                    self.scroll += if key.code == KeyCode::PageUp { -page } else { page };
                    self.draw(false)?;
                }
                Event::Key(key) => {
                    if let Some(message) = message_for(app.input_mode(), key, app.settings().shortcuts) {
                        self.repeat = message == Message::Repeat;
                        return Ok(Input::Message(message));
                    }
                }
                // A window that comes to the front is read as a new page: a screen reader
                // that starts following it after the page was drawn (a kiosk's terminal
                // opening with the tutor in it) would otherwise read only the cursor's line.
                Event::Resize(_, _) | Event::FocusGained => self.draw(true)?,
                _ => {}
            }
        }
    }

    fn speech_changed(&mut self, _screen: &Screen) -> anyhow::Result<()> {
        self.draw(false)
    }
}

/// Draws `app`'s screen on `terminal` as a new page, as the tutor shows it on starting.
pub fn redraw<B: Backend>(app: &App, terminal: &mut Terminal<B>, look: Look) -> anyhow::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    draw_screen(&mut Presenter::default(), app.screen(), terminal, look, 0, true)
}

fn draw_screen<B: Backend>(
    presenter: &mut Presenter,
    screen: &Screen,
    terminal: &mut Terminal<B>,
    look: Look,
    scroll: isize,
    whole: bool,
) -> anyhow::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    terminal.autoresize()?;
    let size = terminal.size()?;
    let painted = paint(screen, look, scroll, ratatui::layout::Rect::new(0, 0, size.width, size.height));
    presenter.present(terminal, &painted, whole)?;
    Ok(())
}
