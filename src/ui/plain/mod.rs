//! Plain mode: linear text for screen readers, braille displays and scripts. It never
//! redraws, uses no box drawing, numbers every choice and reads whole lines.

mod commands;

use std::io::{self, BufRead, Write};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

pub use commands::Commands;

use unic_langid::LanguageIdentifier;

use crate::i18n::I18n;
use crate::shell::{App, FrontEnd, Input};
use crate::tutor::Screen;

/// How often plain mode looks at the speech status while it waits for a line and
/// speech may change by itself: news of the voice is printed when it happens.
const SPEECH_WATCH: Duration = Duration::from_millis(100);

/// The plain front end: lines in, lines out.
pub struct Plain<W> {
    /// Lines typed, read on a thread of their own so that waiting for one does not
    /// stop the tutor from saying at once that speech started or stopped.
    lines: Receiver<io::Result<String>>,
    out: W,
    printer: Printer,
    /// The command words, for the language they were read in.
    commands: Option<(LanguageIdentifier, Commands)>,
    /// Whether anything has been shown yet: the first page is printed whole.
    started: bool,
    /// The speech status last printed, so a change is printed once.
    shown_status: String,
}

impl<W: Write> Plain<W> {
    pub fn new(input: impl BufRead + Send + 'static, out: W) -> Plain<W> {
        Plain {
            lines: read_lines(input),
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

impl<W: Write> FrontEnd for Plain<W> {
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
        let next = match app.speech_may_change() {
            true => self.lines.recv_timeout(SPEECH_WATCH),
            false => self.lines.recv().map_err(|_| RecvTimeoutError::Disconnected),
        };
        let line = match next {
            Ok(line) => line?,
            Err(RecvTimeoutError::Timeout) => return Ok(Input::Tick),
            Err(RecvTimeoutError::Disconnected) => {
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
            // Printed while the learner may be reading the prompt: say it again after,
            // so the last line is always what to do next.
            writeln!(self.out, "{}", self.shown_status)?;
            if !screen.prompt.is_empty() {
                writeln!(self.out, "{}", screen.prompt)?;
            }
            self.out.flush()?;
        }
        Ok(())
    }
}

/// Reads `input` line by line on a thread of its own; the channel closes at its end.
fn read_lines(input: impl BufRead + Send + 'static) -> Receiver<io::Result<String>> {
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new().name("typed lines".into()).spawn(move || {
        for line in input.lines() {
            let failed = line.is_err();
            if tx.send(line).is_err() || failed {
                break;
            }
        }
    });
    if let Err(e) = spawned {
        let (failed, rx) = mpsc::channel();
        let _ = failed.send(Err(e));
        return rx;
    }
    rx
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
    let mut lines = block(screen, whole, panel_changed);
    lines.extend(status.map(str::to_owned));
    for line in &lines {
        writeln!(out, "{line}")?;
    }
    let prompt = unsaid(&screen.prompt, &lines);
    if !prompt.is_empty() {
        writeln!(out, "{prompt}")?;
    }
    out.flush()
}

/// The lines to print before the prompt.
fn block(screen: &Screen, whole: bool, panel_changed: bool) -> Vec<String> {
    let mut lines = Vec::new();
    if whole {
        lines.push(String::new());
        if !screen.heading.is_empty() {
            lines.push(screen.heading.clone());
        }
        lines.push(screen.title.clone());
        lines.extend(screen.body.iter().cloned());
    }
    let practice_moved = panel_changed && !whole;
    if practice_moved {
        // Say what the move did before showing where it led.
        lines.extend(screen.notice.iter().cloned());
    }
    if whole || practice_moved {
        if let Some(panel) = &screen.panel {
            lines.push(panel.title.clone());
            lines.extend(panel.lines.iter().cloned());
        }
        lines.extend(screen.items.iter().enumerate().map(|(i, item)| format!("{}. {item}", i + 1)));
        lines.extend(screen.field.iter().map(|field| field.label.clone()));
    }
    if !practice_moved {
        lines.extend(screen.notice.iter().cloned());
        if !whole {
            lines.extend(screen.field.iter().map(|field| field.label.clone()));
        }
    }
    lines
}

/// The sentences of `prompt` that `lines` have not already said: a screen reader
/// reads every line, so a sentence printed twice is heard twice.
fn unsaid(prompt: &str, lines: &[String]) -> String {
    let said: Vec<&str> = lines.iter().flat_map(|line| sentences(line)).collect();
    sentences(prompt).filter(|sentence| !said.contains(sentence)).collect::<Vec<_>>().join(" ")
}

/// The sentences of `text`: each ends with ".", "?" or "!" followed by a space or the end.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text.trim();
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = rest
            .char_indices()
            .find(|&(i, c)| matches!(c, '.' | '?' | '!') && rest[i + 1..].starts_with(' '))
            .map_or(rest.len(), |(i, _)| i + 1);
        let (sentence, after) = rest.split_at(end);
        rest = after.trim_start();
        Some(sentence)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_at_full_stops_question_marks_and_exclamation_marks() {
        let all: Vec<&str> = sentences("Well done! Is it 1.5? Press Enter to go on.").collect();
        assert_eq!(all, ["Well done!", "Is it 1.5?", "Press Enter to go on."]);
        assert_eq!(sentences("  ").count(), 0);
    }

    #[test]
    fn the_prompt_leaves_out_what_was_just_said() {
        let said = ["Good choice. Press Enter to go on.".to_owned()];
        assert_eq!(unsaid("Press Enter to go on. Or type help.", &said), "Or type help.");
        assert_eq!(
            unsaid("Type a number, then press Enter. Or type help.", &said),
            "Type a number, then press Enter. Or type help."
        );
        assert_eq!(unsaid("Press Enter to go on.", &said), "");
    }

    #[test]
    fn a_text_field_is_named_without_a_colon() {
        let screen = Screen {
            title: "A new learner".into(),
            field: Some(crate::tutor::Field { label: "Your first name".into(), value: String::new(), hidden: false }),
            prompt: "Type your answer, then press Enter.".into(),
            ..Screen::default()
        };
        let mut out = Vec::new();
        print_screen(&mut out, &screen, true, false, None).unwrap();
        let printed = String::from_utf8(out).unwrap();
        assert_eq!(printed, "\nA new learner\nYour first name\nType your answer, then press Enter.\n");
    }
}
