//! A practice email inbox: read, reply, write, forward, open a photo, delete, and
//! report a scam by forwarding it to report@phishing.gov.uk.

use super::practice_screen;
use super::{Action, Control, Editing, InboxSetup, MailSetup, View, Words};

/// Where scam emails are reported in the UK (National Cyber Security Centre).
pub const REPORT_ADDRESS: &str = "report@phishing.gov.uk";

/// A move in the inbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InboxAct {
    Open(usize),
    Write,
    Reply,
    Forward,
    Delete,
    Photo,
    Back,
    Edit(InboxField),
    Send,
    Discard,
}

/// A box of the email being written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InboxField {
    To,
    Subject,
    Message,
}

/// What an email being written is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    New,
    Reply(usize),
    Forward(usize),
}

/// An email being written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub kind: Kind,
    pub to: String,
    /// Typed by the learner; for replies and forwards, `None` keeps "Re:"/"Fwd:" and the
    /// original subject.
    pub subject: Option<String>,
    pub message: String,
    pub editing: Option<InboxField>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Page {
    List,
    Reading(usize),
    Photo(usize),
    Compose(Draft),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Mail {
    setup: MailSetup,
    unread: bool,
    deleted: bool,
    opened: bool,
    photo_seen: bool,
}

/// The practice inbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inbox {
    mails: Vec<Mail>,
    addresses_in_list: bool,
    page: Page,
    sent: Vec<Draft>,
}

fn act(a: InboxAct) -> Action {
    Action::Inbox(a)
}

fn control(id: &'static str, a: InboxAct) -> Control {
    Control { label: Words::new(id), action: act(a) }
}

impl Inbox {
    /// The inbox with its emails newest first, as real inboxes list them (emails with
    /// no `minutes_ago` keep their order, after the others).
    pub fn new(setup: &InboxSetup) -> Inbox {
        let mut messages = setup.messages.clone();
        messages.sort_by_key(|m| m.minutes_ago.unwrap_or(u32::MAX));
        let mails = messages
            .into_iter()
            .map(|m| Mail { unread: m.unread, setup: m, deleted: false, opened: false, photo_seen: false })
            .collect();
        Inbox { mails, addresses_in_list: setup.addresses_in_list, page: Page::List, sent: Vec::new() }
    }

    fn index(&self, id: &str) -> Option<usize> {
        self.mails.iter().position(|m| m.setup.id == id)
    }

    /// The emails sent so far (for tests and goals).
    pub fn sent(&self) -> &[Draft] {
        &self.sent
    }

    pub fn view(&self) -> View {
        match &self.page {
            Page::List => {
                let shown: Vec<(usize, &Mail)> = self.mails.iter().enumerate().filter(|(_, m)| !m.deleted).collect();
                let unread = shown.iter().filter(|(_, m)| m.unread).count();
                let mut controls: Vec<Control> =
                    shown.iter().map(|(i, m)| mail_item(*i, m, self.addresses_in_list)).collect();
                controls.push(control("practice-inbox-write", InboxAct::Write));
                let count = Words::new("practice-inbox-count").number("count", shown.len()).number("unread", unread);
                View { title: Words::new("practice-inbox-title"), lines: vec![count], controls }
            }
            Page::Reading(i) => {
                let m = &self.mails[*i].setup;
                let mut lines = vec![
                    Words::new("practice-mail-from").message("name", &m.from).plain("address", &m.address),
                    Words::new("practice-mail-date").message("date", &m.date),
                    Words::new(BODY).message("text", &m.body),
                ];
                let mut controls = vec![
                    control("practice-mail-reply", InboxAct::Reply),
                    control("practice-mail-forward", InboxAct::Forward),
                    control("practice-mail-delete", InboxAct::Delete),
                ];
                if m.photo.is_some() {
                    lines.push(Words::new("practice-mail-has-photo"));
                    controls.push(control("practice-mail-open-photo", InboxAct::Photo));
                }
                controls.push(control("practice-back-to-inbox", InboxAct::Back));
                View { title: Words::new("practice-mail-title").message("subject", &m.subject), lines, controls }
            }
            Page::Photo(i) => {
                let description = self.mails[*i].setup.photo.clone().unwrap_or_default();
                View {
                    title: Words::new("practice-photo-title"),
                    lines: vec![Words::new("practice-photo-description").message("description", &description)],
                    controls: vec![control("practice-back-to-message", InboxAct::Back)],
                }
            }
            Page::Compose(draft) => self.compose_view(draft),
        }
    }

