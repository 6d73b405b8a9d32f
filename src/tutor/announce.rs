//! What the voice says after each input, built from the same `Screen` the front end
//! shows, so a listener hears what a sighted learner sees: the page, its choices and
//! which one is highlighted, what is in a text box, and what to do next.

use super::pages::step::char_words;
use super::state::{Event, InputMode, Page, State, StepPage};
use super::view::{nudge, Field, Screen};
use super::Context;
use crate::i18n::{Args, Mode};

/// What to say for the last event.
pub fn announcement(state: &State, ctx: &Context, screen: &Screen, mode: InputMode, waiting: bool) -> String {
    let i18n = ctx.i18n;
    let parts = match state.event {
        Event::Arrived | Event::Repeat => {
            let mut parts = Vec::new();
            // Entering a lesson says which lesson it is; later steps just say the step.
            if let (None, Page::Step(StepPage { step: 0, .. })) = (&state.overlay, &state.page) {
                parts.push(sentence(&screen.heading));
            }
            parts.push(sentence(&screen.title));
            parts.extend(screen.body.iter().cloned());
            parts.extend(panel(screen));
            parts.extend(choices_and_next(ctx, screen, mode, waiting, screen.notice.as_deref()));
            parts
        }
        Event::Focus => match screen.focus.and_then(|f| screen.items.get(f).map(|item| (f, item))) {
            Some((f, item)) => {
                let args =
                    Args::new().with("item", item.as_str()).with("number", f + 1).with("count", screen.items.len());
                vec![i18n.tr_args("say-focus", &args)]
            }
            None => Vec::new(),
        },
        Event::Feedback | Event::Nudge | Event::Where | Event::Changed | Event::Notice(_) => {
            screen.notice.iter().cloned().collect()
        }
        // A move on a practice screen: what it did, what the screen shows now, and what
        // can be done there, so a listener never has to guess a number.
        Event::Practice => {
            let mut parts: Vec<String> = screen.notice.iter().cloned().collect();
            parts.extend(panel(screen));
            parts.extend(choices_and_next(ctx, screen, mode, waiting, None));
            parts
        }
        Event::Typed(c) => vec![char_words(ctx, c)],
        Event::RubbedOut(c) => vec![i18n.tr_args("say-rubbed-out", &Args::new().with("char", char_words(ctx, c)))],
        Event::Quiet => Vec::new(),
    };
    spell_codes(&parts.join(" "))
}

/// A practice screen's title and lines.
fn panel(screen: &Screen) -> Vec<String> {
    screen.panel.iter().flat_map(|p| std::iter::once(sentence(&p.title)).chain(p.lines.iter().cloned())).collect()
}

/// The choices (with the highlighted one, in the full-screen view), the text box and
/// what is in it, then `ending` or, without one, what to do next.
fn choices_and_next(
    ctx: &Context,
    screen: &Screen,
    mode: InputMode,
    waiting: bool,
    ending: Option<&str>,
) -> Vec<String> {
    let i18n = ctx.i18n;
    let mut parts = Vec::new();
    for (i, item) in screen.items.iter().enumerate() {
        parts.push(i18n.tr_args("say-choice", &Args::new().with("number", i + 1).with("item", item.as_str())));
    }
    // Plain mode has no highlight: every choice is chosen by its number.
    let highlighted = screen.focus.and_then(|f| screen.items.get(f)).filter(|_| i18n.mode() == Mode::Tui);
    if let (Some(item), true) = (highlighted, screen.items.len() > 1) {
        parts.push(sentence(&i18n.tr_args("say-highlighted", &Args::new().with("item", item.as_str()))));
    }
    if let Some(field) = &screen.field {
        parts.push(field_words(ctx, field));
    }
    match ending {
        Some(notice) => parts.push(notice.to_owned()),
        // A listener cannot see the keys line, so every page ends by saying what to do
        // next, in the words of the nudge for this kind of page.
        None => parts.push(nudge(ctx, mode, screen.items.len(), waiting)),
    }
    parts
}

/// A text box as said: its name, and what is in it (a secret only as a count).
fn field_words(ctx: &Context, field: &Field) -> String {
    let i18n = ctx.i18n;
    let label = field.label.as_str();
    let count = field.value.chars().count();
    if count == 0 {
        i18n.tr_args("say-field", &Args::new().with("label", label))
    } else if field.hidden {
        i18n.tr_args("say-field-secret", &Args::new().with("label", label).with("count", count))
    } else {
        i18n.tr_args("say-field-has", &Args::new().with("label", label).with("value", field.value.as_str()))
    }
}

/// Long runs of digits (a security code, a reference) said one by one: "4 2 8 6 1 5",
/// not "four hundred and twenty-eight thousand...". Years and times are shorter.
fn spell_codes(text: &str) -> String {
    const LONGEST_NUMBER: usize = 4;
    let mut out = String::with_capacity(text.len());
    let mut digits = String::new();
    let flush = |digits: &mut String, out: &mut String| {
        if digits.chars().count() > LONGEST_NUMBER {
            out.push_str(&digits.chars().map(String::from).collect::<Vec<_>>().join(" "));
        } else {
            out.push_str(digits);
        }
        digits.clear();
    };
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            flush(&mut digits, &mut out);
            out.push(c);
        }
    }
    flush(&mut digits, &mut out);
    out
}

/// Ends `text` with a full stop unless it already ends a sentence, so that a title
/// and the text after it are spoken as two sentences.
fn sentence(text: &str) -> String {
    let text = text.trim_end();
    match text.chars().last() {
        Some('.' | '!' | '?' | ':') | None => text.to_owned(),
        Some(_) => format!("{text}."),
    }
}

#[cfg(test)]
mod tests {
    use super::spell_codes;

    #[test]
    fn codes_are_spelt_and_years_and_times_are_not() {
        assert_eq!(spell_codes("Your code is 428615."), "Your code is 4 2 8 6 1 5.");
        assert_eq!(spell_codes("Today, 9:15, 3 June 2026"), "Today, 9:15, 3 June 2026");
        assert_eq!(spell_codes("Call 159"), "Call 159");
    }
}
