//! Plain mode: linear text for screen readers, braille displays and scripts. It never
//! redraws, uses no box drawing, numbers every choice and reads whole lines.

mod commands;

use std::io::{self, BufRead, Write};

pub use commands::Commands;

use unic_langid::LanguageIdentifier;

use crate::i18n::I18n;
use crate::shell::{App, FrontEnd, Input};
use crate::tutor::Screen;

/// The plain front end: lines in, lines out.
pub struct Plain<R, W> {
    lines: io::Lines<R>,
    out: W,
    printer: Printer,
    /// The command words, for the language they were read in.
    commands: Option<(LanguageIdentifier, Commands)>,
    /// Whether anything has been shown yet: the first page is printed whole.
    started: bool,
    /// The speech status last printed, so a change is printed once.
    shown_status: String,
}

impl<R: BufRead, W: Write> Plain<R, W> {
    pub fn new(input: R, out: W) -> Plain<R, W> {
        Plain {
            lines: input.lines(),
            out,
            printer: Printer::default(),
            commands: None,
            started: false,
            shown_status: String::new(),
        }
    }

    /// The command words of the learner's language now (read again after a change).
    fn commands(&mut self, i18n: &I18n) -> &Commands {
        let language = i18n.language();
        let kept = self.commands.take().filter(|(read_in, _)| read_in == language);
        &self.commands.insert(kept.unwrap_or_else(|| (language.clone(), Commands::new(i18n)))).1
    }
}

impl<R: BufRead, W: Write> FrontEnd for Plain<R, W> {
    fn show(&mut self, screen: &Screen) -> anyhow::Result<()> {
        let first = !self.started;
        self.started = true;
        // The first page says at once whether the voice is on, starting or off (and why).
        let status = first.then_some(screen.status.as_str());
        if first {
            self.shown_status.clone_from(&screen.status);
        }
        self.printer.print(&mut self.out, screen, first || screen.fresh, status)?;
        Ok(())
    }

    fn next(&mut self, app: &App) -> anyhow::Result<Input> {
        let line = match self.lines.next() {
            Some(line) => line?,
            None => {
                self.out.flush()?;
                return Ok(Input::Ended);
            }
        };
        let mode = app.input_mode();
        Ok(Input::Message(self.commands(app.i18n()).parse(mode, &line)))
    }

    fn speech_changed(&mut self, screen: &Screen) -> anyhow::Result<()> {
        if screen.status != self.shown_status {
            self.shown_status.clone_from(&screen.status);
            writeln!(self.out, "{}", self.shown_status)?;
        }
        Ok(())
    }
}

/// Remembers what was printed last, so that only what changed is printed again.
#[derive(Default)]
struct Printer {
    /// The practice screen and choices last printed.
    last: Option<(Option<crate::tutor::Panel>, Vec<String>)>,
}

impl Printer {
    fn print(&mut self, out: &mut impl Write, screen: &Screen, whole: bool, status: Option<&str>) -> io::Result<()> {
        let now = (screen.panel.clone(), screen.items.clone());
        // A practice move that changed nothing on the practice screen (opening a text
        // box, say) prints only what the tutor says about it.
        let changed = whole || self.last.as_ref() != Some(&now);
        self.last = Some(now);
        print_screen(out, screen, whole, screen.panel_fresh && changed, status)
    }
}

/// Prints a whole page when it is new, the practice screen when it changed, else only
/// what changed (the notice), then the prompt. Nothing printed is ever overwritten.
fn print_screen(
    out: &mut impl Write,
    screen: &Screen,
    whole: bool,
    panel_changed: bool,
    status: Option<&str>,
) -> io::Result<()> {
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
    if let Some(status) = status {
        writeln!(out, "{status}")?;
    }
    writeln!(out, "{}", screen.prompt)?;
    out.flush()
}