    fn subject_words(&self, draft: &Draft) -> Words {
        match (&draft.subject, draft.kind) {
            (Some(typed), _) => Words::typed(typed),
            (None, Kind::Reply(i)) => {
                Words::new("practice-subject-re").message("subject", &self.mails[i].setup.subject)
            }
            (None, Kind::Forward(i)) => {
                Words::new("practice-subject-fwd").message("subject", &self.mails[i].setup.subject)
            }
            (None, Kind::New) => Words::typed(""),
        }
    }

    fn compose_view(&self, draft: &Draft) -> View {
        let title = match draft.kind {
            Kind::New => "practice-compose-new",
            Kind::Reply(_) => "practice-compose-reply",
            Kind::Forward(_) => "practice-compose-forward",
        };
        let field = |id: &'static str, value: Words, f: InboxField| Control {
            label: Words::new(id).nested("value", value),
            action: act(InboxAct::Edit(f)),
        };
        let controls = vec![
            field("practice-field-to", Words::typed(&draft.to), InboxField::To),
            field("practice-field-subject", self.subject_words(draft), InboxField::Subject),
            field("practice-field-message", Words::typed(&draft.message), InboxField::Message),
            control("practice-compose-send", InboxAct::Send),
            control("practice-compose-discard", InboxAct::Discard),
        ];
        let mut lines = Vec::new();
        if let Kind::Forward(i) | Kind::Reply(i) = draft.kind {
            let m = &self.mails[i].setup;
            lines.push(Words::new("practice-compose-quoting").message("name", &m.from).message("subject", &m.subject));
        }
        View { title: Words::new(title), lines, controls }
    }

    fn apply(&mut self, a: &InboxAct) -> Words {
        match (&mut self.page, a) {
            (Page::List, InboxAct::Open(i)) if self.mails.get(*i).is_some_and(|m| !m.deleted) => {
                let mail = &mut self.mails[*i];
                mail.unread = false;
                mail.opened = true;
                let from = mail.setup.from.clone();
                self.page = Page::Reading(*i);
                Words::new("practice-did-open").message("name", &from)
            }
            (Page::List, InboxAct::Write) => {
                self.page = Page::Compose(draft(Kind::New, String::new()));
                Words::new("practice-did-write")
            }
            (Page::Reading(i), InboxAct::Reply) => {
                let (i, to) = (*i, self.mails[*i].setup.address.clone());
                self.page = Page::Compose(draft(Kind::Reply(i), to));
                Words::new("practice-did-reply")
            }
            (Page::Reading(i), InboxAct::Forward) => {
                self.page = Page::Compose(draft(Kind::Forward(*i), String::new()));
                Words::new("practice-did-forward")
            }
            (Page::Reading(i), InboxAct::Delete) => {
                self.mails[*i].deleted = true;
                self.page = Page::List;
                Words::new("practice-did-delete")
            }
            (Page::Reading(i), InboxAct::Photo) if self.mails[*i].setup.photo.is_some() => {
                let i = *i;
                self.mails[i].photo_seen = true;
                self.page = Page::Photo(i);
                // A photo cannot be shown here: what it shows is said in words.
                let description = self.mails[i].setup.photo.clone().unwrap_or_default();
                Words::new("practice-did-photo").message("description", &description)
            }
            (Page::Compose(d), InboxAct::Edit(field)) => {
                d.editing = Some(*field);
                Words::new("practice-did-edit").nested("field", field_label(*field))
            }
            (Page::Compose(d), InboxAct::Send) => match check_address(&d.to) {
                Err(problem) => problem,
                Ok(()) => {
                    let mut sent = d.clone();
                    sent.editing = None;
                    let to = sent.to.clone();
                    self.sent.push(sent);
                    self.page = Page::List;
                    Words::new("practice-did-send").plain("address", &to)
                }
            },
            (_, InboxAct::Back | InboxAct::Discard) => self.back().unwrap_or_else(|| Words::new("practice-nothing")),
            _ => Words::new("practice-nothing"),
        }
    }

    pub fn back(&mut self) -> Option<Words> {
        let (page, said) = match &mut self.page {
            Page::List => return None,
            Page::Reading(_) => (Page::List, "practice-did-back-inbox"),
            Page::Photo(i) => (Page::Reading(*i), "practice-did-back-message"),
            Page::Compose(d) if d.editing.is_some() => {
                d.editing = None;
                return Some(Words::new("practice-did-stop-typing"));
            }
            Page::Compose(d) => match d.kind {
                Kind::New => (Page::List, "practice-did-discard"),
                Kind::Reply(i) | Kind::Forward(i) => (Page::Reading(i), "practice-did-discard"),
            },
        };
        self.page = page;
        Some(Words::new(said))
    }

    pub fn editing(&self) -> Option<Editing> {
        let Page::Compose(d) = &self.page else { return None };
        let field = d.editing?;
        let value = match field {
            InboxField::To => d.to.clone(),
            InboxField::Subject => d.subject.clone().unwrap_or_default(),
            InboxField::Message => d.message.clone(),
        };
        Some(Editing { label: field_label(field), value, hidden: false })
    }

    pub fn fill(&mut self, text: &str) -> Option<Words> {
        let Page::Compose(d) = &mut self.page else { return None };
        let field = d.editing.take()?;
        let text = text.trim().to_owned();
        match field {
            InboxField::To => d.to = text,
            // Nothing typed keeps the subject it had ("Re: ..." on a reply).
            InboxField::Subject if text.is_empty() => {}
            InboxField::Subject => d.subject = Some(text),
            InboxField::Message => d.message = text,
        }
        Some(Words::new("practice-did-type").nested("field", field_label(field)))
    }

    pub fn stop_editing(&mut self) {
        if let Page::Compose(d) = &mut self.page {
            d.editing = None;
        }
    }
}

