//! What the voice says after each input, built from the same `Screen` the front end
//! shows, so a listener hears what a sighted learner sees: the page, its choices and
//! which one is highlighted, what is in a text box, and what to do next.

use super::pages::typing::char_words;
use super::state::{Event, InputMode, Page, State, StepPage};
use super::view::{nudge, Field, Screen};
use super::Context;
use crate::i18n::{Args, Mode};

/// Marks a part that is said whole, never trimmed of sentences said before it.
const WHOLE: char = '\u{e000}';

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
            // A password box says how to hear what is in it.
            let ending = super::pages::practice::spelling_box(state).then(|| i18n.tr("prompt-typing-secret"));
            parts.extend(choices_and_next(ctx, screen, mode, waiting, ending.as_deref()));
            parts
        }
        Event::Typed(c) => vec![char_words(ctx, c)],
        Event::RubbedOut(c) => vec![i18n.tr_args("say-rubbed-out", &Args::new().with("char", char_words(ctx, c)))],
        Event::Quiet => Vec::new(),
    };
    let parts = super::saving::said_apart(state).map(|id| i18n.tr(id)).into_iter().chain(parts).collect();
    spell_codes(ctx, &without_repeats(parts).join(" "))
}

/// The parts, leaving out any sentence already said in this announcement: a screen
/// line that the notice just said ("Your camera is off."), a lesson title that the
/// heading said, or a "Press Enter to go on." that the step's own words end with.
fn without_repeats(parts: Vec<String>) -> Vec<String> {
    let mut said: Vec<String> = Vec::new();
    let mut kept = Vec::with_capacity(parts.len());
    for part in parts {
        if let Some(whole) = part.strip_prefix(WHOLE) {
            kept.push(whole.to_owned());
            continue;
        }
        let mut sentences = Vec::new();
        for sentence in part.split_inclusive(". ").map(str::trim).filter(|s| !s.is_empty()) {
            let key = sentence.trim_end_matches('.').to_owned();
            if key.chars().count() >= 12 && said.contains(&key) {
                continue;
            }
            said.push(key);
            sentences.push(sentence);
        }
        if !sentences.is_empty() {
            kept.push(sentences.join(" "));
        }
    }
    kept
}

/// A practice screen's title and lines.
fn panel(screen: &Screen) -> Vec<String> {
    // Each line a sentence, so a line that ends without a full stop ("From Dr Okafor,
    // dr.okafor@example.org") is not run into the next ("Sent Today").
    screen.panel.iter().flat_map(|p| std::iter::once(&p.title).chain(&p.lines)).map(|l| sentence(l)).collect()
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
        // A choice is said whole, even where a hint just named it.
        let choice = i18n.tr_args("say-choice", &Args::new().with("number", i + 1).with("item", item.as_str()));
        parts.push(format!("{WHOLE}{choice}"));
    }
    // Plain mode has no highlight: every choice is chosen by its number.
    let highlighted = screen.focus.and_then(|f| screen.items.get(f)).filter(|_| i18n.mode() == Mode::Tui);
    if let (Some(item), true) = (highlighted, screen.items.len() > 1) {
        parts.push(sentence(&i18n.tr_args("say-highlighted", &Args::new().with("item", item.as_str()))));
    }
    if let Some(field) = &screen.field {
        parts.push(field_words(ctx, field));
    }
    let holds_text = screen.field.as_ref().is_some_and(|f| !f.hidden && !f.value.is_empty());
    match ending {
        Some(notice) => parts.push(notice.to_owned()),
        None if holds_text && mode == InputMode::TextEntry => parts.push(i18n.tr("nudge-typing-keep")),
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

/// Codes, phone numbers and passwords said one character at a time: "4 2 8 6 1 5",
/// not "four hundred and twenty-eight thousand...". A word is a code when it has more
/// than four digits, or mixes letters and digits (P12345, 7KD93MQ28TXRB, Practice2026);
/// where it mixes small and capital letters, capitals are said as such. Years, times
/// and prices are left as they are.
fn spell_codes(ctx: &Context, text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_alphanumeric() {
            word.push(c);
            continue;
        }
        out.push_str(&spell_word(ctx, &word));
        word.clear();
        out.push(c);
    }
    out.pop();
    out
}

fn spell_word(ctx: &Context, word: &str) -> String {
    let digits = word.chars().filter(char::is_ascii_digit).count();
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let is_code = digits > 4 || (digits > 0 && letters > 0 && word.chars().count() >= 6);
    if !is_code {
        return word.to_owned();
    }
    let mixed_case = word.chars().any(char::is_lowercase) && word.chars().any(char::is_uppercase);
    let say = |c: char| if mixed_case { char_words(ctx, c) } else { c.to_string() };
    word.chars().map(say).collect::<Vec<_>>().join(" ")
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
    use crate::i18n::{base_language, I18n};
    use crate::lesson::Catalog;
    use crate::tutor::Context;

    #[test]
    fn codes_and_passwords_are_spelt_and_years_times_and_prices_are_not() {
        let (catalog, i18n) = (Catalog::default(), I18n::built_in(&[base_language()]));
        let ctx = Context { catalog: &catalog, i18n: &i18n };
        let cases = [
            ("Your code is 428615.", "Your code is 4 2 8 6 1 5."),
            ("Today, 9:15, 3 June 2026, £1.45", "Today, 9:15, 3 June 2026, £1.45"),
            ("Call 159", "Call 159"),
            ("ODS code: P12345", "ODS code: P 1 2 3 4 5"),
            ("Key: 7KD93MQ28TXRB.", "Key: 7 K D 9 3 M Q 2 8 T X R B."),
            ("Practice2026", "capital P r a c t i c e 2 0 2 6"),
        ];
        for (text, said) in cases {
            assert_eq!(spell_codes(&ctx, text), said, "{text}");
        }
    }
}
