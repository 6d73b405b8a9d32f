//! A typing step: letters into the box, and what was typed checked against the text
//! the step shows, forgiving what a learner cannot see as part of that text.

use super::step::feedback;
use crate::i18n::Args;
use crate::tutor::state::{Event, Outcome, Page, State, StepPage};
use crate::tutor::update::say;
use crate::tutor::{Context, Effect, Message};

/// Letters, Backspace and Enter in a `type` step; `answer` is the expected words in the
/// learner's language.
pub fn typing(state: &mut State, mut page: StepPage, message: Message, answer: &str, match_case: bool) -> Vec<Effect> {
    match message {
        Message::Type(c) => {
            page.typed.push(c);
            page.outcome = Outcome::Waiting;
            state.page = Page::Step(page);
            say(state, Event::Typed(c))
        }
        Message::RubOut => match page.typed.pop() {
            Some(c) => {
                state.page = Page::Step(page);
                say(state, Event::RubbedOut(c))
            }
            None => Vec::new(),
        },
        Message::Next => {
            let typed = page.typed.clone();
            check_typed(state, page, typed, answer, match_case)
        }
        Message::Submit(typed) | Message::Unknown(typed) => check_typed(state, page, typed, answer, match_case),
        Message::Blank => check_typed(state, page, String::new(), answer, match_case),
        _ => Vec::new(),
    }
}

pub fn check_typed(
    state: &mut State,
    mut page: StepPage,
    typed: String,
    answer: &str,
    match_case: bool,
) -> Vec<Effect> {
    let outcome =
        if answer_matches(&typed, answer, match_case) { Outcome::Right } else { Outcome::WrongText(typed.clone()) };
    page.typed = typed;
    feedback(state, page, outcome)
}

/// Whether `typed` is the expected answer, forgiving what a learner cannot see as part
/// of the text: spaces at the ends and doubled spaces, a full stop (or comma, or quotes)
/// copied from the sentence around it, and capitals unless the lesson says they matter.
pub fn answer_matches(typed: &str, answer: &str, match_case: bool) -> bool {
    let (typed, answer) = comparable(typed, answer, match_case);
    typed == answer
}

/// `typed` and `answer` as they are compared: tidied, and in small letters unless case
/// matters.
fn comparable(typed: &str, answer: &str, match_case: bool) -> (String, String) {
    let tidy = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let answer = tidy(answer);
    let mut typed = tidy(typed);
    // Punctuation that closes or wraps the sentence the text stood in.
    const AROUND: &[char] = &['.', ',', ';', ':', '!', '?', '"', '\'', '\u{201c}', '\u{201d}', '\u{2018}', '\u{2019}'];
    while typed.ends_with(AROUND) && !answer.ends_with(typed.chars().last().unwrap_or(' ')) {
        typed.pop();
        typed = typed.trim_end().to_owned();
    }
    while typed.starts_with(AROUND) && !answer.starts_with(typed.chars().next().unwrap_or(' ')) {
        typed.remove(0);
        typed = typed.trim_start().to_owned();
    }
    if match_case {
        (typed, answer)
    } else {
        (typed.to_lowercase(), answer.to_lowercase())
    }
}

/// Where `typed` first differs from `answer`, in words for the learner: the character
/// that differs, what is missing at the end, or what is extra.
pub fn difference(ctx: &Context, typed: &str, answer: &str, match_case: bool) -> String {
    let (got, wanted) = comparable(typed, answer, match_case);
    let (got, wanted): (Vec<char>, Vec<char>) = (got.chars().collect(), wanted.chars().collect());
    let same = got.iter().zip(&wanted).take_while(|(a, b)| a == b).count();
    let part = |chars: &[char]| chars.iter().collect::<String>();
    let i18n = ctx.i18n;
    match (got.get(same), wanted.get(same)) {
        (Some(g), Some(w)) => i18n.tr_args(
            "type-diff-character",
            &Args::new()
                .with("position", same + 1)
                .with("got", char_words(ctx, *g))
                .with("wanted", char_words(ctx, *w)),
        ),
        (None, Some(_)) => i18n.tr_args("type-diff-short", &Args::new().with("rest", part(&wanted[same..]))),
        (Some(_), None) => i18n.tr_args("type-diff-long", &Args::new().with("extra", part(&got[same..]))),
        (None, None) => String::new(),
    }
}

/// One character as a person says it: "space", "capital M", or the character itself.
pub fn char_words(ctx: &Context, c: char) -> String {
    if c == ' ' {
        ctx.i18n.tr("say-space")
    } else if c.is_uppercase() {
        ctx.i18n.tr_args("say-capital", &Args::new().with("char", c.to_string()))
    } else {
        c.to_string()
    }
}