/// A message shown as it is.
const BODY: &str = "practice-text";

fn draft(kind: Kind, to: String) -> Draft {
    Draft { kind, to, subject: None, message: String::new(), editing: None }
}

/// One email in the list: the sender's name, and their address only with `address`.
fn mail_item(i: usize, m: &Mail, address: bool) -> Control {
    let s = &m.setup;
    let label = Words::new("practice-inbox-item")
        .message("name", &s.from)
        .plain("address", &s.address)
        .number("addresses", usize::from(address))
        .message("subject", &s.subject)
        .message("date", &s.date)
        .number("unread", usize::from(m.unread))
        .number("photo", usize::from(s.photo.is_some()));
    Control { label, action: act(InboxAct::Open(i)) }
}

fn field_label(field: InboxField) -> Words {
    Words::new(match field {
        InboxField::To => "practice-label-to",
        InboxField::Subject => "practice-label-subject",
        InboxField::Message => "practice-label-message",
    })
}

/// An address must look like `name@place.example` before it can be sent to.
fn check_address(to: &str) -> Result<(), Words> {
    let to = to.trim();
    if to.is_empty() {
        return Err(Words::new("practice-send-no-address"));
    }
    // Feedback names the real problem: a space, no @, or nothing after the dot.
    let problem = match to.split_once('@') {
        _ if to.contains(char::is_whitespace) => "practice-send-address-space",
        None => "practice-send-bad-address",
        Some(("", _)) => "practice-send-address-no-name",
        Some((_, place)) if !place.contains('.') || place.starts_with('.') || place.ends_with('.') => {
            "practice-send-address-no-ending"
        }
        Some(_) => return Ok(()),
    };
    Err(Words::new(problem).plain("address", to))
}

practice_screen!(Inbox, Inbox, "practice-way-back-inbox");

mod plan;
pub use plan::InboxGoal;
