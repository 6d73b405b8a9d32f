//! Practice text messages, as on a phone: the list (newest first), reading one,
//! forwarding it, and deleting it. A scam text is reported by forwarding it to 7726, the
//! UK's number for scam texts (shared/docs/content-sources.md, "Email basics and scams").

use super::practice_screen;
use super::{Action, Control, Editing, TextSetup, TextsSetup, View, Words};

/// Where scam text messages are reported in the UK.
pub const REPORT_NUMBER: &str = "7726";

/// A move in the text messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextsAct {
    Open(usize),
    Forward,
    Delete,
    Back,
    EditTo,
    Send,
    Discard,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Page {
    List,
    Reading(usize),
    /// Forwarding a message: who it goes to, and whether that box is being typed in.
    Forward {
        message: usize,
        editing: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Text {
    setup: TextSetup,
    unread: bool,
    deleted: bool,
}

/// A text message that was sent on: which one, and to what number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Forwarded {
    pub message: usize,
    pub to: String,
}

/// The practice text messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Texts {
    texts: Vec<Text>,
    page: Page,
    to: String,
    forwarded: Vec<Forwarded>,
}

fn act(a: TextsAct) -> Action {
    Action::Texts(a)
}

fn control(id: &'static str, a: TextsAct) -> Control {
    Control { label: Words::new(id), action: act(a) }
}

impl Texts {
    /// The messages, newest first (ones with no `minutes_ago` keep their order, last).
    pub fn new(setup: &TextsSetup) -> Texts {
        let mut messages = setup.messages.clone();
        messages.sort_by_key(|m| m.minutes_ago.unwrap_or(u32::MAX));
        let texts = messages.into_iter().map(|m| Text { unread: m.unread, setup: m, deleted: false }).collect();
        Texts { texts, page: Page::List, to: String::new(), forwarded: Vec::new() }
    }

    pub(super) fn index(&self, id: &str) -> Option<usize> {
        self.texts.iter().position(|t| t.setup.id == id)
    }

    pub(super) fn deleted(&self, i: usize) -> bool {
        self.texts.get(i).is_some_and(|t| t.deleted)
    }

    /// The messages sent on so far.
    pub fn forwarded(&self) -> &[Forwarded] {
        &self.forwarded
    }

    pub fn view(&self) -> View {
        match self.page {
            Page::List => {
                let shown: Vec<(usize, &Text)> = self.texts.iter().enumerate().filter(|(_, t)| !t.deleted).collect();
                let controls = shown.iter().map(|(i, t)| item(*i, t)).collect();
                let count = Words::new("practice-texts-count").number("count", shown.len());
                View { title: Words::new("practice-texts-title"), lines: vec![count], controls }
            }
            Page::Reading(i) => {
                let t = &self.texts[i].setup;
                View {
                    title: Words::new("practice-texts-from").message("name", &t.from),
                    lines: vec![
                        Words::new("practice-texts-sent").message("date", &t.date),
                        Words::new("practice-text").message("text", &t.body),
                    ],
                    controls: vec![
                        control("practice-texts-forward", TextsAct::Forward),
                        control("practice-texts-delete", TextsAct::Delete),
                        control("practice-texts-back", TextsAct::Back),
                    ],
                }
            }
            Page::Forward { message, .. } => {
                let t = &self.texts[message].setup;
                let to = Words::typed(&self.to);
                View {
                    title: Words::new("practice-texts-forward-title"),
                    lines: vec![Words::new("practice-texts-forwarding").message("text", &t.body)],
                    controls: vec![
                        Control {
                            label: Words::new("practice-texts-to-box").nested("value", to),
                            action: act(TextsAct::EditTo),
                        },
                        control("practice-texts-send", TextsAct::Send),
                        control("practice-texts-discard", TextsAct::Discard),
                    ],
                }
            }
        }
    }

    fn apply(&mut self, a: &TextsAct) -> Words {
        match (self.page, *a) {
            (Page::List, TextsAct::Open(i)) if self.texts.get(i).is_some_and(|t| !t.deleted) => {
                self.texts[i].unread = false;
                self.page = Page::Reading(i);
                Words::new("practice-texts-did-open").message("name", &self.texts[i].setup.from)
            }
            (Page::Reading(message), TextsAct::Forward) => {
                self.to.clear();
                self.page = Page::Forward { message, editing: false };
                Words::new("practice-texts-did-forward")
            }
            (Page::Reading(i), TextsAct::Delete) => {
                self.texts[i].deleted = true;
                self.page = Page::List;
                Words::new("practice-texts-did-delete")
            }
            (Page::Forward { message, .. }, TextsAct::EditTo) => {
                self.page = Page::Forward { message, editing: true };
                Words::new("practice-did-edit").nested("field", Words::new("practice-texts-to-label"))
            }
            (Page::Forward { message, .. }, TextsAct::Send) => {
                let to: String = self.to.chars().filter(|c| !c.is_whitespace()).collect();
                if to.is_empty() || !to.chars().all(|c| c.is_ascii_digit() || c == '+') {
                    return Words::new("practice-texts-bad-number");
                }
                self.forwarded.push(Forwarded { message, to: to.clone() });
                self.page = Page::List;
                Words::new("practice-texts-did-send").plain("number", &to)
            }
            (_, TextsAct::Back | TextsAct::Discard) => self.back().unwrap_or_else(|| Words::new("practice-nothing")),
            _ => Words::new("practice-nothing"),
        }
    }

    pub fn back(&mut self) -> Option<Words> {
        let (page, said) = match self.page {
            Page::List => return None,
            Page::Forward { message, editing: true } => {
                self.page = Page::Forward { message, editing: false };
                return Some(Words::new("practice-did-stop-typing"));
            }
            Page::Forward { message, .. } => (Page::Reading(message), "practice-texts-did-discard"),
            Page::Reading(_) => (Page::List, "practice-texts-did-back"),
        };
        self.page = page;
        Some(Words::new(said))
    }

    pub fn editing(&self) -> Option<Editing> {
        matches!(self.page, Page::Forward { editing: true, .. }).then(|| Editing {
            label: Words::new("practice-texts-to-label"),
            value: self.to.clone(),
            hidden: false,
        })
    }

    pub fn fill(&mut self, text: &str) -> Option<Words> {
        let Page::Forward { message, editing: true } = self.page else { return None };
        self.to = text.trim().to_owned();
        self.page = Page::Forward { message, editing: false };
        Some(Words::new("practice-did-type").nested("field", Words::new("practice-texts-to-label")))
    }

    pub fn stop_editing(&mut self) {
        if let Page::Forward { message, .. } = self.page {
            self.page = Page::Forward { message, editing: false };
        }
    }
}

fn item(i: usize, t: &Text) -> Control {
    let s = &t.setup;
    let label = Words::new("practice-texts-item")
        .message("name", &s.from)
        .message("date", &s.date)
        .number("unread", usize::from(t.unread));
    Control { label, action: act(TextsAct::Open(i)) }
}

mod plan;
pub use plan::TextsGoal;

practice_screen!(Texts, Texts, "practice-texts-way-back");
