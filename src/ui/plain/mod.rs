//! Plain mode: linear text for screen readers, braille displays and scripts. It never
//! redraws, uses no box drawing, numbers every choice and reads whole lines.

mod commands;

use std::io::{self, BufRead, Write};

pub use commands::Commands;

use crate::app::App;
use crate::tutor::{Message, Screen};

/// Runs the tutor over `input` and `output` until the learner stops or input ends.
pub fn run(app: &mut App, input: impl BufRead, mut output: impl Write) -> io::Result<()> {
    let commands = Commands::new(app.i18n());
    let mut lines = input.lines();
    let mut shown_status = app.screen().status;
    let mut printer = Printer::default();
    printer.print(&mut output, &app.screen(), true)?;
    while !app.finished() {
        let line = match lines.next() {
            Some(line) => line?,
            None => {
                app.dispatch(Message::EndOfInput);
                break;
            }
        };
        // Say first if speech started or stopped meanwhile, then answer the line.
        if app.check_speech() && app.screen().status != shown_status {
            shown_status = app.screen().status;
            writeln!(output, "{shown_status}")?;
        }
        let message = commands.parse(app.input_mode(), &line);
        app.dispatch(message);
        if app.finished() {
            break;
        }
        let screen = app.screen();
        printer.print(&mut output, &screen, screen.fresh)?;
    }
    output.flush()
}

/// Remembers what was printed last, so that only what changed is printed again.
#[derive(Default)]
struct Printer {
    /// The practice screen and choices last printed.
    last: Option<(Option<crate::tutor::Panel>, Vec<String>)>,
}

impl Printer {
    fn print(&mut self, out: &mut impl Write, screen: &Screen, whole: bool) -> io::Result<()> {
        let now = (screen.panel.clone(), screen.items.clone());
        // A practice move that changed nothing on the practice screen (opening a text
        // box, say) prints only what the tutor says about it.
        let changed = whole || self.last.as_ref() != Some(&now);
        self.last = Some(now);
        print_screen(out, screen, whole, screen.panel_fresh && changed)
    }
}

/// Prints a whole page when it is new, the practice screen when it changed, else only
/// what changed (the notice), then the prompt. Nothing printed is ever overwritten.
fn print_screen(out: &mut impl Write, screen: &Screen, whole: bool, panel_changed: bool) -> io::Result<()> {
    if whole {
        writeln!(out)?;
        if !screen.heading.is_empty() {
            writeln!(out, "{}", screen.heading)?;
        }
        writeln!(out, "{}", screen.title)?;
        for paragraph in &screen.body {
            writeln!(out, "{paragraph}")?;
        }
    }
    let practice_moved = panel_changed && !whole;
    if practice_moved {
        // Say what the move did before showing where it led.
        if let Some(notice) = &screen.notice {
            writeln!(out, "{notice}")?;
        }
    }
    if whole || practice_moved {
        if let Some(panel) = &screen.panel {
            writeln!(out, "{}", panel.title)?;
            for line in &panel.lines {
                writeln!(out, "{line}")?;
            }
        }
        for (i, item) in screen.items.iter().enumerate() {
            writeln!(out, "{}. {item}", i + 1)?;
        }
        if let Some(field) = &screen.field {
            writeln!(out, "{}:", field.label)?;
        }
    }
    if !practice_moved {
        if let Some(notice) = &screen.notice {
            writeln!(out, "{notice}")?;
        }
        if let (Some(field), false) = (&screen.field, whole) {
            writeln!(out, "{}:", field.label)?;
        }
    }
    writeln!(out, "{}", screen.prompt)?;
    out.flush()
}
