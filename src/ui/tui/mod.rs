//! The full-screen front end (ratatui + crossterm) for sighted and partially sighted
//! learners. It draws the engine's `Screen`, puts the hardware cursor on the focused
//! item, and writes nothing while idle.

mod draw;
mod keys;
mod layout;
mod terminal;
pub mod theme;

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crossterm::event::{self, Event, KeyCode, KeyEventKind};
use ratatui::backend::Backend;
use ratatui::Terminal;

pub use draw::{draw, Look};
pub use keys::message_for;
pub use layout::{layout, wrap, MAX_TEXT_WIDTH, MIN_HEIGHT, MIN_WIDTH};

use crate::app::App;

/// How often the loop wakes to notice a signal or a change in speech. Nothing is drawn
/// on waking unless something changed.
const TICK: Duration = Duration::from_millis(250);

/// Runs the tutor full-screen until the learner stops or a signal arrives.
pub fn run(app: &mut App, look: Look) -> anyhow::Result<()> {
    let stop = terminal::stop_flag()?;
    let (mut terminal, _restore) = terminal::setup()?;
    run_loop(app, &mut terminal, look, &stop)
}

fn run_loop<B: Backend>(app: &mut App, terminal: &mut Terminal<B>, look: Look, stop: &AtomicBool) -> anyhow::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    let mut scroll: isize = 0;
    draw_screen(app, terminal, look, scroll, true)?;
    while !app.finished() && !stop.load(Ordering::Relaxed) {
        if app.check_speech() {
            draw_screen(app, terminal, look, scroll, false)?;
        }
        if !event::poll(TICK)? {
            // A terminal that has gone away (window closed, connection dropped) can no
            // longer say its size: stop rather than wait for keys that cannot come.
            if crossterm::terminal::size().is_err() {
                break;
            }
            continue;
        }
        match event::read()? {
            // Page Up and Page Down only move the view of a page taller than the window.
            Event::Key(key)
                if key.kind == KeyEventKind::Press && matches!(key.code, KeyCode::PageUp | KeyCode::PageDown) =>
            {
                let page = isize::try_from(terminal.size()?.height / 2).unwrap_or(1).max(1);
                scroll += if key.code == KeyCode::PageUp { -page } else { page };
                draw_screen(app, terminal, look, scroll, true)?;
            }
            Event::Key(key) => {
                if let Some(message) = message_for(app.input_mode(), key, app.settings().shortcuts) {
                    app.dispatch(message);
                    if !app.finished() {
                        let screen = app.screen();
                        if screen.fresh || screen.panel_fresh {
                            scroll = 0;
                        }
                        draw_screen(app, terminal, look, scroll, false)?;
                    }
                }
            }
            Event::Resize(_, _) => draw_screen(app, terminal, look, scroll, true)?,
            _ => {}
        }
    }
    Ok(())
}

/// Draws the current screen. A new page clears first, so every line is written whole
/// and a screen reader reads "Step 3 of 5", not just "3".
pub fn redraw<B: Backend>(app: &App, terminal: &mut Terminal<B>, look: Look, force: bool) -> anyhow::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    draw_screen(app, terminal, look, 0, force)
}

fn draw_screen<B: Backend>(
    app: &App,
    terminal: &mut Terminal<B>,
    look: Look,
    scroll: isize,
    force: bool,
) -> anyhow::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    let screen = app.screen();
    if force || screen.fresh || screen.panel_fresh {
        terminal.clear()?;
    }
    terminal.draw(|frame| draw(frame, &screen, look, scroll))?;
    Ok(())
}
