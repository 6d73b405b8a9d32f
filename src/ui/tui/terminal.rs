//! Taking over the terminal and always giving it back: on a normal exit, on a panic,
//! and on SIGTERM or SIGHUP. Raw mode off, cursor shown, screen left clean.

use std::io::{self, Stdout, Write};
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use crossterm::cursor::{MoveTo, Show};
use crossterm::event::{DisableFocusChange, EnableFocusChange};
use crossterm::execute;
use crossterm::terminal::{self, Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;

/// Gives the terminal back when dropped.
pub struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        if let Err(e) = restore() {
            log::warn!("could not restore the terminal: {e}");
        }
    }
}

/// Raw mode and the alternate screen, with a panic hook that restores the terminal
/// before the panic message is printed.
pub fn setup() -> io::Result<(Terminal<CrosstermBackend<Stdout>>, Restore)> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = restore();
        previous(info);
    }));
    terminal::enable_raw_mode()?;
    let guard = Restore;
    execute!(io::stdout(), EnterAlternateScreen, EnableFocusChange, Clear(ClearType::All))?;
    let terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    Ok((terminal, guard))
}

/// Undoes [`setup`]. Safe to call more than once. The screen is cleared first, because
/// the Linux console has no alternate screen to leave.
pub fn restore() -> io::Result<()> {
    terminal::disable_raw_mode()?;
    let mut out = io::stdout();
    execute!(out, DisableFocusChange, Clear(ClearType::All), MoveTo(0, 0), LeaveAlternateScreen, Show)?;
    out.flush()
}

/// A flag set when SIGTERM, SIGHUP or SIGINT arrives, so the main loop can stop and
/// restore the terminal instead of dying with it in raw mode.
pub fn stop_flag() -> io::Result<Arc<AtomicBool>> {
    let flag = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP, signal_hook::consts::SIGINT] {
        signal_hook::flag::register(signal, Arc::clone(&flag))?;
    }
    Ok(flag)
}
