//! The view of a practice step: the practice screen as a panel, its controls as
//! choices, the open text box, and what the tutor says about the last move.

use super::state::{PracticeNote, PracticeRun, StepPage};
use super::view::{Field, Panel, Screen};
use super::Context;
use crate::i18n::{Args, I18n};
use crate::practice::{Word, Words};

/// Words made from practice [`Words`], looking up every message inside them.
pub fn words(i18n: &I18n, w: &Words) -> String {
    let mut args = Args::new();
    for (key, value) in &w.args {
        match value {
            Word::Message(id) => args.set(key, i18n.tr(id)),
            Word::Plain(text) => args.set(key, text.as_str()),
            Word::Number(n) => args.set(key, *n),
            Word::Nested(inner) => args.set(key, words(i18n, inner)),
        };
    }
    i18n.tr_args(w.id, &args)
}

/// Adds the practice screen to a step's screen.
pub fn add(screen: &mut Screen, ctx: &Context, page: &StepPage, run: &PracticeRun) {
    let i18n = ctx.i18n;
    let view = run.screen.view();
    let title = i18n.tr_args("practice-panel-title", &Args::new().with("title", words(i18n, &view.title)));
    let lines = view.lines.iter().flat_map(|l| split(&words(i18n, l))).collect();
    screen.panel = Some(Panel { title, lines });
    screen.items = view.controls.iter().map(|c| words(i18n, &c.label)).collect();
    screen.items.push(i18n.tr("practice-start-again"));
    screen.focus = Some(page.focus.min(screen.items.len() - 1));
    if let Some(editing) = run.screen.editing() {
        let value = if editing.hidden { "•".repeat(page.typed.chars().count()) } else { page.typed.clone() };
        screen.field = Some(Field { label: words(i18n, &editing.label), value });
    }
}

/// What the tutor says about the last thing that happened on the practice screen.
pub fn note(ctx: &Context, run: &PracticeRun) -> Option<String> {
    let i18n = ctx.i18n;
    Some(match run.note.as_ref()? {
        PracticeNote::Did(did) => words(i18n, did),
        PracticeNote::OffTrack(did, way_back) => {
            format!("{} {} {}", words(i18n, did), i18n.tr("practice-off-track"), words(i18n, way_back))
        }
        PracticeNote::Help(help) => words(i18n, help),
        PracticeNote::Reset => i18n.tr("practice-did-reset"),
    })
}

fn split(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
}
